"""Applying mutations: scope, validation and the conflict policies (DESIGN.md §4, §5).

Push and the admin API both write through :class:`Batch`. A batch runs inside
the school's write transaction (:func:`server.db.write_transaction`): it
loads every row the mutations touch or refer to with a handful of queries,
applies the mutations one after another to that in-memory state (so a batch
may create a student and enrol them), gives each accepted change the next
per-school sequence number, and writes the result with one executemany per
table. A mutation that breaks a rule is *rejected* with a sentence a person
can read; it never stops the ones behind it.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from itertools import chain
from operator import itemgetter
import zoneinfo
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from orjson import dumps as _orjson_dumps
from sqlalchemy import JSON, BigInteger, Boolean, Connection, Float, Integer, String, Text
from sqlalchemy.exc import DBAPIError

from app.sync.protocol import (
    DOMAINS,
    ENTITIES,
    POLICIES,
    SECTION_LIMITED_ROLES,
    SERVER_ONLY,
    LOGO_MAX_BYTES,
    FieldError,
    check_fields,
    format_datetime,
    parse_datetime,
    report_comment_id,
    row_validator,
)
from server.db import driver_fetch
from server.ids import new_id
from server.models import UNIQUE_KEYS, T
from server.reasons import REASONS
from server.rules_marks import check_max_not_below_marks

ID_RE = re.compile(r"^[0-9A-Za-z][0-9A-Za-z_-]{0,35}$")

#: What each role may change (reading is wider: protocol.ROLE_DOMAINS).
WRITE_DOMAINS: dict[str, frozenset[str]] = {
    "teacher": frozenset({"attendance", "marks"}),
    "office": frozenset({"roster", "attendance", "fees"}),
    "principal": frozenset({"setup", "roster", "attendance", "marks", "fees"}),
    "admin": frozenset({"setup", "roster", "attendance", "marks", "fees"}),
}

#: Fields that refer to another row of the school, and the entity they name.
REFERENCES: dict[str, str] = {
    "academic_year_id": "academic_years",
    "homeroom_teacher_id": "users",
    "section_id": "sections",
    "subject_id": "subjects",
    "teacher_id": "users",
    "student_id": "students",
    "term_id": "terms",
    "assessment_id": "assessments",
    "fee_head_id": "fee_heads",
    "invoice_id": "invoices",
    "payment_id": "payments",
    "marked_by": "users",
    "entered_by": "users",
    "received_by": "users",
    "cancelled_by": "users",
    "created_by": "users",
    "approved_by": "users",
    "resolved_by": "users",
    "closed_by": "users",
    "written_by": "users",
}
#: Reference fields that are not references in some entities.
NOT_REFERENCES = {("server_conflicts", "section_id")}
#: Per entity, its reference fields and the entity each names (the loops of every mutation).
REF_FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    entity: tuple((name, REFERENCES[name]) for name in spec
                  if name in REFERENCES and (entity, name) not in NOT_REFERENCES)
    for entity, spec in ENTITIES.items()
}

#: Entities a teacher sees and changes only for the sections they teach.
SECTION_SCOPED = frozenset(
    {"students", "enrollments", "attendance_marks", "attendance_history", "assessments", "marks", "server_conflicts",
     "guardian_alerts", "report_comments"}
)

#: References whose rows no rule reads (only that they exist): :meth:`Batch.prefetch` asks for
#: their ids alone. (A mark's student is read whole: its name is in a conflict's message.)
EXISTENCE_ONLY = frozenset({"students", "sections", "users", "subjects", "academic_years", "fee_heads"})

#: Money and marks: every change leaves an audit_log row (DESIGN.md §7).
AUDITED = frozenset(
    {"marks", "assessments", "payments", "payment_allocations", "payment_cancellations", "concessions",
     "invoices", "invoice_lines", "fee_structures"}
)

CHOICES: dict[tuple[str, str], tuple[str, ...]] = {
    ("users", "role"): ("teacher", "office", "principal", "admin"),
    ("students", "status"): ("active", "left", "graduated"),
    ("attendance_codes", "kind"): ("present", "absent", "late", "excused", "half_day"),
    ("marks", "status"): ("scored", "absent", "exempt"),
    ("payments", "mode"): ("cash", "cheque", "bank_transfer", "mobile_money", "card"),
    ("invoice_lines", "kind"): ("fee", "late_fee"),
    ("concessions", "kind"): ("percent", "fixed"),
    ("schools", "attendance_mode"): ("daily", "period"),
    ("school_calendar", "kind"): ("holiday", "closed"),
    ("guardian_alerts", "channel"): ("sms", "email"),
    ("guardian_alerts", "status"): ("queued", "cancelled", "sent", "failed"),
    ("report_comments", "kind"): ("teacher", "principal"),
}

_CHOICES_OF: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
for (_entity, _name), _allowed in CHOICES.items():
    _CHOICES_OF.setdefault(_entity, []).append((_name, _allowed))

HUMAN = {name: name.replace("_", " ").rstrip("s") for name in ENTITIES}
HUMAN.update({"attendance_history": "attendance history entry", "audit_log": "audit entry", "marks": "mark",
              "server_conflicts": "conflict", "payment_allocations": "payment allocation",
              "attendance_marks": "attendance mark", "category_weights": "category weight"})

RESOLUTION_FIELDS = frozenset({"resolved_at", "resolved_by", "resolution"})


class Rejected(Exception):
    """A change refused: ``code`` its kind, ``key`` its sentence in ``server/reasons.py``, ``args`` its holes.

    ``reason`` is the English sentence; a push result carries it with the key and
    arguments so the client can say it in the person's language.
    """

    def __init__(self, code: str, key: str, /, **args: Any):
        reason = REASONS[key].format(**args)
        super().__init__(reason)
        self.code = code
        self.reason = reason
        self.key = key
        self.reason_args = args


class BadRequest(Exception):
    """The request as a whole is malformed (answered 4xx, nothing written)."""

    def __init__(self, code: str, message: str, status: int = 400):
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = status


@dataclass
class Actor:
    school_id: str
    user_id: str
    role: str
    device_id: str
    sections: frozenset[str] = frozenset()
    #: ``sections`` already read for this request (with the user's own check, on its connection).
    scoped: bool = False

    @property
    def section_limited(self) -> bool:
        return self.role in SECTION_LIMITED_ROLES


@dataclass(slots=True)
class Mut:
    seq: int
    entity: str
    id: str
    op: str
    fields: dict[str, Any]
    base_version: int | None
    client_ts: str
    #: The fields once validated and normalized (set by :meth:`Batch.prefetch`).
    checked: dict[str, Any] | None = None
    problem: Rejected | None = None


def parse_mutation(raw: Any, index: int) -> Mut:
    """Check one entry's envelope (not its fields: those are judged per entry)."""
    if type(raw) is not dict and not isinstance(raw, dict):
        raise _envelope_error(index, " must be a JSON object.")
    get = raw.get
    seq = get("seq")
    if not (type(seq) is int or (isinstance(seq, int) and not isinstance(seq, bool))) or not 0 < seq < 2**62:
        raise _envelope_error(index, ": 'seq' must be a positive whole number.")
    entity, row_id, op = get("entity"), get("id"), get("op")
    if not isinstance(entity, str) or not isinstance(row_id, str):
        raise _envelope_error(index, ": 'entity' and 'id' must be text.")
    if op != "put" and op != "delete":
        raise _envelope_error(index, ": 'op' must be \"put\" or \"delete\".")
    fields = get("fields")
    if type(fields) is not dict:
        if fields is None:
            fields = {}
        elif not isinstance(fields, dict):
            raise _envelope_error(index, ": 'fields' must be a JSON object.")
    base = get("base_version")
    if base is not None and (not isinstance(base, int) or isinstance(base, bool)):
        raise _envelope_error(index, ": 'base_version' must be a whole number or null.")
    ts = get("client_ts")
    try:
        if not isinstance(ts, str):
            raise ValueError
        if len(ts) == 27 and ts[10] == "T" and ts[19] == "." and ts[26] == "Z" and ts[0] != "0":
            _datetime_from(ts[:26])  # already canonical: only checked
            client_ts = ts
        else:
            client_ts = format_datetime(parse_datetime(ts))
    except (ValueError, OverflowError):
        raise _envelope_error(index, ": 'client_ts' must be an ISO 8601 UTC time.") from None
    return Mut(seq, entity, row_id, op, fields, base, client_ts)


def _envelope_error(index: int, problem: str) -> BadRequest:
    return BadRequest("invalid_request", f"Mutation {index + 1}{problem}", 422)


_datetime_from = dt.datetime.fromisoformat
_isfinite = math.isfinite


def _has_nul(fields: dict[str, Any]) -> bool:
    """NUL characters (PostgreSQL text cannot hold them) or NaN/Infinity (not JSON) in a mutation's fields."""
    for value in fields.values():
        kind = type(value)
        if kind is str:
            if "\x00" in value:
                return True
        elif kind is not int and kind is not bool and value is not None and _has_nul_in(value):
            return True
    return False


