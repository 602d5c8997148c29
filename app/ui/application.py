"""Start-up of the desktop app: QApplication, translations, error hook, and who is using it.

:func:`run_app` is what ``daftar`` (no sub-command) runs. :class:`DaftarApp`
is the application itself. It owns the signal hub and the task runner, and
walks a person through:

* **first run** — the welcome window: sign in to the school's server (which
  registers this computer and downloads the school, with a progress bar), or
  try the demo school (``--demo``: the reference server started locally by
  :class:`app.sync.demo_server.DemoServer`, and its people to pick from);
* **later runs** — the unlock window of the last school: pick who you are,
  type your password, checked offline; then the session is resumed from the
  keyring for syncing (without a kept sign-in, Daftar works offline and says
  so);
* **the day** — the main window for that person's role, with its
  :class:`~app.ui.sync_controller.SyncController`; idle lock, switch user,
  sign out and switch school, none of which loses a saved change.

Everything slow (opening and migrating a file, scrypt, the network, the
keyring) runs in background tasks. Tests build a :class:`DaftarApp` with the
synchronous task fake, or the real runner, and drive it without ``exec()``.
"""

from __future__ import annotations


import argparse
import logging
import sys
import threading
from pathlib import Path

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QSystemTrayIcon, QWidget
from sqlalchemy import select

from app import __version__
from app.collector import collect_due, collect_on_one_thread, settle_for_interactive_use
from app.config import APP_AUTHOR, APP_NAME, Paths, Settings
from app.storage.db import SchoolDB, SchoolFileError, StartupCheck, open_school
from app.services.session import Person, forget_person, people, unlock
from app.storage.models import DeviceIdentity, School
from app.ui.context import AppContext, OpenSchool, Tasks
from app.services.context import QT_TRANSLATE_NOOP
from app.ui.errors import ExceptionHook, school_file_words, show_school_file_error
from app.ui.i18n import apply_text_size, install_translations, language_setting, text_size_percent
from app.ui.main_window import MainWindow
from app.ui.resources import icon, style_sheet
from app.ui.signals import AppSignals
from app.ui.idle import IdleWatcher
from app.ui.backups import DailyBackup
from app.ui.recovery import DamagedFileRecovery, StartupCheckRunner, is_damaged
from app.ui.settings_dialog import backups_kept
from app.ui.sync_controller import StatusRelay, SyncController
from app.ui.sync_status import SyncTray
from app.ui.tasks import TaskRunner, report_to_excepthook
from app.ui.unlock import UnlockWindow
from app.ui.welcome import WelcomeWindow

log = logging.getLogger(__name__)

SCHOOL_FILE_SUFFIX = ".daftar"



# --------------------------------------------------------------------------
# QApplication and languages
# --------------------------------------------------------------------------


