"""The windowed mojibake check answers exactly as ftfy's full search does."""

from __future__ import annotations

import random
from pathlib import Path

from ftfy.badness import is_bad

from digestpress import mojibake
from digestpress.mojibake import has_mojibake

SAMPLES = Path(__file__).parent.parent.parent / "shared" / "samples" / "raw"
ENCODINGS = ("cp1252", "latin-1", "cp1251", "cp1250", "cp1253", "mac_roman", "cp1257")


def _texts() -> list[str]:
    folders = [Path(__file__).parent / "corpus", SAMPLES]
    texts = [
        p.read_bytes().decode("utf-8", "replace")
        for f in folders
        if f.is_dir()
        for p in sorted(f.rglob("*.txt"))
    ]
    assert len(texts) >= 5
    return texts


def test_the_installed_ftfy_has_the_shape_the_fast_path_needs() -> None:
    shape = mojibake._shape()
    assert shape is not None, "ftfy's pattern changed shape: has_mojibake falls back to is_bad"
    anchors, width = shape
    assert 2 <= width <= 16
    assert anchors.search("Ã") and not anchors.search("plain ASCII text")


def test_agrees_with_ftfy_on_clean_and_mojibaked_articles() -> None:
    texts = _texts()
    broken = [t.encode("utf-8").decode(enc, errors="replace") for t in texts for enc in ENCODINGS]
    one_line = []
    for text in texts:
        lines = text.split("\n")
        middle = len(lines) // 2
        lines[middle] = lines[middle].encode("utf-8").decode("cp1252", errors="replace")
        one_line.append("\n".join(lines))
    cases = texts + broken + one_line
    assert any(is_bad(t) for t in cases) and not all(is_bad(t) for t in cases)
    assert [has_mojibake(t) for t in cases] == [is_bad(t) for t in cases]


def test_agrees_with_ftfy_on_random_short_strings() -> None:
    """Short strings of the characters mojibake is made of, letters and spaces: matches
    start and end at every position, windows meet and overlap."""
    anchors, _ = mojibake._shape()
    pool = sorted({*anchors.pattern.strip("[]").replace("\\", ""), *"aZ .,!\n", "Рёж", "Βγ"})
    rng = random.Random(5)
    strings = ["".join(rng.choices(pool, k=rng.randint(1, 14))) for _ in range(30_000)]
    assert sum(map(is_bad, strings)) > 1000
    assert [has_mojibake(s) for s in strings] == [is_bad(s) for s in strings]


def test_agrees_with_ftfy_on_fragments_set_in_plain_text() -> None:
    """Mojibake fragments alone in ASCII text: each window must reach the whole match,
    the longest alternatives (seven characters) included."""
    rng = random.Random(11)
    broken = [t.encode("utf-8").decode("cp1252", errors="replace") for t in _texts()]
    broken.append("ГўВЂВ™s ГўВЂВњquotedГўВЂВќ")  # UTF-8 read as cp1252, then as cp1251
    cases = []
    for _ in range(20_000):
        source = rng.choice(broken)
        at = rng.randrange(len(source))
        fragment = source[at : at + rng.randint(1, 9)]
        cases.append("word " * rng.randint(0, 3) + fragment + " end" * rng.randint(0, 2))
    assert sum(map(is_bad, cases)) > 1000
    assert [has_mojibake(c) for c in cases] == [is_bad(c) for c in cases]
