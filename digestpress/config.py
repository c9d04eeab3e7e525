"""Settings shared by ingest and the site, read from `[tool.digestpress]` in pyproject.toml.

One place to set the site time zone: ingest uses it to date posts, pelicanconf.py to
render them, so a post's day is the same day on every page.
"""

from __future__ import annotations

import tomllib
import zoneinfo
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any


class ConfigError(ValueError):
    """A setting is wrong; the message says which and how to fix it."""


@dataclass(frozen=True, slots=True)
class CleanConfig:
    timezone: str = "Europe/Stockholm"
    default_lang: str = "en"
    max_bytes: int = 20_000_000  # larger files are quarantined as too large
    summary_chars: int = 300
    title_chars: int = 120
    max_tags: int = 5
    words_per_minute: int = 220

    def __post_init__(self) -> None:
        try:
            zoneinfo.ZoneInfo(self.timezone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
            raise ConfigError(
                f"timezone {self.timezone!r} is not an IANA time zone name "
                "(e.g. 'Europe/Stockholm'); fix [tool.digestpress] timezone in pyproject.toml"
            ) from exc
        for name in ("max_bytes", "summary_chars", "title_chars", "words_per_minute"):
            if getattr(self, name) <= 0:
                raise ConfigError(f"{name} must be a positive number, not {getattr(self, name)}")

    @property
    def tz(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.timezone)

    def with_overrides(self, **values: Any) -> CleanConfig:
        return replace(self, **{k: v for k, v in values.items() if v is not None})


def load_config(project_dir: Path | None = None) -> CleanConfig:
    """Read `[tool.digestpress]` from the project's pyproject.toml (defaults if absent)."""
    path = (project_dir or Path.cwd()) / "pyproject.toml"
    if not path.is_file():
        return CleanConfig()
    try:
        table = (
            tomllib.loads(path.read_text(encoding="utf-8")).get("tool", {}).get("digestpress", {})
        )
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: {exc}") from exc
    known = {f.name for f in fields(CleanConfig)}
    unknown = set(table) - known
    if unknown:
        raise ConfigError(
            f"{path}: unknown [tool.digestpress] setting(s) {sorted(unknown)}; "
            f"known: {sorted(known)}"
        )
    return CleanConfig(**table)
