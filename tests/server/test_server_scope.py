"""Tenancy, role scope, pull paging, scope resets and checksums."""

from __future__ import annotations

from app.sync.protocol import ENTITIES, MAX_CHECKSUM_ROWS, checksum
from tests.server.conftest import attendance, mark, now_ts, payment, today, uid

SCHOOL_B_ROWS = ("student1", "sec_a", "assess_a", "invoice", "teacher1", "year")


def seed_activity(school, client):
    """A little of everything: attendance, marks, a payment."""
    office = school.login(client, "office")
    teacher = school.login(client, "teacher1")
    teacher2 = school.login(client, "teacher2")
    teacher.push(teacher.mutation("attendance_marks", uid(), attendance(school, "student1", "sec_a")),
                 teacher.mutation("marks", uid(), mark(school, "student2", "assess_a", 2500)))
    teacher2.push(teacher2.mutation("attendance_marks", uid(), attendance(school, "student3", "sec_b", code="A")),
                  teacher2.mutation("marks", uid(), mark(school, "student4", "assess_b", 4000)))
    office.push(office.mutation("payments", uid(), payment(school, "student1", f"{school.code}-1")))


# -- tenancy ------------------------------------------------------------------------


def test_no_school_sees_or_touches_another(client, school, other_school, server_app):
    seed_activity(school, client)
    seed_activity(other_school, client)
    b_ids = {other_school.ids[name] for name in SCHOOL_B_ROWS} | {other_school.id}
    for role in ("teacher1", "office", "principal", "admin"):
        session = school.login(client, role)
        changes, _cursor, _reset = session.pull_all()
        assert changes
        assert all(c["id"] not in b_ids for c in changes)
        assert all(c["data"].get("school_id", c["id"]) == school.id for c in changes)
        sums = session.get("/sync/checksums").json()["entities"]
        assert sum(v["count"] for v in sums.values()) == len({(c["entity"], c["id"]) for c in changes
                                                              if not c["deleted"]})
        # Naming school B's rows to the check of named rows counts none of them.
        named = session.post("/sync/checksums", {"rows": {"students": sorted(b_ids), "sections": sorted(b_ids)}})
        assert named.status_code == 200
        assert all(v["count"] == 0 for v in named.json()["entities"].values())

    admin = school.login(client, "admin")
    office = school.login(client, "office")
    teacher = school.login(client, "teacher1")
    b = other_school.ids
    # Pushing into school B: by naming it, by its ids, by referring to its rows.
    results = admin.push(
        admin.mutation("students", b["student1"], {"given_name": "Stolen"}),
        admin.mutation("students", b["student1"], op="delete"),
        admin.mutation("students", uid(), {"school_id": other_school.id, "admission_no": "Z", "given_name": "Z",
                                           "family_name": "", "full_name": "Z", "gender": "", "date_of_birth": None,
                                           "guardian_name": "", "guardian_phone": "", "guardian_email": "",
                                           "address": "", "category": "", "status": "active"}),
        admin.mutation("enrollments", uid(), {"school_id": school.id, "student_id": b["student1"],
                                              "section_id": school.ids["sec_a"], "roll_no": 1,
                                              "starts_on": today(), "ends_on": None}),
        admin.mutation("schools", other_school.id, {"name": "Mine now"}),
        admin.mutation("users", b["teacher1"], {"role": "admin"}),
    )["results"]
    assert [r["status"] for r in results] == ["rejected"] * 6
    assert [r["code"] for r in results] == ["invalid_fields", "not_found", "other_school", "unknown_reference",
                                            "not_found", "invalid_fields"]
    assert all(r["row"] is None for r in results)
    paid = office.push_one("payments", uid(), payment(other_school, "student1", "B-1"))
    assert paid["status"] == "rejected"
    marked = teacher.push_one("attendance_marks", uid(), attendance(other_school, "student1", "sec_a"))
    assert marked["status"] == "rejected"
    assert teacher.push_one("attendance_marks", uid(), {**attendance(school, "student1", "sec_a"),
                                                        "student_id": b["student1"]})["status"] == "rejected"
    # The admin API of school A does not find school B's rows either.
    for path in (f"/admin/students/{b['student1']}", f"/admin/sections/{b['sec_a']}"):
        response = admin.get(path)
        assert response.status_code == 404 and response.json()["error"]["code"] == "not_found"
    assert admin.patch(f"/admin/students/{b['student1']}", {"given_name": "X"}).status_code == 404
    assert admin.delete(f"/admin/students/{b['student1']}").status_code == 404
    listed = admin.get("/admin/students").json()["rows"]
    assert {r["id"] for r in listed} == {school.ids[f"student{i}"] for i in range(1, 5)}
    # School B's device is unknown to school A.
    b_office = other_school.login(client, "office")
    response = admin.post("/sync/push", {"device_id": b_office.device_id, "mutations": []})
    assert response.status_code == 400 and response.json()["error"]["code"] == "unknown_device"
    assert admin.post("/devices", {"name": "x", "device_id": b_office.device_id}).json()["device_id"] == \
        b_office.device_id  # a separate device of school A with the same id: no clash, no leak
    # School B is untouched.
    b_rows = other_school.login(client, "principal").rows()
    assert b_rows["students"][b["student1"]]["data"]["given_name"] == "Student1"
    assert b_rows["students"][b["student1"]]["deleted"] is False
    assert b_rows["schools"][other_school.id]["data"]["name"].startswith("School")
    assert b_rows["users"][b["teacher1"]]["data"]["role"] == "teacher"


