"""Fee structures, concessions, late fees and receipt batches, driven from the Fees screen as the office would.

The small school (tests/school.py) has billed tuition for its term; these
tests add transport to grade 7's structure through the dialog and issue it.
"""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import QDate, Qt
from sqlalchemy import func, select

from app.services.fees import record_payment
from app.storage.models import Concession, Invoice, InvoiceLine, School
from tests.school import TODAY
from tests.ui.test_fees_screen import _student_id, office_ctx, open_as  # noqa: F401 - fixtures


@pytest.fixture
def screen_as(school, office_ctx, qtbot):  # noqa: F811
    from app.ui.fees import FeesScreen

    def make(role: str):
        screen = FeesScreen(office_ctx, open_as(school, role))
        qtbot.addWidget(screen)
        screen.resize(1200, 720)
        screen.show()
        screen.deliver_receipt = lambda *_: None
        return screen

    return make


def test_the_office_sets_transport_and_issues_it_once(screen_as, school, qtbot, tmp_path):
    screen = screen_as("office")
    dialog = screen.open_fee_structures()
    assert dialog.term.currentText() == "Term 1, 2026" and dialog.grade.currentText() == "Grade 7"
    # A new fee head, then its amount for grade 7.
    head_dialog = dialog.new_head()
    qtbot.keyClicks(head_dialog.code, "TRN")
    qtbot.keyClicks(head_dialog.name, "School transport")
    head_dialog.accept()
    assert "Fee head TRN added" in dialog.message.text()
    dialog.head.setCurrentIndex(dialog.head.findText("TRN · School transport"))
    qtbot.keyClicks(dialog.amount, "210")
    dialog.due.setDate(QDate(TODAY.year, TODAY.month, TODAY.day).addDays(10))
    qtbot.mouseClick(dialog.set_button, Qt.MouseButton.LeftButton)
    assert [(line.head_code, line.amount_minor) for line in dialog.model.lines] == [("TRN", 210_00)]
    assert dialog.issue_button.isEnabled()
    assert dialog.issue_button.text().replace("(s)", "s") == "Issue 5 invoices to 5 students"
    assert "PKR\u00a01,050.00 in all" in dialog.plan_label.text()
    dialog.grab().save(str(tmp_path / "structures.png"))
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text().replace("(s)", "s") == "Issued 5 invoices to 5 students, PKR\u00a01,050.00 in all."
    # Nothing left to bill: the button says so by being off; the ledger shows the new invoice.
    assert not dialog.issue_button.isEnabled() and "billed for the fees ticked" in dialog.plan_label.text()
    with school.db.session() as s:
        assert s.execute(select(func.count()).select_from(InvoiceLine)
                         .where(InvoiceLine.amount_minor == 210_00)).scalar_one() == 5
    screen.open_student(_student_id(screen, "A001"))
    assert screen.balance.text() == "Owes PKR\u00a01,010.00"
    assert any("Term 1 fees: School transport" in e.description for e in screen.ledger_model.entries)
    dialog.issue()  # pressed again anyway: nothing is billed twice
    assert dialog.message.text() == "Nothing to issue: every student is billed already."
    with school.db.session() as s:
        assert s.execute(select(func.count()).select_from(Invoice)).scalar_one() == 15


def test_a_bad_fee_is_refused_in_words_and_nothing_changes(screen_as, school, qtbot):
    dialog = screen_as("office").open_fee_structures()
    dialog.head.setCurrentIndex(dialog.head.findText("TUI · Tuition"))
    assert dialog.head.currentIndex() >= 0
    for typed, reason in (("0", "more than zero"), ("12.345", "2 decimal places"), ("abc", "not an amount")):
        dialog.amount.clear()
        qtbot.keyClicks(dialog.amount, typed)
        dialog.set_line()
        assert reason in dialog.message.text()
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "100")
    dialog.due.setDate(QDate(TODAY.year + 3, 1, 1))
    dialog.set_line()
    assert "must fall in the academic year" in dialog.message.text()
    assert dialog.model.lines == []


