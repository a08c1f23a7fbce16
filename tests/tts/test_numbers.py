"""Numbers, dates, units and abbreviations: what eSpeak NG already reads right is left alone,
what it reads wrong is rewritten, and the rewrite really changes what eSpeak says (checked on
its phonemes, ``espeak-ng -v ar -x``)."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from desktop.tts.numbers import normalize_for_speech
from desktop.tts.word_alignment import word_ranges


def _phonemes(text: str) -> str:
    if shutil.which("espeak-ng") is None:
        pytest.skip("the espeak-ng command is not installed")
    out = subprocess.run(
        ["espeak-ng", "-v", "ar", "-x", "-q", "--", text],
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout.replace("\n", " ")


@pytest.mark.parametrize(
    "text",
    [
        "ثمانية آلاف: 8000",
        "2254 شخصا",
        "في عام 2016",
        "في ٢٠١٦",
        "نمو 3.5 في المئة",
        "1,250 دولارا",
        "القرن 21",
        "الساعة 08:30",
        "2018-2019",
        "كم عمرك؟",  # «كم» is a unit only after a number
        "الخليج والخبر",  # «الخ» starting a longer word is not «إلخ»
        "2017موضع",  # a typo, not an era
        "تسلم د. ",  # no name follows
    ],
)
def test_what_espeak_reads_right_is_left_alone(text):
    assert normalize_for_speech(text) == text


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("دفع ب8000 دولار", "دفع بِ 8000 دولار"),
        ("وب8000", "وَبِ 8000"),
        ("لـ3 أيام", "لِ 3 أيام"),
        ("بـ 100 دولار", "بِ 100 دولار"),
        ("و٢٠٠٣", "وَ ٢٠٠٣"),
        ("أعمالا لـ ألبرز", "أعمالا لِ ألبرز"),
        ("نسبة 25% من", "نسبة 25 بالمِئَة من"),
        ("نسبة 98.9 % من", "نسبة 98.9 بالمِئَة من"),
        ("نسبة %25 من", "نسبة 25 بالمِئَة من"),
        ("١٠٪", "١٠ بالمِئَة"),
        ("عام 1919م.", "عام 1919 مِيلَادِيّ."),
        ("في 2013 م. وقد", "في 2013 مِيلَادِيّ. وقد"),
        ("عام ٢٠١٦م", "عام ٢٠١٦ مِيلَادِيّ"),
        ("عام 622م", "عام 622 مِيلَادِيّ"),
        ("سباق 100م", "سباق 100 مِتْر"),
        ("عام 1440هـ", "عام 1440 هِجْرِيّ"),
        ("سنة 300 ق.م.", "سنة 300 قَبْلَ المِيلَاد"),
        ("مسافة 140 كم", "مسافة 140 كِيلُومِتْر"),
        ("طوله 30 سم.", "طوله 30 سَنْتِيمِتْر."),
        ("مساحة 5 كم2", "مساحة 5 كِيلُومِتْر مُرَب\u0651\u064eع"),  # shadda before fatha
        ("وزنه 3 كغ", "وزنه 3 كِيلُوغْرَام"),
        ("قال د. أحمد", "قال الدكتور أحمد"),
        ("قال د.أحمد", "قال الدكتور أحمد"),
        ("أ.د. محمد", "الأستاذ الدكتور محمد"),
        ("ص.ب 123", "صُنْدُوق بَرِيد 123"),
        ("كتب وقرأ، إلخ.", "كتب وقرأ، إِلَى آخِرِه."),
        ("في سبتمبر/أيلول 2018", "في سبتمبر أيلول 2018"),
        ("في 11/9/2018", "في 11 سِبْتَمْبِر 2018"),
        ("في 2018-09-11", "في 11 سِبْتَمْبِر 2018"),
        ("في 31.12.2019", "في 31 دِيسَمْبِر 2019"),
        ("النتيجة 3/1", "النتيجة 3 عَلَى 1"),
        ("في موسم 2019/2020 فاز", "في موسم 2019، 2020 فاز"),  # two years: a span
        ("بلغ 500 د.ك للطن", "بلغ 500 دِينَار كُوَيْتِيّ للطن"),  # not «الدكتور ك»
        ("قيمتها 300 د.إ فقط", "قيمتها 300 دِرْهَم إِمَارَاتِيّ فقط"),
        ("وقال أ. محمد إن", "وقال الأستاذ محمد إن"),
        ("قال م. خالد إن", "قال المهندس خالد إن"),
        ("يبدأ الساعة 8 م", "يبدأ الساعة 8 مَسَاءً"),  # not «8 metres»
        ("الساعة 10:30 ص.", "الساعة 10:30 صَبَاحًا"),
        ("النبي محمد (570-632م)", "النبي محمد (570-632 مِيلَادِيّ)"),
        ("٣٫٥ مليون", "٣.٥ مليون"),
        ("١٢٬٥٠٠", "١٢,٥٠٠"),
    ],
)
def test_what_espeak_reads_wrong_is_rewritten(text, spoken):
    assert normalize_for_speech(text) == spoken


def test_impossible_dates_are_not_guessed():
    assert normalize_for_speech("الرمز 45/13/2018") == "الرمز 45/13/2018"


@pytest.mark.parametrize("text", ["لعب بخطة 4-4-2 أمس", "تحديث iOS 11.2.5 لهواتفها"])
def test_a_formation_or_a_version_is_not_a_date(text):
    assert normalize_for_speech(text) == text


def test_a_hashtag_is_said_as_its_words():
    """«#» was read "hash", in English, before every hashtag of a news story."""
    shown = "هذان هما #أليكس_كوتي و (#الشافعي_الشيخ)، والمركز #1."
    assert normalize_for_speech(shown) == "هذان هما أليكس_كوتي و (الشافعي_الشيخ)، والمركز #1."
    assert "h'aS" in _phonemes("#داعش") and "h'aS" not in _phonemes(normalize_for_speech("#داعش"))


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("https://example.com/%D8%AF%D9%84", "example.com"),  # no «بالمئة» from its escapes
        ("زوروا https://www.un.org/ar/news/story/2016/12/123456 اليوم.", "زوروا un.org اليوم."),
        ("الموقع (www.aljazeera.net/news) مهم.", "الموقع (aljazeera.net) مهم."),
        ("«HTTP://BBC.co.uk/arabic»، وغيره", "«bbc.co.uk»، وغيره"),
    ],
)
def test_a_web_address_is_said_as_its_site(text, spoken):
    """Spelt out in English a character at a time, an address was a minute of noise."""
    assert normalize_for_speech(text) == spoken


