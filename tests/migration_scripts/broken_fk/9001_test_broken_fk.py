"""Test-only migration that leaves a dangling reference (foreign_key_check must catch it)."""

from alembic import op

revision = "9001"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("UPDATE enrollments SET section_id = 'no-such-section'")


def downgrade() -> None:
    pass
