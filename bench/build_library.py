"""Build a large library from the corpus for benchmarks (run by hand, not a test).

Each copy of a corpus article gets one unique closing line, so its content hash differs and the
store keeps it: the library then has the corpus's real text, vocabulary and lengths, N times.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
CORPUS = REPO.parent / "shared" / "corpus"


def corpus_texts() -> list[tuple[str, str]]:
    """(name, text) of every UTF-8 corpus article: the seed and text/ (legacy encodings out,
    they are the same texts again)."""
    paths = [CORPUS / "seed" / "000_ddfd03b2f5742ae1.txt"]
    paths += sorted(p for p in (CORPUS / "text").glob("*.txt") if not p.name.startswith("enc_"))
    return [(p.stem, p.read_text(encoding="utf-8-sig")) for p in paths]


def variant(text: str, i: int) -> str:
    """A copy with one unique line (and a unique URL: the same URL would update in place)."""
    line = f"نسخة رقم {i} من هذا المقال."
    if "</TEXT>" in text:
        text = re.sub(r"<URL>(.*?)</URL>", rf"<URL>\1?copy={i}</URL>", text, count=1)
        return text.replace("</TEXT>", f"{line}\n</TEXT>", 1)
    return f"{text.rstrip()}\n\n{line}\n"


def write_files(folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    texts = corpus_texts()
    files = []
    for i in range(n):
        name, text = texts[i % len(texts)]
        path = folder / f"{i:05d}_{name}.txt"
        path.write_text(variant(text, i), encoding="utf-8")
        files.append(path)
    return files


def build_library(db_path: Path, n: int, work: Path | None = None) -> dict[str, float]:
    """Import ``n`` article files into a fresh library at ``db_path``; returns the numbers."""
    from desktop.import_service import import_paths
    from desktop.store import Store

    work = work or db_path.parent / "articles"
    write_files(work, n)
    store = Store.open(db_path)
    try:
        start = time.perf_counter()
        summary = import_paths(store, [work])
        elapsed = time.perf_counter() - start
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        store.close()
    return {
        "articles": float(summary.added),
        "failed": float(summary.failed),
        "seconds": elapsed,
        "rate": summary.added / elapsed if elapsed else 0.0,
        "db_mb": db_path.stat().st_size / 1e6,
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("db", type=Path)
    parser.add_argument("-n", type=int, default=10_000)
    args = parser.parse_args()
    print(build_library(args.db, args.n))
