"""Shared fixtures: paths, the sample expectations, and a cleaning helper."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "raw"
CORPUS = Path(__file__).resolve().parent / "corpus"


def samples_expected_path() -> Path:
    """The reference expectations: ../shared when present (authoritative), else our copy."""
    for candidate in (
        os.environ.get("DIGESTPRESS_SAMPLES_EXPECTED"),
        ROOT.parent / "shared" / "samples" / "expected.json",
        ROOT / "tests" / "fixtures" / "samples_expected.json",
    ):
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    raise FileNotFoundError("no samples expected.json found")


@pytest.fixture(scope="session")
def samples_expected() -> dict:
    return json.loads(samples_expected_path().read_text(encoding="utf-8"))


def raw_sample(name: str) -> Path:
    matches = sorted(RAW.rglob(name))
    assert matches, f"{name} is not in {RAW}"
    return matches[0]


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory):
    """A real multilingual site built from the shipped samples plus a fixture inbox."""
    from .sitebuild import build_site
    from .test_site import HOSTILE

    return build_site(tmp_path_factory.mktemp("site"), {"2025-06-02/hostile.txt": HOSTILE})
