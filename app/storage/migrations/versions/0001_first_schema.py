"""first schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-23
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('conflicts',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('local_value', sa.JSON(), nullable=True),
    sa.Column('server_value', sa.JSON(), nullable=True),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('detected_at', sa.DateTime(), nullable=False),
    sa.Column('server_conflict_id', sa.String(length=36), nullable=True),
    sa.Column('resolved_at', sa.DateTime(), nullable=True),
    sa.Column('resolved_by', sa.String(length=36), nullable=True),
    sa.Column('resolution', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conflicts'))
    )
    with op.batch_alter_table('conflicts', schema=None) as batch_op:
        batch_op.create_index('ix_conflicts_resolved_at', ['resolved_at'], unique=False)

    op.create_table('device_identity',
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('device_code', sa.String(length=8), nullable=False),
    sa.Column('school_code', sa.String(length=32), nullable=False),
    sa.Column('server_url', sa.String(length=400), nullable=False),
    sa.Column('registered_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('device_id', name=op.f('pk_device_identity'))
    )
    op.create_table('local_credentials',
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('salt', sa.LargeBinary(), nullable=False),
    sa.Column('verifier', sa.LargeBinary(), nullable=False),
    sa.Column('params', sa.JSON(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('username', name=op.f('pk_local_credentials'))
    )
    op.create_table('outbox',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('op', sa.String(length=8), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('base_version', sa.BigInteger(), nullable=True),
    sa.Column('client_ts', sa.DateTime(), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.CheckConstraint("op IN ('put', 'delete')", name=op.f('ck_outbox_op')),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_outbox')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index('ix_outbox_entity_row_id', ['entity', 'row_id'], unique=False)

    op.create_table('receipt_series',
    sa.Column('prefix', sa.String(length=40), nullable=False),
    sa.Column('last_number', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('prefix', name=op.f('pk_receipt_series'))
    )
    op.create_table('rejected_changes',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('op', sa.String(length=8), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('rejected_at', sa.DateTime(), nullable=False),
    sa.Column('acknowledged', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rejected_changes'))
    )
    op.create_table('schools',
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('currency_digits', sa.Integer(), nullable=False),
    sa.Column('time_zone', sa.String(length=64), nullable=False),
    sa.Column('locale', sa.String(length=16), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('attendance_mode', sa.String(length=10), nullable=False),
    sa.Column('periods_per_day', sa.Integer(), nullable=False),
    sa.Column('attendance_edit_days', sa.Integer(), nullable=False),
    sa.Column('chronic_absence_percent', sa.Integer(), nullable=False),
    sa.Column('late_fee_rule', sa.JSON(), nullable=False),
    sa.Column('show_class_position', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=True),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.CheckConstraint("attendance_mode IN ('daily', 'period')", name=op.f('ck_schools_attendance_mode')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_schools')),
    sa.UniqueConstraint('code', name=op.f('uq_schools_code'))
    )
    op.create_table('server_shadow',
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=True),
    sa.PrimaryKeyConstraint('entity', 'row_id', name=op.f('pk_server_shadow'))
    )
    op.create_table('sync_meta',
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_sync_meta'))
    )
    op.create_table('academic_years',
    sa.Column('school_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('current', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=True),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('fk_academic_years_school_id_schools')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_academic_years'))
    )
    op.create_table('attendance_codes',
    sa.Column('school_id', sa.String(length=36), nullable=False),
    sa.Column('code', sa.String(length=4), nullable=False),
    sa.Column('label', sa.String(length=60), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('office_only', sa.Boolean(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=True),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.CheckConstraint("kind IN ('present', 'absent', 'late', 'excused', 'half_day')", name=op.f('ck_attendance_codes_kind')),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('fk_attendance_codes_school_id_schools')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance_codes')),
    sa.UniqueConstraint('school_id', 'code', name=op.f('uq_attendance_codes_school_id_code'))
    )
    op.create_table('attendance_history',
    sa.Column('school_id', sa.String(length=36), nullable=False),
    sa.Column('mark_id', sa.String(length=36), nullable=False),
    sa.Column('student_id', sa.String(length=36), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('period', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=4), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('marked_by', sa.String(length=36), nullable=True),
    sa.Column('marked_at', sa.DateTime(), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=True),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('fk_attendance_history_school_id_schools')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance_history'))
    )
    with op.batch_alter_table('attendance_history', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_history_mark_id'), ['mark_id'], unique=False)

    op.create_table('audit_log',
    sa.Column('school_id', sa.String(length=36), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=True),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('before', sa.JSON(), nullable=True),
    sa.Column('after', sa.JSON(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=True),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('fk_audit_log_school_id_schools')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    op.create_table('fee_heads',
    sa.Column('school_id', sa.String(length=36), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=True),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('fk_fee_heads_school_id_schools')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fee_heads')),
    sa.UniqueConstraint('school_id', 'code', name=op.f('uq_fee_heads_school_id_code'))
    )
    op.create_table('grade_scales',
    sa.Column('school_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('bands', sa.JSON(), nullable=False),
    sa.Column('is_default', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=True),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('fk_grade_scales_school_id_schools')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grade_scales'))
    )
    op.create_table('server_conflicts',
    sa.Column('school_id', sa.String(length=36), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('section_id', sa.String(length=36), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('base_version', sa.BigInteger(), nullable=True),
    sa.Column('kept', sa.JSON(), nullable=False),
    sa.Column('lost', sa.JSON(), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('detected_at', sa.DateTime(), nullable=False),
    sa.Column('resolved_at', sa.DateTime(), nullable=True),
    sa.Column('resolved_by', sa.String(length=36), nullable=True),
    sa.Column('resolution', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=True),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('fk_server_conflicts_school_id_schools')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_server_conflicts'))
    )
    with op.batch_alter_table('server_conflicts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_server_conflicts_row_id'), ['row_id'], unique=False)

    op.create_table('students',
    sa.Column('school_id', sa.String(length=36), nullable=False),
    sa.Column('admission_no', sa.String(length=32), nullable=False),
    sa.Column('given_name', sa.String(length=100), nullable=False),
    sa.Column('family_name', sa.String(length=100), nullable=False),
    sa.Column('full_name', sa.String(length=220), nullable=False),
    sa.Column('gender', sa.String(length=1), nullable=False),
    sa.Column('date_of_birth', sa.Date(), nullable=True),
    sa.Column('guardian_name', sa.String(length=200), nullable=False),
    sa.Column('guardian_phone', sa.String(length=40), nullable=False),
    sa.Column('guardian_email', sa.String(length=200), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('category', sa.String(length=40), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=True),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.CheckConstraint("status IN ('active', 'left', 'graduated')", name=op.f('ck_students_status')),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('fk_students_school_id_schools')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_students')),
    sa.UniqueConstraint('school_id', 'admission_no', name=op.f('uq_students_school_id_admission_no'))
    )
    with op.batch_alter_table('students', schema=None) as batch_op:
        batch_op.create_index('ix_students_full_name', ['full_name'], unique=False)
        batch_op.create_index('ix_students_guardian_phone', ['guardian_phone'], unique=False)

    op.create_table('subjects',
    sa.Column('school_id', sa.String(length=36), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=True),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('fk_subjects_school_id_schools')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_subjects')),
    sa.UniqueConstraint('school_id', 'code', name=op.f('uq_subjects_school_id_code'))
    )
    op.create_table('users',
    sa.Column('school_id', sa.String(length=36), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=True),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.CheckConstraint("role IN ('teacher', 'office', 'principal', 'admin')", name=op.f('ck_users_role')),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('fk_users_school_id_schools')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('school_id', 'username', name=op.f('uq_users_school_id_username'))
    )
    op.create_table('category_weights',
    sa.Column('school_id', sa.String(length=36), nullable=False),
    sa.Column('subject_id', sa.String(length=36), nullable=False),
    sa.Column('category', sa.String(length=30), nullable=False),
    sa.Column('weight_percent', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=True),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('fk_category_weights_school_id_schools')),
    sa.ForeignKeyConstraint(['subject_id'], ['subjects.id'], name=op.f('fk_category_weights_subject_id_subjects')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_category_weights')),
    sa.UniqueConstraint('subject_id', 'category', name=op.f('uq_category_weights_subject_id_category'))
    )
    op.create_table('payments',
    sa.Column('school_id', sa.String(length=36), nullable=False),
    sa.Column('student_id', sa.String(length=36), nullable=False),
    sa.Column('amount_minor', sa.BigInteger(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('mode', sa.String(length=16), nullable=False),
    sa.Column('reference', sa.String(length=80), nullable=False),
    sa.Column('receipt_no', sa.String(length=48), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('received_by', sa.String(length=36), nullable=True),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=True),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.CheckConstraint("mode IN ('cash', 'cheque', 'bank_transfer', 'mobile_money', 'card')", name=op.f('ck_payments_mode')),
    sa.CheckConstraint('amount_minor > 0', name=op.f('ck_payments_amount_positive')),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('fk_payments_school_id_schools')),
    sa.ForeignKeyConstraint(['student_id'], ['students.id'], name=op.f('fk_payments_student_id_students')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payments')),
    sa.UniqueConstraint('school_id', 'receipt_no', name=op.f('uq_payments_school_id_receipt_no'))
    )
    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.create_index('ix_payments_received_on', ['received_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_payments_student_id'), ['student_id'], unique=False)

    op.create_table('sections',
    sa.Column('school_id', sa.String(length=36), nullable=False),
    sa.Column('academic_year_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('grade_level', sa.Integer(), nullable=False),
    sa.Column('homeroom_teacher_id', sa.String(length=36), nullable=True),
    sa.Column('room', sa.String(length=40), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=True),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['academic_year_id'], ['academic_years.id'], name=op.f('fk_sections_academic_year_id_academic_years')),
    sa.ForeignKeyConstraint(['homeroom_teacher_id'], ['users.id'], name=op.f('fk_sections_homeroom_teacher_id_users')),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('fk_sections_school_id_schools')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sections')),
    sa.UniqueConstraint('academic_year_id', 'name', name=op.f('uq_sections_academic_year_id_name'))
    )
    with op.batch_alter_table('sections', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sections_academic_year_id'), ['academic_year_id'], unique=False)

    op.create_table('terms',
    sa.Column('school_id', sa.String(length=36), nullable=False),
    sa.Column('academic_year_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('weight', sa.Integer(), nullable=False),
    sa.Column('entry_open', sa.Boolean(), nullable=False),
    sa.Column('published', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=True),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['academic_year_id'], ['academic_years.id'], name=op.f('fk_terms_academic_year_id_academic_years')),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('fk_terms_school_id_schools')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_terms'))
    )
    with op.batch_alter_table('terms', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_terms_academic_year_id'), ['academic_year_id'], unique=False)

    op.create_table('assessments',
    sa.Column('school_id', sa.String(length=36), nullable=False),
    sa.Column('section_id', sa.String(length=36), nullable=False),
    sa.Column('subject_id', sa.String(length=36), nullable=False),
    sa.Column('term_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('category', sa.String(length=30), nullable=False),
    sa.Column('max_marks_centi', sa.Integer(), nullable=False),
    sa.Column('weight', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=True),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=True),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.CheckConstraint('max_marks_centi > 0', name=op.f('ck_assessments_max_marks_positive')),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('fk_assessments_school_id_schools')),
    sa.ForeignKeyConstraint(['section_id'], ['sections.id'], name=op.f('fk_assessments_section_id_sections'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['subject_id'], ['subjects.id'], name=op.f('fk_assessments_subject_id_subjects')),
    sa.ForeignKeyConstraint(['term_id'], ['terms.id'], name=op.f('fk_assessments_term_id_terms')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assessments'))
    )
    with op.batch_alter_table('assessments', schema=None) as batch_op:
        batch_op.create_index('ix_assessments_section_id_subject_id_term_id', ['section_id', 'subject_id', 'term_id'], unique=False)

    op.create_table('attendance_marks',
    sa.Column('school_id', sa.String(length=36), nullable=False),
    sa.Column('student_id', sa.String(length=36), nullable=False),
    sa.Column('section_id', sa.String(length=36), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('period', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=4), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('marked_by', sa.String(length=36), nullable=True),
    sa.Column('marked_at', sa.DateTime(), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=True),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('fk_attendance_marks_school_id_schools')),
    sa.ForeignKeyConstraint(['section_id'], ['sections.id'], name=op.f('fk_attendance_marks_section_id_sections'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['student_id'], ['students.id'], name=op.f('fk_attendance_marks_student_id_students'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance_marks')),
    sa.UniqueConstraint('student_id', 'date', 'period', name=op.f('uq_attendance_marks_student_id_date_period'))
    )
    with op.batch_alter_table('attendance_marks', schema=None) as batch_op:
        batch_op.create_index('ix_attendance_marks_date_section_id', ['date', 'section_id'], unique=False)
        batch_op.create_index('ix_attendance_marks_student_id_date_code', ['student_id', 'date', 'code'], unique=False)

    op.create_table('enrollments',
    sa.Column('school_id', sa.String(length=36), nullable=False),
    sa.Column('student_id', sa.String(length=36), nullable=False),
    sa.Column('section_id', sa.String(length=36), nullable=False),
    sa.Column('roll_no', sa.Integer(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=True),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('fk_enrollments_school_id_schools')),
    sa.ForeignKeyConstraint(['section_id'], ['sections.id'], name=op.f('fk_enrollments_section_id_sections'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['student_id'], ['students.id'], name=op.f('fk_enrollments_student_id_students'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_enrollments')),
    sa.UniqueConstraint('student_id', 'section_id', name=op.f('uq_enrollments_student_id_section_id'))
    )
    with op.batch_alter_table('enrollments', schema=None) as batch_op:
        batch_op.create_index('ix_enrollments_section_id_roll_no', ['section_id', 'roll_no'], unique=False)

    op.create_table('fee_structures',
    sa.Column('school_id', sa.String(length=36), nullable=False),
    sa.Column('term_id', sa.String(length=36), nullable=False),
    sa.Column('grade_level', sa.Integer(), nullable=False),
    sa.Column('fee_head_id', sa.String(length=36), nullable=False),
    sa.Column('amount_minor', sa.BigInteger(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=True),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.CheckConstraint('amount_minor >= 0', name=op.f('ck_fee_structures_amount_not_negative')),
    sa.ForeignKeyConstraint(['fee_head_id'], ['fee_heads.id'], name=op.f('fk_fee_structures_fee_head_id_fee_heads')),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('fk_fee_structures_school_id_schools')),
    sa.ForeignKeyConstraint(['term_id'], ['terms.id'], name=op.f('fk_fee_structures_term_id_terms')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fee_structures')),
    sa.UniqueConstraint('term_id', 'grade_level', 'fee_head_id', name=op.f('uq_fee_structures_term_id_grade_level_fee_head_id'))
    )
    op.create_table('invoices',
    sa.Column('school_id', sa.String(length=36), nullable=False),
    sa.Column('student_id', sa.String(length=36), nullable=False),
    sa.Column('term_id', sa.String(length=36), nullable=True),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('description', sa.String(length=200), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=True),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('fk_invoices_school_id_schools')),
    sa.ForeignKeyConstraint(['student_id'], ['students.id'], name=op.f('fk_invoices_student_id_students'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['term_id'], ['terms.id'], name=op.f('fk_invoices_term_id_terms')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_invoices')),
    sa.UniqueConstraint('school_id', 'number', name=op.f('uq_invoices_school_id_number'))
    )
    with op.batch_alter_table('invoices', schema=None) as batch_op:
        batch_op.create_index('ix_invoices_student_id_due_on', ['student_id', 'due_on'], unique=False)

    op.create_table('payment_cancellations',
    sa.Column('school_id', sa.String(length=36), nullable=False),
    sa.Column('payment_id', sa.String(length=36), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('cancelled_by', sa.String(length=36), nullable=True),
    sa.Column('cancelled_at', sa.DateTime(), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=True),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['payment_id'], ['payments.id'], name=op.f('fk_payment_cancellations_payment_id_payments')),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('fk_payment_cancellations_school_id_schools')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payment_cancellations')),
    sa.UniqueConstraint('payment_id', name=op.f('uq_payment_cancellations_payment_id'))
    )
    op.create_table('teaching_assignments',
    sa.Column('school_id', sa.String(length=36), nullable=False),
    sa.Column('section_id', sa.String(length=36), nullable=False),
    sa.Column('subject_id', sa.String(length=36), nullable=False),
    sa.Column('teacher_id', sa.String(length=36), nullable=False),
    sa.Column('weekdays', sa.JSON(), nullable=False),
    sa.Column('periods', sa.JSON(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=True),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('fk_teaching_assignments_school_id_schools')),
    sa.ForeignKeyConstraint(['section_id'], ['sections.id'], name=op.f('fk_teaching_assignments_section_id_sections'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['subject_id'], ['subjects.id'], name=op.f('fk_teaching_assignments_subject_id_subjects')),
    sa.ForeignKeyConstraint(['teacher_id'], ['users.id'], name=op.f('fk_teaching_assignments_teacher_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_teaching_assignments')),
    sa.UniqueConstraint('section_id', 'subject_id', 'teacher_id', name=op.f('uq_teaching_assignments_section_id_subject_id_teacher_id'))
    )
    with op.batch_alter_table('teaching_assignments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_teaching_assignments_teacher_id'), ['teacher_id'], unique=False)

    op.create_table('concessions',
    sa.Column('school_id', sa.String(length=36), nullable=False),
    sa.Column('student_id', sa.String(length=36), nullable=False),
    sa.Column('invoice_id', sa.String(length=36), nullable=True),
    sa.Column('fee_head_id', sa.String(length=36), nullable=True),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('value', sa.BigInteger(), nullable=False),
    sa.Column('amount_minor', sa.BigInteger(), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('approved_by', sa.String(length=36), nullable=True),
    sa.Column('granted_on', sa.Date(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=True),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.CheckConstraint("kind IN ('percent', 'fixed')", name=op.f('ck_concessions_kind')),
    sa.ForeignKeyConstraint(['fee_head_id'], ['fee_heads.id'], name=op.f('fk_concessions_fee_head_id_fee_heads')),
    sa.ForeignKeyConstraint(['invoice_id'], ['invoices.id'], name=op.f('fk_concessions_invoice_id_invoices')),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('fk_concessions_school_id_schools')),
    sa.ForeignKeyConstraint(['student_id'], ['students.id'], name=op.f('fk_concessions_student_id_students'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_concessions'))
    )
    with op.batch_alter_table('concessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_concessions_student_id'), ['student_id'], unique=False)

    op.create_table('invoice_lines',
    sa.Column('school_id', sa.String(length=36), nullable=False),
    sa.Column('invoice_id', sa.String(length=36), nullable=False),
    sa.Column('fee_head_id', sa.String(length=36), nullable=True),
    sa.Column('description', sa.String(length=200), nullable=False),
    sa.Column('amount_minor', sa.BigInteger(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=True),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.CheckConstraint("kind IN ('fee', 'late_fee')", name=op.f('ck_invoice_lines_kind')),
    sa.ForeignKeyConstraint(['fee_head_id'], ['fee_heads.id'], name=op.f('fk_invoice_lines_fee_head_id_fee_heads')),
    sa.ForeignKeyConstraint(['invoice_id'], ['invoices.id'], name=op.f('fk_invoice_lines_invoice_id_invoices'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('fk_invoice_lines_school_id_schools')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_invoice_lines'))
    )
    with op.batch_alter_table('invoice_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_invoice_lines_invoice_id'), ['invoice_id'], unique=False)

    op.create_table('marks',
    sa.Column('school_id', sa.String(length=36), nullable=False),
    sa.Column('assessment_id', sa.String(length=36), nullable=False),
    sa.Column('student_id', sa.String(length=36), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('score_centi', sa.Integer(), nullable=True),
    sa.Column('entered_by', sa.String(length=36), nullable=True),
    sa.Column('entered_at', sa.DateTime(), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=True),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.CheckConstraint("status IN ('scored', 'absent', 'exempt')", name=op.f('ck_marks_status')),
    sa.ForeignKeyConstraint(['assessment_id'], ['assessments.id'], name=op.f('fk_marks_assessment_id_assessments'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('fk_marks_school_id_schools')),
    sa.ForeignKeyConstraint(['student_id'], ['students.id'], name=op.f('fk_marks_student_id_students'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_marks')),
    sa.UniqueConstraint('assessment_id', 'student_id', name=op.f('uq_marks_assessment_id_student_id'))
    )
    with op.batch_alter_table('marks', schema=None) as batch_op:
        batch_op.create_index('ix_marks_student_id', ['student_id'], unique=False)

    op.create_table('payment_allocations',
    sa.Column('school_id', sa.String(length=36), nullable=False),
    sa.Column('payment_id', sa.String(length=36), nullable=False),
    sa.Column('invoice_id', sa.String(length=36), nullable=False),
    sa.Column('amount_minor', sa.BigInteger(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=True),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['invoice_id'], ['invoices.id'], name=op.f('fk_payment_allocations_invoice_id_invoices')),
    sa.ForeignKeyConstraint(['payment_id'], ['payments.id'], name=op.f('fk_payment_allocations_payment_id_payments'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('fk_payment_allocations_school_id_schools')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payment_allocations'))
    )
    with op.batch_alter_table('payment_allocations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_payment_allocations_invoice_id'), ['invoice_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_payment_allocations_payment_id'), ['payment_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('payment_allocations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_payment_allocations_payment_id'))
        batch_op.drop_index(batch_op.f('ix_payment_allocations_invoice_id'))

    op.drop_table('payment_allocations')
    with op.batch_alter_table('marks', schema=None) as batch_op:
        batch_op.drop_index('ix_marks_student_id')

    op.drop_table('marks')
    with op.batch_alter_table('invoice_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_invoice_lines_invoice_id'))

    op.drop_table('invoice_lines')
    with op.batch_alter_table('concessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_concessions_student_id'))

    op.drop_table('concessions')
    with op.batch_alter_table('teaching_assignments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_teaching_assignments_teacher_id'))

    op.drop_table('teaching_assignments')
    op.drop_table('payment_cancellations')
    with op.batch_alter_table('invoices', schema=None) as batch_op:
        batch_op.drop_index('ix_invoices_student_id_due_on')

    op.drop_table('invoices')
    op.drop_table('fee_structures')
    with op.batch_alter_table('enrollments', schema=None) as batch_op:
        batch_op.drop_index('ix_enrollments_section_id_roll_no')

    op.drop_table('enrollments')
    with op.batch_alter_table('attendance_marks', schema=None) as batch_op:
        batch_op.drop_index('ix_attendance_marks_student_id_date_code')
        batch_op.drop_index('ix_attendance_marks_date_section_id')

    op.drop_table('attendance_marks')
    with op.batch_alter_table('assessments', schema=None) as batch_op:
        batch_op.drop_index('ix_assessments_section_id_subject_id_term_id')

    op.drop_table('assessments')
    with op.batch_alter_table('terms', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_terms_academic_year_id'))

    op.drop_table('terms')
    with op.batch_alter_table('sections', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sections_academic_year_id'))

    op.drop_table('sections')
    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_payments_student_id'))
        batch_op.drop_index('ix_payments_received_on')

    op.drop_table('payments')
    op.drop_table('category_weights')
    op.drop_table('users')
    op.drop_table('subjects')
    with op.batch_alter_table('students', schema=None) as batch_op:
        batch_op.drop_index('ix_students_guardian_phone')
        batch_op.drop_index('ix_students_full_name')

    op.drop_table('students')
    with op.batch_alter_table('server_conflicts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_server_conflicts_row_id'))

    op.drop_table('server_conflicts')
    op.drop_table('grade_scales')
    op.drop_table('fee_heads')
    op.drop_table('audit_log')
    with op.batch_alter_table('attendance_history', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_history_mark_id'))

    op.drop_table('attendance_history')
    op.drop_table('attendance_codes')
    op.drop_table('academic_years')
    op.drop_table('sync_meta')
    op.drop_table('server_shadow')
    op.drop_table('schools')
    op.drop_table('rejected_changes')
    op.drop_table('receipt_series')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_outbox_entity_row_id')

    op.drop_table('outbox')
    op.drop_table('local_credentials')
    op.drop_table('device_identity')
    with op.batch_alter_table('conflicts', schema=None) as batch_op:
        batch_op.drop_index('ix_conflicts_resolved_at')

    op.drop_table('conflicts')
