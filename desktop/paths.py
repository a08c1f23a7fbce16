"""Where Qari keeps its files (platformdirs), with overrides for tests and portable use."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "qari"
DATA_DIR_ENV = "QARI_DATA_DIR"
DATABASE_NAME = "library.sqlite3"

PACKAGE_DIR = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    """A top-level folder of the source tree (``resources/``, ``library/``); a wheel maps it into
    the package as ``desktop/<name>`` (pyproject's package-dir), so look there first."""
    inside = PACKAGE_DIR / name
    return inside if inside.is_dir() else PACKAGE_DIR.parent / name


RESOURCES_DIR = _shipped("resources")
BUNDLED_LIBRARY_DIR = _shipped("library")


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: ``override`` (``--data-dir``), else ``$QARI_DATA_DIR``, else the user's
    platform data folder."""
    chosen = override or os.environ.get(DATA_DIR_ENV) or platformdirs.user_data_dir(APP_NAME)
    return Path(chosen).expanduser()


def database_path(override: str | os.PathLike[str] | None = None) -> Path:
    return data_dir(override) / DATABASE_NAME
