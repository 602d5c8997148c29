"""Push: idempotency, the conflict policies, edit windows, receipts, bad input."""

from __future__ import annotations

import json

from sqlalchemy import func, select

from app.sync.protocol import MAX_PUSH_BATCH, PROTOCOL_HEADER
from server.models import T
from tests.server.conftest import attendance, mark, now_ts, payment, today, uid


def table_count(app, entity: str, school) -> int:
    table = T[entity]
    with app.state.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table).where(table.c.school_id == school.id)).scalar_one()


def counter(app, school) -> int:
    c = T["school_counters"]
    with app.state.engine.connect() as conn:
        return conn.execute(select(c.c.last_seq).where(c.c.school_id == school.id)).scalar_one()


# -- idempotency ------------------------------------------------------------------


def test_replays_return_the_first_results_and_change_nothing(client, school, server_app):
    teacher = school.login(client, "teacher1")
    batch = [
        teacher.mutation("attendance_marks", uid(), attendance(school, "student1", "sec_a", code="P")),
        teacher.mutation("attendance_marks", uid(), attendance(school, "student2", "sec_a", code="A")),
        teacher.mutation("attendance_marks", uid(), attendance(school, "student3", "sec_b")),  # not their class
        teacher.mutation("marks", uid(), mark(school, "student1", "assess_a", 4200)),
    ]
    first = teacher.push(*batch)
    statuses = [r["status"] for r in first["results"]]
    assert statuses == ["applied", "applied", "rejected", "applied"]
    assert first["last_applied_seq"] == batch[-1]["seq"]
    seq_after = counter(server_app, school)
    marks_after = table_count(server_app, "attendance_marks", school)

    full = teacher.push(*batch)
    assert full["results"] == first["results"]
    partial = teacher.push(*batch[1:3])
    assert partial["results"] == first["results"][1:3]
    shuffled = teacher.push(batch[3], batch[0], batch[2])
    assert shuffled["results"] == [first["results"][3], first["results"][0], first["results"][2]]
    # Changed content under an old sequence number is still a replay: nothing happens.
    altered = dict(batch[0], fields=attendance(school, "student1", "sec_a", code="A"))
    assert teacher.push(altered)["results"] == [first["results"][0]]
    assert counter(server_app, school) == seq_after
    assert table_count(server_app, "attendance_marks", school) == marks_after


def test_replay_after_a_server_restart(backend_url, tmp_path):
    from tests.server.conftest import School, make_school, settings_for
    from tests.support.live_server import LiveServer

    import httpx

    server = LiveServer(backend_url, **{k: v for k, v in vars(settings_for(backend_url)).items()
                                        if k not in ("database_url",)})
    with server:
        school: School = make_school(server.app)
        h = {PROTOCOL_HEADER: "1"}
        body = httpx.post(server.url + "/auth/login", json={"school_code": school.code, "username": "teacher1",
                                                           "password": "correct horse battery"}, headers=h).json()
        h["Authorization"] = "Bearer " + body["access_token"]
        device = httpx.post(server.url + "/devices", json={"name": "x"}, headers=h).json()["device_id"]
        mutations = [{"seq": i + 1, "entity": "attendance_marks", "id": uid(), "op": "put",
                      "fields": attendance(school, f"student{i + 1}", "sec_a"), "base_version": None,
                      "client_ts": now_ts()} for i in range(2)]
        first = httpx.post(server.url + "/sync/push", json={"device_id": device, "mutations": mutations}, headers=h)
        assert first.status_code == 200
        server.restart()
        again = httpx.post(server.url + "/sync/push", json={"device_id": device, "mutations": mutations}, headers=h)
        assert again.json()["results"] == first.json()["results"]
        assert table_count(server.app, "attendance_marks", school) == 2


