"""HTML pages -> articles: the real corpus pages, saved pages with their _files folder, figures
with captions and credits, encodings, and a round trip through the real store."""

from __future__ import annotations

from pathlib import Path

import pytest
from web_server import jpeg, png, webp

from desktop.importers import html_figures, html_meta
from desktop.importers.html_page import import_html_file
from desktop.model import Article, BlockKind, Direction

FILLER = (
    "هذه فقرة طويلة من نص المقال تتحدث عن الأحداث الجارية في المنطقة وتفاصيلها الكثيرة "
    "التي يتابعها القراء كل يوم باهتمام كبير. "
)
BODY = f"<p>{FILLER * 3}</p>"


def html_dir(corpus: Path) -> Path:
    return corpus / "html"


def load(path: Path, warnings: list[str] | None = None) -> Article:
    return import_html_file(path, path.read_bytes(), warnings=warnings)


def all_text(article: Article) -> str:
    parts = [article.title]
    for b in article.blocks:
        parts += [b.text, b.credit, b.alt]
    return "\n".join(parts)


# --- the real pages of the shared corpus ------------------------------------------------------

CORPUS_PAGES = {
    "01_cnn-arabic_2013-08-28_syria-clashes.html": {
        "title": "معارضون يسيطرون على مخازن للصواريخ بريف دمشق",
        "present": [
            "دمشق، سوريا (CNN) -- أكدت جهات سورية معارضة",
            "سيطروا على ثلاثة مستودعات للذخيرة بالقرب من بلدة قلدون",
            "مقدمة لولادة حكومة تدير المناطق التي يقطنها الأكراد في سوريا بشكل مستقل.",
        ],
        "absent": [
            "الصفحة الرئيسية",
            "الأكثر تصفحاً",
            "ترحب شبكة CNN",
            "الآراء الواردة أدناه",
            "Cable News Network",
            "خدمة آخر خبر",
            "الطبعة",
            "القبض على شاب تحرش",
            "آخر تحديث",
            "CNN en Español",
        ],
    },
    "04_assabah-tn_interview-sudan.html": {
        "title": "الناشط الحقوقي السوداني خالد عبد الكريم ماسا لـ«الصباح»: كل الشروط متوفرة "
        "لثورة سودانية ولا حاجة لنستورد شيئا",
        "present": [
            "الجيل الذي سعى النظام لتدجينه طوال 3 عقود",
            "مالذي يحدث في السودان؟",
            "*كيف يمكن تقييم حصيلة ثلاثة عقود في ظل حكم البشير؟",
            "والدفع الى اعادة التفكير في العلاقة بين الخرطوم وتل ابيب.",
        ],
        "absent": [
            "الأحوال الجوية",
            "غائم جزئيا",
            "إضافة تعليق جديد",
            "تابعونا على",
            "جريدة الصباح بتاريخ",
            "نسخة للطباعة",
            "تجاوز إلى المحتوى الرئيسي",
            "ابحث في الموقع",
            "استمارة البحث",
            "آخر الأخبار",
            "الحياة الوطنية",
            "Tweet",
        ],
    },
    "05_chromium-testpage_windows-1256_no-charset.html": {
        "title": "windows-1256",
        "present": ["أعلنت كتائب الشهيد عز الدين القسام الذراع العسكري لحركة /حماس/"],
        "absent": ["\ufffd"],
    },
    "06_chromium-testpage_iso-8859-6_no-charset.html": {
        "title": "ISO-8859-6",
        "present": ["أعلنت كتائب الشهيد عز الدين القسام الذراع العسكري لحركة /حماس/"],
        "absent": ["\ufffd"],
    },
}


@pytest.mark.parametrize("name", sorted(CORPUS_PAGES))
def test_corpus_page_imports_with_title_text_and_no_chrome(corpus_dir: Path, name: str):
    expected = CORPUS_PAGES[name]
    article = load(html_dir(corpus_dir) / name)
    body = "\n".join(b.text for b in article.blocks)
    assert article.title == expected["title"]
    for sentence in expected["present"]:
        assert sentence in body, sentence
    text = all_text(article)
    for chrome in expected["absent"]:
        assert chrome not in text, chrome
    assert "\ufeff" not in text  # page 01 has a stray BOM mid-file
    assert article.language == "ar"
    assert article.direction == Direction.RTL


def test_every_corpus_page_is_covered(corpus_dir: Path):
    assert {p.name for p in html_dir(corpus_dir).glob("*.htm*")} == set(CORPUS_PAGES)


