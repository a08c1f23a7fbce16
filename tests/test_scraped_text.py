"""Scraped text -> Article, on every text file of the corpus and on the shapes made small."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from desktop.importers.encoding import decode_bytes
from desktop.importers.errors import NO_ARTICLE, ImportFailure
from desktop.importers.scraped_text import MIN_REPEAT_CHARS, import_text_file, parse_text
from desktop.model import Block, BlockKind, Direction

# Arabic under the wrong decoding: UTF-8 read as Latin-1/cp1252 gives Ø or Ù before a byte
# in 0x80-0xBF; cp1256 read as Latin-1 gives whole words of accented letters. (Single accented
# letters are fine: ANT AL-culture-591 cites the French title «Au bout de la colère».)
MOJIBAKE = re.compile(r"[ØÙ][\x80-\xbf\u0152-\u2122]|[\xc0-\xff]{3,}|\ufffd")

SEED_TITLE = "دي ميستورا: هناك شعور بالاتحاد داخل مجلس الأمن حيال حلب"

# The title every corpus text file must import with. ANT titles are their <TITLE>; a file
# whose first line is a whole paragraph gets its first sentence, cut at a word, as the title.
EXPECTED_TITLES = {
    "ant_AL-culture-154-20180311.txt": "متحف الباوهاوس البرليني.. تعميق البُعد الاجتماعي "
    "الواقعي للفن",
    "ant_AL-culture-591-20180716.txt": "كتب عربية متنوعة قد تعجبك.. تعرف عليها",
    "ant_AL-internationalNews-161-20180222.txt": 'خلية "البيتلز" الداعشية تكشف تخبط بريطانيا',
    "ant_AL-technology-159-20180410.txt": "ما هي تحديات الحوت الأزرق الـ50 ولماذا تنتهي بالانتحار؟",
    "ant_AL-technology-347-20180712.txt": "آبل تعمل على تطوير معظم تشكيلة أجهزتها وهذه التفاصيل",
    "ant_BB-internationalNews-1171-20181009.txt": '"أنا أم بلا طفل"',
    "ant_BB-internationalNews-366-20180420.txt": "ما هو مستقبل كوبا بعد حقبة كاسترو؟",
    "ant_BB-middleEast-1-20180218.txt": "الفيدرالية العربية لحقوق الإنسان تطالب تركيا بإلغاء "
    'الأحكام "القاسية" على الصحفيين',
    "ant_BB-middleEast-1127-20181019.txt": 'من هم المتهمون بأنهم أعضاء "فريق تصفية" خاشقجي؟',
    "ant_BB-middleEast-443-20180503.txt": "هل سرق الموساد نصف طن من أسرار إيران النووية؟",
    "ant_BB-sport-198-20180608.txt": "دليلك للملاعب التي ستستضيف مباريات كأس العالم 2018",
    "ant_CN-economy-41-20180305.txt": "من هو ما هواتينج .. أغنى رجل في الصين؟",
    "ant_CN-middleEast-232-20180309.txt": "حصيلة زيارة ولي العهد السعودي إلى لندن.. اتفاقيات "
    "متنوعة واستثمارات بـ100 مليار دولار",
    "ant_CN-middleEast-413-20180329.txt": "خالد بن سلمان: التحالف يساهم بإعادة إعمار اليمن رغم "
    "تصعيد الحوثي وإيران",
    "ant_CN-middleEast-730-20180426.txt": "صورة جديدة للأمير طلال بن عبدالعزيز على كرسي متحرك.. "
    "وهكذا علّقت إبنتاه",
    "ant_CN-technology-45-20180305.txt": "من هو ما هواتينج .. أغنى رجل في الصين؟",
    "ant_FR-internationalNews-1273-20180516.txt": 'ريبورتاج: مدينة القدس من أسطحها... "الخادعة"',
    "ant_FR-internationalNews-1421-20180524.txt": "فرانس24 تعزز حضورها الإعلامي في فيتنام",
    "ant_FR-internationalNews-2647-20180810.txt": "كندا تطلب المساعدة من حلفائها لحل خلافاتها مع "
    "السعودية",
    "ant_FR-internationalNews-2738-20180816.txt": "فرنسا تتصدر تصنيف الفيفا عالميا وتونس الأولى "
    "عربيا",
    "ant_SK-middleEast-2752-20180704.txt": "من بيروت إلى باريس.. مسلسل عمليات إيران الإرهابية",
    "ant_SK-middleEast-3942-20181018.txt": 'من قتل القذافي وكيف؟.. شهادات "خاصة" في ذكرى مصرع '
    "العقيد",
    "ant_SK-sport-2286-20180720.txt": 'رونالدو وريال مدريد.. لماذا كان الرحيل "حتميا"؟',
    "ant_SK-technology-1530-20181002.txt": '"دليل الطوارئ".. ماذا تفعل إذا فقدت هاتفك؟',
    "ant_SK-technology-386-20180411.txt": "الهجمات الإلكترونية في بريطانيا أكثر من أي وقت مضى",
    "cnn-arabic_2013-08-28_syria-clashes.newspaper-expected.txt": "دمشق، سوريا (CNN) -- أكدت "
    "جهات سورية معارضة أن فصائل مسلحة معارضة لنظام الرئيس بشار الأسد…",
    "enc_CP720_alriyadh-column.txt": "يا واسع المغفرة",  # «جريدة الرياض | …»: the site
    "enc_ISO-8859-6_anwalpress-news.txt": "دورة تكوينية حول الإعلام, القوانين, الدين و القيم "
    "الديمقراطية.",
    "enc_UTF-16LE-BOM_anwalpress-news.txt": "دورة تكوينية حول الإعلام، القوانين، الدين و القيم "
    "الديمقراطية.",
    "enc_WINDOWS-1256_alriyadh-column.txt": "يا واسع المغفرة",
    "enc_WINDOWS-1256_anwalpress-news.txt": "دورة تكوينية حول الإعلام، القوانين، الدين و القيم "
    "الديمقراطية.",
    "enc_WINDOWS-1256_wikipedia-arabic-language.txt": "اللُّغَة العَرَبِيّة هي أكثر اللغات "
    "السامية تحدثاً وإحدى أكثر اللغات انتشاراً في العالم…",
    "wikinews-ar_FULLY-DIACRITIZED_MULTI-ARTICLE.txt": "فِيلْمُ جَاذِبِيَّةْ يَتَصَدَّرُ "
    "تَرْشِيحَاتِ جَوَائِزِ الْأَكَادِيمِيَّةِ الْبِرِيطَانِيَّةِ لِفُنُونِ الْفِيلْمِ وَالتِّلِفِزْيُونِ",
    "wikinews-ar_tashkeel_01_bafta-gravity.txt": "فِيلْمُ جَاذِبِيَّةْ يَتَصَدَّرُ تَرْشِيحَاتِ "
    "جَوَائِزِ الْأَكَادِيمِيَّةِ الْبِرِيطَانِيَّةِ لِفُنُونِ الْفِيلْمِ وَالتِّلِفِزْيُونِ",
    "wikinews-ar_tashkeel_02_wikimania-2013-hongkong.txt": "اخْتِتَامُ مُؤْتَمَرِ وِيكِيمَانْيَا "
    "2013 فِي هُونْغْ كُونْغْ",
    "wikinews-ar_tashkeel_03_suleiman-al-issa-obituary.txt": "وَفَاةُ الشَّاعِرِ السُّورِيِّ "
    "الْكَبِيرِ سُلَيْمَانَ الْعِيسَى",
}


def key(text: str) -> str:
    return " ".join(text.split())


def import_file(path: Path):
    articles = import_text_file(path, path.read_bytes())
    assert len(articles) == 1
    return articles[0]


def assert_no_repeats(title: str, blocks: list[Block]) -> None:
    """The importer's promise: no block repeats the title, none repeats the block before it,
    and no substantial text (a caption, a paragraph) appears twice."""
    keys = [key(b.text) for b in blocks]
    assert key(title) not in keys
    for before, after in zip(keys, keys[1:], strict=False):
        assert before != after, after
    repeated = [k for k, n in Counter(keys).items() if n > 1 and len(k) >= MIN_REPEAT_CHARS]
    assert repeated == []


# --- every corpus text file ----------------------------------------------------------------


def test_every_corpus_text_file_has_an_expected_title(corpus_dir: Path) -> None:
    assert sorted(p.name for p in (corpus_dir / "text").glob("*.txt")) == sorted(EXPECTED_TITLES)


def test_mojibake_pattern_catches_misdecoded_arabic(seed_path: Path) -> None:
    text = seed_path.read_text(encoding="utf-8")
    assert not MOJIBAKE.search(text)
    assert MOJIBAKE.search(text.encode("utf-8").decode("cp1252", errors="replace"))
    assert MOJIBAKE.search(text.encode("cp1256", errors="ignore").decode("latin-1"))


@pytest.mark.parametrize("name", sorted(EXPECTED_TITLES))
def test_corpus_file_imports_cleanly(corpus_dir: Path, name: str) -> None:
    path = corpus_dir / "text" / name
    article = import_file(path)
    assert article.title == EXPECTED_TITLES[name]
    assert article.blocks
    assert article.language == "ar"
    assert article.direction == Direction.RTL
    assert_no_repeats(article.title, article.blocks)
    source = unicodedata.normalize("NFC", decode_bytes(path.read_bytes()).text)
    collapsed_source = key(source)
    for block in article.blocks:
        assert block.text == block.text.strip() and block.text
        assert not MOJIBAKE.search(block.text), block.text
        # Text kept exactly as written (trimmed, NFC): every block is a piece of the source.
        assert block.text in source or key(block.text) in collapsed_source, block.text
        assert not block.text.startswith("<")  # no wrapper tags leak into the text


# --- the seed: UN News text as copied from the page ----------------------------------------


@pytest.fixture(scope="module")
def seed(seed_path: Path):
    return import_file(seed_path)


def test_seed_title_site_and_language(seed) -> None:
    assert seed.title == SEED_TITLE
    # The tagline «منظور عالمي قصص إنسانية» is UN News's; the site is named, not taglined.
    assert seed.site == "أخبار الأمم المتحدة"
    assert (seed.language, seed.direction) == ("ar", Direction.RTL)


def test_seed_caption_is_one_figure_with_its_credit(seed) -> None:
    figures = [b for b in seed.blocks if b.kind == BlockKind.FIGURE]
    assert figures == [
        Block(
            BlockKind.FIGURE,
            "معظم السوريين الباقيين في حلب يعيشون في هياكل مبان سكنية.",  # the tidy copy
            credit="توم وستكوت / إيرين",
            image=None,
        )
    ]
    assert not any("المصدر:" in b.text for b in seed.blocks)


def test_seed_structure(seed) -> None:
    P, Q, F = BlockKind.PARAGRAPH, BlockKind.QUOTE, BlockKind.FIGURE
    assert [b.kind for b in seed.blocks] == [F, P, P, P, Q, P, P, Q]
    assert seed.blocks[1].text.startswith("أكد ستيفان دي ميستورا")
    assert seed.blocks[-1].text.endswith('تفيد بعدم رفضها المجيئ."')
    assert_no_repeats(seed.title, seed.blocks)


def test_seed_quotes_follow_a_colon(seed) -> None:
    for i, block in enumerate(seed.blocks):
        if block.kind == BlockKind.QUOTE:
            assert seed.blocks[i - 1].text.endswith(":")
            assert block.text[0] == '"' and block.text[-1] == '"'


# --- TREC-style <DOC> (ANT corpus) ----------------------------------------------------------


def test_ant_metadata(corpus_dir: Path) -> None:
    a = import_file(corpus_dir / "text" / "ant_BB-sport-198-20180608.txt")
    assert a.url == "http://www.bbc.co.uk/arabic/sports-44397737"
    assert a.site == "بي بي سي عربي"
    assert a.published == "2018-06-08T12:15:28+00:00"
    assert a.author == ""
    b = import_file(corpus_dir / "text" / "ant_AL-culture-154-20180311.txt")
    assert (b.site, b.author, b.published) == (
        "العربية",
        "دارا العبدالله",
        "2018-03-11T12:55:51+04:00",
    )
    c = import_file(corpus_dir / "text" / "ant_FR-internationalNews-1421-20180524.txt")
    assert (c.site, c.author) == ("فرانس 24", "فرانس 24")


@pytest.mark.parametrize(
    "name",
    [
        "ant_FR-internationalNews-1273-20180516.txt",  # abstract == first paragraph
        "ant_AL-culture-154-20180311.txt",  # abstract == first paragraph cut at ~190 chars
        "ant_CN-middleEast-730-20180426.txt",  # abstract inside the first paragraph
    ],
)
def test_ant_abstract_is_not_a_second_copy_of_the_lead(corpus_dir: Path, name: str) -> None:
    path = corpus_dir / "text" / name
    raw = path.read_text(encoding="utf-8")
    abstract = raw.split("<ABSTRACT>")[1].split("</ABSTRACT>")[0].strip()
    article = import_file(path)
    start = abstract[:60]
    assert sum(start in b.text for b in article.blocks) == 1


def test_ant_repeated_field_lines_stay_with_their_stadiums(corpus_dir: Path) -> None:
    """BB-sport-198 is a guide to 12 stadiums; 11 of them have the line «التوقيت: غرينتش + 3
    ساعات.». Each copy belongs to a different stadium, so all are kept, never two in a row."""
    article = import_file(corpus_dir / "text" / "ant_BB-sport-198-20180608.txt")
    texts = [b.text for b in article.blocks]
    at = [i for i, t in enumerate(texts) if t == "التوقيت: غرينتش + 3 ساعات."]
    assert len(at) == 11
    stadiums = [next(t for t in reversed(texts[:i]) if t.startswith("ملعب ")) for i in at]
    assert len(set(stadiums)) == 11
    assert_no_repeats(article.title, article.blocks)


def test_tatweel_and_diacritics_are_kept(corpus_dir: Path) -> None:
    ant = import_file(corpus_dir / "text" / "ant_CN-middleEast-232-20180309.txt")
    assert "بـ100" in ant.title
    wiki = import_file(
        corpus_dir / "text" / "wikinews-ar_tashkeel_03_suleiman-al-issa-obituary.txt"
    )
    assert wiki.blocks[0].text.startswith("تُوُفِّيَ صَبَاحَ الْيَوْمِ")


def test_several_docs_in_one_file() -> None:
    text = (
        "<DOC>\n<DOCNO>a</DOCNO>\n<TITLE>الأول</TITLE>\n<TEXT>\nنص المقال الأول.\n</TEXT>\n</DOC>\n"
        "<DOC>\n<DOCNO>b</DOCNO>\n<URL>https://www.example.org/b</URL>\n<TITLE>الثاني</TITLE>\n"
        "<TIME>2018-04-01</TIME>\n<TEXT>\nنص المقال الثاني.\n</TEXT>\n</DOC>\n"
    )
    first, second = parse_text(text)
    assert (first.title, [b.text for b in first.blocks]) == ("الأول", ["نص المقال الأول."])
    assert (second.title, second.site, second.published) == ("الثاني", "example.org", "2018-04-01")


def test_doc_without_text_uses_its_abstract() -> None:
    (a,) = parse_text("<DOC><TITLE>عنوان</TITLE><ABSTRACT>ملخص المقال.</ABSTRACT></DOC>")
    assert [b.text for b in a.blocks] == ["ملخص المقال."]


# --- plain text --------------------------------------------------------------------------


def test_wikinews_multi_article_file_keeps_headers_as_headings(corpus_dir: Path) -> None:
    article = import_file(corpus_dir / "text" / "wikinews-ar_FULLY-DIACRITIZED_MULTI-ARTICLE.txt")
    headings = [b.text for b in article.blocks if b.kind == BlockKind.HEADING]
    assert article.blocks[0] == Block(BlockKind.HEADING, "ثَقَافَةٌ")
    for category in ["صِحَّةٌ", "سِيَاسَةٌ", "عُلُومٌ", "رِيَاضَةٌ", "فَنٌّ", "اقْتِصَادٌ"]:
        assert category in headings
    # The next articles' headlines are headings too, so the reader can jump between them.
    assert "اخْتِتَامُ مُؤْتَمَرِ وِيكِيمَانْيَا 2013 فِي هُونْغْ كُونْغْ" in headings
    assert not any(b.text.startswith("#") for b in article.blocks)
    # Long only in its vowel marks, or ending in a quoted word, a headline is still one.
    for headline in (
        'مَقْتَلُ 28 شَخْصًا فِي بَنْغَلَادِيشَ خِلَالَ مُظَاهَرَاتٍ مُطَالِبَةٍ بِقَانُونٍ يُجَرِّمُ " الْكُفْرَ "',
        "الْيَسَارُ الدِّيمُقْرَاطِيُّ يَنْسَحِبُ",
    ):
        assert any(h.startswith(headline) for h in headings), headline


def test_headline_followed_by_site_name_is_split(corpus_dir: Path) -> None:
    article = import_file(corpus_dir / "text" / "enc_WINDOWS-1256_anwalpress-news.txt")
    assert article.site == "Anwalpress - أنوال بريس"
    assert article.blocks[0].text.startswith("ينظم مركز ابن رشد")


def test_first_line_that_is_a_paragraph_is_kept_as_one(corpus_dir: Path) -> None:
    path = corpus_dir / "text" / "cnn-arabic_2013-08-28_syria-clashes.newspaper-expected.txt"
    article = import_file(path)
    first_line = path.read_text(encoding="utf-8").splitlines()[0].strip()
    assert article.blocks[0].text == first_line
    assert article.title.endswith("…") and first_line.startswith(article.title[:-1])


def test_consecutive_duplicates_and_blank_lines() -> None:
    line = "هذا سطر تكرر في الصفحة أحد عشر مرة بسبب خطأ في النسخ."
    text = "العنوان\n\n" + "\n".join([line] * 11) + "\n\n\n  \u00a0 \nفقرة أخيرة.\n"
    (a,) = parse_text(text)
    assert a.title == "العنوان"
    assert [b.text for b in a.blocks] == [line, "فقرة أخيرة."]


def test_short_lines_repeated_apart_are_kept() -> None:
    text = "العنوان\nزيد\nالمدينة: لندن\nعمرو\nالمدينة: لندن\n"
    (a,) = parse_text(text)
    assert [b.text for b in a.blocks] == ["زيد", "المدينة: لندن", "عمرو", "المدينة: لندن"]


def test_caption_printed_twice_in_the_body_becomes_one_figure() -> None:
    caption = "متظاهرون في وسط المدينة يوم الجمعة. المصدر: رويترز"
    text = f"العنوان\nفقرة أولى.\n{caption}\n{caption}\nفقرة ثانية.\n"
    (a,) = parse_text(text)
    assert [b.kind for b in a.blocks] == [
        BlockKind.PARAGRAPH,
        BlockKind.FIGURE,
        BlockKind.PARAGRAPH,
    ]
    assert (a.blocks[1].text, a.blocks[1].credit) == (
        "متظاهرون في وسط المدينة يوم الجمعة.",
        "رويترز",
    )


@pytest.mark.parametrize(
    ("label", "credit"),
    [("حقوق الصورة", "أ ف ب"), ("Source", "Reuters"), ("Photo credit", "AP")],
)
def test_a_repeated_caption_takes_the_credit_labels_the_html_importer_knows(
    label: str, credit: str
) -> None:
    caption = f"متظاهرون في وسط المدينة يوم الجمعة. {label}: {credit}"
    text = f"العنوان\nفقرة أولى.\n{caption}\n{caption}\nفقرة ثانية.\n"
    (a,) = parse_text(text)
    assert a.blocks[1].kind == BlockKind.FIGURE
    assert (a.blocks[1].text, a.blocks[1].credit) == ("متظاهرون في وسط المدينة يوم الجمعة.", credit)


def test_source_line_in_the_body_is_not_a_caption() -> None:
    text = "العنوان\nقالت الوكالة إن الاجتماع انتهى دون اتفاق. المصدر: رويترز\nفقرة أخيرة.\n"
    (a,) = parse_text(text)
    assert all(b.kind == BlockKind.PARAGRAPH for b in a.blocks)


def test_quotation_over_several_paragraphs() -> None:
    text = "العنوان\nوقال الوزير:\n«بداية الاقتباس\nوتتمته.»\nثم فقرة عادية.\n"
    (a,) = parse_text(text)
    assert [b.kind for b in a.blocks] == [
        BlockKind.PARAGRAPH,
        BlockKind.QUOTE,
        BlockKind.QUOTE,
        BlockKind.PARAGRAPH,
    ]


def test_quoted_paragraph_without_an_introducing_colon_stays_a_paragraph() -> None:
    (a,) = parse_text('العنوان\nفقرة.\n"نص بين علامتي تنصيص" قال المتحدث.\n')
    assert [b.kind for b in a.blocks] == [BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]


def test_crlf_nfc_and_bom() -> None:
    decomposed = unicodedata.normalize("NFD", "آمنة")  # alef + madda as two code points
    (a,) = parse_text(f"\ufeffالعنوان\r\n\r\n{decomposed} فقرة.\r\n")
    assert a.title == "العنوان"
    assert a.blocks[0].text == "آمنة فقرة."


def test_english_text_is_ltr() -> None:
    (a,) = parse_text("A title\n\nAn English paragraph about reading.\n")
    assert (a.language, a.direction) == ("en", Direction.LTR)


def test_one_line_file_keeps_its_text() -> None:
    (a,) = parse_text("سطر وحيد\n")
    assert a.title == "سطر وحيد"
    assert [b.text for b in a.blocks] == ["سطر وحيد"]


@pytest.mark.parametrize(
    "text", ["<DOC></DOC>", "<DOC>\n<TEXT>\n</TEXT>\n</DOC>\n", "# عنوان قسم\n"]
)
def test_nothing_to_read(text: str) -> None:
    with pytest.raises(ImportFailure) as info:
        parse_text(text, "empty-doc.txt")
    assert info.value.kind == NO_ARTICLE
    assert "empty-doc.txt" in str(info.value)


def test_page_clutter_in_a_news_file_is_left_out(corpus_dir: Path) -> None:
    """Rules, "for more" links, video teasers, app notices and copyright lines were kept as
    paragraphs, and read aloud."""
    text = corpus_dir / "text"
    clutter = ("للمزيد -", "1:35", "-" * 10, "تسلم إشعارات", "حقوق النشر")
    for name in (
        "ant_FR-internationalNews-1273-20180516.txt",
        "ant_CN-economy-41-20180305.txt",
        *[p.name for p in text.glob("ant_BB-middleEast-1127*.txt")],
        *[p.name for p in text.glob("ant_AL-culture-154*.txt")],
    ):
        article = import_file(text / name)
        kept = [b.text for b in article.blocks if any(c in b.text for c in clutter)]
        assert kept == [], (name, kept)
        assert len(article.blocks) >= 3


@pytest.mark.parametrize("width", [60, 72, 79])
def test_hard_wrapped_text_is_read_as_its_paragraphs(seed_path: Path, width: int) -> None:
    """Text cut at a fixed width (mail, a terminal, old archives), paragraphs between blank
    lines, made every line a paragraph: sentences cut in two on screen and for the voice."""
    import textwrap

    source = seed_path.read_text(encoding="utf-8")
    wrapped = "\n\n".join(textwrap.fill(line, width) for line in source.splitlines() if line)
    assert max(map(len, wrapped.splitlines())) <= width < max(map(len, source.splitlines()))
    [expected] = parse_text(source)
    [article] = parse_text(wrapped)
    assert (article.title, article.site) == (expected.title, expected.site)
    assert [(b.kind, b.text, b.credit) for b in article.blocks] == [
        (b.kind, b.text, b.credit) for b in expected.blocks
    ]


def test_short_lines_that_end_where_the_next_word_fits_are_not_joined() -> None:
    """A poem's verses, a list of names: lines that are not cut for width stay lines."""
    verses = [
        "قفا نبك من ذكرى حبيب ومنزل بسقط اللوى بين الدخول فحومل",
        "فتوضح فالمقراة لم يعف رسمها لما نسجتها من جنوب وشمأل",
        "ترى بعر الآرام في عرصاتها وقيعانها كأنه حب فلفل",
        "كأني غداة البين يوم تحملوا لدى سمرات الحي ناقف حنظل",
    ]
    more = [
        "وقوفا بها صحبي علي مطيهم يقولون لا تهلك أسى وتجمل",
        "وإن شفائي عبرة مهراقة فهل عند رسم دارس من معول",
    ]
    text = "معلقة امرئ القيس\n\n" + "\n".join(verses) + "\n\n" + "\n".join(more)
    [article] = parse_text(text)
    assert [b.text for b in article.blocks] == verses + more


