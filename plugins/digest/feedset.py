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
        for lang in self.g.languages:
            all_title, digest_title = feed_titles(self.g.translations[lang], self.sitename)
            own = [a for a in newest_first if a.lang == lang][: self.max_items]
            self.write(
                output,
                f"{lang}/feeds/all",
                Feed(
                    stable_id("feed", "all", lang),
                    all_title,
                    self.url(self.g.urls.home(lang)),
                    lang,
                    [self.entry(a) for a in own],
                    self.sitename,
                    self.stylesheet,
                    self.hub,
                ),
            )
            days = self.g.days[: self.max_days]
            self.write(
                output,
                f"{lang}/feeds/digest",
                Feed(
                    stable_id("feed", "digest", lang),
                    digest_title,
                    self.url(self.g.urls.home(lang)),
                    lang,
                    [self.digest_entry(d, lang) for d in days],
                    self.sitename,
                    self.stylesheet,
                    self.hub,
                ),
            )
        everything = [self.entry(a) for a in newest_first[: self.max_items]]
        self.write(
            output,
            "feeds/all",
            Feed(
                stable_id("feed", "all"),
                self.sitename,
                self.url(""),
                None,
                everything,
                self.sitename,
                self.stylesheet,
                self.hub,
            ),
        )
        default = self.g.languages[0]
        for tag in self.g.tags:
            tagged = sorted(
                self.g.tagged[tag.slug][1], key=lambda a: (a.date, a.title), reverse=True
            )
            tagged = tagged[: self.max_items]
            self.write(
                output,
                f"feeds/tags/{tag.slug}",
                Feed(
                    stable_id("feed", "tag", tag.slug),
                    f"{self.sitename} · {tag}",
                    self.url(self.g.urls.tag(default, tag)),
                    None,
                    [self.entry(a) for a in tagged],
                    self.sitename,
                    self.stylesheet,
                    self.hub,
                ),
                kinds=("atom.xml", "rss.xml"),
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
