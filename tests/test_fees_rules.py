"""Fees rules: amounts as typed, a student who left, closed days, the day book, defaulters, words."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.services.context import ServiceError
from app.services.day_book import close_cash, day_book, defaulters, expected_cash
from app.services.exports import defaulters_export, export_csv_text, write_export
from app.services.fees import (
    StudentSearch,
    cancel_payment,
    parse_amount,
    receipt_data,
    record_payment,
    student_account,
)
from app.services.money_words import amount_in_words
from app.services.students import list_students
from app.storage.models import CashClose, OutboxEntry, Student
from tests.school import TODAY


@pytest.mark.parametrize("typed, digits, expected", [
    ("1250.50", 2, 125050), ("1,250.5", 2, 125050), ("12,34,567.50", 2, 123456750), (" 7 ", 2, 700),
    ("0.05", 2, 5), ("1500", 0, 1500), ("1.250", 3, 1250), ("10.", 2, 1000), (".5", 2, 50),
])
def test_amounts_typed_become_minor_units(typed, digits, expected):
    assert parse_amount(typed, digits) == expected


def test_amounts_in_a_comma_decimal_locale():
    assert parse_amount("1.250,50", 2, decimal_point=",", group_separator=".") == 125050


@pytest.mark.parametrize("typed, digits, reason", [
    ("", 2, "Type the amount"), ("0", 2, "more than zero"), ("0.00", 2, "more than zero"),
    ("-10", 2, "negative"), ("10.555", 2, "2 decimal places"), ("10.5", 0, "no smaller unit"),
    ("100000000", 2, "larger than any payment"), ("1e5", 2, "not an amount"), ("ten", 2, "not an amount"),
    ("١٢٣", 2, "not an amount"),
])
def test_bad_amounts_are_refused_with_a_reason(typed, digits, reason):
    with pytest.raises(ServiceError, match=reason):
        parse_amount(typed, digits)


def test_the_service_refuses_an_amount_above_the_limit(school):
    with pytest.raises(ServiceError, match="larger than any payment"), school.db.write() as s:
        record_payment(s, school.office, school.students[0].id, 10**15, "cash")


def test_a_student_who_left_may_settle_dues_but_not_pay_ahead(school):
    st = school.students[1]
    with school.db.write() as s:
        s.get(Student, st.id).status = "left"
    with pytest.raises(ServiceError, match="only what is still owed"), school.db.write() as s:
        record_payment(s, school.office, st.id, 800_01, "cash")
    with school.db.write() as s:
        record_payment(s, school.office, st.id, 800_00, "cash")
    with pytest.raises(ServiceError, match="owes nothing"), school.db.write() as s:
        record_payment(s, school.office, st.id, 1_00, "cash")


def test_a_closed_day_takes_no_payment_or_cancellation_from_that_cashier(school):
    st = school.students[0]
    with school.db.write() as s:
        p1 = record_payment(s, school.office, st.id, 300_00, "cash")
        record_payment(s, school.office, st.id, 50_00, "cheque", reference="CHQ 1")
        p3 = record_payment(s, school.office, st.id, 20_00, "cash")
        cancel_payment(s, school.office, p3.id, "Typed twice")
    with school.db.session() as s:
        assert expected_cash(s, TODAY, "dev-1", school.office.user_id) == 300_00  # cheque not in the drawer
    with pytest.raises(ServiceError, match="write a note"), school.db.write() as s:
        close_cash(s, school.office, 290_00)
    with school.db.write() as s:
        close = close_cash(s, school.office, 290_00, "Change given from the drawer")
        assert (close.expected_cash_minor, close.counted_cash_minor, close.difference_minor) == \
            (300_00, 290_00, -10_00)
    with school.db.session() as s:
        assert s.execute(select(OutboxEntry).where(OutboxEntry.entity == "cash_closes")).scalars().one()
    with pytest.raises(ServiceError, match="closed"), school.db.write() as s:
        record_payment(s, school.office, st.id, 10_00, "cash")
    with pytest.raises(ServiceError, match="closed"), school.db.write() as s:
        cancel_payment(s, school.office, p1.id, "Late change of mind")
    with pytest.raises(ServiceError, match="already closed"), school.db.write() as s:
        close_cash(s, school.office, 290_00, "again")
    # Another cashier (the principal) on the same computer still works, and tomorrow is open.
    with school.db.write() as s:
        record_payment(s, school.principal, st.id, 5_00, "cash")
        record_payment(s, school.office, st.id, 5_00, "cash", received_on=TODAY + dt.timedelta(days=1))
        assert s.execute(select(CashClose)).scalars().one().note == "Change given from the drawer"


def test_the_day_book_by_mode_and_cashier_with_cancellations(school):
    a, b = school.students[0], school.students[1]
    with school.db.write() as s:
        record_payment(s, school.office, a.id, 100_00, "cash")
        record_payment(s, school.office, a.id, 40_00, "mobile_money", reference="MP1")
        p = record_payment(s, school.principal, b.id, 70_00, "cash")
        cancel_payment(s, school.principal, p.id, "Wrong student")
    with school.db.session() as s:
        book = day_book(s, TODAY)
    assert len(book.payments) == 3 and book.received_minor == 210_00
    assert book.by_mode == {"cash": 100_00, "mobile_money": 40_00}
    assert book.by_cashier == {"Office": 140_00}
    assert [c.reason for c in book.cancellations] == ["Wrong student"]
    assert book.net_minor == 140_00 and book.cancelled_minor == 70_00
    with school.db.session() as s:
        mine = day_book(s, TODAY, device_id="dev-1", cashier_id=school.office.user_id)
    assert len(mine.payments) == 2 and not mine.cancellations


def test_defaulters_by_overdue_age_and_export(school, tmp_path):
    with school.db.write() as s:
        record_payment(s, school.office, school.students[0].id, 800_00, "cash")  # all paid
        record_payment(s, school.office, school.students[1].id, 500_00, "cash")  # the overdue one paid
    with school.db.session() as s:
        rows = defaulters(s)
    by_name = {d.full_name: d for d in rows}
    assert "Ayesha Khan" not in by_name
    assert by_name["Omar Haddad"].overdue_minor == 0 and by_name["Omar Haddad"].outstanding_minor == 300_00
    w = by_name["Wanjiru Kamau"]
    assert (w.outstanding_minor, w.overdue_minor, w.days_overdue, w.age) == (800_00, 500_00, 30, "1–30 days")
    text = export_csv_text(defaulters_export(rows, "PKR", 2))
    assert "Wanjiru Kamau" in text and "800.00" in text and "Outstanding (PKR)" in text.splitlines()[0]
    from openpyxl import load_workbook

    write_export(defaulters_export(rows, "PKR", 2), tmp_path / "d.xlsx")
    ws = load_workbook(tmp_path / "d.xlsx").active
    assert ws.max_row == len(rows) + 1 and float(ws.cell(2, 7).value) > 0


def test_the_ledger_runs_the_balance(school):
    st = school.students[2]
    with school.db.write() as s:
        p = record_payment(s, school.office, st.id, 600_00, "cash")
        cancel_payment(s, school.office, p.id, "Bounced")
    with school.db.session() as s:
        account = student_account(s, st.id)
    # The second invoice is issued in ten days' time: it comes last, by date.
    assert [e.kind for e in account.entries] == ["invoice", "payment", "cancellation", "invoice"]
    assert [e.balance for e in account.entries] == [500_00, -100_00, 500_00, 800_00]
    assert account.entries[1].cancelled and account.balance.due == 800_00


def test_search_by_name_in_any_script_admission_and_phone(school):
    with school.db.write() as s:
        s.get(Student, school.students[0].id).full_name = "عائشة خان"
        s.get(Student, school.students[4].id).full_name = "अर्जुन शर्मा"
    with school.db.session() as s:
        index = StudentSearch(list_students(s))
    assert [r.admission_no for r in index.search("عائشة")] == ["A001"]
    assert [r.admission_no for r in index.search("शर्मा")] == ["A005"]
    assert [r.admission_no for r in index.search("fernandez")] == ["A004"]
    assert index.search("a002")[0].admission_no == "A002"
    assert [r.admission_no for r in index.search("300 0000003")] == ["A003"]


def test_receipt_balance_after_stays_as_printed(school):
    st = school.students[3]
    with school.db.write() as s:
        first = record_payment(s, school.office, st.id, 100_00, "cash")
    with school.db.write() as s:
        record_payment(s, school.office, st.id, 50_00, "cash")
    with school.db.session() as s:
        data = receipt_data(s, first.id)
    assert data.balance_after == 700_00 and data.section_name == "7 A" and data.cashier == "Office"


@pytest.mark.parametrize("minor, currency, digits, lang, words", [
    (125050, "AED", 2, "en", "One thousand two hundred fifty dirhams and fifty fils only"),
    (100, "USD", 2, "en", "One dollar only"),
    (2_000_001, "XOF", 0, "fr", "Deux millions un francs CFA seulement"),
    (80000, "XOF", 0, "fr_SN", "Quatre-vingt mille francs CFA seulement"),
    (7100, "EUR", 2, "fr", "Soixante et onze euros seulement"),
    (12345, "ZZZ", 2, "en", "ZZZ one hundred twenty-three and 45/100 only"),
    (12_505_000, "PKR", 2, "ur_PK", "ایک لاکھ پچیس ہزار پچاس روپے صرف"),
    (150, "PKR", 2, "ur", "ایک روپیہ اور پچاس پیسے صرف"),
    (99_00, "PKR", 2, "ur", "ننانوے روپے صرف"),
    (123_456_789_012, "PKR", 0, "ur", "ایک کھرب تئیس ارب پینتالیس کروڑ سڑسٹھ لاکھ نواسی ہزار بارہ روپے صرف"),
    (2_00, "AED", 2, "ur", "دو درہم صرف"),
    (12_505_000, "INR", 2, "hi_IN", "एक लाख पच्चीस हज़ार पचास रुपये मात्र"),
    (150, "INR", 2, "hi", "एक रुपया और पचास पैसे मात्र"),
    (99_99, "INR", 2, "hi", "निन्यानबे रुपये और निन्यानबे पैसे मात्र"),
    (123_456_789_012, "INR", 0, "hi", "एक खरब तेईस अरब पैंतालीस करोड़ सड़सठ लाख नवासी हज़ार बारह रुपये मात्र"),
    (125050, "KES", 2, "sw_KE", "Shilingi elfu moja mia mbili na hamsini na senti hamsini tu"),
    (100, "KES", 2, "sw", "Shilingi moja tu"),
    (11_00, "TZS", 2, "sw", "Shilingi kumi na moja tu"),
    (2_000_000, "UGX", 0, "sw", "Shilingi milioni mbili tu"),
    (12_505_000, "KES", 2, "sw", "Shilingi laki moja elfu ishirini na tano na hamsini tu"),
    # No Arabic words yet: English, as documented (the receipt says "In words (English)").
    (125050, "SAR", 2, "ar_SA", "One thousand two hundred fifty riyals and fifty halalas only"),
])
def test_amount_in_words(minor, currency, digits, lang, words):
    assert amount_in_words(minor, currency, digits, lang) == words
