"""Attendance as the roll call takes it: school days, rosters, alerts, the day's roll-up."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.services import ServiceError
from app.services import alerts as alerts_service
from app.services.attendance import (
    SYNC_NEW,
    SYNC_SYNCED,
    SYNC_WAITING,
    MarkEntry,
    load_roll_call,
    read_roll_call_screen,
    roll_call_sections,
    sections_not_registered,
    take_roll_call,
)
from app.storage.models import (
    AttendanceCode,
    AttendanceMark,
    CalendarDay,
    Enrollment,
    GuardianAlert,
    OutboxEntry,
    School,
    Section,
    Student,
    TeachingAssignment,
)
from tests.support.clock import SCHOOL_DAY


DAY = SCHOOL_DAY  # today, or the Friday before on a weekend (tests/support/clock.py)


def everyone_present(school, **changes):
    roll = {st.id: MarkEntry("P") for st in school.students}
    roll.update({sid: MarkEntry(code) for sid, code in changes.items()})
    return roll


def alerts(school):
    with school.db.session() as s:
        return {a.student_id: a for a in s.execute(select(GuardianAlert)).scalars()}


def test_an_absence_queues_one_alert_in_words_with_the_marks(school):
    absent = school.students[1]
    with school.db.write() as s:
        result = take_roll_call(s, school.teacher, school.section.id, DAY, everyone_present(school, **{absent.id: "A"}))
    assert result.saved == 5 and result.alerts_queued == 1
    [alert] = alerts(school).values()
    assert alert.student_id == absent.id and alert.status == "queued" and alert.channel == "sms"
    assert alert.recipient == absent.guardian_phone
    assert "Omar Haddad" in alert.message and "absent" in alert.message and DAY.isoformat() in alert.message
    with school.db.session() as s:
        entities = [e.entity for e in s.execute(select(OutboxEntry).order_by(OutboxEntry.seq)).scalars()]
    assert entities.count("guardian_alerts") == 1 and entities.count("attendance_marks") == 5
    # Saving the same roll call again never makes a second alert.
    with school.db.write() as s:
        again = take_roll_call(s, school.teacher, school.section.id, DAY, everyone_present(school, **{absent.id: "A"}))
    assert again.alerts_queued == 0 and again.unchanged == 5
    assert len(alerts(school)) == 1


def test_a_correction_within_the_grace_period_cancels_and_absent_again_requeues(school):
    sid = school.students[0].id
    with school.db.write() as s:
        take_roll_call(s, school.teacher, school.section.id, DAY, {sid: MarkEntry("A")})
    with school.db.write() as s:
        result = take_roll_call(s, school.teacher, school.section.id, DAY, {sid: MarkEntry("L")})
    assert result.alerts_cancelled == 1
    assert alerts(school)[sid].status == "cancelled"
    with school.db.write() as s:
        result = take_roll_call(s, school.teacher, school.section.id, DAY, {sid: MarkEntry("A")})
    assert result.alerts_queued == 1
    with school.db.session() as s:
        assert s.execute(select(func.count()).select_from(GuardianAlert)).scalar() == 1
    assert alerts(school)[sid].status == "queued"


def test_a_late_correction_of_an_alert_the_server_has_leaves_it(school):
    sid = school.students[0].id
    with school.db.write() as s:
        take_roll_call(s, school.teacher, school.section.id, DAY, {sid: MarkEntry("A")})
        alert = s.execute(select(GuardianAlert)).scalar_one()
        alert.created_at -= alerts_service.GRACE_PERIOD + dt.timedelta(minutes=1)
        alert.version = 10  # the server has it
    with school.db.write() as s:
        result = take_roll_call(s, school.teacher, school.section.id, DAY, {sid: MarkEntry("P")})
    assert result.alerts_cancelled == 0
    assert alerts(school)[sid].status == "queued"


def test_an_absent_student_without_guardian_contact_is_reported(school):
    sid = school.students[2].id
    with school.db.write() as s:
        s.get(Student, sid).guardian_phone = ""
    with school.db.write() as s:
        result = take_roll_call(s, school.teacher, school.section.id, DAY, {sid: MarkEntry("A")})
    assert result.no_guardian_contact == ("Wanjiru Kamau",) and result.alerts_queued == 0
    with school.db.write() as s:
        s.get(Student, sid).guardian_email = "kamau@example.org"
    with school.db.write() as s:
        take_roll_call(s, school.teacher, school.section.id, DAY, {sid: MarkEntry("A", "again")})
    assert alerts(school)[sid].channel == "email"


def test_holidays_weekends_and_days_outside_the_term_are_refused(school):
    sid = school.students[0].id
    with school.db.write() as s:
        s.add(CalendarDay(school_id=school.school.id, date=DAY, kind="holiday", name="National Day"))
    with pytest.raises(ServiceError, match="holiday \\(National Day\\)"):
        with school.db.write() as s:
            take_roll_call(s, school.principal, school.section.id, DAY, {sid: MarkEntry("P")})
    saturday = DAY - dt.timedelta(days=DAY.weekday() + 2)
    with pytest.raises(ServiceError, match="weekend"):
        with school.db.write() as s:
            take_roll_call(s, school.principal, school.section.id, saturday, {sid: MarkEntry("P")})
    with school.db.write() as s:
        s.execute(select(School)).scalar_one().weekend_days = [4]  # a Friday weekend
    with school.db.write() as s:  # Saturday is a school day now
        assert take_roll_call(s, school.principal, school.section.id, saturday, {sid: MarkEntry("P")}).saved == 1
    before_term = school.term.starts_on - dt.timedelta(days=3)
    while before_term.weekday() == 4:
        before_term -= dt.timedelta(days=1)
    with pytest.raises(ServiceError, match="outside every term"):
        with school.db.write() as s:
            take_roll_call(s, school.principal, school.section.id, before_term, {sid: MarkEntry("P")})
    with school.db.session() as s:
        assert s.execute(select(func.count()).select_from(AttendanceMark)).scalar() == 1


def test_a_student_no_longer_enrolled_is_refused_by_name_and_nothing_is_saved(school):
    leaver = school.students[3]
    roll = everyone_present(school)
    with school.db.write() as s:  # a sync ended the enrollment while the roll call was open
        enrollment = s.execute(select(Enrollment).where(Enrollment.student_id == leaver.id)).scalar_one()
        enrollment.ends_on = DAY - dt.timedelta(days=1)
    with pytest.raises(ServiceError, match="Not enrolled in 7 A .*Lucía Fernández"):
        with school.db.write() as s:
            take_roll_call(s, school.teacher, school.section.id, DAY, roll)
    with school.db.session() as s:
        assert s.execute(select(func.count()).select_from(AttendanceMark)).scalar() == 0
        assert len(load_roll_call(s, school.teacher, school.section.id, DAY).lines) == 4


def test_a_student_left_out_of_the_roll_call_is_named(school):
    roll = everyone_present(school)
    del roll[school.students[4].id]
    with school.db.write() as s:
        result = take_roll_call(s, school.teacher, school.section.id, DAY, roll)
    assert result.not_marked == ("Arjun Sharma",)


def test_a_code_the_school_removed_is_refused_by_name(school):
    with school.db.write() as s:
        s.execute(select(AttendanceCode).where(AttendanceCode.code == "L")).scalar_one().deleted = True
    with pytest.raises(ServiceError, match="no longer uses the code 'L' \\(Late\\)"):
        with school.db.write() as s:
            take_roll_call(s, school.teacher, school.section.id, DAY, everyone_present(school, **{
                school.students[0].id: "L"}))


def test_edit_window_and_office_codes_are_shown_before_saving(school):
    old = DAY - dt.timedelta(days=21)
    while old.weekday() >= 5:
        old -= dt.timedelta(days=1)
    with school.db.session() as s:
        call = load_roll_call(s, school.teacher, school.section.id, old)
        assert not call.editable and "can no longer be changed" in call.reason
        assert load_roll_call(s, school.principal, school.section.id, old).editable
        now = load_roll_call(s, school.teacher, school.section.id, DAY)
    assert now.editable and now.default_code == "P"
    assert {c.code: c.allowed for c in now.codes} == {"P": True, "A": True, "L": True, "E": False}
    assert [line.sync_state for line in now.lines] == [SYNC_NEW] * 5


def test_sync_state_of_each_mark(school):
    sid = school.students[0].id
    with school.db.write() as s:
        take_roll_call(s, school.teacher, school.section.id, DAY, everyone_present(school))
    with school.db.write() as s:  # the server accepted the first student's mark
        mark = s.execute(select(AttendanceMark).where(AttendanceMark.student_id == sid)).scalar_one()
        mark.version = 3
        for e in s.execute(select(OutboxEntry).where(OutboxEntry.row_id == mark.id)).scalars():
            s.delete(e)
    with school.db.session() as s:
        states = [line.sync_state for line in load_roll_call(s, school.teacher, school.section.id, DAY).lines]
    assert states == [SYNC_SYNCED] + [SYNC_WAITING] * 4


def test_teacher_sections_by_timetable_and_homeroom_and_not_registered(school):
    with school.db.write() as s:  # teacher also teaches 7 B, on Mondays only
        other = s.get(Section, school.other_section.id)
        maths = s.execute(select(TeachingAssignment)).scalars().first().subject_id
        s.add(TeachingAssignment(school_id=school.school.id, section_id=other.id, subject_id=maths,
                                 teacher_id=school.teacher.user_id, weekdays=[0], periods=[2]))
    with school.db.session() as s:
        names = [c.name for c in roll_call_sections(s, school.teacher, DAY)]
        assert names == (["7 A", "7 B"] if DAY.weekday() == 0 else ["7 A"])
        assert [c.name for c in roll_call_sections(s, school.principal, DAY)] == ["7 A", "7 B"]
        assert [c.name for c in sections_not_registered(s, school.principal, DAY)] == ["7 A", "7 B"]
    with school.db.write() as s:
        take_roll_call(s, school.teacher, school.section.id, DAY, everyone_present(school))
    with school.db.session() as s:
        assert [c.name for c in sections_not_registered(s, school.principal, DAY)] == ["7 B"]
        assert [c.name for c in sections_not_registered(s, school.teacher, DAY)] == (
            ["7 B"] if DAY.weekday() == 0 else [])


def test_period_mode_needs_a_period_and_alerts_only_when_absent_every_period(school):
    sid = school.students[0].id
    with school.db.write() as s:
        sch = s.execute(select(School)).scalar_one()
        sch.attendance_mode, sch.periods_per_day = "period", 4
    with pytest.raises(ServiceError, match="by period"):
        with school.db.write() as s:
            take_roll_call(s, school.teacher, school.section.id, DAY, {sid: MarkEntry("A")})
    with school.db.write() as s:
        first = take_roll_call(s, school.teacher, school.section.id, DAY, {sid: MarkEntry("A")}, period=1)
    assert first.alerts_queued == 1
    with school.db.write() as s:
        result = take_roll_call(s, school.teacher, school.section.id, DAY, {sid: MarkEntry("P")}, period=2)
    assert result.alerts_cancelled == 1  # came in period 2: not absent for the day


def test_a_mark_another_device_won_over_shows_as_conflict(school):
    from app.storage.models import Conflict

    sid = school.students[0].id
    with school.db.write() as s:
        take_roll_call(s, school.teacher, school.section.id, DAY, {sid: MarkEntry("A")})
        mark = s.execute(select(AttendanceMark)).scalar_one()
        mark.version = 7
        for e in s.execute(select(OutboxEntry)).scalars():
            s.delete(e)
        s.add(Conflict(entity="attendance_marks", row_id=mark.id, kind="superseded", message="A later mark won",
                       detected_at=dt.datetime(2026, 1, 1)))
    with school.db.session() as s:
        [line] = [x for x in load_roll_call(s, school.teacher, school.section.id, DAY).lines if x.student_id == sid]
    assert line.sync_state == "conflict" and line.alert == "queued"


def test_todays_roll_call_on_the_school_day_the_clock_says(school, school_day):
    """Through the school's own clock: the roll call of "today" is open and saved, any day the suite runs."""
    from app.services.attendance import day_problem
    from app.services.clock import school_today

    with school.db.session() as s:
        today = school_today(s)
        assert today == school_day and today.weekday() < 5
        assert day_problem(s, school.teacher, today) == ""
    with school.db.write() as s:
        saved = take_roll_call(s, school.teacher, school.section.id, today, everyone_present(school))
    assert saved.saved == len(school.students)
    saturday = today + dt.timedelta(days=5 - today.weekday())
    with school.db.session() as s:
        assert "is a weekend day at this school" in day_problem(s, school.teacher, saturday)


