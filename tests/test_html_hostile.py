"""Hostile and broken input: nothing executable survives, a saved page cannot reach outside its
folder or onto the network, and bombs, huge pages, binaries and bad markup get a clear message."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from web_server import WebServer, bomb_png, png

from desktop.importers.errors import (
    BINARY,
    EMPTY,
    NO_ARTICLE,
    PDF,
    TOO_LARGE,
    UNSUPPORTED,
    ImportFailure,
)
from desktop.importers.html_page import import_html_file
from desktop.importers.images import ImageRejected, prepare_image
from desktop.model import Article, BlockKind

FILLER = (
    "هذه فقرة طويلة من نص المقال تتحدث عن الأحداث الجارية في المنطقة وتفاصيلها الكثيرة "
    "التي يتابعها القراء كل يوم باهتمام كبير. "
)
BODY = f"<p>{FILLER * 3}</p>"


def write(folder: Path, html: str | bytes, name: str = "page.html") -> Path:
    path = folder / name
    path.write_bytes(html.encode("utf-8") if isinstance(html, str) else html)
    return path


def load(path: Path, warnings: list[str] | None = None) -> Article:
    return import_html_file(path, path.read_bytes(), warnings=warnings)


def everything(article: Article) -> str:
    return "\n".join(
        [article.title, article.author, article.site]
        + [f"{b.text}\n{b.credit}\n{b.alt}" for b in article.blocks]
    )


def failure(call) -> ImportFailure:
    with pytest.raises(ImportFailure) as info:
        call()
    return info.value


# --- nothing executable survives --------------------------------------------------------------

HOSTILE = f"""<!DOCTYPE html><html><head><title>عنوان<script>alert(1)</script></title>
<script>document.write("<p>injected</p>")</script>
<style>body {{ background: url(javascript:alert(2)) }}</style>
<meta http-equiv="refresh" content="0; url=javascript:alert(3)">
<base href="javascript:alert(4)//">
</head><body onload="alert(5)">
<article>
<h1 onclick="alert(6)">عنوان</h1>
{BODY}
<p onmouseover="alert(7)">فقرة <a href="javascript:alert(8)">برابط خبيث</a> تنتهي هنا.</p>
<img src="x" onerror="alert(9)">
<figure><img src="javascript:alert(10)" alt="بديل"><figcaption onclick="alert(11)">تعليق
</figcaption></figure>
<iframe srcdoc="&lt;script&gt;alert(12)&lt;/script&gt;"></iframe>
<svg><script>alert(13)</script><foreignObject><p>svg text</p></foreignObject></svg>
<object data="evil.swf"><embed src="evil.swf"></object>
<noscript><img src="x" onerror="alert(14)"></noscript>
<template><script>alert(15)</script></template>
<form action="javascript:alert(16)"><input value="javascript:alert(17)"><button>زر</button></form>
<math><mtext>formula</mtext></math>
<p>نص <span style="display:none">مخفي أول</span><span hidden>مخفي ثان</span> ظاهر.</p>
<!-- <script>alert(18)</script> -->
{BODY}
</article></body></html>"""


def test_no_script_event_handler_or_javascript_address_reaches_a_block(tmp_path: Path):
    article = load(write(tmp_path, HOSTILE))
    text = everything(article).lower()
    for bad in (
        "<script",
        "script>",
        "onerror",
        "onclick",
        "onload",
        "javascript:",
        "alert(",
        "injected",
        "svg text",
        "formula",
        "document.write",
    ):
        assert bad not in text, bad
    body = [b.text for b in article.blocks]
    assert "فقرة برابط خبيث تنتهي هنا." in body  # the link's text stays, its address goes
    assert "نص ظاهر." in body  # hidden text is not imported
    assert article.title == "عنوان"
    [fig] = [b for b in article.blocks if b.kind == BlockKind.FIGURE]
    assert (fig.text, fig.image) == ("تعليق", None)


def test_text_that_talks_about_scripts_is_kept_as_text(tmp_path: Path):
    article = load(write(tmp_path, f"<html><body>{BODY}<p>الوسم &lt;script&gt; خطير</p></body>"))
    assert "الوسم <script> خطير" in [b.text for b in article.blocks]


# --- a saved page stays inside its folder and offline -----------------------------------------


def test_image_paths_cannot_leave_the_page_folder(tmp_path: Path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.png").write_bytes(png(200, 200))
    page_dir = tmp_path / "site" / "page"
    files = page_dir / "page_files"
    files.mkdir(parents=True)
    os.symlink(outside / "secret.png", files / "link.png")  # a file link leading out
    os.symlink(outside, files / "dir")  # a folder link leading out
    sources = [
        "../../outside/secret.png",
        "page_files/../../../outside/secret.png",
        str(outside / "secret.png"),  # absolute
        (outside / "secret.png").as_uri(),  # file:// absolute
        "page_files/link.png",
        "page_files/dir/secret.png",
        "..%2F..%2Foutside%2Fsecret.png",
        "page_files\\..\\..\\..\\outside\\secret.png",
        "/etc/passwd",
    ]
    body = BODY + "".join(
        f"<figure><img src='{s}'><figcaption>صورة {i}</figcaption></figure>"
        for i, s in enumerate(sources)
    )
    warnings: list[str] = []
    article = load(write(page_dir, body + BODY), warnings)
    figures = [b for b in article.blocks if b.kind == BlockKind.FIGURE]
    assert [f.text for f in figures] == [f"صورة {i}" for i in range(len(sources))]
    assert all(f.image is None for f in figures)
    assert article.images == {}
    assert len(warnings) == len(sources)
    assert all("outside the page's folder" in w or "absolute" in w for w in warnings), warnings


def test_image_inside_the_folder_through_a_link_inside_is_read(tmp_path: Path):
    files = tmp_path / "page_files"
    files.mkdir()
    (files / "real.png").write_bytes(png(100, 80))
    os.symlink(files / "real.png", files / "alias.png")
    body = BODY + "<figure><img src='page_files/alias.png'><figcaption>ت</figcaption></figure>"
    article = load(write(tmp_path, body))
    [fig] = [b for b in article.blocks if b.kind == BlockKind.FIGURE]
    assert fig.image is not None


def test_reading_a_saved_page_never_loads_a_remote_resource(tmp_path: Path):
    with WebServer() as web:
        web.add("/p.png", body=png(300, 200), content_type="image/png")
        remote = web.url("/p.png")
        body = (
            BODY + f"<figure><img src='{remote}'><figcaption>بعيدة</figcaption></figure>"
            f"<img src='{remote.replace('http:', '')}' alt='بلا بروتوكول'>"
            f"<link rel='stylesheet' href='{remote}'><script src='{remote}'></script>"
            f"<iframe src='{remote}'></iframe><video poster='{remote}'></video>" + BODY
        )
        article = load(write(tmp_path, body))
        assert web.requests == []
    figures = [b for b in article.blocks if b.kind == BlockKind.FIGURE]
    assert [(f.text, f.image) for f in figures] == [("بعيدة", None), ("", None)]


# --- bombs, huge pages, binaries, broken markup -----------------------------------------------


@pytest.mark.parametrize("size", [(100_000, 100_000), (9_000, 9_000)])
def test_decompression_bomb_is_refused_unread(size: tuple[int, int]):
    data = bomb_png(*size)
    assert len(data) < 200_000
    with pytest.raises(ImageRejected) as info:
        prepare_image(data, "bomb.png")
    assert info.value.kind == TOO_LARGE
    assert "bomb" in str(info.value) or "megapixel" in str(info.value)


def test_decompression_bomb_in_a_saved_page_leaves_the_figure_without_image(tmp_path: Path):
    (tmp_path / "page_files").mkdir()
    (tmp_path / "page_files" / "b.png").write_bytes(bomb_png(50_000, 50_000))
    body = BODY + "<figure><img src='page_files/b.png'><figcaption>قنبلة</figcaption></figure>"
    warnings: list[str] = []
    article = load(write(tmp_path, body), warnings)
    [fig] = [b for b in article.blocks if b.kind == BlockKind.FIGURE]
    assert fig.image is None
    assert "decompression bomb" in warnings[0]


@pytest.mark.parametrize(
    ("data", "kind", "words"),
    [
        (b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>", UNSUPPORTED, "SVG"),
        (b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\n", BINARY, "not an image"),
        (b"just some text", BINARY, "not an image"),
        (b"", EMPTY, "empty"),
    ],
)
def test_files_that_are_not_safe_pictures_are_refused(data: bytes, kind: str, words: str):
    with pytest.raises(ImageRejected) as info:
        prepare_image(data, "x")
    assert info.value.kind == kind
    assert words in str(info.value)


def test_100_mb_page_is_refused_before_it_is_parsed(tmp_path: Path):
    data = b"<html><body>" + b"<p>" + FILLER.encode() * 460_000 + b"</p></body></html>"
    assert len(data) > 100_000_000
    error = failure(lambda: import_html_file(tmp_path / "big.html", data))
    assert error.kind == TOO_LARGE
    assert "20.0 MB" in str(error) and "big.html" in str(error)


@pytest.mark.parametrize(
    ("data", "kind", "words"),
    [
        (png(), BINARY, "PNG image"),
        (b"%PDF-1.7\n" + bytes(range(256)) * 10, PDF, "PDF"),
        (bytes(range(256)) * 40, BINARY, "binary"),
        (b"", EMPTY, "empty"),
        (b"   \n\t  ", EMPTY, "white space"),
    ],
)
def test_binary_or_empty_file_named_html_gets_a_clear_message(
    tmp_path: Path, data: bytes, kind: str, words: str
):
    error = failure(lambda: import_html_file(tmp_path / "page.html", data))
    assert error.kind == kind
    assert words in str(error)


@pytest.mark.parametrize(
    "markup",
    [
        "<<<<>>>>",
        "<html><head><title>عنوان</title></head><body></body></html>",
        "<html><body><script>var a = 'كل النص هنا في سكربت فقط';</script></body></html>",
        "<!-- only a comment -->",
        "<?xml version='1.0' encoding='utf-8'?><html/>",
    ],
)
def test_page_without_article_text_gets_a_clear_message(tmp_path: Path, markup: str):
    error = failure(lambda: load(write(tmp_path, markup)))
    assert error.kind == NO_ARTICLE
    assert "no article text" in str(error) or "markup" in str(error)


def test_malformed_markup_still_gives_its_text(tmp_path: Path):
    broken = (
        f"<html><body><div><p>{FILLER}<b>غامق <i>مائل</p><table><tr><td>خلية</div>"
        f"<p>{FILLER}</span></span></body></html></html><p>بعد النهاية"
    )
    article = load(write(tmp_path, broken))
    text = everything(article)
    assert FILLER.strip() in text and "غامق مائل" in text and "خلية" in text


def test_xml_declaration_with_encoding_is_accepted(tmp_path: Path):
    page = (
        "<?xml version='1.0' encoding='windows-1256'?>\n<html xmlns='http://www.w3.org/1999/xhtml'>"
        f"<head><title>عنوان</title></head><body><p>{FILLER}</p></body></html>"
    )
    article = load(write(tmp_path, page.encode("cp1256")))
    assert article.title == "عنوان"
    assert article.blocks[0].text == FILLER.strip()


def test_absurdly_deep_nesting_gives_text_or_a_message(tmp_path: Path):
    deep = "<div>" * 100_000 + f"<p>{FILLER}</p>" + "</div>" * 100_000
    path = write(tmp_path, f"<html><body><p>{FILLER}</p>{deep}</body></html>")
    article = load(path)  # the parser caps the depth; what it keeps is imported
    assert FILLER.strip() in everything(article)


def numbered_paragraphs(opener: str, count: int) -> str:
    """An old page's article: every paragraph after an unclosed ``opener``, so each one sits a
    level or two deeper than the one before."""
    paragraphs = "".join(f"{opener}<p>الفقرة رقم {i}. {FILLER}\n" for i in range(count))
    return f"<html><head><title>صفحة</title></head><body>{paragraphs}<p>الخاتمة.</body></html>"


@pytest.mark.parametrize(
    ("opener", "count"),
    [
        ("<font face='Simplified Arabic' size=3>", 60),  # under any limit
        ("<font face='Simplified Arabic' size=3>", 600),  # past libxml2's default 256 levels
        ("<span dir=rtl>", 3000),  # past its 2048 with huge_tree
        ("<div align=right>", 1500),
    ],
)
def test_a_page_of_unclosed_tags_keeps_every_paragraph(
    tmp_path: Path, opener: str, count: int
) -> None:
    """Legacy Arabic pages leave <font> or <div> open at each paragraph. libxml2 stopped
    reading at 256 levels, silently: a 600-paragraph page kept its first 125. And flattening
    only the deep part made the extractor take it for the article and drop the paragraphs
    above it."""
    warnings: list[str] = []
    article = load(write(tmp_path, numbered_paragraphs(opener, count)), warnings)
    paragraphs = [b.text for b in article.blocks if b.kind == BlockKind.PARAGRAPH]
    assert len(paragraphs) == count + 1
    assert paragraphs[0].startswith("الفقرة رقم 0.") and paragraphs[-1] == "الخاتمة."
    assert warnings == []


def test_a_page_nested_past_every_limit_is_read_as_far_as_it_goes_with_a_warning(
    tmp_path: Path,
) -> None:
    warnings: list[str] = []
    article = load(write(tmp_path, numbered_paragraphs("<blockquote>", 3000)), warnings)
    assert len(article.blocks) > 1000  # what the parser read is kept
    assert article.blocks[0].text.startswith("الفقرة رقم 0.")
    assert warnings == [
        "the page's markup nests too deeply to be read to the end; part may be missing"
    ]


def test_huge_inline_image_is_refused(tmp_path: Path):
    payload = "A" * 8_000_000  # 6 MB once decoded
    body = BODY + f"<figure><img src='data:image/png;base64,{payload}'><figcaption>ض</figcaption>"
    warnings: list[str] = []
    article = load(write(tmp_path, body + "</figure>"), warnings)
    [fig] = [b for b in article.blocks if b.kind == BlockKind.FIGURE]
    assert fig.image is None
    assert "inline image is over" in warnings[0]
