"""Encoding detection on the corpus's legacy-encoded files and on bytes made for the purpose."""

from __future__ import annotations

import codecs
import io
import random
import zipfile
from pathlib import Path

import charset_normalizer
import pytest

from desktop.importers.encoding import arabic_plausibility, decode_bytes
from desktop.importers.errors import BINARY, DOCUMENT, EMPTY, ENCODING, PDF, ImportFailure

# Every enc_* file in the corpus and the codec it is really in (corpus sources.tsv).
ENCODED_FILES = {
    "enc_CP720_alriyadh-column.txt": "cp720",
    "enc_ISO-8859-6_anwalpress-news.txt": "iso8859_6",
    "enc_UTF-16LE-BOM_anwalpress-news.txt": "utf_16",
    "enc_WINDOWS-1256_alriyadh-column.txt": "cp1256",
    "enc_WINDOWS-1256_anwalpress-news.txt": "cp1256",
    "enc_WINDOWS-1256_wikipedia-arabic-language.txt": "cp1256",
}
# What Arabic bytes look like when decoded with a Latin code page (UTF-8 Arabic read as
# Latin-1 starts every letter with Ø or Ù; cp1256 read as Latin-1 gives Ç, Ã, á ...).
MOJIBAKE = set("ÃØÙÇáãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ") | {"\ufffd"}


def zipped(files: dict[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return out.getvalue()


def assert_reads_as_arabic(text: str) -> None:
    assert "\ufffd" not in text
    assert not MOJIBAKE & set(text), sorted(MOJIBAKE & set(text))
    words = text.split()
    assert "في" in words
    assert sum(w.startswith("ال") for w in words) > len(words) / 10


def test_the_table_covers_every_encoded_file(corpus_dir: Path) -> None:
    found = {p.name for p in (corpus_dir / "text").glob("enc_*")}
    assert found == set(ENCODED_FILES)


@pytest.mark.parametrize("name", sorted(ENCODED_FILES))
def test_corpus_file_decodes_without_mojibake(corpus_dir: Path, name: str) -> None:
    data = (corpus_dir / "text" / name).read_bytes()
    decoded = decode_bytes(data, name)
    assert decoded.encoding == ENCODED_FILES[name]
    assert_reads_as_arabic(decoded.text)
    assert decoded.text == data.decode(ENCODED_FILES[name])


def test_the_same_text_in_three_encodings_decodes_to_the_same_string(corpus_dir: Path) -> None:
    text = corpus_dir / "text"
    utf16 = decode_bytes((text / "enc_UTF-16LE-BOM_anwalpress-news.txt").read_bytes()).text
    cp1256 = decode_bytes((text / "enc_WINDOWS-1256_anwalpress-news.txt").read_bytes()).text
    iso = decode_bytes((text / "enc_ISO-8859-6_anwalpress-news.txt").read_bytes()).text
    assert utf16.lstrip("\ufeff") == cp1256
    # ISO-8859-6 has no Arabic comma; the corpus file has "," in its place (sources.tsv).
    assert iso == cp1256.replace("،", ",")


def test_cp720_and_cp1256_copies_agree(corpus_dir: Path) -> None:
    text = corpus_dir / "text"
    cp720 = decode_bytes((text / "enc_CP720_alriyadh-column.txt").read_bytes()).text
    cp1256 = decode_bytes((text / "enc_WINDOWS-1256_alriyadh-column.txt").read_bytes()).text
    assert cp720 == cp1256.replace("،", ",")  # CP720 has no Arabic comma either


def _encodable(text: str, codec: str) -> str:
    out = []
    for ch in text:
        try:
            ch.encode(codec)
        except UnicodeEncodeError:
            continue
        out.append(ch)
    return "".join(out)


@pytest.mark.parametrize("codec", ["cp1256", "iso8859_6", "cp720"])
@pytest.mark.parametrize(
    "name",
    ["seed/000_ddfd03b2f5742ae1.txt", "text/wikinews-ar_tashkeel_03_suleiman-al-issa-obituary.txt"],
)
def test_real_articles_round_trip_through_each_code_page(
    corpus_dir: Path, name: str, codec: str
) -> None:
    original = _encodable((corpus_dir / name).read_text(encoding="utf-8"), codec)
    decoded = decode_bytes(original.encode(codec))
    assert decoded.encoding == codec
    assert decoded.text == original


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
    ],
)
def test_byte_order_marks(seed_path: Path, bom: bytes, codec: str) -> None:
    text = seed_path.read_text(encoding="utf-8")
    decoded = decode_bytes(bom + text.encode(codec))
    assert decoded.text.lstrip("\ufeff") == text
    assert "\ufeff" not in decoded.text[1:]


