"""figures the dashboard reads, kept up to date as rows are written

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23

Small tables that SQLite triggers keep equal to sums of the raw rows, so the
dashboard adds up a few thousand rows instead of hundreds of thousands. A
trigger fires for every write, whoever makes it: the services (through the
ORM) and the sync engine (its bulk upserts, tombstones and deletes) alike.

* ``agg_attendance_days``: marks not deleted per (day, section, daily or
  per-period, code).
* ``agg_attendance_weeks``: daily marks not deleted per (week — its Monday —,
  section, student, code).
* ``agg_invoices``: per invoice not deleted, what its lines bill, what its
  concessions take off, and what allocations of payments neither deleted nor
  cancelled settle (recomputed from the raw rows for each invoice a write
  touches).
* ``agg_payment_days``: payments neither deleted nor cancelled, counted and
  added up per (day received, currency, mode) (recomputed likewise).
* ``agg_term_results``: one section's results of one term as the dashboard
  reads them (JSON), written by the dashboard from the results rules; a
  trigger deletes the rows a write makes stale, and a missing row is computed
  again when it is next wanted.
* ``agg_writes``: how many writes each table the dashboard reads has had
  (the dashboard keeps a figure while the counts of what it read are the same).
* ``agg_state``: ``stale`` while the tables above are not to be trusted.

While a first download has left its indexes out (the ``deferred_indexes``
key of ``sync_meta``), the triggers do nothing and the tables are marked
stale: the download rebuilds them once at its end
(``app.storage.aggregates.rebuild``), and until then every figure is counted
from the raw rows.

This migration fills the tables for the rows already in the file.
"""

from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

# The triggers keep the tables only while no first download is running.
ON = "NOT EXISTS (SELECT 1 FROM sync_meta WHERE key = 'deferred_indexes')"

WEEK = "date({d}, '-6 days', 'weekday 1')"  # the Monday on or before a day


def _attendance_add(row: str) -> str:
    return (
        f"INSERT INTO agg_attendance_days (date, section_id, by_period, code, marks) "
        f"SELECT {row}.date, {row}.section_id, {row}.period > 0, {row}.code, 1 WHERE {row}.deleted = 0 "
        f"ON CONFLICT (date, section_id, by_period, code) DO UPDATE SET marks = marks + 1;\n"
        f"INSERT INTO agg_attendance_weeks (week, section_id, student_id, code, marks) "
        f"SELECT {WEEK.format(d=row + '.date')}, {row}.section_id, {row}.student_id, {row}.code, 1 "
        f"WHERE {row}.deleted = 0 AND {row}.period = 0 "
        f"ON CONFLICT (week, section_id, student_id, code) DO UPDATE SET marks = marks + 1;\n"
    )


def _attendance_take(row: str) -> str:
    return (
        f"UPDATE agg_attendance_days SET marks = marks - 1 WHERE {row}.deleted = 0 AND date = {row}.date "
        f"AND section_id = {row}.section_id AND by_period = ({row}.period > 0) AND code = {row}.code;\n"
        f"UPDATE agg_attendance_weeks SET marks = marks - 1 WHERE {row}.deleted = 0 AND {row}.period = 0 "
        f"AND week = {WEEK.format(d=row + '.date')} AND section_id = {row}.section_id "
        f"AND student_id = {row}.student_id AND code = {row}.code;\n"
    )


def _invoices(ids: str) -> str:
    """Recompute the rows of the invoices whose ids ``ids`` (a list or a select) gives."""
    return (
        f"DELETE FROM agg_invoices WHERE invoice_id IN ({ids});\n"
        f"INSERT INTO agg_invoices (invoice_id, student_id, term_id, due_on, billed, conceded, settled) "
        f"SELECT i.id, i.student_id, i.term_id, i.due_on, "
        f"(SELECT coalesce(sum(l.amount_minor), 0) FROM invoice_lines l WHERE l.invoice_id = i.id AND l.deleted = 0), "
        f"(SELECT coalesce(sum(c.amount_minor), 0) FROM concessions c WHERE c.invoice_id = i.id AND c.deleted = 0), "
        f"(SELECT coalesce(sum(a.amount_minor), 0) FROM payment_allocations a JOIN payments p ON p.id = a.payment_id "
        f"WHERE a.invoice_id = i.id AND a.deleted = 0 AND p.deleted = 0 AND NOT EXISTS "
        f"(SELECT 1 FROM payment_cancellations x WHERE x.payment_id = p.id AND x.deleted = 0)) "
        f"FROM invoices i WHERE i.id IN ({ids}) AND i.deleted = 0;\n"
    )


