"""Test-only migration that leaves a dangling reference (foreign_key_check must catch it)."""

from alembic import op

from app.storage.migrate import head_revision

revision = "9001"
# Always on top of the newest real migration.
down_revision = head_revision()
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("UPDATE enrollments SET section_id = 'no-such-section'")


def downgrade() -> None:
    pass
