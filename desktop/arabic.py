"""Arabic text functions: search folding, a matching pattern on original text, sentence and word
segmentation with code-point offsets, and direction detection.

The folding rules (ARCHITECTURE.md) make a query match text that differs only in hamza seats,
alef maqsura/yaa, taa marbuta/haa, diacritics, tatweel or digit script. The index stores the
folded text; a query goes through the same function. To show and mark matches in the *original*
text, ``search_pattern`` builds a regular expression that accepts every spelling the folding
treats as equal, so nothing needs an offset map from folded text back to the original.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import product

from desktop.model import Direction

# Marks that carry no letter: harakat, shadda, sukun, superscript alef, Quranic annotation signs,
# tatweel, and invisible formatting characters that scraped text is full of.
_IGNORED = (
    [chr(c) for c in range(0x0610, 0x061B)]
    + [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670", "\u0640"]
    + [chr(c) for c in range(0x06D6, 0x06EE) if c not in (0x06DE, 0x06E9)]
    + [chr(c) for c in range(0x08D3, 0x0900) if c != 0x08E2]
    + ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\ufeff", "\u00ad"]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
)

# letter -> the letter it folds to
_FOLDS: dict[str, str] = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ٲ": "ا",
    "ٳ": "ا",
    "ى": "ي",
    "ی": "ي",
    "ئ": "ي",
    "ة": "ه",
    "ۀ": "ه",
    "ؤ": "و",
    "ک": "ك",
    "\u00a0": " ",
    "\u202f": " ",
}
for _i in range(10):
    _FOLDS[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _FOLDS[chr(0x06F0 + _i)] = str(_i)  # Extended (Persian/Urdu) digits

_IGNORED_RE = re.compile("[" + "".join(re.escape(c) for c in _IGNORED) + "]+")


def normalize_for_search(text: str) -> str:
    """Fold ``text`` for indexing and querying (lower-cased, NFC, Arabic spellings folded).

    A regex deletion and a few ``str.replace`` calls run in C over the whole text; a
    ``str.translate`` table looks every character up in a dict and was 5x slower on import.
    """
    text = _IGNORED_RE.sub("", unicodedata.normalize("NFC", text))
    for spelling, folded in _FOLDS.items():
        if spelling in text:
            text = text.replace(spelling, folded)
    return text.casefold()


_IGNORED_CLASS = "[" + "".join(re.escape(c) for c in _IGNORED) + "]*"


@lru_cache(maxsize=256)
def _variants(folded_char: str) -> str:
    spellings = {folded_char} | {k for k, v in _FOLDS.items() if v == folded_char}
    if folded_char == " ":
        return r"\s+"
    if len(spellings) == 1:
        return re.escape(folded_char)
    return "[" + "".join(re.escape(s) for s in sorted(spellings)) + "]"


_SEARCH_WORD = re.compile(r"\w+")

# The seats a hamza inside a word is written on. Spelling conventions differ: Egypt writes
# «مسئول», «شئون», «يقرءون» where the Levant and the Gulf write «مسؤول», «شؤون», «يقرؤون».
_HAMZA_SEATS = "ءئؤ"
_MAX_SPELLINGS = 9  # two hamzas in a word; a longer word is searched as typed


def hamza_spellings(word: str) -> tuple[str, ...]:
    """``word`` (unfolded) with each hamza inside it on every seat, as typed first.

    The folding keeps ئ as ي and ؤ as و (ARCHITECTURE.md), so «مسئول» and «مسؤول» index
    differently; a search asks for each spelling instead. Only hamzas between letters are
    moved: on a word's last letter «ماء» would become «مائ», folded «ماي», a prefix of «مايو».
    A final «ئ» is also looked for as «يء» («شئ» is a common spelling of «شيء»), but not the
    other way: searched as a prefix, «شيء» as «شئ» (folded «شي») would find «شيخ» too.
    """
    bases = {word}
    if len(word) >= 2 and word.endswith("ئ") and word[-2] != "ي":
        bases.add(word[:-1] + "يء")
    spellings = dict.fromkeys([word])
    for base in sorted(bases):
        inner = [i for i in range(1, len(base) - 1) if base[i] in _HAMZA_SEATS]
        if not inner or len(_HAMZA_SEATS) ** len(inner) > _MAX_SPELLINGS:
            spellings[base] = None
            continue
        for seats in product(_HAMZA_SEATS, repeat=len(inner)):
            letters = list(base)
            for i, seat in zip(inner, seats, strict=True):
                letters[i] = seat
            spellings["".join(letters)] = None
    return tuple(spellings)


def _typed(text: str) -> str:
    """``text`` as typed, without what the folding deletes, so its words split as folded."""
    return _IGNORED_RE.sub("", unicodedata.normalize("NFC", text))


def _folded_spellings(word: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(normalize_for_search(s) for s in hamza_spellings(word)))


# A query is looked for by its first words, each cut to a word's length: a whole article
# pasted into the find box (3,000 words) took 2.4 s on the GUI thread, and a library search
# for it a minute. The first words of a pasted passage find it as well as all of them.
MAX_QUERY_WORDS = 24
MAX_QUERY_WORD_CHARS = 64


def _query_words(words: list[str]) -> list[tuple[str, ...]]:
    return [_folded_spellings(w[:MAX_QUERY_WORD_CHARS]) for w in words[:MAX_QUERY_WORDS]]


def query_words(query: str) -> list[tuple[str, ...]]:
    """The words of a query split at spaces only, punctuation kept (find in an article, note
    search), each as the folded spellings it is looked for in, as typed first."""
    return _query_words(_typed(query).split())


def search_terms(query: str) -> list[tuple[str, ...]]:
    """The words of a library search without its punctuation, each as the folded spellings it
    is looked for in (as typed first): what the index is asked for and what snippets mark."""
    return _query_words(_SEARCH_WORD.findall(_typed(query)))


def _spelled(folded: str) -> str:
    """A pattern for folded text in original text: every spelling the folding treats as equal,
    and any diacritic, tatweel or invisible mark between letters and after the last."""
    return _IGNORED_CLASS.join(_variants(c) for c in folded) + _IGNORED_CLASS


def search_pattern(query: str) -> re.Pattern[str] | None:
    """A pattern that marks the words of a library search in original text.

    Each query word matches as a substring, as does its stem when the search looks for one
    (``word_forms``: «المستشفى» also marks «مستشفى»). Returns None for a query with nothing to
    search for.
    """
    spellings = [s for term in search_terms(query) for s in term]
    if not spellings:
        return None
    wanted = set(spellings) | {word_forms(s)[0] for s in spellings}
    alternatives = [_spelled(w) for w in sorted(wanted, key=len, reverse=True)]
    return re.compile("|".join(alternatives), re.IGNORECASE)


def find_matches(text: str, query: str) -> list[tuple[int, int]]:
    """(start, end) code-point spans of every match of ``query`` in ``text``, as a phrase:
    «في حلب» finds those two words together, not every «في» (what find in a page does)."""
    words = query_words(query)
    if not words:
        return []
    phrase = (r"\s+" + _IGNORED_CLASS).join(
        "(?:" + "|".join(_spelled(w) for w in spellings) + ")" for spellings in words
    )
    pattern = re.compile(phrase, re.IGNORECASE)
    return [m.span() for m in pattern.finditer(text) if m.end() > m.start()]


# --- words with their attached particles -----------------------------------------------------

# What Arabic writes joined to the front of a word, folded: the conjunctions و and ف, the
# prepositions ب, ك and ل, the article ال, and their combinations (لل is ل + ال). The index
# keeps words as written, so «مستشفى» is looked for as «المستشفى», «بالمستشفى», … too.
PROCLITICS = (
    "و", "ف", "ب", "ك", "ل", "ال", "لل", "وال", "فال", "بال", "كال", "ولل", "فلل",
    "وب", "ول", "وك", "فب", "فل", "فك",
)  # fmt: skip
# Taken off a word the user typed with them («المستشفى» is also looked for as «مستشفى»); the
# one-letter ones are not, as they are as often the word's own first letter («بحر», «ولد»).
_ARTICLES = ("ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال")
_MIN_STEM = 3  # letters: shorter words are not stripped or extended («في» is not «وفي»)


def word_forms(word: str) -> tuple[str, ...]:
    """The forms a search looks for a folded query word in, each as a word prefix: its stem
    first (the word without a leading article when at least ``_MIN_STEM`` letters remain), then
    the stem with every proclitic before it. A short word, or one not starting with an Arabic
    letter or a digit, is looked for only as it is."""
    stem = word
    for article in _ARTICLES:
        if word.startswith(article) and len(word) - len(article) >= _MIN_STEM:
            stem = word[len(article) :]
            break
    if len(stem) < _MIN_STEM or not (_ARABIC_LETTER.match(stem) or stem[0].isdigit()):
        return (word,)
    return (stem, *(p + stem for p in PROCLITICS))


# --- sentences and words -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of a block: ``text == block_text[start:end]``."""

    start: int
    end: int
    text: str


