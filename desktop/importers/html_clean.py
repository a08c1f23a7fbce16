"""Remove what is never article content from a parsed page, before the extractor scores it.

Two jobs. Safety: everything that can run or load something (scripts, frames, objects,
forms, templates, inline SVG and MathML) is dropped outright; the article model only holds
plain text, so nothing executable can survive anyway, but dropping it here also keeps script
text from ever being mistaken for prose. Quality: page furniture the extractor tends to keep
inside the article container (hidden elements, navigation, share bars, comment sections and a
site's comment-policy or legal notice under the story) is removed by structure, not by
per-site rules.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml import etree, html

# Dropped with everything inside them.
_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "button",
    "select",
    "textarea",
    "input",
    "canvas",
    "svg",
    "math",
    "audio",
    "video",
    "map",
    "dialog",
    "link",
    "meta",
    "base",
)
# Unwrapped, not dropped: ASP.NET sites wrap the whole page, article included, in one <form>.
_UNWRAP_TAGS = ("form", "label", "fieldset")
_ROLES = frozenset(
    {
        "navigation",
        "banner",
        "contentinfo",
        "search",
        "complementary",
        "menu",
        "menubar",
        "toolbar",
        "dialog",
        "alert",
        "tablist",
    }
)
# Class or id tokens of page furniture. Whole tokens only («share» but not «shareholders»).
_FURNITURE = re.compile(
    r"(?:^|[\s_-])(?:share|sharing|social|sharethis|addthis|print-link|breadcrumbs?|"
    r"newsletter|subscribe|subscription|related|recommended|most-?read|popular|trending|"
    r"comments?|comment-form|fb-comments|disqus|advert|advertisement|ads?|adspace|banner|"
    r"sponsor(?:ed)?|promo|cookie|consent|paywall|skip-link|sr-only|visually-hidden|"
    r"element-invisible|screen-reader-text)(?:$|[\s_-])",
    re.IGNORECASE,
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# Site policy pages a comment notice or footer links to.
_LEGAL_PATH = re.compile(
    r"(privacy|terms|conditions|community[_-]?guidelines|guidelines|cookies?|legal|"
    r"disclaimer|copyright|usage|الخصوصية|الشروط)",
    re.IGNORECASE,
)
_LEGAL_BLOCK_CHARS = 800
# «Read also» and its kin: links to other stories set inside the article's body, which the
# extractor keeps and read-aloud would read. Matched on a block's start, with or without hamza.
_READ_ALSO = re.compile(
    r"^\W*(?:(?:[اإأ]قر[أا]|طالع|شاهد|تابع)\s+(?:[أا]يض[اًا]+|المزيد|كذلك)|"
    r"(?:مواضيع|موضوعات|[أا]خبار|مقالات)\s+(?:ذات\s+صلة|متعلقة|قد\s+تهمك)|ذات\s+صلة|"
    r"read\s+(?:also|more)|see\s+also|related(?:\s+(?:stories|articles|links))?)"
    r"(?![^\W\d_])",  # no letter follows (a tanween is not \w, so not \b)
    re.IGNORECASE,
)
_READ_ALSO_CHARS = 300  # longer than this, a block starting so is prose
_CONTAINERS = ("div", "section", "aside", "footer", "table", "ul", "p")
_QUOTED_POST = re.compile(r"(?:^|\s)twitter-(?:tweet|video)(?:$|\s)")


def clean_tree(root: html.HtmlElement) -> None:
    """Strip the page in place. Keeps ``<head>`` (its title is read later) but drops scripts."""
    for el in list(root.iter(_DROP_TAGS, etree.Comment, etree.ProcessingInstruction)):
        _drop(el)
    for el in list(root.iter(_UNWRAP_TAGS)):
        if el.getparent() is not None:
            el.drop_tag()
    for el in list(root.iter("nav")):
        _drop(el)
    for el in list(root.iter("header", "footer", "aside")):
        if not _inside(el, ("article", "main")):
            _drop(el)
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        if _hidden(el):
            _drop(el)
    page_chars = len(root.text_content())
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        if _furniture(el) and not _holds_article(el, page_chars):
            _drop(el)
    _drop_legal_notices(root)
    _drop_read_also(root)
    _keep_quoted_posts(root)


def _keep_quoted_posts(root) -> None:
    """A post quoted in the story (Twitter's embed: ``<blockquote class="twitter-tweet">``) is
    what «وكتب في تغريدة:» introduces, but the extractor drops anything named «tweet» or
    «twitter» as a sidebar, and a wrapper around it for its links. So the quote loses its
    names and the wrappers holding only it are unwrapped: it stays a quote. (Its script,
    which would turn it into a widget, is gone already.)"""
    for quote in list(root.iter("blockquote")):
        if not _QUOTED_POST.search(quote.get("class", "")):
            continue
        for attr in ("class", "id"):
            quote.attrib.pop(attr, None)
        for link in list(quote.iter("a")):  # the address of its picture, not words to read
            if link.text_content().strip().startswith(("pic.twitter.com/", "pic.x.com/")):
                _drop(link)
        text = " ".join(quote.text_content().split())
        wrapper = quote.getparent()
        while (
            wrapper is not None
            and wrapper.tag not in ("article", "main", "body", "html")
            and " ".join(wrapper.text_content().split()) == text
        ):
            outer = wrapper.getparent()
            wrapper.drop_tag()
            wrapper = outer


def _holds_article(el, page_chars: int) -> bool:
    """A «furniture» class on a wrapper of the story itself («main has-ads») must not take the
    story with it."""
    if next(el.iter("article", "main", "h1"), None) is not None:
        return True
    return len(el.text_content()) > page_chars / 2


def _drop(el) -> None:
    if el.getparent() is not None:
        el.drop_tree()  # keeps the tail text, which belongs to the parent


def _inside(el, tags: tuple[str, ...]) -> bool:
    return any(a.tag in tags for a in el.iterancestors())


def _hidden(el) -> bool:
    if el.get("hidden") is not None or el.get("aria-hidden", "").lower() == "true":
        return True
    style = el.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def _furniture(el) -> bool:
    if el.tag in ("html", "body", "article", "main", "h1"):
        return False
    if el.get("role", "").lower() in _ROLES:
        return True
    names = f"{el.get('class', '')} {el.get('id', '')}".strip()
    return bool(names) and bool(_FURNITURE.search(names))


def _drop_legal_notices(root) -> None:
    """A short block with links to two or more of the site's own policy pages is a comment
    policy or legal notice (CNN Arabic's «ترحب شبكة CNN بالنقاش...» under every story)."""
    for block in _legal_blocks(root):
        _drop(block)


def _legal_blocks(root) -> list:
    found = []
    for a in root.iter("a"):
        if not _is_legal_link(a.get("href", "")):
            continue
        block = None
        for anc in a.iterancestors(_CONTAINERS):
            if len(anc.text_content()) > _LEGAL_BLOCK_CHARS:
                break
            block = anc
        if block is None or block in found:
            continue
        links = [x for x in block.iter("a") if _is_legal_link(x.get("href", ""))]
        if len(links) >= 2:
            found.append(block)
    return found


def _drop_read_also(root) -> None:
    """A short block starting «اقرأ أيضا» whose words are mostly a link's, and a list of
    links right after such a label on its own."""
    for el in list(root.iter("p", "div", "li", "h2", "h3", "h4", "strong", "b")):
        if el.getparent() is None:
            continue
        text = " ".join(el.text_content().split())
        if not text or len(text) > _READ_ALSO_CHARS or not _READ_ALSO.match(text):
            continue
        linked = sum(len(" ".join(a.text_content().split())) for a in el.iter("a"))
        label = _READ_ALSO.match(text).end()
        if linked and linked >= (len(text) - label) / 2:
            _drop(el)
        elif len(text) - label <= 2:  # the label alone: the links follow it
            following = el.getnext()
            if following is not None and _only_links(following):
                _drop(following)
            _drop(el)


def _only_links(el) -> bool:
    text = len("".join(el.text_content().split()))
    linked = sum(len("".join(a.text_content().split())) for a in el.iter("a"))
    return text > 0 and linked >= text * 0.8


def _is_legal_link(href: str) -> bool:
    parts = urlsplit(href.strip())
    if parts.scheme not in ("", "http", "https"):
        return False
    return bool(_LEGAL_PATH.search(parts.path.rsplit("/", 1)[-1] or parts.path))
