"""A bounded atheris run (coverage-guided) over decoder, splitter and pipeline."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("atheris")
TARGET = Path(__file__).parent / "fuzz" / "fuzz_clean.py"
SEEDS = Path(__file__).parent / "corpus" / "raw"
RUNS = 1500


def test_atheris_finds_no_crash(tmp_path) -> None:
    corpus = tmp_path / "corpus"  # libFuzzer adds the inputs it finds to this folder
    shutil.copytree(SEEDS, corpus)
    command = [
        sys.executable,
        str(TARGET),
        f"-runs={RUNS}",
        "-max_len=4096",
        "-seed=1",
        f"-artifact_prefix={tmp_path}/",
        str(corpus),
    ]
    result = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    assert f"Done {RUNS} runs" in result.stderr