def _has_nul_in(value: Any) -> bool:
    kind = type(value)
    if kind is str:
        return "\x00" in value
    if kind is float:
        return not _isfinite(value)
    if kind is dict:
        for key, item in value.items():
            if _has_nul_in(key) or _has_nul_in(item):
                return True
        return False
    if kind is list:
        for item in value:
            if _has_nul_in(item):
                return True
        return False
    return False


def _now() -> str:
    return format_datetime(dt.datetime.now(dt.UTC))


_DATETIME_FIELDS = {name: tuple(f for f, kind in spec.items() if kind.startswith("datetime"))
                    for name, spec in ENTITIES.items()}


def _normalize(entity: str, fields: dict[str, Any]) -> dict[str, Any]:
    """Datetimes in their canonical wire form (``…THH:MM:SS.ffffffZ``), so they compare as text."""
    out = dict(fields)
    for name in _DATETIME_FIELDS.get(entity, ()):
        value = fields.get(name)
        if value is not None and not (len(value) == 27 and value[10] == "T" and value[19] == "." and value[26] == "Z"):
            out[name] = format_datetime(parse_datetime(value))
    return out


_clean_rows: dict[str, Any] = {}


def clean_row(entity: str):
    """A function that returns a complete row's fields of ``entity`` (the same dict: the batch never
    changes a mutation's fields in place, it makes new rows from them) when every one is
    already as :meth:`Batch._check_mutation` would leave it (the protocol's type, text without NUL,
    JSON without NUL or NaN, datetimes in their canonical wire form), else None (the general
    path then judges them and words the problem).

    Generated once per entity as straight-line code (as :func:`protocol.row_validator`): one pass
    over a new attendance mark's ten fields instead of a check, a copy, a normalization and a NUL
    scan, each looping over them.
    """
    fn = _clean_rows.get(entity)
    if fn is not None:
        return fn
    spec = ENTITIES[entity]
    lines = [
        "def clean(d):",
        f"    if len(d) != {len(spec)}: return None",
        "    try:",
    ]
    checks = {
        "str": "type(v) is str and len(v) <= 10000 and '\\x00' not in v",
        "int": "type(v) is int and -4611686018427387904 < v < 4611686018427387904",
        "bool": "type(v) is bool",
        "json": "(type(v) is dict or type(v) is list) and not has_nul_in(v)",
        "date": "type(v) is str and len(v) == 10",
        # The canonical form only (``_normalize`` leaves it as it is): anything else takes the general path.
        "datetime": "type(v) is str and len(v) == 27 and v[10] == 'T' and v[19] == '.' and v[26] == 'Z'",
    }
    #: After the shape, the value itself (a ValueError sends the row to the general path).
    parses = {"date": "date_from(v)", "datetime": "datetime_from(v[:26])"}
    for name, kind in spec.items():
        base = kind.rstrip("?")
        check = checks[base]
        cond = f"v is None or ({check})" if kind.endswith("?") else check
        lines.append(f"        v = d[{name!r}]")
        lines.append(f"        if not ({cond}): return None")
        if base in parses:
            lines.append(f"        {parses[base]}" if not kind.endswith("?") else f"        if v is not None: {parses[base]}")
    lines += ["    except (KeyError, ValueError):", "        return None", "    return d"]
    namespace: dict[str, Any] = {"has_nul_in": _has_nul_in, "date_from": dt.date.fromisoformat,
                                 "datetime_from": _datetime_from}
    exec("\n".join(lines), namespace)  # noqa: S102 - code built from the protocol's own constants
    fn = _clean_rows[entity] = namespace["clean"]
    return fn


def valid_fields(entity: str, fields: Mapping[str, Any]) -> dict[str, Any]:
    """``protocol.check_fields`` (partial), with the fast whole-row validator for complete rows."""
    if len(fields) == len(ENTITIES[entity]) and row_validator(entity)(fields) is None:
        return dict(fields)
    return check_fields(entity, fields, complete=False)


_writable: dict[tuple[str, str], bool] = {}


def _may_write(role: str, entity: str) -> bool:
    """Whether ``role`` may change rows of ``entity`` at all (its domain; a conflict's resolution)."""
    allowed = _writable.get((role, entity))
    if allowed is None:
        allowed = _writable[(role, entity)] = DOMAINS[entity] in WRITE_DOMAINS.get(role, frozenset()) or (
            entity == "server_conflicts" and role in ("teacher", "principal", "admin"))
    return allowed


def _row_section(batch: Batch, entity: str, row: Mapping[str, Any]) -> str | None:
    if entity in ("enrollments", "attendance_marks", "assessments", "server_conflicts", "guardian_alerts",
                  "report_comments"):
        return row.get("section_id")
    if entity == "marks":
        assessment = batch.rows.get(("assessments", row.get("assessment_id")))
        return assessment["section_id"] if assessment else None
    if entity == "attendance_history":
        mark = batch.rows.get(("attendance_marks", row.get("mark_id")))
        return mark["section_id"] if mark else None
    return None


#: The school's attendance settings, and the values each may take (the Setup screen's School page).
SCHOOL_SETTING_RANGES = {
    "periods_per_day": (1, 12),
    "attendance_edit_days": (0, 365),
    "chronic_absence_percent": (1, 100),
}
_SETTING_RANGE_REASONS = {"periods_per_day": "periods_per_day_range", "attendance_edit_days": "edit_days_range",
                          "chronic_absence_percent": "chronic_percent_range"}


def school_settings_refusal(fields: Mapping[str, Any]) -> Rejected | None:
    """Why these changes to a school's attendance settings cannot be kept, or None — through the admin
    API and through a push alike.

    The types are the protocol's (``check_fields``); here the values: a number of
    periods, an edit window and a threshold in range, weekend days that are
    weekday numbers (Monday 0 … Sunday 6), each once, leaving at least one school day.
    """
    for name, (low, high) in SCHOOL_SETTING_RANGES.items():
        value = fields.get(name)
        if name in fields and (not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high):
            return Rejected("invalid_fields", _SETTING_RANGE_REASONS[name], low=low, high=high)
    if "weekend_days" in fields:
        days = fields["weekend_days"]
        if (not isinstance(days, list) or any(not isinstance(d, int) or isinstance(d, bool) or not 0 <= d <= 6
                                              for d in days) or len(set(days)) != len(days)):
            return Rejected("invalid_fields", "weekend_days_invalid")
        if len(days) == 7:
            return Rejected("invalid_fields", "no_school_day")
    return None


def weekend_refusal(date: str, weekend_days: Any) -> str | None:
    """Why attendance for ``date`` (ISO) is refused as a weekend day of the school, or None.

    ``weekend_days`` is the school's setting: weekday numbers, Monday 0 to
    Sunday 6 (the client's ``app.services.attendance.check_school_day`` reads
    the same setting the same way).
    """
    try:
        day = dt.date.fromisoformat(str(date))
    except ValueError:
        return None  # the field's own check refuses a date that is not one
    if isinstance(weekend_days, str):
        try:
            weekend_days = json.loads(weekend_days)
        except ValueError:
            weekend_days = []
    weekend = {int(d) for d in (weekend_days or []) if isinstance(d, int | str) and str(d).isdigit()}
    if day.weekday() in weekend:
        return f"{day.strftime('%A')} {day.isoformat()} is a weekend day at this school: no attendance is taken."
    return None


_WIRE_NAMES = {name: tuple(spec) for name, spec in ENTITIES.items()}
_REQUIRED = {name: frozenset(spec) - {"school_id"} for name, spec in ENTITIES.items()}
_ENTITY_ORDER = {name: i for i, name in enumerate(ENTITIES)}
_FIELD_COUNT = {name: len(spec) for name, spec in ENTITIES.items()}
#: The wire JSON of a row (``row_changes.data``): compact, UTF-8 as is.
_encode_data = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode
#: JSON columns as stored (compact, ASCII).
_encode_json = json.JSONEncoder(separators=(",", ":")).encode


def _wire(entity: str, row: Mapping[str, Any]) -> dict[str, Any]:
    get = row.get
    return {name: get(name) for name in _WIRE_NAMES[entity]}


#: Per entity, each natural key with a function giving its values (a tuple) from a row.
_KEY_GETTERS: dict[str, tuple[tuple[tuple[str, ...], Any], ...]] = {
    entity: tuple((key, itemgetter(*key) if len(key) > 1 else (lambda row, _k=key[0]: (row[_k],))) for key in keys)
    for entity, keys in UNIQUE_KEYS.items()
}


def _wire_dict(names: tuple[str, ...]):  # noqa: ANN202
    """A function giving a row's wire dict (``{name: row[name]}`` for ``names``), written as one dict display:
    about half the work of ``dict(zip(names, getter(row)))``. A row without some name raises KeyError."""
    namespace: dict[str, Any] = {}
    exec("def wire(r): return {" + ", ".join(f"{n!r}: r[{n!r}]" for n in names) + "}", namespace)  # noqa: S102
    return namespace["wire"]


#: Per entity, a function giving a row's wire dict (:data:`_WIRE_NAMES`; KeyError for a row without some).
_WIRE_DICT = {name: _wire_dict(names) for name, names in _WIRE_NAMES.items()}
#: Entities whose section (a change row's ``section_id``) is a field of the row itself (see :func:`_row_section`).
_SECTION_FIELD = {entity: "section_id" for entity in ("enrollments", "attendance_marks", "assessments",
                                                      "server_conflicts", "guardian_alerts", "report_comments")}

