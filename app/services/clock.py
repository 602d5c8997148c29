"""Clock-corrected time (DESIGN.md §5 Clocks).

The sync engine stores the offset between the server's clock and this
device's after each successful exchange; edits are stamped with the device's
time plus that offset. Nothing is ordered by raw device time.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.storage.models import SyncMeta

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
