"""The missing-marks rule over a whole class at once (``subject_results``), as school-wide figures read it.

The rule works out once what does not depend on the student (categories,
weights) and then runs student by student; each student's result must be
exactly what the rule gives that student alone, worked out by hand here.
"""

from __future__ import annotations

import pytest

from app.services.grades import GradeBand
from app.services.results import ScoredAssessment, subject_result, subject_results

BANDS = (GradeBand(90, "A+", True), GradeBand(80, "A", True), GradeBand(70, "B", True), GradeBand(60, "C", True),
         GradeBand(50, "D", True), GradeBand(40, "E", True), GradeBand(0, "F", False))
WEIGHTS = {"test": 30, "homework": 20, "exam": 50}
T1 = ScoredAssessment("t1", "test", 50_00)
T2 = ScoredAssessment("t2", "test", 25_00, weight=3)
H1 = ScoredAssessment("h1", "homework", 10_00)
EX = ScoredAssessment("ex", "exam", 100_00)
ALL = [T1, T2, H1, EX]

CLASS = {
    # test (weight 1 and 3): 40/50 = 80 %, 10/25 = 40 % → (80 + 120) / 4 = 50; homework 9/10 = 90; exam 72
    # 0.3 × 50 + 0.2 × 90 + 0.5 × 72 = 15 + 18 + 36 = 69.0 → C
    "Ayesha": ({"t1": ("scored", 40_00), "t2": ("scored", 10_00), "h1": ("scored", 9_00), "ex": ("scored", 72_00)},
               69.0, "C", 0),
    # absent counts 0: test (0 + 3 × 80) / 4 = 60; homework exempt: its 20 % re-spread over test 30 and exam 50;
    # exam 64: (60 × 30 + 64 × 50) / 80 = (1800 + 3200) / 80 = 62.5 → C
    "Omar": ({"t1": ("absent", None), "t2": ("scored", 20_00), "h1": ("exempt", None), "ex": ("scored", 64_00)},
             62.5, "C", 0),
    # only test 1 so far (36/50 = 72 %): three assessments not entered → 72.0 (B), incomplete
    "Lucía": ({"t1": ("scored", 36_00)}, 72.0, "B", 3),
    # everything exempt: nothing counts → no percentage, no grade
    "Arjun": ({a.id: ("exempt", None) for a in ALL}, None, "", 0),
    # nothing entered at all
    "Wanjiru": ({}, None, "", 4),
}


def test_a_class_at_once_is_each_student_by_hand():
    names = list(CLASS)
    got = subject_results(ALL, [CLASS[n][0] for n in names], WEIGHTS, BANDS)
    assert [(r.percent, r.grade, r.not_entered) for r in got] == [CLASS[n][1:] for n in names]
    for name, result in zip(names, got, strict=True):
        assert result == subject_result(ALL, CLASS[name][0], WEIGHTS, BANDS)  # the same rule, one student
    omar = {c.category: c for c in got[1].categories}
    assert omar["homework"].percent is None and omar["homework"].exempt == 1
    assert omar["test"].applied_percent == pytest.approx(37.5) and omar["exam"].applied_percent == pytest.approx(62.5)
    assert omar["test"].counted == 2 and omar["test"].percent == 60.0


def test_no_weights_set_and_a_category_weighing_nothing():
    # No weights: test and exam weigh the same. Ayesha: test 50, exam 72 → 61.0; Lucía: test 72 only → 72.0
    marks = [CLASS["Ayesha"][0], CLASS["Lucía"][0]]
    assert [r.percent for r in subject_results([T1, T2, EX], marks, {}, BANDS)] == [61.0, 72.0]
    # Exam weighs 0: it counts for nothing, the test is the whole result (50.0 and 72.0); a category the
    # weights leave out (homework here) counts 0 too.
    got = subject_results(ALL, marks, {"test": 100, "exam": 0}, BANDS, details=False)
    assert [(r.percent, r.categories) for r in got] == [(50.0, ()), (72.0, ())]


def test_no_assessment_and_no_student():
    assert subject_results([], [{}], WEIGHTS, BANDS)[0].percent is None
    assert subject_results([], [{}], {}, BANDS)[0].percent is None
    assert subject_results(ALL, [], WEIGHTS, BANDS) == []
