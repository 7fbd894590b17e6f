"""Language: choosing it, right to left, switching a real window live, translated routines."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPoint, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from calmfloor.app import install_language
from calmfloor.core.clock import ManualClock
from calmfloor.core.settings import LANGUAGE_SYSTEM
from calmfloor.storage.paths import resolve_paths
from calmfloor.storage.routines_store import LoadedRoutine, load_routines
from calmfloor.ui.kit import i18n as translations
from calmfloor.ui.kit.i18n import (
    apply_language,
    choose_language,
    current_language,
    lock_policy_language,
    match_language,
    shipped_languages,
    system_language,
)
from calmfloor.ui.kit.sound import CuePlayer
from calmfloor.ui.kit.widgets import change_text, format_clock
from calmfloor.ui.relax.library import RoutineLibrary
from calmfloor.ui.settings.view import SettingsView
from calmfloor.ui.shell.context import load_context
from calmfloor.ui.shell.language import LanguageSwitcher, rebuild_window
from calmfloor.ui.shell.main_window import MainWindow, Page

ROUTINES = Path(__file__).resolve().parents[2] / "assets" / "routines"


@pytest.fixture(autouse=True)
def back_to_english(qapp: QApplication) -> Iterator[None]:
    """Every test ends in English, left to right, with the locale it started with."""
    locale = QLocale()
    yield
    apply_language(qapp, "en")
    QLocale.setDefault(locale)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def catalog(language: str) -> QTranslator:
    """The shipped catalog of ``language``, to know the words without hard-coding them."""
    translator = QTranslator()
    path = translations.translations_dir() / f"calmfloor_{language}.qm"
    assert translator.load(str(path)), f"{path.name} is not shipped"
    return translator


def words(language: str, context: str, source: str) -> str:
    text = catalog(language).translate(context, source)
    assert text and text != source, f"{language} has no translation of {source!r}"
    return text


# ----- choosing ----------------------------------------------------------------------------


def test_shipped_languages_are_found_from_the_compiled_files(tmp_path: Path) -> None:
    for name in ("calmfloor_de.qm", "calmfloor_pt_BR.qm", "calmfloor_fa.ts", "other_x.qm"):
        (tmp_path / name).write_bytes(b"")
    assert shipped_languages(tmp_path) == ("de", "en", "pt_BR")  # English always
    assert {"de", "en", "fa"} <= set(shipped_languages())


@pytest.mark.parametrize(
    ("wanted", "expected"),
    [
        ("de", "de"),
        ("de-AT", "de"),
        ("DE_ch", "de"),
        ("fa-IR", "fa"),
        ("pt-BR", "pt_BR"),
        ("pt-PT", "pt"),
        ("zh-Hant-TW", "zh_TW"),
        ("fr-FR", None),
        ("", None),
    ],
)
def test_a_locale_name_is_served_by_the_closest_shipped_language(
    wanted: str, expected: str | None
) -> None:
    assert match_language(wanted, ["de", "en", "fa", "pt", "pt_BR", "zh_TW"]) == expected


def test_the_system_language_is_the_first_preferred_one_shipped_else_english() -> None:
    shipped = ("de", "en", "fa")
    assert system_language(shipped, ["fr-FR", "fa-IR", "de-DE"]) == "fa"
    assert system_language(shipped, ["fr-FR", "it"]) == "en"
    assert system_language(shipped, ["C"]) == "en"


def test_the_clinic_wins_then_the_user_then_the_system() -> None:
    shipped = ("de", "en", "fa")
    system = ["de-DE"]
    assert choose_language("fa", "en", shipped, system) == "fa"
    assert choose_language(None, "en", shipped, system) == "en"
    assert choose_language(None, LANGUAGE_SYSTEM, shipped, system) == "de"
    assert choose_language("fr", LANGUAGE_SYSTEM, shipped, system) == "de"  # not shipped
    assert choose_language(None, "fr", shipped, ["fr"]) == "en"


def test_persian_turns_the_layout_and_the_digits(qapp: QApplication) -> None:
    assert apply_language(qapp, "fa")
    assert current_language() == "fa"
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLocale().language() == QLocale.Language.Persian
    assert format_clock(65) == "۱:۰۵"  # Persian digits where Qt's locale has them
    assert apply_language(qapp, "de")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QLocale().language() == QLocale.Language.German
    assert apply_language(qapp, "en")
    assert format_clock(65) == "1:05"
    # the English plural forms stay underneath every language
    assert QCoreApplication.translate("BreathingView", "%n breath(s) in %1", "", 1).startswith(
        "1 breath in"
    )


def test_a_change_reads_from_the_right_in_persian(qapp: QApplication) -> None:
    assert change_text("7", "4") == "7 → 4"
    apply_language(qapp, "fa")
    assert change_text("۷", "۴") == "۷ ← ۴"  # before on the right, the arrow pointing on


def test_qt_s_own_dialog_buttons_follow_the_language(qapp: QApplication) -> None:
    apply_language(qapp, "de")
    assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "&Ja"


def test_the_kiosk_takes_the_clinic_language_before_any_window(qapp: QApplication) -> None:
    assert install_language(qapp, "fa_IR") == "fa"
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert install_language(qapp, "xx") in shipped_languages()  # unknown: the system's


# ----- the Settings page -------------------------------------------------------------------


def _language_box(view: SettingsView) -> QComboBox:
    box = view.widget_for("language")
    assert isinstance(box, QComboBox)
    return box


def test_settings_offers_follow_system_and_each_language_in_its_own_name(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    apply_language(qapp, "de")  # even in German, Persian is written "فارسی"
    context = load_context(resolve_paths(tmp_path), ManualClock())
    view = SettingsView(context.settings)
    qtbot.addWidget(view)
    box = _language_box(view)
    items = {box.itemData(i): box.itemText(i) for i in range(box.count())}
    assert items.pop(LANGUAGE_SYSTEM) == words("de", "settings", "Follow system")
    assert items == {"de": "Deutsch", "en": "English", "fa": "فارسی"}
    apply = view.findChild(QPushButton, "setting-language-apply")
    assert apply is not None and not apply.isEnabled()
    box.setCurrentIndex(box.findData("fa"))  # an arrow key only chooses: nothing rebuilt yet
    assert context.settings.value("language") != "fa"
    assert apply.isEnabled()
    apply.click()  # the deliberate step
    assert context.settings.value("language") == "fa"
    assert not apply.isEnabled()
    context.close()


def test_a_clinic_language_locks_the_setting(qtbot: QtBot, tmp_path: Path) -> None:
    context = load_context(resolve_paths(tmp_path), ManualClock())
    lock_policy_language(context.settings, "de_AT", shipped_languages())
    assert context.settings.is_locked("language")
    assert context.settings.value("language") == "de"
    view = SettingsView(context.settings)
    qtbot.addWidget(view)
    box = _language_box(view)
    assert not box.isEnabled() and box.currentData() == "de"
    assert "Managed by your clinic" in box.toolTip()
    context.close()


# ----- switching a real window -------------------------------------------------------------


@pytest.fixture
def live(qtbot: QtBot, tmp_path: Path) -> Iterator[Callable[[], LanguageSwitcher]]:
    """A real main window on Settings with its language switcher; closed afterwards."""
    made: list[LanguageSwitcher] = []

    def make() -> LanguageSwitcher:
        context = load_context(resolve_paths(tmp_path / "data"), ManualClock())
        window = MainWindow(context, CuePlayer(backend=None))
        window.resize(760, 540)  # within the offscreen screen (800 x 600)
        window.move(20, 30)
        window.show()
        qtbot.waitExposed(window)
        window.show_page(Page.SETTINGS)
        switcher = LanguageSwitcher(
            window, build=lambda old: rebuild_window(old, CuePlayer(backend=None))
        )
        made.append(switcher)
        return switcher

    yield make
    for switcher in made:
        switcher.stop()
        window = switcher.window
        window.breathing.stop()
        window.close()
        window.context.close()
        window.deleteLater()


def choose(switcher: LanguageSwitcher, language: str, qtbot: QtBot) -> MainWindow:
    """Pick ``language`` in the window's Settings list, as a user does."""
    box = _language_box(switcher.window.settings)
    old = switcher.window
    box.setCurrentIndex(box.findData(language))
    apply = switcher.window.settings.findChild(QPushButton, "setting-language-apply")
    assert apply is not None
    apply.click()
    qtbot.waitUntil(lambda: switcher.window is not old or switcher.waiting)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return switcher.window


