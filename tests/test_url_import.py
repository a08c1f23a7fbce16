"""Saving pages from URLs against a real HTTP server on 127.0.0.1: figures and their images,
redirects, slow and oversized answers, HTTP errors, wrong content types, TLS failures."""

from __future__ import annotations

import gzip
import shutil
import socket
import ssl
import subprocess
import threading
from pathlib import Path

import pytest
from web_server import Route, WebServer, bomb_png, jpeg, png

from desktop.importers import url_fetch
from desktop.importers.errors import BINARY, TOO_LARGE, ImportFailure
from desktop.importers.images import MAX_SIDE
from desktop.importers.url_fetch import fetch
from desktop.importers.url_import import import_url
from desktop.model import BlockKind

FILLER = (
    "هذه فقرة طويلة من نص المقال تتحدث عن الأحداث الجارية في المنطقة وتفاصيلها الكثيرة "
    "التي يتابعها القراء كل يوم باهتمام كبير. "
)
BODY = f"<p>{FILLER * 3}</p>"


@pytest.fixture
def web():
    with WebServer() as server:
        yield server


def story(body: str, title: str = "عنوان الخبر", head: str = "") -> str:
    return (
        "<!DOCTYPE html><html lang='ar' dir='rtl'><head><meta charset='utf-8'>"
        f"<meta property='og:site_name' content='موقع الأخبار'>{head}"
        f"<title>{title} | موقع الأخبار</title></head><body>"
        "<header><a href='/'>الرئيسية</a> <a href='/sport'>رياضة</a></header>"
        f"<article><h1>{title}</h1>{body}</article>"
        "<aside class='most-read'><h3>الأكثر قراءة</h3><ul><li><a href='/x'>خبر آخر</a></li>"
        "</ul></aside></body></html>"
    )


def figures(article):
    return [b for b in article.blocks if b.kind == BlockKind.FIGURE]


def failure(call) -> ImportFailure:
    with pytest.raises(ImportFailure) as info:
        call()
    return info.value


# --- pages with pictures ----------------------------------------------------------------------


def test_page_with_figures_is_saved_with_its_images(web: WebServer):
    photo, chart = jpeg(800, 450), png(600, 400)
    web.add("/media/photo.jpg", body=photo, content_type="image/jpeg")
    web.add("/news/img/chart.png", body=chart, content_type="image/png")
    url = web.page(
        "/news/2024/story.html",
        story(
            BODY + "<figure><img src='/media/photo.jpg' alt='حشود'><figcaption>حشود في الساحة "
            "<span class='credit'>تصوير: رويترز</span></figcaption></figure>"
            + BODY
            + "<div class='image'><img src='../img/chart.png' alt=''><p class='caption'>رسم "
            "بياني للأسعار. المصدر: البنك الدولي</p></div>" + BODY,
            head="<meta name='author' content='سارة أحمد'>"
            "<meta property='article:published_time' content='2024-05-01T08:30:00+03:00'>",
        ),
    )
    warnings: list[str] = []
    article = import_url(url, warnings=warnings)
    assert warnings == []
    assert article.title == "عنوان الخبر"
    assert (article.site, article.author) == ("موقع الأخبار", "سارة أحمد")
    assert article.published == "2024-05-01T08:30:00+03:00"
    assert article.url == url
    first, second = figures(article)
    assert (first.text, first.credit, first.alt) == ("حشود في الساحة", "رويترز", "حشود")
    assert (second.text, second.credit) == ("رسم بياني للأسعار.", "البنك الدولي")
    assert article.images[first.image].data == photo
    assert article.images[second.image].data == chart
    assert set(article.images) == {first.image, second.image}
    text = "\n".join(b.text for b in article.blocks)
    assert "الأكثر قراءة" not in text and "رياضة" not in text


