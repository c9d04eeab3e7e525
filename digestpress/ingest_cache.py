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

CACHE_VERSION = 5
COMPACT_SHARE = 0.25  # replaced lines that make the next save write the file whole
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
    about a second at 10,000 files.

    A run that changes a few files appends its changes instead of writing the whole
    file (31 MB at 10,000 files, ~0.3 s): file lines (a later line for a file replaces
    an earlier one), `-` + raw file (JSON) for a file gone from the inbox, and one JSON
    object of the index's changed posts (null: gone). The file is written whole again
    once replaced lines would make up a quarter of it. An append cut short by a crash
    leaves an unfinished last line, which loading ignores: at worst a file is cleaned
    again."""

    def __init__(self, path: Path | None, config: CleanConfig, content: Path) -> None:
        self.path = path
        # One cache serves one content tree: posts written elsewhere are not reusable.
        self.print = fingerprint(config) + ":" + str(content.resolve())
        self.lines: dict[str, str] = {}  # raw file → its line
        self.posts: dict[str, list] = {}  # the content store's index (see ContentStore)
        self.changes: dict[str, str | None] = {}  # raw file → its new line, None if gone
        self.stale = 0  # lines of the file that later lines replaced
        self.appendable = False  # the file is this cache's, whole: changes can be appended
        self.loaded: set[str] = set()  # raw files with a line in the file
        if path and path.is_file():
            try:
                self._load(path.read_text(encoding="utf-8"))
            except (OSError, ValueError, IndexError):
                self.lines, self.posts, self.appendable = {}, {}, False

    def _load(self, text: str) -> None:
        lines = text.split("\n")
        finished = lines.pop() == ""  # text after the last newline: an append cut short
        header = json.loads(lines[0])
        if header.get("version") != CACHE_VERSION or header.get("fingerprint") != self.print:
            return
        self.posts = json.loads(lines[1])
        for line in lines[2:]:
            if line.startswith("{"):
                for rel, post in json.loads(line).items():
                    if post is None:
                        self.posts.pop(rel, None)
                    else:
                        self.posts[rel] = post
                self.stale += 1
            elif line.startswith("-"):
                self.stale += 1 + (self.lines.pop(json.loads(line[1:]), None) is not None)
            elif line:
                name = line[: line.index("\t")]
                name = json.loads(name) if "\\" in name else name[1:-1]
                self.stale += name in self.lines
                self.lines[name] = line
        self.appendable = finished
        self.loaded = set(self.lines)

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
            self.lines[raw_file] = self.changes[raw_file] = "\t".join(fields)
        elif self.lines.pop(raw_file, None) is not None:
            self.changes[raw_file] = None

    def forget_missing(self, present: set[str]) -> None:
        for name in [k for k in self.lines if k not in present]:
            del self.lines[name]
            self.changes[name] = None

    def save(self, posts: dict[str, list]) -> None:
        """Append this run's changes, or write the cache whole (see the class); nothing
        when nothing changed."""
        if self.path is None:
            return
        moved = {rel: post for rel, post in posts.items() if self.posts.get(rel) != post}
        moved.update({rel: None for rel in self.posts if rel not in posts})
        if self.appendable and not moved and not self.changes:
            return
        replaced = self.stale + bool(moved)
        replaced += sum(
            (name in self.loaded) + (line is None) for name, line in self.changes.items()
        )
        if self.appendable and replaced <= COMPACT_SHARE * max(len(self.lines), 1):
            lines = [_json(moved)] if moved else []
            lines += [
                line if line is not None else "-" + _json(name)
                for name, line in self.changes.items()
            ]
            _append(self.path, "\n".join(lines) + "\n")
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        header = {"version": CACHE_VERSION, "fingerprint": self.print}
        text = "\n".join([_json(header), _json(posts), *self.lines.values()])
        atomic_write(self.path, text + "\n")


def _append(path: Path, text: str) -> None:
    with path.open("a", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
