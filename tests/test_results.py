"""Term and final results against examples worked out by hand."""

from __future__ import annotations

import pytest

from app.services.grades import GradeBand, MarkValue, grade_for, record_marks
from app.services.results import (
    ScoredAssessment,
    overall_percent,
    positions,
    round_half_up,
    subject_result,
    term_results,
    weighted_over_terms,
)
from app.storage.models import Assessment, CategoryWeight, GradeScale, School, Term

BANDS = (GradeBand(90, "A+", True), GradeBand(80, "A", True), GradeBand(70, "B", True), GradeBand(60, "C", True),
         GradeBand(50, "D", True), GradeBand(40, "E", True), GradeBand(0, "F", False))
WEIGHTS = {"test": 30, "homework": 20, "exam": 50}
T1 = ScoredAssessment("t1", "test", 50_00)
T2 = ScoredAssessment("t2", "test", 25_00)
H1 = ScoredAssessment("h1", "homework", 10_00)
EX = ScoredAssessment("ex", "exam", 100_00)
ALL = [T1, T2, H1, EX]


def test_absent_counts_zero_and_categories_are_weighted():
    # test: (40/50 = 80%, absent = 0%) → 40; homework 9/10 = 90; exam 72/100 = 72
    # 0.3 × 40 + 0.2 × 90 + 0.5 × 72 = 12 + 18 + 36 = 66.0 → C
    marks = {"t1": ("scored", 40_00), "t2": ("absent", None), "h1": ("scored", 9_00), "ex": ("scored", 72_00)}
    r = subject_result(ALL, marks, WEIGHTS, BANDS)
    assert r.percent == 66.0
    assert (r.grade, r.passing) == ("C", True)
    by = {c.category: c for c in r.categories}
    assert (by["test"].percent, by["test"].counted) == (40.0, 2)
    assert by["homework"].percent == 90.0 and by["exam"].percent == 72.0
    assert r.complete


def test_exempt_is_left_out_and_an_empty_category_gives_its_weight_to_the_others():
    # test: 37.5/50 = 75%, 20/25 = 80% → 77.5; homework exempt (no mark counts); exam 65.5%
    # homework's 20% is re-spread over test 30 and exam 50: (77.5 × 30 + 65.5 × 50) / 80 = 70.0 → B
    marks = {"t1": ("scored", 37_50), "t2": ("scored", 20_00), "h1": ("exempt", None), "ex": ("scored", 65_50)}
    r = subject_result(ALL, marks, WEIGHTS, BANDS)
    assert r.percent == 70.0 and r.grade == "B"
    by = {c.category: c for c in r.categories}
    assert by["homework"].percent is None and by["homework"].exempt == 1
    assert by["test"].applied_percent == pytest.approx(37.5) and by["exam"].applied_percent == pytest.approx(62.5)


def test_marks_not_entered_yet_are_left_out_and_flagged():
    # only the tests so far: exempt t1, 20/25 = 80% → 80.0 (A), two assessments not entered
    marks = {"t1": ("exempt", None), "t2": ("scored", 20_00)}
    r = subject_result(ALL, marks, WEIGHTS, BANDS)
    assert r.percent == 80.0 and r.grade == "A"
    assert r.not_entered == 2 and not r.complete


def test_no_counted_mark_means_no_result():
    r = subject_result(ALL, {a.id: ("exempt", None) for a in ALL}, WEIGHTS, BANDS)
    assert r.percent is None and r.grade == "" and not r.passing


def test_assessment_weights_within_a_category():
    # test 1 (weight 1) 80%, test 2 (weight 3) 40% → (80 + 120) / 4 = 50.0
    heavy = ScoredAssessment("t2", "test", 25_00, weight=3)
    r = subject_result([T1, heavy], {"t1": ("scored", 40_00), "t2": ("scored", 10_00)}, {"test": 100}, BANDS)
    assert r.percent == 50.0 and r.grade == "D"


def test_no_weights_set_means_categories_weigh_the_same():
    # test avg 80 (40/50), exam 60 (60/100): (80 + 60) / 2 = 70.0
    r = subject_result([T1, EX], {"t1": ("scored", 40_00), "ex": ("scored", 60_00)}, {}, BANDS)
    assert r.percent == 70.0