def test_cnn_page_matches_the_expected_text_paragraph_for_paragraph(corpus_dir: Path):
    article = load(html_dir(corpus_dir) / "01_cnn-arabic_2013-08-28_syria-clashes.html")
    expected_file = (
        corpus_dir / "text" / "cnn-arabic_2013-08-28_syria-clashes.newspaper-expected.txt"
    )
    expected = [p.strip() for p in expected_file.read_text("utf-8").split("\n\n") if p.strip()]
    assert [b.text for b in article.blocks] == expected
    # The date line under the headline became metadata, not a paragraph.
    assert article.published == "2013-08-28"
    assert article.site == "CNNArabic"


def test_assabah_metadata_comes_from_the_page_not_its_date_widget(corpus_dir: Path):
    article = load(html_dir(corpus_dir) / "04_assabah-tn_interview-sudan.html")
    assert article.published.startswith("2019-02-08")  # the widget in the header says 2020
    assert article.author == "آسيا العتروس"  # from the «حوار: …» byline
    assert article.site == "Assabah News"
    # Question and answer share a <p> split by <br>: each is its own block.
    questions = [b.text for b in article.blocks if b.text.startswith("*")]
    assert len(questions) == 9  # as many as the page has


def test_legacy_encodings_without_charset_read_the_same(corpus_dir: Path):
    a = load(html_dir(corpus_dir) / "05_chromium-testpage_windows-1256_no-charset.html")
    b = load(html_dir(corpus_dir) / "06_chromium-testpage_iso-8859-6_no-charset.html")
    assert [x.text for x in a.blocks] == [x.text for x in b.blocks]
    assert a.blocks[0].text.endswith("...")


def test_utf8_bom_wins_over_a_wrong_meta_charset(tmp_path: Path):
    page = tmp_path / "p.html"
    page.write_bytes(
        b"\xef\xbb\xbf<html><head><meta charset='windows-1256'><title>t</title></head><body>"
        + f"<p>{FILLER}</p>".encode()
        + b"</body></html>"
    )
    article = load(page)
    assert article.blocks[0].text == FILLER.strip()


def test_metadata_is_cleaned_like_the_text(tmp_path: Path):
    """Invisible marks at the ends of a title, site or author (a stray RLM, a zero-width
    space) are trimmed as they are from every block, and white space is collapsed."""
    page = tmp_path / "p.html"
    page.write_text(
        "<html><head>"
        "<meta property='og:title' content='\u200f عنوان\u00a0 المقال \u200e'>"
        "<meta property='og:site_name' content='\ufeff\u200bأخبار  اليوم'>"
        "<meta name='author' content='\u200fآسيا العتروس\u200f'>"
        f"</head><body><p>{FILLER}</p></body></html>",
        encoding="utf-8",
    )
    article = load(page)
    assert (article.title, article.site, article.author) == (
        "عنوان المقال",
        "أخبار اليوم",
        "آسيا العتروس",
    )


def test_meta_charset_picks_between_arabic_code_pages(tmp_path: Path):
    text = "<html><head><meta http-equiv='Content-Type' content='text/html; charset=iso-8859-6'>"
    text += f"<title>عنوان</title></head><body><p>{FILLER}</p></body></html>"
    page = tmp_path / "p.html"
    page.write_bytes(text.encode("iso-8859-6"))
    article = load(page)
    assert article.title == "عنوان"
    assert article.blocks[0].text == FILLER.strip()


# --- saved pages with their images ------------------------------------------------------------


def saved_page(folder: Path, body: str, name: str = "Story", head: str = "") -> Path:
    page = folder / f"{name}.html"
    page.write_text(
        f"<!DOCTYPE html><html lang='ar' dir='rtl'><head><meta charset='utf-8'>{head}"
        f"<title>عنوان الخبر - الموقع</title></head><body><nav><a href='/'>الرئيسية</a></nav>"
        f"<article><h1>عنوان الخبر</h1>{body}</article><footer>حقوق النشر</footer></body></html>",
        "utf-8",
    )
    return page


def figures(article: Article):
    return [b for b in article.blocks if b.kind == BlockKind.FIGURE]


def test_saved_page_keeps_its_pictures_from_the_files_folder(tmp_path: Path):
    files = tmp_path / "Story_files"
    files.mkdir()
    photo = jpeg(640, 360)
    (files / "photo 1.jpg").write_bytes(photo)
    page = saved_page(
        tmp_path,
        BODY + "<figure><img src='./Story_files/photo%201.jpg' alt='جنود في الشارع'>"
        "<figcaption>جنود في أحد شوارع المدينة <span class='credit'>تصوير: رويترز</span>"
        "</figcaption></figure>" + BODY,
    )
    article = load(page)
    [fig] = figures(article)
    assert fig.text == "جنود في أحد شوارع المدينة"
    assert fig.credit == "رويترز"
    assert fig.alt == "جنود في الشارع"
    image = article.images[fig.image]
    assert image.data == photo  # a JPEG of reading size is stored as it came
    assert (image.mime, image.width, image.height) == ("image/jpeg", 640, 360)
    assert [b.kind for b in article.blocks] == [
        BlockKind.PARAGRAPH,
        BlockKind.FIGURE,
        BlockKind.PARAGRAPH,
    ]
    assert article.title == "عنوان الخبر"


