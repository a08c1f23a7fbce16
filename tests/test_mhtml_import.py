"""Pages saved as one file (.mhtml/.mht) -> articles with the pictures the file holds.

The files are written here in the layouts browsers write: Chrome's ("From: <Saved by Blink>",
CRLF, the page quoted-printable and first, frames and resources after it, pictures in base64 by
their absolute address) and Internet Explorer's (a legacy charset, addresses relative to the
page). The page inside one is a real corpus page where it matters."""

from __future__ import annotations

import base64
import quopri
from pathlib import Path

import pytest
from single_file_pages import chrome_mhtml, part
from web_server import bomb_png, jpeg, png

from desktop import import_service
from desktop.importers import errors, single_file_page
from desktop.importers.errors import ImportFailure
from desktop.importers.mhtml import import_mhtml_file
from desktop.model import BlockKind, Direction
from desktop.store import Store

FILLER = (
    "هذه فقرة طويلة من نص المقال تتحدث عن الأحداث الجارية في المنطقة وتفاصيلها الكثيرة "
    "التي يتابعها القراء كل يوم باهتمام كبير. "
)
CNN_URL = "http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html"
CNN_PHOTO = "Gal.syria.assad.army.jpg_-1_-1.jpg"


def story(figure: str, *, title: str = "عنوان الخبر") -> bytes:
    return (
        f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        f"<title>{title}</title></head><body><article><h1>{title}</h1>{figure}"
        f"<p>{FILLER * 3}</p><p>{FILLER * 2}</p></article></body></html>"
    ).encode()


def save(tmp_path: Path, data: bytes, name: str = "page.mhtml") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def load(path: Path, warnings: list[str] | None = None):
    return import_mhtml_file(path, path.read_bytes(), warnings=warnings)


def figures(article):
    return [b for b in article.blocks if b.kind == BlockKind.FIGURE]


# --- the real corpus page, saved by Chrome as a single file -----------------------------------


def test_chrome_single_file_keeps_the_lead_photo_the_html_only_save_lost(corpus_dir, tmp_path):
    page = (corpus_dir / "html" / "01_cnn-arabic_2013-08-28_syria-clashes.html").read_bytes()
    photo = jpeg(640, 360)
    css = b"body { font-family: Tahoma; }"
    data = chrome_mhtml(
        page,
        CNN_URL,
        part("text/css", "http://arabic.cnn.com/css/main.css", css, qp=True),
        part("image/jpeg", CNN_URL.rsplit("/", 1)[0] + "/" + CNN_PHOTO, photo),
    )
    warnings: list[str] = []
    article = load(save(tmp_path, data), warnings)
    assert article.title == "معارضون يسيطرون على مخازن للصواريخ بريف دمشق"
    body = "\n".join(b.text for b in article.blocks)
    assert "دمشق، سوريا (CNN) -- أكدت جهات سورية معارضة" in body
    assert "الأكثر تصفحاً" not in body  # the page's chrome is still left out
    assert article.direction == Direction.RTL
    assert article.url == CNN_URL
    [figure] = figures(article)
    assert figure.image in article.images
    assert (article.images[figure.image].width, article.images[figure.image].height) == (640, 360)
    assert warnings == []


def test_a_picture_the_file_does_not_hold_keeps_its_caption_and_is_noted(tmp_path):
    figure = (
        '<figure><img src="https://example.com/img/lazy.jpg" alt="صورة">'
        "<figcaption>المشاركون في الاجتماع</figcaption></figure>"
    )
    warnings: list[str] = []
    article = load(save(tmp_path, chrome_mhtml(story(figure), "https://example.com/a")), warnings)
    [block] = figures(article)
    assert (block.text, block.image) == ("المشاركون في الاجتماع", None)
    [note] = warnings
    assert note.kind == errors.PICTURE_NOT_SAVED
    assert note.reason_kind == errors.MISSING_FROM_PAGE
    assert "https://example.com/img/lazy.jpg" in note


