"""A principal's whole day with Daftar, driven through the widgets, against the real server.

First sign-in and download (the progress bar moves), "Work offline", the
network really gone, Daftar closed and opened again the next morning and
unlocked with no connection, a payment and a mark changed offline, the
connection back, the status bar counting down to no changes waiting, a marks
conflict in the inbox, resolved by restoring her mark.

Real parts: the reference server on 127.0.0.1 (SQLite), real school files,
the real background-task runner (threads), an in-memory keyring.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402
import time  # noqa: E402
import uuid  # noqa: E402

import httpx  # noqa: E402
import keyring  # noqa: E402
import pytest  # noqa: E402
import shiboken6  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit  # noqa: E402

from app.config import Paths, setup_logging  # noqa: E402
from app.services.grades import MarkValue, record_marks  # noqa: E402
from app.sync import credentials  # noqa: E402
from app.ui.application import DaftarApp  # noqa: E402
from app.ui.marks import FIXED_COLUMNS  # noqa: E402
from app.ui.tasks import TaskRunner  # noqa: E402
from app.ui.welcome import WelcomeWindow  # noqa: E402
from server.ids import new_id  # noqa: E402
from server.schools import bulk_insert  # noqa: E402
from tests.support.live_server import LiveServer  # noqa: E402
from tests.sync.conftest import FAST_SCRYPT, PASSWORD, Device, MemoryKeyring, build_server_school  # noqa: E402

FAST = {"backoff_base": 0.01, "backoff_cap": 0.05, "max_attempts": 2}


@pytest.fixture(autouse=True)
def english_ui(qapp):
    from app.ui.application import create_qapplication, install_translations

    create_qapplication([])
    install_translations(qapp, "en_US")


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    credentials.clear_memory()
    yield backend
    credentials.clear_memory()
    keyring.set_keyring(previous)


@pytest.fixture
def live(tmp_path):
    with LiveServer("sqlite:///" + str(tmp_path / "server.sqlite3"), scrypt_n=FAST_SCRYPT, rate_per_second=10_000,
                    rate_burst=10_000, jwt_secret="day-" + uuid.uuid4().hex) as server:
        yield server


def _more_history(school) -> int:
    """A term of attendance for 60 more students: enough rows for a download of several pages."""
    ids = school.ids
    students, enrollments, marks = [], [], []
    start = dt.date.today() - dt.timedelta(days=100)
    for i in range(60):
        sid = new_id()
        students.append({"id": sid, "admission_no": f"B{i:03d}", "given_name": f"Pupil{i}", "family_name": "Day",
                         "full_name": f"Pupil{i} Day", "gender": "M", "date_of_birth": None, "guardian_name": "",
                         "guardian_phone": "", "guardian_email": "", "address": "", "category": "",
                         "status": "active"})
        enrollments.append({"id": new_id(), "student_id": sid, "section_id": ids["sec_a"], "roll_no": 10 + i,
                            "starts_on": start.isoformat(), "ends_on": None})
        for d in range(90):
            marks.append({"id": new_id(), "student_id": sid, "section_id": ids["sec_a"],
                          "date": (start + dt.timedelta(days=d)).isoformat(), "period": 0, "code": "P", "note": "",
                          "marked_by": ids["teacher1"], "marked_at": "2024-01-01T08:00:00Z", "device_id": ""})
    bulk_insert(school.engine, school.id, {"students": students, "enrollments": enrollments,
                                           "attendance_marks": marks})
    return len(marks)


class SlowLink(httpx.HTTPTransport):
    """A fake slow connection (the school's, in the morning): each page of a download takes 0.15 s more.

    Real HTTP to the real server; only the wait is added, so that the
    download lasts long enough for the welcome window to say the time left.
    """

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/sync/pull"):
            time.sleep(0.15)
        return super().handle_request(request)


def _app(paths, logfile, **options) -> DaftarApp:
    app = DaftarApp(paths, logfile, tasks=TaskRunner())
    app.sync_debounce_seconds = 0.2
    app.client_options = dict(FAST, **options)
    return app


def _close(app: DaftarApp) -> None:
    for window in (app.main_window, app.welcome, app.unlock_window):
        if window is not None and shiboken6.isValid(window):
            window.close()
    app.shutdown()
    app.deleteLater()


def test_a_principals_day(qtbot, tmp_path, live, memory_keyring):
    school = build_server_school(live)
    _more_history(school)
    ids = school.ids
    # A teacher enters a mark on her own laptop before the principal's first sign-in.
    teacher = Device(tmp_path / "teacher-laptop", school, "teacher1")
    teacher.write(record_marks, ids["assess_a"], {ids["student3"]: MarkValue("scored", 3000)})
    assert teacher.sync().ok

    paths = Paths.default(tmp_path / "office-pc").ensure()
    logfile = setup_logging(paths)
    daftar = _app(paths, logfile, transport=SlowLink())
    try:
        # -- morning: first sign-in, and the school downloads with a real progress bar ------------
        daftar.start()
        welcome = daftar.welcome
        assert welcome is not None and welcome.current_page() == WelcomeWindow.CHOICE
        qtbot.mouseClick(welcome.sign_in_button, Qt.MouseButton.LeftButton)
        assert welcome.current_page() == WelcomeWindow.SIGN_IN
        qtbot.keyClicks(welcome.server_edit, "not a web address")
        qtbot.keyClicks(welcome.code_edit, school.code)
        qtbot.keyClicks(welcome.username_edit, "principal")
        qtbot.keyClicks(welcome.password_edit, PASSWORD)
        qtbot.mouseClick(welcome.submit_button, Qt.MouseButton.LeftButton)
        assert welcome.sign_in_error.isVisible() and "not a web address" in welcome.sign_in_error.text()
        welcome.server_edit.clear()
        qtbot.keyClicks(welcome.server_edit, live.base)
        bar_values: list[tuple[int, int]] = []
        details: list[str] = []  # the words under the bar, as they were at each step
        welcome.progress_bar.valueChanged.connect(lambda v: (bar_values.append((v, welcome.progress_bar.maximum())),
                                                             details.append(welcome.progress_detail.text())))
        with qtbot.waitSignal(daftar.school_ready, timeout=30_000):
            qtbot.mouseClick(welcome.submit_button, Qt.MouseButton.LeftButton)
            assert welcome.current_page() == WelcomeWindow.PROGRESS
        moving = [(v, m) for v, m in bar_values if 0 < v < m]
        assert moving, f"the bar jumped straight to the end: {bar_values}"
        assert bar_values[-1][0] == bar_values[-1][1] > 5000
        details.append(welcome.progress_detail.text())
        left = [d for d in details if d.endswith(" left") and not d.startswith("Working out")]
        assert left, f"the time left was never said: {details}"

        window = daftar.main_window
        assert window is not None and window.isVisible()
        screens = [window.navigation.item(i).text() for i in range(window.navigation.count())]
        assert screens[0] == "Today" and "Students" in screens and screens[-1] == "Inbox"
        bar = window.sync_bar
        qtbot.waitUntil(lambda: bar.sync_label.text() == "Up to date", timeout=15_000)
        assert bar.pending_label.text() == "No changes waiting"
        assert bar.last_label.text().startswith("Last synced ")
        assert not bar.problem_label.text()

        # -- going offline with the switch --------------------------------------------------------
        qtbot.mouseClick(bar.offline_button, Qt.MouseButton.LeftButton)
        assert window.work_offline_action.isChecked()
        assert bar.sync_label.text() == "Working offline"
        assert not bar.sync_button.isEnabled()
        assert window.sync.scheduler is None and not window.sync.sync_now()
        # ... and then the connection really goes.
        live.stop()
    finally:
        _close(daftar)

    # -- the next morning, no connection: Daftar opens on the unlock window --------------------------
    daftar = _app(paths, logfile)
    try:
        daftar.start()
        qtbot.waitUntil(lambda: daftar.unlock_window is not None and daftar.unlock_window.isVisible(),
                        timeout=10_000)
        unlock = daftar.unlock_window
        assert unlock.person_combo.currentData() == "principal"
        qtbot.keyClicks(unlock.password_edit, "wrong password")
        qtbot.keyClick(unlock.password_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: unlock.error.isVisible(), timeout=10_000)
        assert "not the password" in unlock.error.text()
        unlock.password_edit.clear()
        with qtbot.waitSignal(daftar.school_ready, timeout=10_000):
            qtbot.keyClicks(unlock.password_edit, PASSWORD)
            qtbot.keyClick(unlock.password_edit, Qt.Key.Key_Return)
        window = daftar.main_window
        bar = window.sync_bar
        reports = []
        window.sync.finished.connect(reports.append)
        # It tried, and says in words that the server cannot be reached and the work is safe.
        qtbot.waitUntil(lambda: window.sync.status.phase == "offline", timeout=15_000)
        assert "Cannot reach the school's server" in bar.problem_label.text()
        assert bar.sync_label.text() == "Offline"

        # She switches "Work offline" on for the morning, from the Sync menu this time.
        window.work_offline_action.trigger()
        assert bar.offline_button.isChecked() and bar.sync_label.text() == "Working offline"

        # -- work done offline: a payment at the desk and a mark corrected --------------------------
        actor = daftar.school.actor
        assert actor.role == "principal" and actor.user_id == ids["principal"]
        counts: list[int] = []  # every "N changes waiting" the status bar shows from now on
        bar.pending_changed.connect(counts.append)
        window.show_screen("fees")
        fees = window.fees
        printed: list[tuple] = []
        fees.deliver_receipt = lambda *receipt: printed.append(receipt)  # the fake printer
        qtbot.waitUntil(lambda: fees.index is not None, timeout=10_000)  # the students to search, read
        qtbot.keyClicks(fees.search, "Student1 Test")
        qtbot.keyClick(fees.search, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: fees.account is not None and fees.account.full_name == "Student1 Test",
                        timeout=10_000)
        dialog = fees.take_payment()
        dialog.amount.clear()
        qtbot.keyClicks(dialog.amount, "500")
        dialog.mode.setCurrentIndex(dialog.mode.findData("cash"))
        assert dialog.save_button.isEnabled(), dialog.problem.text()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(printed) == 1, timeout=10_000)
        with daftar.school.db.session() as s:
            from app.storage.models import Payment

            payment = s.get(Payment, printed[0][0])
            assert payment.amount_minor == 500_00 and payment.student_id == ids["student1"]
            receipt = payment.receipt_no
        qtbot.waitUntil(lambda: (bar.pending_label.property("pending") or 0) >= 2, timeout=5_000)
        # The mark, corrected in the marks grid as in a spreadsheet: 35, Enter.
        window.show_screen("marks")
        marks = window.screens["marks"]
        marks.select(ids["sec_a"], ids["maths"], ids["term"])
        qtbot.waitUntil(lambda: marks.model.grid is not None
                        and any(a.id == ids["assess_a"] for a in marks.model.grid.assessments), timeout=10_000)
        grid = marks.model.grid
        row = [st.id for st in grid.students].index(ids["student3"])
        col = FIXED_COLUMNS + [a.id for a in grid.assessments].index(ids["assess_a"])
        window.activateWindow()
        marks.table.setFocus()
        marks.table.setCurrentIndex(marks.model.index(row, col))
        qtbot.keyClicks(marks.table, "3")
        qtbot.waitUntil(lambda: marks.table.findChild(QLineEdit) is not None, timeout=5_000)
        editor = marks.table.findChild(QLineEdit)
        qtbot.keyClicks(editor, "5")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        QApplication.processEvents()
        qtbot.waitUntil(lambda: (bar.pending_label.property("pending") or 0) >= 3, timeout=5_000)
        waiting = bar.pending_label.property("pending")
        assert bar.pending_label.text() == f"{waiting} changes waiting to sync"
        assert receipt.startswith(school.code + "-")

        # Meanwhile the teacher changes the same mark on her laptop and it reaches the server first.
        live.start()
        teacher.write(record_marks, ids["assess_a"], {ids["student3"]: MarkValue("scored", 4000)})
        assert teacher.sync().ok

        # -- the connection is back: "Work offline" off, and the count goes down to 0 ----------------
        assert window.sync.scheduler is None  # nothing was sent meanwhile
        qtbot.mouseClick(bar.offline_button, Qt.MouseButton.LeftButton)
        assert not window.work_offline_action.isChecked()
        qtbot.waitUntil(lambda: bar.pending_label.text() == "No changes waiting", timeout=20_000)
        qtbot.waitUntil(lambda: bar.sync_label.text() == "Up to date", timeout=10_000)
        assert not bar.problem_label.text()
        # The count went up with each change made offline, and then down to none, never up again.
        top = counts.index(max(counts))
        assert counts[top] == waiting and counts[-1] == 0, counts
        assert counts[top:] == sorted(counts[top:], reverse=True), counts
        assert counts[:top] == sorted(counts[:top]) and len(counts[:top + 1]) >= 2, counts
        qtbot.waitUntil(lambda: any(r.ok for r in reports) and not window.sync.running, timeout=10_000)
        assert sum(r.conflicts for r in reports) == 1, [r.describe() for r in reports]

        # -- the conflict is in the inbox, in words ------------------------------------------------
        window.show_screen("inbox")
        inbox = window.inbox
        qtbot.waitUntil(lambda: len(inbox.items) == 1, timeout=10_000)
        item = inbox.current_item()
        assert item.kind == "marks_conflict"
        assert "Student3 Test" in item.text and "Maths Test 1" in item.text
        assert "35/50" in item.text and "40/50" in item.text and "Teacher1" in item.text
        assert inbox.keep_button.isVisible() and inbox.restore_button.isVisible()
        assert not inbox.dismiss_button.isVisible()
        assert inbox.restore_button.text() == "Restore 35/50 (yours)"
        qtbot.mouseClick(inbox.restore_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(inbox.items) == 0, timeout=10_000)
        # The choice is a change like any other: it syncs by itself soon after, or now.
        qtbot.mouseClick(bar.sync_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.sync.last_report is not None and window.sync.last_report.pushed >= 1
                        and bar.pending_label.text() == "No changes waiting", timeout=20_000)
        assert teacher.sync().ok
        [mark] = [m for m in teacher.rows("marks").values() if m["student_id"] == ids["student3"]]
        assert mark["score_centi"] == 3500
        with daftar.school.db.session() as s:
            from app.storage.models import Payment

            assert s.get(Payment, payment.id).version is not None  # the payment reached the server
    finally:
        _close(daftar)
        teacher.close()
