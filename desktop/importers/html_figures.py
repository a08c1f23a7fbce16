"""Find the pictures of a page with their caption, credit and alt text, before extraction.

The extractor (readability) decides *which* part of the page is the article, but it scores
class names, and caption markup is often called «media-caption» or «photo-credit», which it
penalises. So figures are read here from the full page first: each picture's container is
marked with ``data-qari-fig`` (and its class/id neutralised so scoring leaves it alone), and
when the extractor's output contains a marker, the block builder emits the figure read here.

Caption and credit come from, in order: ``<figcaption>``; elements whose class or id says
caption/credit inside a small wrapper around the image; a caption element right after the
image. A credit inside the caption text («… المصدر: رويترز», «… (أ ف ب)») is split off.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import html

from desktop.importers.credits import CREDIT_WORDS
from desktop.importers.images import MIN_SIDE

FIG_ATTR = "data-qari-fig"
CAPTION_ATTR = "data-qari-caption"  # a caption consumed by a figure: not a paragraph too

_CAPTION_CLASS = re.compile(
    r"caption|legend|figcaption|photo-?text|image-?text|img-?desc|image-?desc|photo-?desc|"
    r"description|tit(?:le|re)-?photo|credit|copyright|photographer",
    re.IGNORECASE,
)
_CREDIT_CLASS = re.compile(
    r"credit|copyright|photographer|attribution|source|byline|author|courtesy", re.IGNORECASE
)
_DECORATIVE = re.compile(
    r"(?:^|[\s/_.-])(?:icon|icons|logo|sprite|avatar|emoji|badge|spacer|pixel|blank|1x1|"
    r"tracking|tracker|advert|ads?|banner|button|btn|share|social|rss|print)(?:$|[\s/_.-]|\d)",
    re.IGNORECASE,
)
# Labels that start a credit inside a caption; the label itself is not kept («Credit: %1»).
# «تصوير/ أحمد» is written with a slash as often as with a colon.
_CREDIT_LABEL = re.compile(
    r"(?:^|[\s(\[|/،,.:-])(" + CREDIT_WORDS + r")\s*(?:[:：]|(?<=تصوير)\s*/)\s*(\S.{0,120})$",
    re.IGNORECASE,
)
_LEADING_LABEL = re.compile(
    r"^\s*(?:©\s*)?(?:(?:" + CREDIT_WORDS + r")\s*[:：]\s*|تصوير\s*/\s*|©\s*)", re.IGNORECASE
)
_COPYRIGHT = re.compile(r"(?:^|\s)©\s*(\S.{0,120})$")
# A trailing «(رويترز)» names an agency: a credit.
_AGENCIES = (
    "رويترز",
    "أ ف ب",
    "ا ف ب",
    "أ.ف.ب",
    "أ. ف. ب",
    "فرانس برس",
    "أسوشيتد برس",
    "اسوشيتد برس",
    "أ ب",
    "الأناضول",
    "غيتي",
    "جيتي",
    "Getty Images",
    "Getty",
    "AFP",
    "Reuters",
    "AP",
    "EPA",
    "Anadolu",
    "Shutterstock",
)
# The agency's name ends where a word ends: «(Apple Park)» is not a credit by «AP».
_AGENCY = "(" + "|".join(re.escape(a) for a in _AGENCIES) + r")(?![^\W\d_])"
_TRAILING_AGENCY = re.compile(r"\s*[(\[]\s*" + _AGENCY + r"[^)\]]{0,40}[)\]]\s*$", re.IGNORECASE)
# … or after a dash, bar or slash at the very end: «… - رويترز», «… | أ.ف.ب».
_DASHED_AGENCY = re.compile(r"\s[-–—|/]\s*" + _AGENCY + r"\W*$", re.IGNORECASE)
_WRAPPER_MAX_CHARS = 600
# Text in a <figure> besides its caption: a credit, a "full screen" label. More is the story
# itself, held by a <figure> left unclosed.
_FIGURE_MAX_OTHER_CHARS = 200
_LAZY_ATTRS = (
    "data-src",
    "data-original",
    "data-lazy-src",
    "data-lazy",
    "data-url",
    "data-full-src",
    "data-hi-res-src",
)
_SRCSET_ATTRS = ("data-srcset", "srcset", "data-lazy-srcset")
_STRUCTURAL = ("body", "html", "article", "main", "section")


@dataclass(slots=True)
class FigureRef:
    """A picture found in the page; ``sources`` are raw URLs or paths, best first."""

    id: int
    sources: list[str] = field(default_factory=list)
    alt: str = ""
    caption: str = ""
    credit: str = ""


def collect_figures(root: html.HtmlElement) -> dict[int, FigureRef]:
    """Mark every content picture in ``root`` and return them by marker id.

    Decorative images (icons, tracking pixels, logos) are removed from the tree: first those
    whose markup says so for certain, so they do not hide a figure's single picture, then
    those whose names say so, unless a caption shows they are content after all.
    """
    for img in list(root.iter("img", "amp-img")):
        if _decorative_markup(img):
            img.drop_tree()
    figures: dict[int, FigureRef] = {}
    for img in list(root.iter("img", "amp-img")):
        if img.getparent() is None or _inside_marked(img):
            continue
        sources = image_sources(img)
        fig = FigureRef(len(figures) + 1, sources, alt=clean_text(img.get("alt", "")))
        container, consumed = _figure_container(img, fig)
        if not (fig.caption or fig.credit) and _decorative_name(img, sources):
            img.drop_tree()
            continue
        container.set(FIG_ATTR, str(fig.id))
        img.set(FIG_ATTR, str(fig.id))
        if consumed is not None:
            consumed.set(CAPTION_ATTR, "1")
        _neutralise(container)
        if fig.alt and _same_text(fig.alt, fig.caption):
            fig.alt = ""  # a screen reader would read it twice
        figures[fig.id] = fig
    return figures


def image_sources(img) -> list[str]:
    """Candidate addresses for ``img``: the lazy-loading attributes first (a page that loads
    its pictures lazily puts a placeholder in ``src``: a spacer gif, «lazy.gif», a tiny data:
    address), then ``src``, then the widest sensible ``srcset`` entry."""
    src = (img.get("src") or "").strip()
    lazy = [img.get(a, "").strip() for a in _LAZY_ATTRS if img.get(a, "").strip()]
    srcsets = [img.get(a, "") for a in _SRCSET_ATTRS if img.get(a, "").strip()]
    parent = img.getparent()
    if parent is not None and parent.tag == "picture":
        srcsets += [s.get("srcset", "") for s in parent.iter("source") if s.get("srcset")]
    from_srcset = [u for u in (best_from_srcset(s) for s in srcsets) if u]
    placeholder = not src or src.startswith("data:") and len(src) < 400 or src == "#"
    ordered = lazy + [src] + from_srcset
    seen: list[str] = []
    for u in ordered:
        if u and u not in seen and not u.lower().startswith(("javascript:", "about:")):
            seen.append(u)
    if placeholder and len(seen) > 1 and seen[-1] == src:
        seen.pop()  # keep a tiny data: placeholder only when there is nothing else
    return seen


def best_from_srcset(srcset: str, max_width: int = 2048) -> str:
    """The widest candidate up to ``max_width`` (a reader never needs more)."""
    best, best_w = "", -1.0
    for part in srcset.split(","):
        bits = part.strip().split()
        if not bits:
            continue
        url, width = bits[0], 1.0
        if len(bits) > 1:
            d = bits[1].lower()
            try:
                width = float(d[:-1]) * (1 if d.endswith("w") else 1000)
            except ValueError:
                width = 1.0
        if (width <= max_width and width > best_w) or best_w < 0:
            best, best_w = url, width
    return best


def _decorative_markup(img) -> bool:
    """Presentation role, or a width/height attribute too small for a picture."""
    if img.get("role", "").lower() == "presentation":
        return True
    for attr in ("width", "height"):
        value = (img.get(attr) or "").strip().removesuffix("px")
        if value.isdigit() and int(value) < MIN_SIDE:
            return True
    return False


def _decorative_name(img, sources: list[str]) -> bool:
    """Class, id or file name of an icon, logo, button or ad."""
    names = f"{img.get('class', '')} {img.get('id', '')}"
    src = sources[0] if sources else ""
    path = src.split("?", 1)[0][-120:] if not src.startswith("data:") else ""
    return bool(_DECORATIVE.search(names) or (path and _DECORATIVE.search(path)))


def _inside_marked(el) -> bool:
    return any(a.get(FIG_ATTR) for a in el.iterancestors())


def _figure_container(img, fig: FigureRef):
    """The element standing for the figure in the page, and a caption element after it that
    the figure takes over (or None); fig.caption/credit are filled in."""
    figure = next(
        (a for a, _ in zip(img.iterancestors(), range(5), strict=False) if a.tag == "figure"), None
    )
    if figure is not None and _image_count(figure) == 1:
        caption_el = next(figure.iter("figcaption"), None)
        if caption_el is None:
            caption_el = _caption_inside(figure)
        outside = element_text(figure, [caption_el] if caption_el is not None else [])
        if len(clean_text(outside)) <= _FIGURE_MAX_OTHER_CHARS:
            _read_caption(fig, caption_el, figure)
            return figure, None
        if caption_el is not None:
            # A <figure> left open holds the story after it: the picture and its caption
            # are the figure, and the paragraphs stay paragraphs.
            _read_caption(fig, caption_el, caption_el)
            return _sole_holder(img), caption_el
    wrapper = _captioned_wrapper(img)
    if wrapper is not None:
        _read_caption(fig, _caption_inside(wrapper), wrapper)
        return wrapper, None
    holder = _sole_holder(img)
    following = _caption_after(holder)
    if following is not None:
        _read_caption(fig, None if _is_credit_el(following) else following, following)
    return holder, following


def _image_count(el) -> int:
    return sum(1 for _ in el.iter("img", "amp-img"))


def _captioned_wrapper(img):
    """A small ancestor (up to 3 levels) holding only this image and caption markup."""
    for anc, _ in zip(img.iterancestors(), range(3), strict=False):
        if anc.tag in _STRUCTURAL or anc.tag in ("p", "li", "td"):
            if anc.tag == "p" and _has_caption_markup(anc) and _image_count(anc) == 1:
                return anc
            return None
        if _image_count(anc) != 1 or len(anc.text_content()) > _WRAPPER_MAX_CHARS:
            return None
        if _has_caption_markup(anc):
            return anc
    return None


def _caption_inside(el):
    """The caption element in ``el``: a figcaption, else caption markup that is not a credit."""
    for d in el.iter():
        if d is el or not isinstance(d.tag, str) or d.tag in ("img", "amp-img", "picture"):
            continue
        names = f"{d.get('class', '')} {d.get('id', '')}"
        if d.tag == "figcaption" or (
            _CAPTION_CLASS.search(names) and not _is_credit_el(d) and d.text_content().strip()
        ):
            return d
    return None


def _has_caption_markup(el) -> bool:
    return _caption_inside(el) is not None or any(
        _is_credit_el(d) and d.text_content().strip()
        for d in el.iter()
        if d is not el and isinstance(d.tag, str)
    )


def _sole_holder(img):
    """The image, or the link/paragraph/div that holds nothing but it (so the wrapper is
    replaced as a whole and no empty paragraph is left behind)."""
    holder = img
    for anc, _ in zip(img.iterancestors(), range(3), strict=False):
        if anc.tag in _STRUCTURAL or _image_count(anc) != 1 or clean_text(anc.text_content()):
            break
        holder = anc
    return holder


def _caption_after(holder):
    nxt = holder.getnext()
    if nxt is None or not isinstance(nxt.tag, str) or _image_count(nxt):
        return None
    names = f"{nxt.get('class', '')} {nxt.get('id', '')}"
    text = clean_text(nxt.text_content())
    if text and len(text) <= 300 and (nxt.tag == "figcaption" or _CAPTION_CLASS.search(names)):
        return nxt
    return None


def _read_caption(fig: FigureRef, caption_el, scope) -> None:
    credit_els: list = []
    for d in scope.iter() if scope is not None else ():
        if not isinstance(d.tag, str) or any(_is_descendant(d, c) for c in credit_els):
            continue
        in_caption = caption_el is not None and _is_descendant(d, caption_el)
        if (_is_credit_el(d) or (d.tag in ("cite", "small") and in_caption)) and clean_text(
            d.text_content()
        ):
            credit_els.append(d)
    caption = element_text(caption_el, credit_els) if caption_el is not None else ""
    credit = " ".join(dict.fromkeys(clean_text(e.text_content()) for e in credit_els))
    if credit:
        credit = strip_credit_label(credit)
    else:
        caption, credit = split_credit(caption)
    fig.caption, fig.credit = caption, credit


def _is_credit_el(el) -> bool:
    return bool(_CREDIT_CLASS.search(f"{el.get('class', '')} {el.get('id', '')}"))


def _is_descendant(el, ancestor) -> bool:
    return any(a is ancestor for a in el.iterancestors())


def element_text(el, skip: list | tuple = ()) -> str:
    """The text of ``el`` as a reader sees it: a ``<br>`` is a space (``text_content`` joins
    «تستقيل<br>والبرلمان» into one word), the ``skip`` subtrees (credits inside a caption)
    left out."""
    parts: list[str] = []

    def walk(node) -> None:
        if isinstance(node.tag, str) and not any(node is s for s in skip):
            if node.tag == "br":
                parts.append(" ")
            parts.append(node.text or "")
            for child in node:
                walk(child)
        if node is not el:
            parts.append(node.tail or "")

    walk(el)
    return clean_text("".join(parts))


def split_credit(caption: str) -> tuple[str, str]:
    """Split a credit written at the end of a caption off it: «متظاهرون. المصدر: أ ف ب» ->
    («متظاهرون.», «أ ف ب»); «… (رويترز)» -> («…», «رويترز»)."""
    m = _CREDIT_LABEL.search(caption)
    if m:
        before = caption[: m.start(1)].strip(" -–—|،,:/([")
        # «الصورة: الرئيس يلقي كلمة» at the very start introduces a caption, not a credit.
        if before or m.group(1) not in ("الصورة", "صورة"):
            return before, m.group(2).strip(" )]")
    m = _COPYRIGHT.search(caption)
    if m:
        return caption[: m.start()].strip(" -–—|،,"), m.group(1).strip()
    m = _TRAILING_AGENCY.search(caption)
    if m:
        return caption[: m.start()].strip(" -–—|،,"), m.group(0).strip(" ()[]")
    m = _DASHED_AGENCY.search(caption)
    if m and caption[: m.start()].strip():
        return caption[: m.start()].strip(" -–—|،,"), m.group(1)
    return caption, ""


def strip_credit_label(credit: str) -> str:
    """«تصوير: رويترز» -> «رويترز»: the reader shows credits under its own label."""
    return _LEADING_LABEL.sub("", credit, count=1).strip()


def _neutralise(container) -> None:
    """Class and id names would make the extractor score the figure as furniture."""
    for el in container.iter():
        if isinstance(el.tag, str):
            for attr in ("class", "id"):
                if attr in el.attrib:
                    del el.attrib[attr]


def clean_text(text: str) -> str:
    """Collapse white space (no-break spaces included) and trim invisible marks at the ends,
    with the spaces between them («\u200f title \u200e» -> «title»)."""
    return " ".join(text.replace("\ufeff", "").split()).strip(" \u200b\u200c\u200d\u200e\u200f")


def _same_text(a: str, b: str) -> bool:
    return bool(a) and " ".join(a.split()).casefold() == " ".join(b.split()).casefold()
