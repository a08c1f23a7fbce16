"""Bookmarks and highlighted quotes with notes: stored, listed, searched and re-anchored.

Qt-free, so the CLI, the exporters and tests use the same code as the window. Every write is one
``Store.transaction()``: a kill or a crash leaves each note either fully saved or not there.
A transaction nests as a savepoint, so these methods are safe inside a caller's transaction (the
store calls ``reanchor_article`` while it replaces an article's blocks).

Search folds Arabic spellings the same way as article search (``normalize_for_search``) and
matches every query word as a substring of the folded quote or note, so «المدينة» also finds
«والمدينة». The folded text is kept in ``highlights.search_text`` (migration 2), written with
the note, and indexed by the trigram FTS5 table ``note_fts`` that triggers keep in step; a row
written by an older Qari (NULL) is filled in by migration 4, so reading notes never writes.

Bookmarks keep the text right after them (or before them, at the end of a block) as their
anchor, so they follow their place through an edit like a highlight does.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from desktop import arabic
from desktop.anchoring import CONTEXT, make_quote, reanchor
from desktop.model import Bookmark, Direction, Highlight, Position, TextQuote, now_iso

COLOURS = ("yellow", "green", "blue", "pink", "orange")  # same names as desktop.ui.themes
STYLES = ("background", "underline")  # underline marks a quote without relying on colour
#: Files notes are exported to and imported from (written and read by desktop.notes_export;
#: named here so the CLI can offer them without loading the exporter at every start).
EXPORT_FORMATS = ("md", "html", "json", "csv")
IMPORT_FORMATS = ("json", "csv")
TRIGRAM = 3  # query words this long use the trigram index; shorter ones a LIKE scan
BOOKMARK_TOLERANCE = 40  # code points: Ctrl+D this close to a bookmark removes it


@dataclass(slots=True)
class BookmarkEntry(Bookmark):
    """A bookmark with its anchor: the text at its place, and whether that text was lost."""

    anchor: TextQuote | None = None
    orphaned: bool = False


@dataclass(frozen=True, slots=True)
class NoteEntry:
    """A highlight with the article it belongs to (for the library-wide view and exports)."""

    highlight: Highlight
    article_title: str
    article_site: str = ""
    article_url: str = ""
    article_published: str = ""
    article_language: str = "ar"
    article_direction: Direction = Direction.RTL
    article_hash: str = ""


@dataclass(frozen=True, slots=True)
class ReanchorReport:
    unchanged: int = 0
    moved: int = 0
    orphaned: int = 0  # newly orphaned or still orphaned
    recovered: int = 0  # orphans whose quote came back


def fold(text: str) -> str:
    return arabic.normalize_for_search(text)


def search_text(exact: str, note: str) -> str:
    """What ``highlights.search_text`` holds (migration 4 writes the same in SQL)."""
    return f"{fold(exact)}\n{fold(note)}"


def _any_of(spellings: tuple[str, ...]) -> str:
    """An FTS5 group matching any of a word's spellings, each quoted so the user's text is
    never read as query syntax."""
    return "(" + " OR ".join('"' + s.replace('"', '""') + '"' for s in spellings) + ")"


def _like_words(words: list[str]) -> list[str]:
    escaped = (w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") for w in words)
    return [f"%{w}%" for w in escaped]


_HL_COLUMNS = (
    'h.id, h.article_id, h.block, h.start, h."end", h.exact, h.prefix, h.suffix, h.colour, '
    "h.style, h.note, h.note_direction, h.note_language, h.orphaned, h.created_at, h.updated_at"
)
_BM_COLUMNS = "id, article_id, block, offset, name, created_at, exact, prefix, suffix, orphaned"
_NEWEST_FIRST = "ORDER BY h.updated_at DESC, h.id DESC"  # index highlights_updated
_DIRECTIONS = {str(d): d for d in Direction}  # a dict lookup: 10,000 enum calls cost 10 ms
_ARTICLE_COLUMNS = "a.title, a.site, a.url, a.published, a.language, a.direction, a.content_hash"


def _highlight(row: Sequence[Any]) -> Highlight:
    return Highlight(
        id=row[0],
        article_id=row[1],
        quote=TextQuote(row[2], row[3], row[4], row[5], row[6], row[7]),
        colour=row[8],
        style=row[9],
        note=row[10],
        note_direction=_DIRECTIONS.get(row[11], Direction.AUTO),
        note_language=row[12],
        orphaned=bool(row[13]),
        created_at=row[14],
        updated_at=row[15],
    )


def _entry(row: Sequence[Any]) -> NoteEntry:
    a = row[16:]
    return NoteEntry(
        _highlight(row), a[0], a[1], a[2], a[3], a[4], _DIRECTIONS.get(a[5], Direction.RTL), a[6]
    )


class Notes:
    def __init__(self, store) -> None:
        self.store = store
        self.conn = store.conn  # reads; writes go through ``db`` for its transactions

    @property
    def db(self):
        """The store's sqlite-utils database, made when first needed (see ``Store.db``)."""
        return self.store.db

    # --- article text ------------------------------------------------------------------------

    def block_texts(self, article_id: int) -> list[str]:
        texts = self.store.block_texts(article_id)
        if not texts and not self.article_exists(article_id):
            raise KeyError(f"No article {article_id} in the library.")
        return texts

    def article_exists(self, article_id: int) -> bool:
        """Whether the library has this article (the CLI checks ``--article`` with it)."""
        row = self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row is not None

    # --- bookmarks ---------------------------------------------------------------------------

    def add_bookmark(self, article_id: int, position: Position, name: str = "") -> BookmarkEntry:
        with self.store.transaction():
            position, anchor = _bookmark_anchor(self.block_texts(article_id), position)
            return self._insert_bookmark(
                BookmarkEntry(article_id, position, name.strip(), now_iso(), None, anchor)
            )

    def bookmarks(self, article_id: int) -> list[BookmarkEntry]:
        rows = self.conn.execute(
            f"SELECT {_BM_COLUMNS} FROM bookmarks WHERE article_id = ? ORDER BY block, offset, id",
            (article_id,),
        ).fetchall()
        return [_bookmark(r) for r in rows]

    def get_bookmark(self, bookmark_id: int) -> BookmarkEntry:
        row = self.conn.execute(
            f"SELECT {_BM_COLUMNS} FROM bookmarks WHERE id = ?", (bookmark_id,)
        ).fetchone()
        if row is None:
            raise KeyError(f"No bookmark {bookmark_id}.")
        return _bookmark(row)

    def bookmark_near(
        self, article_id: int, position: Position, tolerance: int = BOOKMARK_TOLERANCE
    ) -> BookmarkEntry | None:
        """The bookmark at (or within ``tolerance`` code points of) ``position`` in its block."""
        near = [
            b
            for b in self.bookmarks(article_id)
            if b.position.block == position.block
            and abs(b.position.offset - position.offset) <= tolerance
        ]
        return min(near, key=lambda b: abs(b.position.offset - position.offset), default=None)

    def toggle_bookmark(
        self, article_id: int, position: Position, name: str = ""
    ) -> tuple[str, BookmarkEntry]:
        """Ctrl+D: remove the bookmark here if there is one, else add one.

        Returns ("added" | "removed", the bookmark), so the caller can announce it and offer
        undo (``restore_bookmark``).
        """
        with self.store.transaction():
            existing = self.bookmark_near(article_id, position)
            if existing is not None:
                self.delete_bookmark(existing.id)
                return "removed", existing
            return "added", self.add_bookmark(article_id, position, name)

    def rename_bookmark(self, bookmark_id: int, name: str) -> BookmarkEntry:
        with self.store.transaction():
            cursor = self.conn.execute(
                "UPDATE bookmarks SET name = ? WHERE id = ?", (name.strip(), bookmark_id)
            )
            if cursor.rowcount == 0:
                raise KeyError(f"No bookmark {bookmark_id}.")
        return self.get_bookmark(bookmark_id)

    def delete_bookmark(self, bookmark_id: int) -> BookmarkEntry:
        """Delete and return the bookmark, which ``restore_bookmark`` can put back (undo)."""
        with self.store.transaction():
            bookmark = self.get_bookmark(bookmark_id)
            self.conn.execute("DELETE FROM bookmarks WHERE id = ?", (bookmark_id,))
        return bookmark

    def import_bookmark(self, bookmark: Bookmark) -> BookmarkEntry:
        """Store a bookmark made elsewhere (an import or an undo), keeping its id when that id
        is free, and anchor it against the article's text here."""
        with self.store.transaction():
            stored = self._insert_bookmark(bookmark)
            self._reanchor_bookmark(stored, self.block_texts(stored.article_id))
        return self.get_bookmark(stored.id)

    restore_bookmark = import_bookmark  # undo of a delete puts the same bookmark back

    def _insert_bookmark(self, bookmark: Bookmark) -> BookmarkEntry:
        anchor = getattr(bookmark, "anchor", None)
        orphaned = bool(getattr(bookmark, "orphaned", False))
        with self.store.transaction():
            free = (
                bookmark.id is not None
                and not self.conn.execute(
                    "SELECT 1 FROM bookmarks WHERE id = ?", (bookmark.id,)
                ).fetchone()
            )
            cursor = self.conn.execute(
                f"INSERT INTO bookmarks ({_BM_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    bookmark.id if free else None,
                    bookmark.article_id,
                    bookmark.position.block,
                    bookmark.position.offset,
                    bookmark.name,
                    bookmark.created_at or now_iso(),
                    *_anchor_fields(anchor),
                    int(orphaned),
                ),
            )
        return self.get_bookmark(cursor.lastrowid)

    # --- highlights --------------------------------------------------------------------------

    def add_highlight(
        self,
        article_id: int,
        block: int,
        start: int,
        end: int,
        colour: str = "yellow",
        style: str = "background",
        note: str = "",
        note_direction: Direction = Direction.AUTO,
        note_language: str = "",
    ) -> Highlight:
        """Highlight ``[start, end)`` of a block of the article as it is stored now."""
        _check_look(colour, style)
        with self.store.transaction():
            texts = self.block_texts(article_id)
            if not 0 <= block < len(texts):
                raise ValueError(f"Block {block} is outside the article ({len(texts)} blocks).")
            quote = make_quote(texts, block, start, end)
            if not quote.exact.strip():
                raise ValueError("Nothing to highlight: the selected text is empty.")
            stamp = now_iso()
            highlight = Highlight(
                article_id=article_id,
                quote=quote,
                colour=colour,
                style=style,
                note=note,
                note_direction=Direction(note_direction),
                note_language=note_language or (arabic.guess_language(note) if note else ""),
                created_at=stamp,
                updated_at=stamp,
            )
            return self._insert_highlight(highlight)

    def _insert_highlight(self, h: Highlight, keep_id: bool = False) -> Highlight:
        q = h.quote
        cursor = self.conn.execute(
            'INSERT INTO highlights (id, article_id, block, start, "end", exact, prefix, suffix, '
            "colour, style, note, note_direction, note_language, orphaned, created_at, "
            "updated_at, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                h.id if keep_id else None,
                h.article_id,
                q.block,
                q.start,
                q.end,
                q.exact,
                q.prefix,
                q.suffix,
                h.colour,
                h.style,
                h.note,
                str(h.note_direction),
                h.note_language,
                int(h.orphaned),
                h.created_at,
                h.updated_at,
                search_text(q.exact, h.note),
            ),
        )
        return replace(h, id=cursor.lastrowid)

    def import_highlight(self, h: Highlight) -> Highlight:
        """Store a highlight made elsewhere (an import or an undo) as it is, then anchor it
        against the article's text here: it keeps its id when that id is free."""
        _check_look(h.colour, h.style)
        with self.store.transaction():
            texts = self.block_texts(h.article_id)
            keep = (
                h.id is not None
                and not self.conn.execute(
                    "SELECT 1 FROM highlights WHERE id = ?", (h.id,)
                ).fetchone()
            )
            stored = self._insert_highlight(
                replace(
                    h,
                    created_at=h.created_at or now_iso(),
                    updated_at=h.updated_at or h.created_at or now_iso(),
                ),
                keep_id=keep,
            )
            self._reanchor_highlight(stored, texts)
        return self.get_highlight(stored.id)

    restore_highlight = import_highlight  # undo of a delete puts the same note back

    def get_highlight(self, highlight_id: int) -> Highlight:
        row = self.conn.execute(
            f"SELECT {_HL_COLUMNS} FROM highlights h WHERE h.id = ?", (highlight_id,)
        ).fetchone()
        if row is None:
            raise KeyError(f"No highlight {highlight_id}.")
        return _highlight(row)

    def update_highlight(
        self,
        highlight_id: int,
        *,
        colour: str | None = None,
        style: str | None = None,
        note: str | None = None,
        note_direction: Direction | None = None,
        note_language: str | None = None,
    ) -> Highlight:
        """Change the look or the note. A changed note without a language gets a new guess."""
        with self.store.transaction():
            old = self.get_highlight(highlight_id)
            new = replace(
                old,
                colour=old.colour if colour is None else colour,
                style=old.style if style is None else style,
                note=old.note if note is None else note,
                note_direction=old.note_direction
                if note_direction is None
                else Direction(note_direction),
            )
            _check_look(new.colour, new.style)
            if note_language is not None:
                new.note_language = note_language
            elif note is not None and note != old.note:
                new.note_language = arabic.guess_language(note) if note.strip() else ""
            if new == old:
                return old
            new.updated_at = now_iso()
            self.conn.execute(
                "UPDATE highlights SET colour = ?, style = ?, note = ?, note_direction = ?, "
                "note_language = ?, updated_at = ?, search_text = ? WHERE id = ?",
                (
                    new.colour,
                    new.style,
                    new.note,
                    str(new.note_direction),
                    new.note_language,
                    new.updated_at,
                    search_text(new.quote.exact, new.note),
                    highlight_id,
                ),
            )
        return new

    def delete_highlight(self, highlight_id: int) -> Highlight:
        """Delete and return the highlight, which ``restore_highlight`` can put back (undo)."""
        with self.store.transaction():
            old = self.get_highlight(highlight_id)
            self.conn.execute("DELETE FROM highlights WHERE id = ?", (highlight_id,))
        return old

    def highlights(self, article_id: int) -> list[Highlight]:
        """An article's highlights in reading order; orphans (no place any more) last."""
        rows = self.conn.execute(
            f"SELECT {_HL_COLUMNS} FROM highlights h WHERE h.article_id = ? "
            "ORDER BY h.orphaned, h.block, h.start, h.id",
            (article_id,),
        ).fetchall()
        return [_highlight(r) for r in rows]

    def highlights_at(self, article_id: int, position: Position) -> list[Highlight]:
        """Highlights covering ``position`` (the caret), innermost first."""
        found = [
            h
            for h in self.highlights(article_id)
            if not h.orphaned
            and h.quote.block == position.block
            and h.quote.start <= position.offset <= h.quote.end
        ]
        return sorted(found, key=lambda h: h.quote.end - h.quote.start)

    # --- library-wide ------------------------------------------------------------------------

    def list_notes(
        self,
        query: str = "",
        *,
        article_id: int | None = None,
        colour: str | None = None,
        orphaned: bool | None = None,
        with_note: bool | None = None,
        limit: int | None = None,
    ) -> list[NoteEntry]:
        """Highlights across the library with their articles, newest change first.

        ``query`` matches every folded word in the quote or the note.
        """
        where, params = self._where(query, article_id, colour, orphaned, with_note)
        sql = (
            f"SELECT {_HL_COLUMNS}, {_ARTICLE_COLUMNS} FROM highlights h "
            f"JOIN articles a ON a.id = h.article_id {where} {_NEWEST_FIRST}"
        )
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [_entry(r) for r in self.conn.execute(sql, params)]

    def note_ids(
        self,
        query: str = "",
        *,
        article_id: int | None = None,
        colour: str | None = None,
        orphaned: bool | None = None,
        with_note: bool | None = None,
    ) -> list[int]:
        """The ids ``list_notes`` would return, in its order: a view of 10,000 notes loads
        these and fetches rows as they scroll into sight (``entries``)."""
        where, params = self._where(query, article_id, colour, orphaned, with_note)
        sql = f"SELECT h.id FROM highlights h {where} {_NEWEST_FIRST}"
        return [r[0] for r in self.conn.execute(sql, params)]

    def entries(self, highlight_ids: Sequence[int]) -> dict[int, NoteEntry]:
        """The notes with these ids (missing ones left out), with their articles."""
        out: dict[int, NoteEntry] = {}
        ids = list(highlight_ids)
        for i in range(0, len(ids), 500):  # SQLite caps bound parameters per statement
            chunk = ids[i : i + 500]
            sql = (
                f"SELECT {_HL_COLUMNS}, {_ARTICLE_COLUMNS} FROM highlights h "
                f"JOIN articles a ON a.id = h.article_id WHERE h.id IN "
                f"({','.join('?' * len(chunk))})"
            )
            out.update((row[0], _entry(row)) for row in self.conn.execute(sql, chunk))
        return out

    def _where(
        self,
        query: str,
        article_id: int | None,
        colour: str | None,
        orphaned: bool | None,
        with_note: bool | None,
    ) -> tuple[str, list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        terms = arabic.query_words(query)  # each word in its hamza spellings
        long_terms = [t for t in terms if min(map(len, t)) >= TRIGRAM]
        if long_terms:  # the trigram index: every word as a substring
            where.append("h.id IN (SELECT rowid FROM note_fts WHERE note_fts MATCH ?)")
            params.append(" AND ".join(_any_of(t) for t in long_terms))
        for term in terms:
            if term not in long_terms:  # too short for a trigram: a scan
                where.append(
                    "(" + " OR ".join(["h.search_text LIKE ? ESCAPE '\\'"] * len(term)) + ")"
                )
                params += _like_words(list(term))
        if article_id is not None:
            where.append("h.article_id = ?")
            params.append(article_id)
        if colour:
            where.append("h.colour = ?")
            params.append(colour)
        if orphaned is not None:
            where.append("h.orphaned = ?")
            params.append(int(orphaned))
        if with_note is not None:
            where.append("h.note != ''" if with_note else "h.note = ''")
        return ("WHERE " + " AND ".join(where) if where else ""), params

    def search(self, query: str, **filters: Any) -> list[NoteEntry]:
        """Notes whose quote or note contains every word of ``query`` (Arabic-folded)."""
        if not fold(query).split():
            return []
        return self.list_notes(query, **filters)

    def count(self, article_id: int | None = None) -> int:
        """Highlights and bookmarks (of one article, or of the library)."""
        if article_id is None:
            return self.conn.execute(
                "SELECT (SELECT count(*) FROM highlights) + (SELECT count(*) FROM bookmarks)"
            ).fetchone()[0]
        return self.store.note_count(article_id)

    def articles_with_notes(self) -> list[tuple[int, str, int]]:
        """(article id, title, number of highlights) for the view's article filter."""
        return [
            tuple(r)
            for r in self.conn.execute(
                "SELECT a.id, a.title, count(*) FROM highlights h "
                "JOIN articles a ON a.id = h.article_id GROUP BY a.id ORDER BY a.title"
            )
        ]

    # --- re-anchoring ------------------------------------------------------------------------

    def reanchor_article(self, article_id: int) -> ReanchorReport:
        """Find every note of the article in its current text; mark the lost ones orphaned.

        Called after the article's blocks changed (a re-import, an edit). Nothing is deleted:
        an orphan keeps its quote and note, and is found again if its text comes back.
        """
        counts = {"unchanged": 0, "moved": 0, "orphaned": 0, "recovered": 0}
        with self.store.transaction():
            texts = self.block_texts(article_id)
            for h in self.highlights(article_id):
                counts[self._reanchor_highlight(h, texts)] += 1
            for b in self.bookmarks(article_id):
                counts[self._reanchor_bookmark(b, texts)] += 1
        return ReanchorReport(**counts)

    def _reanchor_highlight(self, h: Highlight, texts: list[str]) -> str:
        found = reanchor(h.quote, texts)
        if found is None:
            if not h.orphaned:
                self.conn.execute("UPDATE highlights SET orphaned = 1 WHERE id = ?", (h.id,))
            return "orphaned"
        if found == h.quote and not h.orphaned:
            return "unchanged"
        self.conn.execute(
            'UPDATE highlights SET block = ?, start = ?, "end" = ?, exact = ?, prefix = ?, '
            "suffix = ?, orphaned = 0, search_text = ? WHERE id = ?",
            (
                found.block,
                found.start,
                found.end,
                found.exact,
                found.prefix,
                found.suffix,
                search_text(found.exact, h.note),
                h.id,
            ),
        )
        return "recovered" if h.orphaned else "moved"

    def _reanchor_bookmark(self, b: BookmarkEntry, texts: list[str]) -> str:
        position: Position | None = None
        if b.anchor is not None and b.anchor.exact:
            found = reanchor(b.anchor, texts)
            if found is not None:
                position = Position(found.block, found.start)
        elif b.anchor is not None and b.anchor.prefix:
            # Made at the end of a block: the text before it is the anchor.
            before = TextQuote(
                b.position.block,
                b.position.offset - len(b.anchor.prefix),
                b.position.offset,
                b.anchor.prefix,
            )
            found = reanchor(before, texts)
            if found is not None:
                position = Position(found.block, found.end)
        else:  # an empty block: nothing to lose, keep the place
            position = b.position
        if position is None:
            if b.orphaned:
                return "orphaned"
            # Keep it at its old place (clamped) so it can still be opened, marked orphaned.
            clamped = _clamp(texts, b.position)
            self.conn.execute(
                "UPDATE bookmarks SET block = ?, offset = ?, orphaned = 1 WHERE id = ?",
                (clamped.block, clamped.offset, b.id),
            )
            return "orphaned"
        position, anchor = _bookmark_anchor(texts, position)
        if position == b.position and anchor == b.anchor and not b.orphaned:
            return "unchanged"
        self.conn.execute(
            "UPDATE bookmarks SET block = ?, offset = ?, exact = ?, prefix = ?, suffix = ?, "
            "orphaned = 0 WHERE id = ?",
            (
                position.block,
                position.offset,
                *_anchor_fields(anchor),
                b.id,
            ),
        )
        return "recovered" if b.orphaned else "moved"

    # --- bulk --------------------------------------------------------------------------------

    def all_bookmarks(self, article_ids: Iterable[int] | None = None) -> list[BookmarkEntry]:
        sql = f"SELECT {_BM_COLUMNS} FROM bookmarks"
        params: list[int] = []
        if article_ids is not None:
            params = list(article_ids)
            sql += f" WHERE article_id IN ({','.join('?' * len(params))})"
        sql += " ORDER BY article_id, block, offset, id"
        return [_bookmark(r) for r in self.conn.execute(sql, params)]


def _check_look(colour: str, style: str) -> None:
    if colour not in COLOURS:
        raise ValueError(f"Unknown colour {colour!r}; use one of {', '.join(COLOURS)}.")
    if style not in STYLES:
        raise ValueError(f"Unknown style {style!r}; use one of {', '.join(STYLES)}.")


def _clamp(texts: Sequence[str], position: Position) -> Position:
    if not texts:
        return Position(0, 0)
    block = max(0, min(position.block, len(texts) - 1))
    return Position(block, max(0, min(position.offset, len(texts[block]))))


def _bookmark_anchor(texts: Sequence[str], position: Position) -> tuple[Position, TextQuote | None]:
    """The clamped position and the text that anchors it (None in an empty article)."""
    if not texts:
        return Position(0, 0), None
    position = _clamp(texts, position)
    quote = make_quote(texts, position.block, position.offset, position.offset + CONTEXT)
    return position, quote


def _anchor_fields(anchor: TextQuote | None) -> tuple[str, str, str]:
    """A bookmark's anchor as the bookmarks table keeps it: exact, prefix, suffix ("" for none)."""
    return (anchor.exact, anchor.prefix, anchor.suffix) if anchor else ("", "", "")


def _bookmark(row: Sequence[Any]) -> BookmarkEntry:
    bid, article_id, block, offset, name, created, exact, prefix, suffix, orphaned = row
    anchor = TextQuote(block, offset, offset + len(exact), exact, prefix, suffix)
    return BookmarkEntry(
        article_id, Position(block, offset), name, created, bid, anchor, bool(orphaned)
    )
