"""The server's rules for marks and assessments that need to look at other rows.

:func:`check_max_not_below_marks`: an assessment's maximum is never lowered
below a mark already entered for it. The device refuses it when the marks
are on it (``app.services.assessments.update_assessment``); the server must
refuse it too, for the race the device cannot see: one device lowers the
maximum offline while another enters a higher mark and syncs first. The
lowering is then refused with its reason (it reaches the first device's
inbox), and the mark stands; the other order is refused by the mark's own
range check (``score_out_of_range``).

Called by the push (``server/engine.py``) for each ``put`` of an assessment,
inside the batch's transaction, after the term checks. Qt-free and
dialect-free (SQLite and PostgreSQL alike).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from server.models import T

if TYPE_CHECKING:
    from server.engine import Batch

#: The refusal's key and English sentence (``server/reasons.py``; the client's copy is ``app/sync/reasons.py``).
MAX_BELOW_MARKS = "max_below_marks"
MAX_BELOW_MARKS_TEMPLATE = ("{assessment} already has {count} mark(s) above {max_marks} (the highest, {top}, "
                            "is {student}'s): correct those marks before lowering the maximum.")


def _centi(value: int) -> str:
    return f"{value / 100:g}"


def marks_above(batch: Batch, assessment_id: str, maximum_centi: int) -> list[dict[str, Any]]:
    """The live scored marks of an assessment above ``maximum_centi``, highest first.

    Read from the database and overlaid with the rows this batch has already
    changed (earlier entries of the same push are not written yet).
    """
    marks = T["marks"]
    found: dict[str, dict[str, Any]] = {}
    for row in batch.conn.execute(
        select(marks.c.id, marks.c.student_id, marks.c.score_centi).where(
            marks.c.school_id == batch.actor.school_id, marks.c.assessment_id == assessment_id,
            marks.c.deleted.is_(False), marks.c.status == "scored", marks.c.score_centi > maximum_centi)
    ).mappings():
        found[row["id"]] = dict(row)
    for (entity, row_id), row in batch.rows.items():
        if entity != "marks" or row is None or row.get("assessment_id") != assessment_id:
            continue
        above = (not row["deleted"] and row.get("status") == "scored" and row.get("score_centi") is not None
                 and row["score_centi"] > maximum_centi)
        if above:
            found[row_id] = {"id": row_id, "student_id": row["student_id"], "score_centi": row["score_centi"]}
        else:
            found.pop(row_id, None)
    return sorted(found.values(), key=lambda r: (-r["score_centi"], r["id"]))


def check_max_not_below_marks(batch: Batch, assessment_id: str, fields: Mapping[str, Any],
                              current: Mapping[str, Any] | None) -> None:
    """Refuse a change of an assessment whose new maximum is below a mark already entered for it.

    ``fields`` are the mutation's checked fields, ``current`` the assessment as
    the server has it (None for a new one: it has no marks yet).
    """
    from server.engine import Rejected

    maximum = fields.get("max_marks_centi")
    if current is None or maximum is None or maximum >= current["max_marks_centi"]:
        return
    above = marks_above(batch, assessment_id, maximum)
    if not above:
        return
    top = above[0]
    batch.load("students", [top["student_id"]])
    student = batch.rows.get(("students", top["student_id"]))
    raise Rejected("invalid_fields", MAX_BELOW_MARKS, assessment=fields.get("name") or current["name"],
                   count=len(above), max_marks=_centi(maximum), top=_centi(top["score_centi"]),
                   student=student["full_name"] if student else "a student")
