"""The interface language: which one to use, loading its translations, mirroring the layout.

The setting ``ui.language`` is "system" (default: follow ``QLocale.system()``), "ar" or "en".
Qari's own strings come from ``resources/translations/qari_<lang>.qm``; Qt's own (standard
dialog buttons, the line edit's context menu) from Qt's ``qtbase_<lang>.qm``. Arabic mirrors the
whole layout (right to left); the article list and the reader set their own direction from the
content, so Arabic text stays right-to-left under an English interface too.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.paths import RESOURCES_DIR

SETTING_KEY = "ui.language"
LANGUAGES = ("ar", "en")
CHOICES = ("system", *LANGUAGES)
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"

# Translators currently installed, kept referenced: Qt does not own them and Python would
# collect them, silently removing the translation.
_installed: list[QTranslator] = []


def resolve(choice: str | None, system: QLocale | None = None) -> str:
    """The language to use for a setting value: "ar" or "en"."""
    if choice in LANGUAGES:
        return choice
    locale = system or QLocale.system()
    return "ar" if locale.language() == QLocale.Language.Arabic else "en"


def install(app: QCoreApplication, language: str) -> str:
    """Replace the installed translators with ``language``'s and set the layout direction.

    Returns the language installed. English is the source language, so it needs no Qari
    translator; its .qm exists for completeness and plural forms.
    """
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()  # the app owns it: removing alone kept every one loaded
    _installed.clear()
    for name, folder in (
        (f"qari_{language}", str(TRANSLATIONS_DIR)),
        (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(
        QLocale(QLocale.Language.Arabic if language == "ar" else QLocale.Language.English)
    )
    if isinstance(app, QApplication):
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
        )
    return language


def current_language() -> str:
    return "ar" if QLocale().language() == QLocale.Language.Arabic else "en"


def with_number(text: str, n: int) -> str:
    """``text`` with its %1 as ``n`` in the interface language's digits (Arabic-Indic in
    Arabic), for the "label: %1" counts that stand in for plural sentences."""
    return text.replace("%1", QLocale().toString(n))


def isolated(text: str) -> str:
    """``text`` as a bidi isolate (FSI…PDI) for putting it into a sentence: it keeps its own
    direction inside, and the sentence around it keeps its order (an Arabic title in an English
    question, a Latin credit after «المصدر:»)."""
    return f"\u2068{text}\u2069"


def path_isolated(path: str) -> str:
    """A file path or web address as a left-to-right isolate (LRI…PDI): its slashes and dots
    keep their places around an Arabic name, in a sentence of either direction."""
    return f"\u2066{path}\u2069"


def line_start() -> str:
    """A mark opening a line of its own in a plain-text list (RLM in Arabic, LRM in English):
    without it, a line that starts with a Latin path is laid out left to right under an Arabic
    interface, its sentence read in pieces."""
    return "\u200f" if current_language() == "ar" else "\u200e"


def join_parts(parts: Iterable[str]) -> str:
    """Short facts on one line ("site · date · progress") the interface language's way: each
    part a bidi isolate (FSI..PDI), so a Latin date keeps its place in a right-to-left line and
    an Arabic site in a left-to-right one; empty parts left out. Arabic translates the " · "
    as "، ": a middle dot beside Arabic-Indic digits reads as a zero ("٢٩ ·" as "٢٩٠")."""
    separator = QCoreApplication.translate("Separator", " · ")
    return separator.join(isolated(part) for part in parts if part)
