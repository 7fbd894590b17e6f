"""The clinic policy in a normal (non-kiosk) window: locks, no history, no export, caps, offers."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot
from session_pages import button, find, label, routine_library, text

from calmfloor.core.breathing import BreathPattern, SessionState
from calmfloor.core.clock import ManualClock
from calmfloor.core.policy import Policy
from calmfloor.core.routine import RoutinePhase
from calmfloor.resources import asset_dir
from calmfloor.storage.paths import resolve_paths
from calmfloor.storage.routines_store import RoutineSource
from calmfloor.ui.kiosk.guest import guest_context
from calmfloor.ui.kit.sound import CuePlayer
from calmfloor.ui.relax.library import RoutineLibrary
from calmfloor.ui.shell.context import load_context
from calmfloor.ui.shell.main_window import MainWindow, Page

PolicyWindowFactory = Callable[..., MainWindow]
HISTORY_OFF = "Your clinic has turned history off on this computer. Sessions are not recorded."
NOT_SAVED = "This session could not be saved to your history."


@pytest.fixture
def make_policy_window(
    qtbot: QtBot, clock: ManualClock, data_dir: Path
) -> Iterator[PolicyWindowFactory]:
    """A main window on ``data_dir`` under a policy, as app.py builds it; closed afterwards."""
    made: list[MainWindow] = []

    def make(policy: Policy | None = None, *, guest: bool = False) -> MainWindow:
        paths = resolve_paths(data_dir)
        if guest:
            context = guest_context(paths, clock, policy or Policy(kiosk=True))
        else:
            context = load_context(paths, clock, policy)
        window = MainWindow(context, CuePlayer(backend=None), kiosk=guest)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        QTest.qWaitForWindowActive(window, 2000)
        made.append(window)
        return window

    yield make
    for window in made:
        window.breathing.stop()
        if window.is_built(Page.RELAX):
            window.relax.stop()
        if window.is_built(Page.HEAT):
            window.heat.remove_pack()
        window.close()
        window.context.close()


def breathe_to_the_end(window: MainWindow, clock: ManualClock) -> None:
    window.context.settings.set_value("length_mode", "minutes")
    window.context.settings.set_value("session_minutes", 1.0)
    window.show_page(Page.BREATHE)
    window.breathing.start()
    for _ in range(70):
        if window.controller.state is not SessionState.RUNNING:
            break
        clock.advance(1.0)
        window.controller.tick()
    assert window.controller.state is SessionState.FINISHED


def routine_file(source_id: str, new_id: str) -> str:
    text = (asset_dir("routines") / f"{source_id}.toml").read_text("utf-8")
    return text.replace(f'id = "{source_id}"', f'id = "{new_id}"')


def relax_ids(window: MainWindow) -> dict[str, RoutineSource]:
    return {item.routine.id: item.source for item in routine_library(window).routines()}


# ----- settings ----------------------------------------------------------------------------


def test_a_locked_setting_is_disabled_labelled_and_never_written_to_the_users_file(
    make_policy_window: PolicyWindowFactory, clock: ManualClock, data_dir: Path
) -> None:
    own = load_context(resolve_paths(data_dir), clock)
    own.settings.set_value("volume", 80)
    own.close()
    settings_file = resolve_paths(data_dir).settings_file

    window = make_policy_window(Policy(settings={"volume": 25}, locked=frozenset({"volume"})))
    window.show_page(Page.SETTINGS)
    control = window.settings.findChild(QWidget, "setting-volume")
    assert control is not None and not control.isEnabled()
    notes = [label.text() for label in control.parentWidget().findChildren(QLabel)]
    assert "Managed by your clinic" in notes
    assert window.context.settings.value("volume") == 25  # the clinic's value is used

    window.context.settings.set_value("volume", 90)  # refused: locked
    assert window.context.settings.value("volume") == 25
    window.context.settings.set_value("theme", "dark")  # an unlocked change is saved...
    stored = json.loads(settings_file.read_text("utf-8"))["settings"]
    assert stored["theme"] == "dark"
    assert stored["volume"] == 80  # ...with the user's own volume, never the clinic's 25


# ----- history and export ------------------------------------------------------------------


def test_history_off_opens_no_database_says_why_and_records_nothing(
    make_policy_window: PolicyWindowFactory, clock: ManualClock, data_dir: Path
) -> None:
    window = make_policy_window(Policy(history_enabled=False))
    assert window.context.history is None
    window.show_page(Page.HISTORY)
    assert window.history.message_text == HISTORY_OFF

    breathe_to_the_end(window, clock)
    window.breathing.skip_ratings()
    assert text(window.breathing, "not-saved") == ""  # nothing went wrong: nothing to say
    window.show_page(Page.HISTORY)
    assert window.history.message_text == HISTORY_OFF
    assert not list(data_dir.glob("history.sqlite3*"))


def test_with_history_on_the_same_session_is_recorded(
    make_policy_window: PolicyWindowFactory, clock: ManualClock, data_dir: Path
) -> None:
    window = make_policy_window(Policy())
    breathe_to_the_end(window, clock)
    window.breathing.skip_ratings()
    assert (data_dir / "history.sqlite3").exists()
    window.show_page(Page.HISTORY)
    assert window.history.table.model().rowCount() == 1


@pytest.mark.parametrize("export", [True, False])
def test_export_off_hides_export_csv_and_the_pdf_report(
    make_policy_window: PolicyWindowFactory, export: bool
) -> None:
    window = make_policy_window(Policy(export_enabled=export))
    window.show_page(Page.HISTORY)
    assert window.history.export_csv_button.isHidden() is not export
    assert window.history.pdf_button.isHidden() is not export


# ----- heat --------------------------------------------------------------------------------


def test_the_heat_page_never_exceeds_the_clinic_cap(
    make_policy_window: PolicyWindowFactory,
) -> None:
    window = make_policy_window(Policy(heat_cap_min=10))
    window.show_page(Page.HEAT)
    window.heat.set_minutes(20)
    assert window.heat.minutes() == 10
    assert window.heat.plan().length_s == 600


def test_a_routine_heat_step_longer_than_the_cap_is_capped_and_says_so(
    make_policy_window: PolicyWindowFactory, clock: ManualClock
) -> None:
    window = make_policy_window(Policy(heat_cap_min=10))
    window.show_page(Page.RELAX)
    relax = window.relax
    relax.acknowledge_caution()
    assert relax.select_routine("after-glute-spasm")  # asks for 15 minutes of heat
    relax.start()
    clock.advance(window.relax_controller.sample().phase_left_s + 0.01)  # past "get ready"
    window.relax_controller.tick()
    assert window.relax_controller.sample().segment.phase is RoutinePhase.ACTIVITY
    assert window.pages.currentWidget() is window.heat
    assert window.heat.minutes() == 10
    assert any("at most 10 minutes" in text for text in window.messages.messages())


# ----- patterns and routines ---------------------------------------------------------------


def test_only_the_offered_patterns_are_listed_and_the_users_own_are_kept(
    make_policy_window: PolicyWindowFactory, clock: ManualClock, data_dir: Path
) -> None:
    own = load_context(resolve_paths(data_dir), clock)
    own.library.put(BreathPattern("My evening", 4.0, 0.0, 8.0, 0.0))
    own.close()
    patterns_file = resolve_paths(data_dir).patterns_file
    before = patterns_file.read_bytes()

    window = make_policy_window(Policy(patterns=("Calm", "Box")))
    combo = find(window.breathing, "pattern-choice")
    assert [combo.itemData(i) for i in range(combo.count())] == ["Calm", "Box"]
    assert not window.breathing.select_pattern("My evening")
    assert not window.breathing.select_pattern("Resonance")
    assert button(
        window.breathing, "new-pattern"
    ).isHidden()  # nothing made that would not be shown
    assert patterns_file.read_bytes() == before


def test_without_a_pattern_list_the_users_own_patterns_are_offered(
    make_policy_window: PolicyWindowFactory, clock: ManualClock, data_dir: Path
) -> None:
    own = load_context(resolve_paths(data_dir), clock)
    own.library.put(BreathPattern("My evening", 4.0, 0.0, 8.0, 0.0))
    own.close()
    window = make_policy_window(Policy())
    assert window.breathing.select_pattern("My evening")
    assert window.breathing.select_pattern("Resonance")
    assert not button(window.breathing, "new-pattern").isHidden()


@pytest.fixture
def clinic_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "clinic-routines"
    folder.mkdir()
    (folder / "clinic-one.toml").write_text(routine_file("release-only", "clinic-one"), "utf-8")
    (folder / "clinic-two.toml").write_text(routine_file("release-only", "clinic-two"), "utf-8")
    return folder


def write_own_routines(data_dir: Path) -> None:
    folder = resolve_paths(data_dir).routines_dir
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "my-own.toml").write_text(routine_file("release-only", "my-own"), "utf-8")
    (folder / "my-other.toml").write_text(routine_file("release-only", "my-other"), "utf-8")


def test_the_clinic_routine_folder_is_loaded(
    make_policy_window: PolicyWindowFactory, clinic_dir: Path, data_dir: Path
) -> None:
    write_own_routines(data_dir)
    window = make_policy_window(Policy(clinic_routines_dir=str(clinic_dir)))
    window.show_page(Page.RELAX)
    ids = relax_ids(window)
    assert ids["clinic-one"] is RoutineSource.CLINIC
    assert ids["clinic-two"] is RoutineSource.CLINIC
    assert ids["my-own"] is RoutineSource.USER
    assert ids["release-only"] is RoutineSource.BUILTIN


def test_only_the_offered_routines_are_listed_from_every_folder(
    make_policy_window: PolicyWindowFactory, clinic_dir: Path, data_dir: Path, tmp_path: Path
) -> None:
    write_own_routines(data_dir)
    offered = ("release-only", "clinic-one", "my-own")
    window = make_policy_window(Policy(routines=offered, clinic_routines_dir=str(clinic_dir)))
    window.show_page(Page.RELAX)
    assert set(relax_ids(window)) == set(offered)
    assert not window.relax.select_routine("feet-to-pelvic-floor")

    # a file whose routine is not on offer is not copied in
    other = tmp_path / "elsewhere.toml"
    other.write_text(routine_file("release-only", "not-offered"), "utf-8")
    loaded, problems = routine_library(window).import_file(other)
    assert loaded is None and [p.code for p in problems] == ["not_offered"]
    assert not (resolve_paths(data_dir).routines_dir / "not-offered.toml").exists()


def test_a_library_without_a_user_folder_has_no_own_routines_and_imports_nothing(
    qtbot: QtBot, tmp_path: Path, clinic_dir: Path
) -> None:
    library = RoutineLibrary(None, clinic_dir=clinic_dir)
    sources = {item.source for item in library.routines()}
    assert sources == {RoutineSource.BUILTIN, RoutineSource.CLINIC}
    assert not library.can_import
    source = tmp_path / "in.toml"
    source.write_text(routine_file("release-only", "someone-elses"), "utf-8")
    assert library.import_file(source) == (None, [])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clinic-routines", "in.toml"]


# ----- wording -----------------------------------------------------------------------------


def test_a_guest_is_never_told_a_session_could_not_be_saved(
    make_policy_window: PolicyWindowFactory, clock: ManualClock
) -> None:
    window = make_policy_window(guest=True)
    breathe_to_the_end(window, clock)
    assert text(window.breathing, "not-saved") == ""


def test_a_failed_history_still_says_the_session_was_not_saved(
    qtbot: QtBot, clock: ManualClock, data_dir: Path
) -> None:
    context = load_context(resolve_paths(data_dir), clock, Policy())
    context.close()  # history is lost this run (as with a damaged file), not turned off
    window = MainWindow(context, CuePlayer(backend=None))
    window.show()
    qtbot.waitExposed(window)
    breathe_to_the_end(window, clock)
    assert text(window.breathing, "not-saved") == NOT_SAVED
    window.close()


@pytest.mark.parametrize(
    ("guest", "locked", "tense", "mentions_settings"),
    [
        (False, False, False, True),
        (False, False, True, True),
        (False, True, False, False),
        (False, True, True, False),
        (True, False, False, False),
    ],
)
def test_the_pelvic_floor_note_mentions_settings_only_when_they_can_be_changed(
    make_policy_window: PolicyWindowFactory,
    guest: bool,
    locked: bool,
    tense: bool,
    mentions_settings: bool,
) -> None:
    policy = Policy(
        kiosk=guest,
        settings={"relax_pelvic_tense": tense},
        locked=frozenset({"relax_pelvic_tense"} if locked else ()),
    )
    window = make_policy_window(policy, guest=guest)
    window.show_page(Page.RELAX)
    note = label(window.relax, "pelvic-note").text()
    assert ("Settings" in note) is mentions_settings
    assert ("switch it off" in note) is (tense and mentions_settings)
    assert note
