"""Fee structures → invoices, concessions and late fees, on the small school's real file.

The small school already billed tuition (head TUI) for its one term; these
tests add transport and exam fees to grade 7's structure and issue them.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.services.context import ServiceError
from app.services.fee_structures import (
    LateFeeRule,
    add_fee_head,
    apply_late_fees,
    grant_category_concession,
    grant_concession,
    issue_structure,
    late_fee_amount,
    plan_issue,
    remove_structure_line,
    set_late_fee_rule,
    set_structure_line,
    structure,
)
from app.services.fees import record_payment, student_account, student_balance
from app.storage.models import Concession, Enrollment, Invoice, InvoiceLine, OutboxEntry, School, Student
from tests.school import TODAY


def outbox_count(s, entity: str) -> int:
    return s.execute(select(func.count()).select_from(OutboxEntry).where(OutboxEntry.entity == entity)).scalar_one()


@pytest.fixture
def heads(school):
    """Grade 7's structure for the term: tuition (already billed) 500, transport 210, exam 30."""
    with school.db.write() as s:
        trn = add_fee_head(s, school.office, "trn", "Transport")
        exm = add_fee_head(s, school.office, "EXM", "Examination fee")
        tui = s.execute(select(InvoiceLine.fee_head_id).limit(1)).scalar_one()
        set_structure_line(s, school.office, school.term.id, 7, tui, 500_00, TODAY - dt.timedelta(days=30))
        set_structure_line(s, school.office, school.term.id, 7, trn.id, 210_00, TODAY + dt.timedelta(days=10))
        set_structure_line(s, school.office, school.term.id, 7, exm.id, 30_00, TODAY + dt.timedelta(days=20))
        return {"TUI": tui, "TRN": trn.id, "EXM": exm.id}


def test_a_fee_head_code_is_unique_and_needs_a_name(school):
    with school.db.write() as s:
        assert add_fee_head(s, school.office, " lib ", "Library").code == "LIB"
    with pytest.raises(ServiceError, match="already used"), school.db.write() as s:
        add_fee_head(s, school.office, "LIB", "Library again")
    with pytest.raises(ServiceError, match="needs a short code"), school.db.write() as s:
        add_fee_head(s, school.office, "X", "  ")
    with pytest.raises(ServiceError, match="Only the office"), school.db.write() as s:
        add_fee_head(s, school.teacher, "Y", "Yoga")


def test_bad_structure_lines_are_refused_and_change_nothing(school, heads):
    for amount, due, reason in ((0, TODAY, "more than zero"), (-5, TODAY, "more than zero"),
                                (10**15, TODAY, "larger than any"),
                                (100, TODAY + dt.timedelta(days=900), "must fall in the academic year")):
        with pytest.raises(ServiceError, match=reason), school.db.write() as s:
            set_structure_line(s, school.office, school.term.id, 7, heads["TRN"], amount, due)
    with school.db.session() as s:
        assert {line.head_code: line.amount_minor for line in structure(s, school.term.id, 7)} == \
            {"TUI": 500_00, "TRN": 210_00, "EXM": 30_00}


def test_issuing_bills_each_student_once_with_frozen_amounts(school, heads):
    with school.db.session() as s:
        plan = plan_issue(s, school.term.id, 7)
    # Tuition is already on every student's invoices: only transport and exam are billed.
    assert (plan.students, plan.to_bill, plan.invoices, plan.total_minor) == (5, 5, 10, 5 * 240_00)
    with school.db.write() as s:
        result = issue_structure(s, school.office, school.term.id, 7)
    assert (result.invoices, result.lines, result.students, result.total_minor) == (10, 10, 5, 5 * 240_00)
    with school.db.session() as s:
        assert student_balance(s, school.students[0].id).invoiced == 800_00 + 240_00
        assert outbox_count(s, "invoices") == 10 and outbox_count(s, "invoice_lines") == 10
        numbers = s.execute(select(Invoice.number).where(Invoice.id.in_(result.invoice_ids))).scalars().all()
        year = (TODAY - dt.timedelta(days=200)).year  # the small school's year starts 200 days ago
        assert len(set(numbers)) == 10 and all(n.startswith(f"{year}-T1-A00") for n in numbers)
    # The structure changes afterwards: issued invoices keep what they said.
    with school.db.write() as s:
        set_structure_line(s, school.office, school.term.id, 7, heads["TRN"], 999_00, TODAY + dt.timedelta(days=10))
    with school.db.write() as s:
        again = issue_structure(s, school.office, school.term.id, 7)
    assert (again.invoices, again.skipped) == (0, 5)
    with school.db.session() as s:
        assert student_balance(s, school.students[0].id).invoiced == 1040_00
        assert outbox_count(s, "invoices") == 10
        transport = s.execute(select(InvoiceLine.amount_minor).where(InvoiceLine.fee_head_id == heads["TRN"])
                              ).scalars().all()
        assert transport == [210_00] * 5


