"""Pelican's content cache, made safe to leave on: one per site, void when the code changes.

Reading and converting 10,000 posts is half of a full build; Pelican's content cache
(`CACHE_CONTENT`, `LOAD_CONTENT_CACHE`) skips posts whose files did not change. Two gaps
make it unsafe as it stands, and this closes them:

- Pelican trusts a cached post as long as its file is unchanged, even when the settings,
  the reader plugin or a library changed since (its docs say: run with --ignore-cache).
  Here the cache is dropped whenever the build fingerprint (see ledger.py) changed.
- Every site built from this settings file would share one cache file (`cache/…`), so
  two sites, such as the test fixtures or `make html` and `make publish`, would keep
  evicting each other's posts. Each (content, output) pair gets its own cache folder.

Jinja's compiled templates are kept there too: compiling the theme's templates again in
every build took ~0.2 s of a 3 s daily build. Jinja checks each template's source
against its cached code, so an edited template is compiled afresh.
"""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

from jinja2 import FileSystemBytecodeCache

from .ledger import code_fingerprint

log = logging.getLogger(f"pelican.plugins.{__name__}")

FINGERPRINT = "DIGEST_FINGERPRINT"  # the setting this plugin stores the fingerprint in
_STAMP = "fingerprint"


def site_folder(settings: dict) -> str:
    paths = f"{os.path.realpath(settings['PATH'])}\0{os.path.realpath(settings['OUTPUT_PATH'])}"
    name = hashlib.sha256(paths.encode()).hexdigest()[:16]
    return os.path.join(settings["CACHE_PATH"], "sites", name)


def on_initialized(pelican) -> None:
    """Give this site its own cache folder and compute the build fingerprint once."""
    settings = pelican.settings
    settings["CACHE_PATH"] = site_folder(settings)
    settings[FINGERPRINT] = code_fingerprint(settings)
    templates = Path(settings["CACHE_PATH"], "templates")
    templates.mkdir(parents=True, exist_ok=True)
    jinja = dict(settings.get("JINJA_ENVIRONMENT") or {})
    jinja.setdefault("bytecode_cache", FileSystemBytecodeCache(str(templates)))
    settings["JINJA_ENVIRONMENT"] = jinja


def on_article_generator_init(generator) -> None:
    """Drop the cached posts the generator just loaded if they came from other code."""
    settings = generator.settings
    stamp = Path(settings["CACHE_PATH"]) / _STAMP
    try:
        valid = stamp.read_text(encoding="utf-8") == settings.get(FINGERPRINT)
    except OSError:
        valid = False
    if not valid:
        if getattr(generator, "_cache", None):
            log.info("digest: settings, theme or plugins changed; reading every post again")
        generator._cache = {}
        generator.readers._cache = {}


def on_article_generator_finalized(generator) -> None:
    """The cache Pelican has just saved was made by this code."""
    settings = generator.settings
    if settings.get("CACHE_CONTENT") and settings.get(FINGERPRINT):
        stamp = Path(settings["CACHE_PATH"]) / _STAMP
        stamp.parent.mkdir(parents=True, exist_ok=True)
        stamp.write_text(settings[FINGERPRINT], encoding="utf-8")