CAPTION_CASES = {
    "figcaption with credit element": (
        "<figure class='media-figure'><img src='Story_files/a.png' alt='بديل'><figcaption>"
        "<p>تعليق الصورة</p><cite>AP</cite></figcaption></figure>",
        ("تعليق الصورة", "AP", "بديل"),
    ),
    "wordpress caption": (
        "<div class='wp-caption'><img src='Story_files/a.png'><p class='wp-caption-text'>"
        "تعليق الصورة. المصدر: أ ف ب</p></div>",
        ("تعليق الصورة.", "أ ف ب", ""),
    ),
    "caption after the image": (
        "<p><img src='Story_files/a.png' alt='صورة'></p><p class='image-caption'>"
        "تعليق الصورة (رويترز)</p>",
        ("تعليق الصورة", "رويترز", "صورة"),
    ),
    "credit element beside the image": (
        "<div class='photo-box'><img src='Story_files/a.png'><span class='photo-credit'>"
        "© Getty Images</span></div>",
        ("", "Getty Images", ""),
    ),
    "alt repeating the caption is dropped": (
        "<figure><img src='Story_files/a.png' alt='تعليق الصورة'><figcaption>تعليق الصورة"
        "</figcaption></figure>",
        ("تعليق الصورة", "", ""),
    ),
}


@pytest.mark.parametrize("case", sorted(CAPTION_CASES))
def test_caption_credit_and_alt_are_read_from_common_markup(tmp_path: Path, case: str):
    markup, (caption, credit, alt) = CAPTION_CASES[case]
    (tmp_path / "Story_files").mkdir()
    (tmp_path / "Story_files" / "a.png").write_bytes(png(320, 200))
    article = load(saved_page(tmp_path, BODY + markup + BODY))
    [fig] = figures(article)
    assert (fig.text, fig.credit, fig.alt) == (caption, credit, alt)
    assert fig.image in article.images
    body = [b.text for b in article.blocks if b.kind != BlockKind.FIGURE]
    assert not any(caption and caption in t for t in body)  # not also a paragraph


def test_inline_image_follows_its_paragraph_whole(tmp_path: Path):
    (tmp_path / "Story_files").mkdir()
    (tmp_path / "Story_files" / "i.png").write_bytes(png(200, 120))
    article = load(
        saved_page(
            tmp_path,
            BODY + "<p>قبل الصورة <img src='Story_files/i.png' alt='رسم'> بعد الصورة.</p>" + BODY,
        )
    )
    kinds = [b.kind for b in article.blocks]
    i = kinds.index(BlockKind.FIGURE)
    assert article.blocks[i - 1].text == "قبل الصورة بعد الصورة."
    assert article.blocks[i].alt == "رسم"


def test_pictures_are_normalised_to_formats_qt_reads_and_reading_size(tmp_path: Path):
    from desktop.importers.images import MAX_SIDE

    files = tmp_path / "Story_files"
    files.mkdir()
    (files / "huge.png").write_bytes(png(4000, 3000))
    (files / "clear.png").write_bytes(png(300, 200, alpha=True))
    (files / "w.webp").write_bytes(webp(300, 200))
    body = "".join(
        f"{BODY}<figure><img src='Story_files/{n}'><figcaption>تعليق {n}</figcaption></figure>"
        for n in ("huge.png", "clear.png", "w.webp")
    )
    article = load(saved_page(tmp_path, body + BODY))
    huge, clear, w = (article.images[f.image] for f in figures(article))
    assert max(huge.width, huge.height) == MAX_SIDE and huge.mime == "image/jpeg"
    assert clear.mime == "image/png"  # transparency kept
    assert w.mime in ("image/png", "image/jpeg") and (w.width, w.height) == (300, 200)


def test_icons_and_missing_pictures_without_caption_leave_no_block(tmp_path: Path):
    (tmp_path / "Story_files").mkdir()
    (tmp_path / "Story_files" / "icon.png").write_bytes(png(16, 16))
    (tmp_path / "Story_files" / "tiny.png").write_bytes(png(20, 20))
    body = (
        "<p><img src='Story_files/icon.png' width='16' height='16'></p>"  # icon by size
        "<p><img src='Story_files/tiny.png'></p>"  # icon found after decoding
        "<p><img src='Story_files/not-there.jpg'></p>"  # nothing to show or read
        + BODY
        + "<figure><img src='Story_files/gone.jpg'><figcaption>صورة غائبة</figcaption></figure>"
    )
    article = load(saved_page(tmp_path, body))
    [fig] = figures(article)
    assert fig.text == "صورة غائبة" and fig.image is None
    assert article.images == {}


