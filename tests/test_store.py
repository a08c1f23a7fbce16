"""The store on a real SQLite file in a temp dir."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.migrations import MIGRATIONS
from desktop.model import Article, Block, BlockKind, ImageData, Position
from desktop.store import Store, StoreError, fts_query


def article(
    title: str = "دي ميستورا: هناك شعور بالاتحاد داخل مجلس الأمن حيال حلب", **kw
) -> Article:
    blocks = kw.pop(
        "blocks",
        [
            Block(
                BlockKind.FIGURE,
                "معظم السوريين الباقيين في حلب يعيشون في هياكل مبان سكنية.",
                credit="توم وستكوت / إيرين",
            ),
            Block(
                BlockKind.PARAGRAPH,
                "أكد ستيفان دي ميستورا، المبعوث الأممي الخاص لسوريا، "
                "إعلان روسيا تعليق الأنشطة القتالية في حلب.",
            ),
            Block(BlockKind.QUOTE, '"ربما هذا هو الوقت للنظر جديا في احتمال تجديد البحث."'),
        ],
    )
    return Article(title=title, blocks=blocks, **kw)


def test_schema_is_migrated_and_recorded(store: Store) -> None:
    assert store.schema_version() == MIGRATIONS[-1].version
    tables = set(store.db.table_names())
    assert {
        "articles",
        "blocks",
        "images",
        "bookmarks",
        "highlights",
        "reading_state",
        "settings",
        "schema_migrations",
        "article_fts",
    } <= tables
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_reopening_does_not_migrate_again(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    with Store.open(path) as s:
        s.add_article(article())
    with Store.open(path) as s:
        assert s.count_articles() == 1
        assert s.db.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] == len(
            MIGRATIONS
        )


def test_a_failing_migration_leaves_nothing_behind(tmp_path: Path, monkeypatch) -> None:
    from desktop import migrations
    from desktop import store as store_module

    broken = migrations.Migration(1, "broken", ("CREATE TABLE half (x)", "THIS IS NOT SQL"))
    monkeypatch.setattr(store_module, "MIGRATIONS", (broken,))
    with pytest.raises(StoreError):
        Store.open(tmp_path / "lib.sqlite3")
    conn = sqlite3.connect(tmp_path / "lib.sqlite3")
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "half" not in names
    assert conn.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] == 0


def newer_library(path: Path) -> Path:
    """A library whose schema a later Qari has migrated further than this one knows."""
    with Store.open(path) as s:
        s.db.execute("INSERT INTO schema_migrations VALUES (999, 'future', '2030-01-01')")
        s.db.conn.commit()
    return path


def test_a_database_from_a_newer_qari_is_refused(tmp_path: Path) -> None:
    path = newer_library(tmp_path / "lib.sqlite3")
    with pytest.raises(StoreError, match="newer Qari"):
        Store.open(path)


def test_a_file_that_is_not_sqlite_gives_a_clear_message_and_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    content = b"These are my notes, not a database.\n" * 200
    path.write_bytes(content)
    with pytest.raises(StoreError, match="not a Qari library") as info:
        Store.open(path)
    assert str(path) in str(info.value)
    assert path.read_bytes() == content


def test_a_truncated_library_is_refused_and_left_as_it_is(tmp_path: Path) -> None:
    """A real library cut to half its size (a copy interrupted, a full disk): SQLite sees
    fewer pages than the header promises, and the store refuses it without writing."""
    path = tmp_path / "library.sqlite3"
    with Store.open(path) as s:
        for n in range(40):
            paragraph = f"فقرة رقم {n} من مقال طويل عن الأحداث في المنطقة. " * 40
            s.add_article(
                article(title=f"مقال {n}", blocks=[Block(BlockKind.PARAGRAPH, paragraph)])
            )
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]  # WAL checkpointed
    whole = path.read_bytes()
    assert len(whole) > 100_000
    half = whole[: len(whole) // 2]
    path.write_bytes(half)
    with pytest.raises(StoreError, match="not a Qari library") as info:
        Store.open(path)
    assert "damaged" in str(info.value) and str(path) in str(info.value)
    assert path.read_bytes() == half
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def _record_connections(monkeypatch) -> list[sqlite3.Connection]:
    opened: list[sqlite3.Connection] = []
    connect = sqlite3.connect

    def recording_connect(*args, **kwargs):
        conn = connect(*args, **kwargs)
        opened.append(conn)
        return conn

    monkeypatch.setattr(sqlite3, "connect", recording_connect)
    return opened


def _is_closed(conn: sqlite3.Connection) -> bool:
    try:
        conn.execute("SELECT 1")
    except sqlite3.ProgrammingError:
        return True
    return False


def test_a_refused_library_leaves_no_connection_open(tmp_path: Path, monkeypatch) -> None:
    newer = newer_library(tmp_path / "newer.sqlite3")
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"These are my notes, not a database.\n" * 200)
    opened = _record_connections(monkeypatch)
    with pytest.raises(StoreError, match="newer Qari"):
        Store.open(newer)
    with pytest.raises(StoreError, match="not a Qari library"):
        Store.open(garbage)
    assert len(opened) == 2
    assert all(_is_closed(conn) for conn in opened)


def test_a_folder_in_place_of_the_file(tmp_path: Path) -> None:
    (tmp_path / "library.sqlite3").mkdir()
    with pytest.raises(StoreError, match="folder"):
        Store.open(tmp_path / "library.sqlite3")


@pytest.mark.parametrize("denied", ["file", "folder"])
def test_a_read_only_library_is_refused_with_what_to_do(
    tmp_path: Path, monkeypatch, denied: str
) -> None:
    """A library on a read-only disk or share, or a write-protected file: SQLite opened the
    file read-only without a word, and the first saved reading place failed mid-reading.
    chmod cannot deny root, who runs these tests, so the OS's answer is given by os.access
    (a read-only mount answers the same to root)."""
    import os

    path = tmp_path / "library.sqlite3"
    Store.open(path).close()
    before = path.read_bytes()
    refused = path if denied == "file" else tmp_path
    access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if Path(p) == refused else access(p, mode)
    )
    with pytest.raises(StoreError, match="can only be read") as info:
        Store.open(path)
    assert (info.value.kind, info.value.path) == (StoreError.READ_ONLY, str(path))
    assert "copy it to a folder you can write to" in str(info.value)
    assert path.read_bytes() == before


def test_each_refusal_says_its_kind_for_the_window(tmp_path: Path) -> None:
    newer = newer_library(tmp_path / "newer.sqlite3")
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database\n" * 200)
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    for path, kind in [
        (newer, StoreError.NEWER),
        (garbage, StoreError.NOT_A_LIBRARY),
        (tmp_path, StoreError.NOT_A_LIBRARY),  # a folder where the file should be
        (a_file / "library.sqlite3", StoreError.NOT_A_FOLDER),
    ]:
        with pytest.raises(StoreError) as info:
            Store.open(path)
        assert info.value.kind == kind, path


def test_add_get_round_trip(store: Store) -> None:
    a = article(site="أخبار الأمم المتحدة", url="https://news.un.org/ar/x", published="2016-12-08")
    result = store.add_article(a)
    assert result.status == "added"
    back = store.get_article(result.article_id)
    assert back.title == a.title
    assert back.blocks == a.blocks
    assert back.site == a.site and back.url == a.url and back.published == a.published
    assert back.content_hash == a.content_hash
    assert back.imported_at


def test_same_article_twice_is_a_duplicate(store: Store) -> None:
    first = store.add_article(article())
    again = store.add_article(article())
    assert again.status == "duplicate"
    assert again.article_id == first.article_id
    assert store.count_articles() == 1


def test_same_url_with_new_content_updates_in_place(store: Store) -> None:
    url = "https://example.org/a"
    first = store.add_article(article(url=url))
    changed = article(url=url, blocks=[Block(BlockKind.PARAGRAPH, "نص جديد كليا عن حلب.")])
    result = store.add_article(changed)
    assert result.status == "updated"
    assert result.article_id == first.article_id
    assert store.get_article(first.article_id).blocks == changed.blocks
    assert [h.article.id for h in store.search("جديد")] == [first.article_id]
    assert store.search("الأنشطة القتالية") == []


def test_images_are_stored_and_shared(store: Store) -> None:
    png = ImageData.from_bytes(b"\x89PNG fake bytes", "image/png", 10, 20)
    blocks = [Block(BlockKind.FIGURE, "صورة", image=png.sha256)]
    a1 = store.add_article(article(title="أ", blocks=blocks, images={png.sha256: png}))
    a2 = store.add_article(article(title="ب", blocks=blocks, images={png.sha256: png}))
    assert store.get_image(png.sha256) == png
    store.delete_article(a1.article_id)
    assert store.get_image(png.sha256) == png, "still used by the other article"
    store.delete_article(a2.article_id)
    assert store.get_image(png.sha256) is None


def test_reimporting_an_updated_url_drops_images_only_the_old_version_used(store: Store) -> None:
    url = "https://example.org/with-pictures"
    old_png = ImageData.from_bytes(b"\x89PNG old picture", "image/png", 10, 20)
    kept_png = ImageData.from_bytes(b"\x89PNG kept picture", "image/png", 10, 20)
    new_png = ImageData.from_bytes(b"\x89PNG new picture", "image/png", 10, 20)
    first = store.add_article(
        article(
            url=url,
            blocks=[
                Block(BlockKind.FIGURE, "قديمة", image=old_png.sha256),
                Block(BlockKind.FIGURE, "باقية", image=kept_png.sha256),
            ],
            images={old_png.sha256: old_png, kept_png.sha256: kept_png},
        )
    )
    other = store.add_article(
        article(
            title="مقال آخر يستعمل الصورة القديمة",
            blocks=[Block(BlockKind.FIGURE, "مشتركة", image=old_png.sha256)],
            images={old_png.sha256: old_png},
        )
    )
    updated = article(
        url=url,
        blocks=[
            Block(BlockKind.FIGURE, "باقية", image=kept_png.sha256),
            Block(BlockKind.FIGURE, "جديدة", image=new_png.sha256),
        ],
        images={kept_png.sha256: kept_png, new_png.sha256: new_png},
    )
    assert store.add_article(updated).status == "updated"
    assert store.get_image(old_png.sha256) == old_png, "still used by the other article"
    assert store.get_image(kept_png.sha256) == kept_png
    assert store.get_image(new_png.sha256) == new_png
    assert store.get_article(first.article_id).blocks == updated.blocks

    store.delete_article(other.article_id)
    assert store.get_image(old_png.sha256) is None
    again = article(
        url=url,
        blocks=[Block(BlockKind.PARAGRAPH, "بلا صور الآن.")],
    )
    assert store.add_article(again).status == "updated"
    assert store.get_image(kept_png.sha256) is None, "only the old version used it"
    assert store.get_image(new_png.sha256) is None, "only the old version used it"
    assert store.conn.execute("SELECT count(*) FROM images").fetchone()[0] == 0


def test_figure_pointing_at_a_missing_image_is_stored_without_image(store: Store) -> None:
    blocks = [Block(BlockKind.FIGURE, "تعليق", image="0" * 64)]
    result = store.add_article(article(blocks=blocks))
    assert store.get_article(result.article_id).blocks[0].image is None


def test_search_folds_hamza_yaa_taa_marbuta_and_diacritics(store: Store) -> None:
    result = store.add_article(article())
    # differs from the text only in hamza (الاممي), yaa (الأممى), diacritics and tatweel
    for query in ["المبعوث الاممى", "إعلانُ روسيا", "الأنشطـــة", "مجلس الامن"]:
        hits = store.search(query)
        assert [h.article.id for h in hits] == [result.article_id], query
        assert hits[0].snippet.marks, query


def test_search_snippet_shows_original_text_with_matches_marked(store: Store) -> None:
    store.add_article(article())
    hit = store.search("الاممى")[0]
    marked = [hit.snippet.text[s:e] for s, e in hit.snippet.marks]
    assert marked == ["الأممي"]
    assert "[الأممي]" in hit.snippet.render()


def test_search_finds_title_only_matches(store: Store) -> None:
    store.add_article(article(title="عنوان فريد جدا", blocks=[Block(BlockKind.PARAGRAPH, "نص.")]))
    hits = store.search("فريد")
    assert len(hits) == 1
    assert hits[0].snippet.marks


def test_search_filters_by_status_before_the_limit(store: Store) -> None:
    """A finished article that ranks below the limit is still found when only finished ones
    are asked for (the filter used to run on the limited hits)."""
    strong = store.add_article(article(title="حلب حلب حلب")).article_id
    weak = store.add_article(
        article(title="خبر آخر", blocks=[Block(BlockKind.PARAGRAPH, "ذكرت حلب مرة.")])
    ).article_id
    store.save_reading_state(weak, Position(0, 0), 1.0)
    assert [h.article.id for h in store.search("حلب", limit=1)] == [strong]
    assert [h.article.id for h in store.search("حلب", limit=1, status="finished")] == [weak]
    assert [h.article.id for h in store.search("حلب", status="unread")] == [strong]
    assert store.search("حلب", status="in_progress") == []


@pytest.mark.parametrize("query", ['"', "AND", "NEAR(", "*", "a:b", "(", "-", "^", "'"])
def test_search_never_raises_on_fts_syntax(store: Store, query: str) -> None:
    store.add_article(article())
    store.search(query)


def test_fts_query_quotes_tokens() -> None:
    query = fts_query("إعلانُ روسيا")
    left, right = query.split(" AND ")
    assert left.startswith('("اعلان"* OR "واعلان"* OR ') and '"الاعلان"*' in left
    assert right.startswith('("روسيا"* OR ') and '"لروسيا"*' in right
    assert fts_query("في on") == '("في"*) AND ("on"*)'  # short and Latin words: as typed
    assert fts_query("  ") == ""


@pytest.mark.parametrize(
    ("query", "marked"),
    [
        ("مسئولية", "مسؤولية"),  # Egypt's seat finds the Levant's
        ("المسئولة", "مسؤولة"),
        ("شئون", "شؤون"),
        ("مسؤولية", "مسؤولية"),  # as typed still works
        ("يقرءون", "يقرؤون"),
        ("شئ", "شيء"),  # «ئ» at the end for «يء»
    ],
)
def test_search_finds_a_word_whatever_seat_its_hamza_is_written_on(
    store: Store, query: str, marked: str
) -> None:
    """«مسئول» (Egypt) and «مسؤول» (the Levant, the Gulf) are one word; the folding keeps ئ
    as ي and ؤ as و, so each spelling is asked for. The text is the corpus's (BBC Arabic)."""
    text = "حملت كوبا مسؤولية التقاعس إن لم تكن مسؤولة عن شؤون البعثة التي يقرؤون عنها كل شيء."
    aid = store.add_article(article(blocks=[Block(BlockKind.PARAGRAPH, text)])).article_id
    hits = store.search(query)
    assert [h.article.id for h in hits] == [aid], query
    snippet = hits[0].snippet
    assert marked in [snippet.text[s:e] for s, e in snippet.marks], query


