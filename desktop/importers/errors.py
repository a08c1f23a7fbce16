"""The one exception importers raise for input they cannot turn into an article.

The message is a plain English sentence naming the file and the reason, so the CLI can print it
as it is. ``kind`` is a short stable code for the same reason, so the GUI can show its own
translated sentence (through ``tr()``) without parsing English.
"""

from __future__ import annotations

from pathlib import Path

# The reasons an import can fail, as stable codes for the UI's translations.
EMPTY = "empty"  # no bytes, or only white space
BINARY = "binary"  # an image, an archive, or other non-text data
DOCUMENT = "document"  # a word processor's file (DOCX, ODT, RTF, DOC): save as HTML or text
PDF = "pdf"  # a PDF: its text, copied out, imports
TOO_LARGE = "too_large"  # over the size cap
ENCODING = "encoding"  # bytes that no supported text encoding reads as plausible text
UNREADABLE = "unreadable"  # missing, a folder, a pipe, no permission, an I/O error
UNSUPPORTED = "unsupported"  # a kind of input this version cannot import (e.g. an SVG picture)
NO_ARTICLE = "no_article"  # decoded, but nothing in it makes an article
STORE = "store"  # read fine, but the library could not save it (disk full, locked)
MISSING = "missing"  # a file the input refers to (a saved page's picture) is not there
MISSING_FROM_PAGE = "missing_from_page"  # a single-file page (.mhtml) does not hold a picture

# What an import that worked left out, as stable codes for the UI's translations.
PICTURE_NOT_SAVED = "picture_not_saved"  # ``subject``: the picture; ``reason_kind``: why
TOO_MANY_PICTURES = "too_many_pictures"  # ``subject``: how many were saved
PAGE_CUT_SHORT = "page_cut_short"  # the markup nests too deeply to be read to the end


class ImportFailure(Exception):
    """An input that cannot be imported; ``str(exc)`` is the sentence to show the user."""

    def __init__(self, path: str | Path, reason: str, kind: str = UNREADABLE) -> None:
        self.path = str(path)
        self.reason = reason  # a clause without the file name, e.g. "the file is empty"
        self.kind = kind
        super().__init__(f"Cannot import {self.path}: {reason}.")

    def __reduce__(self):  # keep pickling (multiprocessing, logging handlers) working
        return (type(self), (self.path, self.reason, self.kind))


class LeftOut(str):
    """Something an import that worked left out, as the English sentence the CLI prints and
    the log keeps, with codes the window words in its own language (``kind``, ``subject``,
    ``reason_kind``). A ``str``, so an importer's ``warnings`` read and compare as the plain
    sentences they always were."""

    kind: str
    subject: str
    reason_kind: str

    def __new__(cls, message: str, kind: str, subject: str = "", reason_kind: str = "") -> LeftOut:
        self = super().__new__(cls, message)
        self.kind, self.subject, self.reason_kind = kind, subject, reason_kind
        return self

    def __reduce__(self):  # a str subclass pickles as its text alone otherwise
        return (type(self), (str(self), self.kind, self.subject, self.reason_kind))


def human_size(n: int) -> str:
    """Bytes as a short size people read ("50.0 MB"), in the decimal units file managers use."""
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n} bytes" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1000
    raise AssertionError("unreachable")
