"""Notes out of Qari and back in: Markdown, HTML, W3C Web Annotation JSON, CSV, citations.

Qt-free (the CLI uses it). Every format keeps right-to-left text right: the HTML and Markdown
mark each article and each note with its own ``dir`` and ``lang``, so an English note on an
Arabic article stays left-to-right.

JSON follows the W3C Web Annotation Data Model (an ``AnnotationCollection``): a highlight is an
``Annotation`` whose target has a ``TextQuoteSelector`` (exact, prefix, suffix) and a
``TextPositionSelector`` over ``Article.text``; a note is a ``TextualBody`` with ``language`` and
``textDirection``. What the model has no word for (colour, block offsets, orphaned) is kept under
the ``qari:`` prefix, so JSON out and back in gives the same notes. Import finds each note's
article by content hash, then URL, then title, and re-anchors the quote against the article as
it is in this library; a note whose article is not here is reported, never silently dropped.

CSV has one row per highlight or bookmark with every field, UTF-8 with a BOM when written to a
file (spreadsheet programs need it to read Arabic), and imports back losslessly too.

Import reads the whole file (at most ``MAX_IMPORT_BYTES``) and checks every note before it
writes anything: a malformed one raises ``ImportFormatError`` naming the annotation or line and
what is wrong, and the notes are then added in one transaction.
"""

from __future__ import annotations

import contextlib
import csv
import html
import io
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from desktop.arabic import detect_direction, guess_language
from desktop.importers.web_address import is_web_address
from desktop.model import Direction, Highlight, Position, TextQuote, now_iso
from desktop.notes import (
    COLOURS,
    EXPORT_FORMATS,
    IMPORT_FORMATS,
    STYLES,
    BookmarkEntry,
    NoteEntry,
    Notes,
)

QARI_NS = "urn:qari:"
ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
# The light theme's note colours (desktop/ui/themes.py; a test keeps the two in step).
HTML_COLOURS = {
    "yellow": "#fff1a0",
    "green": "#c9f0c3",
    "blue": "#cde2ff",
    "pink": "#ffd4e8",
    "orange": "#ffd9b5",
}

LABELS = {
    "en": {
        "notes": "Notes",
        "bookmarks": "Bookmarks",
        "orphaned": "not found in the current text of the article",
        "untitled": "Untitled",
        "yellow": "yellow",
        "green": "green",
        "blue": "blue",
        "pink": "pink",
        "orange": "orange",
        "underline": "underlined",
        "bookmark": "Bookmark",
    },
    "ar": {
        "notes": "الملاحظات",
        "bookmarks": "العلامات المرجعية",
        "orphaned": "لم يعثر عليه في نص المقال الحالي",
        "untitled": "بلا عنوان",
        "yellow": "أصفر",
        "green": "أخضر",
        "blue": "أزرق",
        "pink": "وردي",
        "orange": "برتقالي",
        "underline": "مسطر",
        "bookmark": "علامة",
    },
}


# Why a file cannot be imported, as stable codes: the message is an English sentence for the CLI
# and for details; the window says the reason in its own language from the code.
UNSUPPORTED = "unsupported"  # not JSON or CSV (Markdown and HTML exports are for reading)
TOO_LARGE = "too_large"
NOT_TEXT = "not_text"  # not UTF-8
NOT_JSON = "not_json"  # not valid JSON (or nested too deeply)
NOT_NOTES = "not_notes"  # valid JSON or CSV, but not Web Annotations or a Qari notes CSV
BAD_ANNOTATION = "bad_annotation"  # ``number`` is the annotation (from 1)
BAD_LINE = "bad_line"  # ``number`` is the CSV line (the header is line 1)


class ImportFormatError(ValueError):
    """The file is not a notes export Qari can read. The message says what is wrong and where;
    ``kind`` is one of the codes above and ``number`` the annotation or line at fault (0 when
    the fault is the whole file)."""

    def __init__(self, message: str, kind: str = NOT_NOTES, number: int = 0) -> None:
        super().__init__(message)
        self.kind = kind
        self.number = number

    def __reduce__(self):  # keeps kind and number through pickling, as ImportFailure does
        return (type(self), (str(self), self.kind, self.number))


@dataclass(frozen=True, slots=True)
class ArticleRef:
    """How an export names an article, so an import can find it in another library."""

    title: str
    site: str = ""
    url: str = ""
    published: str = ""
    language: str = "ar"
    direction: Direction = Direction.RTL
    content_hash: str = ""
    id: int | None = None


@dataclass(slots=True)
class ExportSet:
    """Notes to export, grouped by article (in ``articles`` order)."""

    articles: dict[int, ArticleRef] = field(default_factory=dict)
    highlights: list[Highlight] = field(default_factory=list)
    bookmarks: list[BookmarkEntry] = field(default_factory=list)
    texts: dict[int, list[str]] = field(default_factory=dict)  # block texts, for positions

    def by_article(self) -> list[tuple[ArticleRef, list[Highlight], list[BookmarkEntry]]]:
        out = []
        for aid, ref in self.articles.items():
            hs = [h for h in self.highlights if h.article_id == aid]
            bs = [b for b in self.bookmarks if b.article_id == aid]
            if hs or bs:
                out.append((ref, hs, bs))
        return out

    def __len__(self) -> int:
        return len(self.highlights) + len(self.bookmarks)


