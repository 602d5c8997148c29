"""The school's rules, Qt-free. Every write goes through here (DESIGN.md §1, §3)."""

from app.services.context import Actor, ServiceError

__all__ = ["Actor", "ServiceError"]