def test_relative_and_cid_addresses_find_their_parts(tmp_path):
    figure = (
        '<figure><img src="../img/one.png"><figcaption>الأولى</figcaption></figure>'
        '<figure><img src="cid:two@mhtml.blink"><figcaption>الثانية</figcaption></figure>'
        '<figure><img src="/img/three%20x.png"><figcaption>الثالثة</figcaption></figure>'
    )
    data = chrome_mhtml(
        story(figure),
        "https://example.com/news/2024/a.html",
        part("image/png", "https://example.com/news/img/one.png", png(300, 200)),
        part("image/png", "", png(310, 200), cid="two@mhtml.blink"),
        part("image/png", "https://example.com/img/three x.png", png(320, 200)),
    )
    warnings: list[str] = []
    article = load(save(tmp_path, data), warnings)
    widths = [article.images[b.image].width for b in figures(article)]
    assert widths == [300, 310, 320]
    assert warnings == []


def test_the_start_parameter_names_the_page_and_frames_are_not_the_article(tmp_path):
    advert = (
        b"<html><body><p>\xd8\xa5\xd8\xb9\xd9\x84\xd8\xa7\xd9\x86 advert frame</p></body></html>"
    )
    real = story("", title="الخبر الحقيقي")
    # Written with the advert's frame first, the page named by ``start``.
    data = chrome_mhtml(
        advert,
        "https://ads.example.net/frame",
        part("text/html", "https://example.com/real", real, cid="page@x", qp=True),
        start="<page@x>",
    )
    article = load(save(tmp_path, data))
    assert article.title == "الخبر الحقيقي"
    assert "advert" not in "\n".join(b.text for b in article.blocks)


def test_internet_explorer_mht_in_windows_1256_with_relative_picture(tmp_path):
    html = (
        "<html><head><title>خبر محلي</title></head><body>"
        '<p><img src="page_files/photo.jpg" alt="الميناء"></p>'
        f"<p>{FILLER * 3}</p><p>{FILLER * 2}</p></body></html>"
    ).encode("cp1256")
    boundary = "----=_NextPart_000_0000_01D4A1B2.3C4D5E60"
    data = (
        "From: <Saved by Windows Internet Explorer 8>\r\n"
        "Subject: ??? ????\r\n"
        "MIME-Version: 1.0\r\n"
        f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{boundary}"\r\n'
        "\r\n"
        "This is a multi-part message in MIME format.\r\n\r\n"
        f"--{boundary}\r\n"
        'Content-Type: text/html;\r\n\tcharset="windows-1256"\r\n'
        "Content-Transfer-Encoding: quoted-printable\r\n"
        "Content-Location: file:///C:/Users/salma/Desktop/page.htm\r\n\r\n"
    ).encode("ascii")
    data += quopri.encodestring(html).replace(b"\n", b"\r\n") + b"\r\n"
    data += (
        f"--{boundary}\r\nContent-Type: image/jpeg\r\nContent-Transfer-Encoding: base64\r\n"
        "Content-Location: file:///C:/Users/salma/Desktop/page_files/photo.jpg\r\n\r\n"
    ).encode("ascii")
    data += base64.encodebytes(jpeg(500, 300)).replace(b"\n", b"\r\n")
    data += f"\r\n--{boundary}--\r\n".encode("ascii")
    warnings: list[str] = []
    article = load(save(tmp_path, data, "page.mht"), warnings)
    assert article.title == "خبر محلي"
    assert FILLER.strip() in "\n".join(b.text for b in article.blocks)
    [block] = figures(article)
    assert block.alt == "الميناء" and article.images[block.image].width == 500
    assert article.url == ""  # a file on someone's disk is not where the article lives
    assert warnings == []


# --- through the import service: suffixes, sniffing, folders, the store -----------------------