def test_a_student_who_joins_later_is_billed_alone_with_time_to_pay(school, heads):
    with school.db.write() as s:
        issue_structure(s, school.office, school.term.id, 7)
        newcomer = Student(school_id=school.school.id, admission_no="A006", given_name="Zara", family_name="Ali",
                           full_name="Zara Ali")
        s.add(newcomer)
        s.flush()
        s.add(Enrollment(school_id=school.school.id, student_id=newcomer.id, section_id=school.section.id,
                         roll_no=6, starts_on=TODAY))
        newcomer_id = newcomer.id
    with school.db.write() as s:
        result = issue_structure(s, school.office, school.term.id, 7)
    # Three due dates: tuition (past), transport, exam: three invoices, for her only.
    assert (result.students, result.invoices, result.total_minor, result.skipped) == (1, 3, 740_00, 5)
    with school.db.session() as s:
        dues = sorted(s.execute(select(Invoice.due_on).where(Invoice.student_id == newcomer_id)).scalars())
    # Tuition was due 30 days ago: she gets 14 days from today.
    assert dues == [TODAY + dt.timedelta(days=10), TODAY + dt.timedelta(days=14), TODAY + dt.timedelta(days=20)]


def test_two_devices_issuing_offline_make_the_same_rows(school, heads, tmp_path):
    """The ids of an issue are derived from what it bills: the server merges them instead of doubling."""
    import sqlite3

    from app.storage.db import open_school

    # A second office computer with the same school (a copy of the file, as after a sync).
    copy = tmp_path / "other.daftar"
    with sqlite3.connect(school.db.path) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    other = open_school(copy, tmp_path / "other-backups")

    def issue(db) -> list[tuple[str, str, dict]]:
        with db.write() as s:
            issue_structure(s, school.office, school.term.id, 7, issued_on=TODAY)
            return sorted((e.entity, e.row_id, e.fields) for e in s.execute(select(OutboxEntry)).scalars()
                          if e.entity in ("invoices", "invoice_lines"))

    here, there = issue(school.db), issue(other)
    other.close()
    assert len(here) == 20 and here == there


def test_only_a_principal_approves_a_concession_and_it_shows_in_the_ledger(school, heads):
    st = school.students[0]
    invoice = school.invoices[st.id][0]
    with pytest.raises(ServiceError, match="principal or an admin"), school.db.write() as s:
        grant_concession(s, school.office, invoice.id, "percent", 5000, "Staff child")
    with pytest.raises(ServiceError, match="Say why"), school.db.write() as s:
        grant_concession(s, school.principal, invoice.id, "percent", 5000, "  ")
    with pytest.raises(ServiceError, match="at most 100"), school.db.write() as s:
        grant_concession(s, school.principal, invoice.id, "percent", 10_001, "Too kind")
    with school.db.write() as s:
        c = grant_concession(s, school.principal, invoice.id, "percent", 1250, "Sibling discount")
        assert (c.amount_minor, c.approved_by) == (62_50, school.principal.user_id)  # 12.5 % of 500.00
    with pytest.raises(ServiceError, match="already granted"), school.db.write() as s:
        grant_concession(s, school.principal, invoice.id, "percent", 1250, "sibling  discount")
    with pytest.raises(ServiceError, match="more than the fee"), school.db.write() as s:
        grant_concession(s, school.principal, invoice.id, "fixed", 450_00, "Hardship")
    with school.db.session() as s:
        account = student_account(s, st.id)
        assert account.balance.due == 800_00 - 62_50
        entry = next(e for e in account.entries if e.kind == "concession")
        assert entry.credit == 62_50 and "Sibling discount" in entry.description and "Principal" in entry.description
        assert outbox_count(s, "concessions") == 1


