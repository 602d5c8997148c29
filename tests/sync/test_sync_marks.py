"""Marks between a teacher's laptop and the principal's, through the real server."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.services.conflicts import inbox
from app.services.grades import (
    SYNC_REFUSED,
    SYNC_SYNCED,
    MarkValue,
    marks_grid,
    publish_term,
    record_marks,
    set_entry_open,
)
from app.storage.models import RejectedChange


def grid_of(device, ids):
    with device.db.session() as s:
        return marks_grid(s, ids["sec_a"], ids["maths"], ids["term"])


def test_offline_marks_reach_the_principal_and_a_closed_term_refuses_later_ones(server_school, devices):
    ids = server_school.ids
    teacher = devices(server_school, "teacher1")
    principal = devices(server_school, "principal")
    s1, s2, s3 = ids["student1"], ids["student2"], ids["student3"]

    # The teacher works offline: three marks, saved locally, waiting.
    teacher.write(record_marks, ids["assess_a"], {s1: MarkValue("scored", 4250), s2: MarkValue("absent"),
                                                  s3: MarkValue("exempt")})
    assert {c.sync for c in grid_of(teacher, ids).cells.values()} == {"waiting"}
    assert teacher.sync().ok
    assert {c.sync for c in grid_of(teacher, ids).cells.values()} == {SYNC_SYNCED}

    assert principal.sync().ok
    seen = {m["student_id"]: (m["status"], m["score_centi"]) for m in principal.rows("marks").values()}
    assert seen == {s1: ("scored", 4250), s2: ("absent", None), s3: ("exempt", None)}

    # The principal closes mark entry; the teacher has not synced since and enters a mark offline.
    principal.write(set_entry_open, ids["term"], False)
    assert principal.sync().ok
    teacher.write(record_marks, ids["assess_a"], {s1: MarkValue("scored", 5000)})
    report = teacher.sync()
    assert report.rejected == 1
    with teacher.db.session() as s:
        [refused] = s.execute(select(RejectedChange)).scalars().all()
    assert "Mark entry for Term 1 is closed" in refused.reason
    cell = grid_of(teacher, ids).cells[(s1, ids["assess_a"])]
    assert cell.sync == SYNC_REFUSED and "closed" in cell.note
    with teacher.db.session() as s:
        assert any(item.kind == "rejected" and "closed" in item.message for item in inbox(s, teacher.actor))
    # The term's closing reached the teacher too: the grid is read-only now.
    assert grid_of(teacher, ids).read_only
    # The principal's copy still has the mark as it was.
    assert principal.sync().ok
    [mark] = [m for m in principal.rows("marks").values() if m["student_id"] == s1]
    assert mark["score_centi"] == 4250


def test_a_published_term_refuses_even_the_principal(server_school, devices):
    ids = server_school.ids
    principal = devices(server_school, "principal")
    other = devices(server_school, "principal")  # the principal's second computer, not synced yet
    principal.write(record_marks, ids["assess_a"], {ids["student1"]: MarkValue("scored", 3000)})
    assert principal.sync().ok
    assert other.sync().ok
    principal.write(publish_term, ids["term"])
    assert principal.sync().ok
    # Offline on the other computer, the term still looks open there.
    other.write(record_marks, ids["assess_a"], {ids["student1"]: MarkValue("scored", 3100)})
    report = other.sync()
    assert report.rejected == 1
    with other.db.session() as s:
        reason = s.execute(select(RejectedChange.reason)).scalar_one()
    assert "published" in reason
    assert grid_of(other, ids).published
    with pytest.raises(Exception, match="published"):
        other.write(record_marks, ids["assess_a"], {ids["student1"]: MarkValue("scored", 3200)})


def test_two_different_marks_from_the_same_base_show_in_the_cell_until_resolved(server_school, devices):
    from app.services.conflicts import resolve_marks_conflict
    from app.services.grades import SYNC_CONFLICT

    ids = server_school.ids
    teacher = devices(server_school, "teacher1")
    principal = devices(server_school, "principal")
    s1, assess = ids["student1"], ids["assess_a"]
    teacher.write(record_marks, assess, {s1: MarkValue("scored", 3000)})
    assert teacher.sync().ok and principal.sync().ok
    # Both change it from the same base, offline; the principal's is later.
    teacher.write(record_marks, assess, {s1: MarkValue("scored", 3500)})
    principal.write(record_marks, assess, {s1: MarkValue("scored", 4000)})
    assert teacher.sync().ok
    assert principal.sync().ok
    assert teacher.sync().ok
    for device in (teacher, principal):
        cell = grid_of(device, ids).cells[(s1, assess)]
        assert cell.sync == SYNC_CONFLICT and "Two different marks" in cell.note
        assert cell.score_centi == 4000  # the later kept, provisionally
        with device.db.session() as s:
            assert any(i.kind == "marks_conflict" for i in inbox(s, device.actor))
    with teacher.db.session() as s:
        conflict_id = next(i.id for i in inbox(s, teacher.actor) if i.kind == "marks_conflict")
    teacher.write(resolve_marks_conflict, conflict_id, MarkValue("scored", 3500))
    assert teacher.sync().ok and principal.sync().ok
    for device in (teacher, principal):
        cell = grid_of(device, ids).cells[(s1, assess)]
        assert (cell.sync, cell.score_centi) == (SYNC_SYNCED, 3500)


def test_an_assessment_made_offline_after_the_term_closed_is_refused(server_school, devices):
    import datetime as dt

    from app.services.assessments import AssessmentInput, create_assessment

    ids = server_school.ids
    teacher = devices(server_school, "teacher1")
    principal = devices(server_school, "principal")
    principal.write(set_entry_open, ids["term"], False)
    assert principal.sync().ok
    quiz = teacher.write(create_assessment, ids["sec_a"], ids["maths"], ids["term"],
                         AssessmentInput("Quiz", "test", 10_00, 1, dt.date.today()))
    report = teacher.sync()
    assert report.rejected == 1
    with teacher.db.session() as s:
        reason = s.execute(select(RejectedChange.reason).where(RejectedChange.row_id == quiz.id)).scalar_one()
    assert "Mark entry for Term 1 is closed" in reason
    assert quiz.id not in teacher.rows("assessments")  # hidden: the server will never have it
    assert quiz.id not in principal.rows("assessments")
