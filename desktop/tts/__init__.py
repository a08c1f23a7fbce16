"""Read-aloud: speech synthesis, the narrator state machine, export. Qt-free except ``player``.

Wiring for the reader (GUI thread)::

    from desktop.tts import Narrator, article_utterances, default_engine
    from desktop.tts.player import Player

    engine = default_engine()                 # EngineUnavailable: show its message
    player = Player(parent)
    narrator = Narrator(engine, article_utterances(article), player, post=player.post,
                        language=article.language, on_place=..., on_state=..., on_message=...)
    player.bind(narrator)
    narrator.start(block, offset)             # then pause()/resume()/next_sentence()/...
"""

from desktop.tts.engine import (
    EngineUnavailable,
    SpeechChunk,
    SpeechEngine,
    SynthesisError,
    Voice,
    WordMark,
    choose_voice,
    default_engine,
)
from desktop.tts.export import ExportError, ExportResult, export_article, export_utterances
from desktop.tts.narrator import Narrator, NarratorState, SpokenPlace
from desktop.tts.speech_text import (
    TITLE_BLOCK,
    Utterance,
    article_utterances,
    block_utterances,
    selection_utterances,
)

__all__ = [
    "TITLE_BLOCK",
    "EngineUnavailable",
    "ExportError",
    "ExportResult",
    "Narrator",
    "NarratorState",
    "SpeechChunk",
    "SpeechEngine",
    "SpokenPlace",
    "SynthesisError",
    "Utterance",
    "Voice",
    "WordMark",
    "article_utterances",
    "block_utterances",
    "choose_voice",
    "default_engine",
    "export_article",
    "export_utterances",
    "selection_utterances",
]
