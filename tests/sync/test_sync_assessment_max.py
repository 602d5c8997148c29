"""Two devices race on an assessment: one lowers its maximum offline, the other enters a higher mark first.

Issue #9, bad input: "an assessment whose maximum is lowered below existing
marks" is refused on the device that has the marks, and on the server for the
device that has not seen them yet (``server/rules_marks.py``): the lowering is
refused with its reason in the first device's inbox, and the mark stands.
"""

from __future__ import annotations

from sqlalchemy import select

from app.services.assessments import AssessmentInput, update_assessment
from app.services.conflicts import inbox
from app.services.grades import MarkValue, record_marks
from app.storage.models import Assessment, RejectedChange


def test_a_maximum_lowered_offline_below_a_mark_synced_first_is_refused_into_the_inbox(server_school, devices):
    ids = server_school.ids
    teacher = devices(server_school, "teacher1")
    principal = devices(server_school, "principal")
    assess, s1 = ids["assess_a"], ids["student1"]
    assert teacher.sync().ok and principal.sync().ok

    # Offline, the teacher lowers "Test 1" from 50 to 40: no mark on this laptop is above 40.
    with teacher.db.session() as s:
        test1 = s.get(Assessment, assess)
        data = AssessmentInput(test1.name, test1.category, 40_00, test1.weight, test1.held_on)
    teacher.write(update_assessment, assess, data)
    # Meanwhile the principal enters 45 for Student1 and syncs first.
    principal.write(record_marks, assess, {s1: MarkValue("scored", 45_00)})
    assert principal.sync().ok

    report = teacher.sync()
    assert report.rejected == 1
    with teacher.db.session() as s:
        [refused] = s.execute(select(RejectedChange)).scalars().all()
        items = inbox(s, teacher.actor)
    assert refused.row_id == assess
    assert "Test 1 already has 1 mark(s) above 40 (the highest, 45" in refused.reason
    assert "correct those marks before lowering the maximum" in refused.reason
    assert any(item.kind == "rejected" and "before lowering the maximum" in item.message for item in items)

    # The mark stands; the maximum is still 50 on the server, and the teacher now has the mark too.
    assert principal.sync().ok
    assert principal.rows("assessments")[assess]["max_marks_centi"] == 50_00
    [mark] = [m for m in principal.rows("marks").values() if m["student_id"] == s1]
    assert mark["score_centi"] == 45_00
    assert [m["score_centi"] for m in teacher.rows("marks").values() if m["student_id"] == s1] == [45_00]
    # The teacher's laptop shows the maximum the server kept, not the refused one.
    assert teacher.rows("assessments")[assess]["max_marks_centi"] == 50_00