_UPSERT_SQL: dict[tuple, str] = {}
#: Each synced table's columns, in table order (what :meth:`Batch.flush` writes).
_COLUMNS = {name: tuple(c.name for c in T[name].columns) for name in ENTITIES}
_COLUMN_GETTER = {name: itemgetter(*columns) for name, columns in _COLUMNS.items()}
_SCHOOL_INDEX = {name: columns.index("school_id") for name, columns in _COLUMNS.items()}
#: A change row's columns, in the order :meth:`Batch.flush` gives them.
_CHANGE_COLUMNS = ("school_id", "entity", "row_id", "seq", "version", "deleted", "domain", "section_id", "data")


def upsert(conn: Connection, table, rows: list[dict], keys: Iterable[str],  # noqa: ANN001
           new: bool = False) -> None:
    """INSERT … ON CONFLICT (keys) DO UPDATE for many rows (dicts, all with the same keys):
    :func:`upsert_values` with each row's values in the first row's column order."""
    if not rows:
        return
    cols = tuple(rows[0])
    getter = itemgetter(*cols)
    values = [getter(r) for r in rows] if len(cols) > 1 else [(getter(r),) for r in rows]
    upsert_values(conn, table, cols, values, keys, new)


def upsert_values(conn: Connection, table, cols: tuple[str, ...], rows: list[tuple],  # noqa: ANN001
                  keys: Iterable[str], new: bool = False) -> None:
    """INSERT … ON CONFLICT (keys) DO UPDATE for many rows given as tuples of ``cols``, on the driver directly.

    The hot path of every push: SQL text made once per table, JSON encoded
    here; SQLite gets one executemany, PostgreSQL one ``INSERT … SELECT FROM
    unnest(arrays)`` (several times faster than one statement per row).
    ``new``: rows known not to exist (the caller holds the school's write
    lock and looked): a plain INSERT (on PostgreSQL a COPY), which skips the
    conflict check's extra index probe per row.
    """
    if not rows:
        return
    keys = tuple(keys)
    json_idx = [i for i, c in enumerate(cols) if isinstance(table.c[c].type, JSON)]
    dumps = _encode_json
    if json_idx:
        encoded = []
        for r in rows:
            for i in json_idx:
                if r[i] is not None:
                    values = list(r)
                    for j in json_idx:
                        if values[j] is not None:
                            values[j] = dumps(values[j])
                    r = tuple(values)
                    break
            encoded.append(r)
        rows = encoded
    sqlite = conn.dialect.name == "sqlite"
    if not sqlite and new:
        _copy_rows(conn, table, cols, rows)
        return
    key = (table.name, conn.dialect.name, cols, keys, new)
    sql = _UPSERT_SQL.get(key)
    if sql is None:
        names = ",".join(f'"{c}"' for c in cols)
        tail = "" if new else (" ON CONFLICT (" + ",".join(f'"{k}"' for k in keys) + ") DO UPDATE SET "
                               + ",".join(f'"{c}" = excluded."{c}"' for c in cols if c not in keys))
        if sqlite:
            sql = f'INSERT INTO "{table.name}" ({names}) VALUES (' + ",".join(["?"] * len(cols)) + ")" + tail
        else:
            # PostgreSQL: one statement whatever the number of rows, each column sent as one array
            # (short SQL: parsed and prepared once; arrays travel in binary).
            types = [_pg_array_type(table.c[c]) for c in cols]
            selected = ",".join(f'"{c}"::json' if t == "text" and isinstance(table.c[c].type, JSON) else f'"{c}"'
                                for c, t in zip(cols, types, strict=True))
            arrays = ",".join(f"%b::{t}[]" for t in types)  # %b: binary arrays (text arrays are quoted in Python)
            sql = (f'INSERT INTO "{table.name}" ({names}) SELECT {selected} FROM unnest({arrays}) '
                   f"AS u({names})" + tail)
        _UPSERT_SQL[key] = sql
    if sqlite:
        rows, sql = _sqlite_constants(table, cols, rows, sql)
        _executemany_sqlite(conn, sql, rows)
    else:
        conn.exec_driver_sql(sql, tuple(list(column) for column in zip(*rows)))


_CONSTANT_CANDIDATES: dict[tuple[str, tuple[str, ...]], tuple[tuple[int, bool], ...]] = {}
_CONSTANT_SQL: dict[tuple, tuple[str, Any]] = {}


def _sqlite_constants(table, cols: tuple[str, ...], rows: list, sql: str) -> tuple[list, str]:  # noqa: ANN001
    """Columns with the same NULL, false or true in every row written as that constant in the SQL,
    not bound per row: Python's sqlite3 binds None and booleans through its adapter lookup, several
    times the cost of text or a number (a new mark's ``marked_by`` and ``lww_ts``, every row's
    ``deleted``). The same values are stored (SQLite keeps a boolean as 0 or 1)."""
    candidates = _CONSTANT_CANDIDATES.get((table.name, cols))
    if candidates is None:
        candidates = _CONSTANT_CANDIDATES[(table.name, cols)] = tuple(
            (i, isinstance(table.c[c].type, Boolean)) for i, c in enumerate(cols)
            if table.c[c].nullable or isinstance(table.c[c].type, Boolean))
    n = len(rows)
    constants = []
    for i, boolean in candidates:
        values = [r[i] for r in rows]
        if values.count(None) == n:
            constants.append((i, "NULL"))
        elif boolean:  # (``count`` compares by ==: False and 0 alike, stored alike)
            if values.count(False) == n:
                constants.append((i, "0"))
            elif values.count(True) == n:
                constants.append((i, "1"))
    if not constants:
        return rows, sql
    key = (sql, tuple(constants))
    plan = _CONSTANT_SQL.get(key)
    if plan is None:
        fixed = dict(constants)
        head, _, tail = sql.partition(" VALUES (")
        holders, _, tail = tail.partition(")")
        marks = [fixed.get(i, "?") for i in range(len(cols))]
        assert holders.count("?") == len(cols)
        kept = [i for i in range(len(cols)) if i not in fixed]
        getter = itemgetter(*kept) if len(kept) > 1 else (lambda r, _i=kept[0]: (r[_i],))
        plan = _CONSTANT_SQL[key] = (head + " VALUES (" + ",".join(marks) + ")" + tail, getter)
    text, getter = plan
    return list(map(getter, rows)), text


#: Rows one multi-row INSERT carries on SQLite, largest first: a batch of any size is a few statements of
#: these sizes, each prepared once per connection (and kept in its statement cache). Past 64 rows a
#: statement saves next to nothing more (its set-up is shared by 64 rows already) and its prepared
#: form grows (~0.6 MB for 256 rows of a mark, kept by each pooled connection).
_MULTIROW_SIZES = (64, 16, 4)
#: SQLite's default limit of bound parameters in one statement (SQLITE_MAX_VARIABLE_NUMBER).
_SQLITE_MAX_PARAMS = 32766
_MULTIROW_SQL: dict[tuple[str, int], str] = {}


def _multirow_sql(sql: str, n: int) -> str:
    """``INSERT … VALUES (…)`` (with an optional ``ON CONFLICT`` tail) as one statement of ``n`` rows."""
    text = _MULTIROW_SQL.get((sql, n))
    if text is None:
        head, _, rest = sql.partition(" VALUES (")
        holders, _, tail = rest.partition(")")
        text = _MULTIROW_SQL[(sql, n)] = head + " VALUES " + ",".join(["(" + holders + ")"] * n) + tail
    return text


def _executemany_sqlite(conn: Connection, sql: str, rows: list) -> None:
    """The rows of one ``INSERT … VALUES (?, …)`` on SQLite's own cursor, in the connection's transaction:
    a few multi-row statements (:data:`_MULTIROW_SIZES`), the last few rows by ``executemany``. Each
    statement SQLite runs has its own set-up and end (its cursors on the table and each index opened
    and closed, its changes counted): ~5,000 instructions a row by ``executemany``, once a statement
    here. Errors are SQLAlchemy's, as from any other statement (a duplicate is an
    :class:`~sqlalchemy.exc.IntegrityError`, and the statement's rows are not written)."""
    import sqlite3

    cursor = conn.connection.driver_connection.cursor()
    try:
        done, n = 0, len(rows)
        per_row = sql.count("?")
        for size in _MULTIROW_SIZES:
            if n - done < size or size * per_row > _SQLITE_MAX_PARAMS:
                continue
            text = _multirow_sql(sql, size)
            while n - done >= size:
                cursor.execute(text, list(chain.from_iterable(rows[done:done + size])))
                done += size
        if done < n:
            cursor.executemany(sql, rows[done:] if done else rows)
    except sqlite3.Error as exc:
        raise DBAPIError.instance(sql, None, exc, sqlite3.Error, dialect=conn.dialect) from exc
    finally:
        cursor.close()


