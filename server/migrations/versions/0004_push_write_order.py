"""Pushes write where the B-trees and heaps grow: attendance's natural-key index in arrival order;
on PostgreSQL, room kept in each page for updates so that new rows go to the end.

* ``uq_attendance_marks_student_id_date_period`` becomes ``(school_id, date, period, student_id)``
  (the same uniqueness; ``(school_id, student_id, date, period)`` put each of a push's marks on
  another page of a 373,000-row index: ~500 pages dirtied a push of 500 marks).
* PostgreSQL: ``fillfactor = 90`` on ``row_changes`` and the synced tables. Their pages are
  full but for a little space, which the free space map hands out one new row at a time: a push
  read and wrote one 8 KB page per row of ``row_changes``. With 10 % kept for updates a new row
  goes to the end of the table (an update still finds room on its own page).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

INDEX = "uq_attendance_marks_student_id_date_period"

# The synced tables as of this revision (frozen: later revisions alter from here).
SYNCED_0004 = (
    "schools", "academic_years", "terms", "users", "sections", "subjects", "teaching_assignments", "students",
    "enrollments", "attendance_codes", "attendance_marks", "attendance_history", "grade_scales",
    "category_weights", "assessments", "marks", "fee_heads", "fee_structures", "invoices", "invoice_lines",
    "concessions", "payments", "payment_allocations", "payment_cancellations", "audit_log", "server_conflicts",
    "school_calendar", "guardian_alerts", "cash_closes", "report_comments",
)


def _attendance_index(columns: str) -> None:
    bind = op.get_bind()
    op.execute(f"DROP INDEX IF EXISTS {INDEX}")
    where = "deleted IS 0" if bind.dialect.name == "sqlite" else "deleted IS false"
    op.execute(f"CREATE UNIQUE INDEX {INDEX} ON attendance_marks ({columns}) WHERE {where}")


def upgrade() -> None:
    _attendance_index("school_id, date, period, student_id")
    if op.get_bind().dialect.name == "postgresql":
        for table in ("row_changes", *SYNCED_0004):
            op.execute(f'ALTER TABLE "{table}" SET (fillfactor = 90)')


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in ("row_changes", *SYNCED_0004):
            op.execute(f'ALTER TABLE "{table}" RESET (fillfactor)')
    _attendance_index("school_id, student_id, date, period")
