"""Group articles into days (in the site's time zone) and order them for a page language.

Pure functions over Pelican articles: no files, no templates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo


@dataclass(slots=True)
class Day:
    date: dt.date
    articles: list = field(default_factory=list)  # chronological, then by title

    @property
    def path(self) -> str:
        return f"{self.date:%Y/%m/%d}"

    def languages(self) -> list[str]:
        return sorted({a.lang for a in self.articles})

    def for_language(self, lang: str) -> list:
        """The page language's articles first, then the others by language, each in time order."""
        own = [a for a in self.articles if a.lang == lang]
        others = sorted((a for a in self.articles if a.lang != lang), key=lambda a: a.lang)
        return own + others


def local_day(article, tz: ZoneInfo) -> dt.date:
    return article.date.astimezone(tz).date()


def group_days(articles: list, tz: ZoneInfo) -> list[Day]:
    """Days with articles, newest first."""
    days: dict[dt.date, Day] = {}
    for article in articles:
        day = local_day(article, tz)
        days.setdefault(day, Day(day)).articles.append(article)
    for day in days.values():
        day.articles.sort(key=lambda a: (a.date, a.title, a.slug))
    return sorted(days.values(), key=lambda d: d.date, reverse=True)


def neighbours(items: list, index: int) -> tuple:
    """(previous, next) in reading order: for newest-first days, previous is older."""
    older = items[index + 1] if index + 1 < len(items) else None
    newer = items[index - 1] if index > 0 else None
    return older, newer


def by_month(days: list[Day]) -> list[tuple[dt.date, list[Day]]]:
    """Days grouped by month, newest first: [(first of month, [days…]), …]."""
    months: dict[dt.date, list[Day]] = {}
    for day in days:
        months.setdefault(day.date.replace(day=1), []).append(day)
    return sorted(months.items(), key=lambda item: item[0], reverse=True)
