"""The translation sources hold every string the code asks for: lupdate is run afresh over the
interface code and each string it finds must be in qari_ar.ts with a finished Arabic text.

(The other translation tests read the .ts files, so a string added to the code after the last
lupdate slipped past them and showed in English in an Arabic window.)"""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6
import pytest

REPO = Path(__file__).resolve().parents[2]
LUPDATE = Path(PySide6.__file__).parent / "lupdate"


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            out[(name, message.findtext("source"))] = message
    return out


def test_every_string_in_the_code_is_translated_to_arabic(tmp_path: Path) -> None:
    if not LUPDATE.exists():
        pytest.skip(f"lupdate is not in this PySide6 ({LUPDATE})")
    sources = sorted(str(p) for p in (REPO / "desktop" / "ui").glob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(LUPDATE), *sources, str(REPO / "desktop" / "app.py"), "-ts", str(fresh)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    in_code = messages(fresh)
    assert len(in_code) > 300, "lupdate found the interface strings"
    arabic = messages(REPO / "resources" / "translations" / "qari_ar.ts")
    missing = [key for key in in_code if key not in arabic]
    assert missing == [], f"not in qari_ar.ts (run lupdate and translate): {missing[:10]}"
    unfinished = [
        key
        for key in in_code
        if arabic[key].find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not "".join(arabic[key].find("translation").itertext()).strip()
    ]
    assert unfinished == [], f"no finished Arabic: {unfinished[:10]}"
