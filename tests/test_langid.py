"""Language identification: narrowing prose to its function words' languages must give
lingua's own answer, and leave text without clear function words to all 75 languages."""

from __future__ import annotations

import glob

import frontmatter
import pytest

from digestpress import langid
from digestpress.pipeline import is_prose

from .helpers import PROSE_DE, PROSE_EN

SWEDISH = (
    "Regeringen meddelade på tisdagen att den planerar att sänka skatten för pensionärer "
    "nästa år, enligt finansministern som talade vid en presskonferens i Stockholm."
)
UKRAINIAN = (
    "У ніч на вівторок російські війська атакували Харків, і мер міста сказав, що це була "
    "одна з найсильніших атак за останні місяці. Він додав, що рятувальники працюють на "
    "місці до ранку."
)


@pytest.mark.parametrize(
    ("text", "lang"), [(PROSE_EN, "en"), (PROSE_DE, "de"), (SWEDISH, "sv"), (UKRAINIAN, "uk")]
)
def test_prose_is_narrowed_to_its_language_and_its_relatives(text: str, lang: str) -> None:
    candidates = langid.prose_candidates(text)
    assert candidates is not None and lang in candidates
    assert len(candidates) < 40  # of 75
    assert langid.guess_prose(text).lang == lang


def test_close_relatives_stay_candidates() -> None:
    assert {"sv", "da", "nb", "nn"} <= langid.prose_candidates(SWEDISH)


def test_short_or_unlisted_text_weighs_every_language() -> None:
    assert langid.prose_candidates("Stockholm, Oslo och Köpenhamn") is None  # too short
    numbers_and_names = " ".join(["Zelensky Kharkiv 2026 Terekhov Saltivka"] * 5)
    assert langid.prose_candidates(numbers_and_names) is None  # no list covers a tenth


def test_languages_without_a_stop_word_list_are_always_candidates() -> None:
    serbian = (
        "Влада Србије је у четвртак усвојила нови закон о буџету, а министар финансија "
        "рекао је да ће плате у јавном сектору бити повећане од јануара следеће године."
    )
    candidates = langid.prose_candidates(serbian)
    assert candidates is not None and {"sr", "mk", "kk", "be"} <= candidates
    assert langid.guess_prose(serbian).lang == langid.guess(serbian).lang


def _samples() -> list[str]:
    samples = []
    for path in sorted(glob.glob("tests/stories/*/posts/*.md")):
        lines = [line for line in frontmatter.load(path).content.split("\n") if line.strip()]
        prose = [line for line in lines if is_prose(line)] or lines
        samples.append(" ".join(prose)[: langid.SAMPLE_CHARS])
    return samples


def test_narrowing_agrees_with_lingua_on_every_labelled_article() -> None:
    samples = _samples()
    assert len(samples) >= 150
    narrowed = sum(langid.prose_candidates(s) is not None for s in samples)
    assert narrowed >= 0.95 * len(samples)  # the shortcut is taken, and
    for sample in samples:  # gives lingua's own answer
        assert langid.guess_prose(sample).lang == langid.guess(sample).lang, sample


def test_a_listed_relative_ruled_out_by_function_words_is_weighed_again() -> None:
    """Turkish prose has few free function words: here Spanish's stop-word list covers 5
    words and Turkish's 2, so Turkish was not a candidate, while Azerbaijani, which has
    no list, always is: the shortcut answered Azerbaijani until Turkish was weighed too."""
    text = (
        "Malatya'nın Pütürge ilçesinde sabah saatlerinde meydana gelen 5,9 büyüklüğündeki "
        "depremin bilançosu netleşiyor. AFAD'ın akşam saatlerinde yaptığı son açıklamaya göre "
        "depremde 2 kişi hayatını kaybetti, yaralı sayısı 83'e yükseldi. Yaralılardan 71'i "
        "ayakta tedavi edilerek taburcu edildi, 12 kişinin ha"
    )
    assert "tr" not in langid.prose_candidates(text)
    assert langid.guess_prose(text).lang == langid.guess(text).lang == "tr"
