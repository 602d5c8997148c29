"""Cancel on the first download (issue 6): it stops cleanly, leaves no half school, and returns to the welcome window.

Against the real reference server on 127.0.0.1, with the app's real
background threads: the school has some 36,000 attendance marks, so the
first download takes dozens of pages; Cancel is pressed once rows are
arriving. What was decided: a school file that this sign-in made is removed
whole (a half school never shows up among "Schools on this computer"); a
school file that was already here keeps every page that arrived (each page
is committed with its cursor, so the file is whole as far as it goes), and
its next sync finishes the download.
"""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
import shiboken6
from PySide6.QtCore import Qt

from app.config import Paths, setup_logging
from app.sync import credentials
from app.ui.application import DaftarApp
from app.ui.tasks import TaskRunner
from app.ui.welcome import WelcomeWindow
from server.ids import new_id
from server.schools import bulk_insert
from tests.support.live_server import LiveServer
from tests.sync.conftest import FAST_SCRYPT, PASSWORD, build_server_school

MARK_DAYS = 6000


@pytest.fixture
def big_school(tmp_path):
    with LiveServer("sqlite:///" + str(tmp_path / "server.sqlite3"), scrypt_n=FAST_SCRYPT, rate_per_second=10_000,
                    rate_burst=10_000, jwt_secret="cancel-" + uuid.uuid4().hex) as live:
        school = build_server_school(live)
        ids = school.ids
        marks = []
        for day in range(1, MARK_DAYS + 1):
            date = (dt.date.today() - dt.timedelta(days=day)).isoformat()
            for n in range(1, 7):
                marks.append({"id": new_id(), "student_id": ids[f"student{n}"],
                              "section_id": ids["sec_a" if n <= 3 else "sec_b"], "date": date, "period": 0,
                              "code": "P", "note": "", "marked_by": None, "marked_at": f"{date}T07:30:00Z",
                              "device_id": ""})
        bulk_insert(school.engine, school.id, {"attendance_marks": marks})
        yield school


@pytest.fixture
def app(tmp_path, memory_keyring):
    paths = Paths.default(tmp_path / "data").ensure()
    daftar = DaftarApp(paths, setup_logging(paths), tasks=TaskRunner())
    daftar.client_options = {"backoff_base": 0.01, "backoff_cap": 0.05, "max_attempts": 2}
    yield daftar
    for window in (daftar.main_window, daftar.welcome, daftar.unlock_window):
        if window is not None and shiboken6.isValid(window):
            window.close()
    daftar.shutdown()


def _sign_in(daftar: DaftarApp, qtbot, school) -> WelcomeWindow:
    daftar.start()
    welcome = daftar.welcome
    qtbot.mouseClick(welcome.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(welcome.server_edit, school.live.base)
    qtbot.keyClicks(welcome.code_edit, school.code)
    qtbot.keyClicks(welcome.username_edit, "principal")
    qtbot.keyClicks(welcome.password_edit, PASSWORD)
    qtbot.mouseClick(welcome.submit_button, Qt.MouseButton.LeftButton)
    assert welcome.current_page() == WelcomeWindow.PROGRESS
    assert welcome.cancel_button.isVisible() and welcome.cancel_button.isEnabled()
    # Rows are arriving: the bar has its total and some of it is done.
    qtbot.waitUntil(lambda: welcome.progress_bar.maximum() > 0 and welcome.progress_bar.value() > 0, timeout=60_000)
    return welcome


def test_cancel_on_the_first_download_leaves_no_half_school_and_returns_to_the_welcome(app, qtbot, big_school,
                                                                                      tmp_path):
    welcome = _sign_in(app, qtbot, big_school)
    total = welcome.progress_bar.maximum()
    assert total > 30_000
    welcome.grab().save(str(tmp_path / "downloading.png"))
    qtbot.mouseClick(welcome.cancel_button, Qt.MouseButton.LeftButton)
    assert welcome.cancel_button.text() == "Stopping…" and not welcome.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: welcome.current_page() == WelcomeWindow.SIGN_IN, timeout=60_000)
    stopped_at = welcome.progress_bar.value()
    assert stopped_at < total, "the download finished before Cancel took effect"
    assert "The download was stopped and nothing of it was kept" in welcome.sign_in_error.text()
    assert welcome.submit_button.isEnabled() and app.main_window is None
    # No half school: no file of it in the schools folder, and nothing to offer on the welcome window.
    assert not list(app.ctx.paths.schools_dir.glob("*")), list(app.ctx.paths.schools_dir.glob("*"))
    welcome.grab().save(str(tmp_path / "cancelled.png"))

    # Signing in again downloads the whole school and opens it.
    with qtbot.waitSignal(app.school_ready, timeout=120_000):
        qtbot.mouseClick(welcome.submit_button, Qt.MouseButton.LeftButton)
    from app.storage.models import AttendanceMark

    with app.school.db.session() as s:
        assert s.query(AttendanceMark).count() == MARK_DAYS * 6


def test_cancel_on_a_school_already_here_keeps_what_arrived_and_the_next_sync_finishes(app, qtbot, big_school):
    from app.storage.db import check_school_file, open_school
    from app.storage.models import AttendanceMark
    from app.sync.account import resume

    paths = app.ctx.paths
    # The school was here before (signed in once, with nothing to download yet)…
    from app.sync.account import sign_in

    signed, _ = sign_in(paths, big_school.live.base, big_school.code, "principal", PASSWORD, first_sync=False)
    signed.close()
    school_file = paths.school_file(big_school.code)
    assert school_file.exists()
    welcome = _sign_in(app, qtbot, big_school)
    qtbot.mouseClick(welcome.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: welcome.current_page() == WelcomeWindow.SIGN_IN, timeout=60_000)
    assert "What had arrived is kept" in welcome.sign_in_error.text()
    check_school_file(school_file)
    db = open_school(school_file, paths.backups)
    with db.session() as s:
        arrived = s.query(AttendanceMark).count()
    db.close()
    assert 0 < arrived < MARK_DAYS * 6
    # The next sync finishes the download (the engine starts a cut-off first download over, upserting
    # what is already here) and ends with every row, once.
    credentials.clear_memory()
    again = resume(paths, big_school.code)
    try:
        report = again.engine.sync()
        assert report.ok, report.describe()
        with again.db.session() as s:
            assert s.query(AttendanceMark).count() == MARK_DAYS * 6
    finally:
        again.close()
