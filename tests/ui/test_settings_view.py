"""SettingsView: one control per declared setting, kept in step with the model and the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QSpinBox,
    QTimeEdit,
)

from calmfloor.core.settings import SECTIONS, SETTINGS, spec
from calmfloor.storage.settings_store import SettingsStore
from calmfloor.ui.kit.models import SettingsModel
from calmfloor.ui.settings.times_edit import TimesEdit
from calmfloor.ui.settings.view import SettingsView, decimals_for

WIDGET_TYPES = {
    "bool": QCheckBox,
    "int": QSpinBox,
    "float": QDoubleSpinBox,
    "choice": QComboBox,
    "times": TimesEdit,
}


@pytest.fixture
def store(tmp_path: Path) -> SettingsStore:
    return SettingsStore(tmp_path / "settings.json")


@pytest.fixture
def model(store: SettingsStore) -> SettingsModel:
    return SettingsModel(store.load().values, store.save)


@pytest.fixture
def view(qtbot, model: SettingsModel) -> SettingsView:
    widget = SettingsView(model)
    qtbot.addWidget(widget)
    return widget


def saved(store: SettingsStore) -> dict[str, object]:
    """What a fresh load of the settings file finds."""
    return SettingsStore(store.path).load().values


def test_one_widget_of_the_right_kind_per_setting(view: SettingsView) -> None:
    for setting in SETTINGS:
        widget = view.widget_for(setting.key)
        assert isinstance(widget, WIDGET_TYPES[setting.kind]), setting.key
        assert widget.accessibleName() == setting.label
        assert widget.toolTip() == setting.description
        # a setting with a switch is off while its switch is off (reminders are off at first)
        switched_on = not setting.enabled_by or bool(spec(setting.enabled_by).default)
        assert widget.isEnabled() == switched_on, setting.key


def test_number_widgets_take_bounds_step_and_unit_from_the_schema(view: SettingsView) -> None:
    for setting in SETTINGS:
        widget = view.widget_for(setting.key)
        if isinstance(widget, QSpinBox | QDoubleSpinBox):
            assert widget.minimum() == setting.minimum
            assert widget.maximum() == setting.maximum
            assert widget.singleStep() == (setting.step or 1)
            assert widget.suffix() == setting.unit
            assert widget.value() == setting.default
    minutes = view.widget_for("session_minutes")
    assert isinstance(minutes, QDoubleSpinBox)
    assert minutes.decimals() == 1


def test_choices_carry_their_values(view: SettingsView) -> None:
    theme = view.widget_for("theme")
    assert isinstance(theme, QComboBox)
    assert [theme.itemData(i) for i in range(theme.count())] == [
        "system",
        "light",
        "dark",
        "high_contrast",
    ]
    assert [theme.itemText(i) for i in range(theme.count())] == [
        "Follow system",
        "Light",
        "Dark",
        "High contrast",
    ]
    assert theme.currentData() == spec("theme").default


def test_one_group_per_section_in_order_then_data(qtbot, model: SettingsModel) -> None:
    view = SettingsView(model, data_locations={"history": Path("/data/history.sqlite3")})
    qtbot.addWidget(view)
    titles = [box.title() for box in view.findChildren(QGroupBox)]
    assert titles == [*SECTIONS, "Data"]


def test_buddy_labels_name_their_controls(view: SettingsView) -> None:
    buddies = {label.buddy() for label in view.findChildren(QLabel) if label.buddy()}
    for setting in SETTINGS:
        widget = view.widget_for(setting.key)
        assert (widget in buddies) != (setting.kind == "bool"), setting.key


def test_editing_a_widget_changes_the_model_and_the_file(
    qtbot, view: SettingsView, model: SettingsModel, store: SettingsStore
) -> None:
    volume = view.widget_for("volume")
    assert isinstance(volume, QSpinBox)
    with qtbot.waitSignal(model.changed) as changed:
        volume.setValue(35)
    assert changed.args == ["volume", 35]
    assert model.value("volume") == 35
    assert saved(store)["volume"] == 35

    sound = view.widget_for("sound_enabled")
    assert isinstance(sound, QCheckBox)
    sound.click()
    assert model.value("sound_enabled") is False
    assert saved(store)["sound_enabled"] is False

    minutes = view.widget_for("session_minutes")
    assert isinstance(minutes, QDoubleSpinBox)
    minutes.setValue(12.5)
    assert saved(store)["session_minutes"] == 12.5

    theme = view.widget_for("theme")
    assert isinstance(theme, QComboBox)
    theme.setCurrentIndex(theme.findData("dark"))
    assert model.value("theme") == "dark"
    assert saved(store)["theme"] == "dark"


def test_typing_saves_once_when_the_edit_is_finished(
    qtbot, view: SettingsView, model: SettingsModel
) -> None:
    volume = view.widget_for("volume")
    assert isinstance(volume, QSpinBox)
    seen: list[object] = []
    model.changed.connect(lambda key, value: seen.append(value))
    volume.setFocus()
    volume.selectAll()
    qtbot.keyClicks(volume, "45")
    assert seen == []  # not 4, then 45
    qtbot.keyClick(volume, Qt.Key.Key_Return)
    assert seen == [45]


def test_a_model_change_updates_the_widget_without_echo(
    view: SettingsView, model: SettingsModel, store: SettingsStore
) -> None:
    echoes: list[tuple[str, object]] = []
    model.changed.connect(lambda key, value: echoes.append((key, value)))
    model.set_value("text_scale", 150)
    model.set_value("ramp_enabled", True)
    model.set_value("length_mode", "breaths")
    model.set_value("ramp_minutes", 7.5)
    assert echoes == [
        ("text_scale", 150),
        ("ramp_enabled", True),
        ("length_mode", "breaths"),
        ("ramp_minutes", 7.5),
    ]
    scale = view.widget_for("text_scale")
    ramp = view.widget_for("ramp_enabled")
    mode = view.widget_for("length_mode")
    ramp_minutes = view.widget_for("ramp_minutes")
    assert isinstance(scale, QSpinBox) and scale.value() == 150
    assert isinstance(ramp, QCheckBox) and ramp.isChecked()
    assert isinstance(mode, QComboBox) and mode.currentData() == "breaths"
    assert isinstance(ramp_minutes, QDoubleSpinBox) and ramp_minutes.value() == 7.5
    assert saved(store)["text_scale"] == 150


def test_a_locked_setting_is_disabled_and_says_so(
    qtbot, monkeypatch: pytest.MonkeyPatch, model: SettingsModel
) -> None:
    monkeypatch.setattr(model, "is_locked", lambda key: key == "volume")
    view = SettingsView(model)
    qtbot.addWidget(view)
    volume = view.widget_for("volume")
    assert not volume.isEnabled()
    assert "Managed by your clinic" in volume.toolTip()
    assert "Managed by your clinic" in volume.accessibleDescription()
    assert any(label.text() == "Managed by your clinic" for label in view.findChildren(QLabel))
    assert view.widget_for("sound_enabled").isEnabled()


def test_data_locations_are_selectable_text(qtbot, model: SettingsModel, tmp_path: Path) -> None:
    locations = {"history": tmp_path / "history.sqlite3", "Exports": tmp_path / "exports"}
    view = SettingsView(model, data_locations=locations)
    qtbot.addWidget(view)
    shown = {
        label.accessibleName(): label
        for label in view.findChildren(QLabel)
        if label.objectName() == "data-location"
    }
    assert set(shown) == {"Session history", "Exports"}
    history = shown["Session history"]
    assert history.text() == str(tmp_path / "history.sqlite3")
    flags = history.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByMouse
    assert flags & Qt.TextInteractionFlag.TextSelectableByKeyboard
    texts = " ".join(label.text() for label in view.findChildren(QLabel))
    assert "quit calmfloor" in texts


def test_no_data_section_without_locations(view: SettingsView) -> None:
    assert "Data" not in [box.title() for box in view.findChildren(QGroupBox)]


def test_the_wheel_does_not_change_an_unfocused_spin_box(qtbot, view: SettingsView) -> None:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    volume = view.widget_for("volume")
    assert isinstance(volume, QSpinBox)
    before = volume.value()
    event = QWheelEvent(
        QPointF(5, 5),
        QPointF(5, 5),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QCoreApplication.sendEvent(volume, event)
    assert volume.value() == before


@pytest.mark.parametrize(("step", "decimals"), [(0.5, 1), (1.0, 0), (0.25, 2), (None, 1)])
def test_decimals_follow_the_step(step: float | None, decimals: int) -> None:
    assert decimals_for(step) == decimals


def times_edit(view: SettingsView) -> TimesEdit:
    widget = view.widget_for("reminder_times")
    assert isinstance(widget, TimesEdit)
    return widget


def test_reminder_times_are_off_until_reminders_are_on(
    view: SettingsView, model: SettingsModel
) -> None:
    times = times_edit(view)
    assert not times.isEnabled()
    switch = view.widget_for("reminders_enabled")
    assert isinstance(switch, QCheckBox)
    switch.click()
    assert model.value("reminders_enabled") is True
    assert times.isEnabled()
    model.set_value("reminders_enabled", False)
    assert not times.isEnabled()


def test_one_time_box_per_reminder_time_with_names(view: SettingsView) -> None:
    times = times_edit(view)
    edits = times.time_edits()
    assert [e.time() for e in edits] == [QTime(9, 0), QTime(14, 0), QTime(20, 0)]
    assert [e.accessibleName() for e in edits] == [
        "Reminder time 1 of 3",
        "Reminder time 2 of 3",
        "Reminder time 3 of 3",
    ]
    assert all(e.focusPolicy() == Qt.FocusPolicy.StrongFocus for e in edits)
    assert [b.text() for b in times.remove_buttons()] == ["Remove"] * 3
    assert times.remove_buttons()[1].accessibleName() == "Remove reminder time 2"
    assert times.focusProxy() is edits[0]  # the label's buddy leads to the first time


def test_editing_adding_and_removing_times_saves_a_json_list(
    qtbot, view: SettingsView, model: SettingsModel, store: SettingsStore
) -> None:
    model.set_value("reminders_enabled", True)
    times = times_edit(view)
    edits = times.time_edits()
    edits[1].setFocus()
    edits[1].setTime(QTime(15, 30))
    assert model.value("reminder_times") == ("09:00", "15:30", "20:00")
    assert saved(store)["reminder_times"] == ("09:00", "15:30", "20:00")
    import json

    assert json.loads(store.path.read_text("utf-8"))["settings"]["reminder_times"] == [
        "09:00",
        "15:30",
        "20:00",
    ]
    times.add_button().click()
    assert model.value("reminder_times") == ("09:00", "15:30", "20:00", "21:00")
    assert times.time_edits()[-1].accessibleName() == "Reminder time 4 of 4"
    times.remove_buttons()[0].click()
    assert model.value("reminder_times") == ("15:30", "20:00", "21:00")
    assert times.time_edits()[0].accessibleName() == "Reminder time 1 of 3"


def test_a_time_already_on_the_list_is_refused_with_a_note(
    view: SettingsView, model: SettingsModel
) -> None:
    model.set_value("reminders_enabled", True)
    times = times_edit(view)
    times.time_edits()[0].setTime(QTime(14, 0))
    assert model.value("reminder_times") == ("09:00", "14:00", "20:00")
    assert times.time_edits()[0].time() == QTime(9, 0)
    note = times.findChild(QLabel, "times-note")
    assert note is not None and note.text() == "That time is already on the list."


def test_between_one_and_six_times(view: SettingsView, model: SettingsModel) -> None:
    model.set_value("reminders_enabled", True)
    times = times_edit(view)
    model.set_value("reminder_times", ["08:00"])
    assert len(times.time_edits()) == 1
    assert not times.remove_buttons()[0].isEnabled()  # the last time stays
    for _ in range(8):
        times.add_button().click()
    assert len(model.value("reminder_times")) == 6  # type: ignore[arg-type]
    assert not times.add_button().isEnabled()


def test_time_boxes_work_from_the_keyboard(qtbot, view: SettingsView, model: SettingsModel) -> None:
    model.set_value("reminders_enabled", True)
    edit: QTimeEdit = times_edit(view).time_edits()[0]
    seen: list[object] = []
    model.changed.connect(lambda key, value: seen.append(value))
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Up)  # the hour section goes up by one
    assert seen == [("10:00", "14:00", "20:00")]


def test_weekly_goal_is_a_spin_box_in_history(view: SettingsView) -> None:
    goal = view.widget_for("weekly_goal_days")
    assert isinstance(goal, QSpinBox)
    assert (goal.minimum(), goal.maximum(), goal.value()) == (1, 7, 5)
    assert goal.accessibleName() == "Days a week I aim to practise"


def test_the_settings_model_reads_each_setting_in_its_own_type(qtbot) -> None:
    """Views read settings through typed getters; asking a number for a flag is a bug."""
    from calmfloor.core.settings import defaults
    from calmfloor.ui.kit.models import SettingsModel

    model = SettingsModel(defaults())
    model.set_value("session_minutes", 7)
    assert model.get_float("session_minutes") == 7.0
    assert model.get_bool("sound_enabled") is True
    with pytest.raises(TypeError, match="volume is a int setting"):
        model.get_bool("volume")


def test_a_text_size_change_just_before_the_page_is_closed_leaves_no_stray_call(
    qtbot, model: SettingsModel
) -> None:
    """The page keeps its place after a text size change on the next turn of the event loop;
    a page deleted before then (a language switch rebuilds the window) must not be called."""
    page = SettingsView(model)
    page.show()
    qtbot.waitExposed(page)
    font = page.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    page.setFont(font)  # a FontChange: the place is kept on the next turn
    page.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.wait(10)  # an exception in the event loop fails the test
