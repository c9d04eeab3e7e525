"""The code base passes ruff (style is part of the build, not a suggestion)."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from .conftest import ROOT


def test_ruff_check() -> None:
    ruff = shutil.which("ruff")
    if ruff is None:
        pytest.fail("ruff is not installed: run `make install`")
    targets = ["digestpress", "plugins", "tests", "pelicanconf.py", "publishconf.py"]
    result = subprocess.run([ruff, "check", *targets], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
