"""Fetch one web resource over HTTP(S) with hard limits, turning every failure into a sentence.

The standard library's urllib is enough here (redirects, proxies from the environment, TLS with
certificate checks) and adds no dependency; what it lacks is added on top: a whole-request
deadline (its timeout is per socket operation, so a server trickling one byte a second would
never time out), a size cap that holds even when the server lies about Content-Length or
compresses, a redirect limit, and http/https only (a redirect to file:// or ftp:// is refused).
"""

from __future__ import annotations

import http.client
import socket
import ssl
import time
import urllib.error
import urllib.parse
import urllib.request
import zlib
from dataclasses import dataclass
from email.message import Message

from desktop.importers.errors import TOO_LARGE, ImportFailure, human_size

# Failure kinds for network imports (beside those in errors.py), stable codes for the UI.
NOT_FOUND = "not_found"  # HTTP 404 / 410
HTTP_ERROR = "http_error"  # any other 4xx / 5xx answer
TIMEOUT = "timeout"  # no complete answer before the deadline
TLS = "tls"  # the secure connection failed (certificate, protocol)
NETWORK = "network"  # no route, name not found, refused, connection cut
REDIRECTS = "redirects"  # too many redirects, or a redirect loop
NOT_HTML = "not_html"  # the answer is not a web page (or not an image, for images)
BAD_URL = "bad_url"  # not an http(s) address

DEFAULT_TIMEOUT = 20.0
MAX_PAGE_BYTES = 20_000_000
MAX_REDIRECTS = 5
USER_AGENT = "Mozilla/5.0 (compatible; Qari/0.1; offline Arabic reader)"
_CHUNK = 64 * 1024


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # the final address, after redirects
    status: int
    content_type: str  # lower-case media type without parameters, "" when not sent
    charset: str | None  # from the Content-Type header, as sent
    data: bytes


def normalise_url(url: str) -> str:
    """``url`` with https:// added when a person typed a bare address; raises for other
    schemes (file:, javascript:, data: ...) so nothing but the web is ever fetched."""
    text = url.strip()
    if not text:
        raise ImportFailure(url or "(no address)", "the web address is empty", BAD_URL)
    parts = urllib.parse.urlsplit(text)
    if not parts.scheme and not text.startswith("/"):
        parts = urllib.parse.urlsplit("https://" + text)
    if parts.scheme.lower() not in ("http", "https"):
        raise ImportFailure(
            url,
            f"only http:// and https:// addresses can be saved (this one is {parts.scheme}:)",
            BAD_URL,
        )
    if not parts.hostname:
        raise ImportFailure(url, "it is not a valid web address (no host name)", BAD_URL)
    return urllib.parse.urlunsplit(parts)


