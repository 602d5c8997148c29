"""Report card remarks: who writes which, saved with the outbox, refused in words and changing nothing."""

from __future__ import annotations

import subprocess

import pytest
from sqlalchemy import func, select

from app.reports.report_card import report_cards_pdf
from app.services.comments import (
    MAX_CHARS,
    PRINCIPAL,
    SYNC_NONE,
    SYNC_WAITING,
    TEACHER,
    card_remarks,
    remark_sheet,
    write_remark,
    write_remarks,
)
from app.services.context import ServiceError
from app.services.results import report_card_data
from app.storage.models import Enrollment, OutboxEntry, ReportComment, Term, TeachingAssignment
from app.sync.protocol import ENTITIES, report_comment_id


def _count(school, model) -> int:
    with school.db.session() as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


def _write(school, actor, remarks, section=None):
    with school.db.write() as s:
        return write_remarks(s, actor, (section or school.section).id, school.term.id, remarks)


def test_the_class_teacher_writes_and_the_row_travels_with_its_derived_id(school):
    pupil = school.students[0]
    assert _write(school, school.teacher, {(pupil.id, TEACHER): "  Works   steadily;\nreads well. "}) == 1
    with school.db.session() as s:
        row = s.execute(select(ReportComment)).scalar_one()
        entry = s.execute(select(OutboxEntry).where(OutboxEntry.entity == "report_comments")).scalar_one()
    assert row.id == report_comment_id(pupil.id, school.term.id, TEACHER)
    assert row.text == "Works steadily; reads well." and row.written_by == school.teacher.user_id
    assert row.section_id == school.section.id and row.version is None
    assert entry.row_id == row.id and entry.op == "put"
    assert set(entry.fields) == set(ENTITIES["report_comments"]) and entry.fields["kind"] == "teacher"

    # The same words again change nothing; new words are a second entry (never an edit of the first).
    assert _write(school, school.teacher, {(pupil.id, TEACHER): "Works steadily; reads well."}) == 0
    assert _write(school, school.teacher, {(pupil.id, TEACHER): "Works steadily."}) == 1
    with school.db.session() as s:
        entries = s.execute(select(OutboxEntry).where(OutboxEntry.entity == "report_comments")
                            .order_by(OutboxEntry.seq)).scalars().all()
    assert [e.fields.get("text") for e in entries] == ["Works steadily; reads well.", "Works steadily."]


def test_a_subject_teacher_of_the_class_may_write_the_class_teachers_remarks(school):
    with school.db.write() as s:  # teacher2 is homeroom of the other class and teaches nothing here yet
        reason = remark_sheet(s, school.other_teacher, school.section.id, school.term.id).why_not[TEACHER]
        assert reason == "Only the class teacher or a teacher of 7 A writes the class teacher's remarks."
    with pytest.raises(ServiceError, match="Only the class teacher or a teacher of"):
        _write(school, school.other_teacher, {(school.students[0].id, TEACHER): "Good."})
    with school.db.write() as s:
        subject_id = s.execute(select(TeachingAssignment.subject_id)).scalars().first()
        s.add(TeachingAssignment(school_id=school.school.id, section_id=school.section.id, subject_id=subject_id,
                                 teacher_id=school.other_teacher.user_id, version=1))
    assert _write(school, school.other_teacher, {(school.students[0].id, TEACHER): "Good."}) == 1


def test_only_the_principal_writes_the_principals_remarks(school):
    pupil = school.students[1].id
    for actor in (school.teacher, school.office):
        with pytest.raises(ServiceError, match="Only the principal writes the principal's remarks."):
            _write(school, actor, {(pupil, PRINCIPAL): "Well done."})
    with pytest.raises(ServiceError, match="Only the class teacher"):
        _write(school, school.office, {(pupil, TEACHER): "Well done."})
    assert _count(school, ReportComment) == 0 and _count(school, OutboxEntry) == 0
    assert _write(school, school.principal, {(pupil, PRINCIPAL): "Well done."}) == 1
    with school.db.session() as s:
        sheet = remark_sheet(s, school.teacher, school.section.id, school.term.id)
    line = next(line for line in sheet.lines if line.student_id == pupil)
    assert line.principal.text == "Well done." and line.principal.written_by == "Principal"
    assert line.principal.state == SYNC_WAITING and line.teacher.state == SYNC_NONE
    assert sheet.can_write(TEACHER) and not sheet.can_write(PRINCIPAL)


