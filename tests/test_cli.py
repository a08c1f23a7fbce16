"""The ``qari`` command, run as a real child process on a library in a temp dir."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SEED_TITLE = "دي ميستورا: هناك شعور بالاتحاد داخل مجلس الأمن حيال حلب"


def qari(data_dir: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def test_import_the_whole_text_corpus_then_again(data_dir: Path, corpus_dir: Path) -> None:
    first = qari(data_dir, "import", str(corpus_dir / "text"), str(corpus_dir / "seed"))
    assert first.returncode == 0, first.stderr
    assert "failed 0" in first.stdout
    assert "Imported 3" in first.stdout  # 30-odd articles; the bundled ones are duplicates
    again = qari(data_dir, "import", str(corpus_dir / "text"))
    assert again.returncode == 0
    assert "Imported 0" in again.stdout
    assert "skipped" in again.stdout and "duplicate" in again.stdout


def test_search_folds_hamza_yaa_taa_marbuta_and_diacritics(data_dir: Path, seed_path) -> None:
    qari(data_dir, "import", str(seed_path))
    # the seed says «الأممي» and «الحكومة»; the query differs in hamza, yaa, taa marbuta and
    # carries diacritics
    result = qari(data_dir, "search", "الاممى", "الحُكومه")
    assert result.returncode == 0, result.stderr
    assert SEED_TITLE in result.stdout
    assert "[الأممي]" in result.stdout  # the original text, the match marked


def test_search_with_no_match_exits_1(data_dir: Path) -> None:
    result = qari(data_dir, "search", "كلمةغيرموجودةابدا")
    assert result.returncode == 1
    assert "No articles match" in result.stderr


def test_show_the_seed_in_logical_order_into_a_pipe(data_dir: Path) -> None:
    seed_id = qari(data_dir, "list").stdout.splitlines()[0].split("\t")[0]
    result = qari(data_dir, "show", seed_id)
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0] == SEED_TITLE
    assert "[صورة: معظم السوريين الباقيين في حلب يعيشون في هياكل مبان سكنية.] " in result.stdout
    assert "(توم وستكوت / إيرين)" in result.stdout
    assert "ب8000 مدني" in result.stdout


def test_show_visual_reorders_each_line_with_python_bidi(data_dir: Path) -> None:
    from bidi import get_display

    seed_id = qari(data_dir, "list").stdout.splitlines()[0].split("\t")[0]
    result = qari(data_dir, "show", seed_id, "--visual", env={"COLUMNS": "200"})
    first = result.stdout.splitlines()[0]
    assert first != SEED_TITLE
    assert first == get_display(SEED_TITLE, base_dir="R")


def test_show_visual_keeps_each_vowel_mark_on_its_letter_and_wraps_by_columns(
    data_dir: Path,
) -> None:
    """A terminal puts a mark on the character before it: after the reordering the marks
    must follow their letter (python-bidi leaves them in front). A mark takes no column,
    so a fully vowelled line wraps at the terminal's width, not half of it."""
    import unicodedata

    listed = qari(data_dir, "list").stdout.splitlines()
    vowelled = next(line.split("\t")[0] for line in listed if "\u064e" in line)
    lines = qari(data_dir, "show", vowelled, "--visual", env={"COLUMNS": "80"}).stdout
    lines = [line for line in lines.splitlines() if line.strip()]
    assert not any(unicodedata.combining(line[0]) for line in lines)
    for line in lines:
        for before, mark in zip(line, line[1:], strict=False):
            if unicodedata.combining(mark) and "\u064b" <= mark <= "\u0652":
                assert "\u0621" <= before <= "\u064a" or unicodedata.combining(before), line
    columns = [sum(1 for c in line if not unicodedata.combining(c)) for line in lines]
    assert max(columns) <= 80 and max(columns) > 70


def test_show_unknown_article_exits_4(data_dir: Path) -> None:
    result = qari(data_dir, "show", "999")
    assert result.returncode == 4
    assert "No article 999" in result.stderr


def test_a_library_file_that_is_not_sqlite_exits_3(tmp_path: Path) -> None:
    (tmp_path / "library.sqlite3").write_bytes(b"not a database\n" * 100)
    result = qari(tmp_path, "list")
    assert result.returncode == 3
    assert "not a Qari library" in result.stderr


