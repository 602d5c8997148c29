"""Push, pull and checksums (DESIGN.md §4), with the caller's scope.

Scope: a role receives the domains :data:`protocol.ROLE_DOMAINS` names; a
teacher only the sections they teach (teaching assignments) or are homeroom
teacher of — their students (through live enrollments), enrollments,
attendance, assessments, marks and conflicts. The scope has a fingerprint;
a cursor carries it, and a cursor made for another scope resets the pull.

Cursor (opaque to clients): ``"{fingerprint}:{seq}"`` or, between the pages
of one catch-up, ``"{fingerprint}:{seq}:{remaining}"`` so that ``total`` does
not need a count per page.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass

import orjson
from sqlalchemy import ARRAY, Connection, Engine, String, and_, any_, bindparam, func, or_, select
from sqlalchemy.exc import IntegrityError

from app.sync.protocol import (
    DOMAINS,
    ENTITIES,
    MAX_CHECKSUM_ROWS,
    MAX_PULL_PAGE,
    MAX_PUSH_BATCH,
    ROLE_DOMAINS,
    SECTION_LIMITED_ROLES,
    checksum,
    format_datetime,
)
from server.db import Savepoint, driver_rows, write_transaction
from server.engine import ID_RE, SECTION_SCOPED, Actor, BadRequest, Batch, Mut, parse_mutation, select_rows
from server.models import T
from server.reasons import REASONS

ALL_DOMAINS = frozenset(DOMAINS.values())


def server_time() -> str:
    return format_datetime(dt.datetime.now(dt.UTC))


def format_epoch(seconds: float) -> str:
    """A stored ``time.time()`` as a wire datetime."""
    return format_datetime(dt.datetime.fromtimestamp(seconds, dt.UTC))


def teacher_sections(conn: Connection, school_id: str, user_id: str) -> frozenset[str]:
    ta, sec = T["teaching_assignments"], T["sections"]
    taught = select(ta.c.section_id).where(
        ta.c.school_id == school_id, ta.c.teacher_id == user_id, ta.c.deleted.is_(False)
    )
    homeroom = select(sec.c.id).where(
        sec.c.school_id == school_id, sec.c.homeroom_teacher_id == user_id, sec.c.deleted.is_(False)
    )
    return frozenset(conn.execute(taught.union(homeroom)).scalars())


def with_scope(conn: Connection, actor: Actor) -> Actor:
    if actor.role in SECTION_LIMITED_ROLES and not actor.scoped:
        actor.sections = teacher_sections(conn, actor.school_id, actor.user_id)
    return actor


def fingerprint(actor: Actor, entity: str | None = None) -> str:
    text = actor.school_id + "|" + actor.role + "|" + (",".join(sorted(actor.sections)) if actor.section_limited else "*")
    if entity:
        text += "|" + entity
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def scope_conditions(actor: Actor) -> list:
    rc = T["row_changes"]
    conds = [rc.c.school_id == actor.school_id]
    domains = ROLE_DOMAINS.get(actor.role, frozenset())
    if domains != ALL_DOMAINS:
        conds.append(rc.c.domain.in_(sorted(domains)))
    if actor.section_limited:
        sections = sorted(actor.sections)
        enr = T["enrollments"]
        students = select(enr.c.student_id).where(
            enr.c.school_id == actor.school_id, enr.c.section_id.in_(sections), enr.c.deleted.is_(False)
        )
        conds.append(
            or_(
                and_(rc.c.section_id.is_(None), rc.c.entity.not_in(sorted(SECTION_SCOPED))),
                and_(rc.c.section_id.in_(sections), rc.c.entity != "students"),
                and_(rc.c.entity == "students", rc.c.row_id.in_(students)),
            )
        )
    return conds


# ---------------------------------------------------------------------------
# Push
# ---------------------------------------------------------------------------


def _school_row(conn: Connection, school_id: str) -> dict:
    """The school's own row (its time zone, edit window, weekend days, currency), read on the driver
    as the batch's other lookups are: SQLAlchemy Core's set-up of the ``select`` cost ~0.8 ms a push."""
    rows = select_rows(conn, "schools", school_id, {"id": [school_id]})
    return rows[0] if rows else {}


def _run(conn: Connection, actor: Actor, school: dict, muts: list[Mut]) -> list[dict]:
    """Apply ``muts`` in a savepoint; if the database still refuses (a rule we
    did not foresee), apply them one by one so only the offender is rejected."""
    start = conn.info["last_seq"]
    savepoint = Savepoint(conn)
    try:
        batch = Batch(conn, actor, school)
        batch.prefetch(muts)
        results = [batch.apply(m) for m in muts]
        batch.flush()
        savepoint.commit()
        return results
    except IntegrityError:
        savepoint.rollback()
        conn.info["last_seq"] = start
        if len(muts) == 1:
            return [{"seq": muts[0].seq, "status": "rejected", "version": None, "row": None, "code": "duplicate",
                     "reason": REASONS["record_clash"], "reason_key": "record_clash", "reason_args": {}}]
        out: list[dict] = []
        for m in muts:
            out += _run(conn, actor, school, [m])
        return out


def apply_as_server(engine: Engine, actor: Actor, muts: list[Mut]) -> list[dict]:
    """Apply mutations outside any device's push sequence (admin API, tools)."""
    with write_transaction(engine, actor.school_id) as (conn, _last):
        with_scope(conn, actor)
        return _run(conn, actor, _school_row(conn, actor.school_id), muts)


