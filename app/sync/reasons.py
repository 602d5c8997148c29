"""Why the school's server refused a change, in words the person's language can have.

The server sends each refusal as English (``reason``) and as a key with the
values of its holes (``reason_key``, ``reason_args``; ``server/reasons.py``).
This is the client's copy of that catalogue: the same keys, the same English
templates, marked for the translators under the context ``ServerReasons``
(``tests/test_server_reasons_catalogue.py`` keeps the two alike).

:func:`reason_sentence` makes the kept key and values a :class:`Sentence`
whose English is the server's sentence; the UI says it in the person's
language (``app.ui.i18n.translated``). The values are translated by the name
of their hole, as the server names them:

* ``record``, ``target``: a kind of record in English ("attendance mark");
* ``role``: a role (``teacher``), in the words of the rest of the program;
* ``weekday``: an English day name;
* ``date``: an ISO date, shown in the locale's format;
* ``status``: a guardian alert's status;

any other value is the school's data (a term's name, a receipt number) or a
number and is shown as it is. A key this client does not know (a newer
server), or values that do not fit the template, give back the server's
English sentence.
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Mapping
from typing import Any

from app.services.context import QT_TRANSLATE_NOOP, Message, Sentence

CONTEXT = "ServerReasons"

# The server's refusals (``server/reasons.py``), key for key.
REASONS: dict[str, Message] = {
    # What a mutation says by itself.
    "unknown_entity": QT_TRANSLATE_NOOP("ServerReasons", "This server does not know records of kind '{entity}'."),
    "server_only": QT_TRANSLATE_NOOP("ServerReasons", "Only the server writes {record} records."),
    "invalid_id": QT_TRANSLATE_NOOP(
        "ServerReasons", "The record id is not valid (letters, digits and dashes, at most 36)."),
    "role_may_not_change": QT_TRANSLATE_NOOP(
        "ServerReasons", "A user with the role {role} may not change {record} records."),
    "nul_or_nan": QT_TRANSLATE_NOOP(
        "ServerReasons", "Text may not contain NUL characters, nor numbers NaN or Infinity."),
    "other_school": QT_TRANSLATE_NOOP(
        "ServerReasons", "This {record} names another school; records can only be written to your own school."),
    "not_a_choice": QT_TRANSLATE_NOOP("ServerReasons", "{field} must be one of {choices}."),
    "missing_fields": QT_TRANSLATE_NOOP("ServerReasons", "Missing field(s) for a new {record}: {fields}."),
    # The school itself.
    "no_such_school": QT_TRANSLATE_NOOP("ServerReasons", "There is no such school here."),
    "school_not_deleted": QT_TRANSLATE_NOOP("ServerReasons", "A school cannot be deleted through sync."),
    "school_code_fixed": QT_TRANSLATE_NOOP("ServerReasons", "A school's code cannot be changed."),
    "logo_too_big": QT_TRANSLATE_NOOP("ServerReasons", "A school logo may be at most {kilobytes} KB."),
    "periods_per_day_range": QT_TRANSLATE_NOOP(
        "ServerReasons", "The number of periods a day is a whole number from {low} to {high}."),
    "edit_days_range": QT_TRANSLATE_NOOP(
        "ServerReasons",
        "The number of days a roll call can still be changed is a whole number from {low} to {high}."),
    "chronic_percent_range": QT_TRANSLATE_NOOP(
        "ServerReasons", "The chronic-absence threshold is a whole number from {low} to {high}."),
    "weekend_days_invalid": QT_TRANSLATE_NOOP(
        "ServerReasons", "Weekend days are days of the week (Monday 0 to Sunday 6), each once."),
    "no_school_day": QT_TRANSLATE_NOOP(
        "ServerReasons", "A school needs at least one day of the week that is not a weekend day."),
    # Records that exist, or not.
    "no_such_record": QT_TRANSLATE_NOOP("ServerReasons", "There is no such {record} in this school."),
    "unknown_reference": QT_TRANSLATE_NOOP(
        "ServerReasons", "The {target} this {record} refers to ({field}) does not exist in this school."),
    "out_of_scope": QT_TRANSLATE_NOOP("ServerReasons", "This {record} belongs to a class you do not teach."),
    # Append-only records.
    "payment_final": QT_TRANSLATE_NOOP(
        "ServerReasons",
        "A payment is never changed or deleted; record a cancellation and, if needed, a new payment."),
    "cancellation_final": QT_TRANSLATE_NOOP(
        "ServerReasons", "A cancellation is final; it cannot be changed or deleted."),
    "record_final": QT_TRANSLATE_NOOP("ServerReasons", "A {record} is never changed or deleted once recorded."),
    # Duplicates.
    "receipt_no_taken": QT_TRANSLATE_NOOP(
        "ServerReasons", "Receipt number {receipt_no} is already used by another payment in this school; "
                         "receipt numbers are never reused or renumbered."),
    "payment_already_cancelled": QT_TRANSLATE_NOOP("ServerReasons", "This payment has already been cancelled."),
    "admission_no_taken": QT_TRANSLATE_NOOP(
        "ServerReasons", "Admission number {admission_no} is already used by another student."),
    "username_taken": QT_TRANSLATE_NOOP("ServerReasons", "The username {username} is already taken in this school."),
    "alert_already_queued": QT_TRANSLATE_NOOP(
        "ServerReasons", "The guardian already has an alert for this day (queued from another device); "
                         "it is sent once."),
    "duplicate_key": QT_TRANSLATE_NOOP("ServerReasons", "Another {record} already has {values}."),
    "record_clash": QT_TRANSLATE_NOOP("ServerReasons", "This change clashes with a record the server already has."),
    # Conflicts.
    "conflict_not_deleted": QT_TRANSLATE_NOOP("ServerReasons", "A conflict is resolved, not deleted."),
    "conflict_server_only": QT_TRANSLATE_NOOP(
        "ServerReasons", "Conflicts are raised by the server; a device may only resolve one."),
    "conflict_resolution_only": QT_TRANSLATE_NOOP(
        "ServerReasons", "Only the resolution of a conflict can be changed."),
    # Attendance.
    "edit_window_closed": QT_TRANSLATE_NOOP(
        "ServerReasons", "Attendance older than {days} days can no longer be changed by a teacher; ask the office."),
    "weekend_day": QT_TRANSLATE_NOOP(
        "ServerReasons", "{weekday} {date} is a weekend day at this school: no attendance is taken."),
    "holiday": QT_TRANSLATE_NOOP("ServerReasons", "{date} is a holiday: no attendance is taken."),
    "holiday_named": QT_TRANSLATE_NOOP("ServerReasons", "{date} is a holiday ({name}): no attendance is taken."),
    "closed_day": QT_TRANSLATE_NOOP("ServerReasons", "{date} is a day the school is closed: no attendance is taken."),
    "closed_day_named": QT_TRANSLATE_NOOP(
        "ServerReasons", "{date} is a day the school is closed ({name}): no attendance is taken."),
    "unknown_attendance_code": QT_TRANSLATE_NOOP(
        "ServerReasons", "'{code}' is not one of this school's attendance codes."),
    "office_only_code": QT_TRANSLATE_NOOP("ServerReasons", "Only the office may record the code {code} ({label})."),
    # Marks, assessments, report cards.
    "term_published_marks": QT_TRANSLATE_NOOP(
        "ServerReasons", "{term} is published; its marks and results are frozen."),
    "term_published_assessments": QT_TRANSLATE_NOOP(
        "ServerReasons", "{term} is published; its assessments and results are frozen."),
    "term_published_report_cards": QT_TRANSLATE_NOOP(
        "ServerReasons", "{term} is published; its report cards are frozen."),
    "mark_entry_closed": QT_TRANSLATE_NOOP(
        "ServerReasons", "Mark entry for {term} is closed; ask the principal to reopen it."),
    "score_needed": QT_TRANSLATE_NOOP("ServerReasons", "A scored mark needs a score."),
    "score_out_of_range": QT_TRANSLATE_NOOP(
        "ServerReasons", "The score must be between 0 and {max_marks} for {assessment}."),
    "max_below_marks": QT_TRANSLATE_NOOP(
        "ServerReasons", "{assessment} already has {count} mark(s) above {max_marks} (the highest, {top}, "
                         "is {student}'s): correct those marks before lowering the maximum."),
    "principal_comment_only": QT_TRANSLATE_NOOP(
        "ServerReasons", "Only the principal writes the principal's comment on a report card."),
    "comment_kind_fixed": QT_TRANSLATE_NOOP(
        "ServerReasons", "A comment cannot change from the teacher's to the principal's."),
    "comment_id_derived": QT_TRANSLATE_NOOP(
        "ServerReasons", "A report comment's id must be derived from its student, term and kind."),
    # Fees and money.
    "concession_granted_by": QT_TRANSLATE_NOOP(
        "ServerReasons", "Only the principal or the admin grants a concession."),
    "concession_approver": QT_TRANSLATE_NOOP(
        "ServerReasons", "A concession names as its approver the person who grants it."),
    "amount_not_positive": QT_TRANSLATE_NOOP("ServerReasons", "The amount must be more than zero."),
    "wrong_currency": QT_TRANSLATE_NOOP(
        "ServerReasons", "This school takes payments in {school_currency}, not {currency}."),
    "cash_closed_payment": QT_TRANSLATE_NOOP(
        "ServerReasons", "The cash of {date} is closed for this cashier on this device: "
                         "a payment for that day can no longer be taken."),
    "cash_closed_cancellation": QT_TRANSLATE_NOOP(
        "ServerReasons", "The cash of {date} is closed for this cashier on this device: "
                         "a payment can no longer be cancelled that day."),
    "allocation_other_student": QT_TRANSLATE_NOOP(
        "ServerReasons", "A payment can only settle invoices of the same student."),
    # Guardian alerts.
    "no_such_alert": QT_TRANSLATE_NOOP("ServerReasons", "There is no such alert."),
    "alert_not_queued": QT_TRANSLATE_NOOP("ServerReasons", "This alert is {status}; it is not sent again."),
    "alert_sent_by_server": QT_TRANSLATE_NOOP("ServerReasons", "Only the server records an alert as sent or failed."),
    "alert_already_sent": QT_TRANSLATE_NOOP(
        "ServerReasons", "This alert was already sent to the guardian ({sent_at} UTC); "
                         "it can no longer be changed or cancelled."),
    # A field that does not fit its type (``app.sync.protocol.FIELD_REASONS``).
    "unknown_kind": QT_TRANSLATE_NOOP("ServerReasons", "Unknown kind of record: '{entity}'."),
    "unknown_fields": QT_TRANSLATE_NOOP("ServerReasons", "Unknown field(s) for {entity}: {fields}."),
    "missing_record_fields": QT_TRANSLATE_NOOP(
        "ServerReasons", "Missing field(s) for a new {entity} record: {fields}."),
    "field_empty": QT_TRANSLATE_NOOP("ServerReasons", "{field} may not be empty."),
    "field_type": QT_TRANSLATE_NOOP("ServerReasons", "{field} must be a {kind}, not {value}."),
}

# The kinds of record, as the server names them in its sentences.
RECORD_WORDS: dict[str, Message] = {str(w): w for w in (
    QT_TRANSLATE_NOOP("ServerReasons", "academic year"), QT_TRANSLATE_NOOP("ServerReasons", "assessment"),
    QT_TRANSLATE_NOOP("ServerReasons", "attendance code"),
    QT_TRANSLATE_NOOP("ServerReasons", "attendance history entry"),
    QT_TRANSLATE_NOOP("ServerReasons", "attendance mark"), QT_TRANSLATE_NOOP("ServerReasons", "audit entry"),
    QT_TRANSLATE_NOOP("ServerReasons", "cash close"), QT_TRANSLATE_NOOP("ServerReasons", "category weight"),
    QT_TRANSLATE_NOOP("ServerReasons", "concession"), QT_TRANSLATE_NOOP("ServerReasons", "conflict"),
    QT_TRANSLATE_NOOP("ServerReasons", "enrollment"), QT_TRANSLATE_NOOP("ServerReasons", "fee head"),
    QT_TRANSLATE_NOOP("ServerReasons", "fee structure"), QT_TRANSLATE_NOOP("ServerReasons", "grade scale"),
    QT_TRANSLATE_NOOP("ServerReasons", "guardian alert"), QT_TRANSLATE_NOOP("ServerReasons", "invoice"),
    QT_TRANSLATE_NOOP("ServerReasons", "invoice line"), QT_TRANSLATE_NOOP("ServerReasons", "mark"),
    QT_TRANSLATE_NOOP("ServerReasons", "payment"), QT_TRANSLATE_NOOP("ServerReasons", "payment allocation"),
    QT_TRANSLATE_NOOP("ServerReasons", "payment cancellation"), QT_TRANSLATE_NOOP("ServerReasons", "report comment"),
    QT_TRANSLATE_NOOP("ServerReasons", "school"), QT_TRANSLATE_NOOP("ServerReasons", "school calendar"),
    QT_TRANSLATE_NOOP("ServerReasons", "section"), QT_TRANSLATE_NOOP("ServerReasons", "student"),
    QT_TRANSLATE_NOOP("ServerReasons", "subject"), QT_TRANSLATE_NOOP("ServerReasons", "teaching assignment"),
    QT_TRANSLATE_NOOP("ServerReasons", "term"), QT_TRANSLATE_NOOP("ServerReasons", "user"),
)}

# A role in the words the rest of the program uses: the words ``app.ui.i18n.ROLE_WORDS`` marks
# for the translators (context "Roles"), named here without marking them twice.
ROLE_WORDS: dict[str, Message] = {
    "teacher": Message("Roles", "Teacher"),
    "office": Message("Roles", "Front office"),
    "principal": Message("Roles", "Principal"),
    "admin": Message("Roles", "Admin"),
}

# A guardian alert's status.
STATUS_WORDS: dict[str, Message] = {str(w): w for w in (
    QT_TRANSLATE_NOOP("ServerReasons", "queued"), QT_TRANSLATE_NOOP("ServerReasons", "cancelled"),
    QT_TRANSLATE_NOOP("ServerReasons", "sent"), QT_TRANSLATE_NOOP("ServerReasons", "failed"),
)}


def _weekday(name: str) -> Message | str:
    from app.services.attendance import WEEKDAYS  # the days as the roll call says them

    return next((w for w in WEEKDAYS if str(w) == name), name)


def _date(value: str) -> dt.date | str:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return value


# How a value is said, by the name of its hole.
_VALUE_WORDS = {
    "record": RECORD_WORDS.get, "target": RECORD_WORDS.get, "role": ROLE_WORDS.get,
    "status": STATUS_WORDS.get,
}


def holes(template: str) -> list[str]:
    """The names of a template's holes, in order (``"{a} and {b}"`` → ``["a", "b"]``)."""
    return [name for _text, name, _spec, _conv in string.Formatter().parse(template) if name is not None]


def _value(hole: str, value: Any) -> Any:
    text = "" if value is None else str(value)
    if hole in _VALUE_WORDS:
        return _VALUE_WORDS[hole](text) or text
    if hole == "weekday":
        return _weekday(text)
    if hole == "date":
        return _date(text)
    return text


def reason_sentence(key: str, args: Mapping[str, Any] | None, english: str) -> str:
    """The server's refusal ``key`` with ``args`` as a :class:`Sentence`, or ``english`` if it cannot be one.

    The Sentence's English is the template filled with the values as the
    server sent them, so a log or an export reads what the server said.
    """
    template = REASONS.get(key or "")
    if template is None or not isinstance(args, Mapping):
        return english
    names = holes(template)
    if set(names) != set(args):
        return english
    sentence = Sentence(template, **{name: _value(name, args[name]) for name in names})
    return sentence if str(sentence) == english or not english else _with_english(sentence, english)


def _with_english(sentence: Sentence, english: str) -> Sentence:
    """``sentence`` whose English is exactly what the server sent (a date it wrote its own way, say)."""
    out = str.__new__(Sentence, english)
    out.template = sentence.template
    out.arguments = sentence.arguments
    return out
