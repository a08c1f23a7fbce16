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
