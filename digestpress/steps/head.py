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
from ..dates import find_date, weekday_free
from ..model import Line
from ..shape import (
    fingerprint,
    is_bullet,
    is_prose,
    is_title_like,
    last_char,
    undouble,
    word_count,
)
from . import Context, Outcome, drop
from .captions import stopwords
from .labels import labelled_field
from .prompts import prompt_reason
from .split import is_dateline

HEAD_ZONE = 10  # the article's own date line is among its first lines
MAX_TITLE_WORDS = 25
SENTENCE_WORDS = 5


def take_head(lines: list[Line], ctx: Context) -> Outcome:
    out = Outcome(list(lines))
    if not lines:
        return out
    dateline = _dateline_index(lines)
    title = _title_index(lines, dateline, ctx)
    if title is not None:
        out.meta["title"] = lines[title].text
    cut = title if title is not None else 0
    kept: list[Line] = []
    for i, line in enumerate(lines):
        if i < cut:
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
        else:
            kept.append(line)
    out.kept = kept
    return out


def _first_prose(lines: list[Line]) -> int:
    prose = (i for i, ln in enumerate(lines) if is_prose(ln.text) and not is_bullet(ln.text))
    return next(prose, len(lines))


def _dateline_index(lines: list[Line]) -> int | None:
    limit = min(_first_prose(lines), HEAD_ZONE, len(lines))
    return next((i for i in range(limit) if is_dateline(lines[i].text)), None)


def _skippable(text: str, ctx: Context) -> bool:
    """Lines that may stand between a title and its text: bylines, credits, dates, prompts."""
    return (
        labelled_field(text, ctx) is not None
        or find_date(text) is not None
        or prompt_reason(text, ctx, edge=True) is not None
    )


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


def _title_index(lines: list[Line], dateline: int | None, ctx: Context) -> int | None:
    if dateline is not None:
        anchor = dateline
    else:
        anchor = next(
            (
                i
                for i, ln in enumerate(lines)
                if _is_sentence(ln.text) and not _skippable(ln.text, ctx)
            ),
            len(lines),
        )
    for i in range(anchor - 1, -1, -1):
        text = lines[i].text
        if _skippable(text, ctx):
            continue
        # Before its own date line a title may end in a full stop; before text it may not.
        return i if _title_shaped(text, allow_full_stop=dateline is not None) else None
    if dateline is not None and dateline + 1 < len(lines):  # "12 March 2025" above the title
        nxt = dateline + 1
        return nxt if _title_shaped(lines[nxt].text, allow_full_stop=False) else None
    return None


def _take_dateline(out: Outcome, line: Line, ctx: Context) -> None:
    hit = find_date(line.text)
    assert hit is not None
    out.meta["date"] = hit.date
    if hit.time is not None:
        out.meta["time"] = hit.time
    rest = weekday_free(hit.rest(line.text)).strip(" ,|·•/:;()[]–—-")
    label = ctx.phrases.label_value("dateline", rest) if rest else None
    if label is not None or (rest and ctx.phrases.is_only("dateline", rest)):
        rest = label or ""
    rest = re.sub(r"\s+(?:kl|klo|um|at|ore|om)\.?$", "", rest, flags=re.I).strip(" ,|·•/:;–—-")
    rest = re.sub(r"\s+", " ", rest)
    field = "date"
    small_words = stopwords(ctx.lang)
    while rest:
        byline = ctx.phrases.label_value("byline", rest)
        if byline:
            out.meta.setdefault("authors", []).append(undouble(byline))
            field = "date, authors"
            break
        first, _, remainder = rest.partition(" ")
        if first.casefold() in small_words and remainder:  # "am", "on", "le" before "von …"
            rest = remainder
            continue
        out.meta["source"] = undouble(rest)
        field = "date, source"
        break
    out.removed += drop(line, reasons.DATELINE, "the article's own date line", field)
