"""``qari notes …`` through the real argument parser, on a real library."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import build_parser
from desktop.cli_notes import run_notes
from desktop.model import Article, Block, BlockKind, Position
from desktop.notes import Notes
from desktop.store import Store

REPO = Path(__file__).resolve().parents[1]
P1 = "أكد ستيفان دي ميستورا، المبعوث الأممي الخاص لسوريا، ترحيبه بإعلان روسيا."
P2 = "The envoy spoke to reporters in Geneva."


def qari(store: Store, *argv: str) -> int:
    """``qari notes …`` in this process, parsed by the qari command's own parser."""
    args = build_parser().parse_args(["notes", *argv])
    return run_notes(store, args)


@pytest.fixture
def library(store: Store) -> tuple[Store, int, dict[str, int]]:
    aid = store.add_article(
        Article("مقال", [Block(BlockKind.PARAGRAPH, P1), Block(BlockKind.PARAGRAPH, P2)])
    ).article_id
    notes = Notes(store)
    s = P1.index("المبعوث")
    ids = {
        "ar": notes.add_highlight(aid, 0, s, s + 14, note="ملاحظة\nعلى سطرين").id,
        "en": notes.add_highlight(aid, 1, 0, 9, colour="green", note="English note").id,
    }
    notes.add_bookmark(aid, Position(1, 4), "here")
    return store, aid, ids


def test_list_prints_one_note_a_line(library, capsys) -> None:
    store, aid, ids = library
    assert qari(store, "list") == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    by_id = {int(line.split("\t")[0]): line.split("\t") for line in lines}
    assert by_id[ids["ar"]][1:5] == [str(aid), "yellow", "المبعوث الأممي", "ملاحظة على سطرين"]
    assert qari(store, "list", "--colour", "green") == 0
    assert capsys.readouterr().out.startswith(f"{ids['en']}\t{aid}\tgreen\tThe envoy")


def test_list_bookmarks_and_orphans(library, capsys) -> None:
    store, aid, ids = library
    assert qari(store, "list", "--bookmarks") == 0
    assert capsys.readouterr().out.split("\t")[2:4] == ["1:4", "here"]
    store.db.execute("UPDATE blocks SET text = 'نص جديد' WHERE idx = 1")
    Notes(store).reanchor_article(aid)
    assert qari(store, "list", "--orphaned") == 0
    out = capsys.readouterr().out
    assert out.split("\t")[:3] == [str(ids["en"]), str(aid), "green,orphaned"]


def test_search_is_folded_and_exits_1_when_nothing_matches(library, capsys) -> None:
    store, _, ids = library
    assert qari(store, "search", "الاممي") == 0  # hamza folded
    assert capsys.readouterr().out.startswith(f"{ids['ar']}\t")
    assert qari(store, "search", "english", "NOTE") == 0
    assert capsys.readouterr().out.startswith(f"{ids['en']}\t")
    assert qari(store, "search", "غير موجود") == 1
    assert "No notes match." in capsys.readouterr().err


def test_export_to_stdout_and_file_then_import(library, capsys, tmp_path) -> None:
    store, aid, _ = library
    assert qari(store, "export", "--format", "html") == 0
    assert '<article dir="rtl" lang="ar">' in capsys.readouterr().out
    out = tmp_path / "notes.json"
    assert qari(store, "export", "--out", str(out)) == 0
    assert "Wrote 3 notes" in capsys.readouterr().out
    assert json.loads(out.read_text(encoding="utf-8"))["total"] == 3
    store.db.execute("DELETE FROM highlights")
    store.db.execute("DELETE FROM bookmarks")
    assert qari(store, "import", str(out)) == 0
    assert capsys.readouterr().out.startswith("Imported 3 notes")
    assert Notes(store).count() == 3


