"""The cleaning pipeline: raw bytes in, `FileResult` out. Pure: no file or clock access.

Order matters and is all here: page-level steps (noise, banner), splitting into
articles, then per article its head, labelled metadata, prompts, repeats, foreign
captions, the tail, broken lines; then structure and metadata.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import uuid
from collections.abc import Callable
from dataclasses import replace

from . import langid, reasons
from .config import CleanConfig
from .dates import find_date
from .decode import decode
from .metadata import (
    derive_title,
    highlights,
    make_slug,
    reading_minutes,
    salient_names,
    summary,
    word_total,
)
from .model import FileResult, Line, Post, QuarantineError, Removal
from .phrases import phrases
from .shape import is_prose, word_count
from .steps import Context, Outcome, drop
from .steps.boxes import drop_boxes
from .steps.captions import drop_foreign_captions
from .steps.fragments import join_fragments
from .steps.head import take_head
from .steps.labels import take_labelled
from .steps.page import drop_banner, drop_noise
from .steps.prompts import drop_prompts
from .steps.repeats import drop_repeats
from .steps.split import split_articles
from .steps.tail import drop_tail
from .structure import Block, to_blocks, to_markdown

Step = Callable[[list[Line], Context], Outcome]
PAGE_STEPS: tuple[Step, ...] = (drop_noise, drop_banner, join_fragments)
ARTICLE_STEPS: tuple[Step, ...] = (
    take_labelled,
    drop_boxes,
    drop_prompts,
    drop_repeats,
    drop_foreign_captions,
    drop_tail,
)
MIN_TEXT_WORDS = 4  # an article has at least one line of this many words
_SPACES = re.compile(r"[ \u00a0\u2000-\u200a\u202f\u205f\u3000]+")
ID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://digestpress.invalid/posts")


def clean_bytes(
    data: bytes,
    raw_file: str,
    folder_date: dt.date | None = None,
    file_mtime: float | None = None,
    config: CleanConfig | None = None,
) -> FileResult:
    """Clean one raw file. `raw_file` is its path relative to the inbox (provenance)."""
    config = config or CleanConfig()
    result = FileResult(raw_file, hashlib.sha256(data).hexdigest(), len(data))
    try:
        decoded = decode(data, config.max_bytes)
    except QuarantineError as exc:
        result.quarantine, result.quarantine_detail = exc.reason, exc.detail
        return result
    result.encoding, result.repairs = decoded.encoding, decoded.repairs
    lines, result.blank_numbers, result.total_lines = to_lines(decoded.text)
    page_lang = detect_language(lines, config)
    ctx = Context(page_lang, phrases(), config)
    for step in PAGE_STEPS:
        outcome = step(lines, ctx)
        lines, result.removed = outcome.kept, result.removed + outcome.removed
    split = split_articles(lines)
    result.removed += split.removed
    several = len(split.segments) > 1
    raw = (raw_file, result.raw_sha256)
    for segment in split.segments:
        post, removed = _clean_article(segment, raw, ctx, several, (folder_date, file_mtime))
        result.removed += removed
        if post is not None:
            post.ordinal = len(result.posts)
            post.meta["id"] = str(uuid.uuid5(ID_NAMESPACE, f"{raw_file}#{post.ordinal}"))
            result.posts.append(post)
    if not result.posts:
        result.quarantine = reasons.ONLY_BOILERPLATE
        result.quarantine_detail = "nothing was left after removing boilerplate"
    result.removed.sort(key=lambda r: r.number)
    return result


def warm_up() -> None:
    """Do the cleaner's one-time loading now (see ingest.WarmWorker): every language
    model, then a small page for the rest."""
    langid.load()
    page = "Title of a page\n\n12 March 2025\n\nA first sentence of the text, as prose is.\n"
    clean_bytes(page.encode(), "warm-up.txt")


def to_lines(text: str) -> tuple[list[Line], list[int], int]:
    """Non-blank, whitespace-normalised lines with their raw line numbers."""
    lines: list[Line] = []
    blank: list[int] = []
    raw = text.split("\n")
    previous_blank = False
    for number, content in enumerate(raw, 1):
        content = _SPACES.sub(" ", content).strip()
        if content:
            lines.append(Line(number, content, previous_blank))
            previous_blank = False
        else:
            blank.append(number)
            previous_blank = True
    return lines, blank, len(raw)


def detect_language(lines: list[Line], config: CleanConfig) -> str:
    """Language of the prose (bounded sample); the configured default if there is none."""
    prose = [line.text for line in lines if is_prose(line.text)] or [line.text for line in lines]
    sample = " ".join(prose)[: langid.SAMPLE_CHARS]
    guess = langid.guess_prose(sample) if sample else None
    return guess.lang if guess and guess.lang and guess.confidence >= 0.3 else config.default_lang


def _clean_article(
    segment: list[Line],
    raw: tuple[str, str],
    page_ctx: Context,
    own_language: bool,
    dating: tuple[dt.date | None, float | None],
) -> tuple[Post | None, list[Removal]]:
    """One article's post (None when nothing is left of it) and the lines it removed."""
    config = page_ctx.config
    # Articles of one listing page may differ in language; a single article is the page.
    lang = detect_language(segment, config) if own_language and len(segment) > 3 else page_ctx.lang
    head = take_head(segment, Context(lang, page_ctx.phrases, config))
    meta: dict = dict(head.meta)
    removed: list[Removal] = list(head.removed)
    ctx = Context(lang, page_ctx.phrases, config, meta.get("title", ""))
    lines = head.kept
    for step in ARTICLE_STEPS:
        outcome = step(lines, ctx)
        lines = outcome.kept
        removed += outcome.removed
        for key, value in outcome.meta.items():
            if isinstance(value, list):
                meta.setdefault(key, []).extend(v for v in value if v not in meta.get(key, []))
            else:
                meta.setdefault(key, value)
        if meta.get("authors") and not ctx.authors:
            ctx = replace(ctx, authors=tuple(meta["authors"]))
    if lines and not any(word_count(line.text) >= MIN_TEXT_WORDS for line in lines):
        removed += [  # only single words left ("News", "Sport"): a menu, not an article
            r for line in lines for r in drop(line, reasons.ONLY_BOILERPLATE, "no sentence")
        ]
        lines = []
    if not lines:  # a head without a body is not an article: say so for its moved lines
        return None, [
            Removal(r.number, r.text, reasons.EMPTY_ARTICLE, "an article with no body")
            if r.field
            else r
            for r in removed
        ]
    blocks = to_blocks(lines)
    front = _front_matter(meta, blocks, lang, raw, dating, config)
    numbers = tuple(n for line in lines for n in line.all_numbers)
    return Post(front, to_markdown(blocks), 0, numbers), removed


