"""The keyboard shortcuts help (F1): every registry action, its shortcut and what it does.

It is built from the same registry as the menus, so it cannot list a shortcut that does not
exist. A filter box narrows the table; the table is a plain item view, so a screen reader reads
it row by row with its column headers.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.actions import Registry, menu_titles, plain_text, shortcut_text
from desktop.ui.focus_frame import FramedLineEdit, FramedPushButton, FramedTableWidget

translate = QCoreApplication.translate


class ShortcutsDialog(QDialog):
    def __init__(self, registry: Registry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(translate("ShortcutsDialog", "Keyboard Shortcuts"))
        self.resize(640, 520)

        self.filter = FramedLineEdit(self)
        self.filter.setObjectName("shortcutsFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(translate("ShortcutsDialog", "Filter commands"))
        self.filter.setAccessibleName(translate("ShortcutsDialog", "Filter commands"))
        label = QLabel(translate("ShortcutsDialog", "&Filter:"), self)
        label.setBuddy(self.filter)

        self.table = FramedTableWidget(0, 4, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels(
            [
                translate("ShortcutsDialog", "Command"),
                translate("ShortcutsDialog", "Shortcut"),
                translate("ShortcutsDialog", "Menu"),
                translate("ShortcutsDialog", "Description"),
            ]
        )
        self.table.setAccessibleName(translate("ShortcutsDialog", "Commands and shortcuts"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        titles = {**menu_titles(), **registry.extra_menus}
        rows = registry.specs
        self.table.setRowCount(len(rows))
        for row, spec in enumerate(rows):
            values = [
                plain_text(spec.text),
                shortcut_text(spec) or translate("ShortcutsDialog", "(menu only)"),
                plain_text(titles.get(spec.menu, "")),
                spec.help,
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 1:
                    # Key names read left to right in every language ("Ctrl+F").
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading
                    )
                item.setData(Qt.ItemDataRole.UserRole, spec.name)
                self.table.setItem(row, column, item)

        buttons = QDialogButtonBox(self)
        close = FramedPushButton(translate("ShortcutsDialog", "Close"))  # its focus shows
        close.setAccessibleName(translate("ShortcutsDialog", "Close"))
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

        self.filter.textChanged.connect(self._apply_filter)
        self.table.setCurrentCell(0, 0)

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.table.rowCount()):
            haystack = " ".join(
                self.table.item(row, c).text() for c in range(self.table.columnCount())
            ).casefold()
            self.table.setRowHidden(row, bool(needle) and needle not in haystack)

    def visible_names(self) -> list[str]:
        return [
            self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
            for row in range(self.table.rowCount())
            if not self.table.isRowHidden(row)
        ]
