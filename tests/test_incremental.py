"""Incremental builds: only the pages a change affects are rendered, and the result is
byte for byte what a full build of the same posts makes."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import frontmatter
import pytest
from hypothesis import given
from hypothesis import strategies as st

from plugins.digest.paging import HEAD, stable_pages

from .sitebuild import pelican, snapshot

# Small pages, so that the fixture site has numbered home and topic pages to keep stable.
SMALL_PAGES = ("DIGEST_HOME_DAYS=2", "DIGEST_TAG_PAGE_SIZE=2")


def rendered(stdout: str) -> tuple[int, int]:
    m = re.search(r"digest: rendered (\d+) of (\d+) pages", stdout)
    assert m, stdout
    return int(m[1]), int(m[2])


def build(content: Path, output: Path, *extra: str) -> tuple[int, int]:
    result = pelican(content, output, extra=(*SMALL_PAGES, *extra))
    assert result.returncode == 0, result.stdout + result.stderr
    return rendered(result.stdout)


def newest_day(content: Path) -> Path:
    return max(p.parent for p in content.rglob("*.md"))


def test_incremental_build_is_byte_identical_to_a_full_build(site, tmp_path) -> None:
    content, moved = tmp_path / "content", tmp_path / "tomorrow"
    shutil.copytree(site.content, content)
    day = newest_day(content)
    shutil.move(day, moved)  # yesterday's site: everything but the newest day

    incremental = tmp_path / "incremental"
    first, total = build(content, incremental)
    assert first == total  # nothing to reuse yet
    assert build(content, incremental)[0] == 0  # nothing changed, nothing rendered

    # Today: a new day, one post edited by hand, one post deleted.
    shutil.move(moved, day)
    posts = sorted(p for p in content.rglob("*.md") if day not in p.parents)
    edited = frontmatter.load(posts[0])
    edited["title"] = "An edited title"
    edited["tags"] = ["A brand new topic"]
    posts[0].write_text(frontmatter.dumps(edited) + "\n", encoding="utf-8")
    posts[-1].unlink()
    again, total = build(content, incremental)
    assert 0 < again < total / 2, (again, total)

    full = tmp_path / "full"
    build(content, full, "DIGEST_INCREMENTAL=false")
    mine, reference = snapshot(incremental), snapshot(full)
    assert sorted(mine) == sorted(reference)  # same files: stale pages were removed
    differ = [name for name in reference if mine[name] != reference[name]]
    assert not differ, differ[:10]


def test_a_theme_or_settings_change_renders_everything(site, tmp_path) -> None:
    content = tmp_path / "content"
    shutil.copytree(site.content, content)
    out = tmp_path / "out"
    build(content, out)
    again, total = build(content, out, 'SITENAME="Another name"')
    assert again == total
    assert "Another name" in (out / "sv/index.html").read_text(encoding="utf-8")


def test_an_edited_output_file_is_rendered_again(site, tmp_path) -> None:
    content = tmp_path / "content"
    shutil.copytree(site.content, content)
    out = tmp_path / "out"
    build(content, out)
    page = out / "sv/archive/index.html"
    original = page.read_bytes()
    page.write_text("broken", encoding="utf-8")
    assert build(content, out)[0] == 1
    assert page.read_bytes() == original


@given(st.integers(0, 60), st.integers(1, 7))
def test_adding_items_changes_only_the_head_page(count: int, size: int) -> None:
    items = list(range(count))  # newest first: higher is newer
    before = stable_pages(items[::-1], size)
    after = stable_pages([count, *items[::-1]], size)
    # Every item on exactly one page, each page newest first.
    for pages, n in ((before, count), (after, count + 1)):
        assert sorted(i for p in pages for i in p.items) == list(range(n))
        assert all(p.items == sorted(p.items, reverse=True) for p in pages)
        head = pages[0]
        assert head.number == HEAD
        assert len(head.items) == n if n < 2 * size else size <= len(head.items) < 2 * size
        assert all(len(p.items) == size for p in pages[1:])
    # A numbered page keeps its items for ever.
    kept = {p.number: p.items for p in after[1:]}
    assert all(kept[p.number] == p.items for p in before[1:])


def test_pages_link_newer_and_older_in_order() -> None:
    pages = stable_pages(list(range(23, -1, -1)), 5)  # 24 items
    assert [p.number for p in pages] == [HEAD, 3, 2, 1]
    assert [len(p.items) for p in pages] == [9, 5, 5, 5]
    assert [(p.newer, p.older) for p in pages] == [(None, 3), (HEAD, 2), (3, 1), (2, None)]
    assert pages[-1].items == [4, 3, 2, 1, 0]
    with pytest.raises(ValueError):
        stable_pages([1], 0)


def test_a_new_day_regroups_the_stories_of_the_day_before_like_a_full_build(tmp_path) -> None:
    """Stories span a day either side: a follow-up published today joins yesterday's
    story, so yesterday's article pages must change with it, incrementally too."""
    posts = Path(__file__).parent / "stories" / "dev" / "posts"
    content, later = tmp_path / "content", []
    content.mkdir()
    for path in sorted(posts.glob("*.md")):
        newest = str(frontmatter.load(path)["date"]).startswith("2026-05-21")
        shutil.copy(path, tmp_path / path.name if newest else content / path.name)
        if newest:
            later.append(tmp_path / path.name)
    incremental = tmp_path / "incremental"
    build(content, incremental)
    before = snapshot(incremental)
    for path in later:
        shutil.move(path, content / path.name)
    build(content, incremental)
    full = tmp_path / "full"
    build(content, full, "DIGEST_INCREMENTAL=false")
    mine, reference = snapshot(incremental), snapshot(full)
    assert sorted(mine) == sorted(reference)
    assert not [name for name in reference if mine[name] != reference[name]]
    # Some article of the day before now names a report published on the new day.
    changed = [
        name
        for name in reference
        if "/2026/05/20/" in name
        and name.endswith("index.html")
        and name.count("/") >= 5
        and before.get(name) != reference[name]
    ]
    joined = [
        name
        for name in changed
        if re.search(r"Also reported by.*?/2026/05/21/", reference[name].decode(), re.S)
    ]
    assert joined, "no article of 20 May links a report of 21 May after the new day"
