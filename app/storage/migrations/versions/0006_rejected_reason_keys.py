"""the key and values of a refused change's reason

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23

``rejected_changes`` keeps, beside the server's English ``reason``, the key
of that sentence in the server's catalogue (``reason_key``) and the values in
its holes (``reason_args``, JSON), so the inbox says it in the person's
language (``app/sync/reasons.py``). Changes refused before this revision keep
an empty key and are shown by their English reason, as before.
"""

from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('rejected_changes', schema=None) as batch_op:
        batch_op.add_column(sa.Column('reason_key', sa.String(length=60), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('reason_args', sa.JSON(), nullable=False, server_default=sa.text("'{}'")))


def downgrade() -> None:
    with op.batch_alter_table('rejected_changes', schema=None) as batch_op:
        batch_op.drop_column('reason_args')
        batch_op.drop_column('reason_key')
