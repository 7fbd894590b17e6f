"""The settings page, built entirely from the SETTINGS declaration, plus where data is kept."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from calmfloor.core.settings import SECTIONS, SETTINGS, SettingSpec, SettingValue
from calmfloor.ui.models import SettingsModel

SETTINGS_CONTEXT = "settings"  # the translation context of every core setting text
DEFAULT_FLOAT_DECIMALS = 1


def _translate(text: str) -> str:
    return QCoreApplication.translate(SETTINGS_CONTEXT, text) if text else ""


def decimals_for(step: float | None) -> int:
    """Decimal places a spin box needs to show every multiple of ``step`` exactly."""
    if step is None:
        return DEFAULT_FLOAT_DECIMALS
    exponent = Decimal(repr(float(step))).normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else DEFAULT_FLOAT_DECIMALS


class _WheelGuard(QObject):
    """Stops the mouse wheel changing a spin box or list it merely passes over.

    Scrolling a long page with the wheel must scroll the page, not quietly change the
    volume because the pointer happened to cross the volume box.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(watched, QWidget)
            and not watched.hasFocus()
        ):
            event.ignore()  # the scroll area above gets it instead
            return True
        return super().eventFilter(watched, event)


class SettingsView(QWidget):
    """Every setting in :data:`~calmfloor.core.settings.SETTINGS`, grouped by section.

    One group box per section (in :data:`SECTIONS` order), one control per setting, chosen
    by its kind: a check box for ``bool``, spin boxes for ``int`` and ``float``, a list for
    ``choice``. Edits go straight to the model (which saves them); changes from elsewhere
    come back through ``SettingsModel.changed``. A setting the clinic has locked is shown
    disabled with a note. A last "Data" group lists where calmfloor keeps its files.

    Args:
        model: the preferences to show and edit.
        parent: the Qt parent.
        data_locations: label -> path of each file or folder calmfloor writes, shown as
            selectable text; the role keys of ``AppPaths.locations()`` (``history``,
            ``patterns``, ``settings``, ``state``) get translated labels, any other label is
            shown as given. Nothing is shown when empty or None.

    Signals:
        None; the view reports edits through ``model.set_value``.
    """

    def __init__(
        self,
        model: SettingsModel,
        parent: QWidget | None = None,
        *,
        data_locations: Mapping[str, Path] | None = None,
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._widgets: dict[str, QWidget] = {}
        self._wheel_guard = _WheelGuard(self)
        self.setObjectName("settings-view")

        page = QWidget()
        page_layout = QVBoxLayout(page)
        for section in SECTIONS:
            specs = [s for s in SETTINGS if s.section == section]
            if specs:
                page_layout.addWidget(self._build_section(section, specs))
        if data_locations:
            page_layout.addWidget(self._build_data_section(data_locations))
        page_layout.addStretch(1)

        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._scroll.setWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._scroll)

        model.changed.connect(self._on_model_changed)

    def widget_for(self, key: str) -> QWidget:
        """The control that edits setting ``key``.

        Raises:
            KeyError: no such setting.
        """
        return self._widgets[key]

    # building

    def _build_section(self, section: str, specs: list[SettingSpec]) -> QGroupBox:
        box = QGroupBox(_translate(section))
        box.setAccessibleName(_translate(section))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for setting in specs:
            widget = self._build_widget(setting)
            self._widgets[setting.key] = widget
            self._set_widget_value(widget, self._model.value(setting.key))
            field = self._field_with_notes(setting, widget)
            if isinstance(widget, QCheckBox):
                form.addRow(field)  # a check box carries its own label
            else:
                label = QLabel(_translate(setting.label))
                label.setWordWrap(True)
                label.setBuddy(widget)
                form.addRow(label, field)
        return box

    def _build_widget(self, setting: SettingSpec) -> QWidget:
        label = _translate(setting.label)
        description = _translate(setting.description)
        widget: QWidget
        if setting.kind == "bool":
            check = QCheckBox(label)
            check.toggled.connect(lambda on, key=setting.key: self._edit(key, on))
            widget = check
        elif setting.kind == "int":
            spin = QSpinBox()
            assert setting.minimum is not None and setting.maximum is not None
            spin.setRange(int(setting.minimum), int(setting.maximum))
            spin.setSingleStep(int(setting.step or 1))
            self._prepare_spin(spin, setting)
            spin.valueChanged.connect(lambda v, key=setting.key: self._edit(key, v))
            widget = spin
        elif setting.kind == "float":
            dspin = QDoubleSpinBox()
            assert setting.minimum is not None and setting.maximum is not None
            dspin.setDecimals(decimals_for(setting.step))
            dspin.setRange(setting.minimum, setting.maximum)
            dspin.setSingleStep(setting.step or 10.0 ** -dspin.decimals())
            self._prepare_spin(dspin, setting)
            dspin.valueChanged.connect(lambda v, key=setting.key: self._edit(key, v))
            widget = dspin
        else:
            combo = QComboBox()
            for value, choice_label in setting.choices:
                combo.addItem(_translate(choice_label), value)
            combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            combo.installEventFilter(self._wheel_guard)
            combo.currentIndexChanged.connect(
                lambda index, key=setting.key, box=combo: self._edit(key, box.itemData(index))
            )
            widget = combo
        widget.setObjectName(f"setting-{setting.key}")
        widget.setAccessibleName(label)
        widget.setAccessibleDescription(description)
        widget.setToolTip(description)
        if self._model.is_locked(setting.key):
            widget.setEnabled(False)
            managed = self.tr("Managed by your clinic")
            widget.setToolTip(f"{description}\n{managed}" if description else managed)
            widget.setAccessibleDescription(
                f"{description} {managed}." if description else f"{managed}."
            )
        return widget

    def _prepare_spin(self, spin: QSpinBox | QDoubleSpinBox, setting: SettingSpec) -> None:
        if setting.unit:
            spin.setSuffix(_translate(setting.unit))
        # one save per finished edit, not one per keystroke ("4" on the way to "45")
        spin.setKeyboardTracking(False)
        spin.setAccelerated(True)
        spin.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        spin.installEventFilter(self._wheel_guard)

    def _field_with_notes(self, setting: SettingSpec, widget: QWidget) -> QWidget:
        """The control with its description below it, and the clinic note when locked."""
        field = QWidget()
        column = QVBoxLayout(field)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        notes = []
        if setting.description:
            notes.append(_translate(setting.description))
        if self._model.is_locked(setting.key):
            notes.append(self.tr("Managed by your clinic"))
        for text in notes:
            note = QLabel(text)
            note.setWordWrap(True)
            column.addWidget(note)
        return field

    def _build_data_section(self, locations: Mapping[str, Path]) -> QGroupBox:
        title = self.tr("Data")
        box = QGroupBox(title)
        box.setAccessibleName(title)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        intro = QLabel(
            self.tr("Everything calmfloor keeps stays on this computer, in these places:")
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        flags = (
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        role_labels = {
            # AppPaths.locations() keys; any other label is shown as given
            "history": self.tr("Session history"),
            "patterns": self.tr("Your breathing patterns"),
            "routines": self.tr("Your own routines"),
            "settings": self.tr("Settings"),
            "state": self.tr("Window position and size"),
        }
        for key, path in locations.items():
            label_text = role_labels.get(key, key)
            value = QLabel(str(path))
            value.setObjectName("data-location")
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(flags)
            value.setWordWrap(True)
            value.setAccessibleName(label_text)
            value.setAccessibleDescription(str(path))
            label = QLabel(label_text)
            label.setBuddy(value)
            form.addRow(label, value)
        how_to = QLabel(
            self.tr(
                "To delete your data, quit calmfloor, then delete these files or the "
                "folders that hold them."
            )
        )
        how_to.setWordWrap(True)
        form.addRow(how_to)
        return box

    # keeping the controls and the model in step

    def _edit(self, key: str, value: object) -> None:
        if value is None or self._model.is_locked(key):
            return
        self._model.set_value(key, value)

    @Slot(str, object)
    def _on_model_changed(self, key: str, value: object) -> None:
        widget = self._widgets.get(key)
        if widget is not None:
            self._set_widget_value(widget, cast(SettingValue, value))

    @staticmethod
    def _set_widget_value(widget: QWidget, value: SettingValue) -> None:
        # blocked, so showing a value never echoes back into the model as an edit
        was_blocked = widget.blockSignals(True)
        try:
            if isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QSpinBox):
                widget.setValue(int(value))
            elif isinstance(widget, QDoubleSpinBox):
                widget.setValue(float(value))
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(widget.findData(value))
        finally:
            widget.blockSignals(was_blocked)
