"""Child process for tests/test_reading_offline.py: open a library, show one article in a
ReaderView offscreen until it is painted, and record every attempt to reach the network.

    python offline_probe.py MODE LIBRARY ARTICLE_ID PORT OUT.json

Recorded, as JSON in OUT.json:
- ``network``: Python audit events that reach for the network (socket.connect to an IP
  address, name look-ups, urllib/http.client requests), from a hook installed before Qt or the
  app is imported;
- ``loads``: every resource name the reader's QTextBrowser was asked to load (loadResource),
  and ``images``: every image name in the shown document with whether the document already
  holds it, so an image the reader would fetch by address shows up even though QTextBrowser
  itself never opens a socket for it;
- ``painted``: the article's viewport received a paint event.

MODE is ``read`` (just read), or a control that must be caught: ``py-connect`` (a Python
socket connects to 127.0.0.1:PORT), ``resolve`` (a host name look-up), ``qt-connect`` (a Qt
socket connects: invisible to Python's audit hooks, visible to strace) and ``remote-image``
(an <img> with an http address is put into the article before it is painted).

Connections made below Python (Qt, fontconfig, D-Bus) are for strace, run around this process
by the test.
"""

from __future__ import annotations

import json
import socket
import sys

NETWORK_EVENTS = {
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.gethostbyname_ex",
    "socket.gethostbyaddr",
    "socket.getnameinfo",
    "urllib.Request",
    "http.client.connect",
    "ftplib.connect",
    "smtplib.connect",
}
INET = (socket.AF_INET, socket.AF_INET6)
network: list[str] = []


def audit(event: str, args: tuple) -> None:
    if event in NETWORK_EVENTS:
        network.append(f"{event}{args!r}")
    elif event in ("socket.connect", "socket.sendto", "socket.sendmsg"):
        sock = args[0]
        if getattr(sock, "family", None) in INET:
            network.append(f"{event}{args[1:]!r}")


sys.addaudithook(audit)  # before anything else is imported


def main(mode: str, library: str, article_id: int, port: int, out: str) -> None:
    from pathlib import Path

    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer, QUrl
    from PySide6.QtGui import QImage, QPainter, QTextCursor, QTextDocument
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])

    from desktop.store import Store
    from desktop.ui import reader_view

    loads: list[str] = []
    qt_load = reader_view.QTextBrowser.loadResource

    def recording_load(self, kind, name):  # records every resource the reader asks for
        loads.append(name.toString())
        return qt_load(self, kind, name)

    reader_view._Browser.loadResource = recording_load

    store = Store.open(Path(library))
    view = reader_view.ReaderView(store)
    view.resize(900, 1200)
    loop = QEventLoop()
    painted: list[bool] = []

    class PaintSpy(QObject):
        def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint:
                painted.append(True)
                loop.quit()
            return False

    spy = PaintSpy()
    view.browser.viewport().installEventFilter(spy)
    view.show()
    view.show_article(article_id)
    if mode == "remote-image":
        cursor = QTextCursor(view.browser.document())
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        cursor.insertHtml(f'<img src="http://127.0.0.1:{port}/remote.png" width="40">')
    QTimer.singleShot(20_000, loop.quit)  # a guard only: the parent asserts "painted"
    if not painted:
        loop.exec()

    # Paint the whole document once more, below the fold too, so every image is drawn.
    document = view.browser.document()
    size = document.size().toSize()
    canvas = QImage(max(size.width(), 1), max(size.height(), 1), QImage.Format.Format_ARGB32)
    painter = QPainter(canvas)
    document.drawContents(painter)
    painter.end()
    app.processEvents()
    asked = list(loads)

    images = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fmt = fragments.fragment().charFormat()
            if fmt.isImageFormat():
                name = fmt.toImageFormat().name()
                held = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
                ok = isinstance(held, QImage) and not held.isNull()
                images.append({"name": name, "held": ok, "width": held.width() if ok else 0})
            fragments += 1
        block = block.next()

    if mode == "py-connect":
        socket.create_connection(("127.0.0.1", port), timeout=10).close()
    elif mode == "resolve":
        socket.getaddrinfo("localhost", port)
    elif mode == "qt-connect":
        from PySide6.QtNetwork import QTcpSocket

        tcp = QTcpSocket()
        tcp.connectToHost("127.0.0.1", port)
        tcp.waitForConnected(10_000)
        tcp.abort()

    figures = view.built.figures.values() if view.built else []
    result = {
        "painted": bool(painted),
        "title": view.article.title if view.article else "",
        "figures": [{"sha256": f.sha256, "available": f.available} for f in figures],
        "images": images,
        "loads": asked,
        "network": network,
    }
    view.close()
    store.close()
    Path(out).write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5])