def _payment_days(keys: str) -> str:
    """Recompute the (day, currency, mode) rows that ``keys`` (a select of the three) gives."""
    return (
        f"DELETE FROM agg_payment_days WHERE (received_on, currency, mode) IN ({keys});\n"
        f"INSERT INTO agg_payment_days (received_on, currency, mode, payments, amount_minor) "
        f"SELECT k.received_on, k.currency, k.mode, count(p.id), coalesce(sum(p.amount_minor), 0) "
        f"FROM ({keys}) k LEFT JOIN payments p ON p.received_on = k.received_on AND p.currency = k.currency "
        f"AND p.mode = k.mode AND p.deleted = 0 AND NOT EXISTS "
        f"(SELECT 1 FROM payment_cancellations x WHERE x.payment_id = p.id AND x.deleted = 0) "
        f"GROUP BY k.received_on, k.currency, k.mode;\n"
    )


def _keys_of(row: str) -> str:
    return f"SELECT {row}.received_on AS received_on, {row}.currency AS currency, {row}.mode AS mode"


def _keys_of_payment(ids: str) -> str:
    return f"SELECT received_on, currency, mode FROM payments WHERE id IN ({ids})"


def _trigger(name: str, when: str, table: str, body: str, condition: str = "") -> str:
    cond = f"{ON} AND ({condition})" if condition else ON
    return f"CREATE TRIGGER {name} AFTER {when} ON {table} WHEN {cond} BEGIN\n{body}END"


def _for_each(prefix: str, table: str, insert: str, update: str, delete: str,
              update_when: str = "") -> list[str]:
    return [
        _trigger(f"{prefix}_insert", "INSERT", table, insert),
        _trigger(f"{prefix}_update", "UPDATE", table, update, update_when),
        _trigger(f"{prefix}_delete", "DELETE", table, delete),
    ]


ATTENDANCE_CHANGED = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in
                                 ("deleted", "code", "date", "section_id", "student_id", "period"))
RESULTS_EVERYTHING = ("terms", "schools", "grade_scales", "subjects", "category_weights", "sections")
STUDENT_SHOWN = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in ("id", "full_name", "admission_no", "deleted"))


# The tables the dashboard reads, whose writes ``agg_writes`` counts.
WATCHED = ("academic_years", "assessments", "attendance_codes", "attendance_marks", "category_weights",
           "concessions", "enrollments", "grade_scales", "invoice_lines", "invoices", "marks",
           "payment_allocations", "payment_cancellations", "payments", "school_calendar", "schools", "sections",
           "students", "subjects", "teaching_assignments", "terms", "users")


