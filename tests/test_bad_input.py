"""Bad input: each case ends with a sentence that names the file and the reason, the other
inputs still import, and the library holds no partial article."""

from __future__ import annotations

import os
import random
import tracemalloc
from pathlib import Path

import pytest

from desktop.import_service import import_paths
from desktop.importers.errors import BINARY, EMPTY, ENCODING, TOO_LARGE, ImportFailure
from desktop.importers.files import MAX_FILE_BYTES, read_capped

GOOD_TEXT = "عنوان المقال\n\nفقرة أولى من المقال في سطر واحد.\n"


def only_outcome(store, path: Path):
    summary = import_paths(store, [path])
    assert len(summary.outcomes) == 1
    return summary.outcomes[0]


def assert_library_clean(store, articles: int = 0) -> None:
    """No article, block or index row beyond the complete articles expected."""
    assert store.count_articles() == articles
    db = store.db
    orphans = db.execute(
        "SELECT count(*) FROM blocks WHERE article_id NOT IN (SELECT id FROM articles)"
    ).fetchone()[0]
    assert orphans == 0
    indexed = db.execute("SELECT count(*) FROM article_fts").fetchone()[0]
    assert indexed == articles


@pytest.mark.parametrize(
    ("content", "kind", "words"),
    [
        (b"", EMPTY, "the file is empty"),
        (b"\n \r\n\t\n", EMPTY, "only white space"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01", BINARY, "a PNG image"),
        (b"some text\x00\x00\x00\x01\x02 then binary", BINARY, "NUL bytes"),
    ],
)
def test_not_an_article(store, tmp_path: Path, content: bytes, kind: str, words: str) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    outcome = only_outcome(store, path)
    assert (outcome.status, outcome.kind, outcome.article_id) == ("failed", kind, None)
    assert outcome.reason.startswith(f"Cannot import {path}: ")
    assert words in outcome.reason
    assert_library_clean(store)


def test_undetectable_encoding(store, tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    rng = random.Random(720)
    path.write_bytes(bytes(rng.randrange(0x80, 0x100) for _ in range(8192)))
    outcome = only_outcome(store, path)
    assert (outcome.status, outcome.kind) == ("failed", ENCODING)
    assert "encoding could not be recognised" in outcome.reason
    assert_library_clean(store)


def test_a_50_mb_file_is_refused_without_reading_it(store, tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    line = GOOD_TEXT.encode("utf-8")
    with path.open("wb") as f:
        for _ in range(50_000_000 // len(line) + 1):
            f.write(line)
    assert path.stat().st_size > 50_000_000
    tracemalloc.start()
    try:
        outcome = only_outcome(store, path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (outcome.status, outcome.kind) == ("failed", TOO_LARGE)
    assert "too large (50.0 MB; the limit is 20.0 MB" in outcome.reason
    assert peak < MAX_FILE_BYTES // 10  # refused on its size: never read into memory
    assert_library_clean(store)


def test_size_cap_boundary(tmp_path: Path) -> None:
    path = tmp_path / "small.txt"
    path.write_bytes(b"x" * 100)
    assert read_capped(path, limit=100) == b"x" * 100
    with pytest.raises(ImportFailure) as info:
        read_capped(path, limit=99)
    assert info.value.kind == TOO_LARGE


def test_folder_with_unreadable_entries(store, tmp_path: Path) -> None:
    """Root (which the tests run as) reads any file whatever its mode, so chmod cannot make
    a file unreadable here (see the next test). These entries fail for everyone: a broken
    link, a named pipe (opening one for reading would block forever without O_NONBLOCK), and
    a folder named like a text file given explicitly. The good file still imports."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (folder / "gone.txt").symlink_to(tmp_path / "missing.txt")
    os.mkfifo(folder / "pipe.txt")
    (tmp_path / "folder.txt").mkdir()
    summary = import_paths(store, [folder])
    by_name = {Path(o.path).name: o for o in summary.outcomes}
    assert by_name["good.txt"].status == "added"
    assert by_name["gone.txt"].status == "failed"
    assert "broken link" in by_name["gone.txt"].reason
    assert by_name["pipe.txt"].status == "failed"
    assert "named pipe" in by_name["pipe.txt"].reason
    with pytest.raises(ImportFailure) as info:
        read_capped(tmp_path / "folder.txt")
    assert "is a folder" in str(info.value)
    assert_library_clean(store, articles=1)


def test_explicit_broken_link_and_missing_path(store, tmp_path: Path) -> None:
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "nowhere.txt")
    summary = import_paths(store, [link, tmp_path / "never-existed.txt"])
    reasons = [o.reason for o in summary.outcomes]
    assert "broken link" in reasons[0]
    assert "no such file or folder" in reasons[1]
    assert summary.failed == 2


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="root reads files whatever their permissions, so chmod 000 proves nothing as root",
)
def test_permission_denied(store, tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text(GOOD_TEXT, encoding="utf-8")
    locked.chmod(0)
    sealed = tmp_path / "sealed"
    sealed.mkdir()
    (sealed / "inside.txt").write_text(GOOD_TEXT, encoding="utf-8")
    sealed.chmod(0)
    try:
        summary = import_paths(store, [locked, sealed])
    finally:
        locked.chmod(0o600)
        sealed.chmod(0o700)
    assert [o.status for o in summary.outcomes] == ["failed", "failed"]
    assert "cannot be opened" in summary.outcomes[0].reason
    assert "folder cannot be read" in summary.outcomes[1].reason


def test_permission_denied_as_the_os_reports_it(store, tmp_path: Path, monkeypatch) -> None:
    """The same refusals as above, for runs as root: the OS's PermissionError is raised where
    a non-root user would get it (opening the file, listing the folder)."""
    import desktop.importers.files as files

    locked = tmp_path / "locked.txt"
    locked.write_text(GOOD_TEXT, encoding="utf-8")
    sealed = tmp_path / "sealed"
    sealed.mkdir()
    (sealed / "inside.txt").write_text(GOOD_TEXT, encoding="utf-8")
    real_open, real_scandir = os.open, os.scandir

    def denying_open(path, *args, **kwargs):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    def denying_scandir(path="."):
        if Path(path) == sealed:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(files.os, "open", denying_open)
    monkeypatch.setattr(os, "scandir", denying_scandir)
    summary = import_paths(store, [locked, sealed])
    assert [o.status for o in summary.outcomes] == ["failed", "failed"]
    assert summary.outcomes[0].reason == (
        f"Cannot import {locked}: the file cannot be opened (permission denied)."
    )
    assert summary.outcomes[1].reason == (
        f"Cannot import {sealed}: the folder cannot be read (permission denied)."
    )
    assert_library_clean(store)


def test_same_article_imported_twice(store, seed_path: Path) -> None:
    first = import_paths(store, [seed_path])
    second = import_paths(store, [seed_path])
    assert (first.added, second.added, second.duplicates) == (1, 0, 1)
    assert second.outcomes[0].article_id == first.outcomes[0].article_id
    assert "already in the library" in second.outcomes[0].reason
    assert_library_clean(store, articles=1)


def test_a_failure_while_storing_leaves_no_half_article(
    store, tmp_path: Path, seed_path: Path
) -> None:
    """SQLite refuses the seed's blocks after its article row was written (a trigger stands in
    for a full disk): the transaction is rolled back, the failure is reported with SQLite's
    reason, and the next file imports normally."""
    other = tmp_path / "other.txt"
    other.write_text(GOOD_TEXT, encoding="utf-8")
    store.db.execute(
        "CREATE TEMP TRIGGER refuse_seed BEFORE INSERT ON blocks "
        "WHEN NEW.text LIKE 'أكد ستيفان دي ميستورا%' "
        "BEGIN SELECT RAISE(ABORT, 'simulated write failure'); END"
    )
    summary = import_paths(store, [seed_path, other])
    assert [o.status for o in summary.outcomes] == ["failed", "added"]
    assert "could not save it (simulated write failure)" in summary.outcomes[0].reason
    assert_library_clean(store, articles=1)