_TERMINATORS = ".!?؟…\n"
_CLOSERS = "»”’\"')]}›"
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3]")


def _is_abbreviation(text: str, dot: int) -> bool:
    """A dot after a one-letter word («د.», «م.», "U.") or between digits is not a sentence end."""
    before = text[max(0, dot - 2) : dot]
    if len(before) == 2 and before[1].isalpha() and not before[0].isalnum():
        return True
    if dot == 1 and text[0].isalpha():
        return True
    nxt = text[dot + 1 : dot + 2]
    return bool(before) and before[-1].isdigit() and nxt.isdigit()


def _ends_sentence(text: str, i: int) -> bool:
    ch = text[i]
    if ch == "\n":
        return True
    if ch == "." and _is_abbreviation(text, i):
        return False
    nxt = text[i + 1 : i + 2]
    if not nxt or nxt.isspace() or nxt in _CLOSERS or nxt in _TERMINATORS:
        return True
    # Scraped Arabic often drops the space after a full stop («الحالي.وقال»): split there, but
    # not inside Latin runs such as a domain name («CNN.com»).
    return ch != "." or bool(_ARABIC_LETTER.match(nxt))


def sentences(text: str) -> list[Span]:
    """Split a block into sentences on . ! ? ؟ … and line ends, never on «،», «؛» or «:».

    Closing quotes and brackets stay with the sentence they close; leading and trailing white
    space is not part of a sentence.
    """
    spans: list[Span] = []
    start, i, n = 0, 0, len(text)
    while i < n:
        if text[i] in _TERMINATORS and _ends_sentence(text, i):
            end = i + 1
            if text[i] != "\n":
                while end < n and (text[end] in ".!?؟…" or _closes(text, end)):
                    end += 1
            _append_trimmed(spans, text, start, end)
            start = i = end
        else:
            i += 1
    _append_trimmed(spans, text, start, n)
    return spans


