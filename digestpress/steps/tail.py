"""The page's tail: related links, category menus and empty labels after the article.

The article ends at its last *anchor*: a paragraph of prose or a full sentence. After it,
title-like lines without a sentence of their own ("Most read", a list of other headlines,
single category words) are page chrome. Bullet lists introduced by the article ("Key
facts:") stay; lists under a related-links label go.
"""

from __future__ import annotations

import re

from .. import reasons
from ..model import Line
from ..shape import is_bullet, is_prose, last_char, word_count, words
from . import Context, Outcome, drop

ANCHOR_WORDS = 6


def is_anchor(text: str) -> bool:
    """Text that only an article contains: prose, or a full declarative sentence."""
    return is_prose(text) or (
        not is_bullet(text) and word_count(text) >= ANCHOR_WORDS and last_char(text) in ".!…。！"
    )


_CONTACT = re.compile(r"\S+@\S+\.\w{2,}|\+?\d[\d\s/().-]{7,}\d")
BIO_WORDS = 45


def _closing_chrome(text: str, ctx: Context) -> str | None:
    """Lines after the text that read as sentences but are not the article's."""
    if _CONTACT.search(text) and word_count(text) <= 12:
        return reasons.CONTACT
    if word_count(text) <= BIO_WORDS and any(_names(a, text) for a in ctx.authors):
        return reasons.AUTHOR_BIO
    return None


def _names(author: str, text: str) -> bool:
    """The line names the author: whole name, or the family name (either end of it)."""
    folded = text.casefold()
    parts = author.casefold().split()
    if not parts:
        return False
    if author.casefold() in folded:
        return True
    tokens = {w.casefold() for w in words(text)}
    return len(parts) > 1 and parts[-1] in tokens and len(parts[-1]) > 2


def drop_tail(lines: list[Line], ctx: Context) -> Outcome:
    out = _drop_after_last_anchor(lines, ctx)
    # Contact details and the author's biography close the page after the last paragraph.
    while len(out.kept) > 1 and (reason := _closing_chrome(out.kept[-1].text, ctx)):
        out.removed += drop(out.kept.pop(), reason, "after the end of the article")
    return out


def _drop_after_last_anchor(lines: list[Line], ctx: Context) -> Outcome:
    anchors = [i for i, line in enumerate(lines) if is_anchor(line.text)]
    if not anchors:
        return Outcome(list(lines))
    end = anchors[-1] + 1
    out = Outcome(lines[:end])
    intro = last_char(lines[end - 1].text) == ":"
    for line in lines[end:]:
        text = line.text
        if is_bullet(text) and intro:
            out.kept.append(line)
            continue
        if last_char(text) == ":" and not ctx.phrases.contains("related", text):
            intro = True
            out.kept.append(line)
            continue
        intro = False
        reason = reasons.RELATED if ctx.phrases.contains("related", text) else reasons.TRAILING
        out.removed += drop(line, reason, "after the end of the article")
    return out
