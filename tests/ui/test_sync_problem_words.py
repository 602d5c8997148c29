"""What the status bar says about the last sync's problem while nothing runs."""

from __future__ import annotations

import datetime as dt

from app.sync.status import SyncStatus
from app.ui.sync_status import problem_text


def test_a_problem_the_last_sync_left_is_still_said_while_idle_until_a_good_sync(qapp):
    # As the status is read back from the school file after a restart: idle, with the last sync's words.
    left = SyncStatus(phase="idle", last_error="The school's server was put back to an older backup.")
    assert problem_text(left, work_offline=False, can_sync=True) == left.last_error
    # A good sync clears it (the engine stores an empty last error with the new time).
    cleared = SyncStatus(phase="idle", last_success=dt.datetime(2026, 11, 23, 10, 42), last_error="")
    assert problem_text(cleared, work_offline=False, can_sync=True) == ""
    # Working offline says that instead.
    assert "Working offline" in problem_text(left, work_offline=True, can_sync=True)
