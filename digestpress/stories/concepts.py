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
WHOLE = "="  # an entry that matches a whole word only
ALIASES = {"no": "nb"}  # ISO 639-1 "no" (Norwegian) is written as Bokmål in the news


@cache
def stems(lang: str) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """(stem → concept ids, whole word → concept ids) for `lang`; empty for a language
    without a file. An entry written "=воз" is a whole word: the Russian acronym of the
    WHO, which as a stem would claim "возможно"."""
    path = DATA_DIR / f"{ALIASES.get(lang, lang)}.yaml"
    if not path.is_file():
        return {}, {}
    found: dict[str, set[str]] = {}
    whole: dict[str, set[str]] = {}
    for concept, words in (read_yaml(path).get("concepts") or {}).items():
        for word in words or []:
            entry = str(word).strip().casefold()
            table = whole if entry.startswith(WHOLE) else found
            entry = entry.removeprefix(WHOLE)
            if len(entry) >= MIN_STEM:
                table.setdefault(entry, set()).add(str(concept))
    return tuple({k: tuple(sorted(ids)) for k, ids in t.items()} for t in (found, whole))


@lru_cache(maxsize=200_000)
def concepts_of(word: str, lang: str, least: int = MIN_STEM) -> tuple[str, ...]:
    """The concepts of `word` (case-folded) as a whole word, else of the longest stem
    it starts with (of at least `least` characters)."""
    prefixes, whole = stems(lang)
    if word in whole:
        return whole[word]
    for end in range(len(word), least - 1, -1):
        ids = prefixes.get(word[:end])
        if ids:
            return ids
    return ()


@lru_cache(maxsize=50_000)
def compound_concepts(first: str, second: str, lang: str) -> tuple[str, ...]:
    """The concepts of a hyphenated compound (case-folded parts) that its parts do not
    name apart: Swedish "EU-domstolen" is the EU's court (`cjeu`, listed as "eudomstol"),
    not "EU" and a court; Danish "EU-kommissionen" is listed with its hyphen. Only a
    stem that reaches into the second part counts, so "Olympia-Massenstart" stays two
    words (the Olympics, and a mass start)."""
    for word, head in ((f"{first}-{second}", len(first) + 2), (first + second, len(first) + 1)):
        ids = concepts_of(word, lang, head)
        if ids:
            return ids
    return ()
