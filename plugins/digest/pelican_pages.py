"""Skip Pelican's own article-output pass when the settings switch all of it off.

This site's pages come from the digest generator; pelicanconf.py sets every Pelican
article output (`ARTICLE_SAVE_AS`, `TAG_SAVE_AS`, …, feeds) to nothing. Pelican still
walks its loops: every article through the writer, and for each tag and category a scan
of every article (`article in articles`), which grows with the square of the archive
(about 1.5 s of a 10,000-post build, and much more at 30,000) to write no file at all.
When nothing of that pass is enabled, the article generator's output step is replaced by
a no-op; Pelican's `article_writer_finalized` signal is still sent.
"""

from __future__ import annotations

from pelican import signals

OUTPUTS = (
    "ARTICLE_SAVE_AS",
    "ARTICLE_LANG_SAVE_AS",
    "DRAFT_SAVE_AS",
    "DRAFT_LANG_SAVE_AS",
    "TAG_SAVE_AS",
    "TAGS_SAVE_AS",
    "CATEGORY_SAVE_AS",
    "CATEGORIES_SAVE_AS",
    "AUTHOR_SAVE_AS",
    "AUTHORS_SAVE_AS",
    "YEAR_ARCHIVE_SAVE_AS",
    "MONTH_ARCHIVE_SAVE_AS",
    "DAY_ARCHIVE_SAVE_AS",
    "FEED_ATOM",
    "FEED_RSS",
    "FEED_ALL_ATOM",
    "FEED_ALL_RSS",
    "CATEGORY_FEED_ATOM",
    "CATEGORY_FEED_RSS",
    "AUTHOR_FEED_ATOM",
    "AUTHOR_FEED_RSS",
    "TAG_FEED_ATOM",
    "TAG_FEED_RSS",
    "TRANSLATION_FEED_ATOM",
    "TRANSLATION_FEED_RSS",
)


def writes_nothing(settings: dict) -> bool:
    return not settings.get("DIRECT_TEMPLATES") and not any(settings.get(k) for k in OUTPUTS)


def on_article_generator_finalized(generator) -> None:
    if not writes_nothing(generator.settings):
        return

    def generate_output(writer) -> None:
        signals.article_writer_finalized.send(generator, writer=writer)

    generator.generate_output = generate_output
