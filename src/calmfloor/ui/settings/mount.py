"""The Settings page in the window: built the first time it is opened."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from calmfloor.ui.kit.page import Mounted, PageHost, PageMount

KEY = "page-settings"


def mount(host: PageHost) -> PageMount:
    """The Settings page's place in ``host``."""
    return PageMount(KEY, QCoreApplication.translate("settings", "&Settings"), lambda: _build(host))


def _build(host: PageHost) -> Mounted:
    from calmfloor.ui.settings.view import SettingsView

    context = host.context
    view = SettingsView(context.settings, data_locations=context.paths.locations(), cues=host.cues)
    return Mounted(page=view)
