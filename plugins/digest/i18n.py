"""UI language for pages: gettext catalogs (compiled by Babel) and CLDR data (Babel).

Every page of the one-pass build is rendered in some site language; the page's render
context carries that language's `gettext`/`ngettext` (newstyle, as Jinja2's i18n extension
expects), so no global state switches between pages. Dates, language names and plural
rules come from Babel's CLDR data and work for any language, catalog or not.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from functools import cache
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_interval, format_skeleton
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations
from jinja2 import pass_context
from markupsafe import Markup

DOMAIN = "messages"


def catalog_languages(directory: Path) -> list[str]:
    """Languages with a catalog: `<dir>/<lang>/LC_MESSAGES/messages.po`."""
    return sorted(p.parent.parent.name for p in directory.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def load_translations(directory: Path, lang: str) -> NullTranslations:
    """The language's catalog, compiled in memory from its .po file (as pybabel compile)."""
    po = directory / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    if not po.is_file():
        return NullTranslations()
    with po.open("rb") as handle:
        catalog = read_po(handle, locale=lang)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return Translations(buffer, domain=DOMAIN)


def newstyle(translations: NullTranslations) -> dict[str, Callable]:
    """`gettext`, `ngettext` and `_` for a render context, with Jinja's newstyle semantics:
    the result is marked safe only after variables are substituted and escaped."""

    @pass_context
    def gettext(context, message: str, **variables):
        text = translations.gettext(message)
        if context.eval_ctx.autoescape:
            text = Markup(text)
        return text % variables if variables else text

    @pass_context
    def ngettext(context, singular: str, plural: str, num: int, **variables):
        variables.setdefault("num", num)
        text = translations.ngettext(singular, plural, num)
        if context.eval_ctx.autoescape:
            text = Markup(text)
        return text % variables

    return {"gettext": gettext, "ngettext": ngettext, "_": gettext}


@cache
def locale(lang: str) -> Locale:
    try:
        return Locale.parse(lang)
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


def long_date(day: dt.date, lang: str) -> str:
    """'fredag 14 mars 2025', 'Friday, March 14, 2025', 'пʼятниця, 14 березня 2025 р.'."""
    return format_date(day, format="full", locale=locale(lang))


def medium_date(day: dt.date, lang: str) -> str:
    return format_date(day, format="long", locale=locale(lang))


def month_name(day: dt.date, lang: str) -> str:
    """'mars 2025', 'March 2025' (stand-alone month with year)."""
    return format_skeleton("yMMMM", day, locale=locale(lang))


def date_range(first: dt.date, last: dt.date, lang: str) -> str:
    """'Mar 10 – 14, 2025', '10–14 mars 2025': what a page of older days or articles spans."""
    start, end = sorted((first, last))
    return format_interval(start, end, "yMMMd", locale=locale(lang))


def language_name(code: str, in_lang: str) -> str:
    """The name of language `code` in language `in_lang` ('svenska', 'Swedish', 'шведська')."""
    name = locale(code).get_display_name(locale(in_lang)) if code else code
    return name or code


def own_name(code: str) -> str:
    name = language_name(code, code)
    return name[:1].upper() + name[1:]
