"""The digest's cached stories: reused while posts, code and lexicons are unchanged."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import digestpress.stories
from plugins.digest.days import group_days
from plugins.digest.ledger import code_fingerprint, key
from plugins.digest.stories import StoryIndex

UTC = ZoneInfo("UTC")


def article(id_: str, hours: int, title: str, text: str):
    when = dt.datetime(2026, 3, 10, 8, tzinfo=dt.UTC) + dt.timedelta(hours=hours)
    return SimpleNamespace(
        metadata={"id": id_},
        source_path=f"{id_}.md",
        slug=id_,
        lang="en",
        date=when,
        title=title,
        content=f"<p>{text}</p>",
    )


ARTICLES = [
    article("a", 0, "Fire at Lübeck timber yard", "A fire destroyed 4,800 cubic metres in Lübeck."),
    article("b", 1, "Lübeck timber yard fire", "The Lübeck fire destroyed 4,800 cubic metres."),
    article("c", 2, "Tram line approved", "Lübeck's council approved a tram to Travemünde."),
]


def index(cache: Path, fingerprint: str) -> StoryIndex:
    days = group_days(ARTICLES, UTC)
    day_keys = {d.date: key(d.date, [a.source_path for a in d.articles]) for d in days}
    return StoryIndex(days, day_keys, lambda a: a.source_path, cache, fingerprint)


def test_cached_stories_are_reused_only_by_the_same_code(tmp_path: Path) -> None:
    cache = tmp_path / "stories.json"
    first = index(cache, "code-1")
    first.save()
    assert json.loads(cache.read_text())["fingerprint"] == "code-1"
    assert index(cache, "code-1").cached == first.used != {}
    assert index(cache, "code-2").cached == {}  # new grouping code or lexicons: regroup


def test_the_build_fingerprint_covers_the_grouping_lexicons(tmp_path: Path, monkeypatch) -> None:
    lexicon = tmp_path / "concepts" / "xx.yaml"
    lexicon.parent.mkdir()
    lexicon.write_text("concepts:\n  fire: [fire]\n")
    related = tmp_path / "related.yaml"
    related.write_text("groups: []\n")
    monkeypatch.setattr(digestpress.stories, "SOURCES", (lexicon.parent, related))
    settings = {"THEME": "", "PLUGIN_PATHS": []}
    before = code_fingerprint(settings)
    lexicon.write_text("concepts:\n  fire: [fire, blaze]\n")
    after_lexicon = code_fingerprint(settings)
    related.write_text("groups: [[sv, da]]\n")
    assert len({before, after_lexicon, code_fingerprint(settings)}) == 3
