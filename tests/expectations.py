"""Check a cleaning result against an editor's expectations (the expected.json format).

Shared by the sample test (../shared/samples/expected.json) and our own corpus test.
"""

from __future__ import annotations

import re
from collections import Counter

from digestpress.model import FileResult
from digestpress.structure import to_plain


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def problems(result: FileResult, expected: dict) -> list[str]:
    """Every way `result` falls short of `expected`; empty when it meets it."""
    out: list[str] = []
    articles = expected["articles"]
    if result.quarantine:
        return [f"quarantined: {result.quarantine} {result.quarantine_detail}"]
    if len(result.posts) != len(articles):
        got = [p.title for p in result.posts]
        out.append(f"expected {len(articles)} article(s), got {len(result.posts)}: {got}")
    for index, (post, want) in enumerate(zip(result.posts, articles, strict=False)):
        where = f"article {index + 1}"
        meta = post.meta
        body = _norm(to_plain(post.body))
        everything = body + " " + _norm(" ".join(str(v) for v in meta.values()))
        titles = want.get("title_any") or [want["title"]]
        if meta["title"] not in titles:
            out.append(f"{where}: title {meta['title']!r} not in {titles!r}")
        if want.get("date"):
            if meta["date"][:10] != want["date"] or meta["date_source"] != "article":
                out.append(
                    f"{where}: date {meta['date']} ({meta['date_source']}) != {want['date']}"
                )
        elif "date" in want and meta["date_source"] == "article":
            out.append(f"{where}: the file states no date but date_source is 'article'")
        if meta["lang"] != want["lang"]:
            out.append(f"{where}: lang {meta['lang']} != {want['lang']}")
        if "author" in want and want["author"] not in meta.get("authors", []):
            out.append(f"{where}: author {want['author']!r} not in {meta.get('authors')}")
        for key in ("source", "source_url", "location"):
            if key in want and meta.get(key) != want[key]:
                out.append(f"{where}: {key} {meta.get(key)!r} != {want[key]!r}")
        for phrase in want.get("must_contain", []):
            if _norm(phrase) not in everything:
                out.append(f"{where}: lost {phrase!r}")
        for phrase in want.get("must_not_contain", []):
            if _norm(phrase) in body:
                out.append(f"{where}: still contains {phrase!r}")
        if "max_repeats" in want:
            paragraphs = Counter(p.strip() for p in post.body.split("\n\n") if p.strip())
            repeated = {p[:60]: n for p, n in paragraphs.items() if n > want["max_repeats"]}
            if repeated:
                out.append(f"{where}: repeated paragraphs {repeated}")
    return out
