"""Bookmarks and highlights in a real SQLite library: CRUD, search, filters, re-anchoring."""

from __future__ import annotations

import pytest

from desktop.model import Article, Block, BlockKind, Direction, Position
from desktop.notes import COLOURS, BookmarkEntry, Notes

URL = "https://news.un.org/ar/story/2016/10/263052"
P1 = (
    "أكد ستيفان دي ميستورا، المبعوث الأممي الخاص لسوريا، ترحيبه بإعلان روسيا تعليق "
    "الأنشطة القتالية في حلب. وقال إن هذا قد يكون الوقت المناسب للنظر في الأمر."
)
P2 = "وقال: «ربما هذا هو الوقت للنظر جديا في احتمال تجديد البحث عن حل سياسي»."
P3 = "The envoy spoke to reporters in Geneva after the Security Council meeting."


def article(blocks: list[str] | None = None, **kw) -> Article:
    texts = blocks if blocks is not None else [P1, P2, P3]
    return Article(
        title=kw.pop("title", "دي ميستورا: هناك شعور بالاتحاد داخل مجلس الأمن حيال حلب"),
        blocks=[Block(BlockKind.PARAGRAPH, t) for t in texts],
        site=kw.pop("site", "أخبار الأمم المتحدة"),
        url=kw.pop("url", URL),
        published="2016-10-20",
        **kw,
    )


def span(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


@pytest.fixture
def notes(store) -> Notes:
    return Notes(store)


@pytest.fixture
def aid(store) -> int:
    return store.add_article(article()).article_id


# --- bookmarks -------------------------------------------------------------------------------


def test_article_exists(store, notes: Notes, aid: int) -> None:
    assert notes.article_exists(aid)
    assert not notes.article_exists(aid + 1)
    with pytest.raises(KeyError, match=f"No article {aid + 1}"):
        notes.block_texts(aid + 1)


def test_an_added_bookmark_is_what_the_library_reads_back(store, notes: Notes, aid: int) -> None:
    b = notes.add_bookmark(aid, Position(2, 4), "x")
    assert b == notes.get_bookmark(b.id) == notes.bookmarks(aid)[0]
    assert (b.anchor.exact, b.anchor.prefix) == (P3[4:36], P3[:4]) and not b.orphaned
    empty = store.add_article(article([""], url="https://example.org/empty")).article_id
    e = notes.add_bookmark(empty, Position(3, 9))  # no text to anchor to: clamped, kept
    assert e == notes.all_bookmarks([empty])[0]
    assert (e.position, e.anchor.exact) == (Position(0, 0), "")


def test_bookmark_add_list_rename_delete_restore(notes: Notes, aid: int) -> None:
    b = notes.add_bookmark(aid, Position(1, 6), "  اقتباس مهم ")
    assert isinstance(b, BookmarkEntry) and b.id is not None
    assert b.name == "اقتباس مهم"
    assert b.anchor is not None and b.anchor.exact == P2[6:38]
    second = notes.add_bookmark(aid, Position(0, 0))
    assert [x.id for x in notes.bookmarks(aid)] == [second.id, b.id]  # reading order
    assert notes.rename_bookmark(b.id, "Key quote").name == "Key quote"
    gone = notes.delete_bookmark(b.id)
    assert [x.id for x in notes.bookmarks(aid)] == [second.id]
    back = notes.restore_bookmark(gone)
    assert back == gone  # same id, name, place and anchor
    with pytest.raises(KeyError):
        notes.delete_bookmark(9999)


def test_toggle_bookmark_adds_then_removes_near_the_same_place(notes: Notes, aid: int) -> None:
    action, added = notes.toggle_bookmark(aid, Position(0, 10))
    assert action == "added"
    action, removed = notes.toggle_bookmark(aid, Position(0, 14))  # a few letters later
    assert action == "removed" and removed.id == added.id
    assert notes.bookmarks(aid) == []
    notes.toggle_bookmark(aid, Position(0, 10))
    action, _ = notes.toggle_bookmark(aid, Position(1, 10))  # another paragraph: a new one
    assert action == "added" and len(notes.bookmarks(aid)) == 2


def test_bookmark_position_is_clamped_to_the_article(notes: Notes, aid: int) -> None:
    b = notes.add_bookmark(aid, Position(99, 500))
    assert b.position == Position(2, len(P3))
    with pytest.raises(KeyError):
        notes.add_bookmark(12345, Position(0, 0))


# --- highlights ------------------------------------------------------------------------------


def test_highlight_stores_quote_with_context_and_note_language(notes: Notes, aid: int) -> None:
    s, e = span(P1, "الأنشطة القتالية في حلب")
    h = notes.add_highlight(aid, 0, s, e, colour="green", note="ملاحظة بالعربية")
    assert h.quote.exact == "الأنشطة القتالية في حلب"
    assert P1[s - len(h.quote.prefix) : s] == h.quote.prefix
    assert h.note_language == "ar" and h.note_direction == Direction.AUTO
    assert notes.get_highlight(h.id) == h
    en = notes.add_highlight(aid, 2, 4, 9, style="underline", note="An English note")
    assert en.note_language == "en" and en.style == "underline"
    assert [x.id for x in notes.highlights(aid)] == [h.id, en.id]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"colour": "purple"}, "Unknown colour"),
        ({"style": "strike"}, "Unknown style"),
    ],
)
def test_bad_look_is_refused_with_a_clear_message(notes, aid, kwargs, message) -> None:
    with pytest.raises(ValueError, match=message):
        notes.add_highlight(aid, 0, 0, 5, **kwargs)
    assert notes.highlights(aid) == []


