"""Highlights and bookmarks in the reader: make them from the keyboard, show them, undo them.

Public API (for the main window; everything else is private)

=========================================  =====================================================
``NotesContext(notes, parent=None)``       what the notes widgets share: ``notes`` (a
                                           desktop.notes.Notes), one ``undo_stack``
                                           (QUndoStack), signal ``changed(int article_id)``
                                           (-1: several) and signal ``announce(str)``.
                                           Every change goes through it, so it is undoable
                                           and every widget hears about it.
``HighlightController(context, reader)``   ``reader``: a ReaderView (public API only: ``browser``,
                                           ``built``, ``article``, ``theme``,
                                           ``current_position()``, ``speech_highlight()``,
                                           signals ``articleShown``, ``typographyChanged``)
``highlight()``                            the selection; with nothing selected, the sentence
``highlight_selection()``                  the selection (one highlight per paragraph it spans)
``highlight_sentence()``                   the sentence being read aloud, else the caret's
``highlight_paragraph()``                  the paragraph of the read-aloud position / caret
``toggle_bookmark(name="")``               Ctrl+D at ``reader.current_position()``
``edit_note()``                            add or edit the note of the highlight at the caret
                                           (the selection is highlighted first if it has none)
``remove_highlight()``                     the highlight at the caret (undo brings it back)
``next_colour()`` / ``toggle_underline()``  the look of the next highlight, announced
``colour`` / ``style``                     current look ("yellow".., "background"/"underline")
``handlers()``                             action name -> slot, for the action registry
                                           (the specs are in ``notes_actions.py``)
``refresh()``                              re-read and re-draw (called on ``context.changed``)
=========================================  =====================================================

Default shortcuts (``SHORTCUTS``): Ctrl+D bookmark, Ctrl+Shift+H highlight, Ctrl+Alt+S
sentence, Ctrl+Alt+P paragraph, Ctrl+Alt+N note, Ctrl+Shift+Delete remove, Ctrl+Alt+C colour,
Ctrl+Alt+U underline.

Stored highlights are drawn as character formats on the reader's document (background, or a
thick underline for the colour-independent style), never as edits of the text: the reader owns
the extra selections (find matches, the spoken word), which then paint over the note colours.
The reader builds a new document when an article opens or the typography changes, and says so
(``articleShown``, ``typographyChanged``), so the formats are put back then.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import (
    QColor,
    QTextCharFormat,
    QTextCursor,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import QWidget

from desktop import arabic
from desktop.model import Bookmark, Highlight, Position
from desktop.notes import COLOURS, STYLES, Notes
from desktop.ui.document_builder import cp_to_u16, u16_to_cp
from desktop.ui.i18n import isolated
from desktop.ui.themes import Theme, get_theme

translate = QCoreApplication.translate

SHORTCUTS = {
    "toggle_bookmark": "Ctrl+D",
    "highlight": "Ctrl+Shift+H",
    "highlight_sentence": "Ctrl+Alt+S",
    "highlight_paragraph": "Ctrl+Alt+P",
    "edit_note": "Ctrl+Alt+N",
    "remove_highlight": "Ctrl+Shift+Del",
    "next_colour": "Ctrl+Alt+C",
    "toggle_underline": "Ctrl+Alt+U",
}
ANNOUNCE_WORDS = 8  # words of a quote read back after highlighting it


def colour_name(colour: str) -> str:
    names = {
        "yellow": translate("Notes", "Yellow"),
        "green": translate("Notes", "Green"),
        "blue": translate("Notes", "Blue"),
        "pink": translate("Notes", "Pink"),
        "orange": translate("Notes", "Orange"),
    }
    return names.get(colour, colour)


def style_name(style: str) -> str:
    return {
        "background": translate("Notes", "Background"),
        "underline": translate("Notes", "Underline"),
    }.get(style, style)


def short_quote(text: str, words: int = ANNOUNCE_WORDS) -> str:
    """The quote's first words, as a bidi isolate: an Arabic quote inside an English message
    (or the reverse) otherwise pulls the message's punctuation and «…» to the wrong side."""
    parts = text.split()
    return isolated(" ".join(parts[:words]) + ("…" if len(parts) > words else ""))


# --- shared state and undo -----------------------------------------------------------------------


