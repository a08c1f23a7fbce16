"""Save a web page from its address for offline reading: the article and its pictures.

The page is fetched once (``url_fetch``), extracted like a saved file (``html_page``), and
each picture that made it into the article is downloaded, checked and normalised
(``images``) and stored in the Article. A picture that cannot be had (gone, too big, not an
image, a decompression bomb) leaves its figure with its caption and no image, and a note in
``warnings``; only a page that cannot be read fails the import.
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

from desktop.importers.errors import TOO_MANY_PICTURES, ImportFailure, LeftOut, human_size
from desktop.importers.html_decode import decode_html
from desktop.importers.html_figures import FigureRef
from desktop.importers.html_page import data_uri_bytes, extract_article, first_image, note
from desktop.importers.images import MAX_IMAGE_BYTES, ImageRejected, prepare_image
from desktop.importers.url_fetch import (
    DEFAULT_TIMEOUT,
    MAX_PAGE_BYTES,
    NOT_HTML,
    fetch,
    normalise_url,
)
from desktop.importers.web_address import is_web_address
from desktop.model import Article, ImageData

HTML_TYPES = ("text/html", "application/xhtml+xml")
MAX_IMAGES = 40  # pictures downloaded for one article; more are kept as captions only
IMAGE_WORKERS = 4
IMAGES_BUDGET = 60.0  # seconds for all of an article's pictures together
_IMAGE_ACCEPT = "image/png,image/jpeg,image/gif,image/webp,image/*;q=0.8"


def import_url(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = MAX_PAGE_BYTES,
    max_images: int = MAX_IMAGES,
    warnings: list[str] | None = None,
) -> Article:
    """Fetch ``url`` and return its article with its images, or raise ImportFailure.

    ``timeout`` bounds the page request and each image request; ``max_bytes`` caps the page.
    Notes about images that could not be saved are appended to ``warnings``.
    """
    url = normalise_url(url)
    page = fetch(url, timeout=timeout, max_bytes=max_bytes)
    _check_html(url, page.content_type, page.data)
    text = decode_html(page.data, url, page.charset)

    def load(figures: list[FigureRef]) -> dict[int, ImageData]:
        return download_images(figures, timeout=timeout, max_images=max_images, warnings=warnings)

    article = extract_article(
        text, source=url, page_url=page.url, load_images=load, warnings=warnings
    )
    article.url = page.url
    return article


def _check_html(url: str, content_type: str, data: bytes) -> None:
    if content_type in HTML_TYPES:
        return
    head = data[:2048].lstrip().lower()
    looks_html = head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in head
    if content_type in ("", "text/plain", "application/octet-stream") and looks_html:
        return  # a server that does not say (or says wrongly) what it sends
    what = content_type or "data of no stated type"
    raise ImportFailure(url, f"the address is not a web page (the server sent {what})", NOT_HTML)


def download_images(
    figures: list[FigureRef],
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_images: int = MAX_IMAGES,
    warnings: list[str] | None = None,
) -> dict[int, ImageData]:
    """Images for ``figures`` by figure id, fetched a few at a time within IMAGES_BUDGET."""
    deadline = time.monotonic() + IMAGES_BUDGET
    wanted = figures[:max_images]
    if len(figures) > max_images:
        message = f"Only the first {max_images} of {len(figures)} pictures were saved."
        note(warnings, LeftOut(message, TOO_MANY_PICTURES, str(max_images)))

    def one(sources: tuple[str, ...]) -> ImageData | None:
        return first_image(sources, lambda src: _get_image(src, timeout, deadline), warnings)

    # The same picture used twice is fetched once.
    keys = {fig.id: tuple(fig.sources[:2]) for fig in wanted}
    unique = list(dict.fromkeys(keys.values()))
    with ThreadPoolExecutor(max_workers=IMAGE_WORKERS) as pool:
        got = dict(zip(unique, pool.map(one, unique), strict=True))
    return {fid: image for fid, key in keys.items() if (image := got[key]) is not None}


def _get_image(src: str, timeout: float, deadline: float) -> ImageData | None:
    if src.lower().startswith("data:"):
        return prepare_image(data_uri_bytes(src), "an inline image")
    if not is_web_address(src):
        return None
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise ImageRejected(src, "there was no time left to download it")
    got = fetch(
        src,
        timeout=min(timeout, remaining),
        max_bytes=MAX_IMAGE_BYTES,
        accept=_IMAGE_ACCEPT,
        what="image",
    )
    if (
        got.content_type
        and not got.content_type.startswith("image/")
        and got.content_type != "application/octet-stream"
    ):
        raise ImageRejected(
            src,
            f"the server sent {got.content_type} ({human_size(len(got.data))}) instead of an image",
            NOT_HTML,
        )
    return prepare_image(got.data, src)
