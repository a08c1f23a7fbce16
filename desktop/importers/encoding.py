"""Turn the bytes of a text file into text, recognising the encodings Arabic text comes in.

UTF-8 (with or without a BOM) and UTF-16/32 with a BOM are unambiguous and tried first. Legacy
Arabic code pages are not: Windows-1256, ISO-8859-6 and CP720 all decode almost any byte string
without error, into *some* Arabic letters. charset-normalizer proposes candidates, but on short
texts it prefers e.g. cp1251 for CP720 bytes, so it is one voice, not the judge: every candidate
is decoded and scored on whether the result reads like Arabic (letters from the Arabic block,
no control or box-drawing characters, words that look like Arabic words), and the most plausible
wins. Bytes that read as nothing plausible are refused rather than imported as mojibake.
"""

from __future__ import annotations

import codecs
import io
import re
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass

from desktop.importers.errors import BINARY, DOCUMENT, EMPTY, ENCODING, PDF, ImportFailure

# Legacy Arabic code pages, in order of preference when two score the same (1256 is by far the
# most common on the web and in Windows files).
ARABIC_CODE_PAGES = ("cp1256", "iso8859_6", "cp720")

DISPLAY_NAMES = {
    "utf_8": "UTF-8",
    "utf_8_sig": "UTF-8 (BOM)",
    "utf_16": "UTF-16",
    "utf_16_le": "UTF-16LE",
    "utf_16_be": "UTF-16BE",
    "utf_32": "UTF-32",
    "cp1256": "Windows-1256",
    "iso8859_6": "ISO-8859-6",
    "cp720": "CP720",
    "cp1252": "Windows-1252",
    "latin_1": "ISO-8859-1",
}

_BOMS = (  # UTF-32 before UTF-16: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf_32"),
    (codecs.BOM_UTF32_BE, "utf_32"),
    (codecs.BOM_UTF8, "utf_8_sig"),
    (codecs.BOM_UTF16_LE, "utf_16"),
    (codecs.BOM_UTF16_BE, "utf_16"),
)

# Signatures of common binary formats, for a message that says what the file is.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"RIFF", "a RIFF file (WAV audio or WebP image)"),
    (b"%PDF-", "a PDF document"),
    (b"{\\rtf", "an RTF document"),
    (b"PK\x03\x04", "a ZIP archive (or a DOCX, EPUB or ODT document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document (DOC, XLS or PPT)"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x7fELF", "a program (ELF executable)"),
    (b"MZ", "a Windows program"),
    (b"ID3", "an MP3 audio file"),
    (b"OggS", "an Ogg audio file"),
    (b"fLaC", "a FLAC audio file"),
)

# UTF-8 with a few bad bytes is damaged UTF-8, not another encoding (see _damaged_utf8): at
# least this many good non-ASCII characters, and at most one bad sequence per fifty of them.
_MIN_UTF8_LETTERS = 20
_MAX_UTF8_DAMAGE = 1 / 50
# How much of a legacy-encoded file is scored (enough to decide; scoring all 20 MB is wasted).
_SAMPLE_BYTES = 32 * 1024
# The most unexpected characters a plausible text may contain, as a fraction of non-space ones.
MAX_JUNK_RATIO = 0.02
# Share of Arabic-script words that must look like common Arabic words (see _arabic_word_ratio).
MIN_COMMON_WORD_RATIO = 0.2

