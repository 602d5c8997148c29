"""``daftar-server`` / ``python -m server``: run the central API and manage schools.

    python -m server serve --database-url postgresql+psycopg://daftar@localhost/daftar
    python -m server create-school --code DEMO --name "Demo School" --admin-username admin
    python -m server add-user --school-code DEMO --username t.ali --full-name "Ali" --role teacher
    python -m server load-demo --size small
    python -m server send-alerts

Passwords are read from ``--password``, the environment variable
``DAFTAR_SERVER_PASSWORD``, or asked for on the terminal.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import socket
import sys
from typing import Any

DEFAULT_URL = "sqlite:///daftar-server.sqlite3"


def _url(args: argparse.Namespace) -> str:
    return args.database_url or os.environ.get("DAFTAR_SERVER_DATABASE_URL") or DEFAULT_URL


def _password(args: argparse.Namespace, prompt: str) -> str:
    value = getattr(args, "password", None) or os.environ.get("DAFTAR_SERVER_PASSWORD")
    if value:
        return value
    if not sys.stdin.isatty():
        raise SystemExit("Give a password with --password or DAFTAR_SERVER_PASSWORD.")
    first = getpass.getpass(prompt)
    if first != getpass.getpass("Again: "):
        raise SystemExit("The two passwords differ.")
    return first


def _engine(args: argparse.Namespace):  # noqa: ANN202
    from server.db import make_engine, migrate

    engine = make_engine(_url(args))
    migrate(engine)
    return engine


def tcp_listener(config: Any) -> socket.socket:
    """The listening socket the API processes share: uvicorn's own (``Config.bind_socket``), said to be TCP.

    A connection accepted on it inherits its protocol number, and asyncio switches Nagle's algorithm off
    (``TCP_NODELAY``) only on a socket whose protocol is ``IPPROTO_TCP``. uvicorn leaves it at 0 when it
    binds the socket itself, as it does for several workers (uvicorn issue #3149), so every request after the
    first on a kept-alive connection waited about 40 ms for the device's delayed acknowledgement: a day's
    push of four batches took 0.32 s instead of 0.2 s. One process (``--workers 1``) gives uvicorn a host
    and a port, and asyncio's own socket is already right."""
    bound = config.bind_socket()
    if bound.family not in (socket.AF_INET, socket.AF_INET6):
        return bound  # a Unix socket: no Nagle to switch off
    sock = socket.socket(bound.family, bound.type, socket.IPPROTO_TCP, fileno=bound.detach())
    sock.set_inheritable(True)
    return sock


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from server.app import create_app
    from server.settings import Settings, SettingsError

    try:
        Settings(database_url=_url(args)).check()
    except SettingsError as exc:
        raise SystemExit(str(exc)) from None
    print(f"Daftar central API on http://{args.host}:{args.port}/v1 (OpenAPI at /openapi.json)", flush=True)
    if args.workers > 1:
        # Several API processes on one port; migrations and the token secret are settled first.
        from server.app import _load_secret
        from server.db import make_engine, migrate

        engine = make_engine(_url(args))
        migrate(engine)
        _load_secret(engine, Settings(database_url=_url(args)))
        alerts = _alert_loop(args, engine)
        os.environ["DAFTAR_SERVER_DATABASE_URL"] = _url(args)
        from uvicorn.supervisors import Multiprocess

        config = uvicorn.Config("server.app:create_app_from_env", factory=True, workers=args.workers,
                                host=args.host, port=args.port, log_level=args.log_level, access_log=args.access_log)
        try:
            Multiprocess(config, sockets=[tcp_listener(config)]).run()
        except KeyboardInterrupt:
            pass
        if alerts is not None:
            alerts.stop()
        return 0
    app = create_app(Settings(database_url=_url(args)))
    alerts = _alert_loop(args, app.state.engine)
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level, access_log=args.access_log)
    if alerts is not None:
        alerts.stop()
    return 0


def _alert_loop(args: argparse.Namespace, engine):  # noqa: ANN001, ANN202
    """Guardian alerts are sent by a background thread of ``serve`` (server/alerts.py)."""
    from server.alerts import AlertLoop

    return AlertLoop(engine, interval=args.alert_interval).start() if args.alert_interval > 0 else None


def cmd_send_alerts(args: argparse.Namespace) -> int:
    from server.alerts import LoggingSender, send_due_alerts

    report = send_due_alerts(_engine(args), LoggingSender())
    print(f"Guardian alerts: {report.sent} sent, {report.failed} failed, {report.cancelled} cancelled.")
    return 0


