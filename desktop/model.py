"""The article model: plain dataclasses shared by the store, importers, speech and the UI.

No Qt here. Offsets are always code points inside one block's ``text``, never rendered positions,
so anchors survive re-rendering, font changes and re-imports.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum


def now_iso() -> str:
    """The clock of every *_at field (imported_at, created_at, updated_at, last_read)."""
    return datetime.now(UTC).isoformat(timespec="seconds")


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    QUOTE = "quote"
    FIGURE = "figure"


class Direction(StrEnum):
    RTL = "rtl"
    LTR = "ltr"
    AUTO = "auto"


def language_for(direction: Direction) -> str:
    """``arabic.guess_language`` for text whose direction is already known (it would count
    the letters again): "ar" for right-to-left text, "en" otherwise."""
    return "ar" if direction == Direction.RTL else "en"


@dataclass(frozen=True, slots=True)
class Block:
    """One block of an article.

    For a figure, ``text`` is the caption: it is what is shown under the image, read aloud and
    anchored to, so every kind of block keeps its readable text in the same field.
    ``image`` is the content hash of a stored image, or None when no image is available offline.
    """

    kind: BlockKind
    text: str
    credit: str = ""
    alt: str = ""
    image: str | None = None


@dataclass(frozen=True, slots=True)
class ImageData:
    """An image kept with its article so the library works offline."""

    sha256: str
    mime: str
    data: bytes
    width: int = 0
    height: int = 0

    @classmethod
    def from_bytes(cls, data: bytes, mime: str, width: int = 0, height: int = 0) -> ImageData:
        from hashlib import sha256  # OpenSSL loads when hashing, not when the app starts

        return cls(sha256(data).hexdigest(), mime, data, width, height)


@dataclass(slots=True)
class Article:
    title: str
    blocks: list[Block]
    site: str = ""
    url: str = ""
    author: str = ""
    published: str = ""  # ISO 8601 date or date-time as found; "" when unknown
    language: str = "ar"
    direction: Direction = Direction.RTL
    imported_at: str = ""  # ISO 8601 UTC, set by the store
    content_hash: str = ""  # computed from title and blocks when left empty
    id: int | None = None
    images: dict[str, ImageData] = field(default_factory=dict)  # sha256 -> image, for blocks

    def __post_init__(self) -> None:
        if not self.content_hash:
            self.content_hash = content_hash(self.title, self.blocks)

    @property
    def text(self) -> str:
        """All readable text, non-empty blocks joined by blank lines: what a W3C
        TextPositionSelector in the notes export counts in (``notes_export._position_selector``
        computes the same offsets without building the string; tests compare the two)."""
        return "\n\n".join(b.text for b in self.blocks if b.text)

    def word_count(self) -> int:
        return sum(len(b.text.split()) for b in self.blocks)


def content_hash(title: str, blocks: list[Block]) -> str:
    """Identity of an article's content: the same text imported twice has the same hash.

    Normalised to NFC and with whitespace collapsed, so a re-save with other line endings or an
    encoding round trip is still recognised as the same article.
    """
    from hashlib import sha256  # OpenSSL loads when hashing, not when the app starts

    h = sha256()
    for part in [title, *(f"{b.kind}\x1f{b.text}\x1f{b.credit}" for b in blocks)]:
        h.update(" ".join(unicodedata.normalize("NFC", part).split()).encode("utf-8"))
        h.update(b"\x1e")
    return h.hexdigest()


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """One row of the library list: what the list shows without loading the blocks."""

    id: int
    title: str
    site: str
    published: str
    imported_at: str
    language: str
    direction: Direction
    word_count: int
    progress: float  # 0.0 .. 1.0
    last_read: str  # ISO 8601 or ""
    note_count: int = 0


@dataclass(frozen=True, slots=True)
class Snippet:
    """Original text around a search match; ``marks`` are (start, end) code-point spans in it."""

    text: str
    marks: tuple[tuple[int, int], ...]

    def render(self, before: str = "[", after: str = "]") -> str:
        out, pos = [], 0
        for start, end in self.marks:
            out += [self.text[pos:start], before, self.text[start:end], after]
            pos = end
        out.append(self.text[pos:])
        return "".join(out)


@dataclass(frozen=True, slots=True)
class SearchHit:
    article: ArticleSummary
    snippet: Snippet


@dataclass(frozen=True, slots=True)
class Position:
    """A place in an article: block index and code-point offset in that block."""

    block: int
    offset: int = 0


@dataclass(frozen=True, slots=True)
class ReadingState:
    article_id: int
    position: Position
    progress: float
    last_read: str


@dataclass(frozen=True, slots=True)
class TextQuote:
    """Where a note is and what it quotes (the W3C TextQuoteSelector idea), for re-anchoring."""

    block: int
    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""


@dataclass(slots=True)
class Bookmark:
    article_id: int
    position: Position
    name: str = ""
    created_at: str = ""
    id: int | None = None


@dataclass(slots=True)
class Highlight:
    article_id: int
    quote: TextQuote
    colour: str = "yellow"
    style: str = "background"  # or "underline": a mark that does not depend on colour
    note: str = ""
    note_direction: Direction = Direction.AUTO
    note_language: str = ""
    orphaned: bool = False
    created_at: str = ""
    updated_at: str = ""
    id: int | None = None
