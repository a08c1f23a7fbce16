"""The read-aloud state machine without sound: where navigation lands, how the heard sample maps
to block, sentence and word, and that failures end in a message, never a hang."""

from __future__ import annotations

import queue

import pytest
from engine_doubles import FailingEngine

from desktop.model import Article, Block, BlockKind, Position
from desktop.tts.narrator import MessageKind, Narrator, NarratorState
from desktop.tts.speech_text import TITLE_BLOCK, article_utterances

BLOCKS = [
    Block(BlockKind.PARAGRAPH, "الفقرة الأولى قصيرة. وفيها جملة ثانية. وثالثة أيضا."),
    Block(BlockKind.FIGURE, "طفل في مخيم."),
    Block(BlockKind.PARAGRAPH, "الفقرة الثالثة. جملتها الثانية."),
    Block(BlockKind.PARAGRAPH, "الفقرة الأخيرة وحدها."),
]
ARTICLE = Article("عنوان الخبر", BLOCKS)


class FakeOutput:
    """Records what the narrator asks of a player; keeps the same running timeline. Like the
    Player, play() on a paused output resumes it (recorded as "resume"), and a pause before
    any play() leaves it stopped."""

    def __init__(self) -> None:
        self.total = 0
        self.state = "stopped"
        self.calls: list[str] = []
        self.chunks: list[tuple[int, bytes]] = []

    def append(self, pcm: bytes) -> int:
        start = self.total
        self.total += len(pcm) // 2
        self.chunks.append((start, pcm))
        return start

    def play(self) -> None:
        self.calls.append("resume" if self.state == "paused" else "play")
        self.state = "playing"

    def pause(self) -> None:
        self.calls.append("pause")
        if self.state == "playing":
            self.state = "paused"

    def stop(self) -> None:
        self.calls.append("stop")
        self.state = "stopped"
        self.total = 0
        self.chunks.clear()


class Harness:
    """A narrator whose worker results are run on the test thread, one at a time."""

    def __init__(self, engine, article: Article = ARTICLE, **kw) -> None:
        self.inbox: queue.SimpleQueue = queue.SimpleQueue()
        self.output = FakeOutput()
        self.places, self.states, self.messages = [], [], []
        self.narrator = Narrator(
            engine,
            article_utterances(article),
            self.output,
            post=self.inbox.put,
            language=article.language,
            on_place=self.places.append,
            on_state=self.states.append,
            on_message=lambda kind, text: self.messages.append((kind, text)),
            **kw,
        )

    def pump(self, count: int = 1) -> None:
        for _ in range(count):
            self.inbox.get(timeout=30)()

    def pump_until(self, condition) -> None:
        while not condition():
            self.pump()

    @property
    def where(self) -> tuple[int, tuple[int, int]]:
        place = self.narrator.place
        return place.block, place.sentence


@pytest.fixture
def h(engine):
    harness = Harness(engine)
    yield harness
    harness.narrator.close()


def test_start_from_a_block_and_offset(h) -> None:
    text = BLOCKS[0].text
    h.narrator.start(0, text.index("وفيها") + 2)
    assert h.where == (0, (text.index("وفيها"), text.index("وثالثة") - 1))
    h.narrator.start(TITLE_BLOCK)
    assert h.where == (TITLE_BLOCK, (0, len(ARTICLE.title)))
    h.narrator.start(3, 0)
    assert h.where == (3, (0, len(BLOCKS[3].text)))
    assert h.narrator.position() == Position(3, 0)


def test_next_and_previous_sentence_and_paragraph_while_stopped(h) -> None:
    n = h.narrator
    seen = []
    for step in (
        n.next_sentence,
        n.next_sentence,
        n.next_sentence,
        n.next_sentence,
        n.previous_sentence,
        n.next_paragraph,
        n.next_paragraph,
        n.next_paragraph,
        n.next_paragraph,
        n.previous_paragraph,
        n.previous_paragraph,
        n.previous_paragraph,
        n.previous_paragraph,
        n.previous_paragraph,
    ):
        step()
        seen.append(h.where[0] if h.where[0] != 1 else ("fig", h.where[1]))
    assert seen == [
        0,
        0,
        0,
        ("fig", (0, 12)),
        0,
        ("fig", (0, 12)),
        2,
        3,
        3,
        2,
        ("fig", (0, 12)),
        0,
        TITLE_BLOCK,
        TITLE_BLOCK,
    ]
    assert n.state == NarratorState.STOPPED and h.output.chunks == []
    # previous paragraph from the middle of a paragraph goes to the previous one's start
    n.start(2, BLOCKS[2].text.index("جملتها"))
    n.previous_paragraph()
    assert h.where == (1, (0, 12))


