"""Start-up of the desktop app: QApplication, translations, error hook, first window.

:func:`run_app` is what ``daftar`` (no sub-command) runs. :class:`DaftarApp`
is the application itself: it owns the signal hub and the task runner, opens
school files (in a background task, since checking and migrating a file
takes a moment), makes the demo school on first use, and shows the welcome
window or the main window. Tests build a :class:`DaftarApp` with the
synchronous task fake and drive it without ``exec()``.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, Qt, QTranslator, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QWidget
from sqlalchemy import select

from app import __version__
from app.config import APP_AUTHOR, APP_NAME, Paths, Settings
from app.storage.db import SchoolDB, SchoolFileError, open_school
from app.storage.models import School
from app.ui.context import AppContext, OpenSchool, Tasks
from app.ui.errors import ExceptionHook, show_school_file_error
from app.ui.main_window import MainWindow
from app.ui.resources import icon, style_sheet, translations_dir
from app.ui.signals import AppSignals
from app.ui.tasks import TaskRunner, report_to_excepthook
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


def install_translations(app: QCoreApplication, language: str = "") -> list[QTranslator]:
    """Qt's own ``qtbase_*.qm`` and Daftar's ``daftar_*.qm`` for the locale; layout direction to match.

    ``language`` is a setting ("" follows the system, else e.g. "ur_PK").
    Returns the translators installed (kept alive by the caller). Translators
    installed by an earlier call are removed first.
    """
    for old in getattr(app, "_daftar_translators", []):
        app.removeTranslator(old)
    locale = QLocale(language) if language else QLocale.system()
    QLocale.setDefault(locale)
    installed: list[QTranslator] = []
    qt_translator = QTranslator(app)
    if qt_translator.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    # English plural forms ("1 student", "2 students") first; the person's
    # language, installed after it, is looked up before it.
    plurals = QTranslator(app)
    if plurals.load("daftar_en", str(translations_dir())):
        app.installTranslator(plurals)
        installed.append(plurals)
    app_translator = QTranslator(app)
    if locale.language() != QLocale.Language.English and app_translator.load(
        locale, "daftar", "_", str(translations_dir())
    ):
        app.installTranslator(app_translator)
        installed.append(app_translator)
    else:
        log.debug("No Daftar translation for %s", locale.name())
    if isinstance(app, QApplication):
        app.setLayoutDirection(locale.textDirection())
    app._daftar_translators = installed  # type: ignore[attr-defined]
    log.info("Language %s (%s), %d translation file(s)", locale.name(), locale.textDirection().name, len(installed))
    return installed


# --------------------------------------------------------------------------
# The application
# --------------------------------------------------------------------------


def _read_school(db: SchoolDB) -> School:
    with db.session() as session:
        school = session.execute(select(School).where(School.deleted.is_(False))).scalars().first()
    if school is None:
        raise SchoolFileError(db.path, "This school file holds no school",
                              "Sign in again to download the school, or choose another file.")
    return school


class DemoProgressDialog(QProgressDialog):
    """Making the demo school: a real bar, and the stage in words. No cancel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Making the demo school"))
        self.setLabelText(self.tr("Making the demo school. This takes a few seconds, only the first time."))
        self.setCancelButton(None)
        self.setRange(0, 0)
        self.setMinimumDuration(0)
        self.setMinimumWidth(440)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self._working = True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape:
            event.ignore()  # the school is being written; it cannot be stopped halfway
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self._working:
            event.ignore()
            return
        super().closeEvent(event)

    def finish(self) -> None:
        self._working = False
        self.close()

    def set_opening(self) -> None:
        self.setRange(0, 0)
        self.setLabelText(self.tr("Opening the demo school…"))

    @Slot(int, int, str)
    def set_progress(self, done: int, total: int, stage: str) -> None:
        if total > 0:
            self.setRange(0, total)
            self.setValue(min(done, total))
        self.setLabelText(
            self.tr("Making the demo school. This takes a few seconds, only the first time.")
            + "\n" + stage[:1].upper() + stage[1:]
        )


