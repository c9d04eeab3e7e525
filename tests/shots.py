"""`make shots`: screenshots of a digest page, phone and desktop, light and dark.

Usage: python -m tests.shots OUTPUT_DIR SHOTS_DIR
"""

from __future__ import annotations

import sys
from pathlib import Path

from .browser import DESKTOP, PHONE, chromium, serve


def latest_digest(output: Path) -> str:
    """The newest day's digest page of the first language, as a site path."""
    pages = sorted(output.glob("*/[12][0-9][0-9][0-9]/[01][0-9]/[0-3][0-9]/index.html"))
    if not pages:
        raise SystemExit(f"no digest pages in {output}: run `make html` first")
    newest = max(pages, key=lambda p: p.parent.relative_to(p.parents[3]).as_posix())
    return newest.relative_to(output).as_posix()


def main(argv: list[str]) -> int:
    output, shots = Path(argv[0]), Path(argv[1])
    shots.mkdir(parents=True, exist_ok=True)
    page_path = latest_digest(output)
    with serve(output) as base, chromium() as browser:
        for name, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
            for scheme in ("light", "dark"):
                context = browser.new_context(viewport=viewport, color_scheme=scheme)
                page = context.new_page()
                page.goto(f"{base}/{page_path}")
                target = shots / f"digest-{name}-{scheme}.png"
                page.screenshot(path=str(target), full_page=True)
                context.close()
                print(target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