def test_imported_through_the_service_by_suffix_by_content_and_from_a_folder(tmp_path):
    figure = '<figure><img src="https://example.com/p.jpg"><figcaption>صورة</figcaption></figure>'
    folder = tmp_path / "saved"
    folder.mkdir()
    for n, name in enumerate(["a.mhtml", "b.MHT", "c.txt"]):
        data = chrome_mhtml(
            story(figure, title=f"الخبر رقم {n}"),
            f"https://example.com/{n}",
            part("image/jpeg", "https://example.com/p.jpg", jpeg(400 + n, 300)),
        )
        (folder / name).write_bytes(data)
    with Store.open(tmp_path / "library.sqlite3") as store:
        summary = import_service.import_paths(store, [folder])
        assert [o.status for o in summary.outcomes] == ["added"] * 3
        titles = sorted(store.get_article(o.article_id).title for o in summary.outcomes)
        assert titles == ["الخبر رقم 0", "الخبر رقم 1", "الخبر رقم 2"]  # c.txt: sniffed
        for outcome in summary.outcomes:
            article = store.get_article(outcome.article_id)
            [block] = figures(article)
            assert store.get_image(block.image).width in (400, 401, 402)


# --- broken, hostile and huge input -----------------------------------------------------------


def test_a_file_named_mhtml_that_holds_no_page_fails_with_a_reason(tmp_path):
    path = save(tmp_path, "مجرد نص عادي وليس صفحة محفوظة".encode())
    with pytest.raises(ImportFailure) as caught:
        load(path)
    assert caught.value.kind == errors.NO_ARTICLE
    assert "holds no HTML page" in str(caught.value)


def test_a_file_cut_short_in_a_picture_keeps_the_text_and_notes_the_picture(tmp_path):
    figure = '<figure><img src="https://example.com/p.jpg"><figcaption>الصورة</figcaption></figure>'
    whole = chrome_mhtml(
        story(figure),
        "https://example.com/a",
        part("image/jpeg", "https://example.com/p.jpg", jpeg(800, 600)),
    )
    cut = whole[: whole.index(b"Content-Location: https://example.com/p.jpg") + 200]
    warnings: list[str] = []
    article = load(save(tmp_path, cut), warnings)
    assert FILLER.strip() in "\n".join(b.text for b in article.blocks)
    [block] = figures(article)
    assert (block.text, block.image) == ("الصورة", None)
    assert len(warnings) == 1 and warnings[0].kind == errors.PICTURE_NOT_SAVED


def test_pictures_that_are_not_images_or_are_bombs_are_refused_and_the_rest_kept(tmp_path):
    figure = (
        '<figure><img src="https://example.com/a.jpg"><figcaption>ليست صورة</figcaption></figure>'
        '<figure><img src="https://example.com/b.png"><figcaption>قنبلة</figcaption></figure>'
        '<figure><img src="https://example.com/c.png"><figcaption>سليمة</figcaption></figure>'
    )
    data = chrome_mhtml(
        story(figure),
        "https://example.com/a",
        part("image/jpeg", "https://example.com/a.jpg", b"<html>not a picture</html>"),
        part("image/png", "https://example.com/b.png", bomb_png(40000, 40000)),
        part("image/png", "https://example.com/c.png", png(300, 200)),
    )
    warnings: list[str] = []
    article = load(save(tmp_path, data), warnings)
    kept = {b.text: b.image is not None for b in figures(article)}
    assert kept == {"ليست صورة": False, "قنبلة": False, "سليمة": True}
    assert len(warnings) == 2


def test_pictures_are_read_from_the_file_never_from_the_disk_or_the_network(tmp_path):
    secret = tmp_path / "secret.png"
    secret.write_bytes(png(300, 200))
    figure = (
        f'<figure><img src="{secret.as_uri()}"><figcaption>من القرص</figcaption></figure>'
        '<figure><img src="http://127.0.0.1:9/x.png"><figcaption>من الشبكة</figcaption></figure>'
    )
    warnings: list[str] = []
    article = load(save(tmp_path, chrome_mhtml(story(figure), "https://example.com/a")), warnings)
    assert [b.image for b in figures(article)] == [None, None]
    assert len(warnings) == 2


