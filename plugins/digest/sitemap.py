"""sitemap.xml with hreflang alternates, and robots.txt (pure string builders)."""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr


def _absolute(siteurl: str, url: str) -> str:
    return f"{siteurl.rstrip('/')}/{url}" if siteurl else f"/{url}"


def sitemap_xml(siteurl: str, entries: list[tuple[str, list[tuple[str, str]]]]) -> str:
    """One <url> per page; pages with language versions list them all as xhtml:link."""
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ]
    for url, versions in entries:
        out.append(f"  <url><loc>{escape(_absolute(siteurl, url))}</loc>")
        for lang, other in versions:
            href = quoteattr(_absolute(siteurl, other))
            out.append(f'    <xhtml:link rel="alternate" hreflang="{lang}" href={href}/>')
        out.append("  </url>")
    out.append("</urlset>")
    return "\n".join(out) + "\n"


def robots_txt(siteurl: str) -> str:
    lines = ["User-agent: *", "Allow: /"]
    if siteurl:  # the Sitemap line must be an absolute URL
        lines.append(f"Sitemap: {siteurl.rstrip('/')}/sitemap.xml")
    return "\n".join(lines) + "\n"