def _dump_results(results: list[dict]) -> str:
    """A push's results as stored for replays (orjson; the standard encoder for what it refuses)."""
    try:
        return orjson.dumps(results).decode()
    except TypeError:
        return json.dumps(results, separators=(",", ":"))


# The push's own statements, run on the driver (:func:`server.db.driver_rows`).
_DEVICE_SEQ_SQL = "SELECT last_seq FROM devices WHERE school_id = ? AND id = ?"
_STORE_SQL = "INSERT INTO push_results (school_id, device_id, first_seq, last_seq, results) VALUES (?, ?, ?, ?, ?)"
_ADVANCE_SQL = "UPDATE devices SET last_seq = ? WHERE school_id = ? AND id = ?"


def push(engine: Engine, actor: Actor, body: object) -> dict:
    if not isinstance(body, dict):
        raise BadRequest("invalid_request", "The push body must be a JSON object.", 422)
    device_id = body.get("device_id")
    raw = body.get("mutations")
    if not isinstance(device_id, str) or not ID_RE.match(device_id):
        raise BadRequest("invalid_request", "'device_id' must be the id this server gave the device.", 422)
    if not isinstance(raw, list):
        raise BadRequest("invalid_request", "'mutations' must be a list.", 422)
    if len(raw) > MAX_PUSH_BATCH:
        raise BadRequest(
            "batch_too_large", f"A push may carry at most {MAX_PUSH_BATCH} changes; this one has {len(raw)}.", 413
        )
    muts = [parse_mutation(item, i) for i, item in enumerate(raw)]
    actor.device_id = device_id
    Batch(None, actor, {}).precheck(muts)  # type: ignore[arg-type]  (no database needed: outside the lock)
    stored = T["push_results"]
    with write_transaction(engine, actor.school_id) as (conn, _last):
        found = driver_rows(conn, _DEVICE_SEQ_SQL, (actor.school_id, device_id))
        device = found[0] if found else None
        if device is None:
            raise BadRequest("unknown_device", "This device is not registered with the school; register it first.", 400)
        last_applied = device[0]
        fresh: dict[int, Mut] = {}
        for m in muts:
            if m.seq > last_applied and m.seq not in fresh:
                fresh[m.seq] = m
        ordered = [fresh[s] for s in sorted(fresh)]
        results: dict[int, dict] = {}
        if ordered:
            with_scope(conn, actor)
            for result in _run(conn, actor, _school_row(conn, actor.school_id), ordered):
                results[result["seq"]] = result
            driver_rows(conn, _STORE_SQL, (actor.school_id, device_id, ordered[0].seq, ordered[-1].seq,
                                           _dump_results(list(results.values()))))
            last_applied = ordered[-1].seq
            driver_rows(conn, _ADVANCE_SQL, (last_applied, actor.school_id, device_id))
        replayed = {m.seq for m in muts if m.seq not in results}
        if replayed:
            for text in conn.execute(
                select(stored.c.results).where(
                    stored.c.school_id == actor.school_id, stored.c.device_id == device_id,
                    stored.c.first_seq <= max(replayed), stored.c.last_seq >= min(replayed),
                )
            ).scalars():
                for result in json.loads(text):
                    if result["seq"] in replayed:
                        results[result["seq"]] = result
    out = []
    for m in muts:
        out.append(results.get(m.seq) or {"seq": m.seq, "status": "applied", "version": None, "row": None,
                                          "reason": "This change was applied earlier."})
    return {"results": out, "last_applied_seq": last_applied, "server_time": server_time()}