class _Redirects(urllib.request.HTTPRedirectHandler):
    def __init__(self, limit: int) -> None:
        self.max_redirections = limit
        self.max_repeats = 2  # the same address a third time is a loop

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: D102
        scheme = urllib.parse.urlsplit(newurl).scheme.lower()
        if scheme not in ("http", "https"):
            raise ImportFailure(
                req.full_url,
                f"the server redirected to a {scheme}: address, which is not followed",
                REDIRECTS,
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _opener(max_redirects: int) -> urllib.request.OpenerDirector:
    context = ssl.create_default_context()  # verifies certificates and host names
    return urllib.request.build_opener(
        _Redirects(max_redirects), urllib.request.HTTPSHandler(context=context)
    )


def fetch(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = MAX_PAGE_BYTES,
    max_redirects: int = MAX_REDIRECTS,
    accept: str = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
    what: str = "page",
) -> Fetched:
    """GET ``url`` within ``timeout`` seconds in all and ``max_bytes`` bytes (after any gzip
    decoding), or raise ImportFailure saying what went wrong in words a reader understands.
    ``what`` ("page", "image") names the thing in messages."""
    url = normalise_url(url)
    deadline = time.monotonic() + timeout
    request = urllib.request.Request(
        url,
        headers={"User-Agent": USER_AGENT, "Accept": accept, "Accept-Encoding": "gzip, deflate"},
    )
    try:
        response = _opener(max_redirects).open(request, timeout=timeout)
    except ImportFailure:
        raise
    except urllib.error.HTTPError as exc:
        exc.close()
        raise _http_failure(url, exc, max_redirects, what) from None
    except urllib.error.URLError as exc:
        raise _network_failure(url, exc.reason, timeout) from None
    except (TimeoutError, OSError, http.client.HTTPException, ValueError) as exc:
        raise _network_failure(url, exc, timeout) from None
    with response:
        headers: Message = response.headers
        declared = headers.get("Content-Length", "")
        if declared.strip().isdigit() and int(declared) > max_bytes:
            raise _too_big(url, int(declared), max_bytes, what)
        try:
            data = _read(response, url, deadline, max_bytes, timeout, what, headers)
        except ImportFailure:
            raise
        except (TimeoutError, OSError, http.client.HTTPException, ValueError) as exc:
            raise _network_failure(url, exc, timeout) from None
        return Fetched(
            url=response.geturl(),
            status=response.status,
            content_type=headers.get_content_type() if headers.get("Content-Type") else "",
            charset=headers.get_content_charset(),
            data=data,
        )


def _read(response, url, deadline, max_bytes, timeout, what, headers: Message) -> bytes:
    encoding = headers.get("Content-Encoding", "").strip().lower()
    if encoding in ("gzip", "x-gzip"):
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    elif encoding == "deflate":
        inflater = zlib.decompressobj()
    elif encoding in ("", "identity"):
        inflater = None
    else:
        raise ImportFailure(
            url,
            f"the server sent the {what} in an encoding Qari cannot read ({encoding})",
            NOT_HTML,
        )
    parts: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise _timed_out(url, timeout)
        # read1: return what one socket read brings, so the deadline is checked often even
        # when a server trickles bytes.
        chunk = response.read1(_CHUNK)
        if not chunk:
            break
        if inflater is not None:
            # max_length bounds the output, so a gzip bomb is stopped after max_bytes + 1.
            chunk = inflater.decompress(chunk, max_bytes + 1 - size)
            if inflater.unconsumed_tail:
                raise _too_big(url, None, max_bytes, what)
        size += len(chunk)
        if size > max_bytes:
            raise _too_big(url, None, max_bytes, what)
        parts.append(chunk)
    if inflater is not None:
        tail = inflater.flush()
        size += len(tail)
        if size > max_bytes:
            raise _too_big(url, None, max_bytes, what)
        parts.append(tail)
    return b"".join(parts)


def _too_big(url: str, size: int | None, limit: int, what: str) -> ImportFailure:
    found = f"is {human_size(size)}" if size is not None else f"is larger than {human_size(limit)}"
    return ImportFailure(
        url, f"the {what} {found}; {what}s over {human_size(limit)} are not saved", TOO_LARGE
    )


def _timed_out(url: str, timeout: float) -> ImportFailure:
    return ImportFailure(
        url, f"the server did not send a complete answer within {timeout:g} seconds", TIMEOUT
    )


def _http_failure(url: str, exc: urllib.error.HTTPError, max_redirects: int, what: str):
    code, reason = exc.code, (exc.reason or "").strip()
    label = f"HTTP {code} {http.client.responses.get(code, reason)}".strip()
    if 300 <= code < 400:
        if "not allowed" in str(exc.msg):  # urllib refuses redirects to other schemes
            return ImportFailure(
                url,
                f"the server redirected to {exc.filename}, which is not followed (only http "
                "and https addresses are)",
                REDIRECTS,
            )
        if "loop" in str(exc.msg):  # urllib's words when it stops following redirects
            return ImportFailure(
                url,
                f"the address redirects too many times (more than {max_redirects}) or in a loop",
                REDIRECTS,
            )
        return ImportFailure(
            url, f"the server sent a redirect without a target ({label})", REDIRECTS
        )
    if code in (404, 410):
        return ImportFailure(url, f"the server says there is no such {what} ({label})", NOT_FOUND)
    if code in (401, 403):
        return ImportFailure(
            url, f"the server refused access; it may need a login ({label})", HTTP_ERROR
        )
    if code == 429:
        return ImportFailure(
            url, f"the server is limiting requests; try later ({label})", HTTP_ERROR
        )
    if code >= 500:
        return ImportFailure(url, f"the server had an error; try again later ({label})", HTTP_ERROR)
    return ImportFailure(url, f"the server refused the request ({label})", HTTP_ERROR)


def _network_failure(url: str, reason: object, timeout: float) -> ImportFailure:
    if isinstance(reason, ImportFailure):
        return reason
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return _timed_out(url, timeout)
    if isinstance(reason, ssl.SSLCertVerificationError):
        detail = reason.verify_message or reason.reason or str(reason)
        return ImportFailure(
            url,
            f"the secure connection failed: the site's certificate could not be verified "
            f"({detail})",
            TLS,
        )
    if isinstance(reason, ssl.SSLError):
        return ImportFailure(url, f"the secure connection failed ({reason.reason or reason})", TLS)
    if isinstance(reason, socket.gaierror):
        host = urllib.parse.urlsplit(url).hostname
        return ImportFailure(
            url,
            f"the host {host} could not be found (no network, or a mistyped address)",
            NETWORK,
        )
    if isinstance(reason, ConnectionRefusedError):
        return ImportFailure(url, "the server refused the connection", NETWORK)
    if isinstance(
        reason,
        (
            ConnectionResetError,
            http.client.IncompleteRead,
            http.client.RemoteDisconnected,
            BrokenPipeError,
        ),
    ):
        return ImportFailure(url, "the connection was cut before the answer was complete", NETWORK)
    if isinstance(reason, (http.client.InvalidURL, ValueError)):
        return ImportFailure(url, f"it is not a valid web address ({reason})", BAD_URL)
    return ImportFailure(url, f"the network request failed ({reason})", NETWORK)