def test_a_final_hamza_is_not_moved_onto_a_seat(store: Store) -> None:
    """«ماء» is not also looked for as «مائ»: folded «ماي», the start of «مايو» (May); nor
    «شيء» as «شئ»: folded «شي», the start of «الشيخ»."""
    store.add_article(
        article(blocks=[Block(BlockKind.PARAGRAPH, "اجتمع الشيخ بهم في مايو الماضي.")])
    )
    assert store.search("ماء") == []
    assert store.search("شيء") == []


CLITIC_TEXT = (
    "دخلت المستشفى صباحا، وقال للصحفيين إن هناك ما يقدر ب8000 مدني، ثم عاد بالطائرة إلى حلب."
)


@pytest.mark.parametrize(
    ("query", "marked"),
    [
        ("مستشفى", "مستشفى"),  # «ال» before it
        ("المستشفى", "المستشفى"),
        ("صحفيين", "صحفيين"),  # «لل»
        ("قال", "قال"),  # «و»
        ("طائرة", "طائرة"),  # «بال», and taa marbuta folded
        ("8000", "8000"),  # «ب» before a number
        ("٨٠٠٠", "8000"),
    ],
)
def test_search_finds_words_with_their_attached_particles(
    store: Store, query: str, marked: str
) -> None:
    """Arabic joins «ال», «و», «ف», «ب», «ك» and «ل» to the next word; a search for the word
    must find it with them, as the README promises («مستشفى» finds «المستشفى»)."""
    aid = store.add_article(article(blocks=[Block(BlockKind.PARAGRAPH, CLITIC_TEXT)])).article_id
    hits = store.search(query)
    assert [h.article.id for h in hits] == [aid], query
    snippet = hits[0].snippet
    assert marked in [snippet.text[s:e] for s, e in snippet.marks]


