"""Split a listing page into articles.

An article starts with a title-like line immediately followed by its own date line.
A bare date line right before such a start is the listing page's day marker, not
content of either article.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from .. import reasons
from ..dates import find_date, is_pure_date
from ..model import Line, Removal
from ..shape import is_bullet, word_count
from . import drop

MAX_DATELINE_WORDS = 8


@dataclass(slots=True)
class Split:
    segments: list[list[Line]]
    removed: list[Removal] = field(default_factory=list)


def is_dateline(text: str) -> bool:
    """A short line that holds a full date (maybe with a source name or label)."""
    if word_count(text) > MAX_DATELINE_WORDS + 3:
        return False
    hit = find_date(text)
    return hit is not None and word_count(hit.rest(text)) <= MAX_DATELINE_WORDS


def _titled(lines: list[Line], i: int) -> bool:
    """Line i is title-shaped and line i+1 is a date line."""
    text = lines[i].text
    return (
        i + 1 < len(lines)
        and 1 <= word_count(text) <= 25
        and not is_bullet(text)
        and not text.rstrip().endswith(":")
        and find_date(text) is None
        and is_dateline(lines[i + 1].text)
    )


def _is_head(lines: list[Line], i: int) -> bool:
    # "Text: X" / "1 May 2025" / "Next title" / "2025-05-01": there the date after line i
    # is the next article's listing marker, so line i ends an article instead.
    return _titled(lines, i) and not (i + 2 < len(lines) and _titled(lines, i + 2))


def split_articles(lines: list[Line]) -> Split:
    heads = [i for i in range(len(lines)) if _is_head(lines, i)]
    if len(heads) < 2:
        return Split([lines])
    out = Split([])
    bounds = [0, *heads[1:], len(lines)]
    for start, end in pairwise(bounds):
        segment = lines[start:end]
        # Listing-day markers sit at the end of the previous article, before the next head.
        while end != len(lines) and segment and is_pure_date(segment[-1].text):
            out.removed += drop(segment[-1], reasons.LISTING_DATE, "date heading of a listing page")
            segment = segment[:-1]
        out.segments.append(segment)
    return out
