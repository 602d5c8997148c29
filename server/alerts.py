"""Absence alerts to guardians: the server hands queued alerts to a sender, once.

Devices queue a ``guardian_alerts`` row with the roll call (status
``queued``) and may cancel it (``cancelled``) while the grace period runs
(``app.services.alerts``). Here:

* :func:`send_due_alerts` finds queued alerts older than :data:`GRACE_PERIOD`
  and, for each, first *claims* it by recording ``sent`` through the
  server's own change machinery (:func:`server.sync.apply_as_server`, in the
  school's write transaction), then gives it to the sender. A claim succeeds
  only while the alert is still queued (:func:`check_alert_change`), so two
  senders running at once, or one running twice, never send an alert twice.
  If the sender fails, the alert is recorded ``failed`` with the reason in the
  log. Devices see ``sent``/``failed`` by the normal pull.
* an alert whose mark is no longer an absence by the time it is due (the
  office changed it, say) is cancelled instead of sent.
* :func:`check_alert_change` is the rule the push engine applies to every
  change of an alert: only the server records ``sent`` or ``failed``, and a
  device cannot change or cancel an alert that has been sent.

The sender is pluggable (:class:`AlertSender`); :class:`LoggingSender`, the
default, writes the message to the log. ``python -m server send-alerts``
runs one round; ``serve`` runs rounds in a background thread
(:class:`AlertLoop`).
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import Engine, select

from app.sync.protocol import format_datetime, parse_datetime
from server.models import T

log = logging.getLogger(__name__)

#: How long a queued alert waits before it is sent: a correction on the
#: device within this time cancels it (the same as the client's constant).
GRACE_PERIOD = dt.timedelta(minutes=15)
#: The device id the server's own alert changes carry.
SENDER_DEVICE = "alert-sender"
#: Seconds between two rounds of the background sender.
DEFAULT_INTERVAL = 60.0


class AlertSender(Protocol):
    """Delivers one message; raises on failure (the alert is then recorded as failed)."""

    def send(self, channel: str, recipient: str, message: str) -> None: ...


class LoggingSender:
    """The default sender: writes each message to the log (no SMS or e-mail gateway configured)."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str, str]] = []

    def send(self, channel: str, recipient: str, message: str) -> None:
        log.info("Alert by %s to %s: %s", channel, recipient, message)
        self.sent.append((channel, recipient, message))


@dataclass(frozen=True)
class SendReport:
    sent: int = 0
    failed: int = 0
    cancelled: int = 0
    skipped: int = 0  # claimed by someone else, or cancelled in the meantime


def check_alert_change(device_id: str, fields: Mapping[str, Any], current: Mapping[str, Any] | None) -> None:
    """Refuse an alert change that would send twice, or undo a sending (raises ``Rejected``)."""
    from server.engine import Rejected

    status = fields.get("status")
    if device_id == SENDER_DEVICE:
        if current is None or current.get("deleted"):
            raise Rejected("not_found", "no_such_alert")
        wanted_from = {"sent": ("queued",), "cancelled": ("queued",), "failed": ("sent",)}.get(status, ())
        if current.get("status") not in wanted_from:
            raise Rejected("alert_not_queued", "alert_not_queued", status=current.get("status"))
        return
    if status in ("sent", "failed"):
        raise Rejected("forbidden", "alert_sent_by_server")
    if current is not None and current.get("status") in ("sent", "failed"):
        if any(current.get(k) != v for k, v in fields.items()):
            when = current.get("sent_at") or ""
            raise Rejected("alert_sent", "alert_already_sent", sent_at=when[:16].replace("T", " "))


def due_alerts(engine: Engine, now: dt.datetime, grace: dt.timedelta = GRACE_PERIOD) -> list[dict[str, Any]]:
    """Queued alerts of every school whose grace period is over, oldest first."""
    alerts = T["guardian_alerts"]
    cutoff = format_datetime(now - grace)
    with engine.connect() as conn:
        rows = conn.execute(
            select(alerts)
            .where(alerts.c.status == "queued", alerts.c.deleted.is_(False), alerts.c.created_at <= cutoff)
            .order_by(alerts.c.created_at)
        ).mappings().all()
    return [dict(r) for r in rows]


