"""Install calmfloor's Qt translators (today: English plural forms such as "1 breath")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

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


def settle_locale(language: str | None = None) -> QLocale:
    """Use the system locale for dates and numbers, or British English when it is "C".

    A system with no locale configured (a bare container, a kiosk image) reports the "C"
    locale, which writes dates as "22 10 2026". British English reads "22/10/2026" and
    "22 October 2026", unambiguous to most readers. Any real locale is kept.

    Args:
        language: a locale name the clinic policy chose (``"de"``, ``"fa_IR"``), used for
            dates and numbers instead of the system's; ignored when Qt does not know it.

    Returns:
        The default locale now in effect.
    """
    chosen = QLocale(language) if language else None
    if chosen is not None and chosen.language() != QLocale.Language.C:
        QLocale.setDefault(chosen)
    elif QLocale.system().language() == QLocale.Language.C:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    return QLocale()