def test_a_word_typed_with_its_article_finds_it_without(store: Store) -> None:
    aid = store.add_article(
        article(blocks=[Block(BlockKind.PARAGRAPH, "زار مستشفى ميدانيا في المدينة.")])
    ).article_id
    hit = store.search("المستشفى")[0]
    assert hit.article.id == aid
    assert [hit.snippet.text[s:e] for s, e in hit.snippet.marks] == ["مستشفى"]


def test_particles_are_not_stripped_from_short_words_or_added_to_them(store: Store) -> None:
    """«ولد» (a boy) is not «لد» with «و»; «في» is not looked for as «وفي»."""
    store.add_article(article(blocks=[Block(BlockKind.PARAGRAPH, "ولد وفي بيته.")]))
    assert store.search("لد") == []
    assert fts_query("بحر") == fts_query("بحر")  # stays «بحر», not «حر» with «ب»
    assert '"حر"*' not in fts_query("بحر")


def test_reading_state_and_progress_filters(store: Store) -> None:
    a = store.add_article(article(title="أ")).article_id
    b = store.add_article(article(title="ب")).article_id
    c = store.add_article(article(title="ج")).article_id
    store.save_reading_state(b, Position(1, 12), 0.4)
    store.save_reading_state(c, Position(2, 0), 1.0)
    assert store.reading_state(a) is None
    state = store.reading_state(b)
    assert state.position == Position(1, 12) and state.progress == 0.4
    assert [s.id for s in store.list_articles(status="unread")] == [a]
    assert [s.id for s in store.list_articles(status="in_progress")] == [b]
    assert [s.id for s in store.list_articles(status="finished")] == [c]
    assert store.list_articles(sort="last_read")[0].id in (b, c)
    assert [s.title for s in store.list_articles(sort="title")] == ["أ", "ب", "ج"]


