"""The school's attendance settings are kept in range however they arrive: the admin API and a push alike.

The Setup screen changes them through the admin API, which checks each value;
an admin's computer could also push the school record through the sync. Both
paths go through one rule (``server.engine.school_settings_refusal``), so a
push cannot keep a 0 % chronic-absence threshold, 40 periods a day, or a week
of weekend days that the API refuses.
"""

from __future__ import annotations

import pytest

REFUSED = (
    ({"chronic_absence_percent": 0}, "chronic_percent_range", "The chronic-absence threshold is a whole number "
                                                              "from 1 to 100."),
    ({"attendance_edit_days": -1}, "edit_days_range", "from 0 to 365"),
    ({"periods_per_day": 40}, "periods_per_day_range", "from 1 to 12"),
    ({"weekend_days": [0, 1, 2, 3, 4, 5, 6]}, "no_school_day", "at least one day of the week"),
    ({"weekend_days": [5, 5]}, "weekend_days_invalid", "each once"),
    ({"weekend_days": [7]}, "weekend_days_invalid", "Monday 0 to Sunday 6"),
)


@pytest.mark.parametrize(("fields", "key", "words"), REFUSED)
def test_a_push_cannot_keep_school_settings_the_admin_api_refuses(client, school, fields, key, words):
    admin = school.login(client, "admin")
    before = admin.get("/admin/school").json()

    pushed = admin.push_one("schools", school.id, fields)
    assert pushed["status"] == "rejected", pushed
    assert pushed["reason_key"] == key and words in pushed["reason"], pushed
    answered = admin.patch("/admin/school", fields)
    assert answered.status_code == 422
    assert answered.json()["error"]["message"] == pushed["reason"]  # the same rule, the same words

    assert admin.get("/admin/school").json() == before  # nothing kept either way


def test_settings_in_range_are_kept_through_a_push(client, school):
    admin = school.login(client, "admin")
    pushed = admin.push_one("schools", school.id, {"chronic_absence_percent": 85, "weekend_days": [4, 5],
                                                   "periods_per_day": 12, "attendance_edit_days": 0})
    assert pushed["status"] == "applied", pushed
    row = admin.get("/admin/school").json()
    assert (row["chronic_absence_percent"], row["weekend_days"], row["periods_per_day"],
            row["attendance_edit_days"]) == (85, [4, 5], 12, 0)
