"""Qt's own sliding and fading (menus, list boxes, tooltips) follow reduced motion."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

_QT_EFFECTS = (  # Qt's own sliding and fading: menus, list boxes, tooltips, tool boxes
    Qt.UIEffect.UI_AnimateMenu,
    Qt.UIEffect.UI_FadeMenu,
    Qt.UIEffect.UI_AnimateCombo,
    Qt.UIEffect.UI_AnimateTooltip,
    Qt.UIEffect.UI_FadeTooltip,
    Qt.UIEffect.UI_AnimateToolBox,
)
_QT_EFFECTS_DEFAULT = "calmfloor-qt-effects"  # the desktop's choice, kept on the application


def still_qt_effects(reduced: bool) -> None:
    """With reduced motion, Qt's menus, list boxes and tooltips appear without sliding or
    fading; without it, they do what the desktop chose."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    defaults = app.property(_QT_EFFECTS_DEFAULT)
    if defaults is None:
        defaults = [QApplication.isEffectEnabled(effect) for effect in _QT_EFFECTS]
        app.setProperty(_QT_EFFECTS_DEFAULT, defaults)
    for effect, default in zip(_QT_EFFECTS, defaults, strict=True):
        QApplication.setEffectEnabled(effect, bool(default) and not reduced)