# -- role scope ---------------------------------------------------------------------


def test_each_role_sees_its_scope(client, school):
    seed_activity(school, client)
    ids = school.ids
    sec_a_students = {ids["student1"], ids["student2"]}
    t1 = school.login(client, "teacher1").rows()
    assert set(t1) >= {"schools", "users", "sections", "students", "attendance_marks", "marks", "assessments"}
    assert not set(t1) & {"payments", "invoices", "fee_heads", "audit_log"}
    assert set(t1["students"]) == sec_a_students
    assert {e["data"]["section_id"] for e in t1["enrollments"].values()} == {ids["sec_a"]}
    assert {a["data"]["section_id"] for a in t1["attendance_marks"].values()} == {ids["sec_a"]}
    assert set(t1["assessments"]) == {ids["assess_a"], ids["assess_closed"]}
    assert {m["data"]["assessment_id"] for m in t1["marks"].values()} == {ids["assess_a"]}
    assert len(t1["sections"]) == 2  # setup is school-wide

    t2 = school.login(client, "teacher2").rows()  # homeroom teacher of 7 B
    assert set(t2["students"]) == {ids["student3"], ids["student4"]}

    office = school.login(client, "office").rows()
    assert {"payments", "invoices", "students", "attendance_marks"} <= set(office)
    assert not set(office) & {"marks", "assessments", "audit_log", "server_conflicts"}
    assert len(office["students"]) == 4 and len(office["attendance_marks"]) == 2

    for role in ("principal", "admin"):
        everything = school.login(client, role).rows()
        assert {"payments", "marks", "audit_log", "attendance_marks"} <= set(everything)
        assert len(everything["marks"]) == 2


def test_each_role_writes_only_its_scope(client, school):
    ids = school.ids
    t1 = school.login(client, "teacher1")
    office = school.login(client, "office")
    t1_results = t1.push(
        t1.mutation("attendance_marks", uid(), attendance(school, "student3", "sec_b")),
        t1.mutation("marks", uid(), mark(school, "student3", "assess_b", 100)),
        t1.mutation("students", ids["student1"], {"guardian_phone": "1"}),
        t1.mutation("payments", uid(), payment(school, "student1", "T-1")),
        t1.mutation("sections", ids["sec_a"], {"room": "12"}),
        t1.mutation("attendance_marks", uid(), attendance(school, "student1", "sec_a")),
    )["results"]
    assert [r["code"] if r["status"] == "rejected" else r["status"] for r in t1_results] == [
        "out_of_scope", "out_of_scope", "forbidden", "forbidden", "forbidden", "applied"]
    assert "class you do not teach" in t1_results[0]["reason"]
    # A refusal sends back no row the teacher may not see (nor of what the role may not change).
    assert all(r["row"] is None for r in t1_results if r["status"] == "rejected")
    office_results = office.push(
        office.mutation("marks", uid(), mark(school, "student1", "assess_a", 100)),
        office.mutation("users", ids["teacher1"], {"role": "admin"}),
        office.mutation("students", ids["student1"], {"guardian_phone": "2"}),
        office.mutation("attendance_marks", uid(), attendance(school, "student3", "sec_b", code="E")),
    )["results"]
    assert [r["code"] if r["status"] == "rejected" else r["status"] for r in office_results] == [
        "forbidden", "forbidden", "applied", "applied"]
    admin = school.login(client, "admin")
    assert admin.push_one("sections", ids["sec_a"], {"room": "12"})["status"] == "applied"
    # The admin API is for admins and principals only.
    response = t1.get("/admin/students")
    assert response.status_code == 403 and response.json()["error"]["code"] == "forbidden"


