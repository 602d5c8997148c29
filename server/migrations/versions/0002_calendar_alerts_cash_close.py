"""School calendar, guardian alerts, cash closes; schools.weekend_days.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy import MetaData

from server.models import NAMING_CONVENTION, entity_table

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# The new entities as of this revision (frozen: later revisions alter from here).
ENTITIES_0002 = {
    "school_calendar": {"school_id": "str", "date": "date", "kind": "str", "name": "str"},
    "guardian_alerts": {"school_id": "str", "student_id": "str", "section_id": "str", "mark_id": "str?",
                        "date": "date", "channel": "str", "recipient": "str", "message": "str", "status": "str",
                        "created_at": "datetime", "created_by": "str?", "device_id": "str",
                        "sent_at": "datetime?"},
    "cash_closes": {"school_id": "str", "date": "date", "closed_by": "str?", "device_id": "str",
                    "expected_cash_minor": "int", "counted_cash_minor": "int", "difference_minor": "int",
                    "note": "str", "closed_at": "datetime"},
}


def _metadata() -> MetaData:
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    for name, spec in ENTITIES_0002.items():
        entity_table(metadata, name, spec)
    return metadata


def upgrade() -> None:
    _metadata().create_all(op.get_bind())
    with op.batch_alter_table("schools") as batch:
        batch.add_column(sa.Column("weekend_days", sa.JSON(), nullable=False, server_default=sa.text("'[5, 6]'")))


def downgrade() -> None:
    with op.batch_alter_table("schools") as batch:
        batch.drop_column("weekend_days")
    _metadata().drop_all(op.get_bind())
