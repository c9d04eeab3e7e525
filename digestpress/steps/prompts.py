"""Prompts and placeholders: comment, share, subscribe, cookie, ads, teasers, menus.

A phrase alone never removes a sentence of the article. A line goes when its *shape*
agrees: a short unpunctuated prompt anywhere, a counter like "Comments (3)", or a
phrase-bearing line in the page's edge zone (before the first or after the last
paragraph of prose), where articles keep no running text.
"""

from __future__ import annotations

import re

from .. import reasons
from ..dates import find_date
from ..model import Line
from ..shape import (
    COUNTER,
    ends_sentence,
    is_bullet,
    is_handle,
    is_menu_shaped,
    is_prose,
    last_char,
    word_count,
)
from ..stopwords import stopwords
from . import Context, Outcome, drop

_PLACEHOLDER = re.compile(r"^[\[{<(]\s*[\w\s./:-]{1,40}?\s*[\]}>)]$")
PROMPT_WORDS = 12  # a prompt line that is not a sentence is at most this long
EDGE_PROMPT_WORDS = 15  # in the edge zone a prompt may be a short sentence…
EDGE_COOKIE_WORDS = 40  # …and a cookie notice a long one
TEASER_WORDS = 30
BOX_PITCH_WORDS = 20


def drop_prompts(lines: list[Line], ctx: Context) -> Outcome:
    prose = [
        i
        for i, line in enumerate(lines)
        if is_prose(line.text) and not _prompt_words(line.text, ctx)
    ]
    first, last = (prose[0], prose[-1]) if prose else (len(lines), -1)
    found = [prompt_reason(line.text, ctx, i < first or i > last) for i, line in enumerate(lines)]
    _spread_boxes(lines, found, ctx, last)
    out = Outcome([])
    for line, reason in zip(lines, found, strict=True):
        if reason:
            out.removed += drop(line, reason[0], reason[1])
        else:
            out.kept.append(line)
    return out


def _spread_boxes(lines: list[Line], found: list, ctx: Context, last_prose: int) -> None:
    """A sign-up box is more than its prompt: the pitch beside it when it names the same
    thing ("Subscribe to our newsletter …"), and the form under it (a field, a button).
    After the article's last paragraph any prompt beside another prompt goes too."""
    prompts = set(_PROMPT_REASONS.values())
    for i, line in enumerate(lines):
        category = None if found[i] else _box_partner(line.text, ctx)
        reason = _PROMPT_REASONS.get(category or "")
        if reason and any(
            0 <= j < len(lines)
            and found[j]
            and (found[j][0] == reason or (i > last_prose and found[j][0] in prompts))
            for j in (i - 1, i + 1)
        ):
            found[i] = (reason, f"{category} box next to its prompt")
    boxes = (reasons.SUBSCRIBE, reasons.COMMENT)
    for i, line in enumerate(lines):
        if found[i] or not _form_field(line.text):
            continue
        above = next((j for j in (i - 1, i - 2) if j >= 0 and found[j]), None)
        if (
            above is not None
            and found[above][0] in boxes
            and all(found[k] or _form_field(lines[k].text) for k in range(above + 1, i))
        ):
            found[i] = (found[above][0], "form field or button of the box above")


def _form_field(text: str) -> bool:
    return word_count(text) <= 2 and not ends_sentence(text) and not is_bullet(text)


def _box_partner(text: str, ctx: Context) -> str | None:
    return ctx.phrases.prompt_category(text) if word_count(text) <= BOX_PITCH_WORDS else None


_PROMPT_REASONS = {
    "comment": reasons.COMMENT,
    "share": reasons.SHARE,
    "subscribe": reasons.SUBSCRIBE,
    "cookie": reasons.COOKIE,
}


