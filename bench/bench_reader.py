"""Reader speed: opening the longest corpus article, and a font or theme change.

    .venv/bin/python bench/bench_reader.py [--runs N]

Imports every corpus text file into a fresh store, then times, on an offscreen 1000x800 reader:
- open: ``show_article(id)`` (SQLite read, document build, set on the widget) and the same
  plus the first paint of the viewport (what the user waits for);
- full layout: laying out the whole document (Qt does the part below the fold lazily);
- font size / family / theme change: ``set_typography`` (settings write, rebuild, keep place)
  plus the next paint.
Targets: open <= 100 ms, font or theme change <= 50 ms (to first paint). Prints the median
and worst wall time of N runs and the median main-thread CPU time, which other processes on a
busy machine disturb less.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.importers.scraped_text import import_text_file  # noqa: E402
from desktop.store import Store  # noqa: E402
from desktop.ui.reader_view import ReaderView  # noqa: E402
from desktop.ui.typography import Typography  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus"
ONE_LINE_CHARS = 2_500_000


def ms(f) -> tuple[float, float]:
    """(wall, main-thread CPU) time of f() in ms; CPU is the steadier one on a busy machine."""
    start, cpu = time.perf_counter(), time.thread_time()
    f()
    return (time.perf_counter() - start) * 1000, (time.thread_time() - cpu) * 1000


def add(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float]:
    return a[0] + b[0], a[1] + b[1]


def paint(view: ReaderView) -> None:
    view.browser.viewport().grab()


def full_layout(view: ReaderView) -> None:
    doc = view.browser.document()
    doc.documentLayout().blockBoundingRect(doc.lastBlock())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])

    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "bench.sqlite3") as store:
        candidates = []
        for path in sorted((CORPUS / "text").glob("*.txt")) + [
            CORPUS / "seed" / "000_ddfd03b2f5742ae1.txt"
        ]:
            try:
                articles = import_text_file(path, path.read_bytes())
            except Exception:  # noqa: BLE001 - a file the importer refuses is not benchmarked
                continue
            for article in articles:
                article_id = store.add_article(article).article_id
                candidates.append(
                    (article.word_count(), len(article.blocks), article_id, path.name)
                )
        candidates.sort()
        longest = candidates[-1]
        news = max(c for c in candidates if "MULTI" not in c[3])
        seed = next(c for c in candidates if c[3].startswith("000_"))
        # Hostile: a file with no line breaks at all (the importer cuts it into paragraphs;
        # before, it was one block and took ten seconds to open).
        seed_text = (CORPUS / "seed" / "000_ddfd03b2f5742ae1.txt").read_text(encoding="utf-8")
        line = " ".join(seed_text.split())
        one_line = Path(tmp) / "one-line.txt"
        one_line.write_text(
            "سطر واحد\n\n" + (line + " ") * (ONE_LINE_CHARS // len(line)), encoding="utf-8"
        )
        [article] = import_text_file(one_line, one_line.read_bytes())
        huge = (
            article.word_count(),
            len(article.blocks),
            store.add_article(article).article_id,
            f"one line of {ONE_LINE_CHARS:,} characters",
        )

        view = ReaderView(store)
        view.resize(1000, 800)
        view.show()
        app.processEvents()

        rows: list[tuple[str, str, list[tuple[float, float]]]] = []
        for label, (words, blocks, article_id, name) in (
            ("longest", longest),
            ("longest news", news),
            ("seed", seed),
            ("hostile", huge),
        ):
            what = f"{label}: {name[:38]} ({words} words, {blocks} blocks)"
            view.show_article(article_id)  # warm caches (fonts, shaping)
            paint(view)
            opens, opens_paint, layouts = [], [], []
            for _ in range(args.runs):
                view.clear()
                app.processEvents()
                opens.append(ms(lambda aid=article_id: view.show_article(aid)))
                opens_paint.append(add(opens[-1], ms(lambda: paint(view))))
                layouts.append(ms(lambda: full_layout(view)))
            rows.append((what, "open (show_article)", opens))
            rows.append((what, "open + first paint", opens_paint))
            rows.append((what, "full layout after open", layouts))

            base = view.typography
            view.restore_position(view.current_position())
            changes = {
                "font size change + paint": [base.with_(size=base.size + 1), base],
                "font family change + paint": [
                    base.with_(family="Noto Naskh Arabic"),
                    base.with_(family="Amiri"),
                ],
                "theme change + paint": [base.with_(theme="dark"), base.with_(theme="light")],
            }
            for change, states in changes.items():
                times = []
                for i in range(args.runs):
                    t: Typography = states[i % 2]
                    times.append(ms(lambda t=t: (view.set_typography(t), paint(view))))
                view.set_typography(base)
                rows.append((what, change, times))
        view.close()

    width = max(len(r[1]) for r in rows)
    load = os.getloadavg()[0]
    print(f"{args.runs} runs each, offscreen 1000x800, ms; {os.cpu_count()} CPUs, load {load:.1f}")
    current = None
    for what, name, times in rows:
        if what != current:
            print(f"\n{what}")
            print(f"  {'':<{width}}  {'wall median':>11} {'wall max':>9} {'CPU median':>11}")
            current = what
        wall = [t[0] for t in times]
        cpu = [t[1] for t in times]
        print(
            f"  {name:<{width}}  {statistics.median(wall):11.1f} {max(wall):9.1f}"
            f" {statistics.median(cpu):11.1f}"
        )


if __name__ == "__main__":
    main()