@dataclass(slots=True)
class ImportItem:
    article: ArticleRef
    highlight: Highlight | None = None
    bookmark: BookmarkEntry | None = None


@dataclass(slots=True)
class ImportReport:
    added: int = 0
    duplicates: int = 0
    orphaned: int = 0  # imported, but the quote is not in this library's text of the article
    missing: dict[str, int] = field(default_factory=dict)  # article title -> notes not imported

    @property
    def skipped(self) -> int:
        return sum(self.missing.values())

    def summary(self) -> str:
        text = (
            f"Imported {self.added} notes ({self.orphaned} not found in the article text), "
            f"{self.duplicates} already there."
        )
        if self.missing:
            titles = "; ".join(f"{t} ({n})" for t, n in self.missing.items())
            text += f" Not imported, article not in the library: {titles}."
        return text


# --- collecting --------------------------------------------------------------------------------


def collect(
    notes: Notes,
    article_ids: Iterable[int] | None = None,
    entries: Sequence[NoteEntry] | None = None,
    include_bookmarks: bool = True,
) -> ExportSet:
    """The notes of some articles (default: the whole library), or exactly ``entries``."""
    ids = None if article_ids is None else list(article_ids)
    if entries is None:
        entries = []
        for aid in ids if ids is not None else [None]:
            entries += notes.list_notes(article_id=aid)
        entries.sort(key=lambda e: (e.highlight.article_id, _reading_order(e.highlight)))
    out = ExportSet()
    for e in entries:
        aid = e.highlight.article_id
        if aid not in out.articles:
            out.articles[aid] = ArticleRef(
                e.article_title,
                e.article_site,
                e.article_url,
                e.article_published,
                e.article_language,
                e.article_direction,
                e.article_hash,
                aid,
            )
        out.highlights.append(e.highlight)
    if include_bookmarks:
        out.bookmarks = notes.all_bookmarks(ids)
        for aid in {b.article_id for b in out.bookmarks} - out.articles.keys():
            out.articles[aid] = _article_ref(notes, aid)
        out.articles = dict(sorted(out.articles.items()))
    for aid in out.articles:
        out.texts[aid] = notes.block_texts(aid)
    return out


def _reading_order(h: Highlight) -> tuple[int, int, int, int]:
    return (int(h.orphaned), h.quote.block, h.quote.start, h.id or 0)


def _article_ref(notes: Notes, article_id: int) -> ArticleRef:
    row = notes.conn.execute(
        "SELECT title, site, url, published, language, direction, content_hash FROM articles "
        "WHERE id = ?",
        (article_id,),
    ).fetchone()
    if row is None:
        raise KeyError(f"No article {article_id} in the library.")
    return ArticleRef(*row[:5], Direction(row[5]), row[6], article_id)


# --- Markdown and HTML -------------------------------------------------------------------------


def _dir(direction: Direction, text: str = "") -> str:
    if direction != Direction.AUTO:
        return str(direction)
    found = detect_direction(text)
    return "auto" if found == Direction.AUTO else str(found)


def _note_lang(h: Highlight) -> str:
    """The note's language, for a ``lang`` attribute; for one stored without (a foreign
    import), the same guess the app makes when a note is written."""
    return html.escape(h.note_language or guess_language(h.note))


_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,4}")


def _language(value: str, default: str = "") -> str:
    """A language tag from an imported file («ar», «en-GB»), or ``default`` for anything
    else: it ends up in a ``lang`` attribute of the HTML export."""
    return value if _LANGUAGE_TAG.fullmatch(value) else default


def _look(h: Highlight, labels: dict[str, str]) -> str:
    parts = [labels.get(h.colour, h.colour)]
    if h.style == "underline":
        parts.append(labels["underline"])
    return ", ".join(parts)


def _meta(ref: ArticleRef) -> list[str]:
    return [p for p in (ref.site, ref.published[:10]) if p]


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")


