"""The History page in the window: built the first time it is opened (charts load then)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from calmfloor.ui.kit.page import Mounted, PageHost, PageMount

KEY = "page-history"


def mount(host: PageHost) -> PageMount:
    """The History page's place in ``host``; it reloads when shown and after a session."""
    return PageMount(KEY, QCoreApplication.translate("history", "&History"), lambda: _build(host))


def _build(host: PageHost) -> Mounted:
    from calmfloor.ui.history.view import HistoryView

    context = host.context
    view = HistoryView(
        context.history,
        context.history_message,
        settings=context.settings,
        clock=context.clock,
        export_enabled=context.policy.export_enabled,
    )
    return Mounted(page=view, shown=lambda: view.reload(), saved=lambda: view.reload())
