"""``qari notes list|search|export|import``: the notes of the library from a terminal.

Wired into ``desktop/cli.py`` with ``add_notes_parser(sub)`` in ``build_parser`` and
``"notes": run_notes`` in ``COMMANDS``. Output is one note a line, tab-separated, quote and note
on one line each (new lines folded), in logical order, so it pipes into ``grep``/``cut``; the
exit codes are the CLI's: 0 done, 1 nothing found or some notes not imported, 2 wrong usage,
4 no such article.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

from desktop.notes import COLOURS, EXPORT_FORMATS, IMPORT_FORMATS, NoteEntry, Notes

# Same values as desktop.cli (not imported from there: cli imports this module).
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_NOT_FOUND = 0, 1, 2, 4


def add_notes_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    notes = subparsers.add_parser(
        "notes", help="list, search, export or import highlights, notes and bookmarks"
    )
    sub = notes.add_subparsers(dest="notes_command", metavar="ACTION")

    p = sub.add_parser("list", help="list highlights with their notes (newest change first)")
    _filters(p)
    p.add_argument("--orphaned", action="store_true", help="only notes whose text was lost")
    p.add_argument("--bookmarks", action="store_true", help="list bookmarks instead")

    p = sub.add_parser("search", help="search quotes and notes (Arabic spellings folded)")
    p.add_argument("query", nargs="+")
    _filters(p)

    p = sub.add_parser("export", help="export notes as Markdown, HTML, JSON or CSV")
    p.add_argument(
        "--article",
        type=article_id,
        action="append",
        metavar="ID",
        help="only this article (repeat)",
    )
    p.add_argument("--format", choices=EXPORT_FORMATS, help="default: from --out's suffix, else md")
    p.add_argument("--out", type=Path, help="file to write (default: standard output)")
    p.add_argument(
        "--language", choices=("en", "ar"), default="en", help="language of headings and labels"
    )

    p = sub.add_parser("import", help="import notes from a Qari JSON (Web Annotation) or CSV")
    p.add_argument("file", type=Path)
    p.add_argument("--format", choices=IMPORT_FORMATS, help="default: from the file's suffix")
    return notes


def whole_number(low: int, high: int, what: str):
    """An argparse type for a whole number from ``low`` to ``high``: anything else is a usage
    error with a message, not a traceback from SQLite (which takes integers up to 2**63-1)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = None
        if value is None or not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{text!r} is not {what} ({low} to {high})")
        return value

    return parse


MAX_SQLITE_INT = 2**63 - 1
article_id = whole_number(1, MAX_SQLITE_INT, "an article number")
limit = whole_number(1, MAX_SQLITE_INT, "a number of results")


def _filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--article", type=article_id, metavar="ID", help="only this article")
    p.add_argument("--colour", "--color", choices=COLOURS, dest="colour")
    p.add_argument("--limit", type=limit, help="at most this many")


def run_notes(store, args: argparse.Namespace) -> int:
    command = getattr(args, "notes_command", None)
    if command is None:
        print("qari notes: choose list, search, export or import (see --help).", file=sys.stderr)
        return EXIT_USAGE
    notes = Notes(store)
    article = getattr(args, "article", None)
    for aid in article if isinstance(article, list) else [article]:
        if aid is not None and not notes.article_exists(aid):
            print(f"qari: No article {aid} in the library.", file=sys.stderr)
            return EXIT_NOT_FOUND
    return {"list": _list, "search": _search, "export": _export, "import": _import}[command](
        notes, args
    )


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _print_entries(entries: list[NoteEntry]) -> None:
    for e in entries:
        h = e.highlight
        flags = h.colour + (",underline" if h.style == "underline" else "")
        if h.orphaned:
            flags += ",orphaned"
        print(
            f"{h.id}\t{h.article_id}\t{flags}\t{_one_line(h.quote.exact)}\t{_one_line(h.note)}"
            f"\t{_one_line(e.article_title)}"
        )


def _list(notes: Notes, args: argparse.Namespace) -> int:
    if args.bookmarks:
        ids = None if args.article is None else [args.article]
        marks = notes.all_bookmarks(ids)[: args.limit]
        for b in marks:
            orphan = "\torphaned" if b.orphaned else ""
            context = _one_line(b.anchor.exact) if b.anchor else ""
            print(
                f"{b.id}\t{b.article_id}\t{b.position.block}:{b.position.offset}\t{b.name}"
                f"\t{context}{orphan}"
            )
        return EXIT_OK
    entries = notes.list_notes(
        article_id=args.article,
        colour=args.colour,
        orphaned=True if args.orphaned else None,
        limit=args.limit,
    )
    _print_entries(entries)
    return EXIT_OK


def _search(notes: Notes, args: argparse.Namespace) -> int:
    entries = notes.search(
        " ".join(args.query), article_id=args.article, colour=args.colour, limit=args.limit
    )
    _print_entries(entries)
    if not entries:
        print("No notes match.", file=sys.stderr)
    return EXIT_OK if entries else EXIT_FAILED


def _export(notes: Notes, args: argparse.Namespace) -> int:
    from desktop.notes_export import collect, format_for, render, write_export

    ex = collect(notes, args.article)
    if args.out is None:
        sys.stdout.write(render(ex, args.format or "md", args.language))
        return EXIT_OK
    try:
        fmt = write_export(ex, args.out, args.format or format_for(args.out), args.language)
    except ValueError as exc:
        print(f"qari: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:
        print(f"qari: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAILED
    print(f"Wrote {len(ex)} notes to {args.out} ({fmt}).")
    return EXIT_OK


def _import(notes: Notes, args: argparse.Namespace) -> int:
    from desktop.notes_export import ImportFormatError, import_items, read_import

    try:
        items = read_import(args.file, args.format)
    except FileNotFoundError:
        print(f"qari: {args.file} does not exist.", file=sys.stderr)
        return EXIT_FAILED
    except OSError as exc:
        print(f"qari: cannot read {args.file}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAILED
    except ImportFormatError as exc:
        print(f"qari: {args.file}: {exc} Nothing was imported.", file=sys.stderr)
        return EXIT_FAILED
    try:
        report = import_items(notes, items)
    except ValueError as exc:  # an unknown colour or style in a hand-edited file
        print(f"qari: {args.file}: {exc} Nothing was imported.", file=sys.stderr)
        return EXIT_FAILED
    except sqlite3.Error as exc:  # a full disk or a locked library: the transaction rolled back
        print(
            f"qari: the library could not save the notes ({exc}). Nothing was imported.",
            file=sys.stderr,
        )
        return EXIT_FAILED
    print(report.summary())
    return EXIT_FAILED if report.missing else EXIT_OK