def test_saved_from_comment_gives_the_article_its_address(tmp_path: Path):
    page = tmp_path / "p.html"
    page.write_text(
        "<!-- saved from url=(0035)https://www.example.com/news/1.html -->\n"
        f"<html><head><title>خبر</title></head><body><p>{FILLER}</p></body></html>",
        "utf-8",
    )
    article = load(page)
    assert article.url == "https://www.example.com/news/1.html"
    assert article.site == "example.com"


def test_title_falls_back_to_the_file_name(tmp_path: Path):
    page = tmp_path / "قصة قصيرة.htm"
    page.write_text(f"<html><body><p>{FILLER}</p></body></html>", "utf-8")
    assert load(page).title == "قصة قصيرة"


def test_english_page_is_left_to_right(tmp_path: Path):
    page = tmp_path / "en.html"
    text = "The council met on Tuesday to discuss the new budget for the coming year. " * 3
    page.write_text(f"<html><head><title>Budget</title></head><body><p>{text}</p></body></html>")
    article = load(page)
    assert (article.language, article.direction) == ("en", Direction.LTR)


# --- small parsers ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)", "2013-08-28"),
        ("الجمعة 8 فيفري 2019", "2019-02-08"),
        ("نشر في ٣ مارس ٢٠٢٤ - 10:30 ص", "2024-03-03"),
        ("Updated August 28, 2013", "2013-08-28"),
        ("في 8 فبراير 2019 قتل عشرة أشخاص في الهجوم", ""),  # a sentence, not a date line
        ("الأربعاء", ""),
    ],
)
def test_date_lines(text: str, date: str):
    assert html_meta.date_line(text) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("31 فبراير 2019", ""),
        ("29 شباط 2023", ""),  # not a leap year
        ("29 شباط 2024", "2024-02-29"),
        ("31 نيسان 2020", ""),
        ("30 نيسان 2020", "2020-04-30"),
        ("February 31, 2019", ""),
        ("0 مارس 2019", ""),
        ("الجمعة 31 فبراير 2019", ""),
    ],
)
def test_impossible_dates_are_not_read(text: str, date: str):
    assert html_meta.parse_date_text(text) == date


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "متظاهرون في الساحة. المصدر: UN Photo/Mark Garten",
            ("متظاهرون في الساحة.", "UN Photo/Mark Garten"),
        ),
        ("متظاهرون في القاهرة (أ ف ب)", ("متظاهرون في القاهرة", "أ ف ب")),
        ("Protesters in Cairo. Photo: AP", ("Protesters in Cairo.", "AP")),
        ("الصورة: الرئيس يلقي كلمته", ("الصورة: الرئيس يلقي كلمته", "")),
        ("مشهد عام للمدينة", ("مشهد عام للمدينة", "")),
        (
            "الهاتف في مقر الشركة (AFP via Getty Images)",
            ("الهاتف في مقر الشركة", "AFP via Getty Images"),
        ),
        # a word that only starts like an agency is the caption's own
        (
            "الهاتف الجديد في مقر الشركة (Apple Park)",
            ("الهاتف الجديد في مقر الشركة (Apple Park)", ""),
        ),
        ("خادم الويب (Apache)", ("خادم الويب (Apache)", "")),
        ("لاجئون عند الحدود. تصوير/ أحمد علي", ("لاجئون عند الحدود.", "أحمد علي")),
        ("لاجئون عند الحدود - رويترز", ("لاجئون عند الحدود", "رويترز")),
        ("لاجئون عند الحدود | أ.ف.ب", ("لاجئون عند الحدود", "أ.ف.ب")),
        ("مشهد من الحرب العالمية - APTN", ("مشهد من الحرب العالمية - APTN", "")),
        ("رسم: صورة/فيديو", ("رسم: صورة/فيديو", "")),
    ],
)
def test_credit_is_split_off_the_caption(caption: str, expected: tuple[str, str]):
    assert html_figures.split_credit(caption) == expected


def test_title_site_suffix_is_cut():
    assert html_meta.strip_site_suffix("عنوان طويل للخبر هنا - الصباح | Assabah") == (
        "عنوان طويل للخبر هنا"
    )
    assert html_meta.strip_site_suffix("الحرب - السلام", "") == "الحرب - السلام"


# --- through the real store -------------------------------------------------------------------


def test_imported_page_round_trips_through_the_store(tmp_path: Path, store):
    (tmp_path / "Story_files").mkdir()
    photo = png(400, 300)
    (tmp_path / "Story_files" / "a.png").write_bytes(photo)
    page = saved_page(
        tmp_path,
        BODY + "<figure><img src='Story_files/a.png' alt='بديل'><figcaption>تعليق "
        "<span class='credit'>رويترز</span></figcaption></figure>" + BODY,
    )
    article = load(page)
    result = store.add_article(article)
    assert result.status == "added"
    back = store.get_article(result.article_id)
    assert back.blocks == article.blocks
    assert (back.title, back.site, back.language) == (article.title, article.site, "ar")
    [fig] = figures(back)
    assert store.get_image(fig.image).data == photo
    assert store.add_article(load(page)).status == "duplicate"


