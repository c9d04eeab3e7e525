"""Each cleaning step on its own: what it removes, what it must keep."""

from __future__ import annotations

from digestpress import reasons
from digestpress.shape import undouble
from digestpress.steps.captions import drop_foreign_captions
from digestpress.steps.fragments import join_fragments
from digestpress.steps.head import take_head
from digestpress.steps.labels import take_labelled
from digestpress.steps.page import drop_banner, drop_noise
from digestpress.steps.prompts import drop_prompts
from digestpress.steps.repeats import drop_repeats
from digestpress.steps.split import split_articles
from digestpress.steps.tail import drop_tail

from .helpers import PROSE_DE, PROSE_EN, ctx, lines, texts


def test_noise_lines_go() -> None:
    out = drop_noise(lines(".", "***", PROSE_EN, "—"), ctx())
    assert texts(out.kept) == [PROSE_EN]
    assert {r.reason for r in out.removed} == {reasons.NOISE}


def test_banner_with_domain_or_foreign_language_but_never_the_title() -> None:
    out = drop_banner(
        lines("Dagbladet.no – Nyheter og sport", "Big storm hits the coast", PROSE_EN), ctx()
    )
    assert texts(out.kept) == ["Big storm hits the coast", PROSE_EN]
    out = drop_banner(lines("Big storm hits the coast", PROSE_EN), ctx())
    assert texts(out.kept) == ["Big storm hits the coast", PROSE_EN]


def test_split_listing_page_drops_day_markers() -> None:
    ls = lines(
        "First title here",
        "2025-03-01",
        PROSE_EN,
        "Text: Anna Berg",
        "3 March 2025",
        "Second title here",
        "2025 03 03",
        PROSE_EN + " Second.",
    )
    split = split_articles(ls)
    assert [texts(s)[0] for s in split.segments] == ["First title here", "Second title here"]
    assert [(r.text, r.reason) for r in split.removed] == [("3 March 2025", reasons.LISTING_DATE)]


def test_single_article_is_not_split() -> None:
    split = split_articles(lines("A title", "14 March 2025", PROSE_EN))
    assert len(split.segments) == 1


def test_head_takes_title_and_dateline_with_publisher() -> None:
    out = take_head(lines("Storm hits.", "Daily PostDaily Post14/03/2025 08:15", PROSE_EN), ctx())
    assert out.meta["title"] == "Storm hits."
    assert out.meta["date"].isoformat() == "2025-03-14"
    assert out.meta["time"].isoformat() == "08:15:00"
    assert out.meta["source"] == "Daily Post"
    assert texts(out.kept) == [PROSE_EN]


def test_head_without_title_line() -> None:
    out = take_head(lines("Summary:", "- one point", "- two points", PROSE_EN), ctx())
    assert "title" not in out.meta and len(out.kept) == 4


def test_undouble() -> None:
    assert undouble("Daily NewsDaily News") == "Daily News"
    assert undouble("Anna Anna") == "Anna"
    assert undouble("Daily News") == "Daily News"


def test_labelled_lines_become_metadata() -> None:
    out = take_labelled(
        lines(
            PROSE_EN,
            "Photo: Jane Roe/Reuters",
            "By John Smith and Mary Major",
            "Source: https://example.com/story-1",
            "OrtHamburg",
            "Quelle: Deutsche Presse-Agentur",
        ),
        ctx(),
    )
    assert texts(out.kept) == [PROSE_EN]
    assert out.meta["photo_credits"] == ["Jane Roe/Reuters"]
    assert out.meta["authors"] == ["John Smith", "Mary Major"]
    assert out.meta["source_url"] == "https://example.com/story-1"
    assert out.meta["location"] == "Hamburg"
    assert out.meta["source"] == "Deutsche Presse-Agentur"


def test_label_words_inside_ordinary_text_stay() -> None:
    keep = lines(
        "By the end of the week the council had agreed.",
        "Photographers gathered outside the court.",
        "Ortschaften im Norden waren betroffen.",
        "PORTUGAL VENCE A FINAL",
    )
    out = take_labelled(keep, ctx())
    assert texts(out.kept) == texts(keep)


