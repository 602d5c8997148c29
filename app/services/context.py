"""Who is acting, and the one kind of error a service raises for a person."""

from __future__ import annotations

from dataclasses import dataclass


class ServiceError(Exception):
    """A rule of the school refused a change. ``str(exc)`` is a sentence for the person."""


@dataclass(frozen=True)
class Actor:
    """The signed-in person and the device they work on."""

    user_id: str | None
    role: str  # teacher | office | principal | admin
    device_id: str
    school_id: str

    @property
    def is_office(self) -> bool:
        return self.role in ("office", "principal", "admin")

    @property
    def sees_whole_school(self) -> bool:
        return self.role in ("principal", "admin")
