"""The server's admin API (``/v1/admin/…``) as the Setup screen uses it (Qt-free).

What the server must decide (the school's details and rules, the academic
calendar, holidays and closed days, users, roles and passwords) is changed here, online, never written on this
computer: it comes back by the next pull. Calls are not retried (a write
that may have reached the server is not sent twice); a connection that is
not there is refused in words and nothing changes.
"""

from __future__ import annotations

from typing import Any

from app.services.context import QT_TRANSLATE_NOOP, Sentence
from app.storage.ids import new_id
from app.sync.client import OfflineError, ServerBusyError, ServerClient, SyncError


class AdminRefused(Exception):
    """The change was not made. ``str()`` is a sentence for the person (``i18n.translated`` says it in their
    language when it was raised with a :class:`Sentence`)."""


def _say(exc: SyncError) -> AdminRefused:
    if isinstance(exc, OfflineError):
        return AdminRefused(Sentence(QT_TRANSLATE_NOOP(
            "Setup", "Cannot reach the school's server, which decides this: nothing was changed. "
            "Try again when the connection returns.")))
    if isinstance(exc, ServerBusyError):
        return AdminRefused(Sentence(QT_TRANSLATE_NOOP(
            "Setup", "The school's server is busy or having trouble: nothing was changed. Try again in a moment.")))
    # The client's own sentence (a Sentence when Daftar wrote it; the server's words when it refused and said why).
    said = exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], Sentence) else str(exc)
    return AdminRefused(said)


class AdminApi:
    """One signed-in admin's calls to the school's server."""

    def __init__(self, client: ServerClient) -> None:
        self.client = client

    def _call(self, method: str, path: str, body: Any = None) -> dict[str, Any]:
        try:
            # The client's one request path: protocol header, token refresh, errors in words.
            return self.client.admin(method, path, body)
        except SyncError as exc:
            raise _say(exc) from exc

    def change_school(self, fields: dict[str, Any]) -> dict[str, Any]:
        return self._call("PATCH", "/school", fields)

    def create_user(self, *, username: str, full_name: str, role: str, password: str,
                    phone: str = "") -> dict[str, Any]:
        return self._call("POST", "/users", {"username": username, "full_name": full_name, "role": role,
                                             "password": password, "phone": phone})

    def set_password(self, user_id: str, password: str) -> None:
        self._call("PUT", f"/users/{user_id}/password", {"password": password})

    def save(self, entity: str, row_id: str | None, fields: dict[str, Any]) -> dict[str, Any]:
        """Create (no ``row_id``) or change a record of the school."""
        if row_id is None:
            return self._call("POST", f"/{entity}", {"id": new_id(), **fields})
        return self._call("PATCH", f"/{entity}/{row_id}", fields)

    def add_holidays(self, *, first: str, last: str, kind: str, name: str) -> list[dict[str, Any]]:
        """Holidays or closed days from ``first`` to ``last`` (ISO dates), weekend days left out; all or none."""
        body = {"first": first, "last": last, "kind": kind, "name": name}
        return self._call("POST", "/school_calendar/days", body)["rows"]

    def remove_holidays(self, ids: list[str]) -> int:
        """Take days off the school's calendar, in one change."""
        return self._call("POST", "/school_calendar/remove", {"ids": list(ids)})["removed"]

    def delete(self, entity: str, row_id: str) -> dict[str, Any]:
        return self._call("DELETE", f"/{entity}/{row_id}")