def test_unknown_sort_is_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="Unknown sort"):
        store.list_articles(sort="colour")  # type: ignore[arg-type]


def test_settings_round_trip_json(store: Store) -> None:
    assert store.get_setting("reader.typography", {"size": 18}) == {"size": 18}
    store.set_setting("reader.typography", {"family": "Amiri", "size": 22})
    store.set_setting("ui.language", "ar")
    assert store.get_setting("reader.typography") == {"family": "Amiri", "size": 22}
    assert store.get_setting("ui.language") == "ar"


def test_a_setting_set_to_its_stored_value_is_not_written(store: Store) -> None:
    store.set_setting("library.last_article", 7)
    before = store.conn.total_changes
    store.set_setting("library.last_article", 7)
    assert store.conn.total_changes == before
    store.set_setting("library.last_article", 8)
    assert store.conn.total_changes == before + 1
    assert store.get_setting("library.last_article") == 8


def test_reading_needs_no_sqlite_utils_and_writing_after_works(tmp_path: Path) -> None:
    """Opening and reading go straight to sqlite3 (start-up time); so does saving a reading
    position, the write every scroll makes. The sqlite-utils database over the same
    connection, made by the first table write, sees the same data."""
    path = tmp_path / "library.sqlite3"
    with Store.open(path) as store:
        a = store.add_article(article()).article_id
    with Store.open(path) as store:
        assert store.get_article(a).title
        assert [s.id for s in store.list_articles()] == [a]
        assert store.search("الأممي")
        assert store.reading_state(a) is None
        assert store._db is None  # nothing above made it
        store.save_reading_state(a, Position(1, 2), 0.4)
        assert store._db is None
        assert store.db["reading_state"].get(a)["block"] == 1
    with Store.open(path) as store:
        assert store.reading_state(a).position == Position(1, 2)


