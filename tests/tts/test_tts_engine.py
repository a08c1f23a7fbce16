"""eSpeak NG through pyttsx3's bindings: the right library, the right voice, word marks on
whitespace words, the retry, the lock, and clear errors when nothing can speak."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import espeakng_loader
import pytest

from desktop.arabic import guess_language, words
from desktop.model import Article, Block, BlockKind
from desktop.tts.engine import (
    SAMPLE_RATE,
    EngineUnavailable,
    SpeechChunk,
    SynthesisError,
    choose_voice,
    map_events_to_words,
)
from desktop.tts.espeak_route import mapped_library_files

REPO = Path(__file__).resolve().parents[2]
SENTENCE = "قال الأمين العام إن 25 ألف شخص، من بينهم 3.5 مليون طفل، يحتاجون المساعدة في 2016."


def test_the_espeakng_loader_library_is_the_one_loaded(engine) -> None:
    expected = Path(espeakng_loader.get_library_path()).resolve()
    assert Path(engine.library_path).resolve() == expected
    mapped = [Path(p).resolve() for p in mapped_library_files()]
    assert mapped == [expected], "another libespeak-ng is mapped into the process"
    assert Path(engine.data_path) == Path(espeakng_loader.get_data_path()).parent


def test_voices_carry_their_languages(engine) -> None:
    voices = engine.voices()
    assert len(voices) > 50
    arabic = [v for v in voices if "ar" in v.languages]
    assert [v.id for v in arabic] == ["sem/ar"]
    assert any(len(v.languages) > 1 for v in voices), "only the first language was read"
    assert not any(v.id.startswith("mb/") for v in voices)


def test_the_arabic_voice_is_chosen_for_an_arabic_article(engine) -> None:
    article = Article("عنوان", [Block(BlockKind.PARAGRAPH, SENTENCE)])
    assert choose_voice(engine, article.language).id == "sem/ar"
    assert choose_voice(engine, guess_language(SENTENCE)).id == "sem/ar"
    assert choose_voice(engine, "en").id != "sem/ar"


def test_synthesis_gives_pcm_and_marks_on_whitespace_words(engine) -> None:
    voice = choose_voice(engine, "ar")
    chunk = engine.synthesize(SENTENCE, voice)
    assert chunk.sample_rate == SAMPLE_RATE
    assert chunk.samples > SAMPLE_RATE  # a long sentence lasts seconds
    spans = [(w.start, w.end) for w in words(SENTENCE)]
    marks = [(m.char_start, m.char_end) for m in chunk.words]
    # «25», «3.5» and «2016.» fire several events each; each word still gets exactly one mark.
    assert marks == spans
    offsets = [m.sample_offset for m in chunk.words]
    assert offsets == sorted(offsets) and len(set(offsets)) == len(offsets)
    assert 0 <= offsets[0] < offsets[-1] < chunk.samples
    # the word heard at a sample: from its mark up to the next word's mark
    assert chunk.word_at(-1) is None and chunk.word_at(offsets[0] - 1) is None
    for mark, after in zip(chunk.words, chunk.words[1:], strict=False):
        assert chunk.word_at(mark.sample_offset) is mark
        assert chunk.word_at(after.sample_offset - 1) is mark
    assert chunk.word_at(chunk.samples) is chunk.words[-1]


def test_a_faster_rate_gives_shorter_audio(engine) -> None:
    voice = choose_voice(engine, "ar")
    slow = engine.synthesize(SENTENCE, voice, rate=120)
    fast = engine.synthesize(SENTENCE, voice, rate=300)
    assert fast.samples < slow.samples * 0.7


def test_events_map_onto_whitespace_words() -> None:
    text = "«السلام» عليكم 😀 يا 3.5"
    # eSpeak's events for this text: the emoji's spoken name fires on the space after it.
    events = [
        (1, 2424),
        (9, 19765),
        (15, 32845),
        (16, 40796),
        (16, 56967),
        (17, 67996),
        (20, 70000),
        (21, 71000),
        (22, 72000),
    ]
    marks = map_events_to_words(text, events)
    assert [text[m.char_start : m.char_end] for m in marks] == [
        "«السلام»",
        "عليكم",
        "😀",
        "يا",
        "3.5",
    ]
    assert [m.sample_offset for m in marks] == [2424, 19765, 32845, 67996, 70000]
    assert map_events_to_words("   ", [(0, 0)]) == []


def test_empty_audio_is_retried_once_then_reported(engine, monkeypatch) -> None:
    real = engine._synthesize_once
    calls = []

    def empty_first(text, voice, rate):
        calls.append(text)
        return SpeechChunk(b"", SAMPLE_RATE) if len(calls) == 1 else real(text, voice, rate)

    monkeypatch.setattr(engine, "_synthesize_once", empty_first)
    assert engine.synthesize("نص قصير.").samples > 0
    assert len(calls) == 2

    calls.clear()
    monkeypatch.setattr(
        engine,
        "_synthesize_once",
        lambda text, voice, rate: calls.append(text) or SpeechChunk(b"", SAMPLE_RATE),
    )
    with pytest.raises(SynthesisError, match="no audio"):
        engine.synthesize("نص قصير.")
    assert len(calls) == 2


def test_concurrent_calls_are_serialised(engine) -> None:
    """eSpeak is not reentrant: without the lock, threads would interleave into one buffer.

    eSpeak NG's output varies by a few samples from call to call (its noise sources), so the
    check is on length and word marks, not bytes."""
    voice = choose_voice(engine, "ar")
    texts = [SENTENCE, "جملة أخرى مختلفة تماما.", "ثالثة.", "رابعة أطول قليلا من الثالثة."]
    expected = {t: engine.synthesize(t, voice) for t in texts}
    results: list[tuple[str, SpeechChunk]] = []
    errors: list[BaseException] = []

    def work(text: str) -> None:
        try:
            for _ in range(5):
                results.append((text, engine.synthesize(text, voice)))
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(t,)) for t in texts]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors
    assert len(results) == 20
    for text, chunk in results:
        want = expected[text]
        assert abs(chunk.samples - want.samples) < want.samples * 0.02, text
        spans = [(m.char_start, m.char_end) for m in chunk.words]
        assert spans == [(m.char_start, m.char_end) for m in want.words], text


def test_a_language_without_a_voice_says_what_to_install(engine) -> None:
    assert engine.voice_for_language("xx") is None
    with pytest.raises(EngineUnavailable, match="espeakng-loader"):
        choose_voice(engine, "xx")


NO_DATA_CHILD = r"""
import sys
from desktop.tts.engine import EngineUnavailable
from desktop.tts.espeak_route import EspeakEngine
try:
    EspeakEngine(sys.argv[1])
except EngineUnavailable as exc:
    print("UNAVAILABLE:", exc)
else:
    print("SPOKE")
"""


def test_an_empty_data_folder_gives_the_clear_error(tmp_path: Path) -> None:
    # eSpeak is one per process, so the broken engine lives in a child process.
    result = subprocess.run(
        [sys.executable, "-c", NO_DATA_CHILD, str(tmp_path)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("UNAVAILABLE:")
    assert "espeakng-loader" in result.stdout and "espeak-ng" in result.stdout
