"""Pelican reader for digestpress posts: YAML front matter (python-frontmatter) + Markdown.

Pelican's own Markdown reader expects `Key: value` lines, not YAML; this reader takes
over the `.md` extension. Metadata goes through Pelican's own processors (dates, tags,
authors) so every Pelican setting and template keeps working. The summary is plain text
in the front matter and is HTML-escaped here; titles stay plain text for templates to
escape. One Markdown instance is reused (reset per file): creating one per file costs
~10% of a large build.

A post an editor broke by hand is refused with an error that names the file, the line
and what to write instead; Pelican logs it, skips the post and builds the rest (and
`digestpress.build` then exits non-zero so a publish script notices).
"""

from __future__ import annotations

import datetime as dt
import logging
import re

import frontmatter
import yaml
from babel import Locale, UnknownLocaleError
from markdown import Markdown
from markupsafe import escape
from pelican import signals
from pelican.readers import _DISCARD, BaseReader

log = logging.getLogger(__name__)

LIST_FIELDS = ("tags", "authors")
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available
REQUIRED = ("title", "date", "lang")


class PostError(ValueError):
    """A post that cannot be published as written; the message says how to fix it."""


class FrontMatterReader(BaseReader):
    enabled = True
    file_extensions = ("md", "markdown")

    def __init__(self, settings):
        super().__init__(settings)
        config = settings.get("MARKDOWN", {})
        self._md = Markdown(
            extensions=config.get("extensions", []),
            extension_configs=config.get("extension_configs", {}),
            output_format="html",
        )

    def read(self, source_path):
        try:
            return self._read(source_path)
        except PostError as exc:
            log.error("%s", exc)  # Pelican itself only says "Could not process <file>"
            raise

    def _read(self, source_path):
        with open(source_path, encoding="utf-8") as handle:
            text = handle.read()
        try:
            post = frontmatter.loads(text, Loader=_LOADER)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f":{mark.line + 1}" if mark else ""
            problem = getattr(exc, "problem", None) or exc
            raise PostError(
                f"{source_path}{where}: the front matter is not valid YAML ({problem}); "
                "fix the YAML between the two '---' lines (quote values that contain ':')"
            ) from exc
        missing = [key for key in REQUIRED if not post.metadata.get(key)]
        if missing:
            raise PostError(
                f"{source_path}:1: front matter lacks {', '.join(missing)}; "
                "add e.g. title: …, date: 2025-03-14, lang: sv"
            )
        self._md.reset()
        content = self._md.convert(post.content)
        metadata = {}
        for key, value in post.metadata.items():
            try:
                processed = self._process(key.lower(), value)
            except (ValueError, TypeError) as exc:
                line = _line_of(text, key)
                raise PostError(f"{source_path}:{line}: {key}: {exc}") from exc
            if processed is not _DISCARD:
                metadata[key.lower()] = processed
        return content, metadata

    def _process(self, key, value):
        if key in LIST_FIELDS:
            items = value if isinstance(value, list) else [value]
            return self.process_metadata(key, [str(i) for i in items])
        if key in ("date", "modified"):
            return self.process_metadata(key, _iso(value))
        if key == "lang":
            return _language(value)
        if key == "summary":
            return str(escape(str(value)))
        if isinstance(value, str | int | float | list | dict | bool) or value is None:
            return value
        return str(value)


def _iso(value) -> str:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        value = dt.datetime.combine(value, dt.time())
    text = value.isoformat() if isinstance(value, dt.date) else str(value)
    try:
        dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise ValueError(
            f"{text!r} is not a date; write it as 2025-03-14 or 2025-03-14T08:15:00+01:00"
        ) from exc
    return text


def _language(value) -> str:
    code = str(value).strip()
    try:
        Locale.parse(code)
    except (UnknownLocaleError, ValueError) as exc:
        raise ValueError(
            f"{code!r} is not a language code Babel knows; use an ISO 639-1 code such as sv, nb, en"
        ) from exc
    return code


def _line_of(text: str, key: str) -> int:
    m = re.search(rf"^{re.escape(key)}\s*:", text, re.M)
    return text.count("\n", 0, m.start()) + 1 if m else 1


def add_reader(readers):
    for extension in FrontMatterReader.file_extensions:
        readers.reader_classes[extension] = FrontMatterReader


def register():
    signals.readers_init.connect(add_reader)
