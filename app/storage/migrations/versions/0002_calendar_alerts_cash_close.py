"""calendar, guardian alerts, cash close, weekends

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('cash_closes',
    sa.Column('school_id', sa.String(length=36), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('closed_by', sa.String(length=36), nullable=True),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('expected_cash_minor', sa.BigInteger(), nullable=False),
    sa.Column('counted_cash_minor', sa.BigInteger(), nullable=False),
    sa.Column('difference_minor', sa.BigInteger(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('closed_at', sa.DateTime(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=True),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('fk_cash_closes_school_id_schools')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cash_closes')),
    sa.UniqueConstraint('date', 'device_id', 'closed_by', name=op.f('uq_cash_closes_date_device_id_closed_by'))
    )
    op.create_table('school_calendar',
    sa.Column('school_id', sa.String(length=36), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=True),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.CheckConstraint("kind IN ('holiday', 'closed')", name=op.f('ck_school_calendar_kind')),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('fk_school_calendar_school_id_schools')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_school_calendar')),
    sa.UniqueConstraint('school_id', 'date', name=op.f('uq_school_calendar_school_id_date'))
    )
    op.create_table('guardian_alerts',
    sa.Column('school_id', sa.String(length=36), nullable=False),
    sa.Column('student_id', sa.String(length=36), nullable=False),
    sa.Column('section_id', sa.String(length=36), nullable=False),
    sa.Column('mark_id', sa.String(length=36), nullable=True),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('channel', sa.String(length=8), nullable=False),
    sa.Column('recipient', sa.String(length=200), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('sent_at', sa.DateTime(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=True),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.CheckConstraint("channel IN ('sms', 'email')", name=op.f('ck_guardian_alerts_channel')),
    sa.CheckConstraint("status IN ('queued', 'cancelled', 'sent', 'failed')", name=op.f('ck_guardian_alerts_status')),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('fk_guardian_alerts_school_id_schools')),
    sa.ForeignKeyConstraint(['student_id'], ['students.id'], name=op.f('fk_guardian_alerts_student_id_students'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_guardian_alerts')),
    sa.UniqueConstraint('student_id', 'date', 'channel', name=op.f('uq_guardian_alerts_student_id_date_channel'))
    )
    with op.batch_alter_table('schools', schema=None) as batch_op:
        batch_op.add_column(sa.Column('weekend_days', sa.JSON(), nullable=False, server_default='[5, 6]'))



def downgrade() -> None:
    with op.batch_alter_table('schools', schema=None) as batch_op:
        batch_op.drop_column('weekend_days')

    op.drop_table('guardian_alerts')
    op.drop_table('school_calendar')
    op.drop_table('cash_closes')
