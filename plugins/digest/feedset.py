"""Which feeds the site has and what goes in each (the generator's feed half).

Per site language: every article in that language (`all`) and one entry per day with that
day's whole digest in that language (`digest`), each as Atom, RSS and JSON Feed. Site
wide: every article in every language, each entry marked with its language. Per topic:
every article with the tag.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path

from markupsafe import escape

from . import feeds, i18n
from .feeds import Entry, Feed, post_id, stable_id
from .ledger import Output, key

KINDS = tuple(feeds.WRITERS)  # atom.xml, rss.xml, json
KINDS_TAG = ("atom.xml", "rss.xml")


def feed_titles(words, sitename: str) -> tuple[str, str]:
    """('Daily Digest · All articles', 'Daily Digest · Daily digest') in the feed's language."""
    everything = words.gettext("All articles")
    daily = words.gettext("Daily digest")
    return f"{sitename} · {everything}", f"{sitename} · {daily}"


class FeedSet:
    def __init__(self, generator) -> None:
        self.g = generator
        settings = generator.settings
        self.base = (settings.get("SITEURL_ABSOLUTE") or settings["DIGEST_FEED_SITEURL"]).rstrip(
            "/"
        )
        self.max_items = int(settings.get("FEED_MAX_ITEMS") or 50)
        self.max_days = int(settings.get("DIGEST_FEED_DAYS") or 30)
        self.hub = settings.get("WEBSUB_HUB") or None
        self.stylesheet = f"{self.base}/theme/feed.xsl"
        self.sitename = settings["SITENAME"]
        self.output_path = Path(generator.output_path)
        self._entries: dict[int, Entry] = {}  # an article's entry, built once per process

    def url(self, path: str) -> str:
        return f"{self.base}/{path}"

    def outputs(self) -> list[Output]:
        """Every feed of the site, each with what its entries are built from."""
        g = self.g
        newest_first = sorted(
            (a for day in g.days for a in day.articles),
            key=lambda a: (a.date, a.title),
            reverse=True,
        )
        outputs = []
        for lang in g.languages:
            all_title, digest_title = feed_titles(g.translations[lang], self.sitename)
            home = self.url(g.urls.home(lang))
            own = [a for a in newest_first if a.lang == lang][: self.max_items]
            outputs.append(
                self.output(f"{lang}/feeds/all", ("all", lang), all_title, home, lang, own)
            )
            days = g.days[: self.max_days]
            outputs.append(
                Output(
                    f"{lang}/feeds/digest",
                    key(
                        "digest",
                        lang,
                        digest_title,
                        [(g.day_keys[d.date], g.stories.shape(d)) for d in days],
                    ),
                    self.files(f"{lang}/feeds/digest"),
                    partial(self.write_digest_feed, lang, digest_title, home, days),
                )
            )
        everything = newest_first[: self.max_items]
        outputs.append(
            self.output("feeds/all", ("all",), self.sitename, self.url(""), None, everything)
        )
        default = g.languages[0]
        for tag in g.tags:
            tagged = g.tagged[tag.slug][1][: self.max_items]
            title = f"{self.sitename} · {tag}"
            home = self.url(g.urls.tag(default, tag))
            stem = f"feeds/tags/{tag.slug}"
            outputs.append(
                self.output(stem, ("tag", tag.slug), title, home, None, tagged, KINDS_TAG)
            )
        return outputs

    def files(self, stem: str, kinds: tuple[str, ...] = KINDS) -> tuple[str, ...]:
        return tuple(f"{stem}.{kind}" for kind in kinds)

    def output(self, stem, kind, title, home, lang, articles, kinds=KINDS) -> Output:
        """A feed of these articles, rebuilt when one of them changes."""
        stamps = [self.g.stamp(a) for a in articles]
        return Output(
            stem,
            key("feed", kind, title, home, lang, stamps),
            self.files(stem, kinds),
            partial(self.write_articles_feed, stem, kind, title, home, lang, articles, kinds),
        )

    def write_articles_feed(self, stem, kind, title, home, lang, articles, kinds) -> None:
        feed = self.feed(kind, title, home, lang, [self.entry(a) for a in articles])
        self.write(stem, feed, kinds)

    def write_digest_feed(self, lang: str, title: str, home: str, days: list) -> None:
        entries = [self.digest_entry(day, lang) for day in days]
        self.write(f"{lang}/feeds/digest", self.feed(("digest", lang), title, home, lang, entries))

    def feed(
        self, kind: tuple[str, ...], title: str, home: str, lang: str | None, entries: list[Entry]
    ) -> Feed:
        """A feed of this site: its stable id from `kind`, its author, stylesheet and hub."""
        return Feed(
            stable_id("feed", *kind),
            title,
            home,
            lang,
            entries,
            self.sitename,
            self.stylesheet,
            self.hub,
        )

    def write(self, stem: str, feed: Feed, kinds: tuple[str, ...] = KINDS) -> None:
        for kind in kinds:
            path = self.output_path / f"{stem}.{kind}"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(feeds.WRITERS[kind](feed, self.url(f"{stem}.{kind}")), encoding="utf-8")

    def entry(self, article) -> Entry:
        """The article as a feed entry; it is in its language's, the site's and its
        topics' feeds, and is built once."""
        if id(article) not in self._entries:
            self._entries[id(article)] = self._entry(article)
        return self._entries[id(article)]

    def _entry(self, article) -> Entry:
        published = article.date
        updated = getattr(article, "modified", None) or published
        return Entry(
            id=post_id(article),
            url=self.url(article.url),
            title=article.title,
            html=article.content,
            summary=str(getattr(article, "summary", "") or ""),
            lang=article.lang,
            published=published,
            updated=max(updated, published),
            authors=[str(a) for a in getattr(article, "authors", []) or []],
            tags=[str(t) for t in getattr(article, "tags", []) or []],
        )

    def digest_entry(self, day, lang: str) -> Entry:
        """The day's digest page as one entry: every article linked, in the page's words."""
        context = self.g.page_context(lang, self.g.urls.digest(lang, day), alternates=False)
        context.update(SITEURL=self.base, day=day, entries=self.g.stories.entries(day, lang))
        html = self.g.get_template("feed_digest").render(context)
        first = min(a.date for a in day.articles)
        newest = max((getattr(a, "modified", None) or a.date) for a in day.articles)
        published = dt.datetime.combine(day.date, dt.time(), first.tzinfo)
        return Entry(
            id=stable_id("digest", lang, day.date.isoformat()),
            url=self.url(self.g.urls.digest(lang, day)),
            title=i18n.long_date(day.date, lang),
            html=html,
            summary=str(escape(", ".join(e["lead"].title for e in context["entries"])[:300])),
            lang=lang,
            published=published,
            updated=max(newest, published),
        )
