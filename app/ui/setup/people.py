"""Setup → Grade scales (a synced record, written here) and Setup → Users (the server's).

A grade scale's bands cover 0–100% with no gap: each band starts at its
minimum and runs up to the next one, and one must start at 0
(:func:`app.services.grades.check_bands`).

Users, their roles and passwords are the server's: created and changed
through its admin API, online only. A new person can sign in at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)

from app.services import setup
from app.services.context import QT_TRANSLATE_NOOP, ServiceError
from app.services.grades import FALLBACK_BANDS
from app.ui.i18n import translated
from app.ui.setup.common import FormDialog, SetupPage
from app.ui.setup.lists import _combo

ROLE_WORDS = {"teacher": QT_TRANSLATE_NOOP("Setup", "Teacher"), "office": QT_TRANSLATE_NOOP("Setup", "Front office"),
              "principal": QT_TRANSLATE_NOOP("Setup", "Principal"), "admin": QT_TRANSLATE_NOOP("Setup", "Admin")}


def role_words(role: str) -> str:
    return QCoreApplication.translate("Setup", ROLE_WORDS.get(role, role))


def bands_text(bands: list[dict[str, Any]]) -> str:
    return "  ".join(f"{b['grade']} ≥ {b['min_percent']}%" for b in bands)


class GradeScalesPage(SetupPage):
    entities = ("grade_scales",)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.heading(self.tr("Grade scales"), self.tr(
            "How a percentage becomes a grade. The bands cover 0 to 100% with no gap; the scale saved last is "
            "the one results use."))
        self.view, self.model = self.table([
            (self.tr("Scale"), lambda r: r["name"], None),
            (self.tr("Grades"), lambda r: bands_text(r["bands"]), None),
            (self.tr("Passing from"), lambda r: next((b["grade"] for b in reversed(r["bands"]) if b.get("passing")),
                                                      ""), None),
            (self.tr("Used for results"), lambda r: self.tr("Yes") if r["is_default"] else "", None),
        ], self.edit)
        self.layout_.addWidget(self.view, 1)
        self.layout_.addLayout(self.buttons((self.tr("Add a Scale…"), self.add), (self.tr("Edit…"), self.edit),
                                            (self.tr("Remove"), self.remove)))
        self.layout_.addWidget(self.status)

    def read(self, session: Any) -> list[dict[str, Any]]:
        return setup.read_grade_scales(session)

    def show_data(self, data: list[dict[str, Any]]) -> None:
        self.model.set_rows(data)

    def add(self) -> None:
        self._dialog(None)

    def edit(self) -> None:
        row = self.selected(self.view)
        if self.need_selection(row, self.tr("a scale")):
            self._dialog(row)

    def _dialog(self, row: dict[str, Any] | None) -> FormDialog:
        dialog = FormDialog(self.tr("Grade Scale"), self)
        dialog.name_edit = dialog.add(self.tr("Name:"), QLineEdit(row["name"] if row else ""))
        table = QTableWidget(0, 2)
        table.setHorizontalHeaderLabels([self.tr("From %"), self.tr("Grade")])
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().setVisible(False)
        table.setMinimumHeight(220)
        table.setAccessibleName(self.tr("Grade bands"))
        dialog.bands_table = table
        bands = row["bands"] if row else [{"min_percent": b.min_percent, "grade": b.grade, "passing": b.passing}
                                          for b in FALLBACK_BANDS]
        for band in bands:
            self._add_band(table, band["min_percent"], band["grade"])
        dialog.extra.addWidget(table)
        add = QPushButton(self.tr("Add a Band"))
        remove = QPushButton(self.tr("Remove the Band"))
        add.clicked.connect(lambda: self._add_band(table, "", ""))
        remove.clicked.connect(lambda: table.removeRow(table.currentRow()))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        dialog.extra.addLayout(buttons)
        dialog.passing_combo = QComboBox()
        dialog.passing_combo.setEditable(True)
        passing = [b["grade"] for b in bands if b.get("passing")]
        for band in bands:
            dialog.passing_combo.addItem(band["grade"])
        dialog.passing_combo.setCurrentText(passing[-1] if passing else "")
        dialog.add(self.tr("Lowest passing grade:"), dialog.passing_combo)
        scale_id = row["id"] if row else None

        def save() -> None:
            rows = []
            for r in range(table.rowCount()):
                low, grade = table.item(r, 0), table.item(r, 1)
                rows.append(((low.text() if low else "").strip(), (grade.text() if grade else "").strip()))
            rows = [(m, g) for m, g in rows if m or g]
            name, lowest = dialog.name_edit.text(), dialog.passing_combo.currentText().strip()
            self.write_local(lambda s, actor: setup.save_scale(s, actor, name=name, bands=rows, lowest_passing=lowest,
                                                               scale_id=scale_id), "grade_scales", dialog)

        dialog.on_save = save
        return self.open_dialog(dialog)

    @staticmethod
    def _add_band(table: QTableWidget, low: Any, grade: str) -> None:
        row = table.rowCount()
        table.insertRow(row)
        item = QTableWidgetItem(str(low))
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        table.setItem(row, 0, item)
        table.setItem(row, 1, QTableWidgetItem(grade))

    def remove(self) -> None:
        row = self.selected(self.view)
        if self.need_selection(row, self.tr("a scale")):
            self.write_local(lambda s, actor: setup.delete_scale(s, actor, row["id"]), "grade_scales")


class UsersPage(SetupPage):
    entities = ("users",)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.heading(self.tr("Users"), self.tr(
            "The people who sign in to Daftar, and their roles. Kept by the school's server: added and changed "
            "online only. A person switched off can no longer sign in."))
        self.view, self.model = self.table([
            (self.tr("Name"), lambda r: r["full_name"], None),
            (self.tr("Username"), lambda r: r["username"], None),
            (self.tr("Role"), lambda r: role_words(r["role"]), None),
            (self.tr("Phone"), lambda r: r["phone"], None),
            (self.tr("Can sign in"), lambda r: self.tr("Yes") if r["active"] else self.tr("No"), None),
        ], self.edit)
        self.layout_.addWidget(self.view, 1)
        self.layout_.addLayout(self.buttons((self.tr("Add a Person…"), self.add), (self.tr("Edit…"), self.edit),
                                            (self.tr("Set a Password…"), self.set_password)))
        self.layout_.addWidget(self.status)

    def read(self, session: Any) -> list[dict[str, Any]]:
        return setup.read_users(session)

    def show_data(self, data: list[dict[str, Any]]) -> None:
        self.model.set_rows(data)

    def _role_combo(self, current: str) -> QComboBox:
        return _combo([(role_words(r), r) for r in ROLE_WORDS], current)

    @staticmethod
    def _password_edit() -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def add(self) -> FormDialog:
        dialog = FormDialog(self.tr("New Person"), self)
        dialog.name_edit = dialog.add(self.tr("Full name:"), QLineEdit())
        dialog.username_edit = dialog.add(self.tr("Username:"), QLineEdit())
        dialog.role_combo = dialog.add(self.tr("Role:"), self._role_combo("teacher"))
        dialog.phone_edit = dialog.add(self.tr("Phone:"), QLineEdit())
        dialog.password_edit = dialog.add(self.tr("Password:"), self._password_edit())
        dialog.again_edit = dialog.add(self.tr("Password again:"), self._password_edit())

        def save() -> None:
            if dialog.password_edit.text() != dialog.again_edit.text():
                dialog.refuse(self.tr("The two passwords are not the same."))
                return
            values = {"username": dialog.username_edit.text(), "full_name": dialog.name_edit.text(),
                      "role": dialog.role_combo.currentData(), "phone": dialog.phone_edit.text(),
                      "password": dialog.password_edit.text()}

            def call(api: Any, session: Any) -> None:
                api.create_user(**setup.check_new_user(session, **values))

            self.write_server(call, dialog, self.tr(
                "{name} was added on the school's server and can sign in now. The list here is brought up to date "
                "by the sync under way.").format(name=values["full_name"].strip()))

        dialog.on_save = save
        return self.open_dialog(dialog)

    def edit(self) -> FormDialog | None:
        row = self.selected(self.view)
        if not self.need_selection(row, self.tr("a person")):
            return None
        dialog = FormDialog(self.tr("{name} ({username})").format(name=row["full_name"], username=row["username"]),
                            self)
        dialog.name_edit = dialog.add(self.tr("Full name:"), QLineEdit(row["full_name"]))
        dialog.role_combo = dialog.add(self.tr("Role:"), self._role_combo(row["role"]))
        dialog.phone_edit = dialog.add(self.tr("Phone:"), QLineEdit(row["phone"]))
        dialog.active_check = dialog.add("", QCheckBox(self.tr("Can sign in")))
        dialog.active_check.setChecked(row["active"])
        actor = self.school.actor

        def save() -> None:
            values = {"full_name": dialog.name_edit.text(), "role": dialog.role_combo.currentData(),
                      "phone": dialog.phone_edit.text(), "active": dialog.active_check.isChecked()}

            def call(api: Any, session: Any) -> None:
                changes = setup.check_user_change(session, actor, row["id"], **values)
                if not changes:
                    raise ServiceError(QT_TRANSLATE_NOOP("Setup", "Nothing to save: nothing was changed."))
                api.save("users", row["id"], changes)

            self.write_server(call, dialog)

        dialog.on_save = save
        return self.open_dialog(dialog)

    def set_password(self) -> FormDialog | None:
        row = self.selected(self.view)
        if not self.need_selection(row, self.tr("a person")):
            return None
        dialog = FormDialog(self.tr("New Password for {name}").format(name=row["full_name"]), self)
        dialog.password_edit = dialog.add(self.tr("New password:"), self._password_edit())
        dialog.again_edit = dialog.add(self.tr("Again:"), self._password_edit())

        def save() -> None:
            password = dialog.password_edit.text()
            if password != dialog.again_edit.text():
                dialog.refuse(self.tr("The two passwords are not the same."))
                return
            try:
                setup.check_password(password)
            except ServiceError as exc:
                dialog.refuse(translated(exc))
                return
            self.write_server(lambda api, _session: api.set_password(row["id"], password), dialog, self.tr(
                "The new password for {name} is kept on the school's server; they sign in with it from now on."
            ).format(name=row["full_name"]))

        dialog.on_save = save
        return self.open_dialog(dialog)
