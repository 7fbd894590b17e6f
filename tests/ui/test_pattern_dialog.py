"""PatternDialog: a valid pattern is saved through the library; invalid ones cannot be saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDoubleSpinBox, QLabel, QLineEdit, QMessageBox

from calmfloor.core.breathing import BreathPattern, preset
from calmfloor.storage.patterns_store import PatternStore
from calmfloor.ui.breathing.pattern_dialog import PatternDialog, confirm_delete
from calmfloor.ui.kit.models import PatternLibrary

MINE = BreathPattern("Evening", 4.0, 2.0, 7.0, 0.0, purpose="Before sleep", cue_out="Let go")


@pytest.fixture
def patterns_file(tmp_path: Path) -> Path:
    return tmp_path / "patterns.json"


@pytest.fixture
def library(patterns_file: Path) -> PatternLibrary:
    store = PatternStore(patterns_file)
    store.save([MINE])
    return PatternLibrary(store.load().patterns, store.save)


def stored_names(patterns_file: Path) -> list[str]:
    return [p.name for p in PatternStore(patterns_file).load().patterns]


def make_dialog(qtbot, library: PatternLibrary, editing: BreathPattern | None = None):
    dialog = PatternDialog(library, editing)
    qtbot.addWidget(dialog)
    return dialog


def field(dialog: PatternDialog, name: str):
    found = dialog.findChild(QLineEdit, name) or dialog.findChild(QDoubleSpinBox, name)
    assert found is not None, name
    return found


def fill(dialog: PatternDialog, name: str, phases: tuple[float, float, float, float]) -> None:
    field(dialog, "pattern-name").setText(name)
    for object_name, value in zip(
        ("pattern-in", "pattern-hold-in", "pattern-out", "pattern-hold-out"), phases, strict=True
    ):
        field(dialog, object_name).setValue(value)


def test_a_valid_new_pattern_is_saved(qtbot, library: PatternLibrary, patterns_file: Path) -> None:
    dialog = make_dialog(qtbot, library)
    assert not dialog.ok_button.isEnabled()  # no name yet
    assert dialog.problem_text == "Give the pattern a name."
    fill(dialog, "  Morning  ", (5.0, 0.0, 6.0, 0.0))
    field(dialog, "pattern-purpose").setText("Waking up slowly")
    field(dialog, "pattern-cue-in").setText("Soften")
    assert dialog.ok_button.isEnabled()
    assert dialog.problem_text == ""
    assert dialog.preview_text == "5.5 breaths a minute · one breath lasts 11 s"
    with qtbot.waitSignal(library.patterns_changed):
        dialog.ok_button.click()
    assert dialog.result() == PatternDialog.DialogCode.Accepted
    saved = library.find("Morning")
    assert saved == BreathPattern(
        "Morning", 5.0, 0.0, 6.0, 0.0, purpose="Waking up slowly", cue_in="Soften"
    )
    assert stored_names(patterns_file) == ["Evening", "Morning"]


def test_the_preview_follows_the_phases(qtbot, library: PatternLibrary) -> None:
    dialog = make_dialog(qtbot, library)
    fill(dialog, "Box", (4.0, 4.0, 4.0, 4.0))
    assert dialog.preview_text == "3.8 breaths a minute · one breath lasts 16 s"
    fill(dialog, "Even", (5.0, 0.0, 5.0, 0.0))
    assert dialog.preview_text == "6 breaths a minute · one breath lasts 10 s"


@pytest.mark.parametrize("taken", ["Evening", "evening", "Resonance", "box"])
def test_a_name_in_use_is_refused(
    qtbot, library: PatternLibrary, patterns_file: Path, taken: str
) -> None:
    dialog = make_dialog(qtbot, library)
    fill(dialog, taken, (4.0, 0.0, 6.0, 0.0))
    assert not dialog.ok_button.isEnabled()
    assert "already a pattern called" in dialog.problem_text
    dialog.accept()  # Enter in a field; must not save
    assert dialog.result() != PatternDialog.DialogCode.Accepted
    assert stored_names(patterns_file) == ["Evening"]


def test_an_in_breath_under_one_second_is_refused(qtbot, library: PatternLibrary) -> None:
    dialog = make_dialog(qtbot, library)
    fill(dialog, "Quick", (4.0, 0.0, 6.0, 0.0))
    spin = field(dialog, "pattern-in")
    assert spin.minimum() == 1.0  # the arrows stop at 1 s
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "0.5")  # typed past the limit
    assert not spin.hasAcceptableInput()
    assert not dialog.ok_button.isEnabled()
    assert dialog.problem_text == "In: choose from 1 to 30 seconds."
    dialog.accept()
    assert library.find("Quick") is None


def test_phases_must_be_in_half_seconds(qtbot, library: PatternLibrary) -> None:
    dialog = make_dialog(qtbot, library)
    fill(dialog, "Odd", (4.3, 0.0, 6.0, 0.0))
    assert not dialog.ok_button.isEnabled()
    assert dialog.problem_text == "In: use whole or half seconds, such as 4 or 4.5."


def test_spin_boxes_match_the_pattern_rules(qtbot, library: PatternLibrary) -> None:
    dialog = make_dialog(qtbot, library)
    for name, minimum in (
        ("pattern-in", 1.0),
        ("pattern-hold-in", 0.0),
        ("pattern-out", 1.0),
        ("pattern-hold-out", 0.0),
    ):
        spin = field(dialog, name)
        assert (spin.minimum(), spin.maximum(), spin.singleStep()) == (minimum, 30.0, 0.5)
        assert spin.decimals() == 1
        assert spin.suffix() == " s"
        assert spin.accessibleName()


def test_editing_replaces_the_pattern(qtbot, library: PatternLibrary, patterns_file: Path) -> None:
    dialog = make_dialog(qtbot, library, editing=MINE)
    assert dialog.windowTitle() == "Edit breathing pattern"
    assert field(dialog, "pattern-name").text() == "Evening"
    assert field(dialog, "pattern-out").value() == 7.0
    assert field(dialog, "pattern-cue-out").text() == "Let go"
    assert dialog.ok_button.isEnabled()  # its own name is not "taken"
    fill(dialog, "Late evening", (4.0, 0.0, 8.0, 0.0))
    dialog.ok_button.click()
    assert library.find("Evening") is None
    edited = library.find("Late evening")
    assert edited is not None and edited.exhale_s == 8.0 and edited.purpose == "Before sleep"
    assert stored_names(patterns_file) == ["Late evening"]


def test_editing_keeps_the_name_with_other_changes(qtbot, library: PatternLibrary) -> None:
    dialog = make_dialog(qtbot, library, editing=MINE)
    field(dialog, "pattern-hold-in").setValue(0.0)
    dialog.ok_button.click()
    assert [p.hold_in_s for p in library.user_patterns()] == [0.0]


def test_presets_cannot_be_edited(library: PatternLibrary) -> None:
    with pytest.raises(ValueError, match="built-in"):
        PatternDialog(library, preset("Box"))


def test_cancel_saves_nothing(qtbot, library: PatternLibrary, patterns_file: Path) -> None:
    dialog = make_dialog(qtbot, library)
    fill(dialog, "Unsaved", (4.0, 0.0, 6.0, 0.0))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == PatternDialog.DialogCode.Rejected
    assert stored_names(patterns_file) == ["Evening"]


def test_every_field_has_a_label_and_a_name(qtbot, library: PatternLibrary) -> None:
    dialog = make_dialog(qtbot, library)
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    for editor in [*dialog.findChildren(QLineEdit), *dialog.findChildren(QDoubleSpinBox)]:
        if editor.objectName().startswith("pattern-"):
            assert editor in buddies, editor.objectName()
            assert editor.accessibleName(), editor.objectName()
    notes = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Holds are optional. Never strain to hold your breath." in notes


@pytest.mark.parametrize(
    ("answer", "expected"),
    [(QMessageBox.StandardButton.Yes, True), (QMessageBox.StandardButton.No, False)],
)
def test_confirm_delete(
    monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton, expected: bool
) -> None:
    asked: list[str] = []

    def question(parent, title, text, *args):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    assert confirm_delete(None, MINE) is expected
    assert asked == ["Delete the pattern “Evening”? This cannot be undone."]
    assert confirm_delete(None, preset("Box")) is False
    assert len(asked) == 1
