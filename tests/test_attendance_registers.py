"""Registers: the month's grid, the rate rule, chronic absentees, a student's history, the PDF."""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest
from sqlalchemy import select

from app.reports.register import register_pdf
from app.services.attendance import MarkEntry, mark_attendance
from app.services.registers import (
    attendance_rate,
    attendance_rates,
    monthly_register,
    school_days,
    student_history,
)
from app.storage.models import AcademicYear, CalendarDay, Enrollment, School, Term

MARCH = [dt.date(2026, 3, d) for d in range(1, 32)]
HOLIDAY = dt.date(2026, 3, 23)


@pytest.fixture
def march(school):
    """The small school with its year and term starting before March 2026, and a holiday on the 23rd."""
    with school.db.write() as s:
        for row in s.execute(select(AcademicYear)).scalars():
            row.starts_on = dt.date(2026, 1, 1)
        term = s.get(Term, school.term.id)
        term.starts_on = dt.date(2026, 3, 1)
        for e in s.execute(select(Enrollment)).scalars():
            e.starts_on = dt.date(2026, 1, 1)
        s.add(CalendarDay(school_id=school.school.id, date=HOLIDAY, kind="holiday", name="Pakistan Day"))
    with school.db.session() as s:
        days = school_days(s, MARCH[0], MARCH[-1])
    st = school.students
    with school.db.write() as s:
        for i, day in enumerate(days):
            roll = {x.id: MarkEntry("P") for x in st[:2] + st[3:]}
            if i in (2, 7, 12):
                roll[st[1].id] = MarkEntry("A")
            if i == 4:
                roll[st[1].id] = MarkEntry("L")
            if i < 10:
                roll[st[2].id] = MarkEntry("P")
            mark_attendance(s, school.principal, school.section.id, day, roll)
    return days


def test_the_rate_rule():
    assert attendance_rate([]) is None
    assert attendance_rate([1, 1, 0, 0.5]) == pytest.approx(62.5)
    assert attendance_rate([1.0] * 18 + [0.0] * 3) == pytest.approx(100 * 18 / 21)


def test_school_days_leave_out_weekends_holidays_and_days_outside_terms(march):
    assert len(march) == 21
    assert HOLIDAY not in march and all(d.weekday() < 5 for d in march)
    assert march[0] == dt.date(2026, 3, 2)


def test_the_monthly_register_grid_and_totals(school, march):
    with school.db.session() as s:
        reg = monthly_register(s, school.section.id, 2026, 3)
    assert reg.days == tuple(march)
    assert [r.roll_no for r in reg.rows] == [1, 2, 3, 4, 5]
    omar = reg.rows[1]
    assert omar.cells[2] == omar.cells[7] == omar.cells[12] == "A" and omar.cells[4] == "L"
    assert omar.cells.count("P") == 17
    assert (omar.present, omar.absent, omar.late, omar.days_counted) == (18, 3, 1, 21)
    assert omar.rate == pytest.approx(100 * 18 / 21)
    wanjiru = reg.rows[2]
    assert wanjiru.cells[:10] == ("P",) * 10 and wanjiru.cells[10:] == ("",) * 11  # not marked: left out
    assert wanjiru.rate == 100.0 and wanjiru.days_counted == 10
    assert reg.section_rate == pytest.approx(100 * (21 * 3 + 18 + 10) / (21 * 4 + 10))
    assert reg.daily_totals[2] == 4 and reg.daily_totals[15] == 4
    assert reg.absent_codes == ("A",)


def test_period_marks_roll_up_into_the_day(school, march):
    day = march[-1]
    with school.db.write() as s:
        sch = s.execute(select(School)).scalar_one()
        sch.attendance_mode, sch.periods_per_day = "period", 4
        wanjiru = school.students[2].id
        for period, code in enumerate(["P", "P", "A", "A"], start=1):
            mark_attendance(s, school.principal, school.section.id, day, {wanjiru: MarkEntry(code)}, period)
    with school.db.session() as s:
        reg = monthly_register(s, school.section.id, 2026, 3)
    # Wanjiru: present in 2 of 4 periods on the last day: a whole day by the written rule.
    assert reg.rows[2].cells[-1] == "P"
    with school.db.write() as s:
        mark_attendance(s, school.principal, school.section.id, day, {school.students[2].id: MarkEntry("A")}, 2)
    with school.db.session() as s:
        reg = monthly_register(s, school.section.id, 2026, 3)
    assert reg.rows[2].cells[-1] == "½"  # 1 of 4 periods


def test_chronic_absentees_below_the_school_threshold(school, march):
    with school.db.session() as s:
        rates = attendance_rates(s, school.principal, until=dt.date(2026, 3, 31))
    assert len(rates.days) == 21 and rates.threshold == 90
    assert [(c.name, round(c.rate, 1)) for c in rates.chronic] == [("Omar Haddad", 85.7)]
    assert [r.name for r in rates.sections] == ["7 A", "7 B"]
    assert rates.sections[1].rate is None  # 7 B has nobody marked
    with school.db.write() as s:
        s.execute(select(School)).scalar_one().chronic_absence_percent = 80
    with school.db.session() as s:
        assert attendance_rates(s, school.principal, until=dt.date(2026, 3, 31)).chronic == ()
        teacher_view = attendance_rates(s, school.teacher, until=dt.date(2026, 3, 31))
    assert [r.name for r in teacher_view.sections] == ["7 A"]


def test_a_students_history(school, march):
    with school.db.session() as s:
        history = student_history(s, school.students[1].id)
    assert len(history.entries) == 21
    assert history.entries[0].day == march[-1]  # newest first
    assert history.totals == {"present": 17, "absent": 3, "late": 1}
    assert history.rate == pytest.approx(100 * 18 / 21)
    assert history.entries[-1].section == "7 A" and history.entries[-1].marked_by == "Principal"


def test_the_register_pdf_is_valid_and_renders(school, march, tmp_path):
    with school.db.session() as s:
        reg = monthly_register(s, school.section.id, 2026, 3)
    pdf = tmp_path / "register.pdf"
    pdf.write_bytes(register_pdf(reg, printed_on="2026-04-01"))
    subprocess.run(["qpdf", "--check", str(pdf)], check=True, capture_output=True)
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-singlefile", str(pdf), str(tmp_path / "register")], check=True)
    png = tmp_path / "register.png"
    assert png.stat().st_size > 10_000
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Attendance register · 7 A · March 2026" in text
    assert "Omar Haddad" in text and "85.7" in text and "Lucía Fernández" in text