class NotesContext(QObject):
    changed = Signal(int)  # article id whose notes changed; -1 for several
    announce = Signal(str)

    def __init__(self, notes: Notes, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.notes = notes
        self.undo_stack = QUndoStack(self)
        self._failed = False  # set by a _Command whose article is gone

    def say(self, message: str) -> None:
        self.announce.emit(message)

    def undo(self) -> None:
        """Undo the last change to notes and say which, once (a highlight over three
        paragraphs is one step)."""
        if not self.undo_stack.canUndo():
            return
        text = self.undo_stack.undoText()
        if self._step(self.undo_stack.undo):
            self.say(translate("Notes", "Undone: %1").replace("%1", text))

    def redo(self) -> None:
        if not self.undo_stack.canRedo():
            return
        text = self.undo_stack.redoText()
        if self._step(self.undo_stack.redo):
            self.say(translate("Notes", "Redone: %1").replace("%1", text))

    def _step(self, step: Callable[[], None]) -> bool:
        """Run an undo or redo; False when its article is gone (the step is dropped)."""
        self._failed = False
        step()
        if self._failed:
            self.say(translate("Notes", "That change cannot be undone: its article is gone."))
        return not self._failed

    def _run(
        self, text: str, do: Callable[[], object], undo: Callable[[], object], article_id: int
    ) -> None:
        self.undo_stack.push(_Command(self, text, do, undo, article_id))

    # Each operation does its work now, then records how to undo and redo it.

    def add_highlight(
        self,
        article_id: int,
        block: int,
        start: int,
        end: int,
        colour: str = "yellow",
        style: str = "background",
    ) -> Highlight:
        h = self.notes.add_highlight(article_id, block, start, end, colour, style)
        state = _Ref(h)
        self._run(
            translate("Notes", "Highlight"),
            lambda: state.set(self.notes.restore_highlight(state.value)),
            lambda: self.notes.delete_highlight(state.value.id),
            article_id,
        )
        return h

    def update_highlight(self, highlight_id: int, **changes) -> Highlight:
        old = self.notes.get_highlight(highlight_id)
        new = self.notes.update_highlight(highlight_id, **changes)
        keys = ("colour", "style", "note", "note_direction", "note_language")
        self._run(
            translate("Notes", "Edit Note"),
            lambda: self.notes.update_highlight(highlight_id, **{k: getattr(new, k) for k in keys}),
            lambda: self.notes.update_highlight(highlight_id, **{k: getattr(old, k) for k in keys}),
            old.article_id,
        )
        return new

    def delete_highlight(self, highlight_id: int) -> Highlight:
        h = self.notes.delete_highlight(highlight_id)
        state = _Ref(h)
        self._run(
            translate("Notes", "Delete Highlight"),
            lambda: self.notes.delete_highlight(state.value.id),
            lambda: state.set(self.notes.restore_highlight(state.value)),
            h.article_id,
        )
        return h

    def toggle_bookmark(
        self, article_id: int, position: Position, name: str = ""
    ) -> tuple[str, Bookmark]:
        action, b = self.notes.toggle_bookmark(article_id, position, name)
        state = _Ref(b)
        add = lambda: state.set(self.notes.restore_bookmark(state.value))  # noqa: E731
        remove = lambda: self.notes.delete_bookmark(state.value.id)  # noqa: E731
        if action == "added":
            self._run(translate("Notes", "Add Bookmark"), add, remove, article_id)
        else:
            self._run(translate("Notes", "Remove Bookmark"), remove, add, article_id)
        return action, b

    def delete_bookmark(self, bookmark_id: int) -> Bookmark:
        b = self.notes.delete_bookmark(bookmark_id)
        state = _Ref(b)
        self._run(
            translate("Notes", "Remove Bookmark"),
            lambda: self.notes.delete_bookmark(state.value.id),
            lambda: state.set(self.notes.restore_bookmark(state.value)),
            b.article_id,
        )
        return b

    def rename_bookmark(self, bookmark_id: int, name: str) -> Bookmark:
        old = self.notes.get_bookmark(bookmark_id)
        new = self.notes.rename_bookmark(bookmark_id, name)
        self._run(
            translate("Notes", "Rename Bookmark"),
            lambda: self.notes.rename_bookmark(bookmark_id, new.name),
            lambda: self.notes.rename_bookmark(bookmark_id, old.name),
            old.article_id,
        )
        return new


class _Ref:
    """A box for the current version of a note: an undo may give it back a new id."""

    def __init__(self, value) -> None:
        self.value = value

    def set(self, value) -> None:
        self.value = value


class _Command(QUndoCommand):
    def __init__(self, context: NotesContext, text: str, do, undo, article_id: int) -> None:
        super().__init__(text)
        self._context, self._do, self._undo, self._article = context, do, undo, article_id
        self._done = True  # the work was done before the push

    def redo(self) -> None:
        if self._done:  # pushed: the work is done, only the drawing follows
            self._done = False
            self._context.changed.emit(self._article)
        else:
            self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, step: Callable[[], object]) -> None:
        """A step on an article that has been deleted meanwhile fails in the store; the
        command is then dropped from the stack (obsolete) and the context says so."""
        try:
            step()
        except (KeyError, sqlite3.Error):
            self.setObsolete(True)
            self._context._failed = True
            return
        self._context.changed.emit(self._article)


