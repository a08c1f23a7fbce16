"""The library on disk: one SQLite file, reached through sqlite-utils.

Every write runs in one transaction (``Store.transaction()``), so a crash or a kill never leaves
half an article or half a note. The database stays readable with the ``sqlite3`` or
``sqlite-utils`` CLI: plain tables, JSON only for settings values.

One ``Store`` per thread: SQLite connections are not shared across threads, so a background
worker opens its own ``Store.open(store.path)``.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from desktop import arabic
from desktop.migrations import MIGRATIONS
from desktop.model import (
    Article,
    ArticleSummary,
    Block,
    BlockKind,
    Direction,
    ImageData,
    Position,
    ReadingState,
    SearchHit,
    Snippet,
    now_iso,
)

if TYPE_CHECKING:
    import sqlite_utils

AddStatus = Literal["added", "duplicate", "updated"]
SortKey = Literal["imported", "published", "title", "last_read"]
Status = Literal["unread", "in_progress", "finished"]

log = logging.getLogger(__name__)

FINISHED_AT = 0.98  # progress from which an article counts as read to the end
SNIPPET_CONTEXT = 60  # characters of original text shown either side of the first match


# The search row of article ``a``: folded title, and the folded text, credit and alt text of
# its blocks in order. Written and deleted with this same expression: a contentless FTS5 table
# can only delete a row given exactly the values it was indexed with.
FTS_ROW = """a.id, qari_fold(a.title), (
    SELECT qari_fold(group_concat(piece, char(10))) FROM (
        SELECT trim(text || ' ' || credit || ' ' || alt) AS piece
        FROM blocks WHERE article_id = a.id ORDER BY idx
    )
)"""


class StoreError(Exception):
    """The library cannot be opened or written; the message says why and what to do (English,
    for the CLI and the log). ``kind`` names the reason for the window's own words, and
    ``path`` the file or folder concerned."""

    NOT_A_FOLDER = "not_a_folder"  # the data folder is a file, or cannot be made
    NOT_A_LIBRARY = "not_a_library"  # not an SQLite database, damaged, or a folder
    NEWER = "newer"  # written by a newer Qari
    READ_ONLY = "read_only"  # the file or its folder cannot be written
    OTHER = "other"

    def __init__(self, message: str, kind: str = OTHER, path: str | Path = "") -> None:
        super().__init__(message)
        self.kind, self.path = kind, str(path)


@dataclass(frozen=True, slots=True)
class AddResult:
    article_id: int
    status: AddStatus


class Store:
    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        self._db: sqlite_utils.Database | None = None

    @property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over the same connection, for transactions and table writes; made
        on first use. Importing sqlite-utils (numpy, click and dateutil come with it) costs
        ~80 ms, which opening the app, which only reads, need not pay. Reads go straight to
        ``conn``, which is what ``Database.execute`` does."""
        if self._db is None:
            import sqlite_utils

            # No plugins (we use none; looking for them scans every installed package), and
            # recursive_triggers is already on (see open).
            self._db = sqlite_utils.Database(
                self.conn, recursive_triggers=False, execute_plugins=False
            )
        return self._db

    # --- opening and migrating ---------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path) -> Store:
        """Open (or create) the library at ``path`` and bring its schema up to date."""
        path = Path(path)
        if path.parent.exists() and not path.parent.is_dir():
            raise StoreError(
                f"{path.parent} is a file, not a folder: choose another --data-dir.",
                StoreError.NOT_A_FOLDER,
                path.parent,
            )
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                f"Cannot create the library folder {path.parent}: {exc.strerror}.",
                StoreError.NOT_A_FOLDER,
                path.parent,
            ) from exc
        if path.is_dir():
            raise StoreError(
                f"{path} is a folder, not a library file.", StoreError.NOT_A_LIBRARY, path
            )
        if not _writable(path):
            # SQLite would open a write-protected file read-only without a word, and the
            # first saved reading place or note would fail in the middle of reading.
            raise _read_only(path)
        try:
            conn = sqlite3.connect(str(path), timeout=10)
        except sqlite3.DatabaseError as exc:
            raise _cannot_open(path, exc) from exc
        try:
            conn.create_function("qari_fold", 1, _fold_or_empty, deterministic=True)
            store = cls(conn, path)
            conn.execute("PRAGMA recursive_triggers = ON")  # as sqlite-utils sets it
            conn.execute("PRAGMA foreign_keys = ON")
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                store.db.enable_wal()
            conn.execute("PRAGMA synchronous = NORMAL")  # safe with WAL against process crashes
            store._migrate()
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise _cannot_open(path, exc) from exc
        except BaseException:  # StoreError from _migrate, or anything else: no leaked handle
            conn.close()
            raise
        return store

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction (a savepoint inside one already open). It starts IMMEDIATE,
        taking the write lock first: a plain BEGIN reads, then fails at once with "database
        is locked" when another process (the app and a CLI import, two imports) has written
        meanwhile, where waiting its turn (the 10 s timeout) would have done."""
        if self.conn.in_transaction:
            with self.db.atomic():  # a savepoint
                yield
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def schema_version(self) -> int:
        try:
            row = self.conn.execute("SELECT max(version) FROM schema_migrations").fetchone()
        except sqlite3.OperationalError as exc:
            if "no such table" in str(exc):
                return 0
            raise
        return row[0] or 0

    def _migrate(self) -> None:
        current = self.schema_version()
        latest = MIGRATIONS[-1].version
        if current > latest:
            raise StoreError(
                f"{self.path} was written by a newer Qari (schema {current}, this one knows "
                f"{latest}). Update Qari to open it.",
                StoreError.NEWER,
                self.path,
            )
        if current == latest:
            return
        with self.transaction():
            self.conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations "
                "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
            )
        for migration in MIGRATIONS:
            if migration.version <= current:
                continue
            with self.transaction():
                # Another process opening the same library may have applied it meanwhile:
                # read again, now that this transaction holds the write lock.
                if self.schema_version() >= migration.version:
                    continue
                for statement in migration.statements:
                    self.conn.execute(statement.replace("{FTS_ROW}", FTS_ROW))
                self.conn.execute(
                    "INSERT INTO schema_migrations VALUES (?, ?, ?)",
                    (migration.version, migration.name, now_iso()),
                )

    # --- articles ----------------------------------------------------------------------------

    def add_article(self, article: Article) -> AddResult:
        """Store ``article``; the same content twice is reported as a duplicate, and the same
        URL with new content updates the stored article in place (its notes keep their id)."""
        with self.transaction():
            row = self.conn.execute(
                "SELECT id FROM articles WHERE content_hash = ?", (article.content_hash,)
            ).fetchone()
            if row:
                return AddResult(row[0], "duplicate")
            existing = None
            if article.url:
                existing = self.conn.execute(
                    "SELECT id FROM articles WHERE url = ? AND url != '' ORDER BY id LIMIT 1",
                    (article.url,),
                ).fetchone()
            self._store_images(article.images.values())
            values = {
                "title": article.title,
                "site": article.site,
                "url": article.url,
                "author": article.author,
                "published": article.published,
                "language": article.language,
                "direction": str(article.direction),
                "imported_at": article.imported_at or now_iso(),
                "content_hash": article.content_hash,
                "word_count": article.word_count(),
            }
            old_texts: list[str] = []
            if existing:
                article_id = existing[0]
                old_texts = self.block_texts(article_id)
                self._unindex(article_id)
                self.db["articles"].update(article_id, values)
                self.conn.execute("DELETE FROM blocks WHERE article_id = ?", (article_id,))
                status: AddStatus = "updated"
            else:
                article_id = self.db["articles"].insert(values).last_pk
                status = "added"
            # plain executemany: sqlite-utils' insert_all spent more time building the query
            # than SQLite spent inserting (a third of the import time of 10,000 articles)
            self.conn.executemany(
                "INSERT INTO blocks (article_id, idx, kind, text, credit, alt, image) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        article_id,
                        i,
                        str(b.kind),
                        b.text,
                        b.credit,
                        b.alt,
                        b.image if b.image and self._has_image(b.image) else None,
                    )
                    for i, b in enumerate(article.blocks)
                ],
            )
            self.conn.execute(
                f"INSERT INTO article_fts (rowid, title, body) SELECT {FTS_ROW} "
                "FROM articles a WHERE a.id = ?",
                (article_id,),
            )
            if status == "updated":
                # the old blocks are gone: so are images only they used
                self._drop_unused_images()
                # the text changed under its notes: move each to where its quote now is, in
                # the same transaction, or keep it marked orphaned
                from desktop.notes import Notes  # notes build on the store, not the reverse

                Notes(self).reanchor_article(article_id)
                self._follow_reading_position(article_id, old_texts, article)
        return AddResult(article_id, status)

    def block_texts(self, article_id: int) -> list[str]:
        """The text of each block of the article, in order (empty for an unknown article)."""
        return [
            row[0]
            for row in self.conn.execute(
                "SELECT text FROM blocks WHERE article_id = ? ORDER BY idx", (article_id,)
            )
        ]

    def _follow_reading_position(self, article_id: int, old: list[str], article: Article) -> None:
        """After an update the reading place follows its text, as notes do: a paragraph
        added at the top must not leave the reader two paragraphs back."""
        state = self.reading_state(article_id)
        if state is None:
            return
        from desktop.anchoring import follow_position

        new = [b.text for b in article.blocks]
        block, offset = follow_position(old, state.position.block, state.position.offset, new)
        self.conn.execute(
            "UPDATE reading_state SET block = ?, offset = ? WHERE article_id = ?",
            (block, offset, article_id),
        )

    def _unindex(self, article_id: int) -> None:
        """Take an article out of the search index (before its text changes or goes)."""
        self.conn.execute(
            "INSERT INTO article_fts (article_fts, rowid, title, body) "
            f"SELECT 'delete', {FTS_ROW} FROM articles a WHERE a.id = ?",
            (article_id,),
        )

    def _store_images(self, images: Iterable[ImageData]) -> None:
        rows = [
            {
                "sha256": i.sha256,
                "mime": i.mime,
                "width": i.width,
                "height": i.height,
                "data": i.data,
            }
            for i in images
        ]
        if rows:
            self.db["images"].insert_all(rows, ignore=True)

    def _has_image(self, sha256: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM images WHERE sha256 = ?", (sha256,)).fetchone()
        return row is not None

    def get_article(self, article_id: int) -> Article:
        row = self.conn.execute(
            "SELECT id, title, site, url, author, published, language, direction, imported_at, "
            "content_hash FROM articles WHERE id = ?",
            (article_id,),
        ).fetchone()
        if row is None:
            raise KeyError(f"No article {article_id} in the library.")
        blocks = [
            Block(BlockKind(kind), text, credit, alt, image)
            for kind, text, credit, alt, image in self.conn.execute(
                "SELECT kind, text, credit, alt, image FROM blocks WHERE article_id = ? "
                "ORDER BY idx",
                (article_id,),
            )
        ]
        return Article(
            id=row[0],
            title=row[1],
            site=row[2],
            url=row[3],
            author=row[4],
            published=row[5],
            language=row[6],
            direction=Direction(row[7]),
            imported_at=row[8],
            content_hash=row[9],
            blocks=blocks,
        )

    def get_image(self, sha256: str) -> ImageData | None:
        row = self.conn.execute(
            "SELECT sha256, mime, data, width, height FROM images WHERE sha256 = ?", (sha256,)
        ).fetchone()
        return ImageData(*row) if row else None

    def count_articles(self) -> int:
        return self.conn.execute("SELECT count(*) FROM articles").fetchone()[0]

    def delete_article(self, article_id: int) -> None:
        """Delete an article with its blocks, notes and reading state, and images no other
        article uses. The UI asks first when the article has notes."""
        with self.transaction():
            self._unindex(article_id)
            self.conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
            self._drop_unused_images()

    def _drop_unused_images(self) -> None:
        """Delete the images no block points at any more (after an article's blocks were
        deleted or replaced), inside the caller's transaction."""
        self.conn.execute(
            "DELETE FROM images WHERE sha256 NOT IN "
            "(SELECT image FROM blocks WHERE image IS NOT NULL)"
        )

    def note_count(self, article_id: int) -> int:
        return self.conn.execute(
            "SELECT (SELECT count(*) FROM highlights WHERE article_id = :a)"
            " + (SELECT count(*) FROM bookmarks WHERE article_id = :a)",
            {"a": article_id},
        ).fetchone()[0]

    _SUMMARY_SQL = """
        SELECT a.id, a.title, a.site, a.published, a.imported_at, a.language, a.direction,
               a.word_count, coalesce(r.progress, 0.0), coalesce(r.last_read, ''),
               (SELECT count(*) FROM highlights h WHERE h.article_id = a.id)
               + (SELECT count(*) FROM bookmarks b WHERE b.article_id = a.id)
        FROM articles a LEFT JOIN reading_state r ON r.article_id = a.id
    """
    _ORDER = {
        "imported": "a.imported_at DESC, a.id DESC",
        "published": "a.published DESC, a.id DESC",
        "title": "a.title COLLATE NOCASE, a.id",
        "last_read": "coalesce(r.last_read, '') DESC, a.imported_at DESC, a.id DESC",
    }
    _STATUS = {
        "unread": "coalesce(r.progress, 0.0) = 0.0",
        "in_progress": f"r.progress > 0.0 AND r.progress < {FINISHED_AT}",
        "finished": f"r.progress >= {FINISHED_AT}",
    }

    def list_articles(
        self, sort: SortKey = "imported", status: Status | None = None
    ) -> list[ArticleSummary]:
        if sort not in self._ORDER:
            raise ValueError(f"Unknown sort {sort!r}; use one of {', '.join(self._ORDER)}.")
        where = f"WHERE {self._STATUS[status]}" if status else ""
        sql = f"{self._SUMMARY_SQL} {where} ORDER BY {self._ORDER[sort]}"
        return [_summary(row) for row in self.conn.execute(sql)]

    def summary(self, article_id: int) -> ArticleSummary:
        row = self.conn.execute(f"{self._SUMMARY_SQL} WHERE a.id = ?", (article_id,)).fetchone()
        if row is None:
            raise KeyError(f"No article {article_id} in the library.")
        return _summary(row)

    # --- search ------------------------------------------------------------------------------

    def search(self, query: str, limit: int = 50, status: Status | None = None) -> list[SearchHit]:
        """Articles matching every word of ``query`` (each as a word prefix), best first, with
        a snippet of the original text and the matches marked; ``status`` keeps only unread,
        in-progress or finished ones (before the limit, so none of them is crowded out)."""
        match = fts_query(query)
        if not match:
            return []
        where = f"AND {self._STATUS[status]}" if status else ""
        ids = [
            row[0]
            for row in self.conn.execute(
                "SELECT f.rowid FROM article_fts f "
                "LEFT JOIN reading_state r ON r.article_id = f.rowid "
                f"WHERE article_fts MATCH ? {where} "
                "ORDER BY bm25(article_fts, 5.0, 1.0) LIMIT ?",
                (match, limit),
            )
        ]
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        summaries = {
            s.id: s
            for s in map(
                _summary, self.conn.execute(f"{self._SUMMARY_SQL} WHERE a.id IN ({marks})", ids)
            )
        }
        pattern = arabic.search_pattern(query)
        # Each article's blocks are read only up to the first match: a long article that
        # matches early costs one block, not all of its text.
        blocks = "SELECT text FROM blocks WHERE article_id = ? ORDER BY idx"
        return [
            SearchHit(
                summaries[i],
                make_snippet(
                    (row[0] for row in self.conn.execute(blocks, (i,))),
                    summaries[i].title,
                    pattern,
                ),
            )
            for i in ids
        ]

    # --- reading state -----------------------------------------------------------------------

    def reading_state(self, article_id: int) -> ReadingState | None:
        row = self.conn.execute(
            "SELECT block, offset, progress, last_read FROM reading_state WHERE article_id = ?",
            (article_id,),
        ).fetchone()
        if row is None:
            return None
        return ReadingState(article_id, Position(row[0], row[1]), row[2], row[3])

    def save_reading_state(self, article_id: int, position: Position, progress: float) -> None:
        """The place and how far the article has been read. An article read to the end stays
        finished when the reader goes back up to look at something (it left the "finished"
        filter and showed as unread after a Ctrl+Home to the title)."""
        progress = min(1.0, max(0.0, progress))
        with self.transaction():
            self.conn.execute(
                "INSERT INTO reading_state (article_id, block, offset, progress, last_read) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(article_id) DO UPDATE SET "
                "block = excluded.block, offset = excluded.offset, "
                "progress = CASE WHEN reading_state.progress >= ? "
                "THEN max(reading_state.progress, excluded.progress) "
                "ELSE excluded.progress END, last_read = excluded.last_read",
                (article_id, position.block, position.offset, progress, now_iso(), FINISHED_AT),
            )

    # --- settings ----------------------------------------------------------------------------

    def get_setting(self, key: str, default: Any = None) -> Any:
        """The stored value, or ``default`` when there is none or it is not JSON (the README
        shows the table is plain SQL: a value typed by hand without its quotes must not stop
        the app from opening). The caller still checks the value's type."""
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        if row is None:
            return default
        try:
            return json.loads(row[0])
        except (ValueError, TypeError):
            log.warning("setting %s is not JSON (%r): using the default", key, row[0])
            return default

    def set_setting(self, key: str, value: Any) -> None:
        """Store ``value`` as JSON. A value equal to the stored one is not written: the window
        re-saves settings that rarely change (the article opened at start-up, the theme), and
        a write costs a transaction and a WAL frame."""
        text = json.dumps(value, ensure_ascii=False)
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        if row is not None and row[0] == text:
            return
        with self.transaction():
            self.conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, text),
            )


