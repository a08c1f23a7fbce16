"""Read-aloud hooks: the spoken sentence and word are marked by article offsets, in the theme's
colours, and stay marked when the document is rebuilt for a font or theme change."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from desktop.arabic import sentences, words
from desktop.model import BlockKind
from desktop.ui.reader_view import ReaderView
from desktop.ui.themes import get_theme


@pytest.fixture
def reader(make_reader, seed_article) -> ReaderView:
    return make_reader(seed_article, size=(800, 700))


def marks(view: ReaderView) -> list[tuple[str, QColor]]:
    return [
        (s.cursor.selectedText(), s.format.background().color())
        for s in view.browser.extraSelections()
    ]


def speak_second_sentence(view: ReaderView) -> tuple[int, str, str]:
    index = next(
        i
        for i, b in enumerate(view.article.blocks)
        if b.kind == BlockKind.QUOTE and len(sentences(b.text)) > 1
    )
    sentence = sentences(view.article.blocks[index].text)[1]
    word = words(sentence.text)[2]
    view.set_speech_highlight(
        index, sentence.start, sentence.end, sentence.start + word.start, sentence.start + word.end
    )
    return index, sentence.text, word.text


def test_sentence_and_word_are_marked_in_theme_colours(reader):
    _, sentence, word = speak_second_sentence(reader)
    theme = get_theme(reader.typography.theme)
    assert marks(reader) == [
        (sentence, QColor(theme.sentence_highlight)),
        (word, QColor(theme.word_highlight)),
    ]
    selections = reader.browser.extraSelections()  # keep the list alive while reading it
    word_format = selections[1].format
    assert word_format.foreground().color() == QColor(theme.word_text)
    assert word_format.fontUnderline()  # not by colour alone


def test_marks_survive_a_theme_and_font_change(reader):
    _, sentence, word = speak_second_sentence(reader)
    reader.set_typography(reader.typography.with_(theme="dark", size=30))
    dark = get_theme("dark")
    assert marks(reader) == [
        (sentence, QColor(dark.sentence_highlight)),
        (word, QColor(dark.word_highlight)),
    ]


def test_clear_removes_the_marks(reader):
    speak_second_sentence(reader)
    reader.clear_speech_highlight()
    assert reader.browser.extraSelections() == []
    assert reader.speech_highlight() is None


def test_out_of_range_offsets_are_clamped_not_fatal(reader):
    last = len(reader.article.blocks) - 1
    reader.set_speech_highlight(last + 10, -5, 10**6, 3, 1)
    block, s0, s1, w0, w1 = reader.speech_highlight()
    assert block == last
    assert (s0, s1) == (0, len(reader.article.blocks[last].text))
    assert (w0, w1) == (1, 3)
