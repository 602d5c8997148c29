"""How fresh the school's figures are: each device's last sync and what still waits there.

The principal's dashboard is only as current as the devices that feed it. A
device tells the server after each sync how many of its changes still wait
(``POST /v1/devices/{id}/status``); the principal's and admin's devices keep
the server's list of devices from their own last sync (``sync_meta``
``devices``). :func:`device_freshness` joins that list with what this device
knows about itself now, which is always the newest word about it.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services.outbox import pending_count
from app.storage.models import DeviceIdentity, SyncMeta
from app.sync.protocol import parse_datetime
from app.sync.status import DEVICES_KEY, LAST_SUCCESS_KEY

log = logging.getLogger(__name__)



@dataclass(frozen=True)
class DeviceFreshness:
    device_id: str
    device_name: str
    device_code: str
    user_name: str | None  # who last synced from it
    last_sync_at: dt.datetime | None  # aware UTC; None = never
    pending: int | None  # changes still waiting there (None = unknown)
    this_device: bool


def _aware(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    try:
        return parse_datetime(text).replace(tzinfo=dt.UTC)
    except (TypeError, ValueError):
        return None


def device_freshness(session: Session) -> list[DeviceFreshness]:
    """Every device the school's server listed at the last sync, this device first.

    This device's own row is always current (its outbox now, its last
    successful sync); the others are as the server knew them then. A device
    that never synced sorts last; otherwise the stalest comes first, since
    its numbers are the ones that may still move.
    """
    meta = dict(session.execute(select(SyncMeta.key, SyncMeta.value)
                                .where(SyncMeta.key.in_((DEVICES_KEY, LAST_SUCCESS_KEY)))).all())
    me = session.execute(select(DeviceIdentity)).scalars().first()
    listed: list[dict] = []
    try:
        raw = json.loads(meta.get(DEVICES_KEY) or "[]")
        listed = [d for d in raw if isinstance(d, dict) and isinstance(d.get("device_id"), str)]
    except ValueError:
        log.warning("The stored device list is not readable; showing this device only")
    own_pending = pending_count(session)
    own_last = _aware(meta.get(LAST_SUCCESS_KEY))
    rows: list[DeviceFreshness] = []
    mine_listed = False
    for d in listed:
        mine = me is not None and d["device_id"] == me.device_id
        mine_listed = mine_listed or mine
        pending = d.get("pending")
        rows.append(DeviceFreshness(
            device_id=d["device_id"],
            device_name=str(d.get("name") or ""),
            device_code=str(d.get("device_code") or ""),
            user_name=d.get("last_user_name") if isinstance(d.get("last_user_name"), str) else None,
            last_sync_at=own_last if mine else _aware(d.get("last_sync_at")),
            pending=own_pending if mine else (pending if isinstance(pending, int) else None),
            this_device=mine,
        ))
    if me is not None and not mine_listed:
        rows.append(DeviceFreshness(me.device_id, "", me.device_code, None, own_last, own_pending, True))
    never = dt.datetime.max.replace(tzinfo=dt.UTC)
    rows.sort(key=lambda r: (not r.this_device, r.last_sync_at or never, r.device_code))
    return rows