def _cannot_open(path: Path, exc: sqlite3.DatabaseError) -> StoreError:
    if "not a database" in str(exc) or "malformed" in str(exc):
        return StoreError(
            f"{path} is not a Qari library (not an SQLite database, or damaged). "
            "Nothing was changed; move the file away or choose another --data-dir.",
            StoreError.NOT_A_LIBRARY,
            path,
        )
    if "readonly" in str(exc):  # made read-only after open's check, or a read-only mount
        return _read_only(path)
    return StoreError(f"Cannot open the library {path}: {exc}.", StoreError.OTHER, path)


def _read_only(path: Path) -> StoreError:
    return StoreError(
        f"{path} can only be read (the file or its folder is read-only), and Qari writes to "
        "its library as you read. Nothing was changed; copy it to a folder you can write to, "
        "or choose another --data-dir.",
        StoreError.READ_ONLY,
        path,
    )


def _writable(path: Path) -> bool:
    """Whether the library file (when there) and its folder can be written: SQLite's WAL mode
    makes its -wal and -shm files beside it, and says only "unable to open" when it cannot."""
    return os.access(path.parent, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


def _summary(row: tuple) -> ArticleSummary:
    return ArticleSummary(
        id=row[0],
        title=row[1],
        site=row[2],
        published=row[3],
        imported_at=row[4],
        language=row[5],
        direction=Direction(row[6]),
        word_count=row[7],
        progress=row[8],
        last_read=row[9],
        note_count=row[10],
    )


def _fold_or_empty(text: str | None) -> str:
    return arabic.normalize_for_search(text) if text else ""


def fts_query(query: str) -> str:
    """The FTS5 query for a user's words: each folded word required, as a prefix of an indexed
    word, in any of its spellings (``arabic.search_terms``: «مسئول» or «مسؤول») and forms
    (``arabic.word_forms``: with «ال», «و», «ب» … before it).

    Quoting each token keeps FTS5 syntax (AND, NEAR, *, ", :) in user input from being
    interpreted, so no query can raise a syntax error.
    """
    groups = []
    for spellings in arabic.search_terms(query):
        forms = dict.fromkeys(form for s in spellings for form in arabic.word_forms(s))
        groups.append("(" + " OR ".join(f'"{form}"*' for form in forms) + ")")
    return " AND ".join(groups)


def make_snippet(texts: Iterable[str], title: str, pattern: re.Pattern[str] | None) -> Snippet:
    """A window of original text around the first match, with every match in it marked;
    ``texts`` (the blocks, in order) is read only up to that match. With no match in the blocks
    or the title: the start of the first block."""
    first = None
    for text in texts:
        first = text if first is None else first
        snippet = _snippet_at(text, pattern)
        if snippet is not None:
            return snippet
    return _snippet_at(title, pattern) or Snippet((first or "")[: 2 * SNIPPET_CONTEXT], ())


def _snippet_at(text: str, pattern: re.Pattern[str] | None) -> Snippet | None:
    found = pattern.search(text) if pattern else None
    if not found:
        return None
    start = max(0, found.start() - SNIPPET_CONTEXT)
    end = min(len(text), found.end() + SNIPPET_CONTEXT)
    # widen to whole words so the snippet does not start or end mid-word
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    window = text[start:end]
    marks = tuple((m.start(), m.end()) for m in pattern.finditer(window) if m.end() > m.start())
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    shift = len(prefix)
    return Snippet(prefix + window + suffix, tuple((s + shift, e + shift) for s, e in marks))