def test_delete_removes_everything_of_the_article(store: Store) -> None:
    a = store.add_article(article()).article_id
    store.save_reading_state(a, Position(0, 0), 0.5)
    store.db.execute(
        'INSERT INTO highlights (article_id, block, start, "end", exact, created_at, updated_at)'
        " VALUES (?, 1, 0, 3, 'أكد', 'now', 'now')",
        (a,),
    )
    assert store.note_count(a) == 1
    store.delete_article(a)
    for table in ("articles", "blocks", "reading_state", "highlights"):
        assert store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
    assert store.search("روسيا") == []
    with pytest.raises(KeyError):
        store.get_article(a)


def test_reimporting_an_updated_url_moves_notes_with_their_quote(store: Store) -> None:
    """An edit that moves and changes text around a quote keeps the note on the quote, and a
    quote that disappears keeps its note, marked orphaned — inside the store's update."""
    from desktop.notes import Notes

    url = "https://example.org/article"
    first = article(url=url)
    article_id = store.add_article(first).article_id
    notes = Notes(store)
    text = first.blocks[1].text
    start = text.index("إعلان روسيا")
    kept = notes.add_highlight(article_id, 1, start, start + len("إعلان روسيا"), note="مهم")
    gone_start = first.blocks[2].text.index("ربما")
    gone = notes.add_highlight(article_id, 2, gone_start, gone_start + 4, note="سيختفي")

    edited = article(
        url=url,
        blocks=[
            Block(BlockKind.PARAGRAPH, "فقرة جديدة في أول المقال."),
            Block(BlockKind.PARAGRAPH, "وفي الخبر أن المبعوث أكد إعلان روسيا تعليق القتال."),
        ],
    )
    assert store.add_article(edited).status == "updated"
    by_id = {h.id: h for h in notes.highlights(article_id)}
    moved = by_id[kept.id]
    assert not moved.orphaned
    assert moved.quote.block == 1
    assert edited.blocks[1].text[moved.quote.start : moved.quote.end] == "إعلان روسيا"
    assert by_id[gone.id].orphaned
    assert by_id[gone.id].note == "سيختفي"


