"""Import the History page's heavy modules ahead of its first opening (pyqtgraph via charts)."""

from __future__ import annotations

import importlib

# The modules whose import the first opening of History would otherwise pay for:
# the charts module pulls in numpy and pyqtgraph (250-490 ms on a slow machine).
HEAVY_MODULES = ("calmfloor.ui.history.charts",)


def warm_up() -> None:
    """Import the History page's heavy modules, so its first opening does not wait for them.

    Meant for an idle moment after start-up (no session running): the shell calls it once;
    a second call costs nothing, as the modules are then already in ``sys.modules``.
    """
    for name in HEAVY_MODULES:
        importlib.import_module(name)