def test_empty_or_out_of_range_selection_is_refused(notes: Notes, aid: int) -> None:
    with pytest.raises(ValueError, match="empty"):
        notes.add_highlight(aid, 0, 5, 5)
    with pytest.raises(ValueError, match="outside"):
        notes.add_highlight(aid, 7, 0, 5)
    assert notes.count(aid) == 0


def test_update_note_colour_direction_and_language(notes: Notes, aid: int) -> None:
    h = notes.add_highlight(aid, 0, 0, 10)
    assert h.note == "" and h.note_language == ""
    h2 = notes.update_highlight(h.id, note="Mixed: هذه ملاحظة عربية طويلة with English")
    assert h2.note_language == "ar"  # more Arabic letters than Latin
    h3 = notes.update_highlight(h.id, colour="pink", note_direction=Direction.LTR)
    assert (h3.colour, h3.note_direction, h3.note_language) == ("pink", Direction.LTR, "ar")
    h4 = notes.update_highlight(h.id, note_language="en")
    assert notes.get_highlight(h.id) == h4 and h4.note_language == "en"
    with pytest.raises(ValueError):
        notes.update_highlight(h.id, colour="black")
    assert notes.get_highlight(h.id).colour == "pink"


def test_delete_highlight_and_undo_restores_the_same_note(notes: Notes, aid: int) -> None:
    h = notes.add_highlight(aid, 1, 0, 10, colour="blue", note="لا تنس هذا")
    deleted = notes.delete_highlight(h.id)
    assert notes.highlights(aid) == []
    assert notes.restore_highlight(deleted) == h


def test_highlights_at_the_caret(notes: Notes, aid: int) -> None:
    outer = notes.add_highlight(aid, 0, 0, 60)
    inner = notes.add_highlight(aid, 0, 20, 30)
    assert [h.id for h in notes.highlights_at(aid, Position(0, 25))] == [inner.id, outer.id]
    assert notes.highlights_at(aid, Position(1, 25)) == []


# --- library-wide ----------------------------------------------------------------------------


def two_articles(store, notes: Notes) -> tuple[int, int]:
    a = store.add_article(article()).article_id
    b = store.add_article(
        article(
            ["مقال ثان عن مدينة حلب القديمة ومكتبتها.", "A second paragraph."],
            title="حلب القديمة",
            url="https://example.org/aleppo",
        )
    ).article_id
    notes.add_highlight(a, 0, *span(P1, "المبعوث الأممي"), colour="yellow", note="مهم جدا")
    notes.add_highlight(a, 1, *span(P2, "احتمال تجديد البحث"), colour="green")
    notes.add_highlight(b, 0, 0, 8, colour="green", note="Read again: the library")
    return a, b


def test_list_notes_filters_by_article_colour_and_orphans(store, notes: Notes) -> None:
    a, b = two_articles(store, notes)
    everything = notes.list_notes()
    assert len(everything) == 3
    assert {e.article_title for e in everything} == {"حلب القديمة", article().title}
    assert {e.highlight.article_id for e in notes.list_notes(article_id=b)} == {b}
    assert [e.highlight.colour for e in notes.list_notes(colour="green")] == ["green", "green"]
    assert notes.list_notes(orphaned=True) == []
    assert len(notes.list_notes(with_note=True)) == 2
    assert notes.count() == 3 and notes.count(a) == 2
    assert [(i, n) for i, _t, n in notes.articles_with_notes()] in (
        [(b, 1), (a, 2)],
        [(a, 2), (b, 1)],
    )


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("الاممي", 1),  # hamza folded: quote has «الأممي»
        ("الْأُمَمِيّ", 1),  # diacritics ignored
        ("مهم", 1),  # in the note
        ("تجديد", 1),
        ("مقال", 1),  # the start of the second article's quote
        ("LIBRARY", 1),  # English, case folded, in a note
        ("read library", 1),  # every word, anywhere in quote or note
        ("حل سياسي", 0),  # not highlighted
        ("100%", 0),  # LIKE wildcards are literal
        ("", 0),
    ],
)
def test_search_is_arabic_folded_over_quotes_and_notes(store, notes, query, expected) -> None:
    two_articles(store, notes)
    assert len(notes.search(query)) == expected


