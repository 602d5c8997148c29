"""Writing a change and its outbox entry in one transaction (DESIGN.md §3).

Services change rows through :func:`insert` and :func:`update`; both add the
outbox entry in the caller's session, so the row and its entry commit (or
roll back) together. An entry is never edited: a second change to a row
already waiting is a new entry with a higher sequence number.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy import insert as sa_insert
from sqlalchemy.orm import Session

from app.services.clock import corrected_now
from app.services.context import Actor
from app.storage.ids import new_id
from app.storage.models import Base, OutboxEntry, User
from app.sync.protocol import ENTITIES, format_datetime


def to_wire(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return format_datetime(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def wire_fields(row: Base, names: list[str] | None = None) -> dict[str, Any]:
    """The protocol fields of a model row, as they travel on the wire."""
    spec = ENTITIES[row.__tablename__]
    wanted = list(spec) if names is None else [n for n in names if n in spec]
    return {name: to_wire(getattr(row, name)) for name in wanted}


def insert(session: Session, actor: Actor, row: Base) -> Base:
    """Add a new synced row and its outbox entry."""
    insert_many(session, actor, [row])
    return row


def insert_many(session: Session, actor: Actor, rows: list[Base]) -> list[Base]:
    """Add new synced rows and their outbox entries, in this order, with one flush.

    One flush for the rows (their defaults filled in; they stay in the
    session for the caller), one clock reading, and the entries in one
    executemany INSERT.
    """
    if not rows:
        return rows
    session.add_all(rows)
    session.flush()
    now = corrected_now(session)
    _enqueue_many(session, actor, [(row.__tablename__, row.id, wire_fields(row)) for row in rows], now)
    return rows


def insert_values(session: Session, actor: Actor, model: type[Base], values: list[dict[str, Any]],
                  now: dt.datetime | None = None) -> list[dict[str, Any]]:
    """Add new synced rows given as column values, and their outbox entries: two executemany INSERTs.

    For the bulk paths of a screen (a roll call's forty marks): SQLAlchemy
    Core, no ORM objects or unit of work. Each row gets its id and the
    columns' defaults here, so its outbox entry carries every field. The
    rows are returned as written; they are not in the session (read them
    with a query). ``now`` is the clock-corrected time of the entries, when
    the caller has read it already.
    """
    if not values:
        return []
    table = model.__table__
    filled = []
    defaults = [(c.name, c.default) for c in table.columns if c.default is not None]
    for given in values:
        row = dict(given)
        row.setdefault("id", new_id())
        for name, default in defaults:
            if name not in row:
                row[name] = default.arg(None) if default.is_callable else default.arg
        filled.append(row)
    session.execute(sa_insert(table), filled)
    spec = ENTITIES[table.name]
    _enqueue_many(session, actor, [(table.name, row["id"], {n: to_wire(row.get(n)) for n in spec}) for row in filled],
                  now or corrected_now(session))
    return filled


def _enqueue_many(session: Session, actor: Actor, changes: list[tuple[str, str, dict[str, Any]]],
                  client_ts: dt.datetime) -> None:
    """New rows' outbox entries (op put, no base version), in this order, with one executemany INSERT."""
    if changes:
        session.execute(sa_insert(OutboxEntry.__table__), [
            {"entity": entity, "row_id": row_id, "op": "put", "fields": fields, "base_version": None,
             "client_ts": client_ts, "user_id": actor.user_id, "attempts": 0}
            for entity, row_id, fields in changes
        ])


def update(session: Session, actor: Actor, row: Base, **changes: Any) -> bool:
    """Change fields of a synced row; queue only the fields that changed. Returns whether any did."""
    changed = [name for name, value in changes.items() if getattr(row, name) != value]
    if not changed:
        return False
    for name in changed:
        setattr(row, name, changes[name])
    session.flush()
    _enqueue(session, actor, row, "put", wire_fields(row, changed), base_version=row.version)
    return True


def delete(session: Session, actor: Actor, row: Base) -> None:
    """Tombstone a synced row (never a DELETE: it must still travel)."""
    row.deleted = True
    session.flush()
    _enqueue(session, actor, row, "delete", {}, base_version=row.version)


def _enqueue(
    session: Session, actor: Actor, row: Base, op: str, fields: dict[str, Any], base_version: int | None,
    client_ts: Any = None,
) -> None:
    session.add(
        OutboxEntry(
            entity=row.__tablename__,
            row_id=row.id,
            op=op,
            fields=fields,
            base_version=base_version,
            client_ts=client_ts or corrected_now(session),
            user_id=actor.user_id,
        )
    )


def pending_count(session: Session) -> int:
    return session.execute(select(func.count()).select_from(OutboxEntry)).scalar_one()


@dataclass(frozen=True)
class WaitingFrom:
    """Changes one person made on this computer that still wait to be sent."""

    user_id: str
    name: str  # their full name, or their id when this file does not know them
    count: int
    oldest: dt.datetime  # clock-corrected UTC, naive as the outbox keeps it


def waiting_from_others(session: Session, user_id: str | None) -> list[WaitingFrom]:
    """Changes waiting on this computer from people other than ``user_id``, most first.

    The sync sends only the signed-in person's changes (and those of no one);
    these go the next time their maker signs in here. A principal or admin is
    shown them so that nothing waits unseen (issue 6, "sign out never loses
    data").
    """
    rows = session.execute(
        select(OutboxEntry.user_id, func.count(), func.min(OutboxEntry.client_ts), User.full_name)
        .outerjoin(User, User.id == OutboxEntry.user_id)
        .where(OutboxEntry.user_id.is_not(None), OutboxEntry.user_id != (user_id or ""))
        .group_by(OutboxEntry.user_id, User.full_name)
    ).all()
    waiting = [WaitingFrom(uid, name or uid, count, oldest) for uid, count, oldest, name in rows]
    return sorted(waiting, key=lambda w: (-w.count, w.oldest))
