"""Test-only migration that changes things and then fails half way."""

from alembic import op

from app.storage.migrate import head_revision
import sqlalchemy as sa

revision = "9001"
# Always on top of the newest real migration.
down_revision = head_revision()
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("students", recreate="always") as batch:
        batch.add_column(sa.Column("nickname", sa.String(60), nullable=False, server_default=""))
    op.execute("DELETE FROM outbox")
    raise RuntimeError("simulated failure in the middle of a migration")


def downgrade() -> None:
    pass