def test_rewrites_never_drop_a_word():
    shown = (
        "قال د. أحمد إن ب8000 دولار أي 25% في 11/9/2018 على بعد 140 كم، إلخ. "
        "(https://www.un.org/ar/news/2016/12/1)"
    )
    spoken = normalize_for_speech(shown)
    ranges = word_ranges(shown, spoken)
    covered = {i for first, last in ranges for i in range(first, last + 1)}
    assert covered == set(range(len(shown.split())))


@pytest.mark.parametrize(
    ("text", "before", "after"),
    [
        ("ب8000", "b T", "bi T"),  # a bare consonant becomes «bi»
        ("لـ3", "l T", "li T"),
        ("25%", None, "i?at"),  # the percent sign was not read at all
        ("عام 1919م", "m'i:m", "i:la:d"),  # the letter name «mīm» becomes «mīlādī»
        ("طوله 30 سم", "s'amm", "sant"),  # «samm» (poison) becomes «santīmitr»
        ("سبتمبر/أيلول", "(en)", None),  # «slash» in an English voice is gone
        ("أ.د. محمد", "amza", "?al?'usta:D"),  # letter names become «al-ustādh»
        ("إلخ", "?lX", "?'ila:"),
        ("https://www.un.org/ar/news/story/2016/12/123456", "sl'aS", None),  # no «slash»
    ],
)
def test_espeak_says_it_differently_after_the_rewrite(text, before, after):
    raw, fixed = _phonemes(text), _phonemes(normalize_for_speech(text))
    if before is not None:
        assert before in raw and before not in fixed
    if after is not None:
        assert after in fixed and after not in raw