def test_the_principal_sets_the_late_fee_rule_and_the_office_charges_it(screen_as, school, qtbot):
    office = screen_as("office").open_fee_structures()
    assert not office.save_rule_button.isEnabled() and not office.concession_box.isVisibleTo(office)
    assert office.rule_label.text() == "The school charges no late fees." and not office.charge_button.isEnabled()
    principal = screen_as("principal").open_fee_structures()
    principal.late_kind.setCurrentIndex(principal.late_kind.findData("percent"))
    qtbot.keyClicks(principal.late_value, "150")
    principal.save_rule()
    assert "at most 100" in principal.message.text()
    principal.late_value.clear()
    qtbot.keyClicks(principal.late_value, "10")
    principal.late_days.setValue(7)
    principal.save_rule()
    assert principal.message.text() == "The late-fee rule is saved."
    with school.db.session() as s:
        assert s.execute(select(School)).scalars().one().late_fee_rule == \
            {"after_days": 7, "kind": "percent", "value": 1000}
    # The office's dialog heard of it and may charge now.
    assert "10 % of what is still owed" in office.rule_label.text() and office.charge_button.isEnabled()
    qtbot.mouseClick(office.charge_button, Qt.MouseButton.LeftButton)
    assert office.message.text().replace("(s)", "s") == "Late fees charged on 5 invoices, PKR\u00a0250.00 in all."
    office.charge_late_fees()
    assert office.message.text() == "No invoice is late enough for a late fee."
    screen = screen_as("office")
    screen.open_student(_student_id(screen, "A002"))
    late = [e for e in screen.ledger_model.entries if e.kind == "late_fee"]
    assert len(late) == 1 and late[0].debit == 50_00
    row = screen.ledger_model.entries.index(late[0])
    assert screen.ledger_model.index(row, 1).data() == "Late fee"