def test_huge_and_lazy_loaded_images(web: WebServer):
    web.add("/big.png", body=png(4200, 2100), content_type="image/png")
    web.add("/lazy.jpg", body=jpeg(300, 200), content_type="image/jpeg")
    url = web.page(
        "/s",
        story(
            BODY + "<figure><img src='/big.png'><figcaption>كبيرة</figcaption></figure>"
            "<figure><img src='data:image/gif;base64,R0lGODlhAQABAAAAACw=' data-src='/lazy.jpg'>"
            "<figcaption>كسولة</figcaption></figure>" + BODY
        ),
    )
    article = import_url(url)
    big, lazy = (article.images[f.image] for f in figures(article))
    assert (big.width, big.height) == (MAX_SIDE, MAX_SIDE // 2)
    assert (lazy.width, lazy.height) == (300, 200)


def test_a_lazy_picture_behind_a_placeholder_file_is_the_one_saved(web: WebServer):
    """A page loading its pictures lazily puts a spacer file in src («lazy.gif»): that was
    saved as the picture, and the real one never asked for."""
    web.add("/theme/lazy.gif", body=png(1, 1), content_type="image/gif")
    web.add("/photos/real.jpg", body=jpeg(800, 500), content_type="image/jpeg")
    url = web.page(
        "/s",
        story(
            BODY + "<figure><img src='/theme/lazy.gif' data-src='/photos/real.jpg'>"
            "<figcaption>الصورة الحقيقية</figcaption></figure>" + BODY
        ),
    )
    article = import_url(url)
    [figure] = figures(article)
    assert (article.images[figure.image].width, figure.text) == (800, "الصورة الحقيقية")
    assert "/theme/lazy.gif" not in web.requests


def test_pictures_that_cannot_be_had_leave_captioned_figures_and_warnings(web: WebServer):
    web.add("/bomb.png", body=bomb_png(30_000, 30_000), content_type="image/png")
    web.add("/page.png", body=b"<html>not an image</html>", content_type="text/html")
    web.add("/broken.jpg", body=jpeg(100, 100)[:200], content_type="image/jpeg")
    web.add(
        "/photo.svg",
        body=b"<svg xmlns='http://www.w3.org/2000/svg'><script>x</script></svg>",
        content_type="image/svg+xml",
    )
    names = ["missing.jpg", "bomb.png", "page.png", "broken.jpg", "photo.svg"]
    body = BODY + "".join(
        f"<figure><img src='/{n}'><figcaption>صورة {i}</figcaption></figure>"
        for i, n in enumerate(names)
    )
    warnings: list[str] = []
    article = import_url(web.page("/s", story(body + BODY)), warnings=warnings)
    assert [(f.text, f.image) for f in figures(article)] == [
        (f"صورة {i}", None) for i in range(len(names))
    ]
    assert article.images == {}
    assert len(warnings) == len(names)
    joined = "\n".join(warnings)
    assert "no such image (HTTP 404" in joined
    assert "decompression bomb" in joined
    assert "text/html" in joined
    assert "damaged or truncated" in joined
    assert "SVG" in joined


def test_same_picture_twice_is_downloaded_once(web: WebServer):
    web.add("/p.png", body=png(200, 100), content_type="image/png")
    fig = "<figure><img src='/p.png'><figcaption>{}</figcaption></figure>"
    article = import_url(web.page("/s", story(BODY + fig.format("أ") + BODY + fig.format("ب"))))
    a, b = figures(article)
    assert a.image == b.image and len(article.images) == 1
    assert web.requests.count("/p.png") == 1


def test_gzip_and_charset_from_the_header(web: WebServer):
    html = f"<html><head><title>عنوان</title></head><body><p>{FILLER}</p></body></html>"
    gz = web.add("/gz", body=gzip.compress(html.encode()), headers={"Content-Encoding": "gzip"})
    legacy = web.add(
        "/cp", body=html.encode("cp1256"), content_type="text/html; charset=windows-1256"
    )
    # A server default that is wrong for the page: the bytes read as Arabic win.
    wrong = web.add("/l1", body=html.encode("cp1256"), content_type="text/html; charset=ISO-8859-1")
    for url in (gz, legacy, wrong):
        article = import_url(url)
        assert article.title == "عنوان", url
        assert article.blocks[0].text == FILLER.strip(), url


# --- redirects --------------------------------------------------------------------------------


def test_redirect_is_followed_and_the_final_address_kept(web: WebServer):
    final = web.page("/final", story(BODY))
    web.redirect("/r2", "/final", 301)
    start = web.redirect("/r1", web.url("/r2"), 302)
    article = import_url(start)
    assert article.url == final
    assert web.requests == ["/r1", "/r2", "/final"]


def test_redirect_loop_is_refused(web: WebServer):
    web.redirect("/a", "/b")
    web.redirect("/b", "/a")
    error = failure(lambda: import_url(web.url("/a")))
    assert error.kind == url_fetch.REDIRECTS
    assert "loop" in str(error)


def test_too_many_redirects_are_refused(web: WebServer):
    for i in range(8):
        web.redirect(f"/r{i}", f"/r{i + 1}")
    web.page("/r8", story(BODY))
    error = failure(lambda: fetch(web.url("/r0"), max_redirects=5))
    assert error.kind == url_fetch.REDIRECTS
    assert len(web.requests) == 6  # the first request and five redirects, then stop


def test_redirect_to_a_file_address_is_not_followed(web: WebServer):
    web.redirect("/evil", "file:///etc/passwd")
    error = failure(lambda: import_url(web.url("/evil")))
    assert error.kind == url_fetch.REDIRECTS
    assert "file:" in str(error)


# --- slow, big and wrong answers --------------------------------------------------------------


def test_slow_server_times_out(web: WebServer):
    web.page("/slow", story(BODY), delay=60)
    error = failure(lambda: import_url(web.url("/slow"), timeout=0.5))
    assert error.kind == url_fetch.TIMEOUT
    assert "0.5 seconds" in str(error)


def test_trickling_server_hits_the_whole_request_deadline(web: WebServer):
    def trickle(stop: threading.Event):
        yield b"<html><body><p>"
        while not stop.wait(0.05):  # a byte every 50 ms: each read succeeds, forever
            yield "ب".encode()

    web.add("/trickle", Route(stream=trickle))
    error = failure(lambda: import_url(web.url("/trickle"), timeout=1.0))
    assert error.kind == url_fetch.TIMEOUT


def test_declared_oversized_page_is_refused_before_reading(web: WebServer):
    web.add(
        "/big",
        headers={"Content-Length": str(100_000_000)},
        content_length=False,
        stream=lambda stop: iter([b"<html>"]),
    )
    error = failure(lambda: import_url(web.url("/big")))
    assert error.kind == TOO_LARGE
    assert "100.0 MB" in str(error)


def test_streamed_100_mb_page_is_cut_at_the_cap(web: WebServer):
    chunk = ("<p>" + FILLER * 50 + "</p>").encode()

    def endless(stop: threading.Event):
        sent = 0
        while sent < 100_000_000 and not stop.is_set():
            yield chunk
            sent += len(chunk)

    web.add("/huge", Route(stream=endless))
    error = failure(lambda: import_url(web.url("/huge"), max_bytes=2_000_000))
    assert error.kind == TOO_LARGE
    assert "larger than 2.0 MB" in str(error)


def test_gzip_bomb_is_cut_at_the_cap(web: WebServer):
    bomb = gzip.compress(b"<p>" + b"a" * 50_000_000)
    web.add("/gzbomb", body=bomb, headers={"Content-Encoding": "gzip"})
    assert len(bomb) < 100_000
    error = failure(lambda: import_url(web.url("/gzbomb"), max_bytes=1_000_000))
    assert error.kind == TOO_LARGE


@pytest.mark.parametrize(
    ("status", "kind", "words"),
    [
        (404, url_fetch.NOT_FOUND, "HTTP 404 Not Found"),
        (410, url_fetch.NOT_FOUND, "HTTP 410 Gone"),
        (403, url_fetch.HTTP_ERROR, "HTTP 403 Forbidden"),
        (500, url_fetch.HTTP_ERROR, "HTTP 500 Internal Server Error"),
        (503, url_fetch.HTTP_ERROR, "try again later"),
    ],
)
def test_http_errors_say_what_happened(web: WebServer, status: int, kind: str, words: str):
    web.page("/e", "<html><body><p>error page text</p></body></html>", status=status)
    error = failure(lambda: import_url(web.url("/e")))
    assert error.kind == kind
    assert words in str(error)


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("application/pdf", b"%PDF-1.4 ..."),
        ("image/png", png()),
        ("application/json", b'{"title": "x"}'),
        (None, b"\x00\x01\x02 binary"),
    ],
)
def test_non_html_answers_are_refused(web: WebServer, content_type, body: bytes):
    web.add("/x", body=body, content_type=content_type)
    error = failure(lambda: import_url(web.url("/x")))
    assert error.kind == url_fetch.NOT_HTML
    assert "not a web page" in str(error)