def _md(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def _html_lines(text: str) -> str:
    """Escaped text whose line breaks survive in HTML and never make a blank Markdown line."""
    return "<br>\n".join(html.escape(line) for line in text.split("\n"))


def to_markdown(ex: ExportSet, language: str = "en") -> str:
    """Markdown with inline HTML ``dir``/``lang`` wrappers (CommonMark keeps them)."""
    labels = LABELS.get(language, LABELS["en"])
    out = [f"# {labels['notes']}", ""]
    for ref, highlights, bookmarks in ex.by_article():
        adir = _dir(ref.direction, ref.title)
        out += [f'<section dir="{adir}" lang="{html.escape(ref.language)}">', ""]
        out += [f"## {_md(ref.title.strip() or labels['untitled'])}", ""]
        meta = [_md(m) for m in _meta(ref)]
        if is_web_address(ref.url):
            meta.append(f"<{ref.url}>")
        elif ref.url:
            meta.append(_md(ref.url))
        if meta:
            out += [" · ".join(meta), ""]
        for h in highlights:
            quote = " ".join(h.quote.exact.split())
            out += [f"> {_md(quote)}", ""]
            if h.note.strip():
                out += [
                    f'<p dir="{_dir(h.note_direction, h.note)}" lang="{_note_lang(h)}">'
                    f"{_html_lines(h.note.strip())}</p>",
                    "",
                ]
            info = f"*{_md(_look(h, labels))}"
            if h.orphaned:
                info += f" — {labels['orphaned']}"
            out += [info + "*", ""]
        if bookmarks:
            out += [f"### {labels['bookmarks']}", ""]
            for b in bookmarks:
                out.append(f"- {_md(_bookmark_label(b, ex.texts.get(b.article_id, []), labels))}")
            out.append("")
        out += ["</section>", ""]
    return "\n".join(out).rstrip("\n") + "\n"


def _bookmark_label(b: BookmarkEntry, texts: list[str], labels: dict[str, str]) -> str:
    context = ""
    if 0 <= b.position.block < len(texts):
        context = " ".join(texts[b.position.block][b.position.offset :].split()[:8])
    name = b.name or labels["bookmark"]
    text = f"{name}: «{context}…»" if context else name
    if b.orphaned:
        text += f" ({labels['orphaned']})"
    return text


_CSS = """
body { font-family: "Amiri", "Noto Naskh Arabic", serif; max-width: 46em; margin: 2em auto;
       line-height: 1.7; padding: 0 1em; }
article { margin-bottom: 3em; }
.meta, .info { color: #505050; font-size: 0.9em; }
blockquote { margin: 1em 0; }
mark.underline { background: none; text-decoration: underline 0.15em; }
.orphaned blockquote { opacity: 0.8; }
"""


def to_html(ex: ExportSet, language: str = "en") -> str:
    """A standalone HTML page: right-to-left kept per article, quote and note."""
    labels = LABELS.get(language, LABELS["en"])
    doc_dir = "rtl" if language == "ar" else "ltr"
    colours = "".join(f"mark.{c} {{ background: {v}; }}\n" for c, v in HTML_COLOURS.items())
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{language}" dir="{doc_dir}">',
        '<head><meta charset="utf-8">',
        f"<title>{html.escape(labels['notes'])}</title>",
        f"<style>{_CSS}{colours}</style></head>",
        "<body>",
        f"<h1>{html.escape(labels['notes'])}</h1>",
    ]
    for ref, highlights, bookmarks in ex.by_article():
        adir = _dir(ref.direction, ref.title)
        out.append(f'<article dir="{adir}" lang="{html.escape(ref.language)}">')
        out.append(f"<h2>{html.escape(ref.title.strip() or labels['untitled'])}</h2>")
        meta = [html.escape(m) for m in _meta(ref)]
        if ref.url:
            url = html.escape(ref.url)
            # a link only to a web page: «javascript:…» from a shared file is shown as text
            meta.append(f'<a href="{url}">{url}</a>' if is_web_address(ref.url) else url)
        if meta:
            out.append(f'<p class="meta">{" · ".join(meta)}</p>')
        for h in highlights:
            qdir = _dir(Direction.AUTO, h.quote.exact)
            classes = "note orphaned" if h.orphaned else "note"
            out.append(f'<div class="{classes}" id="note-{h.id}">')
            mark_class = h.colour if h.style == "background" else f"{h.colour} underline"
            out.append(
                f'<blockquote dir="{qdir}"><mark class="{mark_class}">'
                f"{_html_lines(h.quote.exact)}</mark></blockquote>"
            )
            if h.note.strip():
                out.append(
                    f'<p class="text" dir="{_dir(h.note_direction, h.note)}" '
                    f'lang="{_note_lang(h)}">{_html_lines(h.note.strip())}</p>'
                )
            info = html.escape(_look(h, labels))
            if h.orphaned:
                info += " — " + html.escape(labels["orphaned"])
            out.append(f'<p class="info">{info}</p></div>')
        if bookmarks:
            out.append(f"<h3>{html.escape(labels['bookmarks'])}</h3><ul>")
            for b in bookmarks:
                label = _bookmark_label(b, ex.texts.get(b.article_id, []), labels)
                out.append(f"<li>{html.escape(label)}</li>")
            out.append("</ul>")
        out.append("</article>")
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


# --- citation ----------------------------------------------------------------------------------


