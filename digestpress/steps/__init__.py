"""Cleaning steps: small pure functions over a list of lines (trafilatura-style pipeline).

Each step takes the lines still in play and a `Context`, and returns an `Outcome`: the
lines it keeps, the lines it removes (each with a reason) and metadata it found. Steps
never mutate their input, so each is testable alone and their order is explicit in
`pipeline.py`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..config import CleanConfig
from ..model import Line, Removal
from ..phrases import Phrases


@dataclass(frozen=True, slots=True)
class Context:
    lang: str
    phrases: Phrases
    config: CleanConfig
    title: str = ""
    authors: tuple[str, ...] = ()


@dataclass(slots=True)
class Outcome:
    kept: list[Line]
    removed: list[Removal] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)


def drop(line: Line, reason: str, detail: str = "", field_name: str | None = None) -> list[Removal]:
    """Removal records for every raw line a (possibly joined) line came from."""
    return [Removal(n, line.text, reason, detail, field_name) for n in line.all_numbers]
