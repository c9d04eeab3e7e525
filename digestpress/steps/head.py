"""The article's head: its title line, its own date line, and the page chrome above them.

A page's first lines are often not the title: a site name, a menu, a cookie notice. The
title is found from the other end instead: it is the line just before the article's own
date line, or, without one, the title-shaped line just before the first sentence of the
text (bylines and credits in between are skipped). Whatever stands above the title is
site chrome. What the date line holds besides the date (a publisher, a byline) goes to
metadata too.
"""

from __future__ import annotations

import re

from .. import reasons
from ..dates import find_date, strip_dates, weekday_free
from ..model import Line
from ..shape import (
    fingerprint,
    is_bullet,
    is_handle,
    is_kicker,
    is_menu_shaped,
    is_prose,
    is_site_name,
    is_title_like,
    last_char,
    looks_like_person,
    undouble,
    word_count,
)
from ..stopwords import stopwords
from . import Context, Outcome, drop
from .labels import labelled_field
from .prompts import prompt_reason
from .split import is_dateline

_WORD_PROMPTS = {reasons.COMMENT, reasons.SHARE, reasons.SUBSCRIBE}
HEAD_ZONE = 10  # the article's own date line is among its first lines
MAX_TITLE_WORDS = 25
SENTENCE_WORDS = 5


def take_head(lines: list[Line], ctx: Context) -> Outcome:
    out = Outcome(list(lines))
    if not lines:
        return out
    dateline = _dateline_index(lines)
    title, bylines = _title_index(lines, dateline, ctx)
    if title is not None:
        out.meta["title"] = lines[title].text
    cut = title if title is not None else 0
    kept: list[Line] = []
    for i, line in enumerate(lines):
        if i < cut and labelled_field(line.text, ctx) is None:
            same = fingerprint(line.text) == fingerprint(lines[title].text)
            out.removed += (
                drop(line, reasons.DUPLICATE, "repeats the title")
                if same
                else drop(line, reasons.BANNER, "site chrome above the title")
            )
        elif i == title:
            out.removed += drop(line, reasons.TITLE, "title line", "title")
        elif i == dateline:
            _take_dateline(out, line, ctx)
        elif i in bylines:
            out.meta.setdefault("authors", []).append(line.text)
            out.removed += drop(line, reasons.METADATA, "byline next to the title", "authors")
        else:
            kept.append(line)
    out.kept = kept
    return out


def _dateline_index(lines: list[Line]) -> int | None:
    """The article's own date line: among its first lines, before its second paragraph
    of prose (a standfirst may come before the date line)."""
    prose = [i for i, ln in enumerate(lines[:HEAD_ZONE]) if is_prose(ln.text)]
    limit = min(prose[1] if len(prose) > 1 else HEAD_ZONE, len(lines))
    return next((i for i in range(limit) if is_dateline(lines[i].text)), None)


def _skippable(text: str, ctx: Context) -> bool:
    """Lines that may stand between a title and its text: bylines, credits, dates, prompts."""
    if labelled_field(text, ctx) is not None or find_date(text) is not None:
        return True
    reason = prompt_reason(text, ctx, edge=True)
    # A headline may mention a prompt word ("Share prices fall"): only short prompt lines
    # ("Share", "Comments (3)") and lines of other kinds are passed over.
    return reason is not None and (reason[0] not in _WORD_PROMPTS or word_count(text) <= 4)


def _is_sentence(text: str) -> bool:
    """Running text; a short line ending in ! or ? is more likely a headline."""
    if is_bullet(text):
        return False
    return is_prose(text) or (last_char(text) in ".…" and word_count(text) >= SENTENCE_WORDS)


def _title_shaped(text: str, allow_full_stop: bool) -> bool:
    if is_bullet(text) or not 1 <= word_count(text) <= MAX_TITLE_WORDS:
        return False
    if last_char(text) in ":;,":
        return False
    return allow_full_stop or is_title_like(text, MAX_TITLE_WORDS)


MAX_CANDIDATES = 4
TITLE_SHARE = 0.6  # a title is not much shorter than the longest headline-shaped line