def citation(entry: NoteEntry) -> str:
    """The quote with where it comes from, to paste into an email or a paper.

    «quote»
    — Title، Site، 2016-10-20
    https://…
    """
    quote = " ".join(entry.highlight.quote.exact.split())
    rtl = detect_direction(quote) == Direction.RTL
    quoted = f"«{quote}»" if rtl else f"“{quote}”"
    article_rtl = detect_direction(entry.article_title) == Direction.RTL or (
        entry.article_direction == Direction.RTL and not entry.article_title.strip()
    )
    sep = "، " if article_rtl else ", "
    source = sep.join(
        p.strip()
        for p in (entry.article_title, entry.article_site, entry.article_published[:10])
        if p.strip()
    )
    lines = [_in_direction(quoted, rtl)]
    if source:
        lines.append(_in_direction(f"— {source}", article_rtl))
    if entry.article_url:
        lines.append(entry.article_url)
    return "\n".join(lines)


def _in_direction(line: str, rtl: bool) -> str:
    """``line`` with a right-to-left mark first when it is Arabic but starts with a Latin
    word («CNN: قال …»): pasted as plain text, a line takes the direction of its first
    strong letter (python-bidi's base level), and the quote would be laid out left to right,
    its guillemets misplaced."""
    from bidi import get_base_level

    return "\u200f" + line if rtl and get_base_level(line) == 0 else line


# --- W3C Web Annotation JSON -------------------------------------------------------------------


def _article_json(ref: ArticleRef) -> dict[str, Any]:
    return {
        "title": ref.title,
        "site": ref.site,
        "url": ref.url,
        "published": ref.published,
        "language": ref.language,
        "direction": str(ref.direction),
        "contentHash": ref.content_hash,
    }


def _source(ref: ArticleRef) -> str:
    return ref.url or f"urn:sha256:{ref.content_hash}"


def _position_selector(texts: list[str], block: int, start: int, end: int) -> dict | None:
    """TextPositionSelector over ``Article.text`` (non-empty blocks joined by blank lines)."""
    if not 0 <= block < len(texts) or not texts[block]:
        return None
    before = sum(len(t) + 2 for t in texts[:block] if t)
    return {"type": "TextPositionSelector", "start": before + start, "end": before + end}


def _highlight_json(h: Highlight, ref: ArticleRef, texts: list[str]) -> dict[str, Any]:
    q = h.quote
    selectors: list[dict[str, Any]] = [
        {"type": "TextQuoteSelector", "exact": q.exact, "prefix": q.prefix, "suffix": q.suffix}
    ]
    if not h.orphaned:
        position = _position_selector(texts, q.block, q.start, q.end)
        if position:
            selectors.append(position)
    annotation: dict[str, Any] = {
        "id": f"{QARI_NS}highlight:{h.id}",
        "type": "Annotation",
        "motivation": "commenting" if h.note else "highlighting",
        "created": h.created_at,
        "modified": h.updated_at,
        "target": {"source": _source(ref), "selector": selectors},
        "qari:article": _article_json(ref),
        "qari:block": q.block,
        "qari:start": q.start,
        "qari:end": q.end,
        "qari:colour": h.colour,
        "qari:style": h.style,
        "qari:orphaned": h.orphaned,
    }
    if h.note:
        annotation["body"] = {
            "type": "TextualBody",
            "purpose": "commenting",
            "value": h.note,
            "format": "text/plain",
            "language": h.note_language,
            "textDirection": str(h.note_direction),
        }
    return annotation


def _bookmark_json(b: BookmarkEntry, ref: ArticleRef) -> dict[str, Any]:
    anchor = b.anchor or TextQuote(b.position.block, b.position.offset, b.position.offset, "")
    annotation: dict[str, Any] = {
        "id": f"{QARI_NS}bookmark:{b.id}",
        "type": "Annotation",
        "motivation": "bookmarking",
        "created": b.created_at,
        "target": {
            "source": _source(ref),
            "selector": {
                "type": "TextQuoteSelector",
                "exact": anchor.exact,
                "prefix": anchor.prefix,
                "suffix": anchor.suffix,
            },
        },
        "qari:article": _article_json(ref),
        "qari:block": b.position.block,
        "qari:offset": b.position.offset,
        "qari:orphaned": b.orphaned,
    }
    if b.name:
        annotation["body"] = {
            "type": "TextualBody",
            "purpose": "describing",
            "value": b.name,
            "format": "text/plain",
        }
    return annotation


def to_json(ex: ExportSet) -> str:
    items = [
        _highlight_json(h, ex.articles[h.article_id], ex.texts.get(h.article_id, []))
        for h in ex.highlights
    ]
    items += [_bookmark_json(b, ex.articles[b.article_id]) for b in ex.bookmarks]
    collection = {
        "@context": [ANNO_CONTEXT, {"qari": QARI_NS}],
        "type": "AnnotationCollection",
        "label": "Qari notes",
        "generator": {"type": "Software", "name": "Qari"},
        "generated": now_iso(),
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }
    return json.dumps(collection, ensure_ascii=False, indent=2) + "\n"


class _Invalid(Exception):
    """One field of one imported note is wrong; the parser adds which note it is."""


