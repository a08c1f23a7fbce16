"""Scraped text files -> articles.

Three shapes are recognised (all seen in the project corpus):

* **TREC-style <DOC> wrapper** (the ANT news corpus): metadata in <URL>, <SRC>, <TITLE>,
  <TIME>, <AUTHOR>; one paragraph per line in <TEXT>. The <ABSTRACT> is the page's meta
  description: the first paragraph cut at ~200 characters, glued without spaces, or (BBC) a
  paraphrase of it, so it is not made a block unless <TEXT> is empty. Several <DOC>s in one
  file give several articles.
* **Text copied from a news page** (the seed, UN News): the site's tagline, the headline, an
  image caption ending in a photo credit («المصدر: …») — headline and caption each appear twice,
  because the page repeats them for layout — then the body.
* **Plain text** (WikiNews, legacy-encoded files): the first line is the title; "# " lines are
  section headers; every other non-empty line is a paragraph.

What the page repeats for layout is dropped, and what the author wrote is kept: block text is
exactly the source's apart from trimmed surrounding white space and Unicode NFC. Tatweel and
diacritics stay (search folds them; the reader and the voice want them). Repeats are judged on
text with white space collapsed: a paragraph equal to the title, one equal to the paragraph
before it, or a substantial one (MIN_REPEAT_CHARS) seen anywhere before is dropped. Short
repeated lines are kept when not adjacent, because in structured articles they are data, not
noise: the BBC World Cup guide (ANT BB-sport-198) gives each of its 12 stadiums a line
«التوقيت: غرينتش + 3 ساعات.», and 11 stadiums share that time zone; dropping 10 of them
would make those stadiums look as if the guide gave no time for them.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import replace
from email.utils import parsedate_to_datetime
from itertools import pairwise
from pathlib import Path

from desktop.arabic import detect_direction, fold_presentation_forms, sentences
from desktop.importers.credits import CREDIT_WORDS
from desktop.importers.encoding import decode_bytes
from desktop.importers.errors import NO_ARTICLE, ImportFailure
from desktop.importers.long_blocks import split_long_blocks
from desktop.importers.visual_order import in_display_order, to_reading_order
from desktop.importers.web_address import site_host
from desktop.model import Article, Block, BlockKind, language_for

# Text that repeats and is at least this long is page furniture printed twice (headline,
# caption, abstract), not a legitimately repeated short field such as «المدينة: لندن».
MIN_REPEAT_CHARS = 40
# A first line longer than this is the first paragraph, not a title.
MAX_TITLE_CHARS = 200
# A site's name after a bar in a first line «Headline | Site» is no longer than this.
MAX_SITE_CHARS = 40
_SITE_WORD = re.compile(
    r"جريدة|صحيفة|مجلة|موقع|بوابة|قناة|وكالة|أخبار|اخبار|نت\b|\.(?:com|net|org)|news|tv\b",
    re.IGNORECASE,
)
# A title made from a first sentence is cut at a word boundary near this length.
DERIVED_TITLE_CHARS = 90
# How far after the headline its repeat is looked for (in lines).
HEADLINE_REPEAT_WINDOW = 12
# Quotations that run over several paragraphs are followed this far looking for the close.
MAX_QUOTE_PARAGRAPHS = 6

# Taglines that news pages print above the headline, mapped to the site's name. The seed's
# «منظور عالمي قصص إنسانية» is UN News's tagline ("Global perspective Human stories"); the
# site itself is «أخبار الأمم المتحدة». Unknown taglines become the site as they are.
KNOWN_TAGLINES = {"منظور عالمي قصص إنسانية": "أخبار الأمم المتحدة"}

# ANT <SRC> codes -> the outlets' names as their Arabic sites write them.
KNOWN_SOURCES = {
    "alarabia": "العربية",
    "alarabiya": "العربية",
    "bbc": "بي بي سي عربي",
    "cnn": "CNN بالعربية",
    "france24": "فرانس 24",
    "skynews": "سكاي نيوز عربية",
}

# A lazy group then a single literal is a fast scan; "(?:</X>|\Z)" would try both at every
# character. An unclosed element (a truncated file) is read to the end instead.
_DOC = re.compile(r"<DOC>(.*?)</DOC>", re.S | re.I)
_FIELD = {
    tag: (
        re.compile(rf"<{tag}>(.*?)</{tag}>", re.S | re.I),
        re.compile(rf"<{tag}>(.*)", re.S | re.I),
    )
    for tag in ("DOCNO", "URL", "SRC", "TITLE", "TIME", "AUTHOR", "ABSTRACT", "TEXT")
}
_HEADER = re.compile(r"^#{1,6}\s+(\S.*)$")
# «caption. المصدر: credit» — the credit is short and is not a sentence.
_CAPTION_MARKER = re.compile(r"(?:" + CREDIT_WORDS + r")\s*[:：]", re.I)
_CAPTION = re.compile(
    r"^(?P<caption>\S.*?\S)\s*(?:" + CREDIT_WORDS + r")"
    r"\s*[:：]\s*(?P<credit>[^.!?؟:\n]{1,80}?)\s*$",
    re.I,
)
# Captions are a sentence or two; their credit sits in the last characters.
MAX_CAPTION_CHARS = 400


def _caption(line: str) -> re.Match[str] | None:
    """The caption match, checked cheaply first: this runs on every line of every file."""
    if len(line) > MAX_CAPTION_CHARS or not _CAPTION_MARKER.search(line, max(0, len(line) - 100)):
        return None
    return _CAPTION.match(line)


_SITE_SEPARATOR = re.compile(r"^\s*[-|–—:]\s*(\S.*)$")
_OPENERS = '"“«„'
_CLOSERS = '"”»'
_AFTER_CLOSER = ".،,؛;!?؟… "
_TERMINAL = '.!?؟:…;؛"”»)'


def import_text_file(path: Path, data: bytes) -> list[Article]:
    """The article(s) in a scraped-text file; ImportFailure when it holds no readable text."""
    decoded = decode_bytes(data, str(path))
    return parse_text(decoded.text, str(path))


def parse_text(text: str, source: str = "the input") -> list[Article]:
    """Articles from decoded text (one, or one per <DOC> of a TREC-style file)."""
    text = fold_presentation_forms(unicodedata.normalize("NFC", text.lstrip("\ufeff")))
    if in_display_order(text):  # copied out of a PDF backwards
        text = to_reading_order(text)
    head = text.lstrip()[:16].upper()
    if head.startswith("<DOC>") or head.startswith("<DOCNO>"):
        docs = [m.group(1) for m in _DOC.finditer(text)] or [text]  # unclosed: all of it
        articles = [a for a in (_parse_trec(d) for d in docs) if a is not None]
    else:
        article = _parse_plain(text)
        articles = [article] if article else []
    if not articles:
        raise ImportFailure(source, "it contains no article text", NO_ARTICLE)
    return articles


# --- TREC-style <DOC> ---------------------------------------------------------------------


def _field(doc: str, tag: str) -> str:
    closed, unclosed = _FIELD[tag]
    m = closed.search(doc) or unclosed.search(doc)
    return m.group(1).strip() if m else ""


# Lines of a news page that scraping keeps and a reader (or a listener) does not want: rules,
# "for more" links, copyright notes, app notices, and video teasers with their length.
_CLUTTER = re.compile(
    r"^(?:[-–—_=*•·.\s]{5,}"
    r"|للمزيد\s*[-–—:]"
    r"|\**\s*(?:جميع\s+)?حقوق\s+(?:النشر|الطبع)"
    r"|يمكنكم\s+تسل[ّ]?م\s+إشعارات"
    r"|.*\bشاهد\b.*\s\d{1,2}:\d{2}\s*$)"
)


def _parse_trec(doc: str) -> Article | None:
    body = [line for line in _lines(_field(doc, "TEXT")) if not _CLUTTER.match(line)]
    title = " ".join(_field(doc, "TITLE").split())
    if not body:
        # The abstract is the page's meta description: a summary, often the first paragraph
        # cut short, or a paraphrase of it. It is the body only when there is no other.
        body = _lines(_field(doc, "ABSTRACT"))
    if not title:
        if not body:
            return None
        title = _title_from(body)
    url = _field(doc, "URL")
    src = _field(doc, "SRC")
    site = KNOWN_SOURCES.get(src.lower(), src) or site_host(url)
    return _article(
        title,
        _blocks(_mark_captions([(line, None) for line in body]), title),
        site=site,
        url=url,
        author=" ".join(_field(doc, "AUTHOR").split()),
        published=_iso_date(_field(doc, "TIME")),
    )


def _iso_date(value: str) -> str:
    """ISO 8601 for an RFC 2822 date ("Fri, 08 Jun 2018 12:15:28 GMT"); an ISO date as it is;
    "" for anything else (an unparsed date would sort wrongly)."""
    value = value.strip()
    if not value:
        return ""
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?", value):
        return value
    return ""


# --- plain and page-copied text ------------------------------------------------------------


def _parse_plain(text: str) -> Article | None:
    lines = _lines(_unwrapped_display_lines(_unwrapped(text)))
    has_headers = any(_HEADER.match(line) for line in lines)
    content = [i for i, line in enumerate(lines) if not _HEADER.match(line)]
    if not content:
        return None
    site = ""
    drop: set[int] = set()  # line indexes consumed by the title and site
    zone: set[int] = set()  # lines between a headline and its repeat: where captions sit
    title_at, repeat_at = _repeated_headline(lines, content)
    if title_at is not None:
        before = [lines[i] for i in content if i < title_at]
        site = " — ".join(KNOWN_TAGLINES.get(s, s) for s in before)
        drop |= {i for i in content if i <= title_at} | {repeat_at}
        zone = set(range(title_at + 1, repeat_at))
        title = lines[title_at]
    else:
        first = lines[content[0]]
        second = lines[content[1]] if len(content) > 1 else ""
        split = _split_site(first, second)
        if split:
            title, site = split
            drop = {content[0], content[1]}
        elif len(first) <= MAX_TITLE_CHARS:
            title, site = _piped_title(first)
            drop = {content[0]}
        else:
            title = _title_from([first])  # the line stays as the first paragraph
        if first in KNOWN_TAGLINES and len(content) > 1 and not split:
            site, title, drop = KNOWN_TAGLINES[first], second, {content[0], content[1]}
    paragraphs: list[tuple[str, BlockKind | None]] = []
    for i, line in enumerate(lines):
        if i in drop:
            continue
        header = _HEADER.match(line)
        if header:
            paragraphs.append((header.group(1).strip(), BlockKind.HEADING))
        elif has_headers and _looks_like_headline(line):
            paragraphs.append((line, BlockKind.HEADING))
        else:
            paragraphs.append((line, None))
    # Zone indexes are line numbers; re-express them as item positions for _mark_captions.
    positions = [i for i in range(len(lines)) if i not in drop]
    zone_items = {n for n, i in enumerate(positions) if i in zone}
    return _article(title, _blocks(_mark_captions(paragraphs, zone_items), title), site=site)


def _repeated_headline(lines: list[str], content: list[int]) -> tuple[int | None, int]:
    """(headline line, its repeat) for text copied from a news page that prints the headline
    above and below the lead image: the headline is the first or second line (after the
    site's tagline), and it comes back a few lines later. Behind a tagline, the lines between
    must hold the image caption (or the tagline be a known one): otherwise a short line that
    merely recurs («المدينة: لندن») would take the first line for a tagline."""
    for pos, i in enumerate(content[:2]):
        line = lines[i]
        if len(line) > MAX_TITLE_CHARS or _caption(line):
            continue
        key = _key(line)
        for j in content[pos + 2 : pos + HEADLINE_REPEAT_WINDOW]:
            if _key(lines[j]) != key:
                continue
            between = lines[i + 1 : j]
            if any(_key(b) == key for b in between):
                break  # a run of copies, not a headline framing an image
            if pos == 0 or lines[content[0]] in KNOWN_TAGLINES or any(_caption(b) for b in between):
                return i, j
            break
    return None, -1


def _split_site(first: str, second: str) -> tuple[str, str] | None:
    """A first line "Headline - Site" (or "Site | Headline") above the bare headline, as
    pages saved from a browser begin: the headline is the title, the rest is the site."""
    if not second or len(second) >= len(first):
        return None
    if first.startswith(second):
        m = _SITE_SEPARATOR.match(first[len(second) :])
        if m:
            return second, m.group(1).strip()
    if first.endswith(second):
        m = _SITE_SEPARATOR.match(first[: -len(second)][::-1])
        if m:
            return second, m.group(1)[::-1].strip()
    return None


_MARKS = re.compile("[\u064b-\u0652\u0670\u0640]")  # harakat, superscript alef, tatweel


def _piped_title(line: str) -> tuple[str, str]:
    """(title, site) from a browser's window title kept as the first line, «Headline | Site»
    or «Site | Headline»: the longest part is the headline, a short rest the site. Only a
    bar is taken for a separator: a headline has dashes and colons of its own."""
    parts = [p.strip() for p in line.split(" | ") if p.strip()]
    if len(parts) < 2:
        return line, ""
    title = max(parts, key=len)
    rest = [p for p in parts if p is not title]
    if sum(len(p) for p in rest) > MAX_SITE_CHARS or sum(len(p.split()) for p in rest) > 5:
        return line, ""
    # In front, a short part is as often a headline's own label («حلب | …») as a site:
    # only one that says it is a paper or a site is taken for one («جريدة الرياض | …»).
    if parts[0] is not title and not _SITE_WORD.search(parts[0]):
        return line, ""
    return title, " — ".join(rest)


def _looks_like_headline(line: str) -> bool:
    """In a file with "# section" headers, a short line with no closing punctuation is the
    headline of the next article or section (WikiNews dumps). Measured without its vowel
    marks (a fully vowelled headline is twice as long in code points), and a quoted word at
    its end («… " الْكُفْرَ "») is not the end of a sentence."""
    bare = _MARKS.sub("", line)
    end = bare.rstrip(" " + _CLOSERS + "'")
    return len(bare) <= 150 and len(bare.split()) <= 15 and bool(end) and end[-1] not in _TERMINAL


def _title_from(paragraphs: list[str]) -> str:
    """A title for text without one: its first sentence, cut at a word near DERIVED_TITLE_CHARS."""
    first = paragraphs[0]
    spans = sentences(first)
    title = spans[0].text if spans else first
    if len(title) > DERIVED_TITLE_CHARS:
        title = title[:DERIVED_TITLE_CHARS].rsplit(" ", 1)[0].rstrip("،,;؛:-–— ") + "…"
    return title


# --- blocks --------------------------------------------------------------------------------


# Hard-wrapped text (mail, a terminal's copy, old text archives): lines cut at a fixed width,
# paragraphs separated by blank lines. Recognised when most lines inside a paragraph end where
# the next word would not have fitted, mid-sentence (see _unwrapped).
MIN_WRAP_WIDTH, MAX_WRAP_WIDTH = 50, 100
_WRAPPED_SHARE = 0.7


def _unwrapped(text: str) -> str:
    """``text`` with each hard-wrapped paragraph on one line, or as it is when it is not
    hard-wrapped. Read line by line, such a file made every line a paragraph: sentences cut
    in two on screen and for the voice."""
    groups = [
        [line.strip() for line in group.splitlines() if line.strip()]
        for group in re.split(r"\n[ \t\u00a0]*\n", text.replace("\r\n", "\n"))
    ]
    # (line, the next line) where a paragraph goes on after a line
    inner = [(line, nxt) for group in groups for line, nxt in pairwise(group)]
    if len(inner) < 3:
        return text
    width = max(len(line) for group in groups for line in group)
    if not MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH:
        return text
    # Cut where the next word would not have fitted, and not at a sentence's end: a poem's
    # verses, each on its line, end where the next word would still have fitted.
    wrapped = [
        line
        for line, nxt in inner
        if len(line) + 1 + len(nxt.split()[0]) > width
        and line[-1] not in _TERMINAL
        and not _HEADER.match(line)
        and not _HEADER.match(nxt)
    ]
    if len(wrapped) < len(inner) * _WRAPPED_SHARE:
        return text
    # ... and a paragraph of several lines ends a sentence, where a stanza need not.
    ends = [group[-1][-1] in _TERMINAL for group in groups if len(group) > 1]
    if sum(ends) < len(ends) / 2:
        return text
    return "\n".join(_joined(group) for group in groups)


# Text copied out of a PDF: lines as the page set them, justified in a proportional font (so of
# varying length in characters), with no blank line between paragraphs. A paragraph's lines run
# to about the column's width and go on mid-sentence; its last line is shorter and ends one.
_FULL_LINE = 0.7  # of the usual line: a line this long was cut by the column, not the writer
_MIN_DISPLAY_LINES = 6
_PAGE_NUMBER = re.compile(
    r"^[-–—\s]*(?:(?:صفحة|ص|page)\.?\s*)?[\d\u0660-\u0669]{1,4}[-–—\s]*$", re.I
)
_LIST_ITEM = re.compile(r"^(?:[-–•*▪●]|\d{1,3}[.)-]|[\u0660-\u0669]{1,3}[.)-])\s")


def _unwrapped_display_lines(text: str) -> str:
    """``text`` with a PDF page's lines joined back into paragraphs, or as it is when its
    lines do not look set by a page (a poem's verses, a list, lines of a writer's own)."""
    lines = [line for line in _lines(text) if not _PAGE_NUMBER.match(line)]
    if (
        len(lines) < _MIN_DISPLAY_LINES or sum(map(_ends_sentence, lines)) > len(lines) / 2
    ):  # most lines end a sentence: each is a paragraph already (and this is cheap)
        return text
    if len(re.findall(r"\n[ \t\u00a0\f]*\n", text.strip())) > len(lines) / 8:
        return text  # paragraphs apart: more blank lines than a copy's page breaks
    lines = _said_once(lines)
    joins = _page_joins(lines)
    if joins is None:
        return text
    out = [lines[0]]
    for line, joined in zip(lines[1:], joins, strict=True):
        if joined:
            out[-1] += " " + line
        else:
            out.append(line)
    return "\n".join(out)


def _said_once(lines: list[str]) -> list[str]:
    """A page's running header or footer (the journal's name atop every page), kept where it
    first stands: said again on each page, it cut a paragraph at every page. (Page numbers on
    lines of their own are dropped before, as they are not text.)"""
    running = {line for line, n in Counter(lines).items() if n > 1 and len(line) <= 100}
    kept, said = [], set()
    for line in lines:
        if line in running:
            if line in said:
                continue
            said.add(line)
        kept.append(line)
    return kept


def _page_joins(lines: list[str]) -> list[bool] | None:
    """Whether each line goes on into the next, when ``lines`` look set by a page: prose
    whose full lines mostly go on and whose paragraphs end sentences (a stanza's last verse
    need not, nor a list's items). None when they do not."""
    usual = sorted(len(_MARKS.sub("", line)) for line in lines)[len(lines) * 3 // 4]
    if not MIN_WRAP_WIDTH * 0.6 <= usual <= MAX_WRAP_WIDTH * 1.6:
        return None

    def goes_on(line: str, nxt: str) -> bool:
        # A full line goes on unless a sentence ends there, or a colon introduces a quotation
        # on the next line: otherwise a colon, a comma or a closing quote at the end of a
        # page's line is as likely mid-paragraph as anywhere else.
        return (
            len(_MARKS.sub("", line)) >= usual * _FULL_LINE
            and not _ends_sentence(line)
            and not (line.endswith((":", "：")) and nxt.startswith(("«", "“", '"')))
            and not _HEADER.match(line)
            and not _HEADER.match(nxt)
            and not _LIST_ITEM.match(nxt)
        )

    # The first line is the headline, whatever its length: it neither goes on nor counts.
    joins = [False] + [goes_on(line, nxt) for line, nxt in pairwise(lines[1:])]
    ends = [line for line, joined in zip(lines[1:], [*joins[1:], False], strict=True) if not joined]
    if sum(joins) < len(joins) / 2 or sum(e[-1] in _TERMINAL for e in ends) < len(ends) * 0.7:
        return None
    return joins


def _ends_sentence(line: str) -> bool:
    """Whether ``line`` ends a sentence: «.», «!», «?», «؟» or «…», maybe inside a quote or
    bracket that closes after it («… قال.»»)."""
    end = line.rstrip(_CLOSERS + ")]' ")[-1:]
    return bool(end) and end in ".!?؟…"


def _joined(group: list[str]) -> str:
    """One paragraph's lines as one line; "# " headers stay lines of their own."""
    out: list[str] = []
    for line in group:
        if not out or _HEADER.match(line) or _HEADER.match(out[-1]):
            out.append(line)
        else:
            out[-1] += " " + line
    return "\n".join(out)


def _lines(text: str) -> list[str]:
    """Non-empty lines, trimmed (no-break spaces and other Unicode spaces included)."""
    return [s for s in (line.strip() for line in text.splitlines()) if s]


def _key(text: str) -> str:
    return " ".join(text.split())


def _cleaner(a: str, b: str) -> bool:
    """Whether ``a`` is the tidier copy of the same text (fewer doubled spaces)."""
    return a.count("  ") < b.count("  ")


def _mark_captions(
    items: list[tuple[str, BlockKind | None]], zone: set[int] = frozenset()
) -> list[tuple[str, BlockKind | None]]:
    """Caption lines («… المصدر: credit») become figures where a page puts them: between the
    headline and its repeat (``zone``), or printed twice in a row."""
    out = list(items)
    for i, (text, kind) in enumerate(items):
        if kind is not None or not _caption(text):
            continue
        nxt = items[i + 1][0] if i + 1 < len(items) else ""
        prv = items[i - 1][0] if i else ""
        if i in zone or _key(text) in (_key(nxt), _key(prv)):
            out[i] = (text, BlockKind.FIGURE)
    return out


def _blocks(items: list[tuple[str, BlockKind | None]], title: str) -> list[Block]:
    """Blocks from (text, kind) items, kind None for "a paragraph, or a quote if it reads as
    one"; repeats dropped as the module docstring says."""
    blocks: list[Block] = []
    seen: dict[str, int] = {}  # key of substantial text -> index of its block
    title_key = _key(title)
    prev_key = None
    quote_open, quote_run = False, 0
    for text, kind in items:
        if kind is BlockKind.FIGURE:
            m = _caption(text)
            block = Block(BlockKind.FIGURE, m.group("caption"), credit=m.group("credit"))
        else:
            block = Block(kind or BlockKind.PARAGRAPH, text)
        key = _key(block.text)
        if key == title_key:
            continue
        prev = blocks[-1] if blocks else None
        at = len(blocks) - 1 if key == prev_key else None
        if at is None and len(key) >= MIN_REPEAT_CHARS:
            at = seen.get(key)
        if at is not None:  # a repeat: keep one copy, the tidier one
            if _cleaner(block.text, blocks[at].text):
                blocks[at] = replace(blocks[at], text=block.text)
            continue
        if kind is None:
            # A paragraph ending in ":" introduces a quotation set in quotes, which may run
            # over a few paragraphs until the closing mark.
            if quote_open and quote_run < MAX_QUOTE_PARAGRAPHS:
                block = replace(block, kind=BlockKind.QUOTE)
                quote_run += 1
                quote_open = not _closes_quote(text)
            elif (
                prev is not None
                and prev.kind is BlockKind.PARAGRAPH
                and prev.text.endswith((":", "："))
                and text[0] in _OPENERS
            ):
                block = replace(block, kind=BlockKind.QUOTE)
                quote_run = 0
                quote_open = not _closes_quote(text)
            else:
                quote_open = False
        else:
            quote_open = False
        if len(key) >= MIN_REPEAT_CHARS:
            seen[key] = len(blocks)
        blocks.append(block)
        prev_key = key
    return blocks


def _closes_quote(text: str) -> bool:
    end = text.rstrip(_AFTER_CLOSER)[-1:]
    return bool(end) and end in _CLOSERS


def _article(title: str, blocks: list[Block], **meta: str) -> Article | None:
    if not blocks:
        if not title:
            return None
        blocks = [Block(BlockKind.PARAGRAPH, title)]  # a one-line file: keep its text readable
    # Direction and language from the start of the text: enough to decide, and this runs on
    # every article of a 10,000-file import.
    sample = (title + "\n" + "\n".join(b.text for b in blocks[:10]))[:2000]
    direction = detect_direction(sample)
    return Article(
        title=title,
        blocks=split_long_blocks(blocks),
        language=language_for(direction),
        direction=direction,
        **meta,
    )