class DaftarApp(QObject):
    """The running app: one school open at a time, or the welcome window."""

    #: A school is open and its main window shown (tests wait on this).
    school_ready = Signal(object)
    #: Opening a school failed; the person was told (tests wait on this).
    open_failed = Signal(str)

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
        self.main_window: MainWindow | None = None
        self.welcome: WelcomeWindow | None = None
        self.progress: DemoProgressDialog | None = None
        self.message: QMessageBox | None = None
        self._opening = False

    @property
    def tasks(self) -> Tasks:
        return self.ctx.tasks

    # -- start ----------------------------------------------------------------

    def start(self, *, demo: bool = False, school_code: str | None = None) -> None:
        if demo:
            self.open_demo()
        elif school_code:
            try:
                path = self.ctx.paths.school_file(school_code)
            except ValueError:
                self.show_welcome()
                self._tell(
                    QCoreApplication.translate(
                        "Application",
                        "“{code}” is not a school code. "
                        "A school code has letters, digits, “-” or “_”, like DEMO.",
                    ).format(code=school_code)
                )
                return
            self.open_school_file(path)
        else:
            self.show_welcome()

    def show_welcome(self) -> WelcomeWindow:
        if self.welcome is None:
            from app.demo import DEMO_SCHOOL_CODE

            demo = self.ctx.paths.school_file(DEMO_SCHOOL_CODE)  # it has its own button
            files = sorted(p for p in self.ctx.paths.schools_dir.glob(f"*{SCHOOL_FILE_SUFFIX}") if p != demo)
            self.welcome = WelcomeWindow(files)
            self.welcome.demo_requested.connect(self.open_demo)
            self.welcome.open_file_requested.connect(self.choose_school_file)
            self.welcome.school_file_chosen.connect(self.open_school_file)
        self.welcome.show()
        self.welcome.raise_()
        return self.welcome

    def _window(self) -> QWidget | None:
        if self.main_window is not None:
            return self.main_window
        return self.welcome

    # -- opening a school -----------------------------------------------------

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
        """Check, migrate and open a school file in the background, then show it."""
        if self._opening:
            return
        self._opening = True
        path = Path(path)
        if self.welcome is not None:
            self.welcome.set_busy(True)
        log.info("Opening school file %s", path)
        backups = self.ctx.paths.backups

        def open_file() -> tuple[SchoolDB, School]:
            db = open_school(path, backups)
            try:
                return db, _read_school(db)
            except BaseException:
                db.close()
                raise

        self.tasks.run_task(
            open_file,
            on_success=lambda result: self._school_opened(path, *result),
            on_error=lambda exc: self._open_failed(path, exc),
            write=True,
        )

    def _school_opened(self, path: Path, db: SchoolDB, school: School) -> None:
        self._opening = False
        previous_window, previous = self.main_window, self.school
        if previous is not None:
            self.hub.school_closed.emit()
        self.school = OpenSchool(
            db=db, path=path, code=school.code, name=school.name,
            currency=school.currency, currency_digits=school.currency_digits,
        )
        window = MainWindow(self.ctx, self.school)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.open_school_requested.connect(self.choose_school_file)
        self.main_window = window
        window.show()
        if previous_window is not None:
            previous_window.close()
        if previous is not None:
            previous.db.close()
        self._close_progress()
        if self.welcome is not None:
            self.welcome.close()
            self.welcome.deleteLater()
            self.welcome = None
        log.info("Opened %s (%s)", school.name, path)
        self.hub.school_opened.emit(school.code, school.name, str(path))
        self.school_ready.emit(self.school)

    def _open_failed(self, path: Path, exc: BaseException) -> None:
        self._opening = False
        if self.welcome is not None:
            self.welcome.set_busy(False)
        if self.main_window is None:
            self.show_welcome()
        self._close_progress()
        if not isinstance(exc, SchoolFileError):
            report_to_excepthook(exc)  # logs it and tells the person where the log is
            self.open_failed.emit(str(exc))
            return
        log.warning("Could not open %s: %s", path, exc)
        self.message = show_school_file_error(self._window(), exc)
        self.open_failed.emit(str(exc))

    def _tell(self, text: str) -> None:
        box = QMessageBox(self._window())
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(APP_NAME)
        box.setText(text)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.message = box

    # -- the demo school ------------------------------------------------------

    @Slot()
    def open_demo(self) -> None:
        """Open the demo school; make it first (with a progress dialog) if it is not there."""
        from app.demo import DEMO_SCHOOL_CODE, generate_demo_school

        path = self.ctx.paths.school_file(DEMO_SCHOOL_CODE)
        if path.exists():
            self.open_school_file(path)
            return
        if self._opening:
            return
        self._opening = True
        if self.welcome is not None:
            self.welcome.set_busy(True)
        self.progress = DemoProgressDialog(self._window())
        self.progress.show()
        log.info("Making the demo school at %s", path)

        def made(_summary: object) -> None:
            # The dialog stays until the main window is up: closing the only
            # window would end the app.
            if self.progress is not None:
                self.progress.set_opening()
            self._opening = False
            self.open_school_file(path)

        def failed(exc: BaseException) -> None:
            self._opening = False
            if self.welcome is not None:
                self.welcome.set_busy(False)
            elif self.main_window is None:
                self.show_welcome()
            self._close_progress()
            log.error("The demo school could not be made", exc_info=exc)
            self._tell(
                QCoreApplication.translate(
                    "Application", "The demo school could not be made. The details are in the log file:\n{log}"
                ).format(log=self.ctx.logfile)
            )

        self.tasks.run_task(
            lambda report: generate_demo_school(path, progress=report),
            on_success=made,
            on_error=failed,
            write=True,
            on_progress=self._demo_progress,
        )

    def _demo_progress(self, done: int, total: int, stage: str) -> None:
        if self.progress is not None:
            self.progress.set_progress(done, total, stage)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.finish()
            self.progress.deleteLater()
            self.progress = None

    # -- the end --------------------------------------------------------------

    @Slot()
    def shutdown(self) -> None:
        """On ``aboutToQuit``: let running tasks end, then close the school file."""
        self.tasks.shutdown()
        if self.school is not None:
            self.hub.school_closed.emit()
            self.school.db.close()
            self.school = None
        log.info("Daftar closed")


def run_app(args: argparse.Namespace, paths: Paths, logfile: Path) -> int:
    """Run the desktop app until its last window closes; return the exit code."""
    app = create_qapplication(sys.argv[:1])
    settings = Settings.load(paths)
    translators = install_translations(app, settings.language)  # noqa: F841 - kept alive
    hook = ExceptionHook(logfile, app).install()
    daftar = DaftarApp(paths, logfile, settings=settings, parent=app)
    app.aboutToQuit.connect(daftar.shutdown)
    daftar.start(demo=bool(getattr(args, "demo", False)), school_code=getattr(args, "school", None))
    try:
        return app.exec()
    finally:
        hook.uninstall()
