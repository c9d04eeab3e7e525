"""Stable pagination: adding new items changes the head page, never the numbered ones.

Usual pagination counts pages from the newest item, so every new day moves every item of
every page, and a daily publish has to render the whole paginated archive again: the
daily build grows with the archive. Here numbered pages are counted from the *oldest*
item and hold exactly `size` items each, so page N shows the same items for ever and its
URL stays a permalink. The head page (the language home, a topic's first page) holds the
newest `size` to `2 × size - 1` items, so it is never short.
"""

from __future__ import annotations

from dataclasses import dataclass

HEAD = 0  # the number of the head page


@dataclass(frozen=True, slots=True)
class Page:
    number: int  # HEAD, or 1… counted from the oldest page
    items: list  # newest first
    newer: int | None  # the page with the next newer items (HEAD or a number), if any
    older: int | None  # the page with the next older items, if any


def stable_pages(newest_first: list, size: int) -> list[Page]:
    """The head page first, then numbered pages from the newest to the oldest."""
    if size < 1:
        raise ValueError(f"page size must be at least 1, not {size}")
    full = len(newest_first) // size
    numbered = max(0, full - 1)  # pages that hold exactly `size` of the oldest items
    head_count = len(newest_first) - numbered * size
    pages = [Page(HEAD, newest_first[:head_count], None, numbered or None)]
    oldest_first = newest_first[head_count:][::-1]
    for number in range(numbered, 0, -1):
        items = oldest_first[(number - 1) * size : number * size][::-1]
        newer = number + 1 if number < numbered else HEAD
        pages.append(Page(number, items, newer, number - 1 or None))
    return pages
