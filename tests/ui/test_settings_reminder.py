"""The roll-call reminder's time: chosen in the Settings dialog, checked there, and kept by the roll call screen
by the school's clock (its time zone, clock-corrected), not this computer's."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QTime
from sqlalchemy import select

from app.config import Paths, Settings, roll_call_reminder
from app.services.session import Person
from app.storage.models import School
from app.ui.context import AppContext, OpenSchool
from app.ui.roll_call import RollCallScreen
from app.ui.settings_dialog import SettingsDialog
from app.ui.signals import AppSignals
from app.ui.tasks import SyncTaskRunner
from tests.school import build_small_school


@contextlib.contextmanager
def fixed_device_clock(utc: dt.datetime) -> Iterator[list[dt.datetime]]:
    """A fake of the device clock (``app.services.clock.device_now``) standing still at ``utc`` (naive UTC);
    set ``clock[0]`` to move it."""
    from app.services import clock

    real = clock.device_now
    now = [utc]
    clock.device_now = lambda: now[0]
    try:
        yield now
    finally:
        clock.device_now = real


@pytest.fixture
def paths(tmp_path) -> Paths:
    return Paths.default(tmp_path / "data").ensure()


def open_settings(qtbot, paths: Paths) -> SettingsDialog:
    dialog = SettingsDialog(Settings.load(paths), paths)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def save(dialog: SettingsDialog) -> None:
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()


def test_the_reminder_time_is_chosen_in_the_settings_and_a_time_outside_the_school_day_is_refused(qtbot, paths):
    dialog = open_settings(qtbot, paths)
    assert dialog.reminder_edit.time() == QTime(9, 30)  # the default

    dialog.reminder_edit.setTime(QTime(21, 45))  # 9:45 PM: meant 9:45 AM
    save(dialog)
    assert dialog.isVisible()
    short = QLocale.FormatType.ShortFormat
    earliest, latest = (QLocale().toString(QTime(h, 0), short) for h in (5, 20))
    assert dialog.problem.text() == ("The roll-call reminder comes during the school day: choose a time from "
                                     f"{earliest} to {latest}.")
    assert roll_call_reminder(Settings.load(paths)) == dt.time(9, 30)  # nothing saved

    dialog.reminder_edit.setTime(QTime(7, 45))
    save(dialog)
    assert not dialog.isVisible()
    assert Settings.load(paths).extra["roll_call_reminder"] == "07:45"
    assert roll_call_reminder(Settings.load(paths)) == dt.time(7, 45)
    assert open_settings(qtbot, paths).reminder_edit.time() == QTime(7, 45)  # shown again next time


def test_a_reminder_time_in_the_settings_file_that_cannot_be_used_falls_back_to_the_default():
    for raw in ("7.45", "25:00", "03:00", ""):
        assert roll_call_reminder(Settings(extra={"roll_call_reminder": raw})) == dt.time(9, 30), raw


def test_the_roll_call_reminds_at_the_chosen_time_by_the_school_s_clock(qtbot, tmp_path, paths):
    school = build_small_school(tmp_path / "school.daftar")
    with school.db.write() as s:
        row = s.execute(select(School)).scalar_one()
        row.weekend_days = []  # every day a school day, whatever day the test runs
        row.time_zone = "Asia/Karachi"  # UTC+5, no summer time
    dialog = open_settings(qtbot, paths)
    dialog.reminder_edit.setTime(QTime(7, 45))
    save(dialog)

    day = dt.date.today()
    # 02:40 UTC is 07:40 at the school: five minutes before the reminder (this computer's clock says 02:40).
    with fixed_device_clock(dt.datetime.combine(day, dt.time(2, 40))) as device:
        ctx = AppContext(hub=AppSignals(), tasks=SyncTaskRunner(), paths=paths, settings=Settings.load(paths),
                         logfile=tmp_path / "daftar.log")
        person = Person(user_id=school.principal.user_id, username="principal", full_name="Principal",
                        role="principal")
        opened = OpenSchool(db=school.db, path=school.db.path, code="TST", name="Test School", currency="PKR",
                            currency_digits=2, school_id=school.school.id, device_id="dev-1", person=person)
        screen = RollCallScreen(ctx, opened)
        qtbot.addWidget(screen)
        screen.show()
        qtbot.waitUntil(lambda: screen.data is not None, timeout=10_000)
        assert screen.data.day == day
        assert screen.data.clock.now() == dt.datetime.combine(day, dt.time(7, 40))
        assert screen.check_reminder() == ""
        assert not screen.banner.isVisible()

        device[0] = dt.datetime.combine(day, dt.time(2, 46))  # 07:46 at the school
        text = screen.check_reminder()
        assert text == "Reminder: no roll call yet today for 7 A, 7 B."
        assert screen.banner.text() == text
        device[0] = dt.datetime.combine(day, dt.time(5, 0))
        assert screen.check_reminder() == ""  # once a day
    school.db.close()
