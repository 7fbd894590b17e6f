"""The settings page, built entirely from the SETTINGS declaration, plus where data is kept."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from calmfloor.core.settings import (
    LANGUAGE_SYSTEM,
    SECTION_SOUND,
    SECTIONS,
    SETTINGS,
    SettingSpec,
    SettingValue,
    SettingValueError,
)
from calmfloor.ui.kit.i18n import current_language
from calmfloor.ui.kit.models import SettingsModel
from calmfloor.ui.kit.sound import CuePlayer
from calmfloor.ui.kit.sound_legend import SoundLegendDialog
from calmfloor.ui.kit.voice import VoiceGuide
from calmfloor.ui.kit.widgets import announce
from calmfloor.ui.settings.times_edit import TimesEdit

SETTINGS_CONTEXT = "settings"  # the translation context of every core setting text
DEFAULT_FLOAT_DECIMALS = 1
# choices that rebuild the whole window: chosen with the arrow keys, applied only by a button
REBUILDS_WINDOW = frozenset({"language"})


def _translate(text: str) -> str:
    return QCoreApplication.translate(SETTINGS_CONTEXT, text) if text else ""


def offered_choices(setting: SettingSpec) -> tuple[tuple[str, str], ...]:
    """The choices listed for ``setting``: for the language, only those calmfloor ships."""
    if setting.key != "language":
        return setting.choices
    from calmfloor.ui.kit.i18n import shipped_languages

    shipped = set(shipped_languages())
    return tuple(c for c in setting.choices if c[0] == LANGUAGE_SYSTEM or c[0] in shipped)


def choice_text(setting: SettingSpec, value: str, label: str) -> str:
    """The text of one choice; a language is shown by its own name, never translated."""
    if setting.key == "language" and value != LANGUAGE_SYSTEM:
        return label
    return _translate(label)


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
    ``choice``, a :class:`TimesEdit` for ``times``. A setting with ``enabled_by`` is
    disabled while that switch is off. Edits go straight to the model (which saves them);
    changes from elsewhere come back through ``SettingsModel.changed``. A setting the
    clinic has locked is shown disabled with a note. A last "Data" group lists where
    calmfloor keeps its files.

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
        cues: CuePlayer | None = None,
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._cues = cues
        self._legend: SoundLegendDialog | None = None
        self._widgets: dict[str, QWidget] = {}
        self._apply_buttons: dict[str, QPushButton] = {}
        self._wheel_guard = _WheelGuard(self)
        self.setObjectName("settings-view")

        page = QWidget()
        page_layout = QVBoxLayout(page)
        for section in SECTIONS:
            specs = [s for s in SETTINGS if s.section == section]
            if specs:
                box = self._build_section(section, specs)
                page_layout.addWidget(box)
                if section == SECTION_SOUND and cues is not None:
                    self._add_legend_button(box)
        if data_locations:
            page_layout.addWidget(self._build_data_section(data_locations))
        for setting in SETTINGS:
            self._apply_switch(setting)
        page_layout.addStretch(1)

        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._scroll.setAccessibleName(self.tr("Settings"))  # it takes focus
        self._scroll.setWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._scroll)

        self._anchor: tuple[QWidget, int] | None = None  # see _keep_place
        self._place: tuple[QWidget, int] | None = None  # where the reader is, kept up to date
        self._scroll.verticalScrollBar().valueChanged.connect(self._remember_place)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._remember_place)
        model.changed.connect(self._on_model_changed)

    def _add_legend_button(self, box: QGroupBox) -> None:
        button = QPushButton(self.tr("Hear the sounds…"))
        button.setObjectName("hear-the-sounds")
        button.setAccessibleDescription(self.tr("Plays each sound and says what it means"))
        button.clicked.connect(self.show_sound_legend)
        form = box.layout()
        assert isinstance(form, QFormLayout)
        form.addRow(button)

    def show_sound_legend(self) -> SoundLegendDialog | None:
        """Open "Hear the sounds" (spoken too when "Speak the steps" is on)."""
        if self._cues is None:
            return None
        voice = None
        if self._model.get_bool("voice_enabled"):
            voice = VoiceGuide(parent=self)
            voice.configure(
                source=self._model.get_choice("voice_source"),
                rate=self._model.get_int("voice_rate"),
                volume_percent=self._model.get_int("voice_volume"),
            )
        self._legend = SoundLegendDialog(self._cues, voice, current_language() or "en", parent=self)
        self._legend.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._legend.open()
        return self._legend

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
        if setting.kind == "times":
            times = TimesEdit()
            times.times_edited.connect(lambda v, key=setting.key: self._edit(key, v))
            widget = times
        elif setting.kind == "bool":
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
            for value, choice_label in offered_choices(setting):
                combo.addItem(choice_text(setting, value, choice_label), value)
            combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            combo.installEventFilter(self._wheel_guard)
            if setting.key in REBUILDS_WINDOW:
                # the arrow keys only choose; the Apply button rebuilds the window
                combo.currentIndexChanged.connect(
                    lambda _index, key=setting.key: self._update_apply(key)
                )
            else:
                combo.currentIndexChanged.connect(
                    lambda index, key=setting.key, box=combo: self._edit(key, box.itemData(index))
                )
            # every choice is said: a closed drop-down changed by the arrow keys is silent
            combo.currentIndexChanged.connect(
                lambda _index, box=combo: announce(box, box.currentText())
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
        if setting.key in REBUILDS_WINDOW:
            apply = QPushButton(self.tr("Apply"))
            apply.setObjectName(f"setting-{setting.key}-apply")
            apply.setAccessibleName(
                self.tr("Apply %1 (the window is rebuilt)").replace("%1", _translate(setting.label))
            )
            apply.setEnabled(False)
            apply.clicked.connect(lambda _checked=False, key=setting.key: self._apply_choice(key))
            self._apply_buttons[setting.key] = apply
            row = QHBoxLayout()
            row.addWidget(widget, 1)
            row.addWidget(apply)
            column.insertLayout(0, row)
        return field

    def _update_apply(self, key: str) -> None:
        """The Apply button of a choice that rebuilds the window: on while it would change."""
        combo = self._widgets[key]
        apply = self._apply_buttons.get(key)
        if isinstance(combo, QComboBox) and apply is not None:
            apply.setEnabled(combo.currentData() != self._model.value(key))

    def _apply_choice(self, key: str) -> None:
        combo = self._widgets[key]
        if isinstance(combo, QComboBox):
            self._edit(key, combo.currentData())

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

    def _apply_switch(self, setting: SettingSpec) -> None:
        """Enable a setting's control only while its ``enabled_by`` switch is on."""
        if not setting.enabled_by or self._model.is_locked(setting.key):
            return
        self._widgets[setting.key].setEnabled(self._model.get_bool(setting.enabled_by))

    def _edit(self, key: str, value: object) -> None:
        if value is None or self._model.is_locked(key):
            return
        try:
            self._model.set_value(key, value)
        except SettingValueError:
            # a control offered what the setting refuses: show the stored value again
            self._set_widget_value(self._widgets[key], self._model.value(key))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange and self._anchor is None:
            # the text size changed: the page is laid out anew, taller or shorter; keep the
            # control in use (or the one at the top) where it was on screen, not the pixel
            # offset, which would land somewhere else on the page. The place is the one
            # remembered before the change: by now some rows have been laid out anew.
            self._anchor = self._place or self._visible_anchor()
            if self._anchor is not None:
                QTimer.singleShot(0, self, self._keep_place)  # dropped if the page goes
        super().changeEvent(event)

    def _remember_place(self, *_args: object) -> None:
        if self._anchor is None and self.isVisible():
            self._place = self._visible_anchor()

    def _visible_anchor(self) -> tuple[QWidget, int] | None:
        page = self._scroll.widget()
        if page is None:
            return None
        top = self._scroll.verticalScrollBar().value()
        focused = QApplication.focusWidget()
        if focused is not None and page.isAncestorOf(focused):
            return focused, focused.mapTo(page, QPoint(0, 0)).y() - top
        for widget in self._widgets.values():
            y = widget.mapTo(page, QPoint(0, 0)).y()
            if y >= top:
                return widget, y - top
        return None

    def _keep_place(self) -> None:
        anchor, self._anchor = self._anchor, None
        if anchor is None or not self.isVisible():
            return
        widget, offset = anchor
        page = self._scroll.widget()
        if page is None or page.layout() is None:
            return
        # lay the page out at its new size now, and let the scroll area take its new height
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        page.layout().activate()  # type: ignore[union-attr]
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        bar = self._scroll.verticalScrollBar()
        bar.setValue(widget.mapTo(page, QPoint(0, 0)).y() - offset)
        self._place = self._visible_anchor()

    @Slot(str, object)
    def _on_model_changed(self, key: str, value: object) -> None:
        widget = self._widgets.get(key)
        if widget is not None:
            self._set_widget_value(widget, cast(SettingValue, value))
            if key in self._apply_buttons:
                self._update_apply(key)
        for setting in SETTINGS:
            if setting.enabled_by == key:
                self._apply_switch(setting)

    @staticmethod
    def _set_widget_value(widget: QWidget, value: SettingValue) -> None:
        # blocked, so showing a value never echoes back into the model as an edit
        was_blocked = widget.blockSignals(True)
        try:
            if isinstance(widget, TimesEdit):
                widget.set_times(cast(tuple[str, ...], value))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QSpinBox):
                widget.setValue(int(cast(int, value)))
            elif isinstance(widget, QDoubleSpinBox):
                widget.setValue(float(cast(float, value)))
            elif isinstance(widget, QComboBox):
                # a language no longer shipped shows "Follow system", which then applies
                widget.setCurrentIndex(max(widget.findData(value), 0))
        finally:
            widget.blockSignals(was_blocked)
