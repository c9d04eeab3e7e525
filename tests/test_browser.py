"""The site in a real browser (Debian's Chromium via Playwright), as a reader uses it.

Phone and desktop widths: home, a digest and an article open, links lead somewhere,
nothing is wider than the screen, and axe-core finds no serious or critical problem.
Pages are served over HTTP from the built output; no page may run a script.
"""

from __future__ import annotations

import pytest

from .browser import DESKTOP, PHONE, chromium, serve

pytest.importorskip("playwright")


@pytest.fixture(scope="module")
def browser():
    with chromium() as instance:
        yield instance


@pytest.fixture(scope="module")
def base(site):
    with serve(site.output) as url:
        yield url


PAGES = ["index.html", "sv/", "sv/2025/03/14/", "uk/2025/03/14/", "en/archive/", "de/tags/"]


def overflow(page) -> int:
    return page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_pages_fit_and_links_work(browser, base, site, viewport) -> None:
    from .test_site import article_path

    context = browser.new_context(viewport=viewport, java_script_enabled=False)
    page = context.new_page()
    article = next(p for p in site.posts() if p["lang"] == "nb")
    for path in [*PAGES, article_path(article)]:
        response = page.goto(f"{base}/{path}")
        assert response and response.ok, path
        assert overflow(page) <= 0, f"{path} overflows by {overflow(page)}px at {viewport}"
    # Follow links as a reader would: language chooser → home → a day → an article → back.
    page.goto(f"{base}/index.html")
    page.click("a[hreflang=sv] >> nth=0")
    assert page.url.endswith("/sv/")
    page.click("section.day h2 a >> nth=0")
    assert "/sv/20" in page.url
    page.click(".entry h2 a >> nth=0")
    assert page.locator("article.post h1").count() == 1
    page.click("nav.pager a >> nth=0")
    assert page.locator("h1").count() == 1
    context.close()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_axe_finds_no_serious_problems(browser, base, site, viewport) -> None:
    from axe_playwright_python.sync_playwright import Axe

    from .test_site import article_path

    axe = Axe()
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    article = next(p for p in site.posts() if p["lang"] == "uk")
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        for path in [*PAGES, article_path(article)]:
            page.goto(f"{base}/{path}")
            results = axe.run(page)
            bad = [
                (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
                for v in results.response["violations"]
                if v["impact"] in ("serious", "critical")
            ]
            assert bad == [], (path, scheme, bad)
    context.close()


def test_no_page_runs_a_script(browser, base, site) -> None:
    from .test_site import article_path

    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    events: list[str] = []
    page.on("console", lambda msg: events.append(f"console: {msg.text}"))
    page.on("dialog", lambda dialog: (events.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    page.on("pageerror", lambda error: events.append(f"error: {error}"))
    hostile = next(p for p in site.posts() if p["raw_file"].endswith("hostile.txt"))
    for path in [*PAGES, article_path(hostile)]:
        page.goto(f"{base}/{path}")
    assert events == []
    context.close()
