"""Which files an import covers, and reading each one safely.

A folder is walked recursively in sorted order and contributes only files that look like text
(.txt, .text, or no extension; the caller may add suffixes such as .html). A file named
explicitly is always attempted whatever its extension: the user asked for it. One bad file
never stops the others: problems come back as ImportFailure values, not raised.

Reading refuses anything that is not a regular file before opening it for reading (a named pipe
would block forever) and never reads more than the size cap plus one byte, so a 50 MB file is
refused without being loaded.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from desktop.importers.errors import TOO_LARGE, ImportFailure, human_size
from desktop.importers.web_address import is_web_address, typed_web_address

# Large enough for any article or a long book chapter (the biggest corpus file is 0.3 MB);
# small enough that a mistaken pick (a video, a disk image) is refused at once.
MAX_FILE_BYTES = 20_000_000

TEXT_SUFFIXES = frozenset({".txt", ".text", ""})

_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def expand_paths(
    paths: Iterable[str | os.PathLike[str]], suffixes: Iterable[str] = TEXT_SUFFIXES
) -> list[Path | ImportFailure | str]:
    """The files to import, in order: explicit files as given, folders walked recursively and
    sorted, web addresses (http:// or https://) passed through as strings. A path that does
    not exist or a folder that cannot be listed becomes an ImportFailure in its place. The
    same file reached twice is listed once."""
    wanted = frozenset(s.lower() for s in suffixes)
    out: list[Path | ImportFailure | str] = []
    seen: set[str] = set()

    def add(p: Path) -> None:
        key = os.path.normcase(os.path.abspath(p))
        if key not in seen:
            seen.add(key)
            out.append(p)

    for raw in paths:
        text = os.fspath(raw)
        if is_web_address(text):
            out.append(typed_web_address(text) or text)  # the scheme in lower case
            continue
        p = Path(text).expanduser()
        if p.is_dir():
            for item in _walk(p, wanted):
                if isinstance(item, ImportFailure):
                    out.append(item)
                else:
                    add(item)
        elif p.is_symlink() and not p.exists():
            out.append(ImportFailure(p, "it is a broken link (its target does not exist)"))
        elif not p.exists():
            out.append(ImportFailure(p, "no such file or folder"))
        else:
            add(p)  # explicit: any extension, and any type (read_capped says what is wrong)
    return out


def _walk(root: Path, suffixes: frozenset[str]) -> Iterator[Path | ImportFailure]:
    failures: list[ImportFailure] = []

    def on_error(exc: OSError) -> None:
        failures.append(
            ImportFailure(exc.filename or root, f"the folder cannot be read ({_why(exc)})")
        )

    for folder, dirs, files in os.walk(root, onerror=on_error):
        # A browser's "Save page" puts the page's pictures and frames in NAME_files/ beside
        # NAME.html: they belong to that page, not articles of their own.
        saved_pages = {
            os.path.splitext(f)[0] for f in files if f.lower().endswith((".html", ".htm"))
        }
        dirs[:] = sorted(
            d
            for d in dirs
            if not d.startswith(".") and not (d.endswith("_files") and d[:-6] in saved_pages)
        )
        yield from failures
        failures.clear()
        for name in sorted(files):
            if name.startswith("."):
                continue  # .DS_Store, editor swap files: never articles
            if os.path.splitext(name)[1].lower() in suffixes:
                yield Path(folder, name)
    yield from failures


def read_capped(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of ``path``, or ImportFailure when it is not a readable regular file or is
    larger than ``limit`` (checked before reading, and again while reading in case it grows)."""
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except IsADirectoryError as exc:
        raise ImportFailure(path, "it is a folder, not a file") from exc
    except FileNotFoundError as exc:
        reason = "it is a broken link" if os.path.islink(path) else "no such file"
        raise ImportFailure(path, reason) from exc
    except OSError as exc:
        if os.path.isdir(path):  # Windows says "permission denied" for a folder
            raise ImportFailure(path, "it is a folder, not a file") from exc
        raise ImportFailure(path, f"the file cannot be opened ({_why(exc)})") from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ImportFailure(path, f"it is {_file_type(info.st_mode)}, not a regular file")
        if info.st_size > limit:
            raise _too_large(path, info.st_size, limit)
        f = os.fdopen(fd, "rb", buffering=0)
    except BaseException:
        os.close(fd)
        raise
    with f:
        try:
            data = _read_up_to(f, limit + 1)
        except OSError as exc:
            raise ImportFailure(path, f"the file cannot be read ({_why(exc)})") from exc
    if len(data) > limit:
        raise _too_large(path, len(data), limit, grew=True)
    return data


def _read_up_to(f, n: int) -> bytes:
    chunks, remaining = [], n
    while remaining > 0:
        chunk = f.read(min(remaining, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def _too_large(path: Path, size: int, limit: int, grew: bool = False) -> ImportFailure:
    size_text = f"more than {human_size(limit)}" if grew else human_size(size)
    return ImportFailure(
        path,
        f"the file is too large ({size_text}; the limit is {human_size(limit)} for one article)",
        TOO_LARGE,
    )


def _why(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()


def _file_type(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "a special file"