def _prompt_words(text: str, ctx: Context) -> bool:
    """A prompt sentence ("Leave a comment and tell us what you think!") does not count as
    the article's prose: a short one with a prompt word, or a longer one that also speaks
    to the reader ("Enjoyed this story? Subscribe to our newsletter …"). News prose that
    mentions a prompt word ("Residents can comment until Friday, the mayor said") does."""
    n = word_count(text)
    if n > EDGE_COOKIE_WORDS or ctx.phrases.prompt_category(text) is None:
        return False
    return n <= EDGE_PROMPT_WORDS or ctx.phrases.contains("reader", text)


_READING = re.compile(r"\b\d{1,3}\s*(?:min\w*|мин\w*|хв\w*|perc\w*|dk|λεπτ\w*)\b", re.I)
_SYMBOLS = " ▶►▷●•■□➤→»"
_LABEL = re.compile(r"^([^:.!?]{1,40}):\s*\S")


def _shape_reason(text: str, n: int, ctx: Context, edge: bool) -> tuple[str, str] | None:
    """Lines whose shape (with a label word at most) gives them away."""
    p = ctx.phrases
    bare = text.strip(_SYMBOLS)
    if ("©" in text and n <= 25) or (p.contains("copyright", text) and n <= 20):
        return reasons.COPYRIGHT, "copyright footer"
    if n <= 6 and (p.starts_with("reading_time", bare) or (_READING.search(text) and n <= 4)):
        return reasons.READING_TIME, "reading time"
    if (p.label_value("embed", bare) is not None and n <= 20) or p.is_only("embed", bare):
        return reasons.EMBED, "title of a video, gallery or audio embed"
    if p.contains("paywall", text) and n <= 8 and not is_prose(text):
        return reasons.PAYWALL, "subscription notice"
    if is_handle(text):
        return reasons.SHARE, "social media handle"
    label = _LABEL.match(text)
    if label and word_count(label[1]) <= 3 and p.contains("related", label[1]) and n <= 30:
        return reasons.RELATED, "tag or topic list"
    if is_menu_shaped(text) or (edge and _menu_words(text, ctx)):
        return reasons.NAVIGATION, "menu or breadcrumb"
    return None


def _menu_words(text: str, ctx: Context) -> bool:
    """'Belföld Külföld Gazdaság Sport Kultúra': capitalised words, no sentence at all."""
    tokens = text.split()
    small = stopwords(ctx.lang)
    return (
        len(tokens) >= 4
        and all(t[:1].isupper() and t.isalpha() for t in tokens)
        and not any(t.casefold() in small for t in tokens)
    )


def prompt_reason(text: str, ctx: Context, edge: bool) -> tuple[str, str] | None:
    """(reason, detail) when `text` is a prompt, placeholder, teaser or menu line."""
    p = ctx.phrases
    n = word_count(text)
    if n > EDGE_COOKIE_WORDS:
        return None
    if (_PLACEHOLDER.match(text) and n <= 4) or p.is_only("advert", text):
        return reasons.ADVERT, "ad placeholder"
    shaped = _shape_reason(text, n, ctx, edge)
    if shaped:
        return shaped
    if p.starts_with("read_also", text) and n <= TEASER_WORDS and not is_prose(text):
        return reasons.READ_ALSO, "teaser for another article"
    if p.is_only("navigation", text):
        return reasons.NAVIGATION, "menu words only"
    if p.is_only("related", text):
        return reasons.RELATED, "label of a related-links or category list"
    prompt_shape = n <= PROMPT_WORDS and last_char(text) != "."
    counter = COUNTER.match(text) is not None and n <= 5
    category = p.prompt_category(text) if prompt_shape or counter or edge else None
    limit = (
        EDGE_COOKIE_WORDS
        if category == "cookie" or p.contains("reader", text)
        else EDGE_PROMPT_WORDS
    )
    if category and (prompt_shape or counter or n <= limit):
        return _PROMPT_REASONS[category], f"{category} prompt or counter"
    if counter and edge:
        return reasons.TRAILING, "counter outside the article"
    short_number = n <= 3 and any(ch.isdigit() for ch in text) and not ends_sentence(text)
    if edge and short_number and find_date(text) is None:
        return reasons.RELATIVE_DATE, "relative time ('3 hours ago') outside the text"
    return None