def test_a_batch_may_create_and_refer_in_order(client, school, server_app):
    office = school.login(client, "office")
    student, enrollment = uid(), uid()
    fields = {"school_id": school.id, "admission_no": "NEW-1", "given_name": "Amna", "family_name": "B",
              "full_name": "Amna B", "gender": "F", "date_of_birth": "2014-03-01", "guardian_name": "",
              "guardian_phone": "", "guardian_email": "", "address": "", "category": "", "status": "active"}
    results = office.push(
        office.mutation("students", student, fields),
        office.mutation("enrollments", enrollment, {"school_id": school.id, "student_id": student,
                                                    "section_id": school.ids["sec_a"], "roll_no": 9,
                                                    "starts_on": today(), "ends_on": None}),
        office.mutation("students", student, {"guardian_phone": "0300"}),
    )["results"]
    assert [r["status"] for r in results] == ["applied", "applied", "applied"]
    assert results[2]["version"] > results[0]["version"]


# -- policies -----------------------------------------------------------------------


def test_attendance_latest_mark_wins_and_the_loser_is_kept(client, school):
    t1 = school.login(client, "teacher1")
    t1b = school.login(client, "teacher1")  # the same teacher on a second laptop
    early, late = now_ts(-60), now_ts(-10)
    mark_late = t1.push_one("attendance_marks", uid(), attendance(school, "student1", "sec_a", code="A",
                                                                  marked_at=late, device="laptop-1"))
    assert mark_late["status"] == "applied"
    # An older mark from another laptop, made offline, arrives later: it loses.
    loser_id = uid()
    older = t1b.push_one("attendance_marks", loser_id, attendance(school, "student1", "sec_a", code="P",
                                                                  marked_at=early, device="laptop-2"))
    assert older["status"] == "superseded"
    assert older["row"]["code"] == "A" and older["row"]["id"] != loser_id
    assert "later mark" in older["reason"]
    # A newer one wins, and is merged into the existing row (same natural key).
    newer = t1b.push_one("attendance_marks", uid(), attendance(school, "student1", "sec_a", code="L",
                                                               marked_at=now_ts(), device="laptop-2"))
    assert newer["status"] == "merged" and newer["row"]["code"] == "L"
    assert newer["row"]["id"] == older["row"]["id"]
    history = school.login(client, "principal", device=False).rows()["attendance_history"]
    kept = sorted((h["data"]["code"], h["data"]["reason"]) for h in history.values())
    assert kept == [("A", "replaced by a later mark"), ("P", "a later mark won")]


def test_same_time_ties_are_broken_by_device_id(client, school):
    t1 = school.login(client, "teacher1")
    at = now_ts(-5)
    a = t1.push_one("attendance_marks", uid(), attendance(school, "student1", "sec_a", code="A", marked_at=at,
                                                          device="device-b"))
    b = t1.push_one("attendance_marks", uid(), attendance(school, "student1", "sec_a", code="P", marked_at=at,
                                                          device="device-a"))
    assert a["status"] == "applied" and b["status"] == "superseded"
    c = t1.push_one("attendance_marks", uid(), attendance(school, "student1", "sec_a", code="L", marked_at=at,
                                                          device="device-c"))
    assert c["status"] == "merged" and c["row"]["code"] == "L"


def test_office_code_is_not_overwritten_by_a_teacher(client, school):
    office = school.login(client, "office")
    teacher = school.login(client, "teacher1")
    excused = office.push_one("attendance_marks", uid(), attendance(school, "student1", "sec_a", code="E",
                                                                    note="doctor's note", marked_at=now_ts(-30)))
    assert excused["status"] == "applied"
    plain = teacher.push_one("attendance_marks", uid(), attendance(school, "student1", "sec_a", code="A",
                                                                   marked_at=now_ts()))
    assert plain["status"] == "superseded" and plain["row"]["code"] == "E"
    assert "office" in plain["reason"]
    own = teacher.push_one("attendance_marks", uid(), attendance(school, "student2", "sec_a", code="E"))
    assert own["status"] == "rejected" and "Only the office" in own["reason"]


