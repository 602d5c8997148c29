"""Convergence under random histories (issue 5): hypothesis drives four devices.

A teacher, a second teacher, the office and the principal work offline on one
school: attendance marks, marks, payments, cancellations and roster edits, in
random order, with random syncs through a fault-injecting proxy each and
random restarts of the real server. At the end, with the faults switched off
and no new writes, everyone syncs until quiet, and then:

* every device's replica has the server's count and checksum per entity in
  its scope;
* every payment taken anywhere is on the server exactly once, receipt numbers
  are unique, and every balance is invoices minus (payments − cancellations);
* every attendance mark, mark and roster edit is present, or superseded by the
  documented rule: the latest by clock-corrected time wins.

The histories are seeded (``derandomize``), and bounded in number and length.
What a run did is summed up in ``STATS`` and printed at the end (``-s``).
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule, run_state_machine_as_test

from app.services import outbox
from app.services.attendance import MarkEntry, mark_attendance
from app.services.fees import cancel_payment, record_payment, student_balance
from app.services.grades import MarkValue, record_marks
from app.storage.models import AttendanceMark, Mark, Payment, Student
from tests.support.postgres import postgres_cluster  # noqa: F401  (session fixture)
from tests.sync.conftest import Device, build_server_school
from tests.sync.faulty_proxy import FaultyProxy

TODAY = dt.date.today()
FAULT_RATES = {"drop_before": 0.03, "drop_after": 0.04, "cut_response": 0.02, "truncate": 0.02,
               "duplicate": 0.03, "delay": 0.03, "status_500": 0.02, "status_502": 0.01,
               "status_503": 0.02, "status_429": 0.02}
STATS: Counter[str] = Counter()


def make_machine(live, root):
    class Convergence(RuleBasedStateMachine):
        @initialize(seed=st.integers(0, 2**16))
        def start(self, seed):
            STATS["histories"] += 1
            self.school = build_server_school(live)
            self.ids = self.school.ids
            self.proxies = {}
            self.devices = {}
            for name in ("teacher1", "teacher2", "office", "principal"):
                proxy = FaultyProxy(live.base, seed=seed + len(self.proxies), rates=FAULT_RATES).__enter__()
                proxy.enabled = False  # sign-in goes through cleanly
                self.proxies[name] = proxy
                self.devices[name] = Device(root / f"h{STATS['histories']}-{name}", self.school, name,
                                            base_url=proxy.url, max_attempts=3)
                proxy.enabled = True
            self.receipts: set[str] = set()
            self.attendance_writes: dict[tuple, list] = {}
            self.mark_writes: dict[str, list] = {}
            self.names: dict[str, str] = {}
            self.cancelled: set[str] = set()
            self.rng = random.Random(seed)

        def teardown(self):
            for name, proxy in getattr(self, "proxies", {}).items():
                STATS["faults"] += sum(n for kind, n in proxy.counts.items() if kind != "ok")
                proxy.__exit__(None, None, None)
                self.devices[name].close()

        # -- the work people do, offline ------------------------------------

        @rule(who=st.sampled_from(["teacher1", "teacher2", "principal"]), student=st.integers(1, 6),
              days_ago=st.integers(0, 5), code=st.sampled_from(["P", "A", "L"]))
        def take_attendance(self, who, student, days_ago, code):
            section = "sec_a" if student <= 3 else "sec_b"
            if (who, section) in (("teacher1", "sec_b"), ("teacher2", "sec_a")):
                return  # not their class: the screen would not offer it
            day = TODAY - dt.timedelta(days=days_ago)
            sid = self.ids[f"student{student}"]
            device = self.devices[who]
            device.write(mark_attendance, self.ids[section], day, {sid: MarkEntry(code)})
            with device.db.session() as s:  # the write as it stands on the device: its time stamp
                m = s.query(AttendanceMark).filter_by(student_id=sid, date=day, period=0).one()
                self.attendance_writes.setdefault((sid, day.isoformat()), []).append((m.marked_at, m.code))
            STATS["operations"] += 1

        @rule(who=st.sampled_from(["teacher1", "principal"]), student=st.integers(1, 3),
              score=st.integers(0, 5000))
        def enter_mark(self, who, student, score):
            sid = self.ids[f"student{student}"]
            device = self.devices[who]
            device.write(record_marks, self.ids["assess_a"], {sid: MarkValue("scored", score)})
            with device.db.session() as s:
                m = s.query(Mark).filter_by(student_id=sid, assessment_id=self.ids["assess_a"]).one()
                self.mark_writes.setdefault(sid, []).append((m.entered_at, m.score_centi))
            STATS["operations"] += 1

        @rule(student=st.integers(1, 6), amount=st.integers(1, 500_00))
        def take_payment(self, student, amount):
            payment = self.devices["office"].write(record_payment, self.ids[f"student{student}"], amount, "cash")
            assert payment.receipt_no not in self.receipts
            self.receipts.add(payment.receipt_no)
            STATS["operations"] += 1

        @rule(data=st.data())
        def cancel_a_payment(self, data):
            office = self.devices["office"]
            with office.db.session() as s:
                open_ids = sorted(p.id for p in s.query(Payment).filter(Payment.deleted.is_(False)))
            choices = [p for p in open_ids if p not in self.cancelled]
            if not choices:
                return
            payment_id = data.draw(st.sampled_from(choices))
            office.write(cancel_payment, payment_id, "Entered twice")
            self.cancelled.add(payment_id)
            STATS["operations"] += 1

        @rule(student=st.integers(1, 6), name=st.sampled_from(["Amina", "Bilal", "Chidi", "Dalia", "Esteban"]))
        def rename_student(self, student, name):
            principal = self.devices["principal"]
            sid = self.ids[f"student{student}"]
            with principal.clock(), principal.db.write() as s:
                outbox.update(s, principal.actor, s.get(Student, sid), full_name=f"{name} Test")
            self.names[sid] = f"{name} Test"
            STATS["operations"] += 1

        # -- the network and the server --------------------------------------

        @rule(who=st.sampled_from(["teacher1", "teacher2", "office", "principal"]))
        def sync(self, who):
            report = self.devices[who].sync()
            STATS["syncs"] += 1
            STATS["syncs_interrupted"] += 0 if report.ok else 1

        @rule(who=st.lists(st.sampled_from(["teacher1", "teacher2", "office", "principal"]), min_size=2,
                           max_size=4, unique=True))
        def sync_several(self, who):
            for name in who:
                self.sync(name)

        @rule(chance=st.integers(0, 5))
        def restart_server(self, chance):
            if chance:  # a restart is rare (and slow): one draw in six
                return
            live.restart()
            STATS["server_restarts"] += 1

        @invariant()
        def receipts_are_unique_on_the_office_desk(self):
            if not hasattr(self, "devices"):
                return
            office = self.devices["office"]
            with office.db.session() as s:
                numbers = [p.receipt_no for p in s.query(Payment)]
            assert len(numbers) == len(set(numbers))

        # -- the end: quiet, then everyone must agree -------------------------

        def check_converged(self):
            for proxy in self.proxies.values():
                proxy.enabled = False
            for _ in range(3):
                for device in self.devices.values():
                    report = device.sync()
                    assert report.ok, report.describe()
            for name, device in self.devices.items():
                assert device.signed.engine.status.pending == 0, name
                server = device.signed.client.checksums()["entities"]
                local = device.signed.engine.local_checksums(list(server))
                assert {k: (v["count"], v["checksum"]) for k, v in server.items()} == local, name
            principal = self.devices["principal"]
            # Payments: exactly once, unique numbers, right balances everywhere fees are seen.
            payments = principal.rows("payments")
            assert sorted(p["receipt_no"] for p in payments.values()) == sorted(self.receipts)
            for who in ("office", "principal"):
                d = self.devices[who]
                with d.db.session() as s:
                    for i in range(1, 7):
                        sid = self.ids[f"student{i}"]
                        paid = sum(p["amount_minor"] for p in payments.values()
                                   if p["student_id"] == sid and p["id"] not in self.cancelled)
                        assert student_balance(s, sid).due == 1000_00 - paid, (who, i)
            # Attendance, marks, names: the latest by clock-corrected time, as stamped when written.
            got = {(m["student_id"], m["date"].isoformat() if hasattr(m["date"], "isoformat") else m["date"]):
                   m["code"] for m in principal.rows("attendance_marks").values()}
            assert got == {k: max(v)[1] for k, v in self.attendance_writes.items()}
            got_marks = {m["student_id"]: m["score_centi"] for m in principal.rows("marks").values()}
            assert got_marks == {k: max(v)[1] for k, v in self.mark_writes.items()}
            for name in ("principal", "office", "teacher1"):
                students = self.devices[name].rows("students")
                for sid, full_name in self.names.items():
                    if sid in students:
                        assert students[sid]["full_name"] == full_name, name
            STATS["writes_checked"] += (sum(map(len, self.attendance_writes.values()))
                                        + sum(map(len, self.mark_writes.values())) + len(self.receipts)
                                        + len(self.names))

    return Convergence


@pytest.fixture(scope="module")
def backend_url(postgres_cluster) -> str:
    """On PostgreSQL only, the production database: the histories are seeded, so a
    second run on SQLite would replay the same ones at twice the cost."""
    return postgres_cluster.create_database()


def test_devices_converge_under_random_histories_and_faults(live, tmp_path, capsys):
    machine = make_machine(live, tmp_path)
    original_teardown = machine.teardown

    def teardown(self):
        try:
            if hasattr(self, "devices"):
                self.check_converged()
        finally:
            original_teardown(self)

    machine.teardown = teardown
    run_state_machine_as_test(
        machine,
        settings=settings(max_examples=8, stateful_step_count=30, deadline=None, derandomize=True,
                          suppress_health_check=list(HealthCheck), database=None),
    )
    with capsys.disabled():
        print(f"\nconvergence: {dict(STATS)}")
    assert STATS["histories"] >= 8 and STATS["operations"] > 0 and STATS["faults"] > 0
