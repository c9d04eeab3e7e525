"""Score story grouping against labelled stories: pairwise precision, recall and F1.

Every pair of articles in the set counts: a pair the labels put in one story and the
grouping too is a true positive. Cross-language pairs are also scored on their own, and
each hard negative (two labelled stories about the same people or places) is reported
when the grouping merged any of its articles. `make eval-stories` runs this.
"""

from __future__ import annotations

import argparse
import itertools
import json
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from ..files import read_yaml
from .grouping import Settings, group
from .posts import load_items


@dataclass(frozen=True, slots=True)
class Scores:
    precision: float
    recall: float
    f1: float
    true_pairs: int
    found_pairs: int
    hits: int  # pairs in both


def pairs(groups: list[list[str]]) -> set[frozenset[str]]:
    return {frozenset(p) for g in groups for p in itertools.combinations(g, 2)}


def score(truth: set[frozenset[str]], found: set[frozenset[str]]) -> Scores:
    return _scores(len(truth & found), len(truth), len(found))


def pooled(results: list[Scores]) -> Scores:
    """Scores of several sets taken as one (no pair spans two sets)."""
    return _scores(
        sum(r.hits for r in results),
        sum(r.true_pairs for r in results),
        sum(r.found_pairs for r in results),
    )


def _scores(hit: int, truth: int, found: int) -> Scores:
    precision = hit / found if found else 1.0
    recall = hit / truth if truth else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(round(precision, 3), round(recall, 3), round(f1, 3), truth, found, hit)


def evaluate(folder: Path, settings: Settings | None = None) -> dict:
    labels = read_yaml(folder / "labels.yaml")
    items = load_items(folder / "posts")
    lang = {item.id: item.lang for item in items}
    start = time.perf_counter()
    stories = group(items, settings or Settings())
    seconds = time.perf_counter() - start
    truth_groups = [story["ids"] for story in labels["stories"].values()]
    truth, found = pairs(truth_groups), pairs([s.ids for s in stories])

    def cross(ps: set[frozenset[str]]) -> set[frozenset[str]]:
        return {p for p in ps if len({lang[i] for i in p}) == 2}

    story_of = {i: s for s, story in labels["stories"].items() for i in story["ids"]}
    merged = {frozenset(story_of[i] for i in p) for p in found - truth}
    negatives = labels.get("hard_negatives", [])
    return {
        "set": folder.name,
        "articles": len(items),
        "languages": len(set(lang.values())),
        "labelled_stories": len(truth_groups),
        "found_stories": len(stories),
        "all_pairs": asdict(score(truth, found)),
        "cross_language_pairs": asdict(score(cross(truth), cross(found))),
        "hard_negatives_merged": sorted(
            " + ".join(sorted(p)) for p in negatives if frozenset(p) in merged
        ),
        "hard_negatives": len(negatives),
        "seconds": round(seconds, 3),
    }


ALL_AND_CROSS = ("all_pairs", "cross_language_pairs")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m digestpress.stories.evaluate")
    parser.add_argument("sets", type=Path, nargs="+", help="folders with posts/ and labels.yaml")
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args(argv)
    results = [evaluate(folder) for folder in args.sets]
    if args.json:
        print(json.dumps(results, indent=1))
        return 0
    print(
        f"{'set':6} {'articles':>8} {'pairs':>6} {'P':>6} {'R':>6} {'F1':>6} "
        f"{'cross P':>7} {'cross R':>7} {'hard neg merged':>15}"
    )
    for r in results:
        a, c = r["all_pairs"], r["cross_language_pairs"]
        print(
            f"{r['set']:6} {r['articles']:>8} {a['true_pairs']:>6} {a['precision']:>6} "
            f"{a['recall']:>6} {a['f1']:>6} {c['precision']:>7} {c['recall']:>7} "
            f"{len(r['hard_negatives_merged']):>7} of {r['hard_negatives']:<5}"
        )
        for merged in r["hard_negatives_merged"]:
            print(f"       merged: {merged}")
    if len(results) > 1:
        a, c = (pooled([Scores(**r[k]) for r in results]) for k in ALL_AND_CROSS)
        merged = sum(len(r["hard_negatives_merged"]) for r in results)
        negatives = sum(r["hard_negatives"] for r in results)
        print(
            f"{'pooled':6} {sum(r['articles'] for r in results):>8} {a.true_pairs:>6} "
            f"{a.precision:>6} {a.recall:>6} {a.f1:>6} {c.precision:>7} {c.recall:>7} "
            f"{merged:>7} of {negatives:<5}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
