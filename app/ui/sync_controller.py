"""When and how the open school syncs, and what the rest of the app hears about it.

:class:`SyncController` owns the :class:`~app.sync.scheduler.SyncScheduler`
of the signed-in session. When a sync is due (start-up, the interval, a few
seconds after a local write, a retry while offline, or "Sync now") it runs
``engine.sync()`` through the app's background-task helper: never on the UI
thread, and never two at once (a sync asked for while one runs is run once
more right after it). The engine's ``on_status`` callback is called on the
syncing thread; it is turned into a queued signal and then into the hub's
``sync_status`` / ``sync_progress`` / ``sync_started`` / ``sync_finished``.

"Work offline" stops all network use: the scheduler is stopped and the
engine is simply not called until it is switched off again.

With no sign-in kept on this computer (no keyring and the app was restarted,
or the person signed out), there is no engine: the controller reports that
in words and never syncs.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot

from app.services.context import QT_TRANSLATE_NOOP, Message, Sentence
from app.sync.status import SyncReport, SyncStatus
from app.ui.context import Tasks
from app.ui.signals import AppSignals

if TYPE_CHECKING:  # the engine (and its HTTP client) is imported by whoever signs in
    from app.sync.engine import SyncEngine
    from app.sync.scheduler import SyncScheduler

log = logging.getLogger(__name__)

# Entities a finished sync announces on the hub, so screens read them again.
ANNOUNCED_ENTITIES = ("students", "enrollments", "attendance_marks", "marks", "payments", "invoices",
                      "server_conflicts")


class StatusRelay:
    """A callable handed to the engine as ``on_status``, whose receiver can change.

    While signing in, the first download reports to the progress bar; after
    it, the same engine reports to the sync controller.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._target: Callable[[SyncStatus], None] | None = None

    def connect(self, target: Callable[[SyncStatus], None] | None) -> None:
        with self._lock:
            self._target = target

    def __call__(self, status: SyncStatus) -> None:
        with self._lock:
            target = self._target
        if target is not None:
            target(status)


# The lupdate contexts of the sync's own sentences (app/sync; the set-up's calls to the server), and
# "ServerReasons": the server's refusals (app/sync/reasons.py), so that a reason kept in English before
# the server named its sentences is said in the person's language too.
SYNC_CONTEXTS = ("Sync", "Setup", "ServerReasons")


def sync_words(value: str) -> str:
    """A sentence of the sync in the person's language (the one way the UI shows them).

    A :class:`Sentence` or marked word (how the engine, the client and the
    sign-in report, this run) is translated with ``i18n.translated``. A plain
    English one — the last problem as the school file keeps it, the reason
    kept with a conflict, why a sign-in could not be resumed — is looked up
    among the sync's messages (holes and all) and said in the language now
    installed. Anything else (the server's own words, a text already
    translated) is shown as it is.
    """
    from app.ui.i18n import catalogue, translated

    if isinstance(value, (Sentence, Message, BaseException)):
        return translated(value)
    if not value:
        return ""
    english = catalogue("en_US")
    found = [m for m in english.exact.get(value, []) if m.context in SYNC_CONTEXTS]
    if found:
        return QCoreApplication.translate(found[0].context, found[0].source)
    hit = english.find(value)
    if hit is None or hit[0].context not in SYNC_CONTEXTS:
        return value
    message, holes, _n = hit
    try:
        return QCoreApplication.translate(message.context, message.source).format(**holes)
    except (KeyError, IndexError, ValueError):
        return value


def phase_in_words(phase: str) -> str:
    return {
        "pushing": QCoreApplication.translate("Sync", "Sending changes…"),
        "pulling": QCoreApplication.translate("Sync", "Receiving changes…"),
        "checking": QCoreApplication.translate("Sync", "Checking…"),
        "idle": QCoreApplication.translate("Sync", "Up to date"),
        "offline": QCoreApplication.translate("Sync", "Offline"),
        "error": QCoreApplication.translate("Sync", "Sync stopped"),
        "signed_out": QCoreApplication.translate("Sync", "Signed out"),
        "update_required": QCoreApplication.translate("Sync", "Update needed"),
    }.get(phase, phase)


