"""An article (or some of its sentences) to an audio file, with WebVTT sentence timings.

Qt-free and blocking: the caller runs it on a worker thread and passes ``on_progress`` and
``should_cancel``. The audio is written to a temporary file beside the target and moved into
place only when complete, so a cancelled or failed export never leaves half a file behind, nor
replaces a good one.

WAV uses the standard library; MP3 uses ``lameenc`` (a wheel with LAME inside, no system
dependency). Durations come from the PCM, not the encoded file, so they are exact.
"""

from __future__ import annotations

import html
import os
import secrets
import wave
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from desktop.model import Article
from desktop.tts.engine import (
    SAMPLE_RATE,
    SpeechEngine,
    SynthesisError,
    Voice,
    choose_voice,
    default_engine,
)
from desktop.tts.speech_text import Utterance, article_utterances

FORMATS = ("wav", "mp3")
MP3_KBPS = 64  # mono speech at 22 kHz: transparent enough, ~0.5 MB a minute


class ExportError(Exception):
    """The export could not be written; the message says why (unsupported format, missing
    encoder, unwritable folder)."""


@dataclass
class ExportResult:
    path: Path | None  # None when cancelled
    vtt_path: Path | None
    format: str
    duration: float  # seconds of audio written
    sentence_durations: list[float] = field(default_factory=list)  # spoken utterances, in order
    skipped: list[str] = field(default_factory=list)  # messages for sentences left out
    cancelled: bool = False


class _WavWriter:
    def __init__(self, path: Path, rate: int):
        self._wav = wave.open(str(path), "wb")  # noqa: SIM115 - closed in close()
        self._wav.setnchannels(1)
        self._wav.setsampwidth(2)
        self._wav.setframerate(rate)

    def write(self, pcm: bytes) -> None:
        self._wav.writeframesraw(pcm)

    def close(self) -> None:
        self._wav.close()


class _Mp3Writer:
    def __init__(self, path: Path, rate: int):
        try:
            import lameenc
        except ImportError as exc:
            raise ExportError(
                "MP3 export needs the lameenc package: `pip install lameenc` (or export WAV)."
            ) from exc
        self._encoder = lameenc.Encoder()
        self._encoder.set_bit_rate(MP3_KBPS)
        self._encoder.set_in_sample_rate(rate)
        self._encoder.set_channels(1)
        self._encoder.set_quality(2)
        self._file = path.open("wb")

    def write(self, pcm: bytes) -> None:
        self._file.write(self._encoder.encode(pcm))

    def close(self) -> None:
        self._file.write(self._encoder.flush())
        self._file.close()


def _writer(path: Path, fmt: str, rate: int):
    return _WavWriter(path, rate) if fmt == "wav" else _Mp3Writer(path, rate)


def format_for(path: Path) -> str:
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ExportError(
            f"Cannot export to «{path.name}»: use a file name ending in "
            + " or ".join(f".{f}" for f in FORMATS)
            + "."
        )
    return fmt


def vtt_time(seconds: float) -> str:
    ms = round(seconds * 1000)
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


def write_vtt(path: Path, cues: Sequence[tuple[float, float, str]]) -> None:
    """WebVTT with one cue per sentence (start, end, text). The text is escaped: in a cue,
    «<» starts markup, «&» an entity and «-->» a timing line («Security & Location» is in
    the corpus), so a player would drop or mangle the sentence."""
    lines = ["WEBVTT", ""]
    for n, (start, end, text) in enumerate(cues, 1):
        cue = html.escape(" ".join(text.split()), quote=False)
        lines += [str(n), f"{vtt_time(start)} --> {vtt_time(end)}", cue, ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def export_utterances(
    utterances: Sequence[Utterance],
    out_path: str | os.PathLike,
    vtt_path: str | os.PathLike | None = None,
    *,
    language: str = "ar",
    engine: SpeechEngine | None = None,
    voice: Voice | None = None,
    rate: int | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> ExportResult:
    """Synthesise ``utterances`` one after another into ``out_path`` (.wav or .mp3).

    ``on_progress(done, total)`` is called after each utterance; when ``should_cancel()``
    turns true the export stops, nothing is written and ``cancelled`` is set. A sentence that
    cannot be spoken is left out and listed in ``skipped``; no engine or no voice raises
    EngineUnavailable before anything is written.
    """
    out = Path(out_path)
    fmt = format_for(out)
    vtt = Path(vtt_path) if vtt_path is not None else None
    engine = engine or default_engine()
    voice = voice or choose_voice(engine, language)
    for folder in {out.parent, *([vtt.parent] if vtt is not None else [])}:
        if not folder.is_dir():  # before minutes of synthesis, not after
            raise ExportError(f"The folder {folder} does not exist.")
    tmp = _new_file_beside(out, fmt)
    result = ExportResult(None, None, fmt, 0.0)
    cues: list[tuple[float, float, str]] = []
    samples = 0
    done = False
    try:
        writer = _writer(tmp, fmt, SAMPLE_RATE)
        try:
            total = len(utterances)
            for n, u in enumerate(utterances, 1):
                if should_cancel is not None and should_cancel():
                    result.cancelled = True
                    break
                try:
                    chunk = engine.synthesize(u.text, voice, rate)
                except SynthesisError as exc:  # skipped; EngineUnavailable ends the export
                    result.skipped.append(str(exc))
                    chunk = None
                if chunk is not None:
                    if chunk.sample_rate != SAMPLE_RATE:
                        raise ExportError(f"{engine.name} produced {chunk.sample_rate} Hz audio.")
                    writer.write(chunk.pcm)
                    start = samples / SAMPLE_RATE
                    samples += chunk.samples
                    result.sentence_durations.append(chunk.duration)
                    cues.append((start, samples / SAMPLE_RATE, u.text))
                if on_progress is not None:
                    on_progress(n, total)
        finally:
            writer.close()
        if not result.cancelled:
            if vtt is not None:  # the subtitles first: if they cannot be written, nor is the audio
                try:
                    write_vtt(vtt, cues)
                except OSError as exc:
                    raise ExportError(f"Could not write {vtt}: {exc.strerror or exc}") from exc
                result.vtt_path = vtt
            os.replace(tmp, out)
            result.path = out
            result.duration = samples / SAMPLE_RATE
            done = True
    except OSError as exc:
        raise ExportError(f"Could not write {out}: {exc.strerror or exc}") from exc
    finally:
        if not done:
            tmp.unlink(missing_ok=True)
    return result


def _new_file_beside(out: Path, fmt: str) -> Path:
    """An empty file to write ``out`` into before it replaces it, made with the permissions
    any new file gets (mkstemp's owner-only mode would stay on the exported audio)."""
    while True:
        tmp = out.with_name(f".{out.stem}-{secrets.token_hex(4)}.{fmt}")
        try:
            os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except FileExistsError:
            continue
        except OSError as exc:
            raise ExportError(f"Could not write {out}: {exc.strerror or exc}") from exc
        return tmp


def export_article(
    article: Article,
    out_path: str | os.PathLike,
    vtt_path: str | os.PathLike | None = None,
    rate: int | None = None,
    voice: Voice | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
    *,
    engine: SpeechEngine | None = None,
    include_credits: bool = False,
) -> ExportResult:
    """The whole article as heard in the reader (headline first), to .wav or .mp3."""
    return export_utterances(
        article_utterances(article, include_credits=include_credits),
        out_path,
        vtt_path,
        language=article.language,
        engine=engine,
        voice=voice,
        rate=rate,
        on_progress=on_progress,
        should_cancel=should_cancel,
    )
