"""Which displayed word each spoken word belongs to, when what is spoken is not what is shown.

The engine reports word marks on the text it synthesised; the reader highlights words of the
text on screen. Between the two, diacritisation adds marks and re-spells a few letters, and
``numbers.py`` splits «ب8000» into «بِ 8000» and expands «د.» to «الدكتور». Both sides are
folded with the search folding (marks, hamza seats, digit scripts and tatweel do not count) and
aligned as word sequences; words that do not match are shared out in order inside their gap.
The mapping is monotone: a later spoken word never maps to an earlier displayed word.

Qt-free and cheap (a sentence is tens of words): call it once per synthesised sentence.
"""

from __future__ import annotations

import bisect
import difflib
from collections.abc import Sequence

from desktop.arabic import Span, normalize_for_search, words
from desktop.tts.engine import WordMark


def word_ranges(display_text: str, spoken_text: str) -> list[tuple[int, int] | None]:
    """For each spoken word, the displayed words ``(first, last)`` (inclusive indexes) it
    speaks; None only when nothing is displayed. Every displayed word falls in some range when
    anything is spoken: a displayed word left unspoken joins its spoken neighbour's range."""
    shown = [normalize_for_search(w.text) for w in words(display_text)]  # drops tatweel too
    said = [normalize_for_search(w.text) for w in words(spoken_text)]
    out: list[tuple[int, int] | None] = [None] * len(said)
    if not shown or not said:
        return out
    matcher = difflib.SequenceMatcher(None, shown, said, autojunk=False)
    unspoken_from: int | None = None  # displayed words before any spoken one
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            for k in range(j2 - j1):
                out[j1 + k] = (i1 + k, i1 + k)
        elif op == "replace":
            # Monotone fallback: the spoken words share the gap's displayed words in order;
            # each covers the displayed words up to the next one's.
            n_shown, n_said = i2 - i1, j2 - j1
            firsts = [i1 + k * n_shown // n_said for k in range(n_said)]
            for k, first in enumerate(firsts):
                nxt = firsts[k + 1] if k + 1 < n_said else i2
                out[j1 + k] = (first, max(first, nxt - 1))
        elif op == "insert":
            # Spoken only (an expansion's extra word): stays on the displayed word before it.
            at = max(0, i1 - 1)
            for k in range(j1, j2):
                out[k] = (at, at)
        elif op == "delete":
            previous = out[j1 - 1] if j1 > 0 else None
            if previous is None:
                unspoken_from = i1
            else:
                out[j1 - 1] = (previous[0], i2 - 1)
    if unspoken_from is not None and out[0] is not None:
        out[0] = (unspoken_from, out[0][1])
    return out


def align_words(display_text: str, spoken_text: str) -> list[int | None]:
    """For each whitespace word of ``spoken_text``, the index of the displayed word (a
    whitespace word of ``display_text``) it speaks; None only when nothing is displayed."""
    return [g[0] if g is not None else None for g in word_ranges(display_text, spoken_text)]


def display_spans(display_text: str, spoken_text: str) -> list[tuple[int, int] | None]:
    """For each spoken word, the (start, end) code-point span of ``display_text`` to highlight
    while it is heard (several displayed words when one spoken word stands for them)."""
    shown: list[Span] = words(display_text)
    return [
        (shown[g[0]].start, shown[g[1]].end) if g is not None else None
        for g in word_ranges(display_text, spoken_text)
    ]


def remap_marks(display_text: str, spoken_text: str, marks: Sequence[WordMark]) -> list[WordMark]:
    """Word marks on ``spoken_text`` turned into marks on ``display_text``.

    A displayed word that was spoken as several words («بِ 8000») is marked once, at the first;
    marks stay in time order.
    """
    if display_text == spoken_text:
        return list(marks)
    starts = [w.start for w in words(spoken_text)]
    spans = display_spans(display_text, spoken_text)
    out: list[WordMark] = []
    for mark in marks:
        k = bisect.bisect_right(starts, mark.char_start) - 1
        span = spans[k] if 0 <= k < len(spans) else None
        if span is None:
            continue
        if out and (out[-1].char_start, out[-1].char_end) == span:
            continue
        if out and span[0] < out[-1].char_start:
            continue  # never back in time
        out.append(WordMark(span[0], span[1], mark.sample_offset))
    return out
