"""Stories: one event covered by several sources and languages, grouped into one entry.

`grouping.group` is pure (articles in, stories out); `posts.load_items` reads a content
folder for the command line; `evaluate` scores a grouping against labelled stories.
"""

from .grouping import Item, Settings, Story, group

__all__ = ["Item", "Settings", "Story", "group"]
