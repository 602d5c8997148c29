"""When the school file is damaged: offer the newest good backup, restore it, say what may be missing.

:class:`DamagedFileRecovery` is started by the application when opening a
school fails with "the school file is damaged". In background tasks it finds
the newest backup that really opens (``PRAGMA quick_check``, a Daftar file,
a school in it) and reads what it can of the damaged file's waiting changes;
then it asks the person, in words, whether to restore that backup. On "yes"
it restores (:func:`app.storage.backup.restore`: the damaged file is kept
aside in the backups folder, waiting changes it still holds are queued again)
and emits :attr:`restored` so the application opens the school. What may be
missing is said before and after: changes already synced come back at the
next sync; changes not synced are carried over when the damaged file still
shows them, and are lost (with their number, when it is known) when not.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from app.storage import backup
from app.storage.db import DAFTAR_APPLICATION_ID, SchoolFileError
from app.ui.context import Tasks

log = logging.getLogger(__name__)


def is_damaged(exc: BaseException) -> bool:
    """Whether opening failed because the file is damaged (not foreign, busy or from a newer Daftar)."""
    from app.storage.db import _corrupt

    return isinstance(exc, SchoolFileError) and exc.problem == _corrupt(exc.path).problem


@dataclass(frozen=True)
class RecoveryOffer:
    school_file: Path
    backup: backup.BackupInfo
    # Changes waiting to sync in the damaged file that the backup does not hold; None when unreadable.
    waiting_not_in_backup: int | None
    # When the backup's school last synced (UTC), if it ever did.
    backup_synced_at: dt.datetime | None


def usable_backup(path: Path) -> bool:
    """A backup that passes ``quick_check``, is a Daftar school file and has a school in it."""
    if not backup.is_healthy(path):
        return False
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            if conn.execute("PRAGMA application_id").fetchone()[0] != DAFTAR_APPLICATION_ID:
                return False
            return conn.execute("SELECT count(*) FROM schools").fetchone()[0] > 0
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def _outbox_seqs(path: Path) -> set[int] | None:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return {row[0] for row in conn.execute("SELECT seq FROM outbox")}
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def _last_synced(path: Path) -> dt.datetime | None:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM sync_meta WHERE key = 'last_success_at'").fetchone()
        finally:
            conn.close()
        return dt.datetime.fromisoformat(row[0].replace("Z", "+00:00")).replace(tzinfo=None) if row else None
    except (sqlite3.Error, ValueError):
        return None


def find_offer(school_file: Path, backups_dir: Path) -> RecoveryOffer | None:
    """On a worker: the newest usable backup of the school, and what the damaged file still shows."""
    chosen = None
    for info in backup.list_backups(backups_dir, school_file.stem):
        if usable_backup(info.path):
            chosen = info
            break
        log.warning("Backup %s cannot be used; trying an older one", info.path.name)
    if chosen is None:
        return None
    waiting = _outbox_seqs(school_file)
    in_backup = _outbox_seqs(chosen.path) or set()
    return RecoveryOffer(school_file, chosen, None if waiting is None else len(waiting - in_backup),
                         _last_synced(chosen.path))


def _local(when: dt.datetime) -> str:
    from PySide6.QtCore import QDateTime, QLocale, QTimeZone

    moment = QDateTime(when.date(), when.time().replace(microsecond=0), QTimeZone.utc()).toLocalTime()
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


class DamagedFileRecovery(QObject):
    """Offer the newest good backup of a damaged school file; restore it when the person agrees."""

    # The backup is in place: (school file, sentences saying what happened and what may be missing).
    restored = Signal(Path, str)
    # No usable backup, the person said no, or the restore failed: (sentence to show, or "").
    given_up = Signal(str)

    def __init__(self, tasks: Tasks, school_file: Path, backups_dir: Path, parent_window: QWidget | None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.school_file = Path(school_file)
        self.backups_dir = Path(backups_dir)
        self.parent_window = parent_window
        self.offer: RecoveryOffer | None = None
        self.box: QMessageBox | None = None
        self.restore_button: QPushButton | None = None

    def start(self) -> None:
        self.tasks.run_task(lambda: find_offer(self.school_file, self.backups_dir),
                            on_success=self._found, on_error=self._failed, owner=self)

    # -- the offer ------------------------------------------------------------

    def _found(self, offer: RecoveryOffer | None) -> None:
        if offer is None:
            self.given_up.emit(self.tr(
                "The school file {name} is damaged and there is no good backup of it on this computer. "
                "Sign in again to download the school from its server; the damaged file is left as it is."
            ).format(name=self.school_file.name))
            return
        self.offer = offer
        box = QMessageBox(self.parent_window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("The school file is damaged"))
        box.setText(self.tr("The school file {name} is damaged, so Daftar will not open it.").format(
            name=self.school_file.name))
        box.setInformativeText(self.tr(
            "Daftar found a good backup made {when}. Restore it and open the school? The damaged file is "
            "kept as it is in the backups folder.").format(when=_local(offer.backup.taken_at))
            + "\n\n" + self.missing_text(offer))
        self.restore_button = box.addButton(self.tr("Restore the Backup"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Not Now"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self.restore_button)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(self._answered)
        self.box = box
        box.open()

    def missing_text(self, offer: RecoveryOffer) -> str:
        """What the backup may lack, in words."""
        when = _local(offer.backup.taken_at)
        synced = self.tr("Changes made after {when} that were already synced come back from the school's "
                         "server at the next sync.").format(when=when)
        if offer.waiting_not_in_backup is None:
            waiting = self.tr("Changes made on this computer after {when} that had not been synced cannot be "
                              "read from the damaged file and are lost; how many is not known.").format(when=when)
        elif offer.waiting_not_in_backup == 0:
            waiting = self.tr("No change that was waiting to sync is missing from the backup.")
        else:
            waiting = self.tr("%n change(s) waiting to sync can still be read from the damaged file and "
                              "will be sent at the next sync.", "", offer.waiting_not_in_backup)
        return synced + " " + waiting

    def _answered(self, button) -> None:  # noqa: ANN001 - QAbstractButton
        self.box = None
        if button is not self.restore_button or self.offer is None:
            log.info("The person chose not to restore %s", self.school_file.name)
            self.given_up.emit("")
            return
        offer = self.offer
        self.tasks.run_task(lambda: backup.restore(offer.school_file, self.backups_dir, offer.backup.path),
                            on_success=self._restored, on_error=self._failed, write=True, owner=self)

    # -- the restore ----------------------------------------------------------

    def _restored(self, report: backup.RestoreReport) -> None:
        log.info("Restored %s from %s", self.school_file.name, report.restored_from.name)
        when = _local(self.offer.backup.taken_at) if self.offer else ""
        lines = [self.tr("The school was restored from the backup made {when}.").format(when=when)]
        if report.replaced_file is not None:
            lines.append(self.tr("The damaged file is kept as {name} in the backups folder.").format(
                name=report.replaced_file.name))
        lines.append(self.tr("Changes already synced since then come back at the next sync."))
        if report.recovered_changes:
            lines.append(self.tr("%n change(s) waiting to sync were recovered from the damaged file.", "",
                                 report.recovered_changes))
        if report.unreadable_replaced:
            lines.append(self.tr("Changes that had not been synced since the backup could not be read from the "
                                 "damaged file and are lost. Until the next sync, fee payments wait, so that no "
                                 "receipt number is given twice."))
        self.restored.emit(self.school_file, "\n".join(lines))

    def _failed(self, exc: BaseException) -> None:
        log.error("Recovering %s failed", self.school_file.name, exc_info=exc)
        self.given_up.emit(self.tr("The backup could not be restored ({reason}). The damaged file is left as "
                                   "it is.").format(reason=str(exc)))


class StartupCheckRunner(QObject):
    """Runs a :class:`app.storage.db.StartupCheck` on its own thread, after the window is shown.

    Its own thread, not the app's task worker: writes queued there wait for
    this answer, so the check must never queue behind them. The answer comes
    back on the UI thread as :attr:`passed` or :attr:`damaged` (the error).
    """

    passed = Signal()
    damaged = Signal(object)

    def __init__(self, check, parent: QObject | None = None) -> None:  # noqa: ANN001 - StartupCheck
        super().__init__(parent)
        self.check = check

    def start(self) -> None:
        import threading

        threading.Thread(target=self._run, name="startup-quick-check", daemon=True).start()

    def _run(self) -> None:
        try:
            self.check.run()
        except SchoolFileError as exc:
            log.error("The start-up check of %s found damage", self.check.db.path.name)
            self.damaged.emit(exc)
            return
        log.info("The start-up check of %s passed", self.check.db.path.name)
        self.passed.emit()
