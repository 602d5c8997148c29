"""The client knows every sentence the server refuses a change with, hole for hole.

The server names each refusal by a key of ``server/reasons.py``; the client
says it from its own copy (``app/sync/reasons.py``), marked for the
translators. A new server sentence without its client template, or a hole
renamed on one side only, fails here rather than reaching a French or Urdu
person in English.
"""

from __future__ import annotations

import datetime as dt

from app.services.context import Message, Sentence
from app.sync.reasons import RECORD_WORDS, REASONS, ROLE_WORDS, STATUS_WORDS, holes, reason_sentence
from server.engine import CHOICES, HUMAN
from server.reasons import REASONS as SERVER_REASONS
from server.reasons import english


def test_the_client_has_every_server_sentence_with_the_same_holes():
    assert set(REASONS) == set(SERVER_REASONS), (
        f"only on the server: {sorted(set(SERVER_REASONS) - set(REASONS))}; "
        f"only on the client: {sorted(set(REASONS) - set(SERVER_REASONS))}")
    for key, template in SERVER_REASONS.items():
        assert sorted(holes(REASONS[key])) == sorted(holes(template)), key
        assert str(REASONS[key]) == template, f"{key}: the English differs"
        assert isinstance(REASONS[key], Message) and REASONS[key].context == "ServerReasons"


def test_every_word_the_server_puts_in_a_hole_has_its_translation():
    assert set(RECORD_WORDS) == set(HUMAN.values())
    assert set(ROLE_WORDS) == set(CHOICES[("users", "role")])
    assert set(STATUS_WORDS) == set(CHOICES[("guardian_alerts", "status")])
    from app.ui.i18n import ROLE_WORDS as UI_ROLE_WORDS

    assert {k: str(v) for k, v in ROLE_WORDS.items()} == {k: str(v) for k, v in UI_ROLE_WORDS.items()}


def test_a_kept_refusal_becomes_a_sentence_whose_english_is_the_servers():
    args = {"weekday": "Friday", "date": "2026-11-27"}
    said = reason_sentence("weekend_day", args, english("weekend_day", args))
    assert isinstance(said, Sentence)
    assert said == "Friday 2026-11-27 is a weekend day at this school: no attendance is taken."
    assert said.arguments["date"] == dt.date(2026, 11, 27)
    assert isinstance(said.arguments["weekday"], Message)
    args = {"role": "teacher", "record": "fee head"}
    said = reason_sentence("role_may_not_change", args, english("role_may_not_change", args))
    assert said == "A user with the role teacher may not change fee head records."  # as the server wrote it
    assert said.arguments["role"] == "Teacher" and isinstance(said.arguments["record"], Message)


def test_a_sentence_this_client_does_not_know_stays_the_servers_english():
    newer = "Attendance is refused during the inspection."
    assert reason_sentence("inspection_day", {}, newer) is newer
    assert reason_sentence("", {}, newer) is newer  # an older server named none
    # Values that do not fit the template (a hole missing, one too many) are not guessed at.
    assert reason_sentence("holiday_named", {"date": "2026-11-27"}, newer) is newer
    assert reason_sentence("holiday", {"date": "2026-11-27", "name": "Eid"}, newer) is newer
