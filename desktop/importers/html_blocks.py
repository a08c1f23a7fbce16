"""Turn the extracted article markup into the model's plain-text blocks.

Headings, paragraphs, quotes and figures become blocks; list items and table rows become
paragraphs; a ``<br>`` ends a paragraph (interviews put the question and the answer in one
``<p>`` split by ``<br>``, and each reads better as its own block). Inline markup (links,
emphasis) leaves only its text. Attributes never become text, so no script, event handler or
``javascript:`` address can reach a block.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import html

from desktop.importers.html_figures import CAPTION_ATTR, FIG_ATTR, clean_text, element_text
from desktop.model import Block, BlockKind

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "aside",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "pre",
        "address",
        "center",
        "details",
        "summary",
        "body",
        "html",
        "hr",
        "figure",
        "figcaption",
        "caption",
        "hgroup",
    }
)
_CELLS = {"td", "th"}
_SKIP = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "head",
        "title",
        "iframe",
        "object",
        "embed",
        "svg",
        "math",
        "button",
        "select",
        "textarea",
        "input",
        "source",
        "picture",
    }
)


@dataclass(frozen=True, slots=True)
class FigureSlot:
    """A place in the block list for the figure with this marker id."""

    figure_id: int


class _Builder:
    def __init__(self) -> None:
        self.items: list[Block | FigureSlot] = []
        self.buf: list[str] = []
        self.kind = BlockKind.PARAGRAPH
        self.seen_figures: set[int] = set()
        self.pending: list[FigureSlot] = []  # images met inside a paragraph's text

    def flush(self) -> None:
        text = clean_text("".join(self.buf))
        self.buf.clear()
        if text:
            self.items.append(Block(self.kind, text))
        self.items.extend(self.pending)
        self.pending.clear()

    def visit(self, el) -> None:
        tag = el.tag if isinstance(el.tag, str) else None
        if tag is None or el.get(CAPTION_ATTR):
            return
        marker = el.get(FIG_ATTR)
        if marker:  # before the skipped tags: a figure may be marked on its <picture>
            self.figure(int(marker))
            return
        if tag in _SKIP:
            return
        if tag in ("img", "amp-img"):
            return  # an image the figure pass dropped as decorative
        if tag == "br":
            self.flush()
            return
        if tag in _HEADINGS:
            self.flush()
            text = element_text(el)
            if text:
                self.items.append(Block(BlockKind.HEADING, text))
            return
        if tag == "blockquote":
            self.flush()
            outer, self.kind = self.kind, BlockKind.QUOTE
            self.children(el)
            self.flush()
            self.kind = outer
            return
        block = tag in _BLOCK_TAGS
        if block:
            self.flush()
        elif tag in _CELLS and "".join(self.buf).strip():
            self.buf.append(" | ")
        self.children(el)
        if block:
            self.flush()
        elif tag in _CELLS:
            self.buf.append(" ")

    def children(self, el) -> None:
        if el.text:
            self.buf.append(el.text)
        for child in el:
            self.visit(child)
            if child.tail:
                self.buf.append(child.tail)

    def figure(self, figure_id: int) -> None:
        if figure_id in self.seen_figures:
            return
        self.seen_figures.add(figure_id)
        if clean_text("".join(self.buf)):
            # Inside a paragraph's text: the figure follows the paragraph, so no sentence is
            # cut in two (speech reads a block at a time).
            self.pending.append(FigureSlot(figure_id))
        else:
            self.flush()
            self.items.append(FigureSlot(figure_id))


def blocks_from_markup(root: html.HtmlElement) -> list[Block | FigureSlot]:
    """Blocks in reading order, with FigureSlot placeholders the page importer fills in."""
    builder = _Builder()
    builder.visit(root)
    builder.flush()
    return builder.items