def test_a_category_concession_reaches_every_student_of_it_once(school, heads):
    with school.db.write() as s:
        for st in school.students[:2]:
            s.get(Student, st.id).category = "staff_child"
        issue_structure(s, school.office, school.term.id, 7)
    with school.db.write() as s:
        result = grant_category_concession(s, school.principal, school.term.id, "staff_child", "percent", 5000,
                                           "Child of a member of staff", fee_head_id=heads["TUI"])
    # Two tuition invoices each (500 and 300): half of each.
    assert (result.granted, result.skipped, result.total_minor) == (4, 0, 2 * 400_00)
    with school.db.write() as s:
        again = grant_category_concession(s, school.principal, school.term.id, "staff_child", "percent", 5000,
                                          "Child of a member of staff", fee_head_id=heads["TUI"])
    assert (again.granted, again.skipped) == (0, 4)
    with school.db.session() as s:
        assert s.execute(select(func.count()).select_from(Concession)).scalar_one() == 4
        assert student_balance(s, school.students[2].id).concessions == 0


def test_the_late_fee_rule_written_once():
    fixed = LateFeeRule(after_days=10, kind="fixed", value=50_00)
    pct = LateFeeRule(after_days=0, kind="percent", value=500)
    due = dt.date(2026, 3, 1)
    assert late_fee_amount(fixed, 300_00, due, due + dt.timedelta(days=10)) == 0  # not yet
    assert late_fee_amount(fixed, 300_00, due, due + dt.timedelta(days=11)) == 50_00
    assert late_fee_amount(fixed, 0, due, due + dt.timedelta(days=60)) == 0  # nothing owed
    assert late_fee_amount(pct, 333_33, due, due + dt.timedelta(days=1)) == 16_66  # 5 %, rounded down
    assert late_fee_amount(None, 300_00, due, due + dt.timedelta(days=60)) == 0


def test_late_fees_are_their_own_lines_charged_once(school):
    with pytest.raises(ServiceError, match="no late-fee rule"), school.db.write() as s:
        apply_late_fees(s, school.office)
    with pytest.raises(ServiceError, match="principal or an admin"), school.db.write() as s:
        set_late_fee_rule(s, school.office, LateFeeRule(7, "fixed", 25_00))
    with pytest.raises(ServiceError, match="at most 100"), school.db.write() as s:
        set_late_fee_rule(s, school.principal, LateFeeRule(7, "percent", 20_000))
    with school.db.write() as s:
        set_late_fee_rule(s, school.principal, LateFeeRule(7, "percent", 1000))
        assert s.execute(select(School)).scalars().one().late_fee_rule == \
            {"after_days": 7, "kind": "percent", "value": 1000}
        # One student paid the overdue invoice, one paid half of it.
        record_payment(s, school.office, school.students[0].id, 500_00, "cash")
        record_payment(s, school.office, school.students[1].id, 250_00, "cash")
    with school.db.write() as s:
        result = apply_late_fees(s, school.office)
    # Overdue 30 days: four students with something open; 10 % of it.
    assert (result.invoices, result.total_minor) == (4, 25_00 + 3 * 50_00)
    with school.db.write() as s:
        assert apply_late_fees(s, school.office).invoices == 0
    with school.db.session() as s:
        account = student_account(s, school.students[1].id)
        late = [e for e in account.entries if e.kind == "late_fee"]
        assert len(late) == 1 and late[0].debit == 25_00 and account.balance.due == 800_00 - 250_00 + 25_00
        assert s.execute(select(func.count()).select_from(InvoiceLine).where(InvoiceLine.kind == "late_fee")
                         ).scalar_one() == 4
        assert outbox_count(s, "invoice_lines") == 4


def test_a_removed_structure_line_is_not_issued(school, heads):
    with school.db.session() as s:
        line = next(line for line in structure(s, school.term.id, 7) if line.head_code == "EXM")
    with school.db.write() as s:
        remove_structure_line(s, school.office, line.id)
    with school.db.write() as s:
        result = issue_structure(s, school.office, school.term.id, 7)
    assert result.total_minor == 5 * 210_00
    with pytest.raises(ServiceError, match="no fees set"), school.db.write() as s:
        issue_structure(s, school.office, school.term.id, 9)
