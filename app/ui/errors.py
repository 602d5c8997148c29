"""Errors a person sees: the global exception hook, and the school-file message.

The hook logs every unexpected exception with its traceback, then shows a
dialog that says, in words, that something went wrong, that saved work is
safe, and where the log file is. The traceback is only behind "Show
Details…", never the main text (STYLE.md, "Configuration, logs, errors").
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger(__name__)



def open_log_folder(logfile: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(logfile).parent)))


class ExceptionHook(QObject):
    """``sys.excepthook`` for the app: log, then tell the person."""

    _show_requested = Signal(str, str, str)

    def __init__(self, logfile: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.logfile = Path(logfile)
        self.dialog: QMessageBox | None = None
        self._previous = None
        self._show_requested.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> "ExceptionHook":
        self._previous = sys.excepthook
        sys.excepthook = self
        return self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self._previous or sys.__excepthook__

    def __call__(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            (self._previous or sys.__excepthook__)(exc_type, exc, tb)
            return
        log.critical("Unexpected error", exc_info=(exc_type, exc, tb))
        summary = f"{exc_type.__name__}: {exc}" if str(exc) else exc_type.__name__
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        if QApplication.instance() is None:
            return
        if threading.current_thread() is threading.main_thread():
            self._show(summary, details, "")
        else:
            self._show_requested.emit(summary, details, "")

    @Slot(str, str, str)
    def _show(self, summary: str, details: str, _unused: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return  # one dialog at a time; every error is in the log
        parent = QApplication.activeWindow()
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("Errors", "Daftar: something went wrong"))
        box.setText(
            QCoreApplication.translate("Errors", "Something went wrong, and Daftar could not finish what it was doing.")
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "Errors",
                "What happened: {summary}\n\n"
                "Work that was saved is safe. The details are in the log file:\n{logfile}\n\n"
                "If it happens again, send that file to the person who looks after Daftar at your school."
            ).format(summary=summary, logfile=self.logfile)
        )
        box.setDetailedText(details)
        open_button = box.addButton(
            QCoreApplication.translate("Errors", "Open Log Folder"), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(QMessageBox.StandardButton.Close)
        open_button.clicked.connect(lambda: open_log_folder(self.logfile))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(self._forget_dialog)
        self.dialog = box
        box.open()

    @Slot()
    def _forget_dialog(self) -> None:
        self.dialog = None


def school_file_words(error: Exception) -> str:
    """A :class:`~app.storage.db.SchoolFileError`'s sentence in the person's language, naming the file."""
    from app.ui.i18n import translated

    problem, advice, path = getattr(error, "problem", None), getattr(error, "advice", None), getattr(error, "path", None)
    if problem is None or advice is None or path is None:
        return str(error)
    return f"{translated(problem)} ({path}). {translated(advice)}"


def show_school_file_error(parent: QWidget | None, error: Exception) -> QMessageBox:
    """The sentence of a :class:`~app.storage.db.SchoolFileError`, in a message box (non-blocking)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Errors", "Cannot open the school file"))
    box.setText(QCoreApplication.translate("Errors", "Daftar cannot open this school file."))
    box.setInformativeText(school_file_words(error))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
