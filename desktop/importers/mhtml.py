"""Open a page saved as ``.mhtml``/``.mht``: what Chrome, Edge and Opera write for "Webpage,
Single File" and Internet Explorer for "Web Archive".

Such a file is a MIME message (RFC 2557): the page's HTML and the resources it showed, each
part named by the address it came from (Content-Location) or by an ID (Content-ID). Python's
``email`` package reads the container; ``single_file_page`` makes the article.

Before this, such a file was read as text: its article was the MIME headers and a screen of
quoted-printable codes.
"""

from __future__ import annotations

import email.parser
import email.policy
import email.utils
from collections.abc import Callable
from email.message import Message
from pathlib import Path

from desktop.importers.errors import NO_ARTICLE, ImportFailure
from desktop.importers.single_file_page import (
    SingleFilePage,
    check_size,
    content_id,
    import_single_file_page,
    resource_key,
)
from desktop.importers.url_import import HTML_TYPES
from desktop.model import Article


def import_mhtml_file(path: Path, data: bytes, *, warnings: list[str] | None = None) -> Article:
    path = Path(path)
    check_size(path, data)
    message = email.parser.BytesParser(policy=email.policy.compat32).parsebytes(data)
    root = _root_part(message)
    if root is None:
        raise ImportFailure(path, "the saved page holds no HTML page", NO_ARTICLE)
    location = _header(root, "Content-Location") or _header(message, "Snapshot-Content-Location")
    page = SingleFilePage(
        html=root.get_payload(decode=True) or b"",
        charset=root.get_content_charset(),
        location=location,
        resources=_parts_by_address(message, location),
    )
    return import_single_file_page(path, page, warnings=warnings)


def _root_part(message: Message) -> Message | None:
    """The page itself: the part the ``start`` parameter names, else the first HTML part
    (browsers write the page first, then its frames and resources)."""
    if not message.is_multipart():
        return message if message.get_content_type() in HTML_TYPES else None
    start = content_id(email.utils.collapse_rfc2231_value(message.get_param("start") or ""))
    pages = [
        p for p in message.walk() if not p.is_multipart() and p.get_content_type() in HTML_TYPES
    ]
    if start:
        named = [p for p in pages if content_id(p.get("Content-ID", "")) == start]
        if named:
            return named[0]
    return pages[0] if pages else None


def _parts_by_address(message: Message, base: str) -> dict[str, Callable[[], bytes]]:
    """Every part's decoded bytes, to read when asked, by the address it came from and by
    ``cid:`` ID."""
    found: dict[str, Callable[[], bytes]] = {}
    for part in message.walk():
        if part.is_multipart():
            continue

        def read(part: Message = part) -> bytes:
            return part.get_payload(decode=True) or b""

        where = _header(part, "Content-Location")
        if where:
            found.setdefault(resource_key(base, where), read)
        cid = content_id(part.get("Content-ID", ""))
        if cid:
            found.setdefault(f"cid:{cid}", read)
    return found


def _header(part: Message, name: str) -> str:
    value = part.get(name)
    return str(value).strip() if value else ""
