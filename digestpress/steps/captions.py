"""Image captions left in the page's original language on a translated page.

A line is a foreign caption when it is not long prose, is not a quotation, uses almost
none of the article language's stop words, and lingua is confident it is in a clearly
different language. The stop-word test runs first: it is cheap and spares most lines the
detector.
"""

from __future__ import annotations

import re

from .. import langid, reasons
from ..close_languages import close
from ..model import Line
from ..shape import script_of, word_count, words
from ..stopwords import stopwords
from . import Context, Outcome, drop

MIN_WORDS = 4
MAX_WORDS = 40
STOPWORD_RATIO = 0.25  # lines of the article's language score 0.3-0.6
CONFIDENCE = 0.45  # with the article language itself below 0.02 (measured on captions)
_QUOTES = re.compile('["“”„«»‹›「」『』]')  # quoted speech may be in any language


def stopword_ratio(text: str, lang: str) -> float:
    tokens = [w.casefold() for w in words(text)]
    vocab = stopwords(lang)
    return sum(t in vocab for t in tokens) / len(tokens) if tokens and vocab else 0.0


def drop_foreign_captions(lines: list[Line], ctx: Context) -> Outcome:
    out = Outcome([])
    article_script = script_of(" ".join(line.text for line in lines[:20])[:2000])
    for line in lines:
        why = _foreign(line.text, ctx, article_script)
        if why:
            credit = _credit(line.text, ctx)
            if credit:  # "(Photo: Pixsell)" at the end: the credit is kept in metadata
                out.meta.setdefault("photo_credits", []).append(credit)
            out.removed += drop(line, reasons.CAPTION, why, "photo_credits" if credit else None)
        else:
            out.kept.append(line)
    return out


_TRAILING_PARENS = re.compile(r"\(([^()]{2,80})\)\s*\.?$")


def _credit(text: str, ctx: Context) -> str | None:
    m = _TRAILING_PARENS.search(text)
    return ctx.phrases.label_value("photo", m.group(1)) if m else None


def _without_names(text: str) -> str:
    """The line without capitalised words after the first: names are in no language."""
    tokens = words(text)
    return " ".join(tokens[:1] + [t for t in tokens[1:] if not t[:1].isupper()])


def _foreign(text: str, ctx: Context, article_script: str) -> str:
    n = word_count(text)
    if not ctx.lang or not MIN_WORDS <= n <= MAX_WORDS or _QUOTES.search(text):
        return ""
    if stopwords(ctx.lang) and stopword_ratio(text, ctx.lang) >= STOPWORD_RATIO:
        return ""
    sample = _without_names(text)
    if word_count(sample) < MIN_WORDS - 1:
        return ""  # mostly names: they tell nothing about the language
    guess = langid.guess(sample)
    if guess.confidence < CONFIDENCE or close(guess.lang, ctx.lang):
        return ""
    if guess.confidence_of(ctx.lang) > 0.02:
        return ""
    if script_of(text) == article_script and stopword_ratio(text, guess.lang) < STOPWORD_RATIO:
        return ""  # e.g. a line of names: no language's function words at all
    return f"caption in {guess.lang}, the article is in {ctx.lang}"
