"""The article's lead picture, which news sites put under the headline, outside the body.

A typical story page is ``<article><h1/><figure class="lead"/><div class="body"><p/>…``:
the extractor picks the body, the part with the paragraphs, and the lead photo with its
caption and credit was lost. Here the figures the extractor left out are looked for between
the headline and the article's first paragraph in the full page. A picture there that is a
link is a teaser for another story, not the lead.
"""

from __future__ import annotations

from lxml import etree, html

from desktop.importers.html_blocks import FigureSlot
from desktop.importers.html_figures import FIG_ATTR, clean_text, element_text
from desktop.model import Block, BlockKind

MAX_LEAD_FIGURES = 2
_MATCH_CHARS = 60  # of the first paragraph's text, to find it in the full page
_PAGE_LEVEL = ("html", "body")


def lead_figures(root: html.HtmlElement, items: list[Block | FigureSlot]) -> list[FigureSlot]:
    """Slots for the pictures before the extracted article ``items`` in ``root`` (the full,
    marked page), in page order; none when the article's start cannot be found in it."""
    first = next((b for b in items if isinstance(b, Block) and b.kind == BlockKind.PARAGRAPH), None)
    start = _element_starting_with(root, first.text[:_MATCH_CHARS]) if first else None
    if start is None:
        return []
    used = {i.figure_id for i in items if isinstance(i, FigureSlot)}
    headline = None
    marked: dict[int, list[html.HtmlElement]] = {}  # a figure's container and its image
    for el in root.iter(tag=etree.Element):
        if el is start:
            break
        if el.tag == "h1":
            headline, marked = el, {}  # only what follows the last headline before it
        marker = el.get(FIG_ATTR)
        if marker and int(marker) not in used:
            marked.setdefault(int(marker), []).append(el)
    found = []
    for figure_id, elements in marked.items():
        if any(_in_link(el) for el in elements):
            continue  # a teaser for another story
        if headline is None and _common_ancestor(elements[0], start).tag in _PAGE_LEVEL:
            continue  # no headline to go by, and nothing but the page holds both
        found.append(FigureSlot(figure_id))
    return found[:MAX_LEAD_FIGURES]


def _element_starting_with(root: html.HtmlElement, text: str) -> html.HtmlElement | None:
    """The paragraph (or, for text not in one, the element whose own text) starting with
    ``text``. Only paragraphs are compared whole: a container's text is the page's."""
    for el in root.iter("p"):
        if element_text(el).startswith(text):  # as the block's text was read (<br> a space)
            return el
    for el in root.iter(tag=etree.Element):
        if el.text and clean_text(el.text).startswith(text[:30]):
            return el
    return None


def _in_link(el: html.HtmlElement) -> bool:
    return any(a.get("href") for a in el.iterancestors("a")) or (
        el.tag == "a" and bool(el.get("href"))
    )


def _common_ancestor(a: html.HtmlElement, b: html.HtmlElement) -> html.HtmlElement:
    ancestors = set(a.iterancestors())
    return next((el for el in b.iterancestors() if el in ancestors), b.getroottree().getroot())
