"""Every reader theme keeps text readable: WCAG contrast computed for each colour pair."""

from __future__ import annotations

import pytest

from desktop.ui.themes import NOTE_COLOURS, THEMES, contrast_ratio, relative_luminance


def test_contrast_ratio_matches_the_wcag_reference_values():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#000000") == pytest.approx(21.0)
    assert contrast_ratio("#123456", "#123456") == pytest.approx(1.0)
    # #767676 on white is the classic "just passes AA" grey (4.54:1); #777777 just fails.
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#777777", "#ffffff") < 4.5
    assert relative_luminance("#fff") == pytest.approx(1.0)


def test_contrast_ratio_rejects_a_malformed_colour():
    with pytest.raises(ValueError, match="#rrggbb"):
        contrast_ratio("red", "#ffffff")


@pytest.mark.parametrize("name", sorted(THEMES))
def test_body_text_contrast(name):
    theme = THEMES[name]
    minimum = 15.0 if name == "high_contrast" else 7.0
    assert contrast_ratio(theme.text, theme.background) >= minimum
    assert contrast_ratio(theme.quote, theme.background) >= minimum
    assert contrast_ratio(theme.secondary, theme.background) >= 4.5
    assert contrast_ratio(theme.link, theme.background) >= 4.5
    assert contrast_ratio(theme.secondary, theme.placeholder) >= 4.5


@pytest.mark.parametrize("name", sorted(THEMES))
def test_highlights_keep_text_readable(name):
    theme = THEMES[name]
    assert set(NOTE_COLOURS) <= set(theme.notes) and len(theme.notes) >= 4
    backgrounds = {
        "sentence": theme.sentence_highlight,
        "find match": theme.find_match,
        "current find match": theme.find_current,
        **{f"note {c}": theme.notes[c] for c in NOTE_COLOURS},
    }
    for what, background in backgrounds.items():
        for role, fg in (("text", theme.text), ("quote", theme.quote)):
            ratio = contrast_ratio(fg, background)
            assert ratio >= 4.5, f"{name}: {role} on {what} is {ratio:.2f}:1"
    assert contrast_ratio(theme.word_text, theme.word_highlight) >= 4.5
    assert contrast_ratio(theme.selection_text, theme.selection) >= 4.5


@pytest.mark.parametrize("name", sorted(THEMES))
def test_highlights_are_visible_against_the_page(name):
    theme = THEMES[name]
    for colour in (theme.sentence_highlight, theme.word_highlight, theme.find_current):
        assert colour.lower() != theme.background.lower()
    assert len({c.lower() for c in theme.notes.values()}) == len(theme.notes)


@pytest.mark.parametrize("name", list(THEMES))
def test_the_focus_colour_stands_out_from_the_page_by_three_to_one(name):
    theme = THEMES[name]
    assert contrast_ratio(theme.focus, theme.background) >= 3.0


@pytest.mark.parametrize("name", list(THEMES))
def test_a_focused_control_shows_a_ring_in_the_themes_focus_colour(qtbot, window, name):
    """Fusion's focus on a flat tool button is a faint square, and a default push button
    looks the same with and without it: the window's controls draw a ring of their own."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor

    window.set_theme(name)
    from desktop.ui.focus_frame import FramedToolButton

    focus = QColor(THEMES[name].focus)
    tool = window.read_aloud_bar.findChildren(FramedToolButton)[0]

    def ring_pixels() -> int:
        image = tool.grab().toImage()
        return sum(
            1
            for x in range(image.width())
            for y in (1, image.height() // 2)
            if QColor(image.pixel(x, y)) == focus
        )

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert ring_pixels() == 0
    tool.setFocus(Qt.FocusReason.ShortcutFocusReason)
    qtbot.waitUntil(tool.hasFocus)
    assert ring_pixels() > tool.width() // 2
