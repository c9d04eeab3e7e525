"""Languages close enough that reports in them share ordinary words, not only names.

Two written standards of one language (Norwegian Bokmål and Nynorsk) count as one
language.

Across unrelated languages two reports share little besides names, numbers and news
concepts, so grouping asks less of such a pair than of two reports in one language. A
Swedish and a Norwegian report of two central banks' decisions on one morning share
"rate", "inflation" and "percent" as well, and would clear that lower bar; a pair across
related languages (data/related_languages.yaml) is given a bar between the two.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ..files import read_yaml

DATA_FILE = Path(__file__).resolve().parents[1] / "data" / "related_languages.yaml"


@cache
def _data() -> dict:
    return read_yaml(DATA_FILE)


@cache
def _group_of() -> dict[str, int]:
    groups = _data().get("groups") or []
    return {str(lang): index for index, group in enumerate(groups) for lang in group}


def one_language(lang: str) -> str:
    """The language `lang` is a written standard of, as grouping counts it: Nynorsk
    reports are compared with Bokmål ones as reports in one language are."""
    return str((_data().get("standards") or {}).get(lang, lang))


def family(lang: str) -> int | None:
    """The group of related languages `lang` is in, if any."""
    return _group_of().get(lang)


def related(a: str, b: str) -> bool:
    """Whether two different languages share most of their vocabulary."""
    return a != b and family(a) is not None and family(a) == family(b)
