"""Feeds subscribers can rely on: Atom 1.0, RSS 2.0 and JSON Feed 1.1.

Built on feedgenerator (Pelican's own) with what Pelican's feeds lack: stable ids taken
from the post's `id` (a UUID that never changes when the post is edited), one distinct id
per feed, `xml:lang`/`<language>` on every feed and every entry of a mixed-language feed,
`isPermaLink="false"` on non-URL guids, an XSL stylesheet for browsers, an optional
WebSub hub, and no build-time clock anywhere: two builds of the same posts are
byte-identical.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import uuid
from dataclasses import dataclass, field

from feedgenerator import Atom1Feed, Rss201rev2Feed

NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://digestpress.invalid/feeds")
EPOCH = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


def stable_id(*parts: str) -> str:
    """A URN that depends only on what the thing is, never on when it was built."""
    return f"urn:uuid:{uuid.uuid5(NAMESPACE, ':'.join(parts))}"


def post_id(article) -> str:
    value = getattr(article, "id", None) or article.url
    try:
        return f"urn:uuid:{uuid.UUID(str(value))}"
    except ValueError:
        return stable_id("post", str(value))


@dataclass(slots=True)
class Entry:
    id: str
    url: str
    title: str
    html: str
    summary: str
    lang: str
    published: dt.datetime
    updated: dt.datetime
    authors: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Feed:
    id: str
    title: str
    home_url: str
    lang: str | None  # None: entries in several languages, each marked
    entries: list[Entry]
    author: str
    stylesheet: str | None = None
    hub: str | None = None

    @property
    def updated(self) -> dt.datetime:
        return max((e.updated for e in self.entries), default=EPOCH)


class _Atom(Atom1Feed):
    def latest_post_date(self):
        return self.feed["updated"]

    def item_attributes(self, item):
        return {"xml:lang": item["lang"]} if item.get("lang") else {}

    def add_root_elements(self, handler):
        super().add_root_elements(handler)
        if self.feed.get("hub"):
            handler.addQuickElement("link", "", {"rel": "hub", "href": self.feed["hub"]})


class _Rss(Rss201rev2Feed):
    def latest_post_date(self):
        return self.feed["updated"]

    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:dc": "http://purl.org/dc/elements/1.1/"}

    def add_root_elements(self, handler):
        super().add_root_elements(handler)
        if self.feed.get("hub"):
            handler.addQuickElement("atom:link", None, {"rel": "hub", "href": self.feed["hub"]})

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        if item.get("lang"):
            handler.addQuickElement("dc:language", item["lang"])


def _build(cls, feed: Feed, feed_url: str):
    stylesheets = [f'href="{feed.stylesheet}" type="text/xsl"'] if feed.stylesheet else None
    out = cls(
        title=feed.title,
        link=feed.home_url,
        description=feed.title,
        language=feed.lang,
        author_name=feed.author,
        feed_url=feed_url,
        feed_guid=feed.id,
        stylesheets=stylesheets,
        updated=feed.updated,
        hub=feed.hub,
    )
    for e in feed.entries:
        out.add_item(
            title=e.title,
            link=e.url,
            description=e.summary if cls is _Atom else e.html,
            content=e.html if cls is _Atom else None,
            unique_id=e.id,
            unique_id_is_permalink=False,
            pubdate=e.published,
            updateddate=e.updated,
            author_name=", ".join(e.authors) or None,
            categories=e.tags,
            lang=e.lang if feed.lang is None or e.lang != feed.lang else None,
        )
    return out


def atom(feed: Feed, feed_url: str) -> str:
    return _serialise(_build(_Atom, feed, feed_url), feed.stylesheet)


def rss(feed: Feed, feed_url: str) -> str:
    return _serialise(_build(_Rss, feed, feed_url), None)  # RSS writes its own stylesheet PI


def _serialise(generator, stylesheet: str | None) -> str:
    buffer = io.StringIO()
    generator.write(buffer, "utf-8")
    text = buffer.getvalue()
    if stylesheet:  # Atom1Feed has no stylesheet support: the PI goes after the declaration
        declaration, rest = text.split("?>", 1)
        text = f'{declaration}?>\n<?xml-stylesheet href="{stylesheet}" type="text/xsl"?>{rest}'
    return text + "\n"


def json_feed(feed: Feed, feed_url: str) -> str:
    """JSON Feed 1.1 (https://jsonfeed.org/version/1.1)."""
    data: dict = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": feed.title,
        "home_page_url": feed.home_url,
        "feed_url": feed_url,
        "authors": [{"name": feed.author}],
        "items": [],
    }
    if feed.lang:
        data["language"] = feed.lang
    if feed.hub:
        data["hubs"] = [{"type": "WebSub", "url": feed.hub}]
    for e in feed.entries:
        item = {
            "id": e.id,
            "url": e.url,
            "title": e.title,
            "content_html": e.html,
            "summary": e.summary,
            "date_published": e.published.isoformat(),
            "date_modified": e.updated.isoformat(),
            "language": e.lang,
        }
        if e.authors:
            item["authors"] = [{"name": a} for a in e.authors]
        if e.tags:
            item["tags"] = e.tags
        data["items"].append(item)
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


WRITERS = {"atom.xml": atom, "rss.xml": rss, "json": json_feed}
MEDIA_TYPES = {
    "atom.xml": "application/atom+xml",
    "rss.xml": "application/rss+xml",
    "json": "application/feed+json",
}
