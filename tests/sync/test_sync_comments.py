"""Report card remarks between the teacher's laptop and the principal's, through the real server."""

from __future__ import annotations

import subprocess

from sqlalchemy import select

from app.reports.report_card import report_cards_pdf
from app.services.comments import PRINCIPAL, SYNC_CONFLICT, SYNC_SYNCED, TEACHER, card_remarks, remark_sheet, \
    write_remark
from app.services.grades import publish_term
from app.services.results import report_card_data
from app.storage.models import RejectedChange


def sheet(device, ids):
    with device.db.session() as s:
        return remark_sheet(s, device.actor, ids["sec_a"], ids["term"])


def line_of(device, ids, student):
    return next(line for line in sheet(device, ids).lines if line.student_id == ids[student])


def test_remarks_written_offline_on_two_laptops_meet_on_both_and_print(server_school, devices, tmp_path):
    ids = server_school.ids
    teacher = devices(server_school, "teacher1")
    principal = devices(server_school, "principal")

    # Both write offline: the class teacher's remark and the principal's, for the same student.
    teacher.write(write_remark, ids["sec_a"], ids["term"], ids["student1"], TEACHER, "Reads widely; neat work.")
    principal.write(write_remark, ids["sec_a"], ids["term"], ids["student1"], PRINCIPAL, "علی (Ali) — well done.")
    assert line_of(teacher, ids, "student1").teacher.state == "waiting"

    assert teacher.sync().ok
    assert principal.sync().ok
    assert teacher.sync().ok
    for device in (teacher, principal):
        line = line_of(device, ids, "student1")
        assert (line.teacher.text, line.principal.text) == ("Reads widely; neat work.", "علی (Ali) — well done.")
        assert line.teacher.state == line.principal.state == SYNC_SYNCED
        assert line.teacher.written_by == "Teacher1" and line.principal.written_by == "Principal"

    # The principal prints the card: both remarks are on it.
    with principal.db.session() as s:
        cards = report_card_data(s, ids["term"], ids["sec_a"], comments=card_remarks(s, ids["term"], ids["sec_a"]))
    pdf = tmp_path / "card.pdf"
    pdf.write_bytes(report_cards_pdf([c for c in cards if c.student_id == ids["student1"]]))
    assert subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True).returncode == 0
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.split())
    assert "Class teacher's remarks Reads widely; neat work." in text
    assert "(Ali)" in text


def test_the_same_remark_from_two_laptops_is_one_row_and_the_later_writer_wins(server_school, devices):
    ids = server_school.ids
    first = devices(server_school, "teacher1")
    second = devices(server_school, "teacher1")  # the class teacher's second computer
    first.write(write_remark, ids["sec_a"], ids["term"], ids["student2"], TEACHER, "Written at school.")
    second.write(write_remark, ids["sec_a"], ids["term"], ids["student2"], TEACHER, "Written at home, later.")
    for device in (first, second, first):
        assert device.sync().ok
    for device in (first, second):
        rows = [r for r in device.rows("report_comments").values() if r["student_id"] == ids["student2"]]
        assert [r["text"] for r in rows] == ["Written at home, later."]


def test_a_remark_written_offline_after_publishing_is_refused_and_shown(server_school, devices):
    ids = server_school.ids
    teacher = devices(server_school, "teacher1")
    principal = devices(server_school, "principal")
    teacher.write(write_remark, ids["sec_a"], ids["term"], ids["student3"], TEACHER, "First words.")
    assert teacher.sync().ok
    assert principal.sync().ok

    principal.write(publish_term, ids["term"])
    assert principal.sync().ok
    # The teacher has not heard of it yet and changes the remark offline.
    teacher.write(write_remark, ids["sec_a"], ids["term"], ids["student3"], TEACHER, "Second thoughts.")
    report = teacher.sync()
    assert report.rejected == 1
    with teacher.db.session() as s:
        reason = s.execute(select(RejectedChange.reason)).scalar_one()
    assert reason == "Term 1 is published; its report cards are frozen."
    after = sheet(teacher, ids)
    line = next(line for line in after.lines if line.student_id == ids["student3"])
    assert line.teacher.state == SYNC_CONFLICT and line.teacher.problem == reason
    assert after.published and not after.can_write(TEACHER)
    assert principal.sync().ok
    assert line_of(principal, ids, "student3").teacher.text == "First words."
