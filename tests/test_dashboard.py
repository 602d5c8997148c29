"""Every dashboard figure against a school small enough to count by hand.

The school (set up as a sync would leave it: roster, invoices) gets its
attendance, payments, assessments and marks through the services, as people
would enter them. The expected numbers are worked out in the comments.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.services import fees, grades
from app.services.assessments import AssessmentInput, create_assessment
from app.services.attendance import MarkEntry, take_roll_call
from app.services.context import Actor
from app.services.dashboard import (
    attendance_trends,
    current_term,
    daily_rates,
    fee_figures,
    freshness,
    payments_between,
    previous_term,
    result_figures,
    school_dashboard,
    today_figures,
)
from app.services.grades import MarkValue
from app.storage.db import open_school
from app.storage.models import (
    AcademicYear,
    AttendanceCode,
    Concession,
    DeviceIdentity,
    Enrollment,
    GradeScale,
    Invoice,
    InvoiceLine,
    School,
    Section,
    Student,
    Subject,
    TeachingAssignment,
    Term,
    User,
)

DAY = dt.date(2025, 3, 12)  # a Wednesday in Term 2
MON, TUE = dt.date(2025, 3, 10), dt.date(2025, 3, 11)


@pytest.fixture
def counted(tmp_path):
    """Three sections, seven students; marks, payments and results entered through the services."""
    db = open_school(tmp_path / "dash.daftar", tmp_path / "backups", create=True)
    ids: dict[str, str] = {}
    with db.write() as s:
        school = School(code="DSH", name="Dashboard School", currency="PKR", currency_digits=2, version=1,
                        chronic_absence_percent=90, weekend_days=[5, 6])
        s.add(school)
        s.flush()
        sid = school.id
        ids["school"] = sid
        year = AcademicYear(school_id=sid, name="2024-25", starts_on=dt.date(2024, 9, 2),
                            ends_on=dt.date(2025, 6, 30), current=True, version=1)
        s.add(year)
        s.flush()
        t1 = Term(school_id=sid, academic_year_id=year.id, name="Term 1", starts_on=dt.date(2024, 9, 2),
                  ends_on=dt.date(2024, 12, 20), version=1)
        t2 = Term(school_id=sid, academic_year_id=year.id, name="Term 2", starts_on=dt.date(2025, 1, 6),
                  ends_on=dt.date(2025, 3, 28), version=1)
        principal = User(school_id=sid, username="head", full_name="Head Teacher", role="principal", version=1)
        tariq = User(school_id=sid, username="tariq", full_name="Tariq", role="teacher", version=1)
        s.add_all([t1, t2, principal, tariq])
        s.flush()
        ids.update(t1=t1.id, t2=t2.id, principal=principal.id, tariq=tariq.id)
        sections = {key: Section(school_id=sid, academic_year_id=year.id, name=name, grade_level=grade, version=1)
                    for key, name, grade in (("1A", "1 A", 1), ("1B", "1 B", 1), ("2A", "2 A", 2))}
        s.add_all(sections.values())
        maths = Subject(school_id=sid, code="MATH", name="Mathematics", version=1)
        english = Subject(school_id=sid, code="ENG", name="English", version=1)
        s.add_all([maths, english])
        s.flush()
        ids.update({f"sec{k}": v.id for k, v in sections.items()}, maths=maths.id, english=english.id)
        s.add(TeachingAssignment(school_id=sid, section_id=sections["1A"].id, subject_id=maths.id,
                                 teacher_id=tariq.id, version=1))
        for order, (code, label, kind) in enumerate([("P", "Present", "present"), ("A", "Absent", "absent"),
                                                     ("L", "Late", "late"), ("H", "Half day", "half_day"),
                                                     ("E", "Excused", "excused")]):
            s.add(AttendanceCode(school_id=sid, code=code, label=label, kind=kind, sort_order=order, version=1))
        s.add(GradeScale(school_id=sid, name="Simple", is_default=True, version=1, bands=[
            {"min_percent": 80, "grade": "A"}, {"min_percent": 60, "grade": "B"},
            {"min_percent": 40, "grade": "C"}, {"min_percent": 0, "grade": "F", "passing": False}]))
        roster = (("Asha", "1A"), ("Bilal", "1A"), ("Chen", "1A"), ("Dina", "1B"), ("Emeka", "1B"),
                  ("Farah", "2A"), ("Gita", "2A"))
        for n, (name, section) in enumerate(roster, start=1):
            st = Student(school_id=sid, admission_no=f"S{n:02d}", given_name=name, full_name=name,
                         guardian_name=f"Parent of {name}", guardian_phone=f"+92 300 000 00{n:02d}",
                         guardian_email=f"{name.lower()}@example.org", version=1)
            s.add(st)
            s.flush()
            ids[name] = st.id
            s.add(Enrollment(school_id=sid, student_id=st.id, section_id=sections[section].id, roll_no=n,
                             starts_on=dt.date(2024, 9, 2), version=1))
            # Term 2's fee, due on 15 January: 1,000.00 each.
            inv = Invoice(school_id=sid, student_id=st.id, term_id=t2.id, number=f"INV-{n}",
                          issued_on=dt.date(2025, 1, 6), due_on=dt.date(2025, 1, 15), version=1)
            s.add(inv)
            s.flush()
            ids[f"inv{name}"] = inv.id
            s.add(InvoiceLine(school_id=sid, invoice_id=inv.id, description="Tuition", amount_minor=1_000_00,
                              version=1))
        # Bilal also owes a 200.00 trip, due on DAY; Emeka has 250.00 off his term fee.
        trip = Invoice(school_id=sid, student_id=ids["Bilal"], term_id=t2.id, number="INV-TRIP",
                       issued_on=dt.date(2025, 3, 1), due_on=DAY, version=1)
        s.add(trip)
        s.flush()
        s.add(InvoiceLine(school_id=sid, invoice_id=trip.id, description="Trip", amount_minor=200_00, version=1))
        s.add(Concession(school_id=sid, student_id=ids["Emeka"], invoice_id=ids["invEmeka"], kind="fixed",
                         value=250_00, amount_minor=250_00, reason="Sibling", granted_on=dt.date(2025, 1, 6),
                         version=1))
        s.add(DeviceIdentity(device_id="dev-1", device_code="D1", school_code="DSH"))

    head = Actor(ids["principal"], "principal", "dev-1", ids["school"])
    with db.write() as s:
        def roll(section: str, day: dt.date, codes: dict[str, str]) -> None:
            take_roll_call(s, head, ids[f"sec{section}"], day, {ids[n]: MarkEntry(c) for n, c in codes.items()})

        roll("1A", MON, {"Asha": "P", "Bilal": "A", "Chen": "P"})
        roll("1B", MON, {"Dina": "P", "Emeka": "P"})
        roll("2A", MON, {"Farah": "P", "Gita": "P"})
        roll("1A", TUE, {"Asha": "P", "Bilal": "P", "Chen": "P"})
        roll("1B", TUE, {"Dina": "A", "Emeka": "P"})
        roll("2A", TUE, {"Farah": "P", "Gita": "A"})
        roll("1A", DAY, {"Asha": "P", "Bilal": "A", "Chen": "L"})
        roll("1B", DAY, {"Dina": "H", "Emeka": "P"})
        # 2 A's roll call is not taken on DAY.

        fees.record_payment(s, head, ids["Asha"], 1_000_00, "cash", received_on=dt.date(2025, 1, 10))
        fees.record_payment(s, head, ids["Chen"], 600_00, "bank_transfer", reference="TR-1",
                            received_on=dt.date(2025, 3, 3))
        fees.record_payment(s, head, ids["Dina"], 400_00, "cash", received_on=DAY)
        wrong = fees.record_payment(s, head, ids["Farah"], 1_000_00, "cheque", reference="CH-9", received_on=DAY)
        fees.cancel_payment(s, head, wrong.id, "The cheque bounced")

        def assessment(section: str, subject: str, term: str, name: str):
            return create_assessment(s, head, ids[f"sec{section}"], ids[subject], ids[term],
                                     AssessmentInput(name, "test", 50_00))

        def marks(a, values: dict[str, MarkValue]) -> None:  # noqa: ANN001
            grades.record_marks(s, head, a.id, {ids[n]: v for n, v in values.items()})

        def score(x: int) -> MarkValue:
            return MarkValue("scored", x * 100)

        # Term 1 (published afterwards): 1 A all 40/50 (80%); 1 B 30/50 and 20/50 (60%, 40%).
        marks(assessment("1A", "maths", "t1", "T1 maths"), {"Asha": score(40), "Bilal": score(40), "Chen": score(40)})
        marks(assessment("1B", "maths", "t1", "T1 maths"), {"Dina": score(30), "Emeka": score(20)})
        grades.publish_term(s, head, ids["t1"])
        # Term 2: 1 A maths Asha 45 (90%), Bilal 30 (60%), Chen not entered yet;
        #         1 A English Asha 40 (80%), Bilal absent (0%), Chen 35 (70%);
        #         1 B maths Dina 25 (50%), Emeka exempt.
        marks(assessment("1A", "maths", "t2", "M1"), {"Asha": score(45), "Bilal": score(30)})
        marks(assessment("1A", "english", "t2", "E1"),
              {"Asha": score(40), "Bilal": MarkValue("absent"), "Chen": score(35)})
        marks(assessment("1B", "maths", "t2", "M1"), {"Dina": score(25), "Emeka": MarkValue("exempt")})
    yield db, ids
    db.close()


def test_today_rates_lists_and_sections_not_registered(counted):
    db, ids = counted
    with db.session() as s:
        t = today_figures(s, DAY)
    # Day values: Asha 1, Bilal 0, Chen 1 (late is present), Dina ½, Emeka 1 → 3.5 of 5 = 70 %.
    assert (t.enrolled, t.marked) == (7, 5)
    assert t.rate == pytest.approx(70.0)
    by_name = {x.name: x for x in t.sections}
    assert by_name["1 A"].rate == pytest.approx(200 / 3)  # 2 of 3
    assert (by_name["1 A"].present, by_name["1 A"].absent, by_name["1 A"].late) == (2, 1, 1)
    assert by_name["1 B"].rate == pytest.approx(75.0)  # 1.5 of 2
    assert by_name["1 B"].half_day == 1
    assert by_name["2 A"].rate is None and not by_name["2 A"].taken
    assert [x.name for x in t.not_registered] == ["2 A"]
    assert t.by_grade == {1: pytest.approx(70.0), 2: None}
    # Who is absent, with the guardian to call; who came late.
    assert [(a.name, a.section_name, a.code, a.guardian_phone) for a in t.absent] == [
        ("Bilal", "1 A", "A", "+92 300 000 0002")]
    assert [(a.name, a.label) for a in t.late] == [("Chen", "Late")]


def test_a_day_that_became_a_holiday_misses_no_section_and_keeps_its_roll_calls(counted):
    from app.storage.models import CalendarDay

    db, ids = counted
    with db.session() as s:
        before = today_figures(s, DAY)
        school_id = s.query(School).one().id
    assert before.no_roll_call is None and before.registered == 2
    with db.write() as s:
        s.add(CalendarDay(school_id=school_id, date=DAY, kind="closed", name="Flood", version=1))
    with db.session() as s:
        t = today_figures(s, DAY)  # read again: the calendar is among what the figures depend on
    assert "a day the school is closed (Flood)" in str(t.no_roll_call)
    assert t.not_registered == () and t.registered == 2 and t.rate == pytest.approx(70.0)
    with db.session() as s:
        weekend = today_figures(s, dt.date(2025, 3, 15))  # a Saturday
    assert "weekend day" in str(weekend.no_roll_call) and weekend.not_registered == ()


def test_trends_over_the_last_school_days_and_chronic_absentees(counted):
    db, ids = counted
    with db.session() as s:
        tr = attendance_trends(s, DAY)
    assert len(tr.days) == 30 and tr.days[-3:] == (MON, TUE, DAY)
    assert all(d.weekday() < 5 for d in tr.days)
    # School: Monday 6 of 7, Tuesday 5 of 7, DAY 3.5 of 5; no marks before (left out, not 0 %).
    assert tr.school[-3:] == (pytest.approx(600 / 7), pytest.approx(500 / 7), pytest.approx(70.0))
    assert set(tr.school[:-3]) == {None}
    # Grade 1: Monday 4 of 5, Tuesday 4 of 5, DAY 3.5 of 5; grade 2: 2 of 2, 1 of 2, not taken.
    assert tr.by_grade[1][-3:] == (pytest.approx(80.0), pytest.approx(80.0), pytest.approx(70.0))
    assert tr.by_grade[2][-3:] == (pytest.approx(100.0), pytest.approx(50.0), None)
    # Over the three days: Bilal 1 of 3 (33 %), Dina 1.5 of 3 and Gita 1 of 2 (50 %) are below 90 %.
    assert tr.threshold == 90
    assert [(c.name, round(c.rate, 1), c.days_counted) for c in tr.chronic] == [
        ("Bilal", 33.3, 3), ("Dina", 50.0, 3), ("Gita", 50.0, 2)]
    assert tr.chronic[0].trend[-3:] == (0.0, 1.0, 0.0) and tr.chronic[0].trend[0] is None
    assert tr.chronic[1].trend[-3:] == (1.0, 0.0, 0.5)
    # The day's drill-down: each section's rate on Tuesday.
    assert [(name, counted, round(rate)) for _sid, name, _g, counted, rate in tr.section_days[TUE]] == [
        ("1 A", 3, 100), ("1 B", 2, 50), ("2 A", 2, 50)]


def test_daily_rates_roll_up_periods_like_the_registers(counted):
    """A student marked by period only counts once for the day, by day_status."""
    from app.storage.models import AttendanceMark

    db, ids = counted
    with db.write() as s:
        # Gita on DAY by periods: P A A A → a quarter present → ½.
        for period, code in enumerate("PAAA", start=1):
            s.add(AttendanceMark(school_id=ids["school"], student_id=ids["Gita"], section_id=ids["sec2A"], date=DAY,
                                 period=period, code=code, marked_at=dt.datetime(2025, 3, 12, 8), version=1))
    with db.session() as s:
        rates = daily_rates(s, [DAY])
        t = today_figures(s, DAY)
    assert rates[(DAY, ids["sec2A"])] == (1, 0.5)
    assert rates[(DAY, ids["sec1A"])] == (3, 2.0)
    assert t.rate == pytest.approx(400 / 6)  # 3.5 + ½ of 6


def test_fees_collected_against_due_outstanding_and_defaulters(counted):
    db, ids = counted
    with db.session() as s:
        f = fee_figures(s, DAY)
    c = {x.label: x for x in f.collections}
    # Today: Dina's 400.00 (Farah's cheque was cancelled); due today: Bilal's 200.00 trip.
    assert (c["today"].collected_minor, c["today"].payments, c["today"].due_minor) == (400_00, 1, 200_00)
    # March: Chen 600.00 + Dina 400.00; due in March: the trip.
    assert (c["month"].collected_minor, c["month"].payments, c["month"].due_minor) == (1_000_00, 2, 200_00)
    # Term 2: 1,000 + 600 + 400; billed 7 × 1,000 + 200 − 250 concession = 6,950.00.
    assert (c["term"].collected_minor, c["term"].payments, c["term"].due_minor) == (2_000_00, 3, 6_950_00)
    assert f.by_mode == {"cash": 1_400_00, "bank_transfer": 600_00}
    # Owing: Bilal 1,200 (200 not yet overdue), Chen 400, Dina 600, Emeka 750, Farah 1,000, Gita 1,000.
    assert f.outstanding_minor == 4_950_00 and f.overdue_minor == 4_750_00
    assert [(x.section_name, x.students, x.outstanding_minor, x.overdue_minor) for x in f.by_section] == [
        ("1 A", 2, 1_600_00, 1_400_00), ("1 B", 2, 1_350_00, 1_350_00), ("2 A", 2, 2_000_00, 2_000_00)]
    assert [(d.full_name, d.outstanding_minor) for d in f.top_defaulters] == [
        ("Bilal", 1_200_00), ("Farah", 1_000_00), ("Gita", 1_000_00), ("Emeka", 750_00), ("Dina", 600_00),
        ("Chen", 400_00)]
    # The list behind "today": the cancelled cheque is listed, marked, and not counted.
    with db.session() as s:
        lines = payments_between(s, DAY, DAY)
    assert sorted((p.student_name, p.amount_minor, p.cancelled) for p in lines) == [
        ("Dina", 400_00, False), ("Farah", 1_000_00, True)]


def test_results_owed_marks_distribution_and_falling_sections(counted):
    db, ids = counted
    with db.session() as s:
        term = current_term(s, DAY)
        assert term.name == "Term 2" and previous_term(s, term).name == "Term 1"
        r = result_figures(s, term)
    # Marks owed: 1 A maths 1 assessment × 3 students, Chen's missing; 1 A English 3 of 3; 1 B maths 2 of 2
    # (an exempt student counts as entered).
    assert [(o.section_name, o.subject_name, o.expected, o.entered, o.owed, o.teachers) for o in r.owed] == [
        ("1 A", "Mathematics", 3, 2, 1, "Tariq"), ("1 A", "English", 3, 3, 0, ""), ("1 B", "Mathematics", 2, 2, 0, "")]
    assert r.owed[0].missing == (("Chen", 1),)
    assert (r.expected, r.entered) == (8, 7)
    # Grades: maths Asha 90 A, Bilal 60 B, Dina 50 C; English Asha 80 A, Bilal 0 F, Chen 70 B.
    assert r.grades == ("A", "B", "C", "F")
    assert r.distribution == {"English": {"A": 1, "B": 1, "C": 0, "F": 1},
                              "Mathematics": {"A": 1, "B": 1, "C": 1, "F": 0}}
    assert r.distribution_students[("Mathematics", "B")] == (("Bilal", "1 A", 60.0),)
    # Averages: 1 A (85 + 30 + 70) / 3 against 80 in Term 1 → fell; 1 B 50 against 50 → did not.
    sections = {x.section_name: x for x in r.sections}
    assert sections["1 A"].average == pytest.approx(185 / 3) and sections["1 A"].previous == pytest.approx(80.0)
    assert sections["1 B"].average == pytest.approx(50.0) and sections["1 B"].change == pytest.approx(0.0)
    assert sections["2 A"].average is None
    assert [x.section_name for x in r.fallen] == ["1 A"]
    assert r.fallen[0].change == pytest.approx(185 / 3 - 80)


def test_figures_are_kept_until_what_they_read_changes(counted):
    """A part is read again only when a pull (new versions) or a local write (the outbox) touched its tables."""
    from sqlalchemy import select

    from app.storage.models import Assessment, Mark

    db, ids = counted
    from app.services import dashboard

    dashboard.forget()
    with db.session() as s:
        first = result_figures(s, current_term(s, DAY))
        assert first.sections[0].previous == pytest.approx(80.0)
        assert result_figures(s, current_term(s, DAY)) is first  # nothing changed: kept
        fees_before = fee_figures(s, DAY)
        today_before = today_figures(s, DAY)
    with db.write() as s:  # a local payment: the fees are read again, the results are not
        fees.record_payment(s, Actor(ids["principal"], "principal", "dev-1", ids["school"]), ids["Gita"],
                            100_00, "cash", received_on=DAY)
    with db.session() as s:
        assert fee_figures(s, DAY).collections[0].collected_minor == fees_before.collections[0].collected_minor + 100_00
        assert result_figures(s, current_term(s, DAY)) is first
        assert today_figures(s, DAY) is today_before
    with db.write() as s:  # 2 A's roll call: today's figures move, the fees and results are kept
        take_roll_call(s, Actor(ids["principal"], "principal", "dev-1", ids["school"]), ids["sec2A"], DAY,
                       {ids["Farah"]: MarkEntry("P"), ids["Gita"]: MarkEntry("A")})
    with db.session() as s:
        fees_kept = fee_figures(s, DAY)
        assert today_figures(s, DAY).not_registered == ()
        assert fee_figures(s, DAY) is fees_kept and result_figures(s, current_term(s, DAY)) is first
    with db.write() as s:  # a late mark of Term 1 arrives from another device's sync
        t1_maths = s.execute(select(Assessment).where(Assessment.term_id == ids["t1"],
                                                      Assessment.section_id == ids["sec1A"])).scalars().one()
        chen = s.execute(select(Mark).where(Mark.assessment_id == t1_maths.id,
                                            Mark.student_id == ids["Chen"])).scalars().one()
        # As the sync engine writes a pulled row: the server's version with it. 20 %: 1 A's Term 1 average
        # becomes (80 + 80 + 20) / 3 = 60.
        s.execute(Mark.__table__.update().where(Mark.id == chen.id).values(score_centi=10_00, version=4242))
    with db.session() as s:
        assert result_figures(s, current_term(s, DAY)).sections[0].previous == pytest.approx(60.0)


def test_the_whole_dashboard_and_its_freshness(counted):
    db, ids = counted
    progress = []
    with db.session() as s:
        d = school_dashboard(s, DAY, report=lambda *values: progress.append(values))
        devices = freshness(s)
    assert progress == [(1, 5, "today"), (2, 5, "trends"), (3, 5, "fees"), (4, 5, "results"), (5, 5, "freshness")]
    assert d.school_name == "Dashboard School" and d.currency == "PKR" and d.day == DAY
    assert d.today.rate == pytest.approx(70.0)
    assert d.fees.outstanding_minor == 4_950_00
    assert d.results is not None and d.results.term_name == "Term 2"
    assert set(d.timings_ms) == {"today", "trends", "fees", "results", "freshness"}
    # This device: never synced, and every change above is still waiting in its outbox.
    assert devices is not None and devices[0].this_device
    assert devices[0].last_sync_at is None and devices[0].pending and devices[0].pending > 20
    assert d.devices == devices


def test_a_school_with_no_term_and_no_marks_gives_empty_figures(tmp_path):
    db = open_school(tmp_path / "empty.daftar", tmp_path / "backups", create=True)
    with db.write() as s:
        s.add(School(code="E", name="Empty", currency="USD", version=1))
    with db.session() as s:
        d = school_dashboard(s, DAY)
    db.close()
    assert d.today.rate is None and d.today.sections == () and d.today.absent == ()
    assert d.trends.chronic == () and d.trends.school == tuple(None for _ in d.trends.days)
    assert d.fees.outstanding_minor == 0 and d.fees.collections[0].collected_minor == 0
    assert d.results is None


def test_today_counts_sections_enrolment_and_marks_as_the_today_screen(counted):
    """The dashboard counts its sections, enrolment and students marked itself (not through the Today
    screen's whole overview): the same figures, here with a student withdrawn and one deleted."""
    from sqlalchemy import update

    from app.services.overview import school_overview

    db, ids = counted
    with db.write() as s:  # Emeka left 1 B yesterday; Gita's record is deleted (her mark and enrolment stay)
        s.execute(update(Enrollment).where(Enrollment.student_id == ids["Emeka"]).values(
            ends_on=DAY - dt.timedelta(days=1)))
        s.execute(update(Student).where(Student.id == ids["Gita"]).values(deleted=True))
    from app.services import dashboard

    dashboard.forget()
    with db.session() as s:
        t = today_figures(s, DAY)
        o = school_overview(s, DAY)
    assert t.enrolled == o.students_enrolled == 5
    assert [(x.section_id, x.name, x.grade_level, x.enrolled, x.marked) for x in t.sections] == [
        (x.section_id, x.name, x.grade_level, x.enrolled, x.marked) for x in o.sections]
    assert {x.name: (x.enrolled, x.marked) for x in t.sections} == {"1 A": (3, 3), "1 B": (1, 2), "2 A": (1, 0)}


def test_the_previous_terms_averages_are_read_from_the_kept_summaries(counted):
    """Once :func:`settle` has kept both terms' results, the previous term's averages are taken out of the
    kept summaries by SQLite (their mean, not the rest decoded): the same figures, exactly. A summary
    kept before the mean was (an older Daftar's) is taken as not kept, and counted and kept again."""
    import sqlite3

    from app.services import dashboard
    from app.storage import aggregates

    db, ids = counted
    dashboard.forget()
    with db.session() as s:
        counted_now = result_figures(s, current_term(s, DAY))
    dashboard.settle(db, DAY)
    with db.session() as s:
        t1 = previous_term(s, current_term(s, DAY))
        means = aggregates.term_means(s, t1.id)
        assert means[ids["sec1A"]] == ("1 A", repr(80.0)) and means[ids["sec2A"]] == ("2 A", "")
    dashboard.forget()
    with db.session() as s:
        kept = result_figures(s, current_term(s, DAY))
    assert kept == counted_now
    assert {x.section_name: x.previous for x in kept.sections} == {"1 A": 80.0, "1 B": 50.0, "2 A": None}
    # An older Daftar's summaries (no mean): not kept, so counted from the marks, then kept anew by settle.
    conn = sqlite3.connect(db.path)
    conn.execute("UPDATE agg_term_results SET summary = json_remove(summary, '$.mean')")
    conn.commit()
    conn.close()
    dashboard.forget()
    with db.session() as s:
        assert aggregates.term_means(s, t1.id) == {}
        assert result_figures(s, current_term(s, DAY)) == counted_now
    dashboard.settle(db, DAY)
    with db.session() as s:
        assert aggregates.term_means(s, t1.id)[ids["sec1A"]] == ("1 A", repr(80.0))


def test_the_collector_is_paused_while_the_dashboard_is_read_and_resumes(counted):
    """A cold reading makes many small objects and no garbage cycles: the collector waits for its end
    (as during a sync), and runs again after it (app/collector.py: the UI thread's timer skips while a
    reading runs; Python's own collection is off meanwhile)."""
    import gc

    from app import collector
    from app.services import dashboard

    db, _ids = counted
    dashboard.forget()
    assert not collector.collection_paused()
    during = []
    with db.session() as s:
        school_dashboard(s, DAY, report=lambda *_values: during.append(
            (collector.collection_paused(), gc.isenabled())))
    assert during == [(True, False)] * 5
    assert not collector.collection_paused()