def test_a_published_term_is_frozen(school):
    pupil = school.students[0].id
    _write(school, school.teacher, {(pupil, TEACHER): "Before publishing."})
    with school.db.write() as s:
        s.get(Term, school.term.id).published = True
    for actor, kind in ((school.teacher, TEACHER), (school.principal, PRINCIPAL)):
        with pytest.raises(ServiceError, match=r"Term 1 is published; its report cards are frozen\."):
            _write(school, actor, {(pupil, kind): "After."})
    with school.db.session() as s:
        assert s.execute(select(ReportComment.text)).scalar_one() == "Before publishing."
        assert remark_sheet(s, school.principal, school.section.id, school.term.id).published


def test_a_bad_remark_in_a_batch_saves_none_of_it(school):
    a, b = school.students[0].id, school.students[1].id
    too_long = "x" * (MAX_CHARS + 1)
    with pytest.raises(ServiceError, match=f"is {MAX_CHARS + 1} characters long; a report card has room for"):
        _write(school, school.teacher, {(a, TEACHER): "Fine.", (b, TEACHER): too_long})
    with school.db.write() as s:  # b is in the other class all year
        s.execute(select(Enrollment).where(Enrollment.student_id == b)).scalar_one().section_id = \
            school.other_section.id
    with pytest.raises(ServiceError, match="is not in 7 A during Term 1; no remark was saved"):
        _write(school, school.teacher, {(a, TEACHER): "Fine.", (b, TEACHER): "Also fine."})
    with pytest.raises(ServiceError, match="is not a kind of remark"):
        _write(school, school.teacher, {(a, "parent"): "Fine."})
    assert _count(school, ReportComment) == 0 and _count(school, OutboxEntry) == 0


def test_clearing_a_remark_saves_it_empty_and_an_empty_new_one_writes_nothing(school):
    pupil = school.students[2].id
    with school.db.write() as s:
        assert not write_remark(s, school.teacher, school.section.id, school.term.id, pupil, TEACHER, "   ")
    assert _count(school, ReportComment) == 0
    _write(school, school.teacher, {(pupil, TEACHER): "Kind to others."})
    with school.db.write() as s:
        assert write_remark(s, school.teacher, school.section.id, school.term.id, pupil, TEACHER, "")
    with school.db.session() as s:
        assert card_remarks(s, school.term.id, school.section.id) == {pupil: ("", "")}


def test_the_report_card_prints_both_remarks(school, tmp_path):
    pupil = school.students[0]
    _write(school, school.teacher, {(pupil.id, TEACHER): "Reads widely; must show working in Maths."})
    _write(school, school.principal, {(pupil.id, PRINCIPAL): "A promising term — keep going."})
    with school.db.session() as s:
        remarks = card_remarks(s, school.term.id, school.section.id)
        cards = report_card_data(s, school.term.id, school.section.id, comments=remarks)
    pdf = tmp_path / "cards.pdf"
    pdf.write_bytes(report_cards_pdf([c for c in cards if c.student_id == pupil.id]))
    assert subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True).returncode == 0
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.split())
    assert "Class teacher's remarks Reads widely; must show working in Maths." in text
    assert "Principal's remarks A promising term — keep going." in text


def test_the_longest_remark_is_printed_whole(school, tmp_path):
    pupil = school.students[0]
    words = ("Participates well in class discussions and works carefully with classmates on group projects; "
             "should read more widely at home.")
    remark = (words + " ") * (MAX_CHARS // (len(words) + 1))
    remark = (remark + "W" * MAX_CHARS)[:MAX_CHARS]
    _write(school, school.teacher, {(pupil.id, TEACHER): remark})
    with school.db.session() as s:
        cards = report_card_data(s, school.term.id, school.section.id,
                                 comments=card_remarks(s, school.term.id, school.section.id))
    pdf = tmp_path / "long.pdf"
    pdf.write_bytes(report_cards_pdf([c for c in cards if c.student_id == pupil.id]))
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.split())
    assert " ".join(remark.split()) in text
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", str(pdf), str(tmp_path / "long")], check=True)
