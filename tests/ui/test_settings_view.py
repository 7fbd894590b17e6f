"""SettingsView: one control per declared setting, kept in step with the model and the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QGroupBox, QLabel, QSpinBox

from calmfloor.core.settings import SECTIONS, SETTINGS, spec
from calmfloor.storage.settings_store import SettingsStore
from calmfloor.ui.models import SettingsModel
from calmfloor.ui.settings_view import SettingsView, decimals_for

WIDGET_TYPES = {"bool": QCheckBox, "int": QSpinBox, "float": QDoubleSpinBox, "choice": QComboBox}


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
        assert widget.isEnabled()


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
    assert [theme.itemData(i) for i in range(theme.count())] == ["system", "light", "dark"]
    assert [theme.itemText(i) for i in range(theme.count())] == ["Follow system", "Light", "Dark"]
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