def test_prompts_placeholders_and_teasers() -> None:
    ls = lines(
        "[annons]",
        PROSE_EN,
        "READ ALSO: Ten things to know about the budget",
        "Advertisement",
        PROSE_EN + " More.",
        "12 comments",
        "Kommentare (0)",
        "Leave a comment and tell us what you think of this story!",
        "Share on Facebook",
    )
    out = drop_prompts(ls, ctx())
    assert texts(out.kept) == [PROSE_EN, PROSE_EN + " More."]
    got = {r.text: r.reason for r in out.removed}
    assert got["[annons]"] == reasons.ADVERT
    assert got["READ ALSO: Ten things to know about the budget"] == reasons.READ_ALSO
    assert got["12 comments"] == reasons.COMMENT
    assert got["Share on Facebook"] == reasons.SHARE


def test_sentences_that_mention_prompt_words_stay() -> None:
    ls = lines(
        PROSE_EN,
        "The minister declined to comment on the cookies found in the canteen.",
        "Readers can subscribe to the paper at a discount, the publisher said in a statement.",
        PROSE_EN + " End.",
    )
    assert texts(drop_prompts(ls, ctx()).kept) == texts(ls)


def test_repeats_collapse_but_short_answers_stay() -> None:
    ls = lines(
        "Section heading that repeats",
        PROSE_EN,
        "– Yes.",
        "– No.",
        "– Yes.",
        "Section heading that repeats",
        PROSE_EN,
        "The title of the article",
    )
    out = drop_repeats(ls, ctx(title="The title of the article"))
    assert texts(out.kept) == [
        "Section heading that repeats",
        PROSE_EN,
        "– Yes.",
        "– No.",
        "– Yes.",
    ]
    assert all(r.reason == reasons.DUPLICATE for r in out.removed)


def test_foreign_caption_goes_but_foreign_quotes_and_names_stay() -> None:
    ls = lines(
        PROSE_DE,
        "Chiến sự Ukraine ngày 1.115: Ông Putin gửi tín hiệu riêng cho ông Trump - Ảnh 1.",
        "“We will not give up on this city,” the mayor told reporters.",
        "Olaf Scholz, Emmanuel Macron, Giorgia Meloni",
        PROSE_DE,
    )
    out = drop_foreign_captions(ls, ctx("de"))
    assert [r.number for r in out.removed] == [2]
    assert out.removed[0].reason == reasons.CAPTION


def test_close_languages_are_not_foreign() -> None:
    nb = "Regjeringen har bestemt at skatten på tobakk skal økes fra neste år, sier departementet."
    ls = lines(nb, "Regeringen har besluttet at hæve skatten på tobak fra næste år.")
    assert drop_foreign_captions(ls, ctx("nb")).removed == []


def test_tail_navigation_goes_but_list_after_colon_stays() -> None:
    ls = lines(
        PROSE_EN,
        "Key facts:",
        "- 3 dead",
        "- 10 injured",
        "Most read",
        "Another headline about something else",
        "Sport",
        "Culture",
    )
    out = drop_tail(ls, ctx())
    assert texts(out.kept) == [PROSE_EN, "Key facts:", "- 3 dead", "- 10 injured"]
    assert len(out.removed) == 4


def test_tail_keeps_a_short_closing_sentence() -> None:
    ls = lines(PROSE_EN, "Update", "The minister resigned on Friday evening.")
    assert texts(drop_tail(ls, ctx()).kept) == texts(ls)


def test_broken_lines_are_joined() -> None:
    ls = lines("Title", "In a recent statement he has", "Putin said he was open.", "Heading")
    out = join_fragments(ls, ctx())
    assert texts(out.kept) == [
        "Title",
        "In a recent statement he has Putin said he was open.",
        "Heading",
    ]
    assert out.kept[1].all_numbers == (2, 3)


def test_a_line_closed_by_a_quotation_is_not_a_fragment() -> None:
    ls = lines(
        "Title", "READ ALSO: Minister – “We have nothing to say on”", "Heading of the section"
    )
    assert len(join_fragments(ls, ctx()).kept) == 3


def test_headline_ending_in_exclamation_with_repeat_is_the_title() -> None:
    ls = lines("Peace talks resume today!", "Peace talks resume today!", PROSE_EN)
    out = take_head(ls, ctx())
    assert out.meta["title"] == "Peace talks resume today!"
    rest = drop_repeats(out.kept, ctx(title=out.meta["title"]))
    assert texts(rest.kept) == [PROSE_EN]


def test_a_labelled_line_is_not_a_fragment() -> None:
    ls = lines("Title", "READ ALSO: The plans for the new harbour and", "Next paragraph of text.")
    assert len(join_fragments(ls, ctx()).kept) == 3


