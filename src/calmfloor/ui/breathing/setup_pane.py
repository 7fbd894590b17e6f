"""The Breathe page's setup: the pattern, the length, the ramp, the ratings and Start."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from calmfloor.core.breathing import BreathPattern, LengthUnit, Ramp, SessionPlan
from calmfloor.core.settings import spec
from calmfloor.ui.kit.fonts import set_font_scale
from calmfloor.ui.kit.models import PatternLibrary, SettingsModel
from calmfloor.ui.kit.widgets import (
    FlowLayout,
    format_decimal,
    join_parts,
    keep_tall,
    scrolling,
    tr_core,
)


class BreathingSetupPane(QWidget):
    """Choose a pattern (and make one's own), the length and the ramp; then Start.

    Args:
        settings: the length, unit and ramp are kept as settings.
        library: presets and the user's own patterns.
        ratings: the "how do you feel right now" box, placed above Start.
        show_safety_note: show the dizziness note (before the first session).
        own_patterns: offer making, editing and deleting patterns of one's own.

    Signals:
        pattern_chosen(str): the pattern with this name was chosen.
        start_requested(): Start was pressed.
    """

    pattern_chosen = Signal(str)
    start_requested = Signal()

    def __init__(
        self,
        settings: SettingsModel,
        library: PatternLibrary,
        ratings: QWidget,
        *,
        show_safety_note: bool,
        own_patterns: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._library = library
        self._own_patterns = own_patterns
        outer = QVBoxLayout(self)
        heading = QLabel(self.tr("Paced breathing"))
        set_font_scale(heading, 1.6, bold=True)
        heading.setAccessibleName(heading.text())
        outer.addWidget(heading)

        self._safety = QLabel(
            self.tr(
                "If you feel dizzy or tingly, you are breathing too hard: breathe normally "
                "or stop. Holds are optional; never strain to hold your breath."
            )
        )
        self._safety.setWordWrap(True)
        self._safety.setObjectName("safety-note")
        self._safety.setFrameShape(QFrame.Shape.StyledPanel)
        self._safety.setMargin(10)
        outer.addWidget(self._safety)  # first: shown without a parent it would be a window
        self._safety.setVisible(show_safety_note)

        outer.addWidget(self._build_patterns())
        outer.addWidget(self._build_length())
        outer.addWidget(ratings)

        self.start_button = QPushButton(self.tr("Start breathing"))
        self.start_button.setObjectName("primary")
        self.start_button.setDefault(True)
        set_font_scale(self.start_button, 1.3, bold=True)
        keep_tall(self.start_button)
        self.start_button.setAccessibleName(self.tr("Start breathing"))
        self.start_button.setAccessibleDescription(self.tr("Space starts, pauses and resumes"))
        if show_safety_note:  # read with Start, the control Tab reaches: not left in a label
            self.start_button.setAccessibleDescription(
                f"{self._safety.text()} {self.start_button.accessibleDescription()}"
            )
        self.start_button.clicked.connect(self.start_requested)
        outer.addWidget(self.start_button)
        outer.addStretch(1)

    def _build_patterns(self) -> QGroupBox:
        pattern_box = QGroupBox(self.tr("Pattern"))
        pattern_layout = QVBoxLayout(pattern_box)
        row = FlowLayout()  # the buttons go under the list rather than widen the window
        self._pattern = QComboBox()
        self._pattern.setObjectName("pattern-choice")
        self._pattern.setAccessibleName(self.tr("Breathing pattern"))
        self._pattern.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # never narrower than its longest name: the window is as wide as that needs
        self._pattern.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self._pattern.currentIndexChanged.connect(self._on_pattern_chosen)
        row.addWidget(self._pattern)
        self._new_pattern = QPushButton(self.tr("&New pattern…"))
        self._new_pattern.setObjectName("new-pattern")
        self._new_pattern.setAccessibleName(self.tr("New pattern"))
        self._new_pattern.clicked.connect(self._create_pattern)
        self._edit_pattern = QPushButton(self.tr("&Edit…"))
        self._edit_pattern.setObjectName("edit-pattern")
        self._edit_pattern.setAccessibleName(self.tr("Edit pattern"))
        self._edit_pattern.clicked.connect(self._edit_current)
        self._delete_pattern = QPushButton(self.tr("&Delete"))
        self._delete_pattern.setObjectName("delete-pattern")
        self._delete_pattern.setAccessibleName(self.tr("Delete pattern"))
        self._delete_pattern.clicked.connect(self._delete_current)
        for button in (self._new_pattern, self._edit_pattern, self._delete_pattern):
            if not self._own_patterns:  # hide only: shown without a parent, it is a window
                button.hide()
            row.addWidget(button)
        pattern_layout.addLayout(row)
        self._purpose = QLabel()
        self._purpose.setObjectName("pattern-purpose")
        self._purpose.setWordWrap(True)
        pattern_layout.addWidget(self._purpose)
        self._timing = QLabel()
        self._timing.setObjectName("pattern-timing")
        self._timing.setWordWrap(True)
        pattern_layout.addWidget(self._timing)
        return pattern_box

    def _build_length(self) -> QGroupBox:
        length_box = QGroupBox(self.tr("Length"))
        form = QFormLayout(length_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self._unit = QComboBox()
        self._unit.setObjectName("length-unit")
        self._unit.addItem(self.tr("Minutes"), LengthUnit.MINUTES.value)
        self._unit.addItem(self.tr("Breaths"), LengthUnit.BREATHS.value)
        self._unit.setAccessibleName(self.tr("Measure length in"))
        self._unit.currentIndexChanged.connect(self._on_unit)
        form.addRow(self.tr("Measure &in"), self._unit)
        minutes_spec = spec("session_minutes")
        self._minutes = QDoubleSpinBox()
        self._minutes.setObjectName("length-minutes")
        self._minutes.setRange(minutes_spec.minimum or 1, minutes_spec.maximum or 60)
        self._minutes.setSingleStep(minutes_spec.step or 0.5)
        self._minutes.setDecimals(1)
        self._minutes.setSuffix(self.tr(" min"))
        self._minutes.setAccessibleName(self.tr("Session length in minutes"))
        self._minutes.valueChanged.connect(
            lambda v: self._settings.set_value("session_minutes", float(v))
        )
        breaths_spec = spec("session_breaths")
        self._breaths = QSpinBox()
        self._breaths.setObjectName("length-breaths")
        self._breaths.setRange(int(breaths_spec.minimum or 1), int(breaths_spec.maximum or 300))
        self._breaths.setSuffix(self.tr(" breaths"))
        self._breaths.setAccessibleName(self.tr("Session length in breaths"))
        self._breaths.valueChanged.connect(
            lambda v: self._settings.set_value("session_breaths", int(v))
        )
        self._length_label = QLabel(self.tr("&Length"))
        amount = QHBoxLayout()
        amount.addWidget(self._minutes)
        amount.addWidget(self._breaths)
        amount.addStretch(1)
        form.addRow(self._length_label, amount)
        self._length_label.setBuddy(self._minutes)

        self._ramp = QCheckBox(self.tr("Start faster and slow down &gradually"))

        self._ramp.setObjectName("ramp")
        self._ramp.setAccessibleName(self._ramp.text().replace("&", ""))
        self._ramp.toggled.connect(lambda on: self._settings.set_value("ramp_enabled", on))
        form.addRow(self._ramp)
        ramp_start = spec("ramp_start_bpm")
        self._ramp_start = QDoubleSpinBox()
        self._ramp_start.setObjectName("ramp-start")
        self._ramp_start.setRange(ramp_start.minimum or 6, ramp_start.maximum or 12)
        self._ramp_start.setSingleStep(ramp_start.step or 0.5)
        self._ramp_start.setDecimals(1)
        self._ramp_start.setSuffix(self.tr(" breaths a minute"))
        self._ramp_start.setAccessibleName(self.tr("Starting pace in breaths a minute"))
        self._ramp_start.valueChanged.connect(
            lambda v: self._settings.set_value("ramp_start_bpm", float(v))
        )
        ramp_minutes = spec("ramp_minutes")
        self._ramp_minutes = QDoubleSpinBox()
        self._ramp_minutes.setObjectName("ramp-minutes")
        self._ramp_minutes.setRange(ramp_minutes.minimum or 0.5, ramp_minutes.maximum or 15)
        self._ramp_minutes.setSingleStep(ramp_minutes.step or 0.5)
        self._ramp_minutes.setDecimals(1)
        self._ramp_minutes.setSuffix(self.tr(" min"))
        self._ramp_minutes.setAccessibleName(self.tr("Slow down over minutes"))
        self._ramp_minutes.valueChanged.connect(
            lambda v: self._settings.set_value("ramp_minutes", float(v))
        )
        form.addRow(self.tr("Start &at"), self._ramp_start)
        form.addRow(self.tr("Slow down &over"), self._ramp_minutes)
        return length_box

    def scrolled(self) -> QWidget:
        """This pane in a scroll area, as the page shows it."""
        return scrolling(self, self.tr("Breathing setup"))

    # ----- settings and patterns ------------------------------------------------------

    def apply_settings(self) -> None:
        """Show the length, unit and ramp the settings hold."""
        s = self._settings
        unit = s.get_choice("length_mode")
        self._unit.setCurrentIndex(max(self._unit.findData(unit), 0))
        self._minutes.setValue(s.get_float("session_minutes"))
        self._breaths.setValue(s.get_int("session_breaths"))
        self._ramp.setChecked(s.get_bool("ramp_enabled"))
        self._ramp_start.setValue(s.get_float("ramp_start_bpm"))
        self._ramp_minutes.setValue(s.get_float("ramp_minutes"))
        self._ramp_start.setEnabled(self._ramp.isChecked())
        self._ramp_minutes.setEnabled(self._ramp.isChecked())
        self._show_unit(unit)
        self._update_timing()

    def _on_unit(self, _index: int) -> None:
        unit = str(self._unit.currentData())
        self._settings.set_value("length_mode", unit)
        self._show_unit(unit)

    def _show_unit(self, unit: str) -> None:
        minutes = unit == LengthUnit.MINUTES.value
        self._minutes.setVisible(minutes)
        self._breaths.setVisible(not minutes)
        self._length_label.setBuddy(self._minutes if minutes else self._breaths)

    def fill_patterns(self, select: str | None = None) -> None:
        """List the library's patterns, keeping (or choosing) ``select``."""
        current = select or (self.current_pattern().name if self._pattern.count() else None)
        self._pattern.blockSignals(True)
        self._pattern.clear()
        for pattern in self._library.all():
            name = tr_core("patterns", pattern.name) if pattern.builtin else pattern.name
            timings = "-".join(format_decimal(d) for d in pattern.durations)  # "4-7-8-0"
            self._pattern.addItem(f"{name}  ({timings})", pattern.name)
        index = self._pattern.findData(current) if current else 0
        self._pattern.setCurrentIndex(max(index, 0))
        self._pattern.blockSignals(False)
        self._on_pattern_chosen()

    def select_pattern(self, name: str) -> bool:
        """Choose the pattern called ``name``; False when there is none."""
        pattern = self._library.find(name)
        if pattern is None:
            return False
        self._pattern.setCurrentIndex(self._pattern.findData(pattern.name))
        return True

    def current_pattern(self) -> BreathPattern:
        """The pattern chosen in the list."""
        name = self._pattern.currentData()
        found = self._library.find(str(name)) if name is not None else None
        return found or self._library.all()[0]

    def _on_pattern_chosen(self, _index: int = 0) -> None:
        pattern = self.current_pattern()
        own = not pattern.builtin
        self._edit_pattern.setEnabled(own)
        self._delete_pattern.setEnabled(own)
        purpose = tr_core("patterns", pattern.purpose) if pattern.builtin else pattern.purpose
        self._purpose.setText(purpose)
        self._purpose.setVisible(bool(purpose))
        self._update_timing()
        self.pattern_chosen.emit(pattern.name)

    def _update_timing(self) -> None:
        if not self._pattern.count():
            return
        p = self.current_pattern()
        parts = [self.tr("In %1 s").replace("%1", format_decimal(p.inhale_s))]
        if p.hold_in_s:
            parts.append(self.tr("hold %1 s").replace("%1", format_decimal(p.hold_in_s)))
        parts.append(self.tr("out %1 s").replace("%1", format_decimal(p.exhale_s)))
        if p.hold_out_s:
            parts.append(self.tr("hold %1 s").replace("%1", format_decimal(p.hold_out_s)))
        rate = self.tr("%1 breaths a minute").replace("%1", format_decimal(p.rate_bpm, fixed=True))
        self._timing.setText(join_parts(parts) + " — " + rate)

    def _create_pattern(self) -> None:
        if not self._own_patterns:
            return
        from calmfloor.ui.breathing.pattern_dialog import PatternDialog

        dialog = PatternDialog(self._library, None, self)
        if dialog.exec():
            self.fill_patterns(select=dialog.pattern().name)

    def _edit_current(self) -> None:
        pattern = self.current_pattern()
        if pattern.builtin:
            return
        from calmfloor.ui.breathing.pattern_dialog import PatternDialog

        dialog = PatternDialog(self._library, pattern, self)
        if dialog.exec():
            self.fill_patterns(select=dialog.pattern().name)

    def _delete_current(self) -> None:
        pattern = self.current_pattern()
        from calmfloor.ui.breathing.pattern_dialog import confirm_delete

        if not pattern.builtin and confirm_delete(self, pattern):
            self._library.delete(pattern.name)

    # ----- starting -----------------------------------------------------------------------

    def plan(self) -> SessionPlan:
        """The session the setup describes."""
        s = self._settings
        ramp = None
        if s.get_bool("ramp_enabled"):
            ramp = Ramp(s.get_float("ramp_start_bpm"), s.get_float("ramp_minutes"))
        if s.get_choice("length_mode") == LengthUnit.BREATHS.value:
            return SessionPlan(
                self.current_pattern(), LengthUnit.BREATHS, s.get_int("session_breaths"), ramp
            )
        return SessionPlan(
            self.current_pattern(), LengthUnit.MINUTES, s.get_float("session_minutes"), ramp
        )

    def take_safety_note(self) -> bool:
        """Hide the dizziness note at the first start; True if it was showing."""
        if not self._safety.isVisible():
            return False
        self._safety.hide()
        self.start_button.setAccessibleDescription(self.tr("Space starts, pauses and resumes"))
        return True
