"""Offline work on several devices meets on the server: every rule of DESIGN.md §5."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from sqlalchemy import select

from app.services.attendance import MarkEntry, mark_attendance
from app.services.conflicts import inbox, resolve_marks_conflict
from app.services.fees import cancel_payment, record_payment, student_balance
from app.services.grades import MarkValue, record_marks
from app.storage.models import Payment
from tests.sync.conftest import skewed_clock

TODAY = dt.date.today()
YEAR = dt.timedelta(days=365)


def server_checksums(device):
    return device.signed.client.checksums()["entities"]


def assert_same_as_server(device):
    server = server_checksums(device)
    local = device.signed.engine.local_checksums(list(server))
    assert {k: (v["count"], v["checksum"]) for k, v in server.items()} == local


@pytest.mark.parametrize("order", list(itertools.permutations(["teacher", "office", "principal"])))
def test_offline_edits_on_three_devices_converge_in_any_order(server_school, devices, order):
    ids = server_school.ids
    d = {"teacher": devices(server_school, "teacher1"), "office": devices(server_school, "office"),
         "principal": devices(server_school, "principal")}
    # All offline: each does its own work.
    d["teacher"].write(mark_attendance, ids["sec_a"], TODAY, {ids[f"student{i}"]: MarkEntry("P") for i in (1, 2, 3)})
    d["teacher"].write(record_marks, ids["assess_a"], {ids["student1"]: MarkValue("scored", 4100)})
    d["office"].write(record_payment, ids["student4"], 300_00, "cash")
    d["office"].write(mark_attendance, ids["sec_b"], TODAY, {ids["student5"]: MarkEntry("E", "wedding")})
    d["principal"].write(mark_attendance, ids["sec_b"], TODAY - dt.timedelta(days=20),
                         {ids["student6"]: MarkEntry("A")})
    for name in order:
        assert d[name].sync().ok
    for name in order:  # a second round lets everyone receive everyone's work
        assert d[name].sync().ok
    for device in d.values():
        assert device.signed.engine.status.pending == 0
        assert_same_as_server(device)
    principal = d["principal"]
    marks = principal.rows("attendance_marks")
    assert len(marks) == 5  # each write exactly once
    assert sorted(m["code"] for m in marks.values()) == ["A", "E", "P", "P", "P"]
    assert [p["receipt_no"] for p in principal.rows("payments").values()] == [
        f"{server_school.code}-{d['office'].signed.device.device_code}-000001"]
    assert "payments" not in {k for k, v in server_checksums(d["teacher"]).items() if v["count"]}


def test_latest_attendance_mark_wins_and_the_loser_is_kept(server_school, devices):
    ids = server_school.ids
    teacher = devices(server_school, "teacher1")
    principal = devices(server_school, "principal")
    student = ids["student1"]
    teacher.write(mark_attendance, ids["sec_a"], TODAY, {student: MarkEntry("A")})
    principal.write(mark_attendance, ids["sec_a"], TODAY, {student: MarkEntry("L", "came at 9:40")})  # later
    assert principal.sync().ok
    report = teacher.sync()  # the earlier mark arrives second
    assert report.ok
    assert principal.sync().ok
    for device in (teacher, principal):
        [mark] = device.rows("attendance_marks").values()
        assert (mark["code"], mark["note"]) == ("L", "came at 9:40")
    history = principal.rows("attendance_history")
    assert [(h["code"], h["student_id"]) for h in history.values()] == [("A", student)]


def test_a_teachers_plain_mark_does_not_overwrite_an_office_code(server_school, devices):
    ids = server_school.ids
    office = devices(server_school, "office")
    teacher = devices(server_school, "teacher1")
    student = ids["student2"]
    office.write(mark_attendance, ids["sec_a"], TODAY, {student: MarkEntry("E", "hospital letter")})
    assert office.sync().ok
    teacher.write(mark_attendance, ids["sec_a"], TODAY, {student: MarkEntry("A")})  # offline, not seen the E yet
    assert teacher.sync().ok
    for device in (teacher, office):
        device.sync()
        [mark] = device.rows("attendance_marks").values()
        assert mark["code"] == "E"
    assert teacher.signed.engine.status.pending == 0


def test_two_different_marks_from_one_base_raise_a_conflict_for_people(server_school, devices):
    ids = server_school.ids
    teacher = devices(server_school, "teacher1")
    principal = devices(server_school, "principal")
    student = ids["student3"]
    teacher.write(record_marks, ids["assess_a"], {student: MarkValue("scored", 3000)})
    assert teacher.sync().ok
    assert principal.sync().ok
    teacher.write(record_marks, ids["assess_a"], {student: MarkValue("scored", 3500)})
    principal.write(record_marks, ids["assess_a"], {student: MarkValue("scored", 4000)})  # later
    assert teacher.sync().ok
    report = principal.sync()
    assert report.ok and report.conflicts == 1, report.describe()
    teacher.sync()
    for device in (teacher, principal):
        [mark] = device.rows("marks").values()
        assert mark["score_centi"] == 4000  # the later kept, provisionally
        with device.db.session() as s:
            items = [i for i in inbox(s, device.actor) if i.kind == "marks_conflict"]
        assert len(items) == 1, device.username
    # The teacher resolves it by keeping 35; everyone sees the resolution.
    with teacher.db.session() as s:
        conflict_id = next(i.id for i in inbox(s, teacher.actor) if i.kind == "marks_conflict")
    teacher.write(resolve_marks_conflict, conflict_id, MarkValue("scored", 3500))
    assert teacher.sync().ok and principal.sync().ok
    for device in (teacher, principal):
        [mark] = device.rows("marks").values()
        assert mark["score_centi"] == 3500
        with device.db.session() as s:
            assert not [i for i in inbox(s, device.actor) if i.kind == "marks_conflict"]


def test_payments_taken_offline_on_two_desks_get_unique_receipts(server_school, devices):
    ids = server_school.ids
    desk1 = devices(server_school, "office")
    desk2 = devices(server_school, "office2")
    taken = []
    for i in range(5):
        taken.append(desk1.write(record_payment, ids["student1"], 100_00, "cash").receipt_no)
        taken.append(desk2.write(record_payment, ids["student1"], 50_00, "cash").receipt_no)
    wrong = desk2.write(record_payment, ids["student2"], 999_00, "cash")
    desk2.write(cancel_payment, wrong.id, "Wrong student")
    assert len(set(taken)) == 10
    for desk in (desk1, desk2, desk1):
        assert desk.sync().ok
    for desk in (desk1, desk2):
        payments = desk.rows("payments")
        assert sorted(p["receipt_no"] for p in payments.values()) == sorted(taken + [wrong.receipt_no])
        with desk.db.session() as s:
            assert student_balance(s, ids["student1"]).due == 1000_00 - 750_00
            assert student_balance(s, ids["student2"]).due == 1000_00
            assert s.get(Payment, wrong.id).receipt_no == wrong.receipt_no  # cancelled, number kept


@pytest.mark.parametrize("later", ["behind", "ahead"])
def test_a_wrong_device_clock_neither_wins_nor_loses_every_conflict(server_school, devices, later):
    """A laptop a year behind and one a year ahead: the mark made later in real time wins."""
    ids = server_school.ids
    behind = devices(server_school, "teacher1", clock_offset=-YEAR)
    ahead = devices(server_school, "principal", clock_offset=YEAR)
    assert behind.signed.engine.status.clock_warning and ahead.signed.engine.status.clock_warning
    student = ids["student1"]
    first, second = (ahead, behind) if later == "behind" else (behind, ahead)
    first.write(mark_attendance, ids["sec_a"], TODAY, {student: MarkEntry("A")})
    second.write(mark_attendance, ids["sec_a"], TODAY, {student: MarkEntry("L")})  # later, in real time
    assert second.sync().ok and first.sync().ok and second.sync().ok
    for device in (behind, ahead):
        [mark] = device.rows("attendance_marks").values()
        assert mark["code"] == "L", f"{device.username} ({later})"
