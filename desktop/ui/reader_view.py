"""The reader pane: one article laid out for reading, plus find, figures and speech marks.

Public API (what the main window uses; everything else is private):

=====================================  ===========================================================
``ReaderView(store, parent=None)``     ``store``: desktop.store.Store (or None: nothing persisted)
``show_article(article_id)``           load from the store and show; KeyError if it is missing
``show_article_obj(article)``          show an Article already in memory
``clear()``                            show nothing
``article``                            the Article shown, or None
``typography`` / ``set_typography``    current Typography; setting applies at once and saves it
``zoom_in() zoom_out() zoom_reset()``  font size steps (bind Ctrl+=, Ctrl+-, Ctrl+0)
``open_find() find_next()``            the find bar (bind Ctrl+F; F3/Shift+F3 work inside it)
``find_previous()``
``current_position()``                 Position: the caret if the user moved it, else the top
                                       visible line (or the last restored / spoken place)
``restore_position(position)``         caret and scroll to a saved Position
``progress()``                         0.0 .. 1.0 through the article
``set_speech_highlight(block, s0, s1,  mark the sentence and word being read (article offsets)
w0, w1)`` / ``clear_speech_highlight``
``follow_speech``                      bool: scroll the spoken word into view (default True)
signal ``positionChanged(Position)``   debounced, after scrolling, caret moves or speech
``flush_position()``                   report a pending move now, without the delay
signal ``articleShown(int)``           article id (-1 for an unsaved article)
signal ``typographyChanged(object)``   the new Typography, e.g. to update menu check marks
signal ``contextMenuRequested(QMenu,   the reader's context menu before it opens, and the document
int)``                                 position it was asked for: add entries to it there
``context_menu``                       the last context menu shown (it deletes itself on close)
=====================================  ===========================================================

Keys handled inside the reader (so they work even without window actions): Enter on a figure
opens the image viewer; Ctrl+F, F3/Shift+F3, Ctrl+=/Ctrl+-/Ctrl+0 and Ctrl+wheel as above.
"""

from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import QPoint, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QWheelEvent,
)
from PySide6.QtWidgets import QMenu, QTextBrowser, QTextEdit, QVBoxLayout, QWidget

from desktop.arabic import find_matches
from desktop.model import Article, Position
from desktop.ui.document_builder import BuiltDocument, DocumentBuilder, Figure, cp_to_u16
from desktop.ui.find_bar import FindBar
from desktop.ui.fonts import load_bundled_fonts, resolve_family
from desktop.ui.image_viewer import ImageViewer
from desktop.ui.themes import Theme, get_theme
from desktop.ui.typography import SETTINGS_KEY, Typography

POSITION_DELAY_MS = 400  # positionChanged waits for scrolling to settle
HORIZONTAL_PAD = 24  # px at each side of the text column when the window is narrow
VERTICAL_PAD = 24
HEADLINE = -1  # pseudo block index of the headline in find results


class _Browser(QTextBrowser):
    """QTextBrowser with the reader's keys, figure activation and resize anchoring."""

    def __init__(self, host: ReaderView) -> None:
        super().__init__(host)
        self._host = host
        self._press: QPoint | None = None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        host, key = self._host, event.key()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and host._open_figure_at_caret():
            event.accept()
        elif event.matches(QKeySequence.StandardKey.Find):
            host.open_find()
        elif key == Qt.Key.Key_F3:
            host.find_previous() if shift else host.find_next()
        elif event.matches(QKeySequence.StandardKey.ZoomIn) or (
            key in (Qt.Key.Key_Equal, Qt.Key.Key_Plus)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            host.zoom_in()
        elif event.matches(QKeySequence.StandardKey.ZoomOut):
            host.zoom_out()
        elif key == Qt.Key.Key_0 and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            host.zoom_reset()
        elif key == Qt.Key.Key_Escape and host._find.isVisible():
            host._find.close_bar()
        else:
            super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt override)
        if not self._host._show_context_menu(event):
            super().contextMenuEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt override)
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta > 0:
                self._host.zoom_in()
            elif delta < 0:
                self._host.zoom_out()
            event.accept()
            return
        super().wheelEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        super().mouseReleaseEvent(event)
        pos = event.position().toPoint()
        clicked = (
            event.button() == Qt.MouseButton.LeftButton
            and self._press is not None
            and (pos - self._press).manhattanLength() < 4
        )
        self._press = None
        if clicked:
            self._host._open_figure_at_point(pos)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.size().width() == event.oldSize().width():
            # Taller or shorter only: the lines stay as they are, and so does the top one.
            with self._host._quiet():
                super().resizeEvent(event)
            return
        anchor = self._host._view_anchor()
        with self._host._quiet():  # a resize may move the scroll bar; that is not the user
            super().resizeEvent(event)
        self._host._after_resize(anchor)