def test_import_reports_failures_with_reasons_and_exits_1(data_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (folder / "good.txt").write_text("عنوان المقال\n\nفقرة أولى من المقال.\n", encoding="utf-8")
    result = qari(data_dir, "import", str(folder))
    assert result.returncode == 1
    assert "Imported 1" in result.stdout and "failed 2" in result.stdout
    assert "empty.txt" in result.stderr and "binary.txt" in result.stderr
    # each failure is one line naming its file once, whether printed as it happens or at the
    # end (--quiet)
    quiet = qari(data_dir, "import", "--quiet", str(folder))
    assert quiet.returncode == 1
    for output in (result.stderr, quiet.stderr):
        for name in ("empty.txt", "binary.txt"):
            (line,) = [x for x in output.splitlines() if name in x]
            assert line.startswith("failed: Cannot import ")
            assert line.count(str(folder / name)) == 1


def test_a_library_that_cannot_save_says_so_in_one_line_and_logs_the_details(
    data_dir: Path, tmp_path: Path
) -> None:
    """A full disk cannot be made here; a trigger that refuses every new article fails the
    write the same way. The traceback goes to the log beside the library, not the terminal."""
    import sqlite3

    assert qari(data_dir, "list").returncode == 0  # the library, with the bundled articles
    with sqlite3.connect(data_dir / "library.sqlite3") as db:
        db.execute(
            "CREATE TRIGGER refuse BEFORE INSERT ON articles "
            "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
        )
    folder = tmp_path / "new"
    folder.mkdir()
    for n in (1, 2):
        (folder / f"{n}.txt").write_text(f"عنوان {n}\n\nفقرة من المقال {n}.\n", encoding="utf-8")
    result = qari(data_dir, "import", str(folder))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    failed = [line for line in result.stderr.splitlines() if line.startswith("failed: ")]
    assert len(failed) == 2 and len(result.stderr.splitlines()) == 2
    log = (data_dir / "qari.log").read_text(encoding="utf-8")
    assert "storing" in log and "Traceback" in log and "database or disk is full" in log


def test_usage_error_exits_2(data_dir: Path) -> None:
    assert qari(data_dir, "show", "not-a-number").returncode == 2
    assert qari(data_dir, "frobnicate").returncode == 2


def test_env_variable_chooses_the_library(tmp_path: Path, seed_path) -> None:
    env = {"QARI_DATA_DIR": str(tmp_path / "env-lib")}
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "list"],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=120,
    )
    assert result.returncode == 0
    assert (tmp_path / "env-lib" / "library.sqlite3").is_file()


def test_speak_exports_audio_and_subtitles(data_dir: Path) -> None:
    """Real eSpeak NG synthesis of the seed into WAV with WebVTT sentence timings."""
    import wave

    seed_id = qari(data_dir, "list").stdout.splitlines()[0].split("\t")[0]
    out, vtt = data_dir / "seed.wav", data_dir / "seed.vtt"
    result = qari(data_dir, "speak", seed_id, "--out", str(out), "--vtt", str(vtt))
    assert result.returncode == 0, result.stderr
    with wave.open(str(out)) as w:
        seconds = w.getnframes() / w.getframerate()
    assert seconds > 60  # the seed is ~330 words
    cues = vtt.read_text(encoding="utf-8")
    assert cues.startswith("WEBVTT")
    assert SEED_TITLE in cues


def test_speak_to_an_unsupported_format_says_which_ones_work(data_dir: Path) -> None:
    seed_id = qari(data_dir, "list").stdout.splitlines()[0].split("\t")[0]
    result = qari(data_dir, "speak", seed_id, "--out", str(data_dir / "x.ogg"))
    assert result.returncode == 1
    assert ".wav or .mp3" in result.stderr
    assert not (data_dir / "x.ogg").exists()


def test_two_imports_at_once_into_one_library_both_finish(data_dir: Path, tmp_path: Path) -> None:
    """Two processes writing the same library (the app and a CLI import, or two imports):
    each waits its turn for the write lock instead of failing with "database is locked"."""
    assert qari(data_dir, "list").returncode == 0  # the library exists, with its schema
    folders = []
    for name in ("a", "b"):
        folder = tmp_path / name
        folder.mkdir()
        for n in range(300):
            (folder / f"{n}.txt").write_text(
                f"عنوان {name} {n}\n\nفقرة من المقال {name} رقم {n}.\n", encoding="utf-8"
            )
        folders.append(folder)
    command = [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "import", "--quiet"]
    runs = [
        subprocess.Popen([*command, str(f)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for f in folders
    ]
    results = [(p.wait(timeout=300), p.stderr.read().decode()) for p in runs]
    for run in runs:
        run.stdout.close()
        run.stderr.close()
    assert results == [(0, ""), (0, "")]
    listed = qari(data_dir, "list").stdout.splitlines()
    assert len(listed) == 600 + 4  # and the four bundled articles


@pytest.mark.parametrize(
    "args",
    [
        ["show", "99999999999999999999999"],
        ["show", "0"],
        ["search", "حلب", "--limit", "99999999999999999999"],
        ["search", "حلب", "--limit", "-1"],
        ["notes", "list", "--limit", "0"],
        ["notes", "export", "--article", "x"],
        ["speak", "1", "--out", "a.wav", "--rate", "0"],
    ],
)
def test_numbers_out_of_range_are_usage_errors_not_tracebacks(data_dir: Path, args) -> None:
    result = qari(data_dir, *args)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and result.stderr.strip()


def test_output_that_cannot_hold_arabic_gets_question_marks_not_a_traceback(
    data_dir: Path, tmp_path: Path
) -> None:
    new = tmp_path / "new.txt"
    new.write_text("عنوان جديد\n\nفقرة من المقال.\n", encoding="utf-8")
    result = qari(data_dir, "import", str(new), env={"PYTHONIOENCODING": "ascii"})
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "added" in result.stdout
    listed = qari(data_dir, "list", env={"PYTHONIOENCODING": "ascii"})
    assert listed.returncode == 0 and "?" in listed.stdout


def test_a_folder_with_nothing_to_import_says_so_and_exits_1(data_dir: Path, tmp_path: Path):
    folder = tmp_path / "notes only"
    folder.mkdir()
    (folder / "readme.md").write_text("# not an article\n", encoding="utf-8")
    result = qari(data_dir, "import", str(folder))
    assert result.returncode == 1
    assert result.stderr.startswith("qari: nothing to import: no .txt or .html files in ")
