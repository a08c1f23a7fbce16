"""One doorway for long work: a worker object run on its own thread, cleaned up when it ends.

A worker is a QObject with ``run()``, a thread-safe ``cancel()`` and the signals ``done`` and
``failed``. A job subclass declares the signals the window listens to and re-emits the worker's,
so the window connects once and need not know about threads (imports, audio export).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QThread, Signal


class BackgroundJob(QObject):
    finished = Signal()  # the thread has ended (after done or failed)

    def __init__(self, worker: QObject, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thread = QThread(self)
        self.thread.setObjectName(name)
        self.worker = worker
        worker.moveToThread(self.thread)
        self.thread.started.connect(worker.run)
        # Direct: quit from the worker thread itself (QThread.quit is thread-safe), so a GUI
        # thread blocked in wait() (the window closing mid-job) is not deadlocked.
        worker.done.connect(self.thread.quit, Qt.ConnectionType.DirectConnection)
        worker.failed.connect(self.thread.quit, Qt.ConnectionType.DirectConnection)
        self.thread.finished.connect(worker.deleteLater)
        self.thread.finished.connect(self.finished)

    def start(self) -> None:
        self.thread.start()

    def cancel(self) -> None:
        self.worker.cancel()

    def is_running(self) -> bool:
        return self.thread.isRunning()

    def wait(self, ms: int = 30_000) -> bool:
        """Block until the thread ends (window close, after cancelling)."""
        return self.thread.wait(ms)
