"""What every output file was built from, so a build renders only what changed.

Each output (a page, or a feed's three files) has a key: a hash of everything its bytes
depend on besides the code, i.e. the posts it shows (by their files' size and
modification time) and the pages it links to. Everything else that decides the bytes,
the settings, the theme, the catalogs, the plugins and the libraries, goes into one
fingerprint; when it changes, the ledger is void and every output is rendered again.

An output is fresh, and not rendered, when its key is unchanged and its files are still
exactly as this build left them (same size and modification time). Outputs of the last
build that this build does not make any more (a deleted post, a topic no post has now)
are removed, so an incremental build leaves the same files as a full one.

Templates get what the generator passes them; a theme that reads Pelican's global
context (`articles`, `dates`) on every page would need those in the keys too.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

log = logging.getLogger(f"pelican.plugins.{__name__}")

VERSION = 2
LIBRARIES = (
    "pelican",
    "jinja2",
    "markupsafe",
    "babel",
    "markdown",
    "feedgenerator",
    "unidecode",
    "stopwordsiso",
)
_ADDRESS = re.compile(r" at 0x[0-9a-f]+")


@dataclass(slots=True)
class Output:
    """One unit of the build: the files one call of `write` makes, and what they show."""

    name: str
    key: str
    files: tuple[str, ...]
    write: Callable[[], None]


def key(*parts) -> str:
    """A short digest of `parts` (strings, numbers, and tuples or lists of them)."""
    return hashlib.blake2b(repr(parts).encode(), digest_size=12).hexdigest()


def file_stamp(path: str | os.PathLike) -> str:
    """Size and modification time: what Pelican's own content cache compares."""
    try:
        stat = os.stat(path)
    except OSError:
        return "missing"
    return f"{stat.st_size}:{stat.st_mtime_ns}"


def _stable(value) -> str:
    return _ADDRESS.sub("", str(value))


def code_fingerprint(settings: dict) -> str:
    """Everything besides the posts that decides the output: settings, theme and plugin
    files (by content), library versions."""
    digest = hashlib.sha256(
        json.dumps(settings, sort_keys=True, default=_stable).encode("utf-8", "replace")
    )
    digest.update(sys.version.encode())
    for name in LIBRARIES:
        try:
            digest.update(f"{name}={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            continue
    import digestpress.stories  # story grouping (code and lexicons) decides digest pages

    stories = [str(path) for path in digestpress.stories.SOURCES]
    for folder in [settings.get("THEME", ""), *settings.get("PLUGIN_PATHS", []), *stories]:
        base = Path(folder)
        if not folder or not base.exists():
            continue
        for path in sorted(base.rglob("*")) if base.is_dir() else [base]:
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                digest.update(str(path).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


class PageLedger:
    """The last build's outputs: name → "key<TAB>file<TAB>size<TAB>mtime_ns…" (one
    string per output keeps the ledger of a 30,000-post site small in memory)."""

    def __init__(self, path: Path, output: Path, fingerprint: str, *, load: bool = True):
        self.path = path
        self.output = output
        self._prefix = os.path.join(output, "")  # str joins: 14,000 Path joins took 0.1 s
        self.fingerprint = fingerprint
        self.previous: dict[str, str] = {}
        self.current: dict[str, str] = {}
        if load and path.is_file():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                data = {}
            same = (data.get("version"), data.get("fingerprint"), data.get("output"))
            if same == (VERSION, fingerprint, str(output.resolve())):
                self.previous = data.get("outputs", {})

    def _entry(self, key_: str, files: tuple[str, ...]) -> str | None:
        parts = [key_]
        for name in files:
            try:
                stat = os.stat(self._prefix + name)
            except OSError:
                return None
            parts += (name, str(stat.st_size), str(stat.st_mtime_ns))
        return "\t".join(parts)

    def is_fresh(self, name: str, key_: str, files: tuple[str, ...]) -> bool:
        """Built last time from the same inputs, and left as it was."""
        old = self.previous.get(name)
        if not old or not old.startswith(key_ + "\t") or self._entry(key_, files) != old:
            return False
        self.current[name] = old
        return True

    def record(self, name: str, key_: str, files: tuple[str, ...]) -> None:
        """After writing: remember the output's key and its files as written."""
        entry = self._entry(key_, files)
        if entry is not None:
            self.current[name] = entry

    @staticmethod
    def _files(entry: str) -> list[tuple[str, int, int]]:
        fields = entry.split("\t")[1:]
        return [
            (fields[i], int(fields[i + 1]), int(fields[i + 2])) for i in range(0, len(fields), 3)
        ]

    def remove_stale(self) -> int:
        """Delete the files of last build's outputs that this build did not make."""
        stale = [entry for name, entry in self.previous.items() if name not in self.current]
        if not stale:
            return 0
        made = {file for entry in self.current.values() for file, _, _ in self._files(entry)}
        removed = 0
        for entry in stale:
            for file, size, mtime_ns in self._files(entry):
                path = self.output / file
                if file in made:
                    continue
                try:
                    stat = os.stat(path)
                except OSError:
                    continue
                if (stat.st_size, stat.st_mtime_ns) == (size, mtime_ns):
                    path.unlink()
                    removed += 1
                    _remove_empty_parents(path.parent, self.output)
        return removed

    def save(self) -> None:
        if self.current == self.previous and self.path.is_file():
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = {
            "version": VERSION,
            "fingerprint": self.fingerprint,
            "output": str(self.output.resolve()),
            "outputs": self.current,
        }
        tmp = self.path.with_suffix(".tmp")
        with tmp.open("w", encoding="utf-8") as handle:
            json.dump(data, handle, separators=(",", ":"))
        os.replace(tmp, self.path)


def _remove_empty_parents(folder: Path, root: Path) -> None:
    root = root.resolve()
    folder = folder.resolve()
    while folder != root and root in folder.parents:
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent
