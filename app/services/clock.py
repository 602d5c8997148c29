"""Clock-corrected time (DESIGN.md §5 Clocks).

The sync engine stores the offset between the server's clock and this
device's after each successful exchange; edits are stamped with the device's
time plus that offset. Nothing is ordered by raw device time.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.storage.models import School, SyncMeta

CLOCK_OFFSET_KEY = "clock_offset_ms"


def device_now() -> dt.datetime:
    """The device's own UTC time (naive). A test may replace the clock it reads."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def clock_offset(session: Session) -> dt.timedelta:
    raw = session.execute(select(SyncMeta.value).where(SyncMeta.key == CLOCK_OFFSET_KEY)).scalar()
    try:
        return dt.timedelta(milliseconds=int(raw)) if raw is not None else dt.timedelta(0)
    except ValueError:
        return dt.timedelta(0)


def corrected_now(session: Session) -> dt.datetime:
    """The server's idea of now, as well as this device knows it (naive UTC)."""
    return device_now() + clock_offset(session)


def set_clock_offset(session: Session, offset: dt.timedelta) -> None:
    ms = str(int(offset.total_seconds() * 1000))
    row = session.get(SyncMeta, CLOCK_OFFSET_KEY)
    if row is None:
        session.add(SyncMeta(key=CLOCK_OFFSET_KEY, value=ms))
    else:
        row.value = ms


def school_today(session: Session) -> dt.date:
    """Today's date where the school is (its time zone, clock-corrected).

    A school's day is its own, not UTC's: a payment at 02:00 in Dubai belongs
    to that Dubai day, and so does the roll call.
    """
    school = session.execute(select(School).where(School.deleted.is_(False))).scalars().first()
    now_utc = corrected_now(session).replace(tzinfo=dt.UTC)
    try:
        zone = ZoneInfo(school.time_zone) if school is not None else dt.UTC
    except (ZoneInfoNotFoundError, ValueError):
        zone = dt.UTC
    return now_utc.astimezone(zone).date()
