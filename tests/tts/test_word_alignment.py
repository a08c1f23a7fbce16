"""Spoken words map back to the displayed words, even where diacritisation and number
spelling changed the text: on hand-made cases, on random edits, and on every sentence of the
corpus through the real read-aloud text path."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.arabic import sentences, words
from desktop.importers.encoding import decode_bytes
from desktop.tts.diacritizer import HARAKAT, is_arabic_letter
from desktop.tts.engine import WordMark
from desktop.tts.word_alignment import align_words, display_spans, remap_marks, word_ranges


def test_same_words_map_one_to_one():
    text = "قال الأمين العام إن المنظمة ستواصل عملها."
    assert align_words(text, text) == list(range(len(text.split())))


def test_diacritised_and_respelt_words_still_match():
    shown = "ذهب الى المدرسة في الصباح"
    spoken = "ذَهَبَ اِلَى ٱلْمَدْرَسَةِ فِي ٱلصَّبَاحِ"
    assert align_words(shown, spoken) == [0, 1, 2, 3, 4]


def test_a_word_split_in_two_maps_both_halves_to_it():
    shown = "دفع ب8000 دولار"
    spoken = "دَفَعَ بِ 8000 دُولَارٍ"
    assert align_words(shown, spoken) == [0, 1, 1, 2]


def test_expansions_map_onto_the_abbreviation():
    assert align_words("قال د. أحمد إن 25% من", "قال الدكتور أحمد إن 25 بالمِئَة من") == [
        0,
        1,
        2,
        3,
        4,
        4,
        5,
    ]


def test_unspoken_displayed_words_join_a_neighbours_range():
    # The first and a middle displayed word are not spoken at all.
    ranges = word_ranges("« قال الأمين العام »", "قال الأمين العام")
    assert ranges == [(0, 1), (2, 2), (3, 4)]
    spans = display_spans("« قال الأمين العام »", "قال الأمين العام")
    assert spans[0] == (0, len("« قال"))


def test_nothing_displayed_maps_to_none():
    assert align_words("", "صورة") == [None]
    assert align_words("   ", "") == []


def test_completely_different_words_fall_back_to_order():
    assert align_words("a b c d", "w x") == [0, 2]
    assert word_ranges("a b c d", "w x") == [(0, 1), (2, 3)]


def test_remap_marks_moves_marks_to_display_offsets():
    shown = "دفع ب8000 دولار"
    spoken = "دَفَعَ بِ 8000 دُولَارٍ"
    spoken_words = words(spoken)
    marks = [WordMark(w.start, w.end, 100 * i) for i, w in enumerate(spoken_words)]
    shown_words = words(shown)
    remapped = remap_marks(shown, spoken, marks)
    # «بِ» and «8000» are one displayed word: marked once, at the first of the two.
    assert [(m.char_start, m.char_end, m.sample_offset) for m in remapped] == [
        (shown_words[0].start, shown_words[0].end, 0),
        (shown_words[1].start, shown_words[1].end, 100),
        (shown_words[2].start, shown_words[2].end, 300),
    ]


def test_remap_marks_is_the_identity_when_nothing_changed():
    marks = [WordMark(0, 3, 0), WordMark(4, 9, 50)]
    assert remap_marks("قال الأمين", "قال الأمين", marks) == marks


_WORD = st.sampled_from(["قال", "في", "الى", "2016", "د.", "ب8000", "الأمين", "«", "25%"])


@settings(max_examples=300, deadline=None)
@given(
    shown=st.lists(_WORD, min_size=1, max_size=12),
    edits=st.lists(st.tuples(st.integers(0, 11), st.sampled_from(["drop", "split", "swap"]))),
)
def test_mapping_is_monotone_and_covers_every_displayed_word(shown, edits):
    said = list(shown)
    for at, how in edits:
        if not said:
            break
        i = at % len(said)
        if how == "drop" and len(said) > 1:
            del said[i]
        elif how == "split":
            said[i : i + 1] = [said[i][:1] or "x", said[i][1:] or "y"]
        else:
            said[i] = "بالمئة"
    ranges = word_ranges(" ".join(shown), " ".join(said))
    assert all(r is not None for r in ranges)
    firsts = [r[0] for r in ranges]
    assert firsts == sorted(firsts)
    covered = {i for first, last in ranges for i in range(first, last + 1)}
    assert covered == set(range(len(shown)))


# --- the whole corpus through the real read-aloud text path ------------------------------------


def _corpus_texts(corpus_dir: Path) -> list[tuple[str, str]]:
    files = sorted((corpus_dir / "text").glob("*.txt")) + sorted(
        (corpus_dir / "seed").glob("*.txt")
    )
    return [(f.name, decode_bytes(f.read_bytes(), f.name).text) for f in files]


@pytest.fixture(scope="module")
def spoken_pipeline():
    pytest.importorskip("text2tashkeel", reason="the chosen diacritiser is not installed")
    from desktop.tts.diacritizer import get_diacritizer, spoken_form

    diacritizer = get_diacritizer(True)
    assert diacritizer.name != "none", getattr(diacritizer, "reason", "")
    return lambda text: spoken_form(text, diacritizer)


def test_every_corpus_sentence_maps_back_to_its_displayed_words(corpus_dir, spoken_pipeline):
    total_shown = direct = sentences_seen = bare = vowelled = 0
    files = _corpus_texts(corpus_dir)
    assert len(files) >= 30
    for name, text in files:
        for line in text.splitlines():
            for sentence in sentences(line):
                shown = sentence.text
                spoken = spoken_pipeline(shown)
                ranges = word_ranges(shown, spoken)
                n_shown = len(words(shown))
                assert ranges and all(r is not None for r in ranges), (name, shown)
                firsts = [r[0] for r in ranges]
                assert firsts == sorted(firsts), (name, shown, spoken)
                covered = {i for first, last in ranges for i in range(first, last + 1)}
                assert covered == set(range(n_shown)), (name, shown, spoken)
                direct += len(set(align_words(shown, spoken)))
                letters = sum(is_arabic_letter(c) for c in shown)
                marks = sum(c in HARAKAT for c in shown)
                if letters >= 3 and marks < letters / 2:  # not already vowelled by the writer
                    bare += 1
                    vowelled += sum(c in HARAKAT for c in spoken) > marks + letters / 3
                total_shown += n_shown
                sentences_seen += 1
    coverage = direct / total_shown
    print(
        f"\nword alignment: {sentences_seen} sentences, {total_shown} displayed words, "
        f"{coverage:.2%} the direct target of a spoken word, 100% covered by a range; "
        f"{vowelled} of {bare} unvowelled sentences vowelled"
    )
    assert sentences_seen > 2000
    assert coverage > 0.99
    assert vowelled > 0.95 * bare  # the diacritiser really ran
