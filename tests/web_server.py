"""A real HTTP server on 127.0.0.1 for URL-import tests and benchmarks (no mocked network).

Routes are plain data: a status, headers and a body, or a generator for streamed bodies.
Delays wait on an Event that ``stop()`` sets, so a test that provokes a timeout never leaves a
thread sleeping behind it, and nothing here sleeps to make timing work.
"""

from __future__ import annotations

import io
import ssl
import struct
import threading
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    content_type: str | None = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering (released early by stop())
    stream: Callable[[threading.Event], Iterable[bytes]] | None = None  # body made on the fly
    content_length: bool = True  # send Content-Length (when the body is known)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.0"  # one request per connection, body ends at close

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self.server.requests.append(self.path)
        route = self.server.routes.get(self.path.split("?", 1)[0])
        if route is None:
            route = Route(404, b"<html><body><h1>Not found</h1></body></html>")
        if route.delay and self.server.released.wait(route.delay):
            return  # the server is stopping
        try:
            self.send_response(route.status)
            if route.content_type:
                self.send_header("Content-Type", route.content_type)
            for name, value in route.headers.items():
                self.send_header(name, value)
            if route.stream is None and route.content_length:
                self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            if route.stream is not None:
                for chunk in route.stream(self.server.released):
                    if self.server.released.is_set():
                        return
                    self.wfile.write(chunk)
            else:
                self.wfile.write(route.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (size cap, timeout): expected in these tests

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    routes: dict[str, Route]
    requests: list[str]
    released: threading.Event

    def handle_error(self, request, client_address) -> None:
        pass  # a client that hangs up mid-answer is not an error here


class WebServer:
    """``with WebServer() as web: web.add("/a", Route(body=...)); fetch(web.url("/a"))``"""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._scheme = "http"
        if tls is not None:  # answer https:// (with whatever certificate the context holds)
            self._server.socket = tls.wrap_socket(self._server.socket, server_side=True)
            self._scheme = "https"
        self._server.routes = {}
        self._server.requests = []
        self._server.released = threading.Event()
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def requests(self) -> list[str]:
        """Paths requested so far, in order."""
        return self._server.requests

    def url(self, path: str) -> str:
        host, port = self._server.server_address[:2]
        return f"{self._scheme}://{host}:{port}{path}"

    def add(self, path: str, route: Route | None = None, **kwargs) -> str:
        self._server.routes[path] = route or Route(**kwargs)
        return self.url(path)

    def page(self, path: str, html: str | bytes, **kwargs) -> str:
        body = html.encode("utf-8") if isinstance(html, str) else html
        return self.add(path, Route(body=body, **kwargs))

    def redirect(self, path: str, to: str, status: int = 302) -> str:
        return self.add(path, Route(status, b"", None, {"Location": to}))

    def start(self) -> WebServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.released.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=10)

    def __enter__(self) -> WebServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


# --- pictures for test pages -----------------------------------------------------------------


def png(width: int = 64, height: int = 48, *, alpha: bool = False, colour=(200, 40, 40)) -> bytes:
    from PIL import Image

    mode, fill = ("RGBA", (*colour, 128)) if alpha else ("RGB", colour)
    buf = io.BytesIO()
    Image.new(mode, (width, height), fill).save(buf, "PNG")
    return buf.getvalue()


def jpeg(width: int = 64, height: int = 48, *, colour=(20, 90, 200)) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buf, "JPEG", quality=80)
    return buf.getvalue()


def webp(width: int = 64, height: int = 48) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (width, height), (30, 160, 60)).save(buf, "WEBP")
    return buf.getvalue()


def bomb_png(width: int, height: int) -> bytes:
    """A few hundred bytes that claim ``width`` x ``height`` pixels (a decompression bomb)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1-bit grey
    rows = zlib.compress(b"\x00" * (1 + (width + 7) // 8) * 4)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")
    )
