"""Numbered schema migrations, applied in order, each in one transaction and recorded in the
database (the shape of calibre's schema_upgrades, without its god-class).

Append a new ``Migration`` for every schema change; never edit one that has shipped: a user's
database may already have run it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "articles, blocks, images, notes, reading state, settings, search index",
        (
            """CREATE TABLE articles (
                id INTEGER PRIMARY KEY,
                title TEXT NOT NULL,
                site TEXT NOT NULL DEFAULT '',
                url TEXT NOT NULL DEFAULT '',
                author TEXT NOT NULL DEFAULT '',
                published TEXT NOT NULL DEFAULT '',
                language TEXT NOT NULL DEFAULT 'ar',
                direction TEXT NOT NULL DEFAULT 'rtl',
                imported_at TEXT NOT NULL,
                content_hash TEXT NOT NULL UNIQUE,
                word_count INTEGER NOT NULL DEFAULT 0
            )""",
            "CREATE INDEX articles_url ON articles(url) WHERE url != ''",
            """CREATE TABLE images (
                sha256 TEXT PRIMARY KEY,
                mime TEXT NOT NULL,
                width INTEGER NOT NULL DEFAULT 0,
                height INTEGER NOT NULL DEFAULT 0,
                data BLOB NOT NULL
            )""",
            """CREATE TABLE blocks (
                article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                idx INTEGER NOT NULL,
                kind TEXT NOT NULL,
                text TEXT NOT NULL,
                credit TEXT NOT NULL DEFAULT '',
                alt TEXT NOT NULL DEFAULT '',
                image TEXT REFERENCES images(sha256),
                PRIMARY KEY (article_id, idx)
            )""",
            """CREATE TABLE reading_state (
                article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
                block INTEGER NOT NULL,
                offset INTEGER NOT NULL,
                progress REAL NOT NULL,
                last_read TEXT NOT NULL
            )""",
            """CREATE TABLE bookmarks (
                id INTEGER PRIMARY KEY,
                article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                block INTEGER NOT NULL,
                offset INTEGER NOT NULL,
                name TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL
            )""",
            """CREATE TABLE highlights (
                id INTEGER PRIMARY KEY,
                article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                block INTEGER NOT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                exact TEXT NOT NULL,
                prefix TEXT NOT NULL DEFAULT '',
                suffix TEXT NOT NULL DEFAULT '',
                colour TEXT NOT NULL DEFAULT 'yellow',
                style TEXT NOT NULL DEFAULT 'background',
                note TEXT NOT NULL DEFAULT '',
                note_direction TEXT NOT NULL DEFAULT 'auto',
                note_language TEXT NOT NULL DEFAULT '',
                orphaned INTEGER NOT NULL DEFAULT 0,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            )""",
            "CREATE INDEX bookmarks_article ON bookmarks(article_id)",
            "CREATE INDEX highlights_article ON highlights(article_id)",
            """CREATE TABLE settings (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL
            )""",
            # The folded shadow of title and text; rowid = articles.id. Folding happens in Python
            # (desktop.arabic) so the index and the query agree exactly.
            """CREATE VIRTUAL TABLE article_fts USING fts5(
                title, body, tokenize = 'unicode61 remove_diacritics 0'
            )""",
        ),
    ),
    Migration(
        2,
        "bookmark anchors, folded note search text",
        (
            # A bookmark keeps the text at its place, so it follows that text through an edit
            # (desktop/notes.py); orphaned = that text is gone and the place is a guess.
            "ALTER TABLE bookmarks ADD COLUMN exact TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE bookmarks ADD COLUMN prefix TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE bookmarks ADD COLUMN suffix TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE bookmarks ADD COLUMN orphaned INTEGER NOT NULL DEFAULT 0",
            # Quote and note folded by desktop.arabic.normalize_for_search, for note search;
            # NULL = not computed yet (filled in by migration 4).
            "ALTER TABLE highlights ADD COLUMN search_text TEXT",
            # The notes window lists the newest change first; without this, 10,000 notes are
            # sorted on every search.
            "CREATE INDEX highlights_updated ON highlights(updated_at DESC, id DESC)",
            # A trigram index over search_text finds a folded substring in 10,000 notes in ~2 ms
            # (a LIKE scan takes ~14 ms). External content: the text lives once, in highlights,
            # and these triggers keep the index in step with every write, including the
            # cascade when an article is deleted.
            """CREATE VIRTUAL TABLE note_fts USING fts5(
                search_text, content = 'highlights', content_rowid = 'id', tokenize = 'trigram'
            )""",
            """CREATE TRIGGER highlights_fts_insert AFTER INSERT ON highlights BEGIN
                INSERT INTO note_fts (rowid, search_text) VALUES (new.id, new.search_text);
            END""",
            """CREATE TRIGGER highlights_fts_delete AFTER DELETE ON highlights BEGIN
                INSERT INTO note_fts (note_fts, rowid, search_text)
                VALUES ('delete', old.id, old.search_text);
            END""",
            """CREATE TRIGGER highlights_fts_update AFTER UPDATE OF search_text ON highlights
            BEGIN
                INSERT INTO note_fts (note_fts, rowid, search_text)
                VALUES ('delete', old.id, old.search_text);
                INSERT INTO note_fts (rowid, search_text) VALUES (new.id, new.search_text);
            END""",
            "INSERT INTO note_fts (note_fts) VALUES ('rebuild')",
        ),
    ),
    Migration(
        3,
        "contentless article search index",
        (
            # The index kept a second, folded copy of every article (a third of the database
            # at 10,000 articles). Contentless, it keeps only the index; snippets come from the
            # blocks anyway. Rows are written and deleted with the same folded values, built by
            # one SQL expression (store.FTS_ROW) over qari_fold(), a function the store
            # registers on every connection.
            "DROP TABLE article_fts",
            """CREATE VIRTUAL TABLE article_fts USING fts5(
                title, body, content = '', tokenize = 'unicode61 remove_diacritics 0'
            )""",
            "INSERT INTO article_fts (rowid, title, body) SELECT {FTS_ROW} FROM articles a",
        ),
    ),
    Migration(
        4,
        "folded note search text for notes written before it was kept",
        (
            # Notes from before migration 2 have no search_text: fill it in once, here, so
            # reading the notes never writes. The same value desktop.notes.search_text writes,
            # folded quote and folded note on two lines, built with the store's qari_fold();
            # the update trigger of migration 2 adds each row to note_fts.
            "UPDATE highlights SET search_text = qari_fold(exact) || char(10) || qari_fold(note) "
            "WHERE search_text IS NULL",
        ),
    ),
)
