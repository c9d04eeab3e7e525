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

AUTHOR = ""  # no default author: authors come only from bylines
SITENAME = "Daily Digest"
SITEURL = ""
PATH = "content"
TIMEZONE = _site.timezone
DEFAULT_LANG = _site.default_lang
THEME = str(HERE / "theme")
PLUGIN_PATHS = [str(HERE / "plugins")]
PLUGINS = ["frontmatter_reader"]

# Posts are dated Markdown files in content/<YYYY>/<MM>/<DD>/; ids, not slugs, identify them
# (two languages may share a slug without being translations of each other).
ARTICLE_TRANSLATION_ID = "id"
ARTICLE_URL = "{lang}/{date:%Y}/{date:%m}/{date:%d}/{slug}/"
ARTICLE_SAVE_AS = ARTICLE_URL + "index.html"
ARTICLE_LANG_URL = ARTICLE_URL
ARTICLE_LANG_SAVE_AS = ARTICLE_SAVE_AS
DEFAULT_CATEGORY = "news"
USE_FOLDER_AS_CATEGORY = False
MARKDOWN = {"extensions": [], "extension_configs": {}, "output_format": "html5"}

# The minimal site of this stage: article pages, a paginated index and an archive.
DIRECT_TEMPLATES = ["index", "archives"]
TAG_SAVE_AS = CATEGORY_SAVE_AS = AUTHOR_SAVE_AS = ""
TAGS_SAVE_AS = CATEGORIES_SAVE_AS = AUTHORS_SAVE_AS = ""
PAGE_SAVE_AS = ""
DEFAULT_PAGINATION = 20
DEFAULT_DATE_FORMAT = "%Y-%m-%d"

FEED_ALL_ATOM = FEED_ALL_RSS = CATEGORY_FEED_ATOM = TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = AUTHOR_FEED_RSS = None

# Raw text is never trusted: every template value is escaped unless marked safe.
JINJA_ENVIRONMENT = {"trim_blocks": True, "lstrip_blocks": True, "autoescape": True}

RELATIVE_URLS = True
DELETE_OUTPUT_DIRECTORY = False
CACHE_CONTENT = False
