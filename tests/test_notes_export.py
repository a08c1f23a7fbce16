"""Exports keep right-to-left text and every field; JSON and CSV come back in unchanged."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from desktop.model import Article, Block, BlockKind, Direction, Position
from desktop.notes import Notes
from desktop.notes_export import (
    HTML_COLOURS,
    ImportFormatError,
    citation,
    collect,
    from_csv,
    from_json,
    import_items,
    read_import,
    to_csv,
    to_html,
    to_json,
    to_markdown,
    write_export,
)
from desktop.store import Store

URL = "https://news.un.org/ar/story/2016/10/263052"
P1 = (
    "أكد ستيفان دي ميستورا، المبعوث الأممي الخاص لسوريا، ترحيبه بإعلان روسيا تعليق "
    "الأنشطة القتالية في حلب."
)
P2 = "وقال: «ربما هذا هو الوقت للنظر جديا في احتمال تجديد البحث عن حل سياسي»."
P3 = "The envoy spoke to reporters in Geneva after the <Security> Council meeting."
TITLE = "دي ميستورا: هناك شعور بالاتحاد داخل مجلس الأمن حيال حلب"


def article(blocks=(P1, "", P2, P3), **kw) -> Article:
    return Article(
        title=kw.pop("title", TITLE),
        blocks=[Block(BlockKind.PARAGRAPH, t) for t in blocks],
        site="أخبار الأمم المتحدة",
        url=kw.pop("url", URL),
        published="2016-10-20",
        **kw,
    )


def span(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


@pytest.fixture
def filled(store: Store) -> tuple[Notes, int]:
    """Notes in Arabic, English and mixed direction, one orphan, one underline, bookmarks."""
    notes = Notes(store)
    aid = store.add_article(article()).article_id
    notes.add_highlight(aid, 0, *span(P1, "المبعوث الأممي الخاص لسوريا"), note="ملاحظة عربية")
    notes.add_highlight(
        aid,
        2,
        *span(P2, "احتمال تجديد البحث"),
        colour="green",
        style="underline",
        note="An English note\n\nwith a blank line & <b>markup</b>",
    )
    notes.add_highlight(
        aid,
        3,
        *span(P3, "<Security> Council"),
        colour="blue",
        note="ملاحظة مختلطة: the Security Council",
        note_direction=Direction.RTL,
        note_language="ar",
    )
    gone = notes.add_highlight(aid, 0, *span(P1, "تعليق الأنشطة"), colour="pink")
    notes.add_bookmark(aid, Position(2, 6), "اقتباس")
    notes.add_bookmark(aid, Position(3, 0))
    other = store.add_article(
        article(["مقال آخر عن حلب."], title="Another article", url="https://example.org/b")
    ).article_id
    notes.add_highlight(other, 0, 0, 8, colour="orange")
    # make one orphan: its text disappears from the stored article
    store.db.execute(
        "UPDATE blocks SET text = replace(text, 'تعليق الأنشطة', 'وقف العمليات') "
        "WHERE article_id = ?",
        (aid,),
    )
    notes.reanchor_article(aid)
    assert notes.get_highlight(gone.id).orphaned
    return notes, aid


def snapshot(notes: Notes) -> list[tuple]:
    """Every field of every note except ids, which differ between libraries."""
    hs = [
        (
            e.article_title,
            e.highlight.quote,
            e.highlight.colour,
            e.highlight.style,
            e.highlight.note,
            e.highlight.note_direction,
            e.highlight.note_language,
            e.highlight.orphaned,
            e.highlight.created_at,
            e.highlight.updated_at,
        )
        for e in notes.list_notes()
    ]
    bs = [
        (b.article_id, b.position, b.name, b.created_at, b.anchor, b.orphaned)
        for b in notes.all_bookmarks()
    ]
    return sorted(hs, key=repr) + sorted(bs, key=repr)


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data) -> None:
        self.text.append(data)


# --- Markdown and HTML -------------------------------------------------------------------------


def test_markdown_keeps_direction_per_article_and_per_note(filled) -> None:
    notes, aid = filled
    md = to_markdown(collect(notes, [aid]))
    assert f'<section dir="rtl" lang="ar">\n\n## {TITLE}' in md
    assert "> المبعوث الأممي الخاص لسوريا" in md
    assert '<p dir="rtl" lang="ar">ملاحظة عربية</p>' in md
    assert '<p dir="ltr" lang="en">An English note<br>\n<br>\nwith a blank line &amp; ' in md
    assert '<p dir="rtl" lang="ar">ملاحظة مختلطة: the Security Council</p>' in md
    assert r"> \<Security\> Council" in md  # Markdown specials escaped in quotes
    assert "*pink — not found in the current text of the article*" in md
    assert "*green, underlined*" in md
    eight_words = " ".join(P2[6:].split()[:8])
    assert f"- اقتباس: «{eight_words}…»" in md  # the bookmark's name and the text after it
    assert "Another article" not in md  # only the article asked for
    for block in md.split("\n\n"):  # no note text leaks out of its <p> into Markdown
        assert not block.startswith("with a blank line")


def test_a_note_stored_without_a_language_gets_the_apps_guess(filled) -> None:
    notes, aid = filled
    notes.db.execute("UPDATE highlights SET note_language = ''")
    md = to_markdown(collect(notes, [aid]))
    assert '<p dir="rtl" lang="ar">ملاحظة عربية</p>' in md
    assert '<p dir="ltr" lang="en">An English note' in md
    # More Latin letters than Arabic: guessed English; the direction chosen for it is kept.
    assert '<p class="text" dir="rtl" lang="en">ملاحظة مختلطة' in to_html(collect(notes, [aid]))


def test_markdown_labels_in_arabic() -> None:
    from desktop.notes_export import ExportSet

    assert to_markdown(ExportSet(), "ar").startswith("# الملاحظات")


def test_html_is_escaped_and_right_to_left(filled) -> None:
    notes, aid = filled
    page = to_html(collect(notes), "ar")
    parser = Tags()
    parser.feed(page)
    tags = parser.tags
    assert ("html", {"lang": "ar", "dir": "rtl"}) in tags
    articles = [a for t, a in tags if t == "article"]
    assert {"dir": "rtl", "lang": "ar"} in articles
    notes_p = [a for t, a in tags if t == "p" and a.get("class") == "text"]
    assert {"class": "text", "dir": "ltr", "lang": "en"} in notes_p
    assert {"class": "text", "dir": "rtl", "lang": "ar"} in notes_p
    assert ("mark", {"class": "green underline"}) in tags
    assert not any(t == "b" for t, _ in tags)  # the note's <b> is text, not markup
    assert "<b>markup</b>" in "".join(parser.text)
    assert ("a", {"href": URL}) in tags
    assert any(a.get("class") == "note orphaned" for t, a in tags if t == "div")
    assert "Another article" in page


def test_html_colours_are_the_light_theme() -> None:
    themes = pytest.importorskip("desktop.ui.themes")
    assert themes.LIGHT.notes == HTML_COLOURS


def test_citation_in_arabic_and_english(filled) -> None:
    notes, aid = filled
    entries = {e.highlight.quote.exact: e for e in notes.list_notes()}
    assert citation(entries["المبعوث الأممي الخاص لسوريا"]) == (
        f"«المبعوث الأممي الخاص لسوريا»\n— {TITLE}، أخبار الأمم المتحدة، 2016-10-20\n{URL}"
    )
    english = citation(entries["<Security> Council"])
    assert english.startswith("“<Security> Council”\n— ")


def test_an_arabic_citation_that_starts_with_a_latin_word_stays_right_to_left(store) -> None:
    """Pasted as plain text, a line takes the direction of its first letter: «CNN: قال …»
    came out left to right with its guillemets misplaced. A right-to-left mark leads it."""
    notes = Notes(store)
    text = "CNN: قال المبعوث الأممي إن الوضع في حلب صعب جدا ويحتاج إلى حل سريع."
    aid = store.add_article(
        Article(
            title="BBC عربي: خبر عن حلب",
            blocks=[Block(BlockKind.PARAGRAPH, text)],
            language="ar",
            direction=Direction.RTL,
        )
    ).article_id
    notes.add_highlight(aid, 0, 0, len(text))
    quote, source = citation(notes.list_notes()[0]).split("\n")
    assert quote == "\u200f«" + text + "»"
    assert source.startswith("\u200f— BBC عربي")


# --- JSON (W3C Web Annotation) ------------------------------------------------------------------


def test_json_is_a_web_annotation_collection(filled) -> None:
    notes, aid = filled
    data = json.loads(to_json(collect(notes)))
    assert data["@context"][0] == "http://www.w3.org/ns/anno.jsonld"
    assert data["type"] == "AnnotationCollection"
    items = data["first"]["items"]
    assert data["total"] == len(items) == 7
    text = notes.store.get_article(aid).text  # what TextPositionSelector counts in
    for a in items:
        assert a["type"] == "Annotation" and a["target"]["source"]
        selectors = a["target"]["selector"]
        selectors = selectors if isinstance(selectors, list) else [selectors]
        quote = next(s for s in selectors if s["type"] == "TextQuoteSelector")
        position = [s for s in selectors if s["type"] == "TextPositionSelector"]
        if position and a["target"]["source"] == URL:
            assert text[position[0]["start"] : position[0]["end"]] == quote["exact"]
    english = next(a for a in items if a.get("body", {}).get("language") == "en")
    assert english["motivation"] == "commenting"
    assert english["body"]["type"] == "TextualBody"
    assert english["body"]["textDirection"] == "auto"
    assert {a["motivation"] for a in items} == {"commenting", "highlighting", "bookmarking"}


def test_json_round_trip_gives_the_same_notes(filled, tmp_path: Path) -> None:
    notes, _ = filled
    before = snapshot(notes)
    path = tmp_path / "notes.json"
    write_export(collect(notes), path)
    notes.db.execute("DELETE FROM highlights")
    notes.db.execute("DELETE FROM bookmarks")
    report = import_items(notes, read_import(path))
    assert (report.added, report.duplicates, report.missing) == (7, 0, {})
    assert report.orphaned == 1
    assert snapshot(notes) == before
    again = import_items(notes, read_import(path))
    assert (again.added, again.duplicates) == (0, 7)
    assert snapshot(notes) == before


def test_json_into_another_library_with_an_edited_article(filled, tmp_path: Path) -> None:
    notes, _ = filled
    exported = to_json(collect(notes))
    with Store.open(tmp_path / "other" / "library.sqlite3") as other:
        # The same URL, a newer version: a paragraph added before, another changed.
        other.add_article(article(["تحديث: فقرة جديدة.", P1, P2.replace("تجديد البحث", "X")]))
        report = import_items(Notes(other), from_json(exported))
        assert report.missing == {"Another article": 1}
        assert "Another article (1)" in report.summary()
        moved = Notes(other).search("المبعوث")[0].highlight
        assert (moved.quote.block, moved.orphaned) == (1, False)
        lost = Notes(other).search("احتمال")[0].highlight
        assert lost.orphaned and lost.note.startswith("An English note")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", "Not valid JSON"),
        ('{"type": "Book"}', "Not a Web Annotation file"),
        ('[{"type": "Annotation", "target": {"source": "x"}}]', "no TextQuoteSelector"),
        ("[1]", "not an Annotation"),
    ],
)
def test_bad_json_is_refused_with_a_clear_message(text: str, message: str) -> None:
    with pytest.raises(ImportFormatError, match=message):
        from_json(text)


def test_foreign_annotation_is_found_by_url_and_quote(store: Store) -> None:
    notes = Notes(store)
    store.add_article(article())
    foreign = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "Annotation",
        "body": {"type": "TextualBody", "value": "from another tool"},
        "target": {
            "source": URL,
            "selector": {"type": "TextQuoteSelector", "exact": "احتمال تجديد البحث"},
        },
    }
    report = import_items(notes, from_json(json.dumps(foreign)))
    assert report.added == 1 and report.orphaned == 0
    h = notes.list_notes()[0].highlight
    assert (h.quote.block, h.note) == (2, "from another tool")


# --- CSV ---------------------------------------------------------------------------------------


def test_csv_round_trip_with_bom_for_spreadsheets(filled, tmp_path: Path) -> None:
    notes, _ = filled
    before = snapshot(notes)
    path = tmp_path / "notes.csv"
    write_export(collect(notes), path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert "ملاحظة عربية" in raw.decode("utf-8-sig")
    assert not list(tmp_path.glob("*.part"))
    notes.db.execute("DELETE FROM highlights")
    notes.db.execute("DELETE FROM bookmarks")
    report = import_items(notes, read_import(path))
    assert report.added == 7
    assert snapshot(notes) == before


def test_csv_header_is_checked() -> None:
    with pytest.raises(ImportFormatError, match="columns"):
        from_csv("a,b\n1,2\n")
    with pytest.raises(ImportFormatError, match="Line 2"):
        from_csv(to_csv_header() + "highlight,T,,,,,,,x,0,1,q\n")


def to_csv_header() -> str:
    from desktop.notes_export import ExportSet

    return to_csv(ExportSet())


def test_markdown_and_html_cannot_be_imported(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("# Notes\n")
    with pytest.raises(ImportFormatError, match="JSON or CSV"):
        read_import(path)


# --- hostile or damaged files ------------------------------------------------------------------

RAW = "@raw@"  # stands for JSON text written as it is, where json.dumps cannot write it


def hostile_json(notes: Notes, key: str, value: object) -> str:
    """The library's export with one field of its second annotation changed."""
    data = json.loads(to_json(collect(notes)))
    second = data["first"]["items"][1]
    if key == "selector":
        second["target"]["selector"] = value
    elif key == "exact":
        second["target"]["selector"][0]["exact"] = value
    else:
        second[key] = value
    text = json.dumps(data)  # ASCII: a lone surrogate is written as \ud800, as JSON allows
    return text.replace(f'"{RAW}', "").replace(f'{RAW}"', "")


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        (
            "qari:block",
            "abc",
            r"Annotation 2 \(urn:qari:highlight:\d+\) cannot be read: "
            r"qari:block must be a whole number from 0 to \d+, found 'abc'\.$",
        ),
        ("qari:block", None, "Annotation 2 .* qari:block must be a whole number .* found None"),
        ("qari:block", True, "qari:block must be a whole number"),
        ("qari:block", 10**30, "qari:block must be a whole number"),  # too big for SQLite
        ("qari:block", f"{RAW}1{'0' * 5000}{RAW}", "Not valid JSON: .*digits"),
        ("qari:start", f"{RAW}1e999{RAW}", "Annotation 2 .* qari:start .* found inf"),
        ("qari:start", f"{RAW}NaN{RAW}", "qari:start must be a whole number .* found nan"),
        ("qari:end", -1, "qari:end must be a whole number from 0"),
        ("qari:end", 0, r"qari:end \(0\) is before qari:start"),
        ("qari:article", "s", "Annotation 2 .* qari:article must be an object, found 's'"),
        ("qari:article", {"title": ["x"]}, r"qari:article title must be text, found \['x'\]"),
        ("selector", "TextQuoteSelector", "each selector of its target must be an object"),
        ("selector", [7], "each selector of its target must be an object, found 7"),
        ("target", 3, "its target must be an object or a URL, found 3"),
        ("exact", {"a": 1}, "TextQuoteSelector exact must be text"),
        ("exact", "\ud800", "TextQuoteSelector exact is not valid Unicode"),
        ("qari:colour", "purple", "qari:colour must be one of yellow, green"),
        ("qari:style", 5, "qari:style must be text, found 5"),
        ("qari:orphaned", "maybe", "qari:orphaned must be true or false, found 'maybe'"),
        ("created", 20161020, "created must be text, found 20161020"),
    ],
)
def test_hostile_json_is_refused_clearly_and_nothing_is_imported(
    filled, tmp_path: Path, key: str, value: object, message: str
) -> None:
    notes, _ = filled
    path = tmp_path / "hostile.json"
    path.write_text(hostile_json(notes, key, value), encoding="utf-8")
    before = snapshot(notes)
    with pytest.raises(ImportFormatError, match=message) as caught:
        import_items(notes, read_import(path))
    assert "\n" not in str(caught.value)
    assert snapshot(notes) == before


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"type": "AnnotationPage", "items": 5}', "a page's items must be a list, found 5"),
        ('{"type": "AnnotationCollection", "first": {"items": "abc"}}', "items must be a list"),
        ('{"type": ' + "[" * 50 + "]" * 50 + "}", r"found \[\[\[.*…\.$"),  # shown cut short
    ],
)
def test_hostile_json_files_are_refused_clearly(
    store: Store, tmp_path: Path, text, message
) -> None:
    path = tmp_path / "hostile.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportFormatError, match=message):
        import_items(Notes(store), read_import(path))
    assert Notes(store).count() == 0


