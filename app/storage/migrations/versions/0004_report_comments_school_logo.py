"""report comments, school logo

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('report_comments',
    sa.Column('school_id', sa.String(length=36), nullable=False),
    sa.Column('student_id', sa.String(length=36), nullable=False),
    sa.Column('section_id', sa.String(length=36), nullable=False),
    sa.Column('term_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('written_by', sa.String(length=36), nullable=True),
    sa.Column('written_at', sa.DateTime(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.BigInteger(), nullable=True),
    sa.Column('deleted', sa.Boolean(), server_default=sa.text('0'), nullable=False),
    sa.CheckConstraint("kind IN ('teacher', 'principal')", name=op.f('ck_report_comments_kind')),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('fk_report_comments_school_id_schools')),
    sa.ForeignKeyConstraint(['section_id'], ['sections.id'], name=op.f('fk_report_comments_section_id_sections'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['student_id'], ['students.id'], name=op.f('fk_report_comments_student_id_students'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['term_id'], ['terms.id'], name=op.f('fk_report_comments_term_id_terms'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_report_comments')),
    sa.UniqueConstraint('student_id', 'term_id', 'kind', name=op.f('uq_report_comments_student_id_term_id_kind'))
    )
    with op.batch_alter_table('report_comments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_report_comments_section_id'), ['section_id'], unique=False)

    with op.batch_alter_table('schools', schema=None) as batch_op:
        batch_op.add_column(sa.Column('logo_png', sa.Text(), nullable=False, server_default=''))



def downgrade() -> None:
    with op.batch_alter_table('schools', schema=None) as batch_op:
        batch_op.drop_column('logo_png')

    with op.batch_alter_table('report_comments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_report_comments_section_id'))

    op.drop_table('report_comments')
