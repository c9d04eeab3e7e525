"""Build a real multilingual site once per test session: ingest a fixture inbox, run Pelican."""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import frontmatter

from digestpress.config import CleanConfig
from digestpress.ingest import ingest

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_INBOX = Path(__file__).resolve().parent / "fixtures" / "site_inbox"


@dataclass
class Site:
    raw: Path
    content: Path
    output: Path

    def posts(self) -> list[frontmatter.Post]:
        return [frontmatter.load(p) for p in sorted(self.content.rglob("*.md"))]

    def page(self, path: str) -> str:
        target = self.output / path
        if path.endswith("/") or target.is_dir():
            target = target / "index.html"
        return target.read_text(encoding="utf-8")


def pelican(content: Path, output: Path, settings: Path | None = None, **env: str):
    import os

    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pelican",
            str(content),
            "-o",
            str(output),
            "-s",
            str(settings or ROOT / "pelicanconf.py"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
        env={**os.environ, **env},
    )


def build_site(
    base: Path, extra_raw: dict[str, str] | None = None, raw_bytes: dict[str, bytes] | None = None
) -> Site:
    raw = base / "raw"
    shutil.copytree(ROOT / "raw", raw)
    shutil.copytree(FIXTURE_INBOX, raw, dirs_exist_ok=True)
    for rel, text in (extra_raw or {}).items():
        (raw / rel).parent.mkdir(parents=True, exist_ok=True)
        (raw / rel).write_text(text, encoding="utf-8")
    for rel, data in (raw_bytes or {}).items():
        (raw / rel).parent.mkdir(parents=True, exist_ok=True)
        (raw / rel).write_bytes(data)
    site = Site(raw, base / "content", base / "output")
    ingest(raw, site.content, CleanConfig())
    result = pelican(site.content, site.output)
    assert result.returncode == 0, result.stdout + result.stderr
    return site