@pytest.mark.parametrize(
    ("name", "data", "kind", "number"),
    [
        ("notes.md", b"# Notes\n", "unsupported", 0),
        ("notes.json", b"\xff\xfe{}", "not_text", 0),
        ("notes.json", b'{\n\n"type": ', "not_json", 3),
        ("notes.json", b"[" * 100_000, "not_json", 0),
        ("notes.json", b'{"type": "Book"}', "not_notes", 0),
        ("notes.json", b'[{"type": "Annotation", "target": "x"}, 5]', "bad_annotation", 1),
        ("notes.json", b'[{"type": "Annotation", "qari:block": "abc"}]', "bad_annotation", 1),
        ("notes.csv", b"a,b\n1,2\n", "not_notes", 0),
        ("notes.csv", b"kind,article_title,quote\nhighlight,T,q\nnote,T,q\n", "bad_line", 3),
    ],
)
def test_a_refused_file_says_why_as_a_code_the_window_can_translate(
    tmp_path: Path, name: str, data: bytes, kind: str, number: int
) -> None:
    """The message is English (the CLI prints it); the window speaks the user's language, from
    ``kind`` and ``number``. Both survive pickling, as exceptions crossing a process do."""
    import pickle

    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ImportFormatError) as caught:
        read_import(path)
    assert (caught.value.kind, caught.value.number) == (kind, number)
    copy = pickle.loads(pickle.dumps(caught.value))
    assert (str(copy), copy.kind, copy.number) == (str(caught.value), kind, number)


