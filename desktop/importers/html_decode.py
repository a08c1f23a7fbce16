"""Bytes of a web page -> text, choosing the encoding the way it most often turns out right.

Declarations lie in both directions: pages saved as UTF-8 keep a ``<meta charset=windows-1256>``
from the original, servers send ``charset=ISO-8859-1`` for everything, and old Arabic pages
declare nothing at all. So the bytes are read by the shared detector in ``encoding.py`` first
(BOM, binary signatures, strict UTF-8, then a plausibility score over the Arabic code pages),
and a declaration only decides between candidates the bytes leave open: valid UTF-8 with
non-ASCII bytes is UTF-8 whatever the page says; otherwise a declared charset that decodes
cleanly wins over a guess.
"""

from __future__ import annotations

import codecs
import re

from desktop.arabic import fold_presentation_forms
from desktop.importers.encoding import ARABIC_CODE_PAGES, decode_bytes, try_decode
from desktop.importers.errors import ENCODING, ImportFailure

_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE
)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]{0,200}\?>", re.IGNORECASE)
# What a reader does not see, for judging a legacy code page by the page's text alone: scripts,
# styles, comments and tags are ASCII in every code page, and on an ordinary page they outweigh
# the Arabic (a page with CSS, a script and an English menu can be mostly Latin letters).
_MARKUP = re.compile(
    rb"<script\b.*?</script\s*>|<style\b.*?</style\s*>|<!--.*?-->|<[^>]*>",
    re.IGNORECASE | re.DOTALL,
)
_SCAN_BYTES = 512 * 1024  # of a page, for that: enough text after the markup is taken out
# WHATWG: these labels mean windows-1252 in every browser.
_LATIN1_LABELS = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii"}
# Invisible characters that only get in the way in extracted text: U+FEFF anywhere (a stray
# BOM mid-file, as in pages glued together from UTF-8 fragments).
_ARABIC = {codecs.lookup(c).name for c in ARABIC_CODE_PAGES}
_STRAY = str.maketrans({"\ufeff": None})


def declared_charset(data: bytes, header_charset: str | None = None) -> str | None:
    """A Python codec name from the HTTP header, else from a ``<meta>`` in the first 4 KB."""
    for label in (header_charset, _meta_charset(data)):
        codec = _codec(label)
        if codec:
            return codec
    return None


def _meta_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "replace") if m else None


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in _LATIN1_LABELS:
        label = "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_html(data: bytes, source: str, header_charset: str | None = None) -> str:
    """Decode a page's bytes or raise ImportFailure (empty, binary, unreadable encoding).

    The result has stray BOMs removed, Arabic presentation forms written as letters
    (``arabic.fold_presentation_forms``) and no XML declaration (lxml refuses a ``str`` that
    declares an encoding).
    """
    declared = declared_charset(data, header_charset)
    try:
        found = decode_bytes(data, source, text_of=_visible_text)
    except ImportFailure as exc:
        if exc.kind != ENCODING or declared is None:
            raise
        text = try_decode(data, declared)
        if text is None:
            raise
    else:
        text = found.text
        sniffed = codecs.lookup(found.encoding).name
        if declared and sniffed != declared and _may_override(sniffed, declared):
            # The bytes were not UTF-8 and several code pages read them: trust the page.
            text = try_decode(data, declared) or text
    text = fold_presentation_forms(text.translate(_STRAY))
    return _XML_DECLARATION.sub("", text, count=1)


def _visible_text(data: bytes) -> bytes:
    """The start of a page without its markup, for judging a legacy code page by."""
    return _MARKUP.sub(b" ", data[:_SCAN_BYTES])


def _may_override(sniffed: str, declared: str) -> bool:
    """A declaration may pick among legacy code pages, but a Latin default sent by a server
    (``charset=ISO-8859-1``) must not turn text that reads as real Arabic into mojibake."""
    if sniffed.startswith(("utf-8", "utf-16", "utf-32")):
        return False
    return sniffed not in _ARABIC or declared in _ARABIC
