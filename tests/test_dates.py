"""Calendar names: the shipped table is Babel's, for the configured locales."""

from __future__ import annotations

import json

from digestpress import dates


def test_shipped_calendar_names_are_babels() -> None:
    shipped = json.loads(dates.NAMES_FILE.read_text(encoding="utf-8"))
    assert shipped == dates.derive_names(), (
        "data/calendar_names.json is stale: run `python -m digestpress.dates`"
    )


def test_month_and_weekday_names_in_many_languages() -> None:
    assert dates.find_date("14 березня 2025").date.isoformat() == "2025-03-14"
    assert dates.find_date("14. marca 2025").date.month == 3
    assert dates.is_calendar_word("Montag") and dates.is_calendar_word("czwartek")
    assert not dates.is_calendar_word("Stockholm")
