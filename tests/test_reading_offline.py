"""Reading a saved web article opens no socket (issue 6: "Save web pages and URLs for offline
reading").

A page with pictures is saved from a real HTTP server on 127.0.0.1 into a real library; the
server is then stopped, and a child process (tests/ui/offline_probe.py) opens that library and
shows the article in a ReaderView offscreen until it is painted. Two probes watch the child:

- strace, from outside, sees every socket() and connect() system call, whoever makes it
  (Python, Qt, glibc's name look-ups);
- an audit hook inside the child sees Python's socket, name look-up and urllib events, and the
  reader's loadResource calls and the document's image names show any picture it would fetch
  by address (QTextBrowser never opens a socket for one, so no network probe would notice).

The controls prove each probe can fail: the same child, told to connect, look a name up or put
a remote picture into the article, is caught by the probe that should catch it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from web_server import WebServer, jpeg, png

from desktop.import_service import import_paths
from desktop.model import BlockKind
from desktop.store import Store

REPO = Path(__file__).resolve().parents[1]
PROBE = Path(__file__).resolve().parent / "ui" / "offline_probe.py"
IMAGE_SCHEME = "qari-image"  # desktop.ui.document_builder.IMAGE_SCHEME (no Qt import here)
STRACE = shutil.which("strace")
NO_STRACE = "strace is missing or cannot trace here (ptrace): only the in-process probes ran"

FILLER = (
    "هذه فقرة طويلة من نص المقال تتحدث عن الأحداث الجارية في المنطقة وتفاصيلها الكثيرة "
    "التي يتابعها القراء كل يوم باهتمام كبير. "
)
BODY = f"<p>{FILLER * 3} <a href='https://example.org/more'>المزيد</a></p>"

INET_CONNECT = re.compile(r"\bconnect\(\d+, \{sa_family=AF_INET6?,")
INET_SOCKET = re.compile(r"\bsocket\(AF_INET6?,")
NAME_SERVICE = re.compile(r'sun_path="(/var)?/run/(nscd/socket|systemd/resolve/[^"]*)"')


@dataclass
class SavedArticle:
    library: Path
    article_id: int
    photo: bytes  # the two pictures the page had, as served
    chart: bytes


@pytest.fixture(scope="module")
def saved(tmp_path_factory) -> SavedArticle:
    """A library holding one article saved from the web: two pictures stored, one gone (its
    figure keeps its caption), links in the text. The server is stopped before any reading."""
    library = tmp_path_factory.mktemp("offline") / "library.sqlite3"
    photo, chart = jpeg(640, 360), png(300, 200)
    store = Store.open(library)
    try:
        with WebServer() as web:
            web.add("/media/photo.jpg", body=photo, content_type="image/jpeg")
            web.add("/media/chart.png", body=chart, content_type="image/png")
            url = web.page(
                "/news/story.html",
                "<!DOCTYPE html><html lang='ar' dir='rtl'><head><meta charset='utf-8'>"
                "<title>خبر محفوظ</title></head><body><article><h1>خبر محفوظ</h1>"
                + BODY
                + "<figure><img src='/media/photo.jpg' alt='حشود'><figcaption>حشود في الساحة "
                "<span class='credit'>تصوير: رويترز</span></figcaption></figure>"
                + BODY
                + "<figure><img src='/media/chart.png'><figcaption>رسم بياني</figcaption>"
                "</figure>"
                + BODY
                + "<figure><img src='/media/gone.jpg'><figcaption>صورة حذفت</figcaption>"
                "</figure>" + BODY + "</article></body></html>",
            )
            summary = import_paths(store, [url])
        [outcome] = summary.outcomes
        assert outcome.status == "added", outcome.reason
        assert any("gone.jpg" in w for w in outcome.warnings), outcome.warnings
        return SavedArticle(library, outcome.article_id, photo, chart)
    finally:
        store.close()


@pytest.fixture(scope="session")
def usable_strace() -> str | None:
    """strace's path when it can trace here (it may be missing, or ptrace not permitted)."""
    if STRACE is None:
        return None
    check = subprocess.run(
        [STRACE, "-f", "-o", os.devnull, sys.executable, "-c", "pass"], capture_output=True
    )
    return STRACE if check.returncode == 0 else None


@pytest.fixture
def strace(usable_strace: str | None) -> str:
    if usable_strace is None:
        pytest.skip(NO_STRACE)
    return usable_strace


@dataclass
class Probe:
    result: dict  # what the child recorded (see offline_probe.py)
    trace: list[str] | None  # strace's lines, when it ran

    def _lines(self, pattern: re.Pattern) -> list[str]:
        assert self.trace is not None, "this run was not traced"
        return [line for line in self.trace if pattern.search(line)]

    @property
    def inet_connects(self) -> list[str]:
        return self._lines(INET_CONNECT)

    @property
    def inet_sockets(self) -> list[str]:
        return self._lines(INET_SOCKET)

    @property
    def name_lookups(self) -> list[str]:
        return self._lines(NAME_SERVICE)

    @property
    def foreign_loads(self) -> list[str]:
        """Resources the reader asked for that are not our stored images."""
        return [n for n in self.result["loads"] if not n.startswith(f"{IMAGE_SCHEME}:")]


