"""Feeds as a subscriber's reader sees them: parsed with feedparser, validated against the
Atom RELAX NG schema (RFC 4287) and the RSS 2.0 rules, stable across rebuilds and edits."""

from __future__ import annotations

import email.utils
import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import feedparser
import pytest

from digestpress.config import CleanConfig
from digestpress.ingest import ingest

from .sitebuild import pelican, snapshot

FEEDS = (".xml", ".json")

ATOM = "{http://www.w3.org/2005/Atom}"
LANGS = ["de", "en", "nb", "sv", "uk"]


def feeds_of(output: Path, suffix: str) -> list[Path]:
    return sorted(output.rglob(f"*.{suffix}"))


def test_every_language_has_its_feeds(site) -> None:
    for lang in LANGS:
        for kind in ("all", "digest"):
            for suffix in ("atom.xml", "rss.xml", "json"):
                assert (site.output / lang / "feeds" / f"{kind}.{suffix}").is_file()
    assert (site.output / "feeds/all.atom.xml").is_file()
    assert (site.output / "feeds/all.rss.xml").is_file()
    assert list((site.output / "feeds/tags").glob("*.atom.xml"))


@pytest.mark.parametrize("suffix", ["atom.xml", "rss.xml"])  # feedparser 6.0 reads no JSON Feed
def test_subscriber_parses_every_feed(site, suffix: str) -> None:
    paths = feeds_of(site.output, suffix)
    assert len(paths) >= 11
    for path in paths:
        parsed = feedparser.parse(path.read_bytes())
        assert not parsed.bozo, (path, parsed.get("bozo_exception"))
        assert parsed.feed.get("title") and parsed.feed.get("link")
        assert parsed.version in ("atom10", "rss20"), path
        ids = [e.get("id") for e in parsed.entries]
        assert len(ids) == len(set(ids)), f"duplicate ids in {path}"
        mixed = path.parent == site.output / "feeds" or "tags" in path.parts
        for e in parsed.entries:
            assert e.get("id") and e.get("link", "").startswith("http") and e.get("title")
            assert e.get("published_parsed") or e.get("updated_parsed")
            assert e.get("content") or e.get("summary") or e.get("description")
            lang = e.get("language") or (e.get("content") or [{}])[0].get("language")
            assert lang or parsed.feed.get("language"), (path, e.title)
        if not mixed:
            assert parsed.feed.get("language") == path.parts[-3], path