def test_a_roll_call_writes_each_new_mark_and_its_outbox_entry_with_every_field(school):
    from app.sync.protocol import ENTITIES

    roll = everyone_present(school, **{school.students[1].id: "A"})
    with school.db.write() as s:
        take_roll_call(s, school.teacher, school.section.id, DAY, roll)
    with school.db.session() as s:
        marks = {m.id: m for m in s.execute(select(AttendanceMark)).scalars()}
        entries = [e for e in s.execute(select(OutboxEntry).order_by(OutboxEntry.seq)).scalars()
                   if e.entity == "attendance_marks"]
    assert len(marks) == len(roll) == len(entries)
    assert [marks[e.row_id].student_id for e in entries] == list(roll)  # queued in the order taken
    for entry in entries:
        mark = marks[entry.row_id]
        assert entry.op == "put" and entry.base_version is None and entry.user_id == school.teacher.user_id
        assert set(entry.fields) == set(ENTITIES["attendance_marks"])
        assert entry.fields["date"] == DAY.isoformat() and entry.fields["code"] == mark.code
        assert entry.fields["student_id"] == mark.student_id and not mark.deleted and mark.version is None
        assert mark.marked_at is not None and mark.note == "" and mark.period == 0


def test_the_screens_one_read_says_what_the_rules_say(school):
    """The roll call screen reads everything at once (read_roll_call_screen); it must agree with the rules'
    own functions: sections, those not registered, the roll call with marks, sync states, alerts and the
    reason a day cannot be changed."""

    def separately(s, actor, day, section_id):
        sections = roll_call_sections(s, actor, day)
        return (sections, sections_not_registered(s, actor, day, sections),
                load_roll_call(s, actor, section_id, day))

    def check(actor, day, section_id):
        with school.db.session() as s:
            read = read_roll_call_screen(s, actor, day, section_id, None)
            sections, missing, call = separately(s, actor, day, section_id)
        assert (list(read.sections), list(read.not_registered), read.roll_call) == (sections, missing, call)
        return read

    section = school.section.id
    first = check(school.teacher, DAY, section)
    assert first.roll_call.editable and not first.roll_call.taken and first.not_registered
    absent = school.students[1]
    with school.db.write() as s:
        take_roll_call(s, school.teacher, section, DAY, everyone_present(school, **{absent.id: "A"}))
    taken = check(school.teacher, DAY, section)
    line = next(x for x in taken.roll_call.lines if x.student_id == absent.id)
    assert (line.code, line.sync_state, line.alert) == ("A", SYNC_WAITING, "queued")
    assert [c.name for c in check(school.principal, DAY, school.other_section.id).not_registered] == ["7 B"]
    long_ago = DAY - dt.timedelta(days=60)
    old = check(school.teacher, long_ago, section).roll_call
    assert not old.editable and old.reason
    assert not check(school.teacher, DAY + dt.timedelta(days=1), section).roll_call.editable
    with school.db.write() as s:
        s.add(CalendarDay(school_id=school.school.id, date=DAY, kind="holiday", name="Founders' Day"))
    holiday = check(school.teacher, DAY, section)
    assert "Founders' Day" in holiday.roll_call.reason and holiday.not_registered == ()
