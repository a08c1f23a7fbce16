"""Numbers, dates, units and abbreviations spelt the way an Arabic listener expects to hear them.

eSpeak NG's Arabic voice already reads plain numbers well, in both digit scripts («8000»,
«2254», «٢٠١٦», «3.5», «1,250»), and «د.» before a name. What it gets wrong (checked with
``espeak-ng -v ar -x``; docs/diacritization.md lists each case) is rewritten here:

- a clitic glued to digits is read as a bare consonant: «ب8000» "b θamaːnijat ʔaːlaːf" →
  «بِ 8000»; the same for «لـ3», «وب8000», and a tatweel clitic on its own («بـ 100»);
- «%» and «٪» are not read at all: «25%» → «25 بالمئة»;
- «م» / «هـ» after a year are read as letter names: «1919م» → «1919 ميلادي», «هـ» → «هجري»;
- units after a number: «كم» is always "kilometre" (even «كم عمرك»: diacritisation fixes that
  one), «سم» is read "samm" (poison) → «سنتيمتر», and so on;
- «/» is read in English ("slash"): «سبتمبر/أيلول» → «سبتمبر أيلول», «11/9/2018» → «11 سبتمبر
  2018», other digit/digit → «على»;
- «أ.د.» is read letter by letter → «الأستاذ الدكتور»; «د.» → «الدكتور» (eSpeak reads it so but
  pauses after the dot); «إلخ» is garbled → «إلى آخره»; «ق.م» → «قبل الميلاد»; «ص.ب» →
  «صندوق بريد»;
- the Arabic decimal separator «٫» drops "fāṣil" → «.»; the thousands separator «٬» → «,»;
- «#» before a hashtag is read "hash" in English → the hashtag's words alone;
- a web address is spelt out in English, character by character («https colon slash slash w w
  w …», a minute of noise for a long one) → its site alone: «https://www.un.org/ar/news/…» →
  «un.org».

Rewrites only ever replace a word by one or more words, never drop one, so
``word_alignment`` maps every spoken word back to a displayed word. Expansions carry the vowels
eSpeak needs (shadda before its vowel), so they read right with diacritisation off too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urlsplit

_D = "0-9\u0660-\u0669\u06f0-\u06f9"  # ASCII, Arabic-Indic and Persian digits
# A number: digits with separators inside, not the tail of a word or code («D9%» in a URL).
_NUM = rf"(?<![\w.,\u066b\u066c])[{_D}](?:[{_D}.,\u066b\u066c]*[{_D}])?"
_END = r"(?=$|[\s.,،؛;:!?؟)\]»\"”'])"  # a word ends here
_START = r"(?<![^\s(\[«\"“'])"  # a word starts here


_SHADDA_AFTER = re.compile("([\u064b-\u0650\u0652]+)\u0651")


def shadda_first(text: str) -> str:
    """Put every shadda before the vowel or sukun written with it (eSpeak NG's reading order;
    Unicode's canonical order puts it after, and eSpeak then drops the vowel)."""
    return _SHADDA_AFTER.sub("\u0651\\1", text)


_CLITIC_VOWEL = {"و": "وَ", "ف": "فَ", "ب": "بِ", "ل": "لِ", "ك": "كَ"}

_UNITS = {
    "كم2": "كِيلُومِتْر مُرَبَّع",
    "كم²": "كِيلُومِتْر مُرَبَّع",
    "م2": "مِتْر مُرَبَّع",
    "م²": "مِتْر مُرَبَّع",
    "كم": "كِيلُومِتْر",
    "كلم": "كِيلُومِتْر",
    "سم": "سَنْتِيمِتْر",
    "ملم": "مِلِّيمِتْر",
    "مم": "مِلِّيمِتْر",
    "كغ": "كِيلُوغْرَام",
    "كلغ": "كِيلُوغْرَام",
    "كجم": "كِيلُوغْرَام",
}

_MONTHS = [
    "يَنَايِر",
    "فِبْرَايِر",
    "مَارِس",
    "أَبْرِيل",
    "مَايُو",
    "يُونْيُو",
    "يُولْيُو",
    "أَغُسْطُس",
    "سِبْتَمْبِر",
    "أُكْتُوبِر",
    "نُوفَمْبِر",
    "دِيسَمْبِر",
]

_WORDS = {
    # Written so eSpeak NG reads them right whether or not the diacritiser runs after:
    # «بِالمئة» would be read "bi-aːl", «الدُّكتور» with a doubled d.
    "percent": "بالمِئَة",
    "AD": "مِيلَادِيّ",
    "AH": "هِجْرِيّ",
    "BC": "قَبْلَ المِيلَاد",
    "PO box": "صُنْدُوق بَرِيد",
    "prof dr": "الأستاذ الدكتور",
    "dr": "الدكتور",
    "etc": "إِلَى آخِرِه",
    "over": "عَلَى",
    "metre": "مِتْر",
    "pm": "مَسَاءً",
    "am": "صَبَاحًا",
    "teacher": "الأستاذ",
    "engineer": "المهندس",
}
# Currencies written as two abbreviated words: «500 د.ك» is Kuwaiti dinars, not a doctor.
_CURRENCIES = {
    "د.ك": "دِينَار كُوَيْتِيّ",
    "د.إ": "دِرْهَم إِمَارَاتِيّ",
    "د.ت": "دِينَار تُونِسِيّ",
    "د.أ": "دِينَار أُرْدُنِيّ",
    "د.ب": "دِينَار بَحْرَيْنِيّ",
    "د.ل": "دِينَار لِيبِيّ",
    "د.ج": "دِينَار جَزَائِرِيّ",
    "د.م": "دِرْهَم مَغْرِبِيّ",
    "ر.س": "رِيَال سُعُودِيّ",
    "ر.ق": "رِيَال قَطَرِيّ",
    "ر.ع": "رِيَال عُمَانِيّ",
    "ج.م": "جُنَيْه مِصْرِيّ",
    "ل.ل": "لِيرَة لُبْنَانِيَّة",
    "ل.س": "لِيرَة سُورِيَّة",
}
_WORDS = {k: shadda_first(v) for k, v in _WORDS.items()}
_UNITS = {k: shadda_first(v) for k, v in _UNITS.items()}
_MONTHS = [shadda_first(m) for m in _MONTHS]
_CURRENCIES = {k: shadda_first(v) for k, v in _CURRENCIES.items()}


def _digits(text: str) -> int:
    return int("".join(str(int(c)) for c in text))


def _date(m: re.Match[str]) -> str:
    a, b, c = m.group("a"), m.group("b"), m.group("c")
    if len(a) == 4:  # 2018/09/11
        year, month, day = a, b, c
    else:  # 11/09/2018: day first, as Arabic writing does
        day, month, year = a, b, c
    mon = _digits(month)
    if not 1 <= mon <= 12 or not 1 <= _digits(day) <= 31:
        return m.group(0)
    # A year has two or four digits, four with dots: «4-4-2» is a football formation and
    # «11.2.5» a version number, not dates.
    if len(year) not in (2, 4) or (m["s"] == "." and len(year) != 4):
        return m.group(0)
    return f"{day} {_MONTHS[mon - 1]} {year}"


def _era(m: re.Match[str]) -> str:
    """«م» after a number: a year (four digits, after «عام»/«سنة», or ending a range of years
    «570-632م») or metres («100م»)."""
    number = m["y"]
    if not number.isdigit():
        return m.group(0)
    if len(number) == 4 or m["year"] or m["range"]:
        return f"{m['year'] or ''}{m['range'] or ''}{number} {_WORDS['AD']}"
    return f"{number} {_WORDS['metre']}"


def _hour(m: re.Match[str]) -> str:
    """«الساعة 8 م» is eight in the evening (it was read "8 metres"), «ص» the morning."""
    return f"{m['at']}{m['h']} {_WORDS['pm' if m['half'] == 'م' else 'am']}"


def _years_or_over(m: re.Match[str]) -> str:
    """Digits around «/»: two years are a span («موسم 2019/2020», read with a pause between),
    anything else a fraction or ratio («على»)."""
    a, b = m["a"], m["b"]
    if len(a) == len(b) == 4 and a.isdigit() and b.isdigit():
        return f"{a}، {b}"
    return f"{a} {_WORDS['over']} {b}"


def _site(m: re.Match[str]) -> str:
    """A web address as its site: what a listener can use of it."""
    address = m.group(0)
    host = urlsplit(address if "://" in address else "http://" + address).hostname or address
    return host.removeprefix("www.")


def _clitic(m: re.Match[str]) -> str:
    return "".join(_CLITIC_VOWEL[c] for c in m.group("clitic")) + " "


_RULES: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    # Web addresses first: their digits and slashes are not numbers or dates.
    (re.compile(rf"{_START}(?:https?://|www\.)\S*[^\s.,،؛;:!?؟)\]»\"”']", re.I), _site),
    # A hashtag is its words («#داعش»): the sign was said "hash", in English.
    (re.compile(rf"{_START}#(?=[^\W\d_])"), ""),
    # Arabic decimal and thousands separators.
    (re.compile(rf"(?<=[{_D}])\u066b(?=[{_D}])"), "."),
    (re.compile(rf"(?<=[{_D}])\u066c(?=[{_D}])"), ","),
    # Clitics glued to a number: «ب8000», «وب8000», «لـ3», «بـ 100».
    (
        re.compile(rf"{_START}(?P<clitic>[وف]?[بلك]|[وف])\u0640*\s?(?=[{_D}])"),
        _clitic,
    ),
    # A tatweel clitic standing alone before a word: «لـ ألبرز».
    (
        re.compile(rf"{_START}(?P<clitic>[وف]?[بلك])\u0640+(?=\s)"),
        lambda m: "".join(_CLITIC_VOWEL[c] for c in m["clitic"]),
    ),
    # Numeric dates (before the general slash rule).
    (
        re.compile(
            rf"{_START}(?P<a>[{_D}]{{1,4}})(?P<s>[/\-.])(?P<b>[{_D}]{{1,2}})(?P=s)"
            rf"(?P<c>[{_D}]{{1,4}}){_END}"
        ),
        _date,
    ),
    # Percent, after or (typed right to left) before the number.
    (re.compile(rf"(?P<n>{_NUM})\s?[%\u066a]"), lambda m: f"{m['n']} {_WORDS['percent']}"),
    (
        re.compile(rf"{_START}[%\u066a](?P<n>{_NUM})"),
        lambda m: f"{m['n']} {_WORDS['percent']}",
    ),
    # The time of day: «الساعة 8 م», «الساعة 10:30 ص».
    (
        re.compile(
            rf"(?P<at>(?:ال)?ساعة\s+)(?P<h>[{_D}]{{1,2}}(?::[{_D}]{{2}})?)\s?(?P<half>[صم])\.?{_END}"
        ),
        _hour,
    ),
    # Era after a year: «1919م», «2013 م.», «(570-632م)», «1440هـ».
    (
        re.compile(
            rf"(?P<year>(?:ال)?(?:عام|سنة)\s+)?(?P<range>(?<![{_D}])[{_D}]{{1,4}}\s?[-–]\s?)?"
            rf"(?P<y>{_NUM})\s?م{_END}"
        ),
        _era,
    ),
    (
        re.compile(rf"(?P<y>[{_D}]{{1,4}})\s?هـ{_END}"),
        lambda m: f"{m['y']} {_WORDS['AH']}",
    ),
    (re.compile(rf"{_START}ق\s?\.\s?م{_END}\.?"), _WORDS["BC"]),
    # Units after a number.
    (
        re.compile(
            rf"(?P<n>[{_D}])\s?(?P<u>"
            + "|".join(sorted(map(re.escape, _UNITS), key=len, reverse=True))
            + rf"){_END}"
        ),
        lambda m: f"{m['n']} {_UNITS[m['u']]}",
    ),
    # Currencies: «500 د.ك» (before «د.» is taken for a doctor).
    (
        re.compile(
            rf"{_START}(?P<c>"
            + "|".join(re.escape(c).replace(r"\.", r"\.\s?") for c in _CURRENCIES)
            + rf"){_END}\.?"
        ),
        lambda m: _CURRENCIES[m["c"].replace(" ", "")],
    ),
    # Abbreviations before a word.
    (re.compile(rf"{_START}أ\.\s?د\.\s?"), _WORDS["prof dr"] + " "),
    (re.compile(rf"{_START}د\.\s?(?=[\u0621-\u064a])"), _WORDS["dr"] + " "),
    (re.compile(rf"{_START}أ\.\s?(?=[\u0621-\u064a]{{2}})"), _WORDS["teacher"] + " "),
    (re.compile(rf"{_START}م\.\s?(?=[\u0621-\u064a]{{2}})"), _WORDS["engineer"] + " "),
    (re.compile(rf"{_START}ص\.\s?ب{_END}\.?"), _WORDS["PO box"]),
    (re.compile(rf"{_START}[إا]لخ{_END}"), _WORDS["etc"]),
    # Slashes: between Arabic words a pause, between numbers «على».
    (re.compile(r"(?<=[\u0621-\u064a\u064b-\u0652])/(?=[\u0621-\u064a])"), " "),
    (re.compile(rf"{_START}(?P<a>{_NUM})\s?/\s?(?P<b>{_NUM}){_END}"), _years_or_over),
]


def normalize_for_speech(text: str) -> str:
    """``text`` (Arabic) with numbers, dates, units and abbreviations spelt for speech."""
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    return text