@pytest.mark.parametrize(
    ("first", "title", "site"),
    [
        (
            "مجلس الأمن يبحث الوضع في حلب | أخبار الأمم المتحدة",
            "مجلس الأمن يبحث الوضع في حلب",
            "أخبار الأمم المتحدة",
        ),
        ("الجزيرة نت | مجلس الأمن يبحث الوضع في حلب", "مجلس الأمن يبحث الوضع في حلب", "الجزيرة نت"),
        ("سوريا - روسيا: محادثات جديدة في جنيف", "سوريا - روسيا: محادثات جديدة في جنيف", ""),
        # a short label in front is the headline's own, not a site
        (
            "حلب | المدينة التي دمرتها الحرب تستعيد أسواقها القديمة ببطء شديد",
            "حلب | المدينة التي دمرتها الحرب تستعيد أسواقها القديمة ببطء شديد",
            "",
        ),
    ],
)
def test_a_browser_window_title_as_first_line_gives_title_and_site(
    first: str, title: str, site: str
) -> None:
    """Text copied from a page often starts with the browser's window title, «Headline |
    Site»; the site's name stayed in the article's title."""
    [article] = parse_text(f"{first}\n\nقال مسؤولون إن المحادثات ستستمر غدا في جنيف.\n")
    assert (article.title, article.site) == (title, site)