def _front_matter(
    meta: dict,
    blocks: list[Block],
    lang: str,
    raw: tuple[str, str],
    dating: tuple[dt.date | None, float | None],
    config: CleanConfig,
) -> dict:
    """Front matter in a fixed key order (the order posts are written in)."""
    title = meta.get("title") or derive_title(blocks, config.title_chars)
    date, source = _date(meta, *dating, blocks, config)
    words = word_total(blocks)
    front: dict = {
        "title": title,
        "date": date.isoformat(),
        "date_source": source,
        "lang": lang,
        "slug": make_slug(title),
        "summary": summary(blocks, config.summary_chars),
    }
    items = highlights(blocks)
    if items:
        front["highlights"] = items
    for key in ("source", "source_url", "authors", "photo_credits", "location"):
        if meta.get(key):
            front[key] = meta[key]
    tags = salient_names(title, blocks, lang, config.max_tags)
    if tags:
        front["tags"] = tags
    front.update(words=words, reading_time=reading_minutes(words, config.words_per_minute))
    front.update(raw_file=raw[0], raw_sha256=raw[1])
    return front


def _date(
    meta: dict,
    folder_date: dt.date | None,
    file_mtime: float | None,
    blocks: list,
    config: CleanConfig,
) -> tuple[dt.datetime, str]:
    """The article's date and where it came from: article, folder, text or file-time."""
    tz = config.tz
    if meta.get("date"):
        when = meta.get("time") or dt.time(0, 0)
        return dt.datetime.combine(meta["date"], when, tz), "article"
    if folder_date:
        return dt.datetime.combine(folder_date, dt.time(0, 0), tz), "folder"
    for block in blocks:
        hit = find_date(block.text)
        if hit:
            return dt.datetime.combine(hit.date, dt.time(0, 0), tz), "text"
    stamp = file_mtime if file_mtime is not None else 0.0
    return dt.datetime.fromtimestamp(stamp, tz).replace(microsecond=0), "file-time"


def check_accounting(result: FileResult) -> list[int]:
    """Raw line numbers that are neither in a post nor in the report (should be none)."""
    used = {n for post in result.posts for n in post.line_numbers}
    used |= {r.number for r in result.removed}
    used |= set(result.blank_numbers)
    return [n for n in range(1, result.total_lines + 1) if n not in used]
