"""The Notes menu's commands, as specs for the one action registry (``actions.py``).

The shortcuts are the highlight controller's (``SHORTCUTS``) so the keys the notes code
documents are the keys the window gives; the registry then shows them in menus, the toolbar
and the shortcuts help like every other command.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.ui.actions import ActionSpec, Key
from desktop.ui.highlight_controller import SHORTCUTS

translate = QCoreApplication.translate

MENU = "notes"


def menu_title() -> str:
    return translate("NotesActions", "&Notes")


def action_specs() -> list[ActionSpec]:
    """Notes commands, translated now. Order is menu order."""

    def spec(name: str, text: str, help_text: str, **kw) -> ActionSpec:
        return ActionSpec(name, text, MENU, (SHORTCUTS[name],), help=help_text, **kw)

    return [
        spec(
            "toggle_bookmark",
            translate("NotesActions", "Toggle &Bookmark"),
            translate("NotesActions", "Add or remove a bookmark at the reading position"),
            icon="bookmark-new",
        ),
        spec(
            "highlight",
            translate("NotesActions", "&Highlight"),
            translate("NotesActions", "Highlight the selection, or the sentence at the caret"),
            separator_before=True,
        ),
        spec(
            "highlight_sentence",
            translate("NotesActions", "Highlight &Sentence"),
            translate(
                "NotesActions", "Highlight the sentence being read aloud, or the caret's sentence"
            ),
        ),
        spec(
            "highlight_paragraph",
            translate("NotesActions", "Highlight &Paragraph"),
            translate("NotesActions", "Highlight the paragraph at the caret"),
        ),
        spec(
            "edit_note",
            translate("NotesActions", "Add or Edit &Note…"),
            translate("NotesActions", "Write a note on the highlight at the caret"),
        ),
        spec(
            "remove_highlight",
            translate("NotesActions", "&Remove Highlight"),
            translate("NotesActions", "Remove the highlight at the caret (Undo brings it back)"),
        ),
        spec(
            "next_colour",
            translate("NotesActions", "Next Highlight &Colour"),
            translate("NotesActions", "Use the next colour for new highlights"),
            separator_before=True,
        ),
        spec(
            "toggle_underline",
            translate("NotesActions", "&Underline Instead of Colour"),
            translate("NotesActions", "Mark new highlights with an underline, not a colour"),
        ),
        ActionSpec(
            "notes_panel",
            translate("NotesActions", "Notes of This &Article"),
            MENU,
            ("Ctrl+Shift+B",),
            help=translate("NotesActions", "Show or hide the list of this article's notes"),
            checkable=True,
            separator_before=True,
        ),
        ActionSpec(
            "all_notes",
            translate("NotesActions", "All Notes in the &Library…"),
            MENU,
            ("Ctrl+Shift+L",),
            help=translate(
                "NotesActions", "Every quote and note in the library: search, filter, export"
            ),
        ),
        ActionSpec(
            "undo",
            translate("NotesActions", "&Undo"),
            "edit",
            (Key.Undo,),
            "edit-undo",
            translate("NotesActions", "Undo the last change to notes and highlights"),
            separator_before=True,
        ),
        ActionSpec(
            "redo",
            translate("NotesActions", "&Redo"),
            "edit",
            (Key.Redo,),
            "edit-redo",
            translate("NotesActions", "Redo what was undone"),
        ),
    ]
