"""Group articles into stories: similar key vectors, close in time, average linkage.

Similarity is the cosine of idf-weighted key vectors (see keys.py), computed only for
pairs published at most `window_days` apart that share a rare key (an inverted index, so
the cost follows the number of plausible pairs, not the square of the articles). Two
articles in one language share ordinary words as well as names, so a pair within one
language must be more similar than a pair across languages.

Clusters are merged by average linkage: two groups join only when their articles are on
average similar enough, so one article that mentions two events (a visit, and a drone
incident the same day) does not chain them into one story as single linkage would.
Deterministic: ties are broken by article order.
"""

from __future__ import annotations

import bisect
import datetime as dt
import heapq
import itertools
import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..close_languages import one_language, relatives
from .keys import first_result, keys, weighted


@dataclass(frozen=True, slots=True)
class Item:
    """One article as grouping sees it."""

    id: str
    lang: str
    published: dt.datetime  # timezone-aware
    title: str
    text: str  # summary and body


@dataclass(frozen=True, slots=True)
class Settings:
    same_language: float = 0.40  # least average similarity to join, within one language
    cross_language: float = 0.15  # …and across languages (on keys languages share)
    related_language: float = 0.25  # …and across related languages (Swedish and Danish),
    # which share ordinary words as well as names (see close_languages.py)
    window_days: int = 1  # articles further apart are never one story
    max_df_share: float = 0.05  # keys in more articles than this share carry no signal
    min_df_cap: int = 50  # …but a small set always keeps keys up to this frequency
    next_day: float = 0.10  # more asked of two articles 18 h or more apart: a follow-up
    # must be closer than two different events in one place on two days
    other_result: float = 0.3  # what a pair keeps of its similarity when the two lead
    # with different results (two games of one tournament)
    headline_floor: float = 0.6  # what a pair keeps of its similarity when neither
    # headline's specifics are in the other article (see _headline_cover)
    mutual_best: float = 0.8  # two articles that are each other's closest match join
    # when their similarity is at least this share of their bar (see _mutual_best); so do
    # a lone article and the story of its closest match (see _lone_to_story)


@dataclass(slots=True)
class Story:
    ids: list[str]  # oldest first
    headline: str  # the most central article
    languages: list[str] = field(default_factory=list)


def group(items: Sequence[Item], settings: Settings | None = None) -> list[Story]:
    """Every item in exactly one story, oldest story first. The result does not depend
    on the order of `items`: they are put in time order (then id order) first."""
    if not items:
        return []
    settings = settings or Settings()
    items = sorted(items, key=lambda i: (i.published, i.id))
    sims = _similarities(items, _features(items, settings), settings)
    bars, closest = _closest(items, sims, settings)
    sims = _mutual_best(sims, bars, closest, settings)
    clusters = _average_linkage(items, sims, settings, bars)
    clusters = _lone_to_story(items, sims, clusters, closest, settings)
    return [_story(items, members, sims) for members in clusters]


@dataclass(slots=True)
class _Features:
    vectors: list[dict[str, float]]  # all keys
    shared: list[dict[str, float]]  # keys found in articles of two or more languages
    names: list[frozenset[str]]  # names and numbers (capitalised inside a sentence, digits)
    heads: list[frozenset[str]]  # each headline's specifics (rare words and numbers)
    leads: list[frozenset[str]]  # the word and number keys of each headline and lead
    idf: dict[str, float]
    everywhere: frozenset[str]  # keys found in two or more languages
    results: list[str | None]  # the result each article leads with, if any


