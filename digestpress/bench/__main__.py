"""`make bench`: ingest throughput on synthetic inboxes, as ratios to a baseline.

The baseline, measured in the same run on the same files, is the least any ingest must
do: read every file, decode it and split it into lines, on one core. Figures are medians
of `--repeat` runs; results go to the terminal and to bench.json.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import time
from pathlib import Path

from ..config import CleanConfig
from ..ingest import ingest
from . import builds
from .corpus import write_inbox
from .stories import measure_stories


def _baseline(inbox: Path) -> float:
    start = time.perf_counter()
    for path in sorted(inbox.rglob("*.txt")):
        path.read_bytes().decode("utf-8").splitlines()
    return time.perf_counter() - start


def _ingest_once(inbox: Path, content: Path, workers: int) -> tuple[float, int]:
    shutil.rmtree(content, ignore_errors=True)
    start = time.perf_counter()
    run = ingest(inbox, content, CleanConfig(), workers=workers)
    elapsed = time.perf_counter() - start
    return elapsed, sum(len(r.posts) for r in run.results)


def measure(work: Path, size: int, repeat: int, workers: int) -> dict:
    inbox = write_inbox(work / f"raw-{size}", size)
    megabytes = sum(p.stat().st_size for p in inbox.rglob("*.txt")) / 1e6
    baseline = statistics.median(_baseline(inbox) for _ in range(repeat))
    runs = [_ingest_once(inbox, work / f"content-{size}", workers) for _ in range(repeat)]
    seconds = statistics.median(r[0] for r in runs)
    articles = runs[0][1]
    return {
        "raw_files": size,
        "articles": articles,
        "megabytes": round(megabytes, 2),
        "workers": workers,
        "ingest_seconds": round(seconds, 3),
        "articles_per_second": round(articles / seconds, 1),
        "megabytes_per_second": round(megabytes / seconds, 3),
        "baseline_seconds": round(baseline, 4),
        "ratio_to_baseline": round(seconds / baseline, 1),
    }


def table(header: list[str], rows: list[list]) -> None:
    widths = [max(len(str(x)) for x in [h, *(r[i] for r in rows)]) for i, h in enumerate(header)]
    for row in [header, *rows]:
        print(" ".join(f"{x!s:>{w}}" for x, w in zip(row, widths, strict=True)))


def measure_build(work: Path, size: int, repeat: int) -> dict:
    """Full build of `size` posts, ours and bare Pelican's, medians of `repeat` runs. The
    time ratio is the median of the ratios of runs made one after the other: this
    machine's speed drifts by up to 30% within minutes, which skewed the ratio of two
    medians measured three runs apart (1.07 and 1.25 on the same code)."""
    inbox = write_inbox(work / f"raw-{size}", size)
    content = work / f"content-{size}"
    if not content.exists():
        ingest(inbox, content, CleanConfig())
    native = builds.to_native(content, work / f"native-{size}")
    out, cache = work / f"out-{size}", work / f"cache-{size}"
    ours, bare = [], []
    for _ in range(repeat):  # in pairs: a change of machine speed affects both alike
        ours.append(builds.measured(builds.ours(content, out, cache)))
        bare.append(
            builds.measured(builds.bare(native, work / f"bare-out-{size}", work / "bare.py"))
        )
    again = [builds.no_change(work, size, inbox, content, out) for _ in range(repeat)]
    daily = [builds.daily_publish(work, size, inbox, content, out) for _ in range(repeat)]
    o_t, b_t = statistics.median(t for t, _ in ours), statistics.median(t for t, _ in bare)
    pairs = list(zip(ours, bare, strict=True))
    o_m, b_m = max(m for _, m in ours), max(m for _, m in bare)
    return {
        "posts": size,
        "ours_seconds": round(o_t, 2),
        "bare_seconds": round(b_t, 2),
        "time_ratio": round(statistics.median(o / b for (o, _), (b, _) in pairs), 2),
        "ours_peak_mb": o_m,
        "bare_peak_mb": b_m,
        "memory_ratio": round(o_m / b_m, 2),
        "ours_again_seconds": round(statistics.median(again), 2),
        "daily_publish_seconds": round(statistics.median(daily), 2),
        "daily_share_of_full": round(statistics.median(daily) / o_t, 2),
    }


def _stories(args: argparse.Namespace) -> dict | None:
    """Group one day of `--story-articles` posts (from the largest ingested inbox)."""
    if not args.story_articles:
        return None
    sizes = sorted(int(n) for n in args.sizes.split(",") if n)
    size = next((n for n in sizes if n >= args.story_articles), sizes[-1])
    content = args.work / f"content-{size}"
    if not content.exists():
        ingest(write_inbox(args.work / f"raw-{size}", size), content, CleanConfig())
    row = measure_stories(content, args.story_articles, args.repeat)
    print(
        f"stories: {row['articles']} articles of one day grouped in {row['seconds']} s "
        f"({row['stories']} stories; {row['ratio_to_baseline']}x splitting them into words)"
    )
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m digestpress.bench", description=__doc__)
    parser.add_argument("--sizes", default="1000,10000", help="raw files per inbox")
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure (median)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--work", type=Path, default=Path("bench-work"))
    parser.add_argument("--out", type=Path, default=Path("bench.json"))
    parser.add_argument(
        "--build-sizes",
        default="1000,10000",
        help="posts per site build (ours vs bare Pelican), e.g. 1000,10000,30000",
    )
    parser.add_argument(
        "--story-articles", type=int, default=2000, help="articles of one day to group (0: skip)"
    )
    args = parser.parse_args(argv)
    results = []
    columns = ("files", 7), ("articles", 8), ("MB", 6), ("ingest s", 9), ("art/s", 7)
    columns += ("MB/s", 6), ("× baseline", 10)
    print(" ".join(f"{name:>{width}}" for name, width in columns))
    for size in (int(s) for s in args.sizes.split(",")):
        row = measure(args.work, size, args.repeat, args.workers)
        results.append(row)
        print(
            f"{row['raw_files']:>7} {row['articles']:>8} {row['megabytes']:>6} "
            f"{row['ingest_seconds']:>9} {row['articles_per_second']:>7} "
            f"{row['megabytes_per_second']:>6} {row['ratio_to_baseline']:>10}"
        )
    builds = [
        measure_build(args.work, int(n), args.repeat) for n in args.build_sizes.split(",") if n
    ]
    table(
        [
            "posts",
            "ours s",
            "bare s",
            "× bare",
            "ours MB",
            "bare MB",
            "× bare",
            "no-change s",
            "daily s",
            "daily/full",
        ],
        [
            [
                b["posts"],
                b["ours_seconds"],
                b["bare_seconds"],
                b["time_ratio"],
                b["ours_peak_mb"],
                b["bare_peak_mb"],
                b["memory_ratio"],
                b["ours_again_seconds"],
                b["daily_publish_seconds"],
                b["daily_share_of_full"],
            ]
            for b in builds
        ],
    )
    stories = _stories(args)
    args.out.write_text(
        json.dumps({"ingest": results, "build": builds, "stories": stories}, indent=1) + "\n",
        encoding="utf-8",
    )
    print(f"written: {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
