"""The core must work where PySide6 cannot be imported (a server, a CLI-only install)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# The only Qt places outside desktop/ui/, and the entry point (importing it runs the CLI).
SKIPPED = {"desktop.app", "desktop.tts.player", "desktop.__main__"}

CHILD = r"""
import importlib, pkgutil, sys

class NoQt:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6.") or name.startswith("shiboken6"):
            raise ImportError(f"{name} is made unimportable by this test")
        return None

sys.meta_path.insert(0, NoQt())
import desktop
skip = set(sys.argv[1].split(","))
imported = []
for info in pkgutil.walk_packages(desktop.__path__, "desktop."):
    name = info.name
    if name.startswith("desktop.ui") or name in skip:
        continue
    importlib.import_module(name)
    imported.append(name)
assert not any(m.startswith("PySide6") for m in sys.modules), "PySide6 got imported"
print("\n".join(imported))
"""


def test_every_core_module_imports_without_pyside6() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHILD, ",".join(sorted(SKIPPED))],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    imported = set(result.stdout.split())
    for expected in (
        "desktop.model",
        "desktop.arabic",
        "desktop.store",
        "desktop.cli",
        "desktop.paths",
        "desktop.migrations",
    ):
        assert expected in imported


def test_the_block_really_blocks_pyside6() -> None:
    """Guard against a test that passes because the blocker does nothing."""
    probe = CHILD.split("import desktop")[0] + "import PySide6.QtCore\n"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode != 0
    assert "made unimportable" in result.stderr