def test_figure_with_an_icon_inside_and_a_captioned_logo_are_content(tmp_path: Path):
    files = tmp_path / "Story_files"
    files.mkdir()
    (files / "photo.png").write_bytes(png(300, 200))
    (files / "new-logo.png").write_bytes(png(240, 120, colour=(0, 0, 0)))
    (files / "share.png").write_bytes(png(24, 24))
    body = (
        BODY + "<figure><img src='Story_files/photo.png'><a href='/share'><img "
        "src='Story_files/share.png' width='24' height='24'></a><figcaption>صورة الخبر"
        "</figcaption></figure>" + BODY + "<figure><img src='Story_files/new-logo.png'>"
        "<figcaption>الشعار الجديد للشركة</figcaption></figure>"
        + BODY
        + "<p><img src='Story_files/new-logo.png' class='site-logo'></p>"  # no caption: chrome
    )
    article = load(saved_page(tmp_path, body))
    assert [(f.text, bool(f.image)) for f in figures(article)] == [
        ("صورة الخبر", True),
        ("الشعار الجديد للشركة", True),
    ]


def test_a_folder_with_a_saved_page_imports_through_the_import_service(tmp_path: Path, store):
    from desktop.import_service import import_paths

    files = tmp_path / "Story_files"
    files.mkdir()
    (files / "photo.jpg").write_bytes(jpeg(320, 200))
    saved_page(
        tmp_path,
        BODY + "<figure><img src='Story_files/photo.jpg'><figcaption>تعليق</figcaption></figure>",
    )
    summary = import_paths(store, [tmp_path])
    assert [o.status for o in summary.outcomes] == ["added"]
    article = store.get_article(summary.outcomes[0].article_id)
    [fig] = figures(article)
    assert store.get_image(fig.image).mime == "image/jpeg"


def test_a_paragraph_repeated_on_purpose_is_kept(tmp_path: Path):
    refrain = "<p>بلادي بلادي لك حبي وفؤادي</p>"
    article = load(saved_page(tmp_path, BODY + refrain * 3 + BODY))
    assert [b.text for b in article.blocks].count("بلادي بلادي لك حبي وفؤادي") == 3


def test_without_title_metadata_the_first_heading_is_the_title_once(tmp_path: Path):
    page = tmp_path / "p.html"
    page.write_text(f"<html><body><h2>عنوان من العنوان الفرعي</h2><p>{FILLER}</p></body></html>")
    article = load(page)
    assert article.title == "عنوان من العنوان الفرعي"
    assert [b.kind for b in article.blocks] == [BlockKind.PARAGRAPH]


def test_a_photo_turned_by_its_exif_orientation_is_stored_upright(tmp_path: Path):
    import io

    from PIL import Image

    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90° clockwise to display"
    buf = io.BytesIO()
    Image.new("RGB", (200, 100), (90, 90, 90)).save(buf, "JPEG", exif=exif)
    (tmp_path / "Story_files").mkdir()
    (tmp_path / "Story_files" / "r.jpg").write_bytes(buf.getvalue())
    body = BODY + "<figure><img src='Story_files/r.jpg'><figcaption>صورة</figcaption></figure>"
    article = load(saved_page(tmp_path, body))
    [fig] = figures(article)
    image = article.images[fig.image]
    assert (image.width, image.height) == (100, 200)
    assert Image.open(io.BytesIO(image.data)).size == (100, 200)


WINDOWS_1256_PARAGRAPHS = [
    "أكد ستيفان دي ميستورا، المبعوث الأممي الخاص لسوريا، ترحيبه بإعلان روسيا.",
    "وقال للصحفيين في جنيف إن هناك شعورا بالاتحاد داخل مجلس الأمن حيال حلب.",
    "ودعا إلى هدنة إنسانية تسمح بإجلاء الجرحى من المدينة في أقرب وقت ممكن.",
]


