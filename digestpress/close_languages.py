"""Languages close enough to share most of their ordinary words (data/close_languages.yaml).

The cleaner never treats a line in one of them as foreign inside an article in another:
a trigram model confuses them on a single line. Story grouping asks more of a pair of
reports across two of them than of a pair across unrelated languages: a Swedish and a
Norwegian report of two central banks' decisions on one morning share "rate",
"inflation" and "percent", not only names. Two written standards of one language
(Norwegian Bokmål and Nynorsk) count as one language in grouping.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from .files import read_yaml

DATA_FILE = Path(__file__).resolve().parent / "data" / "close_languages.yaml"


@cache
def _data() -> dict:
    return read_yaml(DATA_FILE)


@cache
def _groups() -> dict[str, frozenset[str]]:
    """Each language → its group (itself included)."""
    groups = [frozenset(str(lang) for lang in group) for group in _data().get("groups") or []]
    return {lang: group for group in groups for lang in group}


def relatives(lang: str) -> frozenset[str]:
    """The group `lang` is in, itself included; empty when it has none."""
    return _groups().get(lang, frozenset())


def close(a: str, b: str) -> bool:
    """One language, or two that share most of their vocabulary."""
    return a == b or b in relatives(a)


def related(a: str, b: str) -> bool:
    """Two different languages that share most of their vocabulary."""
    return a != b and b in relatives(a)


def one_language(lang: str) -> str:
    """The language `lang` is a written standard of, as grouping counts it: Nynorsk
    reports are compared with Bokmål ones as reports in one language are."""
    return str((_data().get("standards") or {}).get(lang, lang))
