"""Story grouping: names across scripts, near-duplicates, hard negatives, the labelled set."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

import pytest

from digestpress.cli import main
from digestpress.close_languages import DATA_FILE as RELATED_FILE
from digestpress.close_languages import related
from digestpress.files import read_yaml
from digestpress.stories import Item, group
from digestpress.stories.evaluate import Scores, evaluate, pairs, pooled, score
from digestpress.stories.grouping import (
    Settings,
    _average_linkage,
    _bar,
    _closest,
    _features,
    _Group,
    _headline_cover,
    _lone_to_story,
    _mutual_best,
)
from digestpress.stories.keys import first_result, keys, number_key, skeleton

SETS = Path(__file__).parent / "stories"
NOON = dt.datetime(2026, 3, 10, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    "variants",
    [
        ["Зеленський", "Zelensky", "Zelenskyy", "Selenskyj", "Zełenski", "Zelenskyj", "Zelenskyi"],
        ["Харків", "Kharkiv", "Charkiw", "Charków", "Harkova", "Харкові"],
        ["Москва", "Moskva", "Moskwa"],
        ["Stockholm", "Sztokholm", "Sztokholmie", "Stockholmu"],
    ],
)
def test_one_name_in_many_languages_and_scripts_has_one_skeleton(variants: list[str]) -> None:
    assert len({skeleton(v.casefold()) for v in variants}) == 1


def test_different_names_keep_different_skeletons() -> None:
    assert skeleton("zelensky") != skeleton("zaluzhny")
    assert skeleton("kharkiv") != skeleton("kherson")


@pytest.mark.parametrize(
    ("text", "digits"),
    [("40,000", "40000"), ("40 000", "40000"), ("40.000", "40000"), ("4,2", "42"), ("4.2", "42")],
)
def test_numbers_lose_their_separators(text: str, digits: str) -> None:
    assert number_key(text) == digits


def item(id_: str, lang: str, title: str, text: str, hours: float = 0) -> Item:
    return Item(id_, lang, NOON + dt.timedelta(hours=hours), title, text)


WIRE = (
    "Firefighters battled a blaze at the Hanseatic timber yard in Lübeck for nine hours on "
    "Tuesday. The fire destroyed 4,800 cubic metres of sawn wood and two warehouses, the "
    "fire brigade said. Chief officer Kerstin Mahlberg said 140 firefighters were deployed."
)
OTHER = (
    "Lübeck's city council approved a new tram line on Tuesday. Mayor Jan Lindenau said "
    "construction of the 11-kilometre line to Travemünde would start in 2028 and cost "
    "390 million euros, with most of the money coming from the federal government."
)


def test_near_duplicate_copies_of_one_article_are_one_story() -> None:
    edited = WIRE.replace("for nine hours on Tuesday", "on Tuesday for nine hours")
    stories = group(
        [
            item("a", "en", "Huge fire at Lübeck timber yard", WIRE),
            item("b", "en", "Lübeck: 140 firefighters fight timber yard blaze", edited, 2),
            item("c", "en", "Lübeck approves tram line to Travemünde", OTHER, 1),
        ]
    )
    assert sorted(s.ids for s in stories) == [["a", "b"], ["c"]]


def test_same_place_and_day_but_another_event_stays_apart() -> None:
    stories = group(
        [
            item("a", "en", "Huge fire at Lübeck timber yard", WIRE),
            item("b", "de", "Großbrand in Lübecker Holzlager", WIRE.replace("Tuesday", "Dienstag")),
            item("c", "en", "Lübeck approves tram line to Travemünde", OTHER, 1),
        ]
    )
    assert ["c"] in [s.ids for s in stories]


def test_grouping_is_a_partition_and_does_not_depend_on_input_order() -> None:
    from digestpress.stories.posts import load_items

    items = load_items(SETS / "dev" / "posts")
    first = group(items)
    shuffled = items[:]
    random.Random(7).shuffle(shuffled)
    again = group(shuffled)
    ids = [i for s in first for i in s.ids]
    assert sorted(ids) == sorted(i.id for i in items) and len(ids) == len(set(ids))
    assert {frozenset(s.ids) for s in first} == {frozenset(s.ids) for s in again}
    assert {s.headline for s in first} == {s.headline for s in again}


def test_pairwise_scores() -> None:
    truth, found = pairs([["a", "b", "c"], ["d"]]), pairs([["a", "b"], ["c", "d"]])
    s = score(truth, found)
    assert (s.precision, s.recall) == (0.5, round(1 / 3, 3))


def test_labelled_evaluation_sets_scores_do_not_regress() -> None:
    """Seven held-out sets (eval..eval7), written by helpers who saw neither the code nor
    the other sets; settings were chosen on the dev sets only. The floors sit just under
    what was measured (see `make eval-stories`). The issue asks P >= 0.95, R >= 0.85;
    pooled, the held-out sets reach P 0.964 and R 0.879. eval2 and eval4 fall short on
    precision (two games of one tournament, a club's match and its coach's sacking)."""
    measured = {
        "eval": (0.96, 0.94),
        "eval2": (0.94, 0.98),
        "eval3": (0.97, 0.91),
        "eval4": (0.88, 0.86),
        "eval5": (0.99, 0.77),
        "eval6": (0.99, 0.82),
        "eval7": (0.98, 0.81),
        "dev": (0.97, 0.9),
        "dev2": (0.95, 0.91),
        "dev3": (0.99, 0.96),
        "dev4": (0.96, 0.88),
        "dev5": (0.94, 0.88),
        "dev6": (0.96, 0.77),
    }
    held_out = []
    for name, (precision, recall) in measured.items():
        result = evaluate(SETS / name)
        assert result["languages"] >= 6
        assert result["all_pairs"]["precision"] >= precision, name
        assert result["all_pairs"]["recall"] >= recall, name
        assert result["cross_language_pairs"]["recall"] >= recall, name
        if name.startswith("eval"):
            held_out.append(Scores(**result["all_pairs"]))
    together = pooled(held_out)
    assert together.precision >= 0.96 and together.recall >= 0.87, together


AVALANCHE_SOELDEN = (
    "Two Dutch ski tourers were killed by an avalanche near Sölden in Tyrol on Monday. "
    "The avalanche warning level was 3 of 5, the Tyrol avalanche service said. Rescue "
    "leader Markus Gstrein said helicopters from Innsbruck searched the slope for two hours."
)
AVALANCHE_ISCHGL = (
    "Eine Lawine hat am Montag bei Ischgl im Paznaun in Tirol drei tschechische Freerider "
    "verschüttet. Die Lawinenwarnstufe lag bei 3 von 5, teilte der Lawinenwarndienst Tirol "
    "mit. Einsatzleiter Stefan Kathrein sagte, der Hubschrauber habe einen Verletzten nach "
    "Innsbruck geflogen."
)
AVALANCHE_SOELDEN_DE = (
    "Zwei niederländische Skitourengeher sind am Montag bei Sölden in Tirol von einer "
    "Lawine getötet worden. Die Lawinenwarnstufe lag bei 3 von 5. Einsatzleiter Markus "
    "Gstrein sagte, Hubschrauber aus Innsbruck hätten zwei Stunden gesucht."
)


def test_two_events_of_one_kind_whose_headlines_name_different_places_stay_apart() -> None:
    """Same region, day, kind and numbers: what tells the two avalanches apart is the
    place each headline names (Sölden, Ischgl), which the other event's reports lack."""
    articles = [
        item("a", "en", "Two Dutch skiers killed in avalanche near Sölden", AVALANCHE_SOELDEN),
        item("b", "de", "Lawine bei Ischgl verschüttet drei Freerider", AVALANCHE_ISCHGL, 1),
        item("c", "de", "Lawine bei Sölden: Zwei Niederländer tot", AVALANCHE_SOELDEN_DE, 3),
        item("d", "en", "Huge fire at Lübeck timber yard", WIRE),
        item("e", "en", "Lübeck approves tram line to Travemünde", OTHER, 1),
    ]
    assert sorted(s.ids for s in group(articles)) == [["a", "c"], ["b"], ["d"], ["e"]]
    without = group(articles, Settings(headline_floor=1.0))  # the signal is what decides
    assert ["a", "b", "c"] in [s.ids for s in without]


