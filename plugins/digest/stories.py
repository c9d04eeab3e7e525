"""Each day's articles as stories: one entry per event, whatever its sources and languages.

A day's stories come from grouping its articles together with the day before and the
day after (digestpress.stories), so a report and its next-day follow-up are one story,
and the grouping of a day depends on nothing further away. That makes it cacheable: a
window's grouping is stored under the keys of its three days, and a new day regroups
only itself and the day before it.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import os
import re
import tempfile
from pathlib import Path

from digestpress.stories import Item, group

from .ledger import key

_TAG = re.compile(r"<[^>]+>")
CACHE_VERSION = 1


def article_id(article) -> str:
    return str(article.metadata.get("id") or article.source_path)


def plain_text(markup: str) -> str:
    """An article's HTML as words (for story keys and reading time)."""
    return html.unescape(_TAG.sub(" ", markup or ""))


def as_item(article) -> Item:
    return Item(
        article_id(article), article.lang, article.date, article.title, plain_text(article.content)
    )


class StoryIndex:
    """Stories of every day (newest-first `days`), from cache where the window's days
    are unchanged. `day_keys` maps a date to the key of that day's articles. The cache
    is void when `fingerprint` (the build's code and data, see ledger.code_fingerprint)
    changed: new grouping code or lexicons regroup every day."""

    def __init__(
        self, days: list, day_keys: dict, stamp, cache_file: Path | None, fingerprint: str = ""
    ) -> None:
        self.cache_file = cache_file
        self.fingerprint = fingerprint
        self.stamp = stamp  # article -> key of what its listing shows
        self.cached = self._load()
        self.used: dict[str, list[list[str]]] = {}
        self.of_day: dict[dt.date, list[list]] = {}  # date -> stories (lists of articles)
        self.also: dict[int, list] = {}  # id(article) -> the other articles of its story
        self.story_key: dict[int, str] = {}  # id(article) -> key of its story's articles
        for index, day in enumerate(days):
            window = [d for d in days[max(index - 1, 0) : index + 2] if _near(d, day)]
            self._group_day(day, window, day_keys)

    def _group_day(self, day, window: list, day_keys: dict) -> None:
        articles = [a for d in sorted(window, key=lambda d: d.date) for a in d.articles]
        by_id = {article_id(a): a for a in articles}
        name = key(*(day_keys[d.date] for d in sorted(window, key=lambda d: d.date)), day.date)
        stories = self.cached.get(name)
        if stories is None or any(i not in by_id for s in stories for i in s):
            stories = [s.ids for s in group([as_item(a) for a in articles])]
        self.used[name] = stories
        own = {id(a) for a in day.articles}
        result = []
        for ids in stories:
            members = [by_id[i] for i in ids]
            today = [a for a in members if id(a) in own]
            if not today:
                continue
            result.append(today)
            story_key = key(*(self.stamp(a) for a in members))
            for article in today:
                self.also[id(article)] = [a for a in members if a is not article]
                self.story_key[id(article)] = story_key
        self.of_day[day.date] = result

    def entries(self, day, lang: str) -> list[dict]:
        """The day's stories for a page in `lang`: stories with an article in `lang`
        first, each led by its article in `lang` (else its first), oldest first."""
        entries = []
        for members in self.of_day[day.date]:
            own = [a for a in members if a.lang == lang]
            lead = own[0] if own else members[0]
            others = [a for a in members if a is not lead]
            entries.append({"lead": lead, "others": others, "own": bool(own)})
        entries.sort(key=lambda e: (not e["own"], e["lead"].date, e["lead"].title))
        return entries

    def shape(self, day) -> list[list[str]]:
        """What the grouping decided for a day, for output keys."""
        return [[article_id(a) for a in members] for members in self.of_day[day.date]]

    def _load(self) -> dict:
        if self.cache_file is None or not self.cache_file.is_file():
            return {}
        try:
            data = json.loads(self.cache_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        same = (data.get("version"), data.get("fingerprint")) == (CACHE_VERSION, self.fingerprint)
        return data.get("windows", {}) if same else {}

    def save(self) -> None:
        """Keep this build's windows (and only them), unless nothing changed."""
        if self.cache_file is None or self.used == self.cached:
            return
        self.cache_file.parent.mkdir(parents=True, exist_ok=True)
        data = {"version": CACHE_VERSION, "fingerprint": self.fingerprint, "windows": self.used}
        text = json.dumps(data, sort_keys=True)
        fd, tmp = tempfile.mkstemp(dir=self.cache_file.parent, prefix=".stories-")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, self.cache_file)


def _near(other, day) -> bool:
    return abs((other.date - day.date).days) <= 1
