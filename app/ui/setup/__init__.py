"""The Setup screen: the school's set-up, kept by its admin (docs/setup.md)."""

from app.ui.setup.screen import SetupScreen

__all__ = ["SetupScreen"]