def test_attendance_edit_window_for_teachers(client, school):
    teacher = school.login(client, "teacher1")
    office = school.login(client, "office")
    old = teacher.push_one("attendance_marks", uid(), attendance(school, "student1", "sec_a", date=today(-8)))
    assert old["status"] == "rejected" and old["code"] == "edit_window_closed"
    assert "older than 7 days" in old["reason"]
    inside = teacher.push_one("attendance_marks", uid(), attendance(school, "student1", "sec_a", date=today(-7)))
    assert inside["status"] == "applied"
    assert office.push_one("attendance_marks", uid(), attendance(school, "student2", "sec_a",
                                                                 date=today(-30)))["status"] == "applied"


def test_marks_conflict_is_recorded_and_returned(client, school):
    t1 = school.login(client, "teacher1")
    principal = school.login(client, "principal")
    row_id = uid()
    first = t1.push_one("marks", row_id, mark(school, "student1", "assess_a", 3000, device=t1.device_id))
    base = first["version"]
    # Two edits from the same base, on two devices.
    edit1 = t1.push_one("marks", row_id, {"score_centi": 3500, "device_id": t1.device_id, "entered_at": now_ts(-5)},
                        base_version=base)
    assert edit1["status"] == "applied"
    edit2 = principal.push_one("marks", row_id, {"score_centi": 4000, "device_id": principal.device_id,
                                                 "entered_at": now_ts()}, base_version=base)
    assert edit2["status"] == "conflict"
    assert edit2["row"]["score_centi"] == 4000  # the later is kept, provisionally
    assert "Two different marks" in edit2["reason"] and edit2["conflict_id"]
    for who in (t1, principal):
        conflicts = who.rows()["server_conflicts"]
        [conflict] = conflicts.values()
        assert conflict["data"]["kept"]["score_centi"] == 4000 and conflict["data"]["lost"]["score_centi"] == 3500
    # The teacher resolves it; the resolution syncs.
    resolved = t1.push_one("server_conflicts", edit2["conflict_id"],
                           {"resolved_at": now_ts(), "resolved_by": school.ids["teacher1"], "resolution": "kept 40"})
    assert resolved["status"] == "applied"
    # A plain sequential edit from the current version is no conflict.
    assert t1.push_one("marks", row_id, {"score_centi": 4100, "device_id": t1.device_id},
                       base_version=edit2["version"])["status"] == "applied"


def test_marks_closed_term_and_range(client, school):
    t1 = school.login(client, "teacher1")
    closed = t1.push_one("marks", uid(), mark(school, "student1", "assess_closed", 1000))
    assert closed["status"] == "rejected" and closed["code"] == "entry_closed" and "closed" in closed["reason"]
    too_high = t1.push_one("marks", uid(), mark(school, "student1", "assess_a", 6000))
    assert too_high["status"] == "rejected" and "between 0 and 50" in too_high["reason"]
    principal = school.login(client, "principal")
    assert principal.push_one("marks", uid(), mark(school, "student1", "assess_closed", 1000))["status"] == "applied"


def test_payments_are_append_only_and_receipts_unique(client, school):
    office = school.login(client, "office")
    office2 = school.login(client, "office")
    pay_id = uid()
    first = office.push_one("payments", pay_id, payment(school, "student1", "S1-AB-1"))
    assert first["status"] == "applied"
    dup = office2.push_one("payments", uid(), payment(school, "student2", "S1-AB-1"))
    assert dup["status"] == "rejected" and dup["code"] == "duplicate"
    assert "Receipt number S1-AB-1 is already used" in dup["reason"]
    edit = office.push_one("payments", pay_id, {"amount_minor": 1})
    assert edit["status"] == "rejected" and "never changed" in edit["reason"]
    gone = office.push_one("payments", pay_id, op="delete")
    assert gone["status"] == "rejected"
    # A cancellation reverses it, once; the receipt keeps its number.
    cancel = {"school_id": school.id, "payment_id": pay_id, "reason": "wrong student", "cancelled_by": None,
              "cancelled_at": now_ts(), "device_id": office.device_id}
    assert office.push_one("payment_cancellations", uid(), cancel)["status"] == "applied"
    twice = office.push_one("payment_cancellations", uid(), cancel)
    assert twice["status"] == "rejected" and "already been cancelled" in twice["reason"]
    wrong_currency = office.push_one("payments", uid(), {**payment(school, "student1", "S1-AB-2"), "currency": "USD"})
    assert wrong_currency["status"] == "rejected" and "PKR" in wrong_currency["reason"]
    alloc = office.push_one("payment_allocations", uid(), {"school_id": school.id, "payment_id": pay_id,
                                                           "invoice_id": school.ids["invoice"], "amount_minor": 100})
    assert alloc["status"] == "applied"
    audit = school.login(client, "principal", device=False).rows()["audit_log"]
    actions = sorted((a["data"]["entity"], a["data"]["action"]) for a in audit.values())
    assert ("payments", "create") in actions and ("payment_cancellations", "cancel") in actions
    entry = next(a["data"] for a in audit.values() if a["data"]["entity"] == "payments")
    assert entry["user_id"] == school.ids["office"] and entry["device_id"] == office.device_id
    assert entry["before"] is None and entry["after"]["receipt_no"] == "S1-AB-1"