def _copy_rows(conn: Connection, table, cols: tuple[str, ...], rows: list[tuple]) -> None:  # noqa: ANN001
    """New rows (tuples of ``cols``, JSON already encoded) into a PostgreSQL table with ``COPY … FROM
    STDIN`` (psycopg formats each row in C; about half the time of ``INSERT … SELECT FROM unnest`` on
    both sides). Errors are SQLAlchemy's, as from any other statement (a duplicate is an
    :class:`~sqlalchemy.exc.IntegrityError`)."""
    import psycopg

    sql = f'COPY "{table.name}" (' + ",".join(f'"{c}"' for c in cols) + ") FROM STDIN"
    try:
        with conn.connection.driver_connection.cursor() as cur, cur.copy(sql) as copy:
            write = copy.write_row
            for r in rows:
                write(r)
    except psycopg.Error as exc:
        raise DBAPIError.instance(sql, None, exc, psycopg.Error, dialect=conn.dialect) from exc


_SELECT_SQL: dict[tuple, tuple[str, tuple[str, ...], tuple[int, ...], tuple[int, ...]]] = {}


def select_rows(conn: Connection, entity: str, school_id: str, match: Mapping[str, list] | None = None,
                 live: bool = False) -> list[dict[str, Any]]:
    """The school's rows of ``entity`` whose columns are among ``match``'s lists (all rows
    without), live ones only with ``live``, as dicts, on the driver directly: SQL made once,
    each list sent as one parameter (JSON on SQLite, a binary array on PostgreSQL: either way
    an index range scan), JSON and booleans decoded as SQLAlchemy would."""
    sqlite = conn.dialect.name == "sqlite"
    names = tuple(match or ())
    key = (entity, conn.dialect.name, names, live)
    plan = _SELECT_SQL.get(key)
    if plan is None:
        table = T[entity]
        cols = tuple(c.name for c in table.columns)
        mark = "?" if sqlite else "%s"
        sql = f'SELECT {",".join(chr(34) + c + chr(34) for c in cols)} FROM "{entity}" WHERE school_id = {mark}'
        if live:
            sql += " AND deleted IS " + ("0" if sqlite else "false")
        for name in names:
            if sqlite:
                sql += f' AND "{name}" IN (SELECT value FROM json_each(?))'
            else:
                sql += f' AND "{name}" = ANY(%b::{_pg_array_type(table.c[name], exact=True)}[])'
        json_idx = tuple(i for i, c in enumerate(table.columns) if isinstance(c.type, JSON)) if sqlite else ()
        bool_idx = tuple(i for i, c in enumerate(table.columns) if isinstance(c.type, Boolean)) if sqlite else ()
        plan = _SELECT_SQL[key] = (sql, cols, json_idx, bool_idx)
    sql, cols, json_idx, bool_idx = plan
    params = [school_id]
    for values in (match or {}).values():
        params.append(_json_list(values) if sqlite else values)
    out = []
    for values in driver_fetch(conn, sql, tuple(params)):
        row = dict(zip(cols, values))
        for i in json_idx:
            value = values[i]
            if value is not None:
                row[cols[i]] = json.loads(value)
        for i in bool_idx:
            value = values[i]
            if value is not None:
                row[cols[i]] = bool(value)
        out.append(row)
    return out


def _json_list(values: list) -> str:
    """A list as JSON for SQLite's ``json_each`` (orjson; the standard encoder for what it refuses)."""
    try:
        return _orjson_dumps(values).decode()
    except TypeError:
        return json.dumps(values)


def _select_ids(conn: Connection, entity: str, school_id: str, ids: list[str]) -> list[str]:
    """Which of ``ids`` are rows of the school's ``entity`` (live or not): the primary key alone."""
    key = (entity, conn.dialect.name, "ids")
    sql = _SELECT_SQL.get(key)
    if sql is None:
        if conn.dialect.name == "sqlite":
            sql = f'SELECT id FROM "{entity}" WHERE school_id = ? AND id IN (SELECT value FROM json_each(?))'
        else:
            sql = f'SELECT id FROM "{entity}" WHERE school_id = %s AND id = ANY(%b::varchar[])'
        _SELECT_SQL[key] = sql  # type: ignore[assignment]
    params = (school_id, _json_list(ids)) if conn.dialect.name == "sqlite" else (school_id, ids)
    return [r[0] for r in driver_fetch(conn, sql, params)]


def _pg_array_type(column, exact: bool = False) -> str:  # noqa: ANN001
    """The PostgreSQL type of an array of the column's values (``exact``: varchar for a
    varchar column, so that a comparison with it can use the column's index)."""
    kind = column.type
    if isinstance(kind, Boolean):
        return "bool"
    if isinstance(kind, (BigInteger, Integer)):
        return "int8"
    if isinstance(kind, Float):
        return "float8"
    if exact and isinstance(kind, String) and not isinstance(kind, Text):
        return "varchar"
    return "text"