@pytest.mark.parametrize(
    "meta",
    ["", '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'],
)
def test_a_windows_1256_page_with_much_markup_is_read_as_arabic(tmp_path: Path, meta: str):
    """An old Arabic page: CSS, a script and an English menu are mostly Latin letters, more
    than the Arabic text; the code page is judged by the text alone. A server's default
    «charset=iso-8859-1» must not turn it into «åá ÓÑÞ»."""
    css = "body{font-family:Tahoma,Arial,sans-serif;margin:0;padding:0;background:#fff}\n" * 20
    js = "function track(id){var i=new Image();i.src='/stats?id='+id+'&t='+Date.now();}\n" * 20
    nav = "".join(f"<li><a href='/{w}'>{w.title()}</a></li>" for w in ["home", "news", "sport"])
    title = "هل سرق الموساد نصف طن من أسرار إيران النووية؟"
    body = "".join(f"<p>{p}</p>" for p in WINDOWS_1256_PARAGRAPHS)
    page = (
        f"<html><head>{meta}<title>{title}</title><style>{css}</style><script>{js}</script>"
        f"</head><body><ul>{nav}</ul><article><h1>{title}</h1>{body}</article></body></html>"
    )
    path = tmp_path / "old-page.html"
    path.write_bytes(page.encode("cp1256"))
    article = load(path)
    assert article.title == title
    assert [b.text for b in article.blocks] == WINDOWS_1256_PARAGRAPHS


def test_a_picture_element_keeps_its_image(tmp_path: Path):
    """The figure was marked on the <picture>, which the block pass skipped before it looked
    for the mark: the picture vanished without a word."""
    (tmp_path / "s_files").mkdir()
    (tmp_path / "s_files" / "a.jpg").write_bytes(jpeg(320, 200))
    page = tmp_path / "s.html"
    page.write_text(
        "<html lang=ar dir=rtl><head><meta charset=utf-8><title>النيل</title></head><body>"
        "<article><h1>النيل</h1><p>" + "فقرة أولى من المقال عن النيل وأهله. " * 4 + "</p>"
        '<figure><picture><source srcset="s_files/a.jpg"><img src="s_files/a.jpg" '
        'alt="ملتقى النيلين"></picture><figcaption>ملتقى النيلين في الخرطوم</figcaption>'
        "</figure><p>"
        + "فقرة ثانية من المقال عن النيل وأهله. " * 4
        + "</p></article></body></html>",
        encoding="utf-8",
    )
    article = load(page)
    [figure] = [b for b in article.blocks if b.kind == BlockKind.FIGURE]
    assert (figure.text, figure.alt) == ("ملتقى النيلين في الخرطوم", "ملتقى النيلين")
    assert figure.image in article.images


@pytest.mark.parametrize(
    ("first", "author"),
    [
        ("تقرير أممي جديد يحذر من مجاعة وشيكة.", ""),  # the article's first sentence
        ("By then it was all over.", ""),
        ("بقلم: أحمد علي", "أحمد علي"),
        ("By Jane Doe", "Jane Doe"),
    ],
)
def test_a_short_first_paragraph_is_a_byline_only_when_it_is_one(tmp_path: Path, first, author):
    page = tmp_path / "p.html"
    body = "نص المقال الطويل الذي يتحدث عن المجاعة والمساعدات الإنسانية في المنطقة. " * 4
    page.write_text(
        f"<html><head><meta charset=utf-8><title>عنوان</title></head><body><article>"
        f"<h1>عنوان</h1><p>{first}</p><p>{body}</p></article></body></html>",
        encoding="utf-8",
    )
    article = load(page)
    texts = [b.text for b in article.blocks]
    assert (first in texts) == (not author)
    assert article.author == author


def test_a_line_break_in_a_heading_is_a_space(tmp_path: Path):
    page = tmp_path / "h.html"
    body = "نص المقال الطويل الذي يتحدث عن الحكومة والبرلمان في البلاد اليوم. " * 4
    page.write_text(
        "<html><head><meta charset=utf-8><title>خبر</title></head><body><article><h1>خبر</h1>"
        f"<p>{body}</p><h2>المرحلة<br>الانتقالية</h2><p>{body}</p></article></body></html>",
        encoding="utf-8",
    )
    headings = [b.text for b in load(page).blocks if b.kind == BlockKind.HEADING]
    assert headings == ["المرحلة الانتقالية"]


LEAD = (
    "<figure class='lead-image'><img src='Story_files/lead.jpg' alt='متظاهرون في الساحة'>"
    "<figcaption>متظاهرون في ساحة المدينة يوم الجمعة (رويترز)</figcaption></figure>"
)
TEASER = (
    "<div class='teaser'><a href='/other-story'><img src='Story_files/teaser.jpg'></a>"
    "<p class='caption'>خبر آخر: افتتاح المعرض</p></div>"
)


