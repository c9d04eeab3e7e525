"""Stop words per language (stopwords-iso, ~60 languages): the cleaner's test of whether
a line is in the article's language, and the words story grouping ignores."""

from __future__ import annotations

from functools import cache

import stopwordsiso

_ISO_ALIASES = {"nb": "no", "nn": "no"}


@cache
def stopwords(lang: str) -> frozenset[str]:
    """Case-folded stop words of `lang` (ISO 639-1); empty for a language without a list."""
    code = _ISO_ALIASES.get(lang, lang)
    if not code or not stopwordsiso.has_lang(code):
        return frozenset()
    return frozenset(w.casefold() for w in stopwordsiso.stopwords(code))
