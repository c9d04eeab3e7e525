"""Build timings for `make bench`: our one-pass site beside bare Pelican on the same posts.

Bare Pelican gets the same posts converted to its native Markdown metadata format and
plain settings (default theme, its default feeds); it builds one language's pages only,
ours every site language's. Peak memory is the build process's own maximum RSS.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import frontmatter

ROOT = Path(__file__).resolve().parents[2]
_MEASURE = (
    "import resource, subprocess, sys, json;"
    "r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL);"
    "print(json.dumps([r.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss]))"
)


def measured(command: list[str]) -> tuple[float, int]:
    """(seconds, peak RSS in MB) of one run of `command`, in a fresh measuring process."""
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", _MEASURE, *command],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    elapsed = time.perf_counter() - start
    code, rss_kb = json.loads(out.stdout)
    if code != 0:
        raise RuntimeError(f"{command[:4]} exited {code}")
    return elapsed, rss_kb // 1024


def ours(content: Path, output: Path, cache: Path) -> list[str]:
    """A full build from nothing: empty output, no caches (Pelican's, ours or the page
    ledger), as after `make clean`."""
    shutil.rmtree(output, ignore_errors=True)
    shutil.rmtree(cache, ignore_errors=True)
    return [
        sys.executable,
        "-m",
        "digestpress.build",
        str(content),
        "-o",
        str(output),
        "-s",
        str(ROOT / "pelicanconf.py"),
        "--cache-path",
        str(cache),
    ]


def make_html(work: Path, size: int, inbox: Path, content: Path, output: Path) -> list[str]:
    """What the editor runs every day, on this inbox and site."""
    return [
        "make",
        "--no-print-directory",
        "-s",
        "html",
        f"RAWDIR={inbox}",
        f"INPUTDIR={content}",
        f"OUTPUTDIR={output}",
        f"REPORT={work / f'report-{size}.json'}",
        f"INGESTOPTS=--quiet --cache {work / f'ingest-cache-{size}.json'}",
        f"PELICANOPTS=--cache-path {work / f'cache-{size}'}",
    ]


def to_native(content: Path, target: Path) -> Path:
    """The same posts in Pelican's own Markdown format ('Key: value' lines)."""
    if target.exists():
        return target
    for path in sorted(content.rglob("*.md")):
        post = frontmatter.load(path)
        lines = [
            f"Title: {post['title']}",
            f"Date: {post['date']}",
            f"Slug: {post['slug']}",
            f"Lang: {post['lang']}",
            f"Summary: {post['summary']}",
        ]
        if post.get("tags"):
            lines.append("Tags: " + ", ".join(str(t).replace(",", " ") for t in post["tags"]))
        out = target / path.relative_to(content)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text("\n".join(lines) + "\n\n" + post.content, encoding="utf-8")
    return target


def bare(content: Path, output: Path, settings: Path) -> list[str]:
    shutil.rmtree(output, ignore_errors=True)
    settings.write_text(
        'SITENAME = "bench"\nSITEURL = ""\nTIMEZONE = "Europe/Stockholm"\nDEFAULT_LANG = "en"\n',
        encoding="utf-8",
    )
    return [sys.executable, "-m", "pelican", str(content), "-o", str(output), "-s", str(settings)]


def no_change(work: Path, size: int, inbox: Path, content: Path, output: Path) -> float:
    """Seconds for `make html` when nothing changed (ingest, then a skipped build)."""
    command = make_html(work, size, inbox, content, output)
    for _ in range(2):  # the first round brings caches and output up to date
        start = time.perf_counter()
        subprocess.run(command, check=True, cwd=ROOT, capture_output=True)
    return time.perf_counter() - start


def daily_publish(work: Path, size: int, inbox: Path, content: Path, output: Path) -> float:
    """Seconds for `make html` after adding one day (20 raw articles) to the inbox."""
    from .corpus import PER_DAY, page

    command = make_html(work, size, inbox, content, output)
    subprocess.run(command, check=True, cwd=ROOT, capture_output=True)  # yesterday's site
    added = []
    for index in range(size, size + PER_DAY):
        rel, text = page(99, index)
        path = inbox / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        added.append(path)
    before = set(content.rglob("*.md"))
    start = time.perf_counter()
    subprocess.run(command, check=True, cwd=ROOT, capture_output=True)
    elapsed = time.perf_counter() - start
    for path in added:  # leave the inbox and posts as they were, for the next run
        path.unlink()
    for path in set(content.rglob("*.md")) - before:
        path.unlink()
    return elapsed
