"""Labelled boxes inside or after the article: newsletter sign-ups, "read also" and
related-links lists, author biographies, press contacts.

The box opens with a line that is only a label ("NEWSLETTER", "Read also:", "Most read",
"About the author") and holds the short lines after it: a one-sentence pitch, a form's
field names and button, headlines of other articles. It ends at the first line of real
prose, and never runs longer than a few lines, so an article's text is not swallowed.
"""

from __future__ import annotations

from .. import reasons
from ..model import Line
from ..shape import is_bullet, last_char, word_count
from . import Context, Outcome, drop

# category → (reason, longest line a box item may be, in words)
BOXES = {
    "subscribe": (reasons.BOX, 16),
    "related": (reasons.RELATED, 16),
    "read_also": (reasons.READ_ALSO, 16),
    "author_bio": (reasons.AUTHOR_BIO, 45),
    "contact": (reasons.CONTACT, 16),
}
MAX_BOX_LINES = 6
PITCH_WORDS = 20
LABEL_WORDS = 5


def drop_boxes(lines: list[Line], ctx: Context) -> Outcome:
    out = Outcome([])
    i = 0
    while i < len(lines):
        category = _label(lines[i].text, ctx)
        if category is None:
            out.kept.append(lines[i])
            i += 1
            continue
        reason, longest = BOXES[category]
        # A pitch may stand above its button ("Sign up for our newsletter …" / "Sign up").
        pitch = out.kept[-1].text if out.kept else ""
        if (
            category == "subscribe"
            and word_count(pitch) <= PITCH_WORDS
            and ctx.phrases.contains(category, pitch)
        ):
            out.removed += drop(out.kept.pop(), reason, f"{category} box pitch")
        end = i + 1
        while end < len(lines) and end - i <= MAX_BOX_LINES:
            if not _item(lines[end].text, end - i, longest):
                break
            end += 1
        for line in lines[i:end]:
            out.removed += drop(line, reason, f"{category.replace('_', ' ')} box")
        i = end
    return out


def _label(text: str, ctx: Context) -> str | None:
    if word_count(text) > LABEL_WORDS:
        return None
    return next((c for c in BOXES if ctx.phrases.is_only(c, text)), None)


def _item(text: str, position: int, longest: int) -> bool:
    """A line that belongs to the box: short, and not a sentence of the article.

    The first line may be a sentence (the box's pitch or the biography itself)."""
    n = word_count(text)
    if n > longest:
        return False
    if is_bullet(text) or n <= 6 or position == 1:
        return True
    return last_char(text) not in ".!…"
