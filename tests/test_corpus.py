"""Our own multilingual corpus (tests/corpus): every file meets its expectations."""

from __future__ import annotations

import json

import pytest

from digestpress import clean_bytes
from digestpress.pipeline import check_accounting

from .conftest import CORPUS
from .expectations import problems

EXPECTED = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))["files"]


def test_corpus_is_broad() -> None:
    langs = {a["lang"] for f in EXPECTED.values() for a in f["articles"]}
    assert len(EXPECTED) >= 25 and len(langs) >= 10, (len(EXPECTED), sorted(langs))
    assert sorted(p.name for p in (CORPUS / "raw").iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_file(name: str) -> None:
    result = clean_bytes((CORPUS / "raw" / name).read_bytes(), name)
    assert problems(result, EXPECTED[name]) == []
    assert check_accounting(result) == []