def test_field_lww_merges_per_field(client, school):
    office = school.login(client, "office")
    admin = school.login(client, "admin")
    sid = school.ids["student1"]
    late = office.push_one("students", sid, {"guardian_phone": "0300-1"}, client_ts=now_ts(-10))
    assert late["status"] == "applied"
    both = admin.push_one("students", sid, {"guardian_phone": "0300-OLD", "address": "Street 5"},
                          client_ts=now_ts(-60))
    assert both["status"] == "merged"
    assert both["row"]["guardian_phone"] == "0300-1" and both["row"]["address"] == "Street 5"
    stale = admin.push_one("students", sid, {"guardian_phone": "0300-OLDER"}, client_ts=now_ts(-120))
    assert stale["status"] == "superseded" and stale["row"]["guardian_phone"] == "0300-1"
    deleted = admin.push_one("students", sid, op="delete")
    assert deleted["status"] == "applied"
    back = office.push_one("students", sid, {"status": "left"})
    assert back["status"] == "applied"
    assert office.rows()["students"][sid]["deleted"] is False


def test_duplicate_natural_keys_are_rejected_readably(client, school):
    office = school.login(client, "office")
    fields = {"school_id": school.id, "admission_no": "A001", "given_name": "Dup", "family_name": "",
              "full_name": "Dup", "gender": "", "date_of_birth": None, "guardian_name": "", "guardian_phone": "",
              "guardian_email": "", "address": "", "category": "", "status": "active"}
    result = office.push_one("students", uid(), fields)
    assert result["status"] == "rejected" and result["reason"] == "Admission number A001 is already used by another student."


# -- bad input ------------------------------------------------------------------------


def test_bad_requests_are_4xx_readable_and_write_nothing(client, school, server_app):
    teacher = school.login(client, "teacher1")
    before = counter(server_app, school)
    good = teacher.mutation("attendance_marks", uid(), attendance(school, "student1", "sec_a"))
    cases = [
        ("{not json", 400, "malformed_json"),
        (json.dumps([1, 2]), 422, "invalid_request"),
        (json.dumps({"device_id": teacher.device_id, "mutations": "nope"}), 422, "invalid_request"),
        (json.dumps({"device_id": teacher.device_id, "mutations": [dict(good, seq="1")]}), 422, "invalid_request"),
        (json.dumps({"device_id": teacher.device_id, "mutations": [dict(good, op="upsert")]}), 422, "invalid_request"),
        (json.dumps({"device_id": teacher.device_id, "mutations": [dict(good, client_ts="yesterday")]}), 422,
         "invalid_request"),
        (json.dumps({"device_id": teacher.device_id, "mutations": [good, dict(good, fields=[1])]}), 422,
         "invalid_request"),
        (json.dumps({"device_id": teacher.device_id, "mutations": [good] * (MAX_PUSH_BATCH + 1)}), 413,
         "batch_too_large"),
        (json.dumps({"device_id": "not-registered", "mutations": [good]}), 400, "unknown_device"),
        ("\xff\xfe", 400, "malformed_json"),
        ('{"device_id": "%s", "mutations": [], "x": NaN}' % teacher.device_id, 400, "malformed_json"),
        (json.dumps({"device_id": teacher.device_id, "mutations": [dict(good, fields={**good["fields"], "note": "a\x00b"})]}),
         200, None),
    ]
    for body, status, code in cases:
        response = client.post("/v1/sync/push", content=body.encode("utf-8", "surrogateescape"),
                               headers={**teacher.headers(), "Content-Type": "application/json"})
        assert response.status_code == status, (body[:60], response.text)
        if status == 200:  # a NUL character: that entry is rejected, readably
            [result] = response.json()["results"]
            assert result["status"] == "rejected" and "NUL" in result["reason"]
            continue
        error = response.json()["error"]
        assert error["code"] == code and error["message"][-1] in ".!?", error
    assert counter(server_app, school) == before
    # Login with wrong types is a 422, with a message.
    response = client.post("/v1/auth/login", json={"school_code": 5, "username": None}, headers={PROTOCOL_HEADER: "1"})
    assert response.status_code == 422 and response.json()["error"]["message"]