def test_reimporting_an_updated_url_keeps_the_reading_place_on_its_text(store: Store) -> None:
    """Paragraphs added at the top must not leave the reader on other text; text that is
    gone leaves the place at the same paragraph number, inside the new article."""
    url = "https://example.org/article"
    paragraphs = [f"هذه هي الفقرة رقم {n} من المقال الطويل عن حلب." for n in range(1, 9)]
    blocks = [Block(BlockKind.PARAGRAPH, p) for p in paragraphs]
    article_id = store.add_article(article(url=url, blocks=blocks)).article_id
    sixth = paragraphs[5]
    store.save_reading_state(article_id, Position(5, sixth.index("من")), 0.7)

    added = [Block(BlockKind.PARAGRAPH, t) for t in ("تحديث في أعلى المقال.", "فقرة ثانية جديدة.")]
    assert store.add_article(article(url=url, blocks=added + blocks)).status == "updated"
    state = store.reading_state(article_id)
    assert state.position == Position(7, sixth.index("من"))
    assert state.progress == 0.7

    short = [Block(BlockKind.PARAGRAPH, "نص مختلف تماما."), Block(BlockKind.PARAGRAPH, "وآخر.")]
    assert store.add_article(article(url=url, blocks=short)).status == "updated"
    assert store.reading_state(article_id).position == Position(1, 0)


