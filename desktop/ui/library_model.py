"""The library list's model, and the words a row shows (``article_delegate`` draws them).

A list model over ``ArticleSummary`` rows (what ``Store.list_articles`` and ``Store.search``
return), so 10,000 articles cost one small object each and nothing is drawn that is not on
screen. A row shows the title, then site · date · progress, then the search snippet when the
list is a search result. The accessible text of a row says the same in one sentence, so a
screen reader user hears what a sighted user sees.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.model import ArticleSummary, Snippet
from desktop.store import FINISHED_AT
from desktop.ui.i18n import join_parts

translate = QCoreApplication.translate

IdRole = Qt.ItemDataRole.UserRole + 1
SummaryRole = Qt.ItemDataRole.UserRole + 2
SnippetRole = Qt.ItemDataRole.UserRole + 3
MetaRole = Qt.ItemDataRole.UserRole + 4

ModelIndex = QModelIndex | QPersistentModelIndex


def format_date(iso: str) -> str:
    """An ISO date or date-time as the interface locale writes a short date; "" if unknown."""
    if not iso:
        return ""
    date = QDate.fromString(iso[:10], Qt.DateFormat.ISODate)
    if not date.isValid():
        stamp = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
        date = stamp.date()
    if not date.isValid():
        return iso[:10]
    # Day, month name, full year: unambiguous in every locale (10/11/12 is not).
    return QLocale().toString(date, "d MMM yyyy")


def progress_text(progress: float) -> str:
    """Reading progress in words a list row can show: unread, 45%, finished."""
    if progress <= 0:
        return translate("LibraryModel", "Unread")
    if progress >= FINISHED_AT:
        return translate("LibraryModel", "Finished")
    percent = max(1, min(99, round(progress * 100)))
    return translate("LibraryModel", "%1% read").replace("%1", QLocale().toString(percent))


def meta_parts(summary: ArticleSummary) -> list[str]:
    parts = [
        summary.site,
        format_date(summary.published or summary.imported_at),
        progress_text(summary.progress),
    ]
    return [p for p in parts if p]


def meta_text(summary: ArticleSummary) -> str:
    """Site · date · progress (isolated: without that, a date after an Arabic site name is
    split by the bidi algorithm, "29" on one side and "Nov 2026" on the other)."""
    return join_parts(meta_parts(summary))


def accessible_text(summary: ArticleSummary, snippet: Snippet | None) -> str:
    text = translate("LibraryModel", "%1. %2").replace("%1", summary.title)
    text = text.replace("%2", translate("LibraryModel", ", ").join(meta_parts(summary)))
    if snippet and snippet.text:
        text += " " + translate("LibraryModel", "Match: %1").replace("%1", snippet.text)
    return text


class LibraryModel(QAbstractListModel):
    """Rows of article summaries; ``snippets`` are set when the rows come from a search."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ArticleSummary] = []
        self._snippets: dict[int, Snippet] = {}

    def set_rows(
        self, rows: list[ArticleSummary], snippets: dict[int, Snippet] | None = None
    ) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._snippets = dict(snippets or {})
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def summary(self, row: int) -> ArticleSummary:
        return self._rows[row]

    def has_snippets(self) -> bool:
        return bool(self._snippets)

    def row_of(self, article_id: int) -> int:
        for row, summary in enumerate(self._rows):
            if summary.id == article_id:
                return row
        return -1

    def ids(self) -> list[int]:
        return [s.id for s in self._rows]

    def update_summary(self, summary: ArticleSummary) -> None:
        """Replace one row in place (progress changed) without resetting the view."""
        row = self.row_of(summary.id)
        if row >= 0:
            self._rows[row] = summary
            index = self.index(row)
            self.dataChanged.emit(index, index)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return summary.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return accessible_text(summary, self._snippets.get(summary.id))
        if role == Qt.ItemDataRole.ToolTipRole:
            return summary.title
        if role == IdRole:
            return summary.id
        if role == SummaryRole:
            return summary
        if role == SnippetRole:
            return self._snippets.get(summary.id)
        if role == MetaRole:
            return meta_text(summary)
        return None
