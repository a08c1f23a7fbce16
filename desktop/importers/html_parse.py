"""Parse a page's markup into a tree without losing the end of a badly nested page.

Older Arabic news sites (and pages saved from them) leave ``<font>``, ``<span>`` or ``<div>``
open at every paragraph, so each paragraph sits one level deeper than the one before.
libxml2 stops reading at 256 levels by default, silently: a 600-paragraph page kept its first
125. Parsing with ``huge_tree`` raises the limit to 2048; past that, the purely presentational
tags are taken out of the markup and the page read again; and a page that still nests too
deeply is read as far as it goes, with a warning. The tree is then flattened, because the
extractor parses its own copy again (at the default limit) and the block walk recurses.
"""

from __future__ import annotations

import logging
import re

from lxml import etree, html

from desktop.importers.errors import NO_ARTICLE, PAGE_CUT_SHORT, ImportFailure, LeftOut

log = logging.getLogger(__name__)

# A page nested deeper than this is flattened; the blocks the article is read from stay.
MAX_NESTING = 128
_BLOCKS = frozenset(
    [
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "figure",
        "figcaption",
        "picture",
        "img",
        "source",
        "br",
        "hr",
        "pre",
    ]
)
_PRESENTATION_TAGS = re.compile(
    r"</?(?:font|span|b|i|u|s|em|strong|small|big|tt|strike|center|nobr)\b[^>]*>", re.IGNORECASE
)


def parse_page(text: str, source: str, warnings: list[str] | None = None) -> html.HtmlElement:
    """The page's tree, nested no deeper than ``MAX_NESTING`` wrappers."""
    if not text.strip():
        raise ImportFailure(source, "the page is empty", NO_ARTICLE)
    root, too_deep = _parse(text, source)
    if too_deep:
        log.info("%s nests deeper than libxml2 reads; reading it without presentation tags", source)
        root, too_deep = _parse(_PRESENTATION_TAGS.sub("", text), source)
    if too_deep:
        message = LeftOut(
            "the page's markup nests too deeply to be read to the end; part may be missing",
            PAGE_CUT_SHORT,
        )
        log.warning("%s: %s", source, message)
        if warnings is not None:
            warnings.append(message)
    flatten_deep_nesting(root)
    return root


def _parse(text: str, source: str) -> tuple[html.HtmlElement, bool]:
    parser = html.HTMLParser(huge_tree=True)  # one per parse: imports run on worker threads
    try:
        root = html.document_fromstring(text, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise ImportFailure(source, f"its markup could not be read ({exc})", NO_ARTICLE) from exc
    too_deep = any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log)
    return root, too_deep


def flatten_deep_nesting(root: html.HtmlElement, limit: int = MAX_NESTING) -> None:
    """In a page nested deeper than ``limit``, unwrap the elements the deep ones sit in (but
    the article's blocks, ``<html>`` and ``<body>``), keeping text and children in order.

    Only the deep part flattened would be one element holding most of the paragraphs, and the
    extractor would take it for the article and leave out the paragraphs above it; so the
    whole chain of unclosed wrappers goes, and the paragraphs end up side by side.
    """
    depth = {root: 0}
    deep = []
    stack = [root]
    while stack:  # no recursion: the tree can be 2048 levels deep
        el = stack.pop()
        for child in el.iterchildren(tag=etree.Element):
            depth[child] = depth[el] + 1
            if depth[child] > limit:
                deep.append(child)
            stack.append(child)
    unwrap: dict[html.HtmlElement, None] = {}
    for el in deep:
        while el is not None and el not in unwrap:
            if el.tag not in _BLOCKS and el.tag not in ("html", "body", "head"):
                unwrap[el] = None
            el = el.getparent()
    for el in unwrap:
        el.drop_tag()