#: The largest notes file ``read_import`` reads: a 10,000-note library exports to ~10 MB of
#: JSON, so this is generous; anything bigger is not a notes export (and would only fill memory).
MAX_IMPORT_BYTES = 50 * 1024 * 1024
_MAX_INDEX = 2**31 - 1  # block numbers and offsets; SQLite and Qt both take this
_TRUE, _FALSE = ("1", "true"), ("", "0", "false")


def _shown(value: Any) -> str:
    """``value`` for a message: its repr, cut short (a hostile file's values can be huge)."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "…"


def _text(obj: dict[str, Any], key: str, default: str = "", where: str = "") -> str:
    """The text at ``key`` (``default`` when absent or null); anything else is an error."""
    value = obj.get(key)
    if value is None:
        return default
    name = f"{where} {key}".strip()
    if not isinstance(value, str):
        raise _Invalid(f"{name} must be text, found {_shown(value)}")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate, written as \ud800 in JSON
        raise _Invalid(f"{name} is not valid Unicode text") from None
    return value


def _whole(value: Any, name: str) -> int:
    """A block number or offset: a whole number from 0 (JSON numbers or digits as text)."""
    number = None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, float) and value.is_integer():  # not inf or nan
        number = int(value)
    elif isinstance(value, str) and value.strip().isdecimal() and len(value.strip()) <= 12:
        number = int(value.strip())
    if number is None or not 0 <= number <= _MAX_INDEX:
        raise _Invalid(
            f"{name} must be a whole number from 0 to {_MAX_INDEX}, found {_shown(value)}"
        )
    return number


def _flag(value: Any, name: str) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in _TRUE + _FALSE:
        return value.strip().lower() in _TRUE
    raise _Invalid(f"{name} must be true or false, found {_shown(value)}")


def _look_of(colour: str, style: str, where: str = "") -> tuple[str, str]:
    if colour not in COLOURS:
        raise _Invalid(f"{where}colour must be one of {', '.join(COLOURS)}, found {_shown(colour)}")
    if style not in STYLES:
        raise _Invalid(f"{where}style must be one of {', '.join(STYLES)}, found {_shown(style)}")
    return colour, style


def _annotations(data: Any) -> list[Any]:
    if isinstance(data, list):
        return data
    if not isinstance(data, dict):
        raise ImportFormatError("Expected a JSON object or list of Web Annotations.", NOT_NOTES)
    kind = data.get("type")
    if kind == "AnnotationCollection":
        page = data.get("first")
        items: list[Any] = []
        while isinstance(page, dict):
            items += _page_items(page)
            page = page.get("next") if isinstance(page.get("next"), dict) else None
        return items
    if kind == "AnnotationPage":
        return _page_items(data)
    if kind == "Annotation":
        return [data]
    raise ImportFormatError(
        "Not a Web Annotation file: expected type AnnotationCollection, AnnotationPage or "
        f"Annotation, found {_shown(kind)}.",
        NOT_NOTES,
    )


def _page_items(page: dict[str, Any]) -> list[Any]:
    items = page.get("items", [])
    if not isinstance(items, list):
        raise ImportFormatError(
            f"Not a Web Annotation file: a page's items must be a list, found {_shown(items)}.",
            NOT_NOTES,
        )
    return items


def _target(value: Any) -> tuple[str, list[dict[str, Any]]]:
    """The target's source and its selectors (a target is an object, a URL, or a list)."""
    if isinstance(value, list):
        value = value[0] if value else None
    if value is None:
        return "", []
    if isinstance(value, str):
        return value, []
    if not isinstance(value, dict):
        raise _Invalid(f"its target must be an object or a URL, found {_shown(value)}")
    selectors = value.get("selector")
    if selectors is None:
        selectors = []
    elif not isinstance(selectors, list):
        selectors = [selectors]
    for s in selectors:
        if not isinstance(s, dict):
            raise _Invalid(f"each selector of its target must be an object, found {_shown(s)}")
    return _text(value, "source", where="target"), selectors


def _text_body(body: Any, purpose: str) -> dict[str, Any] | None:
    bodies = body if isinstance(body, list) else [body]
    for b in bodies:
        if (
            isinstance(b, dict)
            and b.get("type") == "TextualBody"
            and b.get("purpose", purpose) == purpose
        ):
            return b
    return None


