"""The ``qari`` command: with no subcommand it opens the app, otherwise it runs the CLI.

Exit codes say what happened, so scripts can rely on them:
0 done; 1 some input failed (or a search found nothing, like grep); 2 wrong usage;
3 the library cannot be opened; 4 no such article.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from desktop import paths
from desktop.cli_notes import (  # the exit codes live there: that module cannot import this one
    EXIT_FAILED,
    EXIT_NOT_FOUND,
    EXIT_OK,
    EXIT_USAGE,
    add_notes_parser,
    article_id,
    limit,
    run_notes,
)
from desktop.model import Article, BlockKind, Direction, Snippet

EXIT_STORE = 3  # the library cannot be opened (the app exits with it too)
PROGRESS_FROM = 10  # files; fewer than this import too fast for a progress bar to help


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="qari",
        description="Qari (قارئ): read and listen to Arabic articles offline. "
        "Without a command, opens the app.",
    )
    parser.add_argument(
        "--data-dir",
        help=f"folder that holds the library (default: ${paths.DATA_DIR_ENV} or "
        f"{paths.data_dir()})",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser(
        "import",
        help="import text files, folders, saved web pages (.html, .mhtml, .webarchive) or URLs",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="file, folder or http(s) URL")
    p.add_argument("--quiet", action="store_true", help="print only the summary")

    p = sub.add_parser("list", help="list the articles in the library")
    p.add_argument(
        "--sort", choices=["imported", "published", "title", "last_read"], default="imported"
    )
    p.add_argument("--status", choices=["unread", "in_progress", "finished"])

    p = sub.add_parser("search", help="search titles and text (Arabic spellings folded)")
    p.add_argument("query", nargs="+")
    p.add_argument("--limit", type=limit, default=20)

    p = sub.add_parser("show", help="print an article")
    p.add_argument("id", type=article_id)
    order = p.add_mutually_exclusive_group()
    order.add_argument(
        "--logical",
        action="store_true",
        help="print text in logical order (for terminals with bidi support, "
        "and the default when output is not a terminal)",
    )
    order.add_argument(
        "--visual",
        action="store_true",
        help="reorder each line for display with python-bidi, even into a pipe",
    )

    p = sub.add_parser("speak", help="export an article as speech to an audio file")
    p.add_argument("id", type=article_id)
    p.add_argument("--out", required=True, type=Path, help="audio file (.wav or .mp3)")
    p.add_argument("--vtt", type=Path, help="WebVTT subtitles with sentence timings")
    p.add_argument("--rate", type=int, help="speaking rate in words per minute")

    add_notes_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # Output that cannot hold Arabic (PYTHONIOENCODING=ascii, a Windows code page) gets «?»
    # for what it cannot show, rather than a traceback after the work is done.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    args = build_parser().parse_args(argv)
    if args.command is None:
        from desktop.app import run  # Qt is loaded only when the window is wanted

        return run(sys.argv[:1], args.data_dir)
    from desktop.log_file import log_to_file
    from desktop.store import Store, StoreError

    log_to_file(paths.data_dir(args.data_dir))
    try:
        store = Store.open(paths.database_path(args.data_dir))
    except StoreError as exc:
        print(f"qari: {exc}", file=sys.stderr)
        return EXIT_STORE
    try:
        from desktop.bundled import ensure_bundled_library

        ensure_bundled_library(store)
        return COMMANDS[args.command](store, args)
    except KeyboardInterrupt:
        print("qari: interrupted; everything imported so far is saved.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader of our output went away (`qari list | head`): not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    finally:
        store.close()


# --- commands ----------------------------------------------------------------------------------


def cmd_import(store, args: argparse.Namespace) -> int:
    from desktop.import_service import import_paths

    bar = None
    files_hint = len(args.paths) >= PROGRESS_FROM or any(Path(p).is_dir() for p in args.paths)
    if files_hint and not args.quiet and sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(unit="file", file=sys.stderr, leave=False)

    def on_progress(done: int, total: int, outcome) -> None:
        if bar is not None:
            bar.total = total
            bar.update(done - bar.n)
        elif not args.quiet and outcome.status == "failed":
            _print_failure(outcome)

    try:
        summary = import_paths(store, args.paths, on_progress=on_progress)
    finally:
        if bar is not None:
            bar.close()
    if not args.quiet:
        for o in summary.outcomes:
            if o.status in ("added", "updated"):
                print(f"{o.status}: {o.article_id}\t{o.title}")
            elif o.status == "duplicate":
                print(f"duplicate (already in the library as {o.article_id}): {o.path}")
    for o in summary.outcomes:
        for warning in o.warnings:
            print(f"warning: {o.path}: {warning}", file=sys.stderr)
    failures = [o for o in summary.outcomes if o.status == "failed"]
    if bar is not None or args.quiet:
        for o in failures:
            _print_failure(o)
    if not summary.outcomes:  # a folder with no text or HTML files in it
        print(
            "qari: nothing to import: no .txt or .html files in "
            + ", ".join(str(p) for p in args.paths)
            + ".",
            file=sys.stderr,
        )
        return EXIT_FAILED
    print(
        f"Imported {summary.added}, updated {summary.updated}, skipped {summary.duplicates} as "
        f"duplicates, failed {summary.failed}."
    )
    return EXIT_FAILED if failures else EXIT_OK


def _print_failure(outcome) -> None:
    # the reason is a sentence that already names the file: "Cannot import /x: it is empty."
    print(f"failed: {outcome.reason}", file=sys.stderr)


def cmd_list(store, args: argparse.Namespace) -> int:
    for s in store.list_articles(sort=args.sort, status=args.status):
        date = (s.published or s.imported_at)[:10]
        print(f"{s.id}\t{round(s.progress * 100):>3}%\t{date}\t{s.site}\t{s.title}")
    return EXIT_OK


def cmd_search(store, args: argparse.Namespace) -> int:
    hits = store.search(" ".join(args.query), limit=args.limit)
    marked = _marker(sys.stdout)
    for hit in hits:
        print(f"{hit.article.id}\t{hit.article.title}")
        print(f"\t{_render_snippet(hit.snippet, *marked)}")
    if not hits:
        print("No articles match.", file=sys.stderr)
    return EXIT_OK if hits else EXIT_FAILED


def cmd_show(store, args: argparse.Namespace) -> int:
    try:
        article = store.get_article(args.id)
    except KeyError as exc:
        print(f"qari: {exc.args[0]}", file=sys.stderr)
        return EXIT_NOT_FOUND
    visual = args.visual or (not args.logical and _terminal_needs_reordering(sys.stdout))
    width = shutil.get_terminal_size((80, 24)).columns
    for line in format_article(article):
        if not visual:
            print(line)
            continue
        for piece in _wrap(line, width) or [""]:
            print(_visual_line(piece, article.direction))
    return EXIT_OK


def _columns(text: str) -> int:
    """Terminal columns ``text`` takes: a vowel mark or other combining mark takes none."""
    return sum(1 for c in text if not unicodedata.combining(c))


def _wrap(line: str, width: int) -> list[str]:
    """``line`` in lines of at most ``width`` columns, broken between words (textwrap counts
    code points, so fully vowelled Arabic wrapped at half the width)."""
    lines: list[str] = []
    current = ""
    for word in line.split():
        if current and _columns(current) + 1 + _columns(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        lines.append(current)
    return lines


def cmd_speak(store, args: argparse.Namespace) -> int:
    try:
        article = store.get_article(args.id)
    except KeyError as exc:
        print(f"qari: {exc.args[0]}", file=sys.stderr)
        return EXIT_NOT_FOUND
    from desktop.tts import EngineUnavailable, ExportError, default_engine, export_article
    from desktop.tts.diacritizer import SETTING_KEY, PronouncingEngine, get_diacritizer
    from desktop.tts.engine import DIACRITIZE_DEFAULT, MAX_RATE, MIN_RATE

    if args.rate is not None and not MIN_RATE <= args.rate <= MAX_RATE:
        print(
            f"qari: --rate is words a minute, from {MIN_RATE} to {MAX_RATE}; "
            f"{args.rate} cannot be spoken.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    try:
        diacritizer = get_diacritizer(store.get_setting(SETTING_KEY, DIACRITIZE_DEFAULT))
        if getattr(diacritizer, "reason", ""):
            print(
                f"qari: speaking without restored diacritics: {diacritizer.reason}", file=sys.stderr
            )
        engine = PronouncingEngine(default_engine(), diacritizer)
        result = export_article(article, args.out, vtt_path=args.vtt, rate=args.rate, engine=engine)
    except (EngineUnavailable, ExportError) as exc:
        print(f"qari: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as exc:
        print(f"qari: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAILED
    for skipped in result.skipped:
        print(f"skipped a sentence that could not be synthesised: {skipped}", file=sys.stderr)
    print(f"Wrote {result.path} ({result.duration:.1f} s of speech)", end="")
    print(f" and {result.vtt_path}." if result.vtt_path else ".")
    return EXIT_OK


COMMANDS = {
    "import": cmd_import,
    "list": cmd_list,
    "search": cmd_search,
    "show": cmd_show,
    "speak": cmd_speak,
    "notes": run_notes,
}


# --- presentation --------------------------------------------------------------------------------


def format_article(article: Article) -> list[str]:
    """The article as lines of logical-order text: headline, meta line, blocks."""
    meta = " · ".join(filter(None, (article.site, article.author, article.published[:10])))
    lines = [article.title, meta, ""] if meta else [article.title, ""]
    for block in article.blocks:
        if block.kind == BlockKind.FIGURE:
            label = "صورة" if article.direction == Direction.RTL else "Image"
            text = f"[{label}: {block.text}]"
            if block.credit:
                text += f" ({block.credit})"
            lines.append(text)
        elif block.kind == BlockKind.QUOTE:
            lines.append(f"    {block.text}")
        elif block.kind == BlockKind.HEADING:
            lines.append(f"## {block.text}")
        else:
            lines.append(block.text)
        lines.append("")
    return lines


def _terminal_needs_reordering(stream) -> bool:
    """Reorder for display only on a terminal that does not do bidi itself.

    No terminal reports bidi support, so the user says: ``QARI_BIDI=terminal`` (mlterm,
    Konsole, a VTE terminal with bidi on) keeps logical order. Output to a file or pipe
    stays in logical order so the text is still real text.
    """
    if not stream.isatty():
        return False
    return os.environ.get("QARI_BIDI", "").lower() not in ("terminal", "logical")


def _visual_line(line: str, direction: Direction) -> str:
    from bidi import get_display

    base = {Direction.RTL: "R", Direction.LTR: "L"}.get(direction)  # None: from the text
    # Rule L3 of the bidi algorithm, which python-bidi leaves to the caller: after reversing,
    # a right-to-left letter's marks stand before it; a terminal puts each mark on the
    # character before it, so they go back after their letter.
    return _MARKS_BEFORE_LETTER.sub(r"\2\1", get_display(line, base_dir=base))


_MARKS_BEFORE_LETTER = re.compile(
    "([\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8"
    "\u06ea-\u06ed\u08d3-\u08ff]+)([^\u0610-\u061a\u064b-\u065f\u0670\\s])"
)


def _marker(stream) -> tuple[str, str]:
    return ("\x1b[7m", "\x1b[27m") if stream.isatty() else ("[", "]")


def _render_snippet(snippet: Snippet, before: str, after: str) -> str:
    return " ".join(snippet.render(before, after).split())


if __name__ == "__main__":
    sys.exit(main())