def test_text_from_a_pdf_in_presentation_forms_is_stored_as_letters(tmp_path: Path, store):
    path = tmp_path / "من ملف PDF.txt"
    path.write_text(
        "ﻋﻨﻮﺍﻥ ﺍﻟﻤﻘﺎﻝ\n\nﻗﺎﻝ ﺍﻟﻤﺒﻌﻮﺙ ﺇﻥ ﺍﻟﻤﻔﺎﻭﺿﺎﺕ ﺳﺘﺴﺘﻤﺮ ﻓﻲ ﺍﻷﺳﺎﺑﻴﻊ ﺍﻟﻤﻘﺒﻠﺔ.\n", "utf-8"
    )
    [article] = import_text_file(path, path.read_bytes())
    assert article.title == "عنوان المقال"
    article_id = store.add_article(article).article_id
    assert [hit.article.id for hit in store.search("المفاوضات")] == [article_id]


# --- text copied out of a PDF backwards ---------------------------------------------------


def display_order(text: str) -> str:
    """``text`` as a PDF viewer hands it out: each line in the order its glyphs are drawn."""
    from bidi import get_display

    return "\n".join(get_display(line, base_dir="R") for line in text.split("\n"))


def test_text_in_display_order_imports_as_the_text_itself(seed_path: Path, tmp_path: Path):
    """«بلح لايح نمألا سلجم» could be neither read, searched nor spoken."""
    backwards = tmp_path / "من ملف PDF.txt"
    backwards.write_text(display_order(seed_path.read_text(encoding="utf-8")), "utf-8")
    seed, copy = import_file(seed_path), import_file(backwards)
    assert copy.title == SEED_TITLE
    assert (copy.site, copy.blocks) == (seed.site, seed.blocks)


