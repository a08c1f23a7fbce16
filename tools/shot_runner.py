"""Run picture scripts' shots, each in a fresh process.

A fresh QApplication per shot lets the interface language, font size and layout direction
apply from the start, as they would for a user. A script defines ``SHOTS`` (JSON-able dicts),
``shot_name(shot)`` and ``render(shot, path, size)``, and calls ``main()`` from here.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main(
    script: str,
    description: str,
    shots: list[dict],
    shot_name: Callable[[dict], str],
    render: Callable[[dict, Path, tuple[int, int]], None],
    default_size: str,
) -> int:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--out", type=Path, default=REPO / "screenshots")
    parser.add_argument("--size", default=default_size, help="window size, WIDTHxHEIGHT")
    parser.add_argument("--one", help=argparse.SUPPRESS)  # JSON shot, run in a child process
    args = parser.parse_args()
    size = tuple(int(v) for v in args.size.split("x"))
    if args.one:
        shot = json.loads(args.one)
        render(shot, args.out / shot_name(shot), size)  # type: ignore[arg-type]
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    failed = 0
    for shot in shots:
        command = [sys.executable, script, "--out", str(args.out), "--size", args.size]
        result = subprocess.run(
            [*command, "--one", json.dumps(shot)], env=env, capture_output=True, text=True
        )
        path = args.out / shot_name(shot)
        if result.returncode != 0 or not path.is_file():
            failed += 1
            print(f"FAILED {path.name}\n{result.stderr}", file=sys.stderr)
        else:
            print(path)
    return 1 if failed else 0