def run_probe(
    saved: SavedArticle, tmp_path: Path, mode: str, *, port: int = 9, strace: str | None = None
) -> Probe:
    out = tmp_path / f"{mode}.json"
    trace_file = tmp_path / f"{mode}.strace"
    command = [sys.executable, str(PROBE), mode, str(saved.library), str(saved.article_id)]
    command += [str(port), str(out)]
    if strace is not None:
        trace = ["-f", "-qq", "-e", "trace=connect,socket", "-o", str(trace_file)]
        command = [strace, *trace, *command]
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    # A guard against a hung child, not a timing assertion.
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-3000:]
    trace = trace_file.read_text().splitlines() if strace is not None else None
    return Probe(json.loads(out.read_text(encoding="utf-8")), trace)


def assert_shown_from_the_library(probe: Probe) -> None:
    result = probe.result
    assert result["painted"], "the article was never painted"
    assert result["title"] == "خبر محفوظ"
    assert [f["available"] for f in result["figures"]] == [True, True, False]
    images = result["images"]
    assert [i["name"].startswith(f"{IMAGE_SCHEME}:") for i in images] == [True, True]
    assert [(i["held"], i["width"]) for i in images] == [(True, 640), (True, 300)]


# --- what was stored ----------------------------------------------------------------------------


def test_the_saved_article_holds_its_pictures_and_no_picture_addresses(saved: SavedArticle):
    store = Store.open(saved.library)
    try:
        article = store.get_article(saved.article_id)
        figures = [b for b in article.blocks if b.kind == BlockKind.FIGURE]
        assert [f.text for f in figures] == ["حشود في الساحة", "رسم بياني", "صورة حذفت"]
        photo, chart, gone = (f.image for f in figures)
        assert gone is None  # the picture that could not be had is not an address to try later
        assert store.get_image(photo).data == saved.photo
        assert store.get_image(chart).data == saved.chart
        for block in article.blocks:
            assert block.image is None or re.fullmatch(r"[0-9a-f]{64}", block.image), block
            for field in (block.text, block.alt, block.credit):
                assert "://" not in field, block
    finally:
        store.close()


# --- reading ------------------------------------------------------------------------------------


def test_reading_opens_no_socket_python_probes(saved: SavedArticle, tmp_path: Path):
    probe = run_probe(saved, tmp_path, "read")
    assert_shown_from_the_library(probe)
    assert probe.result["network"] == []
    assert probe.foreign_loads == []


def test_reading_opens_no_socket_strace(saved: SavedArticle, tmp_path: Path, strace: str):
    probe = run_probe(saved, tmp_path, "read", strace=strace)
    assert_shown_from_the_library(probe)
    assert probe.inet_connects == []
    assert probe.inet_sockets == []  # not even an unconnected IP socket
    assert probe.name_lookups == []
    assert probe.result["network"] == []
    assert probe.foreign_loads == []


# --- the probes can fail --------------------------------------------------------------------------


@pytest.fixture
def listening():
    with WebServer() as web:
        yield web


def test_control_a_python_connection_is_caught(
    saved, tmp_path, listening: WebServer, usable_strace: str | None
):
    port = urlsplit(listening.url("/")).port
    strace = usable_strace  # without strace, the audit half still runs
    probe = run_probe(saved, tmp_path, "py-connect", port=port, strace=strace)
    assert_shown_from_the_library(probe)
    assert any(e.startswith("socket.connect(('127.0.0.1', ") for e in probe.result["network"])
    if strace is not None:
        assert any(f"htons({port})" in line for line in probe.inet_connects), probe.trace


def test_control_a_qt_connection_is_caught_by_strace(
    saved, tmp_path, listening: WebServer, strace: str
):
    port = urlsplit(listening.url("/")).port
    probe = run_probe(saved, tmp_path, "qt-connect", port=port, strace=strace)
    assert any(f"htons({port})" in line for line in probe.inet_connects), probe.trace
    # Python's audit hooks cannot see a socket opened in C++: the reason strace runs too.
    assert probe.result["network"] == []


def test_control_a_name_look_up_is_caught(saved, tmp_path):
    probe = run_probe(saved, tmp_path, "resolve")
    assert any(e.startswith("socket.getaddrinfo('localhost'") for e in probe.result["network"])


def test_control_a_remote_picture_in_the_article_is_caught(saved, tmp_path):
    probe = run_probe(saved, tmp_path, "remote-image", port=8123)
    assert "http://127.0.0.1:8123/remote.png" in probe.foreign_loads
    names = [i["name"] for i in probe.result["images"]]
    assert "http://127.0.0.1:8123/remote.png" in names
