"""The principal's dashboard (issue #10): the screen, its charts, tables and drill-downs.

:class:`DashboardScreen` is registered in the main window under the key
``"dashboard"`` (principal and admin, :mod:`app.ui.roles`).
"""

from app.ui.dashboard.screen import DashboardScreen

__all__ = ["DashboardScreen"]
