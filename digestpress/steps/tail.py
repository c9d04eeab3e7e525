"""The page's tail: related links, category menus and empty labels after the article.

The article ends at its last *anchor*: a paragraph of prose or a full sentence. After it,
title-like lines without a sentence of their own ("Most read", a list of other headlines,
single category words) are page chrome. Bullet lists introduced by the article ("Key
facts:") stay; lists under a related-links label go.
"""

from __future__ import annotations

from .. import reasons
from ..model import Line
from ..shape import is_bullet, is_prose, last_char, word_count
from . import Context, Outcome, drop

ANCHOR_WORDS = 6


def is_anchor(text: str) -> bool:
    """Text that only an article contains: prose, or a full declarative sentence."""
    return is_prose(text) or (
        not is_bullet(text) and word_count(text) >= ANCHOR_WORDS and last_char(text) in ".!…。！"
    )


def drop_tail(lines: list[Line], ctx: Context) -> Outcome:
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
