"""Choose the language, install its Qt translators and layout direction, switch at run time."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication

from calmfloor.core.settings import LANGUAGE_SYSTEM
from calmfloor.resources import asset_dir

if TYPE_CHECKING:
    from calmfloor.ui.kit.models import SettingsModel


TRANSLATIONS_FOLDER = "translations"


APP_CATALOG = "calmfloor"  # calmfloor_<code>.qm, made by packaging/update_translations.py


QT_CATALOG = "qtbase"  # Qt's own words: standard dialog buttons, context menus


FALLBACK_LANGUAGE = "en"


TRANSLATOR_NAME = "calmfloor-translator"  # the object name of every translator we install


LANGUAGE_PROPERTY = "calmfloor_language"  # the application property naming the language


SWITCH_CHECK_MS = 1000  # while a switch waits for a session to end, look this often


def translations_dir() -> Path:
    """The folder of compiled translations (``assets/translations``)."""
    return asset_dir(TRANSLATIONS_FOLDER)


def shipped_languages(folder: Path | None = None) -> tuple[str, ...]:
    """The languages calmfloor ships, sorted: one per ``calmfloor_<code>.qm`` file.

    English is always among them (its file holds the plural forms), so a new language needs
    only its compiled file, no code change.

    Args:
        folder: where the compiled files are; None is the packaged folder.
    """
    try:
        folder = folder or translations_dir()
        names = [path.name for path in folder.glob(f"{APP_CATALOG}_*.qm")]
    except (FileNotFoundError, OSError):
        names = []
    codes = {name[len(APP_CATALOG) + 1 : -len(".qm")] for name in names}
    codes.add(FALLBACK_LANGUAGE)
    return tuple(sorted(code for code in codes if code))


def match_language(wanted: str, shipped: Iterable[str]) -> str | None:
    """The shipped language that serves the locale name ``wanted``, or None.

    ``"de-AT"`` and ``"de_DE"`` are served by ``"de"``; ``"pt-BR"`` by ``"pt_BR"`` if it
    ships, else by ``"pt"``; ``"zh-Hant-TW"`` by ``"zh_TW"``. Case does not matter.
    """
    by_key = {code.replace("-", "_").casefold(): code for code in shipped}
    parts = [part for part in wanted.replace("-", "_").split("_") if part]
    if not parts:
        return None
    candidates = ["_".join(parts), f"{parts[0]}_{parts[-1]}", parts[0]]
    for candidate in candidates:
        found = by_key.get(candidate.casefold())
        if found is not None:
            return found
    return None


def system_language(shipped: Iterable[str], ui_languages: Sequence[str] | None = None) -> str:
    """The first of the system's preferred languages that calmfloor ships, else English.

    Args:
        shipped: the languages calmfloor ships.
        ui_languages: the system's preferred languages in order; None asks Qt
            (``QLocale.system().uiLanguages()``).
    """
    shipped = tuple(shipped)
    preferred = QLocale.system().uiLanguages() if ui_languages is None else ui_languages
    for name in preferred:
        found = match_language(name, shipped)
        if found is not None:
            return found
    return FALLBACK_LANGUAGE


def choose_language(
    policy_language: str | None,
    setting: str,
    shipped: Iterable[str],
    ui_languages: Sequence[str] | None = None,
) -> str:
    """The language to show: the clinic's, else the user's choice, else the system's.

    A language that does not ship is passed over (the next in line is used).

    Args:
        policy_language: the clinic policy's ``language``, or None.
        setting: the user's ``language`` setting (``"system"`` or a language code).
        shipped: the languages calmfloor ships.
        ui_languages: the system's preferred languages; None asks Qt.
    """
    shipped = tuple(shipped)
    for wanted in (policy_language, setting):
        if wanted and wanted != LANGUAGE_SYSTEM:
            found = match_language(wanted, shipped)
            if found is not None:
                return found
    return system_language(shipped, ui_languages)


def lock_policy_language(
    settings: SettingsModel, policy_language: str | None, shipped: Iterable[str]
) -> None:
    """Show the clinic's language in Settings, locked ("Managed by your clinic").

    A clinic language calmfloor does not ship (or has no name for) locks the setting at
    "Follow system": the clinic still decides, and the system's language is used.
    """
    if not policy_language:
        return
    from calmfloor.core.settings import spec

    found = match_language(policy_language, shipped)
    value = found if found in spec("language").choice_values else LANGUAGE_SYSTEM
    settings.apply_policy({"language": value}, {"language"})


def settle_locale(language: str | None = None) -> QLocale:
    """Make dates and numbers follow the UI ``language``, keeping the system's region.

    The system locale is kept when it speaks ``language`` (``de_AT`` for German keeps
    Austrian dates). Otherwise the language's own locale is used, and for English British
    English ("22/10/2026", "22 October 2026"), unambiguous to most readers; the same when
    the system reports the "C" locale (a bare container, a kiosk image).

    Args:
        language: a language code (``"de"``, ``"fa_IR"``); None keeps the system's
            language. Ignored when Qt does not know it.

    Returns:
        The default locale now in effect.
    """
    system = QLocale.system()
    chosen = QLocale(language) if language else None
    if chosen is None or chosen.language() == QLocale.Language.C:
        chosen = system
    if chosen.language() == QLocale.Language.C:
        chosen = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    if system.language() == chosen.language():
        QLocale.setDefault(system)
    elif chosen.language() == QLocale.Language.English:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    else:
        QLocale.setDefault(chosen)
    return QLocale()


def layout_direction(language: str) -> Qt.LayoutDirection:
    """Right to left for Persian, Arabic, Hebrew...; left to right otherwise."""
    return QLocale(language).textDirection()


def _translators(app: QCoreApplication) -> list[QTranslator]:
    return app.findChildren(QTranslator, TRANSLATOR_NAME)


def _load(path: Path) -> QTranslator | None:
    translator = QTranslator()
    if not path.is_file() or not translator.load(str(path)):
        return None
    translator.setObjectName(TRANSLATOR_NAME)
    return translator


def load_catalogs(language: str, folder: Path | None = None) -> list[QTranslator]:
    """The translators ``language`` needs, lowest priority first (none installed yet).

    The English plural forms come first, so a plural a translation lacks still reads
    "1 breath"; then Qt's own catalog (dialog buttons); then calmfloor's.
    """
    folder = folder or translations_dir()
    paths = [folder / f"{APP_CATALOG}_{FALLBACK_LANGUAGE}.qm"]
    if language != FALLBACK_LANGUAGE:
        qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        paths.append(qt_dir / f"{QT_CATALOG}_{language}.qm")
        paths.append(folder / f"{APP_CATALOG}_{language}.qm")
    return [t for t in (_load(path) for path in paths) if t is not None]


def current_language(app: QCoreApplication | None = None) -> str | None:
    """The language :func:`apply_language` last installed, or None."""
    app = app or QCoreApplication.instance()
    value = app.property(LANGUAGE_PROPERTY) if app is not None else None
    return value if isinstance(value, str) and value else None


def apply_language(
    app: QCoreApplication,
    language: str,
    folder: Path | None = None,
    catalogs: list[QTranslator] | None = None,
) -> bool:
    """Install ``language``: its translators, the layout direction, dates and numbers.

    Translators installed before are removed first. Widgets built before keep their text:
    build windows after this (the main window is rebuilt on a switch, see
    :class:`LanguageSwitcher`).

    Args:
        app: the application.
        language: a language code calmfloor ships.
        folder: where the compiled files are; None is the packaged folder.
        catalogs: translators already loaded for ``language`` (:func:`load_catalogs`).

    Returns:
        True when calmfloor's own catalog for ``language`` loaded (always for English
        when the plural file is there).
    """
    for old in _translators(app):
        app.removeTranslator(old)
        old.setObjectName("")
        old.deleteLater()
    loaded = catalogs if catalogs is not None else load_catalogs(language, folder)
    for translator in loaded:
        translator.setParent(app)
        app.installTranslator(translator)
    app.setProperty(LANGUAGE_PROPERTY, language)
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(layout_direction(language))
    settle_locale(language)
    names = {Path(t.filePath()).name for t in loaded}
    return f"{APP_CATALOG}_{language}.qm" in names


def install_translations(app: QCoreApplication) -> bool:
    """Install English unless a language is installed already; False if nothing loaded.

    English source strings use Qt's ``%n`` plurals ("%n breath(s)"), which need a
    translation file even in English to read "1 breath" and "2 breaths".
    """
    if current_language(app) is not None and _translators(app):
        return True
    return apply_language(app, FALLBACK_LANGUAGE)
