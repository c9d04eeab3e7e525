"""The article's head: its title line and its own date line.

The title is the first line when it is shaped like one; the date line is a short line
holding a full date among the first lines after it. What the date line holds besides the
date (a publisher's name, a byline) goes to metadata too.
"""

from __future__ import annotations

import re

from .. import reasons
from ..dates import find_date, weekday_free
from ..model import Line
from ..shape import fingerprint, is_bullet, last_char, word_count
from . import Context, Outcome, drop
from .split import is_dateline

DATELINE_SEARCH = 3  # lines after the title where the article's own date may sit
MAX_TITLE_WORDS = 25


def take_head(lines: list[Line], ctx: Context) -> Outcome:
    out = Outcome(list(lines))
    if not lines:
        return out
    first = lines[0]
    if _date_first(lines):  # "12 March 2025" above the title
        _take_dateline(out, 0, ctx)
        first = out.kept[0] if out.kept else first
    if out.kept and _is_title(out.kept, ctx):
        first = out.kept.pop(0)
        out.meta["title"] = first.text
        out.removed += drop(first, reasons.TITLE, "title line", "title")
    for index in range(min(DATELINE_SEARCH, len(out.kept))):
        if "date" not in out.meta and is_dateline(out.kept[index].text):
            _take_dateline(out, index, ctx)
            break
    return out


def _date_first(lines: list[Line]) -> bool:
    return len(lines) > 1 and is_dateline(lines[0].text) and not is_dateline(lines[1].text)


def _is_title(lines: list[Line], ctx: Context) -> bool:
    text = lines[0].text
    if is_bullet(text) or not 1 <= word_count(text) <= MAX_TITLE_WORDS:
        return False
    end = last_char(text)
    if end in ":;,":
        return False
    if end != ".":
        return True
    # A title ending in a full stop is recognised by what follows it: its date line,
    # or a repeat of itself (scraped pages often print the headline twice).
    following = [ln.text for ln in lines[1 : 1 + DATELINE_SEARCH]]
    return any(is_dateline(t) for t in following) or any(
        fingerprint(t) == fingerprint(text) for t in following
    )


_DOUBLED = re.compile(r"^(?P<x>.{3,}?)\s*(?P=x)$")


def undouble(text: str) -> str:
    """'Daily NewsDaily News' → 'Daily News' (logo alt text glued to the name)."""
    m = _DOUBLED.match(text)
    return m.group("x").strip() if m else text


def _take_dateline(out: Outcome, index: int, ctx: Context) -> None:
    line = out.kept.pop(index)
    hit = find_date(line.text)
    assert hit is not None
    out.meta["date"] = hit.date
    if hit.time is not None:
        out.meta["time"] = hit.time
    rest = weekday_free(hit.rest(line.text)).strip(" ,|·•/:;()[]–—-")
    label = ctx.phrases.label_value("dateline", rest) if rest else None
    if label is not None or (rest and ctx.phrases.is_only("dateline", rest)):
        rest = label or ""
    rest = re.sub(r"\s+(?:kl|klo|um|at)\.?$", "", rest, flags=re.I).strip(" ,|·•/:;–—-")
    field = "date"
    if rest:
        byline = ctx.phrases.label_value("byline", rest)
        if byline:
            out.meta.setdefault("authors", []).append(undouble(byline))
            field = "date, authors"
        else:
            out.meta["source"] = undouble(rest)
            field = "date, source"
    out.removed += drop(line, reasons.DATELINE, "the article's own date line", field)
