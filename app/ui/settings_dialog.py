"""This computer's settings: server address, sync interval, idle lock, language, text size, backups,
and the time of the roll-call reminder.

Values are checked before they are saved (a server address must be a web
address; a plain ``http://`` one only for a server on this computer or the
local network is allowed, with a warning) and stored through
:class:`app.config.Settings`. The dialog is opened with ``open()``; the
application applies what changed when it is accepted.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.storage.backup import DEFAULT_KEEP
from app.config import (
    EARLIEST_ROLL_CALL_REMINDER,
    LATEST_ROLL_CALL_REMINDER,
    ROLL_CALL_REMINDER_KEY,
    Paths,
    Settings,
    roll_call_reminder,
)
from app.ui.i18n import LANGUAGES, TEXT_SIZE_KEY, TEXT_SIZES, date_field_in_order, text_size_percent

# How many backups of each school file are kept (before each migration).
BACKUPS_KEPT_KEY = "backups_kept"
DEFAULT_BACKUPS_KEPT = DEFAULT_KEEP
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


def backups_kept(settings: Settings) -> int:
    try:
        return max(1, min(100, int(settings.extra.get(BACKUPS_KEPT_KEY, DEFAULT_BACKUPS_KEPT))))
    except ValueError:
        return DEFAULT_BACKUPS_KEPT


def check_server_url(text: str) -> tuple[str, str]:
    """``(normalised address, problem)``: the problem is "" when the address can be used.

    ``https://sis.example.org/`` → ``https://sis.example.org``. An address
    without a scheme gets ``https://``.
    """
    text = text.strip()
    if not text:
        return "", QCoreApplication.translate(
            "SettingsDialog", "Type the address of your school's server, like https://sis.example.org.")
    if "://" not in text:
        text = "https://" + text
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return "", QCoreApplication.translate(
            "SettingsDialog", "“{text}” is not a web address. It looks like https://sis.example.org.").format(text=text)
    if parts.scheme not in ("http", "https") or not parts.hostname or " " in text:
        return "", QCoreApplication.translate(
            "SettingsDialog", "“{text}” is not a web address. It looks like https://sis.example.org.").format(text=text)
    if parts.query or parts.fragment:
        return "", QCoreApplication.translate(
            "SettingsDialog",
            "The server address has no “?” or “#” part: type only the address, like https://sis.example.org.")
    del port
    return text.rstrip("/"), ""


def check_reminder_time(chosen: dt.time) -> str:
    """"" when ``chosen`` can be the roll-call reminder's time; otherwise why not, in words."""
    if EARLIEST_ROLL_CALL_REMINDER <= chosen <= LATEST_ROLL_CALL_REMINDER:
        return ""
    locale = QLocale()
    earliest, latest = (locale.toString(QTime(t.hour, t.minute), QLocale.FormatType.ShortFormat)
                        for t in (EARLIEST_ROLL_CALL_REMINDER, LATEST_ROLL_CALL_REMINDER))
    return QCoreApplication.translate(
        "SettingsDialog", "The roll-call reminder comes during the school day: choose a time from {earliest} to "
        "{latest}.").format(earliest=earliest, latest=latest)


