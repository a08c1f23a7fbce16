"""The one action registry: every command the window offers, described once.

Menus, the toolbar and the shortcuts help dialog all read the same list, so a command cannot
have a shortcut that the help does not show, or a menu entry that the keyboard cannot reach.
Texts are translated when the specs are built (``action_specs()``), so building them after a
translator is installed gives the new language.

Shortcuts use Qt's standard key sequences where Qt has one (so they follow the platform), plus
plain strings where it has none or where the platform plugin returns nothing (``Quit`` is empty
on some Linux platforms, so ``Ctrl+Q`` is listed after it as well).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar, QWidget

translate = QCoreApplication.translate
Key = QKeySequence.StandardKey
Shortcut = QKeySequence.StandardKey | str

# Menu keys, in menu-bar order. Titles are in ``menu_titles()``.
MENUS = ("file", "edit", "view", "go", "help")
# Sub-menus: key -> parent menu key.
SUBMENUS = {"text": "view", "theme": "view", "language": "view"}


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """One command: what it is called, how to reach it, and where it lives.

    ``menu`` is a key of ``MENUS`` or ``SUBMENUS``; every spec has one, so every command is
    reachable from the keyboard through the menu bar's mnemonics even without a shortcut.
    ``group`` names an exclusive group of checkable actions (themes, languages); ``value`` is
    what the group's member stands for ("dark", "ar").
    """

    name: str
    text: str
    menu: str
    shortcuts: tuple[Shortcut, ...] = ()
    icon: str = ""
    help: str = ""
    checkable: bool = False
    group: str = ""
    value: Any = None
    toolbar: bool = False
    # Actions that belong to one widget (delete from the list) instead of the whole window.
    widget_scope: bool = False
    separator_before: bool = False


def menu_titles() -> dict[str, str]:
    return {
        "file": translate("Actions", "&File"),
        "edit": translate("Actions", "&Edit"),
        "view": translate("Actions", "&View"),
        "go": translate("Actions", "&Go"),
        "help": translate("Actions", "&Help"),
        "text": translate("Actions", "&Text"),
        "theme": translate("Actions", "T&heme"),
        "language": translate("Actions", "&Language"),
    }


def action_specs() -> list[ActionSpec]:
    """Every command, translated now. Order is menu order."""
    return [
        # File
        ActionSpec(
            "import_files",
            translate("Actions", "&Import Files…"),
            "file",
            (Key.Open,),
            "document-open",
            translate("Actions", "Import article files (text or HTML) into the library"),
            toolbar=True,
        ),
        ActionSpec(
            "import_folder",
            translate("Actions", "Import &Folder…"),
            "file",
            ("Ctrl+Shift+O",),
            "folder-open",
            translate("Actions", "Import every article file in a folder and its sub-folders"),
            toolbar=True,
        ),
        ActionSpec(
            "save_from_url",
            translate("Actions", "Save from &URL…"),
            "file",
            ("Ctrl+L",),
            "insert-link",
            translate("Actions", "Save a web page for offline reading, with its pictures"),
            toolbar=True,
        ),
        ActionSpec(
            "delete_article",
            translate("Actions", "&Delete Article…"),
            "file",
            (Key.Delete,),
            "edit-delete",
            translate("Actions", "Delete the selected article from the library"),
            widget_scope=True,
            separator_before=True,
        ),
        ActionSpec(
            "quit",
            translate("Actions", "&Quit"),
            "file",
            (Key.Quit, "Ctrl+Q"),
            "application-exit",
            translate("Actions", "Close Qari"),
            separator_before=True,
        ),
        # Edit
        ActionSpec(
            "search_library",
            translate("Actions", "&Search Library"),
            "edit",
            ("Ctrl+K", "Ctrl+E"),
            "edit-find",
            translate("Actions", "Move to the library search box"),
        ),
        ActionSpec(
            "find_in_article",
            translate("Actions", "&Find in Article…"),
            "edit",
            (Key.Find,),
            "edit-find",
            translate("Actions", "Find text in the open article"),
            toolbar=True,
        ),
        ActionSpec(
            "find_next",
            translate("Actions", "Find &Next"),
            "edit",
            (Key.FindNext,),
            "go-down-search",
            translate("Actions", "Go to the next match in the article"),
        ),
        ActionSpec(
            "find_previous",
            translate("Actions", "Find Pre&vious"),
            "edit",
            (Key.FindPrevious,),
            "go-up-search",
            translate("Actions", "Go to the previous match in the article"),
        ),
        # View
        ActionSpec(
            "zoom_in",
            translate("Actions", "Zoom &In"),
            "view",
            (Key.ZoomIn, "Ctrl+="),
            "zoom-in",
            translate("Actions", "Make the article text larger"),
            toolbar=True,
        ),
        ActionSpec(
            "zoom_out",
            translate("Actions", "Zoom &Out"),
            "view",
            (Key.ZoomOut, "Ctrl+-"),
            "zoom-out",
            translate("Actions", "Make the article text smaller"),
            toolbar=True,
        ),
        ActionSpec(
            "zoom_reset",
            translate("Actions", "&Reset Zoom"),
            "view",
            ("Ctrl+0",),
            "zoom-original",
            translate("Actions", "Return the article text to its normal size"),
        ),
        ActionSpec(
            "font_family",
            translate("Actions", "&Font…"),
            "text",
            (),
            "preferences-desktop-font",
            translate("Actions", "Choose the typeface of the article text"),
        ),
        ActionSpec(
            "line_spacing_more",
            translate("Actions", "&More Line Spacing"),
            "text",
            (),
            "",
            translate("Actions", "Put more space between lines"),
            separator_before=True,
        ),
        ActionSpec(
            "line_spacing_less",
            translate("Actions", "&Less Line Spacing"),
            "text",
            (),
            "",
            translate("Actions", "Put less space between lines"),
        ),
        ActionSpec(
            "width_more",
            translate("Actions", "&Wider Text"),
            "text",
            ("Ctrl+]",),
            "",
            translate("Actions", "Allow longer lines"),
            separator_before=True,
        ),
        ActionSpec(
            "width_less",
            translate("Actions", "&Narrower Text"),
            "text",
            ("Ctrl+[",),
            "",
            translate("Actions", "Keep lines shorter"),
        ),
        ActionSpec(
            "justify",
            translate("Actions", "&Justify Text"),
            "text",
            ("Ctrl+J",),
            "format-justify-fill",
            translate("Actions", "Align both edges of each paragraph"),
            checkable=True,
            separator_before=True,
        ),
        *_theme_specs(),
        *_language_specs(),
        # Go
        ActionSpec(
            "next_pane",
            translate("Actions", "&Next Pane"),
            "go",
            ("F6",),
            "",
            translate("Actions", "Move to the next part of the window"),
        ),
        ActionSpec(
            "previous_pane",
            translate("Actions", "&Previous Pane"),
            "go",
            ("Shift+F6",),
            "",
            translate("Actions", "Move to the previous part of the window"),
        ),
        ActionSpec(
            "focus_library",
            translate("Actions", "&Library List"),
            "go",
            ("Ctrl+1",),
            "",
            translate("Actions", "Move to the list of articles"),
            separator_before=True,
        ),
        ActionSpec(
            "focus_reader",
            translate("Actions", "&Article"),
            "go",
            ("Ctrl+2",),
            "",
            translate("Actions", "Move to the article text"),
        ),
        ActionSpec(
            "menu_bar",
            translate("Actions", "&Menu Bar"),
            "go",
            ("F10",),
            "",
            translate("Actions", "Open the first menu; arrow keys move between menus"),
            separator_before=True,
        ),
        ActionSpec(
            "context_menu",
            translate("Actions", "&Context Menu"),
            "go",
            ("Shift+F10",),
            "",
            translate("Actions", "Open the menu of what has the focus, as the Menu key does"),
        ),
        # Help
        ActionSpec(
            "shortcuts_help",
            translate("Actions", "&Keyboard Shortcuts"),
            "help",
            (Key.HelpContents,),
            "help-contents",
            translate("Actions", "List every command and its shortcut"),
        ),
    ]


def _theme_specs() -> list[ActionSpec]:
    names = [
        ("light", translate("Actions", "&Light")),
        ("sepia", translate("Actions", "&Sepia")),
        ("dark", translate("Actions", "&Dark")),
        ("high_contrast", translate("Actions", "&High Contrast")),
    ]
    return [
        ActionSpec(
            f"theme_{value}",
            text,
            "theme",
            help=translate("Actions", "Colours of the article and the window"),
            checkable=True,
            group="theme",
            value=value,
        )
        for value, text in names
    ]


def _language_specs() -> list[ActionSpec]:
    names = [
        ("system", translate("Actions", "&System Language")),
        # Each language is named in itself, so a user who cannot read the current one finds it.
        ("ar", "&العربية"),
        ("en", "&English"),
    ]
    return [
        ActionSpec(
            f"language_{value}",
            text,
            "language",
            help=translate("Actions", "Language of menus and messages"),
            checkable=True,
            group="language",
            value=value,
        )
        for value, text in names
    ]


def key_sequences(spec: ActionSpec) -> list[QKeySequence]:
    """The spec's shortcuts as key sequences: standard keys expanded, duplicates dropped."""
    out: list[QKeySequence] = []
    for shortcut in spec.shortcuts:
        if isinstance(shortcut, str):
            candidates = [QKeySequence(shortcut)]
        else:
            candidates = QKeySequence.keyBindings(shortcut)
        for seq in candidates:
            if not seq.isEmpty() and seq not in out:
                out.append(seq)
    return out


