"""Why the server refuses a change: one English template per reason, with named holes.

A refusal is raised as ``Rejected(code, key, **args)`` (``server/engine.py``):
``code`` is the machine's kind of refusal (``forbidden``, ``entry_closed`` …),
``key`` names the sentence below, and ``args`` fill its holes. A push result
carries the English sentence in ``reason`` (older clients, logs) and the key
and arguments in ``reason_key`` and ``reason_args``, so a client says the same
sentence in the person's language from its own copy of this catalogue
(``app/sync/reasons.py``; a test keeps the two alike, key for key and hole for
hole). A key is never reused for another meaning: a changed sentence gets a
new key.

Arguments are plain JSON values, named after what they hold, so a client
knows which to translate: ``record``/``target`` the English name of a kind of
record ("attendance mark"), ``role`` a role (``teacher``), ``weekday`` an
English day name, ``date`` an ISO date, ``status`` an alert's status; any
other is the school's data (a term's name, a receipt number) or a number.
"""

from __future__ import annotations

from typing import Any

from app.sync.protocol import FIELD_REASONS

REASONS: dict[str, str] = {
    # What a mutation says by itself.
    "unknown_entity": "This server does not know records of kind '{entity}'.",
    "server_only": "Only the server writes {record} records.",
    "invalid_id": "The record id is not valid (letters, digits and dashes, at most 36).",
    "role_may_not_change": "A user with the role {role} may not change {record} records.",
    "nul_or_nan": "Text may not contain NUL characters, nor numbers NaN or Infinity.",
    "other_school": "This {record} names another school; records can only be written to your own school.",
    "not_a_choice": "{field} must be one of {choices}.",
    "missing_fields": "Missing field(s) for a new {record}: {fields}.",
    # The school itself.
    "no_such_school": "There is no such school here.",
    "school_not_deleted": "A school cannot be deleted through sync.",
    "school_code_fixed": "A school's code cannot be changed.",
    "logo_too_big": "A school logo may be at most {kilobytes} KB.",
    "periods_per_day_range": "The number of periods a day is a whole number from {low} to {high}.",
    "edit_days_range": "The number of days a roll call can still be changed is a whole number from {low} to {high}.",
    "chronic_percent_range": "The chronic-absence threshold is a whole number from {low} to {high}.",
    "weekend_days_invalid": "Weekend days are days of the week (Monday 0 to Sunday 6), each once.",
    "no_school_day": "A school needs at least one day of the week that is not a weekend day.",
    # Records that exist, or not.
    "no_such_record": "There is no such {record} in this school.",
    "unknown_reference": "The {target} this {record} refers to ({field}) does not exist in this school.",
    "out_of_scope": "This {record} belongs to a class you do not teach.",
    # Append-only records.
    "payment_final": "A payment is never changed or deleted; record a cancellation and, if needed, a new payment.",
    "cancellation_final": "A cancellation is final; it cannot be changed or deleted.",
    "record_final": "A {record} is never changed or deleted once recorded.",
    # Duplicates.
    "receipt_no_taken": "Receipt number {receipt_no} is already used by another payment in this school; "
                        "receipt numbers are never reused or renumbered.",
    "payment_already_cancelled": "This payment has already been cancelled.",
    "admission_no_taken": "Admission number {admission_no} is already used by another student.",
    "username_taken": "The username {username} is already taken in this school.",
    "alert_already_queued": "The guardian already has an alert for this day (queued from another device); "
                            "it is sent once.",
    "duplicate_key": "Another {record} already has {values}.",
    "record_clash": "This change clashes with a record the server already has.",
    # Conflicts.
    "conflict_not_deleted": "A conflict is resolved, not deleted.",
    "conflict_server_only": "Conflicts are raised by the server; a device may only resolve one.",
    "conflict_resolution_only": "Only the resolution of a conflict can be changed.",
    # Attendance.
    "edit_window_closed": "Attendance older than {days} days can no longer be changed by a teacher; ask the office.",
    "weekend_day": "{weekday} {date} is a weekend day at this school: no attendance is taken.",
    "holiday": "{date} is a holiday: no attendance is taken.",
    "holiday_named": "{date} is a holiday ({name}): no attendance is taken.",
    "closed_day": "{date} is a day the school is closed: no attendance is taken.",
    "closed_day_named": "{date} is a day the school is closed ({name}): no attendance is taken.",
    "unknown_attendance_code": "'{code}' is not one of this school's attendance codes.",
    "office_only_code": "Only the office may record the code {code} ({label}).",
    # Marks, assessments, report cards.
    "term_published_marks": "{term} is published; its marks and results are frozen.",
    "term_published_assessments": "{term} is published; its assessments and results are frozen.",
    "term_published_report_cards": "{term} is published; its report cards are frozen.",
    "mark_entry_closed": "Mark entry for {term} is closed; ask the principal to reopen it.",
    "score_needed": "A scored mark needs a score.",
    "score_out_of_range": "The score must be between 0 and {max_marks} for {assessment}.",
    "max_below_marks": "{assessment} already has {count} mark(s) above {max_marks} (the highest, {top}, "
                       "is {student}'s): correct those marks before lowering the maximum.",  # server/rules_marks.py
    "principal_comment_only": "Only the principal writes the principal's comment on a report card.",
    "comment_kind_fixed": "A comment cannot change from the teacher's to the principal's.",
    "comment_id_derived": "A report comment's id must be derived from its student, term and kind.",
    # Fees and money.
    "concession_granted_by": "Only the principal or the admin grants a concession.",
    "concession_approver": "A concession names as its approver the person who grants it.",
    "amount_not_positive": "The amount must be more than zero.",
    "wrong_currency": "This school takes payments in {school_currency}, not {currency}.",
    "cash_closed_payment": "The cash of {date} is closed for this cashier on this device: "
                           "a payment for that day can no longer be taken.",
    "cash_closed_cancellation": "The cash of {date} is closed for this cashier on this device: "
                                "a payment can no longer be cancelled that day.",
    "allocation_other_student": "A payment can only settle invoices of the same student.",
    # Guardian alerts (server/alerts.py).
    "no_such_alert": "There is no such alert.",
    "alert_not_queued": "This alert is {status}; it is not sent again.",
    "alert_sent_by_server": "Only the server records an alert as sent or failed.",
    "alert_already_sent": "This alert was already sent to the guardian ({sent_at} UTC); "
                          "it can no longer be changed or cancelled.",
    # A field that does not fit its type (``app.sync.protocol.valid_fields``).
    **FIELD_REASONS,
}


def english(key: str, args: dict[str, Any]) -> str:
    """The English sentence of refusal ``key`` with ``args`` in its holes."""
    return REASONS[key].format(**args)
