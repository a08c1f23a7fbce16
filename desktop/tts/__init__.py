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

from __future__ import annotations

import importlib

# Names load with their submodule on first use (PEP 562), so importing one submodule (the
# reader needs the engine and the narrator at start-up) does not also load audio export.
_SOURCES = {
    "desktop.tts.engine": (
        "EngineUnavailable",
        "SpeechChunk",
        "SpeechEngine",
        "SynthesisError",
        "Voice",
        "WordMark",
        "choose_voice",
        "default_engine",
    ),
    "desktop.tts.export": ("ExportError", "ExportResult", "export_article", "export_utterances"),
    "desktop.tts.narrator": ("Narrator", "NarratorState", "SpokenPlace"),
    "desktop.tts.speech_text": (
        "TITLE_BLOCK",
        "Utterance",
        "article_utterances",
        "block_utterances",
        "selection_utterances",
    ),
}
_MODULE_OF = {name: module for module, names in _SOURCES.items() for name in names}

__all__ = sorted(_MODULE_OF)


def __getattr__(name: str):
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
