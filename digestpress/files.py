"""File helpers shared by ingest and its data: a fast folder walk, and YAML data files.

Walking uses os.scandir: the inbox and content folders hold tens of thousands of files,
and pathlib's rglob, with a stat per file, costs about ten times more."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: ~10x faster when built


def read_yaml(path: Path) -> Any:
    """A data file's YAML, safely: the cleaner reads ~35 of them in every fresh process."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)


def walk(
    folder: str, skip_dir: Callable[[str], bool] = lambda name: False
) -> Iterator[os.DirEntry]:
    """Every file under `folder`, depth first, not entering folders named by `skip_dir`.
    Each entry's stat() is cached by os.scandir."""
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_dir():
                if not skip_dir(entry.name):
                    yield from walk(entry.path, skip_dir)
            elif entry.is_file():
                yield entry
