"""Small builders for step tests."""

from __future__ import annotations

from digestpress.config import CleanConfig
from digestpress.model import Line
from digestpress.phrases import phrases
from digestpress.steps import Context


def lines(*texts: str) -> list[Line]:
    return [Line(i, t) for i, t in enumerate(texts, 1)]


def ctx(lang: str = "en", title: str = "") -> Context:
    return Context(lang, phrases(), CleanConfig(), title)


def texts(ls: list[Line]) -> list[str]:
    return [line.text for line in ls]


PROSE_EN = (
    "The regional council approved the new budget on Tuesday after a debate that lasted "
    "more than six hours, according to officials."
)
PROSE_DE = (
    "Der Stadtrat hat am Dienstag nach einer mehr als sechsstündigen Debatte den neuen "
    "Haushalt beschlossen, wie die Verwaltung mitteilte."
)