def _title_index(
    lines: list[Line], dateline: int | None, ctx: Context
) -> tuple[int | None, set[int]]:
    """The title's index and the unlabelled byline lines ('Anna Berg') found near it.

    Scanning up from the date line (or the first sentence), bylines, credits, kickers,
    breadcrumbs and handles are passed over; the headline-shaped lines met are candidates.
    Of a title and a standfirst the title comes first; a short site name above a long
    headline is not the title.
    """
    anchor = dateline if dateline is not None else _first_sentence(lines, ctx)
    candidates: list[int] = []
    bylines: set[int] = set()
    for i in range(anchor - 1, -1, -1):
        text = lines[i].text
        if _skippable(text, ctx) or is_kicker(text) or is_menu_shaped(text) or is_handle(text):
            continue
        if looks_like_person(text):
            if not candidates:
                bylines.add(i)
            continue
        if _relative_time(text):
            continue
        # Right above its own date line a title may end in a full stop; a sentence further
        # up, between the title and its date line, is a standfirst.
        if not _title_shaped(text, allow_full_stop=dateline is not None and i == anchor - 1):
            if dateline is not None and not candidates and _is_sentence(text):
                continue
            break
        candidates.append(i)
        if len(candidates) == MAX_CANDIDATES:
            break
    if not candidates and dateline is not None and dateline + 1 < len(lines):
        nxt = dateline + 1  # "12 March 2025" above the title
        if _title_shaped(lines[nxt].text, allow_full_stop=False):
            candidates.append(nxt)
    if not candidates:
        return None, set()
    candidates.reverse()
    if len(candidates) > 1:
        candidates = [i for i in candidates if not is_site_name(lines[i].text)] or candidates
    longest = max(word_count(lines[i].text) for i in candidates)
    title = next(i for i in candidates if word_count(lines[i].text) >= TITLE_SHARE * longest)
    return title, {i for i in bylines if i > title}


def _first_sentence(lines: list[Line], ctx: Context) -> int:
    sentences = (
        i for i, ln in enumerate(lines) if _is_sentence(ln.text) and not _skippable(ln.text, ctx)
    )
    return next(sentences, len(lines))


def _relative_time(text: str) -> bool:
    """'3 hours ago', 'Hace 3 horas': a few words with a number, not a headline."""
    return word_count(text) <= 3 and any(ch.isdigit() for ch in text)


_PARTS = re.compile(r"\s*[|·•]\s*")


def _drop_small_words(text: str, ctx: Context) -> str:
    """'am von Anna Berg' → 'von Anna Berg': function words left over around the date."""
    small_words = stopwords(ctx.lang)
    while text and ctx.phrases.label_value("byline", text) is None:
        first, _, remainder = text.partition(" ")
        if first.casefold() not in small_words or not remainder:
            break
        text = remainder
    return text


def _take_dateline(out: Outcome, line: Line, ctx: Context) -> None:
    hit = find_date(line.text)
    assert hit is not None
    out.meta["date"] = hit.date
    if hit.time is not None:
        out.meta["time"] = hit.time
    rest = weekday_free(strip_dates(line.text))
    fields = ["date"]
    for part in _PARTS.split(rest):
        part = re.sub(r"\s+", " ", part).strip(" ,|·•/:;()[]–—-")
        if part and ctx.phrases.is_only("dateline", part):
            continue  # "Published:", "Updated"
        part = ctx.phrases.label_value("dateline", part) or part
        part = re.sub(r"\s+(?:kl|klo|um|at|ore|om|à|a las)\.?$", "", part, flags=re.I)
        part = _drop_small_words(part.strip(" ,|·•/:;()[]–—-"), ctx)
        if not part:
            continue
        byline = ctx.phrases.label_value("byline", part)
        if byline or looks_like_person(undouble(part)):
            out.meta.setdefault("authors", []).append(undouble(byline or part))
            fields.append("authors")
        elif "source" not in out.meta:
            out.meta["source"] = undouble(part)
            fields.append("source")
    field = ", ".join(dict.fromkeys(fields))
    out.removed += drop(line, reasons.DATELINE, "the article's own date line", field)
