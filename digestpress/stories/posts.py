"""Posts of a content folder as grouping items (the I/O edge of story grouping)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import frontmatter

from ..files import walk
from .grouping import Item


def load_items(content: Path) -> list[Item]:
    """Every post (`*.md` with an id, a language and a date) under `content`, by path."""
    items = []
    paths = sorted(e.path for e in walk(str(content)) if e.name.endswith(".md"))
    for path in paths:
        post = frontmatter.load(path)
        missing = [k for k in ("id", "lang", "date", "title") if not post.get(k)]
        if missing:
            raise ValueError(f"{path}: front matter lacks {', '.join(missing)}")
        items.append(
            Item(
                id=str(post["id"]),
                lang=str(post["lang"]),
                published=_aware(post["date"]),
                title=str(post["title"]),
                text=post.content or str(post.get("summary") or ""),
            )
        )
    return items


def _aware(value: object) -> dt.datetime:
    when = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)
