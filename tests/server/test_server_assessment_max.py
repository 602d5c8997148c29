"""The server refuses lowering an assessment's maximum below a mark already entered (issue #9, bad input).

The device refuses it when it has the marks; the server must too, since the
marks may come from another device (``server/rules_marks.py``).
"""

from __future__ import annotations

from tests.server.conftest import mark, uid


def _maximum(session, school) -> int:
    return session.rows()["assessments"][school.ids["assess_a"]]["data"]["max_marks_centi"]


def test_a_maximum_below_an_entered_mark_is_refused_naming_it(client, school):
    teacher = school.login(client, "teacher1")
    assert teacher.push_one("marks", uid(), mark(school, "student1", "assess_a", 4500))["status"] == "applied"
    assert teacher.push_one("marks", uid(), mark(school, "student2", "assess_a", 4200))["status"] == "applied"
    lowered = teacher.push_one("assessments", school.ids["assess_a"], {"max_marks_centi": 4000})
    assert lowered["status"] == "rejected" and lowered["code"] == "invalid_fields"
    assert lowered["reason"] == ("Maths test already has 2 mark(s) above 40 (the highest, 45, is Student1 X's): "
                                 "correct those marks before lowering the maximum.")
    assert lowered["reason_key"] == "max_below_marks"
    assert lowered["reason_args"]["count"] == 2 and lowered["reason_args"]["max_marks"] == "40"
    assert _maximum(teacher, school) == 5000  # nothing changed
    # Down to the highest mark is allowed; up is always allowed.
    assert teacher.push_one("assessments", school.ids["assess_a"], {"max_marks_centi": 4500})["status"] == "applied"
    assert teacher.push_one("assessments", school.ids["assess_a"], {"max_marks_centi": 6000})["status"] == "applied"
    assert _maximum(teacher, school) == 6000


def test_absent_and_exempt_marks_do_not_hold_the_maximum_up(client, school):
    principal = school.login(client, "principal")
    for student, status in (("student1", "absent"), ("student2", "exempt")):
        assert principal.push_one("marks", uid(), mark(school, student, "assess_a", None, status=status))[
            "status"] == "applied"
    assert principal.push_one("assessments", school.ids["assess_a"], {"max_marks_centi": 1000})["status"] == "applied"


def test_the_same_push_counts_the_marks_it_changed_before(client, school):
    teacher = school.login(client, "teacher1")
    m1, m2 = uid(), uid()
    results = teacher.push(
        teacher.mutation("marks", m1, mark(school, "student1", "assess_a", 4800)),
        teacher.mutation("assessments", school.ids["assess_a"], {"max_marks_centi": 4600}),
    )["results"]
    assert [r["status"] for r in results] == ["applied", "rejected"]
    assert "48" in results[1]["reason"]
    # Correcting the mark first, in the same push, lets the maximum come down.
    results = teacher.push(
        teacher.mutation("marks", m1, {"score_centi": 3000, "device_id": teacher.device_id},
                         base_version=results[0]["version"]),
        teacher.mutation("marks", m2, mark(school, "student2", "assess_a", 3500)),
        teacher.mutation("assessments", school.ids["assess_a"], {"max_marks_centi": 4000}),
    )["results"]
    assert [r["status"] for r in results] == ["applied", "applied", "applied"], results
    assert _maximum(teacher, school) == 4000
