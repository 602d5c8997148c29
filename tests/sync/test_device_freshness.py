"""The principal knows how fresh the figures are: each device's last sync and what still waits there."""

from __future__ import annotations

import datetime as dt

import httpx
from sqlalchemy import select

from app.services.attendance import MarkEntry, mark_attendance
from app.services.devices import device_freshness
from app.storage.models import DeviceIdentity

TODAY = dt.date.today()


def _device_code(device) -> str:
    with device.db.session() as s:
        return s.execute(select(DeviceIdentity.device_code)).scalar_one()


def _as_principal_sees(principal) -> dict:
    with principal.db.session() as s:
        return {r.device_code: r for r in device_freshness(s)}


def test_principal_sees_each_device_last_sync_and_waiting_changes(server_school, devices):
    teacher = devices(server_school, "teacher1")  # signs in and downloads: its first sync
    principal = devices(server_school, "principal")
    ids = server_school.ids
    teacher_code, principal_code = _device_code(teacher), _device_code(principal)

    # A roll call taken offline waits on the teacher's laptop; the principal cannot know of it yet.
    teacher.write(mark_attendance, ids["sec_a"], TODAY, {ids["student1"]: MarkEntry("A")})
    seen = _as_principal_sees(principal)
    mine = seen[principal_code]
    assert mine.this_device and mine.pending == 0 and mine.last_sync_at is not None
    first = seen[teacher_code]
    assert not first.this_device
    assert first.device_name == "teacher1's laptop" and first.user_name == "Teacher1"
    assert first.pending == 0 and first.last_sync_at is not None
    assert list(seen)[0] == principal_code  # this device first

    # A device that says it still has changes waiting (a sync cut short) shows them.
    device_id = teacher.signed.engine.device_id
    teacher.signed.client.device_status(device_id, 5)
    assert principal.sync().ok
    assert _as_principal_sees(principal)[teacher_code].pending == 5

    # The teacher syncs: the roll call arrives, and the principal's next sync says the laptop is fresh.
    assert teacher.sync().ok
    assert principal.sync().ok
    again = _as_principal_sees(principal)[teacher_code]
    assert again.pending == 0 and again.last_sync_at > first.last_sync_at
    assert len(principal.rows("attendance_marks")) == 1


def test_only_the_principal_and_admin_list_the_devices(server_school, devices):
    teacher = devices(server_school, "teacher1")
    token = teacher.signed.client.tokens.access_token
    answer = httpx.get(server_school.live.base + "/v1/devices", headers={"Authorization": f"Bearer {token}", "X-Daftar-Protocol": "1"})
    assert answer.status_code == 403
    with teacher.db.session() as s:
        rows = device_freshness(s)
    assert [r.this_device for r in rows] == [True]  # a teacher's laptop knows only itself
    # Another school's device id is not found, and nothing is written to it.
    refused = httpx.post(server_school.live.base + "/v1/devices/not-a-device/status", json={"pending": 1},
                         headers={"Authorization": f"Bearer {token}", "X-Daftar-Protocol": "1"})
    assert refused.status_code == 404
