"""Where Daftar keeps its files, its typed settings, and logging set-up.

Everything that decides a path or a default lives here, so that a reader
finds "where is the school file" or "how often does it sync" in one place.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import logging.handlers
import os
import re
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path

import platformdirs

APP_NAME = "Daftar"
APP_AUTHOR = "Daftar"

log = logging.getLogger(__name__)

_SCHOOL_CODE = re.compile(r"^[A-Za-z0-9_-]{1,32}$")


@dataclass(frozen=True)
class Paths:
    """The folders Daftar writes to. ``--data-dir`` puts them all under one root."""

    data: Path
    logs: Path
    backups: Path

    @classmethod
    def default(cls, data_dir: str | os.PathLike[str] | None = None) -> "Paths":
        if data_dir is None:
            data_dir = os.environ.get("DAFTAR_DATA_DIR")
        if data_dir:
            root = Path(data_dir).expanduser().resolve()
            paths = cls(data=root, logs=root / "logs", backups=root / "backups")
        else:
            paths = cls(
                data=Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
                logs=Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
                backups=Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)) / "backups",
            )
        return paths.with_backups_folder(Settings.load(paths).backups_folder)

    def with_backups_folder(self, folder: str) -> "Paths":
        """These paths with the backups folder chosen in the settings (a USB stick, say), when it is there.

        A chosen folder that is not there (the stick is not plugged in) is not
        made: the backups go to the usual folder, so that there is always one.
        """
        usual = self.data / "backups"
        if not folder:
            return replace(self, backups=usual)
        chosen = Path(folder).expanduser()
        if chosen.is_dir():
            return replace(self, backups=chosen)
        log.warning("The chosen backups folder %s is not there; backups go to %s", chosen, usual)
        return replace(self, backups=usual)

    def ensure(self) -> "Paths":
        for p in (self.data, self.logs, self.backups, self.schools_dir):
            p.mkdir(parents=True, exist_ok=True)
        return self

    @property
    def schools_dir(self) -> Path:
        return self.data / "schools"

    @property
    def settings_file(self) -> Path:
        return self.data / "settings.json"

    def school_file(self, school_code: str) -> Path:
        """The SQLite file of one school: one file per school (DESIGN.md §2)."""
        if not _SCHOOL_CODE.match(school_code):
            raise ValueError(f"Not a valid school code: {school_code!r}")
        return self.schools_dir / f"{school_code.lower()}.daftar"


@dataclass
class Settings:
    """Typed settings with defaults. Stored as JSON beside the school files."""

    sync_interval_minutes: int = 5
    idle_lock_minutes: int = 15
    language: str = ""  # empty: follow the system
    last_school: str = ""
    last_server_url: str = ""
    clock_warning_minutes: int = 5
    backups_folder: str = ""  # empty: the backups folder beside the school files
    extra: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, paths: Paths) -> "Settings":
        try:
            raw = json.loads(paths.settings_file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            log.warning("Settings file %s unreadable (%s); using defaults", paths.settings_file, exc)
            return cls()
        known = {f.name: f for f in fields(cls)}
        values = {}
        for key, value in raw.items() if isinstance(raw, dict) else ():
            f = known.get(key)
            if f is None:
                continue
            default = getattr(cls(), key)
            if isinstance(default, bool) or not isinstance(value, type(default)):
                continue
            values[key] = value
        return cls(**values)

    def save(self, paths: Paths) -> None:
        paths.data.mkdir(parents=True, exist_ok=True)
        tmp = paths.settings_file.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=2, sort_keys=True), encoding="utf-8")
        os.replace(tmp, paths.settings_file)


# When the roll call reminds of sections with no roll call yet today: ``Settings.extra`` key, "HH:MM", the
# school's time. Set in the Settings dialog, between the earliest and latest below (a school day).
ROLL_CALL_REMINDER_KEY = "roll_call_reminder"
DEFAULT_ROLL_CALL_REMINDER = dt.time(9, 30)
EARLIEST_ROLL_CALL_REMINDER = dt.time(5, 0)
LATEST_ROLL_CALL_REMINDER = dt.time(20, 0)


def roll_call_reminder(settings: Settings | None) -> dt.time:
    """The roll-call reminder time of these settings (the default when unset or unreadable)."""
    raw = settings.extra.get(ROLL_CALL_REMINDER_KEY, "") if settings is not None else ""
    try:
        hours, minutes = (int(x) for x in str(raw).split(":"))
        chosen = dt.time(hours, minutes)
    except ValueError:
        return DEFAULT_ROLL_CALL_REMINDER
    if not EARLIEST_ROLL_CALL_REMINDER <= chosen <= LATEST_ROLL_CALL_REMINDER:
        return DEFAULT_ROLL_CALL_REMINDER
    return chosen


class _RedactSecrets(logging.Filter):
    """Last line of defence: never let a token or password reach a log file."""

    _pattern = re.compile(
        r"(?i)(bearer\s+|\"?(?:access_token|refresh_token|password|token)\"?\s*[:=]\s*\"?)[^\s\",}]+"
    )

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = self._pattern.sub(r"\1[redacted]", message)
        if redacted != message:
            record.msg, record.args = redacted, ()
        return True


def setup_logging(paths: Paths, level: int = logging.INFO, console: bool = False) -> Path:
    """Log to a rotating file in the user log directory; return its path."""
    paths.logs.mkdir(parents=True, exist_ok=True)
    logfile = paths.logs / "daftar.log"
    root = logging.getLogger()
    for h in list(root.handlers):
        if getattr(h, "_daftar", False):
            root.removeHandler(h)
    handler = logging.handlers.RotatingFileHandler(
        logfile, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(_RedactSecrets())
    handler._daftar = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    if console:
        stream = logging.StreamHandler()
        stream.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
        stream.addFilter(_RedactSecrets())
        stream._daftar = True  # type: ignore[attr-defined]
        root.addHandler(stream)
    root.setLevel(level)
    return logfile
