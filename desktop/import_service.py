"""Importing files, folders and web addresses into the library: the one doorway the CLI and
the GUI both use.

Qt-free and synchronous: the GUI runs it on a worker thread with its own ``Store`` (SQLite
connections stay on the thread that opened them) and passes ``on_progress`` / ``should_cancel``.
Each article is committed by ``store.add_article`` in its own transaction, so cancelling or a
crash keeps every article imported so far and never leaves half of one.

One bad input never stops the rest: every path ends as an outcome, "failed" with a sentence
saying why when it could not be imported.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from desktop.importers.errors import STORE, ImportFailure
from desktop.importers.files import MAX_FILE_BYTES, TEXT_SUFFIXES, expand_paths, read_capped
from desktop.importers.scraped_text import import_text_file
from desktop.model import Article

if TYPE_CHECKING:
    from desktop.store import Store

log = logging.getLogger(__name__)

OutcomeStatus = Literal["added", "duplicate", "updated", "failed"]

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
# A page saved as one file with its pictures: Chrome's, Edge's, Internet Explorer's; Safari's.
MHTML_SUFFIXES = frozenset({".mhtml", ".mht"})
WEBARCHIVE_SUFFIXES = frozenset({".webarchive"})
# The HTML and web importers are imported where they are used: they pull in lxml, readability
# and Pillow (~60 ms), which importing a .txt file need not pay.


@dataclass(slots=True)
class ImportOutcome:
    path: str
    status: OutcomeStatus
    article_id: int | None = None
    title: str = ""
    reason: str = ""  # why it failed (a sentence naming the file), or what a duplicate matched
    kind: str = ""  # for failures, ImportFailure.kind: a stable code the GUI translates
    warnings: list[str] = field(default_factory=list)  # e.g. a picture that was not saved


@dataclass(slots=True)
class ImportSummary:
    outcomes: list[ImportOutcome] = field(default_factory=list)
    cancelled: bool = False

    def _count(self, status: OutcomeStatus) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def added(self) -> int:
        return self._count("added")

    @property
    def updated(self) -> int:
        return self._count("updated")

    @property
    def duplicates(self) -> int:
        return self._count("duplicate")

    @property
    def failed(self) -> int:
        return self._count("failed")


ProgressCallback = Callable[[int, int, ImportOutcome], None]


def import_paths(
    store: Store,
    paths: Iterable[str | os.PathLike[str]],
    *,
    on_progress: ProgressCallback | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> ImportSummary:
    """Import files and folders (recursively) into ``store``.

    ``on_progress(done, total, outcome)`` is called for every outcome, ``done`` counting the
    inputs finished so far out of ``total``. ``should_cancel()`` is asked before each input;
    when it answers True the import stops and the summary says ``cancelled``.
    """
    items = _expand(paths)
    summary = ImportSummary()
    total = len(items)
    for done, item in enumerate(items, start=1):
        if should_cancel is not None and should_cancel():
            summary.cancelled = True
            break
        try:
            outcomes = _import_one(store, item, should_cancel)
        except _Cancelled:
            summary.cancelled = True
            break
        for outcome in outcomes:
            summary.outcomes.append(outcome)
            if on_progress is not None:
                on_progress(done, total, outcome)
    return summary


def read_articles(path: Path, data: bytes, warnings: list[str] | None = None) -> list[Article]:
    """The articles in one file's bytes, by file type: HTML pages through the HTML importer,
    pages saved as one file (.mhtml, .webarchive) through theirs, everything else as scraped
    text. Raises ImportFailure."""
    suffix = path.suffix.lower()
    if suffix in MHTML_SUFFIXES or (suffix not in HTML_SUFFIXES and _sniff_mhtml(data)):
        from desktop.importers.mhtml import import_mhtml_file

        return [import_mhtml_file(path, data, warnings=warnings)]
    if suffix in WEBARCHIVE_SUFFIXES or _sniff_webarchive(data):
        from desktop.importers.webarchive import import_webarchive_file

        return [import_webarchive_file(path, data, warnings=warnings)]
    if suffix in HTML_SUFFIXES or _sniff_html(data):
        from desktop.importers.html_page import import_html_file

        return [import_html_file(path, data, warnings=warnings)]
    return import_text_file(path, data)


# --- internals -----------------------------------------------------------------------------


_Item = Path | ImportFailure | str  # a file, a failure found while expanding, or a URL


def _expand(paths: Iterable[str | os.PathLike[str]]) -> list[_Item]:
    return expand_paths(paths, TEXT_SUFFIXES | HTML_SUFFIXES | MHTML_SUFFIXES | WEBARCHIVE_SUFFIXES)


class _Cancelled(Exception):
    """The user cancelled while a web page was being fetched."""


def _import_one(
    store: Store, item: _Item, should_cancel: Callable[[], bool] | None = None
) -> list[ImportOutcome]:
    if isinstance(item, ImportFailure):
        return [_failed(item)]
    warnings: list[str] = []
    try:
        if isinstance(item, str):
            articles = [_import_url(item, warnings, should_cancel)]
        else:
            articles = read_articles(item, read_capped(item, _size_limit(item)), warnings)
    except ImportFailure as failure:
        return [_failed(failure)]
    except _Cancelled:
        raise
    except Exception as exc:  # a parser bug must not end a 10,000-file import
        log.exception("importing %s failed", item)
        reason = f"an unexpected error occurred while reading it ({type(exc).__name__}: {exc})"
        return [_failed(ImportFailure(item, reason))]
    outcomes = [_store(store, item, article) for article in articles]
    for outcome in outcomes:
        outcome.warnings = list(warnings)
    return outcomes


CANCEL_POLL_S = 0.05  # how often a fetch in progress checks whether the user cancelled


def _import_url(
    url: str, warnings: list[str], should_cancel: Callable[[], bool] | None = None
) -> Article:
    """Fetch and read one page. A fetch can block for its whole timeout (a slow server), so
    it runs on a helper thread that a cancel abandons at once: nothing of it reaches the
    store, and the socket closes when its own timeout ends."""
    from desktop.importers.url_import import import_url

    if should_cancel is None:
        return import_url(url, warnings=warnings)
    result: dict[str, object] = {}
    fetched: list[str] = []

    def fetch() -> None:
        try:
            result["article"] = import_url(url, warnings=fetched)
        except BaseException as exc:  # handed to the importing thread below
            result["error"] = exc

    worker = threading.Thread(target=fetch, name="qari-url-import", daemon=True)
    worker.start()
    while worker.is_alive():
        worker.join(CANCEL_POLL_S)
        if worker.is_alive() and should_cancel():
            raise _Cancelled
    if "error" in result:
        raise result["error"]  # type: ignore[misc]
    warnings.extend(fetched)
    return result["article"]  # type: ignore[return-value]


def _store(store: Store, path: Path | str, article: Article) -> ImportOutcome:
    try:
        result = store.add_article(article)
    except Exception as exc:  # StoreError, or SQLite refusing (disk full, locked)
        log.exception("storing %s failed", path)
        return ImportOutcome(
            str(path),
            "failed",
            None,
            article.title,
            f"Cannot import {path}: the library could not save it ({exc}).",
            STORE,
        )
    reason = ""
    if result.status == "duplicate":
        reason = f"The same text is already in the library (article {result.article_id})."
    return ImportOutcome(str(path), result.status, result.article_id, article.title, reason)


def _failed(failure: ImportFailure) -> ImportOutcome:
    return ImportOutcome(failure.path, "failed", None, "", str(failure), failure.kind)


def _size_limit(path: Path) -> int:
    """A page saved as one file carries its pictures, so it may be larger than any article."""
    if path.suffix.lower() in MHTML_SUFFIXES | WEBARCHIVE_SUFFIXES:
        from desktop.importers.single_file_page import MAX_SINGLE_FILE_BYTES

        return MAX_SINGLE_FILE_BYTES
    return MAX_FILE_BYTES


def _sniff_mhtml(data: bytes) -> bool:
    """A MIME message holding a page and its parts, whatever the file is called: its own
    headers (before the first blank line) say multipart/related."""
    head = data[:8192].lstrip(b"\xef\xbb\xbf").replace(b"\r\n", b"\n")
    headers = head.split(b"\n\n", 1)[0].lower()
    return b"mime-version:" in headers and b"multipart/related" in headers


def _sniff_webarchive(data: bytes) -> bool:
    """Safari's web archive under another name: a binary property list with its main key."""
    return data.startswith(b"bplist00") and b"WebMainResource" in data


def _sniff_html(data: bytes) -> bool:
    head = data[:256].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html"))
