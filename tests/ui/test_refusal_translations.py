"""A service's refusal is shown in the person's language: the pseudo-language walk of the refusals.

Real refusals are raised by the real services on a real school file, then
shown the way every screen shows them (``app.ui.i18n.translated``): in the
pseudo-language nothing of them may be left in plain English but the
school's data (names, numbers, dates); in French and Urdu they read as the
translators wrote them, words passed as arguments (a payment mode, "left the
school", a weekday, a field's name) translated too. One refusal goes through
a screen: the payment dialog, as a clerk types an amount. The sync's
sentences too: a real sync against a closed port, on the status bar; a refused
admin call; a sign-in that cannot reach its server, on the welcome window.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from app.services import attendance, comments, fee_structures, fees, grades, setup
from app.services.context import ServiceError
from app.services.fees import student_account
from app.storage.models import CalendarDay, School, Student, SyncMeta, Term
from app.ui.formatting import format_date
from app.ui.i18n import PSEUDO, translated
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


# --------------------------------------------------------------------------
# The sync's sentences: a real failed sync on the status bar, a refused admin call, the sign-in
# --------------------------------------------------------------------------

CANNOT_REACH_FR = ("Impossible de joindre le serveur de l’école. Votre travail est enregistré sur cet ordinateur et "
                   "sera synchronisé quand la connexion reviendra.")


def test_a_sync_that_cannot_reach_the_server_is_said_on_the_status_bar_in_the_persons_language(
        school, language, qtbot):
    """A real sync against a closed port on this computer: the engine keeps the client's Sentence, the status
    bar says it in the pseudo-language, French and Urdu; the English stays for the report (logs, the CLI)."""
    from app.sync.client import ServerClient
    from app.sync.engine import SyncEngine
    from app.ui.signals import AppSignals
    from app.ui.sync_controller import StatusRelay, SyncController, sync_words
    from app.ui.sync_status import SyncStatusBar
    from app.ui.tasks import SyncTaskRunner
    from tests.support.live_server import free_port

    relay = StatusRelay()
    client = ServerClient(f"http://127.0.0.1:{free_port()}", max_attempts=2, sleep=lambda _s: None)
    engine = SyncEngine(school.db, client, "dev-1", on_status=relay)
    controller = SyncController(AppSignals(), SyncTaskRunner(), engine, relay=relay)
    bar = SyncStatusBar(controller)
    qtbot.addWidget(bar)
    try:
        report = engine.sync()
        english = ("Cannot reach the school's server. Your work is saved on this computer and will sync when the "
                   "connection returns.")
        assert not report.ok and report.error == english
        qtbot.waitUntil(lambda: controller.status.phase == "offline", timeout=5_000)
        assert bar.problem_label.text() == english
        language(PSEUDO)  # the open bar is translated again (retranslate_ui)
        shown = bar.problem_label.text()
        assert shown.startswith("[Çåññöţ ŕéåçĥ ţĥé šçĥööļ'š šéŕṽéŕ.") and untranslated(shown, data_pattern([])) == "", \
            shown
        language("fr_FR")
        assert bar.problem_label.text() == CANNOT_REACH_FR
        assert bar.sync_label.text() == "Hors ligne"
        # A sync that fails while French is on screen: the new status arrives in French.
        engine.sync()
        qtbot.waitUntil(lambda: controller.status is engine.status, timeout=5_000)
        assert controller.status.phase == "offline" and bar.problem_label.text() == CANNOT_REACH_FR
        # The school file keeps the English sentence; read back (after a restart), it is said in French too.
        with school.db.session() as session:
            kept = session.get(SyncMeta, "last_error").value
        assert kept == english and type(kept) is str
        assert sync_words(kept) == CANNOT_REACH_FR
        language("ur_PK")
        assert bar.problem_label.text() == ("اسکول کے سرور تک رسائی نہیں ہو رہی۔ آپ کا کام اس کمپیوٹر پر محفوظ ہے اور "
                                            "کنکشن بحال ہونے پر سنک ہو جائے گا۔")
    finally:
        client.close()


def test_the_clock_warning_and_a_conflicts_reason_are_translated(language):
    """The status bar's clock warning (a Sentence with the minutes) and a reason the engine keeps with a
    conflict in the school file (plain English there), in French."""
    import datetime as dt

    from app.sync.engine import _default_reason
    from app.sync.status import SyncStatus
    from app.ui.sync_controller import sync_words

    late = SyncStatus(clock_offset=dt.timedelta(minutes=12, seconds=5))
    assert late.clock_warning == ("This computer's clock is about 12 minutes behind the school's server. Daftar "
                                  "corrects for it, but please set the right date and time.")
    language("fr_FR")
    assert sync_words(late.clock_warning) == ("L’horloge de cet ordinateur retarde d’environ 12 minutes sur le "
                                              "serveur de l’école. Daftar en tient compte, mais réglez la bonne "
                                              "date et la bonne heure.")
    kept = str(_default_reason("superseded"))  # as read back from the conflicts table
    assert sync_words(kept) == ("Une modification ultérieure faite sur un autre appareil a été gardée à la place "
                                "de celle-ci.")
    assert sync_words("The register was closed by the principal.") == "The register was closed by the principal."


def test_a_refused_admin_call_is_translated(language):
    """The set-up's call to a server that is not there: AdminRefused, said in the person's language."""
    from app.sync.client import ServerClient
    from app.ui.setup.admin_api import AdminApi, AdminRefused
    from tests.support.live_server import free_port

    with ServerClient(f"http://127.0.0.1:{free_port()}", max_attempts=1) as client, \
            pytest.raises(AdminRefused) as refused:
        AdminApi(client).change_school({"name": "Test School"})
    assert str(refused.value) == ("Cannot reach the school's server, which decides this: nothing was changed. "
                                  "Try again when the connection returns.")
    language(PSEUDO)
    shown = translated(refused.value)
    assert shown != str(refused.value) and untranslated(shown, data_pattern([])) == "", shown
    language("fr_FR")
    assert translated(refused.value) == ("Impossible de joindre le serveur de l’école, qui décide de ceci : rien "
                                         "n’a été modifié. Réessayez quand la connexion sera revenue.")
    language("ur_PK")
    assert translated(refused.value).startswith("اسکول کے سرور تک رسائی نہیں ہو سکی")


def test_a_sign_in_that_cannot_reach_the_server_is_said_in_french(daftar, qtbot, language):
    from PySide6.QtCore import Qt

    from app.ui.welcome import WelcomeWindow
    from tests.support.live_server import free_port

    language("fr_FR")
    daftar.client_options = {"max_attempts": 1}
    daftar.start()
    welcome = daftar.welcome
    welcome.show_page(WelcomeWindow.SIGN_IN)
    qtbot.keyClicks(welcome.server_edit, f"http://127.0.0.1:{free_port()}")
    qtbot.keyClicks(welcome.code_edit, "ghs")
    qtbot.keyClicks(welcome.username_edit, "amina")
    qtbot.keyClicks(welcome.password_edit, "secret")
    qtbot.mouseClick(welcome.submit_button, Qt.MouseButton.LeftButton)
    assert welcome.current_page() == WelcomeWindow.SIGN_IN
    assert welcome.sign_in_error.text() == CANNOT_REACH_FR