def _features(items: Sequence[Item], settings: Settings) -> _Features:
    """Each article's vector of all its keys, and of its shared keys only: the keys that
    occur in articles of two or more languages (names, places, numbers, cognates), which
    are what reports in different languages can have in common."""
    both = [keys(item.title, item.text, item.lang) for item in items]
    df: Counter[str] = Counter(k for article in both for k in article.counts)
    languages: dict[str, set[str]] = defaultdict(set)
    for item, article in zip(items, both, strict=True):
        for k in article.counts:
            languages[k].add(one_language(item.lang))
    n = len(items)
    cap = max(settings.min_df_cap, int(n * settings.max_df_share))
    idf = {k: math.log((n + 1) / (d + 0.5)) for k, d in df.items() if d <= cap}
    shared = {k: v for k, v in idf.items() if len(languages[k]) > 1}
    return _Features(
        [weighted(article.counts, idf) for article in both],
        [weighted(article.counts, shared) for article in both],
        [frozenset(k for k in article.named if k in idf) for article in both],
        [frozenset(k for k in article.head if k in idf) for article in both],
        [article.lead for article in both],
        idf,
        frozenset(shared),
        [first_result(i.title, i.text) for i in items],
    )


def _headline_cover(a: int, b: int, features: _Features, cross: bool) -> float:
    """How much of the better-covered headline's specifics (idf-weighted) the other
    article's headline and lead have. Two reports of one event name in their leads the
    place and people that the other's headline names; two events of one kind, in one
    region, on one day (two avalanches, two central banks' decisions) differ in exactly
    those, and a report that names the other event does so further down ("Norges Bank,
    half an hour later, left its rate unchanged"). Across languages only a headline's
    names and the keys languages share are compared."""
    best = 0.0
    for head, other in ((a, b), (b, a)):
        words = features.heads[head]
        if cross:
            words = words & (features.everywhere | features.names[head])
        total = sum(features.idf[k] for k in words)
        if not total:
            return 1.0  # a headline without specifics tells nothing
        found = sum(features.idf[k] for k in words if k in features.leads[other])
        best = max(best, found / total)
    return best


def _similarities(
    items: Sequence[Item], features: _Features, settings: Settings
) -> dict[tuple[int, int], float]:
    """Cosine of every pair within the time window that shares at least one key: of all
    keys within a language, of shared keys across languages. Two articles with no name
    or number in common are never one story, however many words they share (in a small
    set, ordinary words are rare too). Two that lead with different results (scores)
    report two games, however much else they share, and keep `other_result` of it."""
    vectors, shared, names = features.vectors, features.shared, features.names
    postings: dict[str, list[int]] = defaultdict(list)
    for index, vector in enumerate(vectors):
        for k in vector:
            postings[k].append(index)
    days = [item.published.astimezone(dt.UTC).date() for item in items]
    window = dt.timedelta(days=settings.window_days)
    sims: dict[tuple[int, int], float] = {}
    for a, vector in enumerate(vectors):
        dots: dict[int, float] = defaultdict(float)
        for k, weight in vector.items():
            for b in postings[k]:
                if b > a:
                    dots[b] += weight * vectors[b][k]
        for b, dot in dots.items():
            if abs(days[a] - days[b]) > window or not names[a] & names[b]:
                continue
            cross = one_language(items[a].lang) != one_language(items[b].lang)
            if cross:
                dot = sum(w * shared[b].get(k, 0.0) for k, w in shared[a].items())
            results = features.results[a], features.results[b]
            if dot > 0 and None not in results and results[0] != results[1]:
                dot *= settings.other_result
            if dot > 0 and settings.headline_floor < 1.0:
                cover = _headline_cover(a, b, features, cross)
                dot *= settings.headline_floor + (1 - settings.headline_floor) * cover
            if dot > 0:
                sims[(a, b)] = dot
    return sims


def _closest(
    items: Sequence[Item], sims: dict[tuple[int, int], float], settings: Settings
) -> tuple[dict[tuple[int, int], float], dict[int, tuple[float, int]]]:
    """Each linked pair's bar, and each article's closest match: the article whose
    similarity to it is the highest share of their bar, with that share."""
    languages = [one_language(item.lang) for item in items]
    kinds: dict[tuple[str, str, bool], float] = {}  # two languages, 18 h apart or not:
    # all a lone pair's bar depends on, so it is computed once per kind
    bars: dict[tuple[int, int], float] = {}
    closest: dict[int, tuple[float, int]] = {}
    for (a, b), similarity in sims.items():
        kind = (languages[a], languages[b], abs(items[a].published - items[b].published) >= APART)
        if kind not in kinds:
            kinds[kind] = _bar(_Group.of(a, items[a]), _Group.of(b, items[b]), settings)
        bars[(a, b)] = bar = kinds[kind]
        ratio = similarity / bar
        for one, other in ((a, b), (b, a)):
            if ratio > closest.get(one, (0.0, -1))[0]:
                closest[one] = (ratio, other)
    return bars, closest


