"""The content tree: atomic, idempotent, and never clobbering an editor's hand edits."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import frontmatter
import pytest

from digestpress import store
from digestpress.config import CleanConfig
from digestpress.ingest import ingest
from digestpress.store import hand_edited, render

from .conftest import RAW

CONFIG = CleanConfig()


@pytest.fixture()
def inbox(tmp_path: Path) -> Path:
    target = tmp_path / "raw"
    shutil.copytree(RAW, target)
    return target


def snapshot(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_rerun_changes_no_byte(inbox: Path, tmp_path: Path) -> None:
    content = tmp_path / "content"
    first = ingest(inbox, content, CONFIG)
    before = snapshot(content)
    second = ingest(inbox, content, CONFIG)
    assert snapshot(content) == before
    assert {w.action for ws in first.written.values() for w in ws} == {"created"}
    assert {w.action for ws in second.written.values() for w in ws} == {"unchanged"}
    assert not any(p.name.endswith(".tmp") for p in content.rglob("*"))


def test_posts_parse_as_front_matter(inbox: Path, tmp_path: Path) -> None:
    content = tmp_path / "content"
    ingest(inbox, content, CONFIG)
    posts = sorted(content.rglob("*.md"))
    assert len(posts) == 7
    for path in posts:
        post = frontmatter.load(path)
        for key in (
            "title",
            "date",
            "date_source",
            "lang",
            "slug",
            "summary",
            "words",
            "reading_time",
            "raw_file",
            "raw_sha256",
            "id",
        ):
            assert post.metadata.get(key) not in (None, ""), (path, key)
        assert path.stem == post["slug"]
        assert path.parent.relative_to(content).as_posix() == post["date"][:10].replace("-", "/")
        assert post.content.strip()


def test_hand_edit_is_kept_and_reported_unless_forced(inbox: Path, tmp_path: Path) -> None:
    content = tmp_path / "content"
    ingest(inbox, content, CONFIG)
    path = sorted(content.rglob("*.md"))[0]
    edited = path.read_text(encoding="utf-8").replace("\n---\n", "\n---\nEditor's note.\n", 1)
    path.write_text(edited, encoding="utf-8")
    run = ingest(inbox, content, CONFIG)
    actions = {w.path: w.action for ws in run.written.values() for w in ws}
    assert actions[path] == "kept-hand-edit"
    assert path.read_text(encoding="utf-8") == edited
    ingest(inbox, content, CONFIG, force=True)
    assert "Editor's note." not in path.read_text(encoding="utf-8")


def test_dry_run_writes_nothing(inbox: Path, tmp_path: Path) -> None:
    content = tmp_path / "content"
    run = ingest(inbox, content, CONFIG, dry_run=True)
    assert not content.exists()
    assert {w.action for ws in run.written.values() for w in ws} == {"would-create"}


def test_same_title_same_day_gets_distinct_slugs(tmp_path: Path) -> None:
    day = tmp_path / "raw" / "2025-04-01"
    day.mkdir(parents=True)
    body = (
        "The city council met on Tuesday evening and agreed on a new plan for the harbour, "
        "officials said after the meeting."
    )
    for name, extra in (("a.txt", "First report."), ("b.txt", "Second report, other site.")):
        (day / name).write_text(
            f"Council approves harbour plan\n{body}\n{extra}\n", encoding="utf-8"
        )
    content = tmp_path / "content"
    ingest(tmp_path / "raw", content, CONFIG)
    names = sorted(p.name for p in content.rglob("*.md"))
    assert names == ["council-approves-harbour-plan-2.md", "council-approves-harbour-plan.md"]
    again = snapshot(content)
    ingest(tmp_path / "raw", content, CONFIG)
    assert snapshot(content) == again


def test_removed_raw_file_keeps_its_post_and_is_reported(inbox: Path, tmp_path: Path) -> None:
    content = tmp_path / "content"
    ingest(inbox, content, CONFIG)
    gone = sorted(inbox.rglob("*.txt"))[0]
    gone.unlink()
    run = ingest(inbox, content, CONFIG)
    assert len(run.orphans) == 1
    assert run.orphans[0][1] == gone.relative_to(inbox).as_posix()
    assert run.orphans[0][0].exists()


def test_ingesting_one_day_folder_keeps_ids_and_paths(inbox: Path, tmp_path: Path) -> None:
    content = tmp_path / "content"
    ingest(inbox, content, CONFIG)
    before = snapshot(content)
    day = sorted(p for p in inbox.iterdir() if p.is_dir())[0]
    run = ingest(day, content, CONFIG)
    assert snapshot(content) == before
    assert run.orphans == []


def test_checksum_detects_any_change() -> None:
    text = render({"title": "T", "id": "x"}, "Body.\n")
    assert not hand_edited(text)
    assert hand_edited(text.replace("Body", "Bodies"))
    assert hand_edited(text.replace("title: T", "title: U"))


def test_unchanged_raw_files_are_not_cleaned_again(inbox: Path, tmp_path: Path) -> None:
    import os

    from digestpress.report import build, write

    def written(report: dict) -> dict:
        write(report, tmp_path / "report.json")
        return json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))

    content, cache = tmp_path / "content", tmp_path / "cache.json"
    first = written(build(ingest(inbox, content, CONFIG, cache_path=cache)))
    before = snapshot(content)
    again = ingest(inbox, content, CONFIG, cache_path=cache)
    report = build(again)
    assert again.results == [] and report["totals"]["reused_unchanged_files"] == 5
    assert snapshot(content) == before
    # Reused entries are reported in full, every removed line included.
    assert written(report)["files"] == [
        {**f, "posts": [{**p, "action": "unchanged"} for p in f["posts"]]} for f in first["files"]
    ]
    assert all(f["removed"] for f in written(report)["files"] if f["lines"]["removed"])
    # A changed raw file is cleaned again; so is one whose post was deleted.
    changed = sorted(inbox.rglob("*.txt"))[0]
    changed.write_bytes(changed.read_bytes() + b"\nOne more closing sentence of the article.\n")
    os.utime(changed, ns=(10**18, 10**18))
    changed_rel = changed.relative_to(inbox).as_posix()
    deleted = next(p for p in sorted(content.rglob("*.md")) if changed_rel not in p.read_text())
    deleted.unlink()
    third = ingest(inbox, content, CONFIG, cache_path=cache)
    assert len(third.results) == 2 and deleted.exists()
    # Other settings: nothing is reused.
    other = CleanConfig(summary_chars=200)
    assert len(ingest(inbox, content, other, cache_path=cache).results) == 5


def _many_articles(root: Path, count: int) -> Path:
    day = root / "2025-05-02"
    day.mkdir(parents=True)
    for i in range(count):
        (day / f"a{i:03d}.txt").write_text(
            f"Ferry timetable change number {i}\n"
            f"The ferry company said on Friday that route {i} will run twice an hour from "
            "next month, after complaints from commuters about crowded morning boats.\n",
            encoding="utf-8",
        )
    return root


def test_a_batch_is_made_durable_by_one_syncfs_on_linux() -> None:
    if sys.platform == "linux":
        assert store._syncfs() is not None


def test_posts_beyond_one_batch_all_land_and_are_indexed(tmp_path: Path) -> None:
    """Posts are made durable a batch at a time (store.BATCH); every one is renamed in,
    and the index written with them lets the next run touch nothing."""
    count = store.BATCH * 2 + 5
    inbox = _many_articles(tmp_path / "raw", count)
    content = tmp_path / "content"
    ingest(inbox, content, CONFIG, workers=1, cache_path=tmp_path / "cache.json")
    assert len(list(content.rglob("*.md"))) == count
    assert not list(content.rglob("*.tmp"))
    before = {p: p.stat().st_mtime_ns for p in content.rglob("*.md")}
    run = ingest(inbox, content, CONFIG, workers=1, cache_path=tmp_path / "cache.json")
    assert not run.results  # nothing cleaned or written again
    assert {p: p.stat().st_mtime_ns for p in content.rglob("*.md")} == before


def test_a_failed_sync_renames_no_post_in_and_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox = _many_articles(tmp_path / "raw", 10)
    content = tmp_path / "content"

    def full_disk(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store, "_syncfs", lambda: lambda _fd: -1)  # syncfs failed
    with pytest.raises(OSError, match="syncing the content folder failed"):
        ingest(inbox, content, CONFIG, workers=1)
    assert not [p for p in content.rglob("*") if p.is_file()]
    monkeypatch.setattr(store, "_syncfs", lambda: None)  # no syncfs: an fsync per file
    monkeypatch.setattr(store.os, "fsync", full_disk)
    with pytest.raises(OSError, match="No space"):
        ingest(inbox, content, CONFIG, workers=1)
    assert not [p for p in content.rglob("*") if p.is_file()]
    monkeypatch.undo()
    ingest(inbox, content, CONFIG, workers=1)
    assert len(list(content.rglob("*.md"))) == 10
