"""The hostile-input corpus: raw files an attacker, a broken scraper or a careless
editor could drop into the inbox, and what ingest must make of each.

Every case is published (its text shown as text) or quarantined with a given reason.
Generated here rather than stored, so bytes that editors and git would mangle (NUL,
lone surrogates' encodings, BOMs mid-file, bare CR) are exact.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

LEAD = (
    "The city council met on Tuesday evening and approved the new harbour budget after a "
    "long debate, officials said in a statement."
)
MORE = "Residents will be able to comment on the plans until the end of the month, the mayor added."


@dataclass(frozen=True)
class Case:
    name: str
    data: bytes
    outcome: str  # "published" or a quarantine reason
    must_show: str = ""  # text that must appear, as text, in the post (title or body)


def article(title: str, *body: str) -> bytes:
    return "\n".join([title, LEAD, *body, MORE]).encode("utf-8")


INJECTION = [
    Case(
        "script-body",
        article("Harbour budget approved", "Before <script>alert(1)</script> after, he said."),
        "published",
        "<script>alert(1)</script>",
    ),
    Case(
        "script-title",
        article("Budget <script>alert('t')</script> approved"),
        "published",
        "<script>alert('t')</script>",
    ),
    Case(
        "img-onerror",
        article(
            "Harbour vote", 'A picture <img src=x onerror="alert(2)"> was shown to the council.'
        ),
        "published",
        'onerror="alert(2)"',
    ),
    Case(
        "svg-onload",
        article("Harbour vote", "Vector <svg onload=alert(3)></svg> art was shown at the meeting."),
        "published",
        "<svg onload=alert(3)>",
    ),
    Case(
        "iframe",
        article(
            "Harbour vote",
            'An <iframe srcdoc="<script>alert(4)</script>"></iframe> frame was embedded.',
        ),
        "published",
        "<iframe",
    ),
    Case(
        "js-markdown-link",
        article(
            "Harbour vote", "Read the [full report](javascript:alert(5)) before the vote, he said."
        ),
        "published",
        "[full report](javascript:alert(5))",
    ),
    Case(
        "data-image",
        article(
            "Harbour vote",
            "See ![chart](data:text/html;base64,PHNjcmlwdD5hbGVydCg2KTwvc2NyaXB0Pg==) for the figures.",
        ),
        "published",
        "![chart]",
    ),
    Case(
        "html-anchor",
        article(
            "Harbour vote",
            'Click <a href="javascript:alert(7)">here</a> to read the plan, she said.',
        ),
        "published",
        'href="javascript:alert(7)"',
    ),
    Case(
        "html-comment",
        article(
            "Harbour vote", "Hidden <!-- secret --> comment in the text of the article, he said."
        ),
        "published",
        "<!-- secret -->",
    ),
    Case(
        "style-block",
        article(
            "Harbour vote", "Styled <style>body{display:none}</style> text appeared in the report."
        ),
        "published",
        "<style>",
    ),
    Case(
        "meta-refresh",
        article(
            "Harbour vote",
            '<meta http-equiv="refresh" content="0;url=https://evil.example/"> was in the page.',
        ),
        "published",
        "http-equiv",
    ),
    Case(
        "reference-link",
        article(
            "Harbour vote",
            "[x]: javascript:alert(8)",
            "The reference [x] above must stay text, the clerk said.",
        ),
        "published",
        "[x]: javascript:alert(8)",
    ),
    Case(
        "autolink",
        article(
            "Harbour vote",
            "Visit <javascript:alert(9)> or <https://example.com> for more on the plans.",
        ),
        "published",
        "<javascript:alert(9)>",
    ),
    Case(
        "front-matter-top",
        b"---\ntitle: Injected\nlayout: evil\n---\n" + article("Harbour vote"),
        "published",
        "Harbour vote",
    ),
    Case(
        "front-matter-middle",
        article("Harbour vote", "---", "title: pwned", "---"),
        "published",
        "title: pwned",
    ),
    Case(
        "jinja",
        article(
            "Harbour {{ 7*7 }} vote",
            "Template {% for x in range(9) %}{{ x }}{% endfor %} syntax in text.",
        ),
        "published",
        "{{ 7*7 }}",
    ),
    Case(
        "pelican-filename",
        article(
            "Harbour vote",
            "Link [secret]({filename}/../../pelicanconf.py) and |filename|x in text.",
        ),
        "published",
        "{filename}",
    ),
    Case(
        "bidi-override",
        article(
            "Harbour \u202egnp.exe\u202c vote",
            "Text with \u2066isolates\u2069 and \u202doverride\u202c marks inside.",
        ),
        "published",
        "gnp.exe",
    ),
    Case(
        "zero-width",
        article(
            "Har\u200bbour vote",
            "Zero\u200bwidth and soft\u00adhyphen characters inside words here.",
        ),
        "published",
        "Zerowidth",
    ),
    # ftfy decodes HTML entities a scraper left behind; what they spell is then shown as text.
    Case(
        "entities",
        article(
            "Harbour vote", "The text &lt;script&gt; and &amp; and &#60;b&#62; are literal here."
        ),
        "published",
        "<script>",
    ),
    Case(
        "backticks",
        article("Harbour vote", "Code `rm -rf /` and ```fenced``` blocks are not code in news."),
        "published",
        "`rm -rf /`",
    ),
    Case(
        "emphasis",
        article("Harbour vote", "Stars *not bold* and __not strong__ and ~~not struck~~ in text."),
        "published",
        "*not bold*",
    ),
    Case(
        "headings",
        article(
            "Harbour vote", "# Not a heading line", "## Neither is this one at all", "=== underline"
        ),
        "published",
        "# Not a heading line",
    ),
    Case(
        "table-pipes",
        article("Harbour vote", "| a | b |", "|---|---|", "| 1 | 2 |"),
        "published",
        "Harbour vote",
    ),
    Case(
        "long-word",
        article("Harbour vote", "Before " + "x" * 10_000 + " after the long word, he said."),
        "published",
        "x" * 100,
    ),
    Case(
        "attribute-break-title",
        article('Vote "><script>alert(10)</script> ends'),
        "published",
        '"><script>alert(10)</script>',
    ),
    Case(
        "title-tag-break",
        article("Vote </title><script>alert(11)</script>"),
        "published",
        "</title>",
    ),
    Case(
        "yaml-special-title",
        article("Vote: - ? ! & * | > % @ ` 'quoted' \"double\" # not a comment"),
        "published",
        "# not a comment",
    ),
    Case(
        "cdata-break",
        article("Harbour vote", "Feed breaker ]]> and <![CDATA[ inside the paragraph text."),
        "published",
        "]]>",
    ),
    Case(
        "xml-controls",
        article("Harbour vote", "Control \x01\x02\x1b[31m characters \x7f and \x85 next line."),
        "published",
        "characters",
    ),
    Case(
        "rtl-text",
        "\n".join(
            [
                "التصويت على ميزانية الميناء",
                "وافق مجلس المدينة على ميزانية الميناء الجديدة بعد نقاش طويل استمر عدة ساعات، حسبما قال المسؤولون في بيان مساء الثلاثاء.",
                "وقال رئيس البلدية إن السكان يمكنهم تقديم ملاحظاتهم حتى نهاية الشهر الجاري قبل التصويت النهائي.",
            ]
        ).encode(),
        "published",
        "ميزانية الميناء الجديدة",
    ),
    Case(
        "emoji-zwj",
        article(
            "Harbour vote 👩‍👩‍👧",
            "Families 👨‍👩‍👧‍👦 attended the meeting in large numbers, the clerk said.",
        ),
        "published",
        "👨‍👩‍👧‍👦",
    ),
    Case(
        "url-in-title",
        article("javascript:alert(12)//harbour vote"),
        "published",
        "javascript:alert(12)",
    ),
]

ENCODING = [
    Case("empty", b"", "empty"),
    Case("blank", b" \n\t\r\n  \n", "empty"),
    Case("png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "binary"),
    Case("pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "binary"),
    Case("zip-docx", b"PK\x03\x04" + bytes(200), "binary"),
    Case("random-bytes", bytes((i * 97 + 13) % 256 for i in range(4096)), "binary"),
    Case("truncated-utf8", article("Harbour vote") + "å".encode()[:1], "published", "Harbour vote"),
    Case(
        "nul-bytes",
        article("Harbour vote").replace(b" the ", b" the\x00", 3),
        "published",
        "Harbour vote",
    ),
    Case(
        "utf16-le-bom",
        codecs.BOM_UTF16_LE + article("Hafenabstimmung Größe").decode().encode("utf-16-le"),
        "published",
        "Größe",
    ),
    Case(
        "utf16-be-bom",
        codecs.BOM_UTF16_BE + article("Hafenabstimmung Größe").decode().encode("utf-16-be"),
        "published",
        "Größe",
    ),
    Case(
        "utf16-no-bom",
        article("Hafenabstimmung Größe").decode().encode("utf-16-le"),
        "published",
        "Größe",
    ),
    Case(
        "utf8-bom-crlf",
        codecs.BOM_UTF8 + article("Röstning om hamnen").replace(b"\n", b"\r\n"),
        "published",
        "Röstning",
    ),
    Case("cr-only", article("Harbour vote").replace(b"\n", b"\r"), "published", "Harbour vote"),
    Case(
        "cp1252",
        "Vote sur le port à Genève – « déjà » 5 €\n".encode("cp1252") + article("x")[2:],
        "published",
        "Genève",
    ),
    Case(
        "mojibake",
        "Röstning om hamnen i Gävle".encode().decode("latin-1").encode() + b"\n" + article("x")[2:],
        "published",
        "Gävle",
    ),
    Case(
        "bom-mid-file",
        article("Harbour vote", "Middle \ufeff byte-order mark."),
        "published",
        "Middle",
    ),
    Case(
        "only-boilerplate",
        b"Home\nNews\nSport\nShare this article\nComments (0)\n\xc2\xa9 2025 Example\n",
        "only-boilerplate",
    ),
    Case("title-only", b"Harbour budget approved\n", "only-boilerplate"),
]

CASES = INJECTION + ENCODING
