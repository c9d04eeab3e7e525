"""Structure recovery and escaping: Markdown that renders what the raw text said, as text."""

from __future__ import annotations

import markdown
import pytest

from digestpress.escape import escape_block
from digestpress.structure import to_blocks, to_markdown

from .helpers import PROSE_EN, lines


def render(text: str) -> str:
    return markdown.markdown(to_markdown(to_blocks(lines(text))))


def test_headings_lists_quotes_dialogue() -> None:
    blocks = to_blocks(
        lines(
            "What happened next",
            PROSE_EN,
            "- first point",
            "• second point",
            "1. step one",
            "2) step two",
            "“This is a complete quotation of the speaker, word for word.”",
            "– Yes, she answered.",
            "Short closing line",
        )
    )
    assert [b.kind for b in blocks] == [
        "heading",
        "paragraph",
        "list",
        "ordered",
        "quote",
        "paragraph",
        "paragraph",
    ]
    assert blocks[2].items == ["first point", "second point"]
    html = markdown.markdown(to_markdown(blocks))
    assert "<h2>What happened next</h2>" in html
    assert "<ul>" in html and "<ol>" in html and "<blockquote>" in html
    assert "<p>– Yes, she answered.</p>" in html


def test_label_before_list_is_not_a_heading() -> None:
    assert [b.kind for b in to_blocks(lines("In brief:", "- one", "- two"))] == [
        "paragraph",
        "list",
    ]


@pytest.mark.parametrize(
    "raw",
    [
        "<script>alert(1)</script> and <b>bold</b>",
        "[click here](javascript:alert(1)) and ![img](data:image/png;base64,xx)",
        "*emphasis* and **strong** and _under_ and `code`",
        "# not a heading",
        "> not a quote",
        "--- not a rule",
        "1. not a list",
        "+ not a list",
        "{{ jinja }} {% block x %} and &lt; entity &amp; AT&T",
        "<http://example.com> autolink and <!-- comment -->",
        "back\\slash at the end \\",
        "===",
    ],
)
def test_raw_text_never_becomes_markup(raw: str) -> None:
    html = markdown.markdown(escape_block(raw))
    assert html.startswith("<p>") and html.endswith("</p>")
    inner = html[3:-4]
    assert "<" not in inner.replace("&lt;", ""), inner
    import html as h

    assert h.unescape(inner) == raw.strip()