def test_a_concession_from_the_ledger_is_the_principals(screen_as, school, qtbot, tmp_path):
    office = screen_as("office")
    office.open_student(_student_id(office, "A003"))
    assert not office.concession_button.isVisibleTo(office)
    screen = screen_as("principal")
    screen.open_student(_student_id(screen, "A003"))
    assert screen.concession_button.isEnabled()
    screen.ledger.selectRow(0)  # the first invoice (500.00)
    dialog = screen.grant_concession()
    assert dialog.invoice.currentData() == screen.ledger_model.entries[0].invoice_id
    assert dialog.head.count() == 2  # whole invoice, or tuition
    qtbot.keyClicks(dialog.value, "10")
    dialog.save()
    assert "Say why" in dialog.problem.text() and dialog.isVisible()
    qtbot.keyClicks(dialog.reason, "Sibling discount")
    dialog.grab().save(str(tmp_path / "concession.png"))
    qtbot.mouseClick(dialog.grant_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with school.db.session() as s:
        c = s.execute(select(Concession)).scalars().one()
        assert (c.amount_minor, c.approved_by, c.reason) == (50_00, school.principal.user_id, "Sibling discount")
    assert screen.balance.text() == "Owes PKR\u00a0750.00"
    entry = next(e for e in screen.ledger_model.entries if e.kind == "concession")
    assert "approved by Principal" in entry.description


def test_a_days_receipts_saved_as_one_pdf(screen_as, school, qtbot, tmp_path):
    with school.db.write() as s:
        for st in school.students:
            record_payment(s, school.office, st.id, 100_00, "cash")
    screen = screen_as("office")
    dialog = screen.print_receipts()
    assert dialog.count.text().replace("(s)", "s").startswith("5 receipts on ") and dialog.save_button.isEnabled()
    dialog.choose_path = tmp_path / "today.pdf"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text().replace("(s)", "s") == "5 receipts saved in today.pdf."
    assert dialog.open_button.isVisible()
    subprocess.run(["qpdf", "--check", str(tmp_path / "today.pdf")], check=True, capture_output=True)
    text = subprocess.run(["pdftotext", str(tmp_path / "today.pdf"), "-"], check=True, capture_output=True,
                          text=True).stdout
    assert all(f"TST-D1-00000{n}" in text for n in range(1, 6)) and text.count("DUPLICATE") == 5
    # A day with no receipts: nothing to save.
    dialog.day.setDate(QDate(TODAY.year, TODAY.month, TODAY.day).addDays(-3))
    assert dialog.count.text().replace("(s)", "s").startswith("0 receipts") and not dialog.save_button.isEnabled()


def test_a_big_batch_runs_in_the_background_and_stops(school, qtbot, tmp_path):
    """With the app's real worker threads: the window keeps answering, Stop leaves no file.

    (How long the window is held at worst is not timed here; the batch's speed is the benchmark's
    ``receipts_batch`` figure.)
    """
    from PySide6.QtCore import QTimer

    from app.config import Paths, Settings
    from app.ui.context import AppContext
    from app.ui.fee_receipts import ReceiptBatchDialog
    from app.ui.signals import AppSignals
    from app.ui.tasks import TaskRunner

    with school.db.write() as s:
        for k in range(300):
            record_payment(s, school.office, school.students[k % 5].id, 10_00 + k, "cash")
    tasks = TaskRunner()
    ctx = AppContext(hub=AppSignals(), tasks=tasks, paths=Paths.default(tmp_path / "data").ensure(),
                     settings=Settings(), logfile=tmp_path / "log.txt")
    dialog = ReceiptBatchDialog(ctx, open_as(school, "office"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=10_000)
    assert dialog.count.text().replace("(s)", "s").startswith("300 receipts")
    # Stopped once the first progress reaches the window.
    dialog.choose_path = tmp_path / "stopped.pdf"
    dialog.progress.valueChanged.connect(lambda v: v > 0 and dialog.stop())
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    assert dialog.message.text() == "Stopped. No file was saved."
    assert not (tmp_path / "stopped.pdf").exists() and not list(tmp_path.glob("*.part"))
    # The whole batch, while a timer on the window's thread counts the ticks it is given as the batch runs.
    dialog.progress.valueChanged.disconnect()
    dialog.choose_path = tmp_path / "all.pdf"
    ticks_while_running = []

    def tick() -> None:
        if dialog.running:
            ticks_while_running.append(dialog.progress.value())

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(5)
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    timer.stop()
    assert dialog.message.text().replace("(s)", "s") == "300 receipts saved in all.pdf.", dialog.message.text()
    subprocess.run(["qpdf", "--check", str(tmp_path / "all.pdf")], check=True, capture_output=True)
    # The batch ran on a worker: the window's event loop went on delivering the timer and the progress.
    assert len(ticks_while_running) > 1 and len(set(ticks_while_running)) > 1, ticks_while_running
    tasks.shutdown()


def test_a_fee_only_some_students_take_is_left_out_of_an_issue(screen_as, school, qtbot):
    """Transport is in the structure, but the office issues tuition and exam fees only (untick it)."""
    from app.services.fee_structures import add_fee_head, set_structure_line

    with school.db.write() as s:
        trn = add_fee_head(s, school.office, "TRN", "Transport")
        exm = add_fee_head(s, school.office, "EXM", "Exam")
        set_structure_line(s, school.office, school.term.id, 7, trn.id, 210_00, TODAY)
        set_structure_line(s, school.office, school.term.id, 7, exm.id, 30_00, TODAY)
    dialog = screen_as("office").open_fee_structures()
    assert dialog.issue_button.text().replace("(s)", "s") == "Issue 5 invoices to 5 students"
    row = [line.head_code for line in dialog.model.lines].index("TRN")
    index = dialog.model.index(row, 0)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    dialog.model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert "PKR\u00a030.00 a student" in dialog.plan_label.text()
    dialog.issue()
    with school.db.session() as s:
        assert s.execute(select(func.count()).select_from(InvoiceLine)
                         .where(InvoiceLine.fee_head_id == trn.id)).scalar_one() == 0
        assert s.execute(select(func.count()).select_from(InvoiceLine)
                         .where(InvoiceLine.fee_head_id == exm.id)).scalar_one() == 5
    # Transport is still unticked; ticking it again offers it to everyone.
    assert not dialog.issue_button.isEnabled()
    dialog.model.setData(dialog.model.index(row, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert dialog.issue_button.text().replace("(s)", "s") == "Issue 5 invoices to 5 students"