class ReaderView(QWidget):
    positionChanged = Signal(object)  # Position
    articleShown = Signal(int)
    typographyChanged = Signal(object)  # Typography
    contextMenuRequested = Signal(QMenu, int)  # the menu, the document position it is for

    def __init__(self, store=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_bundled_fonts()
        self._store = store
        self._typography = Typography.from_dict(
            store.get_setting(SETTINGS_KEY) if store is not None else None
        )
        self._article: Article | None = None
        self._built: BuiltDocument | None = None
        self._images: dict[str, QImage | None] = {}
        self._find_spans: list[tuple[int, int, int]] = []
        self._find_current = -1
        self._find_selections: list[QTextEdit.ExtraSelection] = []
        self._speech: tuple[int, int, int, int, int] | None = None
        self._spoken: tuple[int, int, int] | None = None  # the sentence last read aloud
        self._follow_speech = True
        self._source = "top"  # where current_position() comes from: top, caret, restored, speech
        self._pending = Position(0, 0)
        self._quiet_depth = 0
        self._building = False
        self._viewer: ImageViewer | None = None
        self.context_menu: QMenu | None = None
        self._default_description = self.tr(
            "Article text. Move the caret with the arrow keys; press Enter on an image to "
            "enlarge it; Ctrl+F finds text."
        )

        self._browser = _Browser(self)
        self._own_document: QTextDocument | None = None  # see _replace_document
        self._browser.setObjectName("reader")
        self._browser.setOpenLinks(False)
        self._browser.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self._browser.setCursorWidth(2)
        # The text wraps and images fit the column: a horizontal bar is never needed, and one a
        # pixel or two wide, shown and hidden as a rebuild lays the text out, resized the view
        # under the reader and threw the place to the end of a long article.
        self._browser.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._browser.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._browser.setAccessibleName(self.tr("Article"))
        self._browser.setAccessibleDescription(self._default_description)
        self._browser.cursorPositionChanged.connect(self._on_cursor_moved)
        self._browser.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.setFocusProxy(self._browser)

        self._find = FindBar(self)
        self._find.hide()
        self._find.queryChanged.connect(self._on_find_query)
        self._find.nextRequested.connect(self.find_next)
        self._find.previousRequested.connect(self.find_previous)
        self._find.closed.connect(self._on_find_closed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._browser, 1)
        layout.addWidget(self._find)

        self._position_timer = QTimer(self, singleShot=True, interval=POSITION_DELAY_MS)
        self._position_timer.timeout.connect(self._emit_position)
        self._apply_theme_to_widget()
        self.clear()

    # -- showing ----------------------------------------------------------------------------

    @property
    def article(self) -> Article | None:
        return self._article

    @property
    def browser(self) -> QTextBrowser:
        """The text widget itself (for focus chains and tests)."""
        return self._browser

    @property
    def find_bar(self) -> FindBar:
        return self._find

    @property
    def built(self) -> BuiltDocument | None:
        """Article <-> document mapping of the article shown (None when empty)."""
        return self._built

    def show_article(self, article_id: int) -> None:
        if self._store is None:
            raise RuntimeError("ReaderView.show_article needs a store; use show_article_obj")
        self.show_article_obj(self._store.get_article(article_id))

    def show_article_obj(self, article: Article) -> None:
        self._article = article
        self._images = {}
        self._speech = self._spoken = None
        self._source, self._pending = "top", Position(0, 0)
        self._build()
        with self._quiet():
            cursor = QTextCursor(self._browser.document())
            self._browser.setTextCursor(cursor)
            self._browser.verticalScrollBar().setValue(0)
        if self._find.isVisible() and self._find.query().strip():
            self._on_find_query(self._find.query(), select=False)
        else:
            self._set_find_spans([])
        title = article.title.strip() or self.tr("Untitled")
        self._browser.setAccessibleName(self.tr("Article: %1").replace("%1", title))
        self._browser.setAccessibleDescription(self._default_description)
        self.articleShown.emit(article.id if article.id is not None else -1)

    def clear(self) -> None:
        self._article = None
        self._built = None
        self._images = {}
        self._speech = self._spoken = None
        self._find_spans, self._find_current, self._find_selections = [], -1, []
        self._source, self._pending = "top", Position(0, 0)
        with self._quiet():
            self._replace_document(QTextDocument(self._browser))
            self._browser.setExtraSelections([])
        self._browser.setAccessibleName(self.tr("Article"))
        self._find.set_result(0, 0)

    # -- typography -------------------------------------------------------------------------

    @property
    def typography(self) -> Typography:
        return self._typography

    @property
    def theme(self) -> Theme:
        return get_theme(self._typography.theme)

    def set_typography(self, typography: Typography) -> None:
        if typography == self._typography:
            return
        theme_changed = typography.theme != self._typography.theme
        self._typography = typography
        if self._store is not None:
            self._store.set_setting(SETTINGS_KEY, typography.to_dict())
        if theme_changed:
            self._apply_theme_to_widget()
        if self._article is not None:
            self._rebuild_keeping_place()
        self.typographyChanged.emit(typography)

    def zoom_in(self) -> None:
        self.set_typography(self._typography.zoomed_in())

    def zoom_out(self) -> None:
        self.set_typography(self._typography.zoomed_out())

    def zoom_reset(self) -> None:
        self.set_typography(self._typography.zoom_reset())

    def _apply_theme_to_widget(self) -> None:
        t = self.theme
        self._browser.setStyleSheet(
            f"QTextBrowser#reader {{ background-color: {t.background}; color: {t.text};"
            f" selection-background-color: {t.selection}; selection-color: {t.selection_text};"
            f" border: 2px solid {t.background}; }}"
            f" QTextBrowser#reader:focus {{ border: 2px solid {t.focus}; }}"
        )

    def _build(self) -> None:
        assert self._article is not None
        t = self._typography
        builder = DocumentBuilder(
            t, self.theme, resolve_family(t.family), float(self._browser.logicalDpiY())
        )
        built = builder.build(self._article, self._image_for)
        doc = built.document
        doc.setDocumentMargin(0)
        doc.setParent(self._browser)
        self._apply_column(force=True, built=built)
        # Set before the swap: laying the new document out may show the scroll bar, and the
        # resize that follows must fit the new document's images to the narrower viewport.
        self._built = built
        self._building = True
        try:
            with self._quiet():
                self._replace_document(doc)
        finally:
            self._building = False
        self._refresh_find_selections()

    def _replace_document(self, doc: QTextDocument) -> None:
        """Swap documents; ours are parented to the browser and freed here (the first one
        belongs to Qt's text control, which frees it itself). Which one is ours is remembered
        rather than asked of ``old.parent()``: the first such call costs ~20 ms at start-up,
        while shiboken looks for a Python type for Qt's private text-control class."""
        old = self._own_document
        self._own_document = doc
        self._browser.setDocument(doc)
        if old is not None and old is not doc:
            old.deleteLater()

    def _rebuild_keeping_place(self) -> None:
        anchor = self._view_anchor()
        caret = self._caret_state()
        self._build()
        with self._quiet():
            if caret is not None:
                self._set_caret(*caret)
        self._scroll_to(anchor)

    def _image_for(self, sha256: str) -> QImage | None:
        if sha256 in self._images:
            return self._images[sha256]
        data = self._article.images.get(sha256) if self._article is not None else None
        if data is None and self._store is not None:
            data = self._store.get_image(sha256)
        image = None
        if data is not None:
            loaded = QImage.fromData(data.data)
            image = None if loaded.isNull() else loaded
        self._images[sha256] = image
        return image

    def _apply_column(self, force: bool = False, built: BuiltDocument | None = None) -> None:
        """Centre the text column: side margins on the root frame, images fitted to it.

        Called on a new document before it is shown too, so it is laid out once, not twice.
        """
        built = built or self._built
        if built is None:
            return
        doc = built.document
        width = self._browser.viewport().width()
        column = built.column_width
        side = HORIZONTAL_PAD
        if column and width - column > 2 * HORIZONTAL_PAD:
            side = (width - column) / 2
        frame = doc.rootFrame()
        fmt = frame.frameFormat()
        if force or abs(fmt.leftMargin() - side) >= 0.5:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            fmt.setTopMargin(VERTICAL_PAD)
            fmt.setBottomMargin(VERTICAL_PAD * 2)
            frame.setFrameFormat(fmt)
        built.fit_images(width - 2 * side)

    def _after_resize(self, anchor: Position | None) -> None:
        self._apply_column()
        if not self._building:  # the caller puts the view in place after a rebuild
            self._scroll_to(anchor)

    # -- positions --------------------------------------------------------------------------

    @contextmanager
    def _quiet(self):
        """Caret and scroll changes made by the reader itself, not the user."""
        self._quiet_depth += 1
        try:
            yield
        finally:
            self._quiet_depth -= 1

    def _qt_pos(self, block: int, offset: int) -> int:
        assert self._built is not None
        if block == HEADLINE:
            title = self._built.document.firstBlock()
            return title.position() + cp_to_u16(title.text(), offset)
        return self._built.qt_position(block, offset)

    def _clamp(self, position: Position) -> Position:
        if self._built is None or not self._built.texts:
            return Position(0, 0)
        block = max(0, min(position.block, len(self._built.texts) - 1))
        offset = max(0, min(position.offset, len(self._built.texts[block])))
        return Position(block, offset)

    def _caret_state(self) -> tuple[int, int] | None:
        """The caret's (anchor, position) in article coordinates, to survive a rebuild."""
        if self._built is None:
            return None
        cursor = self._browser.textCursor()
        a = self._built.article_position(cursor.anchor())
        p = self._built.article_position(cursor.position())
        return a, p

    def _set_caret(self, anchor: Position, position: Position | None = None) -> None:
        if self._built is None:
            return
        cursor = QTextCursor(self._built.document)
        cursor.setPosition(self._qt_pos(anchor.block, anchor.offset))
        if position is not None and position != anchor:
            cursor.setPosition(
                self._qt_pos(position.block, position.offset), QTextCursor.MoveMode.KeepAnchor
            )
        self._browser.setTextCursor(cursor)

    @property
    def at_spoken_place(self) -> bool:
        """Whether the place is the sentence read aloud: the user has not moved the caret or
        scrolled since it was marked (a stopped reading leaves its sentence marked)."""
        return self._source == "speech" and self._speech is not None

    def current_position(self) -> Position:
        if self._built is None or not self._built.texts:
            return Position(0, 0)
        if self._source == "caret":
            return self._built.article_position(self._browser.textCursor().position())
        if self._source == "restored":
            return self._pending
        if self._source == "speech" and self._spoken is not None:
            block, start, _end = self._spoken
            return Position(0, 0) if block == HEADLINE else Position(block, start)
        return self._top_position() or Position(0, 0)

    def _top_position(self) -> Position | None:
        """The article position at the start of the first line visible at the top."""
        if self._built is None:
            return None
        y = self._browser.verticalScrollBar().value()
        if y <= 0:
            return None
        doc = self._built.document
        layout = doc.documentLayout()
        hit = layout.hitTest(
            QPointF(self._browser.viewport().width() / 2, y), Qt.HitTestAccuracy.FuzzyHit
        )
        block = doc.findBlock(max(0, hit))
        while block.isValid():
            rect = layout.blockBoundingRect(block)
            if rect.bottom() > y:
                break
            block = block.next()
        if not block.isValid():
            block = doc.lastBlock()
        top = layout.blockBoundingRect(block).top()
        text_layout = block.layout()
        position = block.position()
        for i in range(text_layout.lineCount()):
            line = text_layout.lineAt(i)
            if top + line.y() + line.height() > y + 1:
                position = block.position() + line.textStart()
                break
        return self._built.article_position(position)

    def _view_anchor(self) -> Position | None:
        """What should stay at the top of the view across a resize or rebuild (None: the top)."""
        if self._building:
            return None
        if self._source == "restored":
            return None if self._pending == Position(0, 0) else self._pending
        return self._top_position()

    def _scroll_to(self, position: Position | None) -> None:
        """Put the line holding ``position`` at the top of the view (None: the very top)."""
        bar = self._browser.verticalScrollBar()
        with self._quiet():
            if position is None or self._built is None:
                bar.setValue(0)
                return
            cursor = QTextCursor(self._built.document)
            cursor.setPosition(self._qt_pos(position.block, position.offset))
            if position.offset == 0:
                # A figure's place is its caption's start; its image (or placeholder) stands
                # above it, and is what was at the top of the view.
                figure = next(
                    (f for f in self._built.figures.values() if f.index == position.block), None
                )
                if figure is not None:
                    image = self._built.document.findBlockByNumber(figure.image_block)
                    cursor.setPosition(image.position())
            rect = self._browser.cursorRect(cursor)
            bar.setValue(bar.value() + rect.top())

    def restore_position(self, position: Position) -> None:
        if self._built is None:
            return
        position = self._clamp(position)
        self._source, self._pending = "restored", position
        with self._quiet():
            self._set_caret(position)
        self._scroll_to(None if position == Position(0, 0) else position)

    def progress(self) -> float:
        if self._built is None or not self._built.texts:
            return 0.0
        bar = self._browser.verticalScrollBar()
        if (
            self._source == "top"
            and self._browser.isVisible()
            and 0 < bar.maximum() <= bar.value()  # scrolled to the end (not: nothing to scroll)
        ):
            return 1.0
        if self._source == "caret" and self._caret_on_last_line():
            return 1.0  # the last line reached with the arrow keys is the article read
        lengths = [len(t) for t in self._built.texts]
        total = sum(lengths) or 1
        pos = self.current_position()
        if self._source == "speech" and self._spoken is not None and self._spoken[0] >= 0:
            pos = Position(self._spoken[0], self._spoken[2])  # heard to the sentence's end
        done = sum(lengths[: pos.block]) + min(pos.offset, lengths[pos.block])
        return max(0.0, min(1.0, done / total))

    def _caret_on_last_line(self) -> bool:
        cursor = self._browser.textCursor()
        block = cursor.block()
        if block != self._built.document.lastBlock():
            return False
        layout = block.layout()
        line = layout.lineForTextPosition(cursor.positionInBlock())
        return line.isValid() and line.lineNumber() == layout.lineCount() - 1

    def _show_context_menu(self, event: QContextMenuEvent) -> bool:
        """The text's own menu (Copy, Select All) with what others add through
        ``contextMenuRequested``. With the mouse it is for the place clicked, and the caret moves
        there unless the click is inside the selection, so commands that act at the caret
        (highlight the sentence, bookmark, write a note) act where the user clicked; with the
        Menu key or Shift+F10 it is for the caret. False: no article, Qt's plain menu."""
        if self._built is None:
            return False
        browser, viewport = self._browser, self._browser.viewport()
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            point = viewport.mapFromGlobal(event.globalPos())
            clicked = browser.cursorForPosition(point)
            caret = browser.textCursor()
            inside = caret.selectionStart() <= clicked.position() < caret.selectionEnd()
            if not (caret.hasSelection() and inside):
                browser.setTextCursor(clicked)
            position = clicked.position()
            at = event.globalPos()
        else:
            point = browser.cursorRect().bottomLeft()
            position = browser.textCursor().position()
            at = viewport.mapToGlobal(point)
        menu = browser.createStandardContextMenu(point)
        menu.setObjectName("readerContextMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.contextMenuRequested.emit(menu, position)
        menu.popup(at)
        self.context_menu = menu
        return True

    def _on_cursor_moved(self) -> None:
        if self._built is None:
            return
        self._update_caret_description()
        if self._quiet_depth:
            return
        self._source = "caret"
        self._position_timer.start()

    def _on_scrolled(self, _value: int) -> None:
        if self._built is None:
            return
        if not self._quiet_depth:
            caret = self._browser.cursorRect()
            if self._source != "caret" or not self._browser.viewport().rect().intersects(caret):
                self._source = "top"
        self._position_timer.start()

    def flush_position(self) -> None:
        """Report a move still waiting out the scroll delay now (before the place is saved
        on leaving: a PageDown just before Ctrl+Q or another article is not lost)."""
        if self._position_timer.isActive():
            self._position_timer.stop()
            self._emit_position()

    def _emit_position(self) -> None:
        if self._built is not None:
            self.positionChanged.emit(self.current_position())

    # -- figures ----------------------------------------------------------------------------

    def _update_caret_description(self) -> None:
        figure = self._figure_at_caret()
        if figure is None:
            description = self._default_description
        else:
            description = figure.alt or figure.caption or self.tr("Image")
            if figure.available:
                description += " — " + self.tr("Press Enter to enlarge the image.")
            else:
                description += " — " + self.tr("Image not available offline")
        if self._browser.accessibleDescription() != description:
            self._browser.setAccessibleDescription(description)

    def _figure_at_caret(self) -> Figure | None:
        if self._built is None:
            return None
        return self._built.figure_at(self._browser.textCursor().blockNumber())

    def _open_figure_at_caret(self) -> bool:
        figure = self._figure_at_caret()
        if figure is None or not figure.available:
            return False
        self.open_image_viewer(figure)
        return True

    def _open_figure_at_point(self, point: QPoint) -> None:
        if self._built is None:
            return
        doc_point = QPointF(
            point.x() + self._browser.horizontalScrollBar().value(),
            point.y() + self._browser.verticalScrollBar().value(),
        )
        hit = self._built.document.documentLayout().hitTest(doc_point, Qt.HitTestAccuracy.ExactHit)
        if hit < 0:
            return
        block = self._built.document.findBlock(hit)
        figure = self._built.figures.get(block.blockNumber())
        if figure is None or not figure.available:
            return
        # The only character in an image block is the image itself.
        self.open_image_viewer(figure)

    def open_image_viewer(self, figure: Figure) -> ImageViewer | None:
        image = self._images.get(figure.sha256 or "")
        if image is None:
            return None
        viewer = ImageViewer(image, figure.alt, figure.caption, figure.credit, self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.finished.connect(lambda _r: self._browser.setFocus())
        viewer.destroyed.connect(lambda *_: setattr(self, "_viewer", None))
        self._viewer = viewer
        viewer.open()
        return viewer

    @property
    def image_viewer(self) -> ImageViewer | None:
        """The image viewer while it is open."""
        return self._viewer

    # -- find -------------------------------------------------------------------------------

    def open_find(self) -> None:
        selected = self._browser.textCursor().selectedText()
        initial = selected if selected and len(selected) < 80 else None
        self._find.open(initial)
        if initial is None and self._find.query().strip() and not self._find_spans:
            # Reopened on the last query: closing took its matches away, find them again.
            self._on_find_query(self._find.query(), select=False)

    def find_next(self) -> None:
        self._step_find(1)

    def find_previous(self) -> None:
        self._step_find(-1)

    def find_result(self) -> tuple[int, int]:
        """(current 1-based, total) of the find matches."""
        return self._find_current + 1, len(self._find_spans)

    def _step_find(self, step: int) -> None:
        if not self._find_spans:
            if not self._find.isVisible():
                self.open_find()
            if not self._find_spans:
                return
        spans = self._find_spans
        if self._find_current >= 0:
            self._select_match((self._find_current + step) % len(spans))
            return
        # No match chosen yet: the first after the place the user is at, or the last before
        # it (compared in the document, where the headline comes first).
        if self._source == "caret":
            at = self._browser.textCursor().selectionStart()
        else:
            here = self.current_position()
            at = 0 if here == Position(0, 0) else self._qt_pos(here.block, here.offset)
        places = [self._qt_pos(block, start) for block, start, _e in spans]
        if step > 0:
            index = next((i for i, p in enumerate(places) if p >= at), 0)
        else:
            index = next((i for i in reversed(range(len(places))) if places[i] < at), -1)
        self._select_match(index % len(spans))

    def _on_find_query(self, query: str, select: bool = True) -> None:
        spans: list[tuple[int, int, int]] = []
        if self._built is not None and query.strip():
            title = self._built.document.firstBlock().text()
            spans += [(HEADLINE, s, e) for s, e in find_matches(title, query)]
            for index, text in enumerate(self._built.texts):
                spans += [(index, s, e) for s, e in find_matches(text, query)]
        self._set_find_spans(spans)
        if spans and select:
            here = self.current_position()
            first = next(
                (i for i, (b, s, _e) in enumerate(spans) if (b, s) >= (here.block, here.offset)),
                0,
            )
            if self._source in ("top", "restored") and here == Position(0, 0):
                first = 0
            self._select_match(first)

    def _set_find_spans(self, spans: list[tuple[int, int, int]]) -> None:
        self._find_spans = spans
        self._find_current = -1
        self._refresh_find_selections()
        self._find.set_result(0, len(spans))

    def _select_match(self, index: int) -> None:
        self._find_current = index
        block, start, end = self._find_spans[index]
        cursor = QTextCursor(self._browser.document())
        cursor.setPosition(self._qt_pos(block, start))
        cursor.setPosition(self._qt_pos(block, end), QTextCursor.MoveMode.KeepAnchor)
        self._browser.setTextCursor(cursor)  # the user asked for it: the caret is theirs
        self._source = "caret"
        self._browser.ensureCursorVisible()
        self._refresh_find_selections()
        self._find.set_result(index + 1, len(self._find_spans))

    def _on_find_closed(self) -> None:
        self._set_find_spans([])
        self._browser.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- highlights -------------------------------------------------------------------------

    def _selection(
        self, block: int, start: int, end: int, fmt: QTextCharFormat
    ) -> QTextEdit.ExtraSelection:
        cursor = QTextCursor(self._browser.document())
        cursor.setPosition(self._qt_pos(block, start))
        cursor.setPosition(self._qt_pos(block, end), QTextCursor.MoveMode.KeepAnchor)
        sel = QTextEdit.ExtraSelection()
        sel.cursor = cursor
        sel.format = fmt
        return sel

    def _refresh_find_selections(self) -> None:
        self._find_selections = []
        if self._built is not None:
            theme = self.theme
            match, current = QTextCharFormat(), QTextCharFormat()
            match.setBackground(QColor(theme.find_match))
            current.setBackground(QColor(theme.find_current))
            current.setForeground(QColor(theme.text))
            for i, (block, start, end) in enumerate(self._find_spans):
                fmt = current if i == self._find_current else match
                self._find_selections.append(self._selection(block, start, end, fmt))
        self._apply_selections()

    def _apply_selections(self) -> None:
        selections = list(self._find_selections)
        if self._built is not None and self._speech is not None:
            theme = self.theme
            block, s0, s1, w0, w1 = self._speech
            sentence = QTextCharFormat()
            sentence.setBackground(QColor(theme.sentence_highlight))
            selections.append(self._selection(block, s0, s1, sentence))
            if w1 > w0:
                word = QTextCharFormat()
                word.setBackground(QColor(theme.word_highlight))
                word.setForeground(QColor(theme.word_text))
                # Not by colour alone: the spoken word is also underlined.
                word.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                selections.append(self._selection(block, w0, w1, word))
        self._browser.setExtraSelections(selections)

    @property
    def follow_speech(self) -> bool:
        return self._follow_speech

    @follow_speech.setter
    def follow_speech(self, value: bool) -> None:
        self._follow_speech = bool(value)

    def set_speech_highlight(
        self, block: int, sent_start: int, sent_end: int, word_start: int = 0, word_end: int = 0
    ) -> None:
        """Mark the sentence (and word) being read aloud, in article block coordinates;
        ``HEADLINE`` (-1) marks the headline, which is read first."""
        if self._built is None or not self._built.texts:
            return
        if block == HEADLINE:
            n = len(self._browser.document().firstBlock().text())
        else:
            block = max(0, min(block, len(self._built.texts) - 1))
            n = len(self._built.texts[block])
        s0, s1 = sorted((max(0, min(sent_start, n)), max(0, min(sent_end, n))))
        w0, w1 = sorted((max(0, min(word_start, n)), max(0, min(word_end, n))))
        self._speech = (block, s0, s1, w0, w1)
        self._spoken = (block, s0, s1)
        self._source = "speech"
        self._apply_selections()
        if self._follow_speech:
            self._reveal(block, w0 if w1 > w0 else s0, w1 if w1 > w0 else s1)
        self._position_timer.start()

    def clear_speech_highlight(self) -> None:
        """Take the mark away; the sentence last read stays the place (reading to the end
        leaves the article read to the end) until the user moves."""
        if self._speech is None:
            return
        self._speech = None
        self._apply_selections()

    def speech_highlight(self) -> tuple[int, int, int, int, int] | None:
        return self._speech

    def _reveal(self, block: int, start: int, end: int) -> None:
        """Scroll so the span is comfortably in view; leave the view alone if it already is."""
        cursor = QTextCursor(self._browser.document())
        cursor.setPosition(self._qt_pos(block, start))
        top = self._browser.cursorRect(cursor)
        cursor.setPosition(self._qt_pos(block, end))
        bottom = self._browser.cursorRect(cursor)
        view = self._browser.viewport().rect()
        margin = top.height()
        if top.top() >= margin and bottom.bottom() <= view.height() - margin:
            return
        bar = self._browser.verticalScrollBar()
        with self._quiet():
            bar.setValue(bar.value() + top.top() - view.height() // 3)