# -- pull ---------------------------------------------------------------------------


def test_pull_pages_in_commit_order_and_resumes(client, school):
    principal = school.login(client, "principal")
    office = school.login(client, "office")
    for n in range(3):
        office.push(*[office.mutation("attendance_marks", uid(), attendance(
            school, f"student{i}", "sec_a" if i <= 2 else "sec_b", date=today(-n))) for i in range(1, 5)])
    first = principal.get("/sync/pull", cursor="", limit=7).json()
    assert first["reset"] is True and first["more"] is True and len(first["changes"]) == 7
    everything, cursor, _ = principal.pull_all("", limit=7)
    assert first["total"] == len(everything) - 7
    seqs = [c["seq"] for c in everything]
    assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)
    page2 = principal.get("/sync/pull", cursor=first["cursor"], limit=7).json()
    assert page2["reset"] is False and page2["changes"][0]["seq"] > first["changes"][-1]["seq"]
    assert page2["total"] == len(everything) - 14
    # Caught up: nothing new; then a new change arrives after the cursor.
    idle = principal.get("/sync/pull", cursor=cursor).json()
    assert idle["changes"] == [] and idle["more"] is False and idle["reset"] is False and idle["total"] == 0
    result = office.push_one("students", school.ids["student1"], {"guardian_phone": "0300"})
    new = principal.get("/sync/pull", cursor=cursor).json()
    assert [(c["entity"], c["id"], c["version"]) for c in new["changes"]] == [
        ("students", school.ids["student1"], result["version"])]
    assert new["changes"][0]["data"]["guardian_phone"] == "0300"
    # A cursor from elsewhere, or garbage, resets.
    garbage = principal.get("/sync/pull", cursor="zzz:12").json()
    assert garbage["reset"] is True
    # An entity pull is only that entity.
    students, _c, _r = principal.pull_all("", entity="students")
    assert {c["entity"] for c in students} == {"students"} and len(students) == 4
    bad = principal.get("/sync/pull", entity="nonsense")
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "unknown_entity"


def test_scope_change_resets_the_cursor(client, school):
    ids = school.ids
    teacher = school.login(client, "teacher3")  # teaches nothing yet
    admin = school.login(client, "admin")
    rows, cursor, reset = teacher.pull_all()
    assert reset and not [c for c in rows if c["entity"] in ("students", "enrollments")]
    # Gains 7 B: the old cursor no longer fits; the pull resets and brings 7 B.
    ta = uid()
    assert admin.push_one("teaching_assignments", ta, {"school_id": school.id, "section_id": ids["sec_b"],
                                                       "subject_id": ids["english"], "teacher_id": ids["teacher3"],
                                                       "weekdays": [0], "periods": []})["status"] == "applied"
    rows, cursor2, reset = teacher.pull_all(cursor)
    assert reset is True
    assert {c["id"] for c in rows if c["entity"] == "students"} == {ids["student3"], ids["student4"]}
    # A new student enrolled into 7 B reaches them without a reset.
    office = school.login(client, "office")
    new_student = uid()
    office.push(office.mutation("students", new_student, {
        "school_id": school.id, "admission_no": "N9", "given_name": "New", "family_name": "", "full_name": "New",
        "gender": "", "date_of_birth": None, "guardian_name": "", "guardian_phone": "", "guardian_email": "",
        "address": "", "category": "", "status": "active"}))
    office.push(office.mutation("enrollments", uid(), {"school_id": school.id, "student_id": new_student,
                                                       "section_id": ids["sec_b"], "roll_no": 5,
                                                       "starts_on": today(), "ends_on": None}))
    rows, cursor3, reset = teacher.pull_all(cursor2)
    assert reset is False and new_student in {c["id"] for c in rows if c["entity"] == "students"}
    # Loses 7 B: reset again, and 7 B's students are no longer sent.
    assert admin.push_one("teaching_assignments", ta, op="delete")["status"] == "applied"
    rows, _cursor4, reset = teacher.pull_all(cursor3)
    assert reset is True and not [c for c in rows if c["entity"] == "students"]


