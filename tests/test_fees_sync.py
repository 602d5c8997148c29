"""Fee structures, concessions and late fees end to end: two office computers and the real server.

The server on 127.0.0.1 (SQLite and PostgreSQL), devices signed in to it
(``tests/sync/conftest.py``). Both offices issue the same structure while
offline; after syncing, each student is billed once, everywhere.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select, text

from app.services.fee_structures import (
    LateFeeRule,
    add_fee_head,
    apply_late_fees,
    grant_concession,
    issue_structure,
    set_late_fee_rule,
    set_structure_line,
)
from app.services.fees import student_balance
from app.storage.models import Conflict, RejectedChange
from tests.school import TODAY
from tests.sync.conftest import (  # noqa: F401 - the fixtures of the sync tests
    backend_url,
    devices,
    live,
    memory_keyring,
    postgres_cluster,
    server_school,
)


def problems(device) -> list:
    """Changes the server refused, and conflicts in which a value this device sent was really lost.

    (The server also answers "superseded" when an earlier writer sent the very
    values it already has, as the first office to issue does here; the inbox
    then shows a conflict in which nothing differs. Those are not counted.)
    """
    with device.db.session() as s:
        refused = [r.reason for r in s.execute(select(RejectedChange)).scalars()]
        lost = []
        for c in s.execute(select(Conflict)).scalars():
            server = c.server_value or {}
            differs = {k: v for k, v in (c.local_value or {}).items() if server.get(k) != v}
            if differs:
                lost.append((c.entity, differs))
    return refused + lost


def test_two_offices_issue_the_same_structure_offline_and_each_student_is_billed_once(server_school, devices):
    ids = server_school.ids
    front = devices(server_school, "office")
    back = devices(server_school, "office2")
    head = front.write(add_fee_head, "TRN", "Transport")
    front.write(set_structure_line, ids["term"], 7, head.id, 210_00, TODAY + dt.timedelta(days=10))
    front.sync()
    back.sync()
    # Offline, both issue grade 7's structure (the back office a little later).
    first = front.write(issue_structure, ids["term"], 7)
    second = back.write(issue_structure, ids["term"], 7)
    assert first.invoices == second.invoices == 6 and sorted(first.invoice_ids) == sorted(second.invoice_ids)
    # The later one reaches the server first.
    for d in (back, front, back, front):
        d.sync()
    with server_school.engine.connect() as c:
        billed = c.execute(text(
            "SELECT count(*) FROM invoice_lines WHERE fee_head_id = :h AND deleted = false"), {"h": head.id}).scalar()
        invoices = c.execute(text("SELECT count(*) FROM invoices WHERE school_id = :s"),
                             {"s": server_school.id}).scalar()
    assert billed == 6 and invoices == 12  # six tuition invoices from before, six transport ones
    for d in (front, back):
        assert problems(d) == []
        with d.db.session() as s:
            assert student_balance(s, ids["student1"]).invoiced == 1000_00 + 210_00

    # The principal grants a concession and sets the late-fee rule; both offices charge late fees.
    principal = devices(server_school, "principal")
    with principal.db.session() as s:
        from app.storage.models import Invoice

        tuition = s.execute(select(Invoice.id).where(Invoice.id == ids["invoice2"])).scalar_one()
    principal.write(grant_concession, tuition, "percent", 1000, "Sibling discount")
    principal.write(set_late_fee_rule, LateFeeRule(after_days=7, kind="fixed", value=25_00))
    principal.sync()
    front.sync()
    back.sync()
    charged_front = front.write(apply_late_fees)
    charged_back = back.write(apply_late_fees)
    assert charged_front.invoices == charged_back.invoices == 6  # the tuition invoices, 30 days overdue
    for d in (front, back, front, principal):
        d.sync()
    with server_school.engine.connect() as c:
        late = c.execute(text("SELECT count(*) FROM invoice_lines WHERE kind = 'late_fee' AND school_id = :s"),
                         {"s": server_school.id}).scalar()
    assert late == 6
    for d in (front, back, principal):
        assert problems(d) == [], problems(d)
        with d.db.session() as s:
            b = student_balance(s, ids["student2"])
            assert (b.invoiced, b.concessions) == (1000_00 + 210_00 + 25_00, 100_00)
    with server_school.engine.connect() as c:
        audit = c.execute(text("SELECT count(*) FROM audit_log WHERE entity = 'concessions' AND school_id = :s"),
                          {"s": server_school.id}).scalar()
    assert audit == 1

