"""Import a web page saved as one file: ``.mhtml``/``.mht``, what Chrome, Edge and Opera write
for "Webpage, Single File" and Internet Explorer for "Web Archive".

Such a file is a MIME message (RFC 2557): the page's HTML and the pictures it showed, each
part named by the address it came from (Content-Location) or by an ID (Content-ID). Python's
``email`` package reads the container; the page then goes through the same extraction as a
saved .html (``html_page.extract_article``), and its pictures come from the file's own parts:
never from the disk or the network.

Before this, such a file was read as text: its article was the MIME headers and a screen of
quoted-printable codes.
"""

from __future__ import annotations

import email.parser
import email.policy
import email.utils
import urllib.parse
from email.message import Message
from pathlib import Path

from desktop.importers.errors import (
    MISSING_FROM_PAGE,
    NO_ARTICLE,
    TOO_LARGE,
    ImportFailure,
    human_size,
)
from desktop.importers.html_decode import decode_html
from desktop.importers.html_figures import FigureRef
from desktop.importers.html_page import data_uri_bytes, extract_article, first_image
from desktop.importers.images import ImageRejected, prepare_image
from desktop.importers.url_fetch import MAX_PAGE_BYTES
from desktop.model import Article, ImageData

# A single-file page carries its pictures (and the page's style sheets, fonts and scripts) in
# base64, so it runs far larger than the page alone: a news page is often 5-15 MB.
MAX_MHTML_BYTES = 64_000_000


def import_mhtml_file(path: Path, data: bytes, *, warnings: list[str] | None = None) -> Article:
    """The article in a single-file saved page, with the pictures the file holds. Pictures it
    does not hold (a browser saves only what it had loaded) are noted in ``warnings``."""
    path = Path(path)
    if len(data) > MAX_MHTML_BYTES:
        raise ImportFailure(
            path,
            f"the saved page is {human_size(len(data))}; single-file pages over "
            f"{human_size(MAX_MHTML_BYTES)} are not imported",
            TOO_LARGE,
        )
    message = email.parser.BytesParser(policy=email.policy.compat32).parsebytes(data)
    root = _root_part(message)
    if root is None:
        raise ImportFailure(path, "the saved page holds no HTML page", NO_ARTICLE)
    page = root.get_payload(decode=True) or b""
    if len(page) > MAX_PAGE_BYTES:
        raise ImportFailure(
            path,
            f"the page in it is {human_size(len(page))}; pages over "
            f"{human_size(MAX_PAGE_BYTES)} are not imported",
            TOO_LARGE,
        )
    location = _location(root) or _header(message, "Snapshot-Content-Location")
    parts = _parts_by_address(message, location)
    text = decode_html(page, str(path), root.get_content_charset())

    def read(src: str) -> ImageData | None:
        if src.lower().startswith("data:"):
            return prepare_image(data_uri_bytes(src), "an inline image")
        part = parts.get(_absolute(location, src))
        if part is None:
            raise ImageRejected(
                src, "the saved page does not include the picture", MISSING_FROM_PAGE
            )
        return prepare_image(part.get_payload(decode=True) or b"", src)

    def load(figures: list[FigureRef]) -> dict[int, ImageData]:
        found: dict[int, ImageData] = {}
        for fig in figures:
            image = first_image(fig.sources, read, warnings)
            if image is not None:
                found[fig.id] = image
        return found

    web = location if urllib.parse.urlsplit(location).scheme in ("http", "https") else ""
    article = extract_article(
        text,
        source=str(path),
        page_url=web,
        load_images=load,
        warnings=warnings,
        fallback_title=path.stem,
    )
    article.url = article.url or web  # where it was saved from, when the page names no other
    return article


def _root_part(message: Message) -> Message | None:
    """The page itself: the part the ``start`` parameter names, else the first HTML part
    (browsers write the page first, then its frames and resources)."""
    if not message.is_multipart():
        return message if message.get_content_type() in _HTML_TYPES else None
    start = _content_id(email.utils.collapse_rfc2231_value(message.get_param("start") or ""))
    pages = [
        p for p in message.walk() if not p.is_multipart() and p.get_content_type() in _HTML_TYPES
    ]
    if start:
        named = [p for p in pages if _content_id(p.get("Content-ID", "")) == start]
        if named:
            return named[0]
    return pages[0] if pages else None


_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _parts_by_address(message: Message, base: str) -> dict[str, Message]:
    """Every resource part by the absolute address it came from, and by ``cid:`` ID."""
    found: dict[str, Message] = {}
    for part in message.walk():
        if part.is_multipart():
            continue
        where = _location(part)
        if where:
            found.setdefault(_absolute(base, where), part)
        cid = _content_id(part.get("Content-ID", ""))
        if cid:
            found.setdefault(f"cid:{cid}", part)
    return found


def _absolute(base: str, address: str) -> str:
    """An address as the parts are keyed: joined to the page's own, percent-escapes undone
    (one side of a pair may write a space as %20, the other not)."""
    address = address.strip()
    if address.lower().startswith("cid:"):
        return "cid:" + _content_id(address[4:])
    try:
        joined = urllib.parse.urljoin(base, address) if base else address
    except ValueError:
        joined = address
    return urllib.parse.unquote(joined.split("#", 1)[0])


def _location(part: Message) -> str:
    return _header(part, "Content-Location")


def _header(part: Message, name: str) -> str:
    value = part.get(name)
    return str(value).strip() if value else ""


def _content_id(value: str) -> str:
    return urllib.parse.unquote(str(value).strip().strip("<>").strip())
