"""Recover the article's structure from line shape and write it as Markdown.

Headings are short capitalised lines without final punctuation that introduce text;
bullet lines become lists; a line that is one whole quotation becomes a block quote;
dialogue lines (starting with a dash) stay paragraphs of their own. All text is escaped.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from .escape import escape_block
from .model import Line
from .shape import BULLET, DIALOGUE, is_bullet, is_quoted, is_title_like, last_char, word_count

HEADING_WORDS = 14
QUOTE_MIN_WORDS = 6


@dataclass(slots=True)
class Block:
    kind: str  # heading | paragraph | list | ordered | quote
    items: list[str] = field(default_factory=list)  # plain text (one per list item)

    @property
    def text(self) -> str:
        return " ".join(self.items)


def to_blocks(lines: list[Line]) -> list[Block]:
    blocks: list[Block] = []
    for i, line in enumerate(lines):
        text = line.text
        if is_bullet(text):
            kind = "ordered" if re.match(r"\d", text) else "list"
            item = BULLET.sub("", text, count=1)
            if blocks and blocks[-1].kind == kind:
                blocks[-1].items.append(item)
            else:
                blocks.append(Block(kind, [item]))
        elif _is_heading(lines, i):
            blocks.append(Block("heading", [text]))
        elif is_quoted(text) and word_count(text) >= QUOTE_MIN_WORDS and not DIALOGUE.match(text):
            blocks.append(Block("quote", [text]))
        else:
            blocks.append(Block("paragraph", [text]))
    return blocks


def _is_heading(lines: list[Line], i: int) -> bool:
    text = lines[i].text
    if i + 1 >= len(lines) or DIALOGUE.match(text) or last_char(text) in "!?":
        return False
    if not is_title_like(text, HEADING_WORDS):
        return False
    following = lines[i + 1].text
    # A heading introduces something longer than itself (a paragraph or another heading's
    # section); two short unpunctuated lines in a row with nothing after are a list.
    if word_count(following) > word_count(text):
        return True
    return (
        i + 2 < len(lines)
        and is_title_like(following, HEADING_WORDS)
        and word_count(lines[i + 2].text) > word_count(following)
    )


LIST_BREAK = "<!-- -->"  # Markdown would merge a bullet list and a numbered list that touch


def to_markdown(blocks: list[Block]) -> str:
    parts: list[str] = []
    previous = ""
    for block in blocks:
        if block.kind in ("list", "ordered") and previous in ("list", "ordered"):
            parts.append(LIST_BREAK)
        previous = block.kind
        if block.kind == "heading":
            parts.append("## " + escape_block(block.text))
        elif block.kind == "list":
            parts.append("\n".join("- " + escape_block(item) for item in block.items))
        elif block.kind == "ordered":
            parts.append(
                "\n".join(f"{n}. " + escape_block(item) for n, item in enumerate(block.items, 1))
            )
        elif block.kind == "quote":
            parts.append("> " + escape_block(block.text))
        else:
            parts.append(escape_block(block.text))
    return "\n\n".join(parts) + "\n"


def to_plain(markdown: str) -> str:
    """The text a reader sees in Markdown written by `to_markdown`: markers and escapes undone."""
    text = markdown.replace(LIST_BREAK + "\n", "")
    text = re.sub(r"^(?:## |- |\d+\. |> )", "", text, flags=re.M)
    text = re.sub(r"\\(.)", r"\1", text)
    return html.unescape(text).strip()
