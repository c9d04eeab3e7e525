"""Re-join paragraphs that the scrape broke in two.

"In a recent statement, he has" / "signalled his will…": a line that stops on a function
word of the article's language, a comma or a hyphen, or that is followed by a line
starting in lower case, is not a paragraph (nor a heading) of its own.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..dates import find_date
from ..model import Line
from ..shape import is_bullet, last_char, starts_lower, words
from ..stopwords import stopwords
from . import Context, Outcome
from .split import is_dateline

_LABELLED = re.compile(r"^[^\W\d_][^\W_]*(?: [^\W\d_]+){0,2} ?:\s")


def join_fragments(lines: list[Line], ctx: Context) -> Outcome:
    out = Outcome([])
    for line in lines:
        prev = out.kept[-1] if out.kept else None
        # The page's first line is a title or banner even when it ends on a short word.
        if prev is not None and prev is not lines[0] and _continues(prev.text, line.text, ctx.lang):
            out.kept[-1] = _join(prev, line)
        else:
            out.kept.append(line)
    return out


def _continues(prev: str, text: str, lang: str) -> bool:
    # Cheapest tests first: most lines end a sentence, and most of the rest a heading.
    end = last_char(prev)
    if end in ".!?…:;" or (not prev.rstrip()[-1:].isalnum() and prev.rstrip()[-1:] not in ",-"):
        return False  # ends a sentence, or a quotation or bracket closes it
    if not (end in ",-" or starts_lower(text)):
        tokens = words(prev)
        if len(tokens) < 3 or tokens[-1].casefold() not in _joining_words(lang):
            return False
    if is_bullet(text) or is_bullet(prev) or is_dateline(text) or find_date(prev):
        return False
    # "Photo: …", "Ort: …" stand alone
    return not (_LABELLED.match(prev) or _LABELLED.match(text))


@cache
def _joining_words(lang: str) -> frozenset[str]:
    # Short function words (articles, prepositions, auxiliaries) never end a heading.
    return frozenset(w for w in stopwords(lang) if len(w) <= 3)


def _join(a: Line, b: Line) -> Line:
    if a.text.endswith("-") and starts_lower(b.text):
        text = a.text[:-1] + b.text
    else:
        text = f"{a.text} {b.text}"
    return replace(a, text=text, numbers=a.all_numbers + b.all_numbers)
