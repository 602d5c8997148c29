"""The server keeps the office's money rules as the devices do: who grants a concession,
no cancellation on a closed day, and the same value written twice is no conflict."""

from __future__ import annotations

from tests.server.conftest import now_ts, payment, today, uid


def concession(school, approved_by: str | None) -> dict:
    return {"school_id": school.id, "student_id": school.ids["student1"], "invoice_id": school.ids["invoice"],
            "fee_head_id": None, "kind": "percent", "value": 1000, "amount_minor": 0, "reason": "Sibling",
            "approved_by": approved_by, "granted_on": today()}


def test_only_the_principal_or_admin_grants_a_concession_in_their_own_name(client, school):
    office = school.login(client, "office")
    refused = office.push_one("concessions", uid(), concession(school, school.ids["principal"]))
    assert refused["status"] == "rejected" and refused["code"] == "forbidden"
    assert "principal or the admin" in refused["reason"]
    principal = school.login(client, "principal")
    in_anothers_name = principal.push_one("concessions", uid(), concession(school, school.ids["admin"]))
    assert in_anothers_name["status"] == "rejected" and "approver" in in_anothers_name["reason"]
    granted = principal.push_one("concessions", uid(), concession(school, principal.user_id))
    assert granted["status"] == "applied"


def test_a_payment_is_not_cancelled_on_a_closed_day(client, school):
    office = school.login(client, "office")
    pay_id = uid()
    assert office.push_one("payments", pay_id, payment(school, "student1", "S9-XY-1",
                                                       device=office.device_id))["status"] == "applied"
    close = {"school_id": school.id, "date": today(), "closed_by": office.user_id, "device_id": office.device_id,
             "expected_cash_minor": 50_000, "counted_cash_minor": 50_000, "difference_minor": 0, "note": "",
             "closed_at": now_ts()}
    assert office.push_one("cash_closes", uid(), close)["status"] == "applied"
    cancel = {"school_id": school.id, "payment_id": pay_id, "reason": "Wrong student", "cancelled_by": office.user_id,
              "cancelled_at": now_ts(), "device_id": office.device_id}
    refused = office.push_one("payment_cancellations", uid(), cancel)
    assert refused["status"] == "rejected" and "closed" in refused["reason"]
    # Another cashier, whose day is open, may cancel it.
    other = school.login(client, "office")
    allowed = other.push_one("payment_cancellations", uid(),
                             dict(cancel, cancelled_by=school.ids["principal"], device_id=other.device_id))
    assert allowed["status"] == "applied"


def test_the_same_value_written_later_elsewhere_is_no_conflict(client, school):
    first = school.login(client, "principal")
    second = school.login(client, "admin")
    head = school.ids["fee_head"]
    assert first.push_one("fee_heads", head, {"name": "Tuition fee"}, client_ts=now_ts(10))["status"] == "applied"
    same = second.push_one("fee_heads", head, {"name": "Tuition fee"}, client_ts=now_ts(0))
    assert same["status"] == "applied" and same["reason"] == ""
    different = second.push_one("fee_heads", head, {"name": "School fee"}, client_ts=now_ts(0))
    assert different["status"] == "superseded" and "name" in different["reason"]
