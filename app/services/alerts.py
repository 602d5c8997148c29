"""Absence alerts to guardians: queued with the roll call, sent by the server.

The rule, written once:

* when a student's day is **absent** (the daily mark's kind is ``absent``, or
  in period mode every period marked so far is), one alert is queued for the
  guardian in the same transaction as the marks: an SMS to the guardian's
  phone, or an e-mail when there is no phone; a student with neither is
  reported back to the person, never skipped silently;
* there is never more than one alert per student, day and channel (the table
  is unique on them): marking the student absent again re-queues the same
  alert;
* a correction (the student is no longer absent) **cancels** the alert when
  it comes within :data:`GRACE_PERIOD` of the alert being queued, or when the
  alert has not reached the server yet (it cannot have been sent). After that
  the guardian may already have been told and the alert is left as it is;
* the server sends a queued alert once it is older than the grace period
  (``server.alerts.send_due_alerts``), exactly once, and records it as sent;
  that state comes back to devices by the normal pull.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services import outbox
from app.services.clock import corrected_now
from app.services.context import Actor
from app.storage.models import AttendanceCode, AttendanceMark, GuardianAlert, School, Section, Student

# How long after an absence is marked a correction still stops the alert.
# The server waits as long before sending (``server.alerts.GRACE_PERIOD``).
GRACE_PERIOD = dt.timedelta(minutes=15)

# The message, by the school's language (its locale's language part).
MESSAGES = {
    "en": "{school}: {name} ({section}) was marked absent on {date}. "
          "Please contact the school if you did not expect this.",
    "fr": "{school} : {name} ({section}) a été noté(e) absent(e) le {date}. "
          "Merci de contacter l'école si ce n'était pas prévu.",
    "ar": "{school}: تم تسجيل غياب {name} ({section}) يوم {date}. يرجى الاتصال بالمدرسة إذا كان ذلك غير متوقع.",
    "ur": "{school}: {name} ({section}) کو {date} کو غیر حاضر درج کیا گیا ہے۔ "
          "اگر یہ غیر متوقع ہے تو براہ کرم اسکول سے رابطہ کریں۔",
    "hi": "{school}: {name} ({section}) को {date} को अनुपस्थित दर्ज किया गया है। "
          "यदि यह अप्रत्याशित है तो कृपया विद्यालय से संपर्क करें।",
}


def absence_message(school: School, student: Student, section_name: str, on: dt.date) -> str:
    """The alert's words, in the school's language (English when it has no template yet)."""
    language = (school.locale or "en").split("_")[0].split("-")[0].lower()
    template = MESSAGES.get(language, MESSAGES["en"])
    return template.format(school=school.name, name=student.full_name, section=section_name, date=on.isoformat())


def is_absent_day(kinds: list[str]) -> bool:
    """A day is absent when it has marks and every one of them is of the kind ``absent``."""
    return bool(kinds) and all(k == "absent" for k in kinds)


def update_absence_alerts(
    session: Session, actor: Actor, section_id: str, on: dt.date, student_ids: list[str]
) -> tuple[int, int, list[str]]:
    """Queue, re-queue or cancel the absence alerts of these students for ``on``.

    Runs in the caller's transaction, after the marks are written. Returns
    (alerts queued, alerts cancelled, names of absent students with no
    guardian phone or e-mail).
    """
    if not student_ids:
        return 0, 0, []
    school = session.execute(select(School).where(School.deleted.is_(False))).scalars().first()
    section = session.get(Section, section_id)
    kinds_of = {c.code: c.kind for c in session.execute(select(AttendanceCode)).scalars()}
    kinds: dict[str, list[str]] = {}
    first_mark: dict[str, str] = {}
    for sid, mark_id, _period, code in session.execute(
        select(AttendanceMark.student_id, AttendanceMark.id, AttendanceMark.period, AttendanceMark.code)
        .where(AttendanceMark.date == on, AttendanceMark.student_id.in_(student_ids),
               AttendanceMark.deleted.is_(False))
        .order_by(AttendanceMark.period)
    ):
        kinds.setdefault(sid, []).append(kinds_of.get(code, "present"))
        first_mark.setdefault(sid, mark_id)
    existing: dict[str, list[GuardianAlert]] = {}
    for alert in session.execute(
        select(GuardianAlert).where(
            GuardianAlert.date == on, GuardianAlert.student_id.in_(student_ids), GuardianAlert.deleted.is_(False)
        )
    ).scalars():
        existing.setdefault(alert.student_id, []).append(alert)
    absent_ids = [sid for sid in student_ids if is_absent_day(kinds.get(sid, [])) and not existing.get(sid)]
    students = {
        st.id: st for st in session.execute(select(Student).where(Student.id.in_(absent_ids))).scalars()
    } if absent_ids else {}
    now = corrected_now(session)
    queued = cancelled = 0
    no_contact: list[str] = []
    new_alerts: list[GuardianAlert] = []
    for sid in student_ids:
        alerts = existing.get(sid, [])
        if is_absent_day(kinds.get(sid, [])):
            if any(a.status in ("queued", "sent", "failed") for a in alerts):
                continue  # the guardian is (being) told already: never twice
            if alerts:  # cancelled earlier, absent again: the same alert goes again
                outbox.update(session, actor, alerts[0], status="queued", created_at=now,
                              created_by=actor.user_id, device_id=actor.device_id)
                queued += 1
                continue
            student = students.get(sid)
            if student is None or school is None:
                continue
            if student.guardian_phone.strip():
                channel, recipient = "sms", student.guardian_phone.strip()
            elif student.guardian_email.strip():
                channel, recipient = "email", student.guardian_email.strip()
            else:
                no_contact.append(student.full_name)
                continue
            mark_id = first_mark.get(sid)
            new_alerts.append(
                GuardianAlert(
                    school_id=actor.school_id or school.id,
                    student_id=sid,
                    section_id=section_id,
                    mark_id=mark_id,
                    date=on,
                    channel=channel,
                    recipient=recipient,
                    message=absence_message(school, student, section.name if section else "", on),
                    status="queued",
                    created_at=now,
                    created_by=actor.user_id,
                    device_id=actor.device_id,
                )
            )
            queued += 1
        else:
            for alert in alerts:
                if alert.status != "queued":
                    continue
                if now - alert.created_at <= GRACE_PERIOD or alert.version is None:
                    outbox.update(session, actor, alert, status="cancelled")
                    cancelled += 1
    outbox.insert_many(session, actor, new_alerts)  # the new alerts, with one flush
    return queued, cancelled, no_contact


def alerts_for_day(session: Session, on: dt.date, section_id: str | None = None) -> list[GuardianAlert]:
    """The day's alerts (of one section, or all), for screens that show them."""
    query = select(GuardianAlert).where(GuardianAlert.date == on, GuardianAlert.deleted.is_(False))
    if section_id is not None:
        query = query.where(GuardianAlert.section_id == section_id)
    return list(session.execute(query).scalars())