# --- the controller ------------------------------------------------------------------------------


class HighlightController(QObject):
    def __init__(self, context: NotesContext, reader, parent: QObject | None = None) -> None:
        super().__init__(parent or context)
        self.context = context
        self.notes = context.notes
        self.reader = reader
        self.colour = COLOURS[0]
        self.style = STYLES[0]
        self._saved: list[tuple[int, int, QTextCharFormat]] = []  # formats under ours
        self._document = None
        self._highlights: list[Highlight] = []
        context.changed.connect(self._on_changed)
        reader.articleShown.connect(lambda _id: self.refresh())
        reader.typographyChanged.connect(lambda _t: self.refresh())
        self.refresh()

    # -- state ----------------------------------------------------------------------------

    @property
    def article_id(self) -> int | None:
        article = self.reader.article
        return article.id if article is not None and article.id is not None else None

    @property
    def highlights(self) -> list[Highlight]:
        """The highlights drawn in the reader now."""
        return list(self._highlights)

    def _theme(self) -> Theme:
        theme = getattr(self.reader, "theme", None)
        return theme if isinstance(theme, Theme) else get_theme("light")

    def _on_changed(self, article_id: int) -> None:
        if article_id in (-1, self.article_id):
            self.refresh()

    # -- drawing --------------------------------------------------------------------------

    def refresh(self) -> None:
        built = self.reader.built
        aid = self.article_id
        if self._document is not None and (built is None or self._document is not built.document):
            self._saved = []  # that document is gone (or replaced) with our formats on it
        self._restore()
        if built is None or aid is None:
            self._highlights, self._document = [], None
            return
        self._document = built.document
        self._highlights = [h for h in self.notes.highlights(aid) if not h.orphaned]
        theme = self._theme()
        painted = []
        for h in self._highlights:
            q = h.quote
            if 0 <= q.block < len(built.texts):
                start = built.qt_position(q.block, q.start)
                end = built.qt_position(q.block, q.end)
                painted.append((start, end, self._format(h, theme)))
        # Remember the reader's own formats under every range before painting any, so taking
        # our formats off (on the next refresh) puts exactly those back.
        for start, end, _fmt in painted:
            self._saved += _fragments(built.document, start, end)
        for start, end, fmt in painted:
            cursor = QTextCursor(built.document)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)

    @staticmethod
    def _format(h: Highlight, theme: Theme) -> QTextCharFormat:
        fmt = QTextCharFormat()
        if h.style == "underline":
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(QColor(theme.text))
        else:
            fmt.setBackground(QColor(theme.note(h.colour)))
            if h.note:  # a note is also marked by a dotted line, not by colour alone
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                fmt.setUnderlineColor(QColor(theme.secondary))
        if h.note:
            fmt.setToolTip(h.note)
        return fmt

    def _restore(self) -> None:
        if self._document is not None:
            for start, end, fmt in reversed(self._saved):
                cursor = QTextCursor(self._document)
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                cursor.setCharFormat(fmt)
        self._saved = []

    # -- where: selection, caret, read-aloud position --------------------------------------

    def _in_article(self, qt_position: int) -> int | None:
        """The article block at a document position, or None in the headline or an image."""
        built = self.reader.built
        number = built.document.findBlock(qt_position).blockNumber()
        if not 0 <= number < len(built.owner):
            return None
        index = built.owner[number]
        return index if built.block_map[index] == number else None

    def _selection_ranges(self) -> list[tuple[int, int, int]]:
        """(block, start, end) in article offsets for each paragraph the selection touches."""
        built = self.reader.built
        cursor = self.reader.browser.textCursor()
        if built is None or not cursor.hasSelection():
            return []
        a, b = cursor.selectionStart(), cursor.selectionEnd()
        ranges = []
        for index, number in enumerate(built.block_map):
            qt_block = built.document.findBlockByNumber(number)
            text = built.texts[index]
            p0 = qt_block.position()
            p1 = p0 + cp_to_u16(text, len(text))
            if b <= p0 or a >= p1:
                continue
            s = u16_to_cp(text, max(a, p0) - p0)
            e = u16_to_cp(text, min(b, p1) - p0)
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                ranges.append((index, s, e))
        return ranges

    def _place(self) -> tuple[Position, tuple[int, int] | None] | None:
        """Where the user is: the sentence read aloud while it is the reader's place, else the
        caret (moved after a stop, the caret is where the user is, though the sentence stays
        marked)."""
        built = self.reader.built
        if built is None or not built.texts:
            return None
        speech = self.reader.speech_highlight() if self.reader.at_spoken_place else None
        if speech is not None and speech[0] >= 0:  # the headline (-1) holds no notes
            block, s0, s1, _w0, _w1 = speech
            return Position(block, s0), (s0, s1)
        qt_pos = self.reader.browser.textCursor().position()
        index = self._in_article(qt_pos)
        if index is None:
            return None
        return built.article_position(qt_pos), None

    # -- commands -------------------------------------------------------------------------

    def _ready(self) -> bool:
        if self.article_id is None or self.reader.built is None:
            self.context.say(translate("Notes", "Open an article first."))
            return False
        return True

    def highlight(self) -> list[Highlight]:
        """Ctrl+Shift+H: the selection, or the sentence when nothing is selected."""
        if self.reader.browser.textCursor().hasSelection():
            return self.highlight_selection()
        h = self.highlight_sentence()
        return [h] if h else []

    def highlight_selection(self) -> list[Highlight]:
        if not self._ready():
            return []
        ranges = self._selection_ranges()
        if not ranges:
            self.context.say(translate("Notes", "Select some article text to highlight."))
            return []
        # A range highlighted already is not highlighted twice (Ctrl+Shift+H again, or a note
        # written on the selection just highlighted): the existing one stands for it.
        existing = {
            (h.quote.block, h.quote.start, h.quote.end): h
            for h in self.notes.highlights(self.article_id)
            if not h.orphaned
        }
        if all(r in existing for r in ranges):
            self.context.say(translate("Notes", "Already highlighted."))
            return [existing[r] for r in ranges]
        made = []
        self.context.undo_stack.beginMacro(translate("Notes", "Highlight"))
        try:
            for block, start, end in ranges:
                if (block, start, end) not in existing:
                    existing[block, start, end] = self.context.add_highlight(
                        self.article_id, block, start, end, self.colour, self.style
                    )
                    made.append(existing[block, start, end])
        finally:
            self.context.undo_stack.endMacro()
        self._announce_made(made)
        return [existing[r] for r in ranges]

    def highlight_sentence(self) -> Highlight | None:
        if not self._ready():
            return None
        place = self._place()
        if place is None:
            self.context.say(translate("Notes", "Move the caret into the article text first."))
            return None
        position, spoken = place
        text = self.reader.built.texts[position.block]
        if spoken is not None:
            start, end = spoken
        else:
            spans = arabic.sentences(text)
            found = next((s for s in spans if s.start <= position.offset <= s.end), None)
            if found is None:  # between sentences: the one before, else the first
                before = [s for s in spans if s.end <= position.offset]
                found = before[-1] if before else (spans[0] if spans else None)
            if found is None:
                self.context.say(translate("Notes", "There is no text here to highlight."))
                return None
            start, end = found.start, found.end
        return self._make(position.block, start, end)

    def highlight_paragraph(self) -> Highlight | None:
        if not self._ready():
            return None
        place = self._place()
        if place is None:
            self.context.say(translate("Notes", "Move the caret into the article text first."))
            return None
        text = self.reader.built.texts[place[0].block]
        start = len(text) - len(text.lstrip())
        end = len(text.rstrip())
        if end <= start:
            self.context.say(translate("Notes", "There is no text here to highlight."))
            return None
        return self._make(place[0].block, start, end)

    def _make(self, block: int, start: int, end: int) -> Highlight | None:
        try:
            h = self.context.add_highlight(
                self.article_id, block, start, end, self.colour, self.style
            )
        except KeyError:  # deleted meanwhile (by another window or the CLI)
            self.context.say(translate("Notes", "That article is no longer in the library."))
            return None
        except ValueError:  # no text in that range
            self.context.say(translate("Notes", "There is no text here to highlight."))
            return None
        self._announce_made([h])
        return h

    def _announce_made(self, made: list[Highlight]) -> None:
        if not made:
            return
        quote = short_quote(" ".join(h.quote.exact for h in made))
        look = colour_name(self.colour)
        if self.style == "underline":
            look = translate("Notes", "%1, underlined").replace("%1", look)
        self.context.say(
            translate("Notes", "Highlighted in %1: %2").replace("%1", look).replace("%2", quote)
        )

    def toggle_bookmark(self, name: str = "") -> tuple[str, Bookmark] | None:
        if not self._ready():
            return None
        position = self.reader.current_position()
        action, bookmark = self.context.toggle_bookmark(self.article_id, position, name)
        if action == "added":
            self.context.say(translate("Notes", "Bookmark added."))
        else:
            self.context.say(translate("Notes", "Bookmark removed."))
        return action, bookmark

    def highlight_at_caret(self) -> Highlight | None:
        if self.reader.built is None or self.article_id is None:
            return None
        place = self._place()
        if place is None:
            return None
        found = self.notes.highlights_at(self.article_id, place[0])
        return found[0] if found else None

    def remove_highlight(self) -> Highlight | None:
        if not self._ready():
            return None
        h = self.highlight_at_caret()
        if h is None:
            self.context.say(translate("Notes", "There is no highlight here."))
            return None
        self.context.delete_highlight(h.id)
        self.context.say(
            translate("Notes", "Highlight removed: %1. Undo brings it back.").replace(
                "%1", short_quote(h.quote.exact)
            )
        )
        return h

    def edit_note(self, parent: QWidget | None = None) -> Highlight | None:
        """Open the note editor on the highlight at the caret (or on a new one for the
        selection). Returns the highlight after editing, or None."""
        if not self._ready():
            return None
        h = None
        if self.reader.browser.textCursor().hasSelection():
            made = self.highlight_selection()
            h = made[0] if made else None
        if h is None:
            h = self.highlight_at_caret()
        if h is None:
            self.context.say(
                translate("Notes", "Select text or move the caret into a highlight first.")
            )
            return None
        from desktop.ui.notes_panel import NoteEditor  # the editor lives with the notes panel

        editor = NoteEditor(h, parent or self.reader)
        if editor.exec() != NoteEditor.DialogCode.Accepted:
            return None
        return save_editor(self.context, h, editor)

    def next_colour(self) -> str:
        self.colour = COLOURS[(COLOURS.index(self.colour) + 1) % len(COLOURS)]
        self.context.say(
            translate("Notes", "Highlight colour: %1").replace("%1", colour_name(self.colour))
        )
        return self.colour

    def toggle_underline(self) -> str:
        self.style = "background" if self.style == "underline" else "underline"
        self.context.say(
            translate("Notes", "Highlight style: %1").replace("%1", style_name(self.style))
        )
        return self.style

    def handlers(self) -> dict[str, Callable[[], object]]:
        """Action name -> slot, for the window's action registry (``notes_actions.py`` holds
        the specs with these names and ``SHORTCUTS``)."""
        return {name: getattr(self, name) for name in SHORTCUTS}


def _fragments(doc, start: int, end: int) -> list[tuple[int, int, QTextCharFormat]]:
    """(start, end, format) of each run of text with one format inside ``[start, end)``."""
    out = []
    block = doc.findBlock(start)
    while block.isValid() and block.position() < end:
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            f0 = frag.position()
            f1 = f0 + frag.length()
            if f1 > start and f0 < end:
                out.append((max(f0, start), min(f1, end), frag.charFormat()))
            it += 1
        block = block.next()
    return out


def save_editor(context: NotesContext, h: Highlight, editor) -> Highlight:
    """Store what the note editor holds, as one undoable step, and announce it."""
    values = editor.values()
    changes = {k: v for k, v in values.items() if getattr(h, k) != v}
    if not changes:
        return h
    new = context.update_highlight(h.id, **changes)
    context.say(
        translate("Notes", "Note saved.") if new.note else translate("Notes", "Highlight updated.")
    )
    return new
