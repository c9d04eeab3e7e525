"""The `digestpress` command as an editor runs it: ingest with a report, clean one file."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import RAW, raw_sample

ROOT = RAW.parent


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "digestpress.cli", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.fixture()
def inbox(tmp_path: Path) -> Path:
    target = tmp_path / "raw"
    shutil.copytree(RAW, target)
    day = target / "2025-06-01"
    day.mkdir()
    (day / "empty.txt").write_bytes(b"")
    (day / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (day / "menu.txt").write_text("Home\nNews\nSport\nComments (0)\n", encoding="utf-8")
    (day / "notes.docx").write_bytes(b"PK\x03\x04")
    return target


def test_ingest_reports_every_file_and_line(inbox: Path, tmp_path: Path) -> None:
    report_path = tmp_path / "report.json"
    result = run(
        "ingest", str(inbox), "--content", str(tmp_path / "content"), "--report", str(report_path)
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert report["totals"]["files"] == 8
    assert report["totals"]["published"] == 5 and report["totals"]["quarantined"] == 3
    reasons = {f["raw_file"]: f.get("quarantine", {}).get("reason") for f in report["files"]}
    assert reasons["2025-06-01/empty.txt"] == "empty"
    assert reasons["2025-06-01/picture.txt"] == "binary"
    assert reasons["2025-06-01/menu.txt"] == "only-boilerplate"
    assert report["skipped"][0]["path"] == "2025-06-01/notes.docx"
    for entry in report["files"]:
        lines = entry["lines"]
        if entry["status"] == "published":
            body = sum(p["body_lines"] for p in entry["posts"])
            assert body + lines["removed"] + lines["blank"] == lines["total"]
    assert "QUARANTINED 2025-06-01/picture.txt: binary" in result.stderr
    assert "8 raw file(s): 5 published, 3 quarantined" in result.stderr


def test_report_is_deterministic(inbox: Path, tmp_path: Path) -> None:
    outputs = []
    for n in (1, 2):
        report = tmp_path / f"r{n}.json"
        run(
            "ingest",
            str(inbox),
            "--content",
            str(tmp_path / f"c{n}"),
            "--report",
            str(report),
            "--cache",
            str(tmp_path / f"cache{n}.json"),
        )
        outputs.append(report.read_text(encoding="utf-8").replace(f"/c{n}", "/c"))
    assert outputs[0] == outputs[1]


def test_clean_formats() -> None:
    sample = raw_sample("002_a6b0f0bae6cbd3b5.txt")
    md = run("clean", str(sample))
    assert md.returncode == 0 and md.stdout.count("\ntitle: ") == 3
    data = json.loads(run("clean", str(sample), "--format", "json").stdout)
    assert len(data["posts"]) == 3
    assert {r["reason"] for r in data["removed"]} >= {"read-also-teaser", "metadata", "dateline"}
    assert all("text" in r and "line" in r for r in data["removed"])
    text = run("clean", str(sample), "--format", "text").stdout
    assert "Belarus president varnar för en eskalering av kriget." in text
    assert "---" not in text and "##" not in text and "LÄS OCKSÅ" not in text


def test_clean_quarantined_file_exits_nonzero(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(b"%PDF-1.4 binary")
    result = run("clean", str(path))
    assert result.returncode == 1 and "quarantined: binary" in result.stderr


def test_missing_inbox_is_a_clear_error(tmp_path: Path) -> None:
    result = run("ingest", str(tmp_path / "nope"), "--content", str(tmp_path / "c"))
    assert result.returncode == 1 and "does not exist" in result.stderr


def test_bad_timezone_is_a_clear_error(tmp_path: Path) -> None:
    result = run("--timezone", "Mars/Olympus", "ingest", str(RAW), "--content", str(tmp_path))
    assert result.returncode == 1 and "IANA time zone" in result.stderr