def test_json_feeds_follow_json_feed_1_1(site) -> None:
    for path in feeds_of(site.output, "json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["version"] == "https://jsonfeed.org/version/1.1"
        assert data["feed_url"].endswith(path.relative_to(site.output).as_posix())
        for item in data["items"]:
            assert item["id"] and item["url"].startswith("http") and item["content_html"]
            assert item["language"] and item["date_published"]


@pytest.fixture(scope="module")
def atom_schema():
    import rnc2rng
    from lxml import etree

    rng = rnc2rng.dumps(rnc2rng.load(str(Path(__file__).parent / "fixtures" / "atom.rnc")))
    # rnc2rng declares xmlns:local="" (the empty namespace), which XML 1.0 forbids; the
    # schema refers to that namespace by ns="" attributes, so the declaration can go.
    return etree.RelaxNG(etree.fromstring(rng.replace(' xmlns:local=""', "").encode()))


def test_atom_feeds_are_valid_rfc4287(site, atom_schema) -> None:
    from lxml import etree

    for path in feeds_of(site.output, "atom.xml"):
        doc = etree.parse(str(path))
        assert atom_schema.validate(doc), (path, atom_schema.error_log.last_error)
        feed = ET.parse(path).getroot()
        self_links = [k for k in feed.findall(f"{ATOM}link") if k.get("rel") == "self"]
        assert self_links and self_links[0].get("href").endswith(path.name)
        assert feed.find(f"{ATOM}author") is not None  # so entries need none of their own
        for entry in feed.findall(f"{ATOM}entry"):
            assert entry.find(f"{ATOM}content") is not None
            assert entry.find(f"{ATOM}id").text.startswith("urn:uuid:")


def test_rss_feeds_have_what_rss_2_0_requires(site) -> None:
    for path in feeds_of(site.output, "rss.xml"):
        rss = ET.parse(path).getroot()
        assert rss.tag == "rss" and rss.get("version") == "2.0"
        channel = rss.find("channel")
        for required in ("title", "link", "description"):
            assert (channel.findtext(required) or "").strip(), (path, required)
        assert channel.findtext("link").startswith("http")
        assert email.utils.parsedate_to_datetime(channel.findtext("lastBuildDate"))
        for item in channel.findall("item"):
            assert item.findtext("title") or item.findtext("description")
            guid = item.find("guid")
            assert guid is not None and guid.get("isPermaLink") == "false"
            assert email.utils.parsedate_to_datetime(item.findtext("pubDate")).tzinfo
            assert item.findtext("link").startswith("http")


def test_pages_announce_their_language_feeds(site) -> None:
    for lang in LANGS:
        page = site.page(f"{lang}/")
        links = re.findall(
            r'<link rel="alternate" type="application/(?:atom|rss)\+xml" '
            r'title="[^"]+" href="([^"]+)">',
            page,
        )
        assert len(links) == 4
        for href in links:
            assert f"/{lang}/feeds/" in href
            assert (site.output / "index.html").parent.joinpath(href.replace("../", "")).is_file()


def test_feeds_open_as_a_page_in_a_browser(site) -> None:
    text = (site.output / "sv/feeds/digest.atom.xml").read_text(encoding="utf-8")
    assert '<?xml-stylesheet href="http://127.0.0.1:8000/theme/feed.xsl" type="text/xsl"?>' in text
    assert (site.output / "theme/feed.xsl").is_file()


def entry_ids(output: Path) -> dict[tuple[str, str], str]:
    """(feed, entry link) → entry id, for every entry of every Atom and RSS feed."""
    ids = {}
    for path in [*feeds_of(output, "atom.xml"), *feeds_of(output, "rss.xml")]:
        for e in feedparser.parse(path.read_bytes()).entries:
            ids[(path.relative_to(output).as_posix(), e.link)] = e.id
    return ids


def test_rebuilds_are_byte_identical_and_ids_survive_a_new_day(site, tmp_path) -> None:
    again = tmp_path / "again"
    assert pelican(site.content, again).returncode == 0
    assert snapshot(again, FEEDS) == snapshot(site.output, FEEDS), "feeds changed between builds"

    content = tmp_path / "content"
    shutil.copytree(site.content, content)
    raw = tmp_path / "raw"
    shutil.copytree(site.raw, raw)
    newday = raw / "2025-12-03"
    newday.mkdir()
    for name in ("de-hafen.txt", "sv-tag.txt", "uk-metro.txt"):
        text = (Path(__file__).parent / "fixtures/site_inbox/2025-03-14" / name).read_text()
        (newday / name).write_text(text.replace("\n", " Neu.\n", 1), encoding="utf-8")
    ingest(raw, content, CleanConfig())
    grown = tmp_path / "grown"
    assert pelican(content, grown).returncode == 0
    before, after = entry_ids(site.output), entry_ids(grown)
    assert len(after) > len(before)
    changed = {
        key: (before[key], after.get(key))
        for key in before
        if after.get(key) != before[key] and key in after
    }
    assert changed == {}
    digest = feedparser.parse((grown / "sv/feeds/digest.atom.xml").read_bytes())
    assert digest.entries[0].link.endswith("/sv/2025/12/03/")


def test_an_edit_updates_updated_not_id(site, tmp_path) -> None:
    content = tmp_path / "content"
    shutil.copytree(site.content, content)
    post = next(p for p in sorted(content.rglob("*.md")) if "US envoy" in p.read_text())
    text = post.read_text(encoding="utf-8")
    post.write_text(
        text.replace("\nid: ", "\nmodified: '2025-03-17T09:30:00+01:00'\nid: ", 1), encoding="utf-8"
    )
    edited = tmp_path / "edited"
    assert pelican(content, edited).returncode == 0

    def find(output):
        parsed = feedparser.parse((output / "en/feeds/all.atom.xml").read_bytes())
        return next(e for e in parsed.entries if "us-envoy" in e.link)

    old, new = find(site.output), find(edited)
    assert old.id == new.id
    assert old.updated != new.updated and new.updated.startswith("2025-03-17T09:30")


def test_websub_hub_is_announced_when_set(site, tmp_path) -> None:
    out = tmp_path / "hub"
    result = pelican(site.content, out, extra=('WEBSUB_HUB="https://hub.example.org/"',))
    assert result.returncode == 0, result.stderr
    assert '<link href="https://hub.example.org/" rel="hub"/>' in (
        out / "sv/feeds/all.atom.xml"
    ).read_text(encoding="utf-8")
    assert json.loads((out / "sv/feeds/all.json").read_text())["hubs"][0]["type"] == "WebSub"
