"""The first-run library: the seed with its caption as a figure, plus attributed Wikinews."""

from __future__ import annotations

from desktop.bundled import ensure_bundled_library
from desktop.model import BlockKind


def test_first_run_holds_the_seed_with_its_caption_as_a_figure(store) -> None:
    ids = ensure_bundled_library(store)
    assert len(ids) == 4
    first = store.list_articles()[0]
    assert first.title == "دي ميستورا: هناك شعور بالاتحاد داخل مجلس الأمن حيال حلب"
    seed = store.get_article(first.id)
    figures = [b for b in seed.blocks if b.kind == BlockKind.FIGURE]
    assert len(figures) == 1
    assert figures[0].text.startswith("معظم السوريين الباقيين في حلب")
    assert figures[0].credit == "توم وستكوت / إيرين"
    assert figures[0].image is None, "the photo is not available offline"
    assert seed.site == "أخبار الأمم المتحدة"


def test_wikinews_articles_keep_their_attribution(store) -> None:
    ensure_bundled_library(store)
    sites = {s.site for s in store.list_articles()}
    assert "ويكي الأخبار" in sites


def test_bundled_articles_come_only_once(store) -> None:
    ensure_bundled_library(store)
    first = store.list_articles()[0].id
    store.delete_article(first)
    assert ensure_bundled_library(store) == []
    assert store.count_articles() == 3, "a deleted bundled article does not come back"


def test_shipping_does_not_depend_on_shared(store, tmp_path) -> None:
    import shutil

    from desktop.paths import BUNDLED_LIBRARY_DIR

    copy = tmp_path / "library"
    shutil.copytree(BUNDLED_LIBRARY_DIR, copy)
    assert len(ensure_bundled_library(store, copy)) == 4


def test_a_later_manifest_adds_only_its_new_files(store, tmp_path) -> None:
    """Deleted articles stay deleted and changed texts are not doubled; a new file comes."""
    import json
    import shutil

    from desktop.paths import BUNDLED_LIBRARY_DIR

    folder = tmp_path / "library"
    shutil.copytree(BUNDLED_LIBRARY_DIR, folder)
    ensure_bundled_library(store, folder)
    store.delete_article(store.list_articles()[0].id)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    edited = folder / manifest["articles"][1]["file"]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nفقرة أضيفت في نسخة لاحقة.\n")
    (folder / "new.txt").write_text("مقال جديد في المكتبة\n\nنص المقال الجديد.\n", "utf-8")
    manifest["version"] = 2
    manifest["articles"].append({"file": "new.txt", "site": "قارئ", "since": 2})
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    [new] = ensure_bundled_library(store, folder)
    assert store.get_article(new).title == "مقال جديد في المكتبة"
    assert store.count_articles() == 4  # 4 - 1 deleted + 1 new
    assert ensure_bundled_library(store, folder) == []


def test_a_library_from_before_the_files_were_recorded_gets_only_new_ones(store, tmp_path):
    import json
    import shutil

    from desktop.bundled import FILES_SETTING
    from desktop.paths import BUNDLED_LIBRARY_DIR

    folder = tmp_path / "library"
    shutil.copytree(BUNDLED_LIBRARY_DIR, folder)
    ensure_bundled_library(store, folder)
    store.db["settings"].delete(FILES_SETTING)  # as an older Qari left it
    store.delete_article(store.list_articles()[0].id)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest["version"] = 2
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    assert ensure_bundled_library(store, folder) == []
    assert store.count_articles() == 3
