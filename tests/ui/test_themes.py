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