def test_grade_comes_from_the_rounded_percentage():
    # 59.96% rounds to 60.0, which is a C (not a D)
    r = subject_result([EX], {"ex": ("scored", 59_96)}, {"exam": 100}, BANDS)
    assert r.percent == 60.0 and r.grade == "C"
    assert round_half_up(72.25) == 72.3 and round_half_up(72.24) == 72.2
    assert grade_for(39.9, BANDS) == ("F", False) and grade_for(40, BANDS) == ("E", True)


def test_overall_positions_and_final():
    assert overall_percent([66.0, 80.0, None]) == 73.0
    assert overall_percent([None]) is None
    assert positions({"a": 66.0, "b": 80.0, "c": 70.0, "d": None, "e": 70.0}) == {"b": 1, "c": 2, "e": 2, "a": 4}
    # terms weighted 30/30/40; the third has no result yet: (60 × 30 + 70 × 30) / 60 = 65.0
    assert weighted_over_terms([(60.0, 30), (70.0, 30), (None, 40)]) == 65.0
    # all three: 0.3 × 60 + 0.3 × 70 + 0.4 × 85 = 18 + 21 + 34 = 73.0
    assert weighted_over_terms([(60.0, 30), (70.0, 30), (85.0, 40)]) == 73.0


def test_term_results_of_a_section_from_the_school_file(school):
    s = school.students
    with school.db.write() as w:
        subject_id = w.get(Assessment, school.assessment.id).subject_id
        for cat, pct in WEIGHTS.items():
            w.add(CategoryWeight(school_id=school.school.id, subject_id=subject_id, category=cat,
                                 weight_percent=pct, version=1))
        w.add(GradeScale(school_id=school.school.id, name="A+ to F", is_default=True, version=1,
                         bands=[{"min_percent": b.min_percent, "grade": b.grade, "passing": b.passing}
                                for b in BANDS]))
        exam = Assessment(school_id=school.school.id, section_id=school.section.id, subject_id=subject_id,
                          term_id=school.term.id, name="Exam", category="exam", max_marks_centi=100_00, version=1)
        w.add(exam)
        w.flush()
        exam_id = exam.id
    with school.db.write() as w:
        # Test 1 (max 50): 40, ab, 45, ex, 25; Exam: 72, 50, 90, 80, —
        record_marks(w, school.teacher, school.assessment.id, {
            s[0].id: MarkValue("scored", 40_00), s[1].id: MarkValue("absent"), s[2].id: MarkValue("scored", 45_00),
            s[3].id: MarkValue("exempt"), s[4].id: MarkValue("scored", 25_00)})
        record_marks(w, school.teacher, exam_id, {
            s[0].id: MarkValue("scored", 72_00), s[1].id: MarkValue("scored", 50_00),
            s[2].id: MarkValue("scored", 90_00), s[3].id: MarkValue("scored", 80_00)})
    with school.db.session() as r:
        results = term_results(r, school.term.id, school.section.id)
    got = {st.full_name: (st.percent, st.grade, st.position) for st in results.students}
    # no homework anywhere: test 30 and exam 50 share 100 (37.5% / 62.5%)
    # Ayesha: 80 × .375 + 72 × .625 = 30 + 45 = 75.0 (B); Omar: 0 + 31.25 = 31.3 (F)
    # Wanjiru: 90 × .375 + 90 × .625 = 90.0 (A+); Lucía: test exempt → exam alone 80.0 (A)
    # Arjun: test 50% only, exam not entered → 50.0 (D)
    assert got == {
        "Wanjiru Kamau": (90.0, "A+", 1), "Lucía Fernández": (80.0, "A", 2), "Ayesha Khan": (75.0, "B", 3),
        "Arjun Sharma": (50.0, "D", 4), "Omar Haddad": (31.3, "F", 5),
    }
    arjun = next(st for st in results.students if st.full_name == "Arjun Sharma")
    assert arjun.not_entered == 1  # shown as incomplete
    assert [sub.name for sub in results.subjects] == ["Mathematics"]


def test_class_position_follows_the_school_setting(school):
    with school.db.write() as w:
        w.get(School, school.school.id).show_class_position = False
        record_marks(w, school.teacher, school.assessment.id, {school.students[0].id: MarkValue("scored", 10_00)})
    with school.db.session() as r:
        results = term_results(r, school.term.id, school.section.id)
    assert not results.show_position
    assert all(st.position is None for st in results.students)
    assert results.term_name == school.term.name and isinstance(results.term_weight, int)
    with school.db.session() as r:
        assert r.get(Term, school.term.id).weight == results.term_weight