def _mutual_best(
    sims: dict[tuple[int, int], float],
    bars: dict[tuple[int, int], float],
    closest: dict[int, tuple[float, int]],
    settings: Settings,
) -> dict[tuple[int, int], float]:
    """Lift to its bar the link of two articles that are each other's closest match and
    come within `mutual_best` of it. A story told by two reports only has nothing else
    to lean on, and two reports of one event in words of their own (a shooting "in
    Husby" and "in northern Stockholm") fall just short; two different events seldom
    are each other's closest match when either has a report of its own."""
    if settings.mutual_best >= 1.0:
        return sims
    lifted = dict(sims)
    for a, (ratio, b) in closest.items():
        if a < b and closest[b][1] == a and settings.mutual_best <= ratio < 1.0:
            lifted[(a, b)] = bars[(a, b)]  # the pair's link now clears its bar
    return lifted


APART = dt.timedelta(hours=18)


@dataclass(slots=True)
class _Group:
    """What a group's bar needs: its members, their languages (and how many are in each
    family of close languages, see close_languages.py) and sorted times."""

    members: list[int]
    languages: Counter[str]
    times: list[dt.datetime]
    families: Counter[frozenset[str]] = field(default_factory=Counter)

    @classmethod
    def of(cls, index: int, item: Item) -> _Group:
        lang = one_language(item.lang)
        lang_family = relatives(lang)
        families = Counter([lang_family]) if lang_family else Counter()
        return cls([index], Counter([lang]), [item.published], families)

    @classmethod
    def of_members(cls, members: list[int], items: Sequence[Item]) -> _Group:
        group = cls.of(members[0], items[members[0]])
        for index in members[1:]:
            group.merge(cls.of(index, items[index]))
        return group

    def merge(self, other: _Group) -> None:
        self.members = sorted(self.members + other.members)
        self.languages += other.languages
        self.times = sorted(self.times + other.times)
        self.families += other.families


def _bar(left: _Group, right: _Group, settings: Settings) -> float:
    """Mean over the pairs of the two groups of each pair's bar: same-, related- or
    cross-language, plus `next_day` for a pair published 18 h or more apart."""
    pairs = len(left.members) * len(right.members)
    same = sum(n * right.languages[lang] for lang, n in left.languages.items())
    near = 0
    if left.families and right.families:  # pairs in one family, less those in one language
        near = sum(n * right.families[f] for f, n in left.families.items()) - sum(
            n * right.languages[lang] for lang, n in left.languages.items() if relatives(lang)
        )
    apart = sum(
        bisect.bisect_right(right.times, t - APART)
        + len(right.times)
        - bisect.bisect_left(right.times, t + APART)
        for t in left.times
    )
    total = (
        same * settings.same_language
        + near * settings.related_language
        + (pairs - same - near) * settings.cross_language
    )
    return (total + apart * settings.next_day) / pairs