def test_binary_served_as_html_is_refused(web: WebServer):
    web.add("/fake.html", body=png(), content_type="text/html")
    error = failure(lambda: import_url(web.url("/fake.html")))
    assert error.kind == BINARY
    assert "PNG image" in str(error)


def test_bad_addresses_are_refused_without_a_request(web: WebServer):
    for url, words in [
        ("file:///etc/passwd", "only http:// and https://"),
        ("javascript:alert(1)", "only http:// and https://"),
        ("", "empty"),
        ("http://", "no host name"),
    ]:
        error = failure(lambda url=url: import_url(url))
        assert error.kind == url_fetch.BAD_URL
        assert words in str(error)
    assert web.requests == []


def test_closed_port_is_a_network_error():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    error = failure(lambda: import_url(f"http://127.0.0.1:{port}/"))
    assert error.kind == url_fetch.NETWORK
    assert "refused the connection" in str(error)


def test_https_to_a_plain_http_server_is_a_tls_error(web: WebServer):
    web.page("/s", story(BODY))
    error = failure(lambda: import_url(web.url("/s").replace("http://", "https://")))
    assert error.kind == url_fetch.TLS
    assert "secure connection failed" in str(error)


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")
def test_self_signed_certificate_is_refused(tmp_path: Path):
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server = WebServer(tls=context)
    server.page("/s", story(BODY))
    with server:
        error = failure(lambda: import_url(server.url("/s")))
    assert error.kind == url_fetch.TLS
    assert "certificate could not be verified" in str(error)