def _isolate_shortcuts_when_first_shown(menu: QMenu) -> None:
    """Shortcuts drawn left to right in an Arabic menu (see ``menu_style``)."""

    def first_show() -> None:
        from desktop.ui.menu_style import isolating_style  # loads when a menu first opens

        menu.aboutToShow.disconnect(first_show)
        menu.setStyle(isolating_style())

    menu.aboutToShow.connect(first_show)


def shortcut_text(spec: ActionSpec) -> str:
    """Shortcuts as the user reads them, in native text (modifier names translated).

    Keys only special keyboards have (the "Open", "Find" and "Zoom In" media keys that Qt's
    standard bindings add) are left out: they still work, but a list of them confuses. Each
    sequence is a left-to-right isolate, so "Ctrl+F" stays whole inside Arabic text.
    """
    texts = [
        "\u2066" + s.toString(QKeySequence.SequenceFormat.NativeText) + "\u2069"
        for s in key_sequences(spec)
        if s[0].key().value < Qt.Key.Key_Back.value
    ]
    return QCoreApplication.translate("Actions", ", ").join(texts)


def plain_text(text: str) -> str:
    """Menu text without its mnemonic ampersand and trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


@dataclass
class Registry:
    """Creates one QAction per spec on ``owner`` and builds menus and the toolbar from them."""

    owner: QWidget
    specs: list[ActionSpec] = field(default_factory=action_specs)
    # Menus other modules add (key -> translated title), placed before Help: e.g. read-aloud's
    # ``Registry(w, action_specs() + read_aloud.action_specs(), {MENU: menu_title()})``.
    extra_menus: dict[str, str] = field(default_factory=dict)
    actions: dict[str, QAction] = field(default_factory=dict)
    groups: dict[str, QActionGroup] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for spec in self.specs:
            self.actions[spec.name] = self._make(spec)

    def _make(self, spec: ActionSpec) -> QAction:
        action = QAction(spec.text, self.owner)
        action.setObjectName(f"action_{spec.name}")
        if spec.icon:
            action.setIcon(QIcon.fromTheme(spec.icon))
        shortcuts = key_sequences(spec)
        if shortcuts:
            action.setShortcuts(shortcuts)
        if spec.help:
            action.setStatusTip(spec.help)
            action.setToolTip(_tooltip(spec))
            action.setWhatsThis(spec.help)
        action.setCheckable(spec.checkable)
        if spec.value is not None:
            action.setData(spec.value)
        if spec.group:
            group = self.groups.get(spec.group)
            if group is None:
                group = self.groups[spec.group] = QActionGroup(self.owner)
                group.setExclusive(True)
            group.addAction(action)
        if spec.widget_scope:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        else:
            # Window-wide: the owner holds every action so shortcuts work with menus hidden.
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.owner.addAction(action)
        return action

    def __getitem__(self, name: str) -> QAction:
        return self.actions[name]

    def spec(self, name: str) -> ActionSpec:
        return next(s for s in self.specs if s.name == name)

    def connect(self, handlers: dict[str, Callable[..., Any]]) -> None:
        for name, handler in handlers.items():
            self.actions[name].triggered.connect(handler)

    def build_menus(self, bar: QMenuBar) -> dict[str, QMenu]:
        titles = {**menu_titles(), **self.extra_menus}
        order = [*MENUS[:-1], *self.extra_menus, MENUS[-1]]
        menus: dict[str, QMenu] = {}
        for key in order:
            menus[key] = bar.addMenu(titles[key])
            menus[key].setObjectName(f"menu_{key}")
        for key, parent in SUBMENUS.items():
            menus[key] = menus[parent].addMenu(titles[key])
            menus[key].setObjectName(f"menu_{key}")
        for menu in menus.values():
            _isolate_shortcuts_when_first_shown(menu)
        for spec in self.specs:
            menu = menus[spec.menu]
            if spec.separator_before and not menu.isEmpty():
                menu.addSeparator()
            menu.addAction(self.actions[spec.name])
        return menus

    def build_toolbar(self, toolbar: QToolBar) -> None:
        for spec in self.specs:
            if spec.toolbar:
                toolbar.addAction(self.actions[spec.name])

    def in_group(self, group: str) -> Iterable[QAction]:
        return self.groups[group].actions()


def _tooltip(spec: ActionSpec) -> str:
    keys = shortcut_text(spec)
    name = plain_text(spec.text)
    return f"{name} ({keys})" if keys else name
