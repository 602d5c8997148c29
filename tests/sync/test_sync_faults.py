"""What goes wrong between a device and the server, and how nothing is lost."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest
from sqlalchemy import select

from app.services.attendance import MarkEntry, mark_attendance
from app.services.conflicts import inbox
from app.services.fees import record_payment
from app.services.grades import MarkValue, record_marks
from app.storage.models import OutboxEntry, RejectedChange
from app.sync.account import sign_in
from app.sync.protocol import format_datetime
from server.engine import Actor as ServerActor, Mut
from server.sync import apply_as_server
from tests.sync.conftest import PASSWORD
from tests.sync.faulty_proxy import FaultyProxy

TODAY = dt.date.today()


def server_count(school, entity):
    resp = httpx.post(f"{school.live.url}/auth/login", headers={"X-Daftar-Protocol": "1"},
                      json={"school_code": school.code, "username": "principal", "password": PASSWORD})
    token = resp.json()["access_token"]
    sums = httpx.get(f"{school.live.url}/sync/checksums", headers={"X-Daftar-Protocol": "1",
                                                                    "Authorization": f"Bearer {token}"}).json()
    return sums["entities"][entity]["count"]


def as_admin(school, *muts):
    actor = ServerActor(school_id=school.id, user_id="", role="admin", device_id="server")
    now = format_datetime(dt.datetime.now(dt.UTC))
    return apply_as_server(school.engine, actor, [Mut(i + 1, e, rid, op, f, None, now)
                                                  for i, (e, rid, op, f) in enumerate(muts)])


@pytest.mark.parametrize("fault", ["drop_after", "cut_response", "truncate", "duplicate", "status_503",
                                   "status_429", "drop_before", "status_500", "status_502", "delay"])
def test_a_push_survives_a_fault_and_is_applied_exactly_once(server_school, devices, fault):
    ids = server_school.ids
    with FaultyProxy(server_school.live.base) as proxy:
        office = devices(server_school, "office", base_url=proxy.url)
        office.write(record_payment, ids["student1"], 250_00, "cash")
        office.write(record_payment, ids["student2"], 100_00, "mobile_money", reference="MP-77")
        proxy.plan(fault)  # the push meets the fault; the retry goes through
        report = office.sync()
        assert report.ok, report.describe()
        assert proxy.counts[fault] == 1
    assert office.signed.engine.status.pending == 0
    assert server_count(server_school, "payments") == 2
    assert len(office.rows("payments")) == 2 and len(office.rows("payment_allocations")) == 2


def test_a_lost_response_then_a_new_sync_changes_nothing(server_school, devices):
    """The server applied the push, the client never heard, and gave up for now."""
    ids = server_school.ids
    with FaultyProxy(server_school.live.base) as proxy:
        teacher = devices(server_school, "teacher1", base_url=proxy.url, max_attempts=1)
        teacher.write(mark_attendance, ids["sec_a"], TODAY, {ids["student1"]: MarkEntry("A")})
        proxy.plan("drop_after")
        report = teacher.sync()
        assert not report.ok and "Cannot reach" in report.error
        assert teacher.signed.engine.status.pending == 1  # kept: the device does not know it arrived
        assert server_count(server_school, "attendance_marks") == 1  # it did arrive
        report = teacher.sync()
        assert report.ok and report.applied == 1
    assert teacher.signed.engine.status.pending == 0
    assert server_count(server_school, "attendance_marks") == 1


def test_a_refused_change_is_kept_for_the_person_and_does_not_block_the_queue(server_school, devices):
    ids = server_school.ids
    teacher = devices(server_school, "teacher1")
    # Entry 1: a mark entered offline; meanwhile the principal closes mark entry for the term.
    teacher.write(record_marks, ids["assess_a"], {ids["student1"]: MarkValue("scored", 2000)})
    as_admin(server_school, ("terms", ids["term"], "put", {"entry_open": False}))
    # Entry 2: ordinary work behind it.
    teacher.write(mark_attendance, ids["sec_a"], TODAY, {ids["student1"]: MarkEntry("P")})
    report = teacher.sync()
    assert report.ok and report.rejected == 1 and report.applied == 1, report.describe()
    with teacher.db.session() as s:
        rejected = s.execute(select(RejectedChange)).scalar_one()
        assert rejected.entity == "marks" and "closed" in rejected.reason.lower()
        assert [i.kind for i in inbox(s, teacher.actor)] == ["rejected"]
        assert s.execute(select(OutboxEntry)).first() is None
    assert teacher.rows("marks") == {}  # the refused new row is hidden, not silently kept


def test_a_revoked_sign_in_stops_syncing_and_keeps_every_change(server_school, devices):
    ids = server_school.ids
    teacher = devices(server_school, "teacher1")
    stolen = teacher.signed.client.tokens.refresh_token
    # Someone copies the refresh token and keeps the session going with it ...
    headers = {"X-Daftar-Protocol": "1"}
    first = httpx.post(f"{server_school.live.url}/auth/refresh", headers=headers, json={"refresh_token": stolen})
    assert first.status_code == 200
    assert httpx.post(f"{server_school.live.url}/auth/refresh", headers=headers,
                      json={"refresh_token": first.json()["refresh_token"]}).status_code == 200
    # ... so when the laptop presents its (now spent) token, the server revokes the whole family.
    teacher.signed.client.tokens.access_token = ""  # the access token has expired meanwhile
    teacher.write(mark_attendance, ids["sec_a"], TODAY, {ids["student1"]: MarkEntry("A")})
    report = teacher.sync()
    assert not report.ok and "Sign in again" in report.error
    assert teacher.signed.engine.status.phase == "signed_out"
    assert teacher.signed.engine.status.pending == 1
    # Signing in again on the same computer sends the kept change.
    again, report = sign_in(teacher.paths, server_school.live.base, server_school.code, "teacher1", PASSWORD,
                            backoff_base=0.01)
    try:
        assert report.ok and report.applied == 1
    finally:
        again.close()


def test_a_server_that_refuses_the_protocol_version_stops_sync_and_keeps_work(server_school, devices):
    ids = server_school.ids
    with FaultyProxy(server_school.live.base) as proxy:
        office = devices(server_school, "office", base_url=proxy.url)
        office.write(record_payment, ids["student1"], 10_00, "cash")
        proxy.plan("status_426")
        report = office.sync()
    assert "newer version of Daftar" in report.error
    assert office.signed.engine.status.phase == "update_required"
    assert office.signed.engine.status.pending == 2  # the payment and its allocation
    assert server_count(server_school, "payments") == 0


def test_a_teacher_given_a_new_section_receives_its_history(server_school, devices):
    ids = server_school.ids
    other = devices(server_school, "teacher2")
    other.write(mark_attendance, ids["sec_b"], TODAY, {ids[f"student{i}"]: MarkEntry("P") for i in (4, 5, 6)})
    assert other.sync().ok
    teacher = devices(server_school, "teacher1")
    assert {m["section_id"] for m in teacher.rows("attendance_marks").values()} <= {ids["sec_a"]}
    assert ids["student4"] not in teacher.rows("students")
    as_admin(server_school, ("teaching_assignments", "ta-new-" + ids["sec_b"][:20], "put", {
        "school_id": server_school.id, "section_id": ids["sec_b"], "subject_id": ids["maths"],
        "teacher_id": ids["teacher1"], "weekdays": [0], "periods": []}))
    report = teacher.sync()
    assert report.ok and report.reset
    assert {ids["student4"], ids["student5"], ids["student6"]} <= set(teacher.rows("students"))
    assert len([m for m in teacher.rows("attendance_marks").values() if m["section_id"] == ids["sec_b"]]) == 3


def test_a_section_taken_away_leaves_the_device_but_pending_work_is_kept_and_reported(server_school, devices):
    ids = server_school.ids
    teacher = devices(server_school, "teacher2")
    assert ids["student4"] in teacher.rows("students")
    teacher.write(mark_attendance, ids["sec_b"], TODAY, {ids["student4"]: MarkEntry("A")})  # offline
    as_admin(server_school,
             ("teaching_assignments", ids["ta_b"], "delete", {}),
             ("sections", ids["sec_b"], "put", {"homeroom_teacher_id": ids["teacher1"]}))
    report = teacher.sync()
    assert report.ok and report.reset and report.dropped > 0, report.describe()
    assert ids["student4"] not in teacher.rows("students")
    assert report.rejected == 1  # the mark made offline is outside the scope now
    with teacher.db.session() as s:
        rejected = s.execute(select(RejectedChange)).scalar_one()
        assert rejected.fields["student_id"] == ids["student4"] and rejected.fields["code"] == "A"
        assert [i.kind for i in inbox(s, teacher.actor)] == ["rejected"]
