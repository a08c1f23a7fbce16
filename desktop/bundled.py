"""The library a new user opens with: the articles in ``library/``, imported once.

Imported through the same importer as the user's own files, so the bundled articles show what
Qari does with real scraped text; ``manifest.json`` adds what the text does not say (site,
attribution). Each file is offered once: an article the user deleted does not come back, and
a later version of the manifest adds only its new files (an entry's ``since`` is the version
that added it, 1 when absent). A changed text of a file offered before is not carried over:
the user's copy may carry notes, and the user may have deleted it.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from desktop.paths import BUNDLED_LIBRARY_DIR
from desktop.store import Store

SETTING = "library.bundled_version"
FILES_SETTING = "library.bundled_files"  # the manifest's files offered to this library


def ensure_bundled_library(store: Store, folder: Path = BUNDLED_LIBRARY_DIR) -> list[int]:
    """Import the bundled articles this library has not been offered; returns their ids."""
    manifest_path = folder / "manifest.json"
    if not manifest_path.is_file():
        return []
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    version = store.get_setting(SETTING, 0)
    if not isinstance(version, int) or isinstance(version, bool):
        version = 0  # a hand-edited value: offer what was not offered (the files say which)
    if version >= manifest["version"]:
        return []
    files = store.get_setting(FILES_SETTING, [])
    offered = {f for f in files if isinstance(f, str)} if isinstance(files, list) else set()
    if version and not offered:  # offered before the files were recorded: by their version
        offered = {e["file"] for e in manifest["articles"] if e.get("since", 1) <= version}
    from desktop.importers.scraped_text import import_text_file

    ids = []
    with store.transaction():
        # newest first in the library: import the manifest's first article last
        for entry in reversed(manifest["articles"]):
            if entry["file"] in offered:
                continue
            path = folder / entry["file"]
            for article in import_text_file(path, path.read_bytes()):
                overrides = {k: entry[k] for k in ("site", "url", "published") if k in entry}
                ids.append(store.add_article(dataclasses.replace(article, **overrides)).article_id)
            offered.add(entry["file"])
        store.set_setting(FILES_SETTING, sorted(offered))
        store.set_setting(SETTING, manifest["version"])
    return ids[::-1]
