"""Repeated paragraphs, headlines and whole sections appear once.

Scrapers often capture a block twice (a live blog's pinned post, a "top story" box).
A line is a repeat when its fingerprint (case, punctuation and spacing ignored) was seen
before. Long lines go on that evidence alone; a short line (a one-word answer in an
interview) only when it is the title or sits next to another repeat, i.e. it belongs to a
repeated block.
"""

from __future__ import annotations

from .. import reasons
from ..model import Line
from ..shape import fingerprint, word_count
from . import Context, Outcome, drop

SHORT_WORDS = 4


def drop_repeats(lines: list[Line], ctx: Context) -> Outcome:
    first_seen: dict[str, int] = {}
    title_key = fingerprint(ctx.title) if ctx.title else None
    repeat: list[int | None] = []
    for line in lines:
        key = fingerprint(line.text)
        if key and key == title_key:
            repeat.append(0)
        elif key in first_seen:
            repeat.append(first_seen[key])
        else:
            first_seen[key] = line.number
            repeat.append(None)
    out = Outcome([])
    for i, line in enumerate(lines):
        seen = repeat[i]
        neighbour = any(
            0 <= j < len(lines)
            and repeat[j] is not None
            and word_count(lines[j].text) > SHORT_WORDS
            for j in (i - 1, i + 1)
        )
        if seen is not None and (seen == 0 or word_count(line.text) > SHORT_WORDS or neighbour):
            detail = "repeats the title" if seen == 0 else f"repeats line {seen}"
            out.removed += drop(line, reasons.DUPLICATE, detail)
        else:
            out.kept.append(line)
    return out
