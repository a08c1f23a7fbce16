"""Open a page Safari saved as a Web Archive (``.webarchive``, its default "Save As" format).

The file is a property list (binary, or now and then XML), which the standard library's
``plistlib`` reads: ``WebMainResource`` holds the page's HTML with its address and encoding,
``WebSubresources`` every picture, style sheet and script it had loaded, each under its
address. ``single_file_page`` makes the article.
"""

from __future__ import annotations

import plistlib
from collections.abc import Callable
from pathlib import Path

from desktop.importers.errors import NO_ARTICLE, UNREADABLE, ImportFailure
from desktop.importers.single_file_page import (
    SingleFilePage,
    check_size,
    import_single_file_page,
    resource_key,
)
from desktop.importers.url_import import HTML_TYPES
from desktop.model import Article


def import_webarchive_file(
    path: Path, data: bytes, *, warnings: list[str] | None = None
) -> Article:
    path = Path(path)
    check_size(path, data)
    try:
        archive = plistlib.loads(data)
    except Exception as exc:  # plistlib raises a zoo of errors for a damaged file
        raise ImportFailure(path, f"the web archive is damaged ({type(exc).__name__})") from exc
    main = archive.get("WebMainResource") if isinstance(archive, dict) else None
    if not isinstance(main, dict):
        raise ImportFailure(path, "it is not a Safari web archive", UNREADABLE)
    html = main.get("WebResourceData")
    if str(main.get("WebResourceMIMEType", "")).lower() not in HTML_TYPES or not isinstance(
        html, bytes
    ):
        raise ImportFailure(path, "the web archive holds no HTML page", NO_ARTICLE)
    location = _text(main.get("WebResourceURL"))
    resources: dict[str, Callable[[], bytes]] = {}
    subresources = archive.get("WebSubresources")
    for resource in subresources if isinstance(subresources, list) else []:
        if not isinstance(resource, dict):
            continue
        address, body = _text(resource.get("WebResourceURL")), resource.get("WebResourceData")
        if address and isinstance(body, bytes):
            resources.setdefault(resource_key(location, address), lambda body=body: body)
    page = SingleFilePage(
        html=html,
        charset=_text(main.get("WebResourceTextEncodingName")) or None,
        location=location,
        resources=resources,
    )
    return import_single_file_page(path, page, warnings=warnings)


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""