def cmd_create_school(args: argparse.Namespace) -> int:
    from server.schools import SchoolError, add_user, create_school

    engine = _engine(args)
    password = _password(args, f"Password for {args.admin_username}: ")
    try:
        school = create_school(engine, code=args.code, name=args.name, currency=args.currency,
                               currency_digits=args.currency_digits, time_zone=args.time_zone, locale=args.locale,
                               attendance_edit_days=args.attendance_edit_days)
        add_user(engine, school["id"], username=args.admin_username, full_name=args.admin_full_name,
                 role="admin", password=password)
    except SchoolError as exc:
        raise SystemExit(str(exc)) from None
    print(f"Created school {args.code} ({school['id']}) with admin {args.admin_username}.")
    return 0


def cmd_add_user(args: argparse.Namespace) -> int:
    from server.schools import SchoolError, add_user, school_by_code

    engine = _engine(args)
    try:
        school = school_by_code(engine, args.school_code)
        password = _password(args, f"Password for {args.username}: ")
        user = add_user(engine, school["id"], username=args.username, full_name=args.full_name or args.username,
                        role=args.role, password=password, phone=args.phone)
    except SchoolError as exc:
        raise SystemExit(str(exc)) from None
    print(f"Added {args.role} {args.username} ({user['id']}) to {args.school_code}.")
    return 0


def cmd_load_demo(args: argparse.Namespace) -> int:
    from server.demo import load_demo
    from server.schools import SchoolError

    engine = _engine(args)
    try:
        summary: dict[str, Any] = load_demo(engine, size=args.size, seed=args.seed)
    except SchoolError as exc:
        raise SystemExit(str(exc)) from None
    print(f"Loaded demo school {summary['code']}: {summary['rows']} rows; users: {', '.join(summary['users'])}.")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="daftar-server",
        description="Daftar's reference central API: the server school devices sync with. "
                    "Works on PostgreSQL (production) and SQLite (demo, tests).",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def with_db(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument("--database-url", help="SQLAlchemy URL, e.g. postgresql+psycopg://user:pw@host/db or "
                       f"sqlite:///file.sqlite3 (default: $DAFTAR_SERVER_DATABASE_URL or {DEFAULT_URL})")
        return p

    p = with_db(sub.add_parser("serve", help="run the API (migrations are applied first)"))
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8470, help="port (default 8470)")
    p.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])
    p.add_argument("--access-log", action="store_true", help="log every request (tokens are never logged)")
    p.add_argument("--workers", type=int, default=int(os.environ.get("DAFTAR_SERVER_WORKERS") or 1),
                   help="API processes (PostgreSQL; the request rate limit is per process); "
                        "default DAFTAR_SERVER_WORKERS or 1")
    p.add_argument("--alert-interval", type=float, default=60.0,
                   help="seconds between two rounds of guardian alerts (0: do not send; default 60)")
    p.set_defaults(func=cmd_serve)

    p = with_db(sub.add_parser("send-alerts", help="send the guardian alerts that are due, once"))
    p.set_defaults(func=cmd_send_alerts)

    p = with_db(sub.add_parser("create-school", help="create a school and its admin user"))
    p.add_argument("--code", required=True, help="short code people type when signing in, e.g. GHS")
    p.add_argument("--name", required=True, help="the school's name")
    p.add_argument("--currency", default="USD", help="ISO 4217 code (default USD)")
    p.add_argument("--currency-digits", type=int, default=2, help="minor unit digits (default 2)")
    p.add_argument("--time-zone", default="UTC", help="IANA time zone, e.g. Asia/Karachi (default UTC)")
    p.add_argument("--locale", default="en_US", help="e.g. ur_PK, hi_IN (default en_US)")
    p.add_argument("--attendance-edit-days", type=int, default=7,
                   help="how many days back a teacher may change attendance (default 7)")
    p.add_argument("--admin-username", default="admin", help="the admin's username (default admin)")
    p.add_argument("--admin-full-name", default="School admin")
    p.add_argument("--password", help="the admin's password (or $DAFTAR_SERVER_PASSWORD, or asked)")
    p.set_defaults(func=cmd_create_school)

    p = with_db(sub.add_parser("add-user", help="add a user to a school"))
    p.add_argument("--school-code", required=True)
    p.add_argument("--username", required=True)
    p.add_argument("--full-name", default="")
    p.add_argument("--role", required=True, choices=["teacher", "office", "principal", "admin"])
    p.add_argument("--phone", default="")
    p.add_argument("--password", help="(or $DAFTAR_SERVER_PASSWORD, or asked)")
    p.set_defaults(func=cmd_add_user)

    p = with_db(sub.add_parser("load-demo", help="create the demo school (same generator as the client's demo)"))
    p.add_argument("--size", default="default", choices=["small", "default", "large"])
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(func=cmd_load_demo)
    return parser


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