@pytest.mark.parametrize("name", sorted(EXPECTED_TITLES))
def test_no_corpus_text_is_taken_for_one_in_display_order(corpus_dir: Path, name: str) -> None:
    from desktop.importers.visual_order import in_display_order

    text = decode_bytes((corpus_dir / "text" / name).read_bytes()).text
    assert not in_display_order(text)
    assert in_display_order(display_order(text)) or len(text.split()) < 100


def test_an_article_quoting_a_few_reversed_words_is_left_alone() -> None:
    text = (
        "عنوان المقال\n\nكتب الطالب اسم المدينة بالمقلوب «بلح» و«قشمد» و«توريب» في الامتحان، "
        "وقال المعلم إن هذا خطأ شائع في الكتابة على الحاسوب عند نسخ النص من الملفات. " * 3
    )
    [article] = parse_text(text)
    assert "«بلح»" in article.blocks[0].text


def page_lines(paragraph: str, column: float) -> list[str]:
    """``paragraph`` set in a column as a PDF page sets it: a proportional font (each letter
    its own width), so full lines hold different numbers of characters."""
    width = {ch: 0.6 + (ord(ch) % 11) / 10 for ch in set(paragraph)}
    lines, line = [], ""
    for word in paragraph.split():
        longer = f"{line} {word}".strip()
        if line and sum(width[ch] for ch in longer) > column:
            lines.append(line)
            line = word
        else:
            line = longer
    return [*lines, line]


