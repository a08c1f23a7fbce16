"""import_paths into a real SQLite library: counts, duplicates, updates, progress, cancelling,
folder expansion, and handing HTML pages and web addresses to their importers."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import import_service
from desktop.import_service import import_paths
from desktop.importers import html_page, scraped_text, url_import
from desktop.importers.files import expand_paths
from desktop.model import Article, Block, BlockKind

SEED_TITLE = "دي ميستورا: هناك شعور بالاتحاد داخل مجلس الأمن حيال حلب"


def test_corpus_folder_and_seed(store, corpus_dir: Path) -> None:
    summary = import_paths(store, [corpus_dir / "text", corpus_dir / "seed"])
    by_name = {Path(o.path).name: o for o in summary.outcomes}
    assert len(summary.outcomes) == 37  # 36 .txt files + the seed; sources.tsv is skipped
    assert "sources.tsv" not in by_name
    # Two corpus files repeat another's text: the same CNN story filed under two categories,
    # and the anwalpress news in Windows-1256 and in UTF-16 (identical once decoded).
    dup_cnn = by_name["ant_CN-technology-45-20180305.txt"]
    dup_enc = by_name["enc_WINDOWS-1256_anwalpress-news.txt"]
    assert (dup_cnn.status, dup_enc.status) == ("duplicate", "duplicate")
    assert dup_cnn.article_id == by_name["ant_CN-economy-41-20180305.txt"].article_id
    assert dup_enc.article_id == by_name["enc_UTF-16LE-BOM_anwalpress-news.txt"].article_id
    assert "already in the library" in dup_cnn.reason
    assert (summary.added, summary.duplicates, summary.failed) == (35, 2, 0)
    assert store.count_articles() == 35
    seed = by_name["000_ddfd03b2f5742ae1.txt"]
    assert seed.title == SEED_TITLE


def test_stored_seed_reads_back_block_for_block(store, seed_path: Path) -> None:
    (outcome,) = import_paths(store, [seed_path]).outcomes
    parsed = scraped_text.import_text_file(seed_path, seed_path.read_bytes())[0]
    stored = store.get_article(outcome.article_id)
    assert stored.title == parsed.title
    assert stored.site == "أخبار الأمم المتحدة"
    assert [(b.kind, b.text, b.credit) for b in stored.blocks] == [
        (b.kind, b.text, b.credit) for b in parsed.blocks
    ]
    assert stored.blocks[0].kind == BlockKind.FIGURE
    assert stored.blocks[0].credit == "توم وستكوت / إيرين"


def test_the_same_article_twice_is_a_duplicate(store, seed_path: Path, tmp_path: Path) -> None:
    first = import_paths(store, [seed_path]).outcomes[0]
    # A copy with other line endings and a BOM is still the same article.
    copy = tmp_path / "copy.txt"
    copy.write_bytes(b"\xef\xbb\xbf" + seed_path.read_bytes().replace(b"\n", b"\r\n"))
    again = import_paths(store, [seed_path, copy])
    assert [o.status for o in again.outcomes] == ["duplicate", "duplicate"]
    assert {o.article_id for o in again.outcomes} == {first.article_id}
    assert store.count_articles() == 1


def test_same_url_with_new_text_updates_in_place(store, corpus_dir: Path, tmp_path: Path) -> None:
    original = corpus_dir / "text" / "ant_CN-middleEast-730-20180426.txt"
    first = import_paths(store, [original]).outcomes[0]
    edited = tmp_path / "edited.txt"
    added_line = "فقرة أضيفت بعد النشر لتصحيح معلومة."
    edited.write_text(
        original.read_text(encoding="utf-8").replace("</TEXT>", added_line + "\n</TEXT>"),
        encoding="utf-8",
    )
    (outcome,) = import_paths(store, [edited]).outcomes
    assert (outcome.status, outcome.article_id) == ("updated", first.article_id)
    assert store.get_article(first.article_id).blocks[-1].text == added_line
    assert store.count_articles() == 1


def test_progress_reports_every_input(store, corpus_dir: Path) -> None:
    calls = []
    summary = import_paths(
        store, [corpus_dir / "text"], on_progress=lambda d, t, o: calls.append((d, t, o))
    )
    total = len(summary.outcomes)
    assert [d for d, _, _ in calls] == list(range(1, total + 1))
    assert {t for _, t, _ in calls} == {total}
    assert [o for _, _, o in calls] == summary.outcomes


def test_cancel_keeps_what_was_imported_and_nothing_half(store, corpus_dir: Path) -> None:
    asked = []

    def should_cancel() -> bool:
        asked.append(1)
        return len(asked) > 3

    summary = import_paths(store, [corpus_dir / "text"], should_cancel=should_cancel)
    assert summary.cancelled
    assert len(summary.outcomes) == 3
    assert store.count_articles() == 3
    for outcome in summary.outcomes:
        path = Path(outcome.path)
        parsed = scraped_text.import_text_file(path, path.read_bytes())[0]
        assert len(store.get_article(outcome.article_id).blocks) == len(parsed.blocks)


def test_a_failing_file_does_not_stop_the_others(
    store, corpus_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    for name in ["ant_BB-middleEast-1-20180218.txt", "ant_SK-sport-2286-20180720.txt"]:
        shutil.copy(corpus_dir / "text" / name, tmp_path / name)
    real = scraped_text.import_text_file

    def parser_with_a_bug(path: Path, data: bytes) -> list[Article]:
        if "BB-middleEast" in path.name:
            raise RuntimeError("a parser bug")
        return real(path, data)

    monkeypatch.setattr(import_service, "import_text_file", parser_with_a_bug)
    summary = import_paths(store, [tmp_path])
    assert [o.status for o in summary.outcomes] == ["failed", "added"]
    assert "unexpected error" in summary.outcomes[0].reason
    assert "a parser bug" in summary.outcomes[0].reason
    assert str(tmp_path) in summary.outcomes[0].reason


def test_folder_expansion(tmp_path: Path) -> None:
    for rel in ["b.txt", "a.text", "c", "d.md", "e.html", ".hidden.txt", "sub/f.TXT", ".git/g.txt"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("عنوان\nنص.\n", encoding="utf-8")
    names = [p.relative_to(tmp_path).as_posix() for p in expand_paths([tmp_path])]
    assert names == ["a.text", "b.txt", "c", "sub/f.TXT"]
    # A file named explicitly is attempted whatever its extension; listed once however reached.
    # An import also walks into .html pages, and passes web addresses through.
    url = "https://news.un.org/ar/story/2016/12/266372"
    items = import_service._expand([tmp_path / "d.md", tmp_path, url, tmp_path / "b.txt"])
    assert [getattr(p, "name", p) for p in items] == [
        "d.md",
        "a.text",
        "b.txt",
        "c",
        "e.html",
        "f.TXT",
        url,
    ]


def test_html_goes_to_the_html_importer(store, tmp_path: Path, monkeypatch) -> None:
    seen = []

    def import_html_file(path: Path, data: bytes, *, warnings: list[str]) -> Article:
        seen.append((path.name, data))
        warnings.append("a picture was not saved")
        return Article("صفحة", [Block(BlockKind.PARAGRAPH, "نص الصفحة.")])

    monkeypatch.setattr(html_page, "import_html_file", import_html_file)
    (tmp_path / "page.html").write_bytes(b"<html><body>x</body></html>")
    (tmp_path / "saved.txt").write_bytes(b"<!DOCTYPE html><html></html>")  # sniffed
    summary = import_paths(store, [tmp_path])
    assert [o.status for o in summary.outcomes] == ["added", "duplicate"]
    assert [name for name, _ in seen] == ["page.html", "saved.txt"]
    assert summary.outcomes[0].warnings == ["a picture was not saved"]
    assert store.get_article(summary.outcomes[0].article_id).title == "صفحة"


def test_web_address_goes_to_the_url_importer(store, monkeypatch) -> None:
    asked = []

    def import_url(url: str, *, warnings: list[str]) -> Article:
        asked.append(url)
        return Article("من الويب", [Block(BlockKind.PARAGRAPH, "نص.")], url=url)

    monkeypatch.setattr(url_import, "import_url", import_url)
    url = "https://news.un.org/ar/story/2016/12/266372"
    (outcome,) = import_paths(store, [url]).outcomes
    assert asked == [url]
    assert (outcome.status, outcome.path, outcome.title) == ("added", url, "من الويب")
    assert store.get_article(outcome.article_id).url == url


def test_importing_text_does_not_load_the_html_importer(tmp_path: Path, seed_path: Path) -> None:
    """lxml, readability and Pillow cost ~60 ms to import: a .txt import must not pay it."""
    code = (
        "import sys\n"
        "from desktop.import_service import import_paths\n"
        "from desktop.store import Store\n"
        f"with Store.open({str(tmp_path / 'library.sqlite3')!r}) as store:\n"
        f"    summary = import_paths(store, [{str(seed_path)!r}])\n"
        "assert [o.status for o in summary.outcomes] == ['added'], summary\n"
        "loaded = sorted(m for m in ('lxml', 'readability', 'PIL') if m in sys.modules)\n"
        "print(','.join(loaded))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
        check=True,
    )
    assert done.stdout.strip() == ""


def test_a_saved_pages_files_folder_is_not_imported_as_articles(tmp_path, store) -> None:
    from desktop.importers.files import expand_paths

    (tmp_path / "page.html").write_text("<html><body><p>نص</p></body></html>", encoding="utf-8")
    (tmp_path / "page_files").mkdir()
    (tmp_path / "page_files" / "frame.html").write_text("<html></html>", encoding="utf-8")
    (tmp_path / "other_files").mkdir()  # no other.html beside it: an ordinary folder
    (tmp_path / "other_files" / "note.html").write_text("<html></html>", encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in expand_paths([tmp_path], {".html"})]
    assert sorted(found) == ["other_files/note.html", "page.html"]


@pytest.mark.parametrize(
    ("typed", "address"),
    [
        ("https://news.un.org/ar/story", "https://news.un.org/ar/story"),
        ("  HTTPS://News.un.org/ar  ", "https://News.un.org/ar"),
        ("www.aljazeera.net/news/1", "https://www.aljazeera.net/news/1"),
        ("user@example.org/page", "https://user@example.org/page"),
        ("ftp://example.org/a", None),
        ("file:///etc/passwd", None),
        ("two words.org", None),
        ("localhost/page", None),
        ("", None),
    ],
)
def test_a_typed_web_address_is_read_as_an_address_bar_reads_it(typed, address) -> None:
    from desktop.importers.web_address import typed_web_address

    assert typed_web_address(typed) == address
