"""Fixtures for the read-aloud tests: a real PulseAudio server with a null sink, the engine,
and helpers to record what the sink played."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pulse_server  # noqa: E402 - tests/tts is on sys.path (rootdir-relative test import)

# PULSE_SERVER must be set before Qt multimedia first looks for a server; the server itself is
# started only when an audio test asks for it, at this address.
_PULSE_DIR = pulse_server.new_directory()
_PREVIOUS_PULSE_SERVER = os.environ.get("PULSE_SERVER")
os.environ["PULSE_SERVER"] = pulse_server.address(_PULSE_DIR)


@pytest.fixture(scope="session")
def pulse():
    """A running PulseAudio server whose default sink is a null sink with a keep-alive stream."""
    reason = pulse_server.available()
    if reason:
        pytest.skip(f"no PulseAudio for audio tests: {reason}")
    server = pulse_server.start(_PULSE_DIR)
    yield server
    server.stop()
    if _PREVIOUS_PULSE_SERVER is None:
        os.environ.pop("PULSE_SERVER", None)
    else:
        os.environ["PULSE_SERVER"] = _PREVIOUS_PULSE_SERVER


@pytest.fixture(scope="session")
def engine():
    from desktop.tts.espeak_route import EspeakEngine

    return EspeakEngine()
