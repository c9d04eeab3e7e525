"""`make serve`: build, serve on localhost, rebuild when anything the site is made of changes.

Pelican's own --autoreload watches content, theme and settings but not plugins, and an
imported plugin cannot be reloaded in-process; so every rebuild runs `make html` in a
fresh process (which also ingests new raw files). The output folder is served as is.
"""

from __future__ import annotations

import functools
import http.server
import subprocess
import threading
from pathlib import Path

WATCHED = ("raw", "content", "theme", "plugins", "pelicanconf.py", "pyproject.toml")


def build(project: Path, make_args: list[str]) -> bool:
    result = subprocess.run(["make", "--no-print-directory", "html", *make_args], cwd=project)
    return result.returncode == 0


def serve(project: Path, output: Path, bind: str, port: int, make_args: list[str]) -> None:
    from watchfiles import watch

    build(project, make_args)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(output))
    server = http.server.ThreadingHTTPServer((bind, port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"Serving {output} at http://{bind}:{port}/ — rebuilding on changes (Ctrl-C stops)")
    paths = [project / name for name in WATCHED if (project / name).exists()]
    try:
        for changes in watch(*paths, raise_interrupt=False):
            changed = sorted({Path(p).relative_to(project).as_posix() for _, p in changes})
            print(f"changed: {', '.join(changed[:5])}{' …' if len(changed) > 5 else ''}")
            build(project, make_args)
    finally:
        server.shutdown()
