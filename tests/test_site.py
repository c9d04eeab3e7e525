"""`make html`'s two halves on real files: ingest, then a real Pelican build of the posts."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import frontmatter
import pytest

from digestpress.config import CleanConfig
from digestpress.ingest import ingest

from .conftest import RAW, samples_expected_path

ROOT = RAW.parent
HOSTILE = """<b>Bold</b> claim: council <script>alert('x')</script> votes
The council voted on Tuesday to approve the budget <img src=x onerror=alert(1)> after a debate that lasted six hours, officials said.
Read the [full report](javascript:alert(1)) and see ![chart](data:text/html;base64,PHNjcmlwdD4=) for details, the mayor said in a statement.
{{ config }} and {% include 'x' %} are not templates, and &lt;b&gt; is not a tag, she added.
"""


def build(content: Path, output: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pelican",
            str(content),
            "-o",
            str(output),
            "-s",
            str(ROOT / "pelicanconf.py"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("site")
    raw = base / "raw"
    shutil.copytree(RAW, raw)
    (raw / "2025-06-02").mkdir()
    (raw / "2025-06-02" / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    content, output = base / "content", base / "output"
    ingest(raw, content, CleanConfig())
    result = build(content, output)
    assert result.returncode == 0, result.stdout + result.stderr
    return content, output


def page_for(output: Path, post: frontmatter.Post) -> Path:
    day = post["date"][:10].replace("-", "/")
    return output / post["lang"] / day / post["slug"] / "index.html"


def test_every_post_has_a_page_showing_its_cleaned_text(site: tuple[Path, Path]) -> None:
    content, output = site
    expected = json.loads(samples_expected_path().read_text(encoding="utf-8"))["files"]
    wanted = {a["lang"]: [] for f in expected.values() for a in f["articles"]}
    for f in expected.values():
        for a in f["articles"]:
            wanted[a["lang"]].extend(a["must_contain"])
    seen_text = ""
    for path in sorted(content.rglob("*.md")):
        post = frontmatter.load(path)
        page = page_for(output, post)
        assert page.is_file(), page
        text = page.read_text(encoding="utf-8")
        assert f'<html lang="{post["lang"]}">' in text
        h1 = re.search(r"<h1>(.*?)</h1>", text, re.S)
        assert h1 and html.unescape(h1.group(1)) == post["title"]
        seen_text += html.unescape(re.sub(r"<[^>]+>", " ", text))
    seen = re.sub(r"\s+", " ", seen_text)
    for phrases in wanted.values():
        for phrase in phrases:
            assert re.sub(r"\s+", " ", phrase) in seen, phrase
    index = (output / "index.html").read_text(encoding="utf-8")
    assert index.count("<article") == len(list(content.rglob("*.md")))


def test_hostile_text_is_shown_as_text(site: tuple[Path, Path]) -> None:
    content, output = site
    post = next(frontmatter.load(p) for p in content.rglob("*.md") if "hostile" in p.read_text())
    page = page_for(output, post).read_text(encoding="utf-8")
    assert "<script" not in page and "<b>" not in page and "<img" not in page
    assert "javascript:" not in re.findall(r'href="([^"]*)"', page).__str__()
    assert "&lt;script&gt;" in page and "{{ config }}" in page
    assert "&amp;lt;b&amp;gt;" in page  # the literal text "&lt;b&gt;", not a tag
    index = (output / "index.html").read_text(encoding="utf-8")
    assert "<script" not in index and "<b>" not in index


def test_the_shipped_content_is_what_ingest_makes_of_the_shipped_inbox(tmp_path: Path) -> None:
    """content/ in the repository is up to date: `make html` on a fresh clone changes nothing."""
    copy = tmp_path / "content"
    shutil.copytree(ROOT / "content", copy)
    run = ingest(RAW, copy, CleanConfig())
    actions = {w.action for ws in run.written.values() for w in ws}
    assert actions == {"unchanged"}, "run `make ingest` and commit content/"
