"""What the notes windows say when a notes import or export is refused or fails.

The core's messages are English sentences, which the CLI prints as they are. The window says
the same thing in the interface language, from the error's code. The core's sentence goes under
"Show Details", for whoever edits the file by hand.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.notes_export import (
    BAD_ANNOTATION,
    BAD_LINE,
    NOT_JSON,
    NOT_NOTES,
    NOT_TEXT,
    TOO_LARGE,
    UNSUPPORTED,
    ImportFormatError,
    ImportReport,
)
from desktop.ui.i18n import with_number

translate = QCoreApplication.translate


def import_error_text(exc: ImportFormatError) -> str:
    """Why the file was refused, and where in it: one sentence."""
    if exc.kind == BAD_ANNOTATION:
        return with_number(
            translate("NotesMessages", "Note %1 in the file cannot be read."), exc.number
        )
    if exc.kind == BAD_LINE:
        return with_number(
            translate("NotesMessages", "Line %1 of the file cannot be read."), exc.number
        )
    texts = {
        UNSUPPORTED: translate(
            "NotesMessages", "Notes can be imported only from JSON or CSV notes exports."
        ),
        TOO_LARGE: translate("NotesMessages", "The file is too large to be a notes export."),
        NOT_TEXT: translate("NotesMessages", "The file is not text in UTF-8."),
        NOT_JSON: translate("NotesMessages", "The file is not valid JSON."),
        NOT_NOTES: translate("NotesMessages", "The file is not a notes export Qari can read."),
    }
    return texts.get(exc.kind, texts[NOT_NOTES])


def import_failure(exc: Exception) -> tuple[str, str]:
    """(text, details) for anything a notes import can raise. Nothing was imported in every
    case: the file is read and checked before the one transaction that adds the notes."""
    nothing = translate("NotesMessages", "Nothing was imported.")
    if isinstance(exc, ImportFormatError):
        return f"{import_error_text(exc)} {nothing}", str(exc)
    if isinstance(exc, FileNotFoundError):
        text = translate("NotesMessages", "The file is not there any more.")
    elif isinstance(exc, OSError):
        text = translate("NotesMessages", "The file cannot be read.")
    elif isinstance(exc, sqlite3.Error):
        text = translate("NotesMessages", "The library could not save the notes.")
    else:
        text = translate("NotesMessages", "The notes in the file cannot be imported.")
    return f"{text} {nothing}", _details(exc)


def export_failure(exc: Exception, path: Path) -> tuple[str, str]:
    """(text, details) when the notes could not be written to ``path``."""
    text = translate("NotesMessages", "The notes could not be saved to %1.").replace(
        "%1", path.name
    )
    return text, _details(exc)


def _details(exc: Exception) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        where = exc.filename or ""
        return f"{where}: {exc.strerror}" if where else exc.strerror
    return str(exc) or type(exc).__name__


def import_report_text(report: ImportReport) -> str:
    """The import's counts, one label each ("Notes imported: 3."): Arabic has six plural
    forms, and PySide6's lupdate does not mark Python strings as plural."""
    parts = [with_number(translate("NotesMessages", "Notes imported: %1."), report.added)]
    if report.duplicates:
        parts.append(
            with_number(
                translate("NotesMessages", "Already in the library: %1."), report.duplicates
            )
        )
    if report.orphaned:
        parts.append(
            with_number(
                translate("NotesMessages", "Their quote is not in the article's text: %1."),
                report.orphaned,
            )
        )
    if report.missing:
        parts.append(
            with_number(
                translate(
                    "NotesMessages",
                    "Not imported, because their article is not in the library: %1.",
                ),
                report.skipped,
            )
        )
    return " ".join(parts)


def missing_articles(report: ImportReport) -> str:
    """One line per article the file's notes belong to that this library does not have."""
    return "\n".join(
        with_number(translate("NotesMessages", "%2 (notes: %1)"), count).replace("%2", title)
        for title, count in report.missing.items()
    )


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    details: str = "",
) -> QMessageBox:
    """A message box, made but not shown; it deletes itself when closed."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("notesMessage")
    if details:
        box.setDetailedText(details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box
