"""Pelican settings for publishing: pelicanconf.py plus the public URL.

SITEURL comes from the environment (`SITEURL=https://example.org/digest make publish`);
absolute URLs then work from a sub-path too.
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pelicanconf import *  # noqa: F403

SITEURL = os.environ.get("SITEURL", "").rstrip("/")
SITEURL_ABSOLUTE = SITEURL
RELATIVE_URLS = not SITEURL
DELETE_OUTPUT_DIRECTORY = True
