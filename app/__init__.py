"""Daftar: offline-first school software."""

__version__ = "0.1.0"
