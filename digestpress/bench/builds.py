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


def ours(content: Path, output: Path, fresh: bool = True) -> list[str]:
    """Our build command. `fresh` empties the output first (a full build); otherwise it is
    what `make html` runs over the previous output (skipped when nothing changed)."""
    if fresh:
        shutil.rmtree(output, ignore_errors=True)
    command = [
        sys.executable,
        "-m",
        "digestpress.build",
        str(content),
        "-o",
        str(output),
        "-s",
        str(ROOT / "pelicanconf.py"),
    ]
    return command if fresh else [*command[:3], "--if-changed", *command[3:]]


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


def _ingest_cmd(work: Path, size: int, inbox: Path, content: Path) -> list[str]:
    cache = work / f"cache-{size}.json"
    return [
        sys.executable,
        "-m",
        "digestpress.cli",
        "ingest",
        str(inbox),
        "--content",
        str(content),
        "--cache",
        str(cache),
        "--quiet",
    ]


def no_change(work: Path, size: int, inbox: Path, content: Path, output: Path) -> float:
    """Seconds for `make html` when nothing changed: ingest, then the build (skipped)."""
    for _ in range(2):  # the first round brings cache and output up to date
        start = time.perf_counter()
        subprocess.run(_ingest_cmd(work, size, inbox, content), check=True, cwd=ROOT)
        subprocess.run(
            ours(content, output, fresh=False), check=True, cwd=ROOT, capture_output=True
        )
    return time.perf_counter() - start


def daily_publish(work: Path, size: int, inbox: Path, content: Path, output: Path) -> float:
    """Seconds for what the editor runs after adding one day (20 raw articles) to the inbox:
    ingest (reusing unchanged files) then the build over the previous output."""
    from .corpus import PER_DAY, page

    ingest_cmd = _ingest_cmd(work, size, inbox, content)
    subprocess.run(ingest_cmd, check=True, cwd=ROOT)  # the archive as it was yesterday
    if not output.exists():
        subprocess.run(ours(content, output), check=True, cwd=ROOT, capture_output=True)
    added = []
    for index in range(size, size + PER_DAY):
        rel, text = page(99, index)
        path = inbox / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        added.append(path)
    before = set(content.rglob("*.md"))
    start = time.perf_counter()
    subprocess.run(ingest_cmd, check=True, cwd=ROOT)
    subprocess.run(ours(content, output, fresh=False), check=True, cwd=ROOT, capture_output=True)
    elapsed = time.perf_counter() - start
    for path in added:  # leave the inbox and posts as they were, for the next run
        path.unlink()
    for path in set(content.rglob("*.md")) - before:
        path.unlink()
    return elapsed