def test_an_article_copied_out_of_a_pdf_gets_its_paragraphs_back(seed) -> None:
    """Each line of the page became a paragraph: sentences cut in two on screen and for the
    voice. Backwards too, as many viewers hand it out."""
    paragraphs = [b.text for b in seed.blocks if b.kind == BlockKind.PARAGRAPH]
    page = "\n".join(["عنوان المقال"] + [line for p in paragraphs for line in page_lines(p, 70)])
    assert len(page.splitlines()) > 2 * len(paragraphs)
    for text in (page, display_order(page)):
        [article] = parse_text(text)
        assert article.title == "عنوان المقال"
        assert [b.text for b in article.blocks] == paragraphs


def test_a_poem_and_a_list_keep_their_lines() -> None:
    verses = [  # each line a whole verse, both halves: as long as a page's lines
        "على قدر أهل العزم تأتي العزائم وتأتي على قدر الكرام المكارم",
        "وتعظم في عين الصغير صغارها وتصغر في عين العظيم العظائم",
        "يكلف سيف الدولة الجيش همه وقد عجزت عنه الجيوش الخضارم",
        "ويطلب عند الناس ما عند نفسه وذلك ما لا تدعيه الضراغم",
        "يفدي أتم الطير عمرا سلاحه نسور الملا أحداثها والقشاعم",
        "وما ضرها خلق بغير مخالب وقد خلقت أسيافه والقوائم",
        "هل الحدث الحمراء تعرف لونها وتعلم أي الساقيين الغمائم",
        "سقتها الغمام الغر قبل نزوله فلما دنا منها سقتها الجماجم",
    ]
    items = [f"- البند رقم {n} من قائمة المشتريات الطويلة لهذا الأسبوع مع تفاصيل" for n in range(8)]
    for lines in (verses, items):
        [article] = parse_text("العنوان\n" + "\n".join(lines))
        assert [b.text for b in article.blocks] == lines


