"""Import a web page (a saved .html/.htm file, or a page fetched from a URL) as an Article.

The pipeline: decode the bytes (``html_decode``), read the metadata while the page is whole
(``html_meta``), strip scripts and page furniture (``html_clean``), mark the figures with their
captions and credits (``html_figures``), let readability-lxml pick the article's part of the
page, and turn that markup into blocks (``html_blocks``). Images are only ever bytes handed in
by the caller's loader: reading a saved file never touches the network, and a saved file's
images are read only from inside the file's own folder.

readability-lxml was chosen over trafilatura for keeping the article's own markup (figures,
figcaptions and credit elements survive; trafilatura drops figcaption text), a quarter of the
install size and half the time; see docs/html-extraction.md.
"""

from __future__ import annotations

import base64
import logging
import re
import urllib.parse
import urllib.request
from collections.abc import Callable, Sequence
from pathlib import Path

from lxml import etree, html

from desktop.arabic import detect_direction
from desktop.importers.errors import (
    MISSING,
    NO_ARTICLE,
    PICTURE_NOT_SAVED,
    TOO_LARGE,
    ImportFailure,
    LeftOut,
    human_size,
)
from desktop.importers.html_blocks import FigureSlot, blocks_from_markup
from desktop.importers.html_clean import clean_tree
from desktop.importers.html_decode import decode_html
from desktop.importers.html_figures import FigureRef, collect_figures
from desktop.importers.html_lead import lead_figures
from desktop.importers.html_meta import BYLINE_WORDS, PageMeta, date_line, read_meta
from desktop.importers.html_parse import parse_page
from desktop.importers.images import (
    MAX_IMAGE_BYTES,
    ImageRejected,
    is_decorative_size,
    prepare_image,
)
from desktop.importers.long_blocks import split_long_blocks
from desktop.importers.url_fetch import MAX_PAGE_BYTES
from desktop.model import Article, Block, BlockKind, Direction, ImageData, language_for

log = logging.getLogger(__name__)

# Given the figures that made it into the article, return the stored image for each one it
# could get (by figure id); the rest stay figures without an image.
ImageLoader = Callable[[list[FigureRef]], dict[int, ImageData]]

# A byline: «بقلم فلان», «By Jane Doe», «حوار: …»; «تقرير» and «إعداد» only with their colon
# («تقرير أممي جديد يحذر …» is the article's first sentence). A line ending like a sentence is
# never one («By then it was all over.»).
_BYLINE = re.compile(
    r"^(?:(?:" + BYLINE_WORDS + r")\s*[:：]?|(?:إعداد|اعداد|تقرير)\s*[:：])"
    r"\s*(\S.{1,60}?)(?<![.!?؟…])$",
    re.IGNORECASE,
)
_LONG_PARAGRAPH_WORDS = 20
# A picture written into the page itself (data: address); real photos are files.
MAX_INLINE_IMAGE_BYTES = 5_000_000
_HEADER_BLOCKS = 4  # a date line or byline may follow a long standfirst


def import_html_file(path: Path, data: bytes, *, warnings: list[str] | None = None) -> Article:
    """Import a saved web page. Its images are read from its own folder (a saved page's
    ``NAME_files`` folder beside it), never from elsewhere on disk or from the network.
    Problems with single images are appended to ``warnings`` (and logged); a page that cannot
    be imported raises ImportFailure."""
    path = Path(path)
    if len(data) > MAX_PAGE_BYTES:
        raise ImportFailure(
            path,
            f"the page is {human_size(len(data))}; pages over {human_size(MAX_PAGE_BYTES)} are "
            "not imported",
            TOO_LARGE,
        )
    text = decode_html(data, str(path))
    folder = path.parent

    def read(src: str) -> ImageData | None:
        data = local_image(folder, src)
        return None if data is None else prepare_image(data, _short(src))

    def load(figures: list[FigureRef]) -> dict[int, ImageData]:
        found: dict[int, ImageData] = {}
        for fig in figures:
            image = first_image(fig.sources, read, warnings)
            if image is not None:
                found[fig.id] = image
        return found

    return extract_article(
        text, source=str(path), load_images=load, warnings=warnings, fallback_title=path.stem
    )


