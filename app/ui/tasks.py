"""The one background-task helper of the app (STYLE.md, "Work off the UI thread").

In the spirit of Picard's ``run_task`` and Anki's ``QueryOp``::

    tasks.run_task(
        lambda: load_overview(db, day),      # runs on a worker thread
        on_success=self.show_overview,       # back on the UI thread
        on_error=self.show_error,            # back on the UI thread
    )

* ``fn`` runs on a :class:`QThreadPool` worker. It must not touch a widget;
  it opens its own SQLAlchemy session (one per task, so one per thread).
* Its result, or the exception it raised, comes back to the UI thread through
  a queued signal and is handed to ``on_success`` or ``on_error``. Without
  ``on_error`` the exception goes to ``sys.excepthook``: the app's global
  hook logs it and tells the person.
* ``write=True`` puts the task on a pool of exactly one thread, so writes to
  the school file run one after another, in the order they were asked for
  (Anki keeps a single-worker executor for the collection).
* ``on_progress``: ``fn`` is then called with one argument, ``report``; the
  worker calls ``report(*values)`` as it goes and ``on_progress(*values)``
  runs on the UI thread (at most every 50 ms, and always for the last one).
* ``owner``: a widget the callbacks belong to. If it has been deleted by the
  time the result arrives (its window was closed), the callbacks are
  dropped instead of touching a deleted widget.

:class:`SyncTaskRunner` is a fake for tests with the same API: it runs
``fn`` at once on the calling thread.
"""

from __future__ import annotations

import itertools
import logging
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Qt, Signal, Slot

log = logging.getLogger(__name__)

SuccessCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]
ProgressCallback = Callable[..., None]

PROGRESS_INTERVAL_S = 0.05


def report_to_excepthook(exc: BaseException) -> None:
    """What happens to a task's error when nobody asked for it: the global hook."""
    sys.excepthook(type(exc), exc, exc.__traceback__)


def _alive(owner: QObject | None) -> bool:
    return owner is None or shiboken6.isValid(owner)


class _Task(QRunnable):
    def __init__(self, runner: "TaskRunner", task_id: int, fn: Callable[..., Any], with_progress: bool) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._runner = runner
        self._id = task_id
        self._fn = fn
        self._with_progress = with_progress
        self._last_report = 0.0
        self._held: tuple | None = None  # the newest report not passed on yet

    def _report(self, *values: Any) -> None:
        now = time.monotonic()
        if now - self._last_report < PROGRESS_INTERVAL_S and not _is_complete(values):
            self._held = values
            return
        self._held = None
        self._last_report = now
        self._runner._progressed.emit(self._id, values)

    def run(self) -> None:  # on a worker thread
        try:
            result = self._fn(self._report) if self._with_progress else self._fn()
        except Exception as exc:  # noqa: BLE001 - every failure goes back to the UI thread
            log.debug("Task %s failed: %r", self._id, exc)
            self._flush()
            self._runner._finished.emit(self._id, False, exc)
        else:
            self._flush()
            self._runner._finished.emit(self._id, True, result)

    def _flush(self) -> None:
        """The last report reaches the UI thread before the result does, however soon it came."""
        if self._held is not None:
            self._runner._progressed.emit(self._id, self._held)
            self._held = None


def _is_complete(values: tuple) -> bool:
    """A report whose count is done (``…, n, n, …``): passed on at once. Reports are ``(done, total, …)``
    or ``(phase, done, total)``."""
    return any(type(a) is int and a == b for a, b in zip(values, values[1:]))


class TaskRunner(QObject):
    """Runs functions on worker threads; results come back by queued signals."""

    _finished = Signal(int, bool, object)
    _progressed = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._write_pool = QThreadPool(self)
        self._write_pool.setMaxThreadCount(1)
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self._callbacks: dict[
            int, tuple[SuccessCallback | None, ErrorCallback | None, ProgressCallback | None, QObject | None]
        ] = {}
        self._closing = False
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._progressed.connect(self._deliver_progress, Qt.ConnectionType.QueuedConnection)

    def run_task(
        self,
        fn: Callable[..., Any],
        on_success: SuccessCallback | None = None,
        on_error: ErrorCallback | None = None,
        *,
        write: bool = False,
        on_progress: ProgressCallback | None = None,
        owner: QObject | None = None,
    ) -> int:
        """Run ``fn`` in the background; return the task's id."""
        if self._closing:
            log.info("Task not started: the app is closing")
            return 0
        task_id = next(self._ids)
        with self._lock:
            self._callbacks[task_id] = (on_success, on_error, on_progress, owner)
        pool = self._write_pool if write else self._pool
        pool.start(_Task(self, task_id, fn, on_progress is not None))
        return task_id

    @property
    def pending(self) -> int:
        """Tasks started whose result has not been delivered yet."""
        with self._lock:
            return len(self._callbacks)

    @Slot(int, bool, object)
    def _deliver(self, task_id: int, ok: bool, payload: object) -> None:
        with self._lock:
            callbacks = self._callbacks.pop(task_id, None)
        if callbacks is None or self._closing:
            return
        on_success, on_error, _, owner = callbacks
        if not _alive(owner):
            if not ok:
                log.info("Task %s failed after its window closed: %r", task_id, payload)
            return
        if ok:
            if on_success is not None:
                on_success(payload)
        else:
            assert isinstance(payload, BaseException)
            (on_error or report_to_excepthook)(payload)

    @Slot(int, object)
    def _deliver_progress(self, task_id: int, values: object) -> None:
        with self._lock:
            callbacks = self._callbacks.get(task_id)
        if callbacks is None or self._closing or callbacks[2] is None or not _alive(callbacks[3]):
            return
        callbacks[2](*values)  # type: ignore[misc]

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Stop taking tasks, drop queued ones, and wait for running ones to end.

        Called on ``aboutToQuit``: no worker may outlive the application.
        Returns whether every worker finished in time.
        """
        self._closing = True
        self._pool.clear()
        self._write_pool.clear()
        done = self._pool.waitForDone(timeout_ms) and self._write_pool.waitForDone(timeout_ms)
        if not done:
            log.warning("Background tasks still running after %d ms at quit", timeout_ms)
        with self._lock:
            self._callbacks.clear()
        return done


class SyncTaskRunner:
    """A fake :class:`TaskRunner` for tests: runs ``fn`` at once, on this thread.

    Same API and same callback rules, so a test reads like the app without
    waiting for threads. Callbacks run before ``run_task`` returns.
    """

    def __init__(self) -> None:
        self._ids = itertools.count(1)
        self.calls = 0
        self.writes = 0

    def run_task(
        self,
        fn: Callable[..., Any],
        on_success: SuccessCallback | None = None,
        on_error: ErrorCallback | None = None,
        *,
        write: bool = False,
        on_progress: ProgressCallback | None = None,
        owner: QObject | None = None,
    ) -> int:
        task_id = next(self._ids)
        self.calls += 1
        self.writes += int(write)
        try:
            result = fn(on_progress) if on_progress is not None else fn()
        except Exception as exc:  # noqa: BLE001
            (on_error or report_to_excepthook)(exc)
        else:
            if on_success is not None:
                on_success(result)
        return task_id

    @property
    def pending(self) -> int:
        return 0

    def shutdown(self, timeout_ms: int = 0) -> bool:
        return True
