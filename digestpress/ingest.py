"""Ingest an inbox: read raw files, clean them (on every core), write posts, report.

This is the I/O edge around the pure `clean_bytes`: it finds files, reads bytes and
dates, hands them to worker processes, and writes results in a fixed order so that a
run is deterministic whatever the scheduling.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import multiprocessing
import os
import re
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from . import reasons
from .config import CleanConfig
from .files import walk
from .model import FileResult
from .store import ContentStore, Written

RAW_SUFFIXES = {".txt", ".text", ""}
PARALLEL_THRESHOLD = 40  # below this many files, worker start-up costs more than it saves
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


@dataclass(slots=True)
class Job:
    path: str  # not a Path: making 10,000 of them took 0.1 s of a daily run
    raw_file: str
    folder_date: dt.date | None
    stat: os.stat_result  # as found by find_jobs: the file is not stat'ed again


@dataclass(slots=True)
class IngestRun:
    inbox: Path
    content: Path
    results: list[FileResult] = field(default_factory=list)
    written: dict[str, list[Written]] = field(default_factory=dict)
    entries: list[dict] = field(default_factory=list)  # report entries of cleaned files
    cached: list[dict] = field(default_factory=list)  # report entries of unchanged files
    orphans: list[tuple[Path, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def folder_date(path: Path) -> dt.date | None:
    """The editor's day folder (`raw/2025-03-14/…`) a file sits in, if any."""
    names = (parent.name for parent in path.parents)
    return next((d for d in map(_day, names) if d is not False), None)


def inbox_root(raw_dir: Path) -> Path:
    """Provenance paths are relative to the inbox, also when given one day's folder."""
    return raw_dir.parent if _DAY.match(raw_dir.name) else raw_dir


def find_jobs(raw_dir: Path, skipped: list[tuple[str, str]]) -> list[Job]:
    """Every raw file of the inbox, in path order."""
    root = inbox_root(raw_dir)
    start = len(str(root).rstrip(os.sep)) + 1
    visible = (e for e in walk(str(raw_dir), _hidden) if not _hidden(e.name))
    found = sorted((e.path[start:].split(os.sep), e) for e in visible)
    jobs = []
    days: dict[tuple[str, ...], dt.date | None] = {}  # one lookup per folder, not per file
    for parts, entry in found:
        rel = "/".join(parts)
        suffix = os.path.splitext(entry.name)[1]
        if suffix.lower() not in RAW_SUFFIXES:
            skipped.append((rel, f"not a raw text file ({suffix}); expected .txt"))
            continue
        folder = tuple(parts[:-1])
        if folder not in days:
            days[folder] = folder_date(Path(root.name, *parts))
        jobs.append(Job(entry.path, rel, days[folder], entry.stat()))
    return jobs


def _hidden(name: str) -> bool:
    return name.startswith(".")


