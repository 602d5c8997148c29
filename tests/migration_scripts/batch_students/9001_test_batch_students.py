"""Test-only migration: recreate the students table, as batch mode does on SQLite.

Students have ON DELETE CASCADE children (enrollments, attendance marks,
marks, invoices): with foreign keys on, dropping the old table would delete
them all.
"""

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


def downgrade() -> None:
    with op.batch_alter_table("students", recreate="always") as batch:
        batch.drop_column("nickname")
