"""Title, site, author and publication date of a page, read before any cleaning.

Read from what sites publish for machines (Open Graph, article:*, Dublin Core, schema.org
JSON-LD and microdata, ``<time>``), because the visible page is full of other titles and other
dates: a «today» widget in the header, «most read» headlines in the sidebar. The document
``<title>`` is a fallback with the site's name cut off. When a page has no machine-readable
date, an Arabic date line near the headline («الأربعاء، 28 آب/اغسطس 2013») is understood:
``parse_date_text`` reads Levantine, Egyptian/Gulf and Maghreb month names.
"""

from __future__ import annotations

import datetime
import json
import re
from dataclasses import dataclass

from lxml import html

from desktop.importers.html_figures import clean_text, element_text
from desktop.importers.web_address import site_host

_SEPARATORS = re.compile(r"\s+[|\-–—:·•»«]{1,2}\s+")
_ISO_DATE = re.compile(
    r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
    r"(?:Z|[+-]\d{2}:?\d{2})?)?"
)
_SAVED_FROM = re.compile(
    r"<!--\s*saved from url=\(\d+\)\s*(https?://[^\s>]+?)\s*-->", re.IGNORECASE
)

_MONTHS = {
    1: ["يناير", "كانون الثاني", "كانون ثاني", "جانفي", "January", "Jan"],
    2: ["فبراير", "شباط", "فيفري", "فبراير", "February", "Feb"],
    3: ["مارس", "آذار", "اذار", "أذار", "March", "Mar"],
    4: ["أبريل", "ابريل", "إبريل", "نيسان", "أفريل", "افريل", "April", "Apr"],
    5: ["مايو", "أيار", "ايار", "ماي", "May"],
    6: ["يونيو", "يونية", "حزيران", "جوان", "June", "Jun"],
    7: ["يوليو", "يولية", "تموز", "جويلية", "جويلة", "July", "Jul"],
    8: ["أغسطس", "اغسطس", "آب", "أوت", "اوت", "غشت", "August", "Aug"],
    9: ["سبتمبر", "أيلول", "ايلول", "شتنبر", "September", "Sept", "Sep"],
    10: ["أكتوبر", "اكتوبر", "تشرين الأول", "تشرين الاول", "October", "Oct"],
    11: ["نوفمبر", "تشرين الثاني", "نونبر", "November", "Nov"],
    12: ["ديسمبر", "كانون الأول", "كانون الاول", "دجنبر", "December", "Dec"],
}
_MONTH_OF = {name.casefold(): n for n, names in _MONTHS.items() for name in names}
_MONTH_RE = "|".join(sorted((re.escape(m) for m in _MONTH_OF), key=len, reverse=True))
# «28 آب/اغسطس 2013», «8 فيفري 2019», «28 أغسطس (آب) 2013», «28 August 2013»
_DAY_MONTH_YEAR = re.compile(
    rf"(?<!\d)(\d{{1,2}})\s*(?:من\s+)?({_MONTH_RE})(?:\s*[/(]\s*(?:{_MONTH_RE})\s*\)?)?"
    rf"\s*[,،]?\s*(\d{{4}})(?!\d)",
    re.IGNORECASE,
)
# «August 28, 2013»
_MONTH_DAY_YEAR = re.compile(rf"({_MONTH_RE})\s+(\d{{1,2}}),?\s+(\d{{4}})", re.IGNORECASE)
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)

_DATE_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publication_date",
    "dc.date.issued",
    "dcterms.issued",
    "dc:date",
    "dc.date",
    "dcterms.created",
    "dcterms:created",
    "date",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "og:published_time",
    "schema:datepublished",
)
_AUTHOR_KEYS = (
    "author",
    "article:author",
    "dc.creator",
    "dcterms.creator",
    "byl",
    "sailthru.author",
    "parsely-author",
    "twitter:creator",
)


@dataclass(slots=True)
class PageMeta:
    title: str = ""
    site: str = ""
    author: str = ""
    published: str = ""
    url: str = ""  # where a saved page came from ("saved from url" comment), else ""