def csv_export_with(notes: Notes, line: str) -> str:
    """The library's CSV export with ``line`` added after its first note."""
    lines = to_csv(collect(notes)).splitlines(keepends=True)
    return "".join(lines[:2] + [line + "\n"] + lines[2:])


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("highlight,T", "Line 3 .* a highlight needs the text it quotes"),  # a short row
        ("highlight,T,,,,,,,abc,0,1,q", "Line 3 .*: block must be a whole number .* 'abc'"),
        ("highlight,T,,,,,,,0,1e999,1,q", "Line 3 .*: start must be a whole number .* '1e999'"),
        ("highlight,T,,,,,,,0,0,99999999999999999999,q", "end must be a whole number"),
        ("highlight,T,,,,,,,0,-1,1,q", "start must be a whole number"),
        ("highlight,T,,,,,,,0,5,1,q", r"end \(1\) is before start \(5\)"),
        ("highlight,T,,,,,,,0,0,1,q,,,,purple", "colour must be one of yellow"),
        ("highlight,T,,,,,,,0,0,1,q,,,,,dotted", "style must be one of background, underline"),
        ("highlight,T,,,,,,,0,0,1,q" + "," * 9 + "maybe", "orphaned must be true or false"),
        ("note,T,,,,,,,0,0,1,q", "kind must be highlight or bookmark, found 'note'"),
        ("highlight,T" + "," * 31 + "surplus", "it has 33 fields, the header 23"),
        ("highlight,T\rX,q", "Line 3 of the CSV file cannot be read: new-line character"),
    ],
)
def test_hostile_csv_is_refused_clearly_and_nothing_is_imported(
    filled, tmp_path: Path, line: str, message: str
) -> None:
    notes, _ = filled
    path = tmp_path / "hostile.csv"
    path.write_text(csv_export_with(notes, line), encoding="utf-8-sig", newline="")
    before = snapshot(notes)
    with pytest.raises(ImportFormatError, match=message) as caught:
        import_items(notes, read_import(path))
    assert "\n" not in str(caught.value)
    assert snapshot(notes) == before


