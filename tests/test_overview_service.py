"""The Today figures against a school small enough to count by hand."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event

from app.services import fees
from app.services.context import Actor
from app.services.clock import school_today
from app.services.overview import school_overview
from app.services.students import list_students, student_details
from app.storage.db import open_school
from app.storage.models import (
    AcademicYear,
    AttendanceCode,
    AttendanceMark,
    DeviceIdentity,
    Enrollment,
    Invoice,
    InvoiceLine,
    Payment,
    PaymentCancellation,
    School,
    Section,
    Student,
)

DAY = dt.date(2025, 3, 12)
OTHER_DAY = dt.date(2025, 3, 11)
NOON = dt.datetime(2025, 3, 12, 12, 0)


@pytest.fixture
def counted_school(tmp_path):
    """Three live sections, one removed, one of last year; students and marks as written below."""
    db = open_school(tmp_path / "count.daftar", tmp_path / "backups", create=True)
    ids: dict[str, str] = {}
    with db.write() as s:
        school = School(code="CNT", name="Counting School", currency="KES", currency_digits=2,
                        time_zone="Africa/Nairobi", version=1)
        s.add(school)
        s.flush()
        sid = school.id
        ids["school"] = sid
        year = AcademicYear(school_id=sid, name="2025", starts_on=dt.date(2025, 1, 6),
                            ends_on=dt.date(2025, 11, 28), current=True, version=1)
        last_year = AcademicYear(school_id=sid, name="2024", starts_on=dt.date(2024, 1, 8),
                                 ends_on=dt.date(2024, 11, 29), version=1)
        s.add_all([year, last_year])
        s.flush()
        sections = {
            "1A": Section(school_id=sid, academic_year_id=year.id, name="1 A", grade_level=1, version=1),
            "1B": Section(school_id=sid, academic_year_id=year.id, name="1 B", grade_level=1, version=1),
            "2A": Section(school_id=sid, academic_year_id=year.id, name="2 A", grade_level=2, version=1),
            "gone": Section(school_id=sid, academic_year_id=year.id, name="9 Z", grade_level=9,
                            deleted=True, version=1),
            "old": Section(school_id=sid, academic_year_id=last_year.id, name="1 A", grade_level=1, version=1),
        }
        s.add_all(sections.values())
        for order, (code, kind) in enumerate(
            [("P", "present"), ("A", "absent"), ("L", "late"), ("E", "excused"), ("H", "half_day")]
        ):
            s.add(AttendanceCode(school_id=sid, code=code, label=code, kind=kind, sort_order=order, version=1))
        s.flush()

        def student(key: str, section: str | None, *, starts=dt.date(2025, 1, 6), ends=None, deleted=False,
                    status="active", phone=""):
            st = Student(school_id=sid, admission_no=f"ADM-{len(ids):03d}", given_name=key, family_name="",
                         full_name=f"{key} Test", guardian_name=f"Parent of {key}", guardian_phone=phone,
                         status=status, deleted=deleted, version=1)
            s.add(st)
            s.flush()
            ids[key] = st.id
            if section is not None:
                s.add(Enrollment(school_id=sid, student_id=st.id, section_id=sections[section].id, roll_no=len(ids),
                                 starts_on=starts, ends_on=ends, version=1))
            return st

        # Enrolled on DAY: a1 a2 a3 (1 A), b1 b2 b3 (1 B), c1 c2 (2 A), z1 (in the removed section: no).
        for key in ("a1", "a2", "a3"):
            student(key, "1A", phone="0722 111 222" if key == "a1" else "")
        for key in ("b1", "b2", "b3"):
            student(key, "1B")
        for key in ("c1", "c2"):
            student(key, "2A")
        student("left", "1A", ends=dt.date(2025, 3, 1), status="left")  # ended before DAY
        student("later", "1B", starts=dt.date(2025, 3, 13))  # starts after DAY
        student("removed", "1A", deleted=True)  # tombstoned student
        student("z1", "gone")  # enrolled only in a removed section
        student("old1", "old", starts=dt.date(2024, 1, 8), ends=dt.date(2024, 11, 29), status="graduated")
        student("nowhere", None)

        def mark(key: str, section: str, code: str, period: int = 0, day: dt.date = DAY, deleted: bool = False):
            s.add(AttendanceMark(school_id=sid, student_id=ids[key], section_id=sections[section].id, date=day,
                                 period=period, code=code, marked_at=NOON, deleted=deleted, version=1))

        # 1 A taken: a1 present, a2 late, a3 absent.
        mark("a1", "1A", "P")
        mark("a2", "1A", "L")
        mark("a3", "1A", "A")
        # 1 B not taken on DAY (only the day before, and a tombstoned mark on DAY).
        mark("b1", "1B", "A", day=OTHER_DAY)
        mark("b2", "1B", "P", deleted=True)
        # 2 A taken: c1 excused (daily), c2 by period: P A A A -> a quarter -> half day.
        mark("c1", "2A", "E")
        for period, code in enumerate(["P", "A", "A", "A"], start=1):
            mark("c2", "2A", code, period=period)
        # The removed student's mark does not count.
        mark("removed", "1A", "P")

        def pay(key: str, amount: int, receipt: str, day: dt.date = DAY, cancelled: bool = False):
            p = Payment(school_id=sid, student_id=ids[key], amount_minor=amount, currency="KES", mode="cash",
                        receipt_no=receipt, received_on=day, received_at=NOON, version=1)
            s.add(p)
            s.flush()
            if cancelled:
                s.add(PaymentCancellation(school_id=sid, payment_id=p.id, reason="typo", cancelled_at=NOON,
                                          version=1))

        pay("a1", 1_500_00, "R-1")
        pay("b1", 2_250_50, "R-2")
        pay("c1", 700_00, "R-3", cancelled=True)
        pay("c2", 999_00, "R-4", day=OTHER_DAY)

        inv = Invoice(school_id=sid, student_id=ids["a1"], number="INV-1", issued_on=dt.date(2025, 1, 6),
                      due_on=dt.date(2025, 2, 1), version=1)
        s.add(inv)
        s.flush()
        s.add(InvoiceLine(school_id=sid, invoice_id=inv.id, description="Tuition", amount_minor=4_000_00,
                          version=1))
        s.add(DeviceIdentity(device_id="dev-1", device_code="D1", school_code="CNT"))
    yield db, ids
    db.close()


def test_overview_counts_match_a_hand_count(counted_school):
    db, _ = counted_school
    with db.session() as s:
        o = school_overview(s, DAY)
    assert o.school_name == "Counting School"
    assert o.currency == "KES"
    assert o.students_enrolled == 8  # a1-3, b1-3, c1-2
    assert [sec.name for sec in o.sections] == ["1 A", "1 B", "2 A"]
    assert o.sections_total == 3
    assert [sec.name for sec in o.sections_taken] == ["1 A", "2 A"]
    assert [sec.name for sec in o.sections_not_taken] == ["1 B"]
    assert {sec.name: (sec.enrolled, sec.marked) for sec in o.sections} == {
        "1 A": (3, 3), "1 B": (3, 0), "2 A": (2, 2)
    }
    assert (o.present, o.late, o.absent, o.excused, o.half_day) == (2, 1, 1, 1, 1)
    assert o.marked == 5
    assert o.payments_count == 2
    assert o.payments_total_minor == 1_500_00 + 2_250_50
    assert o.cancelled_count == 1
    assert o.pending_changes == 0


def test_overview_counts_the_outbox_and_a_new_payment(counted_school):
    db, ids = counted_school
    office = Actor(user_id=None, role="office", device_id="dev-1", school_id=ids["school"])
    with db.write() as s:
        fees.record_payment(s, office, ids["b2"], 300_00, "cash", received_on=DAY)
    with db.session() as s:
        o = school_overview(s, DAY)
    assert o.payments_count == 3
    assert o.payments_total_minor == 1_500_00 + 2_250_50 + 300_00
    assert o.pending_changes == 1  # the payment; no invoice to allocate it to


def test_a_day_outside_every_year_uses_the_current_year_and_counts_nothing_marked(counted_school):
    db, _ = counted_school
    with db.session() as s:
        o = school_overview(s, dt.date(2025, 12, 25))
    assert o.sections_total == 3
    assert o.sections_taken == ()
    assert o.marked == 0
    assert o.payments_count == 0
    assert o.students_enrolled == 9  # 'later' has started by then; 'left' has not come back


def test_school_today_follows_the_school_time_zone(counted_school):
    db, _ = counted_school
    with db.session() as s:
        today = school_today(s)
    nairobi = dt.datetime.now(dt.UTC) + dt.timedelta(hours=3)
    assert today in (nairobi.date(), (nairobi - dt.timedelta(minutes=1)).date())


def test_list_students_reads_the_current_section_in_one_query(counted_school):
    db, ids = counted_school
    with db.session() as s:
        statements: list[str] = []
        listener = lambda *a: statements.append(a[2])  # noqa: E731
        event.listen(db.engine, "before_cursor_execute", listener)
        try:
            rows = list_students(s)
        finally:
            event.remove(db.engine, "before_cursor_execute", listener)
    assert len([q for q in statements if q.lstrip().upper().startswith("SELECT")]) == 1
    by_id = {r.id: r for r in rows}
    assert ids["removed"] not in by_id
    assert len(rows) == 13
    assert by_id[ids["a1"]].section_name == "1 A"
    assert by_id[ids["a1"]].guardian_phone == "0722 111 222"
    assert by_id[ids["left"]].section_name == "1 A" and by_id[ids["left"]].status == "left"
    assert by_id[ids["old1"]].section_name == "1 A" and by_id[ids["old1"]].grade_level == 1
    assert by_id[ids["nowhere"]].section_name == "" and by_id[ids["nowhere"]].section_id is None
    assert [r.admission_no for r in rows] == sorted(r.admission_no for r in rows)


def test_student_details_has_enrollments_and_balance(counted_school):
    db, ids = counted_school
    with db.session() as s:
        d = student_details(s, ids["a1"])
    assert d.full_name == "a1 Test"
    assert [(e.section_name, e.academic_year) for e in d.enrollments] == [("1 A", "2025")]
    assert d.balance.invoiced == 4_000_00
    assert d.balance.paid == 1_500_00
    assert d.balance.due == 2_500_00
    assert d.currency == "KES"
