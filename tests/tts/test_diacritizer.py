"""The diacritisation step before synthesis: the chosen model really restores vowels (scored on
the corpus's fully diacritised WikiNews text), the writer's text always wins, the spelling
suits eSpeak NG (checked on eSpeak's own phonemes), and word marks from a real synthesis land on
the displayed words."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.arabic import words
from desktop.tts import diacritizer as diacritizer_module
from desktop.tts.diacritizer import (
    HARAKAT,
    SETTING_KEY,
    Diacritizer,
    NoDiacritizer,
    PronouncingEngine,
    espeak_orthography,
    get_diacritizer,
    merge_marks,
    shadda_first,
    spoken_form,
)

REPO = Path(__file__).resolve().parents[2]
SHADDA, FATHA, KASRA, SUKUN, DAMMA = "\u0651", "\u064e", "\u0650", "\u0652", "\u064f"


def _bare(text: str) -> str:
    return "".join(c for c in text if c not in HARAKAT)


def _bench():
    """bench/bench_diacritizers.py, for its documented DER scoring."""
    path = REPO / "bench" / "bench_diacritizers.py"
    spec = importlib.util.spec_from_file_location("bench_diacritizers", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def model() -> Diacritizer:
    pytest.importorskip("text2tashkeel", reason="the chosen diacritiser is not installed")
    diacritizer = get_diacritizer(True)
    assert diacritizer.name == "text2tashkeel rawi-v3-int8", getattr(diacritizer, "reason", "")
    return diacritizer


def _phonemes(text: str) -> str:
    if shutil.which("espeak-ng") is None:
        pytest.skip("the espeak-ng command is not installed")
    out = subprocess.run(
        ["espeak-ng", "-v", "ar", "-x", "-q", "--", text],
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout.replace("\n", " ")


# --- the setting and the fallback ----------------------------------------------------------


def test_off_means_the_text_is_spoken_as_written():
    d = get_diacritizer(False)
    assert isinstance(d, NoDiacritizer) and d.reason == ""
    assert d.diacritize("ذهب الولد") == "ذهب الولد"
    assert SETTING_KEY == "speech.diacritize"


def test_on_without_the_library_falls_back_with_a_reason(monkeypatch):
    monkeypatch.setitem(sys.modules, "text2tashkeel", None)  # import now raises ImportError
    d = get_diacritizer(True, model="rawi-v2-int8")
    assert isinstance(d, NoDiacritizer)
    assert "pip install text2tashkeel" in d.reason


def test_a_model_that_would_be_downloaded_is_refused(model):
    d = get_diacritizer(True, model="rawi-v3")  # fp32 weights live on a hub, not in the wheel
    assert isinstance(d, NoDiacritizer)
    assert "not bundled" in d.reason


def test_a_lazy_diacritizer_loads_the_model_on_its_first_use(model, monkeypatch):
    monkeypatch.setattr(diacritizer_module, "_shared", {})  # as in a fresh process
    d = get_diacritizer(True, lazy=True)
    assert diacritizer_module._shared == {}  # nothing built yet
    assert d.name == "text2tashkeel rawi-v3-int8" and d.reason == ""
    spoken = d.diacritize("ذهب الولد")
    assert set(spoken) & HARAKAT and _bare(spoken) == "ذهب الولد"
    assert list(diacritizer_module._shared) == ["rawi-v3-int8"] and d.reason == ""


def test_a_lazy_diacritizer_that_cannot_load_speaks_as_written(monkeypatch):
    monkeypatch.setattr(diacritizer_module, "_shared", {})
    monkeypatch.setitem(sys.modules, "text2tashkeel", None)  # import now raises ImportError
    d = get_diacritizer(True, lazy=True)
    assert d.reason == ""  # not tried yet
    assert d.diacritize("ذهب الولد") == "ذهب الولد"  # no exception: the sentence is still said
    assert "pip install text2tashkeel" in d.reason and d.name == "none"
    assert d.diacritize("ذهب") == "ذهب"


# --- quality, measured ---------------------------------------------------------------------


def test_restores_vowels_on_wikinews_far_better_than_none(model, corpus_dir):
    bench = _bench()
    truth = bench.truth_sentences(
        corpus_dir / "text" / "wikinews-ar_tashkeel_02_wikimania-2013-hongkong.txt"
    )
    ours, none = bench.Score(), bench.Score()
    for sentence in truth:
        bare = bench.strip_marks(sentence)
        ours.add(bench.score(sentence, model.diacritize(bare)))
        none.add(bench.score(sentence, bare))
    assert ours.words > 600
    assert none.der > 0.7  # WikiNews marks nearly every letter
    assert ours.der < 0.08, f"DER {ours.der:.1%}"  # measured 4 % on the whole WikiNews file
    assert ours.wer < 0.25, f"WER {ours.wer:.1%}"


def test_a_word_eSpeak_misreads_bare_is_read_right_with_vowels(model):
    # Bare «مليون» is read "mallijjuːn"; with its vowels "milju:n".
    assert "mall" in _phonemes("مليون")
    assert re.search(r"m'?ilju:n", _phonemes(spoken_form("ثلاثة مليون دولار", model)))


# --- the writer's text wins ----------------------------------------------------------------


def test_writer_hamza_and_marks_are_kept(model):
    # The model sees no hamza seats; it would read «أحلام» as «إحلام».
    spoken = model.diacritize("أحلام جروبيوس هذه تحطمت")
    assert spoken.startswith("أ" + FATHA)
    # A fully vowelled verse: the model would say «مَسَّنِي الضَّرَّ».
    quran = "وَأَيُّوبَ إِذْ نَادَىٰ رَبَّهُ أَنِّي مَسَّنِيَ الضُّرُّ"
    spoken = model.diacritize(quran)
    assert _bare(spoken) == _bare(quran)
    assert shadda_first("مَسَّنِيَ الضُّرُّ") in spoken


def test_a_lone_shadda_gains_its_vowel(model):
    spoken = model.diacritize("وعلّقت الأميرة على الصورة")
    first = spoken.split()[0]  # «وَعُلِّقَتْ» or «وَعَلَّقَتْ»: the writer's shadda, and a vowel
    assert re.search("ل" + SHADDA + "[\u064e\u064f\u0650]", first), first
    assert _bare(spoken) == "وعلقت الأميرة على الصورة"


def test_everything_but_vowels_is_kept(model):
    text = "تأسست «الباوهاوس BAUHAUS» عام 1919م، وقال László: «colère» ✓ 3.5%…"
    spoken = model.diacritize(text)
    assert _bare(spoken) == text
    assert spoken != text


def test_text_without_arabic_is_untouched(model):
    assert model.diacritize("CNN.com 2018 — ok!") == "CNN.com 2018 — ok!"
    assert model.diacritize("") == ""


def test_a_long_block_without_full_stops_is_cut_but_whole(model):
    text = " ".join(["قال الأمين العام إن المنظمة ستواصل عملها"] * 60)  # ~2,800 characters
    spoken = model.diacritize(text)
    assert _bare(spoken) == text
    assert sum(c in HARAKAT for c in spoken) > len(text) // 3


@settings(max_examples=200, deadline=None)
@given(
    written=st.text(alphabet="ابتأإآؤئءلمنهوىي ةـ.،«»\u064e\u0650\u0651\u0652Aé1", max_size=40),
    predicted=st.text(alphabet="ابتلمنهوي ة.\u064b\u064e\u064f\u0650\u0651\u0652", max_size=40),
)
def test_merge_only_ever_changes_vowel_marks(written, predicted):
    assert _bare(merge_marks(written, predicted)) == _bare(written)


# --- spelling for eSpeak NG ----------------------------------------------------------------


def test_shadda_goes_before_its_vowel_and_espeak_then_reads_the_vowel():
    nfc = "الش" + FATHA + SHADDA + "مْسُ"  # Unicode's canonical order: vowel first
    assert shadda_first(nfc) == "الش" + SHADDA + FATHA + "مْسُ"
    assert re.search(r"SS'?a", _phonemes(shadda_first(nfc)))
    assert not re.search(r"SS'?a", _phonemes(nfc))


@pytest.mark.parametrize(
    ("diacritised", "expected"),
    [
        ("بِالْمَدِينَةِ", "بِٱلْمَدِينَةِ"),  # after a clitic
        ("فِي الْمَدِينَةِ", "فِي ٱلْمَدِينَةِ"),  # after a word in the same breath
        ("الْمَدِينَةُ كَبِيرَةٌ", "الْمَدِينَةُ كَبِيرَةٌ"),  # utterance-initial: heard
        ("قَالَ، الْمَدِينَةُ", "قَالَ، الْمَدِينَةُ"),  # after a pause: heard
        ("فِي الش" + SHADDA + FATHA + "مْسِ", "فِي الش" + SHADDA + FATHA + "مْسِ"),  # sun letter
        ("كَانْدِينْسْكِي", "كَانْدِينْسْكِي"),  # a long ā, not a clitic
        ("يَوْمَ الِاثْنَيْنِ", "يَوْمَ ٱلِٱثْنَيْنِ"),  # two wasl alefs
        ("عَنِ اسْمِهِ", "عَنِ ٱسْمِهِ"),
        ("ارْتَفَعَ الدُّولَارُ", "اِرْتَفَعَ الد" + SHADDA + DAMMA + "ولَارُ"),  # heard: «ʔi»
        ("اكْتُبْ", "اُكْتُبْ"),  # «ʔu» before a damma
        ("قَالُوا إِنَّ", "قَالوا إِن" + SHADDA + FATHA),  # no damma before the plural's alef
    ],
)
def test_silent_wasl_alef_is_spelt_alef_wasla(diacritised, expected):
    assert espeak_orthography(diacritised) == expected
    assert len(espeak_orthography(diacritised).split()) == len(diacritised.split())


def test_wasl_spelling_stops_espeak_reading_a_long_a():
    assert "a:l" in _phonemes("بِالْمَدِينَةِ")
    read = _phonemes(espeak_orthography("بِالْمَدِينَةِ"))
    assert "bilm" in read and "a:l" not in read


# --- in front of the real engine -----------------------------------------------------------


def test_word_marks_from_a_real_synthesis_land_on_displayed_words(engine, model):
    shown = "دفع ب8000 دولار لـ د. أحمد في عام 2016م."
    wrapped = PronouncingEngine(engine, model)
    voice = wrapped.voice_for_language("ar")
    spoken = wrapped.spoken_text(shown, voice)
    assert spoken != shown and "بِ 8000" in spoken
    chunk = wrapped.synthesize(shown, voice)
    assert chunk.pcm
    spans = {(w.start, w.end) for w in words(shown)}
    marked = [(m.char_start, m.char_end) for m in chunk.words]
    assert set(marked) <= spans
    assert marked == sorted(marked)
    assert [m.sample_offset for m in chunk.words] == sorted(m.sample_offset for m in chunk.words)
    assert len(set(marked)) >= len(spans) - 1  # eSpeak may fire no event on one short word


def test_the_setting_switches_diacritisation_off_for_the_next_sentence(engine, model):
    wrapped = PronouncingEngine(engine, model)
    voice = wrapped.voice_for_language("ar")
    text = "ذهب الولد إلى المدرسة"
    assert any(c in HARAKAT for c in wrapped.spoken_text(text, voice))
    wrapped.diacritizer = get_diacritizer(False)
    assert wrapped.spoken_text(text, voice) == text


def test_other_languages_pass_through(engine, model):
    wrapped = PronouncingEngine(engine, model)
    english = wrapped.voice_for_language("en")
    assert english is not None
    text = "Dr. Smith paid 25% in 2016/17."
    assert wrapped.spoken_text(text, english) == text
    assert wrapped.spoken_text(text) == text  # no voice given: the text's language decides


def test_persian_letters_in_arabic_text_are_said_as_the_arabic_ones():
    """Typed on a Persian keyboard, «کتاب علی» was said "tāb", then «Farsi yeh» in English."""
    assert "(en)" in _phonemes("قرأت کتاب علی")
    spoken = _phonemes(spoken_form("قرأت کتاب علی", NoDiacritizer()))
    assert "(en)" not in spoken and "kit'a:b" in spoken
    assert "h'a:Da:" in _phonemes(spoken_form("ھذا", NoDiacritizer()))
    assert len(spoken_form("کتاب علی ھذا", NoDiacritizer())) == len("کتاب علی ھذا")