def _day(name: str) -> dt.date | bool | None:
    """The date a day folder's name gives; False when the name is not a day."""
    m = _DAY.match(name)
    if not m:
        return False
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _process(job: Job, config: CleanConfig) -> FileResult:
    from .pipeline import clean_bytes  # the cleaner loads only when a file needs it

    stat = job.stat
    try:
        if stat.st_size > config.max_bytes:  # never read a huge file into memory
            return _too_large(job, stat.st_size, config)
        with open(job.path, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        result = FileResult(job.raw_file, "", 0)
        result.quarantine, result.quarantine_detail = reasons.UNREADABLE, str(exc)
        return result
    return clean_bytes(data, job.raw_file, job.folder_date, stat.st_mtime, config)


def _too_large(job: Job, size: int, config: CleanConfig) -> FileResult:
    from .decode import too_large

    digest = hashlib.sha256()
    with open(job.path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    result = FileResult(job.raw_file, digest.hexdigest(), size)
    result.quarantine = reasons.TOO_LARGE
    result.quarantine_detail = too_large(size, config.max_bytes)
    return result


def _worker(args: tuple[Job, CleanConfig]) -> FileResult:
    return _process(*args)


def warm_up() -> None:
    """Load what the cleaner needs on its first file (compiled phrase and date patterns,
    language models): about 1.5 s, which a small daily inbox would otherwise wait for."""
    from .pipeline import warm_up as load

    load()


class WarmWorker:
    """One worker process that loads the cleaner while the main process scans the inbox
    and its cache (both take about as long), then cleans the few new files of a daily
    run. Terminated at once when no file needs cleaning."""

    def __init__(self) -> None:
        self.pool = multiprocessing.get_context("fork").Pool(1, initializer=warm_up)

    def clean(self, jobs: list[Job], config: CleanConfig) -> Iterator[FileResult]:
        try:
            yield from self.pool.imap(_worker, [(job, config) for job in jobs])
        finally:
            self.close()

    def close(self) -> None:
        self.pool.terminate()
        self.pool.join()


def clean_all(
    jobs: list[Job],
    config: CleanConfig,
    workers: int | None = None,
    warm: WarmWorker | None = None,
) -> Iterator[FileResult]:
    """Results in job order; uses a process per core for large inboxes, and `warm` (a
    worker already loading the cleaner) for small ones."""
    workers = workers or os.cpu_count() or 1
    if warm is not None and (workers <= 1 or len(jobs) < PARALLEL_THRESHOLD):
        yield from warm.clean(jobs, config)
        return
    if warm is not None:
        warm.close()
    if workers <= 1 or len(jobs) < PARALLEL_THRESHOLD:
        for job in jobs:
            yield _process(job, config)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        # Small chunks keep both cores busy to the end (a chunk of 64 is ~0.4 s of work).
        chunk = max(1, min(8, len(jobs) // (workers * 8)))
        yield from pool.map(_worker, [(job, config) for job in jobs], chunksize=chunk)


def ingest(
    raw_dir: Path,
    content_dir: Path,
    config: CleanConfig,
    *,
    dry_run: bool = False,
    force: bool = False,
    workers: int | None = None,
    progress: Callable[[int], None] | None = None,
    cache_path: Path | None = None,
) -> IngestRun:
    """Clean every raw file of the inbox into posts. With `cache_path`, files unchanged
    since the last run (same size and time, same cleaner) are not cleaned again."""
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"inbox {raw_dir} does not exist; create it or pass RAW_DIR")
    run = IngestRun(raw_dir, content_dir)
    cores = workers or os.cpu_count() or 1
    warm = WarmWorker() if cores > 1 and cache_path is not None and not force else None
    try:
        _ingest(run, config, dry_run, force, workers, progress, cache_path, warm)
    finally:
        if warm is not None:
            warm.close()
    return run


def _ingest(
    run: IngestRun,
    config: CleanConfig,
    dry_run: bool,
    force: bool,
    workers: int | None,
    progress: Callable[[int], None] | None,
    cache_path: Path | None,
    warm: WarmWorker | None,
) -> None:
    from .ingest_cache import IngestCache
    from .report import file_entry

    raw_dir, content_dir = run.inbox, run.content
    jobs = find_jobs(raw_dir, run.skipped)
    cache = IngestCache(None if dry_run or force else cache_path, config, content_dir)
    store = ContentStore(content_dir, dry_run=dry_run, force=force, known=cache.posts)
    stats = {job.raw_file: job.stat for job in jobs}
    fresh = []
    for job in jobs:
        entry = cache.lookup(job.raw_file, stats[job.raw_file], store.index)
        if entry is None:
            fresh.append(job)
        else:
            run.cached.append(entry)
            if progress:
                progress(1)
    if warm is not None and not fresh:
        warm.close()  # nothing to clean: do not wait for the cleaner to load
        warm = None
    try:
        for result in clean_all(fresh, config, workers, warm):
            run.results.append(result)
            written = [store.write(post) for post in result.posts]
            run.written[result.raw_file] = written
            entry = file_entry(result, written, content_dir)
            run.entries.append(entry)
            cache.remember(result.raw_file, stats[result.raw_file], entry)
            if progress:
                progress(1)
    except BaseException:
        with contextlib.suppress(Exception):  # the first error is the one to report
            store.close()
        raise
    store.close()  # every post on disk before the cache says so
    run.orphans = store.orphans(inbox_root(raw_dir), stats)
    cache.forget_missing(set(stats))
    cache.save(store.index)
