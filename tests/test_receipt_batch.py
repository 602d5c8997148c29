"""Receipts in a batch: one PDF for a day's (or a student's) receipts, read in bulk, stoppable, all or nothing."""

from __future__ import annotations

import subprocess
import time

import pytest

from app.reports.receipt_batch import BatchCancelled, receipts_batch_pdf, save_receipt_batch
from app.services.fees import batch_payment_ids, cancel_payment, receipt_data, receipts_data, record_payment
from tests.school import TODAY
from tests.test_receipt_pdf import make_data


def pages_of(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


@pytest.fixture
def day_of_payments(school):
    """Nine payments today: three students, one cancelled, one paid ahead, two cashiers."""
    ids = []
    with school.db.write() as s:
        for k, st in enumerate(school.students[:3]):
            ids.append(record_payment(s, school.office, st.id, 200_00 + k, "cash").id)
            ids.append(record_payment(s, school.principal, st.id, 150_00, "cheque", reference=f"CHQ {k}").id)
            ids.append(record_payment(s, school.office, st.id, 600_00, "mobile_money", reference=f"MP{k}").id)
        cancel_payment(s, school.office, ids[1], "Cheque bounced")
    return ids


def test_receipts_read_in_bulk_are_those_read_one_by_one(school, day_of_payments):
    with school.db.session() as s:
        ids = batch_payment_ids(s, day=TODAY)
        assert sorted(ids) == sorted(day_of_payments)
        bulk = receipts_data(s, ids)
        single = [receipt_data(s, pid) for pid in ids]
    assert bulk == single
    assert any(r.cancelled for r in bulk) and any(r.balance_after < 0 for r in bulk)
    with school.db.session() as s:
        assert batch_payment_ids(s, day=TODAY, cashier_id=school.principal.user_id) == \
            sorted(day_of_payments[1::3], key=lambda pid: receipt_data(s, pid).receipt_no)
        assert len(batch_payment_ids(s, student_id=school.students[0].id)) == 3
        assert batch_payment_ids(s, day=TODAY.replace(year=TODAY.year - 1)) == []


@pytest.mark.parametrize("fmt", ["a5", "thermal80"])
def test_a_days_receipts_as_one_pdf(school, day_of_payments, tmp_path, fmt):
    with school.db.session() as s:
        ids = batch_payment_ids(s, day=TODAY)
        numbers = [receipt_data(s, pid).receipt_no for pid in ids]
    seen = []
    path = tmp_path / f"day-{fmt}.pdf"
    result = save_receipt_batch(school.db, ids, path, fmt=fmt, progress=lambda d, t: seen.append((d, t)))
    assert result.receipts == 9 and path.exists() and seen[-1] == (9, 9)
    subprocess.run(["qpdf", "--check", str(path)], check=True, capture_output=True)
    assert pages_of(path) == 9
    text = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
    pages = text.split("\f")
    for number, page in zip(numbers, pages, strict=False):  # one receipt a page, in receipt-number order
        assert number in page and "DUPLICATE" in page
    assert sum("CANCELLED" in page for page in pages) == 1
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "2", str(path), str(tmp_path / "p")],
                   check=True)
    assert len(list(tmp_path.glob("p-*.png"))) == 2


def test_a_stopped_batch_leaves_no_file(school, day_of_payments, tmp_path):
    with school.db.session() as s:
        ids = batch_payment_ids(s, day=TODAY)
    path = tmp_path / "stopped.pdf"
    done = []
    with pytest.raises(BatchCancelled):
        save_receipt_batch(school.db, ids, path, progress=lambda d, t: done.append(d),
                           should_stop=lambda: len(done) >= 4)
    assert done[-1] == 4 and not path.exists() and not list(tmp_path.glob("*.part"))
    with pytest.raises(ValueError, match="no receipts"):
        save_receipt_batch(school.db, [], path)


def test_a_thousand_receipts_in_one_pdf(tmp_path):
    receipts = [make_data(name, receipt_no=f"ANS-D1-{n:06d}")
                for n, name in enumerate(["Lucía Fernández", "محمد علی خان", "Wanjiru Kamau", "Omar Haddad"] * 250,
                                         start=1)]
    started = time.perf_counter()
    pdf = receipts_batch_pdf(receipts, duplicate=False)
    elapsed = time.perf_counter() - started
    path = tmp_path / "thousand.pdf"
    path.write_bytes(pdf)
    subprocess.run(["qpdf", "--check", str(path)], check=True, capture_output=True)
    assert pages_of(path) == 1000
    # One set of fonts for the whole batch: far smaller than a thousand single receipts.
    assert len(pdf) < 1000 * 20_000, len(pdf)
    print(f"1,000 receipts: {elapsed:.2f} s, {len(pdf) / 1e6:.1f} MB")
