"""Make raw text inert in Markdown: it can never become HTML, a link or formatting.

Python-Markdown passes raw HTML and entities through, so `&`, `<` and `>` become entities;
inline syntax characters are backslash-escaped; a line that would start a block (heading,
list, quote, rule, code) gets its first marker escaped. `|` and `~` need no escape: the
reader enables no extension that gives them meaning, and `(` `)` `!` only matter after
`]`, which is always escaped.
"""

from __future__ import annotations

import re

_INLINE = re.compile(r"([\\`*_\[\]{}#])")
_BLOCK_START = re.compile(r"^([-+])")
_ORDERED = re.compile(r"^(\d+)([.)])(?=\s|$)")


def escape_inline(text: str) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _INLINE.sub(r"\\\1", text)


def escape_block(text: str) -> str:
    """Escape a whole line that starts a Markdown block (paragraph, list item text…)."""
    text = escape_inline(text.strip())
    text = _ORDERED.sub(r"\1\\\2", text)
    return _BLOCK_START.sub(r"\\\1", text) if not text.startswith("=") else "&#61;" + text[1:]
