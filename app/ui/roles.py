"""Who sees which screen: the one table of role rules for the main window.

A screen is listed with a key (``MainWindow.SCREENS``: ``"fees"``, …);
it is shown to a person only when their role may see that key. The table
follows DESIGN.md's people: a teacher takes attendance and enters marks; the
front office keeps students and fees; the principal sees everything; the
admin sees everything and also looks after this computer's settings. Every
role has the inbox, where their own conflicts and refused changes wait.

What a role may *change* is the services' rule (they refuse, in words); this
table only decides what is in the navigation.
"""

from __future__ import annotations

EVERYONE = frozenset({"today", "inbox"})
TEACHING = frozenset({"attendance", "roll_call", "register", "marks", "gradebook", "assessments"})
OFFICE = frozenset({"students", "fees", "payments", "ledger", "day_book", "receipts", "defaulters",
                    "roll_call", "register"})  # the office sets excused codes with a note

# role → screen keys it may see. ``None``: every screen.
SCREENS_BY_ROLE: dict[str, frozenset[str] | None] = {
    "teacher": EVERYONE | TEACHING,
    "office": EVERYONE | OFFICE,
    "principal": None,
    "admin": None,
}

# role → what it may do with this computer's settings (server address, sync, idle lock, backups).
MAY_CHANGE_SETTINGS = frozenset({"admin"})


def may_see(role: str, screen_key: str) -> bool:
    allowed = SCREENS_BY_ROLE.get(role, EVERYONE)
    return allowed is None or screen_key in allowed


def may_change_settings(role: str) -> bool:
    return role in MAY_CHANGE_SETTINGS
