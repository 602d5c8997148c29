"""Report cards: real PDFs, checked by qpdf and rendered to PNG to look at."""

from __future__ import annotations

import dataclasses
import subprocess

import pytest
from sqlalchemy import select

from app.reports.report_card import report_card_pdf, report_cards_pdf
from app.services.grades import MarkValue, record_marks
from app.services.results import AttendanceSummary, ReportCardData, ReportSubjectLine, report_card_data
from app.storage.models import AttendanceCode

NAMES = {
    "urdu": "عائشہ خان",
    "arabic": "عمر الحداد",
    "hindi": "आयशा शर्मा",
}


def _card(**changes) -> ReportCardData:
    card = ReportCardData(
        school_name="Green Crescent International School", school_address="Street 23, Al Barsha 3, Dubai",
        school_phone="+971 4 345 6789", year_name="2025-26", term_name="Term 2", published=False,
        section_name="Grade 7 A", student_id="s1", student_name="Ayesha Khan", admission_no="2025-0032", roll_no=4,
        categories=("test", "homework", "exam"),
        subjects=(
            ReportSubjectLine("Mathematics", {"test": 77.5, "homework": 90.0, "exam": 72.0}, 77.3, "B", True, False),
            ReportSubjectLine("Science", {"test": 35.0, "homework": None, "exam": 30.0}, 31.9, "F", False, True),
        ),
        percent=54.6, grade="D", passing=True, position=12, class_size=38,
        attendance=AttendanceSummary(days=70, present=66, absent=4, late=3, excused=0),
        teacher_comment="Works steadily; must revise Science before the final exam.",
        principal_comment="", homeroom_teacher="Farah Siddiqui",
    )
    return dataclasses.replace(card, **changes)


def _check(path) -> None:
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def _text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout


def _png(path, tmp_path, name):
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-singlefile", str(path), str(tmp_path / name)], check=True)
    png = tmp_path / f"{name}.png"
    assert png.stat().st_size > 5_000
    return png


def test_one_card_has_header_subjects_attendance_and_remarks(tmp_path):
    path = tmp_path / "card.pdf"
    path.write_bytes(report_card_pdf(_card()))
    _check(path)
    text = _text(path)
    for expected in ("Green Crescent International School", "REPORT CARD", "Term 2", "PROVISIONAL",
                     "Ayesha Khan", "Mathematics", "77.3", "Science", "31.9*", "12 of 38", "School days: 70",
                     "Absent: 4", "Late: 3", "Class teacher's remarks", "must revise Science", "Principal's remarks",
                     "Parent or guardian"):
        assert expected in text, expected
    _png(path, tmp_path, "card")
    published = tmp_path / "published.pdf"
    published.write_bytes(report_card_pdf(_card(published=True, position=None)))
    text = _text(published)
    assert "PROVISIONAL" not in text and "of 38" not in text


@pytest.mark.parametrize("script", sorted(NAMES))
def test_names_and_comments_in_other_scripts_render(tmp_path, script):
    name = NAMES[script]
    path = tmp_path / f"{script}.pdf"
    path.write_bytes(report_card_pdf(_card(student_name=name, principal_comment=f"{name}: شاباش! बहुत अच्छा।")))
    _check(path)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    wanted = "Devanagari" if script == "hindi" else "Arabic"
    assert wanted in fonts  # drawn with the bundled Noto font of its script, not boxes
    assert "NotoSansDevanagari" in fonts  # the comment's Hindi
    _png(path, tmp_path, script)


def test_a_section_of_40_cards_in_one_pdf(school, tmp_path):
    """The small test school has 5 students: 8 copies of their cards make a 40-card batch.

    (How long a real section of 40 takes is the benchmark's ``report_cards`` figure.)
    """
    with school.db.write() as s:
        record_marks(s, school.teacher, school.assessment.id,
                     {st.id: MarkValue("scored", (20 + i) * 100) for i, st in enumerate(school.students)})
        assert s.execute(select(AttendanceCode)).first() is not None
    with school.db.session() as s:
        cards = report_card_data(s, school.term.id, school.section.id)
    cards = [dataclasses.replace(c, student_name=f"{c.student_name} {k}") for k in range(8) for c in cards]
    progress = []
    pdf = report_cards_pdf(cards, progress=lambda done, total: progress.append((done, total)))
    path = tmp_path / "section.pdf"
    path.write_bytes(pdf)
    _check(path)
    assert len(cards) == 40 and progress[-1] == (40, 40) and len(progress) == 40
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    assert "Pages:           40" in info
    first = cards[0]
    assert first.subjects[0].subject == "Mathematics" and first.percent == 40.0  # 20 of 50
    assert first.grade == "F" and first.position == 5


def test_the_cards_attendance_is_the_registers(school, school_day, tmp_path):
    """Marks taken with the real roll call, per period then daily: the card counts each day as the register does.

    Ayesha is absent 1 period of 6 on the first day (a whole day present by
    the written rule), present 2 periods of 6 on the second (half a day), and
    marked "half day" on the third; Omar comes late on the third.
    """
    import datetime as dt

    from app.services.attendance import MarkEntry, take_roll_call
    from app.services.registers import monthly_register
    from app.storage.models import School
    from tests.support.clock import latest_school_day

    d3 = school_day
    d2 = latest_school_day(d3 - dt.timedelta(days=1))
    d1 = latest_school_day(d2 - dt.timedelta(days=1))
    ayesha, omar = school.students[0].id, school.students[1].id
    with school.db.write() as s:
        s.add(AttendanceCode(school_id=school.school.id, code="H", label="Half day", kind="half_day",
                             office_only=False, sort_order=9, version=1))
        sch = s.execute(select(School)).scalar_one()
        sch.attendance_mode, sch.periods_per_day = "period", 6
    for day, absent_periods in ((d1, {3}), (d2, {3, 4, 5, 6})):
        for period in range(1, 7):
            roll = {st.id: MarkEntry("P") for st in school.students}
            if period in absent_periods:
                roll[ayesha] = MarkEntry("A")
            with school.db.write() as s:
                take_roll_call(s, school.principal, school.section.id, day, roll, period=period)
    with school.db.write() as s:
        s.execute(select(School)).scalar_one().attendance_mode = "daily"
    roll = {st.id: MarkEntry("P") for st in school.students} | {ayesha: MarkEntry("H"), omar: MarkEntry("L")}
    with school.db.write() as s:
        take_roll_call(s, school.principal, school.section.id, d3, roll)

    with school.db.session() as s:
        cards = {c.student_id: c for c in report_card_data(s, school.term.id, school.section.id)}
        months = sorted({(d.year, d.month) for d in (d1, d2, d3)})
        rows = [r for y, m in months for r in monthly_register(s, school.section.id, y, m).rows]
    for sid in (ayesha, omar):
        mine = [r for r in rows if r.student_id == sid]
        register = (sum(r.days_counted for r in mine), sum(r.present for r in mine), sum(r.absent for r in mine),
                    sum(r.late for r in mine))
        a = cards[sid].attendance
        assert (a.days, a.present, a.absent, a.late) == register
    a = cards[ayesha].attendance
    assert (a.days, a.present, a.absent, a.late) == (3, 2.0, 0, 0)
    assert (cards[omar].attendance.present, cards[omar].attendance.late) == (3.0, 1)

    path = tmp_path / "ayesha.pdf"
    path.write_bytes(report_card_pdf(cards[ayesha]))
    _check(path)
    text = _text(path)
    assert "School days: 3" in text and "Present: 2" in text and "Absent: 0" in text
    _png(path, tmp_path, "ayesha")
