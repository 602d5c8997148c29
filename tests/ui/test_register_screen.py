"""The registers screen: the month's grid, rates and chronic absentees, a student's history, the PDF."""

from __future__ import annotations

import subprocess

from PySide6.QtCore import Qt

from app.services.attendance import MarkEntry, mark_attendance
from app.services.registers import last_school_days
from app.ui.register import STUDENT_ROLE, RegisterScreen
from tests.test_attendance_registers import march  # noqa: F401  (fixture)


def open_register(qtbot, tmp_path, school, actor, role: str) -> RegisterScreen:
    from app.config import Paths, Settings
    from app.services.session import Person
    from app.ui.context import AppContext, OpenSchool
    from app.ui.signals import AppSignals
    from app.ui.tasks import SyncTaskRunner

    ctx = AppContext(hub=AppSignals(), tasks=SyncTaskRunner(), paths=Paths.default(tmp_path / "data").ensure(),
                     settings=Settings(), logfile=tmp_path / "daftar.log")
    opened = OpenSchool(db=school.db, path=school.db.path, code="TST", name="Test School", currency="PKR",
                        currency_digits=2, school_id=school.school.id, device_id="dev-1",
                        person=Person(actor.user_id, role, role.title(), role))
    screen = RegisterScreen(ctx, opened)
    qtbot.addWidget(screen)
    screen.resize(1250, 760)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def test_the_month_grid_and_a_students_history(qtbot, tmp_path, school, march):  # noqa: F811
    screen = open_register(qtbot, tmp_path, school, school.principal, "principal")
    screen.show_month(2026, 3, school.section.id)
    model = screen.month_model
    assert screen.section_box.currentText() == "7 A"
    assert model.rowCount() == 5 and model.columnCount() == 2 + 21 + 4
    assert screen.subtitle.text() == "7 A · 21 school days in March 2026"
    omar = 1
    assert model.index(omar, 1).data() == "Omar Haddad"
    assert model.index(omar, 2 + 2).data() == "A"
    assert model.index(omar, 2 + 21 + 3).data() == "85.7 %"
    assert model.index(omar, 2 + 2).data(Qt.ItemDataRole.ForegroundRole).name() == "#b3261e"
    # Sorting by rate puts Omar first.
    screen.month_view.sortByColumn(2 + 21 + 3, Qt.SortOrder.AscendingOrder)
    first = screen.month_proxy.index(0, 1)
    assert first.data() == "Omar Haddad"
    screen.month_view.doubleClicked.emit(first)
    assert screen.tabs.currentIndex() == 2
    assert screen.history_model.rowCount() == 21
    assert "Omar Haddad (A002) · rate 85.7 % over 21 school days" in screen.history_heading.text()


def test_rates_and_chronic_absentees_of_the_last_school_days(qtbot, tmp_path, school):
    from app.services.clock import school_today

    with school.db.session() as s:
        days = last_school_days(s, 4, school_today(s))
    with school.db.write() as s:
        for day in days:
            roll = {st.id: MarkEntry("A" if st is school.students[4] else "P") for st in school.students}
            mark_attendance(s, school.principal, school.section.id, day, roll)
    screen = open_register(qtbot, tmp_path, school, school.teacher, "teacher")
    assert [screen.section_rates_model.rows[i].name for i in range(screen.section_rates_model.rowCount())] == ["7 A"]
    assert screen.section_rates_model.index(0, 2).data() == "80.0 %"
    assert screen.chronic_model.rowCount() == 1
    assert screen.chronic_model.index(0, 0).data() == "Arjun Sharma"
    assert screen.chronic_model.index(0, 4).data() == "0.0 %"
    assert screen.chronic_heading.text().startswith("Chronic absentees: below 90 % over the last 30 school days")
    assert screen.chronic_model.index(0, 0).data(STUDENT_ROLE) == school.students[4].id


def test_the_month_saved_as_pdf(qtbot, tmp_path, school, march):  # noqa: F811
    screen = open_register(qtbot, tmp_path, school, school.principal, "principal")
    screen.show_month(2026, 3, school.section.id)
    target = tmp_path / "register.pdf"
    with qtbot.waitSignal(screen.pdf_saved):
        screen.save_pdf(target)
    subprocess.run(["qpdf", "--check", str(target)], check=True, capture_output=True)
