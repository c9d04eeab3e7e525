"""The ingest cache: a daily run appends its changes, a cut-short append loses nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from digestpress.config import CleanConfig
from digestpress.ingest import ingest
from digestpress.ingest_cache import IngestCache

from .conftest import RAW

CONFIG = CleanConfig()


@pytest.fixture()
def site(tmp_path: Path) -> tuple[Path, Path, Path]:
    """An inbox with the shipped samples but one, its content, and its cache."""
    inbox = tmp_path / "raw"
    shutil.copytree(RAW, inbox)
    held = sorted(inbox.rglob("*.txt"))[-1]
    held.rename(tmp_path / "held.txt")
    content, cache = tmp_path / "content", tmp_path / "cache.json"
    ingest(inbox, content, CONFIG, cache_path=cache)
    return inbox, content, cache


def _state(cache: Path, content: Path) -> tuple[dict, dict]:
    loaded = IngestCache(cache, CONFIG, content)
    return loaded.lines, loaded.posts


def _whole(cache: Path, content: Path, target: Path) -> Path:
    """The same cache written whole (as a first run writes it)."""
    loaded = IngestCache(cache, CONFIG, content)
    loaded.appendable = False
    loaded.path = target
    loaded.save(loaded.posts)
    return target


def test_a_new_file_is_appended_and_reads_back_as_a_whole_write(site, tmp_path) -> None:
    inbox, content, cache = site
    before = cache.read_bytes()
    day = sorted(p for p in inbox.iterdir() if p.is_dir())[0]
    shutil.copy(tmp_path / "held.txt", day / "added.txt")
    run = ingest(inbox, content, CONFIG, cache_path=cache)
    assert len(run.results) == 1 and len(run.cached) == 4
    after = cache.read_bytes()
    assert after.startswith(before) and len(after) > len(before)  # appended, not rewritten
    lines, posts = _state(cache, content)
    assert "/".join(["raw", day.name, "added.txt"]).endswith(
        next(k for k in lines if k.endswith("added.txt"))
    )
    assert (lines, posts) == _state(_whole(cache, content, tmp_path / "whole.json"), content)
    # A run with no change writes nothing.
    assert len(ingest(inbox, content, CONFIG, cache_path=cache).results) == 0
    assert cache.read_bytes() == after


def test_an_append_cut_short_costs_one_cleaning_and_is_then_written_whole(site, tmp_path):
    inbox, content, cache = site
    day = sorted(p for p in inbox.iterdir() if p.is_dir())[0]
    shutil.copy(tmp_path / "held.txt", day / "added.txt")
    before = cache.read_bytes()
    ingest(inbox, content, CONFIG, cache_path=cache)
    appended = cache.read_bytes()[len(before) :]
    cache.write_bytes(before + appended[: len(appended) - 40])  # the crash: no last newline
    run = ingest(inbox, content, CONFIG, cache_path=cache)
    assert [r.raw_file for r in run.results] == [f"{day.name}/added.txt"]
    assert len(run.cached) == 4
    assert not cache.read_bytes().startswith(before)  # written whole again
    assert len(ingest(inbox, content, CONFIG, cache_path=cache).results) == 0


def test_gone_and_replaced_files_are_forgotten_and_compacted(site, tmp_path) -> None:
    import os

    inbox, content, cache = site
    files = sorted(inbox.rglob("*.txt"))
    files[0].unlink()
    ingest(inbox, content, CONFIG, cache_path=cache)
    lines, _ = _state(cache, content)
    assert len(lines) == 3 and not any(k.endswith(files[0].name) for k in lines)
    # Changing every file replaces every line: the file is written whole again.
    for path in files[1:]:
        os.utime(path, ns=(10**18, 10**18))
    size_before = cache.stat().st_size
    assert len(ingest(inbox, content, CONFIG, cache_path=cache).results) == 3
    loaded = IngestCache(cache, CONFIG, content)
    assert loaded.stale == 0 and len(loaded.lines) == 3
    assert cache.stat().st_size < size_before * 1.5
