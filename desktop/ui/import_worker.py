"""Imports run on a worker thread so the window keeps answering (and can cancel) while hundreds
of files are read, decoded and indexed.

SQLite connections belong to the thread that opened them, so the worker opens its own ``Store``
on the same file and closes it when done; WAL mode lets the GUI keep reading meanwhile. Results
reach the GUI through queued signals only.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop.importers import errors
from desktop.importers.web_address import is_web_address
from desktop.store import Store
from desktop.ui.background_job import BackgroundJob
from desktop.ui.i18n import line_start, path_isolated, with_number

if TYPE_CHECKING:
    from desktop.import_service import ImportOutcome, ImportSummary

translate = QCoreApplication.translate


class ImportWorker(QObject):
    """Lives on its own QThread; ``run`` imports ``paths`` into the library at ``db_path``.

    ``progress(done, total, name)`` after each file; ``done(summary)`` with the
    ``ImportSummary`` at the end (also after a cancel); ``failed(message)`` when the import
    could not run at all (library unreadable).
    """

    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(str)

    def __init__(self, db_path: Path, paths: Sequence[str | Path]) -> None:
        super().__init__()
        self.db_path = Path(db_path)
        # Web addresses stay strings: Path("http://a/b") would make them "http:/a/b".
        self.paths = [p if isinstance(p, str) and is_web_address(p) else Path(p) for p in paths]
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Thread-safe: the import stops after the file it is reading."""
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        # Imported here, on the worker thread: the importers are not needed to start the app.
        from desktop.import_service import import_paths

        try:
            store = Store.open(self.db_path)
        except Exception as exc:  # StoreError and anything sqlite raises: report, never crash
            self.failed.emit(str(exc))
            return
        try:

            def on_progress(done: int, total: int, outcome: ImportOutcome) -> None:
                self.progress.emit(done, total, Path(outcome.path).name)

            summary = import_paths(
                store, self.paths, on_progress=on_progress, should_cancel=self._cancel.is_set
            )
        except Exception as exc:  # a bug in one importer must not take the window down
            self.failed.emit(str(exc) or type(exc).__name__)
        else:
            self.done.emit(summary)
        finally:
            store.close()


class ImportJob(BackgroundJob):
    """One import: a worker on its own thread, cleaned up when it ends.

    Signals are re-emitted here so the window connects once and need not know about threads.
    """

    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(str)

    def __init__(
        self, db_path: Path, paths: Sequence[str | Path], parent: QObject | None = None
    ) -> None:
        super().__init__(ImportWorker(db_path, paths), "qari-import", parent)
        self.worker.progress.connect(self.progress)
        self.worker.done.connect(self.done)
        self.worker.failed.connect(self.failed)


def failure_text(kind: str) -> str:
    """A failed import's reason in the interface language (the store's reason is English)."""
    texts = {
        "empty": translate("ImportWorker", "the file is empty"),
        "binary": translate("ImportWorker", "it is not a text file"),
        "pdf": translate(
            "ImportWorker", "it is a PDF: copy its text into a text file, then import that"
        ),
        "document": translate(
            "ImportWorker",
            "it is a word processor's document: save it as a web page or as text, then import that",
        ),
        "too_large": translate("ImportWorker", "the file is too large"),
        "encoding": translate("ImportWorker", "its text encoding could not be recognised"),
        "unreadable": translate("ImportWorker", "it could not be read"),
        "unsupported": translate("ImportWorker", "this kind of file cannot be imported yet"),
        "no_article": translate("ImportWorker", "no article was found in it"),
        "store": translate("ImportWorker", "the library could not save it"),
        "not_found": translate("ImportWorker", "the page is not there (not found)"),
        "http_error": translate("ImportWorker", "the web server answered with an error"),
        "timeout": translate("ImportWorker", "the web server did not answer in time"),
        "tls": translate("ImportWorker", "the secure connection could not be trusted"),
        "network": translate("ImportWorker", "the web server could not be reached"),
        "redirects": translate("ImportWorker", "the address sends on to too many others"),
        "not_html": translate("ImportWorker", "the address is not a web page"),
        "bad_url": translate("ImportWorker", "this is not a web address Qari can open"),
    }
    return texts.get(kind, translate("ImportWorker", "it could not be imported"))


def summary_text(summary: ImportSummary) -> str:
    """One sentence or two for the status bar and the screen reader.

    Counts follow a label ("Articles imported: 3") instead of a plural sentence: Arabic has six
    plural forms, and the lupdate of PySide6 6.11 does not mark Python strings as plural.
    """
    parts = []
    if summary.cancelled:
        parts.append(translate("ImportWorker", "Import cancelled."))
    parts.append(with_number(translate("ImportWorker", "Articles imported: %1."), summary.added))
    if summary.updated:
        parts.append(with_number(translate("ImportWorker", "Updated: %1."), summary.updated))
    if summary.duplicates:
        parts.append(
            with_number(
                translate("ImportWorker", "Already in the library: %1."), summary.duplicates
            )
        )
    if summary.failed:
        parts.append(
            with_number(translate("ImportWorker", "Could not be imported: %1."), summary.failed)
        )
    if left_out := len(with_something_left_out(summary)):
        parts.append(
            with_number(
                translate("ImportWorker", "Imported with something left out: %1."), left_out
            )
        )
    return " ".join(parts)


def with_something_left_out(summary: ImportSummary) -> list[ImportOutcome]:
    """The articles imported without a picture or part of their page."""
    return [o for o in summary.outcomes if o.warnings and o.status in ("added", "updated")]


def failure_details(summary: ImportSummary) -> str:
    """One line per failed file, its name and why, then one per thing an imported article
    left out: the summary's details."""
    start = line_start()
    lines = [
        f"{start}{path_isolated(o.path)}: {failure_text(o.kind)}"
        for o in summary.outcomes
        if o.status == "failed"
    ]
    for outcome in with_something_left_out(summary):
        name = path_isolated(outcome.path)
        lines += [f"{start}{name}: {left_out_text(w)}" for w in outcome.warnings]
    return "\n".join(lines)


def left_out_text(note: str) -> str:
    """What an import left out, in the interface language (``errors.LeftOut`` codes)."""
    kind = getattr(note, "kind", "")
    if kind == errors.PICTURE_NOT_SAVED:
        reasons = {
            errors.MISSING: translate("ImportWorker", "its file is not beside the page"),
            errors.MISSING_FROM_PAGE: translate(
                "ImportWorker", "the saved page does not include it"
            ),
            errors.TOO_LARGE: translate("ImportWorker", "it is too large"),
            errors.UNSUPPORTED: translate("ImportWorker", "this kind of picture is not kept"),
            errors.EMPTY: translate("ImportWorker", "it is empty"),
            "not_found": translate("ImportWorker", "it is not on the web server"),
        }
        reason = reasons.get(
            note.reason_kind, translate("ImportWorker", "the picture could not be read")
        )
        text = translate("ImportWorker", "A picture was not saved (%1): %2")
        return text.replace("%2", reason).replace("%1", path_isolated(note.subject))  # %1 last
    if kind == errors.TOO_MANY_PICTURES:
        text = translate("ImportWorker", "Only the first %1 pictures were saved")
        return with_number(text, int(note.subject))
    if kind == errors.PAGE_CUT_SHORT:
        return translate(
            "ImportWorker", "The page could not be read to the end: part of it may be missing"
        )
    return translate("ImportWorker", "Something was left out")
