"""Saving web pages from the window (issue 6): Save from URL (Ctrl+L), dropping a link or a
saved page on the window, the progress bar, the summary of failures, and cancelling.

Every page comes from a real HTTP server on 127.0.0.1 (tests/web_server.py) and every import
runs on the window's real worker thread into the test's real SQLite library. The one thing
faked is the answer to the "Save from URL" question: QInputDialog.getText is a modal dialog
with its own event loop, which nobody can type into on the offscreen platform, so the test
answers it (and records how it was asked).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QTextDocument
from PySide6.QtWidgets import QApplication, QInputDialog
from web_server import Route, WebServer, jpeg, png

from desktop import import_service
from desktop.importers import url_fetch, url_import
from desktop.model import BlockKind
from desktop.store import Store
from desktop.ui.document_builder import image_url
from desktop.ui.import_worker import ImportJob, failure_details, failure_text
from desktop.ui.main_window import MainWindow

FILLER = (
    "هذه فقرة طويلة من نص المقال تتحدث عن الأحداث الجارية في المنطقة وتفاصيلها الكثيرة "
    "التي يتابعها القراء كل يوم باهتمام كبير. "
)
BODY = f"<p>{FILLER * 3}</p>"
CAPTION = "حشود في ساحة المدينة"
CREDIT = "رويترز"


def story(body: str, title: str = "عنوان الخبر") -> str:
    return (
        "<!DOCTYPE html><html lang='ar' dir='rtl'><head><meta charset='utf-8'>"
        f"<meta property='og:site_name' content='موقع الأخبار'><title>{title} | موقع الأخبار"
        f"</title></head><body><header><a href='/'>الرئيسية</a></header>"
        f"<article><h1>{title}</h1>{body}</article></body></html>"
    )


def figure(src: str) -> str:
    return (
        f"<figure><img src='{src}' alt='صورة الحشود'><figcaption>{CAPTION} "
        f"<span class='credit'>تصوير: {CREDIT}</span></figcaption></figure>"
    )


@pytest.fixture
def web() -> Iterator[WebServer]:
    with WebServer() as server:
        yield server


@pytest.fixture
def jobs(window: MainWindow, monkeypatch) -> list[tuple[list[str], ImportJob | None]]:
    """Every ``start_import`` the window makes, with its sources and the job it started.

    Wrapping the window's own method keeps the real path (the action or drop calls it, it
    starts the real worker) and hands the test the job to wait on.
    """
    started: list[tuple[list[str], ImportJob | None]] = []
    real = window.start_import

    def recording(paths: list[str]) -> ImportJob | None:
        job = real(paths)
        started.append((list(paths), job))
        return job

    monkeypatch.setattr(window, "start_import", recording)
    return started


class Answers(list):
    """The calls made to the Save from URL question; ``reply`` is what the user "types"."""

    reply = ""


@pytest.fixture
def answer_url(monkeypatch) -> Answers:
    calls = Answers()

    def get_text(parent, title, label, *args, text: str = "", **kwargs):
        calls.append({"parent": parent, "title": title, "label": label, "text": text})
        return calls.reply, True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    return calls


def wait_done(qtbot, job: ImportJob | None, timeout: int = 30_000):
    assert job is not None, "the window did not start an import"
    with qtbot.waitSignal(job.done, timeout=timeout) as done:
        pass
    return done.args[0]


def wait_idle(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.import_running(), timeout=20_000)
    assert not window.import_progress.isVisible()
    assert not window.import_cancel.isVisible()


def drag_enter(mime: QMimeData) -> QDragEnterEvent:
    return QDragEnterEvent(
        QPoint(40, 40),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )


def drop(window: MainWindow, mime: QMimeData) -> tuple[QDragEnterEvent, QDropEvent]:
    """The drag-enter and drop a drag from a browser or file manager delivers."""
    enter = drag_enter(mime)
    QApplication.sendEvent(window, enter)
    event = QDropEvent(
        QPointF(40, 40),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    if enter.isAccepted():
        QApplication.sendEvent(window, event)
    return enter, event


def link_mime(url: str) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl(url)])
    return mime


def text_mime(text: str) -> QMimeData:
    mime = QMimeData()
    mime.setText(text)
    return mime


# --- Save from URL ------------------------------------------------------------------------------


def test_save_from_url_is_ctrl_l_and_offers_the_copied_address(
    window: MainWindow, web: WebServer, answer_url, jobs
):
    url = web.page("/copied", story(BODY))
    action = window.registry["save_from_url"]
    assert action.shortcut() == QKeySequence("Ctrl+L")
    QApplication.clipboard().setText(f"  {url}\n")
    answer_url.reply = ""  # the user cancels the question: nothing starts
    action.trigger()
    assert len(answer_url) == 1
    asked = answer_url[0]
    assert asked["parent"] is window
    assert asked["title"] == "Save from URL"
    assert asked["text"] == url  # what the user just copied is offered, trimmed
    assert jobs == [] and not window.import_running()

    QApplication.clipboard().setText("not an address, just words")
    action.trigger()
    assert answer_url[1]["text"] == ""
    QApplication.clipboard().clear()


def test_save_from_url_stores_the_article_with_its_picture_and_opens_it(
    qtbot, window: MainWindow, web: WebServer, answer_url, jobs, library: Store
):
    photo = jpeg(640, 360)
    web.add("/media/photo.jpg", body=photo, content_type="image/jpeg")
    url = web.page("/news/story.html", story(BODY + figure("/media/photo.jpg") + BODY))
    answer_url.reply = f"  {url} "
    before = library.count_articles()

    window.registry["save_from_url"].trigger()
    [(paths, job)] = jobs
    assert paths == [url]  # trimmed, passed on as an address
    assert window.import_progress.isVisible() and window.import_cancel.isVisible()
    summary = wait_done(qtbot, job)
    wait_idle(qtbot, window)

    [outcome] = summary.outcomes
    assert (outcome.status, outcome.reason, outcome.warnings) == ("added", "", [])
    assert web.requests == ["/news/story.html", "/media/photo.jpg"]
    assert window.last_import_summary is summary
    assert window.announcer.last_message.startswith("Articles imported: 1.")
    assert library.count_articles() == before + 1
    assert outcome.article_id in window.library.model.ids()

    stored = library.get_article(outcome.article_id)
    assert stored.url == url and stored.title == "عنوان الخبر"
    [fig] = [b for b in stored.blocks if b.kind == BlockKind.FIGURE]
    assert (fig.text, fig.credit, fig.alt) == (CAPTION, CREDIT, "صورة الحشود")
    image = library.get_image(fig.image)
    assert image is not None and image.data == photo

    assert window.open_article(outcome.article_id)
    assert window.reader.article.id == outcome.article_id
    [shown] = window.reader.built.figures.values()
    assert shown.available and shown.sha256 == fig.image
    assert (shown.caption, shown.credit) == (CAPTION, CREDIT)
    document = window.reader.browser.document()
    resource = document.resource(QTextDocument.ResourceType.ImageResource, image_url(fig.image))
    assert resource is not None and (resource.width(), resource.height()) == (640, 360)
    text = document.toPlainText()
    assert CAPTION in text and CREDIT in text


def test_an_address_typed_as_in_an_address_bar_is_fetched(
    qtbot, window: MainWindow, web: WebServer, answer_url, jobs, monkeypatch
):
    """«HTTP://…» in capitals is fetched; «www.…» without a scheme gets https:// (only the
    address is checked: nothing here serves https); what is no web address is said so."""
    url = web.page("/news/story.html", story(BODY))
    answer_url.reply = url.replace("http://", "HTTP://")
    window.registry["save_from_url"].trigger()
    [(paths, job)] = jobs
    assert paths == [url]
    assert wait_done(qtbot, job).outcomes[0].status == "added"
    wait_idle(qtbot, window)

    started: list[list[str]] = []
    monkeypatch.setattr(window, "start_import", started.append)
    answer_url.reply = "www.aljazeera.net/news/2024/1/1/خبر"
    window.registry["save_from_url"].trigger()
    assert started == [["https://www.aljazeera.net/news/2024/1/1/خبر"]]
    for typed in ("ftp://example.org/a.txt", "not an address", "localhost"):
        answer_url.reply = typed
        window.registry["save_from_url"].trigger()
        assert window.announcer.last_message == f"“\u2068{typed}\u2069” is not a web address."
    assert len(started) == 1


def test_a_page_that_is_gone_is_reported_with_its_reason(
    qtbot, window: MainWindow, web: WebServer, answer_url, jobs, library: Store
):
    url = web.url("/gone.html")  # not served: the test server answers 404
    answer_url.reply = url
    before = library.count_articles()
    window.registry["save_from_url"].trigger()
    summary = wait_done(qtbot, jobs[0][1])
    wait_idle(qtbot, window)

    assert web.requests == ["/gone.html"]
    [outcome] = summary.outcomes
    assert (outcome.status, outcome.kind) == ("failed", url_fetch.NOT_FOUND)
    assert "HTTP 404" in outcome.reason
    assert window.last_import_summary is summary
    assert "Could not be imported: 1." in window.announcer.last_message
    assert library.count_articles() == before
    box = window.import_summary_box
    assert box.isVisible()
    assert "Could not be imported: 1." in box.text()
    details = box.detailedText()
    assert url in details
    assert details != f"{url}: {failure_text('no such kind')}"  # says why, not just "failed"
    box.close()


@pytest.mark.parametrize(
    "kind",
    [
        url_fetch.NOT_FOUND,
        url_fetch.HTTP_ERROR,
        url_fetch.TIMEOUT,
        url_fetch.TLS,
        url_fetch.NETWORK,
        url_fetch.REDIRECTS,
        url_fetch.NOT_HTML,
        url_fetch.BAD_URL,
    ],
)
def test_every_url_failure_has_its_own_words(english, kind: str):
    """The summary's details translate the failure kind; a URL failure must not fall back to
    the generic 'it could not be imported'."""
    assert failure_text(kind) != failure_text("no such kind")


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        ("pdf", "copy its text into a text file"),
        ("document", "save it as a web page or as text"),
    ],
)
def test_a_pdf_or_a_word_processors_file_is_told_what_to_do(english, qapp, kind, words):
    """«It is not a text file» left a user with a Word document or a PDF nowhere to go; both
    have a way in (a copied PDF's text imports well), and the summary says it."""
    from desktop.ui import i18n

    assert words in failure_text(kind)
    i18n.install(qapp, "ar")
    try:
        assert failure_text(kind) != failure_text("no such kind")
        assert "ثم استورده" in failure_text(kind)
    finally:
        i18n.install(qapp, "en")


def test_summary_details_of_a_real_404_name_the_address(web: WebServer, store: Store, english):
    """The worker-free half of the 404 report: the core's outcome for a gone page reaches the
    summary's details with its address (this part works; its wording is the xfail above)."""
    url = web.url("/gone.html")
    summary = import_service.import_paths(store, [url])
    [outcome] = summary.outcomes
    assert (outcome.status, outcome.kind) == ("failed", url_fetch.NOT_FOUND)
    assert "HTTP 404 Not Found" in outcome.reason
    assert failure_details(summary).startswith(f"\u200e\u2066{url}\u2069: ")


# --- dropping links and pages -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("make_mime", "accepted"),
    [
        (lambda: link_mime("https://example.org/news/1.html"), True),
        (lambda: text_mime("  http://example.org/news/1.html\n"), True),
        (lambda: link_mime(QUrl.fromLocalFile("/tmp/page.html").toString()), True),
        (lambda: link_mime("ftp://example.org/file.html"), False),
        (lambda: text_mime("just some words"), False),
        (lambda: text_mime("http://example.org/a http://example.org/b"), False),
    ],
    ids=["link", "address-as-text", "file", "ftp-link", "words", "two-addresses-as-text"],
)
def test_drag_enter_accepts_links_and_pages_only(
    window: MainWindow, jobs, make_mime, accepted: bool
):
    mime = make_mime()
    enter = drag_enter(mime)
    enter.ignore()
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted() is accepted
    if not accepted:  # a drop of it anyway (another widget let it through) starts nothing
        event = QDropEvent(
            QPointF(40, 40),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        window.dropEvent(event)
        assert jobs == [] and not window.import_running()


@pytest.mark.parametrize("as_text", [False, True], ids=["link", "address-as-text"])
def test_dropping_a_link_saves_the_page(
    qtbot, window: MainWindow, web: WebServer, jobs, library: Store, as_text: bool
):
    web.add("/p.png", body=png(300, 200), content_type="image/png")
    url = web.page("/dropped.html", story(BODY + figure("/p.png") + BODY, title="خبر مسحوب"))
    enter, event = drop(window, text_mime(url) if as_text else link_mime(url))
    assert enter.isAccepted() and event.isAccepted()
    [(paths, job)] = jobs
    assert paths == [url]
    summary = wait_done(qtbot, job)
    wait_idle(qtbot, window)
    [outcome] = summary.outcomes
    assert outcome.status == "added", outcome.reason
    stored = library.get_article(outcome.article_id)
    assert (stored.title, stored.url) == ("خبر مسحوب", url)
    [fig] = [b for b in stored.blocks if b.kind == BlockKind.FIGURE]
    assert library.get_image(fig.image) is not None


def test_dropping_a_saved_html_page_imports_it_with_its_picture(
    qtbot, window: MainWindow, jobs, library: Store, tmp_path: Path
):
    page = tmp_path / "saved" / "خبر.html"
    (page.parent / "خبر_files").mkdir(parents=True)
    picture = png(320, 180, colour=(10, 120, 60))
    (page.parent / "خبر_files" / "photo.png").write_bytes(picture)
    page.write_text(story(BODY + figure("خبر_files/photo.png") + BODY, "صفحة محفوظة"), "utf-8")

    enter, event = drop(window, link_mime(QUrl.fromLocalFile(str(page)).toString()))
    assert enter.isAccepted() and event.isAccepted()
    [(paths, job)] = jobs
    assert paths == [str(page)]
    summary = wait_done(qtbot, job)
    wait_idle(qtbot, window)
    [outcome] = summary.outcomes
    assert outcome.status == "added", outcome.reason
    stored = library.get_article(outcome.article_id)
    assert stored.title == "صفحة محفوظة"
    [fig] = [b for b in stored.blocks if b.kind == BlockKind.FIGURE]
    assert (fig.text, fig.credit) == (CAPTION, CREDIT)
    assert library.get_image(fig.image).data == picture
    assert outcome.article_id in window.library.model.ids()


# --- progress and cancel ------------------------------------------------------------------------


class Gate:
    """A page that sends its head, then holds the rest until the test opens the gate (or the
    server stops): an import caught in the middle of a page, without timing."""

    def __init__(self) -> None:
        self.open = threading.Event()

    def route(self, html: str) -> Route:
        head, tail = html.encode()[:200], html.encode()[200:]

        def stream(stop: threading.Event):
            yield head
            while not (self.open.wait(0.05) or stop.is_set()):
                pass
            yield tail

        return Route(stream=stream)


@pytest.fixture
def gate() -> Iterator[Gate]:
    g = Gate()
    yield g
    g.open.set()  # never leave a server thread holding a page


def test_cancel_abandons_the_page_arriving_and_the_window_stays_usable(
    qtbot, window: MainWindow, web: WebServer, jobs, gate: Gate, library: Store
):
    held = web.add("/held.html", gate.route(story(BODY, title="الصفحة البطيئة")))
    second = web.page("/second.html", story(BODY + BODY, title="الصفحة الثانية"))
    mime = QMimeData()
    mime.setUrls([QUrl(held), QUrl(second)])  # two links dragged from a browser at once
    before = library.count_articles()
    drop(window, mime)
    [(paths, job)] = jobs
    assert paths == [held, second]
    qtbot.waitUntil(lambda: "/held.html" in web.requests, timeout=10_000)

    # Mid-page: busy progress and a Cancel button; the window still answers.
    assert window.import_running()
    assert window.import_progress.isVisible() and window.import_progress.maximum() == 0
    assert window.import_cancel.isVisible() and window.import_cancel.isEnabled()
    other = window.library.model.ids()[-1]
    assert window.open_article(other) and window.reader.article.id == other

    qtbot.mouseClick(window.import_cancel, Qt.MouseButton.LeftButton)
    assert not window.import_cancel.isEnabled()
    assert window.announcer.last_message == "Cancelling import…"
    # The page half arrived stays half arrived: a cancel abandons the fetch at once (the
    # test used to open the gate here and expect the page stored, which held only when the
    # rest arrived and was read within one 50 ms cancel poll: a race).
    summary = wait_done(qtbot, job)
    wait_idle(qtbot, window)

    assert summary.cancelled
    assert summary.outcomes == []
    assert "/second.html" not in web.requests
    assert window.announcer.last_message.startswith("Import cancelled.")
    assert library.count_articles() == before
    assert window.import_cancel.isEnabled()  # ready for the next import
    gate.open.set()

    again = window.start_import([second])
    assert again is not None
    assert wait_done(qtbot, again).added == 1
    wait_idle(qtbot, window)
    assert library.count_articles() == before + 1


def test_cancel_during_the_one_slow_page_of_save_from_url(
    qtbot, window: MainWindow, web: WebServer, answer_url, jobs, library: Store, monkeypatch
):
    # The page never comes (the server holds it until it stops). The fetch's own deadline is
    # shortened from 20 s so that, while the bug stands, this test fails in seconds, not 20.
    monkeypatch.setitem(url_import.import_url.__kwdefaults__, "timeout", 3.0)
    answer_url.reply = web.page("/slow.html", story(BODY), delay=600)
    before = library.count_articles()
    window.registry["save_from_url"].trigger()
    job = jobs[0][1]
    qtbot.waitUntil(lambda: "/slow.html" in web.requests, timeout=10_000)
    window.import_cancel.click()
    summary = wait_done(qtbot, job)
    wait_idle(qtbot, window)
    assert summary.cancelled
    assert summary.failed == 0, [o.reason for o in summary.outcomes]
    assert window.announcer.last_message.startswith("Import cancelled.")
    assert library.count_articles() == before
