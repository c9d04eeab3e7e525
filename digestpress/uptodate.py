"""Is the built site already what these inputs would build? Then a rebuild can be skipped.

The build is deterministic (byte-identical output from the same inputs), so when no
input changed since the last successful build into the same output folder, building again
would rewrite the same bytes. Inputs: the posts, the theme, the plugins, the settings,
the digestpress package, the command line and SITEURL. Files are compared by size and
modification time, as make does.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from .files import walk
from .store import atomic_write

ROOT = Path(__file__).resolve().parent.parent


def fingerprint(inputs: list[Path], argv: list[str]) -> str:
    digest = hashlib.sha256(json.dumps([argv, os.environ.get("SITEURL", "")]).encode())
    for base in inputs:
        files = sorted(_files(str(base))) if base.is_dir() else [(str(base), _stat(base))]
        for path, stat in files:
            if stat is not None:
                digest.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def _stat(path: Path) -> os.stat_result | None:
    try:
        return path.stat()
    except OSError:
        return None


def _files(folder: str) -> list[tuple[str, os.stat_result]]:
    return [(e.path, e.stat()) for e in walk(folder, lambda name: name == "__pycache__")]


def stamp_path(output: Path) -> Path:
    key = hashlib.sha256(str(output.resolve()).encode()).hexdigest()[:16]
    return ROOT / "cache" / "builds" / f"{key}.json"


def up_to_date(output: Path, print_: str) -> bool:
    stamp = stamp_path(output)
    if not (output / "index.html").is_file() or not stamp.is_file():
        return False
    try:
        return json.loads(stamp.read_text(encoding="utf-8")).get("fingerprint") == print_
    except ValueError:
        return False


def remember(output: Path, print_: str) -> None:
    stamp = stamp_path(output)
    stamp.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(stamp, json.dumps({"output": str(output.resolve()), "fingerprint": print_}))
