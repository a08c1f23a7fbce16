"""The library pane: search box, sort and filter, and the list of articles.

It reads the store and reports which article the user opens; it never touches the reader (the
main window wires the two). The list is right to left whatever the interface language, because
the titles are Arabic. Searching is live: each key restarts a short timer, so typing a word runs
one query, not one per letter.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.model import ArticleSummary, SearchHit, Snippet
from desktop.store import Store
from desktop.ui.focus_frame import FramedComboBox, FramedLineEdit, FramedListView
from desktop.ui.library_model import IdRole, LibraryModel

if TYPE_CHECKING:
    from desktop.ui.library_search import LibrarySearch

translate = QCoreApplication.translate

SEARCH_DELAY_MS = 150
SEARCH_LIMIT = 200
SETTING_SORT = "library.sort"
SETTING_STATUS = "library.status"


def sort_choices() -> list[tuple[str, str]]:
    return [
        ("imported", translate("LibraryPane", "Date imported")),
        ("published", translate("LibraryPane", "Date published")),
        ("title", translate("LibraryPane", "Title")),
        ("last_read", translate("LibraryPane", "Last read")),
    ]


def status_choices() -> list[tuple[str | None, str]]:
    return [
        (None, translate("LibraryPane", "All articles")),
        ("unread", translate("LibraryPane", "Unread")),
        ("in_progress", translate("LibraryPane", "In progress")),
        ("finished", translate("LibraryPane", "Finished")),
    ]


class LibraryPane(QWidget):
    """Signals ``articleActivated(id)`` when the user opens an article (Enter, click),
    ``countChanged(shown, total)`` after every refresh so the window can announce it, and
    ``searchFailed(message)`` when a typed search could not run."""

    articleActivated = Signal(int)
    countChanged = Signal(int, int)
    searchFailed = Signal(str)  # a typed search could not run; why (the store's message)

    def __init__(self, store: Store, parent: QWidget | None = None, *, load: bool = True) -> None:
        """``load=False`` leaves the list empty until ``refresh()``: the window fills it after
        its first paint, so a 10,000-article library does not delay the article."""
        super().__init__(parent)
        self.setObjectName("libraryPane")
        self.loaded = False
        self.store = store

        self.search = FramedLineEdit(self)
        self.search.setObjectName("librarySearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(translate("LibraryPane", "Search titles and text"))
        self.search.setAccessibleName(translate("LibraryPane", "Search library"))
        self.search.setAccessibleDescription(
            translate(
                "LibraryPane",
                "Type words to find; spelling variants of hamza, alef maqsura and taa marbuta "
                "match too. Press Down to go to the results.",
            )
        )
        # Search text is usually Arabic: start right to left, the user's text decides after.
        self.search.setLayoutDirection(Qt.LayoutDirection.RightToLeft)

        self.sort = FramedComboBox(self)
        self.sort.setObjectName("librarySort")
        for value, text in sort_choices():
            self.sort.addItem(text, value)
        self.sort.setAccessibleName(translate("LibraryPane", "Sort articles by"))
        self.sort.setAccessibleDescription(
            translate("LibraryPane", "Search results are listed best match first")
        )

        self.status = FramedComboBox(self)
        self.status.setObjectName("libraryFilter")
        for value, text in status_choices():
            self.status.addItem(text, value)
        self.status.setAccessibleName(translate("LibraryPane", "Show"))
        self.status.setAccessibleDescription(
            translate("LibraryPane", "Show all articles, or only unread, in progress or finished")
        )

        self.model = LibraryModel(self)
        self.list = FramedListView(self)
        self.list.setObjectName("libraryList")
        self.list.setModel(self.model)
        # The row delegate is set by the first refresh (see article_delegate.py).
        self.list.setUniformItemSizes(True)
        self.list.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setAccessibleName(translate("LibraryPane", "Articles"))
        self.list.setAccessibleDescription(
            translate("LibraryPane", "Press Enter to open the selected article")
        )

        self.count_label = QLabel(self)
        self.count_label.setObjectName("libraryCount")

        sort_label = QLabel(translate("LibraryPane", "S&ort:"), self)
        sort_label.setBuddy(self.sort)
        status_label = QLabel(translate("LibraryPane", "Sho&w:"), self)
        status_label.setBuddy(self.status)
        search_label = QLabel(translate("LibraryPane", "Sear&ch:"), self)
        search_label.setBuddy(self.search)

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(search_label, self.search)
        form.addRow(sort_label, self.sort)
        form.addRow(status_label, self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(form)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count_label)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search_typed)
        # The article open in the reader (the window sets it), and the one a refresh chose
        # because nothing else could be kept: a refresh keeps the user's choice, else the open
        # article, else the top row. Without this, clearing a search left its top hit
        # selected, and Delete asked about it instead of the article being read.
        self.open_article_id: int | None = None
        self._auto_current: int | None = None
        self._searcher: LibrarySearch | None = None  # made by the first typed search
        self._ticket: int | None = None  # the typed search whose result the list waits for
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self._search_now)
        self.search.installEventFilter(self)
        self.sort.currentIndexChanged.connect(self._sort_changed)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.list.activated.connect(self._activated)
        self.list.clicked.connect(self._activated)

        self._restore_choices()
        if load:
            self.refresh()

    # --- settings ---------------------------------------------------------------------------

    def _restore_choices(self) -> None:
        for combo, key in ((self.sort, SETTING_SORT), (self.status, SETTING_STATUS)):
            index = combo.findData(self.store.get_setting(key))
            if index >= 0:
                combo.blockSignals(True)
                combo.setCurrentIndex(index)
                combo.blockSignals(False)

    def _sort_changed(self) -> None:
        self.store.set_setting(SETTING_SORT, self.sort.currentData())
        self.refresh()

    def _status_changed(self) -> None:
        self.store.set_setting(SETTING_STATUS, self.status.currentData())
        self.refresh()

    # --- loading ----------------------------------------------------------------------------

    def query(self) -> str:
        return self.search.text().strip()

    def refresh(self) -> None:
        """Reload rows from the store, keeping the selected article selected if still shown.

        With a query the rows are search hits, best match first, narrowed by the Show filter;
        without one they are the whole library in the chosen order.
        """
        self._timer.stop()
        self._ticket = None  # a typed search still running is overtaken by this
        status = self.status.currentData()
        query = self.query()
        if query:
            self._show_hits(self.store.search(query, limit=SEARCH_LIMIT, status=status))
        else:
            self._show(self.store.list_articles(sort=self.sort.currentData(), status=status))

    def _search_typed(self) -> None:
        """The search box's pause in typing: search on the search thread (a short query can
        take long to rank in a large library), the whole list at once."""
        query = self.query()
        if not query:
            self.refresh()
            return
        if self._searcher is None:
            from desktop.ui.library_search import LibrarySearch

            self._searcher = LibrarySearch(self.store.path, self)
            self._searcher.found.connect(self._found)
            self._searcher.failed.connect(self._search_failed)
        self._ticket = self._searcher.search(query, self.status.currentData(), SEARCH_LIMIT)

    def _found(self, ticket: int, hits: list[SearchHit]) -> None:
        if ticket == self._ticket:
            self._ticket = None
            self._show_hits(hits)

    def _search_failed(self, ticket: int, message: str) -> None:
        if ticket == self._ticket:
            self._ticket = None
            self._show_hits([])
            self.searchFailed.emit(message)

    def _show_hits(self, hits: list[SearchHit]) -> None:
        self._show([h.article for h in hits], {h.article.id: h.snippet for h in hits})

    def _show(self, rows: list[ArticleSummary], snippets: dict[int, Snippet] | None = None) -> None:
        """Put rows in the list, keeping the selected article selected if still shown."""
        if not self.loaded:
            from desktop.ui.article_delegate import ArticleDelegate

            self.list.setItemDelegate(ArticleDelegate(self.list))
        self.loaded = True
        current = self.current_article_id()
        chosen = None if current == self._auto_current else current
        self.model.set_rows(rows, snippets)
        # Row heights differ with snippets; uniform sizes cache one, so re-measure.
        self.list.setUniformItemSizes(False)
        self.list.setUniformItemSizes(True)
        self._auto_current = None
        for keep in (chosen, self.open_article_id):
            if keep is not None and self.select_article(keep):
                break
        else:
            if self.model.rowCount():
                self.list.setCurrentIndex(self.model.index(0))
                self._auto_current = self.current_article_id()
        self._update_count()

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        total = self.store.count_articles()
        # A label and a number, not a plural sentence (see import_worker.summary_text).
        if self.query():
            text = translate("LibraryPane", "Articles found: %1")
        elif shown == total:
            text = translate("LibraryPane", "Articles: %1")
        else:
            text = translate("LibraryPane", "Articles: %1 of %2")
        text = text.replace("%1", QLocale().toString(shown))
        text = text.replace("%2", QLocale().toString(total))
        self.count_label.setText(text)
        self.countChanged.emit(shown, total)

    def count_text(self) -> str:
        return self.count_label.text()

    def update_article(self, article_id: int) -> None:
        """Redraw one row after its reading progress changed (no reload, no lost scroll)."""
        with contextlib.suppress(KeyError):
            self.model.update_summary(self.store.summary(article_id))

    # --- selection --------------------------------------------------------------------------

    def current_article_id(self) -> int | None:
        index = self.list.currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def select_article(self, article_id: int) -> bool:
        row = self.model.row_of(article_id)
        if row < 0:
            return False
        index = self.model.index(row)
        self.list.setCurrentIndex(index)
        self.list.scrollTo(index)
        return True

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.articleActivated.emit(index.data(IdRole))

    def stop(self) -> None:
        """No more queries (the window is closing; the store may close next)."""
        self._timer.stop()
        self.search.textChanged.disconnect(self._timer.start)
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None

    def _search_now(self) -> None:
        self.refresh()
        self.focus_list()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def focus_list(self) -> None:
        self.list.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.list.currentIndex().isValid() and self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            # Down from the search box goes to the results, as in a browser's address bar.
            if event.key() == Qt.Key.Key_Down:
                if self._timer.isActive():
                    self.refresh()
                self.focus_list()
                return True
            # Escape clears the search, as its clear button does.
            if event.key() == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        return super().eventFilter(watched, event)
