"""The first window when no school is open: sign in to the school's server, or try the demo.

Pages, one at a time:

* **choice** — "Sign in to your school's server", "Try the demo school",
  "Open a school file…", and the school files already on this computer;
* **sign in** — server address, school code, username, password, checked
  before anything is sent; errors in words under the form;
* **demo** — the demo school's people (teacher, office, principal, admin)
  with their passwords shown; picking one signs in for real to the local
  demo server;
* **download** — the first download, with a real progress bar: rows
  received and the time left.

The window only asks; :class:`~app.ui.application.DaftarApp` does the work in
background tasks and calls back (``show_progress``, ``show_error``…).
"""

from __future__ import annotations

import re
import time
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.formatting import format_count
from app.ui.i18n import role_word
from app.ui.resources import icon
from app.ui.settings_dialog import check_server_url, is_unencrypted
from app.ui.sync_controller import sync_words

SCHOOL_CODE = re.compile(r"^[A-Za-z0-9_-]{1,32}$")
ROLE_NOTES = {
    "teacher": QT_TRANSLATE_NOOP("WelcomeWindow", "Takes attendance and enters marks for their classes."),
    "office": QT_TRANSLATE_NOOP("WelcomeWindow", "Keeps student records, takes fee payments and prints receipts."),
    "principal": QT_TRANSLATE_NOOP("WelcomeWindow", "Sees the whole school: who is absent, fees, results."),
    "admin": QT_TRANSLATE_NOOP("WelcomeWindow", "Everything the principal sees, and this computer's settings."),
}


def _column(*widgets: QWidget | int, width: int = 460) -> QWidget:
    """Widgets in a centred column (an int is spacing)."""
    column = QVBoxLayout()
    column.setSpacing(12)
    for w in widgets:
        if isinstance(w, int):
            column.addSpacing(w)
        else:
            column.addWidget(w)
    holder = QWidget()
    holder.setMaximumWidth(width)
    holder.setLayout(column)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(holder, 4)
    row.addStretch(1)
    page = QWidget()
    outer = QVBoxLayout(page)
    outer.setContentsMargins(32, 24, 32, 24)
    outer.addStretch(2)
    outer.addLayout(row)
    outer.addStretch(3)
    return page


def _label(text: str, name: str = "welcomeText", *, centre: bool = True) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    if centre:
        label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    return label


def _button(text: str, name: str, icon_name: str | None = None) -> QPushButton:
    button = QPushButton(icon(icon_name), text) if icon_name else QPushButton(text)
    button.setObjectName(name)
    button.setIconSize(QSize(20, 20))
    button.setMinimumHeight(44)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


def format_time_left(seconds: float) -> str:
    if seconds < 5:
        return QCoreApplication.translate("Welcome", "a few seconds left")
    if seconds < 90:
        return QCoreApplication.translate("Welcome", "about %n second(s) left", "", int(round(seconds / 5.0) * 5))
    return QCoreApplication.translate("Welcome", "about %n minute(s) left", "", int(round(seconds / 60.0)))


