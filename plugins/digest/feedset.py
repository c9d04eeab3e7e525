"""Which feeds the site has and what goes in each (the generator's feed half).

Per site language: every article in that language (`all`) and one entry per day with that
day's whole digest in that language (`digest`), each as Atom, RSS and JSON Feed. Site
wide: every article in every language, each entry marked with its language. Per topic:
every article with the tag.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from markupsafe import escape

from . import feeds, i18n
from .feeds import Entry, Feed, post_id, stable_id


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

    def url(self, path: str) -> str:
        return f"{self.base}/{path}"

    def write_all(self, output: Path) -> None:
        articles = [a for day in self.g.days for a in day.articles]
        newest_first = sorted(articles, key=lambda a: (a.date, a.title), reverse=True)
        # An article appears in its language's feed, the site-wide feed and its topics'
        # feeds: its entry is built once.
        entries = {id(a): self.entry(a) for a in newest_first}

        def of(items: list) -> list[Entry]:
            return [entries[id(a)] for a in items[: self.max_items]]

        for lang in self.g.languages:
            all_title, digest_title = feed_titles(self.g.translations[lang], self.sitename)
            home = self.url(self.g.urls.home(lang))
            own = [a for a in newest_first if a.lang == lang]
            self.write(
                output,
                f"{lang}/feeds/all",
                self.feed(("all", lang), all_title, home, lang, of(own)),
            )
            digests = [self.digest_entry(d, lang) for d in self.g.days[: self.max_days]]
            self.write(
                output,
                f"{lang}/feeds/digest",
                self.feed(("digest", lang), digest_title, home, lang, digests),
            )
        self.write(
            output,
            "feeds/all",
            self.feed(("all",), self.sitename, self.url(""), None, of(newest_first)),
        )
        default = self.g.languages[0]
        for tag in self.g.tags:
            tagged = sorted(
                self.g.tagged[tag.slug][1], key=lambda a: (a.date, a.title), reverse=True
            )
            feed = self.feed(
                ("tag", tag.slug),
                f"{self.sitename} · {tag}",
                self.url(self.g.urls.tag(default, tag)),
                None,
                of(tagged),
            )
            self.write(output, f"feeds/tags/{tag.slug}", feed, kinds=("atom.xml", "rss.xml"))

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

    def write(self, output: Path, stem: str, feed: Feed, kinds=tuple(feeds.WRITERS)) -> None:
        for kind in kinds:
            path = output / f"{stem}.{kind}"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(feeds.WRITERS[kind](feed, self.url(f"{stem}.{kind}")), encoding="utf-8")

    def entry(self, article) -> Entry:
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
        context.update(SITEURL=self.base, day=day, entries=day.for_language(lang))
        html = self.g.get_template("feed_digest").render(context)
        first = min(a.date for a in day.articles)
        newest = max((getattr(a, "modified", None) or a.date) for a in day.articles)
        published = dt.datetime.combine(day.date, dt.time(), first.tzinfo)
        return Entry(
            id=stable_id("digest", lang, day.date.isoformat()),
            url=self.url(self.g.urls.digest(lang, day)),
            title=i18n.long_date(day.date, lang),
            html=html,
            summary=str(escape(", ".join(a.title for a in day.for_language(lang))[:300])),
            lang=lang,
            published=published,
            updated=max(newest, published),
        )