def test_short_and_long_csv_rows_with_nothing_lost_are_read(filled) -> None:
    notes, aid = filled
    text = csv_export_with(notes, "bookmark,T" + "," * 25)  # two empty fields past the header
    assert len(from_csv(text)) == 8
    # A short row: the missing fields are empty (they were None, which failed in the import).
    report = import_items(notes, from_csv(csv_export_with(notes, f"bookmark,{TITLE}")))
    assert (report.added, report.duplicates) == (1, 7)
    assert Position(0, 0) in [b.position for b in notes.bookmarks(aid)]


def test_a_csv_field_over_the_csv_limit_is_refused_clearly(monkeypatch) -> None:
    import csv

    from desktop import notes_export

    monkeypatch.setattr(notes_export, "MAX_IMPORT_BYTES", 1000)
    old = csv.field_size_limit(1000)
    try:
        with pytest.raises(ImportFormatError, match="Line 2 .* field larger than field limit"):
            from_csv(to_csv_header() + "highlight,T,,,,,,,0,0,1," + "q" * 2000 + "\n")
    finally:
        csv.field_size_limit(old)


def test_a_note_over_128_kb_round_trips_through_csv(filled, tmp_path: Path) -> None:
    notes, _ = filled
    h = notes.list_notes()[0].highlight
    long_note = "ملاحظة طويلة جدا، " * 10_000  # ~190,000 characters, one CSV field
    assert len(long_note) > 128 * 1024
    notes.update_highlight(h.id, note=long_note)
    before = snapshot(notes)
    path = tmp_path / "notes.csv"
    write_export(collect(notes), path)
    notes.db.execute("DELETE FROM highlights")
    notes.db.execute("DELETE FROM bookmarks")
    assert import_items(notes, read_import(path)).added == 7
    assert snapshot(notes) == before
    assert notes.get_highlight(notes.search("طويله")[0].highlight.id).note == long_note