def create_qapplication(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("daftar")
    app.setWindowIcon(icon("daftar"))
    sheet = style_sheet()
    if sheet:
        app.setStyleSheet(sheet)
    return app


# --------------------------------------------------------------------------
# The application
# --------------------------------------------------------------------------


@dataclass
class _OpenedFile:
    """A school file opened in the background: its facts and who may unlock it."""

    path: Path
    db: SchoolDB
    school: School
    device_id: str
    people: list[Person]


def _read_school(db: SchoolDB) -> School:
    with db.session() as session:
        school = session.execute(select(School).where(School.deleted.is_(False))).scalars().first()
    if school is None:
        raise SchoolFileError(db.path, QT_TRANSLATE_NOOP("SchoolFile", "This school file holds no school"),
                              QT_TRANSLATE_NOOP("SchoolFile", "Sign in again to download the school, or choose another "
                                                              "file."))
    return school


def _open_file(path: Path, backups: Path) -> _OpenedFile:
    """On a worker: check and migrate the file, then read the school and its people."""
    db = open_school(path, backups)
    try:
        school = _read_school(db)
        with db.session() as session:
            device = session.execute(select(DeviceIdentity)).scalars().first()
            found = people(session)
        return _OpenedFile(path, db, school, device.device_id if device else "", found)
    except BaseException:
        db.close()
        raise


def _words(exc: BaseException) -> str:
    """The sentence of an error a person can act on, in the person's language; "" for a bug.

    The sync's and the demo server's errors are raised with marked sentences
    (``sync_words`` says them, or the plain English the sign-in kept), and so
    are a school file's problem and advice (``school_file_words``).
    """
    from app.sync.client import SyncError
    from app.sync.demo_server import DemoServerError
    from app.ui.sync_controller import sync_words

    if isinstance(exc, (SyncError, DemoServerError)):
        return sync_words(exc)
    if isinstance(exc, SchoolFileError):
        return school_file_words(exc)
    return ""


class DownloadCancelled(Exception):
    """Cancel was pressed during the first download. ``kept``: the school file was there before and stays."""

    def __init__(self, kept: bool) -> None:
        super().__init__("cancelled")
        self.kept = kept


def _discard_download(signed, school_file: Path, existed: bool) -> None:  # noqa: ANN001 - SignedIn | None
    """After Cancel, on the worker: a school file this sign-in made is removed whole, so no half school
    is left behind (the session is signed out too). One that was here before keeps every page that
    arrived, each with its cursor: it is whole as far as it goes, and its next sync finishes the download."""
    if signed is not None:
        if not existed:
            try:
                signed.client.logout()
            except Exception:  # noqa: BLE001 - best effort: the file goes either way
                log.info("Sign-out after a cancelled download did not reach the server")
        signed.close()
    if not existed:
        for suffix in ("", "-wal", "-shm", "-journal", "-closed"):
            Path(str(school_file) + suffix).unlink(missing_ok=True)


class DaftarApp(QObject):
    """The running app: one school and one person at a time, or the welcome window."""

    # A school is open and its main window shown (tests wait on this).
    school_ready = Signal(object)
    # Opening a school failed; the person was told (tests wait on this).
    open_failed = Signal(str)
    # The unlock window is up (the session locked, or a school with people opened).
    locked = Signal()
    # The demo server answers (its base URL).
    demo_ready = Signal(str)

    # Seconds between a local write and the sync it triggers (tests shorten it).
    sync_debounce_seconds = 5.0
    # Extra options for :class:`app.sync.client.ServerClient` (tests shorten the retry back-off).
    client_options: dict = {}
    # Size of the demo school loaded into the demo server (tests use "small").
    demo_size = "default"

    def __init__(self, paths: Paths, logfile: Path, *, tasks: Tasks | None = None,
                 settings: Settings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hub = AppSignals(self)
        self.ctx = AppContext(
            hub=self.hub,
            tasks=tasks if tasks is not None else TaskRunner(self),
            paths=paths,
            settings=settings or Settings.load(paths),
            logfile=Path(logfile),
        )
        self.school: OpenSchool | None = None
        self.signed = None  # app.sync.account.SignedIn of the person using the open school
        self.sync: SyncController | None = None
        self.main_window: MainWindow | None = None
        self.welcome: WelcomeWindow | None = None
        self.unlock_window: UnlockWindow | None = None
        self.tray: SyncTray | None = None
        self.message: QMessageBox | None = None
        self.demo_server = None  # app.sync.demo_server.DemoServer, once started
        self.work_offline = False
        self._opening = False
        self._download_cancel: threading.Event | None = None  # the sign-in under way
        self.recovery: DamagedFileRecovery | None = None  # offering a backup of a damaged file
        self._pending: _OpenedFile | None = None  # a school waiting to be unlocked
        self._hidden_dialogs: list[QWidget] = []
        self._keyring_checked = False
        self.idle = IdleWatcher(self.ctx.settings.idle_lock_minutes, self)
        self.idle.idle.connect(self.lock)
        self.hub.work_offline_changed.connect(self._work_offline_changed)
        self._apply_settings(self.ctx.settings)

    @property
    def tasks(self) -> Tasks:
        return self.ctx.tasks

    # -- start ----------------------------------------------------------------

    def start(self, *, demo: bool = False, school_code: str | None = None) -> None:
        if demo:
            self.show_welcome()
            self.start_demo()
            return
        code = school_code or self.ctx.settings.last_school
        if not code:
            self.show_welcome()
            return
        try:
            path = self.ctx.paths.school_file(code)
        except ValueError:
            self.show_welcome()
            self._tell(
                QCoreApplication.translate(
                    "Application",
                    "“{code}” is not a school code. "
                    "A school code has letters, digits, “-” or “_”, like DEMO.",
                ).format(code=code)
            )
            return
        if school_code is None and not path.exists():
            self.show_welcome()  # the last school's file was moved away: start afresh
            return
        self.open_school_file(path)

    def show_welcome(self, *, page: int | None = None) -> WelcomeWindow:
        if self.welcome is None:
            files = sorted(self.ctx.paths.schools_dir.glob(f"*{SCHOOL_FILE_SUFFIX}"))
            settings = self.ctx.settings
            self.welcome = WelcomeWindow(files, server_url=settings.last_server_url,
                                         school_code=settings.last_school.upper())
            self.welcome.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.welcome.destroyed.connect(self._welcome_gone)
            self.welcome.sign_in_requested.connect(self.sign_in)
            self.welcome.demo_requested.connect(self.start_demo)
            self.welcome.demo_user_chosen.connect(self.sign_in_demo_user)
            self.welcome.open_file_requested.connect(self.choose_school_file)
            self.welcome.school_file_chosen.connect(self.open_school_file)
            self.welcome.cancel_requested.connect(self.cancel_download)
        if page is not None:
            self.welcome.show_page(page)
        self.welcome.show()
        self.welcome.raise_()
        self.welcome.activateWindow()
        return self.welcome

    @Slot()
    def _welcome_gone(self) -> None:
        if self.welcome is not None and not shiboken_valid(self.welcome):
            self.welcome = None

    def _close_welcome(self) -> None:
        if self.welcome is not None:
            welcome, self.welcome = self.welcome, None
            welcome.close()

    def _window(self) -> QWidget | None:
        for window in (self.unlock_window, self.welcome, self.main_window):
            if window is not None and window.isVisible():
                return window
        return self.main_window

    # -- opening a school file ------------------------------------------------

    @Slot()
    def choose_school_file(self) -> QFileDialog:
        """Ask for a school file (non-blocking dialog); opens it when chosen."""
        title = QCoreApplication.translate("Application", "Open a school file")
        dialog = QFileDialog(self._window(), title, str(self.ctx.paths.schools_dir))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([
            QCoreApplication.translate("Application", "Daftar school files (*.daftar)"),
            QCoreApplication.translate("Application", "All files (*)"),
        ])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: self.open_school_file(Path(name)))
        dialog.open()
        return dialog

    @Slot(Path)
    def open_school_file(self, path: Path) -> None:
        """Check, migrate and open a school file in the background; then ask who is using it.

        A school that people have signed in to on this computer shows the
        unlock window. A file nobody has signed in to here (one made by
        ``daftar demo-data``) opens as a local file, with every screen and
        no syncing.
        """
        if self._opening:
            return
        self._opening = True
        path = Path(path)
        if self.welcome is not None:
            self.welcome.set_busy(True)
        log.info("Opening school file %s", path)
        backups = self.ctx.paths.backups
        self.tasks.run_task(
            lambda: _open_file(path, backups),
            on_success=self._file_opened,
            on_error=lambda exc: self._open_failed(path, exc),
            write=True,
        )

    def _file_opened(self, opened: _OpenedFile) -> None:
        self._opening = False
        if self.school is not None and self.school.path.resolve() == opened.path.resolve():
            opened.db.close()  # already open: just ask who is using it
            opened = _OpenedFile(opened.path, self.school.db, opened.school, opened.device_id, opened.people)
        if not opened.people:
            self._show_school(opened, None, None)
            return
        self._discard_pending()
        self._pending = opened
        self.show_unlock(opened)

    def _open_failed(self, path: Path, exc: BaseException) -> None:
        self._opening = False
        if self.welcome is not None:
            self.welcome.set_busy(False)
        if self.main_window is None and self.unlock_window is None:
            self.show_welcome()
        if not isinstance(exc, SchoolFileError):
            report_to_excepthook(exc)  # logs it and tells the person where the log is
            self.open_failed.emit(str(exc))
            return
        log.warning("Could not open %s: %s", path, exc)
        if is_damaged(exc) and self.recovery is None:
            self._offer_backup(path, exc)
            return
        self.message = show_school_file_error(self._window(), exc)
        self.open_failed.emit(str(exc))

    def _offer_backup(self, path: Path, exc: BaseException) -> None:
        """A damaged file: offer its newest good backup (app.ui.recovery); open the school once restored."""
        self.recovery = DamagedFileRecovery(self.tasks, path, self.ctx.paths.backups, self._window(), self)

        def restored(school_file: Path, words: str) -> None:
            self.recovery = None
            self.open_school_file(school_file)
            self._tell(words, icon=QMessageBox.Icon.Information)

        def given_up(words: str) -> None:
            self.recovery = None
            self.message = show_school_file_error(self._window(), SchoolFileError(path, exc.problem, words)) \
                if words else None
            self.open_failed.emit(str(exc))

        self.recovery.restored.connect(restored)
        self.recovery.given_up.connect(given_up)
        self.recovery.start()

    def _discard_pending(self) -> None:
        pending, self._pending = self._pending, None
        if pending is not None and (self.school is None or pending.db is not self.school.db):
            pending.db.close()

    # -- unlock ---------------------------------------------------------------

    def show_unlock(self, opened: _OpenedFile, *, locked: bool = False, note: str = "") -> UnlockWindow:
        last = self.school.person.username if (locked and self.school and self.school.person) else ""
        if not last and self.signed is not None:
            last = self.signed.user.get("username", "")
        window = UnlockWindow(opened.school.name, opened.people, last_username=last, locked=locked, note=note)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.unlock_requested.connect(self.unlock)
        window.sign_in_requested.connect(self._sign_in_instead)
        window.switch_school_requested.connect(self.switch_school)
        window.destroyed.connect(self._unlock_gone)
        previous, self.unlock_window = self.unlock_window, window
        window.show()
        window.raise_()
        window.activateWindow()
        if previous is not None:
            previous.close()
        self._close_welcome()
        self.locked.emit()
        return window

    @Slot()
    def _unlock_gone(self) -> None:
        if self.unlock_window is not None and not shiboken_valid(self.unlock_window):
            self.unlock_window = None

    @Slot(str, str)
    def unlock(self, username: str, password: str) -> None:
        """Check the password offline (in the background), then open the school for that person."""
        opened = self._pending
        if opened is None:
            return
        db = opened.db

        def check() -> Person | None:
            with db.session() as session:
                return unlock(session, username, password)

        def checked(person: Person | None) -> None:
            if person is None:
                if self.unlock_window is not None:
                    self.unlock_window.show_error(QCoreApplication.translate(
                        "Application", "That is not the password for {username} on this computer. Try again; "
                        "if it was changed, sign in with the school's server.").format(username=username))
                return
            log.info("Unlocked by %s (%s)", person.username, person.role)
            window = self.main_window
            if (window is not None and not window.isVisible() and self.school is not None
                    and self.school.person == person and self.school.db is db):
                self._resume_window()  # the same person after a lock: everything as it was
                return
            self._resume_session(opened, person)

        self.tasks.run_task(check, on_success=checked, on_error=self._unlock_failed)

    def _unlock_failed(self, exc: BaseException) -> None:
        if self.unlock_window is not None:
            self.unlock_window.set_busy(False)
        report_to_excepthook(exc)

    def _resume_session(self, opened: _OpenedFile, person: Person) -> None:
        """Rebuild the person's sync session from the keyring (in the background), then show the school."""
        from app.sync.account import resume
        from app.sync.client import SyncError

        paths, code, relay = self.ctx.paths, opened.school.code, StatusRelay()
        options = dict(self.client_options)

        def resume_session():  # noqa: ANN202 - (SignedIn | None, reason)
            try:
                return resume(paths, code, username=person.username, db=opened.db, on_status=relay,
                              **options), ""
            except SyncError as exc:
                return None, str(exc)

        def resumed(result) -> None:  # noqa: ANN001
            signed, reason = result
            self._show_school(opened, person, signed, no_sync_reason=reason, relay=relay)

        self.tasks.run_task(resume_session, on_success=resumed, on_error=self._unlock_failed)

    def _resume_window(self) -> None:
        window = self.main_window
        assert window is not None
        window.show()
        window.raise_()
        window.activateWindow()
        for dialog in self._hidden_dialogs:
            if shiboken_valid(dialog):
                dialog.show()
        self._hidden_dialogs = []
        if self.unlock_window is not None:
            unlock_window, self.unlock_window = self.unlock_window, None
            unlock_window.close()
        self._pending = None
        self.idle.start()
        self.school_ready.emit(self.school)

    @Slot()
    def lock(self) -> None:
        """Back to the unlock window; the main window is only hidden, so nothing is lost."""
        window, school = self.main_window, self.school
        if window is None or school is None or school.person is None or not window.isVisible():
            return
        self.idle.stop()
        db = school.db

        def read_people() -> list[Person]:
            with db.session() as session:
                return people(session)

        def show(found: list[Person]) -> None:
            if self.main_window is not window or not window.isVisible():
                return
            with db.session() as session:
                school_row = _read_school_in(session)
            self._pending = _OpenedFile(school.path, db, school_row, school.device_id, found)
            self.show_unlock(self._pending, locked=True)
            self._hidden_dialogs = [d for d in window.findChildren(QDialog) if d.isVisible()]
            for dialog in self._hidden_dialogs:
                dialog.hide()
            window.hide()
            log.info("Locked")

        self.tasks.run_task(read_people, on_success=show, owner=window)

    # -- signing in -----------------------------------------------------------

    @Slot()
    def _sign_in_instead(self) -> None:
        from app.ui.welcome import WelcomeWindow as W

        welcome = self.show_welcome(page=W.SIGN_IN)
        if self._pending is not None:
            welcome.code_edit.setText(self._pending.school.code)

    @Slot()
    def switch_school(self) -> None:
        """File → Switch School: the welcome window, with the schools on this computer."""
        self._close_welcome()
        self.show_welcome()

    @Slot(str, str, str, str)
    def sign_in(self, server_url: str, school_code: str, username: str, password: str, *,
                demo: bool = False) -> None:
        """Sign in online, register this computer, download the school with a progress bar; then show it."""
        from app.sync import credentials
        from app.sync.account import sign_in

        if self._opening:
            return
        self._opening = True
        welcome = self.welcome or self.show_welcome()
        welcome.show_progress("")
        paths, relay = self.ctx.paths, StatusRelay()
        device_name = None
        options = dict(self.client_options)
        cancel = self._download_cancel = threading.Event()  # set by the welcome window's Cancel

        def work(report):  # noqa: ANN001, ANN202
            relay.connect(lambda status: report(status.phase, status.rows_done, status.rows_total))
            school_file = paths.school_file(school_code)
            existed = school_file.exists()
            try:
                report("registering", 0, 0)
                signed, first = sign_in(paths, server_url, school_code, username, password,
                                        device_name=device_name, on_status=relay, should_stop=cancel.is_set,
                                        **options)
            except BaseException:
                if not cancel.is_set():
                    raise
                _discard_download(None, school_file, existed)
                raise DownloadCancelled(existed) from None
            finally:
                relay.connect(None)
            if cancel.is_set():
                _discard_download(signed, school_file, existed)
                raise DownloadCancelled(existed)
            try:
                school = _read_school(signed.db)
                with signed.db.session() as session:
                    found = people(session)
                secure = credentials.secure_storage_available()
            except BaseException:
                signed.close()
                raise
            return signed, first, school, found, secure

        def progress(phase: str, done: int, total: int) -> None:
            if self.welcome is not None:
                self.welcome.set_progress(phase, done, total)

        def done(result) -> None:  # noqa: ANN001
            signed, first, school, found, secure = result
            self._opening = False
            person = next((p for p in found if p.user_id == signed.user["id"]), None) or Person(
                signed.user["id"], username, signed.user.get("full_name", username), signed.user.get("role", "teacher"))
            if not demo:
                self.ctx.settings.last_school = school.code
                self.ctx.settings.last_server_url = server_url
                self.ctx.settings.save(self.ctx.paths)
            opened = _OpenedFile(signed.db.path, signed.db, school, signed.device.device_id, found)
            self._show_school(opened, person, signed, first_report=first, relay=relay)
            if not secure:
                self._tell_no_keyring()

        def failed(exc: BaseException) -> None:
            self._opening = False
            if isinstance(exc, DownloadCancelled):
                log.info("The first download was cancelled (school file %s)", "kept" if exc.kept else "removed")
                if self.welcome is not None:
                    self.welcome.show_cancelled(kept=exc.kept)
                return
            words = _words(exc)
            if not words:
                log.error("Sign-in failed", exc_info=exc)
                words = QCoreApplication.translate(
                    "Application", "Signing in stopped because of an internal error. The details are in the "
                    "log file: {log}").format(log=self.ctx.logfile)
            if self.welcome is not None:
                self.welcome.show_error(words)
            else:
                self._tell(words)

        self.tasks.run_task(work, on_success=done, on_error=failed, on_progress=progress)

    @Slot()
    def cancel_download(self) -> None:
        """Cancel on the first download: the download stops after the page that is arriving."""
        if self._download_cancel is not None and self._opening:
            log.info("Cancel pressed during the first download")
            self._download_cancel.set()

    def _tell_no_keyring(self) -> None:
        if self._keyring_checked:
            return
        self._keyring_checked = True
        self._tell(
            QCoreApplication.translate(
                "Application",
                "This computer has no secure password store (keyring), so your sign-in is kept only while "
                "Daftar is open. After closing Daftar you can still unlock it with your password and work "
                "offline, but you will need to sign in again to sync."),
            icon=QMessageBox.Icon.Information,
        )

    # -- the demo school ------------------------------------------------------

    @Slot()
    def start_demo(self) -> None:
        """Start the demo school's server (in the background), then list its people."""
        from app.demo import DEMO_USERS
        from app.sync.demo_server import DemoServer

        welcome = self.show_welcome()
        welcome.show_demo_starting()
        if self.demo_server is not None and self.demo_server.running:
            welcome.show_demo_users(list(DEMO_USERS), self.demo_server.base_url)
            return
        if self.demo_server is None:
            self.demo_server = DemoServer(self.ctx.paths, size=self.demo_size)
        server = self.demo_server

        def started(url: str) -> None:
            log.info("Demo server at %s", url)
            if self.welcome is not None:
                self.welcome.show_demo_users(list(DEMO_USERS), url)
            self.demo_ready.emit(url)

        def failed(exc: BaseException) -> None:
            log.error("The demo server did not start", exc_info=exc)
            words = _words(exc) or QCoreApplication.translate(
                "Application", "The demo school's server could not be started. The details are in the log "
                "file: {log}").format(log=self.ctx.logfile)
            if self.welcome is not None:
                self.welcome.show_demo_failed(words)

        def stage(name: str) -> None:  # "loading" the first time, "rebuilding" after a new version of Daftar
            if self.welcome is not None:
                self.welcome.show_demo_stage(name)

        self.tasks.run_task(lambda report: server.start(on_stage=report), on_success=started, on_error=failed,
                            on_progress=stage)

    @Slot(str, str)
    def sign_in_demo_user(self, username: str, password: str) -> None:
        from app.demo import DEMO_SCHOOL_CODE

        if self.demo_server is None or not self.demo_server.running:
            self.start_demo()
            return
        self.sign_in(self.demo_server.base_url, DEMO_SCHOOL_CODE, username, password, demo=True)

    # -- the school, for one person -------------------------------------------

    def _show_school(self, opened: _OpenedFile, person: Person | None, signed, *,  # noqa: ANN001
                     no_sync_reason: str = "", first_report=None,  # noqa: ANN001
                     relay: StatusRelay | None = None) -> None:
        previous_window, previous, previous_signed = self.main_window, self.school, self.signed
        if previous_window is not None:
            self._end_session(keep_db=previous is not None and previous.db is opened.db)
        if previous is not None and previous.db is not opened.db:
            self.hub.school_closed.emit()
        school = opened.school
        self.school = OpenSchool(
            db=opened.db, path=opened.path, code=school.code, name=school.name,
            currency=school.currency, currency_digits=school.currency_digits,
            school_id=school.id, device_id=opened.device_id, person=person,
        )
        self.signed = signed
        self._pending = None
        sync = SyncController(
            self.hub, self.tasks, signed.engine if signed is not None else None, relay=relay,
            interval_minutes=self.ctx.settings.sync_interval_minutes, debounce_seconds=self.sync_debounce_seconds,
            work_offline=self.work_offline,
            no_sync_reason=no_sync_reason if person is not None else QCoreApplication.translate(
                "Application", "This school file is not signed in to a server: it is kept on this computer only."),
        )
        if first_report is not None:
            sync.last_report = first_report
        check = self._hold_writes_for_check(opened.db)
        window = MainWindow(self.ctx, self.school, sync)
        sync.setParent(window)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.open_school_requested.connect(self.choose_school_file)
        window.switch_school_requested.connect(self.switch_school)
        window.lock_requested.connect(self.lock)
        window.sign_out_requested.connect(self.sign_out)
        window.settings_changed.connect(self._apply_settings)
        self.main_window = window
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = SyncTray(sync, school.name, window, status_bar=window.sync_bar)
            self.tray.show_requested.connect(lambda: (window.showNormal(), window.raise_(), window.activateWindow()))
            self.tray.show()
        window.show()
        daily = DailyBackup(self.tasks, opened.path, lambda: self.ctx.paths.backups, parent=window)
        daily.damaged.connect(lambda words: self._tell(words))
        daily.start()
        if previous_window is not None and shiboken_valid(previous_window):
            previous_window.close()
        if previous is not None and previous.db is not opened.db:
            previous.db.close()
        if self.unlock_window is not None:
            unlock_window, self.unlock_window = self.unlock_window, None
            unlock_window.close()
        self._close_welcome()
        if check is None:
            sync.start()
        else:  # the sync writes too: it starts once the check has passed
            check.passed.connect(sync.start)
            check.damaged.connect(lambda exc: self._damaged_after_start(opened.path, opened.db, exc))
            check.start()
        if person is not None:
            self.idle.start()
        log.info("Opened %s (%s) for %s", school.name, opened.path, person.username if person else "a local file")
        if previous_signed is not None and previous_signed is not signed:
            previous_signed.client.close()
        self.hub.school_opened.emit(school.code, school.name, str(opened.path))
        self.school_ready.emit(self.school)

    def _hold_writes_for_check(self, db: SchoolDB) -> StartupCheckRunner | None:
        """A file opened without the whole-file check (closed cleanly, unchanged) is checked in the
        background once the window shows; until it answers, writes wait (``StartupCheck``)."""
        if getattr(db, "startup_check", None) is not None or not StartupCheck.needed(db):
            return None
        db.startup_check = StartupCheck(db)
        return StartupCheckRunner(db.startup_check, self)

    def _damaged_after_start(self, path: Path, db: SchoolDB, exc: SchoolFileError) -> None:
        """The start-up check found damage: nothing was written; close the school and offer a backup."""
        if self.school is None or self.school.db is not db:
            db.close()
            return
        window = self.main_window
        self._end_session(keep_db=False)
        self.main_window = None
        if window is not None and shiboken_valid(window):
            window.close()
        if self.signed is not None:
            self.signed.client.close()
            self.signed = None
        self.hub.school_closed.emit()
        db.close()
        self.school = None
        self._open_failed(path, exc)

    def _end_session(self, *, keep_db: bool) -> None:
        """Stop the current person's syncing and close their window (saved work is in the file)."""
        self.idle.stop()
        if self.main_window is not None and shiboken_valid(self.main_window):
            self.main_window.sync.stop()
        if self.tray is not None and shiboken_valid(self.tray):
            self.tray.hide()
        self.tray = None

    @Slot()
    def sign_out(self) -> None:
        """Sign out of the server (or only here, when working offline); changes waiting stay."""
        from app.sync import credentials

        school, signed, window = self.school, self.signed, self.main_window
        if school is None or school.person is None or window is None:
            return
        person = school.person
        offline = self.work_offline
        window.sync.stop()

        def work() -> tuple[list[Person], int]:
            from app.services.outbox import pending_count
            from app.sync.account import sign_out

            if signed is not None:
                if offline:
                    credentials.forget_refresh_token(signed.client.tokens.account)
                else:
                    sign_out(signed)  # the server ends the session; the token is forgotten here
                signed.client.close()
            with school.db.write() as session:
                forget_person(session, person.username)
            with school.db.session() as session:
                return people(session), pending_count(session)

        def done(result: tuple[list[Person], int]) -> None:
            found, pending = result
            log.info("%s signed out; %d change(s) waiting stay in the file", person.username, pending)
            note = ""
            if pending:
                note = QCoreApplication.translate(
                    "Application", "Changes waiting to be sent: %n. They are kept on this computer and sent "
                    "the next time someone allowed to send them signs in.", "", pending)
            self.signed = None
            with school.db.session() as session:
                school_row = _read_school_in(session)
            opened = _OpenedFile(school.path, school.db, school_row, school.device_id, found)
            self._end_session(keep_db=True)
            if found:
                self._pending = opened
                self.show_unlock(opened, note=note)
            else:
                self._pending = opened
                welcome = self.show_welcome(page=WelcomeWindow.SIGN_IN)
                welcome.code_edit.setText(school.code)
                welcome.username_edit.setText(person.username)
                if note:
                    self._tell(note, icon=QMessageBox.Icon.Information)
            if shiboken_valid(window):
                self.main_window = None
                window.close()

        self.tasks.run_task(work, on_success=done, on_error=report_to_excepthook)

    # -- settings -------------------------------------------------------------

    @Slot(object)
    def _apply_settings(self, settings: Settings) -> None:
        from app.storage import backup

        backup.set_keep(backups_kept(settings))
        self._apply_language_and_text_size(settings)
        # The backups folder chosen in the settings (the usual one while a chosen one is not there).
        self.ctx.paths = self.ctx.paths.with_backups_folder(settings.backups_folder)
        self.idle.set_minutes(settings.idle_lock_minutes)
        if self.main_window is not None and shiboken_valid(self.main_window):
            self.main_window.sync.set_interval(settings.sync_interval_minutes)

    def _apply_language_and_text_size(self, settings: Settings) -> None:
        """A language or text size chosen in the settings, at once (the start-up language is run_app's)."""
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        language = language_setting(settings.language)
        previous = getattr(self, "_applied_language", None)
        self._applied_language = language
        if previous is not None and language != previous:
            install_translations(app, language)  # open windows are translated again
        size = text_size_percent(settings.extra)
        if size != getattr(app, "_daftar_text_size", 100):
            apply_text_size(app, size, style_sheet())
            app._daftar_text_size = size  # type: ignore[attr-defined]

    @Slot(bool)
    def _work_offline_changed(self, offline: bool) -> None:
        self.work_offline = offline

    def _tell(self, text: str, *, icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> None:
        box = QMessageBox(self._window())
        box.setIcon(icon)
        box.setWindowTitle(APP_NAME)
        box.setText(text)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.message = box

    # -- the end --------------------------------------------------------------

    @Slot()
    def shutdown(self) -> None:
        """On ``aboutToQuit``: stop syncing, let running tasks end, close the school, stop the demo server."""
        self.idle.stop()
        if self.main_window is not None and shiboken_valid(self.main_window):
            self.main_window.sync.stop()
        self.tasks.shutdown()
        if self.signed is not None:
            self.signed.client.close()
            self.signed = None
        self._discard_pending()
        if self.school is not None:
            self.hub.school_closed.emit()
            self.school.db.close()
            self.school = None
        if self.demo_server is not None:
            self.demo_server.stop()
        log.info("Daftar closed")


def _read_school_in(session) -> School:  # noqa: ANN001
    return session.execute(select(School).where(School.deleted.is_(False))).scalars().first()


def shiboken_valid(obj: object) -> bool:
    import shiboken6

    try:
        return shiboken6.isValid(obj)
    except TypeError:
        return False


def _quit_on_termination(app: QApplication) -> None:
    """SIGTERM (a logout, ``kill``, a service manager) quits as the window's Quit does.

    Every write is already in the file; quitting this way also closes the
    school cleanly and stops the demo server, which would otherwise be left
    running. Python runs a signal handler only between its own bytecodes, so
    a timer gives it a turn while Qt waits for events.
    """
    import signal

    if threading.current_thread() is not threading.main_thread():
        return
    signal.signal(signal.SIGTERM, lambda _signum, _frame: QTimer.singleShot(0, app.quit))
    ticker = QTimer(app)
    ticker.timeout.connect(lambda: None)
    ticker.start(500)


# How often the UI thread collects the reference cycles made meanwhile (app/collector.py).
COLLECT_EVERY_MS = 500


def collect_cycles_on_this_thread(app: QCoreApplication) -> QTimer:
    """Reference cycles are collected on the UI thread only, from a timer, never on a worker that happens
    to allocate: a cycle may hold a Qt object, which must be destroyed on its own thread."""
    collect_on_one_thread()
    timer = QTimer(app)
    timer.timeout.connect(collect_due)
    timer.start(COLLECT_EVERY_MS)
    return timer


def run_app(args: argparse.Namespace, paths: Paths, logfile: Path) -> int:
    """Run the desktop app until its last window closes; return the exit code."""
    app = create_qapplication(sys.argv[:1])
    settings = Settings.load(paths)
    translators = install_translations(  # noqa: F841 - kept alive
        app, language_setting(settings.language, getattr(args, "lang", None)))
    hook = ExceptionHook(logfile, app).install()
    daftar = DaftarApp(paths, logfile, settings=settings, parent=app)
    app.aboutToQuit.connect(daftar.shutdown)
    _quit_on_termination(app)
    collect_cycles_on_this_thread(app)
    daftar.start(demo=bool(getattr(args, "demo", False)), school_code=getattr(args, "school", None))
    # Everything made so far lives as long as the app: keep it out of the cyclic
    # collector's full passes, which otherwise stall the UI thread (they hold
    # Python's lock) when a background sync allocates rows by the thousand; and
    # let the UI thread have Python's lock back sooner while a sync works.
    QTimer.singleShot(0, settle_for_interactive_use)
    try:
        return app.exec()
    finally:
        hook.uninstall()
