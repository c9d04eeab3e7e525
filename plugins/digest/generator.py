"""DigestGenerator: every site language's pages in one pass over the articles.

Pelican reads the posts; this generator writes what a multilingual digest site needs:
per language a daily digest page for every day, a paginated home, a monthly archive,
tag pages, and each article's page in its own language; plus the root language chooser,
404 page, sitemap.xml and robots.txt. Each page is rendered with its language's gettext
and Babel formatters in the template context.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from zoneinfo import ZoneInfo

from pelican.generators import Generator
from pelican.log import console

from . import i18n
from .days import Day, by_month, group_days, neighbours
from .feeds import MEDIA_TYPES
from .feedset import FeedSet, feed_titles
from .ledger import Output, PageLedger, file_stamp, key
from .paging import HEAD, Page, stable_pages
from .site_cache import FINGERPRINT
from .sitemap import robots_txt, sitemap_lines
from .stories import StoryIndex

log = logging.getLogger(f"pelican.plugins.{__name__}")
RENDER_BATCH = 1000  # outputs planned, then rendered on all cores, at a time


class Urls:
    """Where each page lives (relative to the site root, ending in '/' for folders)."""

    @staticmethod
    def home(lang: str, page: int = HEAD) -> str:
        return f"{lang}/" if page == HEAD else f"{lang}/page/{page}/"

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
    def tag(lang: str, tag, page: int = HEAD) -> str:
        base = f"{lang}/tags/{tag.slug}/"
        return base if page == HEAD else f"{base}page/{page}/"


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
        self.home_days = int(self.settings.get("DIGEST_HOME_DAYS") or 5)
        self.tag_size = int(self.settings.get("DIGEST_TAG_PAGE_SIZE") or 50)
        self.urls = Urls()
        # Templates compile {% trans %} to newstyle calls; each page's context supplies
        # its own language's callables (see i18n.newstyle).
        self.env.install_null_translations(newstyle=True)

    # -- context -----------------------------------------------------------------------

    def generate_context(self) -> None:
        articles = self.context.get("articles", [])
        self.stamps = {}
        for article in articles:
            self.stamps[id(article)] = key(article.source_path, file_stamp(article.source_path))
        self.days = group_days(articles, self.tz)
        self.day_keys = {
            d.date: key(d.date, [self.stamps[id(a)] for a in d.articles]) for d in self.days
        }
        incremental = bool(self.settings.get("DIGEST_INCREMENTAL", True))
        cache = Path(self.settings["CACHE_PATH"]) / "stories.json" if incremental else None
        fingerprint = str(self.settings.get(FINGERPRINT) or "")
        self.stories = StoryIndex(self.days, self.day_keys, self.stamp, cache, fingerprint)
        self.stories.save()
        self.languages = self._site_languages(articles)
        self.translations = {
            lang: i18n.load_translations(self.catalog_dir, lang) for lang in self.languages
        }
        self.day_of = {id(a): day for day in self.days for a in day.articles}
        # One pass: tag slug → its articles, newest first (Tag equality is slow).
        self.tagged: dict[str, tuple] = {}
        for day in self.days:
            for article in reversed(day.articles):
                for tag in getattr(article, "tags", []):
                    self.tagged.setdefault(tag.slug, (tag, []))[1].append(article)
        self.tags = [self.tagged[slug][0] for slug in sorted(self.tagged)]
        self.tag_pages = self._paginate_tags()
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

    def stamp(self, article) -> str | None:
        """What an article's listing or page shows changes only when this does."""
        return None if article is None else self.stamps[id(article)]

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
            feeds=self.feed_links.get(nav_lang, []),
        )
        if alternates:
            context["alternates"] = [
                (other, path.replace(f"{lang}/", f"{other}/", 1)) for other in self.languages
            ]
        return context

    # -- output ------------------------------------------------------------------------

    def generate_output(self, writer) -> None:
        """Render every page and feed whose inputs changed since the last build."""
        self.writer = writer
        output = Path(self.output_path)
        ledger = PageLedger(
            Path(self.settings["CACHE_PATH"]) / "pages.json",
            output,
            f"{self.settings.get(FINGERPRINT)}:{self.languages}",
            load=bool(self.settings.get("DIGEST_INCREMENTAL", True)),
        )
        workers = int(self.settings.get("DIGEST_WORKERS") or os.cpu_count() or 1)
        total, rendered, batch = 0, 0, []

        def render(batch: list[Output]) -> int:
            run_on_all_cores([o.write for o in batch], workers)
            for o in batch:
                ledger.record(o.name, o.key, o.files)
            return len(batch)

        # Planned outputs are rendered a batch at a time: a full build at 10,000 posts
        # held all 14,000 (and what each shows) at once, ~19 MB of its peak memory.
        for planned in self.outputs():
            total += 1
            if not ledger.is_fresh(planned.name, planned.key, planned.files):
                batch.append(planned)
            if len(batch) >= RENDER_BATCH:
                rendered += render(batch)
                batch = []
        rendered += render(batch)
        removed = ledger.remove_stale()
        ledger.save()
        self._write_text_files()
        console.print(
            f"digest: rendered {rendered} of {total} pages and feeds"
            f" ({total - rendered} unchanged, {removed} removed)"
        )

    def outputs(self) -> Iterator[Output]:
        """Every page and feed of the site, each with what it is built from."""
        for lang in self.languages:
            yield from self._homes(lang)
            yield from self._digests(lang)
            yield self._archive(lang)
            yield from self._tags(lang)
        yield from self._articles()
        yield from FeedSet(self).outputs()
        yield from self._root()

    def page(self, url: str, template: str, lang: str, parts: tuple, late=None, **values) -> Output:
        """A page at `url`; `parts` name everything it shows besides `values`' templates.

        `late`, if given, returns more values; it is called only when the page is
        rendered, so what only a page's body needs costs nothing for an unchanged page.
        """
        save = save_as(url)
        alternates = values.pop("alternates", True)
        write = partial(self._write, url, template, lang, alternates, values, late)
        return Output(save, key(template, lang, alternates, *parts), (save,), write)

    def _write(self, url: str, template: str, lang: str, alternates: bool, values: dict, late):
        context = self.page_context(lang, url, alternates)
        context.update(values)
        if late is not None:
            context.update(late())
        self.writer.write_file(
            save_as(url),
            self.get_template(template),
            self.context,
            relative_urls=self.settings["RELATIVE_URLS"],
            **context,
        )

    def _paged(self, page: Page, url, lang: str, dated) -> dict:
        """Template values of one page of a stable pagination."""
        period = None
        if page.number != HEAD and page.items:
            period = i18n.date_range(dated(page.items[-1]), dated(page.items[0]), lang)
        return {
            "page_number": page.number,
            "period": period,
            "newer_url": None if page.newer is None else url(page.newer),
            "older_url": None if page.older is None else url(page.older),
        }

    def _homes(self, lang: str) -> list[Output]:
        pages = stable_pages(self.days, self.home_days)
        url = partial(self.urls.home, lang)
        return [
            self.page(
                url(page.number),
                "home",
                lang,
                (page.number, page.newer, page.older, [self.day_keys[d.date] for d in page.items]),
                days=page.items,
                late=partial(self._paged, page, url, lang, lambda day: day.date),
            )
            for page in pages
        ]

    def _digests(self, lang: str) -> Iterator[Output]:
        for index, day in enumerate(self.days):
            older, newer = neighbours(self.days, index)
            yield self.page(
                self.urls.digest(lang, day),
                "digest",
                lang,
                (
                    self.day_keys[day.date],
                    self.stories.shape(day),
                    older and older.date,
                    newer and newer.date,
                ),
                late=partial(self._entries, day, lang),
                day=day,
                older=older,
                newer=newer,
            )

    def _entries(self, day: Day, lang: str) -> dict:
        return {"entries": self.stories.entries(day, lang)}

    def _archive(self, lang: str) -> Output:
        parts = (list(self.day_keys.values()),)
        return self.page(
            self.urls.archive(lang), "archive", lang, parts, months=by_month(self.days)
        )

    def _tags(self, lang: str) -> Iterator[Output]:
        counts = [(tag, len(self.tagged[tag.slug][1])) for tag in self.tags]
        index = [(tag.slug, str(tag), n) for tag, n in counts]
        yield self.page(self.urls.tags(lang), "tags", lang, (index,), tags=counts)
        for tag in self.tags:
            url = partial(self.urls.tag, lang, tag)
            for page, shows in self.tag_pages[tag.slug]:
                yield self.page(
                    url(page.number),
                    "tag",
                    lang,
                    (shows,),
                    tag=tag,
                    late=partial(self._paged, page, url, lang, self._day_of_article),
                    articles=page.items,
                )

    def _day_of_article(self, article) -> dt.date:
        return self.day_of[id(article)].date

    def _paginate_tags(self) -> dict[str, list[tuple[Page, str]]]:
        """Each topic's pages, with what each shows (the same in every language)."""
        paginated = {}
        for tag in self.tags:
            pages = stable_pages(self.tagged[tag.slug][1], self.tag_size)
            paginated[tag.slug] = [
                (
                    page,
                    key(
                        tag.slug,
                        str(tag),
                        page.number,
                        page.newer,
                        page.older,
                        *map(self.stamp, page.items),
                    ),
                )
                for page in pages
            ]
        return paginated

    def _articles(self) -> Iterator[Output]:
        for day in self.days:
            for lang in sorted({a.lang for a in day.articles}):
                own = [a for a in day.for_language(lang) if a.lang == lang]
                for index, article in enumerate(own):
                    previous = own[index - 1] if index > 0 else None
                    following = own[index + 1] if index + 1 < len(own) else None
                    parts = (
                        day.date,
                        *map(self.stamp, (article, previous, following)),
                        self.stories.story_key.get(id(article)),
                    )
                    yield self.page(
                        article.url,
                        "article",
                        lang,
                        parts,
                        alternates=False,
                        article=article,
                        day=day,
                        previous=previous,
                        following=following,
                        late=partial(self._also, article),
                    )

    def _also(self, article) -> dict:
        """The other reports of an article's story, with their days."""
        also = self.stories.also.get(id(article), [])
        return {"also": [(a, self.day_of[id(a)].date) for a in also]}

    def _root(self) -> list[Output]:
        lang = self.settings.get("DEFAULT_LANG", "en")
        latest = self.days[0] if self.days else None

        def latest_label(code: str) -> str:
            """'Latest digest: Friday, March 14, 2025' in language `code` itself."""
            words = self.translations[code].gettext("Latest digest: %(date)s")
            return words % {"date": i18n.long_date(latest.date, code)}

        return [
            self.page(
                "",
                "root",
                lang,
                (latest and latest.date,),
                alternates=False,
                latest=latest,
                latest_label=latest_label,
            ),
            self.page("404.html", "404", lang, (), alternates=False),
        ]

    def _write_text_files(self) -> None:
        siteurl = self.settings.get("SITEURL", "")
        output = Path(self.output_path)
        with (output / "sitemap.xml").open("w", encoding="utf-8") as handle:
            handle.writelines(sitemap_lines(siteurl, self._sitemap_entries()))
        (output / "robots.txt").write_text(robots_txt(siteurl), encoding="utf-8")

    def _sitemap_entries(self) -> Iterator[tuple[str, list[tuple[str, str]]]]:
        """(url, [(hreflang, url)…]) for every page; language versions list each other."""
        shared = [self.urls.home(lang) for lang in self.languages[:1]]
        shared += [self.urls.archive(self.languages[0]), self.urls.tags(self.languages[0])]
        shared += [self.urls.digest(self.languages[0], d) for d in self.days]
        shared += [self.urls.tag(self.languages[0], t) for t in self.tags]
        first = self.languages[0]
        for url in shared:
            versions = [(lang, url.replace(f"{first}/", f"{lang}/", 1)) for lang in self.languages]
            yield from ((u, versions) for _, u in versions)
        for day in self.days:
            for article in day.articles:
                yield article.url, []

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
