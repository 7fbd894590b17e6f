"""Install calmfloor's Qt translators (today: English plural forms such as "1 breath")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from calmfloor.resources import Asset, asset_path


def install_translations(app: QCoreApplication) -> bool:
    """Load the English plural forms into ``app``; False if the file could not be loaded.

    English source strings use Qt's ``%n`` plurals ("%n breath(s)"), which need a
    translation file even in English to read "1 breath" and "2 breaths".
    """
    existing = app.property("calmfloor_translator")
    if isinstance(existing, QTranslator):
        return True
    translator = QTranslator(app)
    if not translator.load(str(asset_path(Asset.TRANSLATION_EN))):
        return False
    app.installTranslator(translator)
    app.setProperty("calmfloor_translator", translator)
    return True
