"""The server's own tables.

Synced rows live in one typed table per protocol entity, generated from
:data:`app.sync.protocol.ENTITIES`: every wire field is a column, plus

* ``school_id`` (the tenant; the primary key is ``(school_id, id)``, so one
  school's ids can never reach, or even probe, another school's rows);
* ``version`` (the per-school sequence of the row's last accepted change),
  ``deleted`` (tombstone) and ``lww_ts`` (per-field client timestamps for
  last-writer-wins).

Dates and datetimes are stored as their canonical wire text (``YYYY-MM-DD``
and ``YYYY-MM-DDTHH:MM:SS.ffffffZ``): both sort correctly as text, compare the
same on SQLite and PostgreSQL, and travel without conversion.

Natural keys are unique among live rows of a school (partial unique
indexes), and checked before writing so that a duplicate is a readable
rejection rather than a database error.

``row_changes`` is the pull index: one row per synced row with its latest
per-school sequence, its domain, its section (for teachers' scope) and its
wire JSON, so a pull page is one ordered, indexed, scope-filtered query.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Float,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from app.sync.protocol import ENTITIES

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

#: Natural keys, unique among a school's live rows (``schools.code`` is unique server-wide).
UNIQUE_KEYS: dict[str, tuple[tuple[str, ...], ...]] = {
    "schools": (("code",),),
    "users": (("username",),),
    "sections": (("academic_year_id", "name"),),
    "subjects": (("code",),),
    "teaching_assignments": (("section_id", "subject_id", "teacher_id"),),
    "students": (("admission_no",),),
    "enrollments": (("student_id", "section_id"),),
    "attendance_codes": (("code",),),
    "attendance_marks": (("student_id", "date", "period"),),
    "category_weights": (("subject_id", "category"),),
    "marks": (("assessment_id", "student_id"),),
    "fee_heads": (("code",),),
    "fee_structures": (("term_id", "grade_level", "fee_head_id"),),
    "invoices": (("number",),),
    "payments": (("receipt_no",),),
    "payment_cancellations": (("payment_id",),),
    "school_calendar": (("date",),),
    "guardian_alerts": (("student_id", "date", "channel"),),
    "cash_closes": (("date", "device_id", "closed_by"),),
    "report_comments": (("student_id", "term_id", "kind"),),
}

#: The column order of a natural key's index where it is not the key's own order: the order
#: rows arrive in, so that a day's new rows go to the end of the B-tree instead of into one
#: page per student (a push of 500 attendance marks dirtied ~500 index pages; revision 0004).
UNIQUE_INDEX_ORDER: dict[str, tuple[str, ...]] = {
    "attendance_marks": ("date", "period", "student_id"),
}

#: Extra lookup indexes (after ``school_id``).
LOOKUP_INDEXES: dict[str, tuple[tuple[str, ...], ...]] = {
    "enrollments": (("section_id",),),
    "teaching_assignments": (("teacher_id",),),
    "assessments": (("section_id",),),
    "sections": (("homeroom_teacher_id",),),
    "report_comments": (("section_id", "term_id"),),
}

_TYPES = {
    "str": Text,
    "int": BigInteger,
    "bool": Boolean,
    "date": lambda: String(10),
    "datetime": lambda: String(27),
    "json": JSON,
}


def entity_table(metadata: MetaData, name: str, spec: Mapping[str, str]) -> Table:
    columns: list[Column] = [
        Column("school_id", String(36), nullable=False),
        Column("id", String(36), nullable=False),
    ]
    for field, kind in spec.items():
        if field == "school_id":
            continue
        columns.append(Column(field, _TYPES[kind.rstrip("?")](), nullable=kind.endswith("?")))
    columns += [
        Column("version", BigInteger, nullable=False),
        Column("deleted", Boolean, nullable=False, default=False),
        Column("lww_ts", JSON, nullable=True),
    ]
    table = Table(name, metadata, *columns, PrimaryKeyConstraint("school_id", "id"))
    for key in UNIQUE_KEYS.get(name, ()):
        ordered = UNIQUE_INDEX_ORDER.get(name, key) if set(UNIQUE_INDEX_ORDER.get(name, ())) == set(key) else key
        cols = key if name == "schools" else ("school_id", *ordered)
        Index(
            f"uq_{name}_{'_'.join(key)}",
            *(table.c[c] for c in cols),
            unique=True,
            sqlite_where=table.c.deleted.is_(False),
            postgresql_where=table.c.deleted.is_(False),
        )
    for key in LOOKUP_INDEXES.get(name, ()):
        Index(f"ix_{name}_{'_'.join(key)}", table.c.school_id, *(table.c[c] for c in key))
    return table


def build_metadata(entities: Mapping[str, Mapping[str, str]], device_status: bool = True) -> MetaData:
    """All of the server's tables for a given entity spec (migrations pass a frozen one).

    ``device_status=False`` leaves out the device columns revision 0003 added.
    """
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    for name, spec in entities.items():
        entity_table(metadata, name, spec)

    Table(
        "server_settings", metadata,
        Column("key", String(64), primary_key=True),
        Column("value", Text, nullable=False),
    )
    Table(
        "school_counters", metadata,
        Column("school_id", String(36), primary_key=True),
        Column("last_seq", BigInteger, nullable=False, default=0),
    )
    changes = Table(
        "row_changes", metadata,
        Column("school_id", String(36), nullable=False),
        Column("entity", String(40), nullable=False),
        Column("row_id", String(36), nullable=False),
        Column("seq", BigInteger, nullable=False),
        Column("version", BigInteger, nullable=False),
        Column("deleted", Boolean, nullable=False),
        Column("domain", String(16), nullable=False),
        Column("section_id", String(36), nullable=True),
        Column("data", Text, nullable=False),
        PrimaryKeyConstraint("school_id", "entity", "row_id"),
    )
    # The pull index. On PostgreSQL it also carries the scope columns, so counting what is left
    # to pull (and skipping rows out of scope) is an index-only scan.
    Index("uq_row_changes_school_id_seq", changes.c.school_id, changes.c.seq, unique=True,
          postgresql_include=["entity", "domain", "section_id", "deleted"])
    Table(
        "credentials", metadata,
        Column("school_id", String(36), nullable=False),
        Column("user_id", String(36), nullable=False),
        Column("password_hash", Text, nullable=False),
        Column("updated_at", Float, nullable=False),
        PrimaryKeyConstraint("school_id", "user_id"),
    )
    tokens = Table(
        "refresh_tokens", metadata,
        Column("token_hash", String(64), primary_key=True),
        Column("family_id", String(36), nullable=False),
        Column("school_id", String(36), nullable=False),
        Column("user_id", String(36), nullable=False),
        Column("issued_at", Float, nullable=False),
        Column("expires_at", Float, nullable=False),
        Column("used_at", Float, nullable=True),
        Column("revoked", Boolean, nullable=False, default=False),
    )
    Index("ix_refresh_tokens_family_id", tokens.c.family_id)
    Table(
        "devices", metadata,
        Column("school_id", String(36), nullable=False),
        Column("id", String(36), nullable=False),
        Column("code", String(8), nullable=False),
        Column("name", Text, nullable=False),
        Column("registered_by", String(36), nullable=False),
        Column("registered_at", Float, nullable=False),
        Column("last_seq", BigInteger, nullable=False, default=0),
        # What the device last said about itself (POST /v1/devices/{id}/status, after each sync):
        # when, who was signed in, how many changes were still waiting there.
        *([Column("last_sync_at", Float, nullable=True),
           Column("last_user_id", String(36), nullable=True),
           Column("pending", BigInteger, nullable=True)] if device_status else []),
        PrimaryKeyConstraint("school_id", "id"),
        UniqueConstraint("school_id", "code"),
    )
    # The results of each applied push, kept for replays: one row per batch,
    # covering device sequences first_seq..last_seq (a JSON list of results).
    Table(
        "push_results", metadata,
        Column("school_id", String(36), nullable=False),
        Column("device_id", String(36), nullable=False),
        Column("first_seq", BigInteger, nullable=False),
        Column("last_seq", BigInteger, nullable=False),
        Column("results", Text, nullable=False),
        PrimaryKeyConstraint("school_id", "device_id", "first_seq"),
    )
    Table(
        "login_attempts", metadata,
        Column("key", String(200), primary_key=True),
        Column("window_start", Float, nullable=False),
        Column("failures", Integer, nullable=False),
    )
    return metadata


metadata = build_metadata(ENTITIES)
T = metadata.tables
