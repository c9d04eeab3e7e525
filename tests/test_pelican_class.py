"""The digest site's Pelican (plugins/digest/site.py) must give Pelican's own context."""

from __future__ import annotations

from pathlib import Path

from .sitebuild import ROOT

POST = """---
title: "A post"
date: '2025-03-14T08:00:00+01:00'
lang: en
id: 00000000-0000-4000-8000-{n:012d}
slug: post-{n}
---

Text of post {n}.
"""


def _context(content: Path, cache: Path, generator_class) -> dict:
    from pelican.settings import read_settings

    settings = read_settings(
        str(ROOT / "pelicanconf.py"),
        override={"PATH": str(content), "CACHE_PATH": str(cache), "CACHE_CONTENT": False},
    )
    from pelican import Pelican

    Pelican(settings)  # loads the plugins, as a build would
    context = settings.copy()
    context.update(generated_content={}, static_content={}, static_links=set())
    generator = generator_class(
        context=context,
        settings=settings,
        path=settings["PATH"],
        theme=settings["THEME"],
        output_path=str(cache / "out"),
    )
    generator.generate_context()
    return context


def test_articles_are_keyed_by_the_same_source_paths_as_pelicans(tmp_path: Path) -> None:
    from pelican.generators import ArticlesGenerator as Plain

    content = tmp_path / "content"
    for n, folder in enumerate(["2025/03/14", "2025/03/14", "", "deep/er/still"]):
        path = content / folder / f"post-{n}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(POST.format(n=n), encoding="utf-8")

    plain = _context(content, tmp_path / "b", Plain)
    import digest.site  # importable once the settings put the plugin folder on the path

    ours = _context(content, tmp_path / "a", digest.site.ArticlesGenerator)
    assert len(plain["generated_content"]) == 4
    assert sorted(ours["generated_content"]) == sorted(plain["generated_content"])
    assert [a.source_path for a in ours["articles"]] == [a.source_path for a in plain["articles"]]


def test_the_site_settings_run_pelican_with_the_digest_generator() -> None:
    from pelican.generators import ArticlesGenerator as Plain
    from pelican.settings import read_settings

    settings = read_settings(str(ROOT / "pelicanconf.py"))
    import digest

    assert settings["PELICAN_CLASS"] == "digest.DigestPelican"
    classes = digest.DigestPelican(settings)._get_generator_classes()
    assert Plain not in classes and classes[0] is digest.site.ArticlesGenerator
