"""Pages Safari saved as a Web Archive (.webarchive) -> articles with the pictures it holds.

The archives are written here as Safari writes them (binary property lists through plistlib);
the page inside one is a real corpus page where it matters."""

from __future__ import annotations

import plistlib
from pathlib import Path

import pytest
from single_file_pages import safari_webarchive
from web_server import jpeg, png

from desktop import import_service
from desktop.importers import errors
from desktop.importers.errors import ImportFailure
from desktop.importers.webarchive import import_webarchive_file
from desktop.model import BlockKind
from desktop.store import Store

CNN_URL = "http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html"
FILLER = "هذه فقرة طويلة من نص المقال المحفوظ في أرشيف سفاري مع صوره وتعليقاتها. " * 4


def story(figure: str, title: str = "خبر محفوظ") -> bytes:
    return (
        f"<html><head><meta charset=utf-8><title>{title}</title></head><body><article>"
        f"<h1>{title}</h1>{figure}<p>{FILLER}</p><p>{FILLER}</p></article></body></html>"
    ).encode()


def load(tmp_path: Path, data: bytes, warnings: list[str] | None = None, name="page.webarchive"):
    path = tmp_path / name
    path.write_bytes(data)
    return import_webarchive_file(path, data, warnings=warnings)


def figures(article):
    return [b for b in article.blocks if b.kind == BlockKind.FIGURE]


def test_safari_archive_of_a_real_page_keeps_its_lead_photo(corpus_dir, tmp_path):
    page = (corpus_dir / "html" / "01_cnn-arabic_2013-08-28_syria-clashes.html").read_bytes()
    photo_url = CNN_URL.rsplit("/", 1)[0] + "/Gal.syria.assad.army.jpg_-1_-1.jpg"
    data = safari_webarchive(
        page,
        CNN_URL,
        ("text/css", "http://arabic.cnn.com/css/main.css", b"body{}"),
        ("image/jpeg", photo_url, jpeg(640, 360)),
    )
    warnings: list[str] = []
    article = load(tmp_path, data, warnings)
    assert article.title == "معارضون يسيطرون على مخازن للصواريخ بريف دمشق"
    assert "دمشق، سوريا (CNN) -- أكدت جهات سورية معارضة" in "\n".join(
        b.text for b in article.blocks
    )
    [figure] = figures(article)
    assert article.images[figure.image].width == 640
    assert article.url == CNN_URL
    assert warnings == []


def test_an_xml_archive_in_a_legacy_encoding_reads_the_same(tmp_path):
    page = story("<figure><img src='p.png'><figcaption>صورة</figcaption></figure>")
    legacy = page.decode().replace("charset=utf-8", "charset=windows-1256").encode("cp1256")
    data = safari_webarchive(
        legacy,
        "https://example.com/a/b.html",
        ("image/png", "https://example.com/a/p.png", png(300, 200)),
        encoding="windows-1256",
        fmt=plistlib.FMT_XML,
    )
    article = load(tmp_path, data)
    assert article.title == "خبر محفوظ" and FILLER.strip() in article.blocks[-1].text
    [figure] = figures(article)
    assert figure.image is not None


def test_frames_are_not_the_article_and_a_missing_picture_is_noted(tmp_path):
    advert = safari_webarchive(b"<html><body><p>advert frame</p></body></html>", "https://ads/x")
    data = safari_webarchive(
        story(
            "<figure><img src='https://example.com/gone.jpg'><figcaption>غائبة</figcaption></figure>"
        ),
        "https://example.com/a",
        frames=[plistlib.loads(advert)],
    )
    warnings: list[str] = []
    article = load(tmp_path, data, warnings)
    assert "advert" not in "\n".join(b.text for b in article.blocks)
    [figure] = figures(article)
    assert (figure.text, figure.image) == ("غائبة", None)
    [note] = warnings
    assert (note.kind, note.reason_kind) == (errors.PICTURE_NOT_SAVED, errors.MISSING_FROM_PAGE)


@pytest.mark.parametrize(
    ("data", "kind", "says"),
    [
        (b"bplist00" + b"\x00" * 40, errors.UNREADABLE, "damaged"),
        (b"not a property list at all", errors.UNREADABLE, "damaged"),
        (plistlib.dumps({"Other": 1}, fmt=plistlib.FMT_BINARY), errors.UNREADABLE, "not a Safari"),
        (plistlib.dumps([1, 2], fmt=plistlib.FMT_BINARY), errors.UNREADABLE, "not a Safari"),
        (
            plistlib.dumps(
                {
                    "WebMainResource": {
                        "WebResourceData": b"\x89PNG",
                        "WebResourceMIMEType": "image/png",
                    }
                }
            ),
            errors.NO_ARTICLE,
            "holds no HTML page",
        ),
        (
            plistlib.dumps(
                {"WebMainResource": {"WebResourceData": "text", "WebResourceMIMEType": "text/html"}}
            ),
            errors.NO_ARTICLE,
            "holds no HTML page",
        ),
    ],
    ids=["truncated", "not-a-plist", "other-plist", "a-list", "an-image", "data-not-bytes"],
)
def test_broken_archives_fail_with_a_reason(tmp_path, data, kind, says):
    with pytest.raises(ImportFailure) as caught:
        load(tmp_path, data)
    assert caught.value.kind == kind
    assert says in str(caught.value)


def test_resources_of_the_wrong_shape_are_passed_over(tmp_path):
    archive = plistlib.loads(
        safari_webarchive(
            story("<figure><img src='p.png'><figcaption>صورة</figcaption></figure>"),
            "https://example.com/",
            ("image/png", "https://example.com/p.png", png(200, 150)),
        )
    )
    archive["WebSubresources"][:0] = ["a string", {"WebResourceURL": 5}, {"WebResourceData": 1}]
    article = load(tmp_path, plistlib.dumps(archive, fmt=plistlib.FMT_BINARY))
    [figure] = figures(article)
    assert article.images[figure.image].width == 200


def test_through_the_service_by_suffix_by_content_and_in_a_folder(tmp_path):
    folder = tmp_path / "safari"
    folder.mkdir()
    for n, name in enumerate(["a.webarchive", "b.WEBARCHIVE"]):
        data = safari_webarchive(story("", title=f"أرشيف رقم {n}"), f"https://example.com/{n}")
        (folder / name).write_bytes(data)
    sniffed = tmp_path / "no-suffix"
    sniffed.write_bytes(safari_webarchive(story("", title="بلا لاحقة"), "https://example.com/x"))
    with Store.open(tmp_path / "library.sqlite3") as store:
        summary = import_service.import_paths(store, [folder, sniffed])
        assert [o.status for o in summary.outcomes] == ["added"] * 3
        titles = [store.get_article(o.article_id).title for o in summary.outcomes]
        assert titles == ["أرشيف رقم 0", "أرشيف رقم 1", "بلا لاحقة"]
