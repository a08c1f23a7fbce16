"""A private PulseAudio server with a null sink, so audio tests and benchmarks play real sound
headless and can record what came out of the sink's monitor.

Shared by tests/tts/conftest.py and bench/bench_tts.py. Recipe and measured reasons are in
ARCHITECTURE.md ("Headless audio for tests"): foreground daemon in the background (``-D`` leaves
a defunct process), private HOME/XDG_RUNTIME_DIR, and a silent keep-alive stream because an idle
null sink starts each new stream 0.8-1.9 s late.
"""

from __future__ import annotations

import array
import math
import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

SINK = "nullsink"
MONITOR = f"{SINK}.monitor"


def available() -> str | None:
    """None when a server can be started here, else the reason it cannot."""
    for tool in ("pulseaudio", "pactl", "pacat", "parec"):
        if shutil.which(tool) is None:
            return (
                f"`{tool}` is not installed (Debian: apt-get install pulseaudio pulseaudio-utils)"
            )
    return None


@dataclass
class PulseServer:
    """A running server; ``env`` holds the variables a client process needs."""

    directory: Path
    server: subprocess.Popen
    keepalive: subprocess.Popen | None = None
    env: dict[str, str] = field(default_factory=dict)

    def run(self, *args: str, timeout: float = 10) -> subprocess.CompletedProcess:
        return subprocess.run(
            args,
            env={**os.environ, **self.env},
            capture_output=True,
            text=True,
            timeout=timeout,
            check=True,
        )

    def record(self, path: Path, rate: int = 22050, latency_msec: int = 10) -> subprocess.Popen:
        """Start recording the sink's monitor (mono s16le raw) to ``path``; stop() it by pid."""
        out = path.open("wb")
        try:
            return subprocess.Popen(
                [
                    "parec",
                    f"--device={MONITOR}",
                    "--format=s16le",
                    f"--rate={rate}",
                    "--channels=1",
                    "--raw",
                    f"--latency-msec={latency_msec}",
                ],
                stdout=out,
                env={**os.environ, **self.env},
            )
        finally:
            out.close()

    def record_pipe(self, rate: int = 22050, latency_msec: int = 5) -> subprocess.Popen:
        """Record the monitor to a pipe, for readers that time-stamp what arrives."""
        return subprocess.Popen(
            [
                "parec",
                f"--device={MONITOR}",
                "--format=s16le",
                f"--rate={rate}",
                "--channels=1",
                "--raw",
                f"--latency-msec={latency_msec}",
            ],
            stdout=subprocess.PIPE,
            env={**os.environ, **self.env},
            bufsize=0,
        )

    def stop(self) -> None:
        for proc in (self.keepalive, self.server):
            if proc is not None and proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(timeout=5)
        shutil.rmtree(self.directory, ignore_errors=True)


def new_directory() -> Path:
    return Path(tempfile.mkdtemp(prefix="qari-pulse-"))


def address(directory: Path) -> str:
    """The PULSE_SERVER value for a server started in ``directory``."""
    return f"unix:{directory / 'pulse.sock'}"


def start(directory: Path | None = None, timeout: float = 10.0) -> PulseServer:
    """Start the server, make the null sink the default and open the keep-alive stream.

    ``directory`` may be chosen (new_directory()) before the server starts, so PULSE_SERVER can
    be set before anything initialises Qt multimedia.
    """
    directory = directory or new_directory()
    home, runtime = directory / "home", directory / "runtime"
    home.mkdir(exist_ok=True)
    runtime.mkdir(mode=0o700, exist_ok=True)
    sock = directory / "pulse.sock"
    env = {
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(runtime),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "PULSE_SERVER": address(directory),
    }
    server = subprocess.Popen(
        [
            "pulseaudio",
            "-n",
            "--daemonize=no",
            "--exit-idle-time=-1",
            "--use-pid-file=no",
            "--disallow-exit",
            "--log-target=stderr",
            "--log-level=error",
            "-L",
            f"module-native-protocol-unix auth-anonymous=1 socket={sock}",
            "-L",
            f"module-null-sink sink_name={SINK}",
        ],
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    pulse = PulseServer(directory, server, env=env)
    deadline = time.monotonic() + timeout
    while True:
        if server.poll() is not None:
            err = server.stderr.read().decode(errors="replace") if server.stderr else ""
            pulse.stop()
            raise RuntimeError(f"pulseaudio exited with {server.returncode}: {err.strip()}")
        if sock.exists():
            try:
                pulse.run("pactl", "info", timeout=2)
                break
            except (subprocess.CalledProcessError, subprocess.TimeoutExpired):
                pass
        if time.monotonic() > deadline:
            pulse.stop()
            raise RuntimeError(f"pulseaudio did not answer within {timeout:.0f} s")
        time.sleep(0.05)
    pulse.run("pactl", "set-default-sink", SINK)
    pulse.keepalive = subprocess.Popen(
        [
            "pacat",
            "--latency-msec=20",
            "--format=s16le",
            "--rate=22050",
            "--channels=1",
            "/dev/zero",
        ],
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _warm_up(pulse, deadline)
    return pulse


def _warm_up(pulse: PulseServer, deadline: float) -> None:
    """Wait until the sink's clock runs: for the first second or two after start a new stream
    (and the monitor) got no data at all, which would make the first test's timings wrong."""
    rec = pulse.record_pipe(latency_msec=10)
    try:
        got = 0
        while got < 22050:  # half a second of monitor audio, mono s16le
            if time.monotonic() > deadline + 10 or rec.poll() is not None:
                pulse.stop()
                raise RuntimeError("the PulseAudio null sink did not start running")
            got += len(rec.stdout.read(4410) or b"")
    finally:
        stop_recording(rec)
        if rec.stdout is not None:
            rec.stdout.close()


def stop_recording(proc: subprocess.Popen) -> None:
    """Stop a parec started by record()/record_pipe(), by its pid."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)


def samples(data: bytes) -> array.array:
    a = array.array("h")
    a.frombytes(data[: len(data) // 2 * 2])
    return a


def rms(data: bytes | array.array) -> float:
    """Root mean square of int16 samples, 0..32768 (silence is 0)."""
    a = samples(data) if isinstance(data, (bytes, bytearray)) else data
    if not a:
        return 0.0
    return math.sqrt(sum(x * x for x in a) / len(a))
