"""`make html`'s Pelican step: Pelican, but a failed post makes the exit status non-zero.

Pelican logs a post it cannot read and goes on building the others, then exits 0; a
publish script would never notice. This runs Pelican in-process, counts the error
messages it logs, lists them at the end, and exits 1 if there were any (the site is still
built from every good post).

Usage: python -m digestpress.build [pelican arguments]
"""

from __future__ import annotations

import logging
import sys


class _Errors(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage().strip())

    def report(self) -> list[str]:
        """The messages, without Pelican's bare "Could not process X" when X's own
        message (from the reader: file, line, what to fix) is there too."""
        detailed = [m for m in self.messages if not m.startswith("Could not process ")]
        return detailed + [
            m
            for m in self.messages
            if m.startswith("Could not process ")
            and not any(m.removeprefix("Could not process ") in d for d in detailed)
        ]


def main(argv: list[str] | None = None) -> int:
    import pelican

    errors = _Errors()
    logging.getLogger().addHandler(errors)
    try:
        pelican.main(argv if argv is not None else sys.argv[1:])
    except SystemExit as exc:
        if exc.code not in (0, None):
            return int(exc.code) if isinstance(exc.code, int) else 1
    if errors.messages:
        report = errors.report()
        print(f"\nbuild finished with {len(report)} error(s):", file=sys.stderr)
        for message in report:
            print(f"  {message}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
