"""An article as weighted keys that survive a change of language and script.

Two reports of one event in different languages share few words, but they share names
(Зеленський, Zelensky, Selenskyj, Zełenski), places (Харків, Kharkiv, Charkiw, Harkova)
and numbers (27 injured, 4,2 / 4.2 billion). Every word is therefore transliterated to
Latin letters (unidecode) and reduced to a spelling-insensitive *skeleton*: letters that
languages write differently for one sound are folded together (w/v, y/j/i, z/s, kh/ch/h,
c/k), then vowels after the first letter are dropped and the result is cut short, which
also absorbs most inflection (Харкові, Zełenskiego, Kharkivin). Numbers become their
digits, whatever the decimal and thousands separators. Stop words of the article's
language are ignored; whatever else is common is weighted down later by its document
frequency.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from unidecode import unidecode

from ..stopwords import stopwords
from .concepts import compound_concepts, concepts_of

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_NUMBER = re.compile(r"\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?![\d.,]\d)|\d+(?:[.,]\d+)?")
_FOLDS = (  # in order; "ck" before "kh", or Stockholm's "ckh" would end as "kh"
    ("sch", "s"),
    ("tch", "c"),
    ("tsj", "c"),
    ("tj", "c"),
    ("ck", "k"),
    ("ch", "h"),
    ("kh", "h"),
    ("ph", "f"),
    ("th", "t"),
    ("qu", "kv"),
    ("x", "ks"),
    ("w", "v"),
    ("y", "i"),
    ("j", "i"),
    ("z", "s"),
    ("c", "k"),
    ("q", "k"),
)
# A result such as "6-4, 3-6, 7-6 (5)", "6:4 3:6 7:6", "21-17, 18-21" or "112-108":
# scores of up to three digits a side, set apart from dates ("2026-11-04"); clock
# times ("20:15", "1:40") are dropped after matching (see _is_clock_time).
_SCORE = r"\d{1,3}\s?(?:[-–]\s?|:)\d{1,3}(?:\s?\(\d{1,2}(?:[-–:]\d{1,2})?\))?"
_SCORES = re.compile(
    rf"(?<![\d.,:/–-])({_SCORE}(?:(?:\s*[,;/]\s*|\s+(?:[^\W\d_]{{1,4}}\s+)?){_SCORE})*)"
    r"(?![\d]|[-–:/.,]\d)"
)
_SCORE_PAIR = re.compile(r"(\d{1,3})\s?([-–]\s?|:)(\d{1,3})(?:\s?\([^)]*\))?")
_VOWELS = str.maketrans("", "", "aeiou")
SKELETON = 4  # letters kept: the first, then consonants
MIN_WORD = 3  # shorter words carry no story
BODY_CHARS = 1500  # the lead says what happened; the rest adds noise and time
LEAD_CHARS = 600  # the first paragraph or two (about 100 words): what a report is about
TITLE_WEIGHT = 2.0


@lru_cache(maxsize=200_000)
def skeleton(word: str) -> str:
    """'Зеленського', 'Zelenskyy', 'Selenskyj', 'Zełenski' → 'slns'."""
    latin = "".join(ch for ch in unidecode(word).lower() if "a" <= ch <= "z")
    for old, new in _FOLDS:
        latin = latin.replace(old, new)
    if not latin:
        return ""
    folded = latin[0] + latin[1:].translate(_VOWELS)
    squeezed = "".join(ch for i, ch in enumerate(folded) if i == 0 or ch != folded[i - 1])
    return squeezed[:SKELETON]


def number_key(text: str) -> str:
    """'40,000', '40 000' and '40.000' → '40000'; '4,2' and '4.2' → '42'."""
    return re.sub(r"\D", "", text).lstrip("0")


_DOTTED_I = frozenset({"tr", "az"})  # languages with a dotted and a dotless i


_HYPHENS = "-\u2010\u2011"


def _fold(word: str, dotted: bool) -> str:
    """A word as the stop-word lists and lexicons write it."""
    if dotted:  # Turkish "I" is "ı" in lower case, and "İ" is "i"
        word = word.replace("I", "ı").replace("İ", "i")
    folded = word.casefold()
    if "\u0307" in folded:  # "İ".casefold() is "i" and a combining dot
        folded = folded.replace("\u0307", "")
    if "’" in folded:  # l’OMS is l'OMS
        folded = folded.replace("’", "'")
    return folded


def _words(text: str, lang: str):
    """(match, its concepts, its 'w:' key or '') for each word of `text` that counts:
    long enough, not a stop word. A word naming a concept has no word key; a hyphenated
    compound naming a concept of its own ("EU-domstolen") is one word, at its first
    part's match."""
    stop = stopwords(lang)
    dotted = lang in _DOTTED_I
    matches = list(_WORD.finditer(text))
    joined = False  # the previous match was a compound's first part
    for match, following in itertools.pairwise([*matches, None]):
        if joined:
            joined = False
            continue
        word = match.group()
        folded = _fold(word, dotted)
        if (
            following is not None
            and following.start() == match.end() + 1
            and text[match.end()] in _HYPHENS
        ):
            compound = compound_concepts(folded, _fold(following.group(), dotted), lang)
            if compound:
                joined = True
                yield match, compound, ""
                continue
        if len(folded) < MIN_WORD:
            continue
        if folded in stop and not (word.isupper() and concepts_of(folded, lang)):
            continue  # an acronym in capitals may spell a stop word: WHO, not "who"
        concepts = concepts_of(folded, lang)
        key = "" if concepts else skeleton(folded)
        yield match, concepts, ("w:" + key if len(key) >= 2 else "")


