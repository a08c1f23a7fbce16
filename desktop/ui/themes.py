"""Reader colour themes and the WCAG contrast check they are held to.

Colours are plain "#rrggbb" strings so the themes can be tested without Qt. The rules (checked by
tests/ui/test_themes.py for every theme): body and quote text at least 7:1 against the page (15:1
in high contrast); secondary text at least 4.5:1; any text laid over a highlight (sentence, word,
find match, selection, note colours) still at least 4.5:1, so marking text never makes it
unreadable.
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field

NOTE_COLOURS = ("yellow", "green", "blue", "pink", "orange")


@dataclass(frozen=True, slots=True)
class Theme:
    name: str
    background: str
    text: str
    secondary: str  # meta line, credits, the missing-image note
    quote: str
    link: str
    selection: str
    selection_text: str
    sentence_highlight: str  # the sentence being read aloud (background)
    word_highlight: str  # the word being spoken (background) ...
    word_text: str  # ... and its text colour
    find_match: str
    find_current: str
    placeholder: str  # background of the "image not available offline" box
    focus: str  # focus frame around the reader
    notes: dict[str, str] = field(default_factory=dict)  # note colour name -> background

    def note(self, colour: str) -> str:
        """Background for a note colour; an unknown name falls back to the first colour."""
        return self.notes.get(colour) or self.notes[NOTE_COLOURS[0]]


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def parse_colour(colour: str) -> tuple[int, int, int]:
    text = colour.strip().lstrip("#")
    if len(text) == 3:
        text = "".join(ch * 2 for ch in text)
    if len(text) != 6 or any(ch not in string.hexdigits for ch in text):
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""
    r, g, b = (_channel(v) for v in parse_colour(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(fg: str, bg: str) -> float:
    """WCAG 2 contrast ratio, 1.0 .. 21.0 (order of the two colours does not matter)."""
    a, b = relative_luminance(fg), relative_luminance(bg)
    hi, lo = max(a, b), min(a, b)
    return (hi + 0.05) / (lo + 0.05)


LIGHT = Theme(
    name="light",
    background="#fbfaf7",
    text="#1a1a1a",
    secondary="#505050",
    quote="#1f3f66",
    link="#0b4f9c",
    selection="#1f5fae",
    selection_text="#ffffff",
    sentence_highlight="#dcebfb",
    word_highlight="#ffd23f",
    word_text="#000000",
    find_match="#ffe9a8",
    find_current="#ff9d4d",
    placeholder="#ecebe6",
    focus="#1f5fae",
    notes={
        "yellow": "#fff1a0",
        "green": "#c9f0c3",
        "blue": "#cde2ff",
        "pink": "#ffd4e8",
        "orange": "#ffd9b5",
    },
)

SEPIA = Theme(
    name="sepia",
    background="#f4ecd8",
    text="#2e2416",
    secondary="#5a4a35",
    quote="#4a2f14",
    link="#6b3400",
    selection="#6b4a1f",
    selection_text="#ffffff",
    sentence_highlight="#e6d6ae",
    word_highlight="#e0a526",
    word_text="#000000",
    find_match="#f0d98a",
    find_current="#e8924a",
    placeholder="#e8dcc0",
    focus="#6b3400",
    notes={
        "yellow": "#f3e08c",
        "green": "#cfe3b4",
        "blue": "#cbd9e6",
        "pink": "#eec8cf",
        "orange": "#f0c9a0",
    },
)

DARK = Theme(
    name="dark",
    background="#1b1d21",
    text="#e6e4e0",
    secondary="#b3afa8",
    quote="#c6dcf5",
    link="#8ec1ff",
    selection="#3d6ea8",
    selection_text="#ffffff",
    sentence_highlight="#2b4466",
    word_highlight="#f2c94c",
    word_text="#000000",
    find_match="#5a4a14",
    find_current="#7a3c0c",
    placeholder="#2a2d33",
    focus="#8ec1ff",
    notes={
        "yellow": "#5a4b12",
        "green": "#1f4d2b",
        "blue": "#1f3f66",
        "pink": "#5c2440",
        "orange": "#5e3514",
    },
)

HIGH_CONTRAST = Theme(
    name="high_contrast",
    background="#000000",
    text="#ffffff",
    secondary="#ffff66",
    quote="#aee9ff",
    link="#ffff00",
    selection="#ffffff",
    selection_text="#000000",
    sentence_highlight="#1a3a8a",
    word_highlight="#ffff00",
    word_text="#000000",
    find_match="#5c4a00",
    find_current="#4b1d8f",
    placeholder="#2a2a2a",
    focus="#ffff00",
    notes={
        "yellow": "#5c4a00",
        "green": "#00501c",
        "blue": "#0b3a7a",
        "pink": "#6b1046",
        "orange": "#6b3000",
    },
)

THEMES: dict[str, Theme] = {t.name: t for t in (LIGHT, SEPIA, DARK, HIGH_CONTRAST)}


def get_theme(name: str) -> Theme:
    return THEMES.get(name, LIGHT)
