"""Start-up: from launching the process to the first painted window, and memory.

    .venv/bin/python bench/bench_startup.py [--runs N] [--articles 10000]

Each measurement is a fresh process (interpreter, imports, Qt, the library, the window), timed
from the parent's spawn until the child reports the article's first paint. Compared, in the same
run and interleaved so a busy machine slows them alike:
- bare: a plain PySide6 window with a QTextBrowser showing the seed article's text, the least a
  Qt reader can do;
- plain: Qari's widgets as plain PySide6, none of Qari's code;
- plain + Qari's article build: the same with the article from Qari's store and document
  builder, the least Qari code any design runs before the article shows (a floor);
- qari (bundled): ``desktop.app.start`` on the first-run library;
- qari (N articles): the same on a library of N articles (bench/build_library.py; built once
  into bench/out/ and reused).
Also reported: resident memory (VmRSS) of each child at first paint. Targets: start-up <= 1.3x
the bare window; <= 300 MB with 10,000 articles.

Qari's modules are compiled to bytecode first, as ``pip install`` leaves an installed app (and
as Python's first run of a checkout does). Where PYTHONDONTWRITEBYTECODE is set, as on the
team's machines, every start would otherwise compile them from source: ~35 ms of the 267 ms
measured before this step was added.
"""

from __future__ import annotations

# Only what a child needs is imported here; the parent imports the rest where it uses it, so
# the measured children do not pay for the parent's tools.
import argparse
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "bench" / "out"
SEED = REPO / "library" / "un-news_de-mistura-aleppo.txt"


