"""digest: multilingual daily digest pages, language homes, archives, tags, articles.

Pelican plugin. Settings (pelicanconf.py):
  DIGEST_LANGUAGES      site languages (default: content languages with a UI catalog, + en)
  DIGEST_TRANSLATIONS   folder of gettext catalogs (<lang>/LC_MESSAGES/messages.po)
  DIGEST_HOME_DAYS      days per page of a language's home (default 5)
  DIGEST_TAG_PAGE_SIZE  articles per page of a topic (default 50)
  DIGEST_INCREMENTAL    render only pages whose inputs changed since the last build
                        (default True; see ledger.py)
  DIGEST_WORKERS        page-writing processes (default: one per core)
  DIGEST_WORDS_PER_MINUTE  reading speed for posts without reading_time (default 220)

It also makes Pelican's content cache safe to leave on (site_cache.py) and skips
Pelican's own article-output loops when the settings switch them all off
(pelican_pages.py). `PELICAN_CLASS = "digest.DigestPelican"` runs Pelican with a leaner
article generator (site.py).
"""

from __future__ import annotations

import math

from pelican import signals
from pelican.contents import Article

from . import pelican_pages, site_cache
from .generator import DigestGenerator
from .site import DigestPelican
from .stories import plain_text

__all__ = ["DigestPelican", "register"]


def get_generators(pelican):
    return DigestGenerator


def freeze_url(content) -> None:
    """Pelican expands ARTICLE_URL on every access (0.1 ms each) and pages ask thousands
    of times; the URL is fixed once the post is read, and cached with it."""
    if isinstance(content, Article):
        content.override_url = content.url


def fill_reading_time(content) -> None:
    """A post written by hand (not by ingest) may lack `reading_time`; pages show one
    for every article, counted like ingest counts it."""
    if isinstance(content, Article) and not getattr(content, "reading_time", None):
        words = len(plain_text(content._content).split())
        per_minute = int(content.settings.get("DIGEST_WORDS_PER_MINUTE") or 220)
        content.reading_time = max(1, math.ceil(words / per_minute))


def register():
    signals.content_object_init.connect(freeze_url)
    signals.content_object_init.connect(fill_reading_time)
    signals.initialized.connect(site_cache.on_initialized)
    signals.article_generator_init.connect(site_cache.on_article_generator_init)
    signals.article_generator_finalized.connect(site_cache.on_article_generator_finalized)
    signals.article_generator_finalized.connect(pelican_pages.on_article_generator_finalized)
    signals.get_generators.connect(get_generators)