def test_search_finds_words_inside_longer_words_and_respects_filters(store, notes) -> None:
    a, b = two_articles(store, notes)
    # «الأمم» inside «الأممي»; «بحث» inside «البحث»
    assert len(notes.search("امم")) == 1
    assert len(notes.search("بحث", colour="green")) == 1
    assert notes.search("بحث", colour="yellow") == []
    assert notes.search("بحث", article_id=b) == []


def fts_is_consistent(store) -> None:
    """FTS5's own check that the trigram index matches highlights.search_text (raises if not)."""
    store.db.execute("INSERT INTO note_fts (note_fts, rank) VALUES ('integrity-check', 1)")


def test_short_words_are_searched_without_the_trigram_index(store, notes) -> None:
    a, _ = two_articles(store, notes)
    assert len(notes.search("مهم جد")) == 1  # «جد» (2 letters) inside «جدا», by LIKE
    assert notes.search("مهم جب") == []


def test_search_takes_any_hamza_seat(store, notes) -> None:
    """A note written «مسئول» is found by «مسؤول» and back, and «شيء» by «شئ» (too short for
    the trigram index: the scan gets each spelling too)."""
    a = store.add_article(article()).article_id
    notes.add_highlight(a, 0, *span(P1, "المبعوث"), note="سؤال للمسئول عن شؤون كل شيء")
    for query in ("مسؤول", "للمسؤول", "شئون", "سئال", "شئ", "شيء"):
        assert len(notes.search(query)) == 1, query
    assert notes.search("مسؤولة") == []
    notes.add_highlight(a, 0, *span(P1, "الأممي"), note="قال الشيخ")
    assert len(notes.search("شيء")) == 1  # not the note about «الشيخ»


def test_search_index_follows_edits_deletes_and_article_deletion(store, notes) -> None:
    a, b = two_articles(store, notes)
    h = notes.search("مهم")[0].highlight
    notes.update_highlight(h.id, note="ملاحظة منقحة")
    assert notes.search("مهم") == [] and len(notes.search("منقحه")) == 1  # ة folded
    fts_is_consistent(store)
    notes.delete_highlight(h.id)
    assert notes.search("منقحه") == []
    store.delete_article(b)  # its notes go by the foreign-key cascade; triggers still fire
    assert notes.search("library") == []
    fts_is_consistent(store)


@pytest.mark.parametrize("old_version", [1, 3])
def test_search_text_written_by_an_older_version_is_filled_in(
    tmp_path, monkeypatch, old_version: int
) -> None:
    """A note from before ``search_text`` (schema 1: no column; schema 3: NULL) is searchable
    once the library is opened: migration 4 fills it in, so a search only reads."""
    from desktop import store as store_module
    from desktop.migrations import MIGRATIONS
    from desktop.notes import search_text
    from desktop.store import Store

    path = tmp_path / "library.sqlite3"
    monkeypatch.setattr(store_module, "MIGRATIONS", MIGRATIONS[:old_version])
    with Store.open(path) as old:
        aid = old.add_article(article()).article_id
        start, end = span(P1, "روسيا")
        old.db.execute(
            'INSERT INTO highlights (article_id, block, start, "end", exact, note, created_at, '
            "updated_at) VALUES (?, 0, ?, ?, ?, 'ملاحظة قديمة', '2020-01-01', '2020-01-01')",
            (aid, start, end, P1[start:end]),
        )
        if old_version >= 2:
            old.db.execute("UPDATE highlights SET search_text = NULL")
    monkeypatch.setattr(store_module, "MIGRATIONS", MIGRATIONS)
    with Store.open(path) as store:
        assert store.schema_version() == MIGRATIONS[-1].version
        (h,) = Notes(store).highlights(aid)
        stored = store.conn.execute("SELECT search_text FROM highlights").fetchone()[0]
        assert stored == search_text(h.quote.exact, h.note)  # what new notes get
        changes = store.conn.total_changes
        store.conn.execute("PRAGMA query_only = ON")  # a write from here on raises
        assert [e.highlight.id for e in Notes(store).search("روسيا")] == [h.id]
        assert [e.highlight.id for e in Notes(store).search("قديمه")] == [h.id]  # ة folded
        assert len(Notes(store).list_notes()) == 1
        store.conn.execute("PRAGMA query_only = OFF")
        assert store.conn.total_changes == changes
        fts_is_consistent(store)


