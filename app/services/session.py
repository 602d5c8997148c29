"""Who is using Daftar on this computer: the people who can unlock a school file offline.

After a first online sign-in a person's password verifier is kept in the
school file (``app.sync.unlock``), so they can open it later with no
connection. This module lists those people with their names and roles (from
the school's own ``users`` rows) and unlocks one of them. Qt-free; the UI
runs these in a background task (scrypt takes a moment on purpose).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.storage.models import LocalCredential, School, User
from app.sync.unlock import check_password

ROLES = ("teacher", "office", "principal", "admin")


@dataclass(frozen=True)
class Person:
    """Someone who has signed in to this school on this computer."""

    user_id: str
    username: str
    full_name: str
    role: str  # teacher | office | principal | admin

    @property
    def label(self) -> str:
        return f"{self.full_name} ({self.username})" if self.full_name and self.full_name != self.username \
            else self.username


def people(session: Session) -> list[Person]:
    """Everyone who can unlock this school file, by name."""
    rows = session.execute(
        select(LocalCredential.username, LocalCredential.user_id, User.full_name, User.role, User.active)
        .outerjoin(User, User.id == LocalCredential.user_id)
    ).all()
    found = [
        Person(user_id=user_id, username=username, full_name=full_name or username,
               role=role if role in ROLES else "teacher")
        for username, user_id, full_name, role, active in rows
        if active is not False
    ]
    return sorted(found, key=lambda p: p.full_name.casefold())


def unlock(session: Session, username: str, password: str) -> Person | None:
    """The person, when ``password`` is theirs on this computer; otherwise None.

    The role comes from the school's ``users`` row, which the server keeps up
    to date; a person the school has made inactive cannot unlock. A person
    whose row is not on this device (yet) gets the teacher's view, the
    narrowest.
    """
    user_id = check_password(session, username, password)
    if user_id is None:
        return None
    user = session.get(User, user_id)
    if user is not None and not user.active:
        return None
    return Person(
        user_id=user_id,
        username=username,
        full_name=(user.full_name if user is not None else "") or username,
        role=user.role if user is not None and user.role in ROLES else "teacher",
    )


def school_facts(session: Session) -> School | None:
    """The school of this file (its name, code and currency)."""
    return session.execute(select(School).where(School.deleted.is_(False))).scalars().first()


def forget_person(session: Session, username: str) -> None:
    """After signing out: this person can no longer unlock this school offline (their changes stay)."""
    row = session.get(LocalCredential, username)
    if row is not None:
        session.delete(row)
