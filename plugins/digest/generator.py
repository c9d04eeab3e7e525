"""DigestGenerator: every site language's pages in one pass over the articles.

Pelican reads the posts; this generator writes what a multilingual digest site needs:
per language a daily digest page for every day, a paginated home, a monthly archive,
tag pages, and each article's page in its own language; plus the root language chooser,
404 page, sitemap.xml and robots.txt. Each page is rendered with its language's gettext
and Babel formatters in the template context.
"""

from __future__ import annotations

import logging
import math
import os
from functools import partial
from pathlib import Path
from zoneinfo import ZoneInfo

from pelican.generators import Generator

from . import i18n
from .days import Day, by_month, group_days, neighbours
from .feeds import MEDIA_TYPES
from .feedset import FeedSet, feed_titles
from .sitemap import robots_txt, sitemap_xml

log = logging.getLogger(__name__)


class Urls:
    """Where each page lives (relative to the site root, ending in '/' for folders)."""

    @staticmethod
    def home(lang: str, page: int = 1) -> str:
        return f"{lang}/" if page == 1 else f"{lang}/page/{page}/"

    @staticmethod
    def digest(lang: str, day: Day) -> str:
        return f"{lang}/{day.path}/"

    @staticmethod
    def archive(lang: str) -> str:
        return f"{lang}/archive/"

    @staticmethod
    def tags(lang: str) -> str:
        return f"{lang}/tags/"

    @staticmethod
    def tag(lang: str, tag) -> str:
        return f"{lang}/tags/{tag.slug}/"


def save_as(url: str) -> str:
    return url + "index.html" if url.endswith("/") or not url else url


def run_on_all_cores(tasks: list, workers: int) -> None:
    """Run independent page-writing tasks in `workers` forked processes.

    Every task writes its own files, so the output does not depend on how tasks are
    shared out; forking after the context is built shares it without copying or pickling.
    Where fork is not available, or with one worker, tasks run here in order.
    """
    if workers <= 1 or not hasattr(os, "fork") or len(tasks) < 2:
        for task in tasks:
            task()
        return
    children = []
    for worker in range(1, workers):
        pid = os.fork()
        if pid == 0:  # child: its share, then leave without running Pelican's cleanup
            code = 0
            try:
                for task in tasks[worker::workers]:
                    task()
            except BaseException:
                log.exception("page writer %d failed", worker)
                code = 1
            finally:
                os._exit(code)
        children.append(pid)
    for task in tasks[0::workers]:
        task()
    failed = [pid for pid in children if os.waitpid(pid, 0)[1] != 0]
    if failed:
        raise RuntimeError(f"{len(failed)} page-writing process(es) failed; see the log above")


