"""News concepts shared by languages: 'drone', 'missile', 'avalanche' in every language.

Names and numbers tell two reports of one event apart from reports of another event only
when the events involve different people and places; a drone attack and a missile strike
on one city the next day share them all. What differs is what happened, in words each
language has its own of. `data/concepts/<lang>.yaml` maps concept ids (the same in every
file) to the stems a language writes them with; a word starting with a stem carries the
concept, whatever its inflection.
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

from ..files import read_yaml

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "concepts"
MIN_STEM = 3
ALIASES = {"no": "nb"}  # ISO 639-1 "no" (Norwegian) is written as Bokmål in the news


@cache
def stems(lang: str) -> dict[str, tuple[str, ...]]:
    """Stem → concept ids for `lang`; empty for a language without a file."""
    path = DATA_DIR / f"{ALIASES.get(lang, lang)}.yaml"
    if not path.is_file():
        return {}
    found: dict[str, set[str]] = {}
    for concept, words in (read_yaml(path).get("concepts") or {}).items():
        for word in words or []:
            stem = str(word).strip().casefold()
            if len(stem) >= MIN_STEM:
                found.setdefault(stem, set()).add(str(concept))
    return {stem: tuple(sorted(ids)) for stem, ids in found.items()}


@lru_cache(maxsize=200_000)
def concepts_of(word: str, lang: str) -> tuple[str, ...]:
    """The concepts of the longest stem `word` (case-folded) starts with."""
    table = stems(lang)
    for end in range(len(word), MIN_STEM - 1, -1):
        ids = table.get(word[:end])
        if ids:
            return ids
    return ()
