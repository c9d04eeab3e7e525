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


def pelican(
    content: Path,
    output: Path,
    settings: Path | None = None,
    extra: tuple[str, ...] = (),
    **env: str,
):
    """A real Pelican build in a subprocess; `extra` are `-e KEY=VALUE` setting overrides.
    Its caches go beside the output, never into the repository's cache/."""
    import os

    command = [
        sys.executable,
        "-m",
        "pelican",
        str(content),
        "-o",
        str(output),
        "-s",
        str(settings or ROOT / "pelicanconf.py"),
        "--cache-path",
        str(output.parent / f"{output.name}-cache"),
    ]
    if extra:
        command += ["-e", *extra]
    return subprocess.run(
        command,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
        env={**os.environ, **env},
    )


def snapshot(root: Path, suffixes: tuple[str, ...] = ()) -> dict[str, bytes]:
    """Every file under `root` (or those with the given suffixes), by relative path."""
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and (not suffixes or p.suffix in suffixes)
    }


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
