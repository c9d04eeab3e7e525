"""Raw bytes → clean Unicode text, or a clear reason why not.

Scraped files arrive in whatever encoding the scraper's platform used. Order of trust:
a byte-order mark, then strict UTF-8 (by far the most common), then UTF-8 with a few
broken bytes (truncated downloads), then charset-normalizer's statistical guess. ftfy then
repairs mojibake (UTF-8 read as Windows-1252, twice-encoded text) without touching quotes.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass, field

import ftfy
from charset_normalizer import from_bytes
from ftfy import chardata

from . import reasons
from .model import QuarantineError
from .mojibake import has_mojibake

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# File signatures of formats an editor may drop into the inbox by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF document"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive (docx/xlsx/odt?)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "executable"),
    (b"RIFF", "RIFF media file"),
    (b"\xd0\xcf\x11\xe0", "legacy Office document"),
)

# Direction overrides and isolates can reorder what a reader sees (Trojan Source); the
# byte-order mark and non-characters have no meaning inside text. ZWJ/ZWNJ are kept: they
# are needed by Persian, Indic scripts and emoji.
_INVISIBLE = re.compile("[\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff\u200b\u00ad\ufffd]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LINE_BREAKS = re.compile(r"\r\n|\r|[\u2028\u2029\x85\x0b\x0c]")

_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, fix_character_width=False, explain=False)
# Every character one of ftfy's enabled fixers acts on besides mojibake: entities, terminal
# escapes, C1 and other control characters, ligatures, odd line breaks, surrogates. ftfy
# fixes line by line, at ~70 µs a line even when nothing is wrong; a text with none of
# these and no mojibake (ftfy's own `is_bad`, line-anchored part included) is returned
# unchanged, so it need not go through ftfy at all.
_FTFY_WORK = re.compile(
    "["
    + re.escape("".join(map(chr, {*chardata.CONTROL_CHARS, *chardata.LIGATURES})))
    + "&\x1b\r\x80-\x9f\u2028\u2029\ud800-\udfff]|^[ÃÂ] ",
    re.M,
)


@dataclass(slots=True)
class Decoded:
    text: str
    encoding: str
    repairs: list[str] = field(default_factory=list)


def too_large(size: int, limit: int) -> str:
    return f"{size:,} bytes; the limit is {limit:,} (max_bytes)"


def decode(data: bytes, max_bytes: int) -> Decoded:
    """Decode `data` or raise `QuarantineError` naming what is wrong with the file."""
    if len(data) > max_bytes:
        raise QuarantineError(reasons.TOO_LARGE, too_large(len(data), max_bytes))
    if not data.strip():
        raise QuarantineError(reasons.EMPTY, "the file has no text")
    text, encoding, repairs = _to_unicode(data)
    return Decoded(normalise(text, repairs), encoding, repairs)


def _to_unicode(data: bytes) -> tuple[str, str, list[str]]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec, []
            except UnicodeDecodeError as exc:
                raise QuarantineError(
                    reasons.UNDECODABLE, f"starts with a {codec} byte-order mark but {exc}"
                ) from exc
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise QuarantineError(reasons.BINARY, f"this is a {kind}, not text")
    bom_less = _utf16_without_bom(data)
    if bom_less:
        return (
            data.decode(bom_less, errors="replace"),
            bom_less,
            [f"decoded as {bom_less} (no BOM)"],
        )
    if _looks_binary(data):
        raise QuarantineError(reasons.BINARY, "more than 10% control bytes: not a text file")
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    loose = data.decode("utf-8", errors="replace")
    bad = loose.count("\ufffd")
    if bad <= max(2, len(loose) // 500) and _mostly_multibyte_utf8(data):
        return loose, "utf-8", [f"dropped {bad} invalid UTF-8 byte sequence(s)"]
    encoding = _guess_legacy(data)
    try:
        return data.decode(encoding), encoding, [f"decoded as {encoding}"]
    except (UnicodeDecodeError, LookupError) as exc:
        raise QuarantineError(reasons.UNDECODABLE, str(exc)) from exc


# Among equally plausible single-byte guesses, the web's most common legacy encodings win.
_PREFERRED = ("cp1252", "iso8859_15", "latin_1")


def _guess_legacy(data: bytes) -> str:
    matches = list(from_bytes(data[:1_000_000]))
    if not matches or matches[0].encoding is None:
        raise QuarantineError(reasons.UNDECODABLE, "no text encoding fits these bytes")
    best = matches[0]
    ties = {
        m.encoding
        for m in matches
        if m.chaos <= best.chaos + 0.025 and m.coherence >= best.coherence - 0.01
    }
    return next((e for e in _PREFERRED if e in ties), best.encoding)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text of a Latin-script language has a NUL in every other byte."""
    head = data[:4096]
    if len(head) < 16 or len(head) % 2:
        return None
    even, odd = head[0::2], head[1::2]
    for zeros, name in ((odd, "utf-16-le"), (even, "utf-16-be")):
        others = even if zeros is odd else odd
        if zeros.count(0) > 0.9 * len(zeros) and others.count(0) < 0.05 * len(others):
            return name
    return None


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(head) // 10


def _mostly_multibyte_utf8(data: bytes) -> bool:
    """True when the bytes hold valid UTF-8 multi-byte sequences (so errors are damage)."""
    return re.search(rb"[\xc2-\xf4][\x80-\xbf]", data) is not None or max(data) < 0x80


def _ftfy_could_change(text: str) -> bool:
    # Mojibake is made of non-ASCII characters: ASCII text skips ftfy's badness search.
    return _FTFY_WORK.search(text) is not None or (not text.isascii() and has_mojibake(text))


def normalise(text: str, repairs: list[str]) -> str:
    """Repair mojibake, unify line breaks, drop controls and invisible marks, NFC."""
    fixed = ftfy.fix_text(text, _FTFY) if _ftfy_could_change(text) else text
    if fixed != text:
        repairs.append("repaired mojibake or broken characters (ftfy)")
    fixed = _LINE_BREAKS.sub("\n", fixed)
    fixed = fixed.replace("\t", " ")
    cleaned = _INVISIBLE.sub("", _CONTROL.sub("", fixed))
    if len(cleaned) != len(fixed):
        repairs.append(f"removed {len(fixed) - len(cleaned)} control or invisible character(s)")
    return unicodedata.normalize("NFC", cleaned)