def test_two_articles_that_are_each_others_closest_match_join_just_under_the_bar() -> None:
    """Same language, so each pair's bar is 0.40. a and b are each other's best (0.35,
    0.875 of the bar): they join. c's best is e, so c and d (also 0.35) stay apart while
    c and e join. f and g are each other's best but at half the bar: apart."""
    articles = [item(x, "sv", x, x) for x in "abcdefg"]
    sims = {(0, 1): 0.35, (2, 3): 0.35, (2, 4): 0.38, (5, 6): 0.20}
    settings = Settings()
    bars, closest = _closest(articles, sims, settings)
    lifted = _mutual_best(sims, bars, closest, settings)
    assert lifted == {**sims, (0, 1): settings.same_language, (2, 4): settings.same_language}
    assert _average_linkage(articles, lifted, settings) == [[0, 1], [2, 4], [3], [5], [6]]
    assert _average_linkage(articles, sims, settings) == [[i] for i in range(7)]
    assert _mutual_best(sims, bars, closest, Settings(mutual_best=1.0)) == sims


def test_a_lone_article_joins_the_story_it_is_closest_to_when_that_story_is_closest_to_it() -> None:
    """Same language, bar 0.40. Story [0, 1, 2]; lone d (3) has its closest match there
    (a) and links to its three members at 0.35 on average (0.875 of the bar): it joins.
    Lone e (4) has its closest match there too, but d is closer: e stays alone. Lone h
    (7) has its closest match in [5, 6], at 0.25 on average (0.625 of the bar): too far."""
    articles = [item(x, "sv", x, x) for x in "abcdefgh"]
    sims = {
        (0, 1): 0.6, (0, 2): 0.6, (1, 2): 0.6,
        (0, 3): 0.40, (1, 3): 0.35, (2, 3): 0.30, (3, 5): 0.2,
        (0, 4): 0.33, (1, 4): 0.33, (2, 4): 0.33,
        (5, 6): 0.6, (5, 7): 0.25, (6, 7): 0.25,
    }  # fmt: skip
    settings = Settings()
    clusters = _average_linkage(articles, sims, settings)
    assert clusters == [[0, 1, 2], [3], [4], [5, 6], [7]]
    _, closest = _closest(articles, sims, settings)
    joined = _lone_to_story(articles, sims, clusters, closest, settings)
    assert joined == [[0, 1, 2, 3], [4], [5, 6], [7]]
    off = Settings(mutual_best=1.0)
    assert _lone_to_story(articles, sims, clusters, closest, off) == clusters


