"""Find a note's place again after its article changed: pure functions, no store, no Qt.

A note remembers where it was (block index and code-point offsets) and what it quoted, with up to
``CONTEXT`` characters before and after (the W3C TextQuoteSelector idea). Offsets alone break as
soon as a paragraph is inserted or a typo fixed; the quote alone is ambiguous for a short or
repeated phrase. So re-anchoring looks for the quote and lets the context, the old block and the
old offset choose between candidates:

1. the quote exactly, in any block; best context first, then the same block, then the nearest;
2. the quote with its white space changed (re-wrapped lines, doubled spaces);
3. a fuzzy match (difflib) for a quote whose own text changed a little: a fixed typo, a word
   added or dropped. Below ``FUZZY_MIN_RATIO`` similarity it is not the same passage.

``None`` means the quote is gone: the caller keeps the note and marks it orphaned. Context never
crosses a block boundary, because blocks are what the store keeps stable (and a heading before a
paragraph is not text that flows into it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.model import TextQuote

CONTEXT = 32  # characters of prefix and suffix kept with a quote
FUZZY_MIN_RATIO = 0.75  # similarity of changed text to the old quote to still count as it
MAX_CANDIDATES = 200  # exact occurrences scored by context; more means a very common phrase
_MIN_FUZZY_QUOTE = 4  # shorter quotes are only found exactly: a fuzzy 3-letter word is noise


def _matcher(a: str, b: str):
    """difflib's matcher, imported when first needed: only re-anchoring changed text uses it,
    and loading difflib is start-up time the window does not need."""
    from difflib import SequenceMatcher

    return SequenceMatcher(None, a, b, autojunk=False)


def make_quote(block_texts: Sequence[str], block: int, start: int, end: int) -> TextQuote:
    """The quote of ``block_texts[block][start:end]`` with its context (offsets clamped)."""
    if not 0 <= block < len(block_texts):
        raise IndexError(f"block {block} is outside the article ({len(block_texts)} blocks)")
    text = block_texts[block]
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    return TextQuote(
        block=block,
        start=start,
        end=end,
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT) : start],
        suffix=text[end : end + CONTEXT],
    )


def reanchor(quote: TextQuote, block_texts: Sequence[str]) -> TextQuote | None:
    """Where ``quote`` is in ``block_texts`` now, with fresh context; None when it is gone."""
    if not quote.exact:
        return None
    # The common case (nothing changed around the note) costs one slice comparison.
    if (
        0 <= quote.block < len(block_texts)
        and block_texts[quote.block][quote.start : quote.end] == quote.exact
        and _context_ratio(quote, block_texts[quote.block], quote.start, quote.end) == 2.0
    ):
        return make_quote(block_texts, quote.block, quote.start, quote.end)
    found = _exact(quote, block_texts) or _loose_whitespace(quote, block_texts)
    if found is None and len(quote.exact.strip()) >= _MIN_FUZZY_QUOTE:
        found = _fuzzy(quote, block_texts)
    if found is None:
        return None
    block, start, end = found
    return make_quote(block_texts, block, start, end)


def follow_position(
    old_texts: Sequence[str], block: int, offset: int, new_texts: Sequence[str]
) -> tuple[int, int]:
    """Where the place (``block``, ``offset``) of ``old_texts`` is in ``new_texts``: found by
    the text after it (before it, at a block's end), as a note is. When that text is gone: the
    same block number, at its start, inside the new text."""
    last = max(len(new_texts) - 1, 0)
    if 0 <= block < len(old_texts) and old_texts[block]:
        text = old_texts[block]
        offset = max(0, min(offset, len(text)))
        end = min(len(text), offset + CONTEXT)
        start = offset if end > offset else max(0, offset - CONTEXT)
        found = reanchor(make_quote(old_texts, block, start, end), new_texts)
        if found is not None:
            return found.block, found.start if start == offset else found.end
    return min(max(block, 0), last), 0


# --- exact and white-space-insensitive matches -------------------------------------------------


def _exact(quote: TextQuote, block_texts: Sequence[str]) -> tuple[int, int, int] | None:
    spans = []
    for index in _search_order(quote.block, len(block_texts)):
        text = block_texts[index]
        at = text.find(quote.exact)
        while at >= 0 and len(spans) < MAX_CANDIDATES:
            spans.append((index, at, at + len(quote.exact)))
            at = text.find(quote.exact, at + 1)
    return _best(quote, block_texts, spans)


def _loose_whitespace(quote: TextQuote, block_texts: Sequence[str]) -> tuple[int, int, int] | None:
    words = quote.exact.split()
    if not words:
        return None
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    spans = []
    for index in _search_order(quote.block, len(block_texts)):
        for m in pattern.finditer(block_texts[index]):
            spans.append((index, m.start(), m.end()))
            if len(spans) >= MAX_CANDIDATES:
                break
    return _best(quote, block_texts, spans)


def _search_order(block: int, count: int) -> list[int]:
    """Block indexes nearest to ``block`` first, so the candidate cap keeps the likely ones."""
    return sorted(range(count), key=lambda i: (abs(i - block), i))


def _best(
    quote: TextQuote, block_texts: Sequence[str], spans: list[tuple[int, int, int]]
) -> tuple[int, int, int] | None:
    if not spans:
        return None

    def key(span: tuple[int, int, int]) -> tuple[float, bool, int, int]:
        block, start, end = span
        context = _context_ratio(quote, block_texts[block], start, end)
        # Rounded, so a one-letter accident in the context does not beat the old place.
        return (
            round(context, 1),
            block == quote.block,
            -abs(block - quote.block),
            -abs(start - quote.start),
        )

    return max(spans, key=key)


def _context_ratio(quote: TextQuote, text: str, start: int, end: int) -> float:
    """0.0 .. 2.0: how well the text before and after a candidate matches the stored context.

    An empty stored prefix (the quote began its block) matches only a candidate that begins
    its block too, and likewise at the end.
    """
    before = text[max(0, start - len(quote.prefix)) : start] if quote.prefix else text[:start]
    after = text[end : end + len(quote.suffix)] if quote.suffix else text[end:]
    return _similar(quote.prefix, before) + _similar(quote.suffix, after)


def _similar(a: str, b: str) -> float:
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    return _matcher(a, b).ratio()


# --- fuzzy ---------------------------------------------------------------------------------


def _fuzzy(quote: TextQuote, block_texts: Sequence[str]) -> tuple[int, int, int] | None:
    """The passage most like the quote, if one is like it enough.

    For each block, difflib's matching runs between the block and the quote give the region the
    quote now occupies (the run of matches around the longest one); that region's similarity to
    the old quote decides. Ties go to better context, then the old block.
    """
    best: tuple[tuple[float, float, bool, int], tuple[int, int, int]] | None = None
    exact = quote.exact
    for index in _search_order(quote.block, len(block_texts)):
        text = block_texts[index]
        if not text:
            continue
        region = _region(text, exact)
        if region is None:
            continue
        start, end = _snap_to_words(text, *region, quote)
        ratio = _matcher(text[start:end], exact).ratio()
        if ratio < FUZZY_MIN_RATIO:
            continue
        score = (
            round(ratio, 2),
            round(_context_ratio(quote, text, start, end), 1),
            index == quote.block,
            -abs(index - quote.block),
        )
        if best is None or score > best[0]:
            best = (score, (index, start, end))
    return best[1] if best else None


def _region(text: str, exact: str) -> tuple[int, int] | None:
    matcher = _matcher(text, exact)
    runs = [m for m in matcher.get_matching_blocks() if m.size >= 2]
    if not runs:
        return None
    core = max(range(len(runs)), key=lambda i: runs[i].size)
    if runs[core].size < min(len(exact), _MIN_FUZZY_QUOTE):
        return None
    # Grow the cluster from the longest run while the next run is close in the block text:
    # a far run is the same letters somewhere else, not the quote.
    gap = max(8, len(exact) // 3)
    first = last = core
    while first > 0 and runs[first].a - (runs[first - 1].a + runs[first - 1].size) <= gap:
        first -= 1
    while last + 1 < len(runs) and runs[last + 1].a - (runs[last].a + runs[last].size) <= gap:
        last += 1
    # Letters of the quote before the first run (or after the last) that changed still belong
    # to it: widen by what is unmatched at each end of the quote, within reason.
    start = max(0, runs[first].a - min(runs[first].b, gap))
    tail = len(exact) - (runs[last].b + runs[last].size)
    end = min(len(text), runs[last].a + runs[last].size + min(tail, gap))
    return start, end


def _snap_to_words(text: str, start: int, end: int, quote: TextQuote) -> tuple[int, int]:
    """Keep whole words when the old quote had whole words at that end."""
    if _word_char(quote.exact[:1]) and not _word_char(quote.prefix[-1:]):
        while start > 0 and _word_char(text[start - 1]):
            start -= 1
        while start < end and not _word_char(text[start]) and text[start].isspace():
            start += 1
    if _word_char(quote.exact[-1:]) and not _word_char(quote.suffix[:1]):
        while end < len(text) and _word_char(text[end]):
            end += 1
        while end > start and text[end - 1].isspace():
            end -= 1
    return start, end


def _word_char(ch: str) -> bool:
    return bool(ch) and (ch.isalnum() or ch == "_" or "\u064b" <= ch <= "\u065f")