def breathe_button(window: MainWindow) -> QPushButton:
    button = window.findChild(QPushButton, f"nav-{Page.BREATHE}")
    assert isinstance(button, QPushButton)
    return button


def nav_x(window: MainWindow) -> int:
    return breathe_button(window).mapTo(window, QPoint(0, 0)).x()


def pages_x(window: MainWindow) -> int:
    return window.pages.mapTo(window, QPoint(0, 0)).x()


def test_choosing_a_language_rebuilds_the_window_in_it_mirrored_for_persian(
    qtbot: QtBot, live: Callable[[], LanguageSwitcher]
) -> None:
    switcher = live()
    first = switcher.window
    context = first.context
    geometry = first.geometry()
    assert breathe_button(first).text() == "&Breathe"
    assert nav_x(first) < pages_x(first)  # the page list on the left

    german = choose(switcher, "de", qtbot)
    assert german is not first and not shiboken6.isValid(first)  # closed and deleted
    assert german.context is context
    assert breathe_button(german).text() == words("de", "breathing", "&Breathe")
    assert german.current_page() is Page.SETTINGS
    assert german.geometry() == geometry
    assert german.isVisible()

    persian = choose(switcher, "fa", qtbot)
    assert persian.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert breathe_button(persian).text() == words("fa", "breathing", "&Breathe")
    # mirrored: the page list is on the right, the pages on the left
    assert nav_x(persian) > pages_x(persian)

    back = choose(switcher, "en", qtbot)
    assert back.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert breathe_button(back).text() == "&Breathe"
    assert nav_x(back) < pages_x(back)
    assert back.context.settings.value("language") == "en"


