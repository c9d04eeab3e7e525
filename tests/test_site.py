"""`make html`'s two halves on real files: ingest, then a real Pelican build of the posts."""

from __future__ import annotations

import html
import json
import re
import shutil
from pathlib import Path

from digestpress.config import CleanConfig
from digestpress.ingest import ingest

from .conftest import RAW, samples_expected_path

ROOT = RAW.parent
HOSTILE = """<b>Bold</b> claim: council <script>alert('x')</script> votes
The council voted on Tuesday to approve the budget <img src=x onerror=alert(1)> after a debate that lasted six hours, officials said.
Read the [full report](javascript:alert(1)) and see ![chart](data:text/html;base64,PHNjcmlwdD4=) for details, the mayor said in a statement.
{{ config }} and {% include 'x' %} are not templates, and &lt;b&gt; is not a tag, she added.
"""


def article_path(post) -> str:
    return f"{post['lang']}/{post['date'][:10].replace('-', '/')}/{post['slug']}/"


def test_every_post_has_a_page_showing_its_cleaned_text(site) -> None:
    expected = json.loads(samples_expected_path().read_text(encoding="utf-8"))["files"]
    seen_text = ""
    for post in site.posts():
        text = site.page(article_path(post))
        assert f'<html lang="{post["lang"]}"' in text
        h1 = re.search(r"<h1>(.*?)</h1>", text, re.S)
        assert h1 and html.unescape(h1.group(1)) == post["title"]
        seen_text += html.unescape(re.sub(r"<[^>]+>", " ", text))
    seen = re.sub(r"\s+", " ", seen_text)
    for spec in expected.values():
        for article in spec["articles"]:
            for phrase in article["must_contain"]:
                assert re.sub(r"\s+", " ", phrase) in seen, phrase


def test_hostile_text_is_shown_as_text(site) -> None:
    post = next(p for p in site.posts() if p["raw_file"].endswith("hostile.txt"))
    page = site.page(article_path(post))
    assert "<script" not in page and "<b>" not in page and "<img" not in page
    assert "javascript:" not in " ".join(re.findall(r'href="([^"]*)"', page))
    assert "&lt;img src=x onerror=alert(1)&gt;" in page and "{{ config }}" in page
    assert "&amp;lt;b&amp;gt;" in page  # the literal text "&lt;b&gt;", not a tag
    for path in site.output.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert "<script" not in text and "onerror=" not in text.replace("onerror=alert(1)&gt;", "")


def test_the_shipped_content_is_what_ingest_makes_of_the_shipped_inbox(tmp_path: Path) -> None:
    """content/ in the repository is up to date: `make html` on a fresh clone changes nothing."""
    copy = tmp_path / "content"
    shutil.copytree(ROOT / "content", copy)
    run = ingest(RAW, copy, CleanConfig())
    actions = {w.action for ws in run.written.values() for w in ws}
    assert actions == {"unchanged"}, "run `make ingest` and commit content/"