def test_checksums_match_a_hand_computation(client, school):
    seed_activity(school, client)
    teacher = school.login(client, "teacher1")
    body = teacher.get("/sync/checksums").json()
    rows = teacher.rows()
    for name, value in body["entities"].items():
        live = [(c["id"], c["version"]) for c in rows.get(name, {}).values() if not c["deleted"]]
        count, digest = checksum(live)
        assert value == {"count": count, "checksum": digest}, name
    assert body["entities"]["students"]["count"] == 2
    assert "payments" not in body["entities"] and set(body["entities"]) <= set(ENTITIES)
    # The checksum cursor equals the cursor a finished pull leaves behind.
    _changes, cursor, _reset = teacher.pull_all()
    assert body["cursor"] == cursor
    # Tombstones leave the count.
    admin = school.login(client, "admin")
    admin.push_one("enrollments", school.ids["enr2"], op="delete")
    after = teacher.get("/sync/checksums").json()["entities"]
    assert after["enrollments"]["count"] == body["entities"]["enrollments"]["count"] - 1
    assert after["students"]["count"] == 1


def test_checksums_of_named_rows_match_a_hand_computation(client, school):
    seed_activity(school, client)
    teacher = school.login(client, "teacher1")
    rows = teacher.rows()
    marks = sorted(rows["attendance_marks"])[:2]
    students = sorted(rows["students"])[:1]
    answer = teacher.post("/sync/checksums", {"rows": {"attendance_marks": marks + ["no-such-row"],
                                                       "students": students}})
    assert answer.status_code == 200
    body = answer.json()
    assert set(body["entities"]) == {"attendance_marks", "students"}
    for name, ids in (("attendance_marks", marks), ("students", students)):
        count, digest = checksum([(i, rows[name][i]["version"]) for i in ids])
        assert body["entities"][name] == {"count": count, "checksum": digest}, name
    assert body["cursor"] == teacher.get("/sync/checksums").json()["cursor"]
    # Refused in words: an unknown kind of record, and too many rows at once.
    unknown = teacher.post("/sync/checksums", {"rows": {"payroll": ["a"]}})
    assert unknown.status_code == 422 and "payroll" in unknown.json()["error"]["message"]
    many = teacher.post("/sync/checksums", {"rows": {"students": [f"r{i}" for i in range(MAX_CHECKSUM_ROWS + 1)]}})
    assert many.status_code == 413 and many.json()["error"]["code"] == "too_many_rows"


def test_admin_api_writes_sync_down(client, school):
    admin = school.login(client, "admin", device=False)
    principal = school.login(client, "principal", device=False)
    _rows, cursor, _reset = principal.pull_all()
    made = admin.post("/admin/subjects", {"code": "SCI", "name": "Science"})
    assert made.status_code == 201, made.text
    subject = made.json()
    changed = admin.patch(f"/admin/subjects/{subject['id']}", {"name": "General science"})
    assert changed.json()["name"] == "General science" and changed.json()["version"] > subject["version"]
    dup = admin.post("/admin/subjects", {"code": "SCI", "name": "Again"})
    assert dup.status_code == 409 and "SCI" in dup.json()["error"]["message"]
    bad = admin.post("/admin/subjects", {"code": 5})
    assert bad.status_code == 422
    user = admin.post("/admin/users", {"username": "newteacher", "full_name": "New Teacher", "role": "teacher",
                                       "password": "a long password"})
    assert user.status_code == 201
    login = client.post("/v1/auth/login", json={"school_code": school.code, "username": "newteacher",
                                                "password": "a long password"}, headers={"X-Daftar-Protocol": "1"})
    assert login.status_code == 200
    school_row = admin.patch("/admin/school", {"attendance_edit_days": 3}).json()
    assert school_row["attendance_edit_days"] == 3
    new, _c, _r = principal.pull_all(cursor)
    assert {(c["entity"], c["id"]) for c in new} >= {("subjects", subject["id"]), ("users", user.json()["id"]),
                                                     ("schools", school.id)}
    assert client.get("/v1/admin/unknown_kind", headers=admin.headers()).status_code == 422
    payment_delete = admin.post("/admin/payments", {"student_id": school.ids["student1"], "amount_minor": 5,
                                                    "currency": "PKR", "mode": "cash", "reference": "",
                                                    "receipt_no": "ADM-1", "received_on": today(),
                                                    "received_at": now_ts(), "received_by": None,
                                                    "device_id": "admin", "note": ""})
    assert payment_delete.status_code == 201
    refused = admin.delete(f"/admin/payments/{payment_delete.json()['id']}")
    assert refused.status_code == 409 and refused.json()["error"]["code"] == "append_only"


def test_a_cursor_from_another_school_resets(client, school, other_school):
    _rows, cursor, _reset = school.login(client, "principal").pull_all()
    other = other_school.login(client, "principal")
    first = other.get("/sync/pull", cursor=cursor).json()
    assert first["reset"] is True
    assert {c["entity"] for c in first["changes"]} >= {"schools", "users"}