def extract_article(
    text: str,
    *,
    source: str,
    page_url: str = "",
    load_images: ImageLoader | None = None,
    warnings: list[str] | None = None,
    fallback_title: str = "",
) -> Article:
    """The article in the decoded page ``text``. ``page_url`` (for fetched pages) makes image
    addresses absolute; ``source`` names the page in error messages."""
    root = parse_page(text, source, warnings)
    meta = read_meta(root, text, page_url)
    base = _base_url(root, page_url)
    clean_tree(root)
    figures = collect_figures(root)
    if base:
        for fig in figures.values():
            fig.sources = [_join(base, s) for s in fig.sources]
    items = blocks_from_markup(_main_content(root))
    lead = lead_figures(root, items)  # the headline's photo, outside the body picked
    at = next((n for n, i in enumerate(items) if not _is_heading(i)), len(items))
    items[at:at] = lead
    wanted = [figures[i.figure_id] for i in items if isinstance(i, FigureSlot)]
    images = load_images(wanted) if load_images and wanted else {}
    blocks: list[Block] = []
    stored: dict[str, ImageData] = {}
    for item in items:
        if not isinstance(item, FigureSlot):
            blocks.append(item)
            continue
        fig = figures[item.figure_id]
        image = images.get(fig.id)
        if image is not None and is_decorative_size(image) and not fig.caption:
            continue  # an icon that slipped through: nothing to read or see
        if image is None and not (fig.caption or fig.alt or fig.credit):
            continue  # nothing to show and nothing to read
        if image is not None:
            stored[image.sha256] = image
        blocks.append(
            Block(
                BlockKind.FIGURE, fig.caption, fig.credit, fig.alt, image.sha256 if image else None
            )
        )
    # No title in the page's metadata: its first heading is the headline (and not a block).
    meta.title = meta.title or next((b.text for b in blocks if b.kind == BlockKind.HEADING), "")
    blocks = _tidy(blocks, meta)
    if not any(_has_letters(b.text) for b in blocks if b.kind != BlockKind.FIGURE):
        raise ImportFailure(source, "no article text was found in the page", NO_ARTICLE)
    title = meta.title or fallback_title
    sample = (" ".join(b.text for b in blocks[:40]) or title)[:4000]
    direction = detect_direction(sample)
    language = language_for(direction)
    if direction == Direction.AUTO:  # no letters of either kind: "en", shown left to right
        direction = Direction.LTR
    return Article(
        title=title,
        blocks=split_long_blocks(blocks),
        site=meta.site,
        url=meta.url,
        author=meta.author,
        published=meta.published,
        language=language,
        direction=direction,
        images={sha: stored[sha] for b in blocks if (sha := b.image) and sha in stored},
    )


def _main_content(root: html.HtmlElement) -> html.HtmlElement:
    """readability-lxml's choice of the article part, or the whole body if it finds none."""
    from readability import Document  # imported late: only HTML imports need it
    from readability.readability import Unparseable

    page = html.tostring(root, encoding="unicode")
    try:
        summary = Document(page).summary(html_partial=True, keep_all_images=True)
        chosen = html.fromstring(summary) if summary and summary.strip() else None
    except (Unparseable, etree.ParserError, ValueError) as exc:
        log.info("readability found no article part (%s); using the whole page", exc)
        chosen = None
    if chosen is None or not chosen.text_content().strip():
        body = root.find("body")
        return body if body is not None else root
    return chosen


def _tidy(blocks: list[Block], meta: PageMeta) -> list[Block]:
    """Drop the headline repeated from the title, a date line and a byline above the story
    (using them as metadata when the page had none), a doubled heading, and a caption
    repeated as a paragraph right after its figure."""
    out: list[Block] = []
    before_story = True
    title_key = _key(meta.title)
    for i, b in enumerate(blocks):
        if b.kind == BlockKind.PARAGRAPH and len(b.text.split()) >= _LONG_PARAGRAPH_WORDS:
            before_story = False
        if (before_story or i < _HEADER_BLOCKS) and b.kind in (
            BlockKind.HEADING,
            BlockKind.PARAGRAPH,
        ):
            if title_key and _key(b.text) == title_key:
                continue
            if b.kind == BlockKind.PARAGRAPH and len(b.text.split()) <= 15:
                date = date_line(b.text)
                if date:
                    meta.published = meta.published or date
                    continue
                m = _BYLINE.match(b.text)
                if m and len(m.group(1).split()) <= 6:
                    meta.author = meta.author or m.group(1).strip(" .،,")
                    continue
        if b.kind == BlockKind.HEADING and out and out[-1] == b:
            continue  # a heading printed twice (a paragraph may repeat on purpose: a refrain)
        if (
            out
            and b.kind != BlockKind.FIGURE
            and out[-1].kind == BlockKind.FIGURE
            and out[-1].text
            and b.text == out[-1].text
        ):
            continue  # the caption again as a paragraph
        out.append(b)
    return out


def _is_heading(item: Block | FigureSlot) -> bool:
    return isinstance(item, Block) and item.kind == BlockKind.HEADING


