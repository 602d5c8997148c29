"""Report comments; schools.logo_png; what each device last said about its sync.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy import MetaData

from server.models import NAMING_CONVENTION, entity_table

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# The new entity as of this revision (frozen: later revisions alter from here).
ENTITIES_0003 = {
    "report_comments": {"school_id": "str", "student_id": "str", "section_id": "str", "term_id": "str",
                        "kind": "str", "text": "str", "written_by": "str?", "written_at": "datetime"},
}


def _metadata() -> MetaData:
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    for name, spec in ENTITIES_0003.items():
        entity_table(metadata, name, spec)
    return metadata


def upgrade() -> None:
    _metadata().create_all(op.get_bind())
    with op.batch_alter_table("schools") as batch:
        batch.add_column(sa.Column("logo_png", sa.Text(), nullable=False, server_default=sa.text("''")))
    with op.batch_alter_table("devices") as batch:
        batch.add_column(sa.Column("last_sync_at", sa.Float(), nullable=True))
        batch.add_column(sa.Column("last_user_id", sa.String(36), nullable=True))
        batch.add_column(sa.Column("pending", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("devices") as batch:
        batch.drop_column("pending")
        batch.drop_column("last_user_id")
        batch.drop_column("last_sync_at")
    with op.batch_alter_table("schools") as batch:
        batch.drop_column("logo_png")
    _metadata().drop_all(op.get_bind())
