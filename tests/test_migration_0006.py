"""Migration 0006: a refused change keeps the key and values of the server's sentence.

A school file at 0005 with changes the server refused (English reasons only)
reaches the head with every refusal kept, its reason unchanged, an empty key
and no values — shown as its English, as before — and a refusal stored after
the upgrade keeps its key and values.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

from sqlalchemy import select

from app.storage import migrate
from app.storage.db import open_school
from app.storage.models import RejectedChange

REASON = "Mark entry for Term 1 is closed; ask the principal to reopen it."


def test_refusals_kept_at_0005_reach_the_head_with_their_english_reason(tmp_path):
    old = tmp_path / "at-0005.daftar"
    migrate._run_upgrade(old, "0005", ())
    conn = sqlite3.connect(old)
    for seq in (1, 2):
        conn.execute(
            "INSERT INTO rejected_changes (id, seq, entity, row_id, op, fields, reason, rejected_at, acknowledged) "
            "VALUES (?, ?, 'marks', ?, 'put', '{\"score_centi\": 2550}', ?, '2026-11-20 09:00:00.000000', ?)",
            (f"rej-{seq}", seq, f"mark-{seq}", REASON, seq == 2),
        )
    conn.commit()
    conn.close()

    migrate.upgrade_school_file(old, tmp_path / "backups")
    assert migrate.current_revision(old) == migrate.head_revision()
    conn = sqlite3.connect(old)
    rows = conn.execute("SELECT id, reason, reason_key, reason_args, acknowledged, fields FROM rejected_changes "
                        "ORDER BY seq").fetchall()
    conn.close()
    assert rows == [("rej-1", REASON, "", "{}", 0, '{"score_centi": 2550}'),
                    ("rej-2", REASON, "", "{}", 1, '{"score_centi": 2550}')]

    db = open_school(old, tmp_path / "backups")
    try:
        with db.write() as s:
            s.add(RejectedChange(seq=3, entity="attendance_marks", row_id="mark-3", op="put", fields={},
                                 reason="2026-11-20 is a holiday (Eid): no attendance is taken.",
                                 reason_key="holiday_named", reason_args={"date": "2026-11-20", "name": "Eid"},
                                 rejected_at=dt.datetime(2026, 11, 20, 9)))
        with db.session() as s:
            kept = {r.id: (r.reason_key, r.reason_args) for r in s.execute(select(RejectedChange)).scalars()}
        assert kept["rej-1"] == ("", {}) and kept["rej-2"] == ("", {})
        [new] = [v for k, v in kept.items() if not k.startswith("rej-")]
        assert new == ("holiday_named", {"date": "2026-11-20", "name": "Eid"})
        assert json.dumps(new[1])
    finally:
        db.close()
