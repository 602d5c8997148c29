"""Test-only migration that takes its time, so that a SIGKILL can land in the middle of it.

It recreates the students and attendance tables (as batch mode does), then
rewrites the attendance rows in steps, printing ``slow-step N`` after each
(the kill test aims at these lines) and pausing a little between them.
"""

import os
import time

import sqlalchemy as sa
from alembic import op

from app.storage.migrate import head_revision

revision = "9001"
# Always on top of the newest real migration.
down_revision = head_revision()
branch_labels = None
depends_on = None

STEPS = 6


def upgrade() -> None:
    with op.batch_alter_table("students", recreate="always") as batch:
        batch.add_column(sa.Column("nickname", sa.String(60), nullable=False, server_default=""))
    with op.batch_alter_table("attendance_marks", recreate="always") as batch:
        batch.add_column(sa.Column("source", sa.String(20), nullable=False, server_default=""))
    for step in range(STEPS):
        op.execute(f"UPDATE attendance_marks SET source = 'register' WHERE rowid % {STEPS} = {step}")
        print(f"slow-step {step}", flush=True)
        # The kill test's child pauses so that a kill lands mid-way; the test's own re-run after the kill
        # has no kill to wait for and sets the pause to 0.
        time.sleep(float(os.environ.get("DAFTAR_TEST_MIGRATION_PAUSE", "0.15")))


def downgrade() -> None:
    with op.batch_alter_table("attendance_marks", recreate="always") as batch:
        batch.drop_column("source")
    with op.batch_alter_table("students", recreate="always") as batch:
        batch.drop_column("nickname")
