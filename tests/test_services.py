"""The basic writes and reads the screens call, on a real school file."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.services import ServiceError
from app.services.attendance import MarkEntry, day_status, mark_attendance
from app.services.fees import cancel_payment, record_payment, student_balance
from app.services.grades import MarkValue, parse_mark, record_marks
from app.services.outbox import pending_count
from app.storage.models import AttendanceMark, Mark, OutboxEntry, Payment, PaymentAllocation
from app.sync.protocol import check_fields

TODAY = dt.date.today()


def _outbox(school):
    with school.db.session() as s:
        return s.execute(select(OutboxEntry).order_by(OutboxEntry.seq)).scalars().all()


def test_roll_call_saves_marks_and_outbox_together(school):
    roll = {st.id: MarkEntry("P") for st in school.students}
    roll[school.students[1].id] = MarkEntry("A", "fever")
    with school.db.write() as s:
        result = mark_attendance(s, school.teacher, school.section.id, TODAY, roll)
    assert result.saved == 5
    with school.db.session() as s:
        marks = {m.student_id: m.code for m in s.execute(select(AttendanceMark)).scalars()}
    assert marks[school.students[1].id] == "A"
    assert sorted(marks.values()) == ["A", "P", "P", "P", "P"]
    entries = _outbox(school)
    assert [e.entity for e in entries] == ["attendance_marks"] * 5
    # Each entry is a complete, valid wire record of the new row.
    for e in entries:
        check_fields("attendance_marks", e.fields, complete=True)
        assert e.op == "put" and e.base_version is None


def test_a_refused_roll_call_leaves_neither_marks_nor_outbox(school):
    roll = {st.id: MarkEntry("P") for st in school.students}
    roll[school.students[2].id] = MarkEntry("Z")  # not a code of the school
    with pytest.raises(ServiceError, match="not one of the school's attendance codes"):
        with school.db.write() as s:
            mark_attendance(s, school.teacher, school.section.id, TODAY, roll)
    with school.db.session() as s:
        assert s.execute(select(func.count()).select_from(AttendanceMark)).scalar() == 0
        assert pending_count(s) == 0


def test_a_write_failing_half_way_rolls_back_marks_and_outbox(school):
    from sqlalchemy.exc import IntegrityError

    roll = {st.id: MarkEntry("P") for st in school.students}
    roll["no-such-student"] = MarkEntry("P")  # the last insert breaks a foreign key
    with pytest.raises(IntegrityError):
        with school.db.write() as s:
            mark_attendance(s, school.teacher, school.section.id, TODAY, roll)
    with school.db.session() as s:
        assert s.execute(select(func.count()).select_from(AttendanceMark)).scalar() == 0
        assert pending_count(s) == 0


def test_a_second_change_is_a_new_outbox_entry(school):
    sid = school.students[0].id
    with school.db.write() as s:
        mark_attendance(s, school.teacher, school.section.id, TODAY, {sid: MarkEntry("P")})
    with school.db.write() as s:
        mark_attendance(s, school.teacher, school.section.id, TODAY, {sid: MarkEntry("L")})
    with school.db.write() as s:
        again = mark_attendance(s, school.teacher, school.section.id, TODAY, {sid: MarkEntry("L")})
    assert again.unchanged == 1
    entries = _outbox(school)
    assert [(e.op, e.fields.get("code")) for e in entries] == [("put", "P"), ("put", "L")]
    assert entries[0].seq < entries[1].seq
    assert entries[0].fields["code"] == "P"  # the first entry was not edited


def test_teacher_cannot_set_or_overwrite_office_codes(school):
    sid = school.students[0].id
    with pytest.raises(ServiceError, match="Only the office"):
        with school.db.write() as s:
            mark_attendance(s, school.teacher, school.section.id, TODAY, {sid: MarkEntry("E")})
    with school.db.write() as s:
        mark_attendance(s, school.office, school.section.id, TODAY, {sid: MarkEntry("E", "wedding")})
    with school.db.write() as s:
        result = mark_attendance(s, school.teacher, school.section.id, TODAY, {sid: MarkEntry("A")})
    assert result.kept_office_codes == (sid,)
    with school.db.session() as s:
        assert s.execute(select(AttendanceMark.code)).scalar_one() == "E"


def test_edit_window_refuses_a_teacher_but_not_the_principal(school):
    old = TODAY - dt.timedelta(days=30)
    sid = school.students[0].id
    with pytest.raises(ServiceError, match="can no longer be changed"):
        with school.db.write() as s:
            mark_attendance(s, school.teacher, school.section.id, old, {sid: MarkEntry("A")})
    with school.db.write() as s:
        assert mark_attendance(s, school.principal, school.section.id, old, {sid: MarkEntry("A")}).saved == 1
    with pytest.raises(ServiceError, match="future"):
        with school.db.write() as s:
            mark_attendance(s, school.principal, school.section.id, TODAY + dt.timedelta(days=1),
                            {sid: MarkEntry("P")})


def test_day_status_rule():
    assert day_status(["present"]) == 1.0
    assert day_status(["half_day"]) == 0.5
    assert day_status(["absent"]) == 0.0
    assert day_status(["present", "present", "absent", "absent"]) == 1.0  # half the periods
    assert day_status(["present", "absent", "absent", "absent"]) == 0.5
    assert day_status(["absent"] * 5 + ["present"]) == 0.0


@pytest.mark.parametrize(
    "typed, expected",
    [("17.5", MarkValue("scored", 1750)), ("ab", MarkValue("absent")), (" EX ", MarkValue("exempt")),
     ("0", MarkValue("scored", 0)), ("50", MarkValue("scored", 5000)), ("12,25", MarkValue("scored", 1225))],
)
def test_parse_mark_accepts(typed, expected):
    assert parse_mark(typed, 50_00) == expected


@pytest.mark.parametrize(
    "typed, reason",
    [("51", "more than the maximum"), ("abc", "not a mark"), ("-1", "0 or more"), ("1.234", "too many decimals"),
     ("nan", "not a mark")],
)
def test_parse_mark_refuses_with_reason(typed, reason):
    with pytest.raises(ServiceError, match=reason):
        parse_mark(typed, 50_00)


def test_marks_are_saved_only_by_their_teacher(school):
    values = {school.students[0].id: MarkValue("scored", 4200), school.students[1].id: MarkValue("absent")}
    with school.db.write() as s:
        assert record_marks(s, school.teacher, school.assessment.id, values) == 2
    with pytest.raises(ServiceError, match="do not teach"):
        with school.db.write() as s:
            record_marks(s, school.teacher, school.other_assessment.id, values)
    with pytest.raises(ServiceError, match="Only teachers and the principal"):
        with school.db.write() as s:
            record_marks(s, school.office, school.assessment.id, values)
    with school.db.write() as s:  # the same values again change nothing
        assert record_marks(s, school.teacher, school.assessment.id, values) == 0
    with school.db.session() as s:
        got = {m.student_id: (m.status, m.score_centi) for m in s.execute(select(Mark)).scalars()}
    assert got == {school.students[0].id: ("scored", 4200), school.students[1].id: ("absent", None)}
    assert [e.entity for e in _outbox(school)] == ["marks", "marks"]


def test_closed_term_refuses_marks(school):
    with school.db.write() as s:
        s.get(type(school.term), school.term.id).entry_open = False
    with pytest.raises(ServiceError, match="closed"):
        with school.db.write() as s:
            record_marks(s, school.principal, school.assessment.id, {school.students[0].id: MarkValue("scored", 1)})


def test_payment_numbers_receipts_and_allocates_oldest_first(school):
    st = school.students[0]
    with school.db.write() as s:
        p1 = record_payment(s, school.office, st.id, 600_00, "cash")
        p2 = record_payment(s, school.office, st.id, 100_00, "cheque", reference="CHQ 0012")
    assert (p1.receipt_no, p2.receipt_no) == ("TST-D1-000001", "TST-D1-000002")
    older, newer = school.invoices[st.id]
    with school.db.session() as s:
        alloc = {(a.payment_id, a.invoice_id): a.amount_minor for a in s.execute(select(PaymentAllocation)).scalars()}
        assert alloc == {(p1.id, older.id): 500_00, (p1.id, newer.id): 100_00, (p2.id, newer.id): 100_00}
        balance = student_balance(s, st.id)
    assert balance.due == 800_00 - 700_00
    entities = [e.entity for e in _outbox(school)]
    assert entities.count("payments") == 2 and entities.count("payment_allocations") == 3


def test_receipt_numbers_have_no_gap_when_a_payment_fails(school):
    st = school.students[0]
    with school.db.write() as s:
        record_payment(s, school.office, st.id, 10_00, "cash")
    with pytest.raises(ServiceError, match="reference"):
        with school.db.write() as s:
            record_payment(s, school.office, st.id, 10_00, "bank_transfer")
    with pytest.raises(ServiceError):
        with school.db.write() as s:
            record_payment(s, school.office, st.id, 10_00, "cash", allocations={"nope": 20_00})
    with school.db.write() as s:
        third = record_payment(s, school.office, st.id, 10_00, "mobile_money", reference="MP123")
    assert third.receipt_no == "TST-D1-000002"
    with school.db.session() as s:
        numbers = sorted(s.execute(select(Payment.receipt_no)).scalars())
    assert numbers == ["TST-D1-000001", "TST-D1-000002"]


@pytest.mark.parametrize("amount", [0, -5, 10.5, True])
def test_payment_amount_must_be_positive_minor_units(school, amount):
    with pytest.raises(ServiceError, match="more than zero"):
        with school.db.write() as s:
            record_payment(s, school.office, school.students[0].id, amount, "cash")


def test_teacher_cannot_take_payments(school):
    with pytest.raises(ServiceError, match="Only the office"):
        with school.db.write() as s:
            record_payment(s, school.teacher, school.students[0].id, 100, "cash")


def test_cancellation_reverses_payment_and_keeps_receipt(school):
    st = school.students[2]
    with school.db.write() as s:
        payment = record_payment(s, school.office, st.id, 250_00, "cash")
    with pytest.raises(ServiceError, match="Say why"):
        with school.db.write() as s:
            cancel_payment(s, school.office, payment.id, "  ")
    with school.db.write() as s:
        cancel_payment(s, school.office, payment.id, "Wrong student")
    with pytest.raises(ServiceError, match="already cancelled"):
        with school.db.write() as s:
            cancel_payment(s, school.office, payment.id, "again")
    with school.db.session() as s:
        balance = student_balance(s, st.id)
        assert s.get(Payment, payment.id).receipt_no == "TST-D1-000001"
    assert (balance.paid, balance.cancelled, balance.due) == (250_00, 250_00, 800_00)
    # After a cancellation the invoice is open again: a new payment settles the oldest.
    with school.db.write() as s:
        again = record_payment(s, school.office, st.id, 500_00, "cash")
    with school.db.session() as s:
        alloc = s.execute(select(PaymentAllocation).where(PaymentAllocation.payment_id == again.id)).scalars().all()
    assert [(a.invoice_id, a.amount_minor) for a in alloc] == [(school.invoices[st.id][0].id, 500_00)]


def test_the_school_day_is_the_schools_not_utcs(school, monkeypatch):
    """At 02:00 in Dubai (22:00 UTC the day before) it is already tomorrow at school."""
    import app.services.clock as clock

    with school.db.write() as s:
        s.get(type(school.school), school.school.id).time_zone = "Asia/Dubai"
    utc_evening = dt.datetime.combine(TODAY, dt.time(22, 0))
    monkeypatch.setattr(clock, "device_now", lambda: utc_evening)  # a fake clock, set to one evening
    tomorrow = TODAY + dt.timedelta(days=1)
    with school.db.write() as s:
        payment = record_payment(s, school.office, school.students[0].id, 10_00, "cash")
        saved = mark_attendance(s, school.teacher, school.section.id, tomorrow,
                                {school.students[0].id: MarkEntry("P")})
    assert payment.received_on == tomorrow
    assert saved.saved == 1  # not refused as "a future day"


def test_a_payment_the_server_refused_does_not_count_in_the_balance(school):
    st = school.students[0]
    with school.db.write() as s:
        payment = record_payment(s, school.office, st.id, 300_00, "cash")
    with school.db.write() as s:  # what the sync engine does with a refused new row
        s.get(Payment, payment.id).deleted = True
        for a in s.execute(select(PaymentAllocation)).scalars():
            a.deleted = True
    with school.db.session() as s:
        assert student_balance(s, st.id).due == 800_00