def from_json(text: str) -> list[ImportItem]:
    """The notes in a Web Annotation JSON text; ImportFormatError says what is wrong, and
    where, for anything that is not one (nothing is half-read)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFormatError(
            f"Not valid JSON (line {exc.lineno}): {exc.msg}.", NOT_JSON, exc.lineno
        ) from exc
    except RecursionError:
        raise ImportFormatError(
            "Not a notes file Qari can read: its JSON is nested too deeply.", NOT_JSON
        ) from None
    except ValueError as exc:  # a number of more than 4,300 digits
        raise ImportFormatError(f"Not valid JSON: {exc}.", NOT_JSON) from exc
    items = []
    for n, a in enumerate(_annotations(data), 1):
        if not isinstance(a, dict) or a.get("type") != "Annotation":
            raise ImportFormatError(f"Item {n} is not an Annotation.", BAD_ANNOTATION, n)
        try:
            items.append(_json_item(n, a))
        except _Invalid as exc:
            ident = a.get("id")
            named = f" ({ident})" if isinstance(ident, str) and len(ident) <= 80 else ""
            raise ImportFormatError(
                f"Annotation {n}{named} cannot be read: {exc}.", BAD_ANNOTATION, n
            ) from None
    return items


def _json_item(n: int, a: dict[str, Any]) -> ImportItem:
    source, selectors = _target(a.get("target"))
    quote = next((s for s in selectors if s.get("type") == "TextQuoteSelector"), None)
    info = a.get("qari:article")
    if info is None:
        info = {}
    if not isinstance(info, dict):
        raise _Invalid(f"qari:article must be an object, found {_shown(info)}")
    where = "qari:article"
    ref = ArticleRef(
        title=_text(info, "title", where=where),
        site=_text(info, "site", where=where),
        url=_text(info, "url", where=where) or (source if source.startswith("http") else ""),
        published=_text(info, "published", where=where),
        language=_language(_text(info, "language", "ar", where=where), "ar"),
        direction=_direction(info.get("direction", "rtl")),
        content_hash=_text(info, "contentHash", where=where),
    )
    created = _text(a, "created")
    block = _whole(a.get("qari:block", 0), "qari:block")
    orphaned = _flag(a.get("qari:orphaned", False), "qari:orphaned")
    if a.get("motivation") == "bookmarking":
        body = _text_body(a.get("body"), "describing")
        offset = _whole(a.get("qari:offset", 0), "qari:offset")
        anchor = None
        if quote:
            exact = _text(quote, "exact", where="TextQuoteSelector")
            anchor = TextQuote(
                block,
                offset,
                offset + len(exact),
                exact,
                _text(quote, "prefix", where="TextQuoteSelector"),
                _text(quote, "suffix", where="TextQuoteSelector"),
            )
        name = _text(body, "value", where="body") if body else ""
        bookmark = BookmarkEntry(0, Position(block, offset), name, created, None, anchor, orphaned)
        return ImportItem(ref, bookmark=bookmark)
    if quote is None or not quote.get("exact"):
        raise ImportFormatError(
            f"Annotation {n} has no TextQuoteSelector with text.", BAD_ANNOTATION, n
        )
    exact = _text(quote, "exact", where="TextQuoteSelector")
    start = _whole(a.get("qari:start", 0), "qari:start")
    end = _whole(a.get("qari:end", start + len(exact)), "qari:end")
    if end < start:
        raise _Invalid(f"qari:end ({end}) is before qari:start ({start})")
    colour, style = _look_of(
        _text(a, "qari:colour", "yellow"), _text(a, "qari:style", "background"), "qari:"
    )
    body = _text_body(a.get("body"), "commenting")
    highlight = Highlight(
        article_id=0,
        quote=TextQuote(
            block,
            start,
            end,
            exact,
            _text(quote, "prefix", where="TextQuoteSelector"),
            _text(quote, "suffix", where="TextQuoteSelector"),
        ),
        colour=colour,
        style=style,
        note=_text(body, "value", where="body") if body else "",
        note_direction=_direction(body.get("textDirection", "auto")) if body else Direction.AUTO,
        note_language=_language(_text(body, "language", where="body")) if body else "",
        orphaned=orphaned,
        created_at=created,
        updated_at=_text(a, "modified", created),
    )
    return ImportItem(ref, highlight=highlight)


def _direction(value: Any) -> Direction:
    try:
        return Direction(str(value))
    except ValueError:
        return Direction.AUTO


# --- CSV ---------------------------------------------------------------------------------------

CSV_COLUMNS = (
    "kind",
    "article_title",
    "article_site",
    "article_url",
    "article_published",
    "article_language",
    "article_direction",
    "article_hash",
    "block",
    "start",
    "end",
    "quote",
    "prefix",
    "suffix",
    "note",
    "colour",
    "style",
    "note_direction",
    "note_language",
    "name",
    "orphaned",
    "created_at",
    "updated_at",
)


# A cell a spreadsheet would take for a formula (a note that is a list, «- first point», or
# «=HYPERLINK(…)» from a shared file) is written after an apostrophe, the spreadsheets' own
# mark for "this is text"; the import takes it off again.
_FORMULA_START = tuple("=+-@\t\r")


def _cell(value: Any) -> Any:
    return "'" + value if isinstance(value, str) and value.startswith(_FORMULA_START) else value


def _uncell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith("'") and value[1:].startswith(_FORMULA_START):
        return value[1:]
    return value


def to_csv(ex: ExportSet) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()

    def write(row: dict[str, Any]) -> None:
        writer.writerow({key: _cell(value) for key, value in row.items()})

    for h in ex.highlights:
        q = h.quote
        write(
            _csv_article(ex.articles[h.article_id])
            | {
                "kind": "highlight",
                "block": q.block,
                "start": q.start,
                "end": q.end,
                "quote": q.exact,
                "prefix": q.prefix,
                "suffix": q.suffix,
                "note": h.note,
                "colour": h.colour,
                "style": h.style,
                "note_direction": str(h.note_direction),
                "note_language": h.note_language,
                "orphaned": int(h.orphaned),
                "created_at": h.created_at,
                "updated_at": h.updated_at,
            }
        )
    for b in ex.bookmarks:
        a = b.anchor
        write(
            _csv_article(ex.articles[b.article_id])
            | {
                "kind": "bookmark",
                "block": b.position.block,
                "start": b.position.offset,
                "end": b.position.offset + len(a.exact) if a else b.position.offset,
                "quote": a.exact if a else "",
                "prefix": a.prefix if a else "",
                "suffix": a.suffix if a else "",
                "name": b.name,
                "orphaned": int(b.orphaned),
                "created_at": b.created_at,
            }
        )
    return buffer.getvalue()


def _csv_article(ref: ArticleRef) -> dict[str, Any]:
    return {
        "article_title": ref.title,
        "article_site": ref.site,
        "article_url": ref.url,
        "article_published": ref.published,
        "article_language": ref.language,
        "article_direction": str(ref.direction),
        "article_hash": ref.content_hash,
    }


def from_csv(text: str) -> list[ImportItem]:
    """The notes in a Qari CSV text; ImportFormatError names the line and what is wrong."""
    if csv.field_size_limit() < MAX_IMPORT_BYTES:
        # A long note is one field; csv refuses fields over 128 KB unless told otherwise. The
        # limit is process-wide: it is only ever raised, to the size of file Qari reads.
        csv.field_size_limit(MAX_IMPORT_BYTES)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:  # only a caller's own string; files are decoded strictly
        raise ImportFormatError(
            f"The CSV text is not valid Unicode at {exc.start}.", NOT_TEXT
        ) from None
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")), restval="")
    try:
        header = reader.fieldnames or []
    except csv.Error as exc:
        raise ImportFormatError(
            f"Line 1 of the CSV file cannot be read: {exc}.", BAD_LINE, 1
        ) from exc
    missing = {"kind", "article_title", "quote"} - set(header)
    if missing:
        raise ImportFormatError(
            f"Not a Qari notes CSV: the columns {', '.join(sorted(missing))} are missing.",
            NOT_NOTES,
        )
    items = []
    rows = iter(reader)
    line = 1  # the row's number, as a spreadsheet shows it (the header is line 1)
    while True:
        line += 1
        try:
            row = next(rows)
        except StopIteration:
            break
        except csv.Error as exc:
            raise ImportFormatError(
                f"Line {line} of the CSV file cannot be read: {exc}.", BAD_LINE, line
            ) from exc
        try:
            items.append(_csv_item(row, len(header)))
        except _Invalid as exc:
            raise ImportFormatError(
                f"Line {line} of the CSV file cannot be read: {exc}.", BAD_LINE, line
            ) from None
    return items


def _csv_item(row: dict[str | None, Any], columns: int) -> ImportItem:
    extra = row.pop(None, [])  # fields past the header's last column
    if any(field.strip() for field in extra):
        raise _Invalid(f"it has {columns + len(extra)} fields, the header {columns}")
    row = {key: _uncell(value) for key, value in row.items()}
    ref = ArticleRef(
        row.get("article_title", ""),
        row.get("article_site", ""),
        row.get("article_url", ""),
        row.get("article_published", ""),
        _language(row.get("article_language", ""), "ar"),
        _direction(row.get("article_direction", "rtl")),
        row.get("article_hash", ""),
    )
    block = _whole(row.get("block") or 0, "block")
    start = _whole(row.get("start") or 0, "start")
    end = _whole(row.get("end") or start, "end")
    quote = TextQuote(block, start, end, row["quote"], row.get("prefix", ""), row.get("suffix", ""))
    orphaned = _flag(row.get("orphaned", ""), "orphaned")
    if row["kind"] == "bookmark":
        bookmark = BookmarkEntry(
            0,
            Position(block, start),
            row.get("name", ""),
            row.get("created_at", ""),
            None,
            quote,
            orphaned,
        )
        return ImportItem(ref, bookmark=bookmark)
    if row["kind"] != "highlight":
        raise _Invalid(f"kind must be highlight or bookmark, found {_shown(row['kind'])}")
    if not row["quote"]:
        raise _Invalid("a highlight needs the text it quotes (the quote column is empty)")
    if end < start:
        raise _Invalid(f"end ({end}) is before start ({start})")
    colour, style = _look_of(row.get("colour") or "yellow", row.get("style") or "background")
    highlight = Highlight(
        article_id=0,
        quote=quote,
        colour=colour,
        style=style,
        note=row.get("note", ""),
        note_direction=_direction(row.get("note_direction", "auto")),
        note_language=_language(row.get("note_language", "")),
        orphaned=orphaned,
        created_at=row.get("created_at", ""),
        updated_at=row.get("updated_at", ""),
    )
    return ImportItem(ref, highlight=highlight)


# --- importing ---------------------------------------------------------------------------------


def find_article(notes: Notes, ref: ArticleRef) -> int | None:
    """This library's article for ``ref``: same content, else same URL, else same title."""
    db = notes.conn
    for sql, value in (
        ("SELECT id FROM articles WHERE content_hash = ?", ref.content_hash),
        ("SELECT id FROM articles WHERE url = ? ORDER BY id", ref.url),
        ("SELECT id FROM articles WHERE title = ? ORDER BY id", ref.title),
    ):
        if value:
            row = db.execute(sql, (value,)).fetchone()
            if row:
                return row[0]
    return None


