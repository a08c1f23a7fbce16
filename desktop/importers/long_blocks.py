"""Cut a block too long to be one paragraph into pieces, at sentence ends where it has them.

A block is one paragraph on screen, which the reader lays out whole each time the column
changes, and one unit for notes and speech. Real paragraphs run to a few thousand characters
(the corpus's longest is 4,450). A text file with no line breaks, or a page that is one giant
paragraph, made one block of megabytes: 2.5 million characters took ten seconds to open, the
window frozen all the while. Nothing is lost: the pieces hold every character but the white
space they were cut at, in order.
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace

from desktop.arabic import sentences
from desktop.model import Block, BlockKind

MAX_BLOCK_CHARS = 5000


def split_long_blocks(blocks: list[Block], limit: int = MAX_BLOCK_CHARS) -> list[Block]:
    """``blocks`` with every text block over ``limit`` characters cut into pieces of at most
    ``limit``: whole sentences together, a longer sentence at a space, and a run with no
    space at all (not prose, but it must still open) where it reaches the limit."""
    out: list[Block] = []
    for block in blocks:
        if len(block.text) <= limit or block.kind == BlockKind.FIGURE:
            out.append(block)
        else:
            out += [replace(block, text=piece) for piece in _pieces(block.text, limit)]
    return out


def _pieces(text: str, limit: int) -> list[str]:
    pieces: list[str] = []
    start = end = None
    for span in sentences(text):
        if start is not None and span.end - start > limit:
            pieces.append(text[start:end])
            start = None
        if span.end - span.start > limit:
            pieces += _cut(span.text, limit)
            continue
        if start is None:
            start = span.start
        end = span.end
    if start is not None:
        pieces.append(text[start:end])
    return pieces


def _cut(text: str, limit: int) -> list[str]:
    """One over-long sentence in pieces: at the last space before the limit, else at the limit
    itself, moved past combining marks so a letter keeps its vowels."""
    pieces = []
    while len(text) > limit:
        at = text.rfind(" ", limit // 2, limit + 1)
        if at <= 0:
            at = limit
            while at < len(text) and unicodedata.combining(text[at]):
                at += 1
        pieces.append(text[:at].rstrip())
        text = text[at:].lstrip()
    if text:
        pieces.append(text)
    return pieces
