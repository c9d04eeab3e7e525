"""sitemap.xml with hreflang alternates, and robots.txt (pure string builders).

The sitemap comes line by line, so a large site's is written without holding it whole.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from xml.sax.saxutils import escape, quoteattr


def _absolute(siteurl: str, url: str) -> str:
    return f"{siteurl.rstrip('/')}/{url}" if siteurl else f"/{url}"


def sitemap_lines(
    siteurl: str, entries: Iterable[tuple[str, list[tuple[str, str]]]]
) -> Iterator[str]:
    """One <url> per page; pages with language versions list them all as xhtml:link."""
    yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    yield (
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
    )
    for url, versions in entries:
        yield f"  <url><loc>{escape(_absolute(siteurl, url))}</loc>\n"
        for lang, other in versions:
            href = quoteattr(_absolute(siteurl, other))
            yield f'    <xhtml:link rel="alternate" hreflang="{lang}" href={href}/>\n'
        yield "  </url>\n"
    yield "</urlset>\n"


def sitemap_xml(siteurl: str, entries: Iterable[tuple[str, list[tuple[str, str]]]]) -> str:
    return "".join(sitemap_lines(siteurl, entries))


def robots_txt(siteurl: str) -> str:
    lines = ["User-agent: *", "Allow: /"]
    if siteurl:  # the Sitemap line must be an absolute URL
        lines.append(f"Sitemap: {siteurl.rstrip('/')}/sitemap.xml")
    return "\n".join(lines) + "\n"
