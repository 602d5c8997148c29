"""The day the tests take attendance on, whatever day of the week the suite runs.

Attendance is refused on a weekend day (on the device and on the server), so
a test that marks "today" would fail on a Saturday. The tests mark
:data:`SCHOOL_DAY` instead: today when today is a school day, else the latest
school day before it (Friday on a Saturday or Sunday). Every test school has
its weekend on Saturday and Sunday, or none.

:func:`fake_school_clock` is a fake of the device clock
(``app.services.clock.device_now``): the real time, moved back to
:data:`SCHOOL_DAY`, so that code reading "today" through the clock
(``school_today``) also gets the school day. It moves by whole days and never
forward, so the server's own "today" (which is real) is at most two days
ahead, inside every edit window. To check the suite on another day of the
week, run it under ``faketime`` (e.g. ``faketime '2026-11-28 10:00:00'``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator

WEEKEND = frozenset({5, 6})  # Saturday, Sunday (Monday is 0)


def latest_school_day(today: dt.date) -> dt.date:
    """``today``, or the latest day before it that is not a weekend day."""
    day = today
    while day.weekday() in WEEKEND:
        day -= dt.timedelta(days=1)
    return day


SCHOOL_DAY = latest_school_day(dt.date.today())


@contextlib.contextmanager
def fake_school_clock(day: dt.date | None = None) -> Iterator[dt.date]:
    """A fake device clock whose date is ``day`` (by default :data:`SCHOOL_DAY`) at the real time of day."""
    from app.services import clock

    day = day or latest_school_day(dt.date.today())
    real = clock.device_now
    shift = dt.timedelta(days=(day - real().date()).days)
    clock.device_now = lambda: real() + shift
    try:
        yield day
    finally:
        clock.device_now = real
