"""Pelican reader for digestpress posts: YAML front matter (python-frontmatter) + Markdown.

Pelican's own Markdown reader expects `Key: value` lines, not YAML; this reader takes
over the `.md` extension. Metadata goes through Pelican's own processors (dates, tags,
authors) so every Pelican setting and template keeps working. The summary is plain text
in the front matter and is HTML-escaped here; titles stay plain text for templates to
escape. One Markdown instance is reused (reset per file): creating one per file costs ~10%
of a large build.
"""

from __future__ import annotations

import datetime as dt
import logging

import frontmatter
import yaml
from markdown import Markdown
from markupsafe import escape
from pelican import signals
from pelican.readers import _DISCARD, BaseReader

log = logging.getLogger(__name__)

LIST_FIELDS = ("tags", "authors")


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
        with open(source_path, encoding="utf-8") as handle:
            text = handle.read()
        try:
            post = frontmatter.loads(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" line {mark.line + 1}" if mark else ""
            problem = getattr(exc, "problem", None) or exc
            raise ValueError(
                f"{source_path}{where}: the front matter is not valid YAML ({problem}); "
                "fix the YAML between the '---' lines"
            ) from exc
        self._md.reset()
        content = self._md.convert(post.content)
        metadata = {}
        for key, value in post.metadata.items():
            processed = self._process(key.lower(), value)
            if processed is not _DISCARD:
                metadata[key.lower()] = processed
        return content, metadata

    def _process(self, key, value):
        if key in LIST_FIELDS:
            items = value if isinstance(value, list) else [value]
            return self.process_metadata(key, [str(i) for i in items])
        if key == "date" or key == "modified":
            if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
                value = dt.datetime.combine(value, dt.time())
            text = value.isoformat() if isinstance(value, dt.date) else str(value)
            return self.process_metadata(key, text)
        if key == "summary":
            return str(escape(str(value)))
        if isinstance(value, str | int | float | list | dict | bool) or value is None:
            return value
        return str(value)


def add_reader(readers):
    for extension in FrontMatterReader.file_extensions:
        readers.reader_classes[extension] = FrontMatterReader


def register():
    signals.readers_init.connect(add_reader)