def test_a_pdf_copy_over_several_pages_loses_its_page_numbers_not_its_paragraphs(seed) -> None:
    """Copied over pages, the text has each page's number on a line of its own (and a page
    break), often in the middle of a paragraph."""
    paragraphs = [b.text for b in seed.blocks if b.kind == BlockKind.PARAGRAPH]
    lines = [line for p in paragraphs for line in page_lines(p, 70)]
    pages = [lines[i : i + 6] for i in range(0, len(lines), 6)]
    numbers = ["- 1 -", "\f٢", "صفحة 3", "4"]
    text = "عنوان المقال\n" + "\n\n".join(
        "\n".join(page + [numbers[n % len(numbers)]]) for n, page in enumerate(pages)
    )
    [article] = parse_text(text)
    assert [b.text for b in article.blocks] == paragraphs


def test_a_number_on_its_own_line_in_other_text_stays() -> None:
    text = (
        "العنوان\n\nعدد الضحايا حتى الآن:\n\n12\n\n"
        "وقال المسؤول إن الرقم قد يرتفع خلال الأيام المقبلة."
    )
    [article] = parse_text(text)
    assert "12" in [b.text for b in article.blocks]


def test_a_running_header_on_every_page_is_said_once_and_breaks_no_paragraph(seed) -> None:
    """The journal's name atop every page broke a paragraph at each page and, being a short
    line that ends no sentence, made the page's lines look like a poem: none were joined."""
    paragraphs = [b.text for b in seed.blocks if b.kind == BlockKind.PARAGRAPH]
    lines = [line for p in paragraphs for line in page_lines(p, 70)]
    header = "مجلة الأمم المتحدة - العدد 45"
    pages = [
        "\n".join([header, *lines[i : i + 6], str(i // 6 + 1)]) for i in range(0, len(lines), 6)
    ]
    [article] = parse_text("عنوان المقال\n" + "\n".join(pages))
    assert [b.text for b in article.blocks] == [header, *paragraphs]


def test_a_page_line_ending_in_a_colon_or_a_quote_goes_on_unless_a_quotation_follows() -> None:
    """At the end of a page's line, «:» or «»» is as likely mid-paragraph as anywhere else;
    only a sentence's end, or a colon before a line opening a quotation, ends a paragraph."""
    first = [
        "قال المتحدث باسم الوزارة في مؤتمر صحفي عقده صباح اليوم في «العاصمة»",
        "إن الحكومة ستعلن خلال الأيام المقبلة عن خطة جديدة لإعادة الإعمار تشمل:",
        "بناء المدارس والمستشفيات وإصلاح الطرق والجسور التي دمرتها الحرب الأخيرة",
        "في المدن الكبرى والقرى على حد سواء، وأضاف في ختام المؤتمر الصحفي قوله:",
    ]
    quote = [
        "«لن ننتظر المانحين طويلا، وسنبدأ العمل بما لدينا من موارد محلية متاحة",
        "في الأسابيع القليلة القادمة، ونأمل أن يلحق بنا الجميع في هذا الجهد.»",
    ]
    [article] = parse_text("\n".join(["عنوان الخبر", *first, *quote]))
    assert [b.text for b in article.blocks] == [" ".join(first), " ".join(quote)]
