"""Arabic text functions, table-driven on real sentences from the corpus."""

from __future__ import annotations

import pytest

from desktop import arabic
from desktop.model import Direction

FOLDING = [
    # (text as written, what it must fold to)
    ("أحمد", "احمد"),
    ("إعلان", "اعلان"),
    ("آخر", "اخر"),
    ("ٱلرحمن", "الرحمن"),
    ("مستشفى", "مستشفي"),
    ("مدينة", "مدينه"),
    ("مسؤول", "مسوول"),
    ("رئيس", "رييس"),
    ("جَاذِبِيَّةْ", "جاذبيه"),
    ("الـــمدينة", "المدينه"),
    ("٢٠١٦ و۱۲", "2016 و12"),
    ("CNN Arabic", "cnn arabic"),
    ("ب\u00a08000", "ب 8000"),
    ("\u200fحلب\u200e", "حلب"),
]


@pytest.mark.parametrize(("text", "folded"), FOLDING)
def test_normalize_for_search_folds_spellings(text: str, folded: str) -> None:
    assert arabic.normalize_for_search(text) == folded


SEED_MATCHES = [
    # (query a user might type, the exact original text it must find in the seed)
    ("الاممى", "الأممي"),
    ("اعلان روسيا", "إعلان روسيا"),
    ("مجلس الامن", "مجلس الأمن"),
    ("دي ميستورا", "دي ميستورا"),
    ("٨٠٠٠", "8000"),
    ("المدنيين", "المدنيين"),
]


@pytest.mark.parametrize(("query", "expected"), SEED_MATCHES)
def test_find_matches_marks_original_text(seed_path, query: str, expected: str) -> None:
    text = seed_path.read_text(encoding="utf-8")
    found = [text[s:e] for s, e in arabic.find_matches(text, query)]
    assert expected in found


def test_find_matches_skips_diacritics_inside_words(corpus_dir) -> None:
    text = (corpus_dir / "text" / "wikinews-ar_tashkeel_01_bafta-gravity.txt").read_text()
    spans = arabic.find_matches(text, "الاكاديمية البريطانية")
    assert spans, "a plain query must find fully diacritised text"
    first = text[spans[0][0] : spans[0][1]]
    assert arabic.normalize_for_search(first) == "الاكاديميه البريطانيه"
    assert len(first) > len("الاكاديميه البريطانيه"), "the marked span covers the diacritics"


def test_find_matches_finds_a_phrase_not_each_of_its_words(seed_path) -> None:
    """Find in the article looks for the words together, as find in a page does."""
    text = seed_path.read_text(encoding="utf-8")
    found = [text[s:e] for s, e in arabic.find_matches(text, "في حلب")]
    assert found and set(found) == {"في حلب"}
    assert len(arabic.find_matches(text, "في")) > len(found)


def test_hamza_spellings() -> None:
    assert arabic.hamza_spellings("مسئول") == ("مسئول", "مسءول", "مسؤول")
    assert set(arabic.hamza_spellings("شئ")) == {"شئ", "شيء"}
    assert set(arabic.hamza_spellings("برئ")) == {"برئ", "بريء"}
    # Never shorter than typed: «شيء» as «شئ» folds to «شي», a prefix of «شيخ».
    assert arabic.hamza_spellings("شيء") == ("شيء",)
    assert arabic.hamza_spellings("ماء") == ("ماء",)  # a final hamza stays where it is
    assert arabic.hamza_spellings("أمن") == ("أمن",)  # on alef: folded already
    assert arabic.hamza_spellings("حلب") == ("حلب",)
    assert len(arabic.hamza_spellings("سءءءل")) == 1  # too many to spell out: as typed


def test_find_matches_takes_any_hamza_seat_in_a_phrase() -> None:
    text = "قال المسؤول عن شؤون اللاجئين، والمسئول عن شئون الإغاثة."
    found = [text[s:e] for s, e in arabic.find_matches(text, "المسئول عن شؤون")]
    assert found == ["المسؤول عن شؤون", "المسئول عن شئون"]


def test_find_matches_with_empty_or_symbol_query() -> None:
    assert arabic.find_matches("نص", "") == []
    assert arabic.find_matches("نص", "   ") == []
    assert arabic.find_matches("a(b)c", "(b)") == [(1, 4)]


def test_seed_has_nineteen_sentences(seed_path) -> None:
    spans = arabic.sentences(seed_path.read_text(encoding="utf-8"))
    assert len(spans) == 19
    assert spans[1].text == "دي ميستورا: هناك شعور بالاتحاد داخل مجلس الأمن حيال حلب"