def test_utf8_without_bom(seed_path: Path) -> None:
    decoded = decode_bytes(seed_path.read_bytes())
    assert decoded.encoding == "utf_8"
    assert decoded.text == seed_path.read_text(encoding="utf-8")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised_by_its_nul_bytes(seed_path: Path, codec: str) -> None:
    text = seed_path.read_text(encoding="utf-8")
    decoded = decode_bytes(text.encode(codec))
    assert decoded.text == text


def test_short_cp720_text_where_charset_normalizer_guesses_otherwise() -> None:
    data = "مرحبا بالعالم".encode("cp720")
    best = charset_normalizer.from_bytes(data).best()
    # The reason for the plausibility score: on this input charset-normalizer alone is wrong.
    assert best is not None and best.encoding != "cp720"
    decoded = decode_bytes(data)
    assert decoded.encoding == "cp720"
    assert decoded.text == "مرحبا بالعالم"


def test_western_legacy_text_is_read_as_windows_1252() -> None:
    text = "Café crème à la française, très bien. " * 3
    decoded = decode_bytes(text.encode("cp1252"))
    assert decoded.text == text


@pytest.mark.parametrize(
    "text",
    [
        # a short paragraph: too few common words for the score, yet only Windows-1256 reads it
        "حول منزل أسرة كاسترو، فينكا لاس ماناكاس، إلى متحف ويعد رمزا لجذور فيدل وراؤول الريفية.",
        # a book listing: more Latin letters than Arabic ones
        "كتاب الأسبوع\nفلسفة الاتساخ Four Walls and a Roof A Philosophy of Dirt by Olli "
        "Lagerspetz تأليف: أولي لاغرسبيتز الناشر: Reaktion 2018\n",
    ],
)
def test_short_or_mixed_windows_1256_text_is_read_when_only_it_fits(text: str) -> None:
    decoded = decode_bytes(text.encode("cp1256"))
    assert (decoded.text, decoded.encoding) == (text, "cp1256")


def test_random_high_bytes_are_refused() -> None:
    rng = random.Random(1256)
    data = bytes(rng.randrange(0x80, 0x100) for _ in range(4096))
    with pytest.raises(ImportFailure) as info:
        decode_bytes(data, "noise.txt")
    assert info.value.kind == ENCODING
    assert "noise.txt" in str(info.value)
    assert "encoding could not be recognised" in str(info.value)


def test_wrong_code_page_scores_as_implausible(corpus_dir: Path) -> None:
    data = (corpus_dir / "text" / "enc_WINDOWS-1256_alriyadh-column.txt").read_bytes()
    assert arabic_plausibility(data.decode("cp1256")) is not None
    assert arabic_plausibility(data.decode("cp720")) is None
    assert arabic_plausibility(data.decode("latin-1")) is None


