"""Split a listing page into articles.

An article starts with a title-like line immediately followed by its own date line.
A bare date line right before such a start is the listing page's day marker, not
content of either article.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from .. import reasons
from ..dates import find_date, is_pure_date, strip_dates
from ..model import Line, Removal
from ..shape import URL, is_bullet, is_prose, last_char, word_count
from . import drop

MAX_DATELINE_WORDS = 8


@dataclass(slots=True)
class Split:
    segments: list[list[Line]]
    removed: list[Removal] = field(default_factory=list)


def is_dateline(text: str) -> bool:
    """A short line that holds a full date (maybe with a time, a source name or a label)."""
    text = URL.sub(" ", text)  # a date inside a link is not the article's date
    if word_count(text) > 4 * MAX_DATELINE_WORDS or find_date(text) is None:
        return False
    return word_count(strip_dates(text)) <= MAX_DATELINE_WORDS


def _titled(lines: list[Line], i: int) -> bool:
    """Line i is title-shaped and line i+1 is a date line."""
    text = lines[i].text
    return (
        i + 1 < len(lines)
        and 1 <= word_count(text) <= 25
        and not is_bullet(text)
        and not is_prose(text)
        and last_char(text) not in ".:;,"
        and find_date(text) is None
        and is_dateline(lines[i + 1].text)
    )


def _is_head(lines: list[Line], i: int) -> bool:
    # "Text: X" / "1 May 2025" / "Next title" / "2025-05-01": there the date after line i
    # is the next article's listing marker, so line i ends an article instead.
    return _titled(lines, i) and not (i + 2 < len(lines) and _titled(lines, i + 2))


def split_articles(lines: list[Line]) -> Split:
    heads = [i for i in range(len(lines)) if _is_head(lines, i)]
    out = Split([])
    # A bare date right before an article's title and date line is the listing's day.
    markers = {h - 1 for h in heads if h > 0 and is_pure_date(lines[h - 1].text)}
    for i in sorted(markers):
        out.removed += drop(lines[i], reasons.LISTING_DATE, "date heading of a listing page")
    bounds = [0, *heads[1:], len(lines)] if len(heads) > 1 else [0, len(lines)]
    for start, end in pairwise(bounds):
        out.segments.append(
            [ln for i, ln in enumerate(lines[start:end], start) if i not in markers]
        )
    return out
