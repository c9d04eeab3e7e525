"""Stop words per language (stopwords-iso, ~60 languages): the cleaner's test of whether
a line is in the article's language, and the words story grouping ignores."""

from __future__ import annotations

from functools import cache

import stopwordsiso

_ISO_ALIASES = {"nb": "no", "nn": "no"}
_LIST_LANGUAGES = {"no": ("nb", "nn")}  # one list serves both written Norwegians


@cache
def stopwords(lang: str) -> frozenset[str]:
    """Case-folded stop words of `lang` (ISO 639-1); empty for a language without a list."""
    code = _ISO_ALIASES.get(lang, lang)
    if not code or not stopwordsiso.has_lang(code):
        return frozenset()
    return frozenset(w.casefold() for w in stopwordsiso.stopwords(code))


@cache
def _languages_of_words() -> dict[str, tuple[str, ...]]:
    """Every stop word of every list → the languages (ISO 639-1) whose list has it."""
    index: dict[str, list[str]] = {}
    for code in sorted(stopwordsiso.langs()):
        for lang in _LIST_LANGUAGES.get(code, (code,)):
            for word in stopwords(lang):
                index.setdefault(word, []).append(lang)
    return {word: tuple(langs) for word, langs in index.items()}


@cache
def listed_languages() -> frozenset[str]:
    """The languages (ISO 639-1) that have a stop-word list."""
    return frozenset(
        lang for code in stopwordsiso.langs() for lang in _LIST_LANGUAGES.get(code, (code,))
    )


def stopword_hits(tokens: list[str]) -> dict[str, int]:
    """How many of `tokens` (case-folded words) each language's stop-word list has."""
    index = _languages_of_words()
    hits: dict[str, int] = {}
    for token in tokens:
        for lang in index.get(token, ()):
            hits[lang] = hits.get(lang, 0) + 1
    return hits
