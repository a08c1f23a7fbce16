"""Bundled Arabic fonts: found in resources/fonts/ and registered with Qt once per process.

The reader defaults to a bundled face so Arabic looks the same everywhere, including systems
whose fonts have no Arabic glyphs or shape it poorly. System fonts stay selectable.
"""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase

log = logging.getLogger(__name__)

BUNDLED_FAMILIES = ("Amiri", "Noto Naskh Arabic")


def fonts_dir() -> Path:
    """resources/fonts in a source checkout, desktop/resources/fonts when installed."""
    here = Path(__file__).resolve()
    candidates = [here.parents[2] / "resources" / "fonts", here.parents[1] / "resources" / "fonts"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[0]


@cache
def load_bundled_fonts() -> tuple[str, ...]:
    """Register every bundled font file; return the families Qt now knows from them.

    Needs a QGuiApplication. A file Qt cannot read is logged and skipped, never fatal: the
    reader then falls back to a system font.
    """
    families: list[str] = []
    folder = fonts_dir()
    for path in sorted(folder.glob("*.[ot]tf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load bundled font %s", path)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    if not families:
        log.warning("no bundled fonts found in %s", folder)
    return tuple(families)


def available_families() -> list[str]:
    """Families a user can choose for Arabic text: the bundled ones first, then the system's."""
    bundled = list(load_bundled_fonts())
    system = [
        f
        for f in QFontDatabase.families(QFontDatabase.WritingSystem.Arabic)
        if f not in bundled and not QFontDatabase.isPrivateFamily(f)
    ]
    return bundled + sorted(system, key=str.casefold)


def resolve_family(family: str) -> str:
    """``family`` if Qt has it, else the first bundled family, else the system default."""
    bundled = load_bundled_fonts()
    if family in bundled or QFontDatabase.hasFamily(family):
        return family
    if bundled:
        return bundled[0]
    return QFont().family()
