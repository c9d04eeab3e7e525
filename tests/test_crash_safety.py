"""Ingest killed at random points never leaves a half-written post, and the next run
completes the work; a broken post fails the build loudly without stopping the rest."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import frontmatter

from digestpress.store import hand_edited

from .conftest import RAW, ROOT
from .hostile.cases import LEAD, MORE


def build_command(content: Path, out: Path, cache: Path, *flags: str) -> list[str]:
    """`make html`'s build step (digestpress.build) with its caches in `cache`."""
    return [
        *(sys.executable, "-m", "digestpress.build", *flags, str(content)),
        *("-o", str(out), "-s", str(ROOT / "pelicanconf.py"), "--cache-path", str(cache)),
    ]


def make_inbox(root: Path, count: int) -> Path:
    shutil.copytree(RAW, root)
    day = root / "2025-08-01"
    day.mkdir()
    for i in range(count):
        (day / f"n{i:04d}.txt").write_text(
            f"Harbour report number {i}\n{LEAD} Report {i}.\n{MORE}\n", encoding="utf-8"
        )
    return root


def ingest_cmd(inbox: Path, content: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "digestpress.cli",
        "ingest",
        str(inbox),
        "--content",
        str(content),
        "--quiet",
        "--jobs",
        "2",
    ]


def tree_is_consistent(content: Path) -> int:
    """Every post file is complete (parses, checksum intact); returns how many there are."""
    posts = list(content.rglob("*.md"))
    for path in posts:
        text = path.read_text(encoding="utf-8")
        assert not hand_edited(text), f"{path} is half-written or corrupt"
        assert frontmatter.loads(text).content.strip()
    return len(posts)


def test_killed_ingest_never_half_writes_and_resumes(tmp_path) -> None:
    inbox = make_inbox(tmp_path / "raw", 400)
    content = tmp_path / "content"
    rng = random.Random(20251122)
    seen = []
    for _ in range(6):
        process = subprocess.Popen(
            ingest_cmd(inbox, content),
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        time.sleep(rng.uniform(0.5, 3.0))
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        seen.append(tree_is_consistent(content) if content.exists() else 0)
    assert subprocess.run(ingest_cmd(inbox, content), cwd=ROOT, check=False).returncode == 0
    total = tree_is_consistent(content)
    assert not list(content.rglob("*.tmp")), "temporary files left behind"
    reference = tmp_path / "reference"
    assert subprocess.run(ingest_cmd(inbox, reference), cwd=ROOT, check=False).returncode == 0

    def snapshot(root: Path) -> dict[str, bytes]:
        return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*.md")}

    assert snapshot(content) == snapshot(reference)
    assert total == 407 and min(seen) < total  # some runs really were cut short


def test_broken_posts_fail_the_build_but_not_the_site(tmp_path) -> None:
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    broken = {
        "2025/03/14": ("date: ", "date: the fourteenth of March\n", ":3: date:", "2025-03-14"),
        "2025/03/16": ("lang: ", "lang: xq\n", ":5: lang:", "ISO 639-1"),
        "2025/05/23": ("title: ", "title: Putin: tilbyr: [møter\n", ":2:", "not valid YAML"),
    }
    for folder, (prefix, line, _, _) in broken.items():
        path = next((content / folder).glob("*.md"))
        text = path.read_text(encoding="utf-8").splitlines(keepends=True)
        path.write_text(
            "".join(line if t.startswith(prefix) else t for t in text), encoding="utf-8"
        )
    out = tmp_path / "output"
    result = subprocess.run(
        build_command(content, out, tmp_path / "cache"),
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert result.returncode == 1
    for folder, (_, _, where, fix) in broken.items():
        message = next(m for m in result.stderr.splitlines() if folder in m)
        assert where in message and fix in message, message
    assert "build finished with 3 error(s)" in result.stderr
    assert (out / "sv/2025/12/02/index.html").is_file()  # the good posts were built
    assert (out / "sv/feeds/all.atom.xml").is_file()


def test_an_unchanged_site_is_not_built_again(tmp_path) -> None:
    content, out = tmp_path / "content", tmp_path / "output"
    shutil.copytree(ROOT / "content", content)
    command = build_command(content, out, tmp_path / "cache", "--if-changed")

    def build() -> str:
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stderr
        return result.stdout

    assert "up to date" not in build()
    first = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert "up to date" in build()
    post = next(content.rglob("*.md"))
    post.write_text(
        post.read_text(encoding="utf-8").replace("reading_time:", "reading_time:", 1)
        + "\nOne more paragraph.\n",
        encoding="utf-8",
    )
    assert "up to date" not in build()  # a post changed
    shutil.rmtree(out)
    assert "up to date" not in build()  # the output is gone
    assert first.keys() <= {p for p in out.rglob("*") if p.is_file()}
