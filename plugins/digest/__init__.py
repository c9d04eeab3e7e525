"""digest: multilingual daily digest pages, language homes, archives, tags, articles.

Pelican plugin. Settings (pelicanconf.py):
  DIGEST_LANGUAGES      site languages (default: content languages with a UI catalog, + en)
  DIGEST_TRANSLATIONS   folder of gettext catalogs (<lang>/LC_MESSAGES/messages.po)
  DIGEST_HOME_DAYS      days per language home page (default 5)
"""

from __future__ import annotations

from pelican import signals

from .generator import DigestGenerator


def get_generators(pelican):
    return DigestGenerator


def register():
    signals.get_generators.connect(get_generators)
