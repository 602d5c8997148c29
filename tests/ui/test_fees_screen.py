"""The Fees screen and the payment dialogs, driven as the front office would.

Built on the small hand-countable school (tests/school.py), signed in as the
office clerk. The printer is the one thing faked: ``deliver_receipt`` keeps
the PDF instead of opening the print dialog.
"""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from app.services.fees import student_balance
from app.storage.models import OutboxEntry, Payment, PaymentCancellation, Student


@pytest.fixture
def office_ctx(tmp_path, qapp):
    from app.config import Paths, Settings
    from app.ui.context import AppContext
    from app.ui.signals import AppSignals
    from app.ui.tasks import SyncTaskRunner

    paths = Paths.default(tmp_path / "data").ensure()
    return AppContext(hub=AppSignals(), tasks=SyncTaskRunner(), paths=paths, settings=Settings(),
                      logfile=tmp_path / "log.txt")


def open_as(school, role: str):
    from app.ui.context import OpenSchool

    # The signed-in person comes with the app shell (app.services.session).
    from app.services.session import Person  # noqa: N806

    actor = getattr(school, role)
    person = Person(user_id=actor.user_id, username=role, full_name=role.title(), role=role)
    return OpenSchool(db=school.db, path=school.db.path if hasattr(school.db, "path") else None, code="TST",
                      name="Test School", currency="PKR", currency_digits=2, school_id=actor.school_id,
                      device_id=actor.device_id, person=person)


@pytest.fixture
def fees_screen(school, office_ctx, qtbot):
    from app.ui.fees import FeesScreen

    screen = FeesScreen(office_ctx, open_as(school, "office"))
    qtbot.addWidget(screen)
    screen.resize(1200, 720)
    screen.show()
    printed: list[tuple[str, bytes, bool]] = []
    screen.deliver_receipt = lambda pid, pdf, dup: printed.append((pid, pdf, dup))  # the faked printer
    screen.printed = printed
    return screen


def test_search_as_you_type_finds_by_name_admission_and_phone(fees_screen, qtbot):
    qtbot.keyClicks(fees_screen.search, "lucia")  # no accent typed
    assert [r.full_name for r in fees_screen.results_model.rows] == ["Lucía Fernández"]
    fees_screen.search.clear()
    qtbot.keyClicks(fees_screen.search, "A003")
    assert fees_screen.results_model.rows[0].admission_no == "A003"
    fees_screen.search.clear()
    qtbot.keyClicks(fees_screen.search, "0000005")  # the end of a guardian's phone
    assert [r.admission_no for r in fees_screen.results_model.rows] == ["A005"]


def take_payment(screen, qtbot, amount: str, mode: str = "cash", reference: str = ""):
    dialog = screen.take_payment()
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, amount)
    dialog.mode.setCurrentIndex(dialog.mode.findData(mode))
    if reference:
        qtbot.keyClicks(dialog.reference, reference)
    return dialog


def test_take_a_payment_prints_its_receipt_and_updates_the_ledger(fees_screen, school, qtbot, tmp_path):
    qtbot.keyClicks(fees_screen.search, "Ayesha")
    qtbot.keyClick(fees_screen.search, Qt.Key.Key_Return)
    assert fees_screen.account.full_name == "Ayesha Khan"
    assert fees_screen.balance.text() == "Owes PKR\u00a0800.00"
    dialog = take_payment(fees_screen, qtbot, "650.5")
    assert dialog.save_button.isEnabled(), dialog.problem.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    # Saved: the payment, its receipt, its outbox entries; the ledger reread.
    with school.db.session() as s:
        payment = s.execute(select(Payment)).scalars().one()
        assert payment.amount_minor == 650_50 and payment.receipt_no == "TST-D1-000001"
        assert s.execute(select(func.count()).select_from(OutboxEntry)).scalar_one() >= 2
    assert fees_screen.balance.text() == "Owes PKR\u00a0149.50"
    kinds = [e.kind for e in fees_screen.ledger_model.entries]
    assert kinds.count("payment") == 1 and kinds.count("invoice") == 2
    assert fees_screen.ledger_model.entries[-1].balance == 149_50 or fees_screen.ledger_model.entries[-2].balance \
        == 149_50
    # The receipt went to the (fake) printer at once, as the original.
    [(pid, pdf, duplicate)] = fees_screen.printed
    assert pid == payment.id and not duplicate and pdf.startswith(b"%PDF")
    # Reprint from the ledger: a DUPLICATE; saved as PDF it passes qpdf.
    fees_screen.select_payment(payment.id)
    qtbot.mouseClick(fees_screen.reprint_button, Qt.MouseButton.LeftButton)
    assert fees_screen.printed[-1][2] is True
    out = fees_screen.save_last_receipt(tmp_path / "again.pdf")
    subprocess.run(["qpdf", "--check", str(out)], check=True, capture_output=True)
    text = subprocess.run(["pdftotext", str(out), "-"], check=True, capture_output=True, text=True).stdout
    assert "DUPLICATE" in text and "TST-D1-000001" in text and "Ayesha Khan" in text


@pytest.mark.parametrize("typed, reason", [
    ("", "Type the amount"),
    ("0", "more than zero"),
    ("-5", "cannot be negative"),
    ("12.345", "2 decimal places"),
    ("99999999999", "larger than any payment"),
    ("12a", "not an amount"),
])
def test_bad_amounts_are_refused_with_the_reason(fees_screen, qtbot, typed, reason):
    fees_screen.open_student(fees_screen.school.db and _student_id(fees_screen, "A001"))
    dialog = take_payment(fees_screen, qtbot, typed)
    assert not dialog.save_button.isEnabled()
    assert reason in dialog.problem.text()


