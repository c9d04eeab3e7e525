"""File-level steps: what surrounds the articles on the scraped page."""

from __future__ import annotations

from .. import langid, reasons
from ..close_languages import close
from ..dates import is_pure_date
from ..model import Line
from ..shape import DOMAIN, has_letters, is_prose, word_count
from . import Context, Outcome, drop
from .captions import STOPWORD_RATIO, stopword_ratio
from .labels import labelled_field
from .split import is_dateline

BANNER_ZONE = 3  # a site banner sits in the first lines of the page


def drop_noise(lines: list[Line], ctx: Context) -> Outcome:
    """Lines with no letter or digit ("." , "***", "|") carry nothing."""
    out = Outcome([])
    for line in lines:
        if has_letters(line.text):
            out.kept.append(line)
        else:
            out.removed += drop(line, reasons.NOISE, "no letters or digits")
    return out


def drop_banner(lines: list[Line], ctx: Context) -> Outcome:
    """Site name lines above the article: a domain name, or a line in another language.

    Only the first few lines are examined and scanning stops at the first line that is not
    a banner, so a title is never taken for one.
    """
    out = Outcome([])
    index = 0
    while index < min(BANNER_ZONE, len(lines)):
        line = lines[index]
        following = lines[index + 1].text if index + 1 < len(lines) else ""
        if is_prose(following) or is_dateline(following):
            break  # the line right above the text or its date line is the title
        why = _banner_reason(line.text, ctx)
        if not why:
            break
        out.removed += drop(line, reasons.BANNER, why)
        index += 1
    out.kept = lines[index:]
    return out


def _banner_reason(text: str, ctx: Context) -> str:
    if is_prose(text) or word_count(text) > 14 or is_pure_date(text):
        return ""
    if labelled_field(text, ctx) is not None:
        return ""  # "Source: https://…" above the title is metadata, not a banner
    if ctx.phrases.is_only("navigation", text):
        return "site menu"
    if DOMAIN.search(text) and not text.rstrip().endswith((".", "!", "?")):
        return "site name with domain"
    if word_count(text) >= 3 and ctx.lang and stopword_ratio(text, ctx.lang) < STOPWORD_RATIO:
        guess = langid.guess(text)
        if guess.confidence >= 0.8 and not close(guess.lang, ctx.lang):
            return f"site line in another language ({guess.lang}) than the page ({ctx.lang})"
    return ""
