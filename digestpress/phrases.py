"""Per-language boilerplate vocabulary, loaded from `data/phrases/*.yaml`.

All languages are merged into one matcher per category: boilerplate is often in another
language than the article it surrounds. See `data/phrases/README.md` for the categories.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .files import read_yaml

DATA_DIR = Path(__file__).parent / "data" / "phrases"
CATEGORIES = (
    "comment",
    "read_also",
    "related",
    "share",
    "subscribe",
    "cookie",
    "advert",
    "photo",
    "byline",
    "source",
    "location",
    "dateline",
    "navigation",
    "copyright",
    "reading_time",
    "embed",
    "author_bio",
    "contact",
    "paywall",
    "reader",
)
PROMPTS = ("comment", "share", "subscribe", "cookie")


_SEPARATOR = re.compile(r"\s*[:：|–—-]\s*|\s+")


@dataclass(frozen=True, slots=True)
class Phrases:
    """Compiled matchers, one per category. `labels` match at line start only."""

    anywhere: dict[str, re.Pattern[str]]
    prefix: dict[str, re.Pattern[str]]
    whole: dict[str, re.Pattern[str]]
    prompts: re.Pattern[str]  # PROMPTS in one pass, a named group per category

    def prompt_category(self, text: str) -> str | None:
        """The first prompt category (comment, share, subscribe, cookie) in `text`."""
        m = self.prompts.search(text)
        return m.lastgroup if m else None

    def contains(self, category: str, text: str) -> bool:
        return self.anywhere[category].search(text) is not None

    def starts_with(self, category: str, text: str) -> bool:
        """The line opens with the phrase as a whole word ("Lecture 4 min", not "Lectures")."""
        m = self.prefix[category].match(text)
        return m is not None and not text[m.end() : m.end() + 1].isalnum()

    def label_value(self, category: str, text: str) -> str | None:
        """The value after a leading label ("Foto: X", "Av X", "OrtHamburg"), else None.

        A label glued to its value (text copied from a two-column layout) counts when a
        capital follows the label's last, lower-case letter ("OrtKursk", not "PORTUGAL").
        """
        m = self.prefix[category].match(text)
        if not m:
            return None
        rest = text[m.end() :]
        sep = _SEPARATOR.match(rest)
        if sep and sep.end() > 0:
            value = rest[sep.end() :]
        elif rest[:1].isupper() and m.group(0)[-1:].islower() and text[:1].isupper():
            value = rest
        else:
            return None
        value = value.strip(" .,;:|–—-")
        return value or None

    def is_only(self, category: str, text: str) -> bool:
        return self.whole[category].fullmatch(text) is not None


def load_vocabulary(directory: Path = DATA_DIR) -> dict[str, list[str]]:
    """Merge every language file into category → phrases (longest first)."""
    merged: dict[str, set[str]] = {c: set() for c in CATEGORIES}
    for path in sorted(directory.glob("*.yaml")):
        data = read_yaml(path) or {}
        unknown = set(data) - set(CATEGORIES) - {"lang"}
        if unknown:
            raise ValueError(f"{path}: unknown categories {sorted(unknown)}; see README.md")
        for category in CATEGORIES:
            for phrase in data.get(category) or []:
                phrase = str(phrase).strip().lower()  # not casefold: "ß" must stay "ß"
                if phrase:
                    merged[category].add(phrase)
    return {c: sorted(v, key=lambda p: (-len(p), p)) for c, v in merged.items()}


INFLECTION_MIN = 5  # shorter phrases match exactly: "abo" must not match "above"


def _alternation(phrases: list[str], inflect: bool = False) -> str:
    """Phrases as a regex alternation folded into a prefix trie; spaces match any
    whitespace. With `inflect`, phrases of INFLECTION_MIN or more characters also match
    with up to three more letters ("newsletteru", "kommentarer").

    A flat alternation of a few hundred phrases makes the regex engine try every phrase
    at every position of every line; the trie tries one branch per character, which made
    the cleaner's phrase searches 3-10x faster with the same matches. Longer phrases are
    tried before a shorter one ending at the same place, as in a longest-first list."""
    root: dict = {}
    for phrase in phrases:
        node = root
        for index, word in enumerate(phrase.split()):
            if index:
                node = node.setdefault(" ", {})
            for ch in word:
                node = node.setdefault(ch, {})
        end = r"\w{0,3}" if inflect and len(phrase) >= INFLECTION_MIN else ""
        node[""] = max(node.get("", ""), end, key=len)
    return _trie_pattern(root) if root else r"(?!x)x"


def _trie_pattern(node: dict) -> str:
    branches = [
        (r"\s+" if key == " " else re.escape(key)) + _trie_pattern(child)
        for key, child in sorted(node.items())
        if key
    ]
    if "" in node:
        branches.append(node[""])
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


class _OnFirstUse(dict):
    """category → compiled pattern, compiled when first asked for. Compiling all sixty
    up front took ~0.45 s of every cleaning process's start; a run uses about half."""

    def __init__(self, make: Callable[[str], re.Pattern[str]]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, category: str) -> re.Pattern[str]:
        if category not in CATEGORIES:
            raise KeyError(category)
        pattern = self[category] = self._make(category)
        return pattern


_SEPARATORS = r"[\s|·•/>»,:;()\[\]-]*"


@cache
def phrases() -> Phrases:
    vocab = load_vocabulary()

    @cache
    def alt(category: str) -> str:
        return _alternation(vocab[category])

    @cache
    def inflected(category: str) -> str:
        return _alternation(vocab[category], inflect=True)

    groups = "|".join(rf"(?P<{c}>{inflected(c)})" for c in PROMPTS)
    return Phrases(
        anywhere=_OnFirstUse(lambda c: re.compile(rf"(?<!\w)(?:{inflected(c)})(?!\w)", re.I)),
        prefix=_OnFirstUse(lambda c: re.compile(rf"(?:{alt(c)})", re.I)),
        whole=_OnFirstUse(
            lambda c: re.compile(rf"{_SEPARATORS}(?:(?:{inflected(c)}){_SEPARATORS})+", re.I)
        ),
        prompts=re.compile(rf"(?<!\w)(?:{groups})(?!\w)", re.I),
    )
