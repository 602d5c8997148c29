"""Setup: the school, its calendar (years, terms, holidays, weekends), classes, subjects, codes, grades,
fees and people.

A list of sections on the left, one page at a time on the right. The admin
changes everything; the principal reads it (docs/setup.md says why). Each page
reads its records in the background when it is first shown, and again when
they change here or a sync brings changes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QStackedWidget, QVBoxLayout, QWidget

from app.services.setup import may_edit
from app.ui.context import AppContext, OpenSchool
from app.ui.setup.common import ServerGate, SetupPage
from app.ui.setup.lists import CodesPage, FeesPage, SectionsPage, SubjectsPage
from app.ui.setup.people import GradeScalesPage, UsersPage
from app.ui.setup.school import CalendarPage, HolidaysPage, SchoolPage


class SetupScreen(QWidget):
    def __init__(self, ctx: AppContext, school: OpenSchool, sync: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.school = school
        self.gate = ServerGate(sync)
        self.can_edit = may_edit(school.actor)
        self.sections = QListWidget()
        self.sections.setObjectName("setupSections")
        self.sections.setFixedWidth(190)
        self.sections.setAccessibleName(self.tr("Setup sections"))
        self.sections.setStyleSheet("QListWidget#setupSections::item { padding-left: 10px; }")
        self.stack = QStackedWidget()
        self.pages: dict[str, SetupPage] = {}
        args = (ctx, school, self.gate, self.can_edit)
        for key, title, page in (
            ("school", self.tr("School"), SchoolPage(*args)),
            ("calendar", self.tr("Year & terms"), CalendarPage(*args)),
            ("holidays", self.tr("Holidays & weekends"), HolidaysPage(*args)),
            ("sections", self.tr("Sections"), SectionsPage(*args)),
            ("subjects", self.tr("Subjects & teachers"), SubjectsPage(*args)),
            ("codes", self.tr("Attendance codes"), CodesPage(*args)),
            ("grades", self.tr("Grade scales"), GradeScalesPage(*args)),
            ("fees", self.tr("Fees"), FeesPage(*args)),
            ("users", self.tr("Users"), UsersPage(*args)),
        ):
            item = QListWidgetItem(title)
            item.setSizeHint(QSize(0, 34))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.sections.addItem(item)
            self.stack.addWidget(page)
            self.pages[key] = page
        self.sections.currentRowChanged.connect(self.stack.setCurrentIndex)

        self.read_only_note = QLabel(self.tr(
            "Only the school's admin changes the set-up; you can read it here."))
        self.read_only_note.setObjectName("readOnlyNote")
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setStyleSheet("background: #fff4e5; color: #5f370e; padding: 6px;")
        self.read_only_note.setVisible(not self.can_edit)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.read_only_note)
        right.addWidget(self.stack, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sections)
        layout.addLayout(right, 1)
        self.sections.setCurrentRow(0)

    def show_page(self, key: str) -> SetupPage:
        self.sections.setCurrentRow(list(self.pages).index(key))
        return self.pages[key]