def test_the_lead_photo_under_the_headline_is_kept(tmp_path: Path):
    """News pages put the lead photo between the headline and the body; the extractor picks
    the body and the photo, caption and credit were lost. A linked picture there is a teaser
    for another story and stays out."""
    (tmp_path / "Story_files").mkdir()
    for name in ("lead.jpg", "teaser.jpg"):
        (tmp_path / "Story_files" / name).write_bytes(jpeg(640, 360))
    body = f"<div class='article-body'>{BODY * 4}</div>"
    article = load(saved_page(tmp_path, f"<div class='byline'>فلان</div>{TEASER}{LEAD}{body}"))
    assert [b.kind for b in article.blocks][:2] == [BlockKind.FIGURE, BlockKind.PARAGRAPH]
    [lead] = figures(article)
    assert (lead.text, lead.credit, lead.alt) == (
        "متظاهرون في ساحة المدينة يوم الجمعة",
        "رويترز",
        "متظاهرون في الساحة",
    )
    assert lead.image in article.images
    assert "افتتاح المعرض" not in all_text(article)


def test_a_picture_above_the_headline_or_elsewhere_on_the_page_is_not_a_lead(tmp_path: Path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>عنوان</title></head><body>"
        f"<div class='banner'>{LEAD}</div><div class='main'><div class='story'><h1>عنوان</h1>"
        f"<div class='article-body'>{BODY * 4}</div></div></div></body></html>",
        "utf-8",
    )
    assert figures(load(page)) == []
    no_headline = tmp_path / "no_headline.html"
    no_headline.write_text(
        f"<html><body><div class='top'>{LEAD}</div><div class='article-body'>{BODY * 4}</div>"
        "</body></html>",
        "utf-8",
    )
    assert figures(load(no_headline)) == []  # only the page holds both


def test_read_also_links_inside_the_body_are_left_out(tmp_path: Path):
    """«اقرأ أيضا» links to other stories sit inside the article body; the extractor keeps
    them and read-aloud read them out. Prose that starts the same way stays."""
    body = (
        f"{BODY}<p><strong>اقرأ أيضاً:</strong> <a href='/a'>افتتاح معرض الكتاب في المدينة</a></p>"
        f"{BODY}<p>إقرأ أيضا</p><ul><li><a href='/b'>خبر أول عن الطقس</a></li>"
        f"<li><a href='/c'>خبر ثان عن الرياضة</a></li></ul>{BODY}"
        "<div>Related stories</div><ul><li><a href='/d'>Another story</a></li></ul>"
        f"<p>ذات صلة بهذا كله، قال الوزير إن <a href='/e'>الخطة</a> ستنفذ قريبا. {FILLER}</p>"
    )
    text = all_text(load(saved_page(tmp_path, body)))
    for gone in ("اقرأ", "معرض الكتاب", "إقرأ", "الطقس", "الرياضة", "Related", "Another"):
        assert gone not in text, gone
    assert "ذات صلة بهذا كله، قال الوزير إن الخطة ستنفذ قريبا." in text
    assert text.count(FILLER.strip()) >= 4


@pytest.mark.parametrize(
    ("credit", "name"),
    [("تصوير: رويترز", "رويترز"), ("تصوير/ أحمد علي", "أحمد علي"), ("© AFP", "AFP")],
)
def test_a_credit_loses_its_label_the_reader_shows_its_own(credit: str, name: str):
    assert html_figures.strip_credit_label(credit) == name


def test_a_picture_missing_from_the_files_folder_is_reported(tmp_path: Path):
    """A page copied without its «_files» folder (or saved as "HTML only" with local paths)
    keeps its captions, and the import says which pictures it could not keep."""
    from desktop.importers.errors import MISSING, PICTURE_NOT_SAVED

    (tmp_path / "Story_files").mkdir()
    (tmp_path / "Story_files" / "real.jpg").write_bytes(jpeg(640, 360))
    page = saved_page(
        tmp_path,
        BODY + "<figure><img src='Story_files/gone.jpg'><figcaption>صورة ضاعت</figcaption>"
        "</figure>"
        # a lazy page: the placeholder's file is missing, the real picture is there
        "<figure><img src='Story_files/blank.gif' data-src='Story_files/real.jpg'>"
        "<figcaption>صورة موجودة</figcaption></figure>" + BODY,
    )
    warnings: list[str] = []
    article = load(page, warnings)
    assert [(f.text, f.image is not None) for f in figures(article)] == [
        ("صورة ضاعت", False),
        ("صورة موجودة", True),
    ]
    [warning] = warnings
    assert warning == (
        "Picture not saved (Story_files/gone.jpg): the picture's file is not in the page's folder."
    )
    assert (warning.kind, warning.subject, warning.reason_kind) == (
        PICTURE_NOT_SAVED,
        "Story_files/gone.jpg",
        MISSING,
    )


def test_a_related_storys_date_is_not_the_articles(tmp_path: Path):
    """Without date metadata the page's <time> inside the article is read; a list of related
    stories inside the article carries dates too, in its links, and came first."""
    related = (
        "<ul class='more'><li><a href='/old'><time datetime='2011-03-01'>1 مارس</time> خبر قديم"
        "</a></li></ul>"
    )
    own = "<p class='date'><time datetime='2016-10-20'>20 أكتوبر 2016</time></p>"
    article = load(saved_page(tmp_path, related + own + BODY * 3))
    assert article.published == "2016-10-20"


