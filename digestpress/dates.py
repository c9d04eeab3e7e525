"""Find calendar dates in short lines, in many languages.

Month and weekday names come from Babel's CLDR data (wide and abbreviated, format and
stand-alone forms: that covers genitives such as Ukrainian "березня" or Polish "marca").
A compiled regex over those names is ~100× faster than dateparser per line and, unlike
dateparser's fuzzy search, never invents a date from a stray number. Numeric forms
(2025-03-14, 2025 03 14, 14.03.2025, 14/03/2025) are matched directly.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import babel
from babel import Locale, UnknownLocaleError
from babel.dates import get_day_names, get_month_names

# Locales whose month names are recognised; CLDR has them all, this bounds the regex size.
LOCALES = [
    "en",
    "sv",
    "nb",
    "nn",
    "da",
    "is",
    "fi",
    "de",
    "nl",
    "fr",
    "it",
    "es",
    "ca",
    "pt",
    "pl",
    "cs",
    "sk",
    "sl",
    "hr",
    "sr_Latn",
    "bs",
    "ro",
    "hu",
    "et",
    "lv",
    "lt",
    "uk",
    "ru",
    "be",
    "bg",
    "el",
    "tr",
    "vi",
    "id",
    "ms",
    "ga",
    "cy",
    "eu",
    "gl",
    "sq",
    "mk",
]


@dataclass(frozen=True, slots=True)
class DateHit:
    date: dt.date
    time: dt.time | None
    start: int
    end: int

    def rest(self, text: str) -> str:
        """The line without the date and time."""
        return (text[: self.start] + " " + text[self.end :]).strip()


def _forms(names: dict[int, str]) -> dict[str, int]:
    out = {}
    for number, name in names.items():
        name = name.casefold().rstrip(".")
        if len(name) >= 3 or (name.isalpha() and len(name) >= 2 and not name.isascii()):
            out[name] = number
    return out


NAMES_FILE = Path(__file__).parent / "data" / "calendar_names.json"


def derive_names() -> dict:
    """LOCALES' month names (name → number; the first locale in LOCALES wins a clash,
    rare: hr/pl) and weekday names, from Babel's CLDR data. Loading 41 locales takes
    ~0.3 s, so the result ships as NAMES_FILE; `python -m digestpress.dates` rewrites it
    and a test checks it against Babel."""
    months: dict[str, int] = {}
    weekdays: set[str] = set()
    for code in LOCALES:
        try:
            Locale.parse(code)
        except (UnknownLocaleError, ValueError):
            continue
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for name, number in _forms(get_month_names(width, context, code)).items():
                    months.setdefault(name, number)
            weekdays.update(
                n.casefold().rstrip(".") for n in get_day_names(width, locale=code).values()
            )
    return {
        "babel": babel.__version__,
        "locales": LOCALES,
        "months": months,
        "weekdays": sorted(weekdays),
    }


@cache
def _names() -> dict:
    """NAMES_FILE, or Babel's data itself when the file is missing or was made from
    other locales or another Babel version."""
    try:
        data = json.loads(NAMES_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    if data.get("babel") != babel.__version__ or data.get("locales") != LOCALES:
        data = derive_names()
    return data


def _month_table() -> dict[str, int]:
    return _names()["months"]


@cache
def _weekday_alternation() -> str:
    names = _names()["weekdays"]
    return "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)) if len(n) >= 2)


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    months = "|".join(
        re.escape(m).replace(r"\ ", r"\s+")
        for m in sorted(_month_table(), key=lambda m: (-len(m), m))
    )
    month = rf"(?P<month>{months})\.?"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|\.|-?го|-?е|er|º|°)?"
    year = r"(?P<year>(?:19|20)\d\d)"
    b, e = r"(?<![\d.])", r"(?![\w])"
    return (
        re.compile(
            rf"{b}(?P<year>(?:19|20)\d\d)[-./ ](?P<month>[01]?\d)[-./ ](?P<day>[0-3]?\d){e}"
        ),
        re.compile(rf"{b}(?P<day>[0-3]?\d)[./-](?P<month>[01]?\d)[./-](?P<year>(?:19|20)\d\d){e}"),
        re.compile(rf"{b}(?P<day>[0-3]?\d)\.\s(?P<month>[01]?\d)\.\s?(?P<year>(?:19|20)\d\d){e}"),
        re.compile(
            rf"{b}{day}\s*(?:de\s+|of\s+)?{month}\s*,?\s*(?:de\s+)?{year}(?:\s*[rгр]\.?)?{e}", re.I
        ),
        re.compile(rf"{b}{month}\s+{day},?\s+{year}{e}", re.I),
        re.compile(rf"{b}{year}\.?\s+(?:m\.\s+)?{month}\s+{day}(?:\s*d\.)?{e}", re.I),
        re.compile(rf"{b}{year}\.?\s+(?:gada|godine|m\.)\s+{day}\s*{month}{e}", re.I),
        re.compile(
            r"(?P<year>(?:19|20)\d\d)\s*[年년]\s*(?P<month>[01]?\d)\s*[月월]\s*(?P<day>[0-3]?\d)\s*[日일]?"
        ),
    )


_YEAR = re.compile(r"(?:19|20)\d\d")
_TIME = re.compile(
    r"(?<![\d:.])(?P<h>[01]?\d|2[0-3])[:.h](?P<m>[0-5]\d)(?![\d:])(?:\s*(?P<ampm>[ap]\.?m\.?))?"
    r"(?:\s*(?:uhr|hrs|hod|val|godz|h)\b\.?)?",
    re.I,
)


def find_date(text: str) -> DateHit | None:
    """The first full date (day, month, year) in `text`, with a time right after it."""
    if _YEAR.search(text) is None:  # cheap filter: every pattern needs a year
        return None
    best: DateHit | None = None
    for pattern in _patterns():
        for m in pattern.finditer(text):
            date = _to_date(m)
            if date is None:
                continue
            if best is None or m.start() < best.start:
                best = DateHit(date, None, m.start(), m.end())
            break
    if best is None:
        return None
    return _with_time(text, best)


def _to_date(m: re.Match[str]) -> dt.date | None:
    raw_month = m.group("month")
    month = (
        int(raw_month)
        if raw_month.isdigit()
        else _month_table().get(re.sub(r"\s+", " ", raw_month.casefold()).rstrip("."))
    )
    if month is None:
        return None
    day, year = int(m.group("day")), int(m.group("year"))
    try:
        return dt.date(year, month, day)
    except ValueError:
        if raw_month.isdigit():  # US order: 03/14/2025
            try:
                return dt.date(year, day, month)
            except ValueError:
                return None
        return None


def _with_time(text: str, hit: DateHit) -> DateHit:
    """Attach the time written right after the date ("…2025 14:05", "… kl. 08.15") or
    right before it ("09:14, 18 Aug 2025")."""
    after = _TIME.search(text[hit.end : hit.end + 24])
    if after and after.start() <= 8:
        return DateHit(hit.date, _clock(after), hit.start, hit.end + after.end())
    window = max(0, hit.start - 12)
    before = ([*_TIME.finditer(text[window : hit.start])] or [None])[-1]
    if before and not text[window + before.end() : hit.start].strip(" ,|–-"):
        return DateHit(hit.date, _clock(before), window + before.start(), hit.end)
    return hit


def _clock(m: re.Match[str]) -> dt.time:
    hour = int(m.group("h"))
    ampm = (m.group("ampm") or "").lower()
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    return dt.time(hour, int(m.group("m")))


_PUNCT = r"[\s,|·•/:;()\[\]–—-]*"
# What may surround a date on a pure date line: separators and the word for "at" (time).
_FILLER = re.compile(
    rf"^{_PUNCT}(?:(?:kl|klo|kello|um|at|à|a las|alle|ore|om|godz|saat|o|в|об|о)\.?{_PUNCT})?$",
    re.I,
)


def weekday_free(text: str) -> str:
    """`text` with weekday names removed (they decorate datelines)."""
    return re.sub(rf"(?<!\w)(?:{_weekday_alternation()})\.?(?!\w)", " ", text, flags=re.I)


def is_pure_date(text: str) -> DateHit | None:
    """The date when `text` is nothing but a date (and time, weekday, separators)."""
    hit = find_date(text)
    if hit is None:
        return None
    rest = weekday_free(hit.rest(text))
    return hit if _FILLER.match(rest) else None


@cache
def _calendar_words() -> frozenset[str]:
    return frozenset([*_month_table(), *(n for n in _names()["weekdays"] if len(n) >= 2)])


def is_calendar_word(word: str) -> bool:
    """Month or weekday name in any supported language ("February", "marca", "Montag")."""
    return word.casefold().rstrip(".") in _calendar_words()


def strip_dates(text: str) -> str:
    """`text` without any of its dates and times ("Published 09:14, 18 Aug 2025")."""
    for _ in range(4):
        hit = find_date(text)
        if hit is None:
            break
        text = hit.rest(text)
    return _TIME_ANYWHERE.sub(" ", text)


_TIME_ANYWHERE = re.compile(
    r"(?<![\d:.])(?:[01]?\d|2[0-3])[:.h][0-5]\d(?![\d:])(?:\s*(?:[ap]\.?m\.?|uhr|hrs|ist|cet|cest|utc|gmt|eet|eest))?",
    re.I,
)


def main() -> int:
    """Rewrite NAMES_FILE from Babel (after changing LOCALES or upgrading Babel)."""
    text = json.dumps(derive_names(), ensure_ascii=False, indent=0, sort_keys=False)
    NAMES_FILE.write_text(text + "\n", encoding="utf-8")
    print(f"written: {NAMES_FILE}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
