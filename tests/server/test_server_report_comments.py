"""Report card comments: whose words they are, one row per student, term and kind, frozen when published."""

from __future__ import annotations

from app.sync.protocol import report_comment_id
from tests.server.conftest import now_ts


def comment(school, student: str, kind: str, text: str, *, term: str = "term", section: str = "sec_a") -> dict:
    return {"student_id": school.ids[student], "section_id": school.ids[section], "term_id": school.ids[term],
            "kind": kind, "text": text, "written_by": None, "written_at": now_ts()}


def cid(school, student: str, kind: str, term: str = "term") -> str:
    return report_comment_id(school.ids[student], school.ids[term], kind)


def test_the_teacher_writes_the_teachers_comment_and_the_principal_the_principals(client, school):
    teacher = school.login(client, "teacher1")
    principal = school.login(client, "principal")
    ok = teacher.push_one("report_comments", cid(school, "student1", "teacher"),
                          comment(school, "student1", "teacher", "Works hard."))
    assert ok["status"] == "applied"
    refused = teacher.push_one("report_comments", cid(school, "student1", "principal"),
                               comment(school, "student1", "principal", "Promoted."))
    assert refused["status"] == "rejected" and refused["code"] == "forbidden"
    assert "principal" in refused["reason"]
    assert principal.push_one("report_comments", cid(school, "student1", "principal"),
                              comment(school, "student1", "principal", "Promoted."))["status"] == "applied"
    # Another class's student is out of the teacher's scope.
    other = teacher.push_one("report_comments", cid(school, "student3", "teacher"),
                             comment(school, "student3", "teacher", "x", section="sec_b"))
    assert other["status"] == "rejected" and other["code"] == "out_of_scope"


def test_two_devices_writing_one_comment_write_one_row(client, school):
    first = school.login(client, "teacher1")
    second = school.login(client, "principal")
    row_id = cid(school, "student1", "teacher")
    assert first.push_one("report_comments", row_id, comment(school, "student1", "teacher", "Good."))["status"] == "applied"
    later = second.push_one("report_comments", row_id, comment(school, "student1", "teacher", "Very good."))
    assert later["status"] in ("applied", "merged")
    made_up = second.push_one("report_comments", "11111111-1111-1111-1111-111111111111",
                              comment(school, "student2", "teacher", "Elsewhere."))
    assert made_up["status"] == "rejected" and made_up["code"] == "invalid_id"


def test_a_published_term_freezes_its_comments(client, school):
    principal = school.login(client, "principal")
    row_id = cid(school, "student1", "principal")
    assert principal.push_one("report_comments", row_id,
                              comment(school, "student1", "principal", "Before."))["status"] == "applied"
    assert principal.push_one("terms", school.ids["term"], {"published": True})["status"] == "applied"
    frozen = principal.push_one("report_comments", row_id, {"text": "After."})
    assert frozen["status"] == "rejected" and frozen["code"] == "entry_closed"