_WESTERN_CODE_PAGES = frozenset(
    [
        "cp1250",
        "cp1252",
        "cp1254",
        "cp1257",
        "latin_1",
        "iso8859_1",
        "iso8859_2",
        "iso8859_9",
        "iso8859_10",
        "iso8859_15",
        "cp437",
        "cp850",
        "cp858",
        "mac_roman",
        "mac_latin2",
    ]
)
_ARABIC_CLASS = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
# Characters fine in decoded Arabic text besides Arabic and ASCII: the spaces, quotes, dashes
# and direction marks Arabic typing really produces. Rarer symbols (‰ † ‹ ¤ ¦) are what random
# bytes decode to, so they count as junk.
_EXTRA_OK = set(
    "\u00a0\u00ad«»°×÷·‘’‚“”„–—…•′″\u2009\u200a\u202f"
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
# Real prose is mostly letters and digits; random bytes under a code page are mostly symbols.
MIN_LETTER_RATIO = 0.7
# Anything that is not white space, printable ASCII, the Arabic blocks or _EXTRA_OK: Latin-1
# letters and symbols are what Arabic bytes become under Latin code pages and what wrong
# Arabic code pages turn some bytes into. (Regexes, not a loop: this runs on every legacy file.)
_ARABIC_JUNK = re.compile(
    "[^\\s\\x20-\\x7e" + _ARABIC_CLASS + "".join(re.escape(c) for c in sorted(_EXTRA_OK)) + "]"
)
_SPACES = re.compile(r"\s+")
_LETTER = re.compile(r"[^\W\d_]")
_ALNUM = re.compile(r"[^\W_]")
_ARABIC_LETTER = re.compile(r"(?=[^\W\d_])[" + _ARABIC_CLASS + "]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_ARABIC_WORD = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u064B-\u0652\u0640]+")
# Function words and prepositions that make up a large share of any Arabic text.
_COMMON_WORDS = frozenset(
    [
        "في",
        "من",
        "على",
        "إلى",
        "الى",
        "عن",
        "مع",
        "أن",
        "ان",
        "إن",
        "لا",
        "ما",
        "لم",
        "لن",
        "قد",
        "هذا",
        "هذه",
        "ذلك",
        "التي",
        "الذي",
        "الذين",
        "كان",
        "كانت",
        "هو",
        "هي",
        "هم",
        "أو",
        "او",
        "ثم",
        "بعد",
        "قبل",
        "بين",
        "حتى",
        "عند",
        "كل",
        "و",
        "يا",
        "وقد",
        "وفي",
        "ومن",
        "أي",
        "به",
        "له",
        "لها",
        "فيه",
        "منه",
        "عليه",
    ]
)
_NO_MARKS = dict.fromkeys([*range(0x064B, 0x0653), 0x0670, 0x0640])
_ARTICLE_PREFIXES = ("ال", "وال", "بال", "فال", "كال", "لل", "ولل")


@dataclass(frozen=True, slots=True)
class DecodedText:
    text: str
    encoding: str  # a Python codec name, e.g. "utf_8", "cp1256"


def decode_bytes(
    data: bytes,
    source: str = "the input",
    text_of: Callable[[bytes], bytes] | None = None,
) -> DecodedText:
    """Decode ``data`` or raise ImportFailure naming ``source`` and saying why it is not text.

    ``text_of(data)``: the bytes a legacy code page is judged by, when it comes to that (the
    default is ``data`` itself). A web page gives its text without the markup, which is ASCII
    in every code page and would outweigh the Arabic on a page with much CSS or script."""
    if not data.strip():
        raise ImportFailure(
            source, "the file is empty" if not data else "the file holds only white space", EMPTY
        )
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_unicode(data, codec, source)
    for magic, what in _MAGIC:
        if data.startswith(magic):
            if magic == b"%PDF-":  # its text, copied out, imports well (scraped_text)
                raise ImportFailure(
                    source, f"it is {what}: copy its text into a text file, then import that", PDF
                )
            document = _word_processor_document(data, what)
            if document:
                raise ImportFailure(
                    source,
                    f"it is {document}: save it from the word processor as a web page (.html) "
                    "or as text (.txt), then import that",
                    DOCUMENT,
                )
            raise ImportFailure(source, f"it is {what}, not text", BINARY)
    if b"\x00" in data:
        utf16 = _bomless_utf16(data)
        if utf16 is not None:
            return utf16
        raise ImportFailure(source, "it contains NUL bytes, so it is binary data, not text", BINARY)
    try:
        text = data.decode("utf_8")
    except UnicodeDecodeError:
        text = _damaged_utf8(data)
    if text is not None:
        if _control_ratio(text[:_SAMPLE_BYTES]) > MAX_JUNK_RATIO:
            raise ImportFailure(source, "it is binary data, not text", BINARY)
        return DecodedText(text, "utf_8")
    for codec in legacy_candidates(data if text_of is None else text_of(data)):
        text = try_decode(data, codec)  # the whole file, not just the scored sample
        if text is not None:
            return DecodedText(text, codec)
    raise ImportFailure(
        source,
        "its text encoding could not be recognised (tried UTF-8, UTF-16, Windows-1256, "
        "ISO-8859-6 and CP720; none gives readable text)",
        ENCODING,
    )


def _damaged_utf8(data: bytes) -> str | None:
    """``data`` as UTF-8 when only a little of it is not: a file cut off inside its last
    letter (a scraper's byte limit, a download cut short) loses that letter, and a stray bad
    byte becomes U+FFFD, shown where it was. Before, either made the whole file "an encoding
    that could not be recognised". Legacy Arabic bytes form a valid UTF-8 sequence only by
    chance, so a real legacy file has far more bad sequences than good ones and still goes to
    the code pages."""
    text = codecs.getincrementaldecoder("utf_8")("replace").decode(data, final=False)
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    good = non_ascii - bad
    if good >= _MIN_UTF8_LETTERS and bad <= good * _MAX_UTF8_DAMAGE:
        return text
    return None


def _word_processor_document(data: bytes, what: str) -> str:
    """The kind of word-processor document ``data`` is (a DOCX, ODT or RTF file, or an old
    Word one), or "" for any other binary file. A ZIP archive is told by what it holds."""
    if data.startswith((b"{\\rtf", b"\xd0\xcf\x11\xe0")):
        return what
    if not data.startswith(b"PK\x03\x04"):
        return ""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            small = "mimetype" in names and archive.getinfo("mimetype").file_size <= 100
            mimetype = archive.read("mimetype") if small else b""  # never a bomb's worth
    except Exception:  # noqa: BLE001 - damaged or hostile: then it is just "a ZIP archive"
        return ""
    if "word/document.xml" in names:
        return "a Word document (DOCX)"
    if mimetype.startswith(b"application/vnd.oasis.opendocument.text"):
        return "an OpenDocument text (ODT)"
    return ""


def _decode_unicode(data: bytes, codec: str, source: str) -> DecodedText:
    try:
        return DecodedText(data.decode(codec), codec)
    except UnicodeDecodeError as exc:
        raise ImportFailure(
            source,
            f"it starts with a {DISPLAY_NAMES[codec]} byte order mark but is not valid "
            f"{DISPLAY_NAMES[codec]} (bad bytes at offset {exc.start})",
            ENCODING,
        ) from exc


def _bomless_utf16(data: bytes) -> DecodedText | None:
    """UTF-16 without a BOM (some Windows tools write it). Text in one or two scripts puts
    the same few values in every other byte: 0x00 for ASCII, 0x06 for Arabic. Accept only if
    that holds and the result is text."""
    if len(data) % 2:
        return None
    sample = data[:_SAMPLE_BYTES]
    pairs = len(sample) // 2
    for codec, high in (("utf_16_le", sample[1::2]), ("utf_16_be", sample[0::2])):
        counts = sorted((high.count(b) for b in set(high)), reverse=True)
        if high.count(0) == 0 or sum(counts[:3]) < pairs * 0.9:
            continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _junk_ratio(text[:_SAMPLE_BYTES]) <= MAX_JUNK_RATIO:
            return DecodedText(text, codec)
    return None


def legacy_candidates(data: bytes) -> list[str]:
    """Single-byte encodings under which ``data`` reads as plausible text, best first: the
    Arabic code pages by plausibility score, else charset-normalizer's choice for non-Arabic
    text when it is confident, else the one Arabic code page that reads it as clean text with
    Arabic in it (a short note, or a list of English titles with Arabic ones: too few common
    Arabic words to score). Empty when nothing reads as text."""
    sample = data[:_SAMPLE_BYTES]
    scored: list[tuple[float, int, str]] = []
    clean: list[str] = []
    for rank, codec in enumerate(ARABIC_CODE_PAGES):
        text = try_decode(sample, codec)
        score = arabic_plausibility(text)
        if score is not None:
            scored.append((score, -rank, codec))
        elif _clean_with_arabic(text):
            clean.append(codec)
    if scored:
        return [codec for _, _, codec in sorted(scored, reverse=True)]
    other = _confident_non_arabic(sample)
    if other:
        return [other]
    return clean if len(clean) == 1 else []


def try_decode(data: bytes, codec: str) -> str | None:
    """``data`` decoded strictly with ``codec``, or None when it does not decode."""
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None  # e.g. ISO-8859-6 leaves 45 byte values undefined


def _confident_non_arabic(sample: bytes) -> str | None:
    """A Western-European legacy text (a French or English file saved in Windows-1252): only
    when charset-normalizer is confident it is a Latin code page and Windows-1252 reads it as
    clean text. Other guesses (CJK multi-byte, Cyrillic) on bytes that are not Arabic are far
    more often noise than text in this app, so they are refused."""
    import charset_normalizer  # imported here: only legacy-encoded files need it

    match = charset_normalizer.from_bytes(sample).best()
    if match is None or match.chaos > 0.1 or match.encoding not in _WESTERN_CODE_PAGES:
        return None
    # charset-normalizer often cannot tell 1250 from 1252 on French; 1252 is far more common.
    for codec in ("cp1252", "latin_1"):
        text = try_decode(sample, codec)
        if text is not None and _junk_ratio(text) <= MAX_JUNK_RATIO:
            return codec
    return None


def arabic_plausibility(text: str | None) -> float | None:
    """A score for how much ``text`` reads like real Arabic, or None when it does not.

    Wrongly decoded Arabic still shows Arabic letters, so letters alone prove little: the score
    also needs common Arabic words and the definite article, which a wrong code page scrambles.
    """
    if not text:
        return None
    visible = len(_SPACES.sub("", text))
    if not visible or len(_ARABIC_JUNK.findall(text)) / visible > MAX_JUNK_RATIO:
        return None
    text = text.translate(_NO_MARKS)  # harakat and tatweel are neither letters nor junk
    visible = len(_SPACES.sub("", text))
    letters = len(_LETTER.findall(text))
    arabic = len(_ARABIC_LETTER.findall(text))
    alnum = len(_ALNUM.findall(text))
    if arabic < 2 or arabic / letters < 0.5 or alnum / visible < MIN_LETTER_RATIO:
        return None
    words = _ARABIC_WORD.findall(text)
    common = _arabic_word_ratio(words)
    if len(words) >= 5 and common < MIN_COMMON_WORD_RATIO:
        return None
    return arabic / letters + common


def _clean_with_arabic(text: str | None) -> bool:
    """Text with some Arabic and nothing a wrong code page leaves behind: no junk, and mostly
    letters and digits. (Not enough on its own when several code pages pass it.)"""
    if not text:
        return False
    visible = len(_SPACES.sub("", text))
    if not visible or len(_ARABIC_JUNK.findall(text)) / visible > MAX_JUNK_RATIO:
        return False
    if _junk_ratio(text) > MAX_JUNK_RATIO:
        return False
    text = text.translate(_NO_MARKS)
    visible = len(_SPACES.sub("", text))
    return (
        len(_ARABIC_LETTER.findall(text)) >= 2
        and len(_ALNUM.findall(text)) / visible >= MIN_LETTER_RATIO
    )


def _arabic_word_ratio(words: list[str]) -> float:
    """Share of words that are common function words or carry the definite article: about half
    of any Arabic prose, and near zero for text decoded with the wrong code page."""
    if not words:
        return 0.0
    return sum(map(is_common_arabic_word, words)) / len(words)


def arabic_words(text: str) -> list[str]:
    """The Arabic words of ``text``, without their vowel marks and tatweel."""
    return _ARABIC_WORD.findall(text.translate(_NO_MARKS))


def is_common_arabic_word(word: str) -> bool:
    """A function word, or a word with the definite article: half of any Arabic prose."""
    return word in _COMMON_WORDS or word.startswith(_ARTICLE_PREFIXES)


def _junk_ratio(text: str) -> float:
    """Fraction of non-space characters that belong in no text: controls, unassigned or
    private-use code points, surrogates, replacement characters, box drawing."""
    total = junk = 0
    for ch in text:
        if ch.isspace():
            continue
        total += 1
        odd = ch < " " or ch == "\x7f" or ch == "\ufffd" or "\u2500" <= ch <= "\u259f"
        junk += odd or (ch > "\x7f" and unicodedata.category(ch) in ("Cc", "Co", "Cn", "Cs"))
    return junk / total if total else 1.0


def _control_ratio(text: str) -> float:
    """Share of control characters other than white space: high in binary data that happens
    to be valid UTF-8 (e.g. ASCII-only binary records)."""
    return len(_CONTROLS.findall(text)) / len(text) if text else 0.0
