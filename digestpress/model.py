"""The values the cleaning pipeline passes around and returns.

Everything here is plain data: the pipeline is pure (bytes in, `FileResult` out), so these
objects are also what tests, the report and the content store consume.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank line of the raw file, whitespace-normalised.

    `number` is the 1-based line number in the decoded raw text, so every decision can be
    traced back to the input. `numbers` grows when a broken line is joined to the next one.
    """

    number: int
    text: str
    blank_before: bool = False
    numbers: tuple[int, ...] = ()

    @property
    def all_numbers(self) -> tuple[int, ...]:
        return self.numbers or (self.number,)


@dataclass(frozen=True, slots=True)
class Removal:
    """A raw line that is not in any post body, and why.

    `reason` is a stable machine-readable code (see `reasons.py`); `detail` is for people.
    Lines moved into metadata are removals too, with `field` naming where they went.
    """

    number: int
    text: str
    reason: str
    detail: str = ""
    field: str | None = None


@dataclass(slots=True)
class Post:
    """One article ready to be written: front matter and a Markdown body."""

    meta: dict[str, Any]
    body: str
    ordinal: int
    line_numbers: tuple[int, ...] = ()  # raw lines that make up the body

    @property
    def title(self) -> str:
        return str(self.meta.get("title", ""))


@dataclass(slots=True)
class FileResult:
    """What ingest made of one raw file: its posts, or the reason it was quarantined."""

    raw_file: str
    raw_sha256: str
    size: int
    encoding: str | None = None
    repairs: list[str] = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    blank_numbers: list[int] = field(default_factory=list)
    total_lines: int = 0
    quarantine: str | None = None
    quarantine_detail: str = ""

    @property
    def published(self) -> bool:
        return self.quarantine is None and bool(self.posts)

    def removed_by_reason(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for r in self.removed:
            counts[r.reason] = counts.get(r.reason, 0) + 1
        return dict(sorted(counts.items()))


class QuarantineError(Exception):
    """Raised inside the pipeline when a file cannot be published; carries a reason code."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail
