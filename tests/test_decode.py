"""Decoding: every encoding an editor's scraper produces, and files that are not text."""

from __future__ import annotations

import codecs

import ftfy
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digestpress import reasons
from digestpress.decode import _FTFY, _ftfy_could_change, decode
from digestpress.model import QuarantineError

TEXT = "Räksmörgås – “citat” och Ærø, Straße, Київ, Đà Nẵng.\nAndra raden här."
LIMIT = 1_000_000


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with BOM, native order
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
    ],
    ids=["utf8", "utf8-bom", "utf16", "utf16-be", "utf16-le"],
)
def test_unicode_encodings_round_trip(data: bytes) -> None:
    assert decode(data, LIMIT).text == TEXT


def test_windows_1252_and_latin1() -> None:
    text = "Le président a déclaré à Genève : « Ça suffit ». Prix : 5 € — fin."
    assert decode(text.encode("cp1252"), LIMIT).text == text
    latin = "Übermäßig große Änderungen für Köln und Düsseldorf, sagte der Bürgermeister."
    assert decode(latin.encode("latin-1"), LIMIT).text == latin


def test_mojibake_is_repaired_but_quotes_stay_curly() -> None:
    # UTF-8 bytes read as Windows-1252 and saved again as UTF-8 (ftfy registers the codec)
    broken = "Det är “inte” så lätt".encode().decode("sloppy-windows-1252").encode()
    assert decode(broken, LIMIT).text == "Det är “inte” så lätt"


def test_line_endings_controls_and_direction_overrides() -> None:
    raw = "a\r\nb\rc\u2028d\x00e\x07f\u202eg\u2066h\ufeffi".encode()
    decoded = decode(raw, LIMIT)
    assert decoded.text == "a\nb\nc\ndefghi"
    assert any("control" in r for r in decoded.repairs)


def test_nfc_normalisation() -> None:
    assert decode("Cafe\u0301 a\u030a".encode(), LIMIT).text == "Café å"


def test_truncated_utf8_keeps_the_text() -> None:
    raw = ("Ett långt stycke text på svenska. " * 20).encode() + "å".encode()[:1]
    decoded = decode(raw, LIMIT)
    assert decoded.text.startswith("Ett långt stycke")
    assert decoded.encoding == "utf-8" and decoded.repairs


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", reasons.EMPTY),
        (b"  \n\n\t ", reasons.EMPTY),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, reasons.BINARY),
        (b"%PDF-1.7\n" + b"x" * 100, reasons.BINARY),
        (bytes(range(32)) * 100, reasons.BINARY),
        (b"a" * (LIMIT + 1), reasons.TOO_LARGE),
    ],
    ids=["empty", "blank", "png", "pdf", "controls", "too-large"],
)
def test_files_that_are_not_text_are_refused_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(QuarantineError) as info:
        decode(data, LIMIT)
    assert info.value.reason == reason and str(info.value)


# Text shaped like mojibake: UTF-8 of accented, Cyrillic and Greek letters read as
# Windows-1252/1251, with entities, controls and ligatures, spread over several lines.
_MOJIBAKE_ALPHABET = "aeÃÂÐØÙÎ ©€œ°·»–—´\xa0\xad¡²³×ГўВЂβ&;\x1b\r\x85\u2028ﬁĳ\n.,!?\"'«»„“åäöéñ"


@given(st.text(alphabet=_MOJIBAKE_ALPHABET, max_size=80))
@settings(max_examples=400, deadline=None)
def test_skipping_ftfy_never_changes_the_result(text: str) -> None:
    """normalise() skips ftfy on text it would leave alone; it must never skip a fix."""
    if not _ftfy_could_change(text):
        assert ftfy.fix_text(text, _FTFY) == text


def test_ftfy_still_repairs_a_single_mojibake_line_among_clean_ones() -> None:
    text = "Ren text på svenska.\nÃ  la carte och sÃ¥ vidare\nMer ren text."
    assert _ftfy_could_change(text)
    assert "à la carte och så vidare" in decode(text.encode(), LIMIT).text
