"""What is said for each block, and where each spoken word is on screen.

Reading aloud is not reading ``block.text`` top to bottom: the headline comes first, a figure
is announced («صورة:») before its caption and its alt text is read when it says more than the
caption, and photo credits are noise to a listener unless asked for. Every utterance keeps the
span of the *displayed* block text it belongs to, so highlighting and "start from here" work in
display offsets even where the spoken text differs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from desktop.arabic import normalize_for_search, sentences
from desktop.model import Article, Block, BlockKind, Position

#: Block index used for the article title when it is not one of the blocks.
TITLE_BLOCK = -1

_FIGURE_PREFIX = {"ar": "صورة: ", "en": "Image: ", "fr": "Image : "}
_FIGURE_ALONE = {"ar": "صورة.", "en": "Image.", "fr": "Image."}
_DAMAGED = "\ufffd"


@dataclass(frozen=True, slots=True)
class Utterance:
    """One piece of speech, usually one sentence.

    ``text[lead:] == displayed_text[start:end]`` when ``verbatim`` (a damaged character,
    U+FFFD, is said as a space); ``text[:lead]`` is spoken only (the «صورة: » announcement)
    and maps to no displayed word. Not verbatim (alt text,
    credits): nothing maps to words, and ``start:end`` is what stays highlighted meanwhile.
    """

    block: int
    start: int
    end: int
    text: str
    lead: int = 0
    verbatim: bool = True

    def display_span(self, char_start: int, char_end: int) -> tuple[int, int] | None:
        """The displayed (start, end) of the spoken characters ``char_start:char_end``."""
        if not self.verbatim or char_start < self.lead:
            return None
        return self.start + char_start - self.lead, self.start + char_end - self.lead

    def clip(self, start: int, end: int) -> Utterance | None:
        """This utterance cut to the displayed range ``start:end`` (a selection), or None."""
        if not self.verbatim:
            return self
        lo, hi = max(start, self.start), min(end, self.end)
        if hi <= lo:
            return None
        if (lo, hi) == (self.start, self.end):
            return self
        body = self.text[self.lead + lo - self.start : self.lead + hi - self.start]
        stripped = body.lstrip()
        lo += len(body) - len(stripped)
        body = stripped.rstrip()
        if not body:
            return None
        keep_lead = lo == self.start
        lead_text = self.text[: self.lead] if keep_lead else ""
        return replace(
            self, start=lo, end=lo + len(body), text=lead_text + body, lead=len(lead_text)
        )


def _language_key(language: str) -> str:
    return (language or "ar").lower().split("-")[0]


def _sentence_utterances(index: int, text: str) -> list[Utterance]:
    out = []
    for s in sentences(text):
        # U+FFFD marks a character an import found damaged: eSpeak NG spells it out, and
        # the word after it was lost in the noise. A space of the same length keeps offsets.
        spoken = s.text.replace(_DAMAGED, " ")
        if spoken.strip():
            out.append(Utterance(index, s.start, s.end, spoken))
    return out


def _says_more(alt: str, caption: str) -> bool:
    """Alt text is worth reading when it is not already contained in the caption."""
    a, c = normalize_for_search(alt).strip(), normalize_for_search(caption)
    a, c = " ".join(a.split()), " ".join(c.split())
    return bool(a) and a not in c


def block_utterances(
    block: Block, index: int, language: str = "ar", include_credits: bool = False
) -> list[Utterance]:
    """What is said for one block, in order."""
    lang = _language_key(language)
    out: list[Utterance] = []
    if block.kind == BlockKind.FIGURE:
        prefix = _FIGURE_PREFIX.get(lang, _FIGURE_PREFIX["en"])
        caption = _sentence_utterances(index, block.text)
        if caption:
            first = caption[0]
            caption[0] = replace(first, text=prefix + first.text, lead=len(prefix))
        out += caption
        whole = (0, len(block.text))
        if _says_more(block.alt, block.text):
            for s in sentences(block.alt):
                lead = prefix if not out else ""
                out.append(Utterance(index, *whole, lead + s.text, len(lead), verbatim=False))
        if not out:
            out.append(
                Utterance(index, 0, 0, _FIGURE_ALONE.get(lang, _FIGURE_ALONE["en"]), 0, False)
            )
    else:
        out += _sentence_utterances(index, block.text)
    if include_credits and block.credit.strip():
        end = len(block.text)
        out.append(Utterance(index, end, end, block.credit.strip(), verbatim=False))
    return out


def _title_is_first_block(article: Article) -> bool:
    if not article.blocks or article.blocks[0].kind != BlockKind.HEADING:
        return False
    return " ".join(article.blocks[0].text.split()) == " ".join(article.title.split())


def article_utterances(
    article: Article, include_title: bool = True, include_credits: bool = False
) -> list[Utterance]:
    """Everything said when the whole article is read: the headline first, then each block.

    The title is read as block ``TITLE_BLOCK`` unless the first block already is that heading.
    """
    out: list[Utterance] = []
    if include_title and article.title.strip() and not _title_is_first_block(article):
        out += _sentence_utterances(TITLE_BLOCK, article.title)
    for i, block in enumerate(article.blocks):
        out += block_utterances(block, i, article.language, include_credits)
    return out


def selection_utterances(
    utterances: Sequence[Utterance], start: Position, end: Position
) -> list[Utterance]:
    """The utterances of a selection from ``start`` to ``end`` (display positions), the first
    and last cut at the selection's edges."""
    out = []
    for u in utterances:
        if u.block < start.block or u.block > end.block:
            continue
        lo = start.offset if u.block == start.block else 0
        hi = end.offset if u.block == end.block else u.end
        if u.verbatim:
            clipped = u.clip(lo, hi)
            if clipped is not None:
                out.append(clipped)
        elif lo <= u.start and u.end <= max(hi, u.start):
            out.append(u)
    return out
