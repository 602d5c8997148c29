"""A realistic demo school, as plain rows (issue 2, item 6).

:func:`build_demo_school` makes a whole school year of an international
school in Dubai: staff and sign-in users, sections by grade level, students
from South Asian, Arab, East African and Latin American families, a year of
daily attendance with realistic absence (illness that lasts a few days, a
few chronic absentees, excused days the office enters), a gradebook, and
fees with invoices, concessions, payments and their receipts.

This module is pure: it imports only the standard library, its name lists
(:mod:`app.demo.names`) and :mod:`app.sync.protocol`, because the reference server loads the same demo
school into its own database and may not import the client's models. Rows
are dicts keyed by ``id`` and exactly the entity's wire fields of
:data:`app.sync.protocol.ENTITIES`, with ``datetime.date`` and naive UTC
``datetime.datetime`` values; :mod:`app.demo.load` writes them into a client
school file.

Everything is decided by ``seed`` and ``today``: the same seed and day give
the same names, marks, amounts and even the same row ids. Ids are UUIDv7
strings whose last 48 bits count up (RFC 9562 allows a counter in the random
bits): unique, time-ordered, and inserted in key order, which keeps SQLite's
B-trees sequential.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.demo import names as N
from app.sync.protocol import ENTITIES

DEMO_SCHOOL_CODE = "DEMO"
DEMO_SCHOOL_NAME = "Green Crescent International School"

# The school's offset from UTC: Dubai keeps UTC+4 all year (no daylight saving).
SCHOOL_UTC_OFFSET = dt.timedelta(hours=4)


@dataclass(frozen=True)
class DemoUser:
    """A person who can sign in to the demo school; shown on the welcome screen."""

    username: str
    password: str
    role: str
    full_name: str


# The demo's sign-in users. ``teacher1`` teaches Mathematics and Science in
# three sections and is homeroom teacher of one whose roll call is not taken
# yet today; ``teacher2`` teaches English and Social Studies.
DEMO_USERS: tuple[DemoUser, ...] = (
    DemoUser("teacher1", "teacher1", "teacher", "Farah Siddiqui"),
    DemoUser("teacher2", "teacher2", "teacher", "Daniel Ochieng"),
    DemoUser("office1", "office1", "office", "María Fernández"),
    DemoUser("principal1", "principal1", "principal", "Khalid Al Hashimi"),
    DemoUser("admin1", "admin1", "admin", "Priya Nair"),
)

# The front office devices that took the generated payments: each has its
# own gap-free receipt series ``DEMO-OF1-000001``… The demo school file
# belongs to the first of them.
DEMO_OFFICE_DEVICE_CODES: tuple[str, ...] = ("OF1", "OF2", "OF3")
DEMO_LOCAL_DEVICE_CODE = "OF1"


@dataclass(frozen=True)
class SizeSpec:
    students: int
    divisions: int  # sections per grade level
    school_days: int = 190


# ``large`` makes about 373,000 attendance marks, 10,700 payments and 79,000
# marks: every section takes five subjects, each with a homework, a unit
# test and an exam in the two finished terms and a homework and a test so
# far in the current one (a full year's gradebook, more than the ~20,000
# marks first planned).
SIZES: dict[str, SizeSpec] = {
    "small": SizeSpec(students=300, divisions=1),
    "default": SizeSpec(students=600, divisions=2),
    "large": SizeSpec(students=2000, divisions=6),
}
GRADE_LEVELS = tuple(range(1, 11))
DIVISIONS = "ABCDEFGH"


@dataclass(frozen=True)
class DemoDevice:
    """A device that wrote demo rows (a teacher's laptop, an office desk)."""

    device_id: str
    code: str
    name: str
    username: str


@dataclass
class DemoSchool:
    """A generated school: rows per protocol entity, parents before children.

    ``rows[entity]`` is a list of dicts with ``id`` and exactly the fields of
    ``ENTITIES[entity]``. The other attributes say what the generator meant,
    so that tests (and a curious reader) can check the school file against it.
    """

    size: str
    seed: int
    today: dt.date
    rows: dict[str, list[dict[str, Any]]]
    devices: tuple[DemoDevice, ...]
    school_days: tuple[dt.date, ...]
    # receipt series prefix (``DEMO-OF1``) → last number used
    receipt_series: dict[str, int]
    # student id → "paid" (owes nothing), "partial" (paid part of the last
    # invoice), "overdue" (nothing paid on the last invoice, past its due
    # date) or "unpaid" (nothing paid all year)
    payer_profile: dict[str, str]
    # student id → what the student should owe: invoiced − concessions −
    # (paid − cancelled), in minor units
    expected_balance: dict[str, int]
    chronic_absentees: tuple[str, ...]
    # sections whose roll call for ``today`` is not taken yet
    untaken_today: tuple[str, ...]
    users: tuple[DemoUser, ...] = DEMO_USERS

    @property
    def school_code(self) -> str:
        return DEMO_SCHOOL_CODE

    @property
    def school_id(self) -> str:
        return self.rows["schools"][0]["id"]

    @property
    def local_device(self) -> DemoDevice:
        return next(d for d in self.devices if d.code == DEMO_LOCAL_DEVICE_CODE)

    def __getitem__(self, entity: str) -> list[dict[str, Any]]:
        return self.rows[entity]

    def counts(self) -> dict[str, int]:
        return {entity: len(rows) for entity, rows in self.rows.items()}

    @property
    def total_rows(self) -> int:
        return sum(len(rows) for rows in self.rows.values())


@dataclass
class DemoSummary:
    """What :func:`app.demo.generate_demo_school` made, for a person to read."""

    path: Path
    size: str
    seed: int
    counts: dict[str, int]
    seconds: float
    cancelled_payments: int = 0
    users: tuple[DemoUser, ...] = DEMO_USERS

    @property
    def students(self) -> int:
        return self.counts.get("students", 0)

    @property
    def sections(self) -> int:
        return self.counts.get("sections", 0)

    @property
    def attendance_marks(self) -> int:
        return self.counts.get("attendance_marks", 0)

    @property
    def marks(self) -> int:
        return self.counts.get("marks", 0)

    @property
    def payments(self) -> int:
        return self.counts.get("payments", 0)

    def describe(self) -> str:
        sign_in = ", ".join(f"{u.username}/{u.password} ({u.role})" for u in self.users)
        return "\n".join(
            (
                f"Demo school ({self.size}, seed {self.seed}) written to {self.path}",
                f"  students:         {self.students:,} in {self.sections:,} sections",
                f"  attendance marks: {self.attendance_marks:,}",
                f"  marks:            {self.marks:,} in {self.counts.get('assessments', 0):,} assessments",
                f"  payments:         {self.payments:,} ({self.cancelled_payments:,} cancelled), "
                f"{self.counts.get('invoices', 0):,} invoices",
                f"  made in {self.seconds:.1f} s",
                f"  sign in as {sign_in}",
            )
        )


def school_today() -> dt.date:
    """Today's date where the demo school is (Dubai), whatever this computer's zone."""
    return (dt.datetime.now(dt.UTC) + SCHOOL_UTC_OFFSET).date()


def build_demo_school(size: str = "default", seed: int = 7, today: dt.date | None = None) -> DemoSchool:
    """Make the demo school of ``size`` ("small", "default" or "large").

    ``today`` (default: today in the school's time zone) is the last day of
    the generated school year so far: its roll call is taken in most sections
    but not all.
    """
    if size not in SIZES:
        raise ValueError(f"Unknown demo size {size!r}: choose one of {', '.join(SIZES)}.")
    return _Builder(size, SIZES[size], seed, today or school_today()).build()


# ---------------------------------------------------------------------------
# Ids
# ---------------------------------------------------------------------------


class _Ids:
    """UUIDv7 strings made from the seed: a fixed time and random part, a 48-bit counter.

    The time is midnight UTC of the first day of the school year, so ids made
    later by the app (with the real time) sort after every demo id.
    """

    def __init__(self, seed: int, start: dt.date) -> None:
        rng = random.Random(f"daftar-demo-ids-{seed}")
        millis = int(dt.datetime(start.year, start.month, start.day, tzinfo=dt.UTC).timestamp() * 1000)
        t = f"{millis:012x}"
        rand_a = rng.getrandbits(12)
        variant = 0x8 | rng.getrandbits(2)
        rand_b = rng.getrandbits(12)
        self._prefix = f"{t[:8]}-{t[8:]}-7{rand_a:03x}-{variant:x}{rand_b:03x}-"
        self._n = 0

    def __call__(self) -> str:
        self._n += 1
        return f"{self._prefix}{self._n:012x}"


# ---------------------------------------------------------------------------
# The builder
# ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Student:
    id: str
    index: int
    grade: int
    section: int  # index into the builder's sections
    culture: N.Culture
    family: int
    gender: str
    given: str
    family_name: str
    starts_on: dt.date
    ends_on: dt.date | None
    category: str
    transport: bool
    ability: float
    p_absent: float
    p_late: float
    chronic: bool
    phone_region: str


@dataclass(slots=True)
class _Section:
    id: str
    grade: int
    division: str
    homeroom: str = ""  # user id
    students: list[int] = field(default_factory=list)


@dataclass(slots=True)
class _Staff:
    id: str
    username: str
    full_name: str
    role: str
    device: DemoDevice | None = None


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isascii() and (c.isalnum() or c in " .-")).lower()


