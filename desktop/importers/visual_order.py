"""Arabic text stored in display order, as copying or extracting it from many PDFs gives it.

A PDF keeps its glyphs in the order they are drawn, left to right. Taken out of some viewers,
an Arabic line comes out backwards («ثوعبملا لاق» for «قال المبعوث»), with numbers and Latin
words the right way round. Imported as it was, such an article could not be read, searched or
spoken. It is recognised by its most common words and the article «ال» showing up reversed,
and each line is put back in reading order by python-bidi: laying a right-to-left line out
(reverse it, keep left-to-right runs as they are, mirror brackets) undoes itself when done
twice.
"""

from __future__ import annotations

from collections import Counter

from desktop.importers.encoding import arabic_words, is_common_arabic_word

_SAMPLE_CHARS = 6_000  # some 1,000 words: plenty to tell, and cheap on every text import
# Reversed words must outnumber words read the right way by this much, and be this many, for
# a text to count as backwards: an article that quotes a reversed word or two is not.
_MIN_RATIO = 3
_MIN_WORDS = 8


def in_display_order(text: str) -> bool:
    """Whether Arabic ``text`` reads backwards (see the module's docstring)."""
    sample = text[:_SAMPLE_CHARS]
    if sample.count(" ال") >= sample.count("لا "):  # «ال» starts more words than ends them
        return False
    counts = Counter(arabic_words(sample))
    forwards = sum(n for word, n in counts.items() if is_common_arabic_word(word))
    backwards = sum(n for word, n in counts.items() if is_common_arabic_word(word[::-1]))
    return backwards >= _MIN_WORDS and backwards >= _MIN_RATIO * forwards


def to_reading_order(text: str) -> str:
    """Each line of ``text`` laid out right to left once more, which puts a line stored in
    display order back in reading order."""
    from bidi import get_display

    return "\n".join(
        get_display(line, base_dir="R") if line.strip() else line for line in text.split("\n")
    )
