"""Language identification with lingua, in its low-accuracy (trigram-only) mode.

Measured on this project's machine: all 75 languages in high-accuracy mode take ~8 s and
~900 MB to load; low-accuracy mode loads in ~0.4 s with ~70 MB and still gives confident,
correct answers on sentences and on captions of ten words. Short lines (a menu word) get
low confidence, which the callers treat as "unknown" — exactly what the cleaner needs.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

from .close_languages import relatives
from .shape import words
from .stopwords import listed_languages, stopword_hits

SAMPLE_CHARS = 300  # ~50 words decide reliably; lingua takes ~2 ms here and ~6 ms at 600
# Narrowing prose to the languages whose function words it uses (see guess_prose):
PROSE_MIN_WORDS = 15  # fewer words say too little about function-word use
PROSE_MIN_SHARE = 0.1  # prose in a listed language has 15-60% of its words in its list
PROSE_KEEP = 0.5  # languages with at least half the best list's hits stay candidates
PROSE_AT_LEAST = 3  # and the runners-up, so that lingua always has a choice to make


@dataclass(frozen=True, slots=True)
class Guess:
    lang: str  # ISO 639-1, lower case; "" when unknown
    confidence: float
    scores: tuple[tuple[str, float], ...] = ()  # every language's confidence, best first

    def confidence_of(self, lang: str) -> float:
        return next((value for code, value in self.scores if code == lang), 0.0)


@cache
def _detector() -> LanguageDetector:
    """Every language's model, loaded at once: 0.3 s, where loading them as lines need
    them (a caption or banner in a Latin script needs most) took 0.4 s. Narrowed
    detectors share these models."""
    builder = LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode()
    return builder.with_preloaded_language_models().build()


def load() -> None:
    """Load the models now (a worker does this while the inbox is being scanned)."""
    _detector()


@cache
def _narrow_detector(codes: frozenset[str]) -> LanguageDetector:
    languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper())) for c in codes]
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


@cache
def _lingua_codes() -> frozenset[str]:
    return frozenset(lang.iso_code_639_1.name.lower() for lang in Language.all())


def prose_candidates(text: str) -> frozenset[str] | None:
    """The languages running prose can be in, judged by its function words: those whose
    stop-word lists cover at least half as many of its words as the best list does (and
    at least the three best), their close relatives, and every language without a list.
    None (any language) when the text is short or no list covers a tenth of its words."""
    tokens = [w.casefold() for w in words(text)]
    if len(tokens) < PROSE_MIN_WORDS:
        return None
    hits = stopword_hits(tokens)
    best = max(hits.values(), default=0)
    if best < PROSE_MIN_SHARE * len(tokens):
        return None
    ranked = sorted(hits, key=lambda lang: (-hits[lang], lang))
    chosen = {lang for lang in ranked if hits[lang] >= PROSE_KEEP * best}
    chosen.update(ranked[:PROSE_AT_LEAST])
    for lang in list(chosen):
        chosen |= relatives(lang)
    codes = _lingua_codes()
    return frozenset((chosen & codes) | (codes - listed_languages()))


def guess_prose(text: str) -> Guess:
    """`guess` for a sample of running prose (an article's language): lingua weighs only
    the languages the prose's function words allow (see prose_candidates), a third of
    the time of weighing all 75 on Latin-script text. Confidences are relative to those
    candidates, so short lines (captions, menus) use `guess`."""
    sample = text[:SAMPLE_CHARS]
    candidates = prose_candidates(sample)
    if candidates is None:
        return guess(sample)
    found = _from_values(_narrow_detector(candidates).compute_language_confidence_values(sample))
    relatives_left_out = relatives(found.lang) - candidates
    if relatives_left_out and found.lang not in listed_languages():
        # A language without a stop-word list is always a candidate; its listed relatives
        # may have been ruled out by too few function words (Turkish, agglutinative, for
        # Azerbaijani), so they are weighed again with it.
        detector = _narrow_detector(candidates | (relatives_left_out & _lingua_codes()))
        found = _from_values(detector.compute_language_confidence_values(sample))
    return found


def guess(text: str) -> Guess:
    """The most likely language of `text` (bounded sample) with its confidence."""
    sample = text[:SAMPLE_CHARS]
    return _from_values(_detector().compute_language_confidence_values(sample))


def _from_values(values: list) -> Guess:
    scores = tuple(
        (v.language.iso_code_639_1.name.lower(), float(v.value)) for v in values if v.value > 0
    )
    if not scores:
        return Guess("", 0.0)
    return Guess(scores[0][0], scores[0][1], scores)