# --- through the real store -------------------------------------------------------------------


def test_saved_url_round_trips_and_a_changed_page_updates(web: WebServer, store):
    photo = jpeg(320, 240)
    web.add("/p.jpg", body=photo, content_type="image/jpeg")
    fig = "<figure><img src='/p.jpg' alt='بديل'><figcaption>تعليق</figcaption></figure>"
    url = web.page("/story", story(BODY + fig + BODY))
    first = store.add_article(import_url(url))
    assert first.status == "added"
    back = store.get_article(first.article_id)
    [figure] = figures(back)
    assert store.get_image(figure.image).data == photo
    assert back.url == url

    assert store.add_article(import_url(url)).status == "duplicate"

    web.page("/story", story(BODY + fig + BODY + "<p>تحديث: أضيفت هذه الفقرة لاحقا.</p>"))
    again = store.add_article(import_url(url))
    assert (again.status, again.article_id) == ("updated", first.article_id)
    assert store.get_article(first.article_id).blocks[-1].text == "تحديث: أضيفت هذه الفقرة لاحقا."
    assert store.count_articles() == 1


def test_a_typed_address_without_scheme_gets_https():
    assert url_fetch.normalise_url(" arabic.cnn.com/2013/x.html ") == (
        "https://arabic.cnn.com/2013/x.html"
    )
    assert url_fetch.normalise_url("HTTP://Example.com/") == "http://Example.com/"