SENTENCES = [
    # a quotation keeps its opening and closing quotes with its sentences
    (
        '"ربما هذا هو الوقت للنظر. هناك أوقات عندما يكون هناك وعي."',
        ['"ربما هذا هو الوقت للنظر.', 'هناك أوقات عندما يكون هناك وعي."'],
    ),
    # «د.» and decimals are not sentence ends; ! and ؟ are
    (
        "قال د. أحمد إن النسبة 3.5 بالمئة. ثم غادر!",
        ["قال د. أحمد إن النسبة 3.5 بالمئة.", "ثم غادر!"],
    ),
    ("هل انتهى؟ نعم.", ["هل انتهى؟", "نعم."]),
    # never at «،», «؛» or «:»
    ("أكد ستيفان، المبعوث؛ وقال: نعم", ["أكد ستيفان، المبعوث؛ وقال: نعم"]),
    # «» stay with their sentence
    ("قال «انتهى الأمر.» ثم مضى.", ["قال «انتهى الأمر.»", "ثم مضى."]),
    # a missing space after the full stop still ends the sentence, a domain name does not
    ("في الوقت الحالي.وقال إن", ["في الوقت الحالي.", "وقال إن"]),
    ("زوروا CNN.com اليوم.", ["زوروا CNN.com اليوم."]),
    # ellipsis and line ends
    ("وهكذا… انتهى\nسطر ثان", ["وهكذا…", "انتهى", "سطر ثان"]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_sentences(text: str, expected: list[str]) -> None:
    spans = arabic.sentences(text)
    assert [s.text for s in spans] == expected
    assert all(text[s.start : s.end] == s.text for s in spans)


def test_no_corpus_sentence_ends_at_comma_or_semicolon(corpus_dir) -> None:
    """Inside a paragraph no sentence ends at «،» or «؛». (Two ANT articles break a paragraph
    right after «،»; the paragraph's last sentence ends there because the paragraph does.)"""
    checked = 0
    for path in sorted((corpus_dir / "text").glob("*.txt")):
        raw = path.read_bytes()
        if not raw.startswith(b"\xef\xbb\xbf") and path.name.startswith("enc_"):
            continue  # legacy encodings: the importer's tests cover them
        for line in raw.decode("utf-8-sig").splitlines():
            spans = arabic.sentences(line)
            checked += len(spans)
            for span in spans[:-1]:
                assert not span.text.endswith(("،", "؛")), (path.name, span.text)
    assert checked > 500


def test_sentence_offsets_are_code_points(corpus_dir) -> None:
    text = (corpus_dir / "text" / "wikinews-ar_tashkeel_02_wikimania-2013-hongkong.txt").read_text()
    for span in arabic.sentences(text):
        assert text[span.start : span.end] == span.text


def test_words_have_offsets() -> None:
    text = "ما يقدر ب8000 مدني"
    assert [(w.start, w.end, w.text) for w in arabic.words(text)] == [
        (0, 2, "ما"),
        (3, 7, "يقدر"),
        (8, 13, "ب8000"),
        (14, 18, "مدني"),
    ]


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("دي ميستورا: هناك شعور", Direction.RTL),
        ("The BAFTA awards", Direction.LTR),
        ("فيلم Gravity يتصدر ترشيحات BAFTA", Direction.RTL),
        ("2254 - 8000", Direction.AUTO),
        ("", Direction.AUTO),
    ],
)
def test_detect_direction(text: str, direction: Direction) -> None:
    assert arabic.detect_direction(text) == direction


def test_guess_language() -> None:
    assert arabic.guess_language("دي ميستورا: هناك شعور بالاتحاد") == "ar"
    assert arabic.guess_language("Hello world") == "en"


PDF_TEXT = "ﺍﻟﺴﻼﻡ ﻋﻠﻴﻜﻢ. ﻗﺎﻝ ﺍﻟﻤﺒﻌﻮﺙ ﺇﻥ ﺍﻟﻤﻔﺎﻭﺿﺎﺕ ﺳﺘﺴﺘﻤﺮ."


def test_presentation_forms_become_the_letters_they_show():
    """Text taken from a PDF is written in letters' contextual shapes: it looks right, but
    search and speech found no «المفاوضات» in it."""
    assert arabic.fold_presentation_forms(PDF_TEXT) == (
        "السلام عليكم. قال المبعوث إن المفاوضات ستستمر."
    )
    assert arabic.find_matches(arabic.fold_presentation_forms(PDF_TEXT), "المفاوضات")


def test_an_isolated_vowel_sign_stays_on_its_word_and_typed_ligatures_stay():
    assert arabic.fold_presentation_forms("كتاب\ufe70") == "كتاب\u064b"  # no space before it
    for typed in ("ﷲ", "ﷺ", "﷽", "\ufeff", "plain text", "نص عادي"):
        assert arabic.fold_presentation_forms(typed) == typed


def test_a_passage_pasted_into_find_is_found_by_its_first_words(seed_path):
    """A whole passage pasted into the find box is looked for by its first words: all 3,000
    words of a pasted article took 2.4 s on the GUI thread."""
    text = seed_path.read_text(encoding="utf-8")
    words = text.split()
    passage = " ".join(words[60:160])
    [(start, end)] = arabic.find_matches(text, passage)
    assert text[start:end].split() == words[60 : 60 + arabic.MAX_QUERY_WORDS]


def test_a_huge_query_is_cut_to_its_first_words_each_a_words_length():
    assert len(arabic.query_words("في " * 3000)) == arabic.MAX_QUERY_WORDS
    assert len(arabic.search_terms("في " * 3000)) == arabic.MAX_QUERY_WORDS
    [spellings] = arabic.query_words("ب" * 5000)
    assert all(len(s) <= arabic.MAX_QUERY_WORD_CHARS for s in spellings)