# ---------------------------------------------------------------------------
# Pull and checksums
# ---------------------------------------------------------------------------


@dataclass
class Cursor:
    seq: int
    remaining: int | None
    reset: bool


def read_cursor(text: str | None, fp: str) -> Cursor:
    if not text:
        return Cursor(0, None, True)
    parts = text.split(":")
    try:
        if parts[0] != fp or len(parts) not in (2, 3):
            raise ValueError
        seq = int(parts[1])
        remaining = int(parts[2]) if len(parts) == 3 else None
        if seq < 0:
            raise ValueError
    except ValueError:
        return Cursor(0, None, True)
    return Cursor(seq, remaining, False)


def pull(engine: Engine, actor: Actor, cursor_text: str | None, limit: int, entity: str | None = None) -> str:
    """One page of changes, as the JSON text of the response body.

    ``total`` is the number of rows still to come after this page (exact on
    the first page of a catch-up, then carried in the cursor). With
    ``entity``, only that kind of record (a repair after a checksum
    difference; such a cursor is only good for the same entity).
    """
    with engine.connect() as conn:
        return pull_on(read_only(conn), actor, cursor_text, limit, entity)


def read_only(conn: Connection) -> Connection:
    """``conn`` made ready for :func:`pull_on` (before anything is read on it)."""
    if conn.dialect.name == "postgresql":
        # One statement (one snapshot) answers the page: no transaction to end afterwards.
        conn = conn.execution_options(isolation_level="AUTOCOMMIT")
    return conn


def pull_on(conn: Connection, actor: Actor, cursor_text: str | None, limit: int, entity: str | None = None) -> str:
    """:func:`pull` on a connection :func:`read_only` made ready (the request's own)."""
    if entity is not None and entity not in ENTITIES:
        raise BadRequest("unknown_entity", f"This server does not know records of kind {entity!r}.", 422)
    limit = max(1, min(limit, MAX_PULL_PAGE))
    with_scope(conn, actor)
    fp = fingerprint(actor, entity)
    cursor = read_cursor(cursor_text, fp)
    if conn.dialect.name == "postgresql":
        page = _page_postgres(conn, actor, entity, cursor, limit)
    else:
        page = _page_generic(conn, actor, entity, cursor, limit)
    newest, rewound, cursor, more, count, last_seq, texts, before = page
    if more:
        remaining = max(before - count, 1)
        next_cursor = f"{fp}:{last_seq}:{remaining}"
    else:
        remaining = 0
        # Every change up to the school's newest sequence in scope is now delivered
        # (a change is committed with the counter, in commit order).
        next_cursor = f"{fp}:{max(last_seq, newest, cursor.seq)}"
    rewind = f',"rewound":true,"server_seq":{newest}' if rewound else ""
    head = '{"changes":['
    tail = (
        f'],"cursor":"{next_cursor}","more":{"true" if more else "false"},'
        f'"reset":{"true" if cursor.reset else "false"},"total":{remaining},"server_time":"{server_time()}"'
        f'{rewind}}}'
    )
    if not texts:
        return head + tail
    # One copy of the page's text: the rows' JSON joined with the envelope's head and tail.
    texts[0] = head + texts[0]
    texts[-1] = texts[-1] + tail
    return ",".join(texts)


def _page_generic(conn: Connection, actor: Actor, entity: str | None, cursor: Cursor, limit: int) -> tuple:
    """One page through SQLAlchemy (SQLite): (newest, rewound, cursor, more, count, last_seq,
    each row's JSON text, rows in scope after the cursor when ``more``)."""
    rc, counters = T["row_changes"], T["school_counters"]
    conds = scope_conditions(actor)
    if entity is not None:
        conds.append(rc.c.entity == entity)
    newest = conn.execute(
        select(counters.c.last_seq).where(counters.c.school_id == actor.school_id)
    ).scalar_one()
    # A cursor past the school's newest change: this server was restored from an older
    # backup. Start the device over, and tell it how far the server now goes, so it can
    # send again what it had sent since (issue 5: "the server goes back in time").
    rewound = not cursor.reset and cursor.seq > newest
    if rewound:
        cursor = Cursor(0, None, True)
    query = (
        select(rc.c.seq, rc.c.entity, rc.c.row_id, rc.c.version, rc.c.deleted, rc.c.data)
        .where(*conds, rc.c.seq > cursor.seq)
        .order_by(rc.c.seq)
        .limit(limit + 1)
    )
    rows = conn.execute(query).all()
    more = len(rows) > limit
    rows = rows[:limit]
    count = len(rows)
    last_seq = rows[-1][0] if rows else cursor.seq
    texts = [
        f'{{"seq":{seq},"entity":"{kind}","id":"{row_id}","version":{version},'
        f'"deleted":{"true" if deleted else "false"},"data":{data}}}'
        for seq, kind, row_id, version, deleted, data in rows
    ]
    before = 0
    if more:
        if cursor.remaining is not None and cursor.remaining > count:
            before = cursor.remaining
        else:
            before = conn.execute(
                select(func.count()).select_from(rc).where(*conds, rc.c.seq > cursor.seq)
            ).scalar_one()
    return newest, rewound, cursor, more, count, last_seq, texts, before


