"""When to sync (issue 4 §8): every few minutes, after a local write, at start-up,
and — while offline — on a backoff with jitter until the server answers again.

APScheduler's ``QtScheduler`` runs the jobs on its own thread pool; a job here
only emits :attr:`SyncScheduler.sync_due`, which Qt delivers to receivers on
the UI thread (a queued connection). The receiver starts the sync in the
app's background worker; the engine's own lock makes sure one school never
syncs twice at once. QtCore only: no widgets.
"""

from __future__ import annotations

import datetime as dt
import logging
import random

from apscheduler.schedulers.qt import QtScheduler
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger
from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)

RETRY_BASE_SECONDS = 15.0
RETRY_CAP_SECONDS = 600.0


def retry_delay(attempt: int, rng: random.Random | None = None) -> float:
    """Seconds before the next try while offline: doubling from 15 s up to 10 min, ±50 % jitter."""
    rng = rng or random
    base = min(RETRY_CAP_SECONDS, RETRY_BASE_SECONDS * (2 ** max(0, attempt)))
    return base * rng.uniform(0.5, 1.5)


class SyncScheduler(QObject):
    """Decides when a sync is due; says so with :attr:`sync_due` (the reason as text)."""

    sync_due = Signal(str)

    def __init__(self, interval_minutes: float = 5, debounce_seconds: float = 5.0, parent: QObject | None = None):
        super().__init__(parent)
        self.interval_minutes = interval_minutes
        self.debounce_seconds = debounce_seconds
        self._offline_attempts = 0
        self._scheduler = QtScheduler(job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 60})

    def start(self) -> None:
        self._scheduler.start()
        self._scheduler.add_job(
            self._due, IntervalTrigger(minutes=self.interval_minutes), args=["interval"], id="interval",
            replace_existing=True,
        )
        QTimer.singleShot(0, lambda: self.sync_due.emit("start-up"))

    def stop(self) -> None:
        if self._scheduler.running:
            self._scheduler.shutdown(wait=False)

    def local_write(self) -> None:
        """A person saved something: sync soon, once, however many saves come in the meantime."""
        self._at(self.debounce_seconds, "after-write", "write")

    def went_offline(self) -> None:
        """The last sync could not reach the server: try again later, backing off."""
        delay = retry_delay(self._offline_attempts)
        self._offline_attempts += 1
        log.info("Offline; next try in %.0f s", delay)
        self._at(delay, "retry", "retry")

    def came_online(self) -> None:
        self._offline_attempts = 0
        if self._scheduler.get_job("retry") is not None:
            self._scheduler.remove_job("retry")

    def set_interval(self, minutes: float) -> None:
        self.interval_minutes = minutes
        if self._scheduler.running:
            self._scheduler.reschedule_job("interval", trigger=IntervalTrigger(minutes=minutes))

    def _at(self, seconds: float, job_id: str, reason: str) -> None:
        if not self._scheduler.running:
            return
        when = dt.datetime.now().astimezone() + dt.timedelta(seconds=seconds)
        self._scheduler.add_job(self._due, DateTrigger(run_date=when), args=[reason], id=job_id, replace_existing=True)

    def _due(self, reason: str) -> None:
        # On APScheduler's pool thread: emit and nothing more.
        self.sync_due.emit(reason)


BACKUP_CHECK_HOURS = 1.0


class BackupScheduler(QObject):
    """When to look whether the daily backup is due: at once, then every hour (an APScheduler job).

    Like the sync jobs, the job only emits :attr:`backup_due` (delivered on the
    UI thread); the receiver starts the copy on the app's background worker.
    """

    backup_due = Signal()

    def __init__(self, every_hours: float = BACKUP_CHECK_HOURS, parent: QObject | None = None):
        super().__init__(parent)
        self.every_hours = every_hours
        self._scheduler = QtScheduler(job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 3600})
        scheduler = self._scheduler
        # The owner (the main window) may go first: no job may then fire on a deleted object.
        self.destroyed.connect(lambda *_: scheduler.shutdown(wait=False) if scheduler.running else None)

    def start(self) -> None:
        self._scheduler.start()
        self._scheduler.add_job(
            self._due, IntervalTrigger(hours=self.every_hours), id="daily-backup", replace_existing=True,
            next_run_time=dt.datetime.now().astimezone(),
        )

    def stop(self) -> None:
        if self._scheduler.running:
            self._scheduler.shutdown(wait=False)

    def job(self):  # noqa: ANN201 - APScheduler's Job
        return self._scheduler.get_job("daily-backup")

    def _due(self) -> None:
        # On APScheduler's pool thread: emit and nothing more.
        self.backup_due.emit()
