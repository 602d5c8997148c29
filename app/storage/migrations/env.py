"""Alembic environment for a school file.

Daftar runs migrations itself (``app.storage.migrate``), passing an open
connection in ``config.attributes["connection"]``; no alembic.ini is needed.
For a developer's ``--autogenerate``, ``python -m app.storage.migrate revision``
does the same against a scratch file.
"""

from alembic import context

from app.storage.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: recreate the table
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
