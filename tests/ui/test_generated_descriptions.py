"""The lines Daftar writes itself — an issued invoice, a late fee — read in the reader's language.

They are kept in English (the school's data, synced as it is); the fees
screen's ledger says them in the language of the screen and the receipt in
the school's, while a line typed by a person stays as it was typed. Real
invoices and late fees issued on a real school file, the ledger's real model,
a real receipt PDF read back with ``pdftotext``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess

from sqlalchemy import select

from app.reports.receipt import receipt_pdf
from app.services.fee_structures import (
    LateFeeRule,
    add_fee_head,
    apply_late_fees,
    description_words,
    issue_structure,
    set_late_fee_rule,
    set_structure_line,
)
from app.services.fees import receipt_data, record_payment, student_account
from app.storage.models import Invoice
from app.ui.fees import LedgerColumn, LedgerModel
from app.ui.formatting import format_date
from tests.school import TODAY


def _bill_transport_and_charge_late_fees(school) -> tuple[str, str]:  # noqa: ANN001 - SmallSchool
    """Grade 7 billed transport (overdue a month), then 10 % late fees charged today: the student's id and
    the number of the transport invoice."""
    with school.db.write() as s:
        transport = add_fee_head(s, school.office, "TRN", "Transport")
        set_structure_line(s, school.office, school.term.id, 7, transport.id, 200_00, TODAY - dt.timedelta(days=30))
    with school.db.write() as s:
        issue_structure(s, school.office, school.term.id, 7, issued_on=TODAY - dt.timedelta(days=40))
    with school.db.write() as s:
        set_late_fee_rule(s, school.principal, LateFeeRule(7, "percent", 1000))
    with school.db.write() as s:
        apply_late_fees(s, school.office, on_day=TODAY)
    student = school.students[2]
    with school.db.session() as s:
        number = s.execute(select(Invoice.number).where(
            Invoice.student_id == student.id, Invoice.description == "Term 1 fees: Transport")).scalar_one()
    return student.id, number


def _ledger_texts(account) -> list[str]:  # noqa: ANN001 - StudentAccount
    model = LedgerModel()
    model.set_account(account)
    return [model.index(row, LedgerColumn.DESCRIPTION).data() for row in range(model.rowCount())]


def test_issued_invoices_and_late_fees_read_in_the_screens_language(school, language):
    student_id, _ = _bill_transport_and_charge_late_fees(school)
    with school.db.session() as s:
        account = student_account(s, student_id)
    stored = {e.description for e in account.entries if e.kind in ("invoice", "late_fee")}
    # Kept in English, as before: the words are the school's data, the same on every device and the server.
    assert "Term 1 fees: Transport" in stored
    assert f"Late fee, 10% of what was owed (charged {TODAY.isoformat()})" in stored
    english = _ledger_texts(account)
    assert "Term 1 fees: Transport" in english

    language("fr_FR")
    french = _ledger_texts(account)
    assert "Frais de scolarité, Term 1 : Transport" in french
    assert f"Pénalité de retard, 10 % du montant dû (appliquée le {format_date(TODAY)})" in french
    assert not any("fees:" in text or "Late fee" in text for text in french), french

    language("ur_PK")
    urdu = _ledger_texts(account)
    assert "Term 1 کی فیس: Transport" in urdu
    assert f"لیٹ فیس، واجب الادا رقم کا 10% ({format_date(TODAY)} کو لگائی گئی)" in urdu
    assert not any("fees:" in text or "Late fee" in text for text in urdu), urdu


def test_a_line_a_person_typed_is_shown_as_typed():
    assert description_words("Books and uniform") == "Books and uniform"
    # Looks like a late fee but is not one Daftar wrote (no date): as typed.
    assert description_words("Late fee (charged twice)") == "Late fee (charged twice)"
    said = description_words("2026-T1-A003-3F9C Term 1 fees: Tuition, Transport")
    assert said.arguments["number"] == "2026-T1-A003-3F9C"
    assert said.arguments["text"].arguments == {"term": "Term 1", "heads": "Tuition, Transport"}


def test_the_receipt_prints_the_invoice_in_the_schools_language(school, tmp_path):
    student_id, number = _bill_transport_and_charge_late_fees(school)
    with school.db.write() as s:
        paid = record_payment(s, school.office, student_id, 2000_00, "cash")
    with school.db.session() as s:
        data = receipt_data(s, paid.id)
    assert any(line.description == f"{number} Term 1 fees: Transport" for line in data.lines), data.lines

    def printed(locale_name: str) -> str:
        path = tmp_path / f"{locale_name}.pdf"
        path.write_bytes(receipt_pdf(dataclasses.replace(data, school_locale=locale_name)))
        text = subprocess.run(["pdftotext", "-raw", str(path), "-"], check=True, capture_output=True,
                              text=True).stdout
        return " ".join(text.split())

    english = printed("en_PK")
    assert f"{number} Term 1 fees: Transport" in english
    french = printed("fr_FR")
    assert f"{number} Frais de scolarité, Term 1 :" in french  # the heads wrap to the next line
    assert "Avance (pas encore facturée)" in french  # the money left over, no invoice yet
    assert "fees:" not in french and "Advance" not in french
    urdu = printed("ur_PK")
    assert "fees:" not in urdu and "Advance" not in urdu and number in urdu and "Transport" in urdu
    # pdftotext gives Urdu's joined (presentation) forms: fold them back to compare letters.
    import unicodedata

    assert "فیس" in unicodedata.normalize("NFKC", urdu)