class SyncController(QObject):
    """The signed-in session's syncing, driven by the scheduler and by people."""

    # The sync state changed (a :class:`SyncStatus`), on the UI thread.
    status_changed = Signal(object)
    # A sync ended (its :class:`SyncReport`), on the UI thread.
    finished = Signal(object)
    _status_from_worker = Signal(object)

    def __init__(self, hub: AppSignals, tasks: Tasks, engine: SyncEngine | None, *, relay: StatusRelay | None = None,
                 interval_minutes: float = 5, debounce_seconds: float = 5.0, work_offline: bool = False,
                 no_sync_reason: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.tasks = tasks
        self.engine = engine
        self.interval_minutes = interval_minutes
        self.debounce_seconds = debounce_seconds
        self._work_offline = work_offline
        self._running = False
        self._again = False
        self._started = False
        self._announcing = False
        self.scheduler: SyncScheduler | None = None
        self.last_report: SyncReport | None = None
        if engine is not None:
            self._status = engine.status
        else:
            self._status = SyncStatus(phase="signed_out", last_error=no_sync_reason or Sentence(QT_TRANSLATE_NOOP(
                "Sync", "You are not signed in to the school's server on this computer. "
                        "Your work is saved here; sign in again to sync it.")))
        self._status_from_worker.connect(self._on_status, Qt.ConnectionType.QueuedConnection)
        self.relay = relay
        if relay is not None:
            relay.connect(self._status_from_worker.emit)
        hub.data_changed.connect(self._on_data_changed)
        self._listening = True

    # -- state ----------------------------------------------------------------

    @property
    def status(self) -> SyncStatus:
        return self._status

    def retranslate(self) -> None:
        """After a language change: the sentence of the last problem in the new language.

        A :class:`Sentence` (or a kept English sentence of the sync) is translated each time it is
        shown (:func:`sync_words`); a text given already translated is turned into the new language.
        """
        from app.ui.i18n import retranslated

        if self._status.last_error and not isinstance(self._status.last_error, Sentence):
            self._status = replace(self._status, last_error=retranslated(self._status.last_error))

    @property
    def can_sync(self) -> bool:
        return self.engine is not None

    @property
    def running(self) -> bool:
        return self._running

    @property
    def work_offline(self) -> bool:
        return self._work_offline

    # -- start and stop -------------------------------------------------------

    def start(self) -> None:
        """Start the schedule (it asks for a sync at once), unless working offline."""
        self._started = True
        self.status_changed.emit(self._status)
        self.hub.sync_status.emit(self._status)
        if self.engine is not None and not self._work_offline:
            self._start_scheduler()

    def stop(self) -> None:
        """No more syncs are started (one that is running finishes on its own)."""
        self._started = False
        self._stop_scheduler()
        if self.relay is not None:
            self.relay.connect(None)
        if not self._listening:
            return
        self._listening = False
        try:
            self.hub.data_changed.disconnect(self._on_data_changed)
        except (RuntimeError, TypeError):
            pass

    def _start_scheduler(self) -> None:
        if self.scheduler is not None:
            return
        from app.sync.scheduler import SyncScheduler  # APScheduler: only once there is a sync to schedule

        self.scheduler = SyncScheduler(self.interval_minutes, self.debounce_seconds, parent=self)
        self.scheduler.sync_due.connect(self.sync_now, Qt.ConnectionType.QueuedConnection)
        self.scheduler.start()

    def _stop_scheduler(self) -> None:
        if self.scheduler is not None:
            self.scheduler.stop()
            self.scheduler.deleteLater()
            self.scheduler = None

    def set_interval(self, minutes: float) -> None:
        self.interval_minutes = minutes
        if self.scheduler is not None:
            self.scheduler.set_interval(minutes)

    @Slot(bool)
    def set_work_offline(self, offline: bool) -> None:
        """The "Work offline" switch: no network at all while it is on."""
        if offline == self._work_offline:
            return
        self._work_offline = offline
        log.info("Work offline %s", "on" if offline else "off")
        if offline:
            self._stop_scheduler()
            self._again = False
        elif self._started and self.engine is not None:
            self._start_scheduler()  # asks for a sync at once
        self.hub.work_offline_changed.emit(offline)
        self.status_changed.emit(self._status)
        self.hub.sync_status.emit(self._status)

    # -- syncing --------------------------------------------------------------

    @Slot()
    @Slot(str)
    def sync_now(self, reason: str = "manual") -> bool:
        """Start a sync in the background; False when it cannot start now (offline switch, no sign-in)."""
        if self.engine is None or self._work_offline or not self._started:
            return False
        if self._running:
            self._again = True
            return True
        self._running = True
        self._again = False
        log.info("Sync (%s)", reason)
        self.hub.sync_started.emit()
        engine = self.engine
        self.tasks.run_task(engine.sync, on_success=self._finished, on_error=self._failed, owner=self)
        return True

    def _finished(self, report: SyncReport) -> None:
        self._running = False
        self.last_report = report
        status = self.engine.status if self.engine is not None else self._status
        self._on_status(status)
        if self.scheduler is not None:
            if status.phase == "offline":
                self.scheduler.went_offline()
            elif report.ok:
                self.scheduler.came_online()
        if report.ok and (report.pulled or report.merged or report.conflicts or report.rejected):
            self._announce_changes()
        self.hub.sync_finished.emit(report.ok, sync_words(report.error))
        self.finished.emit(report)
        if self._again and not report.skipped:
            self.sync_now("again")

    def _failed(self, exc: BaseException) -> None:  # the engine never raises; a bug if it does
        self._running = False
        log.error("Sync failed", exc_info=exc)
        message = Sentence(QT_TRANSLATE_NOOP(
            "Sync", "Sync stopped because of an internal error; the details are in the log file."))
        self._on_status(replace(self._status, phase="error", last_error=message))
        self.hub.sync_finished.emit(False, sync_words(message))

    def _announce_changes(self) -> None:
        self._announcing = True
        try:
            for entity in ANNOUNCED_ENTITIES:
                self.hub.data_changed.emit(entity, [])
        finally:
            self._announcing = False

    @Slot(object)
    def _on_status(self, status: SyncStatus) -> None:
        self._status = status
        self.status_changed.emit(status)
        self.hub.sync_status.emit(status)
        self.hub.sync_progress.emit(phase_in_words(status.phase), status.rows_done, status.rows_total)

    @Slot(str, list)
    def _on_data_changed(self, _entity: str, _ids: list) -> None:
        if self._announcing:
            return  # what a sync brought in is not a local write
        if self.scheduler is not None and not self._work_offline:
            self.scheduler.local_write()
