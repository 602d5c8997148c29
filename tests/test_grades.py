"""Gradebook rules: assessments, category weights, grade scales, locks, bad input, the grid's cells."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.services import ServiceError
from app.services.assessments import (
    AssessmentInput,
    category_weights,
    check_weights,
    create_assessment,
    delete_assessment,
    gradebook_choices,
    set_category_weights,
    update_assessment,
)
from app.services.grades import (
    SYNC_CONFLICT,
    SYNC_REFUSED,
    SYNC_SYNCED,
    SYNC_WAITING,
    MarkValue,
    check_bands,
    clear_marks,
    grade_for,
    marks_grid,
    publish_term,
    record_marks,
    save_grade_scale,
    school_scale,
    set_entry_open,
)
from app.storage.models import (
    Assessment,
    Enrollment,
    GradeScale,
    Mark,
    OutboxEntry,
    RejectedChange,
    ServerConflict,
    Term,
)

TODAY = dt.date.today()


def _subject(school):
    return school.assessment.subject_id


def test_category_weights_must_total_100_with_the_reason(school):
    with pytest.raises(ServiceError, match="total 90%, not 100%: add 10%"):
        check_weights({"test": 40, "exam": 50})
    with pytest.raises(ServiceError, match="total 110%, not 100%: remove 10%"):
        check_weights({"test": 60, "exam": 50})
    with pytest.raises(ServiceError, match="whole percentage"):
        check_weights({"test": 0, "exam": 100})
    with pytest.raises(ServiceError, match="Only the principal"):
        with school.db.write() as s:
            set_category_weights(s, school.teacher, _subject(school), {"test": 100})
    with school.db.write() as s:
        set_category_weights(s, school.principal, _subject(school), {"Test": 30, "homework": 20, "exam": 50})
    with school.db.session() as s:
        assert category_weights(s, _subject(school)) == {"exam": 50, "test": 30, "homework": 20}
    # "test" is used by an assessment: it cannot be dropped
    with pytest.raises(ServiceError, match="use test"):
        with school.db.write() as s:
            set_category_weights(s, school.principal, _subject(school), {"homework": 50, "exam": 50})
    with school.db.write() as s:
        set_category_weights(s, school.principal, _subject(school), {"test": 50, "exam": 50})
    with school.db.session() as s:
        assert category_weights(s, _subject(school)) == {"exam": 50, "test": 50}
        entries = s.execute(select(OutboxEntry.entity, OutboxEntry.op)).all()
    assert ("category_weights", "delete") in entries


def test_assessments_are_created_by_the_subjects_teacher_or_the_principal(school):
    data = AssessmentInput("Quiz 2", "test", 20_00, 1, TODAY)
    with school.db.write() as s:
        set_category_weights(s, school.principal, _subject(school), {"test": 40, "exam": 60})
    with pytest.raises(ServiceError, match="do not teach"):
        with school.db.write() as s:
            create_assessment(s, school.other_teacher, school.section.id, _subject(school), school.term.id, data)
    with pytest.raises(ServiceError, match="no weight in this subject; choose one of: exam, test"):
        with school.db.write() as s:
            create_assessment(s, school.teacher, school.section.id, _subject(school), school.term.id,
                              AssessmentInput("Project", "project", 20_00))
    with pytest.raises(ServiceError, match="more than 0"):
        with school.db.write() as s:
            create_assessment(s, school.teacher, school.section.id, _subject(school), school.term.id,
                              AssessmentInput("Quiz", "test", 0))
    with pytest.raises(ServiceError, match="outside Term 1"):
        with school.db.write() as s:
            create_assessment(s, school.teacher, school.section.id, _subject(school), school.term.id,
                              AssessmentInput("Quiz", "test", 10_00, 1, TODAY + dt.timedelta(days=300)))
    with school.db.write() as s:
        a = create_assessment(s, school.teacher, school.section.id, _subject(school), school.term.id, data)
        a_id = a.id
    with school.db.write() as s:
        create_assessment(s, school.principal, school.section.id, _subject(school), school.term.id,
                          AssessmentInput("Final exam", "exam", 100_00))
    with school.db.session() as s:
        got = s.get(Assessment, a_id)
        assert (got.name, got.category, got.max_marks_centi, got.held_on, got.created_by) == (
            "Quiz 2", "test", 20_00, TODAY, school.teacher.user_id)
        assert s.execute(select(OutboxEntry).where(OutboxEntry.row_id == a_id)).scalar_one().op == "put"


def test_lowering_the_maximum_below_a_mark_is_refused_naming_it(school):
    s0 = school.students[0]
    with school.db.write() as s:
        record_marks(s, school.teacher, school.assessment.id, {s0.id: MarkValue("scored", 45_00)})
    lower = AssessmentInput("Test 1", "test", 40_00)
    with pytest.raises(ServiceError, match="Ayesha Khan already has 45 .*lowering the maximum"):
        with school.db.write() as s:
            update_assessment(s, school.teacher, school.assessment.id, lower)
    with school.db.write() as s:
        assert update_assessment(s, school.teacher, school.assessment.id, AssessmentInput("Test 1", "test", 45_00))
    with pytest.raises(ServiceError, match="has 1 mark"):
        with school.db.write() as s:
            delete_assessment(s, school.teacher, school.assessment.id)


def test_marks_for_a_student_who_left_are_refused_and_nothing_is_saved(school):
    leaver, stayer = school.students[4], school.students[0]
    with school.db.write() as s:
        enrollment = s.execute(select(Enrollment).where(Enrollment.student_id == leaver.id)).scalar_one()
        enrollment.ends_on = TODAY - dt.timedelta(days=10)
        s.get(Assessment, school.assessment.id).held_on = TODAY - dt.timedelta(days=2)
    with pytest.raises(ServiceError, match="Arjun Sharma left this class on"):
        with school.db.write() as s:
            record_marks(s, school.teacher, school.assessment.id,
                         {stayer.id: MarkValue("scored", 10_00), leaver.id: MarkValue("scored", 10_00)})
    with school.db.session() as s:
        assert s.execute(select(Mark)).first() is None  # no mark saved, none dropped silently
    with pytest.raises(ServiceError, match="not in this class"):
        with school.db.write() as s:
            record_marks(s, school.principal, school.other_assessment.id, {stayer.id: MarkValue("scored", 1_00)})


def test_clearing_a_mark_tombstones_it(school):
    sid = school.students[0].id
    with school.db.write() as s:
        record_marks(s, school.teacher, school.assessment.id, {sid: MarkValue("scored", 12_00)})
    with school.db.write() as s:
        assert clear_marks(s, school.teacher, school.assessment.id, [sid]) == 1
    with school.db.session() as s:
        assert s.execute(select(Mark.deleted)).scalar_one() is True
        assert [e.op for e in s.execute(select(OutboxEntry).order_by(OutboxEntry.seq)).scalars()] == ["put", "delete"]
    with school.db.write() as s:  # typing it again brings it back
        assert record_marks(s, school.teacher, school.assessment.id, {sid: MarkValue("absent")}) == 1


def test_grade_scales_map_percentages_and_mark_the_lowest_pass(school):
    bands = check_bands([(0, "7"), (85, "1"), (70, "2"), (55, "3"), (40, "4"), (25, "5"), (10, "6")], "4")
    assert [b.grade for b in bands] == ["1", "2", "3", "4", "5", "6", "7"]
    assert grade_for(40, bands) == ("4", True) and grade_for(39.9, bands) == ("5", False)
    for bad, reason in [([(10, "A"), (50, "B")], "start at 0%"), ([(0, "A"), (0, "B")], "same percentage"),
                        ([(0, "A"), (50, "A")], "only once"), ([(0, "F")], "at least two"),
                        ([(0, "F"), (120, "A")], "between 0 and 100")]:
        with pytest.raises(ServiceError, match=reason):
            check_bands(bad, bad[0][1])
    with pytest.raises(ServiceError, match="lowest passing grade"):
        check_bands([(0, "F"), (50, "P")], "Q")
    with pytest.raises(ServiceError, match="Only the principal"):
        with school.db.write() as s:
            save_grade_scale(s, school.teacher, "IB", [(0, "F"), (50, "P")], "P")
    with school.db.write() as s:
        save_grade_scale(s, school.principal, "Old", [(0, "F"), (50, "P")], "P")
    with school.db.write() as s:
        save_grade_scale(s, school.principal, "1 to 7", [(b.min_percent, b.grade) for b in bands], "4")
    with school.db.session() as s:
        name, got = school_scale(s)
        assert name == "1 to 7" and got == bands
        assert sorted(s.execute(select(GradeScale.name, GradeScale.is_default)).all()) == [
            ("1 to 7", True), ("Old", False)]


def test_principal_closes_and_publishes_a_term(school):
    sid = school.students[0].id
    with pytest.raises(ServiceError, match="Only the principal"):
        with school.db.write() as s:
            set_entry_open(s, school.teacher, school.term.id, False)
    with school.db.write() as s:
        assert set_entry_open(s, school.principal, school.term.id, False)
    with pytest.raises(ServiceError, match="closed; marks are read-only"):
        with school.db.write() as s:
            record_marks(s, school.teacher, school.assessment.id, {sid: MarkValue("scored", 1_00)})
    with pytest.raises(ServiceError, match="closed"):
        with school.db.write() as s:
            create_assessment(s, school.teacher, school.section.id, _subject(school), school.term.id,
                              AssessmentInput("Late quiz", "test", 10_00))
    with school.db.write() as s:
        set_entry_open(s, school.principal, school.term.id, True)
        record_marks(s, school.teacher, school.assessment.id, {sid: MarkValue("scored", 1_00)})
    with school.db.write() as s:
        assert publish_term(s, school.principal, school.term.id)
    with school.db.session() as s:
        term = s.get(Term, school.term.id)
        assert (term.entry_open, term.published) == (False, True)
        fields = [e.fields for e in s.execute(select(OutboxEntry).where(OutboxEntry.entity == "terms")
                                              .order_by(OutboxEntry.seq)).scalars()]
    assert fields == [{"entry_open": False}, {"entry_open": True}, {"entry_open": False, "published": True}]
    with pytest.raises(ServiceError, match="published; its marks and results are frozen"):
        with school.db.write() as s:
            record_marks(s, school.principal, school.assessment.id, {sid: MarkValue("scored", 2_00)})
    with pytest.raises(ServiceError, match="cannot be reopened"):
        with school.db.write() as s:
            set_entry_open(s, school.principal, school.term.id, True)
    with pytest.raises(ServiceError, match="already published"):
        with school.db.write() as s:
            set_category_weights(s, school.principal, _subject(school), {"test": 100})


def test_grid_cells_carry_their_sync_state(school):
    st = school.students
    with school.db.write() as s:
        record_marks(s, school.teacher, school.assessment.id, {
            st[0].id: MarkValue("scored", 17_50), st[1].id: MarkValue("absent"), st[2].id: MarkValue("exempt"),
            st[3].id: MarkValue("scored", 20_00)})
    with school.db.write() as s:
        marks = {m.student_id: m for m in s.execute(select(Mark)).scalars()}
        s.query(OutboxEntry).delete()  # as if synced: the server gave versions
        for m in marks.values():
            m.version = 5
        s.add(ServerConflict(school_id=school.school.id, entity="marks", row_id=marks[st[1].id].id,
                             section_id=school.section.id, kind="marks_conflict", kept={}, lost={},
                             message="Two different marks were entered", detected_at=dt.datetime(2026, 1, 1)))
        s.add(RejectedChange(seq=9, entity="marks", row_id=marks[st[3].id].id, op="put", fields={},
                             reason="Mark entry for Term 1 is closed", rejected_at=dt.datetime(2026, 1, 1)))
    with school.db.write() as s:
        record_marks(s, school.teacher, school.assessment.id, {st[2].id: MarkValue("scored", 3_00)})
    with school.db.session() as s:
        grid = marks_grid(s, school.section.id, _subject(school), school.term.id)
    assert [g.full_name for g in grid.students] == [x.full_name for x in st]
    assert [a.name for a in grid.assessments] == ["Test 1"]
    cell = {sid: grid.cells.get((sid, school.assessment.id)) for sid in (x.id for x in st)}
    assert (cell[st[0].id].text, cell[st[0].id].sync) == ("17.5", SYNC_SYNCED)
    assert (cell[st[1].id].text, cell[st[1].id].sync) == ("ab", SYNC_CONFLICT)
    assert (cell[st[2].id].text, cell[st[2].id].sync) == ("3", SYNC_WAITING)
    assert (cell[st[3].id].sync, cell[st[3].id].note) == (SYNC_REFUSED, "Mark entry for Term 1 is closed")
    assert cell[st[4].id] is None
    assert not grid.read_only


def test_a_teacher_sees_only_their_classes(school):
    with school.db.session() as s:
        mine = gradebook_choices(s, school.teacher, TODAY)
        everyone = gradebook_choices(s, school.principal, TODAY)
    assert [(c.section_name, c.subject_name) for c in mine.classes] == [("7 A", "Mathematics")]
    assert [c.section_name for c in everyone.classes] == ["7 A", "7 B"]
    assert mine.current_term_id == school.term.id