def _has_letters(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def _key(text: str) -> str:
    return " ".join(re.sub(r"[\W_]+", " ", text).split()).casefold()


def _base_url(root: html.HtmlElement, page_url: str) -> str:
    if not page_url:
        return ""
    for base in root.iter("base"):
        href = (base.get("href") or "").strip()
        if href:
            joined = _join(page_url, href)
            if urllib.parse.urlsplit(joined).scheme in ("http", "https"):
                return joined
    return page_url


def _join(base: str, src: str) -> str:
    if src.startswith("data:"):
        return src
    try:
        return urllib.parse.urljoin(base, src)
    except ValueError:
        return src


def first_image(
    sources: Sequence[str],
    get: Callable[[str], ImageData | None],
    warnings: list[str] | None,
    tries: int = 2,
) -> ImageData | None:
    """The first of ``sources`` (``tries`` at most: each may be a download) that ``get`` turns
    into a stored image; ``get`` gives None for a source it does not read and raises
    ImportFailure for a bad one. When none works, the first one's problem is noted: a lazy
    page's placeholder failing is no news when the real picture is read."""
    problems = []
    for src in sources[:tries]:
        try:
            image = get(src)
        except ImportFailure as exc:
            problems.append(exc)
            continue
        if image is not None:
            return image
    if problems:
        note(warnings, picture_not_saved(problems[0]))
    return None


def picture_not_saved(exc: ImportFailure) -> LeftOut:
    return LeftOut(
        f"Picture not saved ({exc.path}): {exc.reason}.", PICTURE_NOT_SAVED, exc.path, exc.kind
    )


def note(warnings: list[str] | None, message: str) -> None:
    """Tell the caller about something left out: in ``warnings`` when it collects them (the
    caller shows them), else in the log."""
    if warnings is not None:
        warnings.append(message)
        log.debug("%s", message)
    else:
        log.warning("%s", message)


def _short(src: str) -> str:
    return src if len(src) <= 120 else src[:60] + "…" + src[-40:]


def data_uri_bytes(src: str, max_bytes: int = MAX_INLINE_IMAGE_BYTES) -> bytes:
    """The bytes of a ``data:`` image (already part of the page: no loading involved)."""
    header, _, payload = src.partition(",")
    if len(payload) > max_bytes * 4 // 3 + 4:
        raise ImageRejected(
            _short(src), f"the inline image is over {human_size(max_bytes)}", TOO_LARGE
        )
    try:
        if header.lower().endswith(";base64"):
            return base64.b64decode(payload, validate=False)
        return urllib.parse.unquote_to_bytes(payload)
    except ValueError as exc:
        raise ImageRejected(_short(src), f"the inline image is damaged ({exc})") from exc


def local_image(folder: Path, src: str) -> bytes | None:
    """Bytes of the image ``src`` refers to, read only from inside ``folder``.

    Remote addresses give None (a saved page is read offline). Absolute paths, ``..`` steps
    and symbolic links that lead out of the folder are refused with ImageRejected.
    """
    src = src.strip()
    if src.lower().startswith("data:"):
        return data_uri_bytes(src)
    parts = urllib.parse.urlsplit(src.replace("\\", "/"))
    scheme = parts.scheme.lower()
    if scheme in ("http", "https") or src.startswith("//"):
        return None
    if scheme == "file":
        if parts.netloc not in ("", "localhost"):
            return None
        candidate = Path(urllib.request.url2pathname(parts.path))
    elif scheme:
        raise ImageRejected(_short(src), f"{scheme}: image addresses are not read")
    else:
        relative = urllib.parse.unquote(parts.path)
        if not relative:
            return None
        if relative.startswith("/"):
            raise ImageRejected(
                _short(src),
                "the image path is absolute; only images inside the page's folder are read",
            )
        candidate = folder / relative
    base = folder.resolve()
    try:
        resolved = candidate.resolve()
    except (OSError, RuntimeError) as exc:  # symlink loops
        raise ImageRejected(_short(src), f"the image path cannot be followed ({exc})") from exc
    if not resolved.is_relative_to(base):
        raise ImageRejected(_short(src), "the image path leads outside the page's folder")
    if not resolved.is_file():  # saved as "HTML only", or the folder was not copied with it
        raise ImageRejected(_short(src), "the picture's file is not in the page's folder", MISSING)
    size = resolved.stat().st_size
    if size > MAX_IMAGE_BYTES:
        raise ImageRejected(
            _short(src),
            f"the image is {human_size(size)}, over the {human_size(MAX_IMAGE_BYTES)} limit",
            TOO_LARGE,
        )
    try:
        return resolved.read_bytes()
    except OSError as exc:
        raise ImageRejected(_short(src), f"the image could not be read ({exc.strerror})") from exc