def vm_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def report_first_paint(target, then=None) -> None:
    """When ``target`` (a viewport) is first painted: print "painted <RSS MB>", then run
    ``then`` (which prints more and exits) or exit at once (no teardown is measured)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    def finish() -> None:
        sys.stdout.write(f"painted {vm_rss_mb():.1f}\n")
        sys.stdout.flush()
        if then is None:
            os._exit(0)
        then()

    class Watch(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt override
            if obj is target and event.type() == QEvent.Type.Paint:
                obj.removeEventFilter(self)
                QTimer.singleShot(0, finish)  # after this paint has been done
            return False

    watch = Watch()
    target.installEventFilter(watch)
    report_first_paint.keep = watch  # type: ignore[attr-defined]


def child_bare(amiri: bool = False) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    browser = QTextBrowser()
    if amiri:  # the reader's face and size, so font loading and Arabic shaping cost the same
        QFontDatabase.addApplicationFont(str(REPO / "resources" / "fonts" / "Amiri-Regular.ttf"))
        browser.setFont(QFont("Amiri", 18))
        browser.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    browser.setPlainText(SEED.read_text(encoding="utf-8"))
    window.setCentralWidget(browser)
    window.resize(1100, 720)
    report_first_paint(browser.viewport())
    window.show()
    app.exec()


def child_plain_qari_widgets(data_dir: str | None = None) -> None:
    """Qari's window as plain PySide6, none of Qari's code: the same widgets (menus with 56
    actions, toolbar, search box, two combo boxes, an empty list, the article in Amiri 18 pt
    right to left, the read-aloud bar, a hidden dock, status bar) and the same bundled fonts.
    What this costs over the bare window is the price of the widgets themselves; what Qari
    costs over this is its own code.

    With ``data_dir``, the floor: the article comes from Qari's store and is built by its
    document builder (the least of Qari's code any design runs before showing an article);
    everything else is still plain PySide6."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction, QFont, QFontDatabase, QKeySequence
    from PySide6.QtWidgets import (
        QApplication,
        QCheckBox,
        QComboBox,
        QDockWidget,
        QFormLayout,
        QHBoxLayout,
        QLabel,
        QLineEdit,
        QListView,
        QMainWindow,
        QProgressBar,
        QSlider,
        QSpinBox,
        QSplitter,
        QTextBrowser,
        QToolBar,
        QToolButton,
        QVBoxLayout,
        QWidget,
    )

    app = QApplication(sys.argv[:1])
    for path in sorted((REPO / "resources" / "fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(path))
    window = QMainWindow()
    actions = []
    for m in range(8):
        menu = window.menuBar().addMenu(f"Menu &{m}")
        for a in range(7):
            action = QAction(f"Action {m}.{a}", window)
            action.setShortcut(QKeySequence(f"Ctrl+Shift+F{a + 1}" if m % 2 else f"Alt+{a}"))
            menu.addAction(action)
            window.addAction(action)
            actions.append(action)
    toolbar = QToolBar("Main toolbar", window)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for action in actions[:6]:
        toolbar.addAction(action)
    window.addToolBar(toolbar)

    library = QWidget()
    form = QFormLayout()
    search = QLineEdit()
    search.setClearButtonEnabled(True)
    search.setPlaceholderText("Search titles and text")
    form.addRow("Search:", search)
    for label in ("Sort:", "Show:"):
        combo = QComboBox()
        combo.addItems(["one", "two", "three", "four"])
        form.addRow(label, combo)
    column = QVBoxLayout(library)
    column.addLayout(form)
    column.addWidget(QListView(), 1)
    column.addWidget(QLabel("Articles: 4"))

    reader = QWidget()
    right = QVBoxLayout(reader)
    browser = QTextBrowser()
    browser.setFont(QFont("Amiri", 18))
    browser.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    if data_dir is None:
        browser.setPlainText(SEED.read_text(encoding="utf-8"))
    else:
        browser.setDocument(qari_document(data_dir))
    right.addWidget(browser, 1)
    bar = QWidget()
    row = QHBoxLayout(bar)
    for glyph in "|<<  >  []  >>|":
        button = QToolButton()
        button.setText(glyph)
        row.addWidget(button)
    row.addWidget(QSpinBox())
    row.addWidget(QSlider(Qt.Orientation.Horizontal))
    row.addWidget(QComboBox())
    row.addWidget(QCheckBox("Follow"))
    row.addWidget(QCheckBox("Restore vowels"))
    right.addWidget(bar)

    splitter = QSplitter()
    splitter.addWidget(library)
    splitter.addWidget(reader)
    window.setCentralWidget(splitter)
    dock = QDockWidget("Notes", window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.hide()
    window.statusBar().addWidget(QLabel(""), 1)
    progress = QProgressBar()
    window.statusBar().addPermanentWidget(progress)
    progress.hide()
    window.resize(1100, 720)
    report_first_paint(browser.viewport())
    window.show()
    app.exec()


def qari_document(data_dir: str):
    """The first-run article as Qari's store holds it and its document builder lays it out."""
    sys.path.insert(0, str(REPO))
    from desktop.store import Store
    from desktop.ui.document_builder import DocumentBuilder
    from desktop.ui.fonts import resolve_family
    from desktop.ui.themes import get_theme
    from desktop.ui.typography import Typography

    store = Store.open(Path(data_dir) / "library.sqlite3")
    article = store.get_article(store.list_articles()[0].id)
    typography = Typography()
    builder = DocumentBuilder(
        typography, get_theme(typography.theme), resolve_family(typography.family), 96.0
    )
    return builder.build(article, lambda _sha256: None).document


def child_qari(data_dir: str, phases: bool = False) -> None:
    """The app's start-up as the ``qari`` command runs it: import ``desktop.cli``, read the
    command line, then ``desktop.app.start`` (what ``run`` does before the event loop). With
    ``phases``, also print when each step ended, in ms since this script started running
    (interpreter start-up not included)."""
    t0 = time.perf_counter()
    marks: list[tuple[str, float]] = []

    def phase(name: str) -> None:
        marks.append((name, (time.perf_counter() - t0) * 1000))

    sys.path.insert(0, str(REPO))
    from desktop import cli

    phase("import desktop.cli (the qari command)")
    args = cli.build_parser().parse_args(["--data-dir", data_dir])
    phase("read the command line")
    import PySide6.QtWidgets  # noqa: F401

    phase("import PySide6.QtWidgets")
    import desktop.ui.main_window  # noqa: F401

    phase("import desktop.ui.main_window")
    from desktop.app import start

    app = start(sys.argv[:1], args.data_dir)
    phase("start(): Qt app, fonts, store, window, article")
    if isinstance(app, int):
        sys.exit(app)
    window = app.window

    def listed() -> None:
        phase("library list filled")
        if phases:
            for name, ms in marks:
                sys.stdout.write(f"phase {ms:.0f} {name}\n")
        sys.stdout.write(f"listed {vm_rss_mb():.1f}\n")
        sys.stdout.flush()
        os._exit(0)

    def painted() -> None:
        phase("first paint of the article")
        if window.library.loaded:
            listed()
        window.libraryLoaded.connect(listed)

    report_first_paint(window.reader.browser.viewport(), painted)
    app.qapp.exec()


PHASES: dict[str, list[float]] = {}


def measure(args: list[str]) -> tuple[float, float, float, float]:
    """One child process: ms to first paint, MB resident then, and the same when the library
    list is filled (for the bare window: the same as at first paint)."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    start = time.perf_counter()
    import subprocess

    proc = subprocess.Popen(
        [sys.executable, __file__, *args], stdout=subprocess.PIPE, text=True, env=env
    )
    lines = []
    for line in proc.stdout:
        if line.startswith("phase"):
            _, ms, name = line.rstrip("\n").split(" ", 2)
            PHASES.setdefault(name, []).append(float(ms))
        else:
            lines.append(((time.perf_counter() - start) * 1000, line.split()))
    proc.wait()
    if not lines or lines[0][1][0] != "painted":
        raise RuntimeError(f"child {args} did not paint (exit {proc.returncode})")
    painted, (_, rss) = lines[0][0], lines[0][1]
    listed, (_, listed_rss) = lines[-1][0], lines[-1][1]
    return painted, float(rss), listed, float(listed_rss)


def prepare_bundled() -> Path:
    sys.path.insert(0, str(REPO))
    from desktop.bundled import ensure_bundled_library
    from desktop.store import Store

    folder = OUT / "startup_bundled"
    import shutil

    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    with Store.open(folder / "library.sqlite3") as store:
        ensure_bundled_library(store)
    return folder


def prepare_large(n: int) -> Path:
    """A library of n articles plus the bundled ones, built once and reused (it takes a while)."""
    sys.path.insert(0, str(REPO))
    sys.path.insert(0, str(REPO / "bench"))
    from build_library import build_library

    from desktop.bundled import ensure_bundled_library
    from desktop.store import Store

    folder = OUT / f"startup_{n}"
    db = folder / "library.sqlite3"
    if not db.is_file():
        folder.mkdir(parents=True, exist_ok=True)
        print(f"building a {n}-article library in {folder} (once) ...", flush=True)
        build_library(db, n, work=OUT / f"articles_{n}")
        with Store.open(db) as store:
            ensure_bundled_library(store)
    with Store.open(db) as store:
        count = store.count_articles()
    print(f"{folder}: {count} articles", flush=True)
    return folder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--phases", action="store_true", help="also break Qari's start-up down")
    parser.add_argument(
        "--child", choices=["bare", "bare-amiri", "plain", "floor", "qari"], help=argparse.SUPPRESS
    )
    parser.add_argument("--data-dir", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child in ("bare", "bare-amiri"):
        child_bare(amiri=args.child == "bare-amiri")
        return 0
    if args.child == "plain":
        child_plain_qari_widgets()
        return 0
    if args.child == "floor":
        child_plain_qari_widgets(args.data_dir)
        return 0
    if args.child == "qari":
        child_qari(args.data_dir, phases=args.phases)
        return 0

    import compileall
    import statistics

    compileall.compile_dir(REPO / "desktop", quiet=1)
    bundled = prepare_bundled()
    cases = {
        "bare PySide6 window": ["--child", "bare"],
        "bare, in Amiri 18 pt RTL": ["--child", "bare-amiri"],
        "plain PySide6, Qari's widgets": ["--child", "plain"],
        "plain + Qari's article build": ["--child", "floor", "--data-dir", str(bundled)],
        "qari, bundled library": ["--child", "qari", "--data-dir", str(bundled)],
        f"qari, {args.articles:,} articles": [
            "--child",
            "qari",
            "--data-dir",
            str(prepare_large(args.articles)),
            *(["--phases"] if args.phases else []),
        ],
    }
    results: dict[str, list[tuple[float, float, float, float]]] = {n: [] for n in cases}
    for child in cases.values():  # warm the file cache once, not counted
        measure(child)
    for _ in range(args.runs):
        for name, child in cases.items():
            results[name].append(measure(child))

    bare = statistics.median(r[0] for r in results["bare PySide6 window"])
    print(f"\nStart-up, {args.runs} runs each, a fresh process every run (times in ms)\n")
    print(
        f"{'case':<30} {'1st paint':>9} {'min':>6} {'max':>6} {'x bare':>6} {'RSS MB':>6}"
        f" {'list filled':>11} {'RSS MB':>6}"
    )
    for name, values in results.items():
        times = [r[0] for r in values]
        median = statistics.median(times)
        print(
            f"{name:<30} {median:>9.0f} {min(times):>6.0f} {max(times):>6.0f}"
            f" {median / bare:>6.2f} {statistics.median(r[1] for r in values):>6.0f}"
            f" {statistics.median(r[2] for r in values):>11.0f}"
            f" {statistics.median(r[3] for r in values):>6.0f}"
        )
    if PHASES:
        print(f"\nQari's start-up by step ({args.articles:,} articles, median ms since the script")
        print("began running; the parent's clock also counts interpreter start-up)\n")
        for name, values in PHASES.items():
            print(f"{statistics.median(values):>7.0f}  {name}")
    print("\ntargets: <= 1.30x bare; RSS <= 300 MB with 10,000 articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