@pytest.mark.parametrize(
    ("data", "kind", "words"),
    [
        (b"", EMPTY, "is empty"),
        (b" \n\t\r\n ", EMPTY, "only white space"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), BINARY, "PNG image"),
        # What to do about it, where there is something: copy a PDF's text out, save a word
        # processor's document as a web page or text (both import well).
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3", PDF, "PDF document: copy its text"),
        # An RTF file is ASCII: it was imported as text, its article «{\rtf1\ansi…».
        (b"{\\rtf1\\ansi\\ansicpg1256 \\u1605?\\u1585? \\par}", DOCUMENT, "RTF document: save"),
        (zipped({"[Content_Types].xml": "<x/>", "word/document.xml": "<x/>"}), DOCUMENT, "DOCX"),
        (zipped({"mimetype": "application/vnd.oasis.opendocument.text"}), DOCUMENT, "(ODT)"),
        (zipped({"mimetype": "application/epub+zip"}), BINARY, "ZIP archive"),
        (b"PK\x03\x04 a damaged zip", BINARY, "ZIP archive"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), DOCUMENT, "old Microsoft Office"),
        (b"text\x00with\x00nul\x00bytes\x00and\x01controls", BINARY, "NUL bytes"),
        (bytes(range(1, 32)) * 20, BINARY, "binary data"),
    ],
)
def test_not_text(data: bytes, kind: str, words: str) -> None:
    with pytest.raises(ImportFailure) as info:
        decode_bytes(data, "input.bin")
    assert info.value.kind == kind
    assert words in str(info.value)
    assert str(info.value).startswith("Cannot import input.bin: ")


def test_broken_utf16_after_a_bom_is_reported() -> None:
    data = codecs.BOM_UTF16_LE + "نص".encode("utf-16-le") + b"\x00\xd8"  # lone surrogate
    with pytest.raises(ImportFailure) as info:
        decode_bytes(data, "half.txt")
    assert info.value.kind == ENCODING
    assert "byte order mark" in str(info.value)


def test_utf8_cut_off_inside_its_last_letter_loses_only_that_letter(seed_path: Path) -> None:
    """A scraper's byte limit or a download cut short ends a file inside a letter; the whole
    article was refused as "an encoding that could not be recognised"."""
    text = seed_path.read_text(encoding="utf-8").rstrip() + "\nوكان"
    data = text.encode("utf-8")
    cut = data[:-1]  # «ن» is two bytes: one is left
    decoded = decode_bytes(cut)
    assert decoded.encoding == "utf_8"
    assert decoded.text == text[:-1]


@pytest.mark.parametrize("bad", [b"\xff", b"\xd8", b"\x80\x80"])
def test_a_stray_bad_byte_in_utf8_is_marked_and_the_rest_read(seed_path: Path, bad: bytes):
    text = seed_path.read_text(encoding="utf-8")
    at = text.index("مجلس")
    data = text[:at].encode() + bad + text[at:].encode()
    decoded = decode_bytes(data)
    assert decoded.encoding == "utf_8"
    assert decoded.text.replace("\ufffd", "") == text  # nothing else changed
    assert 1 <= decoded.text.count("\ufffd") <= len(bad)


def test_a_short_text_with_a_bad_byte_is_not_taken_for_damaged_utf8() -> None:
    """Too few letters to tell damage from another encoding: the code pages decide."""
    data = "مرحبا".encode() + b"\xff"
    with pytest.raises(ImportFailure) as caught:
        decode_bytes(data)
    assert caught.value.kind == ENCODING


def test_legacy_arabic_with_a_few_valid_utf8_pairs_is_still_legacy(corpus_dir: Path) -> None:
    """A Windows-1256 letter followed by a symbol byte is a valid UTF-8 pair by chance; a real
    legacy file has far more invalid sequences than such pairs."""
    for name, codec in ENCODED_FILES.items():
        if codec.startswith("utf"):
            continue
        data = (corpus_dir / "text" / name).read_bytes()
        assert decode_bytes(data).encoding == codec, name


def test_a_zip_bomb_is_not_opened_to_name_it() -> None:
    """A ZIP archive is told apart (DOCX, ODT) by what it holds; a «mimetype» member that
    would inflate to 200 MB is not read for it."""
    import tracemalloc

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", b"\0" * 200_000_000)
    data = out.getvalue()
    tracemalloc.start()
    try:
        with pytest.raises(ImportFailure) as caught:
            decode_bytes(data)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert caught.value.kind == BINARY and "ZIP archive" in str(caught.value)
    assert peak < 20_000_000