def triggers() -> list[str]:
    out = _for_each("agg_attendance_marks", "attendance_marks", _attendance_add("NEW"),
                    _attendance_take("OLD") + _attendance_add("NEW"), _attendance_take("OLD"),
                    ATTENDANCE_CHANGED)
    # Fees: every invoice a write touches, recomputed; and the (day, currency, mode) of every payment.
    out += _for_each("agg_invoices_of_invoices", "invoices", _invoices("NEW.id"), _invoices("OLD.id, NEW.id"),
                     _invoices("OLD.id"))
    for table in ("invoice_lines", "concessions", "payment_allocations"):
        out += _for_each(f"agg_invoices_of_{table}", table, _invoices("NEW.invoice_id"),
                         _invoices("OLD.invoice_id, NEW.invoice_id"), _invoices("OLD.invoice_id"))
    allocated = "SELECT invoice_id FROM payment_allocations WHERE payment_id IN ({})"
    out += _for_each("agg_invoices_of_payments", "payments", _invoices(allocated.format("NEW.id")),
                     _invoices(allocated.format("OLD.id, NEW.id")), _invoices(allocated.format("OLD.id")))
    out += _for_each("agg_invoices_of_payment_cancellations", "payment_cancellations",
                     _invoices(allocated.format("NEW.payment_id")),
                     _invoices(allocated.format("OLD.payment_id, NEW.payment_id")),
                     _invoices(allocated.format("OLD.payment_id")))
    out += _for_each("agg_payment_days_of_payments", "payments", _payment_days(_keys_of("NEW")),
                     _payment_days(f"{_keys_of('OLD')} UNION {_keys_of('NEW')}"), _payment_days(_keys_of("OLD")))
    out += _for_each("agg_payment_days_of_payment_cancellations", "payment_cancellations",
                     _payment_days(_keys_of_payment("NEW.payment_id")),
                     _payment_days(_keys_of_payment("OLD.payment_id, NEW.payment_id")),
                     _payment_days(_keys_of_payment("OLD.payment_id")))
    # Results: the (term, section) rows a write makes stale are deleted.
    of_assessments = ("DELETE FROM agg_term_results WHERE (term_id, section_id) IN "
                      "(SELECT term_id, section_id FROM assessments WHERE id IN ({}));\n")
    out += _for_each("agg_term_results_of_marks", "marks", of_assessments.format("NEW.assessment_id"),
                     of_assessments.format("OLD.assessment_id, NEW.assessment_id"),
                     of_assessments.format("OLD.assessment_id"))
    of_class = ("DELETE FROM agg_term_results WHERE (term_id = {r}.term_id AND section_id = {r}.section_id);\n")
    out += _for_each("agg_term_results_of_assessments", "assessments", of_class.format(r="NEW"),
                     of_class.format(r="OLD") + of_class.format(r="NEW"), of_class.format(r="OLD"))
    of_section = "DELETE FROM agg_term_results WHERE section_id IN ({});\n"
    out += _for_each("agg_term_results_of_enrollments", "enrollments", of_section.format("NEW.section_id"),
                     of_section.format("OLD.section_id, NEW.section_id"), of_section.format("OLD.section_id"))
    of_student = of_section.format("SELECT section_id FROM enrollments WHERE student_id IN ({})")
    out += _for_each("agg_term_results_of_students", "students", of_student.format("NEW.id"),
                     of_student.format("OLD.id, NEW.id"), of_student.format("OLD.id"), STUDENT_SHOWN)
    for table in RESULTS_EVERYTHING:
        out += _for_each(f"agg_term_results_of_{table}", table, "DELETE FROM agg_term_results;\n",
                         "DELETE FROM agg_term_results;\n", "DELETE FROM agg_term_results;\n")
    # Every write to a table the dashboard reads is counted (what tells it a figure must be counted again).
    for table in WATCHED:
        bump = f"UPDATE agg_writes SET writes = writes + 1 WHERE name = '{table}';\n"
        out += _for_each(f"agg_writes_{table}", table, bump, bump, bump)
    # A first download begins: nothing above is kept until it rebuilds them.
    stale = "INSERT OR REPLACE INTO agg_state (key, value) VALUES ('stale', '1');\n"
    for when in ("INSERT", "UPDATE"):
        out.append(f"CREATE TRIGGER agg_stale_on_download_{when.lower()} AFTER {when} ON sync_meta "
                   f"WHEN NEW.key = 'deferred_indexes' BEGIN\n{stale}END")
    return out


# The tables filled from the raw rows (``app.storage.aggregates.FILL`` is the same, for a rebuild).
FILL = [
    "DELETE FROM agg_attendance_days",
    "INSERT INTO agg_attendance_days (date, section_id, by_period, code, marks) "
    "SELECT date, section_id, period > 0, code, count(*) FROM attendance_marks WHERE deleted = 0 "
    "GROUP BY date, section_id, period > 0, code",
    "DELETE FROM agg_attendance_weeks",
    f"INSERT INTO agg_attendance_weeks (week, section_id, student_id, code, marks) "
    f"SELECT {WEEK.format(d='date')} AS week, section_id, student_id, code, count(*) FROM attendance_marks "
    f"WHERE deleted = 0 AND period = 0 GROUP BY week, section_id, student_id, code",
    "DELETE FROM agg_invoices",
    _invoices("SELECT id FROM invoices").split(";\n")[1],
    "DELETE FROM agg_payment_days",
    "INSERT INTO agg_payment_days (received_on, currency, mode, payments, amount_minor) "
    "SELECT p.received_on, p.currency, p.mode, count(*), sum(p.amount_minor) FROM payments p "
    "WHERE p.deleted = 0 AND NOT EXISTS "
    "(SELECT 1 FROM payment_cancellations x WHERE x.payment_id = p.id AND x.deleted = 0) "
    "GROUP BY p.received_on, p.currency, p.mode",
    "DELETE FROM agg_term_results",
    "UPDATE agg_writes SET writes = writes + 1",
    "DELETE FROM agg_state WHERE key = 'stale'",
]


