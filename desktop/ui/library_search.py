"""Library searches off the GUI thread, for the search box as the user types.

A one-letter query matches every article; at 10,000 articles SQLite takes half a second to
rank it, which on the GUI thread froze typing at each pause. Here searches run one at a time
on a thread of their own, with their own connection (SQLite connections stay in the thread
that opened them). A newer search interrupts the one running (``Connection.interrupt`` is the
one call SQLite allows from another thread), and a result is delivered with the ticket of the
search that made it, so the pane can drop one that a newer search has overtaken.
"""

from __future__ import annotations

import logging
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desktop.store import Status, Store

log = logging.getLogger(__name__)


class LibrarySearch(QObject):
    """``found(ticket, hits)`` arrives on the GUI thread (a queued signal); ``failed(ticket,
    message)`` when the search could not run (the library cannot be opened, disk errors)."""

    found = Signal(int, object)  # ticket, list[SearchHit]
    failed = Signal(int, str)

    def __init__(self, path: str | Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="library-search")
        self._store: Store | None = None  # opened, used and closed on the search thread
        self._latest = 0

    def search(self, query: str, status: Status | None, limit: int) -> int:
        """Start a search; returns its ticket (a newer search has a greater one)."""
        self._latest += 1
        ticket = self._latest
        store = self._store
        if store is not None:
            store.conn.interrupt()  # the search running now, if any, is overtaken
        self._executor.submit(self._run, ticket, query, status, limit)
        return ticket

    def close(self) -> None:
        """Stop: interrupt a running search and wait for the thread, which closes its
        connection."""
        self._latest += 1
        if self._store is not None:
            self._store.conn.interrupt()
        self._executor.submit(self._close_store)
        self._executor.shutdown(wait=True)

    # --- on the search thread -----------------------------------------------------------------

    def _run(self, ticket: int, query: str, status: Status | None, limit: int) -> None:
        if ticket != self._latest:
            return  # a newer search is already queued behind this one
        try:
            if self._store is None:
                self._store = Store.open(self._path)
            hits = self._store.search(query, limit=limit, status=status)
        except sqlite3.OperationalError as exc:
            if ticket != self._latest:
                return  # interrupted by a newer search
            self._fail(ticket, exc)
            return
        except Exception as exc:  # noqa: BLE001 - said to the user, never lost in a thread
            self._fail(ticket, exc)
            return
        self.found.emit(ticket, hits)

    def _fail(self, ticket: int, exc: Exception) -> None:
        log.warning("library search failed: %s", exc)
        self.failed.emit(ticket, str(exc))

    def _close_store(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