def test_navigation_while_playing_restarts_synthesis_at_the_target(h) -> None:
    n = h.narrator
    n.start(0, 0)
    h.pump()
    assert n.state == NarratorState.PLAYING and h.output.calls[-1] == "play"
    n.next_paragraph()
    assert h.output.calls[-1] == "stop" and n.state == NarratorState.LOADING
    h.pump_until(lambda: n.state == NarratorState.PLAYING)
    assert h.where == (1, (0, 12))
    first_start, first_pcm = h.output.chunks[0]
    assert first_start == 0 and len(first_pcm) > 0
    # results of the abandoned sentences never reach the new timeline
    assert all(i >= n.current_index for i in (s.index for s in n._scheduled))


def test_audio_is_prefetched_and_the_timeline_is_contiguous(h) -> None:
    n = h.narrator
    n.start(TITLE_BLOCK)
    h.pump(3)  # the current sentence and two ahead
    starts = [s for s, _ in h.output.chunks]
    lengths = [len(p) // 2 for _, p in h.output.chunks]
    assert len(starts) == 3
    assert starts == [0, lengths[0], lengths[0] + lengths[1]]
    assert h.inbox.empty()  # nothing more requested until playback moves on


def test_the_heard_sample_maps_to_block_sentence_and_word(h, engine) -> None:
    n = h.narrator
    n.start(0, 0)
    h.pump(3)
    text = BLOCKS[0].text
    for item in list(n._scheduled):
        utt = n.utterances[item.index]
        for mark in item.words:
            n.on_position(item.start + mark.sample_offset)
            block, sentence, (ws, we) = (
                h.narrator.place.block,
                h.narrator.place.sentence,
                h.narrator.place.word,
            )
            assert block == 0 and sentence == (utt.start, utt.end)
            assert text[ws:we] == utt.text[mark.char_start : mark.char_end]
            n.on_position(item.start + mark.sample_offset - 1)  # just before: previous word
            before = h.narrator.place.word
            assert before != (ws, we)
    assert [s.index for s in n._scheduled][:3] == [1, 2, 3]


def test_the_figure_announcement_highlights_no_word(h) -> None:
    n = h.narrator
    n.start(1, 0)
    h.pump()
    item = n._scheduled[0]
    n.on_position(item.start + item.words[0].sample_offset)  # «صورة:»
    assert n.place.block == 1 and n.place.word is None
    n.on_position(item.start + item.words[1].sample_offset)  # «طفل»
    assert BLOCKS[1].text[slice(*n.place.word)] == "طفل"


def test_pause_resume_stop_and_the_end(h) -> None:
    n = h.narrator
    n.start(3, 0)
    h.pump()
    n.pause()
    assert n.state == NarratorState.PAUSED and h.output.calls[-1] == "pause"
    n.resume()
    assert n.state == NarratorState.PLAYING and h.output.calls[-1] == "resume"
    n.on_drained()
    assert n.state == NarratorState.FINISHED
    assert h.output.calls[-1] == "stop"  # the finished output is closed
    n.play()  # after the end, starts over
    assert n.state == NarratorState.LOADING and h.where[0] == TITLE_BLOCK
    n.stop()
    assert n.state == NarratorState.STOPPED and h.output.calls[-1] == "stop"


def test_a_pause_while_loading_then_resume_starts_the_output(h) -> None:
    """Paused before the first sentence came: the output was never started, so resuming
    must start it (a resume() of a never-started player does nothing: silence forever)."""
    n = h.narrator
    n.start(3, 0)
    assert n.state == NarratorState.LOADING
    n.pause()
    assert n.state == NarratorState.PAUSED and h.output.state == "stopped"
    h.pump()  # the sentence arrives during the pause: queued, not played
    assert len(h.output.chunks) == 1 and h.output.state == "stopped"
    assert n.state == NarratorState.PAUSED
    n.resume()
    assert n.state == NarratorState.PLAYING
    assert h.output.calls[-1] == "play" and h.output.state == "playing"


def test_an_output_that_fails_on_play_leaves_the_reading_stopped(h) -> None:
    """A device that fails to open makes the Player report an error from inside play(); its
    owner stops the narrator there. The narrator must not then claim to be playing."""
    n = h.narrator
    h.output.play = n.stop  # what ReadAloudController does on Player.errorOccurred
    requested = []
    request = n._worker.request
    n._worker.request = lambda *job: (requested.append(job[1]), request(*job))
    n.start(0, 0)
    assert requested == [1, 2, 3]  # the sentence and two ahead
    h.pump()
    assert n.state == NarratorState.STOPPED
    assert requested == [1, 2, 3]  # and, stopped, it asked for nothing more
    n.start(0, 0)
    n.pause()
    h.pump_until(lambda: n._scheduled)  # a sentence came in during the pause
    n.resume()
    assert n.state == NarratorState.STOPPED


def test_a_jump_while_paused_waits_for_resume(h) -> None:
    n = h.narrator
    n.start(0, 0)
    h.pump()
    n.pause()
    n.next_paragraph()
    assert n.state == NarratorState.PAUSED and h.where == (1, (0, 12))
    n.resume()
    assert n.state == NarratorState.LOADING
    h.pump_until(lambda: n.state == NarratorState.PLAYING)
    assert n.current_index == n.index_for(1, 0)


def test_a_failed_sentence_is_skipped_with_a_message(engine) -> None:
    flaky = FailingEngine(engine, "وفيها")
    h = Harness(flaky)
    try:
        h.narrator.start(0, 0)
        h.pump(3)
        assert len(h.output.chunks) == 2  # the failed one is not on the timeline
        [(kind, text)] = h.messages
        assert kind == MessageKind.SKIPPED and "وفيها" in text
        assert h.narrator.state == NarratorState.PLAYING
        assert [s.index for s in h.narrator._scheduled] == [1, 3]
    finally:
        h.narrator.close()


def test_a_first_sentence_that_fails_moves_on(engine) -> None:
    flaky = FailingEngine(engine, "عنوان")
    h = Harness(flaky)
    try:
        h.narrator.start(TITLE_BLOCK)
        h.pump_until(lambda: h.narrator.state == NarratorState.PLAYING)
        assert h.narrator._scheduled[0].index == 1 and len(h.messages) == 1
    finally:
        h.narrator.close()


def test_when_nothing_can_be_said_it_ends_in_error_not_a_hang(engine) -> None:
    flaky = FailingEngine(engine, "")  # every text fails
    h = Harness(flaky, Article("عنوان", [Block(BlockKind.PARAGRAPH, "جملة.")]))
    try:
        h.narrator.start(TITLE_BLOCK)
        h.pump_until(lambda: h.narrator.state == NarratorState.ERROR)
        kind, text = h.messages[-1]
        assert kind == MessageKind.NONE_SPOKEN and "None of the remaining sentences" in text
    finally:
        h.narrator.close()


def test_no_voice_for_the_language_is_an_error_state_with_what_to_install(engine) -> None:
    h = Harness(engine, Article("title", [Block(BlockKind.PARAGRAPH, "text.")], language="xx"))
    try:
        h.narrator.start(0, 0)
        assert h.narrator.state == NarratorState.ERROR
        assert h.messages[-1][0] == MessageKind.UNAVAILABLE
        assert "espeakng-loader" in h.messages[-1][1]
        assert h.inbox.empty()
    finally:
        h.narrator.close()


def test_two_failed_sentences_in_a_row_do_not_stop_the_reading(engine) -> None:
    """The read-ahead counts from the sentence being heard; two failures used it up, and the
    reading stayed "playing" in silence after the first sentence."""
    text = "الأولى قصيرة. وفيها XX ثانية. وثالثة XX أيضا. الرابعة هنا."
    h = Harness(FailingEngine(engine, "XX"), Article("عنوان", [Block(BlockKind.PARAGRAPH, text)]))
    n = h.narrator
    try:
        n.start(0, 0)
        h.pump_until(lambda: len(h.messages) == 2)  # the two that fail, skipped
        assert [s.index for s in n._scheduled] == [1]  # the headline is 0
        n.on_position(h.output.total)  # the first sentence has been heard...
        n.on_drained()  # ... and the player has nothing more
        h.pump_until(lambda: len(n._scheduled) == 2)
        assert n._scheduled[1].index == 4 and n.state == NarratorState.PLAYING
        n.on_position(h.output.total)
        n.on_drained()
        assert n.state == NarratorState.FINISHED
    finally:
        n.close()


def test_next_sentence_on_the_last_one_does_not_say_it_again(h) -> None:
    n = h.narrator
    n.start(3, 0)  # the last paragraph, one sentence
    h.pump()
    calls = list(h.output.calls)
    n.next_sentence()
    assert h.output.calls == calls and n.state == NarratorState.PLAYING


def test_after_the_end_play_starts_where_the_reading_was_moved(h) -> None:
    n = h.narrator
    n.start(3, 0)
    h.pump()
    n.on_drained()
    assert n.state == NarratorState.FINISHED
    n.previous_sentence()
    second = BLOCKS[2].text.index("جملتها")
    assert n.state == NarratorState.STOPPED
    assert h.where == (2, (second, len(BLOCKS[2].text)))
    n.play()
    assert n.state == NarratorState.LOADING and h.where[0] == 2
    n.stop()
    n.on_drained()
    n.play()  # stopped, not finished: from where it stopped
    assert h.where[0] == 2


def test_rate_change_says_the_current_sentence_again(h) -> None:
    n = h.narrator
    n.start(3, 0)
    h.pump()
    normal = len(h.output.chunks[0][1])
    n.set_rate(350)
    h.pump_until(lambda: n.state == NarratorState.PLAYING)
    assert n.current_index == n.index_for(3, 0)
    assert len(h.output.chunks[0][1]) < normal * 0.8
