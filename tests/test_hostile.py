"""Hostile and broken input (tests/hostile/cases.py): nothing injected, nothing lost.

Each case is published with its text shown as text, or quarantined with its reason; a
site built from all of them carries no executable markup in any page, feed or meta tag,
and a real browser runs no script on any page.
"""

from __future__ import annotations

import json
import tracemalloc
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import feedparser
import pytest

from digestpress import clean_bytes
from digestpress.config import CleanConfig
from digestpress.ingest import ingest
from digestpress.pipeline import check_accounting
from digestpress.structure import to_plain

from .browser import DESKTOP, chromium, serve
from .hostile.cases import CASES, LEAD, MORE
from .sitebuild import build_site


def test_the_corpus_is_broad() -> None:
    assert len(CASES) >= 40
    assert len({c.name for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case_outcome(case) -> None:
    result = clean_bytes(case.data, f"{case.name}.txt")
    assert (result.quarantine or "published") == case.outcome, result.quarantine_detail
    assert check_accounting(result) == []
    if result.quarantine:
        assert result.quarantine_detail and not result.posts
        return
    shown = [post.meta["title"] + "\n" + to_plain(post.body) for post in result.posts]
    assert any(case.must_show in text for text in shown), shown
    for post in result.posts:
        assert post.body.strip() and post.meta["title"].strip()
        assert not any(ch in post.body + post.meta["title"] for ch in "\u202e\u2066\u2069\x00")


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    raw = {f"2025-07-01/{c.name}.txt": c.data for c in CASES if c.outcome == "published"}
    base = tmp_path_factory.mktemp("hostile")
    return build_site(base, raw_bytes=raw)


class _Markup(HTMLParser):
    """Collects what would run or load: script-like tags, handlers, risky URLs."""

    RISKY_TAGS = frozenset(
        {"script", "iframe", "object", "embed", "svg", "math", "base", "form", "img"}
    )

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in self.RISKY_TAGS:
            self.found.append(f"<{tag}>")
        if tag == "style" or (tag == "meta" and any(n == "http-equiv" for n, _ in attrs)):
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"{tag}[{name}]")
            if name in ("href", "src", "action") and value:
                scheme = value.strip().lower().split(":", 1)[0]
                if scheme in ("javascript", "data", "vbscript"):
                    self.found.append(f"{tag}[{name}={value[:30]}]")


def test_no_page_feed_or_meta_tag_carries_markup(hostile_site) -> None:
    out = hostile_site.output
    pages = sorted(out.rglob("*.html"))
    assert len(pages) > 40
    for page in pages:
        parser = _Markup()
        parser.feed(page.read_text(encoding="utf-8"))
        assert parser.found == [], (page.relative_to(out).as_posix(), parser.found)
    for feed in [*out.rglob("*.atom.xml"), *out.rglob("*.rss.xml")]:
        ET.parse(feed)  # well-formed XML whatever the titles held
        parsed = feedparser.parse(feed.read_bytes())
        assert not parsed.bozo, (feed, parsed.get("bozo_exception"))
        for entry in parsed.entries:
            parser = _Markup()
            for part in [*entry.get("content", []), {"value": entry.get("summary", "")}]:
                parser.feed(part["value"])
            assert parser.found == [], (feed, entry.title, parser.found)
    for feed in out.rglob("*.json"):
        data = json.loads(feed.read_text(encoding="utf-8"))
        for item in data["items"]:
            parser = _Markup()
            parser.feed(item["content_html"])
            assert parser.found == [], (feed, item["title"], parser.found)


def test_browser_runs_no_script_on_any_hostile_page(hostile_site) -> None:
    out = hostile_site.output
    pages = [p for p in sorted(out.rglob("*.html")) if "/2025/07/01/" in p.as_posix()]
    pages += [out / "index.html", out / "en/index.html"]
    events: list[str] = []
    with serve(out) as base, chromium() as browser:
        context = browser.new_context(viewport=DESKTOP)
        page = context.new_page()
        page.on("console", lambda m: events.append(f"console: {m.text}"))
        page.on("dialog", lambda d: (events.append(f"dialog: {d.message}"), d.dismiss()))
        page.on("pageerror", lambda e: events.append(f"error: {e}"))
        page.on("request", lambda r: r.url.startswith(base) or events.append(f"request: {r.url}"))
        for path in pages:
            page.goto(f"{base}/{path.relative_to(out).as_posix()}")
        context.close()
    assert len(pages) > 20 and events == []


def test_a_50_mb_file_is_quarantined_without_being_read(tmp_path) -> None:
    raw = tmp_path / "raw" / "2025-07-01"
    raw.mkdir(parents=True)
    with (raw / "huge.txt").open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    (raw / "fine.txt").write_text("Harbour vote\n" + LEAD + "\n" + MORE + "\n", encoding="utf-8")
    tracemalloc.start()
    run = ingest(tmp_path / "raw", tmp_path / "content", CleanConfig(), workers=1)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    outcome = {r.raw_file: r.quarantine or "published" for r in run.results}
    assert outcome == {"2025-07-01/huge.txt": "too-large", "2025-07-01/fine.txt": "published"}
    assert peak < 20 * 1024 * 1024, f"peak {peak:,} bytes: the big file was read"


def test_one_5_mb_line_is_cleaned_with_bounded_memory() -> None:
    words = (LEAD + " ").encode() * (5 * 1024 * 1024 // (len(LEAD) + 1))
    data = b"Harbour vote\n" + words + b"\n"
    tracemalloc.start()
    result = clean_bytes(data, "long.txt")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert result.quarantine is None and len(result.posts) == 1
    assert check_accounting(result) == []
    assert peak < 30 * len(data), f"peak {peak:,} bytes for {len(data):,} bytes of input"


def test_10000_tiny_files_are_all_accounted_for(tmp_path) -> None:
    day = tmp_path / "raw" / "2025-07-02"
    day.mkdir(parents=True)
    for i in range(10_000):
        kind = i % 4
        text = (
            f"Note {i}\nThe council met on day {i} and agreed on the plan, officials said.\n"
            if kind < 2
            else ("" if kind == 2 else "Home\nShare\n")
        )
        (day / f"t{i:05d}.txt").write_text(text, encoding="utf-8")
    run = ingest(tmp_path / "raw", tmp_path / "content", CleanConfig())
    outcomes = [r.quarantine or "published" for r in run.results]
    assert len(outcomes) == 10_000
    assert outcomes.count("published") == 5_000
    assert outcomes.count("empty") == 2_500 and outcomes.count("only-boilerplate") == 2_500
    assert len(list((tmp_path / "content").rglob("*.md"))) == 5_000
    assert all(check_accounting(r) == [] for r in run.results)


def test_builds_are_byte_identical(hostile_site, tmp_path) -> None:
    from .sitebuild import pelican, snapshot

    again = tmp_path / "again"
    assert pelican(hostile_site.content, again).returncode == 0
    first, second = snapshot(hostile_site.output), snapshot(again)
    assert first.keys() == second.keys()
    assert [k for k in first if first[k] != second[k]] == []