def read_meta(root: html.HtmlElement, raw_text: str = "", page_url: str = "") -> PageMeta:
    """Metadata of the page ``root``; ``raw_text`` is the decoded page (for the comment a
    browser writes into saved pages), ``page_url`` the address it was fetched from."""
    props = _meta_properties(root)
    ld = _json_ld_article(root)
    meta = PageMeta()
    m = _SAVED_FROM.search(raw_text[:4096]) if raw_text else None
    meta.url = m.group(1) if m else ""
    meta.title = _title(root, props, ld)
    meta.site = (
        props.get("og:site_name")
        or _ld_name(ld.get("publisher"))
        or props.get("application-name")
        or site_host(page_url or meta.url or props.get("og:url", "") or _canonical(root))
    )
    meta.site = clean_text(meta.site)
    meta.author = _author(root, props, ld)
    meta.published = _published(root, props, ld)
    return meta


def _meta_properties(root) -> dict[str, str]:
    """<meta name|property|itemprop=... content=...> and RDFa spans with ``property`` and
    ``content`` (Drupal writes dc:date that way), first value of each key wins."""
    props: dict[str, str] = {}
    for el in root.iter("meta", "span", "div", "time", "abbr"):
        content = el.get("content")
        if content is None and el.tag == "time":
            content = el.get("datetime")
        if not content or not content.strip():
            continue
        for attr in ("property", "name", "itemprop"):
            for key in (el.get(attr) or "").lower().split():
                props.setdefault(key, content.strip())
    return props


def _json_ld_article(root) -> dict:
    """The first schema.org Article-like object in the page's JSON-LD, or {}."""
    for script in root.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json":
            continue
        text = (script.text or "")[:200_000]
        try:
            data = json.loads(text)
        except ValueError:
            continue
        for obj in _walk_ld(data):
            kind = obj.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if any(
                isinstance(k, str) and k.endswith(("Article", "BlogPosting", "Report"))
                for k in kinds
            ):
                return obj
    return {}