def test_title_is_found_below_site_chrome_and_above_standfirst_and_byline() -> None:
    ls = lines(
        "Dagbladet.no – Nyheter og sport",
        "Home › News › Europe",
        "EXCLUSIVE",
        "Ferry line to reopen after six months of repairs on the harbour",
        "Residents had waited since March for the crossing to return to service",
        "Anna Berg",
        "@annaberg",
        "14 March 2025 08:15",
        PROSE_EN,
    )
    out = take_head(ls, ctx())
    assert out.meta["title"] == "Ferry line to reopen after six months of repairs on the harbour"
    assert out.meta["authors"] == ["Anna Berg"]
    assert out.meta["date"].isoformat() == "2025-03-14"
    assert texts(out.kept)[0].startswith("Residents had waited")
    assert {r.reason for r in out.removed if r.number <= 3} == {reasons.BANNER}


def test_boxes_labelled_newsletter_and_related_lists_go() -> None:
    from digestpress.steps.boxes import drop_boxes

    ls = lines(
        PROSE_EN,
        "NEWSLETTER",
        "Get the day's most important news in your inbox every morning.",
        "Your e-mail address",
        "Subscribe",
        PROSE_EN + " Second paragraph.",
        "Related coverage",
        "What happens to the harbour next",
        "Airports brace for delays",
        PROSE_EN + " Third paragraph.",
    )
    out = drop_boxes(ls, ctx())
    assert texts(out.kept) == [
        PROSE_EN,
        PROSE_EN + " Second paragraph.",
        PROSE_EN + " Third paragraph.",
    ]


def test_shape_rules_reading_time_copyright_tags_menus() -> None:
    ls = lines(
        "Home › World › Europe",
        "4 min read",
        PROSE_EN,
        "Tags: harbour, council, budget",
        PROSE_EN + " Again.",
        "© 2025 Example Media. All rights reserved.",
    )
    out = drop_prompts(ls, ctx())
    assert texts(out.kept) == [PROSE_EN, PROSE_EN + " Again."]
    assert [r.reason for r in out.removed] == [
        reasons.NAVIGATION,
        reasons.READING_TIME,
        reasons.RELATED,
        reasons.COPYRIGHT,
    ]


def test_html_is_not_a_menu() -> None:
    ls = lines("<b>Bold</b> claim: <i>council</i> votes", PROSE_EN)
    assert drop_prompts(ls, ctx()).removed == []


def test_foreign_caption_credit_is_kept_in_metadata() -> None:
    ls = lines(
        "Gradsko vijeće Dubrovnika u utorak je izglasalo odluku o ograničenju broja posjetitelja na Stradunu.",
        "Tourists crowd the Stradun in Dubrovnik's Old Town on a summer afternoon (Photo: Pixsell)",
        "Odluka stupa na snagu prvog lipnja, a gradske vlasti najavljuju i dodatne kontrole u starom gradu.",
    )
    out = drop_foreign_captions(ls, ctx("hr"))
    assert [r.number for r in out.removed] == [2]
    assert out.meta["photo_credits"] == ["Pixsell"]


def test_tags_are_names_not_titles_or_german_nouns() -> None:
    from digestpress.metadata import salient_names
    from digestpress.structure import Block

    nb = [
        Block(
            "paragraph",
            [
                "Byrådsleder Marte Haugland sa tirsdag at byen vil bygge ny skole i Åsane.",
                "Skolen skal ifølge Marte Haugland stå ferdig i 2027, opplyser kommunen i Åsane.",
            ],
        )
    ]
    tags = salient_names("Ny skole i Åsane", nb, "nb", 5)
    assert "Marte Haugland" in tags and "Åsane" in tags
    assert not any("Byråd" in t for t in tags)
    de = [
        Block(
            "paragraph",
            [
                "Das Containerschiff lief vor Blankenese auf Grund, teilte die Wasserschutzpolizei mit.",
                "Das Containerschiff wurde am Abend von Schleppern der Reederei Hapag-Lloyd befreit.",
                "Die Reederei Hapag-Lloyd und die Hamburg Port Authority prüfen den Vorfall, die HPA berichtet.",
                "Die HPA will den Grund bis Freitag klären.",
            ],
        )
    ]
    tags = salient_names("Schiff auf Grund", de, "de", 5)
    assert "Containerschiff" not in tags and "Grund" not in tags
    assert "Reederei Hapag-Lloyd" in tags and "HPA" in tags