def import_items(notes: Notes, items: Sequence[ImportItem]) -> ImportReport:
    """Add the items to the library in one transaction; identical notes are not doubled."""
    report = ImportReport()
    articles: dict[ArticleRef, int | None] = {}
    seen: dict[int, set[tuple]] = {}
    with notes.store.transaction():
        for item in items:
            if item.article not in articles:
                articles[item.article] = find_article(notes, item.article)
            aid = articles[item.article]
            if aid is None:
                title = item.article.title or item.article.url or "?"
                report.missing[title] = report.missing.get(title, 0) + 1
                continue
            if aid not in seen:
                seen[aid] = {_highlight_key(h) for h in notes.highlights(aid)}
                seen[aid] |= {_bookmark_key(b) for b in notes.bookmarks(aid)}
            if item.highlight is not None:
                h = replace(item.highlight, article_id=aid, id=None)
                key = _highlight_key(h)
                if key in seen[aid]:
                    report.duplicates += 1
                    continue
                report.orphaned += notes.import_highlight(h).orphaned
            elif item.bookmark is not None:
                b = item.bookmark
                b = BookmarkEntry(aid, b.position, b.name, b.created_at, None, b.anchor, b.orphaned)
                key = _bookmark_key(b)
                if key in seen[aid]:
                    report.duplicates += 1
                    continue
                report.orphaned += notes.import_bookmark(b).orphaned
            else:
                continue
            seen[aid].add(key)
            report.added += 1
    return report


