"""Properties that hold for any input: no crash, nothing lost, no empty post."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digestpress import clean_bytes
from digestpress.pipeline import check_accounting

WORDS = st.sampled_from(
    "the council voted Tuesday budget Kommentare (0) Foto: Reuters LÄS OCKSÅ: — – - * • "
    "1. # > [x](y) <b> 2025-03-14 14 mars 2025 Läs också Share Subscribe Advertisement "
    "Київ Новини ради . ! ? : , Source: https://example.com/a По́ле ünïcödé \u202e".split(" ")
)
LINE = st.lists(WORDS, min_size=0, max_size=30).map(" ".join)
DOC = st.lists(LINE, min_size=0, max_size=40).map("\n".join)


def check(data: bytes) -> None:
    result = clean_bytes(data, "x/y.txt")
    assert check_accounting(result) == []
    if result.quarantine is None:
        assert result.posts
    for post in result.posts:
        assert post.body.strip()
        assert post.meta["title"].strip()
        assert post.line_numbers
    numbers = [n for p in result.posts for n in p.line_numbers] + [r.number for r in result.removed]
    assert len(numbers) == len(set(numbers)), "a line is in two places"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DOC)
def test_any_newsy_text(text: str) -> None:
    check(text.encode("utf-8"))


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes(data: bytes) -> None:
    check(data)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=2000))
def test_any_unicode(text: str) -> None:
    check(text.encode("utf-8", errors="surrogatepass").decode("utf-8", "replace").encode())
