"""Prompts and placeholders: comment, share, subscribe, cookie, ads, teasers, menus.

A phrase alone never removes a sentence of the article. A line goes when its *shape*
agrees: a short unpunctuated prompt anywhere, a counter like "Comments (3)", or a
phrase-bearing line in the page's edge zone (before the first or after the last
paragraph of prose), where articles keep no running text.
"""

from __future__ import annotations

import re

from .. import reasons
from ..model import Line
from ..shape import COUNTER, is_prose, last_char, word_count
from . import Context, Outcome, drop

_PLACEHOLDER = re.compile(r"^[\[{<(]\s*[\w\s./:-]{1,40}?\s*[\]}>)]$")
PROMPT_WORDS = 12  # a prompt line that is not a sentence is at most this long
EDGE_PROMPT_WORDS = 40  # in the edge zone a prompt may be a full sentence (cookie notices)
TEASER_WORDS = 30


def drop_prompts(lines: list[Line], ctx: Context) -> Outcome:
    prose = [
        i
        for i, line in enumerate(lines)
        if is_prose(line.text) and not _prompt_words(line.text, ctx)
    ]
    first, last = (prose[0], prose[-1]) if prose else (len(lines), -1)
    out = Outcome([])
    for i, line in enumerate(lines):
        edge = i < first or i > last
        reason = prompt_reason(line.text, ctx, edge)
        if reason:
            out.removed += drop(line, reason[0], reason[1])
        else:
            out.kept.append(line)
    return out


_PROMPT_REASONS = {
    "comment": reasons.COMMENT,
    "share": reasons.SHARE,
    "subscribe": reasons.SUBSCRIBE,
    "cookie": reasons.COOKIE,
}


def _prompt_words(text: str, ctx: Context) -> bool:
    if word_count(text) > EDGE_PROMPT_WORDS:
        return False  # too long to be any prompt: spare the phrase search
    return ctx.phrases.prompt_category(text) is not None


def prompt_reason(text: str, ctx: Context, edge: bool) -> tuple[str, str] | None:
    """(reason, detail) when `text` is a prompt, placeholder, teaser or menu line."""
    p = ctx.phrases
    n = word_count(text)
    if n > EDGE_PROMPT_WORDS:
        return None
    if (_PLACEHOLDER.match(text) and n <= 4) or p.is_only("advert", text):
        return reasons.ADVERT, "ad placeholder"
    if p.starts_with("read_also", text) and n <= TEASER_WORDS and not is_prose(text):
        return reasons.READ_ALSO, "teaser for another article"
    if p.is_only("navigation", text):
        return reasons.NAVIGATION, "menu words only"
    if p.is_only("related", text):
        return reasons.RELATED, "label of a related-links or category list"
    prompt_shape = n <= PROMPT_WORDS and last_char(text) != "."
    counter = COUNTER.match(text) is not None and n <= 5
    # In the edge zone any line up to EDGE_PROMPT_WORDS may be a prompt (cookie notices).
    category = p.prompt_category(text) if prompt_shape or counter or edge else None
    if category:
        return _PROMPT_REASONS[category], f"{category} prompt or counter"
    if counter and edge:
        return reasons.TRAILING, "counter outside the article"
    return None
