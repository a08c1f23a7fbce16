"""A paragraph too long to be one is cut into pieces at import, losing no text.

(A text file with no line breaks made one block of megabytes, which the reader laid out whole:
2.5 million characters took ten seconds to open, the window frozen. bench/bench_reader.py
reports the time now.)"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from desktop.importers.html_page import extract_article
from desktop.importers.long_blocks import MAX_BLOCK_CHARS, split_long_blocks
from desktop.importers.scraped_text import import_text_file
from desktop.model import Block, BlockKind

SENTENCE = "أكد المبعوث الأممي أن هناك شعورا بالاتحاد داخل مجلس الأمن حيال حلب. "


def words(text: str) -> list[str]:
    return text.split()


def test_a_long_paragraph_is_cut_at_sentence_ends_into_pieces_under_the_limit():
    text = (SENTENCE * 400).strip()  # ~27,000 characters
    blocks = split_long_blocks([Block(BlockKind.PARAGRAPH, text)])
    assert len(blocks) > 1
    assert all(len(b.text) <= MAX_BLOCK_CHARS for b in blocks)
    assert all(b.text.endswith("حلب.") and b.text.startswith("أكد") for b in blocks)
    assert words(" ".join(b.text for b in blocks)) == words(text)


def test_short_blocks_and_figures_are_left_as_they_are():
    blocks = [
        Block(BlockKind.HEADING, "عنوان"),
        Block(BlockKind.PARAGRAPH, SENTENCE * 10),
        Block(BlockKind.FIGURE, "تعليق " * 2000, credit="رويترز"),
    ]
    assert split_long_blocks(blocks) == blocks


def test_a_sentence_longer_than_the_limit_is_cut_at_spaces():
    text = "، ".join(["كلمة طويلة نسبيا في جملة بلا نقطة"] * 1000)  # no sentence end at all
    blocks = split_long_blocks([Block(BlockKind.QUOTE, text)])
    assert len(blocks) > 1 and all(b.kind == BlockKind.QUOTE for b in blocks)
    assert all(len(b.text) <= MAX_BLOCK_CHARS for b in blocks)
    assert words(" ".join(b.text for b in blocks)) == words(text)


def test_a_run_without_spaces_is_cut_at_the_limit_keeping_each_letters_vowels():
    run = "بَّ" * 40_000  # a letter with two marks, 120,000 characters, no space
    blocks = split_long_blocks([Block(BlockKind.PARAGRAPH, run)])
    assert "".join(b.text for b in blocks) == run
    assert all(len(b.text) <= MAX_BLOCK_CHARS + 2 for b in blocks)
    assert not any(unicodedata.combining(b.text[0]) for b in blocks)


def test_a_text_file_of_one_huge_line_imports_in_pieces(tmp_path: Path):
    text = "عنوان الملف\n\n" + SENTENCE * 20_000  # 1.4 million characters on one line
    path = tmp_path / "سطر.txt"
    path.write_text(text, encoding="utf-8")
    [article] = import_text_file(path, path.read_bytes())
    assert max(len(b.text) for b in article.blocks) <= MAX_BLOCK_CHARS
    assert sum(b.text.count("حلب") for b in article.blocks) == 20_000


def test_a_page_that_is_one_giant_paragraph_imports_in_pieces():
    page = f"<html><head><title>صفحة</title></head><body><p>{SENTENCE * 3000}</p></body></html>"
    article = extract_article(page, source="giant.html")
    assert len(article.blocks) > 1
    assert max(len(b.text) for b in article.blocks) <= MAX_BLOCK_CHARS
    assert sum(b.text.count("حلب") for b in article.blocks) == 3000
