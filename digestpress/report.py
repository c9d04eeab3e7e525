"""The ingest report: every input file, what it became, every removed line and why.

The JSON is deterministic (no clock, sorted) so that two runs on the same inbox write
the same report; the terminal summary is the short version an editor reads.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from .ingest import IngestRun
from .model import FileResult
from .store import KEPT_EDIT, Written, atomic_write

REPORT_VERSION = 1


def file_entry(result: FileResult, written: list[Written], content: Path | None) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "raw_file": result.raw_file,
        "sha256": result.raw_sha256,
        "bytes": result.size,
        "status": "quarantined" if result.quarantine else "published",
    }
    if result.quarantine:
        entry["quarantine"] = {"reason": result.quarantine, "detail": result.quarantine_detail}
    if result.encoding:
        entry["encoding"] = result.encoding
    if result.repairs:
        entry["repairs"] = result.repairs
    posts = []
    for post, w in zip(result.posts, written or [None] * len(result.posts), strict=True):
        item = {"id": post.meta["id"], "title": post.title, "lang": post.meta["lang"]}
        if w is not None:
            item["path"] = _rel(w.path, content)
            item["action"] = w.action
        item["body_lines"] = len(post.line_numbers)
        posts.append(item)
    entry["posts"] = posts
    entry["lines"] = {
        "total": result.total_lines,
        "blank": len(result.blank_numbers),
        "in_posts": sum(len(p.line_numbers) for p in result.posts),
        "removed": len(result.removed),
    }
    entry["removed_by_reason"] = result.removed_by_reason()
    entry["duplicates_collapsed"] = sum(1 for r in result.removed if r.reason == "duplicate")
    entry["removed"] = [
        {
            k: v
            for k, v in (
                ("line", r.number),
                ("reason", r.reason),
                ("detail", r.detail),
                ("field", r.field),
                ("text", r.text),
            )
            if v not in (None, "")
        }
        for r in result.removed
    ]
    return entry


def _rel(path: Path, base: Path | None) -> str:
    try:
        return path.relative_to(base).as_posix() if base else path.as_posix()
    except ValueError:
        return path.as_posix()


def build(run: IngestRun) -> dict[str, Any]:
    """The report: fresh results and the reused entries of unchanged files, by file name."""
    files = sorted([*run.entries, *run.cached], key=lambda f: f["raw_file"])
    actions = Counter(post.get("action") for f in files for post in f["posts"] if "action" in post)
    return {
        "version": REPORT_VERSION,
        "inbox": run.inbox.as_posix(),
        "content": run.content.as_posix(),
        "totals": {
            "files": len(files),
            "published": sum(1 for f in files if f["status"] == "published"),
            "quarantined": sum(1 for f in files if f["status"] == "quarantined"),
            "posts": sum(len(f["posts"]) for f in files),
            "actions": dict(sorted(actions.items())),
            "removed_lines": sum(f["lines"]["removed"] for f in files),
            "reused_unchanged_files": len(run.cached),
            "skipped": len(run.skipped),
            "orphaned_posts": len(run.orphans),
        },
        "files": files,
        "skipped": [{"path": p, "reason": why} for p, why in run.skipped],
        "orphaned_posts": [
            {
                "path": _rel(p, run.content),
                "raw_file": raw,
                "note": "its raw file is gone from the inbox; the post was kept",
            }
            for p, raw in run.orphans
        ],
    }


def write(report: dict[str, Any], path: Path) -> None:
    """Indented at the top, one line per file and per post below: readable, and written
    by json's C encoder (indenting everything is ten times slower on a large inbox)."""
    lines = ["{"]
    for n, (name, value) in enumerate(report.items()):
        comma = "," if n < len(report) - 1 else ""
        if isinstance(value, list) and value:
            items = [_json(item) for item in value]
            lines.append(f'  "{name}": [\n    ' + ",\n    ".join(items) + f"\n  ]{comma}")
        else:
            lines.append(f'  "{name}": {json.dumps(value, ensure_ascii=False)}{comma}')
    lines.append("}")
    atomic_write(path, "\n".join(lines) + "\n")


def _json(item: Any) -> str:
    """An item's JSON, or the text a reused entry carries (ingest_cache.CachedEntry)."""
    text = getattr(item, "json_text", None)
    return text if text is not None else json.dumps(item, ensure_ascii=False)


def summary_lines(report: dict[str, Any]) -> list[str]:
    t = report["totals"]
    actions = ", ".join(f"{n} {a}" for a, n in t["actions"].items()) or "none written"
    lines = [
        f"{t['files']} raw file(s): {t['published']} published, {t['quarantined']} quarantined; "
        f"{t['posts']} post(s) ({actions}); {t['removed_lines']} line(s) removed",
    ]
    for f in report["files"]:
        if f["status"] == "quarantined":
            q = f["quarantine"]
            lines.append(f"  QUARANTINED {f['raw_file']}: {q['reason']} — {q['detail']}")
        for post in f["posts"]:
            if post.get("action") == KEPT_EDIT:
                lines.append(
                    f"  KEPT HAND EDIT {post['path']}: not overwritten (use --force to replace)"
                )
    for s in report["skipped"]:
        lines.append(f"  SKIPPED {s['path']}: {s['reason']}")
    for o in report["orphaned_posts"]:
        lines.append(f"  ORPHANED {o['path']}: raw file {o['raw_file']} is gone; post kept")
    return lines