def test_a_file_over_the_size_cap_is_refused_before_it_is_read(
    filled, tmp_path: Path, monkeypatch
) -> None:
    from desktop import notes_export

    notes, _ = filled
    path = tmp_path / "notes.json"
    write_export(collect(notes), path)
    monkeypatch.setattr(notes_export, "MAX_IMPORT_BYTES", path.stat().st_size - 1)
    with pytest.raises(ImportFormatError, match=r"is larger than 0 MB.*does not read it"):
        read_import(path)
    assert notes_export.MAX_IMPORT_BYTES < 50 * 1024 * 1024  # the real cap is 50 MB
    monkeypatch.undo()
    assert notes_export.MAX_IMPORT_BYTES == 50 * 1024 * 1024
    assert len(read_import(path)) == 7


def test_an_import_that_fails_part_way_adds_nothing(filled) -> None:
    """import_items runs in one transaction: a note refused by the library after others were
    written (here a colour no parser would let through) rolls every one of them back."""
    from dataclasses import replace

    notes, _ = filled
    items = from_json(to_json(collect(notes)))
    notes.db.execute("DELETE FROM highlights")
    notes.db.execute("DELETE FROM bookmarks")
    last = max(i for i, item in enumerate(items) if item.highlight is not None)
    assert last > 0  # notes before it are written first
    bad = items[last]
    items[last] = replace(bad, highlight=replace(bad.highlight, colour="purple"))
    with pytest.raises(ValueError, match="Unknown colour 'purple'"):
        import_items(notes, items)
    assert notes.count() == 0


