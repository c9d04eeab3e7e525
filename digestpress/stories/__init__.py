"""Stories: one event covered by several sources and languages, grouped into one entry.

`grouping.group` is pure (articles in, stories out); `posts.load_items` reads a content
folder for the command line; `evaluate` scores a grouping against labelled stories.
"""

from pathlib import Path

from .concepts import DATA_DIR as _CONCEPTS
from .grouping import Item, Settings, Story, group
from .related import DATA_FILE as _RELATED

# What decides a grouping besides the posts: this package's code and the lexicons it
# reads. A site's cached stories are void when any of it changes (plugins/digest).
SOURCES = (Path(__file__).resolve().parent, _CONCEPTS, _RELATED)

__all__ = ["SOURCES", "Item", "Settings", "Story", "group"]