def _numbers(text: str):
    """(start, 'n:' key) of each number of two or more digits in `text`."""
    for match in _NUMBER.finditer(text):
        digits = number_key(match.group())
        if len(digits) >= 2:
            yield match.start(), "n:" + digits


MIN_SCORES = 2  # one score alone ("2-1", "5-5") is too often an interim one


def _results(text: str, least: int = MIN_SCORES):
    """Each result (a run of at least `least` scores) as a key: every score higher side
    first, so that the winner's "6-4, 7-6" and the loser's "4-6, 6-7" are one key."""
    for run in _SCORES.findall(text):
        pairs = _SCORE_PAIR.findall(run)
        if len(pairs) < least or any(_is_clock_time(*pair) for pair in pairs):
            continue
        yield "s:" + ".".join(f"{max(int(a), int(b))}-{min(int(a), int(b))}" for a, _, b in pairs)


def _is_clock_time(left: str, separator: str, right: str) -> bool:
    """ "20:15" and "1:40" are times; "6:4" and "85:79" (German scores) are not."""
    return separator == ":" and len(right) == 2 and int(left) <= 24 and int(right) < 60


def first_result(title: str, text: str) -> str | None:
    """The result a report gives first, headline then lead: its own game's. Reports of
    two games of one tournament name each other's results, but lead with their own. A
    lone score counts in the headline only (a lead may tell the game: "1-1 at half
    time")."""
    return next(itertools.chain(_results(title, 1), _results(text[:BODY_CHARS])), None)


@dataclass(frozen=True, slots=True)
class ArticleKeys:
    counts: Counter[str]  # every key → weighted count
    named: Counter[str]  # the keys another language writes alike
    lead: frozenset[str]  # word and number keys of the headline and the first LEAD_CHARS
    head: frozenset[str]  # the headline's word and number keys: its specifics, not its
    # concepts; a headline names what sets its event apart (Sölden, not Ischgl), which
    # the lead of another report of the same event names too


def keys(title: str, text: str, lang: str) -> ArticleKeys:
    """An article's keys. Words give 'w:' keys (and 'c:' keys for the news concepts they
    name, see concepts.py), numbers of two or more digits 'n:' keys. Named keys are the
    ones another language writes alike: numbers, and words capitalised inside a
    sentence (names, places, organisations)."""
    counts: Counter[str] = Counter()
    named: Counter[str] = Counter()
    lead: set[str] = set()

    def add(part: str, weight: float, lead_end: int) -> None:
        for match, concepts, key in _words(part, lang):
            for concept in concepts:  # the concept stands for the word: not counted twice
                counts["c:" + concept] += weight
            if not key:
                continue
            counts[key] += weight
            if match.start() < lead_end:
                lead.add(key)
            if match.group()[0].isupper() and not _sentence_start(part, match.start()):
                named[key] += weight
        for start, key in _numbers(part):
            counts[key] += weight
            named[key] += weight
            if start < lead_end:
                lead.add(key)

    add(title, TITLE_WEIGHT, len(title))
    head = frozenset(lead)  # the whole headline is lead
    add(text[:BODY_CHARS], 1.0, LEAD_CHARS)
    return ArticleKeys(counts, named, frozenset(lead), head)


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\u00a0\"'«»„“”‘’(")
    return not before or before[-1] in ".!?:\n—–-"


def weighted(counts: Counter[str], idf: dict[str, float]) -> dict[str, float]:
    """Unit-length tf-idf vector over the keys that have an idf (rare enough to count)."""
    vector = {k: (1 + math.log(c)) * idf[k] for k, c in counts.items() if k in idf}
    norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
    return {k: v / norm for k, v in vector.items()}
