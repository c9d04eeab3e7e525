"""ftfy's mojibake test, exactly, at a quarter of its cost on accented text.

`ftfy.badness.is_bad` tries each of its ~40 alternatives at every position of the text:
0.55-0.7 ms for a 2,400-character article, about a sixth of cleaning it. Yet every
alternative needs one of ~400 non-ASCII characters (the ones UTF-8 mojibake is made of),
and no match is longer than a few characters. So one pass of a character class finds the
places where a match could be, and ftfy's own pattern runs only on short windows around
them. The shape this relies on is read from ftfy's pattern when first used; if a future
ftfy breaks it, the full search is used.
"""

from __future__ import annotations

import re
from functools import cache
from re import _constants as sre  # the parser's own names: stable since Python 3.11
from re import _parser

from ftfy.badness import BADNESS_RE, is_bad


def has_mojibake(text: str) -> bool:
    """Same answer as `ftfy.badness.is_bad(text)`."""
    shape = _shape()
    if shape is None:
        return is_bad(text)
    anchors, width = shape
    start = last = -1
    for match in anchors.finditer(text):
        at = match.start()
        if last >= 0 and at - last < width:  # one window covers both
            last = at
            continue
        if last >= 0 and BADNESS_RE.search(text, max(0, start - width + 1), last + width):
            return True
        start = last = at
    return (
        last >= 0 and BADNESS_RE.search(text, max(0, start - width + 1), last + width) is not None
    )


@cache
def _shape() -> tuple[re.Pattern[str], int] | None:
    """(a class of the characters one of which every match contains, the longest match),
    or None when ftfy's pattern is not a plain alternation of bounded sequences that each
    need such a character (no anchors but the start, no look-around)."""
    if BADNESS_RE.flags & re.IGNORECASE:
        return None
    tree = _parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags)
    items = list(tree)
    if len(items) != 1 or items[0][0] is not sre.BRANCH or not _plain(items):
        return None
    needed: set[int] = set()
    for branch in items[0][1][1]:
        chars = next(filter(None, map(_non_ascii_class, branch)), None)
        if chars is None:
            return None
        needed |= chars
    width = tree.getwidth()[1]
    if width > 64:
        return None
    anchors = "".join(re.escape(chr(c)) for c in sorted(needed))
    return re.compile(f"[{anchors}]"), width


def _non_ascii_class(item: tuple) -> set[int] | None:
    """The characters a required element matches, if they are all non-ASCII."""
    op, arg = item
    if op is sre.LITERAL:
        return {arg} if arg >= 128 else None
    if op is not sre.IN:
        return None
    chars: set[int] = set()
    for kind, value in arg:
        if kind is sre.LITERAL:
            chars.add(value)
        elif kind is sre.RANGE:
            chars.update(range(value[0], value[1] + 1))
        else:  # a negated class, or a category such as \w
            return None
    return chars if chars and min(chars) >= 128 else None


def _plain(items: list) -> bool:
    """No look-around and no anchor but `^`, anywhere in the pattern (a window cut from
    the text must match exactly where the whole text does)."""
    for op, arg in items:
        if op in (sre.ASSERT, sre.ASSERT_NOT) or (op is sre.AT and arg is not sre.AT_BEGINNING):
            return False
        for sub in arg if isinstance(arg, (list, tuple)) else ():
            if isinstance(sub, _parser.SubPattern) and not _plain(list(sub)):
                return False
            if isinstance(sub, (list, tuple)):
                for part in sub:
                    if isinstance(part, _parser.SubPattern) and not _plain(list(part)):
                        return False
    return True