def test_no_timer_tray_or_connection_of_an_old_window_survives(
    qtbot: QtBot, qapp: QApplication, live: Callable[[], LanguageSwitcher]
) -> None:
    switcher = live()
    first = switcher.window
    context = first.context
    # the reminders are made just after the first paint (docs/performance.md): count them
    qtbot.waitUntil(lambda: first.findChild(QTimer, "reminder-timer") is not None)
    signal = "2changed(QString,PyObject)"
    listening = context.settings.receivers(signal)
    assert listening > 0
    second = choose(switcher, "de", qtbot)
    window = choose(switcher, "fa", qtbot)
    assert not shiboken6.isValid(first) and not shiboken6.isValid(second)  # deleted
    shown = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    assert shown == [window]
    assert len(window.findChildren(QTimer, "reminder-timer")) == 1
    trays = [t for w in qapp.topLevelWidgets() for t in w.findChildren(QSystemTrayIcon)]
    assert len(trays) <= 1  # made only when first needed
    assert context.settings.receivers(signal) == listening  # nothing doubled, nothing left
    # the old windows' slots are gone: a change reaches only the live window
    context.settings.set_value("reminders_enabled", True)
    assert window.findChild(QTimer, "reminder-timer").isActive()
    context.settings.set_value("reminders_enabled", False)


def test_during_a_session_the_switch_waits_until_the_session_is_over(
    qtbot: QtBot, live: Callable[[], LanguageSwitcher]
) -> None:
    switcher = live()
    window = switcher.window
    window.breathing.start()
    assert choose(switcher, "de", qtbot) is window  # not now
    assert switcher.pending == "de"
    later = words("de", "LanguageSwitcher", "The new language is used when this session ends.")
    assert later in window.messages.messages()  # said in the new language
    switcher.check_pending()
    assert switcher.window is window
    window.breathing.stop()  # the end screen asks how it went: still not now
    switcher.check_pending()
    assert switcher.window is window
    window.breathing.skip_ratings()
    switcher.check_pending()
    assert switcher.window is not window and switcher.pending is None
    assert current_language() == "de"


def test_the_heat_pack_s_end_screen_also_holds_the_switch(
    qtbot: QtBot, live: Callable[[], LanguageSwitcher]
) -> None:
    switcher = live()
    window = switcher.window
    window.show_page(Page.HEAT)
    heat = window.heat
    heat.confirm_checklist()
    assert heat.select_area("hip")
    assert heat.start()
    assert choose(switcher, "de", qtbot) is window  # not now
    heat.remove_pack()  # the end screen says how it went: still not now
    switcher.check_pending()
    assert switcher.window is window
    heat.back_to_setup()
    switcher.check_pending()
    assert switcher.window is not window and switcher.pending is None