def _walk_ld(data, depth: int = 0):
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _walk_ld(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _walk_ld(data["@graph"], depth + 1)


def _ld_name(value) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        name = value.get("name")
        return name if isinstance(name, str) else ""
    if isinstance(value, list):
        return "، ".join(n for n in (_ld_name(v) for v in value[:4]) if n)
    return ""


def _title(root, props: dict[str, str], ld: dict) -> str:
    headings = [element_text(h) for h in root.iter("h1")]
    headings = [h for h in headings if h]
    doc_title = clean_text(root.findtext(".//title") or "")
    for candidate in (props.get("og:title"), props.get("twitter:title"), ld.get("headline")):
        text = clean_text(candidate if isinstance(candidate, str) else "")
        if text:
            return strip_site_suffix(text, props.get("og:site_name", ""))
    for h in headings:  # the headline is usually the h1 that the <title> repeats
        if doc_title and h in doc_title:
            return h
    if doc_title:
        return strip_site_suffix(doc_title, props.get("og:site_name", ""))
    return headings[0] if headings else ""


def strip_site_suffix(title: str, site: str = "") -> str:
    """«العنوان - الصباح | Assabah» -> «العنوان»: drop the parts that name the site, keeping
    the longest part when the site is not known."""
    parts = [p.strip() for p in _SEPARATORS.split(title) if p.strip()]
    if len(parts) < 2:
        return title
    if site:
        kept = [p for p in parts if p.casefold() != site.casefold()]
        if kept and len(kept) < len(parts):
            parts = kept
            if len(parts) == 1:
                return parts[0]
    longest = max(parts, key=len)
    # Only cut when the rest is short, like a site name; a title with a dash keeps it.
    rest = sum(len(p) for p in parts) - len(longest)
    if rest <= max(40, len(longest) // 2) and title.startswith(longest):
        return longest
    return title


# Class or id tokens of a byline box; whole tokens («author», not «authority»).
_BYLINE_CLASS = re.compile(
    r"(?:^|[\s_-])(?:byline|author|author-?name|writer|kateb)(?:$|[\s_-])", re.IGNORECASE
)
# The words that start a byline («بقلم فلان», «By Jane Doe»), also read off a byline paragraph
# by html_page.
BYLINE_WORDS = r"بقلم|كتب|كتبت|حوار|أجرى الحوار|By"
_BYLINE_LABEL = re.compile(r"^(?:" + BYLINE_WORDS + r")\s*[:：]?\s*", re.IGNORECASE)


def _author(root, props: dict[str, str], ld: dict) -> str:
    for key in _AUTHOR_KEYS:
        value = clean_text(props.get(key, ""))
        if value and not value.startswith(("http://", "https://", "@")) and len(value) < 120:
            return value
    name = clean_text(_ld_name(ld.get("author")))
    if name:
        return name
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.get("rel") == "author" or "author" in (el.get("itemprop") or ""):
            text = clean_text(el.text_content())
            if 1 < len(text) < 80:
                return text
    for el in root.iter():  # a byline box, often outside the part the extractor keeps
        if not isinstance(el.tag, str):
            continue
        names = f"{el.get('class', '')} {el.get('id', '')}"
        if _BYLINE_CLASS.search(names) and "comment" not in names.casefold():
            text = _BYLINE_LABEL.sub("", clean_text(el.text_content()))
            if 1 < len(text) < 80 and len(text.split()) <= 6:
                return text
    return ""


def _published(root, props: dict[str, str], ld: dict) -> str:
    for key in _DATE_KEYS:
        value = props.get(key, "")
        m = _ISO_DATE.match(value.strip())
        if m:
            return m.group(0)
    value = ld.get("datePublished")
    if isinstance(value, str) and _ISO_DATE.match(value.strip()):
        return _ISO_DATE.match(value.strip()).group(0)
    for t in root.iter("time"):
        ancestors = [a.tag for a in t.iterancestors()]
        if t.get("pubdate") is None and "article" not in ancestors:
            continue
        if t.get("pubdate") is None and ("a" in ancestors or "li" in ancestors):
            continue  # a related story's date, in its link or list item, not this one's
        m = _ISO_DATE.match((t.get("datetime") or "").strip())
        if m:
            return m.group(0)
    return ""


def parse_date_text(text: str) -> str:
    """An ISO date («2013-08-28») from a written date in Arabic or English, or ""."""
    text = text.translate(_DIGITS)
    m = _DAY_MONTH_YEAR.search(text)
    if m:
        day, month, year = int(m.group(1)), _MONTH_OF[m.group(2).casefold()], int(m.group(3))
    else:
        m = _MONTH_DAY_YEAR.search(text)
        if not m:
            return ""
        month, day, year = _MONTH_OF[m.group(1).casefold()], int(m.group(2)), int(m.group(3))
    if not 1900 <= year <= 2200:
        return ""
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:  # 31 February, 31 April, 0 March
        return ""


_DATE_LINE_WORDS = re.compile(
    r"(?:السبت|الأحد|الاحد|الإثنين|الاثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|"
    r"Saturday|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|آخر تحديث|اخر تحديث|"
    r"تاريخ النشر|نشر في|نُشر في|نشر|تحديث|بتوقيت|غرينتش|مكة المكرمة|"
    r"Published|Updated|Last updated|GMT|UTC|[AP]M|ص|م|\d{1,2}:\d{2}(?::\d{2})?|"
    r"[+-]\d{2,4}|[\W_])+",
    re.IGNORECASE,
)


def date_line(text: str) -> str:
    """The ISO date when ``text`` is nothing but a date line («الأربعاء، 28 آب/اغسطس 2013،
    آخر تحديث 14:00 (GMT+0400)»), else "" — a sentence that merely mentions a date is not."""
    date = parse_date_text(text)
    if not date:
        return ""
    plain = text.translate(_DIGITS)
    m = _DAY_MONTH_YEAR.search(plain) or _MONTH_DAY_YEAR.search(plain)
    rest = plain[: m.start()] + " " + plain[m.end() :]
    leftover = [w for w in _DATE_LINE_WORDS.sub(" ", rest).split() if w]
    return date if not leftover else ""


def _canonical(root) -> str:
    for link in root.iter("link"):
        if (link.get("rel") or "").lower() == "canonical":
            return link.get("href") or ""
    return ""
