"""Push: a roll call's new marks, judged in bulk, get the same answers as each judged alone.

A push of new attendance marks lets most of them through on what the batch has
already learned (the day found open, the codes, the students known to exist,
the marks already held for the day and period). These tests push, after a first
plain mark, one entry for each rule a new mark can break, and check that each
still gets its refusal or its merge, as a teacher or the office reads it, and
exactly as when the same entry is pushed on its own.
"""

from __future__ import annotations

from tests.server.conftest import attendance, make_school, now_ts, today, uid


def roll_call(school, who: str) -> list[tuple[str, str, dict]]:
    """(what the entry is, its row id, its fields): a plain mark first, then one of each kind."""
    ids = school.ids
    first = attendance(school, "student1", "sec_a", period=3)
    return [
        ("plain", uid(), first),
        ("another plain", uid(), attendance(school, "student2", "sec_a", period=3)),
        ("another section", uid(), attendance(school, "student3", "sec_b", period=3)),
        ("office code", uid(), attendance(school, "student2", "sec_a", period=4, code="E")),
        ("unknown code", uid(), attendance(school, "student2", "sec_a", period=5, code="ZZ")),
        ("unknown student", uid(), {**attendance(school, "student2", "sec_a", period=6), "student_id": uid()}),
        ("unknown marker", uid(), {**attendance(school, "student2", "sec_a", period=7), "marked_by": uid()}),
        ("marked by the person", uid(), {**attendance(school, "student2", "sec_a", period=8),
                                         "marked_by": ids[who]}),
        ("outside the edit window", uid(), attendance(school, "student1", "sec_a", period=3, date=today(-30))),
        ("same student and period, later", uid(), {**first, "code": "A", "marked_at": now_ts(5)}),
        ("same student and period, earlier", uid(), {**first, "code": "L", "marked_at": now_ts(-3600)}),
    ]


def answers(results: list[dict]) -> list[tuple]:
    return [(r["status"], r.get("reason_key"), r["row"]["id"] if r["row"] else None) for r in results]


def test_a_teachers_roll_call_in_one_push_is_judged_as_entry_by_entry(client, server_app):
    bulk_school, alone_school = make_school(server_app), make_school(server_app)
    bulk = bulk_school.login(client, "teacher1")
    entries = roll_call(bulk_school, "teacher1")
    results = bulk.push(*[bulk.mutation("attendance_marks", row_id, fields) for _what, row_id, fields in entries])[
        "results"]
    by_what = {what: r for (what, _id, _f), r in zip(entries, results, strict=True)}
    first_id = entries[0][1]

    assert by_what["plain"]["status"] == "applied" and by_what["another plain"]["status"] == "applied"
    assert by_what["another section"]["reason_key"] == "out_of_scope"
    assert by_what["office code"]["reason_key"] == "office_only_code"
    assert by_what["unknown code"]["reason_key"] == "unknown_attendance_code"
    assert by_what["unknown student"]["reason_key"] == "unknown_reference"
    assert by_what["unknown marker"]["reason_key"] == "unknown_reference"
    assert by_what["marked by the person"]["status"] == "applied"
    assert by_what["outside the edit window"]["reason_key"] == "edit_window_closed"
    later, earlier = by_what["same student and period, later"], by_what["same student and period, earlier"]
    assert later["status"] == "merged" and later["row"]["id"] == first_id and later["row"]["code"] == "A"
    assert earlier["status"] == "superseded" and earlier["row"]["id"] == first_id

    # The same entries, one push each, to a school of the same shape: the same answers.
    alone = alone_school.login(client, "teacher1")
    alone_entries = roll_call(alone_school, "teacher1")
    alone_results = [alone.push_one("attendance_marks", row_id, fields) for _what, row_id, fields in alone_entries]
    names = {row_id: n for n, (_w, row_id, _f) in enumerate(entries)}
    alone_names = {row_id: n for n, (_w, row_id, _f) in enumerate(alone_entries)}
    assert [(s, k, names.get(i)) for s, k, i in answers(results)] == [
        (s, k, alone_names.get(i)) for s, k, i in answers(alone_results)]

    # What the principal pulls: the two plain marks, the person's own, and the first mark as the later one.
    principal = bulk_school.login(client, "principal", device=False)
    pulled = principal.rows()["attendance_marks"]
    assert set(pulled) == {first_id, entries[1][1], entries[7][1]}
    assert pulled[first_id]["data"]["code"] == "A"
    assert pulled[entries[7][1]]["data"]["marked_by"] == bulk_school.ids["teacher1"]


def test_the_office_marks_every_section_with_its_own_code_in_one_push(client, server_app):
    """The office sees every section and may use the office's codes: what a teacher is refused goes in."""
    school = make_school(server_app)
    office = school.login(client, "office")
    entries = roll_call(school, "office")
    results = office.push(*[office.mutation("attendance_marks", row_id, fields) for _what, row_id, fields in entries])[
        "results"]
    by_what = {what: r for (what, _id, _f), r in zip(entries, results, strict=True)}
    for what in ("plain", "another plain", "another section", "office code", "marked by the person",
                 "outside the edit window"):
        assert by_what[what]["status"] == "applied", (what, by_what[what])
    assert by_what["unknown code"]["reason_key"] == "unknown_attendance_code"
    assert by_what["unknown student"]["reason_key"] == "unknown_reference"
    assert by_what["same student and period, later"]["status"] == "merged"
    assert by_what["same student and period, earlier"]["status"] == "superseded"
    # A replay of the whole push changes nothing and answers as the first time.
    again = office.push(*[office.mutation("attendance_marks", row_id, fields, seq=n + 1)
                          for n, (_what, row_id, fields) in enumerate(entries)])["results"]
    assert again == results