def test_a_lone_article_joins_only_the_story_of_its_closest_match() -> None:
    """Lone c (2) is closer on average to story [0, 1] (0.95 of the bar) than to story
    [3, 4] (0.9), but its closest single match is 3: it joins [3, 4], not [0, 1]."""
    articles = [item(x, "sv", x, x) for x in "abcde"]
    sims = {(0, 1): 0.6, (3, 4): 0.6, (0, 2): 0.38, (1, 2): 0.38, (2, 3): 0.39, (2, 4): 0.33}
    clusters = [[0, 1], [2], [3, 4]]
    _, closest = _closest(articles, sims, Settings())
    assert closest[2] == (0.39 / 0.40, 3)
    assert _lone_to_story(articles, sims, clusters, closest, Settings()) == [[0, 1], [2, 3, 4]]


def test_a_lone_article_does_not_join_a_story_it_is_not_close_to_in_time() -> None:
    """Its closest story ended two days before it (0.96 of the bar for a pair 18 h apart):
    no story spans a gap of more than the window."""
    articles = [item(x, "sv", x, x, hours) for x, hours in zip("abc", (0, 1, 60), strict=True)]
    sims = {(0, 1): 0.6, (0, 2): 0.48, (1, 2): 0.48}
    clusters = [[0, 1], [2]]
    _, closest = _closest(articles, sims, Settings())
    assert _lone_to_story(articles, sims, clusters, closest, Settings()) == clusters
    wide = Settings(window_days=3)
    assert _lone_to_story(articles, sims, clusters, closest, wide) == [[0, 1, 2]]