def test_a_byline_box_outside_the_story_gives_the_author(tmp_path: Path):
    """«بقلم فلان» in a byline box above the lead photo is outside the part the extractor
    keeps, so neither the byline nor the author reached the article."""
    byline = "<div class='article-byline'>بقلم: سلمى الخطيب</div>"
    comments = "<div class='comment-author'>زائر</div>"
    page = saved_page(tmp_path, byline + f"<div class='body'>{BODY * 3}</div>" + comments)
    assert load(page).author == "سلمى الخطيب"


TWEET = (
    '<blockquote class="twitter-tweet"><p lang="ar" dir="rtl">نقف اليوم أمام قرار تاريخي '
    'للمدينة <a href="https://t.co/xyz">pic.twitter.com/xyz</a></p>&mdash; رئيس البلدية '
    '(@mayor) <a href="https://twitter.com/mayor/status/1?ref_src=twsrc%5Etfw">March 1, 2020'
    '</a></blockquote> <script async src="https://platform.twitter.com/widgets.js"></script>'
)


@pytest.mark.parametrize(
    "embed",
    [
        TWEET,
        "<figure class='wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter'>"
        f"<div class='wp-block-embed__wrapper'>{TWEET}</div></figure>",
        f"<div class='tweet-embed' id='tweet-1'><div>{TWEET}</div></div>",
    ],
    ids=["embed-code", "wordpress", "wrapped"],
)
def test_a_tweet_quoted_in_the_story_stays_a_quote(tmp_path: Path, embed: str):
    """«وكتب في تغريدة:» introduced nothing: the extractor drops whatever is named «tweet»,
    and a wrapper around one for its links. A sidebar of tweets still goes."""
    body = (
        f"{BODY}<p>{FILLER} وكتب رئيس البلدية في تغريدة:</p>{embed}{BODY}"
        "<aside class='twitter-timeline'><p>تغريدات الموقع الأخيرة كلها هنا</p></aside>"
    )
    article = load(saved_page(tmp_path, body))
    quotes = [b.text for b in article.blocks if b.kind == BlockKind.QUOTE]
    assert quotes == ["نقف اليوم أمام قرار تاريخي للمدينة", "— رئيس البلدية (@mayor) March 1, 2020"]
    text = all_text(article)
    assert "pic.twitter.com" not in text and "تغريدات الموقع" not in text
    assert text.count(FILLER.strip()) >= 3


def test_a_utf8_page_with_a_damaged_byte_imports(tmp_path: Path):
    """One bad byte in a UTF-8 page refused the whole page: no code page reads it either."""
    page = saved_page(tmp_path, f"{BODY}<p>{FILLER}</p>{BODY}")
    data = page.read_bytes()
    at = data.index(FILLER[:10].encode())
    page.write_bytes(data[:at] + b"\xff" + data[at:])
    article = load(page)
    assert article.title == "عنوان الخبر"
    assert all_text(article).count(FILLER.strip()) >= 3


def test_a_page_written_in_presentation_forms_is_stored_as_letters(tmp_path: Path):
    """Some old Arabic pages were written pre-shaped for systems that could not join letters."""
    shaped = "ﻗﺎﻝ ﺍﻟﻤﺒﻌﻮﺙ ﺇﻥ ﺍﻟﻤﻔﺎﻭﺿﺎﺕ ﺳﺘﺴﺘﻤﺮ ﻓﻲ ﺍﻷﺳﺎﺑﻴﻊ ﺍﻟﻤﻘﺒﻠﺔ."
    article = load(saved_page(tmp_path, f"{BODY}<p>{shaped}</p>{BODY}"))
    assert "قال المبعوث إن المفاوضات ستستمر في الأسابيع المقبلة." in all_text(article)


def test_a_figure_left_open_does_not_swallow_the_story_after_it(tmp_path: Path):
    """An unclosed <figure> holds everything after it: the whole figure became the picture,
    and the paragraphs in it were lost (or the page had «no article text»)."""
    body = (
        f"{BODY}<figure><img src='page_files/a.jpg' alt='الميناء'>"
        f"<figcaption>الميناء عند الغروب</figcaption><p>{FILLER} ثانية</p><p>{FILLER} ثالثة</p>"
    )
    article = load(saved_page(tmp_path, body))
    kinds = [(b.kind, b.text[-5:]) for b in article.blocks]
    assert kinds == [
        (BlockKind.PARAGRAPH, FILLER.strip()[-5:]),
        (BlockKind.FIGURE, "الغروب"[-5:]),
        (BlockKind.PARAGRAPH, "ثانية"),
        (BlockKind.PARAGRAPH, "ثالثة"),
    ]