def test_a_huge_single_file_page_is_refused_before_it_is_parsed(tmp_path, monkeypatch):
    monkeypatch.setattr(single_file_page, "MAX_SINGLE_FILE_BYTES", 50_000)
    big = chrome_mhtml(story(""), "https://example.com/a", part("image/png", "x", b"\0" * 60_000))
    path = save(tmp_path, big)
    with pytest.raises(ImportFailure) as caught:
        load(path)
    assert caught.value.kind == errors.TOO_LARGE
    with Store.open(tmp_path / "library.sqlite3") as store:
        [outcome] = import_service.import_paths(store, [path]).outcomes
        assert (outcome.status, outcome.kind) == ("failed", errors.TOO_LARGE)
        assert store.count_articles() == 0


def test_a_single_file_page_may_be_larger_than_a_text_article(tmp_path, monkeypatch):
    """The 20 MB cap for one article's file would refuse a photo-heavy saved page."""
    monkeypatch.setattr(import_service, "MAX_FILE_BYTES", 10_000)
    photo = jpeg(1200, 900)
    figure = '<figure><img src="https://example.com/p.jpg"><figcaption>كبيرة</figcaption></figure>'
    data = chrome_mhtml(
        story(figure),
        "https://example.com/a",
        part("image/jpeg", "https://example.com/p.jpg", photo),
    )
    assert len(data) > 10_000
    with Store.open(tmp_path / "library.sqlite3") as store:
        [outcome] = import_service.import_paths(store, [save(tmp_path, data)]).outcomes
        assert outcome.status == "added"
        [outcome] = import_service.import_paths(store, [save(tmp_path, data, "p.txt")]).outcomes
        assert (outcome.status, outcome.kind) == ("failed", errors.TOO_LARGE)


def test_recent_chrome_writes_the_page_as_binary_with_lf_line_ends(tmp_path):
    """Chrome now writes the page's part as «Content-Transfer-Encoding: binary» (raw UTF-8),
    the charset only in the page's own <meta>, and LF line ends (as in a real saved file)."""
    boundary = "----MultipartBoundary--G6BlX8NC8pumQV5Xen0Kgus6HnMBHUSyKzHbTvKIyG----"
    page = story("", title="عنوان حديث").replace(
        b'<meta charset="utf-8">',
        b'<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">',
    )
    data = (
        (
            "From: <Saved by Blink>\nSnapshot-Content-Location: https://example.com/a\n"
            "Subject: =?utf-8?Q?x?=\nDate: Mon, 1 Sep 2025 00:07:02 +0530\nMIME-Version: 1.0\n"
            f'Content-Type: multipart/related;\n\ttype="text/html";\n\tboundary="{boundary}"\n\n\n'
            f"--{boundary}\nContent-Type: text/html\nContent-ID: <frame-EF8D@mhtml.blink>\n"
            "Content-Transfer-Encoding: binary\nContent-Location: https://example.com/a\n\n"
        ).encode()
        + page
        + f"\n--{boundary}--\n".encode()
    )
    article = load(save(tmp_path, data))
    assert (article.title, article.url) == ("عنوان حديث", "https://example.com/a")
    assert FILLER.strip() in "\n".join(b.text for b in article.blocks)


def test_the_picture_the_browser_showed_is_found_among_all_its_sources(tmp_path):
    """A browser keeps only the picture it showed: here the widest of a srcset, behind a lazy
    placeholder and a small lazy source (only two sources were tried, as for downloads)."""
    figure = (
        "<figure><img src='data:image/gif;base64,R0lGODlhAQABAAAAACw=' data-src='small.jpg'"
        " srcset='small.jpg 400w, big.jpg 1200w'><figcaption>الصورة الكبيرة</figcaption></figure>"
    )
    data = chrome_mhtml(
        story(figure),
        "https://example.com/news/a.html",
        part("image/jpeg", "https://example.com/news/big.jpg", jpeg(1200, 800)),
    )
    warnings: list[str] = []
    article = load(save(tmp_path, data), warnings)
    [block] = figures(article)
    assert article.images[block.image].width == 1200
    assert warnings == []