class WelcomeWindow(QWidget):
    # Sign in: (server address, school code, username, password), already checked.
    sign_in_requested = Signal(str, str, str, str)
    demo_requested = Signal()
    # A demo person was picked: (username, password).
    demo_user_chosen = Signal(str, str)
    open_file_requested = Signal()
    # A school file found in the data folder was chosen.
    school_file_chosen = Signal(Path)
    # Cancel was pressed during the first download.
    cancel_requested = Signal()

    CHOICE, SIGN_IN, DEMO, PROGRESS = range(4)

    def __init__(self, school_files: list[Path] | None = None, *, server_url: str = "", school_code: str = "",
                 username: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle(self.tr("Welcome to Daftar"))
        self.setWindowIcon(icon("daftar"))
        self.resize(760, 640)
        self._busy = False
        self._progress_started: float | None = None
        self._back_page = self.CHOICE

        self.pages = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.pages.addWidget(self._choice_page(school_files or []))
        self.pages.addWidget(self._sign_in_page(server_url, school_code, username))
        self.pages.addWidget(self._demo_page())
        self.pages.addWidget(self._progress_page())

    # -- pages ----------------------------------------------------------------

    def _choice_page(self, school_files: list[Path]) -> QWidget:
        logo = QLabel()
        logo.setPixmap(icon("daftar").pixmap(QSize(72, 72)))
        logo.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        logo.setFixedHeight(80)
        title = _label(self.tr("Welcome to Daftar"), "welcomeTitle")
        text = _label(self.tr(
            "Attendance, marks, fees and receipts for your school. Everything is kept on this "
            "computer, so Daftar works without the internet, and is sent to the school's server "
            "when a connection is there."))
        self.sign_in_button = _button(self.tr("Sign in to your school's server"), "primaryButton", "sign-in")
        self.sign_in_button.setDefault(True)
        self.demo_button = _button(self.tr("Try the demo school"), "secondaryButton", "demo")
        demo_note = _label(self.tr("A made-up school with its own server on this computer: sign in as a teacher, "
                                   "the front office or the principal and try everything, offline too."))
        self.open_button = _button(self.tr("Open a school file…"), "linkButton", "school-file")
        self.open_button.setMinimumHeight(34)
        widgets: list[QWidget | int] = [logo, title, text, 16, self.sign_in_button, 4, self.demo_button, demo_note,
                                        self.open_button]
        self.school_buttons: list[QPushButton] = []
        files = [p for p in school_files if p.exists()]
        if files:
            line = QFrame()
            line.setFrameShape(QFrame.Shape.HLine)
            line.setObjectName("welcomeLine")
            widgets += [8, line, _label(self.tr("Schools on this computer"), "sectionHeading", centre=False)]
            for path in files:
                button = _button(path.stem.upper(), "secondaryButton", "school-file")
                button.setMinimumHeight(38)
                button.setToolTip(str(path))
                button.clicked.connect(lambda _=False, p=path: self.school_file_chosen.emit(p))
                widgets.append(button)
                self.school_buttons.append(button)
        self.sign_in_button.clicked.connect(lambda: self.show_page(self.SIGN_IN))
        self.demo_button.clicked.connect(self.demo_requested)
        self.open_button.clicked.connect(self.open_file_requested)
        return _column(*widgets)

    def _sign_in_page(self, server_url: str, school_code: str, username: str) -> QWidget:
        title = _label(self.tr("Sign in to your school's server"), "welcomeTitle")
        text = _label(self.tr("The first sign-in needs the internet: Daftar registers this computer with the "
                              "school and downloads what your role may see. After that, it works offline."))
        self.server_edit = QLineEdit(server_url)
        self.server_edit.setPlaceholderText("https://sis.example.org")
        self.server_edit.setAccessibleName(self.tr("Server address"))
        self.code_edit = QLineEdit(school_code)
        self.code_edit.setPlaceholderText(self.tr("e.g. GHS"))
        self.code_edit.setAccessibleName(self.tr("School code"))
        self.username_edit = QLineEdit(username)
        self.username_edit.setAccessibleName(self.tr("Username"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))
        form_box = QWidget()
        form = QFormLayout(form_box)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Server address:"), self.server_edit)
        form.addRow(self.tr("School code:"), self.code_edit)
        form.addRow(self.tr("Username:"), self.username_edit)
        form.addRow(self.tr("Password:"), self.password_edit)
        self.sign_in_error = _label("", "formError", centre=False)
        self.sign_in_error.hide()
        self.submit_button = _button(self.tr("Sign In"), "primaryButton")
        self.sign_in_back = _button(self.tr("Back"), "linkButton")
        self.sign_in_back.setMinimumHeight(34)
        for edit in (self.server_edit, self.code_edit, self.username_edit, self.password_edit):
            edit.setMinimumHeight(32)
            edit.returnPressed.connect(self.submit)
            edit.textEdited.connect(lambda _t: self.sign_in_error.hide())
        self.submit_button.clicked.connect(self.submit)
        self.sign_in_back.clicked.connect(lambda: self.show_page(self.CHOICE))
        return _column(title, text, 8, form_box, self.sign_in_error, self.submit_button, self.sign_in_back)

    def _demo_page(self) -> QWidget:
        title = _label(self.tr("The demo school"), "welcomeTitle")
        self.demo_text = _label(self.tr("Starting the demo school's server on this computer…"))
        self.demo_busy = QProgressBar()
        self.demo_busy.setRange(0, 0)
        self.demo_busy.setTextVisible(False)
        self.demo_busy.setMaximumHeight(8)
        self.demo_error = _label("", "formError")
        self.demo_error.hide()
        self.demo_users_box = QWidget()
        self.demo_users_layout = QVBoxLayout(self.demo_users_box)
        self.demo_users_layout.setContentsMargins(0, 0, 0, 0)
        self.demo_users_layout.setSpacing(8)
        self.demo_user_buttons: dict[str, QPushButton] = {}
        self.demo_back = _button(self.tr("Back"), "linkButton")
        self.demo_back.setMinimumHeight(34)
        self.demo_back.clicked.connect(lambda: self.show_page(self.CHOICE))
        return _column(title, self.demo_text, self.demo_busy, self.demo_error, self.demo_users_box, self.demo_back,
                       width=520)

    def _progress_page(self) -> QWidget:
        self.progress_title = _label(self.tr("Downloading the school"), "welcomeTitle")
        self.progress_text = _label(self.tr("Signing in…"))
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setMinimumHeight(22)
        self.progress_detail = _label("", "welcomeText")
        note = _label(self.tr("This happens once. Afterwards Daftar only sends and receives what changed."),
                      "formNote")
        self.cancel_button = _button(self.tr("Cancel"), "secondaryButton")
        self.cancel_button.setMinimumHeight(34)
        self.cancel_button.clicked.connect(self.cancel)
        return _column(self.progress_title, self.progress_text, self.progress_bar, self.progress_detail, note,
                       self.cancel_button)

    # -- navigation -----------------------------------------------------------

    def show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        if page == self.SIGN_IN:
            for edit in (self.server_edit, self.code_edit, self.username_edit, self.password_edit):
                if not edit.text():
                    edit.setFocus()
                    break

    def current_page(self) -> int:
        return self.pages.currentIndex()

    # -- sign in --------------------------------------------------------------

    @Slot()
    def submit(self) -> None:
        if self._busy:
            return
        url, problem = check_server_url(self.server_edit.text())
        code = self.code_edit.text().strip()
        username = self.username_edit.text().strip()
        password = self.password_edit.text()
        if problem:
            self.show_error(problem, focus=self.server_edit)
            return
        if not SCHOOL_CODE.match(code):
            self.show_error(self.tr("Type your school's code, like GHS: letters, digits, “-” or “_”. "
                                    "The school's office or admin can tell you."), focus=self.code_edit)
            return
        if not username:
            self.show_error(self.tr("Type your username."), focus=self.username_edit)
            return
        if not password:
            self.show_error(self.tr("Type your password."), focus=self.password_edit)
            return
        self.server_edit.setText(url)
        self.code_edit.setText(code.upper())
        if is_unencrypted(url):
            self.progress_detail.setText(self.tr("This server address does not use https://: the connection "
                                                 "is not encrypted."))
        self.sign_in_requested.emit(url, code.upper(), username, password)

    def show_error(self, message: str, *, focus: QWidget | None = None) -> None:
        """Say what went wrong on the page the person came from (a sentence of the sync, in the person's
        language: the sign-in gives this page the client's English sentence)."""
        message = sync_words(message)
        self.set_busy(False)
        if self.current_page() == self.PROGRESS:
            self.show_page(self._back_page)
        if self.current_page() == self.DEMO:
            self.demo_error.setText(message)
            self.demo_error.show()
        else:
            if self.current_page() != self.SIGN_IN:
                self.show_page(self.SIGN_IN)
            self.sign_in_error.setText(message)
            self.sign_in_error.show()
            (focus or self.password_edit).setFocus()

    # -- the demo -------------------------------------------------------------

    def show_demo_starting(self) -> None:
        self.demo_text.setText(self.tr("Starting the demo school's server on this computer… The first time, it "
                                       "loads the school, which takes a little while."))
        self.demo_busy.show()
        self.demo_error.hide()
        self.demo_users_box.setEnabled(False)
        self.show_page(self.DEMO)

    def show_demo_stage(self, stage: str) -> None:
        """What the demo server is doing while it starts: ``rebuilding`` is said, since the old demo data goes."""
        if stage == "rebuilding":
            self.demo_text.setText(self.tr(
                "This version of Daftar changed the demo school's server, so the demo school is being made "
                "again. Changes made in the demo before are not kept. This takes a little while…"))
        elif stage == "loading":
            self.demo_text.setText(self.tr("Making the demo school on this computer for the first time. This "
                                           "takes a little while…"))

    def show_demo_failed(self, message: str) -> None:
        self.demo_busy.hide()
        self.demo_error.setText(message)
        self.demo_error.show()

    def show_demo_users(self, users: list, server_url: str = "") -> None:
        """The demo's people as buttons: name, role, username and password shown."""
        self.demo_busy.hide()
        self.demo_error.hide()
        self.demo_text.setText(self.tr(
            "The demo school runs on its own server on this computer ({url}). Pick someone to sign in as; "
            "their password is shown, since this is only a demo.").format(url=server_url or "127.0.0.1"))
        while self.demo_users_layout.count():
            item = self.demo_users_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.demo_user_buttons.clear()
        for user in users:
            role = role_word(user.role)
            button = _button("", "demoUserButton")
            button.setMinimumHeight(64)
            button.setAccessibleName(f"{user.full_name}, {role}")
            inner = QHBoxLayout(button)
            inner.setContentsMargins(14, 6, 14, 6)
            name = QLabel(f"<b>{user.full_name}</b> · {role}<br><span style='color:#5b6b76'>"
                          f"{self.tr(ROLE_NOTES.get(user.role, ''))}</span>")
            name.setWordWrap(True)
            name.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            secret = QLabel(self.tr("username <b>{u}</b><br>password <b>{p}</b>").format(u=user.username,
                                                                                        p=user.password))
            secret.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            secret.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            inner.addWidget(name, 1)
            inner.addWidget(secret)
            button.clicked.connect(lambda _=False, u=user: self.demo_user_chosen.emit(u.username, u.password))
            self.demo_users_layout.addWidget(button)
            self.demo_user_buttons[user.username] = button
        self.demo_users_box.setEnabled(True)
        self.show_page(self.DEMO)

    # -- progress -------------------------------------------------------------

    def show_progress(self, school: str = "") -> None:
        if self.current_page() != self.PROGRESS:
            self._back_page = self.current_page()
        self.progress_title.setText(self.tr("Downloading {school}").format(school=school) if school
                                    else self.tr("Signing in"))
        self.progress_text.setText(self.tr("Signing in…"))
        self.progress_bar.setRange(0, 0)
        self.progress_detail.clear()
        self._progress_started = None
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Cancel"))
        self.set_busy(True)
        self.show_page(self.PROGRESS)

    @Slot()
    def cancel(self) -> None:
        """Stop the first download; the application says when it has stopped (``show_cancelled``)."""
        if not self.cancel_button.isEnabled():
            return
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Stopping…"))
        self.progress_text.setText(self.tr("Stopping the download…"))
        self.cancel_requested.emit()

    def show_cancelled(self, *, kept: bool) -> None:
        """Back where the sign-in started, saying what became of the download."""
        if kept:
            message = self.tr("The download was stopped. What had arrived is kept in this school's file, and "
                              "the next sync finishes the download.")
        else:
            message = self.tr("The download was stopped and nothing of it was kept on this computer. Sign in "
                              "again when you are ready to download the school.")
        self.show_error(message)

    def set_progress(self, phase: str, done: int, total: int) -> None:
        """Rows received so far of ``total``; the time left is estimated from the pace so far."""
        if phase == "pulling" and total > 0:
            now = time.monotonic()
            if self._progress_started is None:
                self._progress_started = now
                self._progress_first = done
            self.progress_title.setText(self.tr("Downloading the school"))
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(min(done, total))
            self.progress_text.setText(self.tr("Receiving the school: {done} of {total} rows").format(
                done=format_count(done), total=format_count(total)))
            elapsed = now - self._progress_started
            got = done - self._progress_first
            if elapsed > 0.5 and got > 0:
                self.progress_detail.setText(format_time_left((total - done) * elapsed / got))
            else:
                self.progress_detail.setText(self.tr("Working out the time left…"))
        elif phase == "pushing":
            self.progress_text.setText(self.tr("Sending changes made on this computer…"))
        elif phase == "checking":
            self.progress_bar.setRange(0, max(total, 1))
            self.progress_bar.setValue(max(total, 1))
            self.progress_text.setText(self.tr("Checking that everything arrived…"))
            self.progress_detail.setText(self.tr("Almost done"))
        elif phase == "registering":
            self.progress_text.setText(self.tr("Registering this computer with the school…"))

    def set_busy(self, busy: bool) -> None:
        """While a school is opening or signing in, the buttons wait."""
        self._busy = busy
        for button in (self.sign_in_button, self.demo_button, self.open_button, self.submit_button,
                       *self.school_buttons, *self.demo_user_buttons.values()):
            button.setEnabled(not busy)