def _closes(text: str, i: int) -> bool:
    """Whether the quote or bracket at ``i`` closes the sentence before it (a straight quote
    followed by a letter opens the next one instead)."""
    if text[i] not in _CLOSERS:
        return False
    if text[i] in "\"'":
        nxt = text[i + 1 : i + 2]
        return not nxt or nxt.isspace() or nxt in _CLOSERS or nxt in _TERMINATORS
    return True


def _append_trimmed(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end, text[start:end]))


_WORD = re.compile(r"\S+")


def words(text: str) -> list[Span]:
    """White-space separated words with their offsets (speech marks are mapped onto these)."""
    return [Span(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


# --- direction -----------------------------------------------------------------------------


_RTL_LETTERS = re.compile(
    "[\u0590-\u05ff\u0620-\u064a\u066e-\u06d3\u06d5\u06ee-\u06ff\u0750-\u077f"
    "\u08a0-\u08c9\ufb1d-\ufdff\ufe70-\ufefc]"
)
_LTR_LETTERS = re.compile("[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]")


def detect_direction(text: str) -> Direction:
    """RTL when right-to-left letters (Arabic, Hebrew scripts) are at least as many as
    left-to-right ones (Latin, Greek, Cyrillic). Counted with regexes: importing 10,000
    articles calls this on every one."""
    rtl = len(_RTL_LETTERS.findall(text))
    ltr = len(_LTR_LETTERS.findall(text))
    if rtl == ltr == 0:
        return Direction.AUTO
    return Direction.RTL if rtl >= ltr else Direction.LTR


def guess_language(text: str) -> str:
    """ "ar" for text mostly in Arabic script, "en" otherwise: enough to choose a voice."""
    return "ar" if detect_direction(text[:4000]) == Direction.RTL else "en"


# --- presentation forms ----------------------------------------------------------------------

# Letters in their contextual shapes (ﺍﻟﺴﻼﻡ): what text taken from a PDF, and some very old
# pages, are written in. They look right but are not the letters: search, speech and sentence
# splitting do not see «السلام» in them. The word ligatures people type on purpose (ﷲ ﷺ ﷽,
# U+FDF0-U+FDFF) are not in these ranges and stay as written.
_PRESENTATION_RANGES = ((0xFB50, 0xFDCF), (0xFE70, 0xFEFC))
_PRESENTATION = re.compile("[\ufb50-\ufdcf\ufe70-\ufefc]")


@lru_cache(maxsize=1)
def _presentation_table() -> dict[int, str]:
    """Each presentation form to the letters it shows (NFKC), an isolated vowel sign to the
    sign alone (NFKC puts a space before it, which would cut its word in two). Built when
    first needed: start-up need not pay for it."""
    table: dict[int, str] = {}
    for first, last in _PRESENTATION_RANGES:
        for code in range(first, last + 1):
            folded = unicodedata.normalize("NFKC", chr(code))
            if folded != chr(code):
                table[code] = folded.lstrip(" ")
    return table


def fold_presentation_forms(text: str) -> str:
    """``text`` with Arabic presentation forms written as the letters they show."""
    if not _PRESENTATION.search(text):
        return text
    return text.translate(_presentation_table())
