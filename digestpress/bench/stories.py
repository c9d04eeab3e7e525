"""Story grouping speed for `make bench`: one busy day of 2,000 articles.

The articles are bench posts (ingested from the synthetic inbox) moved onto one day. The
baseline, measured in the same run, is the least any grouping must do: split every
article's title and text into lower-case words.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import statistics
import time
from pathlib import Path

from ..stories import group
from ..stories.posts import load_items

_WORDS = re.compile(r"\w+")


def measure_stories(content: Path, articles: int, repeat: int) -> dict:
    items = load_items(content)[:articles]
    noon = dt.datetime(2030, 1, 1, 12, tzinfo=dt.UTC)
    day = [
        dataclasses.replace(item, published=noon + dt.timedelta(seconds=i))
        for i, item in enumerate(items)
    ]

    def baseline() -> float:
        start = time.perf_counter()
        for item in day:
            _WORDS.findall(item.title.lower())
            _WORDS.findall(item.text.lower())
        return time.perf_counter() - start

    def grouping() -> tuple[float, int]:
        start = time.perf_counter()
        stories = group(day)
        return time.perf_counter() - start, len(stories)

    base = statistics.median(baseline() for _ in range(repeat))
    runs = [grouping() for _ in range(repeat)]
    seconds = statistics.median(t for t, _ in runs)
    return {
        "articles": len(day),
        "stories": runs[0][1],
        "seconds": round(seconds, 2),
        "baseline_seconds": round(base, 3),
        "ratio_to_baseline": round(seconds / base, 1),
    }