def is_unencrypted(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme == "http" and parts.hostname not in LOCAL_HOSTS


class SettingsDialog(QDialog):
    """Edit this computer's settings; :attr:`saved` is emitted with the new ones."""

    saved = Signal(object)

    def __init__(self, settings: Settings, paths: Paths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)
        self.settings = settings
        self.paths = paths

        self.server_edit = QLineEdit(settings.last_server_url)
        self.server_edit.setPlaceholderText("https://sis.example.org")
        self.server_edit.setAccessibleName(self.tr("Server address"))
        self.interval_spin = QSpinBox()
        self.interval_spin.setRange(1, 240)
        self.interval_spin.setSuffix(self.tr(" min"))
        self.interval_spin.setValue(max(1, settings.sync_interval_minutes))
        self.idle_spin = QSpinBox()
        self.idle_spin.setRange(0, 480)
        self.idle_spin.setSuffix(self.tr(" min"))
        self.idle_spin.setSpecialValueText(self.tr("Never"))
        self.idle_spin.setValue(max(0, settings.idle_lock_minutes))
        self.language_combo = QComboBox()
        for code in LANGUAGES:
            if not code:
                label = self.tr("Same as this computer")
            else:
                # Each language by its own name, so a person finds theirs whatever is shown now.
                native = QLocale(code).nativeLanguageName() or code
                label = f"{native[:1].upper()}{native[1:]}"
            self.language_combo.addItem(label, code)
        index = self.language_combo.findData(settings.language)
        self.language_combo.setCurrentIndex(max(0, index))
        self.text_size_combo = QComboBox()
        size_words = {100: self.tr("Normal"), 115: self.tr("Large"), 130: self.tr("Larger"), 150: self.tr("Largest")}
        for percent in TEXT_SIZES:
            self.text_size_combo.addItem(self.tr("{size} ({percent} %)").format(
                size=size_words[percent], percent=QLocale().toString(percent)), percent)
        self.text_size_combo.setCurrentIndex(max(0, self.text_size_combo.findData(text_size_percent(settings.extra))))
        self.backups_spin = QSpinBox()
        self.backups_spin.setRange(1, 100)
        self.backups_spin.setValue(backups_kept(settings))
        self.backups_spin.setToolTip(self.tr("A school file is copied before every update of Daftar changes it; "
                                             "this many copies of each school are kept."))
        # Where backups go: the usual folder beside the school files, or one chosen here (a USB stick).
        self.backups_folder = settings.backups_folder
        self.backups_where = QLabel()
        self.backups_where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backups_where.setWordWrap(True)
        self.choose_backups = QPushButton(self.tr("Choose…"))
        self.choose_backups.clicked.connect(self.choose_backups_folder)
        self.usual_backups = QPushButton(self.tr("Use the Usual Folder"))
        self.usual_backups.clicked.connect(lambda: self.set_backups_folder(""))
        open_backups = QPushButton(self.tr("Open Folder"))
        open_backups.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.backups_target()))))
        backups_buttons = QHBoxLayout()
        backups_buttons.addWidget(self.choose_backups)
        backups_buttons.addWidget(self.usual_backups)
        backups_buttons.addWidget(open_backups)
        backups_buttons.addStretch(1)
        backups_row = QVBoxLayout()
        backups_row.addWidget(self.backups_where)
        backups_row.addLayout(backups_buttons)
        self.backups_note = QLabel()
        self.backups_note.setObjectName("formNote")
        self.backups_note.setWordWrap(True)
        self.reminder_edit = QTimeEdit()
        date_field_in_order(self.reminder_edit)
        reminder = roll_call_reminder(settings)
        self.reminder_edit.setTime(QTime(reminder.hour, reminder.minute))
        self.reminder_edit.setAccessibleName(self.tr("Roll-call reminder"))
        self.reminder_edit.setToolTip(self.tr(
            "At this time (the school's, in its time zone) the roll call screen names the classes with no roll "
            "call yet today."))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("School's server:"), self.server_edit)
        form.addRow(self.tr("Sync every:"), self.interval_spin)
        form.addRow(self.tr("Lock after idle:"), self.idle_spin)
        form.addRow(self.tr("Language:"), self.language_combo)
        form.addRow(self.tr("Text size:"), self.text_size_combo)
        form.addRow(self.tr("Roll-call reminder at:"), self.reminder_edit)
        form.addRow(self.tr("Backups kept:"), self.backups_spin)
        form.addRow(self.tr("Backups folder:"), backups_row)
        form.addRow("", self.backups_note)

        self.problem = QLabel()
        self.problem.setObjectName("formError")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.note = QLabel(self.tr("The language and the text size change as soon as you save."))
        self.note.setObjectName("formNote")
        self.note.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.server_edit.textEdited.connect(lambda _t: self.problem.hide())
        self._show_backups_folder()

    # -- the backups folder ---------------------------------------------------

    def backups_target(self) -> Path:
        """Where backups go with what is chosen now (the usual folder while a chosen one is not there)."""
        return self.paths.with_backups_folder(self.backups_folder).backups

    def backups_folder_problem(self, folder: Path) -> str:
        """"" when Daftar can keep backups in ``folder``; otherwise what is wrong, in words."""
        if not folder.is_dir():
            return self.tr("The folder {folder} is not there. Plug in the USB stick, or choose another "
                           "folder.").format(folder=str(folder))
        try:
            handle, probe = tempfile.mkstemp(prefix=".daftar-write-test-", dir=folder)
            os.close(handle)
            os.unlink(probe)
        except OSError:
            return self.tr("Daftar cannot write in {folder}. Choose another folder, or check that the USB "
                           "stick is not write-protected.").format(folder=str(folder))
        return ""

    @Slot()
    def choose_backups_folder(self) -> QFileDialog:
        """Ask for a folder (non-blocking); it is checked when chosen."""
        dialog = QFileDialog(self, self.tr("Choose the backups folder"), str(self.backups_target()))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: self.set_backups_folder(name))
        dialog.open()
        return dialog

    def set_backups_folder(self, folder: str) -> bool:
        """Use ``folder`` for backups ("" for the usual one) if Daftar can write in it; say why not if not."""
        if folder:
            problem = self.backups_folder_problem(Path(folder))
            if problem:
                self.problem.setText(problem)
                self.problem.show()
                return False
        self.problem.hide()
        self.backups_folder = str(Path(folder).expanduser().resolve()) if folder else ""
        self._show_backups_folder()
        return True

    def _show_backups_folder(self) -> None:
        target = self.backups_target()
        self.backups_where.setText(str(target))
        self.usual_backups.setEnabled(bool(self.backups_folder))
        if self.backups_folder and Path(self.backups_folder) != target:
            self.backups_note.setText(self.tr(
                "The chosen folder {folder} is not there now (is the USB stick plugged in?). Until it is, "
                "backups go to the usual folder.").format(folder=self.backups_folder))
        elif self.backups_folder != self.settings.backups_folder:
            self.backups_note.setText(self.tr(
                "From now on the daily backups and “daftar backup” go here. Backups already made stay where "
                "they are."))
        else:
            self.backups_note.setText(self.tr("Daily backups and “daftar backup” go to this folder."))

    def save(self) -> None:
        server = self.server_edit.text().strip()
        url = ""
        if server:
            url, problem = check_server_url(server)
            if problem:
                self.problem.setText(problem)
                self.problem.show()
                self.server_edit.setFocus()
                return
        chosen = self.reminder_edit.time()
        reminder = dt.time(chosen.hour(), chosen.minute())
        problem = check_reminder_time(reminder)
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            self.reminder_edit.setFocus()
            return
        if self.backups_folder and self.backups_folder != self.settings.backups_folder:
            problem = self.backups_folder_problem(Path(self.backups_folder))
            if problem:
                self.problem.setText(problem)
                self.problem.show()
                return
        s = self.settings
        s.last_server_url = url
        s.backups_folder = self.backups_folder
        s.sync_interval_minutes = self.interval_spin.value()
        s.idle_lock_minutes = self.idle_spin.value()
        s.language = self.language_combo.currentData() or ""
        s.extra = dict(s.extra, **{TEXT_SIZE_KEY: str(self.text_size_combo.currentData() or 100)})
        s.extra = dict(s.extra, **{BACKUPS_KEPT_KEY: str(self.backups_spin.value())})
        s.extra = dict(s.extra, **{ROLL_CALL_REMINDER_KEY: reminder.strftime("%H:%M")})
        s.save(self.paths)
        self.saved.emit(s)
        self.accept()