def test_a_failed_write_leaves_no_part_file_behind(filled, tmp_path: Path) -> None:
    notes, _ = filled
    folder = tmp_path / "notes.md"
    folder.mkdir()  # renaming the finished file onto a folder fails
    with pytest.raises(OSError):
        write_export(collect(notes), folder)
    assert folder.is_dir()
    assert not list(tmp_path.glob("*.part"))


def test_a_write_failing_half_way_keeps_the_old_file(filled, tmp_path: Path) -> None:
    from dataclasses import replace

    notes, _ = filled
    path = tmp_path / "notes.md"
    write_export(collect(notes), path)
    before = path.read_bytes()
    ex = collect(notes)
    # Text UTF-8 cannot encode (a lone surrogate) fails part-way through writing the file.
    ex.highlights[-1] = replace(ex.highlights[-1], note="x" * 100_000 + "\ud800")
    with pytest.raises(UnicodeEncodeError):
        write_export(ex, path)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.part"))


# --- what a shared file must not do to an export -------------------------------------------------


def test_a_hostile_language_in_a_shared_file_cannot_put_markup_into_the_exports(
    filled, tmp_path: Path
) -> None:
    notes, _ = filled
    data = json.loads(to_json(collect(notes)))
    hostile = 'ar"><script>alert(1)</script><p x="'
    for item in data["first"]["items"]:
        if isinstance(item.get("body"), dict):
            item["body"]["language"] = hostile
        item["qari:article"]["language"] = hostile
    notes.db.execute("DELETE FROM highlights")
    notes.db.execute("DELETE FROM bookmarks")
    path = tmp_path / "shared.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    import_items(notes, read_import(path))
    assert all(e.highlight.note_language in ("", "ar", "en") for e in notes.list_notes())
    for text in (to_html(collect(notes)), to_markdown(collect(notes))):
        assert "<script>" not in text


def test_a_link_in_the_html_export_goes_only_to_a_web_page(store: Store) -> None:
    notes = Notes(store)
    aid = store.add_article(article(url="javascript:alert(1)")).article_id
    notes.add_highlight(aid, 0, 0, 5)
    page = to_html(collect(notes))
    assert 'href="javascript' not in page and "javascript:alert(1)" in page


@pytest.mark.parametrize("note", ["- نقطة أولى", '=HYPERLINK("http://x")', "+1", "@user"])
def test_a_csv_cell_a_spreadsheet_would_run_is_marked_as_text_and_read_back(
    store: Store, note: str
) -> None:
    notes = Notes(store)
    aid = store.add_article(article()).article_id
    notes.add_highlight(aid, 0, 0, 5, note=note)
    text = to_csv(collect(notes))
    assert f"'{note}" in text or f"\"'{note}" in text.replace('""', '"')
    [item] = from_csv(text)
    assert item.highlight.note == note
