"""Re-anchoring a quote in changed text: the pure functions, on real Arabic sentences."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.anchoring import CONTEXT, follow_position, make_quote, reanchor
from desktop.model import TextQuote

BLOCKS = [
    "دي ميستورا: هناك شعور بالاتحاد داخل مجلس الأمن حيال حلب",
    "أكد ستيفان دي ميستورا، المبعوث الأممي الخاص لسوريا، ترحيبه بإعلان روسيا تعليق "
    "الأنشطة القتالية في حلب، مشيرا إلى أن هذا قد يكون الوقت المناسب للنظر في الأمر.",
    "وقال: «ربما هذا هو الوقت للنظر جديا في احتمال تجديد البحث عن حل سياسي».",
    "حلب مدينة قديمة. حلب مدينة قديمة. حلب مدينة قديمة.",
]


def quote_of(block: int, phrase: str, nth: int = 0) -> TextQuote:
    text = BLOCKS[block]
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return make_quote(BLOCKS, block, start, start + len(phrase))


def text_at(q: TextQuote | None, blocks: list[str]) -> str:
    assert q is not None
    return blocks[q.block][q.start : q.end]


def test_make_quote_keeps_exact_text_and_bounded_context() -> None:
    q = quote_of(1, "المبعوث الأممي الخاص لسوريا")
    assert q.exact == "المبعوث الأممي الخاص لسوريا"
    assert BLOCKS[1][q.start - len(q.prefix) : q.start] == q.prefix
    assert BLOCKS[1][q.end : q.end + len(q.suffix)] == q.suffix
    assert len(q.prefix) <= CONTEXT and len(q.suffix) == CONTEXT
    assert q.prefix == "أكد ستيفان دي ميستورا، "  # shorter: the block starts there


def test_make_quote_clamps_and_rejects_a_missing_block() -> None:
    q = make_quote(BLOCKS, 0, -5, 10_000)
    assert (q.start, q.end, q.exact) == (0, len(BLOCKS[0]), BLOCKS[0])
    with pytest.raises(IndexError):
        make_quote(BLOCKS, 9, 0, 1)


def test_unchanged_text_keeps_the_same_anchor() -> None:
    q = quote_of(2, "احتمال تجديد البحث")
    assert reanchor(q, BLOCKS) == q


def test_blocks_inserted_before_move_the_anchor_to_the_new_block() -> None:
    q = quote_of(1, "الأنشطة القتالية في حلب")
    blocks = [BLOCKS[0], "فقرة جديدة أضيفت في التحديث.", "وأخرى.", *BLOCKS[1:]]
    found = reanchor(q, blocks)
    assert found is not None and found.block == 3
    assert text_at(found, blocks) == "الأنشطة القتالية في حلب"


def test_text_moved_and_changed_around_the_quote() -> None:
    """The edit the issue names: text before and after the quote changes and it moves."""
    q = quote_of(1, "ترحيبه بإعلان روسيا تعليق الأنشطة القتالية")
    edited = [
        BLOCKS[0],
        BLOCKS[2],
        "في مؤتمر صحفي يوم الخميس، أكد المبعوث الأممي ستيفان دي ميستورا "
        "ترحيبه بإعلان روسيا تعليق الأنشطة القتالية لمدة ثماني ساعات.",
    ]
    found = reanchor(q, edited)
    assert found is not None and found.block == 2
    assert text_at(found, edited) == q.exact
    assert found.prefix.endswith("ستيفان دي ميستورا ")
    assert found.suffix.startswith(" لمدة ثماني")


def test_a_quote_whose_own_text_changed_a_little_is_found_fuzzily() -> None:
    q = quote_of(1, "المبعوث الأممي الخاص لسوريا")
    edited = [BLOCKS[0], BLOCKS[1].replace("الأممي الخاص لسوريا", "الاممي الخاص إلى سوريا")]
    found = reanchor(q, edited)
    assert found is not None and found.block == 1
    assert text_at(found, edited) == "المبعوث الاممي الخاص إلى سوريا"


def test_whitespace_changes_do_not_lose_the_quote() -> None:
    q = quote_of(2, "ربما هذا هو الوقت")
    edited = [b.replace(" ", "  ").replace("هذا  هو", "هذا\nهو") for b in BLOCKS]
    assert text_at(reanchor(q, edited), edited) == "ربما  هذا\nهو  الوقت"


def test_a_quote_that_disappeared_is_an_orphan() -> None:
    q = quote_of(2, "احتمال تجديد البحث عن حل سياسي")
    edited = [BLOCKS[0], BLOCKS[1], "فقرة أخرى تماما لا علاقة لها بالموضوع."]
    assert reanchor(q, edited) is None
    assert reanchor(q, []) is None


def test_repeated_phrase_keeps_the_occurrence_that_was_highlighted() -> None:
    q = quote_of(3, "حلب مدينة قديمة", nth=1)
    found = reanchor(q, BLOCKS)
    assert (found.block, found.start) == (q.block, q.start)
    # The same three sentences moved down by a paragraph: still the second one.
    blocks = [*BLOCKS[:3], "فقرة مدرجة.", BLOCKS[3]]
    found = reanchor(q, blocks)
    assert found.block == 4 and found.start == q.start


def test_context_beats_the_old_offset_when_text_is_inserted_in_the_block() -> None:
    q = quote_of(3, "حلب مدينة قديمة", nth=2)  # the last one: empty suffix after "."
    blocks = [*BLOCKS[:3], "مقدمة قصيرة. " + BLOCKS[3]]
    found = reanchor(q, blocks)
    assert found.start == q.start + len("مقدمة قصيرة. ")


def test_short_word_is_never_matched_fuzzily() -> None:
    q = make_quote(["في حلب"], 0, 3, 6)
    assert reanchor(q, ["في حمص"]) is None


def test_english_and_mixed_direction_text() -> None:
    blocks = ["The envoy said «هناك شعور بالاتحاد» in New York on Thursday."]
    start = blocks[0].index("هناك")
    q = make_quote(blocks, 0, start, start + len("هناك شعور بالاتحاد"))
    assert q.exact == "هناك شعور بالاتحاد"
    edited = ["Update: " + blocks[0].replace("Thursday", "Friday")]
    assert text_at(reanchor(q, edited), edited) == "هناك شعور بالاتحاد"


@given(
    st.lists(st.text(alphabet="ابت ثجح.", min_size=0, max_size=40), min_size=1, max_size=5),
    st.data(),
)
def test_reanchor_on_unchanged_text_never_moves_a_quote(blocks: list[str], data) -> None:
    index = data.draw(st.integers(0, len(blocks) - 1))
    n = len(blocks[index])
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    q = make_quote(blocks, index, start, end)
    found = reanchor(q, blocks)
    if q.exact:
        assert found is not None
        assert blocks[found.block][found.start : found.end] == q.exact
    else:
        assert found is None


def test_a_place_follows_its_text_also_at_the_end_of_a_block() -> None:
    old = ["الفقرة الأولى من النص.", "والثانية تنتهي هنا."]
    new = ["فقرة جديدة.", *old]
    assert follow_position(old, 1, 4, new) == (2, 4)
    assert follow_position(old, 1, len(old[1]), new) == (2, len(old[1]))  # after its last word
    assert follow_position(old, 9, 3, new) == (2, 0)  # a place past the end: the last block
    assert follow_position(old, 0, 0, []) == (0, 0)