def upgrade() -> None:
    op.create_table(
        'agg_state',
        sa.Column('key', sa.String(length=40), nullable=False),
        sa.Column('value', sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint('key', name=op.f('pk_agg_state')),
    )
    op.create_table(
        'agg_attendance_days',
        sa.Column('date', sa.Date(), nullable=False),
        sa.Column('section_id', sa.String(length=36), nullable=False),
        sa.Column('by_period', sa.Boolean(), nullable=False),
        sa.Column('code', sa.String(length=4), nullable=False),
        sa.Column('marks', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('date', 'section_id', 'by_period', 'code', name=op.f('pk_agg_attendance_days')),
        sqlite_with_rowid=False,
    )
    op.create_table(
        'agg_attendance_weeks',
        sa.Column('week', sa.Date(), nullable=False),
        sa.Column('section_id', sa.String(length=36), nullable=False),
        sa.Column('student_id', sa.String(length=36), nullable=False),
        sa.Column('code', sa.String(length=4), nullable=False),
        sa.Column('marks', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('week', 'section_id', 'student_id', 'code',
                                name=op.f('pk_agg_attendance_weeks')),
        sqlite_with_rowid=False,
    )
    op.create_table(
        'agg_invoices',
        sa.Column('invoice_id', sa.String(length=36), nullable=False),
        sa.Column('student_id', sa.String(length=36), nullable=False),
        sa.Column('term_id', sa.String(length=36), nullable=True),
        sa.Column('due_on', sa.Date(), nullable=False),
        sa.Column('billed', sa.BigInteger(), nullable=False),
        sa.Column('conceded', sa.BigInteger(), nullable=False),
        sa.Column('settled', sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint('invoice_id', name=op.f('pk_agg_invoices')),
    )
    op.create_table(
        'agg_payment_days',
        sa.Column('received_on', sa.Date(), nullable=False),
        sa.Column('currency', sa.String(length=3), nullable=False),
        sa.Column('mode', sa.String(length=16), nullable=False),
        sa.Column('payments', sa.Integer(), nullable=False),
        sa.Column('amount_minor', sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint('received_on', 'currency', 'mode', name=op.f('pk_agg_payment_days')),
        sqlite_with_rowid=False,
    )
    op.create_table(
        'agg_term_results',
        sa.Column('term_id', sa.String(length=36), nullable=False),
        sa.Column('section_id', sa.String(length=36), nullable=False),
        sa.Column('summary', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('term_id', 'section_id', name=op.f('pk_agg_term_results')),
        sqlite_with_rowid=False,
    )
    op.create_table(
        'agg_writes',
        sa.Column('name', sa.String(length=40), nullable=False),
        sa.Column('writes', sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint('name', name=op.f('pk_agg_writes')),
    )
    for table in WATCHED:
        op.execute(f"INSERT INTO agg_writes (name, writes) VALUES ('{table}', 0)")
    # What the invoice triggers look concessions up by.
    with op.batch_alter_table('concessions', schema=None) as batch_op:
        batch_op.create_index('ix_concessions_invoice_id', ['invoice_id'], unique=False)
    for sql in FILL:
        op.execute(sql)
    for sql in triggers():
        op.execute(sql)


def downgrade() -> None:
    conn = op.get_bind()
    for (name,) in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'agg\\_%' ESCAPE '\\'").all():
        op.execute(f'DROP TRIGGER "{name}"')
    with op.batch_alter_table('concessions', schema=None) as batch_op:
        batch_op.drop_index('ix_concessions_invoice_id')
    for table in ('agg_writes', 'agg_term_results', 'agg_payment_days', 'agg_invoices', 'agg_attendance_weeks',
                  'agg_attendance_days', 'agg_state'):
        op.drop_table(table)
