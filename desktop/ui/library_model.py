"""The library list's model and how one row looks.

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
    QPointF,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.model import ArticleSummary, Snippet
from desktop.store import FINISHED_AT

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
    """Site · date · progress, each part a bidi isolate (FSI..PDI): without that, a date after
    an Arabic site name is split by the bidi algorithm ("29" on one side, "Nov 2026" on the
    other) whenever the interface language is English."""
    return " · ".join(f"\u2068{p}\u2069" for p in meta_parts(summary))


def accessible_text(summary: ArticleSummary, snippet: Snippet | None) -> str:
    text = translate("LibraryModel", "%1. %2").replace("%1", summary.title)
    text = text.replace("%2", ("، " if _arabic() else ", ").join(meta_parts(summary)))
    if snippet and snippet.text:
        text += " " + translate("LibraryModel", "Match: %1").replace("%1", snippet.text)
    return text


def _arabic() -> bool:
    return QLocale().language() == QLocale.Language.Arabic


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


class ArticleDelegate(QStyledItemDelegate):
    """Draws a row as two or three lines: bold title, meta line, search snippet with the matches
    in bold. Every row has the same height (the view uses uniform item sizes, which keeps a
    10,000-row list fast)."""

    PADDING = 6

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setBold(True)
        title.setPointSizeF(title.pointSizeF() * 1.1)
        meta = QFont(option.font)
        return title, meta

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        title, meta = self._fonts(option)
        lines = QFontMetrics(title).lineSpacing() + QFontMetrics(meta).lineSpacing()
        if index.model() is not None and index.model().has_snippets():  # type: ignore[attr-defined]
            lines += QFontMetrics(meta).lineSpacing()
        return QSize(200, lines + 2 * self.PADDING + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = option.widget
        style = widget.style() if widget else None
        painter.save()
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Active
            if opt.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = opt.palette.color(group, text_role)
        rect = opt.rect.adjusted(self.PADDING * 2, self.PADDING, -self.PADDING * 2, -self.PADDING)
        direction = opt.direction
        rtl = direction == Qt.LayoutDirection.RightToLeft
        # The paragraph direction is forced too: with an English interface the painter would
        # otherwise lay an Arabic title out as a left-to-right paragraph.
        align = int(
            Qt.AlignmentFlag.AlignAbsolute
            | (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
            | Qt.AlignmentFlag.AlignVCenter
        ) | int(Qt.TextFlag.TextForceRightToLeft if rtl else Qt.TextFlag.TextForceLeftToRight)
        title_font, meta_font = self._fonts(opt)
        y = rect.top()
        for font, text, dim in (
            (title_font, index.data(Qt.ItemDataRole.DisplayRole) or "", False),
            (meta_font, index.data(MetaRole) or "", True),
        ):
            metrics = QFontMetrics(font)
            painter.setFont(font)
            pen = colour
            if dim and not selected:
                pen = opt.palette.color(group, QPalette.ColorRole.PlaceholderText)
            painter.setPen(pen)
            line = QRect(rect.left(), y, rect.width(), metrics.lineSpacing())
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(line, align, elided)
            y += metrics.lineSpacing()
        snippet = index.data(SnippetRole)
        if snippet is not None and snippet.text:
            painter.setPen(colour)
            self._draw_snippet(
                painter, meta_font, snippet, QRect(rect.left(), y, rect.width(), 0), direction
            )
        if opt.state & QStyle.StateFlag.State_HasFocus and widget is not None and widget.hasFocus():
            # A focus frame every style shows: a 2 px outline in the highlight colour.
            pen = opt.palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
            if selected:
                pen = opt.palette.color(
                    QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText
                )
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            frame = opt.rect.adjusted(1, 1, -2, -2)
            painter.drawRect(frame)
            painter.drawRect(frame.adjusted(1, 1, -1, -1))
        painter.restore()

    def _draw_snippet(
        self,
        painter: QPainter,
        font: QFont,
        snippet: Snippet,
        rect: QRect,
        direction: Qt.LayoutDirection,
    ) -> None:
        """One line of snippet with the marked spans bold, laid out by QTextLayout so Arabic
        shaping and bidi stay right across the bold/regular boundaries."""
        text = " ".join(snippet.text.split())
        # Whitespace collapsing moves offsets; re-find the marks in the collapsed text.
        marks = _collapsed_marks(snippet)
        layout = QTextLayout(text, font)
        option = layout.textOption()
        option.setTextDirection(direction)
        option.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
        option.setWrapMode(QTextOption.WrapMode.NoWrap)
        layout.setTextOption(option)
        bold = QFont(font)
        bold.setBold(True)
        formats = []
        for start, end in marks:
            fmt = QTextLayout.FormatRange()
            fmt.start, fmt.length = start, end - start
            fmt.format.setFont(bold)
            fmt.format.setFontUnderline(True)  # the match is marked without relying on weight
            formats.append(fmt)
        layout.setFormats(formats)
        layout.beginLayout()
        line = layout.createLine()
        if not line.isValid():
            layout.endLayout()
            return
        line.setLineWidth(1_000_000)
        line.setPosition(QPointF(0, 0))
        layout.endLayout()
        width = line.naturalTextWidth()
        visible = rect.width()
        rtl = direction == Qt.LayoutDirection.RightToLeft
        # Which slice of the line to show: its start (right edge in RTL) unless that hides the
        # first match, then a slice that has the match a quarter of the way in.
        shift = width - visible if rtl else 0.0
        if width > visible and marks:
            a = _cursor_x(line, marks[0][0])
            b = _cursor_x(line, marks[0][1])
            low, high = min(a, b), max(a, b)
            if low < shift or high > shift + visible:
                shift = high - 0.75 * visible if rtl else low - 0.25 * visible
                shift = max(0.0, min(width - visible, shift))
        elif width <= visible:
            shift = width - visible if rtl else 0.0
        painter.save()
        painter.setClipRect(QRect(rect.left(), rect.top(), rect.width(), int(line.height()) + 2))
        layout.draw(painter, QPointF(rect.left() - shift, rect.top()))
        painter.restore()


def _cursor_x(line, position: int) -> float:
    x = line.cursorToX(position)
    return x[0] if isinstance(x, tuple) else x


def _collapsed_marks(snippet: Snippet) -> list[tuple[int, int]]:
    """Map mark offsets from the snippet text to its whitespace-collapsed form."""
    mapping: list[int] = []
    out_len = 0
    previous_space = True  # leading spaces are dropped
    for ch in snippet.text:
        if ch.isspace():
            mapping.append(out_len)
            if not previous_space:
                out_len += 1
            previous_space = True
        else:
            mapping.append(out_len)
            out_len += 1
            previous_space = False
    mapping.append(out_len)
    return [(mapping[s], mapping[e]) for s, e in snippet.marks if e > s]