# --- re-anchoring ----------------------------------------------------------------------------


def test_reimport_moves_notes_and_keeps_orphans(store, notes: Notes, aid: int) -> None:
    moved = notes.add_highlight(aid, 0, *span(P1, "الأنشطة القتالية في حلب"), note="يبقى")
    lost = notes.add_highlight(aid, 1, *span(P2, "احتمال تجديد البحث"), note="سيضيع النص")
    mark = notes.add_bookmark(aid, Position(2, P3.index("Security")), "council")
    edited = [
        "فقرة جديدة في أول المقال.",
        "في جنيف، " + P1.replace("ترحيبه بإعلان", "ترحيبه الحار بإعلان"),
        "The envoy later spoke to reporters in Geneva after the Security Council meeting.",
    ]
    result = store.add_article(article(edited))  # the store re-anchors inside its update
    assert result.status == "updated" and result.article_id == aid
    report = notes.reanchor_article(aid)  # so a second pass finds nothing left to move
    assert (report.moved, report.orphaned) == (0, 1)

    m = notes.get_highlight(moved.id)
    assert (m.quote.block, m.orphaned, m.note) == (1, False, "يبقى")
    assert edited[1][m.quote.start : m.quote.end] == "الأنشطة القتالية في حلب"
    o = notes.get_highlight(lost.id)
    assert o.orphaned and o.note == "سيضيع النص" and o.quote.exact == "احتمال تجديد البحث"
    assert notes.highlights(aid)[-1].id == lost.id  # orphans are listed, last
    assert [e.highlight.id for e in notes.list_notes(orphaned=True)] == [lost.id]
    b = notes.get_bookmark(mark.id)
    assert b.position == Position(2, edited[2].index("Security")) and not b.orphaned

    # The text comes back in a later version: the orphan is found again.
    store.add_article(article([*edited, P2]))  # re-anchored by the store's update
    assert notes.get_highlight(lost.id).quote.block == 3
    assert not notes.get_highlight(lost.id).orphaned


def test_bookmark_whose_text_is_gone_is_kept_and_marked(store, notes, aid) -> None:
    b = notes.add_bookmark(aid, Position(2, 10))
    store.add_article(article(["نص مختلف تماما.", "ولا شيء من القديم هنا."]))
    assert notes.reanchor_article(aid).orphaned == 1
    kept = notes.get_bookmark(b.id)
    assert kept.orphaned and kept.position == Position(1, 10)  # clamped into the article


def test_bookmark_at_the_end_of_a_block_follows_the_text_before_it(store, notes, aid) -> None:
    b = notes.add_bookmark(aid, Position(1, len(P2)))
    store.add_article(article(["مقدمة.", P1, P2, P3]))
    notes.reanchor_article(aid)
    assert notes.get_bookmark(b.id).position == Position(2, len(P2))


def test_reanchor_inside_an_open_transaction_rolls_back_with_it(store, notes, aid) -> None:
    h = notes.add_highlight(aid, 1, *span(P2, "احتمال تجديد البحث"))
    with pytest.raises(RuntimeError), store.db.atomic():
        store.db.execute("UPDATE blocks SET text = 'شيء آخر' WHERE article_id = ?", (aid,))
        notes.reanchor_article(aid)
        assert notes.get_highlight(h.id).orphaned
        raise RuntimeError("the caller's import failed")
    assert not notes.get_highlight(h.id).orphaned
    assert store.get_article(aid).blocks[1].text == P2


def test_import_into_changed_article_anchors_the_note(store, notes, aid) -> None:
    h = notes.delete_highlight(notes.add_highlight(aid, 1, *span(P2, "تجديد البحث")).id)
    store.add_article(article(["سطر جديد.", P1, P2, P3]))
    back = notes.import_highlight(h)
    assert back.id == h.id and back.quote.block == 2 and not back.orphaned


def test_colours_match_the_themes() -> None:
    themes = pytest.importorskip("desktop.ui.themes")
    assert tuple(themes.NOTE_COLOURS) == COLOURS
    for theme in themes.THEMES.values():
        assert set(theme.notes) == set(COLOURS)