def test_clear_errors_and_exit_codes(library, capsys, tmp_path) -> None:
    store, aid, _ = library
    assert qari(store) == 2
    assert qari(store, "list", "--article", "999") == 4
    assert "No article 999" in capsys.readouterr().err
    assert qari(store, "export", "--article", str(aid), "--article", "998") == 4
    assert "No article 998" in capsys.readouterr().err
    assert qari(store, "import", str(tmp_path / "missing.json")) == 1
    assert "does not exist" in capsys.readouterr().err
    bad = tmp_path / "bad.json"
    bad.write_text("{oops", encoding="utf-8")
    assert qari(store, "import", str(bad)) == 1
    assert "Not valid JSON" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        qari(store, "list", "--colour", "purple")
    assert Notes(store).count() == 3  # nothing lost on the way


def test_import_reports_notes_of_articles_not_in_the_library(library, capsys, tmp_path) -> None:
    store, _, _ = library
    out = tmp_path / "notes.csv"
    assert qari(store, "export", "--out", str(out)) == 0
    with Store.open(tmp_path / "empty" / "library.sqlite3") as empty:
        assert qari(empty, "import", str(out)) == 1
        assert "article not in the library: مقال (3)" in capsys.readouterr().out
        assert Notes(empty).count() == 0


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("block.json", '{"type": "Annotation", "qari:block": "abc"}', "qari:block must be"),
        ("null.json", '[{"type": "Annotation", "qari:block": null}]', "qari:block must be"),
        ("article.json", '{"type": "Annotation", "qari:article": "s"}', "qari:article must"),
        ("selector.json", '{"type": "Annotation", "target": {"selector": "x"}}', "selector"),
        (
            "start.json",
            '{"type": "Annotation", "qari:start": 1e999, "target": {"selector": '
            '{"type": "TextQuoteSelector", "exact": "q"}}}',
            "qari:start must be",
        ),
        ("deep.json", "[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ("short.csv", "kind,article_title,quote\nhighlight,T\n", "Line 2 "),
        ("block.csv", "kind,article_title,quote,block\nbookmark,T,,x\n", "block must be"),
    ],
)
def test_a_hostile_file_gives_one_line_and_exit_1(
    library, capsys, tmp_path, name, content, message
) -> None:
    store, _, _ = library
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert qari(store, "import", str(path)) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"qari: {path}: ")
    assert message in err and err.endswith("Nothing was imported.\n")
    assert "Traceback" not in err
    assert Notes(store).count() == 3


def test_a_library_that_cannot_save_gives_one_line_and_loses_nothing(
    library, capsys, tmp_path
) -> None:
    """A full disk cannot be made here; a trigger that refuses every new highlight fails the
    write the same way, inside the import's transaction."""
    store, aid, _ = library
    out = tmp_path / "notes.json"
    assert qari(store, "export", "--out", str(out)) == 0
    store.conn.execute("DELETE FROM highlights WHERE article_id = ?", (aid,))
    store.conn.execute(
        "CREATE TRIGGER refuse BEFORE INSERT ON highlights "
        "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
    )
    store.conn.commit()
    capsys.readouterr()
    assert qari(store, "import", str(out)) == 1
    err = capsys.readouterr().err
    assert err == (
        "qari: the library could not save the notes (database or disk is full). "
        "Nothing was imported.\n"
    )
    assert Notes(store).count() == 1  # the bookmark, which the file also holds, not doubled


def test_the_qari_command_runs_notes(library) -> None:
    store, _, _ = library
    result = run_qari(store, "notes", "search", "الأممي")
    assert result.returncode == 0, result.stderr
    assert "المبعوث الأممي" in result.stdout


def test_the_qari_command_refuses_a_hostile_notes_file_in_one_line(library, tmp_path) -> None:
    store, _, _ = library
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    result = run_qari(store, "notes", "import", str(path))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "nested too deeply" in result.stderr
    assert "Traceback" not in result.stderr
    assert Notes(store).count() == 3


def run_qari(store: Store, *argv: str) -> subprocess.CompletedProcess:
    """``qari`` as a child process, started the way tests/test_cli.py starts it."""
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(store.path.parent), *argv],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
