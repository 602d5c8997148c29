"""indexes the principal's dashboard reads through

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23

* ``ix_attendance_marks_date_section_id`` carries the rest of what a count
  of the last school days reads (period, student, code, deleted, version),
  so those counts and the dashboard's fingerprint of the window never touch
  the table. Same name and first columns as before: whatever used it still
  does.
* ``ix_assessments_term_id``: a term's assessments without reading them all.
* ``ix_marks_assessment_id_student_id_status_score_centi_deleted_version``:
  a term's marks (what results and their fingerprint read) without touching
  the table.
"""

from alembic import op


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

ATTENDANCE_WINDOW = ['date', 'section_id', 'period', 'student_id', 'code', 'deleted', 'version']
MARKS = ['assessment_id', 'student_id', 'status', 'score_centi', 'deleted', 'version']
MARKS_INDEX = 'ix_marks_assessment_id_student_id_status_score_centi_deleted_version'


def upgrade() -> None:
    with op.batch_alter_table('attendance_marks', schema=None) as batch_op:
        batch_op.drop_index('ix_attendance_marks_date_section_id')
        batch_op.create_index('ix_attendance_marks_date_section_id', ATTENDANCE_WINDOW, unique=False)

    with op.batch_alter_table('assessments', schema=None) as batch_op:
        batch_op.create_index('ix_assessments_term_id', ['term_id'], unique=False)

    with op.batch_alter_table('marks', schema=None) as batch_op:
        batch_op.create_index(MARKS_INDEX, MARKS, unique=False)


def downgrade() -> None:
    with op.batch_alter_table('marks', schema=None) as batch_op:
        batch_op.drop_index(MARKS_INDEX)

    with op.batch_alter_table('assessments', schema=None) as batch_op:
        batch_op.drop_index('ix_assessments_term_id')

    with op.batch_alter_table('attendance_marks', schema=None) as batch_op:
        batch_op.drop_index('ix_attendance_marks_date_section_id')
        batch_op.create_index('ix_attendance_marks_date_section_id', ['date', 'section_id'], unique=False)
