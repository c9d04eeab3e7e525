"""digest: multilingual daily digest pages, language homes, archives, tags, articles.

Pelican plugin. Settings (pelicanconf.py):
  DIGEST_LANGUAGES      site languages (default: content languages with a UI catalog, + en)
  DIGEST_TRANSLATIONS   folder of gettext catalogs (<lang>/LC_MESSAGES/messages.po)
  DIGEST_HOME_DAYS      days per page of a language's home (default 5)
  DIGEST_TAG_PAGE_SIZE  articles per page of a topic (default 50)
  DIGEST_INCREMENTAL    render only pages whose inputs changed since the last build
                        (default True; see ledger.py)
  DIGEST_WORKERS        page-writing processes (default: one per core)

It also makes Pelican's content cache safe to leave on (site_cache.py) and skips
Pelican's own article-output loops when the settings switch them all off
(pelican_pages.py).
"""

from __future__ import annotations

from pelican import signals
from pelican.contents import Article

from . import pelican_pages, site_cache
from .generator import DigestGenerator


def get_generators(pelican):
    return DigestGenerator


def freeze_url(content) -> None:
    """Pelican expands ARTICLE_URL on every access (0.1 ms each) and pages ask thousands
    of times; the URL is fixed once the post is read, and cached with it."""
    if isinstance(content, Article):
        content.override_url = content.url


def register():
    signals.content_object_init.connect(freeze_url)
    signals.initialized.connect(site_cache.on_initialized)
    signals.article_generator_init.connect(site_cache.on_article_generator_init)
    signals.article_generator_finalized.connect(site_cache.on_article_generator_finalized)
    signals.article_generator_finalized.connect(pelican_pages.on_article_generator_finalized)
    signals.get_generators.connect(get_generators)
