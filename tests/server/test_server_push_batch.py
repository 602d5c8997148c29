"""Push: what one batch learns as it goes, and what it stores, as a person reads it back.

A push is judged in one pass over its entries with what the batch has already
learned (the days found open for attendance, each entry's fields checked once)
and written with one statement per table. These tests pin the answers that
depend on that: a calendar change earlier in the same push, the fields as
stored, and flags and empty fields read back exactly as they were sent.
"""

from __future__ import annotations

from sqlalchemy import select

from server.models import T
from tests.server.conftest import attendance, today, uid


def stored(app, entity: str, row_id: str) -> dict:
    table = T[entity]
    with app.state.engine.connect() as conn:
        return dict(conn.execute(select(table).where(table.c.id == row_id)).mappings().one())


def stored_change(app, school, entity: str, row_id: str) -> dict:
    rc = T["row_changes"]
    with app.state.engine.connect() as conn:
        return dict(conn.execute(select(rc).where(rc.c.school_id == school.id, rc.c.entity == entity,
                                                  rc.c.row_id == row_id)).mappings().one())


def test_a_holiday_added_earlier_in_the_same_push_closes_the_day_and_its_removal_opens_it(client, school):
    """The day is found open for the first mark, then the principal's own push declares it a
    holiday: the next mark of that day is refused; once the holiday is removed, marks go in again."""
    admin = school.login(client, "admin")
    day, holiday = today(-1), uid()
    results = admin.push(
        admin.mutation("attendance_marks", uid(), attendance(school, "student1", "sec_a", date=day)),
        admin.mutation("school_calendar", holiday, {"school_id": school.id, "date": day, "kind": "holiday",
                                                    "name": "Eid"}),
        admin.mutation("attendance_marks", uid(), attendance(school, "student2", "sec_a", date=day)),
        admin.mutation("school_calendar", holiday, op="delete"),
        admin.mutation("attendance_marks", uid(), attendance(school, "student3", "sec_b", date=day)),
    )["results"]
    assert [r["status"] for r in results] == ["applied", "applied", "rejected", "applied", "applied"]
    assert results[2]["reason"] == f"{day} is a holiday (Eid): no attendance is taken."
    assert results[2]["reason_key"] == "holiday_named"


def test_marks_store_empty_fields_and_the_deleted_flag_as_sent(client, school, server_app):
    """New marks whose ``marked_by`` is empty in every entry, in some, or in none; then all of them
    deleted in one push: each is read back (table and change row) as it was sent."""
    office = school.login(client, "office")
    principal = school.login(client, "principal", device=False)
    who = school.ids["office"]
    all_empty = [uid(), uid()]
    some_empty = [uid(), uid()]
    first = office.push(
        *[office.mutation("attendance_marks", row_id, attendance(school, f"student{i + 1}", "sec_a", period=1))
          for i, row_id in enumerate(all_empty)],
    )["results"]
    second = office.push(
        office.mutation("attendance_marks", some_empty[0], {**attendance(school, "student1", "sec_a", period=2),
                                                            "marked_by": who}),
        office.mutation("attendance_marks", some_empty[1], attendance(school, "student2", "sec_a", period=2)),
    )["results"]
    assert [r["status"] for r in first + second] == ["applied"] * 4
    for row_id in all_empty + some_empty[1:]:
        row = stored(server_app, "attendance_marks", row_id)
        assert row["marked_by"] is None and row["deleted"] is False and row["lww_ts"] is None
        change = stored_change(server_app, school, "attendance_marks", row_id)
        assert change["deleted"] is False and change["section_id"] == school.ids["sec_a"]
    assert stored(server_app, "attendance_marks", some_empty[0])["marked_by"] == who
    pulled = principal.rows()["attendance_marks"]
    assert pulled[some_empty[0]]["data"]["marked_by"] == who
    assert pulled[some_empty[1]]["data"]["marked_by"] is None and not pulled[some_empty[1]]["deleted"]

    gone = office.push(*[office.mutation("attendance_marks", row_id, op="delete")
                         for row_id in all_empty + some_empty])["results"]
    assert [r["status"] for r in gone] == ["applied"] * 4
    for row_id in all_empty + some_empty:
        assert stored(server_app, "attendance_marks", row_id)["deleted"] is True
        assert stored_change(server_app, school, "attendance_marks", row_id)["deleted"] is True
    pulled = principal.rows()["attendance_marks"]
    assert all(pulled[row_id]["deleted"] for row_id in all_empty + some_empty)


def test_a_mark_s_times_are_stored_in_the_canonical_form_and_impossible_ones_refused(client, school, server_app):
    """A complete mark whose time is not in the wire's canonical form is stored in it (as when a
    field is sent alone); a time of the canonical shape that is no time is refused, readably."""
    office = school.login(client, "office")
    loose, exact, impossible, nul = uid(), uid(), uid(), uid()
    results = office.push(
        office.mutation("attendance_marks", loose, attendance(school, "student1", "sec_a", period=3,
                                                              marked_at="2026-11-02T08:30:00+00:00")),
        office.mutation("attendance_marks", exact, attendance(school, "student2", "sec_a", period=3,
                                                              marked_at="2026-11-02T08:30:00.250000Z")),
        office.mutation("attendance_marks", impossible, attendance(school, "student3", "sec_b", period=3,
                                                                   marked_at="2026-13-02T08:30:00.250000Z")),
        office.mutation("attendance_marks", nul, attendance(school, "student4", "sec_b", period=3, note="a\x00b")),
    )["results"]
    assert [r["status"] for r in results] == ["applied", "applied", "rejected", "rejected"]
    assert stored(server_app, "attendance_marks", loose)["marked_at"] == "2026-11-02T08:30:00.000000Z"
    assert stored(server_app, "attendance_marks", exact)["marked_at"] == "2026-11-02T08:30:00.250000Z"
    assert results[2]["reason_key"] == "field_type" and "attendance_marks.marked_at" in results[2]["reason"]
    assert results[3]["reason_key"] == "nul_or_nan" and "NUL" in results[3]["reason"]