#: The scope's conditions on ``row_changes`` as PostgreSQL text, per (domains limited, section
#: limited, one entity): written once, values as parameters (lists as arrays), so no statement
#: is compiled per request and the server prepares each once per connection.
_PG_SCOPE: dict[tuple[bool, bool, bool], str] = {}
_PG_PAGE: dict[tuple[bool, bool, bool], str] = {}
_PG_COUNT: dict[tuple[bool, bool, bool], str] = {}


def _pg_scope(shape: tuple[bool, bool, bool]) -> str:
    text = _PG_SCOPE.get(shape)
    if text is None:
        limited_domains, limited_sections, one_entity = shape
        text = "rc.school_id = %(school)s"
        if limited_domains:
            text += " AND rc.domain = ANY(%(domains)s::varchar[])"
        if limited_sections:
            text += (
                " AND ((rc.section_id IS NULL AND rc.entity <> ALL(%(scoped)s::varchar[]))"
                " OR (rc.section_id = ANY(%(sections)s::varchar[]) AND rc.entity <> 'students')"
                " OR (rc.entity = 'students' AND rc.row_id IN (SELECT e.student_id FROM enrollments e"
                " WHERE e.school_id = %(school)s AND e.section_id = ANY(%(sections)s::varchar[])"
                " AND e.deleted IS false)))"
            )
        if one_entity:
            text += " AND rc.entity = %(entity)s"
        text += " AND rc.seq > %(after)s"
        _PG_SCOPE[shape] = text
    return text


#: A row's wire JSON written by PostgreSQL, the same text as :func:`_page_generic`'s f-string to the
#: byte (ids and kinds are never escaped there either: they are checked at the push).
_PG_ROW_JSON = (
    "'{\"seq\":' || rc.seq || ',\"entity\":\"' || rc.entity || '\",\"id\":\"' || rc.row_id"
    " || '\",\"version\":' || rc.version || ',\"deleted\":' || CASE WHEN rc.deleted THEN 'true' ELSE 'false' END"
    " || ',\"data\":' || rc.data || '}'"
)


def _page_postgres(conn: Connection, actor: Actor, entity: str | None, cursor: Cursor, limit: int) -> tuple:
    """One page as one statement on the driver: the school's newest sequence and the rows in one
    snapshot, with SQL written once per shape of scope. What :func:`_page_generic` returns, the
    same text to the byte.

    Each row comes as its wire JSON, written by PostgreSQL (one text column instead of six:
    about the same work for its backend, half of Python's per row; Python only joins them).
    The counter row is the first branch of a ``UNION ALL`` (its text NULL), not a join: a join
    needed a sort of the whole page afterwards. (PostgreSQL joining the page itself, with
    ``string_agg``, was tried again: per row it saved Python 0.1–0.8 µs and cost the backend
    1 µs more; the whole pull went from ~215,000 to ~159,000 rows/s, server/README.md.)"""
    domains = ROLE_DOMAINS.get(actor.role, frozenset())
    shape = (domains != ALL_DOMAINS, actor.section_limited, entity is not None)
    params: dict = {"school": actor.school_id, "after": cursor.seq, "limit1": limit + 1}
    if shape[0]:
        params["domains"] = sorted(domains)
    if shape[1]:
        params["sections"] = sorted(actor.sections)
        params["scoped"] = sorted(SECTION_SCOPED)
    if entity is not None:
        params["entity"] = entity
    sql = _PG_PAGE.get(shape)
    if sql is None:
        sql = _PG_PAGE[shape] = (
            "SELECT c.last_seq, NULL::text FROM school_counters c WHERE c.school_id = %(school)s"
            " UNION ALL (SELECT rc.seq, " + _PG_ROW_JSON + " FROM row_changes rc WHERE " + _pg_scope(shape)
            + " ORDER BY rc.seq LIMIT %(limit1)s)"
        )
    with conn.connection.driver_connection.cursor(binary=True) as cur:
        cur.execute(sql, params)
        rows = cur.fetchall()
        newest, rows = _split_counter(rows, actor.school_id)
        rewound = not cursor.reset and cursor.seq > newest
        if rewound:  # see _page_generic
            cursor = Cursor(0, None, True)
            params["after"] = 0
            cur.execute(sql, params)
            newest, rows = _split_counter(cur.fetchall(), actor.school_id)
        more = len(rows) > limit
        if more:
            del rows[limit:]
        count = len(rows)
        last_seq = rows[-1][0] if rows else cursor.seq
        texts = [text for _seq, text in rows]
        before = 0
        if more:
            if cursor.remaining is not None and cursor.remaining > count:
                before = cursor.remaining
            else:
                count_sql = _PG_COUNT.get(shape)
                if count_sql is None:
                    count_sql = _PG_COUNT[shape] = "SELECT count(*) FROM row_changes rc WHERE " + _pg_scope(shape)
                cur.execute(count_sql, params)
                before = cur.fetchone()[0]
    return newest, rewound, cursor, more, count, last_seq, texts, before


