"""`digestpress` command line: ingest an inbox, or show what cleaning makes of one file."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from . import __version__
from .config import CleanConfig, ConfigError, load_config
from .exit import exit_now
from .ingest import folder_date, ingest
from .store import render
from .structure import to_plain

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        config = load_config(Path(args.project)).with_overrides(timezone=args.timezone)
        return int(args.run(args, config))
    except (ConfigError, FileNotFoundError, NotADirectoryError) as exc:
        print(f"digestpress: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_OK


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="digestpress", description=__doc__)
    parser.add_argument("--version", action="version", version=f"digestpress {__version__}")
    parser.add_argument("--project", default=".", help="folder with pyproject.toml (settings)")
    parser.add_argument("--timezone", help="site time zone (default: [tool.digestpress])")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", help="clean every raw file of the inbox into content/")
    p.add_argument("raw_dir", nargs="?", default="raw", type=Path, help="inbox (default: raw)")
    p.add_argument("--content", default="content", type=Path, help="posts folder")
    p.add_argument("--report", type=Path, help="write the JSON report here")
    p.add_argument("--dry-run", action="store_true", help="write nothing, report what would be")
    p.add_argument("--force", action="store_true", help="overwrite posts edited by hand")
    p.add_argument("--jobs", type=int, default=None, help="worker processes (default: cores)")
    p.add_argument(
        "--cache",
        type=Path,
        default=Path("cache/ingest.json"),
        help="remember unchanged raw files here (default: cache/ingest.json)",
    )
    p.add_argument("--no-cache", action="store_true", help="clean every raw file again")
    p.add_argument("--quiet", action="store_true", help="no progress bar or summary")
    p.set_defaults(run=_ingest)

    p = sub.add_parser("serve", help="build, serve on localhost, rebuild on every change")
    p.add_argument("--bind", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--output", type=Path, default=Path("output"))
    p.add_argument("make_args", nargs="*", help="passed to `make html` (e.g. RAWDIR=…)")
    p.set_defaults(run=_serve)

    p = sub.add_parser("clean", help="print what ingest would make of one raw file")
    p.add_argument("file", type=Path)
    p.add_argument("--format", choices=("markdown", "json", "text"), default="markdown")
    p.add_argument("--date", type=dt.date.fromisoformat, help="folder date (YYYY-MM-DD)")
    p.set_defaults(run=_clean)

    p = sub.add_parser("stories", help="group posts into stories (one event, many sources)")
    p.add_argument("content", nargs="?", default="content", type=Path, help="posts folder")
    p.add_argument("--json", action="store_true", help="print the grouping as JSON")
    p.set_defaults(run=_stories)
    return parser


def _ingest(args: argparse.Namespace, config: CleanConfig) -> int:
    from . import report as reporting

    bar = None
    if not args.quiet and sys.stderr.isatty():
        from tqdm import tqdm

        total = sum(1 for p in args.raw_dir.rglob("*") if p.is_file())
        bar = tqdm(total=total, unit="file", disable=total < 50, file=sys.stderr)
    run = ingest(
        args.raw_dir,
        args.content,
        config,
        dry_run=args.dry_run,
        force=args.force,
        workers=args.jobs,
        progress=bar.update if bar else None,
        cache_path=None if args.no_cache else args.cache,
    )
    if bar:
        bar.close()
    data = reporting.build(run)
    if args.report:
        reporting.write(data, args.report)
    if not args.quiet:
        prefix = "[dry run] " if args.dry_run else ""
        for line in reporting.summary_lines(data):
            print(prefix + line, file=sys.stderr)
        if args.report:
            print(f"{prefix}report: {args.report}", file=sys.stderr)
    return EXIT_OK


def _serve(args: argparse.Namespace, config: CleanConfig) -> int:
    from .serve import serve

    serve(Path(args.project).resolve(), args.output.resolve(), args.bind, args.port, args.make_args)
    return EXIT_OK


def _clean(args: argparse.Namespace, config: CleanConfig) -> int:
    from .pipeline import clean_bytes
    from .report import file_entry

    path: Path = args.file
    data = path.read_bytes()
    result = clean_bytes(
        data, path.name, args.date or folder_date(path.resolve()), path.stat().st_mtime, config
    )
    if args.format == "json":
        entry = file_entry(result, [], None)
        entry["posts"] = [{"meta": p.meta, "body": p.body} for p in result.posts]
        print(json.dumps(entry, ensure_ascii=False, indent=1))
    elif args.format == "text":
        print("\n\n".join(to_plain(p.body) for p in result.posts))
    else:
        print("\n".join(render(p.meta, p.body) for p in result.posts), end="")
    if result.quarantine:
        print(
            f"digestpress: {path}: quarantined: {result.quarantine} — {result.quarantine_detail}",
            file=sys.stderr,
        )
        return EXIT_ERROR
    return EXIT_OK


def _stories(args: argparse.Namespace, config: CleanConfig) -> int:
    """Each story: its post ids, its headline post and its languages; as JSON, so that
    any labelled set of posts can be scored from outside."""
    from .stories import group
    from .stories.posts import load_items

    if not args.content.is_dir():
        raise NotADirectoryError(f"content folder {args.content} does not exist")
    try:
        items = load_items(args.content)
    except ValueError as exc:
        print(f"digestpress: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    stories = group(items)
    if args.json:
        rows = [{"ids": s.ids, "headline": s.headline, "languages": s.languages} for s in stories]
        print(json.dumps({"posts": len(items), "stories": rows}, ensure_ascii=False, indent=1))
        return EXIT_OK
    title = {item.id: item.title for item in items}
    for story in stories:
        print(f"{title[story.headline]}  [{', '.join(story.languages)}]")
        for post_id in story.ids:
            if post_id != story.headline:
                print(f"    {title[post_id]}")
    print(f"{len(items)} posts in {len(stories)} stories", file=sys.stderr)
    return EXIT_OK


def run() -> None:
    """The `digestpress` command: `main`, then leave without freeing the heap object by
    object (see exit.py)."""
    exit_now(main())


if __name__ == "__main__":
    run()