def test_choosing_the_old_language_again_during_a_session_cancels_the_switch(
    qtbot: QtBot, live: Callable[[], LanguageSwitcher]
) -> None:
    switcher = live()
    window = switcher.window
    window.breathing.start()
    choose(switcher, "fa", qtbot)
    assert switcher.pending == "fa"
    window.context.settings.set_value("language", LANGUAGE_SYSTEM)  # back: English here
    assert switcher.pending is None
    window.breathing.stop()
    window.breathing.skip_ratings()
    switcher.check_pending()
    assert switcher.window is window


@pytest.mark.qt_log_ignore("^This plugin does not support raise\\(\\)$")  # offscreen only
def test_a_second_launch_reaches_the_new_window(
    qtbot: QtBot, live: Callable[[], LanguageSwitcher]
) -> None:
    from calmfloor.app import on_second_launch

    switcher = live()
    new = choose(switcher, "de", qtbot)
    new.showMinimized()
    on_second_launch(switcher.window, ["--start", "breathing"])
    assert not new.isMinimized()
    assert new.session_running()


# ----- translated built-in routines --------------------------------------------------------


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


ENGLISH_ROUTINE = """format = 1
id = "tiny"
name = "Tiny"
author = "calmfloor"
version = "1.0"

[[steps]]
region = "feet"
mode = "release_only"
instruction = "Let your feet go soft."
release_s = 20
"""


def test_the_built_in_routine_comes_in_the_language_of_the_app(tmp_path: Path) -> None:
    builtin = tmp_path / "routines"
    _write(builtin, "tiny.toml", ENGLISH_ROUTINE)
    _write(builtin, "other.toml", ENGLISH_ROUTINE.replace('"tiny"', '"other"'))
    german = ENGLISH_ROUTINE.replace('name = "Tiny"', 'name = "Winzig"').replace(
        "Let your feet go soft.", "Lassen Sie die Füße weich werden."
    )
    german = german.replace('version = "1.0"', 'version = "1.0"\nlanguage = "de"')
    _write(builtin / "de", "tiny.toml", german)
    loaded, problems = load_routines(builtin, None, language="de")
    assert problems == []
    by_id = {item.routine.id: item for item in loaded}
    assert by_id["tiny"].routine.name == "Winzig"
    assert by_id["tiny"].routine.language == "de"
    assert by_id["other"].routine.name == "Tiny"  # no translation: English
    assert [item.routine.id for item in loaded] == ["other", "tiny"]  # no extra routines
    english, _ = load_routines(builtin, None)
    assert {item.routine.name for item in english} == {"Tiny"}


def test_a_translation_that_changes_more_than_words_is_not_used(tmp_path: Path) -> None:
    builtin = tmp_path / "routines"
    _write(builtin, "tiny.toml", ENGLISH_ROUTINE)
    _write(builtin / "de", "tiny.toml", ENGLISH_ROUTINE.replace("release_s = 20", "release_s = 25"))
    loaded, problems = load_routines(builtin, None, language="de")
    assert [p.code for p in problems] == ["translation_mismatch"]
    assert loaded[0].path == builtin / "tiny.toml"


def test_the_library_offers_translated_routines_and_keeps_offers_and_export(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    apply_language(qapp, "de")
    library = RoutineLibrary(tmp_path / "mine", offered=["release-only", "piriformis-stretch"])
    ids = [item.routine.id for item in library.routines()]
    assert ids == ["piriformis-stretch", "release-only"]
    release = library.find("release-only")
    assert isinstance(release, LoadedRoutine)
    assert release.routine.language == "de"
    assert release.path == ROUTINES / "de" / "release-only.toml"
    target = tmp_path / "shared.toml"
    assert library.export(release, target)
    assert target.read_bytes() == release.path.read_bytes()
    english = RoutineLibrary(tmp_path / "mine", language="en").find("release-only")
    assert english is not None and english.routine.language == "en"
    assert not library.problems


@pytest.mark.parametrize("language", [code for code in shipped_languages() if code != "en"])
def test_every_built_in_routine_is_translated_for_every_shipped_language(language: str) -> None:
    loaded, problems = load_routines(ROUTINES, None, language=language)
    assert not problems, [str(p) for p in problems]
    untranslated = [item.path.name for item in loaded if item.path.parent.name != language]
    assert not untranslated, f"assets/routines/{language}/ lacks {untranslated}"
