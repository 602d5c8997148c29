"""The unlock screen: pick who you are, type your password, work — no connection needed.

Shown when Daftar starts on a school someone has signed in to before, and
when the session locks after idle time or "Switch User". The password is
checked on this computer against the verifier saved at the last online
sign-in (:func:`app.services.session.unlock`, in a background task by the
application). Nothing typed before the lock is lost: the window behind is
only hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.session import Person
from app.ui.resources import icon
from app.ui.i18n import role_word
from app.ui.welcome import _button, _column, _label


class UnlockWindow(QWidget):
    # (username, password) to check.
    unlock_requested = Signal(str, str)
    # Sign in online as someone who has not used this computer yet.
    sign_in_requested = Signal()
    # Choose another school.
    switch_school_requested = Signal()

    def __init__(self, school_name: str, people: list[Person], *, last_username: str = "", locked: bool = False,
                 note: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle(self.tr("{school} — Daftar").format(school=school_name))
        self.setWindowIcon(icon("daftar"))
        self.resize(760, 600)
        self._busy = False
        self.people = people

        logo = QLabel()
        logo.setPixmap(icon("lock" if locked else "daftar").pixmap(QSize(56, 56)))
        logo.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        logo.setFixedHeight(64)
        title = _label(school_name, "welcomeTitle")
        text = _label(note or (self.tr("Daftar was locked. Type your password to carry on; nothing was lost.")
                               if locked else self.tr("Who is using Daftar? Your password is checked on this "
                                                      "computer, so no connection is needed.")))
        self.person_combo = QComboBox()
        self.person_combo.setAccessibleName(self.tr("Person"))
        self.person_combo.setMinimumHeight(34)
        for person in people:
            self.person_combo.addItem(f"{person.full_name} — {role_word(person.role)}",
                                      person.username)
        index = self.person_combo.findData(last_username)
        self.person_combo.setCurrentIndex(max(0, index))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.password_edit.setMinimumHeight(34)
        form_box = QWidget()
        form = QFormLayout(form_box)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Person:"), self.person_combo)
        form.addRow(self.tr("Password:"), self.password_edit)
        self.error = _label("", "formError", centre=False)
        self.error.hide()
        self.unlock_button = _button(self.tr("Unlock"), "primaryButton", "lock")
        self.unlock_button.setDefault(True)
        self.other_button = _button(self.tr("Sign in as someone else…"), "linkButton", "sign-in")
        self.school_button = _button(self.tr("Another school…"), "linkButton", "school-file")
        for b in (self.other_button, self.school_button):
            b.setMinimumHeight(34)

        layout_page = _column(logo, title, text, 8, form_box, self.error, self.unlock_button, 4,
                              self.other_button, self.school_button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(layout_page)

        self.unlock_button.clicked.connect(self.submit)
        self.password_edit.returnPressed.connect(self.submit)
        self.password_edit.textEdited.connect(lambda _t: self.error.hide())
        self.other_button.clicked.connect(self.sign_in_requested)
        self.school_button.clicked.connect(self.switch_school_requested)
        self.password_edit.setFocus()

    def select_person(self, username: str) -> None:
        index = self.person_combo.findData(username)
        if index >= 0:
            self.person_combo.setCurrentIndex(index)

    @Slot()
    def submit(self) -> None:
        if self._busy:
            return
        username = self.person_combo.currentData()
        password = self.password_edit.text()
        if not username:
            self.show_error(self.tr("Nobody has signed in to this school on this computer yet. "
                                    "Sign in with the school's server first."))
            return
        if not password:
            self.show_error(self.tr("Type your password."))
            return
        self.set_busy(True)
        self.unlock_requested.emit(username, password)

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self.error.setText(message)
        self.error.show()
        self.password_edit.selectAll()
        self.password_edit.setFocus()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        for w in (self.unlock_button, self.other_button, self.school_button, self.person_combo,
                  self.password_edit):
            w.setEnabled(not busy)
        self.unlock_button.setText(self.tr("Checking…") if busy else self.tr("Unlock"))
