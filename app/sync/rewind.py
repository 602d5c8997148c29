"""The server went back further than this device can help with (issue 5 §4).

When the server is restored from an older backup, the engine sends again
every change of this device that the server had accepted after the backup
(``sent_log``, see ``SyncEngine._requeue_lost``). But ``sent_log`` keeps
only ``SENT_KEEP_DAYS`` days: a backup older than that lost changes the
device can no longer send. Nothing must be dropped silently, so this module
counts the records this file holds at versions the restored server no longer
has and that no kept ``sent_log`` entry covers, logs a warning and keeps a
note in ``sync_meta`` from which the sync status says it in words.
"""

from __future__ import annotations

import json
import logging
import sqlite3

from app.services.context import QT_TRANSLATE_NOOP, Sentence
from app.storage.models import SENT_KEEP_DAYS, SYNCED_TABLES

log = logging.getLogger(__name__)

# sync_meta key: ``{"records": n, "server_seq": s}`` after a rewind beyond the sent log.
REWIND_BEYOND_LOG_KEY = "server_rewound_beyond_sent_log"


def lost_beyond_sent_log(conn: sqlite3.Connection, server_seq: int) -> Sentence | None:
    """After a rewind to ``server_seq``: what this device cannot send again, in words (None when nothing).

    ``sent_log`` covers this device's changes from its oldest kept entry on;
    entries older than that were pruned. The rewind goes beyond the log when
    entries were pruned, the server's sequence is below the oldest kept
    entry's version, and this file holds records changed on the server in
    between (versions above ``server_seq`` and below that entry's): the server
    lost them, and whichever of them this device made cannot be sent again.
    Call it inside the write transaction that re-queues the kept entries.
    """
    oldest = conn.execute(
        "SELECT seq, version FROM sent_log WHERE version IS NOT NULL ORDER BY seq LIMIT 1").fetchone()
    top = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'outbox'").fetchone()
    newest_seq = top[0] if top else 0
    below = oldest[0] if oldest else newest_seq + 1
    accounted = conn.execute(
        "SELECT count(*) FROM (SELECT seq FROM sent_log WHERE seq < ?1 UNION SELECT seq FROM outbox WHERE seq < ?1 "
        "UNION SELECT seq FROM rejected_changes WHERE seq < ?1)", (below,)).fetchone()[0]
    if accounted >= below - 1:
        return None  # nothing was pruned: the kept log covers every change this device sent
    covered_from = oldest[1] if oldest else None
    missing = 0
    for entity in SYNCED_TABLES:
        sql = f'SELECT count(*) FROM "{entity}" WHERE version > ?'
        args: tuple = (server_seq,)
        if covered_from is not None:
            sql += " AND version < ?"
            args += (covered_from,)
        missing += conn.execute(sql, args).fetchone()[0]
    if not missing:
        return None
    conn.execute(
        "INSERT INTO sync_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (REWIND_BEYOND_LOG_KEY, json.dumps({"records": missing, "server_seq": server_seq})),
    )
    sentence = _sentence(missing)
    log.warning("The server was restored from a backup older than this device's sent log covers "
                "(server at %d, log from %s): %s", server_seq, covered_from, sentence)
    return sentence


def rewind_warning(meta: dict[str, str]) -> Sentence | None:
    """The warning kept in ``sync_meta`` (see :data:`REWIND_BEYOND_LOG_KEY`), in words, or None."""
    raw = meta.get(REWIND_BEYOND_LOG_KEY)
    if not raw:
        return None
    try:
        return _sentence(int(json.loads(raw)["records"]))
    except (ValueError, KeyError, TypeError):
        return None


def _sentence(records: int) -> Sentence:
    return Sentence(QT_TRANSLATE_NOOP(
        "Sync", "The school's server was put back to an older backup, from before the last {days} days of "
        "changes this computer keeps to send again. {records} record(s) changed before that are no longer on "
        "the server, and those made on this computer cannot be sent again from here: ask your school's "
        "administrator to restore the server from a newer backup, or enter them again."),
        days=SENT_KEEP_DAYS, records=records)