def fts_integrity(store: Store) -> None:
    """FTS5's own check that the index is consistent (raises on a corrupt index)."""
    store.db.execute("INSERT INTO article_fts (article_fts) VALUES ('integrity-check')")


def test_search_index_stays_consistent_through_add_update_delete(store: Store) -> None:
    url = "https://example.org/x"
    a = store.add_article(article(url=url)).article_id
    store.add_article(article(title="أ", blocks=[Block(BlockKind.PARAGRAPH, "نص آخر عن حمص.")]))
    fts_integrity(store)
    store.add_article(article(url=url, blocks=[Block(BlockKind.PARAGRAPH, "نص محدث عن إدلب.")]))
    fts_integrity(store)
    assert [h.article.id for h in store.search("ادلب")] == [a]
    assert store.search("روسيا") == [], "the old text left the index"
    store.delete_article(a)
    fts_integrity(store)
    assert store.search("ادلب") == []
    assert len(store.search("حمص")) == 1


def test_the_index_holds_no_second_copy_of_the_text(store: Store) -> None:
    store.add_article(article())
    row = store.db.execute("SELECT title, body FROM article_fts").fetchone()
    assert row == (None, None), "contentless: only the index is stored"


def test_a_library_from_before_the_contentless_index_is_reindexed(tmp_path, monkeypatch) -> None:
    from desktop import store as store_module

    path = tmp_path / "lib.sqlite3"
    monkeypatch.setattr(store_module, "MIGRATIONS", MIGRATIONS[:2])
    with Store.open(path) as old:
        old.add_article(article())
        assert old.schema_version() == 2
    monkeypatch.setattr(store_module, "MIGRATIONS", MIGRATIONS)
    with Store.open(path) as new:
        assert new.schema_version() == MIGRATIONS[-1].version
        assert len(new.search("الاممى")) == 1
        fts_integrity(new)


def test_punctuation_in_a_search_still_marks_the_words(store: Store) -> None:
    store.add_article(article())
    for query in ('"المبعوث', "المبعوث*", "(المبعوث)"):
        [hit] = store.search(query)
        assert "المبعوث" in [hit.snippet.text[s:e] for s, e in hit.snippet.marks], query


def test_a_write_takes_the_lock_first_so_another_writer_waits_its_turn(tmp_path: Path) -> None:
    """A plain BEGIN reads first and fails at once with "database is locked" if another
    process wrote in between (two imports at once lost files that way). A transaction takes
    the write lock when it starts: another writer cannot slip in, it waits for the timeout."""
    path = tmp_path / "library.sqlite3"
    with Store.open(path) as a, Store.open(path) as b:
        other = sqlite3.connect(path, timeout=0)
        try:
            with a.transaction():
                a.count_articles()  # a read first, as add_article does
                with pytest.raises(sqlite3.OperationalError, match="locked"):
                    other.execute("BEGIN IMMEDIATE")
                a.add_article(article())
            other.execute("BEGIN IMMEDIATE")  # free again once it is committed
            other.rollback()
        finally:
            other.close()
        assert b.count_articles() == 1


def test_an_article_read_to_the_end_stays_finished_when_the_reader_goes_back_up(
    store: Store,
) -> None:
    a = store.add_article(article()).article_id
    store.save_reading_state(a, Position(2, 10), 0.5)
    store.save_reading_state(a, Position(1, 0), 0.3)  # not finished: progress follows
    assert store.reading_state(a).progress == 0.3
    store.save_reading_state(a, Position(3, 40), 1.0)
    store.save_reading_state(a, Position(0, 0), 0.0)  # Ctrl+Home to look at the title
    state = store.reading_state(a)
    assert state.position == Position(0, 0) and state.progress == 1.0
    assert [s.id for s in store.list_articles(status="finished")] == [a]
