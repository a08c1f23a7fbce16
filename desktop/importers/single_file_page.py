"""A web page saved as one file, whatever the container: the page's HTML and the resources the
browser had loaded, each under the address it came from. ``mhtml.py`` (Chrome, Edge, Opera,
Internet Explorer) and ``webarchive.py`` (Safari) each open their container into a
``SingleFilePage``; this module turns it into an Article like a saved .html
(``html_page.extract_article``), its pictures taken from the file's own resources: never from
the disk or the network.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from desktop.importers.errors import MISSING_FROM_PAGE, TOO_LARGE, ImportFailure, human_size
from desktop.importers.html_decode import decode_html
from desktop.importers.html_figures import FigureRef
from desktop.importers.html_page import data_uri_bytes, extract_article, first_image
from desktop.importers.images import ImageRejected, prepare_image
from desktop.importers.url_fetch import MAX_PAGE_BYTES
from desktop.model import Article, ImageData

# Such a file carries the page's pictures (and its style sheets, fonts and scripts), so it runs
# far larger than the page alone: a news page is often 5-15 MB.
MAX_SINGLE_FILE_BYTES = 64_000_000


@dataclass(slots=True)
class SingleFilePage:
    html: bytes
    charset: str | None  # what the container says the page is written in
    location: str  # the address the page was saved from ("" when not known)
    # Each resource's bytes, read when asked (most are style sheets and fonts, never wanted),
    # keyed by ``resource_key``.
    resources: Mapping[str, Callable[[], bytes]]


def check_size(path: Path, data: bytes) -> None:
    if len(data) > MAX_SINGLE_FILE_BYTES:
        raise ImportFailure(
            path,
            f"the saved page is {human_size(len(data))}; single-file pages over "
            f"{human_size(MAX_SINGLE_FILE_BYTES)} are not imported",
            TOO_LARGE,
        )


def resource_key(base: str, address: str) -> str:
    """An address as resources are keyed: joined to the page's own, percent-escapes undone
    (one side of a pair may write a space as %20, the other not), without a #fragment."""
    address = address.strip()
    if address.lower().startswith("cid:"):
        return "cid:" + content_id(address[4:])
    try:
        joined = urllib.parse.urljoin(base, address) if base else address
    except ValueError:
        joined = address
    return urllib.parse.unquote(joined.split("#", 1)[0])


def content_id(value: str) -> str:
    """A MIME Content-ID («<a@b>») or a ``cid:`` address's ID, as one comparable string."""
    return urllib.parse.unquote(str(value).strip().strip("<>").strip())


def import_single_file_page(
    path: Path, page: SingleFilePage, *, warnings: list[str] | None = None
) -> Article:
    """The page's article, with the pictures the file holds. A picture it does not hold (a
    browser saves only what it had loaded) keeps its caption and is noted in ``warnings``."""
    if len(page.html) > MAX_PAGE_BYTES:
        raise ImportFailure(
            path,
            f"the page in it is {human_size(len(page.html))}; pages over "
            f"{human_size(MAX_PAGE_BYTES)} are not imported",
            TOO_LARGE,
        )
    text = decode_html(page.html, str(path), page.charset)

    def read(src: str) -> ImageData | None:
        if src.lower().startswith("data:"):
            return prepare_image(data_uri_bytes(src), "an inline image")
        resource = page.resources.get(resource_key(page.location, src))
        if resource is None:
            raise ImageRejected(
                src, "the saved page does not include the picture", MISSING_FROM_PAGE
            )
        return prepare_image(resource(), src)

    def load(figures: list[FigureRef]) -> dict[int, ImageData]:
        found: dict[int, ImageData] = {}
        for fig in figures:
            # Every source is tried (each a look-up, not a download): a browser keeps only
            # the one it showed, often the widest of a srcset, after a lazy placeholder.
            image = first_image(fig.sources, read, warnings, tries=len(fig.sources))
            if image is not None:
                found[fig.id] = image
        return found

    web = page.location if urllib.parse.urlsplit(page.location).scheme in ("http", "https") else ""
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
