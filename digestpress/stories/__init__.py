"""Stories: one event covered by several sources and languages, grouped into one entry.

`grouping.group` is pure (articles in, stories out); `posts.load_items` reads a content
folder for the command line; `evaluate` scores a grouping against labelled stories.
"""

from pathlib import Path

from .. import close_languages
from .concepts import DATA_DIR as _CONCEPTS
from .grouping import Item, Settings, Story, group

# What decides a grouping besides the posts: this package's code, the lexicons and the
# close languages it reads. A site's cached stories are void when any of it changes.
SOURCES = (
    Path(__file__).resolve().parent,
    _CONCEPTS,
    Path(close_languages.__file__).resolve(),
    close_languages.DATA_FILE,
)

__all__ = ["SOURCES", "Item", "Settings", "Story", "group"]
