"""A deterministic synthetic inbox: realistic raw pages, about 20 articles a day.

Each page has what real scrapes have: a site banner, sometimes a repeated title, a date
line, a byline or photo credit, prose paragraphs with a repeated one, a "read also"
teaser, comment prompts and a related-links tail; some files are listing pages with
several articles. Languages: English, Swedish, German, Norwegian.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

LANGS = {
    "en": {
        "words": "the council said on Tuesday that new plans for the harbour would cost more "
        "than expected and residents were asked to comment before the final vote in the "
        "spring while officials warned of delays to roads schools and hospitals".split(),
        "names": ["Anna Berg", "John Smith", "Maria Lopez", "Peter Novak", "Lena Fischer"],
        "places": ["Bristol", "Leeds", "Glasgow", "Cardiff", "Belfast"],
        "months": [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
        "chrome": [
            "Leave a comment",
            "Share this article",
            "Advertisement",
            "READ ALSO:",
            "Most read",
            "Photo:",
            "By",
            "Comments (3)",
        ],
    },
    "sv": {
        "words": "kommunen meddelade på tisdagen att de nya planerna för hamnen blir dyrare "
        "än väntat och invånarna uppmanas att lämna synpunkter innan beslutet fattas i "
        "vår samtidigt som tjänstemän varnar för förseningar av vägar och skolor".split(),
        "names": ["Anna Berg", "Erik Lund", "Sara Holm", "Johan Ek", "Karin Ström"],
        "places": ["Gävle", "Umeå", "Malmö", "Luleå", "Växjö"],
        "months": [
            "januari",
            "februari",
            "mars",
            "april",
            "maj",
            "juni",
            "juli",
            "augusti",
            "september",
            "oktober",
            "november",
            "december",
        ],
        "chrome": [
            "Skriv en kommentar",
            "Dela artikeln",
            "Annons",
            "LÄS OCKSÅ:",
            "Mest läst",
            "Foto:",
            "Text:",
            "Kommentarer (3)",
        ],
    },
    "de": {
        "words": "der Stadtrat teilte am Dienstag mit dass die neuen Pläne für den Hafen "
        "teurer werden als erwartet und die Bürger vor der Abstimmung im Frühjahr Stellung "
        "nehmen sollen während die Verwaltung vor Verzögerungen bei Straßen warnt".split(),
        "names": ["Anna Berg", "Max Müller", "Lena Schulz", "Jonas Weber", "Eva Krause"],
        "places": ["Kiel", "Bremen", "Leipzig", "Mainz", "Erfurt"],
        "months": [
            "Januar",
            "Februar",
            "März",
            "April",
            "Mai",
            "Juni",
            "Juli",
            "August",
            "September",
            "Oktober",
            "November",
            "Dezember",
        ],
        "chrome": [
            "Kommentar schreiben",
            "Artikel teilen",
            "Anzeige",
            "Lesen Sie auch:",
            "Meistgelesen",
            "Foto:",
            "Von",
            "Kommentare (3)",
        ],
    },
    "nb": {
        "words": "kommunen opplyste tirsdag at de nye planene for havnen blir dyrere enn "
        "ventet og innbyggerne bes om å komme med innspill før vedtaket i vår mens "
        "etaten advarer mot forsinkelser på veier og skoler i hele fylket".split(),
        "names": ["Anna Berg", "Ola Nordmann", "Kari Dahl", "Per Lie", "Ingrid Moe"],
        "places": ["Bergen", "Tromsø", "Bodø", "Ålesund", "Hamar"],
        "months": [
            "januar",
            "februar",
            "mars",
            "april",
            "mai",
            "juni",
            "juli",
            "august",
            "september",
            "oktober",
            "november",
            "desember",
        ],
        "chrome": [
            "Skriv en kommentar",
            "Del saken",
            "Annonse",
            "LES OGSÅ:",
            "Mest lest",
            "Foto:",
            "Av",
            "Kommentarer (3)",
        ],
    },
}
PER_DAY = 20
START = dt.date(2024, 1, 1)


def _sentence(rng: random.Random, lang: dict, place: str) -> str:
    words = rng.sample(lang["words"], k=rng.randint(10, 18))
    words.insert(rng.randrange(len(words)), place)
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def _paragraph(rng: random.Random, lang: dict, place: str) -> str:
    return " ".join(_sentence(rng, lang, place) for _ in range(rng.randint(2, 4)))


def _article(rng: random.Random, code: str, day: dt.date, n: int) -> list[str]:
    lang = LANGS[code]
    chrome = lang["chrome"]
    place = rng.choice(lang["places"])
    name = rng.choice(lang["names"])
    title = f"{place}: {' '.join(rng.sample(lang['words'], 6))} {n}".capitalize()
    title = title[0].upper() + title[1:]
    lines = [title]
    if rng.random() < 0.2:
        lines.append(title)
    lines.append(f"{day.day} {lang['months'][day.month - 1]} {day.year}")
    lines.append(f"{chrome[6]} {name}")
    paragraphs = [_paragraph(rng, lang, place) for _ in range(rng.randint(5, 9))]
    if rng.random() < 0.3:
        paragraphs.insert(rng.randint(1, len(paragraphs)), paragraphs[0])
    lines += paragraphs[:3]
    lines.append(f"{chrome[3]} {' '.join(rng.sample(lang['words'], 5)).capitalize()}")
    lines += paragraphs[3:]
    lines.append(f"{chrome[5]} {rng.choice(lang['names'])}")
    return lines


def page(seed: int, index: int) -> tuple[str, str]:
    """(relative path, text) of synthetic raw file number `index`."""
    rng = random.Random(seed * 1_000_003 + index)
    day = START + dt.timedelta(days=index // PER_DAY)
    code = ("en", "sv", "de", "nb")[index % 4]
    chrome = LANGS[code]["chrome"]
    lines = [f"{rng.choice(['Daily', 'Local', 'Morning'])}News.example – {code.upper()} news"]
    lines += _article(rng, code, day, index)
    lines += [chrome[7], chrome[0], chrome[1], chrome[4]]
    lines += [" ".join(rng.sample(LANGS[code]["words"], 7)).capitalize() for _ in range(3)]
    blank = rng.random() < 0.5
    text = ("\n\n" if blank else "\n").join(lines) + "\n"
    return f"{day.isoformat()}/page-{index:06d}.txt", text


def write_inbox(root: Path, count: int, seed: int = 7) -> Path:
    """Write `count` raw files under `root` (reused when already complete)."""
    marker = root / f".complete-{count}-{seed}"
    if marker.exists():
        return root
    for index in range(count):
        rel, text = page(seed, index)
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    marker.touch()
    return root
