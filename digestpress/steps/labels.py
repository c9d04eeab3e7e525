"""Labelled lines that belong in front matter, not in the body.

"Foto: X" → photo_credits, "Text: X" / "By X" → authors, "Source: URL" → source_url,
"Location: X" → location. Labels come from the per-language phrase files; the value must
have the shape its field expects (names are short and capitalised), otherwise the line is
ordinary text and stays.
"""

from __future__ import annotations

import re

from .. import reasons
from ..dates import find_date
from ..model import Line
from ..shape import URL, starts_upper, undouble, word_count
from . import Context, Outcome, drop

MAX_LABEL_LINE_WORDS = 16
_NAME_SPLIT = re.compile(
    r"\s*(?:,|&|/|;|\+|\b(?:and|och|og|und|et|y|e|i|en|és|ve|va|та|і|и|a|ja|un|ir)\b)\s*", re.I
)


def take_labelled(lines: list[Line], ctx: Context) -> Outcome:
    out = Outcome([])
    for line in lines:
        found = _labelled(line.text, ctx, out.meta) if _short(line.text) else None
        if found:
            out.removed += drop(line, reasons.METADATA, f"moved to {found}", found)
        else:
            out.kept.append(line)
    return out


def labelled_field(text: str, ctx: Context) -> str | None:
    """The front-matter field a labelled line would go to, without taking it."""
    return _labelled(text, ctx, {}) if _short(text) else None


def _short(text: str) -> bool:
    return word_count(URL.sub("", text)) <= MAX_LABEL_LINE_WORDS


def _labelled(text: str, ctx: Context, meta: dict) -> str | None:
    p = ctx.phrases
    if URL.fullmatch(text.strip()):
        meta.setdefault("source_url", text.strip())
        return "source_url"
    value = p.label_value("source", text)
    if value:
        url = URL.search(value)
        if url:
            meta.setdefault("source_url", url.group(0).rstrip(".,;)"))
            name = value.replace(url.group(0), "").strip(" ,;:|–—-()")
            if name:
                meta.setdefault("source", name)
            return "source_url"
        if word_count(value) <= 8:
            meta.setdefault("source", value)
            return "source"
    value = p.label_value("photo", text)
    if value and word_count(value) <= 14:
        meta.setdefault("photo_credits", []).append(value)
        return "photo_credits"
    value = p.label_value("byline", text)
    if value and _names(value):
        meta.setdefault("authors", []).extend(_names(value))
        return "authors"
    value = p.label_value("location", text)
    if value and word_count(value) <= 5 and starts_upper(value):
        meta.setdefault("location", value)
        return "location"
    value = p.label_value("dateline", text)
    if value and find_date(value):
        return "date (a later update; the article date is kept)"
    return None


def _names(value: str) -> list[str]:
    """Author names in a byline value, or [] when it does not read as names."""
    value = re.sub(r"\s*[(/|].*$", "", value).strip()  # "Anna Berg/TT" → agency dropped
    names = [undouble(n.strip(" .")) for n in _NAME_SPLIT.split(value) if n and n.strip(" .")]
    if not names or len(names) > 6:
        return []
    for name in names:
        tokens = name.split()
        capital = sum(1 for t in tokens if starts_upper(t))
        if not 1 <= len(tokens) <= 5 or capital < max(1, len(tokens) - 1):
            return []
    return names
