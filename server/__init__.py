"""Daftar's reference central API (DESIGN.md §4, §7, §8).

FastAPI over SQLAlchemy Core; PostgreSQL in production, SQLite for the
embedded demo and tests. The only client module it shares is
:mod:`app.sync.protocol`.
"""