def test_stories_command_prints_json_for_any_folder_of_posts(capsys) -> None:
    assert main(["stories", str(SETS / "dev" / "posts"), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["posts"] == 90
    assert sum(len(s["ids"]) for s in out["stories"]) == 90
    for story in out["stories"]:
        assert story["headline"] in story["ids"] and story["languages"]


def test_stories_command_names_a_post_without_an_id(tmp_path: Path, capsys) -> None:
    (tmp_path / "x.md").write_text("---\ntitle: T\nlang: en\ndate: 2026-01-01\n---\nText\n")
    assert main(["stories", str(tmp_path), "--json"]) == 1
    assert "lacks id" in capsys.readouterr().err


def test_a_small_day_does_not_group_articles_that_share_only_ordinary_words() -> None:
    """With two articles, every word is 'rare'; no shared name or number, no story."""
    metro = (
        "Після ремонту в Києві знову відкрили для пасажирів станцію метро, повідомили в "
        "міській адміністрації в п'ятницю. Роботи фінансували міжнародні партнери."
    )
    heat = (
        "Харківська міська рада отримала модульні котельні, повідомили в міській "
        "адміністрації в п'ятницю. Котельні передали міжнародні партнери."
    )
    stories = group(
        [item("a", "uk", "Нова станція метро", metro), item("b", "uk", "Котельні", heat)]
    )
    assert sorted(s.ids for s in stories) == [["a"], ["b"]]


def test_concepts_join_reports_that_share_no_word() -> None:
    """'Drohne', 'дрони' and 'drone' are one concept; the names differ in script."""
    from digestpress.stories.concepts import concepts_of

    assert "drone" in concepts_of("drohnen", "de")
    assert "attack" in concepts_of("drohnenangriff", "de")
    assert "drone" in concepts_of("дронів", "uk")
    assert "drone" in concepts_of("drones", "en")
    assert concepts_of("drones", "xx") == ()  # a language without a file: no concepts
    assert concepts_of("snøskredet", "no") == concepts_of("snøskredet", "nb") != ()


@pytest.mark.parametrize(
    ("title", "text", "result"),
    [
        ("Berglund beats Krejci 6-4, 3-6, 7-6 (5)", "", "s:6-4.6-3.7-6"),
        ("Krejčí prohrál", "Krejčí prohrál 4:6, 6:3, 6:7.", "s:6-4.6-3.7-6"),  # the loser's
        ("Wróbel odpada", "Polak przegrał 5:7, 2:6 po godzinie gry.", "s:7-5.6-2"),
        ("Ibarra se despide", "Perdió 6-7 (3) y 4-6 ante Moreau.", "s:7-6.6-4"),
        ("Benfica beat Dortmund 2-1", "Hackenberg scored first.", "s:2-1"),
        ("Alba gewinnt 85:79 gegen Bamberg", "", "s:85-79"),
        ("Lakers edge Celtics 112-108", "", "s:112-108"),
        ("Anpfiff um 20:15", "Die Partie beginnt um 20:15 Uhr.", None),
        ("Benfica win", "It was 1-1 at half time; Benfica won 2-1.", None),  # interim scores
        ("Launch at night", "Lift-off at 23:14 on 2026-11-04, between 1:40 and 3:10.", None),
    ],
)
def test_the_result_a_report_leads_with(title: str, text: str, result: str | None) -> None:
    """A run of scores in the headline or lead, each score higher side first (winner and
    loser report one key); a lone score counts only in a headline (in a lead it is as
    often an interim one), and clock times and dates are not scores."""
    assert first_result(title, text) == result


QUARTER_A = (
    "Home favourite Linus Berglund beat fourth seed Tomas Krejci 6-4, 3-6, 7-6 (5) in the "
    "Stockholm Open quarter-finals on Friday. Berglund will meet Mikkel Holst, who beat "
    "Kacper Wrobel 7-5, 6-2 earlier in the day, in Saturday's semi-final at the Royal Hall."
)
QUARTER_A_SV = (
    "Linus Berglund slog fjärdeseedade Tomas Krejci med 6-4, 3-6, 7-6 (5) i kvartsfinalen i "
    "Stockholm Open på fredagen. I semifinalen väntar Mikkel Holst, som tidigare under dagen "
    "besegrade Kacper Wrobel med 7-5, 6-2 i Kungliga tennishallen."
)
QUARTER_B = (
    "Mikkel Holst reached the Stockholm Open semi-finals by beating qualifier Kacper Wrobel "
    "7-5, 6-2 on Friday at the Royal Hall. The Dane now faces Linus Berglund, who knocked "
    "out Tomas Krejci 6-4, 3-6, 7-6 (5) in the evening session."
)


def test_two_games_of_one_tournament_that_name_each_other_stay_apart() -> None:
    """Each report names the other game's players, venue and score: what tells them
    apart is the result each leads with."""
    articles = [
        item("a", "en", "Berglund stuns Krejci to reach Stockholm semi-final", QUARTER_A),
        item("b", "sv", "Berglund knäckte Krejci – klar för semifinal", QUARTER_A_SV, 1),
        item("c", "en", "Holst beats Wrobel to reach Stockholm semi-finals", QUARTER_B, 2),
    ]
    assert sorted(s.ids for s in group(articles)) == [["a", "b"], ["c"]]
    without = group(articles, Settings(other_result=1.0))  # the signal is what decides
    assert ["a", "b", "c"] in [s.ids for s in without]


def test_the_lead_is_the_headline_and_the_first_paragraphs() -> None:
    filler = "The council met for its weekly session and discussed the budget. " * 10
    found = keys("Tram line for Lübeck", f"Mayor Lindenau spoke. {filler}Travemünde waits.", "en")
    assert {"w:" + skeleton("lübeck"), "w:" + skeleton("lindenau")} <= found.lead
    assert "w:" + skeleton("travemünde") in found.counts
    assert "w:" + skeleton("travemünde") not in found.lead  # 700 characters in


def test_a_report_that_names_another_event_further_down_does_not_cover_its_headline() -> None:
    """Two central banks decide on one morning, and each report closes with the other's
    decision. A headline's specifics count as covered only in the other report's lead."""
    background = (
        "Economists had expected the decision, and the currency barely moved. The board "
        "will publish its next forecasts in December, when markets expect a change. "
    ) * 4
    riksbank = "The Riksbank lowered borrowing costs to 1.75%. " + background
    norges = "Norges Bank left borrowing costs at 4.25%. " + background
    articles = [
        item("a", "en", "Riksbank cuts rate to 1.75%", riksbank + "Norges Bank held at 4.25%."),
        item("b", "en", "Norges Bank holds at 4.25%", norges + "The Riksbank cut to 1.75%."),
    ]
    features = _features(articles, Settings())
    assert _headline_cover(0, 1, features, cross=False) == 0.0
    named_early = item(
        "c", "en", "Norges Bank holds at 4.25%", "The Riksbank cut its rate to 1.75%. " + norges
    )
    features = _features([articles[0], named_early], Settings())
    assert _headline_cover(0, 1, features, cross=False) == 1.0


def test_related_languages_are_judged_between_one_language_and_two() -> None:
    """Swedish and Danish reports share ordinary words ("renten", "inflation"), not
    only names, so a pair across them must be more alike than a Swedish-German pair."""
    assert related("sv", "da") and related("nb", "nn") and related("cs", "sk")
    assert not related("sv", "de") and not related("sv", "sv") and not related("xx", "xy")
    settings = Settings()

    def bar(left: list[str], right: list[str]) -> float:
        def of(langs: list[str]) -> _Group:
            groups = [_Group.of(i, item(str(i), lang, "T", "x")) for i, lang in enumerate(langs)]
            for other in groups[1:]:
                groups[0].merge(other)
            return groups[0]

        return _bar(of(left), of(right), settings)

    assert bar(["sv"], ["da"]) == settings.related_language
    assert bar(["nn"], ["nb"]) == settings.same_language  # two standards of Norwegian
    assert bar(["sv"], ["de"]) == settings.cross_language
    assert bar(["sv"], ["sv"]) == settings.same_language
    assert bar(["sv", "de"], ["da"]) == (settings.related_language + settings.cross_language) / 2
    assert (
        bar(["sv", "da"], ["sv", "nb"])
        == (settings.same_language + 3 * settings.related_language) / 4
    )
    assert settings.cross_language < settings.related_language < settings.same_language


def test_related_language_groups_are_disjoint_and_known_to_babel() -> None:
    from babel import Locale

    groups = read_yaml(RELATED_FILE)["groups"]
    codes = [code for group in groups for code in group]
    assert len(codes) == len(set(codes))
    for code in codes:
        if code != "cnr":  # Montenegrin: no CLDR locale of its own
            assert Locale.parse(code).language == code


def test_every_concept_lexicon_names_the_same_concepts() -> None:
    """A concept missing from one language cannot join that language's reports."""
    from digestpress.stories.concepts import DATA_DIR

    files = sorted(DATA_DIR.glob("*.yaml"))
    assert len(files) >= 31
    reference = list(read_yaml(DATA_DIR / "en.yaml")["concepts"])
    for path in files:
        data = read_yaml(path)
        assert data["lang"] == path.stem, path
        concepts = data["concepts"]
        assert list(concepts) == reference, path
        for concept, words in concepts.items():
            assert all(isinstance(w, str) for w in words or []), (path, concept)
            assert all(w == w.lower() and " " not in w for w in words or []), (path, concept)
        assert sum(bool(words) for words in concepts.values()) >= 0.95 * len(reference), path


@pytest.mark.parametrize(
    ("concept", "words"),
    [
        ("wolf", [("wölfe", "de"), ("vargarna", "sv"), ("sudet", "fi"), ("wilki", "pl")]),
        ("luggage", [("handgepäck", "de"), ("bagaglio", "it"), ("equipaje", "es")]),
        ("wind_power", [("vindkraftverk", "sv"), ("windkraftanlage", "de")]),
        ("tram", [("straßenbahn", "de"), ("tramwaj", "pl"), ("трамвай", "uk")]),
    ],
)
def test_concrete_things_are_one_concept_in_every_language(
    concept: str, words: list[tuple[str, str]]
) -> None:
    """Reports of one event in two languages share few names but name the same things."""
    from digestpress.stories.concepts import concepts_of

    for word, lang in words:
        assert concept in concepts_of(word.casefold(), lang), (word, lang)


@pytest.mark.parametrize(
    ("word", "lang", "concept"),
    [("İSTİFA", "tr", "resignation"), ("İflas", "tr", "bankruptcy"), ("ΦΩΤΙΆ", "el", "fire")],
)
def test_concepts_are_found_in_capitals(word: str, lang: str, concept: str) -> None:
    """Headlines in capitals: Turkish lower-cases I to ı and İ to i."""
    from digestpress.stories.keys import _words

    [(_, concepts, _)] = list(_words(word, lang))
    assert concept in concepts


def test_acronyms_that_differ_by_language_are_one_concept() -> None:
    from digestpress.stories.concepts import concepts_of

    court = {concepts_of(w, lang) for w, lang in [("eugh", "de"), ("cjeu", "en"), ("tjue", "es")]}
    assert court == {("cjeu",)}
    assert "who" in concepts_of("воз", "ru")  # a whole-word entry ...
    assert "who" not in concepts_of("возможно", "ru")  # ... is not a stem
    assert concepts_of("wtorek", "pl") == ()


def test_an_acronym_in_capitals_is_read_even_when_it_spells_a_stop_word() -> None:
    from digestpress.stories.keys import _words

    assert next(c for _, c, _ in _words("WHO warns", "en")) == ("who",)
    assert [m.group() for m, _, _ in _words("who warns", "en")] == ["warns"]


@pytest.mark.parametrize(
    ("title", "lang"),
    [
        ("EU-domstolen skärper kraven", "sv"),  # listed joined: "eudomstol"
        ("EU-tuomioistuin tiukensi", "fi"),  # listed joined: "eutuomioistui"
        ("EU-domstolen strammer inn", "nb"),
        ("EuGH setzt Grenzen", "de"),
    ],
)
def test_a_hyphenated_compound_names_its_own_concept(title: str, lang: str) -> None:
    """The EU's court is one concept in every language, not "EU" and some court."""
    from digestpress.stories.keys import keys

    counts = keys(title, "", lang).counts
    assert "c:cjeu" in counts
    assert "c:court" not in counts


def test_a_compound_of_two_words_that_name_things_apart_stays_two_words() -> None:
    """No entry reaches into "Massenstart": it keeps its own key beside the Olympics'."""
    from digestpress.stories.keys import keys

    counts = keys("Olympia-Massenstart der Frauen", "", "de").counts
    assert "c:olympics" in counts
    assert any(k.startswith("w:ms") for k in counts)