def test_bad_entries_are_rejected_one_by_one(client, school, server_app):
    teacher = school.login(client, "teacher1")
    good_id = uid()
    results = teacher.push(
        teacher.mutation("no_such_thing", uid(), {"x": 1}),
        teacher.mutation("attendance_marks", uid(), {**attendance(school, "student1", "sec_a"), "period": "first"}),
        teacher.mutation("attendance_marks", uid(), {**attendance(school, "student1", "sec_a"), "colour": "red"}),
        teacher.mutation("attendance_marks", uid(), {"code": "P"}),
        teacher.mutation("audit_log", uid(), {}),
        teacher.mutation("payments", uid(), payment(school, "student1", "X-1")),
        teacher.mutation("students", school.ids["student1"], {"given_name": "Hacked"}),
        teacher.mutation("attendance_marks", "bad id with spaces", attendance(school, "student1", "sec_a")),
        teacher.mutation("attendance_marks", good_id, attendance(school, "student1", "sec_a")),
    )["results"]
    reasons = [(r["status"], r.get("code")) for r in results]
    assert reasons == [
        ("rejected", "unknown_entity"), ("rejected", "invalid_fields"), ("rejected", "invalid_fields"),
        ("rejected", "invalid_fields"), ("rejected", "server_only"), ("rejected", "forbidden"),
        ("rejected", "forbidden"), ("rejected", "invalid_id"), ("applied", None),
    ]
    assert all(r["reason"] for r in results[:-1])
    assert "attendance_marks.period must be a int" in results[1]["reason"]
    assert table_count(server_app, "payments", school) == 0


def test_new_rows_written_twice_are_an_integrity_error_on_both_databases(server_app):
    """Rows the batch knows are new go in with plain INSERT (PostgreSQL: COPY); should one
    exist after all, push's fallback must see the same IntegrityError as from an upsert."""
    import pytest
    from sqlalchemy.exc import IntegrityError

    from server.engine import upsert

    table = T["row_changes"]
    row = {"school_id": "no-such-school", "entity": "students", "row_id": uid(), "seq": 1, "version": 1,
           "deleted": False, "domain": "roster", "section_id": None, "data": '{"note":"tab\\there"}'}
    with server_app.state.engine.connect() as conn, conn.begin() as transaction:
        upsert(conn, table, [row], ["school_id", "entity", "row_id"], new=True)
        stored = conn.execute(select(table.c.data).where(table.c.row_id == row["row_id"])).scalar_one()
        assert stored == row["data"]
        savepoint = conn.begin_nested()
        with pytest.raises(IntegrityError):
            upsert(conn, table, [dict(row, seq=2)], ["school_id", "entity", "row_id"], new=True)
        savepoint.rollback()
        upsert(conn, table, [dict(row, seq=3)], ["school_id", "entity", "row_id"])  # the upsert replaces it
        assert conn.execute(select(table.c.seq).where(table.c.row_id == row["row_id"])).scalar_one() == 3
        transaction.rollback()