def _student_id(screen, admission_no: str) -> str:
    with screen.school.db.session() as s:
        return s.execute(select(Student.id).where(Student.admission_no == admission_no)).scalar_one()


def test_a_cheque_needs_its_number(fees_screen, qtbot):
    fees_screen.open_student(_student_id(fees_screen, "A002"))
    dialog = take_payment(fees_screen, qtbot, "100", mode="cheque")
    assert not dialog.save_button.isEnabled() and "cheque number" in dialog.problem.text()
    qtbot.keyClicks(dialog.reference, "000123")
    assert dialog.save_button.isEnabled()


def test_a_student_who_left_may_only_settle_what_is_owed(fees_screen, school, qtbot):
    sid = _student_id(fees_screen, "A004")
    with school.db.write() as s:
        s.get(Student, sid).status = "left"
    fees_screen.open_student(sid)
    assert fees_screen.warning.isVisible() and "left" in fees_screen.warning.text()
    dialog = take_payment(fees_screen, qtbot, "900")
    assert not dialog.save_button.isEnabled() and "at most" in dialog.problem.text()
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "800")
    assert dialog.save_button.isEnabled()


def test_the_clerk_chooses_the_allocation(fees_screen, school, qtbot):
    sid = _student_id(fees_screen, "A003")
    fees_screen.open_student(sid)
    dialog = take_payment(fees_screen, qtbot, "300")
    dialog.choose.setChecked(True)
    newer = dialog._alloc_edits[1]
    qtbot.keyClicks(newer, "300")
    assert dialog.save_button.isEnabled(), dialog.problem.text()
    dialog.save()
    from app.services.fees import invoice_dues

    with school.db.session() as s:
        dues = [open_ for _inv, open_ in invoice_dues(s, sid)]
    assert dues == [500_00, 0]


def test_cancel_a_payment_keeps_the_receipt_and_reprints_it_cancelled(fees_screen, school, qtbot, tmp_path):
    fees_screen.open_student(_student_id(fees_screen, "A001"))
    take_payment(fees_screen, qtbot, "200").save()
    pid = fees_screen.printed[-1][0]
    fees_screen.select_payment(pid)
    assert fees_screen.cancel_button.isEnabled()
    dialog = fees_screen.cancel_selected_payment()
    assert not dialog.cancel_button.isEnabled()  # no reason yet
    qtbot.keyClicks(dialog.reason, "Wrong student")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    with school.db.session() as s:
        assert s.execute(select(PaymentCancellation)).scalars().one().reason == "Wrong student"
        assert student_balance(s, fees_screen.account.student_id).due == 800_00
    entry = next(e for e in fees_screen.ledger_model.entries if e.kind == "payment")
    assert entry.cancelled
    fees_screen.select_payment(pid)
    assert not fees_screen.cancel_button.isEnabled()
    fees_screen.print_receipt(pid, duplicate=True)
    out = tmp_path / "c.pdf"
    out.write_bytes(fees_screen.printed[-1][1])
    text = subprocess.run(["pdftotext", str(out), "-"], check=True, capture_output=True, text=True).stdout
    assert "CANCELLED" in text and "Wrong student" in text and "TST-D1-000001" in text


def test_a_teacher_cannot_take_or_cancel_payments(school, office_ctx, qtbot):
    from app.ui.fees import FeesScreen

    screen = FeesScreen(office_ctx, open_as(school, "teacher"))
    qtbot.addWidget(screen)
    screen.open_student(school.students[0].id)
    assert not screen.pay_button.isEnabled()


def test_the_student_list_shows_names_and_classes_readably_beside_the_account(school, office_ctx, qtbot):
    from app.ui.fees import FeesScreen

    screen = FeesScreen(office_ctx, open_as(school, "office"))
    qtbot.addWidget(screen)
    screen.resize(930, 680)  # the Fees screen in a 1180-pixel window, beside the navigation
    screen.show()
    qtbot.waitUntil(lambda: screen.results_model.rowCount() > 0, timeout=5_000)
    screen.open_student(_student_id(screen, "A001"))
    qtbot.wait(50)
    view, metrics = screen.results, screen.results.fontMetrics()

    def whole(view) -> bool:  # every shown column inside the table, none cut at its right edge
        shown = [c for c in range(view.model().columnCount()) if not view.isColumnHidden(c)]
        return sum(view.columnWidth(c) for c in shown) <= view.viewport().width() + 1

    assert view.columnWidth(1) >= metrics.horizontalAdvance("Rahaf Nassar Al Amin")  # a whole name
    assert view.columnWidth(2) >= metrics.horizontalAdvance("Grade 10 B") + 8  # a whole class
    assert view.isColumnHidden(3) and whole(view)  # no room for the guardian's phone as well: left out
    assert screen.ledger_model.rowCount() > 0 and whole(screen.ledger)  # the account's money columns whole
    for button in (screen.pay_button, screen.reprint_button, screen.cancel_button):
        assert button.width() >= button.sizeHint().width(), button.text()  # the account's actions whole
    screen.resize(1500, 800)  # a wider window has room for every column
    qtbot.waitUntil(lambda: not view.isColumnHidden(3) and not view.isColumnHidden(0), timeout=5_000)
    assert view.columnWidth(3) >= metrics.horizontalAdvance("+971 54 250 9124") + 8
    assert view.columnWidth(1) >= metrics.horizontalAdvance("Rahaf Nassar Al Amin") and whole(view)
