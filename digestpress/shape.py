"""Line shape: the language-independent signals the cleaner leans on.

A news page's prose is long lines ending in sentence punctuation; its chrome is short,
unpunctuated, title-like lines. These helpers measure that and nothing else.
"""

from __future__ import annotations

import re
import unicodedata

WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)
_CLOSERS = "\"'”’»›)]」』"
_OPENERS = "\"'“‘«‹„‚(「『"
_SENTENCE_END = ".!?…。！？"
BULLET = re.compile(r"^(?:[-*•·▪‣◦●○■□➢►▶✓✔]|\d{1,2}[.)])\s+(?=\S)")
DIALOGUE = re.compile(r"^[–—―]\s*(?=\S)")
URL = re.compile(r"\bhttps?://[^\s<>\"']+|\bwww\.[^\s<>\"']+", re.IGNORECASE)
DOMAIN = re.compile(r"\b[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63})*\.[a-z]{2,12}\b", re.I)
COUNTER = re.compile(r"^\D{1,40}?[(\[]\s*\d+\s*[)\]]$|^\d+\s+\w+$")


def words(text: str) -> list[str]:
    return WORD.findall(text)


def word_count(text: str) -> int:
    return len(WORD.findall(text))


def has_letters(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def last_char(text: str) -> str:
    """The last character that is not a closing quote or bracket."""
    stripped = text.rstrip().rstrip(_CLOSERS).rstrip()
    return stripped[-1:] if stripped else ""


def ends_sentence(text: str) -> bool:
    return last_char(text) in _SENTENCE_END


def is_prose(text: str) -> bool:
    """A paragraph of running text, as opposed to a title, label, menu or link.

    Questions only count when long: short question lines are typically teaser titles.
    """
    n = word_count(text)
    end = last_char(text)
    if n >= 25:
        return True
    if end == "?" or end == "？":
        return n >= 15
    return n >= 10 and end in _SENTENCE_END


def is_bullet(text: str) -> bool:
    return BULLET.match(text) is not None


def strip_bullet(text: str) -> str:
    return BULLET.sub("", text, count=1)


def is_quoted(text: str) -> bool:
    """The whole line is one quotation."""
    t = text.strip()
    return len(t) > 2 and t[0] in _OPENERS and t[-1] in _CLOSERS


def starts_upper(text: str) -> bool:
    for ch in text:
        if ch.isalpha():
            return ch.isupper() or not ch.islower()  # scripts without case count as upper
        if ch.isdigit():
            return True
    return False


def starts_lower(text: str) -> bool:
    for ch in text:
        if ch.isalpha():
            return ch.islower()
        if not (ch in _OPENERS or ch.isspace()):
            return False
    return False


def is_title_like(text: str, max_words: int = 20) -> bool:
    """Short, starts with a capital (or digit/quote), no sentence-final full stop."""
    n = word_count(text)
    return (
        1 <= n <= max_words
        and len(text) <= 200
        and not is_bullet(text)
        and last_char(text) not in ".,;:"
        and starts_upper(text)
    )


def script_of(text: str) -> str:
    """The dominant Unicode script family of the letters in `text` (LATIN, CYRILLIC, …)."""
    counts: dict[str, int] = {}
    for ch in text:
        if ch.isalpha():
            try:
                name = unicodedata.name(ch).split(" ")[0]
            except ValueError:
                continue
            counts[name] = counts.get(name, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else ""


def fingerprint(text: str) -> str:
    """Case-, punctuation- and space-insensitive key for duplicate detection."""
    return " ".join(w.casefold() for w in WORD.findall(text))


_DOUBLED = re.compile(r"^(?P<x>.{3,}?)\s*(?P=x)$")


def undouble(text: str) -> str:
    """'Daily NewsDaily News' → 'Daily News' (logo alt text glued to the name)."""
    m = _DOUBLED.match(text)
    return m.group("x").strip() if m else text
