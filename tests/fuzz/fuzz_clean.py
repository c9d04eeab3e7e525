"""atheris fuzz target: the decoder, the splitter and the whole cleaning pipeline.

Run: python tests/fuzz/fuzz_clean.py -runs=N (libFuzzer options). Any exception, a lost
line or an empty post is a crash.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["digestpress"]):
    from digestpress import clean_bytes, reasons
    from digestpress.decode import decode
    from digestpress.model import QuarantineError
    from digestpress.pipeline import check_accounting, to_lines
    from digestpress.steps.split import split_articles


def one_input(data: bytes) -> None:
    try:
        text = decode(data, 1_000_000).text
    except QuarantineError as exc:
        assert exc.reason in vars(reasons).values()
    else:
        lines, _, _ = to_lines(text)
        split = split_articles(lines)
        kept = sum(len(s) for s in split.segments) + len(split.removed)
        assert kept == len(lines), "the splitter lost a line"
    result = clean_bytes(data, "fuzz.txt")
    assert check_accounting(result) == []
    assert all(post.body.strip() for post in result.posts)


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
