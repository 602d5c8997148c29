"""The roll call screen, driven by keys and clicks as a teacher does, checked in the school file."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from app.config import Paths, Settings
from app.services.attendance import MarkEntry, take_roll_call
from app.services.session import Person
from app.storage.models import AttendanceMark, Enrollment, GuardianAlert, School, Student
from app.ui.context import AppContext, OpenSchool
from app.ui.roll_call import RollCallScreen, RosterModel
from app.ui.signals import AppSignals
from app.ui.tasks import SyncTaskRunner
from tests.school import build_small_school

ABSENT_ROLLS = (3, 11, 17, 28, 40)


@pytest.fixture
def class_of_40(tmp_path):
    """The small test school with 40 students in 7 A; every day a school day (the test may run on a Sunday)."""
    school = build_small_school(tmp_path / "school.daftar")
    with school.db.write() as s:
        s.execute(select(School)).scalar_one().weekend_days = []
        start = school.term.starts_on
        for i in range(6, 41):
            st = Student(school_id=school.school.id, admission_no=f"A{i:03d}", given_name=f"Pupil{i}",
                         family_name="Test", full_name=f"Pupil{i} Test", guardian_phone=f"+92301{i:07d}", version=1)
            s.add(st)
            s.flush()
            s.add(Enrollment(school_id=school.school.id, student_id=st.id, section_id=school.section.id, roll_no=i,
                             starts_on=start, version=1))
    yield school
    school.db.close()


def open_screen(qtbot, tmp_path, school, actor, role: str) -> RollCallScreen:
    paths = Paths.default(tmp_path / "data").ensure()
    ctx = AppContext(hub=AppSignals(), tasks=SyncTaskRunner(), paths=paths, settings=Settings(),
                     logfile=tmp_path / "daftar.log")
    person = Person(user_id=actor.user_id, username=role, full_name=role.title(), role=role)
    opened = OpenSchool(db=school.db, path=school.db.path, code="TST", name="Test School", currency="PKR",
                        currency_digits=2, school_id=school.school.id, device_id="dev-1", person=person)
    screen = RollCallScreen(ctx, opened)
    qtbot.addWidget(screen)
    screen.resize(1200, 800)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def saved_codes(school) -> dict[int, str]:
    with school.db.session() as s:
        rows = s.execute(
            select(Enrollment.roll_no, AttendanceMark.code)
            .join(AttendanceMark, AttendanceMark.student_id == Enrollment.student_id)
            .where(AttendanceMark.deleted.is_(False))
        ).all()
    return dict(rows)


def test_a_class_of_40_with_5_absences_by_keyboard(qtbot, tmp_path, class_of_40):
    school = class_of_40
    screen = open_screen(qtbot, tmp_path, school, school.teacher, "teacher")
    assert screen.section_box.currentText() == "7 A"
    assert screen.model.rowCount() == 40
    assert [screen.missing_model.sections[i].name for i in range(len(screen.missing_model.sections))] == ["7 A"]
    table = screen.table
    table.setFocus()
    for roll in ABSENT_ROLLS:
        qtbot.keyClicks(table, str(roll))
        assert screen.model.line(screen.current_row()).roll_no == roll
        qtbot.keyClick(table, Qt.Key.Key_A)
    assert screen.counts_label.text() == "Students: 40 · 35 present · 5 absent"
    assert saved_codes(school) == {}  # nothing is saved before Enter
    with qtbot.waitSignal(screen.saved):
        qtbot.keyClick(table, Qt.Key.Key_Return)

    codes = saved_codes(school)
    assert len(codes) == 40
    assert {roll for roll, code in codes.items() if code == "A"} == set(ABSENT_ROLLS)
    assert {code for roll, code in codes.items() if roll not in ABSENT_ROLLS} == {"P"}
    assert screen.status_label.text() == "Saved. Marks changed: 40 · absent: 5 · guardian alerts queued: 5"
    with school.db.session() as s:
        assert s.execute(select(GuardianAlert)).scalars().all().__len__() == 5
    # Each row now says its mark waits for the server; 7 A is registered.
    states = {screen.model.data(screen.model.index(r, RosterModel.SYNC)) for r in range(40)}
    assert states == {"Waiting"}
    alerts_shown = {screen.model.line(r).roll_no: screen.model.data(screen.model.index(r, RosterModel.ALERT))
                    for r in range(40)}
    assert {roll for roll, text in alerts_shown.items() if text} == set(ABSENT_ROLLS)
    assert alerts_shown[3] == "SMS queued"
    assert screen.missing_model.sections == []
    assert screen.section_box.currentText() == "7 A  ✓"


def test_arrows_letters_buttons_and_space(qtbot, tmp_path, class_of_40):
    school = class_of_40
    screen = open_screen(qtbot, tmp_path, school, school.teacher, "teacher")
    table = screen.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert screen.model.line(screen.current_row()).roll_no == 2
    qtbot.keyClick(table, Qt.Key.Key_L)  # late, and on to roll 3
    assert screen.model.code_of(1) == "L" and screen.model.line(screen.current_row()).roll_no == 3
    qtbot.keyClick(table, Qt.Key.Key_Space)  # present ⇄ absent, stays
    assert screen.model.code_of(2) == "A"
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert screen.model.code_of(2) == "P"
    qtbot.mouseClick(screen.code_buttons["A"], Qt.MouseButton.LeftButton)  # a tap
    assert screen.model.code_of(2) == "A"
    assert screen.model.data(screen.model.index(2, RosterModel.SYNC)) == "Not saved"


def test_a_teacher_cannot_set_an_office_code_and_sees_why(qtbot, tmp_path, class_of_40):
    school = class_of_40
    screen = open_screen(qtbot, tmp_path, school, school.teacher, "teacher")
    assert not screen.code_buttons["E"].isEnabled()
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_E)
    assert screen.model.code_of(0) == "P"
    assert screen.banner.isVisible() and "Only the office can mark Excused (E)" in screen.banner.text()
    qtbot.keyClick(screen.table, Qt.Key.Key_Z)
    assert "Z is not one of the school's codes" in screen.banner.text()


def test_an_office_code_is_kept_and_locked_for_the_teacher(qtbot, tmp_path, class_of_40):
    school = class_of_40
    today = screen_day(school)
    with school.db.write() as s:
        take_roll_call(s, school.office, school.section.id, today, {school.students[0].id: MarkEntry("E", "wedding")})
    screen = open_screen(qtbot, tmp_path, school, school.teacher, "teacher")
    assert screen.model.line(0).office_locked
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_A)
    assert screen.model.code_of(0) == "E" and "marked by the office" in screen.banner.text()
    with qtbot.waitSignal(screen.saved):
        qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    assert saved_codes(school)[1] == "E"


def screen_day(school) -> dt.date:
    from app.services.clock import school_today

    with school.db.session() as s:
        return school_today(s)


def test_mark_all_present_asks_with_the_counts(qtbot, tmp_path, class_of_40):
    school = class_of_40
    screen = open_screen(qtbot, tmp_path, school, school.teacher, "teacher")
    screen.table.setFocus()
    for roll in (4, 9):
        qtbot.keyClicks(screen.table, str(roll))
        qtbot.keyClick(screen.table, Qt.Key.Key_A)
    box = screen.ask_mark_all_present()
    assert "Mark all 40 students of 7 A present?" in box.text()
    assert box.informativeText() == "Students whose mark changes to present: 2."
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert screen.model.counts().get("absent") == 2
    box = screen.ask_mark_all_present()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert screen.model.counts() == {"present": 40}


def test_a_day_past_the_edit_window_is_shown_and_refused(qtbot, tmp_path, class_of_40):
    school = class_of_40
    screen = open_screen(qtbot, tmp_path, school, school.teacher, "teacher")
    screen.show_day(screen_day(school) - dt.timedelta(days=20))
    assert not screen.save_button.isEnabled()
    assert "can no longer be changed" in screen.banner.text()
    assert screen.status_label.text() == "No roll call was taken on this day."
    assert screen.model.data(screen.model.index(0, RosterModel.CODE)) == "—"  # nobody is "present" by default
    assert screen.model.data(screen.model.index(0, RosterModel.SYNC)) == "Not taken"
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_A)
    assert screen.model.code_of(0) == ""
    screen.show_day(screen_day(school) - dt.timedelta(days=2))  # inside the window: editable
    assert screen.save_button.isEnabled() and not screen.banner.isVisible()


def test_a_roster_changed_while_open_is_named_and_the_typing_kept(qtbot, tmp_path, class_of_40):
    school = class_of_40
    screen = open_screen(qtbot, tmp_path, school, school.teacher, "teacher")
    screen.table.setFocus()
    qtbot.keyClicks(screen.table, "7")
    qtbot.keyClick(screen.table, Qt.Key.Key_A)
    with school.db.write() as s:  # a sync ends roll 2's enrollment behind the screen's back
        e = s.execute(select(Enrollment).where(Enrollment.student_id == school.students[1].id)).scalar_one()
        e.ends_on = screen_day(school) - dt.timedelta(days=1)
    screen.save()
    assert "Omar Haddad" in screen.banner.text() and "class list has changed" in screen.banner.text()
    assert screen.model.rowCount() == 39
    assert screen.model.code_of(screen.model.row_of_roll(7)) == "A"  # what was typed is still there
    with qtbot.waitSignal(screen.saved):
        screen.save()
    assert len(saved_codes(school)) == 39 and saved_codes(school)[7] == "A"


def test_the_principal_sees_every_section_and_the_reminder(qtbot, tmp_path, class_of_40):
    school = class_of_40
    screen = open_screen(qtbot, tmp_path, school, school.principal, "principal")
    assert [screen.section_box.itemText(i) for i in range(screen.section_box.count())] == ["7 A", "7 B"]
    assert screen.missing_heading.text() == "Not registered yet (2)"
    day = screen.data.day
    assert screen.check_reminder(dt.datetime.combine(day, dt.time(8, 0))) == ""
    text = screen.check_reminder(dt.datetime.combine(day, dt.time(10, 0)))
    assert text == "Reminder: no roll call yet today for 7 A, 7 B."
    assert screen.check_reminder(dt.datetime.combine(day, dt.time(11, 0))) == ""  # once a day


def test_a_student_who_joined_while_open_is_named_after_saving(qtbot, tmp_path, class_of_40):
    school = class_of_40
    screen = open_screen(qtbot, tmp_path, school, school.teacher, "teacher")
    with school.db.write() as s:  # a sync brings a new student into 7 A
        st = Student(school_id=school.school.id, admission_no="A041", given_name="Zara", family_name="New",
                     full_name="Zara New", guardian_phone="+923010000041", version=1)
        s.add(st)
        s.flush()
        s.add(Enrollment(school_id=school.school.id, student_id=st.id, section_id=school.section.id, roll_no=41,
                         starts_on=school.term.starts_on, version=1))
    with qtbot.waitSignal(screen.saved):
        screen.save()
    assert "Not marked yet: Zara New." in screen.banner.text()
    assert screen.model.rowCount() == 41 and screen.model.line(40).name == "Zara New"
    assert screen.model.data(screen.model.index(40, RosterModel.SYNC)) == "Not saved"


def test_a_code_the_school_removed_stays_on_its_marks_and_does_not_block(qtbot, tmp_path, class_of_40):
    from app.storage.models import AttendanceCode

    school = class_of_40
    screen = open_screen(qtbot, tmp_path, school, school.teacher, "teacher")
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_L)
    with qtbot.waitSignal(screen.saved):
        qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    with school.db.write() as s:
        s.execute(select(AttendanceCode).where(AttendanceCode.code == "L")).scalar_one().deleted = True
    screen.refresh()
    assert screen.model.data(screen.model.index(0, RosterModel.CODE)) == "L  (no longer used)"
    assert "L" not in screen.code_buttons
    qtbot.keyClicks(screen.table, "2")
    qtbot.keyClick(screen.table, Qt.Key.Key_A)
    with qtbot.waitSignal(screen.saved):
        qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    assert screen.status_label.text().startswith("Saved. Marks changed: 1")
    assert saved_codes(school)[1] == "L" and saved_codes(school)[2] == "A"


def test_period_mode_takes_the_teachers_period(qtbot, tmp_path, class_of_40):
    from app.storage.models import TeachingAssignment

    school = class_of_40
    with school.db.write() as s:
        sch = s.execute(select(School)).scalar_one()
        sch.attendance_mode, sch.periods_per_day = "period", 6
        for a in s.execute(select(TeachingAssignment)).scalars():
            a.weekdays, a.periods = list(range(7)), [3, 5]
    screen = open_screen(qtbot, tmp_path, school, school.teacher, "teacher")
    assert screen.period_box.isVisibleTo(screen) and screen.period_box.currentText() == "Period 3"
    assert screen.subtitle.text().endswith("period 3")
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_A)
    with qtbot.waitSignal(screen.saved):
        qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    with school.db.session() as s:
        periods = set(s.execute(select(AttendanceMark.period)).scalars())
    assert periods == {3}
    screen.period_box.setCurrentIndex(screen.period_box.findData(5))
    screen.period_box.activated.emit(screen.period_box.currentIndex())
    assert screen.subtitle.text().endswith("period 5") and screen.model.line(0).code is None


def test_a_holiday_cannot_be_marked_and_says_why(qtbot, tmp_path, class_of_40):
    from app.storage.models import CalendarDay

    school = class_of_40
    day = screen_day(school)
    with school.db.write() as s:
        s.add(CalendarDay(school_id=school.school.id, date=day - dt.timedelta(days=1), kind="closed",
                          name="Flooding"))
    screen = open_screen(qtbot, tmp_path, school, school.teacher, "teacher")
    screen.show_day(day - dt.timedelta(days=1))
    assert not screen.save_button.isEnabled() and not screen.code_buttons["A"].isEnabled()
    assert "a day the school is closed (Flooding): no roll call is taken" in screen.banner.text()
    assert screen.missing_model.sections == []  # nothing is missing on a closed day


def test_leaving_with_changes_not_saved_asks_first(qtbot, tmp_path, class_of_40):
    school = class_of_40
    screen = open_screen(qtbot, tmp_path, school, school.principal, "principal")
    assert screen.section_box.currentText() == "7 A"
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_A)
    other = school.other_section.id
    screen.section_box.setCurrentIndex(screen.section_box.findData(other))
    screen.section_box.activated.emit(screen.section_box.currentIndex())
    box = screen.leave_box
    assert box is not None and box.text() == "Changes to 7 A not saved: 1."
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert screen.model.call.section_name == "7 A" and screen.section_box.currentText() == "7 A"
    assert screen.model.code_of(0) == "A"

    screen.show_section(other)
    with qtbot.waitSignal(screen.saved):
        screen.leave_box.button(QMessageBox.StandardButton.Save).click()
    assert saved_codes(school)[1] == "A" and screen.model.call.section_name == "7 B"

    screen.show_section(school.section.id)
    qtbot.keyClick(screen.table, Qt.Key.Key_L)
    screen.show_day(screen.data.day - dt.timedelta(days=1))
    screen.leave_box.button(QMessageBox.StandardButton.Discard).click()
    assert screen.data.day == screen_day(school) - dt.timedelta(days=1)
    assert saved_codes(school)[1] == "A"  # the discarded L was never saved
