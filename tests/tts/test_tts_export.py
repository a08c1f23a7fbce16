"""Export: the audio is the sum of its sentences, WebVTT timings increase, cancel leaves nothing."""

from __future__ import annotations

import re
import wave
from pathlib import Path

import pytest
from engine_doubles import WrappedEngine

from desktop.model import Article, Block, BlockKind
from desktop.tts.engine import SAMPLE_RATE, EngineUnavailable
from desktop.tts.export import ExportError, export_article, vtt_time, write_vtt
from desktop.tts.speech_text import article_utterances

ARTICLE = Article(
    "عنوان الخبر",
    [
        Block(BlockKind.PARAGRAPH, "الجملة الأولى. والجملة الثانية، مع فاصلة."),
        Block(BlockKind.FIGURE, "أطفال في مخيم.", alt="أطفال يلعبون بالكرة"),
        Block(BlockKind.PARAGRAPH, "الفقرة الأخيرة."),
    ],
)
CUE = re.compile(r"^(\d\d):(\d\d):(\d\d)\.(\d{3}) --> (\d\d):(\d\d):(\d\d)\.(\d{3})$")


def cue_times(vtt: Path) -> list[tuple[float, float]]:
    lines = vtt.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "WEBVTT"
    times = []
    for line in lines:
        if m := CUE.match(line):
            h1, m1, s1, ms1, h2, m2, s2, ms2 = map(int, m.groups())
            times.append(
                (h1 * 3600 + m1 * 60 + s1 + ms1 / 1000, h2 * 3600 + m2 * 60 + s2 + ms2 / 1000)
            )
    return times


def test_wav_duration_is_the_sum_of_sentences_and_vtt_times_increase(
    engine, tmp_path: Path
) -> None:
    progress = []
    result = export_article(
        ARTICLE,
        tmp_path / "a.wav",
        tmp_path / "a.vtt",
        on_progress=lambda done, total: progress.append((done, total)),
        engine=engine,
    )
    spoken = article_utterances(ARTICLE)
    assert len(result.sentence_durations) == len(spoken) == 6 and not result.skipped
    with wave.open(str(result.path), "rb") as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, SAMPLE_RATE)
        frames = wav.getnframes()
    assert frames / SAMPLE_RATE == pytest.approx(result.duration, abs=1e-9)
    assert result.duration == pytest.approx(sum(result.sentence_durations), abs=1e-6)
    times = cue_times(result.vtt_path)
    assert len(times) == len(spoken)
    assert all(start < end for start, end in times)
    assert all(
        a[1] <= b[0] + 0.0005 and a[0] < b[0] for a, b in zip(times, times[1:], strict=False)
    )
    assert times[-1][1] == pytest.approx(result.duration, abs=0.001)
    assert progress == [(i, len(spoken)) for i in range(1, len(spoken) + 1)]
    assert "صورة: أطفال في مخيم." in result.vtt_path.read_text(encoding="utf-8")


def test_mp3_export(engine, tmp_path: Path) -> None:
    pytest.importorskip("lameenc")
    result = export_article(ARTICLE, tmp_path / "a.mp3", rate=250, engine=engine)
    data = result.path.read_bytes()
    assert data[:3] == b"ID3" or (data[0] == 0xFF and data[1] & 0xE0 == 0xE0)
    assert 0 < len(data) < result.duration * 64_000 / 8 * 1.3  # about 64 kbit/s
    assert result.format == "mp3" and result.vtt_path is None


def test_cancel_leaves_no_file_and_keeps_an_old_one(engine, tmp_path: Path) -> None:
    target = tmp_path / "a.wav"
    target.write_bytes(b"an earlier export")
    calls = []
    result = export_article(
        ARTICLE,
        target,
        tmp_path / "a.vtt",
        engine=engine,
        should_cancel=lambda: calls.append(1) or len(calls) > 2,
    )
    assert result.cancelled and result.path is None
    assert target.read_bytes() == b"an earlier export"
    assert not (tmp_path / "a.vtt").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.wav"]


def test_bad_targets_say_why(engine, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match=r"\.wav or \.mp3"):
        export_article(ARTICLE, tmp_path / "a.ogg", engine=engine)
    with pytest.raises(ExportError, match="does not exist"):
        export_article(ARTICLE, tmp_path / "missing" / "a.wav", engine=engine)
    foreign = Article("t", [Block(BlockKind.PARAGRAPH, "x.")], language="xx")
    with pytest.raises(EngineUnavailable, match="espeakng-loader"):
        export_article(foreign, tmp_path / "a.wav", engine=engine)
    assert list(tmp_path.iterdir()) == []


def test_vtt_time_format() -> None:
    assert vtt_time(0) == "00:00:00.000"
    assert vtt_time(3723.4567) == "01:02:03.457"


def test_subtitle_text_is_escaped_so_every_sentence_survives(tmp_path: Path) -> None:
    """In a WebVTT cue «<» starts markup, «&» an entity and «-->» a timing line."""
    path = tmp_path / "a.vtt"
    write_vtt(path, [(0.0, 1.0, "القيمة 3 <5 و> 2 --> نعم"), (1.0, 2.0, "Security & Location")])
    lines = path.read_text(encoding="utf-8").splitlines()
    assert "القيمة 3 &lt;5 و&gt; 2 --&gt; نعم" in lines and "Security &amp; Location" in lines
    assert [line for line in lines if "-->" in line] == [
        "00:00:00.000 --> 00:00:01.000",
        "00:00:01.000 --> 00:00:02.000",
    ]


def test_a_missing_subtitles_folder_is_found_before_any_sentence_is_said(
    engine, tmp_path: Path
) -> None:
    target = tmp_path / "a.wav"
    target.write_bytes(b"an earlier export")
    counting = WrappedEngine(engine)

    with pytest.raises(ExportError, match=f"The folder {tmp_path / 'nodir'} does not exist"):
        export_article(ARTICLE, target, tmp_path / "nodir" / "a.vtt", engine=counting)
    assert counting.calls == [] and target.read_bytes() == b"an earlier export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.wav"]


def test_an_exported_file_gets_the_permissions_of_any_new_file(engine, tmp_path: Path) -> None:
    import os
    import stat

    old = os.umask(0o022)
    try:
        result = export_article(ARTICLE, tmp_path / "a.wav", engine=engine)
    finally:
        os.umask(old)
    assert stat.S_IMODE(result.path.stat().st_mode) == 0o644  # not mkstemp's 0o600
