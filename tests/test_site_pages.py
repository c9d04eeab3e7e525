"""The multilingual site as readers get it: every page in every language, in its words."""

from __future__ import annotations

import datetime as dt
import gettext
import html
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin, urlparse

import pytest
from babel.dates import format_date
from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po

from .test_site import article_path

ROOT = Path(__file__).resolve().parent.parent
# The fixture's languages are all shipped with a catalog, so all are site languages.
LANGS = ["de", "en", "nb", "sv", "uk"]
DAY = dt.date(2025, 3, 14)  # the fixture day with articles in five languages


def text_of(page: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", page)))


def days(site) -> list[dt.date]:
    return sorted({dt.date.fromisoformat(p["date"][:10]) for p in site.posts()}, reverse=True)


def plural(lang: str, singular: str, n: int) -> str:
    """The catalog's plural form for n, chosen by the language's gettext plural rule."""
    with (ROOT / "theme/translations" / lang / "LC_MESSAGES/messages.po").open("rb") as f:
        catalog = read_po(f, locale=lang)
    message = next(m for m in catalog if isinstance(m.id, tuple) and m.id[0] == singular)
    return message.string[_plural_index(lang, n)] % {"num": n}


def _plural_index(lang: str, n: int) -> int:
    return gettext.c2py(get_plural(lang).plural_expr)(n)


def test_site_languages_are_the_content_languages_with_a_catalog(site) -> None:
    langs = sorted(p.name for p in site.output.iterdir() if p.is_dir() and len(p.name) == 2)
    assert langs == LANGS
    root = site.page("index.html")
    for lang, own in (
        ("de", "Deutsch"),
        ("en", "English"),
        ("nb", "Norsk bokmål"),
        ("sv", "Svenska"),
        ("uk", "Українська"),
    ):
        assert f'lang="{lang}"' in root and own in text_of(root)


def test_every_day_has_a_digest_in_every_language(site) -> None:
    posts = site.posts()
    for day in days(site):
        on_day = [p for p in posts if p["date"][:10] == day.isoformat()]
        for lang in LANGS:
            page = site.page(f"{lang}/{day:%Y/%m/%d}/")
            assert f'<html lang="{lang}"' in page
            for post in on_day:
                assert f'/{article_path(post)}"' in page, (lang, day, post["title"])


def test_every_article_lives_under_its_own_language(site) -> None:
    for post in site.posts():
        page = site.page(article_path(post))
        assert f'<html lang="{post["lang"]}"' in page
        assert f'{post["date"][:10].replace("-", "/")}/"' in page  # link to the day's digest


@pytest.mark.parametrize(
    ("lang", "heading", "archive"),
    [
        ("sv", "fredag 14 mars 2025", "Arkiv"),
        ("nb", "fredag 14. mars 2025", "Arkiv"),
        ("en", "Friday, March 14, 2025", "Archive"),
        ("de", "Freitag, 14. März 2025", "Archiv"),
        ("uk", "пʼятниця, 14 березня 2025\u202fр.", "Архів"),  # CLDR: narrow no-break space
    ],
)
def test_digest_is_localised(site, lang: str, heading: str, archive: str) -> None:
    page = site.page(f"{lang}/2025/03/14/")
    assert f"<h1>{heading}</h1>" in page
    assert format_date(DAY, "full", locale=lang) == heading
    assert f">{archive}<" in page
    posts = [p for p in site.posts() if p["date"][:10] == "2025-03-14"]
    n, n_langs = len(posts), len({p["lang"] for p in posts})
    counts = text_of(page)
    assert plural(lang, "%(num)s article", n) in counts
    assert plural(lang, "in %(num)s language", n_langs) in counts


def test_plural_forms_follow_the_language(site) -> None:
    # Ukrainian has three forms: 1 стаття, 2-4 статті, 5+ статей; the catalog gives them.
    assert (
        _plural_index("uk", 1) == 0 and _plural_index("uk", 3) == 1 and _plural_index("uk", 6) == 2
    )
    posts_on_day = len([p for p in site.posts() if p["date"][:10] == "2025-03-14"])
    assert posts_on_day == 6
    assert "6 статей" in text_of(site.page("uk/2025/03/14/"))


def test_page_language_first_others_marked(site) -> None:
    page = site.page("uk/2025/03/14/")
    entries = re.findall(r'<article class="entry story"( lang="(\w+)")?>', page)
    langs = [lang or "uk" for _, lang in entries]
    assert langs[:2] == ["uk", "uk"] and "uk" not in langs[2:]
    assert "німецька" in text_of(page)  # German, named in Ukrainian
    de_page = site.page("de/2025/03/14/")
    assert "Ukrainisch" in text_of(de_page) and "Schwedisch" in text_of(de_page)


def test_previous_and_next_day_and_article(site) -> None:
    all_days = days(site)
    for index, day in enumerate(all_days):
        page = site.page(f"sv/{day:%Y/%m/%d}/")
        older = all_days[index + 1] if index + 1 < len(all_days) else None
        newer = all_days[index - 1] if index > 0 else None
        if older:
            assert f'rel="prev" href="../../../../sv/{older:%Y/%m/%d}/"' in page
        if newer:
            assert f'rel="next" href="../../../../sv/{newer:%Y/%m/%d}/"' in page
        assert page.count('rel="prev"') == bool(older) and page.count('rel="next"') == bool(newer)
    uk = [p for p in site.posts() if p["lang"] == "uk" and p["date"][:10] == "2025-03-14"]
    first = site.page(article_path(sorted(uk, key=lambda p: (p["date"], p["title"]))[0]))
    assert 'rel="next"' in first


def test_archive_groups_days_by_month_with_counts(site) -> None:
    page = text_of(site.page("sv/archive/"))
    assert "mars 2025" in page and "december 2025" in page
    assert page.index("december 2025") < page.index("mars 2025")  # newest first


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.links.append(value)


def test_no_broken_internal_links(site) -> None:
    pages = list(site.output.rglob("*.html"))
    assert len(pages) > 50
    broken = []
    for page in pages:
        parser = _Links()
        parser.feed(page.read_text(encoding="utf-8"))
        base = "file://" + page.as_posix()
        for link in parser.links:
            target = urlparse(urljoin(base, urldefrag(link)[0]))
            if target.scheme != "file":
                continue  # external (source links)
            path = Path(unquote(target.path))
            if path.is_dir():
                path = path / "index.html"
            if not path.exists():
                broken.append((page.relative_to(site.output).as_posix(), link))
    assert broken == []


def test_publish_build_works_from_a_sub_path(site, tmp_path) -> None:
    """`SITEURL=https://example.org/news make publish`: absolute links under the sub-path,
    canonical and hreflang URLs absolute, and every internal link resolves."""
    from .sitebuild import pelican

    siteurl = "https://example.org/news"
    out = tmp_path / "published"
    result = pelican(site.content, out, ROOT / "publishconf.py", SITEURL=siteurl)
    assert result.returncode == 0, result.stderr
    page = (out / "sv/2025/03/14/index.html").read_text(encoding="utf-8")
    assert f'<link rel="canonical" href="{siteurl}/sv/2025/03/14/">' in page
    assert f'hreflang="de" href="{siteurl}/de/2025/03/14/"' in page
    assert f"Sitemap: {siteurl}/sitemap.xml" in (out / "robots.txt").read_text()
    broken = []
    for path in out.rglob("*.html"):
        parser = _Links()
        parser.feed(path.read_text(encoding="utf-8"))
        for link in parser.links:
            if not link.startswith(siteurl):
                assert not link.startswith(("/", "..")), (path, link)
                continue
            local = out / unquote(urldefrag(link)[0][len(siteurl) :].lstrip("/"))
            if local.is_dir() or not local.suffix:
                local = local / "index.html"
            if not local.exists():
                broken.append((path.relative_to(out).as_posix(), link))
    assert broken == []


def test_sitemap_lists_language_versions(site) -> None:
    sitemap = (site.output / "sitemap.xml").read_text(encoding="utf-8")
    assert sitemap.count("<url>") >= len(site.posts()) + 5 * len(days(site))
    assert '<xhtml:link rel="alternate" hreflang="uk" href="/uk/2025/03/14/"/>' in sitemap
    assert "ref=" not in sitemap.replace("href=", "")


def test_parallel_page_writing_gives_the_same_site(site, tmp_path) -> None:
    """Pages are written by forked workers; one worker must give byte-identical output."""
    from .sitebuild import pelican, snapshot

    serial = tmp_path / "serial"
    result = pelican(site.content, serial, extra=("DIGEST_WORKERS=1",))
    assert result.returncode == 0, result.stderr
    parallel, one = snapshot(site.output), snapshot(serial)
    assert parallel.keys() == one.keys()
    assert [k for k in parallel if parallel[k] != one[k]] == []
