"""Front-matter values derived from the cleaned article: title, summary, tags, counts.

Pure functions of the cleaned blocks: nothing here reads files or the clock.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from slugify import slugify

from .dates import is_calendar_word
from .shape import WORD, ends_sentence, starts_upper
from .stopwords import stopwords
from .structure import Block

_SENTENCE = re.compile(r"(?<=[.!?…])[\"'”»)]*\s+(?=[\"'“«(]*[^\W\d_a-zà-ÿ])")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text) if s.strip()]


def clip_words(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word boundary, marked with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:–—-")
    return cut + "…"


def highlights(blocks: list[Block]) -> list[str]:
    """The author's own summary: a bullet list before any paragraph of the article."""
    for block in blocks[:3]:
        if block.kind == "list" and len(block.items) >= 2:
            return list(block.items)
        if block.kind == "paragraph" and not block.text.rstrip().endswith(":"):
            return []
    return []


def lead(blocks: list[Block]) -> str:
    for block in blocks:
        if block.kind in ("paragraph", "quote") and not block.text.rstrip().endswith(":"):
            return block.text
    return next((b.text for b in blocks if b.kind != "heading"), "")


def summary(blocks: list[Block], limit: int) -> str:
    """Whole sentences (or whole summary items) of the lead, at most `limit` characters."""
    items = highlights(blocks)
    units = (
        [i if ends_sentence(i) else i + "." for i in items] if items else sentences(lead(blocks))
    )
    out = ""
    for unit in units:
        candidate = f"{out} {unit}".strip()
        if len(candidate) > limit:
            break
        out = candidate
    return out or clip_words(units[0], limit) if units else out


def derive_title(blocks: list[Block], limit: int) -> str:
    """A title for an article whose page had none: first summary item, else first sentence."""
    items = highlights(blocks)
    first = items[0] if items else (sentences(lead(blocks)) or [""])[0]
    return clip_words(first.strip(), limit)


def word_total(blocks: list[Block]) -> int:
    return sum(len(WORD.findall(b.text)) for b in blocks)


def reading_minutes(words: int, per_minute: int) -> int:
    return max(1, math.ceil(words / per_minute))


def make_slug(title: str) -> str:
    return slugify(title, max_length=80, word_boundary=True) or "post"


_NAME_TOKEN = re.compile(r"[^\W\d_][\w.-]*(?:['’][^\W\d_]+)?", re.UNICODE)
_POSSESSIVE = re.compile(r"['’]s$|['’]$")
_CONNECTORS = frozenset(
    {"al", "bin", "da", "de", "del", "der", "di", "du", "la", "van", "von", "of"}
)


def _runs(
    sentence: str,
    stop: frozenset[str],
    lowercase: set[str],
    connectors: frozenset[str] = _CONNECTORS,
) -> list[tuple[str, ...]]:
    """Runs of adjacent capitalised words (only spaces between them) in one sentence."""
    runs: list[tuple[str, ...]] = []
    run: list[str] = []
    last_end = 0
    for position, m in enumerate(_NAME_TOKEN.finditer(sentence)):
        raw = m.group(0)
        if not run and raw[0].islower():  # most words: neither a name nor its end
            last_end = m.end()
            continue
        token = raw.strip(".-")
        if "'" in token or "’" in token:
            token = _POSSESSIVE.sub("", token)
        gap = sentence[last_end : m.start()]
        last_end = m.end()
        if run and gap.strip():  # punctuation between words ends a name
            runs.append(tuple(run))
            run = []
        folded = token.casefold()
        initial_common = position == 0 and folded in lowercase
        if token and starts_upper(token) and folded not in stop and not initial_common:
            run.append(token)
            if raw != token and raw.rstrip(".-") != token:  # a possessive ends it
                runs.append(tuple(run))
                run = []
        elif run and folded in connectors:
            run.append(folded)
        elif run:
            runs.append(tuple(run))
            run = []
    if run:
        runs.append(tuple(run))
    trimmed = (_trim(r) for r in runs)
    return [tuple(r) for r in trimmed if r]


def _trim(run: tuple[str, ...] | list[str]) -> list[str]:
    out = list(run)[:4]
    while out and not starts_upper(out[-1]):
        out.pop()
    return out


NOUN_CAPITALISING = frozenset({"de", "lb"})  # languages that capitalise every noun


def _acronym(token: str) -> bool:
    return len(token) >= 2 and token.isupper()


def salient_names(title: str, blocks: list[Block], lang: str, limit: int) -> list[str]:
    """People, places and organisations: capitalised runs that recur, longest form first.

    A capitalised word at a sentence start is skipped when the same word also appears in
    lower case, so ordinary sentence-initial words are not taken for names.
    """
    stop = stopwords(lang)
    # Where every noun is capitalised, "von", "der" join nouns, not the parts of a name.
    connectors = frozenset() if lang in NOUN_CAPITALISING else _CONNECTORS
    texts = [title] + [item for b in blocks for item in b.items]
    lowercase = {w for t in texts for w in WORD.findall(t) if w[:1].islower()}
    counts: Counter[tuple[str, ...]] = Counter()
    first_seen: dict[tuple[str, ...], int] = {}
    for text in texts:
        for sentence in sentences(text):
            for run in _runs(sentence, stop, lowercase, connectors):
                if len(run[0]) < 2 or (len(run) == 1 and is_calendar_word(run[0])):
                    continue
                counts[run] += 1
                first_seen.setdefault(run, len(first_seen))
    # "Byrådsleder Marte Haugland" is a title before a name that also stands alone.
    for run in sorted((r for r in counts if len(r) > 2), key=len, reverse=True):
        if run[1:] in counts:
            counts[run[1:]] += counts.pop(run)
    if lang in NOUN_CAPITALISING:  # there a lone capitalised word is usually a noun
        for run in [r for r in counts if len(r) == 1 and not _acronym(r[0])]:
            del counts[run]
    # "Trump" mentions count for "Donald Trump" when the longer form exists.
    longer = sorted((r for r in counts if len(r) > 1), key=lambda r: (-counts[r], -len(r)))
    for run in [r for r in counts if len(r) == 1]:
        host = next((r for r in longer if run[0] in (r[-1], r[0])), None)
        if host:
            counts[host] += counts.pop(run)
    ranked = sorted(
        (r for r, c in counts.items() if c >= 2), key=lambda r: (-counts[r], first_seen[r])
    )
    return [" ".join(r) for r in ranked[:limit]]