class DigestGenerator(Generator):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.tz = ZoneInfo(self.settings["TIMEZONE"])
        self.catalog_dir = Path(self.settings["DIGEST_TRANSLATIONS"])
        self.home_days = int(self.settings.get("DIGEST_HOME_DAYS", 5))
        self.urls = Urls()
        # Templates compile {% trans %} to newstyle calls; each page's context supplies
        # its own language's callables (see i18n.newstyle).
        self.env.install_null_translations(newstyle=True)

    # -- context -----------------------------------------------------------------------

    def generate_context(self) -> None:
        articles = self.context.get("articles", [])
        for article in articles:
            # Pelican expands ARTICLE_URL on every access; templates ask thousands of times.
            article.override_url = article.url
        self.days = group_days(articles, self.tz)
        self.languages = self._site_languages(articles)
        self.translations = {
            lang: i18n.load_translations(self.catalog_dir, lang) for lang in self.languages
        }
        self.day_of = {id(a): day for day in self.days for a in day.articles}
        # One pass: tag slug → its articles, newest day first (Tag equality is slow).
        self.tagged: dict[str, tuple] = {}
        for day in self.days:
            for article in day.articles:
                for tag in getattr(article, "tags", []):
                    self.tagged.setdefault(tag.slug, (tag, []))[1].append(article)
        self.tags = [self.tagged[slug][0] for slug in sorted(self.tagged)]
        self.context["DIGEST_LANGUAGES"] = self.languages
        self.feed_links = {lang: self._feed_links(lang) for lang in self.languages}

    def _site_languages(self, articles: list) -> list[str]:
        configured = self.settings.get("DIGEST_LANGUAGES")
        if configured:
            return list(configured)
        with_catalog = set(i18n.catalog_languages(self.catalog_dir))
        content = {a.lang for a in articles}
        default = self.settings.get("DEFAULT_LANG", "en")
        return sorted((content & with_catalog) | {default, "en"})

    def page_context(self, lang: str, path: str, alternates: bool = True) -> dict:
        """What every page template gets: its language's words, dates and links."""
        context = dict(i18n.newstyle(self.translations.get(lang) or i18n.NullTranslations()))
        # Pages of a language the site has no pages in (an article in Arabic on a site in
        # Swedish and English) link to the default language's digests and archive.
        nav_lang = lang if lang in self.languages else self.settings.get("DEFAULT_LANG", "en")
        if nav_lang not in self.languages:
            nav_lang = self.languages[0]
        context.update(
            page_lang=lang,
            nav_lang=nav_lang,
            page_path=path,
            site_languages=self.languages,
            long_date=partial(i18n.long_date, lang=lang),
            medium_date=partial(i18n.medium_date, lang=lang),
            month_name=partial(i18n.month_name, lang=lang),
            language_name=partial(i18n.language_name, in_lang=lang),
            own_name=i18n.own_name,
            urls=self.urls,
            digest_of=self.day_of.get,
            feeds=self.feed_links.get(nav_lang, []),
        )
        if alternates:
            context["alternates"] = [
                (other, path.replace(f"{lang}/", f"{other}/", 1)) for other in self.languages
            ]
        return context

    # -- output ------------------------------------------------------------------------

    def generate_output(self, writer) -> None:
        self.writer = writer
        tasks = [partial(self._write_language, lang) for lang in self.languages]
        tasks += [self._write_articles, self._write_feeds]
        run_on_all_cores(tasks, int(self.settings.get("DIGEST_WORKERS") or os.cpu_count() or 1))
        self._write_root()
        self._write_text_files()

    def _write_language(self, lang: str) -> None:
        self._write_homes(lang)
        self._write_digests(lang)
        self._write_archive(lang)
        self._write_tags(lang)

    def _write(self, url: str, template: str, lang: str, alternates: bool = True, **values):
        context = self.page_context(lang, url, alternates)
        context.update(values)
        self.writer.write_file(
            save_as(url),
            self.get_template(template),
            self.context,
            relative_urls=self.settings["RELATIVE_URLS"],
            **context,
        )

    def _write_homes(self, lang: str) -> None:
        pages = max(1, math.ceil(len(self.days) / self.home_days))
        for page in range(1, pages + 1):
            chunk = self.days[(page - 1) * self.home_days : page * self.home_days]
            self._write(
                self.urls.home(lang, page),
                "home",
                lang,
                alternates=True,
                days=chunk,
                page_number=page,
                page_count=pages,
                newer_url=self.urls.home(lang, page - 1) if page > 1 else None,
                older_url=self.urls.home(lang, page + 1) if page < pages else None,
            )

    def _write_digests(self, lang: str) -> None:
        for index, day in enumerate(self.days):
            older, newer = neighbours(self.days, index)
            self._write(
                self.urls.digest(lang, day),
                "digest",
                lang,
                day=day,
                entries=day.for_language(lang),
                older=older,
                newer=newer,
            )

    def _write_archive(self, lang: str) -> None:
        self._write(self.urls.archive(lang), "archive", lang, months=by_month(self.days))

    def _write_tags(self, lang: str) -> None:
        counts = [(tag, len(self.tagged[tag.slug][1])) for tag in self.tags]
        self._write(self.urls.tags(lang), "tags", lang, tags=counts)
        for tag in self.tags:
            articles = self.tagged[tag.slug][1]
            ordered = [a for a in articles if a.lang == lang] + [
                a for a in articles if a.lang != lang
            ]
            self._write(self.urls.tag(lang, tag), "tag", lang, tag=tag, articles=ordered)

    def _write_articles(self) -> None:
        for day in self.days:
            for lang in {a.lang for a in day.articles}:
                own = day.for_language(lang)
                for index, article in enumerate(own):
                    if article.lang != lang:
                        continue
                    previous = own[index - 1] if index > 0 else None
                    following = own[index + 1] if index + 1 < len(own) else None
                    self._write(
                        article.url,
                        "article",
                        lang,
                        alternates=False,
                        article=article,
                        day=day,
                        previous=previous,
                        following=following,
                    )

    def _write_root(self) -> None:
        lang = self.settings.get("DEFAULT_LANG", "en")
        latest = self.days[0] if self.days else None

        def latest_label(code: str) -> str:
            """'Latest digest: Friday, March 14, 2025' in language `code` itself."""
            words = self.translations[code].gettext("Latest digest: %(date)s")
            return words % {"date": i18n.long_date(latest.date, code)}

        self._write("", "root", lang, alternates=False, latest=latest, latest_label=latest_label)
        self._write("404.html", "404", lang, alternates=False)

    def _write_text_files(self) -> None:
        siteurl = self.settings.get("SITEURL", "")
        entries = self._sitemap_entries()
        output = Path(self.output_path)
        (output / "sitemap.xml").write_text(sitemap_xml(siteurl, entries), encoding="utf-8")
        (output / "robots.txt").write_text(robots_txt(siteurl), encoding="utf-8")

    def _sitemap_entries(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """(url, [(hreflang, url)…]) for every page; language versions list each other."""
        entries = []
        shared = [self.urls.home(lang) for lang in self.languages[:1]]
        shared += [self.urls.archive(self.languages[0]), self.urls.tags(self.languages[0])]
        shared += [self.urls.digest(self.languages[0], d) for d in self.days]
        shared += [self.urls.tag(self.languages[0], t) for t in self.tags]
        first = self.languages[0]
        for url in shared:
            versions = [(lang, url.replace(f"{first}/", f"{lang}/", 1)) for lang in self.languages]
            entries.extend((u, versions) for _, u in versions)
        for day in self.days:
            for article in day.articles:
                entries.append((article.url, []))
        return entries

    # -- feeds -------------------------------------------------------------------------

    def _feed_links(self, lang: str) -> list[dict]:
        """Autodiscovery links for a language's pages (its own feeds)."""
        all_title, digest_title = feed_titles(self.translations[lang], self.settings["SITENAME"])
        links = []
        for kind, title in (("digest", digest_title), ("all", all_title)):
            for suffix, media in MEDIA_TYPES.items():
                name = suffix.split(".")[0].upper().replace("JSON", "JSON Feed")
                links.append(
                    {
                        "type": media,
                        "title": f"{title} ({name})",
                        "url": f"{lang}/feeds/{kind}.{suffix}",
                    }
                )
        return links

    def _write_feeds(self) -> None:
        FeedSet(self).write_all(Path(self.output_path))