def _still_absent(engine: Engine, alert: Mapping[str, Any]) -> bool:
    """Whether the student's marks that day are still all absences (no marks: trust the alert)."""
    marks, codes = T["attendance_marks"], T["attendance_codes"]
    with engine.connect() as conn:
        kinds = conn.execute(
            select(codes.c.kind)
            .select_from(marks.join(codes, (codes.c.school_id == marks.c.school_id) & (codes.c.code == marks.c.code)))
            .where(marks.c.school_id == alert["school_id"], marks.c.student_id == alert["student_id"],
                   marks.c.date == alert["date"], marks.c.deleted.is_(False), codes.c.deleted.is_(False))
        ).scalars().all()
    return not kinds or all(k == "absent" for k in kinds)


def _record(engine: Engine, alert: Mapping[str, Any], fields: dict[str, Any], now: dt.datetime) -> bool:
    """Write an alert change as the server; whether it was applied."""
    from server.engine import Actor, Mut
    from server.sync import apply_as_server

    actor = Actor(school_id=alert["school_id"], user_id="", role="admin", device_id=SENDER_DEVICE)
    [result] = apply_as_server(
        engine, actor, [Mut(1, "guardian_alerts", alert["id"], "put", fields, None, format_datetime(now))]
    )
    if result["status"] != "applied":
        log.info("Alert %s not changed: %s", alert["id"], result.get("reason", result["status"]))
        return False
    return True


def send_due_alerts(
    engine: Engine, sender: AlertSender, now: dt.datetime | None = None, grace: dt.timedelta = GRACE_PERIOD
) -> SendReport:
    """Send every queued alert past its grace period, exactly once; record sent, failed or cancelled."""
    now = now or dt.datetime.now(dt.UTC)
    if now.tzinfo is None:
        now = now.replace(tzinfo=dt.UTC)
    sent = failed = cancelled = skipped = 0
    for alert in due_alerts(engine, now, grace):
        if not _still_absent(engine, alert):
            if _record(engine, alert, {"status": "cancelled"}, now):
                cancelled += 1
            else:
                skipped += 1
            continue
        # Claim first (committed), then send: a second round or a second
        # sender finds it no longer queued.
        if not _record(engine, alert, {"status": "sent", "sent_at": format_datetime(now)}, now):
            skipped += 1
            continue
        try:
            sender.send(alert["channel"], alert["recipient"], alert["message"])
        except Exception:  # noqa: BLE001 - any sender failure is recorded, the next alert still goes
            log.exception("Sending alert %s by %s failed", alert["id"], alert["channel"])
            _record(engine, alert, {"status": "failed"}, now)
            failed += 1
        else:
            sent += 1
    if sent or failed or cancelled:
        log.info("Guardian alerts: %d sent, %d failed, %d cancelled", sent, failed, cancelled)
    return SendReport(sent, failed, cancelled, skipped)


class AlertLoop:
    """Runs :func:`send_due_alerts` every ``interval`` seconds in a daemon thread, until stopped."""

    def __init__(self, engine: Engine, sender: AlertSender | None = None, interval: float = DEFAULT_INTERVAL):
        self.engine = engine
        self.sender = sender or LoggingSender()
        self.interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="guardian-alerts", daemon=True)

    def start(self) -> AlertLoop:
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._thread.join(timeout)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                send_due_alerts(self.engine, self.sender)
            except Exception:  # noqa: BLE001 - the loop must outlive a bad round (database restarting…)
                log.exception("A round of guardian alerts failed; trying again in %.0f s", self.interval)


def parse_sent_at(value: str | None) -> dt.datetime | None:
    return parse_datetime(value) if value else None
