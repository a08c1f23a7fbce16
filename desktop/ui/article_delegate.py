"""How one row of the library list looks: bold title, meta line, search snippet.

Apart from the model so that start-up does not load it: the list is filled after the window's
first paint, and an empty list draws no rows (QStyle, QTextLayout and the delegate's classes
are ~5 ms of start-up otherwise).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.model import Snippet
from desktop.ui.library_model import MetaRole, ModelIndex, SnippetRole


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
