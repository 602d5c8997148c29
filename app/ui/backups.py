"""The daily backup of the open school, whatever the sync is doing.

Once the school is shown, and every hour after (an APScheduler job, see
:class:`app.sync.scheduler.BackupScheduler`), a background task asks
:func:`app.storage.backup.backup_if_due` for a copy; it makes one when the
newest is a day old. It belongs to the open school (the main window owns it),
not to the sync: working offline, or on a file nobody signed in to, still
gets its daily copy.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.storage.backup import backup_if_due
from app.sync.scheduler import BACKUP_CHECK_HOURS, BackupScheduler
from app.ui.context import Tasks

log = logging.getLogger(__name__)

CHECK_EVERY_HOURS = BACKUP_CHECK_HOURS


class DailyBackup(QObject):
    # The copy found the school file damaged: a sentence for the person.
    damaged = Signal(str)

    def __init__(self, tasks: Tasks, school_file: Path, backups_dir: Path | Callable[[], Path],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._school_file = Path(school_file)
        # A callable is asked at each check: the folder can be changed in the settings meanwhile.
        self._backups_dir = backups_dir if callable(backups_dir) else (lambda folder=Path(backups_dir): folder)
        self.scheduler = BackupScheduler(CHECK_EVERY_HOURS, parent=self)
        self.scheduler.backup_due.connect(self.check)

    def start(self) -> None:
        self.scheduler.start()

    def stop(self) -> None:
        self.scheduler.stop()

    def check(self) -> None:
        folder = Path(self._backups_dir())
        self._tasks.run_task(lambda: backup_if_due(self._school_file, folder),
                             on_success=self._done, on_error=self._failed, owner=self)

    def _done(self, made: Path | None) -> None:
        if made is not None:
            log.info("Daily backup of %s: %s", self._school_file.name, made.name)

    def _failed(self, exc: BaseException) -> None:
        # Never in the person's way: the next hour tries again, and the log says why.
        log.error("The daily backup of %s failed: %s", self._school_file.name, exc)
        from app.ui.recovery import is_damaged

        if is_damaged(exc):  # the copy showed the school file itself is damaged: say so, once
            self.scheduler.stop()
            self.damaged.emit(self.tr(
                "Daftar found damage in this school's file while making today's backup. What you saved is "
                "kept; your good backups are kept too. Close Daftar and open it again: it will offer the "
                "newest good backup and say what may be missing."))