def _highlight_key(h: Highlight) -> tuple:
    """What makes two highlights the same note (ids and places differ between libraries)."""
    return ("h", h.quote.exact, h.note, h.colour, h.style, h.created_at)


def _bookmark_key(b: BookmarkEntry) -> tuple:
    return ("b", b.anchor.exact if b.anchor else "", b.name, b.created_at)


# --- files -------------------------------------------------------------------------------------


def render(ex: ExportSet, fmt: str, language: str = "en") -> str:
    if fmt == "md":
        return to_markdown(ex, language)
    if fmt == "html":
        return to_html(ex, language)
    if fmt == "json":
        return to_json(ex)
    if fmt == "csv":
        return to_csv(ex)
    raise ValueError(f"Unknown format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}.")


def format_for(path: Path, default: str = "md") -> str:
    suffix = path.suffix.lower().lstrip(".")
    return {"markdown": "md", "htm": "html"}.get(suffix, suffix) if suffix else default


def write_export(ex: ExportSet, path: Path, fmt: str | None = None, language: str = "en") -> str:
    """Write to ``path`` through a temporary file, so a failed write leaves neither a half
    file nor the temporary one (and an existing ``path`` as it was)."""
    fmt = fmt or format_for(path)
    text = render(ex, fmt, language)
    encoding = "utf-8-sig" if fmt == "csv" else "utf-8"
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_text(text, encoding=encoding, newline="")
        tmp.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):  # the write's own error is the one to report
            tmp.unlink(missing_ok=True)
        raise
    return fmt


def read_import(path: Path, fmt: str | None = None) -> list[ImportItem]:
    """The notes in a JSON or CSV export. Anything wrong with the file (too big, not UTF-8,
    a malformed note) raises ImportFormatError with a sentence saying what and where; a file
    that cannot be read raises OSError."""
    fmt = fmt or format_for(path, "json")
    if fmt not in IMPORT_FORMATS:
        raise ImportFormatError(
            f"Cannot import {fmt!r} files; notes can be imported from JSON or CSV exports.",
            UNSUPPORTED,
        )
    with path.open("rb") as f:
        data = f.read(MAX_IMPORT_BYTES + 1)
    if len(data) > MAX_IMPORT_BYTES:
        raise ImportFormatError(
            f"{path} is larger than {MAX_IMPORT_BYTES // (1024 * 1024)} MB, more than a notes "
            "export of a whole library; Qari does not read it.",
            TOO_LARGE,
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFormatError(f"{path} is not UTF-8 text.", NOT_TEXT) from exc
    return from_json(text) if fmt == "json" else from_csv(text)
