"""The reader's typography: one small value object, clamped on creation and kept as a dict.

It lives in the store's settings (``SETTINGS_KEY``) as plain JSON so a damaged or hand-edited
value can never break the reader: unknown keys are ignored, wrong types fall back to defaults
and numbers out of range are clamped.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from desktop.ui.themes import THEMES

SETTINGS_KEY = "reader.typography"

MIN_SIZE, MAX_SIZE = 8.0, 72.0
DEFAULT_FAMILY = "Amiri"  # bundled (resources/fonts), so present everywhere
DEFAULT_SIZE = 18.0  # Arabic naskh faces read small at the usual 11-12 pt
MIN_LINE_SPACING, MAX_LINE_SPACING = 1.0, 2.5
MIN_WIDTH, MAX_WIDTH = 20, 200  # characters per line; 0 means "as wide as the window"
ZOOM_FACTOR = 1.1  # each zoom step; at least one point so small sizes still move


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


@dataclass(frozen=True, slots=True)
class Typography:
    family: str = DEFAULT_FAMILY
    size: float = DEFAULT_SIZE  # points
    # Proportional to the font's own line height, which for naskh faces is already ~1.75 em
    # (Amiri, Noto Naskh Arabic): 1.1 reads like ~1.9 em in CSS terms.
    line_spacing: float = 1.1
    width: int = 70  # maximum column width in average characters, 0 for no limit
    justify: bool = False
    theme: str = "light"

    def __post_init__(self) -> None:
        # Frozen: clamp through object.__setattr__ so every instance is valid by construction.
        size = _clamp(round(float(self.size) * 2) / 2, MIN_SIZE, MAX_SIZE)
        spacing = _clamp(round(float(self.line_spacing), 2), MIN_LINE_SPACING, MAX_LINE_SPACING)
        width = int(self.width)
        width = 0 if width <= 0 else int(_clamp(width, MIN_WIDTH, MAX_WIDTH))
        object.__setattr__(self, "size", size)
        object.__setattr__(self, "line_spacing", spacing)
        object.__setattr__(self, "width", width)
        object.__setattr__(self, "justify", bool(self.justify))
        object.__setattr__(self, "family", str(self.family).strip() or DEFAULT_FAMILY)
        if self.theme not in THEMES:
            object.__setattr__(self, "theme", "light")

    def with_(self, **changes: Any) -> Typography:
        return replace(self, **changes)

    def zoomed_in(self) -> Typography:
        return replace(self, size=max(self.size + 1, self.size * ZOOM_FACTOR))

    def zoomed_out(self) -> Typography:
        return replace(self, size=min(self.size - 1, self.size / ZOOM_FACTOR))

    def zoom_reset(self) -> Typography:
        return replace(self, size=DEFAULT_SIZE)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Any) -> Typography:
        """Build from a stored dict, keeping every valid field and defaulting the rest."""
        if not isinstance(data, dict):
            return cls()
        defaults = cls()
        kwargs: dict[str, Any] = {}
        for f in fields(cls):
            if f.name not in data:
                continue
            value, default = data[f.name], getattr(defaults, f.name)
            if isinstance(default, bool):
                if isinstance(value, bool):
                    kwargs[f.name] = value
            elif isinstance(default, int | float):
                if (
                    isinstance(value, int | float)
                    and not isinstance(value, bool)
                    and abs(value) < 1e9  # not a 400-digit int (isfinite overflows on it)
                    and math.isfinite(value)
                ):
                    kwargs[f.name] = value
            elif isinstance(value, str):
                kwargs[f.name] = value
        return cls(**kwargs)
