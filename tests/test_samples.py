"""The five real sample files meet a careful editor's expectations (expected.json)."""

from __future__ import annotations

import json

import pytest

from digestpress import clean_bytes
from digestpress.ingest import folder_date
from digestpress.pipeline import check_accounting

from .conftest import RAW, raw_sample, samples_expected_path
from .expectations import problems

EXPECTED = json.loads(samples_expected_path().read_text(encoding="utf-8"))["files"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_meets_expectations(name: str) -> None:
    path = raw_sample(name)
    result = clean_bytes(path.read_bytes(), path.relative_to(RAW).as_posix(), folder_date(path))
    assert problems(result, EXPECTED[name]) == []
    assert check_accounting(result) == []


def test_every_sample_is_shipped_in_a_day_folder() -> None:
    for name in EXPECTED:
        path = raw_sample(name)
        assert folder_date(path) is not None, f"{path} is not in a YYYY-MM-DD folder"


def test_undated_articles_take_the_folder_date() -> None:
    for name, spec in EXPECTED.items():
        path = raw_sample(name)
        result = clean_bytes(path.read_bytes(), name, folder_date(path))
        for post, want in zip(result.posts, spec["articles"], strict=True):
            if want["date"] is None:
                assert post.meta["date_source"] == "folder"
                assert post.meta["date"][:10] == folder_date(path).isoformat()