def _split_counter(rows: list, school_id: str) -> tuple[int, list]:
    """(the school's newest sequence, the page's rows) from a page statement's answer.

    The counter row comes first (``UNION ALL`` runs its branches in order); should a parallel
    plan ever put it elsewhere, it is found by its NULL text, and the page's rows keep their
    order (one branch, ``ORDER BY … LIMIT``, is read by one process)."""
    if rows and rows[0][1] is None:
        return rows[0][0], rows[1:]
    for i, row in enumerate(rows):
        if row[1] is None:
            return row[0], rows[:i] + rows[i + 1:]
    raise LookupError(school_id)


def checksums(engine: Engine, actor: Actor, named: dict[str, list[str]] | None = None) -> dict:
    """Count and checksum per entity of the caller's scope; with ``named``, of just those rows."""
    rc, counters = T["row_changes"], T["school_counters"]
    if named is not None:
        unknown = sorted(set(named) - set(ENTITIES))
        if unknown:
            raise BadRequest("unknown_entity", f"There is no kind of record called {unknown[0][:40]!r}.", 422)
        if sum(len(ids) for ids in named.values()) > MAX_CHECKSUM_ROWS:
            raise BadRequest("too_many_rows", f"At most {MAX_CHECKSUM_ROWS} rows can be checked at once.", 413)
    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            with_scope(conn, actor)
            last = conn.execute(
                select(counters.c.last_seq).where(counters.c.school_id == actor.school_id)
            ).scalar_one()
            live = select(rc.c.entity, rc.c.row_id, rc.c.version).where(*scope_conditions(actor),
                                                                         rc.c.deleted.is_(False))
            if named is None:
                rows = conn.execute(live).all()
            else:
                rows = []
                for name, ids in named.items():
                    if ids:
                        rows += conn.execute(live.where(rc.c.entity == name, _among(conn, rc.c.row_id, ids))).all()
    per: dict[str, list[tuple[str, int]]] = {
        name: [] for name in ENTITIES if DOMAINS[name] in ROLE_DOMAINS.get(actor.role, frozenset())
        and (named is None or name in named)
    }
    for entity, row_id, version in rows:
        per.setdefault(entity, []).append((row_id, version))
    entities = {}
    for name, pairs in per.items():
        count, digest = checksum(pairs)
        entities[name] = {"count": count, "checksum": digest}
    return {"entities": entities, "cursor": f"{fingerprint(actor)}:{last}", "server_time": server_time()}


def _among(conn: Connection, column, values: list[str]):  # noqa: ANN001, ANN202 - a SQL condition
    """``column`` is one of ``values``, the list sent as one parameter (an array on PostgreSQL, JSON for
    SQLite's ``json_each``): a day's 2,000 ids as ``IN (…)`` cost ~15 ms a request in SQLAlchemy's and
    psycopg's handling of 2,000 bound parameters, and PostgreSQL planned each list afresh."""
    if conn.dialect.name == "postgresql":
        return column == any_(bindparam("among", list(values), type_=ARRAY(String)))
    each = func.json_each(bindparam("among", orjson.dumps(list(values)).decode())).table_valued("value")
    return column.in_(select(each.c.value))


def visible_entities(actor: Actor) -> Iterable[str]:
    domains = ROLE_DOMAINS.get(actor.role, frozenset())
    return [name for name in ENTITIES if DOMAINS[name] in domains]
