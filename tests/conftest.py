"""Fixtures every test shares: the real corpus, and a fresh real SQLite library per test."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import settings

# Qt must never look for a display in tests; set before any test module imports PySide6.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# No timed assertions in tests (speed is for bench/): Hypothesis's default 200 ms deadline per
# example is one, and fails property tests on a busy CI machine.
settings.register_profile("qari", deadline=None)
settings.load_profile("qari")

if TYPE_CHECKING:
    from desktop.model import Article

REPO = Path(__file__).resolve().parents[1]
# CI clones the repo beside a copy of shared/: ../shared/corpus from the clone.
CORPUS = REPO.parent / "shared" / "corpus"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"the shared corpus is not at {CORPUS}")
    return CORPUS


@pytest.fixture(scope="session")
def seed_path(corpus_dir: Path) -> Path:
    return corpus_dir / "seed" / "000_ddfd03b2f5742ae1.txt"


@pytest.fixture
def seed_article(seed_path: Path) -> Article:
    """The seed article as the importer parses it: a fresh copy per test, free to change."""
    from desktop.importers.scraped_text import parse_text

    return parse_text(seed_path.read_text(encoding="utf-8"))[0]


@pytest.fixture
def store(tmp_path: Path):
    from desktop.store import Store

    s = Store.open(tmp_path / "data" / "library.sqlite3")
    yield s
    s.close()


@pytest.fixture
def english(qapp):
    """The English interface for this test, and again after it (a test may switch to
    Arabic). For window tests here and in tests/tts."""
    from desktop.ui import i18n  # here: the core tests must not load Qt

    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "en")
