"""sent log

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sent_log',
    sa.Column('seq', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('op', sa.String(length=8), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('base_version', sa.BigInteger(), nullable=True),
    sa.Column('client_ts', sa.DateTime(), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=True),
    sa.Column('version', sa.BigInteger(), nullable=True),
    sa.Column('sent_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_sent_log'))
    )
    with op.batch_alter_table('sent_log', schema=None) as batch_op:
        batch_op.create_index('ix_sent_log_sent_at', ['sent_at'], unique=False)
        batch_op.create_index('ix_sent_log_version', ['version'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('sent_log', schema=None) as batch_op:
        batch_op.drop_index('ix_sent_log_version')
        batch_op.drop_index('ix_sent_log_sent_at')

    op.drop_table('sent_log')
