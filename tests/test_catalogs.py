"""UI catalogs: complete for every shipped language, placeholders intact, CLDR plurals."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "theme" / "translations"
REQUIRED = ["en", "sv", "nb", "da", "de", "fi", "fr", "nl", "pl", "es", "uk"]


def template_ids() -> set:
    with (TRANSLATIONS / "messages.pot").open("rb") as handle:
        return {m.id if isinstance(m.id, str) else tuple(m.id) for m in read_po(handle) if m.id}


def test_template_is_up_to_date() -> None:
    """messages.pot holds every string the templates and plugins mark (run `make translations`)."""
    import tempfile

    from babel.messages.frontend import CommandLineInterface

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "fresh.pot"
        CommandLineInterface().run(
            [
                "pybabel",
                "-q",
                "extract",
                "-F",
                str(ROOT / "theme" / "babel.cfg"),
                "-o",
                str(out),
                "--no-location",
                "--omit-header",
                "-k",
                "_",
                "-k",
                "gettext",
                "-k",
                "ngettext:1,2",
                str(ROOT),
            ]
        )
        with out.open("rb") as handle:
            fresh = {
                m.id if isinstance(m.id, str) else tuple(m.id) for m in read_po(handle) if m.id
            }
    assert fresh == template_ids()


@pytest.mark.parametrize("lang", REQUIRED)
def test_catalog_is_complete(lang: str) -> None:
    path = TRANSLATIONS / lang / "LC_MESSAGES" / "messages.po"
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=lang)
    ids = {m.id if isinstance(m.id, str) else tuple(m.id) for m in catalog if m.id}
    assert ids == template_ids(), "run `make translations` and translate the new messages"
    untranslated = [
        m.id
        for m in catalog
        if m.id and not all(m.string if isinstance(m.string, tuple) else (m.string,))
    ]
    assert untranslated == []
    fuzzy = [m.id for m in catalog if m.id and m.fuzzy]
    assert fuzzy == []
    problems = [(m.id, errors) for m, errors in catalog.check() if errors]
    assert problems == []
    assert catalog.num_plurals == get_plural(lang).num_plurals
