"""What is said per block, and that every spoken word maps back onto the displayed text."""

from __future__ import annotations

import csv
from pathlib import Path

from desktop.arabic import sentences, words
from desktop.model import Article, Block, BlockKind, Position
from desktop.tts.speech_text import (
    TITLE_BLOCK,
    article_utterances,
    block_utterances,
    selection_utterances,
)

CAPTION = "أطفال في مخيم للاجئين. الصورة من عام 2016."


def article(**kw) -> Article:
    blocks = [
        Block(BlockKind.PARAGRAPH, "الجملة الأولى. والثانية، مع فاصلة؛ وفاصلة منقوطة."),
        Block(BlockKind.FIGURE, CAPTION, credit="المصدر: اليونيسف", alt="أطفال يلعبون"),
        Block(BlockKind.QUOTE, "قال: «لن نستسلم.»"),
    ]
    return Article(kw.pop("title", "عنوان المقال"), kw.pop("blocks", blocks), **kw)


def test_the_headline_is_read_first() -> None:
    utts = article_utterances(article())
    assert (utts[0].block, utts[0].text) == (TITLE_BLOCK, "عنوان المقال")
    assert [u.block for u in utts] == sorted(u.block for u in utts)
    assert [u.text for u in utts if u.block == 0] == [
        "الجملة الأولى.",
        "والثانية، مع فاصلة؛ وفاصلة منقوطة.",
    ]


def test_a_title_that_is_the_first_heading_is_not_said_twice() -> None:
    blocks = [Block(BlockKind.HEADING, "عنوان  المقال"), Block(BlockKind.PARAGRAPH, "نص.")]
    utts = article_utterances(article(blocks=blocks))
    assert [u.block for u in utts] == [0, 1]
    assert article_utterances(article(), include_title=False)[0].block != TITLE_BLOCK


def test_a_figure_is_announced_and_offsets_stay_on_the_caption() -> None:
    figure = article().blocks[1]
    utts = block_utterances(figure, 1, "ar")
    first = utts[0]
    assert first.text.startswith("صورة: ")
    assert first.text[first.lead :] == CAPTION[first.start : first.end]
    # The announcement is spoken but maps to no displayed word; caption words map exactly.
    assert first.display_span(0, 4) is None
    for w in words(first.text[first.lead :]):
        start, end = first.display_span(first.lead + w.start, first.lead + w.end)
        assert CAPTION[start:end] == w.text
    second = utts[1]
    assert second.lead == 0 and CAPTION[second.start : second.end] == second.text


def test_alt_text_is_read_only_when_it_says_more_than_the_caption() -> None:
    more = Block(BlockKind.FIGURE, "مخيم للاجئين.", alt="أطفال يلعبون في مخيم للاجئين")
    utts = block_utterances(more, 0, "ar")
    assert [u.text for u in utts] == ["صورة: مخيم للاجئين.", "أطفال يلعبون في مخيم للاجئين"]
    assert not utts[1].verbatim and utts[1].display_span(0, 5) is None
    same = Block(BlockKind.FIGURE, "أطفال يلعبون في مخيم.", alt="أطفال  يلعبون")
    assert [u.text for u in block_utterances(same, 0, "ar")] == ["صورة: أطفال يلعبون في مخيم."]
    only_alt = Block(BlockKind.FIGURE, "", alt="خريطة سوريا")
    assert [u.text for u in block_utterances(only_alt, 0, "ar")] == ["صورة: خريطة سوريا"]
    bare = Block(BlockKind.FIGURE, "")
    assert [u.text for u in block_utterances(bare, 0, "en")] == ["Image."]


def test_credits_are_skipped_unless_asked_for() -> None:
    texts = [u.text for u in article_utterances(article())]
    assert not any("اليونيسف" in t for t in texts)
    with_credits = article_utterances(article(), include_credits=True)
    credit = [u for u in with_credits if "اليونيسف" in u.text]
    assert len(credit) == 1 and credit[0].block == 1 and not credit[0].verbatim


def test_a_selection_is_cut_at_its_edges() -> None:
    utts = article_utterances(article())
    text = article().blocks[0].text
    start = text.index("مع")
    chosen = selection_utterances(utts, Position(0, start), Position(1, 5))
    assert chosen[0].text == "مع فاصلة؛ وفاصلة منقوطة." and chosen[0].start == start
    assert chosen[-1].block == 1 and chosen[-1].text == "صورة: أطفال"
    assert [u.block for u in chosen] == [0, 1]


def _decode(path: Path, encodings: dict[str, str]) -> str:
    label = encodings.get(path.name, "utf-8").lower()
    codec = (
        "cp720"
        if "cp720" in label
        else "iso8859_6"
        if "8859-6" in label
        else "utf-16"
        if "utf-16" in label
        else "cp1256"
        if "1256" in label
        else "utf-8-sig"
    )
    return path.read_bytes().decode(codec)


def test_no_corpus_sentence_is_split_at_arabic_comma_or_semicolon(corpus_dir: Path) -> None:
    folder = corpus_dir / "text"
    with (folder / "sources.tsv").open(encoding="utf-8", newline="") as f:
        encodings = {row["file"]: row["encoding"] for row in csv.DictReader(f, delimiter="\t")}
    files = sorted(p for p in folder.iterdir() if p.suffix == ".txt")
    assert len(files) >= 30
    commas = 0
    for path in files:
        text = _decode(path, encodings)
        assert "\ufffd" not in text, path.name
        spans = sentences(text)
        commas += text.count("،") + text.count("؛")
        for s in spans:
            assert text[s.start : s.end] == s.text
            after = text[s.end : s.end + 1]
            # A sentence may end in «،»/«؛» only where the line ends there too.
            if s.text[-1] in "،؛":
                assert after in ("", "\n", "\r") or text[s.end :].lstrip(" \t").startswith(
                    ("\n", "\r")
                ), f"{path.name}: split after «{s.text[-1]}» in «{s.text[-40:]}»"
    assert commas > 500  # the check had something to check


def test_a_damaged_character_is_said_as_a_space_and_offsets_hold() -> None:
    """U+FFFD (a byte an import found damaged) was spelt out by eSpeak NG and drowned the
    next word."""
    text = "وصل الوفد إلى مجل\ufffd الأمن صباحا. \ufffd"
    utts = block_utterances(Block(BlockKind.PARAGRAPH, text), 0)
    assert [u.text for u in utts] == ["وصل الوفد إلى مجل  الأمن صباحا."]
    [u] = utts
    assert (u.start, u.end) == (0, len("وصل الوفد إلى مجل\ufffd الأمن صباحا."))
