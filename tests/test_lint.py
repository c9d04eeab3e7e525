"""The code base passes ruff (style is part of the build, not a suggestion)."""

from __future__ import annotations

import subprocess
import sys

from .conftest import ROOT


def test_ruff_check() -> None:
    targets = ["digestpress", "plugins", "tests", "pelicanconf.py", "publishconf.py"]
    command = [sys.executable, "-m", "ruff", "check", *targets]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout
