"""Qari's log: a file beside the library (``qari.log`` in the data folder), not the terminal.

The CLI's own lines and the window's messages already tell the user what went wrong and what
to do; the log keeps the details (a traceback, the engine's reason) for a bug report. Without a
handler Python prints warnings and tracebacks to the terminal, between the CLI's output lines.
"""

from __future__ import annotations

import logging
from pathlib import Path

LOG_NAME = "qari.log"
MAX_BYTES = 1_000_000  # then qari.log becomes qari.log.1 and a new one starts
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


_handlers: list[logging.Handler] = []  # the one handler installed, to replace or keep


def log_to_file(folder: Path) -> Path:
    """Send the ``desktop`` loggers' INFO and above to ``folder/qari.log`` (made when the first
    line is written), instead of a previous folder's; again for the same folder does nothing.
    Returns the log's path."""
    from logging.handlers import RotatingFileHandler  # ~9 ms: loaded when logging starts

    class QuietHandler(RotatingFileHandler):
        def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging API)
            """A log that cannot be written (a full disk, a read-only folder) must not
            become a traceback on the user's terminal: the line is dropped."""

    path = (Path(folder) / LOG_NAME).absolute()
    logger = logging.getLogger("desktop")
    if _handlers and getattr(_handlers[0], "baseFilename", None) == str(path):
        return path
    for old in _handlers:
        logger.removeHandler(old)
        old.close()
    _handlers.clear()
    handler = QuietHandler(path, maxBytes=MAX_BYTES, backupCount=1, encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter(FORMAT))
    logger.addHandler(handler)
    _handlers.append(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False  # not to the terminal through Python's last-resort handler
    return path