@dataclass
class Batch:
    """The state of one writing transaction of one school."""

    conn: Connection
    actor: Actor
    school: dict[str, Any]
    rows: dict[tuple[str, str], dict[str, Any] | None] = field(default_factory=dict)
    keys: dict[tuple[str, tuple[str, ...], tuple], str] = field(default_factory=dict)
    dirty: dict[tuple[str, str], bool] = field(default_factory=dict)  # → existed before the batch
    change_seq: dict[tuple[str, str], int] = field(default_factory=dict)
    loaded_all: set[str] = field(default_factory=set)
    keys_checked: set[tuple[str, tuple[str, ...], tuple]] = field(default_factory=set)
    #: Rows known to exist (live or not) though not loaded: references only checked for existence.
    present: set[tuple[str, str]] = field(default_factory=set)
    _codes: dict[str, dict[str, Any]] | None = None
    #: What depends only on the school and the moment, worked out once a batch.
    _oldest_editable: str | None = None
    _weekend: dict[str, str | None] = field(default_factory=dict)
    #: Days found open for attendance (no weekend, holiday or closed day) in this batch.
    _open_days: set[str] = field(default_factory=set)
    _started: str | None = None
    _info: dict[str, Any] | None = None

    # -- loading ----------------------------------------------------------

    def _remember(self, entity: str, row: dict[str, Any]) -> None:
        row_id = row["id"]
        self.rows[(entity, row_id)] = row
        if not row["deleted"]:
            for key, getter in _KEY_GETTERS.get(entity, ()):
                try:
                    values = getter(row)
                except KeyError:  # a row without some field of the key: None there
                    values = tuple(row.get(k) for k in key)
                self.keys[(entity, key, values)] = row_id

    def load(self, entity: str, ids: Iterable[str]) -> None:
        wanted = sorted({i for i in ids if isinstance(i, str) and (entity, i) not in self.rows})
        if not wanted or entity in self.loaded_all:
            for i in wanted:
                self.rows.setdefault((entity, i), None)
            return
        for start in range(0, len(wanted), 5000):
            for row in select_rows(self.conn, entity, self.actor.school_id, {"id": wanted[start:start + 5000]}):
                self._remember(entity, row)
        for i in wanted:
            self.rows.setdefault((entity, i), None)

    def load_present(self, entity: str, ids: Iterable[str]) -> None:
        """Learn which of ``ids`` exist (ids only, one query): for references no rule reads.

        A row found is remembered in :attr:`present`, not in :attr:`rows`: a later
        :meth:`load` of it still reads it whole."""
        rows, present = self.rows, self.present
        wanted = sorted({i for i in ids if type(i) is str and (entity, i) not in rows and (entity, i) not in present})
        if not wanted:
            return
        if entity in self.loaded_all:
            for i in wanted:
                rows.setdefault((entity, i), None)
            return
        found: set[str] = set()
        for start in range(0, len(wanted), 5000):
            found.update(_select_ids(self.conn, entity, self.actor.school_id, wanted[start:start + 5000]))
        for i in wanted:
            if i in found:
                present.add((entity, i))
            else:
                rows[(entity, i)] = None  # known not to exist

    def load_all(self, entity: str) -> None:
        if entity in self.loaded_all:
            return
        for row in select_rows(self.conn, entity, self.actor.school_id):
            if (entity, row["id"]) not in self.rows:
                self._remember(entity, row)
        self.loaded_all.add(entity)

    def load_key(self, entity: str, key: tuple[str, ...], value: tuple) -> None:
        """:meth:`load_keys` for one value (the per-mutation checks: mostly known already)."""
        if (entity, key, value) not in self.keys_checked:
            self.load_keys(entity, key, [value])

    def load_keys(self, entity: str, key: tuple[str, ...], values: Iterable[tuple]) -> None:
        checked = self.keys_checked
        fresh = [v for v in values if (entity, key, v) not in checked and None not in v]
        if not fresh:
            return
        wanted = list(set(fresh))
        checked.update((entity, key, v) for v in wanted)
        if entity in self.loaded_all:
            return
        for start in range(0, len(wanted), 5000):
            chunk = wanted[start:start + 5000]
            # One IN list per column (an index range scan on every database); rows that match
            # another combination of the values are remembered too (they are rows of the school).
            match = {k: list({v[i] for v in chunk}) for i, k in enumerate(key)}
            for row in select_rows(self.conn, entity, self.actor.school_id, match, live=True):
                if (entity, row["id"]) not in self.rows:
                    self._remember(entity, row)

    def precheck(self, muts: list[Mut]) -> None:
        """Judge what needs no database (types, role, ids); push runs this before taking the school's lock.

        What depends only on the kind of row (known, not the server's own, one the role may
        change) is judged once a kind; an entry of such a kind with a valid id and fields
        :func:`clean_row` takes, of this school, with its choices allowed, is through. Anything
        else goes to :meth:`_check_mutation`, which words the refusal."""
        role, school_id = self.actor.role, self.actor.school_id
        plans: dict[str, Any] = {}
        match = ID_RE.match
        for m in muts:
            if m.checked is not None or m.problem is not None:
                continue
            entity = m.entity
            plan = plans.get(entity)
            if plan is None:
                plan = plans[entity] = (
                    (clean_row(entity), _CHOICES_OF.get(entity, ()))
                    if entity in ENTITIES and entity not in SERVER_ONLY and _may_write(role, entity) else False)
            if plan and type(m.fields) is dict and match(m.id):
                fields = plan[0](m.fields)
                if fields is not None and fields.get("school_id", school_id) == school_id:
                    for name, allowed in plan[1]:
                        if name in fields and fields[name] not in allowed:
                            break
                    else:
                        m.checked = fields
                        continue
            try:
                m.checked = self._check_mutation(m)
            except Rejected as exc:
                m.problem = exc

    def prefetch(self, muts: list[Mut]) -> None:
        self.precheck(muts)
        # The entries by kind of row, each kind's fields then looked at a column at a time.
        groups: dict[str, list[Mut]] = {}
        for m in muts:
            if m.problem is None:
                group = groups.get(m.entity)
                if group is None:
                    group = groups[m.entity] = []
                group.append(m)
        entities = set(groups)
        for entity, group in groups.items():
            self.load(entity, [m.id for m in group])
        # References, from the new fields and from the rows they change (two levels deep).
        refs: dict[str, set[str]] = {}
        rows = self.rows
        for entity, group in groups.items():
            ref_fields = REF_FIELDS[entity]
            if not ref_fields:
                continue
            checked = [m.checked or {} for m in group]
            current = [row for row in (rows.get((entity, m.id)) for m in group) if row is not None]
            for name, target in ref_fields:
                found = {value for fields in checked if type(value := fields.get(name)) is str}
                if current:
                    found.update(value for row in current if type(value := row.get(name)) is str)
                if found:
                    wanted_ids = refs.get(target)
                    if wanted_ids is None:
                        refs[target] = found
                    else:
                        wanted_ids.update(found)
        for level in range(2):
            if level:
                refs = {}  # the second level: what the rows loaded by the first refer to
            if entities & {"marks", "assessments", "server_conflicts"}:
                for (entity, _id), row in list(self.rows.items()):
                    if row and entity == "assessments":
                        refs.setdefault("terms", set()).add(row["term_id"])
                    if row and entity == "server_conflicts" and row["entity"] == "marks":
                        refs.setdefault("marks", set()).add(row["row_id"])
            for entity, ids in refs.items():
                if entity in EXISTENCE_ONLY and not (entity == "students" and "marks" in entities):
                    self.load_present(entity, ids)
                else:
                    self.load(entity, ids)
        if "attendance_marks" in entities:
            self.load_all("attendance_codes")
        # Natural keys of the rows being written: a new row's from its fields, a changed row's from
        # its fields over its current values.
        for entity, group in groups.items():
            key_getters = _KEY_GETTERS.get(entity)
            if not key_getters or entity == "schools":
                continue
            new_rows: list[dict[str, Any]] = []
            changed: list[tuple[dict[str, Any], dict[str, Any]]] = []
            for m in group:
                if m.op == "put":
                    current = rows.get((entity, m.id))
                    if current:
                        changed.append((m.checked or {}, current))
                    else:
                        new_rows.append(m.checked or {})
            for key, getter in key_getters:
                try:
                    wanted = set(map(getter, new_rows))
                except KeyError:  # some new row without every field of the key: not looked up
                    wanted = set()
                    for fields in new_rows:
                        try:
                            wanted.add(getter(fields))
                        except KeyError:
                            pass
                for fields, current in changed:
                    values = []
                    for k in key:
                        if k in fields:
                            values.append(fields[k])
                        elif k in current:
                            values.append(current[k])
                        else:
                            break
                    else:
                        wanted.add(tuple(values))
                if wanted:
                    self.load_keys(entity, key, wanted)

    # -- writing ----------------------------------------------------------

    def next_seq(self) -> int:
        info = self._info
        if info is None:
            info = self._info = self.conn.info  # the connection's dict (looked up once: a property chain)
        seq = info["last_seq"] = info["last_seq"] + 1
        return seq

    def put_row(self, entity: str, row: dict[str, Any], *, touch_only: bool = False) -> int:
        """Record a row's new state (in memory); returns its change sequence."""
        key = (entity, row["id"])
        old = self.rows.get(key)
        if old is not None and not old["deleted"]:
            for k in UNIQUE_KEYS.get(entity, ()):
                okey = (entity, k, tuple(old.get(c) for c in k))
                if self.keys.get(okey) == row["id"]:
                    del self.keys[okey]
        if entity == "school_calendar":
            self._open_days.clear()
        seq = self.next_seq()
        if not touch_only:
            row["version"] = seq
        self.dirty.setdefault(key, old is not None)
        self.change_seq[key] = seq
        self._remember(entity, row)
        return seq

    def touch(self, entity: str, row_id: str) -> None:
        """Give a row a new change sequence without changing it (so it reaches a widened scope)."""
        row = self.rows.get((entity, row_id))
        if row is not None:
            self.put_row(entity, row, touch_only=True)

    def flush(self) -> None:
        school_id = self.actor.school_id
        rows, change_seq = self.rows, self.change_seq
        # Grouped by table and by whether the row existed, in the order of first change within a
        # group; the groups in table order (parents before children), changed rows before new ones.
        grouped: dict[tuple[str, bool], list[str]] = {}
        for (entity, row_id), existed in self.dirty.items():
            ids = grouped.get((entity, existed))
            if ids is None:
                ids = grouped[(entity, existed)] = []
            ids.append(row_id)
        order = _ENTITY_ORDER
        groups: dict[tuple[str, bool], list] = {}
        changes: list[tuple] = []
        new_changes: list[tuple] = []
        for entity, existed in sorted(grouped, key=lambda group: (order[group[0]], not group[1])):
            ids = grouped[(entity, existed)]
            getter, names, school_index = _COLUMN_GETTER[entity], _COLUMNS[entity], _SCHOOL_INDEX[entity]
            wire_names, wire_dict = _WIRE_NAMES[entity], _WIRE_DICT[entity]
            domain = DOMAINS[entity]
            section_of = _SECTION_FIELD.get(entity)
            records = groups[(entity, existed)] = []
            out = changes if existed else new_changes
            for row_id in ids:
                row = rows[(entity, row_id)]
                assert row is not None
                try:
                    record = getter(row)
                except KeyError:  # a row without some column: None there
                    record = tuple(row.get(name) for name in names)
                if record[school_index] != school_id:  # every row is written as the school's own
                    record = list(record)
                    record[school_index] = school_id
                records.append(record)
                try:
                    wire = wire_dict(row)
                except KeyError:
                    wire = {name: row.get(name) for name in wire_names}
                try:
                    data = _orjson_dumps(wire).decode()
                except TypeError:  # a lone surrogate, a whole number beyond 64 bits: the standard encoder
                    data = _encode_data(wire)
                out.append((
                    school_id, entity, row_id, change_seq[(entity, row_id)], row["version"], bool(row["deleted"]),
                    domain, row.get(section_of) if section_of else _row_section(self, entity, row), data,
                ))
        # A row that did not exist before the batch (looked up under the school's lock) has no
        # change row either: both are plain inserts.
        conn = self.conn
        for (entity, existed), records in groups.items():
            upsert_values(conn, T[entity], _COLUMNS[entity], records, ("school_id", "id"), new=not existed)
        upsert_values(conn, T["row_changes"], _CHANGE_COLUMNS, changes, ("school_id", "entity", "row_id"))
        upsert_values(conn, T["row_changes"], _CHANGE_COLUMNS, new_changes, ("school_id", "entity", "row_id"),
                      new=True)

    # -- applying ---------------------------------------------------------

    #: Refusals of a change the person's role may make to a row they may see: the answer carries the row
    #: as the server keeps it, so the device shows it again instead of the refused value (the refused
    #: change itself is kept in the device's inbox).
    ROW_BACK = frozenset({"append_only", "duplicate", "edit_window_closed", "entry_closed", "invalid_fields",
                          "school_closed", "alert_sent", "alert_not_queued", "unknown_reference"})

    def apply(self, m: Mut) -> dict[str, Any]:
        if m.entity == "attendance_marks" and m.op == "put" and m.checked is not None and m.problem is None:
            result = self._new_mark(m, m.checked)
            if result is not None:
                return result
        try:
            return self._apply(m)
        except Rejected as exc:
            return {"seq": m.seq, "status": "rejected", "version": None, "row": self._row_back(m, exc),
                    "reason": exc.reason, "code": exc.code, "reason_key": exc.key, "reason_args": exc.reason_args}

    def _row_back(self, m: Mut, exc: Rejected) -> dict[str, Any] | None:
        if exc.code not in self.ROW_BACK or m.entity not in ENTITIES or m.entity in SERVER_ONLY:
            return None
        domain = DOMAINS[m.entity]
        if domain not in WRITE_DOMAINS.get(self.actor.role, frozenset()):
            return None
        current = self.rows.get((m.entity, m.id))
        if current is None:
            return None
        try:
            self._check_scope(m.entity, current)
        except Rejected:
            return None
        return {"id": current["id"], "version": current["version"], "deleted": bool(current["deleted"]),
                **_wire(m.entity, current)}

    def _result(self, m: Mut, status: str, entity: str, row: dict[str, Any], reason: str = "") -> dict[str, Any]:
        out: dict[str, Any] = {"seq": m.seq, "status": status, "version": row["version"], "reason": reason}
        if status in ("merged", "superseded", "conflict") or row["id"] != m.id:
            out["row"] = {"id": row["id"], "version": row["version"], "deleted": bool(row["deleted"]),
                          **_wire(entity, row)}
        else:
            out["row"] = None
        return out

    def _check_mutation(self, m: Mut) -> dict[str, Any]:
        """What can be judged from the mutation alone; returns its validated fields."""
        actor = self.actor
        entity = m.entity
        if entity not in ENTITIES:
            raise Rejected("unknown_entity", "unknown_entity", entity=entity)
        human = HUMAN[entity]
        if entity in SERVER_ONLY:
            raise Rejected("server_only", "server_only", record=human)
        if not ID_RE.match(m.id):
            raise Rejected("invalid_id", "invalid_id")
        if not _may_write(actor.role, entity):
            raise Rejected("forbidden", "role_may_not_change", role=actor.role, record=human)
        fields = clean_row(entity)(m.fields) if type(m.fields) is dict else None
        if fields is None:
            try:
                fields = _normalize(entity, valid_fields(entity, m.fields))
            except FieldError as exc:
                raise Rejected("invalid_fields", exc.key, **exc.arguments) from None
            if _has_nul(fields):
                raise Rejected("invalid_fields", "nul_or_nan")
        if "school_id" in fields and fields["school_id"] != actor.school_id:
            raise Rejected("other_school", "other_school", record=human)
        for name, allowed in _CHOICES_OF.get(entity, ()):
            if name in fields and fields[name] not in allowed:
                raise Rejected("invalid_fields", "not_a_choice", field=f"{entity}.{name}", choices=", ".join(allowed))
        return fields

    def _apply(self, m: Mut) -> dict[str, Any]:
        actor = self.actor
        if m.problem is not None:
            raise m.problem
        fields = m.checked if m.checked is not None else self._check_mutation(m)
        entity = m.entity
        human = HUMAN[entity]
        current = self.rows.get((entity, m.id))
        policy = POLICIES[entity]

        if entity == "schools":
            if m.id != actor.school_id or current is None:
                raise Rejected("not_found", "no_such_school")
            if m.op == "delete":
                raise Rejected("forbidden", "school_not_deleted")
            if "code" in fields and fields["code"] != current["code"]:
                raise Rejected("forbidden", "school_code_fixed")
            if len(fields.get("logo_png") or "") > LOGO_MAX_BYTES * 4 // 3 + 4:
                raise Rejected("invalid_fields", "logo_too_big", kilobytes=LOGO_MAX_BYTES // 1000)
            refusal = school_settings_refusal(fields)
            if refusal is not None:
                raise refusal

        if m.op == "delete":
            if current is None:
                raise Rejected("not_found", "no_such_record", record=human)
            if policy == "append_only":
                raise self._append_only_refusal(entity)
            if entity == "server_conflicts":
                raise Rejected("forbidden", "conflict_not_deleted")
            self._check_scope(entity, current)
            if entity == "attendance_marks":
                self._check_edit_window(current)
            if entity == "marks":
                self._check_entry_open(current)
            if entity == "assessments":
                self._check_assessment_term({}, current)
            if entity == "report_comments":
                self._check_report_comment(m.id, {}, current)
            if current["deleted"]:
                return self._result(m, "applied", entity, current)
            before = _wire(entity, current)
            row = dict(current, deleted=True)
            lww = dict(row.get("lww_ts") or {})
            lww["$deleted"] = m.client_ts
            if policy == "field_lww":
                row["lww_ts"] = lww
            self.put_row(entity, row)
            self._after_change(entity, current, row)
            self._audit(entity, row, "delete", before, None)
            return self._result(m, "applied", entity, row)

        # put
        if policy == "append_only":
            return self._put_append_only(m, fields, current)
        if entity == "attendance_marks":
            return self._put_attendance(m, fields, current)
        if entity == "marks":
            return self._put_mark(m, fields, current)
        if entity == "server_conflicts":
            if current is None:
                raise Rejected("server_only", "conflict_server_only")
            if set(fields) - RESOLUTION_FIELDS:
                raise Rejected("forbidden", "conflict_resolution_only")
        if entity == "assessments":
            self._check_assessment_term(fields, current)
            check_max_not_below_marks(self, m.id, fields, current)
        if entity == "report_comments":
            self._check_report_comment(m.id, fields, current)
        if entity == "concessions":
            self._check_concession(fields)
        if entity == "guardian_alerts":  # sent once, never undone (server/alerts.py)
            from server.alerts import check_alert_change
            check_alert_change(actor.device_id, fields, current)
        return self._put_lww(m, fields, current)

    # -- rules --------------------------------------------------------------

    @staticmethod
    def _append_only_refusal(entity: str) -> Rejected:
        if entity == "payments":
            return Rejected("append_only", "payment_final")
        if entity == "payment_cancellations":
            return Rejected("append_only", "cancellation_final")
        return Rejected("append_only", "record_final", record=HUMAN[entity])

    def _check_scope(self, entity: str, row: Mapping[str, Any]) -> None:
        if not self.actor.section_limited or entity not in SECTION_SCOPED:
            return
        section = _row_section(self, entity, row)
        if section not in self.actor.sections:
            raise Rejected("out_of_scope", "out_of_scope", record=HUMAN[entity])

    def _check_refs(self, entity: str, row: Mapping[str, Any]) -> None:
        rows, present = self.rows, self.present
        for name, target in REF_FIELDS[entity]:
            value = row.get(name)
            if value is None:
                continue
            ref = (target, value)
            if ref not in present and rows.get(ref) is None:
                self.load(target, [value])
                if self.rows.get((target, value)) is None:
                    raise Rejected("unknown_reference", "unknown_reference",
                                   target=HUMAN[target], record=HUMAN[entity], field=name)

    def _check_unique(self, entity: str, row: Mapping[str, Any]) -> None:
        if row.get("deleted"):
            return
        for key in UNIQUE_KEYS.get(entity, ()):
            values = tuple(row.get(k) for k in key)
            if entity != "schools":
                self.load_key(entity, key, values)
            holder = self.keys.get((entity, key, values))
            if holder is not None and holder != row["id"]:
                raise self._duplicate_refusal(entity, key, values)

    @staticmethod
    def _duplicate_refusal(entity: str, key: tuple[str, ...], values: tuple) -> Rejected:
        if entity == "payments":
            return Rejected("duplicate", "receipt_no_taken", receipt_no=values[0])
        if entity == "payment_cancellations":
            return Rejected("duplicate", "payment_already_cancelled")
        if entity == "students":
            return Rejected("duplicate", "admission_no_taken", admission_no=values[0])
        if entity == "users":
            return Rejected("duplicate", "username_taken", username=values[0])
        if entity == "guardian_alerts":
            return Rejected("duplicate", "alert_already_queued")
        described = ", ".join(f"{k}={v}" for k, v in zip(key, values, strict=True))
        return Rejected("duplicate", "duplicate_key", record=HUMAN[entity], values=described)

    def _school_tz(self) -> dt.tzinfo:
        try:
            return zoneinfo.ZoneInfo(self.school.get("time_zone") or "UTC")
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return dt.UTC

    def _check_edit_window(self, row: Mapping[str, Any]) -> None:
        if self.actor.role != "teacher":
            return
        days = int(self.school.get("attendance_edit_days") or 0)
        oldest = self._oldest_editable
        if oldest is None:
            today = dt.datetime.now(self._school_tz()).date()
            oldest = self._oldest_editable = (today - dt.timedelta(days=days)).isoformat()
        if str(row.get("date")) < oldest:
            raise Rejected("edit_window_closed", "edit_window_closed", days=days)

    def _school_date(self, wire_datetime: str) -> str:
        """The school's calendar day (its time zone) of a wire datetime, as ``YYYY-MM-DD``."""
        return parse_datetime(wire_datetime).replace(tzinfo=dt.UTC).astimezone(self._school_tz()).date().isoformat()

    def _check_school_day(self, date: str) -> None:
        """No attendance on a weekend day of the school, nor a holiday or closed day of its calendar."""
        if date in self._open_days:
            return
        weekend = self._weekend
        if date in weekend:
            reason = weekend[date]
        else:
            reason = weekend[date] = weekend_refusal(date, self.school.get("weekend_days"))
        if reason:
            day = dt.date.fromisoformat(date)
            raise Rejected("school_closed", "weekend_day", weekday=day.strftime("%A"), date=day.isoformat())
        key = ("school_calendar", ("date",), (date,))
        self.load_key(*key)
        day = self.rows.get(("school_calendar", self.keys.get(key))) if self.keys.get(key) else None
        if day and not day["deleted"]:
            holiday = day["kind"] == "holiday"
            if day["name"]:
                raise Rejected("school_closed", "holiday_named" if holiday else "closed_day_named",
                               date=date, name=day["name"])
            raise Rejected("school_closed", "holiday" if holiday else "closed_day", date=date)
        self._open_days.add(date)  # until the batch changes the calendar (:meth:`put_row`)

    def _check_entry_open(self, mark: Mapping[str, Any]) -> None:
        assessment = self.rows.get(("assessments", mark.get("assessment_id")))
        term = self.rows.get(("terms", assessment["term_id"])) if assessment else None
        if term is not None and term.get("published"):
            raise Rejected("entry_closed", "term_published_marks", term=term["name"])
        if self.actor.role in ("principal", "admin"):
            return
        if term is not None and not term["entry_open"]:
            raise Rejected("entry_closed", "mark_entry_closed", term=term["name"])

    def _check_assessment_term(self, fields: Mapping[str, Any], current: Mapping[str, Any] | None) -> None:
        """An assessment of a published term is frozen; a closed term takes none from a teacher."""
        for term_id in {fields.get("term_id"), (current or {}).get("term_id")} - {None}:
            self.load("terms", [term_id])
            term = self.rows.get(("terms", term_id))
            if term is not None and term.get("published"):
                raise Rejected("entry_closed", "term_published_assessments", term=term["name"])
            if term is not None and not term["entry_open"] and self.actor.role == "teacher":
                raise Rejected("entry_closed", "mark_entry_closed", term=term["name"])

    def _check_concession(self, fields: Mapping[str, Any]) -> None:
        """A concession is granted by the principal or the admin, who is named as its approver."""
        if self.actor.role not in ("principal", "admin"):
            raise Rejected("forbidden", "concession_granted_by")
        if "approved_by" in fields and fields["approved_by"] not in (None, self.actor.user_id):
            raise Rejected("forbidden", "concession_approver")

    def _check_report_comment(self, row_id: str, fields: Mapping[str, Any],
                              current: Mapping[str, Any] | None) -> None:
        """The teacher's comment is the teachers', the principal's the principal's; a published term is frozen."""
        row = {**(current or {}), **fields}
        if row.get("kind") == "principal" and self.actor.role not in ("principal", "admin"):
            raise Rejected("forbidden", "principal_comment_only")
        if current is not None and fields.get("kind", current["kind"]) != current["kind"]:
            raise Rejected("forbidden", "comment_kind_fixed")
        expected = report_comment_id(row.get("student_id") or "", row.get("term_id") or "", row.get("kind") or "")
        if current is None and row_id != expected:
            raise Rejected("invalid_id", "comment_id_derived")
        term_id = row.get("term_id")
        if term_id:
            self.load("terms", [term_id])
            term = self.rows.get(("terms", term_id))
            if term is not None and term.get("published"):
                raise Rejected("entry_closed", "term_published_report_cards", term=term["name"])

    def _complete(self, entity: str, fields: dict[str, Any], row_id: str) -> dict[str, Any]:
        # (Checked fields are the protocol's names: all of them, or see which are missing.)
        missing = _REQUIRED[entity].difference(fields) if len(fields) != _FIELD_COUNT[entity] else None
        if missing:
            raise Rejected("invalid_fields", "missing_fields", record=HUMAN[entity], fields=", ".join(sorted(missing)))
        return {"id": row_id, **fields, "school_id": self.actor.school_id, "deleted": False, "version": 0,
                "lww_ts": None}

    def _after_change(self, entity: str, before: Mapping[str, Any] | None, row: Mapping[str, Any]) -> None:
        """Side effects on scope: a student joining a section must reach that section's teachers."""
        if entity == "enrollments":
            self.load("students", [row["student_id"]])
            self.touch("students", row["student_id"])

    def _audit(self, entity: str, row: Mapping[str, Any], action: str, before: Any, after: Any) -> None:
        if entity not in AUDITED:
            return
        entry = {
            "id": new_id(), "school_id": self.actor.school_id, "at": _now(), "user_id": self.actor.user_id,
            "device_id": self.actor.device_id, "entity": entity, "row_id": row["id"], "action": action,
            "before": before, "after": after, "deleted": False, "version": 0, "lww_ts": None,
        }
        self.rows[("audit_log", entry["id"])] = None
        self.put_row("audit_log", entry)

    # -- policies -----------------------------------------------------------

    def _put_lww(self, m: Mut, fields: dict[str, Any], current: dict[str, Any] | None) -> dict[str, Any]:
        entity = m.entity
        if current is None:
            row = self._complete(entity, fields, m.id)
            row["lww_ts"] = {name: m.client_ts for name in fields}
            self._validate_row(entity, row)
            self.put_row(entity, row)
            self._after_change(entity, None, row)
            self._audit(entity, row, "create", None, _wire(entity, row))
            return self._result(m, "applied", entity, row)
        self._check_scope(entity, current)
        lww = dict(current.get("lww_ts") or {})
        won = {}
        lost = []
        for name, value in fields.items():
            if lww.get(name, "") <= m.client_ts:
                won[name] = value
            elif current.get(name) != value:  # the same value written later elsewhere loses nothing
                lost.append(name)
        revive = bool(current["deleted"]) and lww.get("$deleted", "") <= m.client_ts
        changed = {k: v for k, v in won.items() if current.get(k) != v}
        if not changed and not revive:
            status = "applied" if not lost else "superseded"
            return self._result(m, status, entity, current, "" if not lost else self._lost_reason(lost))
        row = dict(current, **won)
        if revive:
            row["deleted"] = False
        for name in won:
            lww[name] = m.client_ts
        row["lww_ts"] = lww
        self._validate_row(entity, row)
        before = _wire(entity, current)
        self.put_row(entity, row)
        self._after_change(entity, current, row)
        self._audit(entity, row, "update", before, _wire(entity, row))
        if lost:
            return self._result(m, "merged", entity, row, self._lost_reason(lost))
        return self._result(m, "applied", entity, row)

    @staticmethod
    def _lost_reason(lost: list[str]) -> str:
        return f"A later change to {', '.join(sorted(lost))} was already recorded; yours was kept for the other fields."

    def _validate_row(self, entity: str, row: dict[str, Any]) -> None:
        self._check_scope(entity, row)
        self._check_refs(entity, row)
        self._check_unique(entity, row)

    def _put_append_only(self, m: Mut, fields: dict[str, Any], current: dict[str, Any] | None) -> dict[str, Any]:
        entity = m.entity
        if current is not None:
            if all(current.get(k) == v for k, v in fields.items()):
                return self._result(m, "applied", entity, current)
            raise self._append_only_refusal(entity)
        row = self._complete(entity, fields, m.id)
        if entity in ("payments", "payment_allocations") and row["amount_minor"] <= 0:
            raise Rejected("invalid_fields", "amount_not_positive")
        if entity == "payments" and row["currency"] != self.school.get("currency"):
            raise Rejected("invalid_fields", "wrong_currency",
                           school_currency=self.school.get("currency"), currency=row["currency"])
        self._validate_row(entity, row)
        if entity == "payments":  # a cashier's closed day takes no new payment (app/services/day_book.py)
            key, day = ("date", "device_id", "closed_by"), (row["received_on"], row["device_id"], row["received_by"])
            self.load_keys("cash_closes", key, [day])
            if self.keys.get(("cash_closes", key, day)) is not None:
                raise Rejected("invalid_fields", "cash_closed_payment", date=row["received_on"])
        if entity == "payment_cancellations":  # nor is a payment cancelled on a closed day
            day = self._school_date(row["cancelled_at"])
            key, closed = ("date", "device_id", "closed_by"), (day, row["device_id"], row["cancelled_by"])
            self.load_keys("cash_closes", key, [closed])
            if self.keys.get(("cash_closes", key, closed)) is not None:
                raise Rejected("invalid_fields", "cash_closed_cancellation", date=day)
        if entity == "payment_allocations":
            payment = self.rows.get(("payments", row["payment_id"]))
            invoice = self.rows.get(("invoices", row["invoice_id"]))
            if payment and invoice and payment["student_id"] != invoice["student_id"]:
                raise Rejected("invalid_fields", "allocation_other_student")
        self.put_row(entity, row)
        action = "cancel" if entity == "payment_cancellations" else "create"
        self._audit(entity, row, action, None, _wire(entity, row))
        return self._result(m, "applied", entity, row)

    def _put_attendance(self, m: Mut, fields: dict[str, Any], current: dict[str, Any] | None) -> dict[str, Any]:
        entity = "attendance_marks"
        if "marked_at" not in fields:
            fields = dict(fields, marked_at=m.client_ts)
        if current is not None:
            self._check_scope(entity, current)
            self._check_edit_window(current)
            incoming = dict(current, **fields, deleted=False)
        else:
            incoming = self._complete(entity, fields, m.id)
        self._check_scope(entity, incoming)
        self._check_refs(entity, incoming)
        self._check_edit_window(incoming)
        self._check_school_day(incoming["date"])
        if self._codes is None:
            self.load_all("attendance_codes")
            self._codes = {r["code"]: r for (e, _i), r in self.rows.items()
                           if e == "attendance_codes" and r and not r["deleted"]}
        codes = self._codes
        code = codes.get(incoming["code"])
        if code is None:
            raise Rejected("invalid_fields", "unknown_attendance_code", code=incoming["code"])
        if code["office_only"] and self.actor.role == "teacher":
            raise Rejected("forbidden", "office_only_code", code=code["code"], label=code["label"])
        if current is None or current["deleted"]:
            key = (entity, ("student_id", "date", "period"),
                   (incoming["student_id"], incoming["date"], incoming["period"]))
            self.load_key(*key)
            holder = self.keys.get(key)
            target = self.rows.get((entity, holder)) if holder and holder != m.id else None
        else:
            target = current
        if target is None or (target is current and current is not None and current["deleted"]):
            if current is not None:
                # (A new mark's one natural key was looked up just above: nobody else holds it.)
                self._check_unique(entity, incoming)
            self.put_row(entity, incoming)
            return self._result(m, "applied", entity, incoming)
        # Two marks for one (student, date, period): the latest by corrected time wins.
        self._check_scope(entity, target)
        protected = (
            codes.get(target["code"], {}).get("office_only")
            and self.actor.role == "teacher"
            and not code["office_only"]
        )
        now = self._started
        if now is None:
            now = self._started = _now()
        incoming_rank = (min(incoming["marked_at"], now), incoming["device_id"])
        target_rank = (min(target["marked_at"], now), target["device_id"])
        same_values = all(target.get(k) == incoming.get(k) for k in ("code", "note"))
        if not protected and incoming_rank >= target_rank:
            row = dict(target, **{k: incoming[k] for k in ENTITIES[entity] if k != "school_id"})
            row["id"] = target["id"]
            if not same_values:
                self._history(target, "replaced by a later mark")
            self.put_row(entity, row)
            status = "applied" if target["id"] == m.id else "merged"
            return self._result(m, status, entity, row)
        reason = (
            f"The office recorded {target['code']} for this student; a teacher's mark does not replace it."
            if protected else "A later mark for this student and period was already recorded; it stays."
        )
        if not same_values:
            self._history(dict(incoming, id=target["id"]), "office code kept" if protected else "a later mark won")
        return self._result(m, "superseded", entity, target, reason)

    _MARK_KEY = ("student_id", "date", "period")
    _MARK_FIELDS = len(ENTITIES["attendance_marks"])
    _MARK_REFS = REF_FIELDS["attendance_marks"]

    def _new_mark(self, m: Mut, fields: dict[str, Any]) -> dict[str, Any] | None:
        """A new attendance mark that every rule of :meth:`_put_attendance` lets through as "applied",
        judged from what the batch already knows, or None: the general path then judges it (and
        words a refusal, loads what is missing, or merges with the mark already held).

        The roll call's usual push is hundreds of these: the same checks in one pass (the
        mark does not exist; a complete row; the section in the person's scope; its
        student, section and marker known to exist; the date inside the edit window and
        an open school day; a live code the role may use; nobody holding its student,
        date and period), without the general path's calls for each."""
        rows = self.rows
        row_id = m.id
        if rows.get(("attendance_marks", row_id)) is not None or len(fields) != self._MARK_FIELDS:
            return None
        date = fields["date"]
        if date not in self._open_days:
            return None
        actor = self.actor
        teacher = actor.role == "teacher"
        if actor.section_limited and fields["section_id"] not in actor.sections:
            return None
        if teacher:
            oldest = self._oldest_editable
            if oldest is None or date < oldest:
                return None
        codes = self._codes
        if codes is None:
            return None
        code = codes.get(fields["code"])
        if code is None or (teacher and code["office_only"]):
            return None
        present = self.present
        for name, target in self._MARK_REFS:
            value = fields[name]
            if value is not None and (target, value) not in present and rows.get((target, value)) is None:
                return None
        key = ("attendance_marks", self._MARK_KEY, (fields["student_id"], date, fields["period"]))
        if key not in self.keys_checked:
            return None
        holder = self.keys.get(key)
        if holder is not None and holder != row_id:
            return None
        row = {"id": row_id, **fields, "school_id": actor.school_id, "deleted": False, "version": 0, "lww_ts": None}
        # :meth:`put_row` for a row that was not there: its sequence, its natural key.
        seq = self.next_seq()
        row["version"] = seq
        row_key = ("attendance_marks", row_id)
        self.dirty.setdefault(row_key, False)
        self.change_seq[row_key] = seq
        rows[row_key] = row
        self.keys[key] = row_id
        return {"seq": m.seq, "status": "applied", "version": seq, "reason": "", "row": None}

    def _history(self, mark: Mapping[str, Any], reason: str) -> None:
        entry = {
            "id": new_id(), "school_id": self.actor.school_id, "mark_id": mark["id"],
            **{k: mark[k] for k in ("student_id", "date", "period", "code", "note", "marked_by", "marked_at", "device_id")},
            "reason": reason, "deleted": False, "version": 0, "lww_ts": None,
        }
        self.rows[("attendance_history", entry["id"])] = None
        self.put_row("attendance_history", entry)

    def _put_mark(self, m: Mut, fields: dict[str, Any], current: dict[str, Any] | None) -> dict[str, Any]:
        entity = "marks"
        if "entered_at" not in fields:
            fields = dict(fields, entered_at=m.client_ts)
        if current is not None:
            self._check_scope(entity, current)
            self._check_entry_open(current)
            incoming = dict(current, **fields, deleted=False)
        else:
            incoming = self._complete(entity, fields, m.id)
        self._check_refs(entity, incoming)
        self._check_scope(entity, incoming)
        self._check_entry_open(incoming)
        assessment = self.rows[("assessments", incoming["assessment_id"])]
        assert assessment is not None
        score = incoming.get("score_centi")
        if incoming["status"] == "scored":
            if score is None:
                raise Rejected("invalid_fields", "score_needed")
            if not 0 <= score <= assessment["max_marks_centi"]:
                raise Rejected("invalid_fields", "score_out_of_range",
                               max_marks=f"{assessment['max_marks_centi'] / 100:g}", assessment=assessment["name"])
        if current is None or current["deleted"]:
            key = ("assessment_id", "student_id")
            values = (incoming["assessment_id"], incoming["student_id"])
            self.load_key(entity, key, values)
            holder = self.keys.get((entity, key, values))
            target = self.rows.get((entity, holder)) if holder and holder != m.id else None
        else:
            target = current
        if target is None or target["deleted"]:
            self._check_unique(entity, incoming)
            self.put_row(entity, incoming)
            self._audit(entity, incoming, "create", None, _wire(entity, incoming))
            return self._result(m, "applied", entity, incoming)
        before = _wire(entity, target)
        differs = (target["status"], target.get("score_centi")) != (incoming["status"], incoming.get("score_centi"))
        concurrent = (
            differs
            and target["device_id"] != incoming["device_id"]
            and (target["id"] != m.id or m.base_version != target["version"])
        )
        new_values = {k: incoming[k] for k in ENTITIES[entity] if k != "school_id"}
        if not concurrent:
            row = dict(target, **new_values)
            row["id"] = target["id"]
            if not differs and all(target.get(k) == row.get(k) for k in new_values):
                return self._result(m, "applied" if target["id"] == m.id else "merged", entity, target)
            self.put_row(entity, row)
            self._audit(entity, row, "update", before, _wire(entity, row))
            return self._result(m, "applied" if target["id"] == m.id else "merged", entity, row)
        # Two different marks from the same base: keep the later, raise a conflict.
        incoming_later = (incoming["entered_at"], incoming["device_id"]) >= (target["entered_at"], target["device_id"])
        if incoming_later:
            row = dict(target, **new_values)
            row["id"] = target["id"]
            self.put_row(entity, row)
            self._audit(entity, row, "update", before, _wire(entity, row))
            kept, lost = _wire(entity, row), before
        else:
            row = target
            kept, lost = before, {k: incoming.get(k) for k in ENTITIES[entity]}
        student = self.rows.get(("students", incoming["student_id"])) or {}
        message = (
            f"Two different marks were entered for {student.get('full_name', 'a student')} in "
            f"{assessment['name']}; the later one is kept until someone confirms which is right."
        )
        conflict = {
            "id": new_id(), "school_id": self.actor.school_id, "entity": entity, "row_id": row["id"],
            "section_id": assessment["section_id"], "kind": "marks_conflict", "base_version": m.base_version,
            "kept": kept, "lost": lost, "message": message, "detected_at": _now(), "resolved_at": None,
            "resolved_by": None, "resolution": "", "deleted": False, "version": 0, "lww_ts": None,
        }
        self.rows[("server_conflicts", conflict["id"])] = None
        self.put_row("server_conflicts", conflict)
        result = self._result(m, "conflict", entity, row, message)
        result["conflict_id"] = conflict["id"]
        return result
