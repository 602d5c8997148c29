"""Sync tests: an in-memory keyring (tests never touch the real keychain)."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend

from app.sync import credentials


class MemoryKeyring(KeyringBackend):
    """A keyring backend that keeps secrets in a dict: the test stand-in for the OS keychain."""

    priority = 10

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.secrets.get((service, username))

    def set_password(self, service, username, password):
        self.secrets[(service, username)] = password

    def delete_password(self, service, username):
        from keyring.errors import PasswordDeleteError

        if (service, username) not in self.secrets:
            raise PasswordDeleteError(username)
        del self.secrets[(service, username)]


@pytest.fixture(autouse=True)
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    credentials.clear_memory()
    yield backend
    credentials.clear_memory()
    keyring.set_keyring(previous)