def _phone(rng: random.Random, pattern: str) -> str:
    return "".join(str(rng.randint(0, 9)) if c == "#" else c for c in pattern)


def _local(day: dt.date, hour: int, minute: int, second: int = 0) -> dt.datetime:
    """A wall-clock time at the school (minutes past the hour may exceed 59), as naive UTC."""
    midnight = dt.datetime(day.year, day.month, day.day)
    return midnight + dt.timedelta(hours=hour, minutes=minute, seconds=second) - SCHOOL_UTC_OFFSET


class _Builder:
    # Terms, from the first: (school days, one-day holidays at these weekday counts).
    TERM_PLAN = ((70, (12, 40, 41)), (70, (22, 45)), (50, (17,)))
    BREAKS = (15, 10)  # weekdays off after term 1 and after term 2
    TERM3_DAYS_LEFT = 15  # school days of term 3 after today

    def __init__(self, size: str, spec: SizeSpec, seed: int, today: dt.date) -> None:
        self.size = size
        self.spec = spec
        self.seed = seed
        self.today = today
        self.rows: dict[str, list[dict[str, Any]]] = {name: [] for name in ENTITIES}
        self.people = random.Random(f"{seed}-people")
        self.att_rng = random.Random(f"{seed}-attendance")
        self.marks_rng = random.Random(f"{seed}-marks")
        self.fees_rng = random.Random(f"{seed}-fees")

    # -- helpers ----------------------------------------------------------

    def add(self, entity: str, row: dict[str, Any]) -> dict[str, Any]:
        self.rows[entity].append(row)
        return row

    # -- the whole school -------------------------------------------------

    def build(self) -> DemoSchool:
        self._calendar()
        self.new_id = _Ids(self.seed, self.school_days[0])
        self._school()
        self._staff()
        self._sections_and_subjects()
        self._students()
        self._attendance()
        self._gradebook()
        self._fees()
        for entity, rows in self.rows.items():  # a cheap guard against typos in field names
            if rows:
                expected = {"id", *ENTITIES[entity]}
                if set(rows[0]) != expected:
                    raise AssertionError(f"{entity}: {sorted(set(rows[0]) ^ expected)}")
        return DemoSchool(
            size=self.size,
            seed=self.seed,
            today=self.today,
            rows=self.rows,
            devices=tuple(self.devices),
            school_days=tuple(self.school_days),
            receipt_series=self.receipt_series,
            payer_profile=self.payer_profile,
            expected_balance=self.expected_balance,
            chronic_absentees=tuple(s.id for s in self.students if s.chronic),
            untaken_today=tuple(self.untaken_today),
        )

    # -- calendar ---------------------------------------------------------

    def _calendar(self) -> None:
        """190 school days ending today (or the last weekday before it), in three terms."""
        one = dt.timedelta(days=1)
        last = self.today
        while last.weekday() >= 5:  # Saturday and Sunday: the UAE weekend
            last -= one
        terms_back: list[list[dt.date]] = []
        day = last
        for number in (3, 2, 1):
            count, holidays = self.TERM_PLAN[number - 1]
            days: list[dt.date] = []
            weekdays_seen = 0
            while len(days) < count:
                if day.weekday() < 5:
                    weekdays_seen += 1
                    if weekdays_seen not in holidays:
                        days.append(day)
                day -= one
            terms_back.append(days[::-1])
            if number > 1:
                skipped = 0
                while skipped < self.BREAKS[number - 2]:
                    if day.weekday() < 5:
                        skipped += 1
                    day -= one
        self.term_days = terms_back[::-1]
        self.school_days = [d for days in self.term_days for d in days]
        end = last
        left = self.TERM3_DAYS_LEFT
        while left:
            end += one
            if end.weekday() < 5:
                left -= 1
        self.term_ends = (self.term_days[0][-1], self.term_days[1][-1], end)
        self.last_school_day = last
        self.day_index = {d: i for i, d in enumerate(self.school_days)}

    # -- school, year, terms, codes, scales -------------------------------

    def _school(self) -> None:
        start, end = self.school_days[0], self.term_ends[2]
        self.school_id = self.new_id()
        self.add(
            "schools",
            {
                "id": self.school_id,
                "code": DEMO_SCHOOL_CODE,
                "name": DEMO_SCHOOL_NAME,
                "currency": "AED",
                "currency_digits": 2,
                "time_zone": "Asia/Dubai",
                "locale": "en_AE",
                "address": "Street 23, Al Barsha 3, Dubai, United Arab Emirates",
                "phone": "+971 4 345 6789",
                "attendance_mode": "daily",
                "periods_per_day": 1,
                "attendance_edit_days": 7,
                "chronic_absence_percent": 90,
                "late_fee_rule": {},
                "show_class_position": True,
                "weekend_days": [5, 6],  # Saturday and Sunday: the UAE weekend
                "logo_png": "",
            },
        )
        year_name = f"{start.year}-{end.year % 100:02d}" if end.year != start.year else str(start.year)
        self.year_name = year_name
        self.year_id = self.new_id()
        self.add(
            "academic_years",
            {"id": self.year_id, "school_id": self.school_id, "name": year_name, "starts_on": start,
             "ends_on": end, "current": True},
        )
        self.term_ids = []
        for number, (days, ends) in enumerate(zip(self.term_days, self.term_ends, strict=True), start=1):
            finished = number < 3
            term_id = self.new_id()
            self.term_ids.append(term_id)
            self.add(
                "terms",
                {"id": term_id, "school_id": self.school_id, "academic_year_id": self.year_id,
                 "name": f"Term {number}", "starts_on": days[0], "ends_on": ends,
                 "weight": (30, 30, 40)[number - 1], "entry_open": not finished, "published": finished},
            )

    # -- staff ------------------------------------------------------------

    def _person_name(self, rng: random.Random, cultures: tuple[N.Culture, ...]) -> tuple[str, str]:
        culture = rng.choices(cultures, weights=[c.weight for c in cultures])[0]
        given = rng.choice(culture.boys if rng.random() < 0.45 else culture.girls)
        family = rng.choice(culture.families)
        if culture.custom == "double":
            family = f"{family} {rng.choice(culture.families)}"
        return given, family

    def _user(self, username: str, full_name: str, role: str, phone: str = "", active: bool = True) -> _Staff:
        staff = _Staff(self.new_id(), username, full_name, role)
        self.add(
            "users",
            {"id": staff.id, "school_id": self.school_id, "username": username, "full_name": full_name,
             "role": role, "phone": phone or f"+971 {self.people.choice(N.UAE_MOBILE_PREFIXES)} "
             f"{_phone(self.people, '### ####')}", "active": active},
        )
        self.usernames.add(username)
        return staff

    def _new_teacher(self, cultures: tuple[N.Culture, ...] = N.CULTURES) -> _Staff:
        given, family = self._person_name(self.people, cultures)
        base = _ascii(f"{given.split()[0]}.{family.split()[-1]}").replace(" ", "")
        username, n = base, 1
        while username in self.usernames:
            n += 1
            username = f"{base}{n}"
        teacher = self._user(username, f"{given} {family}", "teacher")
        self.teachers.append(teacher)
        return teacher

    def _device(self, code: str, name: str, staff: _Staff) -> DemoDevice:
        device = DemoDevice(self.new_id(), code, name, staff.username)
        self.devices.append(device)
        staff.device = device
        return device

    def _staff(self) -> None:
        self.usernames: set[str] = set()
        self.teachers: list[_Staff] = []
        self.devices: list[DemoDevice] = []
        demo = {u.username: self._user(u.username, u.full_name, u.role) for u in DEMO_USERS}
        self.principal = demo["principal1"]
        self.admin = demo["admin1"]
        self.office = [demo["office1"], self._user("office2", "Joy Wanjiru", "office"),
                       self._user("accounts1", "Imran Qureshi", "office")]
        self.teacher1 = demo["teacher1"]
        self.teacher2 = demo["teacher2"]
        self.teachers += [self.teacher1, self.teacher2]
        self._user("s.rahman", "Sabbir Rahman", "teacher", active=False)  # left the school last term
        for code, name, clerk in zip(
            DEMO_OFFICE_DEVICE_CODES, ("Front office desk", "Front office window", "Accounts office"),
            self.office, strict=True,
        ):
            self._device(code, name, clerk)

    # -- sections, subjects, teaching ---------------------------------------

    SUBJECTS = (("MATH", "Mathematics"), ("ENG", "English"), ("SCI", "Science"), ("ARB", "Arabic"),
                ("SST", "Social Studies"))
    WEIGHTS = {  # category weights per subject (each totals 100)
        "MATH": (("test", 30), ("homework", 20), ("exam", 50)),
        "ENG": (("test", 30), ("homework", 20), ("exam", 50)),
        "SCI": (("test", 30), ("homework", 20), ("exam", 50)),
        "ARB": (("test", 30), ("homework", 30), ("exam", 40)),
        "SST": (("test", 25), ("homework", 25), ("exam", 50)),
    }
    PERIODS = {"MATH": [1], "ENG": [2], "SCI": [3], "ARB": [4], "SST": [5]}

    def _sections_and_subjects(self) -> None:
        spec = self.spec
        self.sections: list[_Section] = []
        for grade in GRADE_LEVELS:
            for division in DIVISIONS[: spec.divisions]:
                self.sections.append(_Section(self.new_id(), grade, division))
        self.subject_ids = {}
        for code, name in self.SUBJECTS:
            self.subject_ids[code] = self.new_id()

        # Who teaches what: a teacher takes a subject pair in a run of
        # sections (two, or three for the demo teachers); Arabic teachers
        # take six. teacher1 teaches Mathematics and Science from grade 5,
        # teacher2 English and Social Studies one section further on.
        n = len(self.sections)
        mid = next(i for i, s in enumerate(self.sections) if s.grade == 5)
        teaches: dict[tuple[int, str], _Staff] = {}

        def chunked(indices: list[int], size: int) -> list[list[int]]:
            return [indices[i : i + size] for i in range(0, len(indices), size)]

        arab = tuple(c for c in N.CULTURES if c.key.startswith("arab"))
        plans = (
            (("MATH", "SCI"), self.teacher1, mid),
            (("ENG", "SST"), self.teacher2, mid + 1),
        )
        for subjects, demo_teacher, first in plans:
            own = list(range(first, min(first + 3, n)))
            runs = [own] + chunked(list(range(0, first)), 2) + chunked(list(range(first + 3, n)), 2)
            for run_no, run in enumerate(r for r in runs if r):
                teacher = demo_teacher if run_no == 0 else self._new_teacher()
                for idx in run:
                    for subject in subjects:
                        teaches[idx, subject] = teacher
        for run in chunked(list(range(n)), 6):
            teacher = self._new_teacher(arab)
            for idx in run:
                teaches[idx, "ARB"] = teacher

        # Homeroom teachers: someone who teaches the class, one class each.
        homeroom_of: dict[str, int] = {self.teacher1.id: mid, self.teacher2.id: mid + 1}
        self.sections[mid].homeroom = self.teacher1.id
        self.sections[mid + 1].homeroom = self.teacher2.id
        for idx, section in enumerate(self.sections):
            if section.homeroom:
                continue
            for subject in ("MATH", "ENG", "ARB"):
                teacher = teaches[idx, subject]
                if teacher.id not in homeroom_of:
                    break
            else:
                teacher = next((t for t in self.teachers if t.id not in homeroom_of), None) or self._new_teacher()
            homeroom_of[teacher.id] = idx
            section.homeroom = teacher.id

        for number, teacher in enumerate(self.teachers, start=1):
            self._device(f"T{number:02d}", f"{teacher.full_name}'s laptop", teacher)
        self.teacher_by_id = {t.id: t for t in self.teachers}

        for section in self.sections:
            self.add(
                "sections",
                {"id": section.id, "school_id": self.school_id, "academic_year_id": self.year_id,
                 "name": f"Grade {section.grade} {section.division}", "grade_level": section.grade,
                 "homeroom_teacher_id": section.homeroom,
                 "room": f"{'AB'[section.grade > 5]}-{section.grade:02d}{section.division}"},
            )
        for code, name in self.SUBJECTS:
            self.add("subjects", {"id": self.subject_ids[code], "school_id": self.school_id, "code": code,
                                  "name": name})
        self.teacher_of: dict[tuple[int, str], _Staff] = teaches
        for idx, section in enumerate(self.sections):
            for code, _ in self.SUBJECTS:
                self.add(
                    "teaching_assignments",
                    {"id": self.new_id(), "school_id": self.school_id, "section_id": section.id,
                     "subject_id": self.subject_ids[code], "teacher_id": teaches[idx, code].id,
                     "weekdays": [0, 1, 2, 3, 4], "periods": list(self.PERIODS[code])},
                )

    # -- students -----------------------------------------------------------

    def _students(self) -> None:
        rng = self.people
        spec = self.spec
        n_sections = len(self.sections)
        base, extra = divmod(spec.students, n_sections)
        capacity = [base + (1 if i < extra else 0) for i in range(n_sections)]
        # Classes are not all the same size: move a few places between
        # neighbouring sections of different grades.
        for i in range(0, n_sections - 1, 2):
            shift = rng.randint(-2, 2)
            capacity[i] += shift
            capacity[i + 1] -= shift
        by_grade: dict[int, list[int]] = defaultdict(list)
        for idx, section in enumerate(self.sections):
            by_grade[section.grade].append(idx)
        free = {g: sum(capacity[i] for i in idxs) for g, idxs in by_grade.items()}
        placed = [0] * n_sections

        def take_place(grade: int) -> int:
            idxs = by_grade[grade]
            idx = max(idxs, key=lambda i: (capacity[i] - placed[i], -i))
            placed[idx] += 1
            free[grade] -= 1
            return idx

        cultures = N.CULTURES
        weights = [c.weight for c in cultures]
        start = self.school_days[0]
        self.students: list[_Student] = []
        self.families: list[dict[str, Any]] = []
        staff_families = max(2, spec.students // 150)
        rows_students = []
        while sum(free.values()) > 0:
            culture = rng.choices(cultures, weights=weights)[0]
            size = rng.choices((1, 2, 3, 4), weights=(55, 32, 11, 2))[0]
            grades_open = [g for g in GRADE_LEVELS if free[g] > 0]
            first = rng.choices(grades_open, weights=[free[g] for g in grades_open])[0]
            grades = [first]
            for _ in range(size - 1):
                options = [g for g in GRADE_LEVELS if free[g] > 0 and g not in grades and 1 <= abs(g - first) <= 5]
                if not options:
                    break
                grades.append(rng.choice(options))
            family_no = len(self.families)
            family = self._family(rng, culture)
            if staff_families > 0 and rng.random() < 0.02:
                family["staff"] = True
                staff_families -= 1
            self.families.append(family)
            for order, grade in enumerate(sorted(grades, reverse=True)):
                section = take_place(grade)
                gender = "F" if rng.random() < 0.49 else "M"
                given = rng.choice(culture.girls if gender == "F" else culture.boys)
                while given in family["given"]:
                    given = rng.choice(culture.girls if gender == "F" else culture.boys)
                family["given"].append(given)
                join_year = start.year - rng.randint(0, grade - 1)
                age_years = grade + 5 + (1 if rng.random() < 0.03 else 0)
                dob = start - dt.timedelta(days=int(age_years * 365.25) + rng.randint(0, 364))
                category = "staff_child" if family["staff"] else ("sibling" if order > 0 else "")
                chronic = False
                p_absent = min(0.08, 0.01 + rng.expovariate(1 / 0.028))
                p_late = rng.uniform(0.05, 0.14) if rng.random() < 0.05 else rng.uniform(0.0, 0.035)
                student = _Student(
                    id="", index=len(self.students), grade=grade, section=section, culture=culture,
                    family=family_no, gender=gender, given=given, family_name=family["child_family"],
                    starts_on=start, ends_on=None, category=category, transport=family["transport"],
                    ability=min(97.0, max(22.0, rng.gauss(67, 13))), p_absent=p_absent, p_late=p_late,
                    chronic=chronic, phone_region=family["phone"].split()[0],
                )
                self.students.append(student)
                rows_students.append((join_year, student, family, dob))

        # A few chronic absentees (about 3%), some late joiners and leavers.
        count = len(self.students)
        for s in rng.sample(self.students, max(2, round(count * 0.03))):
            s.chronic = True
            s.p_absent = rng.uniform(0.15, 0.30)
        term2, term3 = self.term_days[1], self.term_days[2]
        later_days = term2[5:] + term3[: max(1, len(term3) - 10)]
        movers = rng.sample([s for s in self.students if not s.chronic], max(2, round(count * 0.03)))
        for i, s in enumerate(movers):
            if i % 3 == 2:  # left the school
                s.ends_on = rng.choice(later_days)
            else:  # joined this year, after it began
                s.starts_on = rng.choice(later_days)

        # Admission numbers by year of joining; ids in admission order; roll
        # numbers by name within each section, newcomers at the end.
        rows_students = [(s.starts_on.year if s.starts_on > start else year, s.starts_on, s.index, s, family, dob)
                         for year, s, family, dob in rows_students]
        rows_students.sort(key=lambda item: item[:3])
        admission_seq: dict[int, int] = defaultdict(int)
        for join_year, _, _, student, family, dob in rows_students:
            admission_seq[join_year] += 1
            admission_no = f"{join_year}-{admission_seq[join_year]:04d}"
            student.id = self.new_id()
            self.add(
                "students",
                {"id": student.id, "school_id": self.school_id, "admission_no": admission_no,
                 "given_name": student.given, "family_name": student.family_name,
                 "full_name": f"{student.given} {student.family_name}", "gender": student.gender,
                 "date_of_birth": dob, "guardian_name": family["guardian"], "guardian_phone": family["phone"],
                 "guardian_email": family["email"], "address": family["address"], "category": student.category,
                 "status": "left" if student.ends_on is not None else "active"},
            )
        for s in self.students:
            self.sections[s.section].students.append(s.index)
        for section in self.sections:
            section.students.sort(key=lambda i: (self.students[i].starts_on > start,
                                                 _ascii(self.students[i].given), _ascii(self.students[i].family_name)))
            for roll, i in enumerate(section.students, start=1):
                s = self.students[i]
                self.add(
                    "enrollments",
                    {"id": self.new_id(), "school_id": self.school_id, "student_id": s.id, "section_id": section.id,
                     "roll_no": roll, "starts_on": s.starts_on, "ends_on": s.ends_on},
                )

    def _family(self, rng: random.Random, culture: N.Culture) -> dict[str, Any]:
        """Names, phone, email and home shared by a family's children."""
        fams = culture.families
        father_given = rng.choice(culture.boys)
        mother_given = rng.choice(culture.girls)
        if culture.custom == "double":  # Spanish: father's first surname, then mother's
            father_surname, mother_surname = rng.choice(fams), rng.choice(fams)
            child_family = f"{father_surname} {mother_surname}"
            father = f"{father_given} {father_surname} {rng.choice(fams)}"
            mother = f"{mother_given} {mother_surname} {rng.choice(fams)}"
        elif culture.custom == "portuguese":  # Brazil: mother's surname, then father's
            father_surname, mother_surname = rng.choice(fams), rng.choice(fams)
            child_family = f"{mother_surname} {father_surname}"
            father = f"{father_given} {rng.choice(fams)} {father_surname}"
            mother = f"{mother_given} {mother_surname}"
        elif culture.custom == "patronymic":  # the child's second name is the father's given name
            child_family = rng.choice(fams)
            grandfather = rng.choice([f for f in fams if f != child_family])
            father = f"{child_family} {grandfather}"
            mother = f"{mother_given} {rng.choice(fams)}"
        else:
            child_family = rng.choice(fams)
            father = f"{father_given} {child_family}"
            mother = f"{mother_given} {child_family if not culture.key.startswith('arab') else rng.choice(fams)}"
        guardian = mother if rng.random() < 0.25 else father
        if rng.random() < culture.home_phone_share:
            code, pattern = rng.choice(culture.home_phones)
            phone = f"{code} {_phone(rng, pattern)}"
        else:
            phone = f"+971 {rng.choice(N.UAE_MOBILE_PREFIXES)} {_phone(rng, '### ####')}"
        email = ""
        if rng.random() < 0.7:
            first, last = guardian.split()[0], guardian.split()[-1]
            local = _ascii(f"{first}.{last}").replace(" ", "")
            if rng.random() < 0.4:
                local += str(rng.randint(1, 99))
            email = f"{local}@{rng.choice(N.EMAIL_DOMAINS)}"
        area = rng.choice(N.DUBAI_AREAS)
        if rng.random() < 0.3:
            address = f"Villa {rng.randint(1, 120)}, Street {rng.randint(1, 40)}, {area}, Dubai"
        else:
            address = (f"Apartment {rng.randint(1, 24)}{rng.randint(1, 20):02d}, "
                       f"{rng.choice(N.BUILDING_NAMES)} {rng.choice(N.BUILDING_WORDS)}, {area}, Dubai")
        return {"child_family": child_family, "guardian": guardian, "phone": phone, "email": email,
                "address": address, "given": [], "staff": False, "transport": rng.random() < 0.4}

    # -- attendance ---------------------------------------------------------

    ATTENDANCE_CODES = (  # code, label, kind, office only
        ("P", "Present", "present", False),
        ("A", "Absent", "absent", False),
        ("L", "Late", "late", False),
        ("H", "Half day", "half_day", False),
        ("E", "Excused", "excused", True),
        ("S", "Sick (excused)", "excused", True),
    )

    def _attendance(self) -> None:
        """One daily mark per enrolled student per school day, as the roll calls were taken."""
        for order, (code, label, kind, office_only) in enumerate(self.ATTENDANCE_CODES, start=1):
            self.add("attendance_codes", {"id": self.new_id(), "school_id": self.school_id, "code": code,
                                          "label": label, "kind": kind, "office_only": office_only,
                                          "sort_order": order})
        rng = self.att_rng
        rand = rng.random
        school_id = self.school_id
        marks = self.rows["attendance_marks"]
        history = self.rows["attendance_history"]
        new_id = self.new_id
        students = self.students
        office_staff = self.office[:2]

        # Some sections' roll call is not taken yet today: among them teacher1's.
        self.untaken_today: list[str] = []
        if self.last_school_day == self.today:
            others = [s for s in self.sections if s.homeroom != self.teacher1.id]
            count = max(1, round(len(self.sections) * 0.15)) - 1
            untaken = [s for s in self.sections if s.homeroom == self.teacher1.id] + rng.sample(others, count)
            self.untaken_today = [s.id for s in untaken]
        untaken_ids = set(self.untaken_today)

        # Per student: is today's absence part of a spell, and with what code and note.
        spell_code = [""] * len(students)
        spell_note = [""] * len(students)
        stay = 0.45  # chance an absence goes on the next day (illness lasts)
        start_prob = [s.p_absent * (1 - stay) / max(0.01, 1 - s.p_absent) for s in students]
        flu_weeks = set(self.term_days[1][20:35])  # a flu wave in term 2
        self.absent_on: set[tuple[int, dt.date]] = set()
        sick_notes, excused_notes = N.SICK_NOTES, N.EXCUSED_NOTES
        late_notes, half_notes = N.LATE_NOTES, N.HALF_DAY_NOTES
        sections = self.sections
        homeroom_device = {s.id: self.teacher_by_id[s.homeroom].device.device_id for s in sections}
        office_done: list[tuple[dict[str, Any], str, dt.datetime, str]] = []

        for day in self.school_days:
            weekday = day.weekday()
            factor = (1.1, 0.9, 0.9, 0.95, 1.3)[weekday] * (1.35 if day in flu_weeks else 1.0)
            for section in sections:
                if day == self.today and section.id in untaken_ids:
                    continue
                teacher_id = section.homeroom
                device_id = homeroom_device[section.id]
                taken_at = _local(day, 7, 35 + int(rand() * 40), int(rand() * 60))
                section_id = section.id
                for i in section.students:
                    s = students[i]
                    if s.starts_on > day or (s.ends_on is not None and s.ends_on < day):
                        continue
                    code = "P"
                    note = ""
                    if spell_code[i]:
                        if rand() < stay:
                            code, note = spell_code[i], spell_note[i]
                        else:
                            spell_code[i] = ""
                    if code == "P":
                        r = rand()
                        if r < start_prob[i] * factor:
                            roll = rand()
                            if s.chronic:
                                code = "A" if roll < 0.9 else "S"
                            else:
                                code = "A" if roll < 0.6 else ("S" if roll < 0.92 else "E")
                            if code == "S":
                                note = sick_notes[int(rand() * len(sick_notes))]
                            elif code == "E":
                                note = excused_notes[int(rand() * len(excused_notes))]
                            spell_code[i], spell_note[i] = code, note
                        elif r < start_prob[i] * factor + s.p_late:
                            code = "L"
                            note = late_notes[int(rand() * len(late_notes))]
                        elif r > 0.996:
                            code = "H"
                            note = half_notes[int(rand() * len(half_notes))]
                    row = {
                        "id": new_id(), "school_id": school_id, "student_id": s.id, "section_id": section_id,
                        "date": day, "period": 0, "code": code, "note": note, "marked_by": teacher_id,
                        "marked_at": taken_at, "device_id": device_id,
                    }
                    if code in ("A", "S", "E"):
                        self.absent_on.add((i, day))
                        if code != "A":
                            # The teacher marked the student absent; the office put in
                            # the excused code later that morning (the teacher's mark is
                            # kept in the history, DESIGN.md §5).
                            clerk = office_staff[int(rand() * 2)]
                            office_done.append((row, teacher_id, taken_at, device_id))
                            row["marked_by"] = clerk.id
                            row["marked_at"] = _local(day, 9 + int(rand() * 3), int(rand() * 60), int(rand() * 60))
                            row["device_id"] = clerk.device.device_id
                    marks.append(row)
        for row, teacher_id, taken_at, device_id in office_done:
            history.append(
                {"id": new_id(), "school_id": school_id, "mark_id": row["id"], "student_id": row["student_id"],
                 "date": row["date"], "period": 0, "code": "A", "note": "", "marked_by": teacher_id,
                 "marked_at": taken_at, "device_id": device_id, "reason": "Replaced by the office's code"}
            )

    # -- gradebook ----------------------------------------------------------

    def _gradebook(self) -> None:
        rng = self.marks_rng
        gauss = rng.gauss
        school_id = self.school_id
        new_id = self.new_id
        self.add(
            "grade_scales",
            {"id": new_id(), "school_id": school_id, "name": "Standard (A+ to F)", "is_default": True,
             "bands": [
                 {"min_percent": 90, "grade": "A+", "passing": True},
                 {"min_percent": 80, "grade": "A", "passing": True},
                 {"min_percent": 70, "grade": "B", "passing": True},
                 {"min_percent": 60, "grade": "C", "passing": True},
                 {"min_percent": 50, "grade": "D", "passing": True},
                 {"min_percent": 40, "grade": "E", "passing": True},
                 {"min_percent": 0, "grade": "F", "passing": False},
             ]},
        )
        for code, _ in self.SUBJECTS:
            for category, weight in self.WEIGHTS[code]:
                self.add("category_weights", {"id": new_id(), "school_id": school_id,
                                              "subject_id": self.subject_ids[code], "category": category,
                                              "weight_percent": weight})

        # Each student's strength in each subject, around their general ability.
        strength = {(s.index, code): s.ability + gauss(0, 7) for s in self.students for code, _ in self.SUBJECTS}
        planned_term3 = len(self.term_days[2]) + self.TERM3_DAYS_LEFT
        last_ok = self.school_days[max(0, len(self.school_days) - 6)]  # held a week ago or earlier
        assessments = self.rows["assessments"]
        marks = self.rows["marks"]
        students = self.students
        for term_no, (term_id, days) in enumerate(zip(self.term_ids, self.term_days, strict=True), start=1):
            finished = term_no < 3
            plan = [("Homework 1", "homework", 1000, 0.3), ("Unit test 1", "test", 2500, 0.55)]
            if finished:
                plan.append((f"Term {term_no} examination", "exam", 10000, 0.92))
            length = len(days) if finished else planned_term3
            for idx, section in enumerate(self.sections):
                for code, _ in self.SUBJECTS:
                    teacher = self.teacher_of[idx, code]
                    for name, category, max_centi, position in plan:
                        at = min(len(days) - 1, max(0, int(position * length) + int(rng.random() * 7) - 3))
                        held_on = days[at]
                        if held_on > last_ok:
                            continue
                        assessment_id = new_id()
                        assessments.append(
                            {"id": assessment_id, "school_id": school_id, "section_id": section.id,
                             "subject_id": self.subject_ids[code], "term_id": term_id, "name": name,
                             "category": category, "max_marks_centi": max_centi, "weight": 1,
                             "held_on": held_on, "created_by": teacher.id},
                        )
                        difficulty = gauss(0, 5) + (6 if category == "homework" else 0)
                        spread = 6 if category == "homework" else 9
                        step = 50 if max_centi <= 2500 else 100  # half marks in small tests
                        entered_day = held_on + dt.timedelta(days=1 + int(rng.random() * 4))
                        entered_at = _local(entered_day, 16 + int(rng.random() * 5), int(rng.random() * 60))
                        for i in section.students:
                            s = students[i]
                            if s.starts_on > held_on or (s.ends_on is not None and s.ends_on < held_on):
                                continue
                            status, score = "scored", None
                            if category != "homework" and (i, held_on) in self.absent_on:
                                status = "absent"
                            elif rng.random() < 0.003:
                                status = "exempt"
                            else:
                                percent = min(100.0, max(0.0, gauss(strength[i, code] + difficulty, spread)))
                                score = min(max_centi, round(percent * max_centi / 100 / step) * step)
                            marks.append(
                                {"id": new_id(), "school_id": school_id, "assessment_id": assessment_id,
                                 "student_id": s.id, "status": status, "score_centi": score,
                                 "entered_by": teacher.id, "entered_at": entered_at,
                                 "device_id": teacher.device.device_id},
                            )

    # -- fees ---------------------------------------------------------------

    FEE_HEADS = (("TUI", "Tuition"), ("TRN", "School transport"), ("EXM", "Examination fee"),
                 ("LIB", "Library and learning resources"))

    @staticmethod
    def fee_amount(head: str, grade: int) -> int:
        """What a fee head costs a grade level for one term, in fils (AED minor units)."""
        if head == "TUI":
            return (6500 + 450 * (grade - 1)) * 100
        if head == "TRN":
            return 2100 * 100
        if head == "EXM":
            return (150 if grade <= 5 else 300) * 100
        return 120 * 100

    def _fees(self) -> None:
        rng = self.fees_rng
        rand = rng.random
        school_id = self.school_id
        new_id = self.new_id
        head_ids = {}
        for code, name in self.FEE_HEADS:
            head_ids[code] = new_id()
            self.add("fee_heads", {"id": head_ids[code], "school_id": school_id, "code": code, "name": name})
        due_dates = []
        for term_id, days in zip(self.term_ids, self.term_days, strict=True):
            due_on = days[0] + dt.timedelta(days=14)
            due_dates.append(due_on)
            for grade in GRADE_LEVELS:
                for code, _ in self.FEE_HEADS:
                    self.add("fee_structures",
                             {"id": new_id(), "school_id": school_id, "term_id": term_id, "grade_level": grade,
                              "fee_head_id": head_ids[code], "amount_minor": self.fee_amount(code, grade),
                              "due_on": due_on})

        # Invoices: one per student per term they attend, issued before the
        # term (or on the day a new student joins), numbered in issue order.
        students = self.students
        issued: list[tuple[dt.date, int, int, dt.date]] = []  # (issued_on, student, term, due_on)
        for s in students:
            for t, days in enumerate(self.term_days):
                term_end = self.term_ends[t]
                if s.starts_on > term_end or (s.ends_on is not None and s.ends_on < days[0]):
                    continue
                if s.starts_on > days[0]:
                    issued_on = s.starts_on
                    due_on = max(due_dates[t], s.starts_on + dt.timedelta(days=14))
                else:
                    issued_on, due_on = days[0] - dt.timedelta(days=14), due_dates[t]
                issued.append((issued_on, s.index, t, due_on))
        issued.sort(key=lambda item: (item[0], item[1]))
        invoices = self.rows["invoices"]
        lines = self.rows["invoice_lines"]
        concessions = self.rows["concessions"]
        first_year = self.school_days[0].year
        student_invoices: dict[int, list[list[Any]]] = defaultdict(list)  # [id, net, due_on, issued_on]
        hardship = set(rng.sample(range(len(students)), max(1, len(students) // 250)))
        for number, (issued_on, i, t, due_on) in enumerate(issued, start=1):
            s = students[i]
            invoice_id = new_id()
            invoices.append(
                {"id": invoice_id, "school_id": school_id, "student_id": s.id, "term_id": self.term_ids[t],
                 "number": f"INV-{first_year}-{number:06d}", "issued_on": issued_on, "due_on": due_on,
                 "description": f"Term {t + 1} fees, {self.year_name}"},
            )
            total = 0
            for code, name in self.FEE_HEADS:
                if code == "TRN" and not s.transport:
                    continue
                amount = self.fee_amount(code, s.grade)
                total += amount
                lines.append({"id": new_id(), "school_id": school_id, "invoice_id": invoice_id,
                              "fee_head_id": head_ids[code], "description": f"{name}, Term {t + 1}",
                              "amount_minor": amount, "kind": "fee"})
            reductions = []
            tuition = self.fee_amount("TUI", s.grade)
            if s.category == "staff_child":
                reductions.append(("percent", 5000, tuition // 2, "TUI", "Child of a member of staff: 50% of tuition"))
            elif s.category == "sibling":
                reductions.append(("percent", 1000, tuition // 10, "TUI", "Sibling discount: 10% of tuition"))
            if i in hardship and t == 1:
                reductions.append(("fixed", 100000, 100000, None, "Hardship support approved by the principal"))
            for kind, value, amount, head, reason in reductions:
                concessions.append(
                    {"id": new_id(), "school_id": school_id, "student_id": s.id, "invoice_id": invoice_id,
                     "fee_head_id": head_ids[head] if head else None, "kind": kind, "value": value,
                     "amount_minor": amount, "reason": reason, "approved_by": self.principal.id,
                     "granted_on": issued_on},
                )
                total -= amount
            student_invoices[i].append([invoice_id, total, due_on, issued_on])

        self._payments(rng, rand, student_invoices)

    def _payment_day(self, low: dt.date, high: dt.date) -> dt.date:
        """A weekday between two days (the office is open in the school breaks too)."""
        rng = self.fees_rng
        high = min(high, self.last_school_day)
        low = min(low, high)
        for _ in range(10):
            day = low + dt.timedelta(days=rng.randint(0, (high - low).days))
            if day.weekday() < 5:
                return day
        day = high
        while day.weekday() >= 5:
            day -= dt.timedelta(days=1)
        return day

    def _payments(self, rng: random.Random, rand: Callable[[], float],
                  student_invoices: dict[int, list[list[Any]]]) -> None:
        """Who paid what and when; then receipt numbers, allocations and cancellations."""
        students = self.students
        office_devices = [s.device for s in self.office]
        # (received_at, student, amount, mode, reference, device, note, cancel: (reason, delay) | None)
        intents: list[list[Any]] = []
        self.payer_profile: dict[str, str] = {}
        round_to = 5000  # instalments are whole 50 dirhams; the last one settles the rest

        def pay(i: int, day: dt.date, amount: int, note: str = "", cancel: tuple[str, dt.timedelta] | None = None,
                mode: str | None = None, at: dt.datetime | None = None, device: DemoDevice | None = None) -> list:
            s = students[i]
            if mode is None:
                mobile = s.phone_region in ("+254", "+256", "+251", "+252")
                r = rand()
                if mobile and r < 0.35:
                    mode = "mobile_money"
                elif r < 0.42:
                    mode = "cash"
                elif r < 0.6:
                    mode = "cheque"
                elif r < 0.9:
                    mode = "bank_transfer"
                elif r < 0.97:
                    mode = "card"
                else:
                    mode = "mobile_money"
            if at is None:
                at = _local(day, 7 + int(rand() * 8), int(rand() * 60), int(rand() * 60))
            if device is None:
                r = rand()
                device = office_devices[0 if r < 0.6 else (1 if r < 0.9 else 2)]
            intent = [at, i, amount, mode, self._reference(mode, at.date()), device, note, cancel]
            intents.append(intent)
            return intent

        for i, invoices in student_invoices.items():
            s = students[i]
            if s.ends_on is not None:
                profile = "paid"  # a family that leaves settles up
            else:
                profile = rng.choices(("paid", "partial", "overdue", "unpaid"), weights=(74, 13, 9, 4))[0]
            # What is paid on each invoice, oldest first.
            owed = [inv[1] for inv in invoices]
            paying = list(owed)
            if profile == "partial":
                paying[-1] = max(round_to, int(owed[-1] * rng.uniform(0.25, 0.8)) // round_to * round_to)
            elif profile == "overdue":
                paying[-1] = 0
                if len(paying) > 2 and rand() < 0.4:
                    paying[-2] = 0
            elif profile == "unpaid":
                paying = [0] * len(paying)
            if profile in ("overdue", "unpaid") and invoices[-1][2] >= self.today:
                profile, paying = "paid", list(owed)  # not due yet: nothing is overdue
            if profile == "overdue" and not any(paying):
                profile = "unpaid"
            self.payer_profile[s.id] = profile
            for (invoice_id, _net, due_on, issued_on), amount in zip(invoices, paying, strict=True):
                if amount <= 0:
                    continue
                parts = rng.choices((1, 2, 3), weights=(30, 45, 25))[0]
                first = self._payment_day(issued_on, due_on + dt.timedelta(days=10))
                shares = []
                left = amount
                for k in range(parts - 1):
                    share = max(round_to, int(amount / parts * rng.uniform(0.8, 1.2)) // round_to * round_to)
                    if share >= left:
                        break
                    shares.append(share)
                    left -= share
                shares.append(left)
                day = first
                for k, share in enumerate(shares):
                    if k:
                        day = self._payment_day(day + dt.timedelta(days=14), day + dt.timedelta(days=35))
                    note = "Part payment; the rest to follow" if profile == "partial" and share == shares[-1] \
                        and invoice_id == invoices[-1][0] else ""
                    pay(i, day, share, note)

        # Mistakes the office put right (DESIGN.md §5: a cancellation, never an edit).
        count = len(intents)
        by_kind = max(1, count // 250)
        last = self.last_school_day
        cheques = [p for p in intents if p[3] == "cheque" and p[0].date() <= last - dt.timedelta(days=21)]
        for p in rng.sample(cheques, min(by_kind, len(cheques))):
            # The cheque bounced: cancelled a week later, paid again in cash a few days after.
            p[7] = ("Cheque returned unpaid by the bank", dt.timedelta(days=7, hours=2))
            again = self._payment_day(p[0].date() + dt.timedelta(days=9), p[0].date() + dt.timedelta(days=16))
            pay(p[1], again, p[2], "Replaces a returned cheque", mode="cash")
        plain = [p for p in intents if p[7] is None and p[3] == "cash"]
        for p in rng.sample(plain, min(2 * by_kind, len(plain))):
            if rand() < 0.5:
                # A wrong amount typed, cancelled at once and taken again.
                wrong = p[2] * 10 if rand() < 0.5 else p[2] + 100000
                reason = "Wrong amount typed; receipt issued again"
                pay(p[1], p[0].date(), wrong, cancel=(reason, dt.timedelta(minutes=3)),
                    mode=p[3], at=p[0] - dt.timedelta(minutes=6), device=p[5])
            else:
                # The same payment entered twice.
                pay(p[1], p[0].date(), p[2], cancel=("Entered twice by mistake", dt.timedelta(minutes=9)),
                    mode=p[3], at=p[0] + dt.timedelta(minutes=2), device=p[5])

        # Receipt numbers: each office device's own series, in the order taken.
        intents.sort(key=lambda p: (p[0], p[1]))
        series: dict[str, int] = defaultdict(int)
        school_id = self.school_id
        payments = self.rows["payments"]
        events: dict[int, list[tuple[dt.datetime, int, str, int]]] = defaultdict(list)
        cancellations: list[tuple[dt.datetime, dict[str, Any], str, DemoDevice]] = []
        new_id = self.new_id
        clerk_of = {s.device.code: s for s in self.office}
        for at, i, amount, mode, reference, device, note, cancel in intents:
            series[device.code] += 1
            payment_id = new_id()
            row = {"id": payment_id, "school_id": school_id, "student_id": students[i].id, "amount_minor": amount,
                   "currency": "AED", "mode": mode, "reference": reference,
                   "receipt_no": f"{DEMO_SCHOOL_CODE}-{device.code}-{series[device.code]:06d}",
                   "received_on": (at + SCHOOL_UTC_OFFSET).date(), "received_at": at,
                   "received_by": clerk_of[device.code].id, "device_id": device.device_id, "note": note}
            payments.append(row)
            events[i].append((at, 0, payment_id, amount))
            if cancel is not None:
                reason, delay = cancel
                cancellations.append((at + delay, row, reason, device))
                events[i].append((at + delay, 1, payment_id, amount))
        self.receipt_series = {f"{DEMO_SCHOOL_CODE}-{code}": n for code, n in sorted(series.items())}
        cancellations.sort(key=lambda c: c[0])
        for at, row, reason, device in cancellations:
            self.add("payment_cancellations",
                     {"id": new_id(), "school_id": school_id, "payment_id": row["id"], "reason": reason,
                      "cancelled_by": clerk_of[device.code].id, "cancelled_at": at, "device_id": device.device_id})

        # Allocations, as the fees service makes them: oldest due first, what a
        # cancelled payment had settled is open again.
        allocations: list[tuple[str, str, int]] = []
        self.expected_balance: dict[str, int] = {}
        for i, invoices in student_invoices.items():
            open_amount = {inv[0]: inv[1] for inv in invoices}
            order = [inv[0] for inv in sorted(invoices, key=lambda inv: (inv[2], inv[0]))]
            settled: dict[str, list[tuple[str, int]]] = {}
            paid = 0
            for _at, kind, payment_id, amount in sorted(events.get(i, ())):
                if kind == 0:
                    paid += amount
                    left = amount
                    taken = []
                    for invoice_id in order:
                        if left <= 0:
                            break
                        if open_amount[invoice_id] <= 0:
                            continue
                        take = min(left, open_amount[invoice_id])
                        open_amount[invoice_id] -= take
                        left -= take
                        taken.append((invoice_id, take))
                        allocations.append((payment_id, invoice_id, take))
                    settled[payment_id] = taken
                else:
                    paid -= amount
                    for invoice_id, take in settled[payment_id]:
                        open_amount[invoice_id] += take
            self.expected_balance[students[i].id] = sum(inv[1] for inv in invoices) - paid
        position = {row["id"]: n for n, row in enumerate(payments)}
        allocations.sort(key=lambda a: position[a[0]])
        self.rows["payment_allocations"].extend(
            {"id": new_id(), "school_id": school_id, "payment_id": payment_id, "invoice_id": invoice_id,
             "amount_minor": amount}
            for payment_id, invoice_id, amount in allocations
        )
        for s in students:
            if s.id not in self.expected_balance:
                self.expected_balance[s.id] = 0
                self.payer_profile[s.id] = "paid"

    def _reference(self, mode: str, day: dt.date) -> str:
        rng = self.fees_rng
        if mode == "cheque":
            return f"Cheque {rng.randint(1, 999999):06d}, {rng.choice(N.BANKS)}"
        if mode == "bank_transfer":
            return f"FT{day:%y%j}{rng.randint(0, 99_999_999):08d}"
        if mode == "mobile_money":
            letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
            code = rng.choice(letters) + "".join(rng.choice(letters + "23456789") for _ in range(9))
            return f"M-Pesa {code}"
        if mode == "card":
            return f"Card ending {rng.randint(1000, 9999)}, auth {rng.randint(100000, 999999)}"
        return ""
