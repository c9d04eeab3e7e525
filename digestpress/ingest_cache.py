"""What ingest made of each raw file last time, so an unchanged file is not cleaned again.

The editor's inbox grows by a day every day; re-cleaning years of files for each daily
`make html` would make the daily publish grow with the archive. A file is reused when its
size and modification time are unchanged, its posts are still where ingest wrote them,
and neither the cleaner's code, its phrase data nor the settings changed (the
fingerprint). Losing the cache only costs time: everything is then cleaned again.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Container
from dataclasses import asdict
from pathlib import Path
from typing import Any

from .config import CleanConfig
from .store import UNCHANGED, atomic_write

CACHE_VERSION = 4
# Parts of the package that never change what ingest writes: editing them must not make
# the next `make html` clean the whole inbox again.
NOT_CLEANING = ("stories/", "data/concepts/", "bench/", "serve.py", "build.py", "exit.py")
BULK = "removed"  # the per-line removal records: most of an entry, needed only in the report


class CachedEntry(dict):
    """A reused report entry: its small fields as a dict (for totals and the terminal
    summary), the whole entry as the JSON text the report writes. A daily run reuses
    thousands of entries; decoding and encoding their line records again cost ~1 s."""

    json_text: str


def fingerprint(config: CleanConfig) -> str:
    """Changes whenever a different cleaning could result: code, data or settings."""
    package = Path(__file__).parent
    digest = hashlib.sha256(json.dumps(asdict(config), sort_keys=True).encode())
    for path in sorted(
        [*package.rglob("*.py"), *package.rglob("*.yaml"), *package.rglob("*.json")]
    ):
        rel = path.relative_to(package).as_posix()
        if rel.startswith(NOT_CLEANING):
            continue
        digest.update(rel.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


class IngestCache:
    """The cache file is text: a header line, the content store's index, then one line
    per raw file, `raw file (JSON) TAB size TAB mtime_ns TAB small fields (JSON) TAB
    report entry (JSON)` (JSON text has no raw tabs or newlines). A daily run reads
    10,000 lines and parses only the small fields of the files it meets, and writes the
    unchanged lines back as they were read: decoding and re-encoding every entry cost
    about a second at 10,000 files."""

    def __init__(self, path: Path | None, config: CleanConfig, content: Path) -> None:
        self.path = path
        # One cache serves one content tree: posts written elsewhere are not reusable.
        self.print = fingerprint(config) + ":" + str(content.resolve())
        self.lines: dict[str, str] = {}  # raw file → its line
        self.posts: dict[str, list] = {}  # the content store's index (see ContentStore)
        self.changed = True
        if path and path.is_file():
            try:
                self._load(path.read_text(encoding="utf-8"))
            except (OSError, ValueError, IndexError):
                self.lines, self.posts, self.changed = {}, {}, True

    def _load(self, text: str) -> None:
        lines = text.split("\n")
        header = json.loads(lines[0])
        if header.get("version") != CACHE_VERSION or header.get("fingerprint") != self.print:
            return
        self.posts = json.loads(lines[1])
        for line in lines[2:]:
            if line:
                name = line[: line.index("\t")]
                self.lines[json.loads(name) if "\\" in name else name[1:-1]] = line
        self.changed = False

    def lookup(
        self, raw_file: str, stat: os.stat_result, posts: Container[str]
    ) -> CachedEntry | None:
        """The report entry of an unchanged raw file whose posts (paths relative to the
        content folder) are all still in `posts`."""
        line = self.lines.get(raw_file)
        if line is None:
            return None
        _, size, mtime_ns, small_json, entry_json = line.split("\t")
        if int(size) != stat.st_size or int(mtime_ns) != stat.st_mtime_ns:
            return None
        small = json.loads(small_json)
        if not all(post["path"] in posts for post in small["posts"]):
            return None
        entry = CachedEntry(small)
        entry.json_text = entry_json
        return entry

    def remember(self, raw_file: str, stat: os.stat_result, entry: dict) -> None:
        """Keep `entry` as a later run will report it: its posts unchanged."""
        self.changed = True
        if all("path" in post for post in entry["posts"]):
            again = {**entry, "posts": [{**p, "action": UNCHANGED} for p in entry["posts"]]}
            small = {k: v for k, v in again.items() if k != BULK}
            fields = (
                _json(raw_file),
                str(stat.st_size),
                str(stat.st_mtime_ns),
                _json(small),
                _json(again),
            )
            self.lines[raw_file] = "\t".join(fields)
        else:
            self.lines.pop(raw_file, None)

    def forget_missing(self, present: set[str]) -> None:
        kept = {k: v for k, v in self.lines.items() if k in present}
        self.changed |= len(kept) != len(self.lines)
        self.lines = kept

    def save(self, posts: dict[str, list]) -> None:
        """Write the cache, unless nothing in it changed since it was read."""
        if self.path is None or (not self.changed and posts == self.posts):
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        header = {"version": CACHE_VERSION, "fingerprint": self.print}
        text = "\n".join([_json(header), _json(posts), *self.lines.values()])
        atomic_write(self.path, text + "\n")


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
