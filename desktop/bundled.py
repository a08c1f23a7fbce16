"""The library a new user opens with: the articles in ``library/``, imported once.

Imported through the same importer as the user's own files, so the bundled articles show what
Qari does with real scraped text; ``manifest.json`` adds what the text does not say (site,
attribution). Only on first run: an article the user deleted does not come back.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from desktop.paths import BUNDLED_LIBRARY_DIR
from desktop.store import Store

SETTING = "library.bundled_version"


def ensure_bundled_library(store: Store, folder: Path = BUNDLED_LIBRARY_DIR) -> list[int]:
    """Import the bundled articles into a library that has never had them; returns their ids."""
    manifest_path = folder / "manifest.json"
    if not manifest_path.is_file():
        return []
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    if store.get_setting(SETTING, 0) >= manifest["version"]:
        return []
    from desktop.importers.scraped_text import import_text_file

    ids = []
    with store.transaction():
        # newest first in the library: import the manifest's first article last
        for entry in reversed(manifest["articles"]):
            path = folder / entry["file"]
            for article in import_text_file(path, path.read_bytes()):
                overrides = {k: entry[k] for k in ("site", "url", "published") if k in entry}
                ids.append(store.add_article(dataclasses.replace(article, **overrides)).article_id)
        store.set_setting(SETTING, manifest["version"])
    return ids[::-1]
