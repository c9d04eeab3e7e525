"""Line shape: the language-independent signals the cleaner leans on.

A news page's prose is long lines ending in sentence punctuation; its chrome is short,
unpunctuated, title-like lines. These helpers measure that and nothing else.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache, lru_cache
from pathlib import Path

from .files import read_yaml

WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)
_CLOSERS = "\"'”’»›)]」』"
_OPENERS = "\"'“‘«‹„‚(「『"
_SENTENCE_END = ".!?…。！？"
BULLET = re.compile(r"^(?:[-*•·▪‣◦●○■□➢►▶✓✔]|\d{1,2}[.)])\s+(?=\S)")
DIALOGUE = re.compile(r"^[–—―]\s*(?=\S)")
URL = re.compile(r"\bhttps?://[^\s<>\"']+|\bwww\.[^\s<>\"']+", re.IGNORECASE)
# A host name: labels, then a country code or one of the generic top-level domains news
# sites use ("gnp.exe" in a headline is not a site).
_TLDS = "com|net|org|info|biz|news|online|site|blog|media|press|live|today|world|io|tv|eu|asia"
DOMAIN = re.compile(rf"\b[^\W_][\w-]{{0,62}}(?:\.[\w-]{{1,63}})*\.(?:[a-z]{{2}}|{_TLDS})\b", re.I)
COUNTER = re.compile(r"^\D{1,40}?[(\[]\s*\d+\s*[)\]]$|^\d+\s+\w+$")


def words(text: str) -> list[str]:
    return WORD.findall(text)


@lru_cache(maxsize=1 << 16)
def word_count(text: str) -> int:
    """Words in a line; cached, since every step asks about the same lines."""
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
    for ch, n in Counter(text).items():  # each distinct character named once
        if not ch.isalpha():
            continue
        name = "LATIN" if ch.isascii() else unicodedata.name(ch, "").split(" ")[0]
        if name:
            counts[name] = counts.get(name, 0) + n
    return max(counts, key=counts.__getitem__) if counts else ""


def fingerprint(text: str) -> str:
    """Case-, punctuation- and space-insensitive key for duplicate detection."""
    return " ".join(w.casefold() for w in WORD.findall(text))


_DOUBLED = re.compile(r"^(?P<x>.{3,}?)\s*(?P=x)$")


def undouble(text: str) -> str:
    """'Daily NewsDaily News' → 'Daily News' (logo alt text glued to the name)."""
    m = _DOUBLED.match(text)
    return m.group("x").strip() if m else text


_NAME_TOKEN = re.compile(r"^(?:[^\W\d_]\.|[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*)$")


def looks_like_person(text: str) -> bool:
    """'Anna Berg', 'Kovács Anna', 'J. R. Smith': 2-4 capitalised name tokens, nothing else."""
    tokens = text.split()
    if not 2 <= len(tokens) <= 4:
        return False
    for token in tokens:
        if not _NAME_TOKEN.match(token) or not token[:1].isupper():
            return False
        if len(token) > 2 and token.isupper():  # ACRONYMS are organisations
            return False
    return not any(t.casefold().strip(".") in publisher_words() for t in tokens)


@cache
def publisher_words() -> frozenset[str]:
    path = Path(__file__).parent / "data" / "publishers.yaml"
    return frozenset(str(w).casefold() for w in read_yaml(path)["words"])


def is_handle(text: str) -> bool:
    """A social media handle on its own ('@KerryWalshNews')."""
    return re.fullmatch(r"@[\w.]{2,30}", text.strip()) is not None


# '>' and '/' only count between spaces: inside words they are tags, paths or dates.
_MENU_SEPARATORS = re.compile(r"\s*[›»|·•]\s*|\s+[>/]\s+")
_DASHES = re.compile(r"\s+[-–—]\s+")


def is_menu_shaped(text: str) -> bool:
    """Breadcrumbs and menus: 'Home › World › Europe', 'Ziņas | Ekonomika', 'A – B – C'.

    Two short parts around a dash are a headline ('Record month – headache for Putin');
    a menu needs a menu separator, or three dash-separated parts.
    """
    if ends_sentence(text):
        return False
    for separator, least in ((_MENU_SEPARATORS, 2), (_DASHES, 3)):
        parts = [p for p in separator.split(text) if p.strip()]
        if len(parts) >= least and all(word_count(p) <= 3 for p in parts):
            return True
    return False


def is_kicker(text: str) -> bool:
    """A rubric above a title: one word, or a few words in capitals ('EXCLUSIVE')."""
    n = word_count(text)
    letters = [c for c in text if c.isalpha()]
    return n == 1 or (n <= 4 and bool(letters) and all(c.isupper() for c in letters))


_TAGLINE = re.compile(r"\s+[-–—|:]{1,2}\s+|\s*\|\s*")


def is_site_name(text: str) -> bool:
    """'Nyhetskollen – dagens viktigaste nyheter', 'Dagbladet.no | Nyheter': a name with a
    tagline, naming itself a news site (a domain, or a word such as news, blog, Zeitung)."""
    if not _TAGLINE.search(text) or ends_sentence(text):
        return False
    if DOMAIN.search(text):
        return True
    return any(w.casefold() in publisher_words() for w in words(text))
