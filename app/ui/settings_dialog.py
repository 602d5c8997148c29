"""This computer's settings: server address, sync interval, idle lock, language, backups.

Values are checked before they are saved (a server address must be a web
address; a plain ``http://`` one only for a server on this computer or the
local network is allowed, with a warning) and stored through
:class:`app.config.Settings`. The dialog is opened with ``open()``; the
application applies what changed when it is accepted.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.storage.backup import DEFAULT_KEEP
from app.config import Paths, Settings

#: How many backups of each school file are kept (before each migration).
BACKUPS_KEPT_KEY = "backups_kept"
DEFAULT_BACKUPS_KEPT = DEFAULT_KEEP
LANGUAGES = ("", "en_US", "ar_SA", "fr_FR", "hi_IN", "sw_KE", "ur_PK")
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
        return "", "Type the address of your school's server, like https://sis.example.org."
    if "://" not in text:
        text = "https://" + text
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return "", f"“{text}” is not a web address. It looks like https://sis.example.org."
    if parts.scheme not in ("http", "https") or not parts.hostname or " " in text:
        return "", f"“{text}” is not a web address. It looks like https://sis.example.org."
    if parts.query or parts.fragment:
        return "", "The server address has no “?” or “#” part: type only the address, like https://sis.example.org."
    del port
    return text.rstrip("/"), ""


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
                locale = QLocale(code)
                native = locale.nativeLanguageName() or code
                label = f"{native[:1].upper()}{native[1:]} ({QLocale.languageToString(locale.language())})"
            self.language_combo.addItem(label, code)
        index = self.language_combo.findData(settings.language)
        self.language_combo.setCurrentIndex(max(0, index))
        self.backups_spin = QSpinBox()
        self.backups_spin.setRange(1, 100)
        self.backups_spin.setValue(backups_kept(settings))
        self.backups_spin.setToolTip(self.tr("A school file is copied before every update of Daftar changes it; "
                                             "this many copies of each school are kept."))
        backups_where = QLabel(str(paths.backups))
        backups_where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        backups_where.setWordWrap(True)
        open_backups = QPushButton(self.tr("Open Folder"))
        open_backups.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.backups))))
        backups_row = QHBoxLayout()
        backups_row.addWidget(backups_where, 1)
        backups_row.addWidget(open_backups)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("School's server:"), self.server_edit)
        form.addRow(self.tr("Sync every:"), self.interval_spin)
        form.addRow(self.tr("Lock after idle:"), self.idle_spin)
        form.addRow(self.tr("Language:"), self.language_combo)
        form.addRow(self.tr("Backups kept:"), self.backups_spin)
        form.addRow(self.tr("Backups folder:"), backups_row)

        self.problem = QLabel()
        self.problem.setObjectName("formError")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.note = QLabel(self.tr("A new language is used the next time Daftar starts."))
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
        s = self.settings
        s.last_server_url = url
        s.sync_interval_minutes = self.interval_spin.value()
        s.idle_lock_minutes = self.idle_spin.value()
        s.language = self.language_combo.currentData() or ""
        s.extra = dict(s.extra, **{BACKUPS_KEPT_KEY: str(self.backups_spin.value())})
        s.save(self.paths)
        self.saved.emit(s)
        self.accept()
