"""A service's refusal is shown in the person's language: the pseudo-language walk of the refusals.

Real refusals are raised by the real services on a real school file, then
shown the way every screen shows them (``app.ui.i18n.translated``): in the
pseudo-language nothing of them may be left in plain English but the
school's data (names, numbers, dates); in French and Urdu they read as the
translators wrote them, words passed as arguments (a payment mode, "left the
school", a weekday, a field's name) translated too. One refusal goes through
a screen: the payment dialog, as a clerk types an amount.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from app.services import attendance, comments, fee_structures, fees, grades, setup
from app.services.context import ServiceError
from app.services.fees import student_account
from app.storage.models import CalendarDay, School, Student, Term
from app.ui.formatting import format_date
from app.ui.i18n import PSEUDO, install_translations, translated
from tests.school import TODAY
from tests.ui.test_translations import data_pattern, untranslated


def _refused(school, fn) -> ServiceError:  # noqa: ANN001 - SmallSchool, callable(session)
    """The ServiceError ``fn(session)`` raises on the school file (nothing is written)."""
    with pytest.raises(ServiceError) as caught, school.db.write() as session:
        fn(session)
    return caught.value


def refusals(school) -> dict[str, ServiceError]:  # noqa: ANN001 - SmallSchool
    """A representative set of real refusals, one from each service, several with words as arguments."""
    left = school.students[1]
    with school.db.write() as session:
        session.get(Student, left.id).status = "left"
        paid = fees.record_payment(session, school.office, school.students[0].id, 100_00, "cash")
        fees.cancel_payment(session, school.office, paid.id, "Typed twice")
        # A Saturday inside the term, made a holiday with a name (a closed day of the calendar).
        saturday = TODAY + dt.timedelta(days=(5 - TODAY.weekday()) % 7 or 7) - dt.timedelta(days=7)
        session.add(CalendarDay(school_id=school.school.id, date=saturday - dt.timedelta(days=1), kind="holiday",
                                name="Founders' Day", version=1))
        session.get(School, school.school.id).weekend_days = [5, 6]
    friday = saturday - dt.timedelta(days=1)
    return {
        "typed amount": _refused(school, lambda s: fees.parse_amount("ten", 2)),
        "role": _refused(school, lambda s: fees.record_payment(s, school.teacher, left.id, 1_00, "cash")),
        "left the school (a word argument)": _refused(
            school, lambda s: fees.record_payment(s, school.office, left.id, 10**9, "cash")),
        "cancelled twice": _refused(school, lambda s: fees.cancel_payment(s, school.office, paid.id, "again")),
        "mark": _refused(school, lambda s: grades.parse_mark("lots", 100_00)),
        "weekend (a weekday argument)": _refused(school, lambda s: attendance.check_school_day(s, saturday)),
        "holiday (a word argument)": _refused(school, lambda s: attendance.check_school_day(s, friday)),
        "future day (a date argument)": _refused(
            school, lambda s: attendance.check_edit_window(s, school.teacher, TODAY + dt.timedelta(days=3))),
        "field's name (a word argument)": _refused(school, lambda s: setup.check_school_details(
            name=" ", address="", phone="", currency="PKR", currency_digits=2, time_zone="Asia/Karachi",
            locale="ur_PK")),
        "overlap (a sentence argument)": _refused(school, lambda s: setup.check_term(
            s, academic_year_id=school.term.academic_year_id, name="Term 2", starts_on=TODAY.isoformat(),
            ends_on=(TODAY + dt.timedelta(days=10)).isoformat(), weight=10)),
        "concession": _refused(school, lambda s: fee_structures.grant_concession(
            s, school.office, school.invoices[school.students[0].id][0].id, "percent", 10_00, "Sibling")),
        "remark (a sentence from why_not_write)": _refused(school, lambda s: comments.write_remarks(
            s, school.other_teacher, school.section.id, school.term.id,
            {(school.students[0].id, comments.TEACHER): "Good work"})),
    }


@pytest.fixture
def language(qapp):
    """Install a language for one test; English again afterwards."""
    def use(code: str) -> None:
        install_translations(qapp, code)
    yield use
    install_translations(qapp, "en_US")


def school_words(school) -> re.Pattern[str]:  # noqa: ANN001 - SmallSchool
    with school.db.session() as session:
        names = [st.full_name for st in session.query(Student)] + [t.name for t in session.query(Term)]
    return data_pattern(names + [school.section.name, school.other_section.name, "Founders' Day", "Typed twice",
                                 "Test School"])


def test_every_refusal_is_translated_in_the_pseudo_language(school, language):
    found = refusals(school)
    data = school_words(school)
    language(PSEUDO)
    problems = []
    for what, exc in found.items():
        assert exc.sentence.context, f"{what}: {exc} is a plain refusal"
        shown = translated(exc)
        assert shown != str(exc), f"{what}: shown in English: {shown!r}"
        left = untranslated(shown, data)
        if left:
            problems.append(f"{what}: {shown!r} (not translated: {left!r})")
    assert not problems, "Refusals shown in English:\n" + "\n".join(problems)
    # The arguments are filled in, and the words among them are translated too.
    left_school = translated(found["left the school (a word argument)"])
    assert "[ļéƒţ ţĥé šçĥööļ" in left_school and school.students[1].full_name in left_school
    assert "[Šåţûŕðåý" in translated(found["weekend (a weekday argument)"])
    assert "Founders' Day" in translated(found["holiday (a word argument)"])


def test_refusals_read_as_the_translators_wrote_them_in_french_and_urdu(school, language):
    found = refusals(school)
    left = school.students[1]
    language("fr_FR")
    assert translated(found["role"]) == "Seul le secrétariat peut encaisser des paiements."
    assert translated(found["left the school (a word argument)"]).startswith(
        f"{left.full_name} a quitté l’école : seul ce qui reste dû peut être payé, soit ")
    assert translated(found["weekend (a weekday argument)"]).startswith("Samedi ")
    assert translated(found["field's name (a word argument)"]) == "Renseignez « nom de l’école »."
    overlap = translated(found["overlap (a sentence argument)"])
    assert overlap.startswith("Ces dates chevauchent Term 1 (du ") and " au " in overlap
    assert translated(found["cancelled twice"]).startswith("Le reçu ") and "est déjà annulé." in str(
        translated(found["cancelled twice"]))
    language("ur_PK")
    assert translated(found["role"]) == "ادائیگیاں صرف دفتر لے سکتا ہے۔"
    assert translated(found["left the school (a word argument)"]).startswith(f"{left.full_name} نے اسکول چھوڑ دیا ہے")
    assert translated(found["field's name (a word argument)"]) == "اسکول کا نام لکھیں۔"
    assert translated(found["weekend (a weekday argument)"]).startswith("ہفتہ ")
    language("en_US")
    for what, exc in found.items():
        if "date" in what or "weekday" in what or "holiday" in what or "sentence argument" in what:
            continue  # a date is written as the locale writes it (below)
        assert translated(exc) == str(exc), f"{what}: English shows the service's own sentence"
    future = TODAY + dt.timedelta(days=3)
    assert translated(found["future day (a date argument)"]) == (
        f"Attendance cannot be taken for a future day ({format_date(future)}).")


def test_the_ledger_and_the_payment_modes_are_translated(school, language):
    student = school.students[0]
    with school.db.write() as session:
        paid = fees.record_payment(session, school.office, student.id, 50_00, "cheque", reference="CHQ-0042")
        fees.cancel_payment(session, school.office, paid.id, "Bounced")
    with school.db.session() as session:
        account = student_account(session, student.id)
    words = {e.kind: e.description for e in account.entries}
    assert words["payment"] == "Cheque CHQ-0042" and words["cancellation"] == "Cancelled: Bounced"
    language("fr_FR")
    assert translated(words["payment"]) == "Chèque CHQ-0042"
    assert translated(words["cancellation"]) == "Annulé : Bounced"
    from app.ui.payment import mode_labels

    assert mode_labels()["bank_transfer"] == "Virement bancaire"
    with pytest.raises(LookupError) as gone, school.db.session() as session:  # printing a receipt not here
        fees.receipt_data(session, "no-such-payment")
    assert str(gone.value) == "This payment is not on this device."
    assert translated(gone.value) == "Ce paiement n’est pas sur cet appareil."
    language("ur_PK")
    assert translated(words["payment"]) == "چیک CHQ-0042"
    assert mode_labels()["cash"] == "نقد"
    assert translated(OSError("disk full")) == "disk full"  # any other error: as it is


def test_a_refusal_shown_by_a_screen_is_translated(main_window, qtbot, language):
    """The category weights dialog of the Results screen: weights that do not total 100% are refused by
    the service's rule (``assessments.check_weights``), and the dialog says so in the person's language."""
    window = main_window
    window.show_screen("gradebook")
    dialog = window.screens["gradebook"].show_weights()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0 and dialog.table.item(0, 1) is not None)
    weight = dialog.table.item(0, 1)
    weight.setText(str(int(weight.text()) + 7))  # as typed in the cell: the total is now 107%
    english = dialog.total.text()
    assert english.startswith("The weights total 107%, not 100%: remove 7%"), english
    language(PSEUDO)
    weight.setText(str(int(weight.text()) + 1))
    shown = dialog.total.text()
    assert shown.startswith("[Ţĥé ŵéîĝĥţš ţöţåļ 108%") and untranslated(shown, data_pattern([])) == "", shown
    language("fr_FR")
    weight.setText(str(int(weight.text()) - 10))
    assert dialog.total.text() == ("Les poids totalisent 98 %, et non 100 % : ajoutez 2 % pour que le résultat "
                                   "du trimestre soit complet.")
    language("ur_PK")
    weight.setText(str(int(weight.text()) + 1))
    assert dialog.total.text() == "وزن کا مجموعہ 99% ہے، 100% نہیں: 1% مزید شامل کریں تاکہ ٹرم کا نتیجہ مکمل ہو۔"
    dialog.close()


def test_the_roster_imports_problems_and_notes_are_translated(school, language, tmp_path):
    """The roster check's sentences (problems by row, notes on how the file was read) in every language."""
    from app.services.roster_import import import_roster

    path = tmp_path / "roster.csv"
    path.write_bytes("\r\n".join([
        "Admission No;Student Name;Class;Roll No;Gender;Date of Birth",
        "B001;Bilal Ahmed;7 A;;M;31/02/2014",
        "B001;Bilal Ahmad;7 A;;robot;",
        ";No Number;9 Z;x;;",
    ]).encode() + b"\r\n")
    plan, result = import_roster(school.db, school.office, path)
    assert result is None and plan.problem_count >= 5
    said = [p.describe() for p in plan.problems]
    assert "Row 3, Admission No: Admission number B001 is also on row 2." in said  # English as a str
    notes = plan.source.notes + plan.notes
    assert notes[0] == "Read as UTF-8 text, columns separated by semicolons."
    data = data_pattern(["Bilal Ahmed", "Bilal Ahmad", "No Number", "Admission No", "Student Name", "Class",
                         "Roll No", "Gender", "Date of Birth", "robot", "9 Z", "7 A", "7 B", "B001", "UTF-8"])
    language(PSEUDO)
    left = [f"{shown!r} ({rest!r})" for shown in [translated(s) for s in said + notes]
            if (rest := untranslated(shown, data))]
    assert not left, "Roster sentences in English:\n" + "\n".join(left)
    language("fr_FR")
    assert translated(said[said.index("Row 3, Admission No: Admission number B001 is also on row 2.")]) == (
        "Ligne 3, Admission No : Le numéro d’inscription B001 figure aussi à la ligne 2.")
    assert translated(notes[0]) == "Lu comme texte UTF-8, colonnes séparées par des points-virgules."
    language("ur_PK")
    assert translated(notes[0]) == "UTF-8 ٹیکسٹ کے طور پر پڑھا گیا، کالم سیمی کولن سے الگ ہیں۔"