def _average_linkage(
    items: Sequence[Item],
    sims: dict[tuple[int, int], float],
    settings: Settings,
    bars: dict[tuple[int, int], float] | None = None,
) -> list[list[int]]:
    """Merge the most similar pair of groups while their average link clears their bar.

    Pairs without a link count as 0, so a group joins another only when most of their
    articles are alike; a group in one language joins another language's group on the
    keys languages share, which are fewer, hence the lower cross-language bar. `bars`
    (each linked pair's, from _closest) spares scoring every lone pair's bar again."""
    if bars is None:
        bars, _ = _closest(items, sims, settings)
    groups = {i: _Group.of(i, item) for i, item in enumerate(items)}
    links: dict[tuple[int, int], float] = dict(sims)
    neighbours: dict[int, set[int]] = defaultdict(set)
    for a, b in links:
        neighbours[a].add(b)
        neighbours[b].add(a)

    def score(a: int, b: int) -> float:
        left, right = groups[a], groups[b]
        mean = links[(a, b)] / (len(left.members) * len(right.members))
        return mean - _bar(left, right, settings)

    # Entries carry the versions of both groups when scored; a merge bumps the version of
    # the group it grows, which voids that group's older entries.
    version = dict.fromkeys(groups, 0)
    heap = [(bars[(a, b)] - link, a, b, 0, 0) for (a, b), link in links.items()]
    heapq.heapify(heap)
    while heap:
        negative, a, b, version_a, version_b = heapq.heappop(heap)
        if a not in groups or b not in groups or (version_a, version_b) != (version[a], version[b]):
            continue
        if -negative < 0:
            break
        if not _close_in_time(groups[a].times + groups[b].times, settings):
            continue
        groups[a].merge(groups.pop(b))
        version[a] += 1
        for c in neighbours.pop(b):
            neighbours[c].discard(b)
            if c == a:
                continue
            old = links.pop((min(b, c), max(b, c)))
            pair = (min(a, c), max(a, c))
            links[pair] = links.get(pair, 0.0) + old
            neighbours[a].add(c)
            neighbours[c].add(a)
        links.pop((min(a, b), max(a, b)), None)
        neighbours[a].discard(b)
        for c in neighbours[a]:
            x, y = min(a, c), max(a, c)
            heapq.heappush(heap, (-score(x, y), x, y, version[x], version[y]))
    return sorted(g.members for g in groups.values())


def _lone_to_story(
    items: Sequence[Item],
    sims: dict[tuple[int, int], float],
    clusters: list[list[int]],
    closest: dict[int, tuple[float, int]],
    settings: Settings,
) -> list[list[int]]:
    """Join a lone article to the story of its closest match, when its mean link to
    that story comes within `mutual_best` of their bar and no other lone article's
    comes closer. The report that tells a story in words of its own (a regional
    paper's angle, the next morning's rising toll) falls short of a story's average, as
    a story told by two reports falls short of one bar (see _mutual_best); a different
    event of one kind seldom has its closest match in the story and is the story's
    closest lone article too."""
    if settings.mutual_best >= 1.0:
        return clusters
    where = {index: n for n, members in enumerate(clusters) for index in members}
    groups: dict[int, _Group] = {}
    best: dict[int, tuple[float, int]] = {}  # story -> (ratio, its closest lone article)
    for one, (_, match) in closest.items():
        n = where[match]
        if len(clusters[where[one]]) > 1 or len(clusters[n]) < 2:
            continue
        if n not in groups:
            groups[n] = _Group.of_members(clusters[n], items)
        total = sum(sims.get((min(one, m), max(one, m)), 0.0) for m in clusters[n])
        bar = _bar(_Group.of(one, items[one]), groups[n], settings)
        ratio = total / len(clusters[n]) / bar
        if ratio > best.get(n, (0.0, -1))[0]:
            best[n] = (ratio, one)
    joined = [list(members) for members in clusters]
    for n, (ratio, one) in best.items():
        times = [*groups[n].times, items[one].published]
        if ratio >= settings.mutual_best and _close_in_time(times, settings):
            joined[n] = sorted([*joined[n], one])
            joined[where[one]] = []
    return sorted(members for members in joined if members)


def _close_in_time(times: list[dt.datetime], settings: Settings) -> bool:
    """Every article of the merged story has another within the window (no long chains
    of day-after-day reports of different events)."""
    days = sorted(t.astimezone(dt.UTC).date() for t in times)
    gap = dt.timedelta(days=settings.window_days)
    return all(later - earlier <= gap for earlier, later in itertools.pairwise(days))


def _story(items: Sequence[Item], members: list[int], sims: dict) -> Story:
    def centrality(i: int) -> tuple:
        total = sum(sims.get((min(i, j), max(i, j)), 0.0) for j in members if j != i)
        return (-total, items[i].published, i)

    head = min(members, key=centrality)
    return Story(
        ids=[items[i].id for i in members],
        headline=items[head].id,
        languages=sorted({items[i].lang for i in members}),
    )
