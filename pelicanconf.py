"""Pelican settings for the digestpress site (local build and preview).

Site-wide values shared with ingest (time zone, default language) come from
`[tool.digestpress]` in pyproject.toml, so a post's day is the same for both.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from digestpress.config import load_config  # noqa: E402

_site = load_config(HERE)

SITENAME = "Daily Digest"
SITEURL = ""
PATH = "content"
TIMEZONE = _site.timezone
DEFAULT_LANG = _site.default_lang
THEME = str(HERE / "theme")
PLUGIN_PATHS = [str(HERE / "plugins")]
PLUGINS = ["frontmatter_reader", "digest"]
# Pelican with a leaner article generator (see plugins/digest/site.py). Pelican imports
# this before its plugins, so the plugin folder must already be importable.
if PLUGIN_PATHS[0] not in sys.path:  # settings are read again by each build and test
    sys.path.insert(0, PLUGIN_PATHS[0])
PELICAN_CLASS = "digest.DigestPelican"

# Posts are dated Markdown files in content/<YYYY>/<MM>/<DD>/. Each post stands alone: two
# languages may share a slug without being translations of each other, so Pelican's
# translation matching is off (it also compares every post with every other one).
ARTICLE_TRANSLATION_ID = None
ARTICLE_URL = "{lang}/{date:%Y}/{date:%m}/{date:%d}/{slug}/"
ARTICLE_LANG_URL = ARTICLE_URL
DEFAULT_CATEGORY = "news"
USE_FOLDER_AS_CATEGORY = False
MARKDOWN = {"extensions": [], "extension_configs": {}, "output_format": "html5"}

# Pelican reads the posts; the digest plugin writes every page, in every site language,
# in one pass. Pelican's own page types are switched off.
ARTICLE_SAVE_AS = ARTICLE_LANG_SAVE_AS = ""
DIRECT_TEMPLATES = []
TAG_SAVE_AS = CATEGORY_SAVE_AS = AUTHOR_SAVE_AS = ""
TAGS_SAVE_AS = CATEGORIES_SAVE_AS = AUTHORS_SAVE_AS = ""
PAGE_SAVE_AS = PAGE_LANG_SAVE_AS = DRAFT_SAVE_AS = DRAFT_LANG_SAVE_AS = ""
FEED_ALL_ATOM = FEED_ALL_RSS = CATEGORY_FEED_ATOM = TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = AUTHOR_FEED_RSS = None

DIGEST_LANGUAGES = None  # default: every content language with a UI catalog, plus English
DIGEST_TRANSLATIONS = str(HERE / "theme" / "translations")
DIGEST_HOME_DAYS = 5  # days per page of a language's home
DIGEST_TAG_PAGE_SIZE = 50  # articles per page of a topic
DIGEST_INCREMENTAL = True  # render only the pages a change affects (plugins/digest/ledger.py)
DIGEST_WORKERS = None  # page-writing processes (default: one per core)
RTL_LANGUAGES = ("ar", "fa", "he", "ur")
SITEURL_ABSOLUTE = ""  # publishconf.py sets it; canonical and og:url use it when set

# Feeds need absolute URLs: the public SITEURL when publishing, else the preview server.
DIGEST_FEED_SITEURL = "http://127.0.0.1:8000"
FEED_MAX_ITEMS = 50  # entries in each article feed
DIGEST_FEED_DAYS = 30  # days in each digest feed
WEBSUB_HUB = None  # e.g. "https://pubsubhubbub.appspot.com/"

# Raw text is never trusted: every template value is escaped unless marked safe.
JINJA_ENVIRONMENT = {
    "trim_blocks": True,
    "lstrip_blocks": True,
    "autoescape": True,
    "extensions": ["jinja2.ext.i18n"],
}

RELATIVE_URLS = True
DELETE_OUTPUT_DIRECTORY = False
# Posts whose files did not change are not read again. The digest plugin gives each site
# its own cache folder under CACHE_PATH and drops it when settings, theme or plugins change.
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
CONTENT_CACHING_LAYER = "generator"
GZIP_CACHE = False  # compressing ~36 MB at 10,000 posts costs more than reading it
