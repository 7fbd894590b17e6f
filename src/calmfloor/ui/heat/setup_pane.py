"""The Heat page's first step: the safety checklist, the area, the time and skin checks."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from calmfloor.core.heat import HEAT_MIN_MIN, HeatArea, HeatPlan, clamp_length_s
from calmfloor.core.settings import spec
from calmfloor.ui.heat.area_choice import HeatAreaChoice
from calmfloor.ui.heat.safety import HeatChecklist
from calmfloor.ui.kit.fonts import set_font_scale
from calmfloor.ui.kit.models import SettingsModel
from calmfloor.ui.kit.widgets import format_number, keep_tall, wrapping_label

HEAT_SETTINGS = ("heat_minutes", "heat_skin_checks", "heat_skin_check_minutes")


class HeatSetupPane(QWidget):
    """Setup: the first-use checklist, where the pack goes, how long, skin checks, Start.

    The length and skin-check controls are the same preferences as on the Settings page: a
    change is remembered for next time, and a setting locked by the clinic cannot be
    changed here either.

    Args:
        settings: preferences (``heat_minutes``, ``heat_skin_checks``,
            ``heat_skin_check_minutes``).
        cap_min: the longest session allowed, in minutes (already within the limits).
        checklist_confirmed: the user already confirmed the safety checklist.
        parent: the Qt parent.

    Signals:
        checklist_confirmed(): the user confirmed the safety checklist (once).
        area_chosen(str): the user chose this area (a ``HeatArea`` value).
        start_requested(): the user pressed Start.
    """

    checklist_confirmed = Signal()
    area_chosen = Signal(str)
    start_requested = Signal()

    def __init__(
        self,
        settings: SettingsModel,
        cap_min: int,
        *,
        checklist_confirmed: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("heat-setup")
        self._settings = settings
        self._cap_min = cap_min
        outer = QVBoxLayout(self)
        heading = QLabel(self.tr("Heat pack"))
        set_font_scale(heading, 1.6, bold=True)
        heading.setAccessibleName(heading.text())
        outer.addWidget(heading)
        intro = wrapping_label(
            "heat-intro",
            self.tr(
                "Warmth can ease tight muscles. The timer keeps counting while you use the "
                "rest of calmfloor, and tells you when to take the pack off."
            ),
        )
        outer.addWidget(intro)
        self.checklist = HeatChecklist(checklist_confirmed)
        self.checklist.confirm_requested.connect(self.confirm_checklist)
        outer.addWidget(self.checklist)
        self.areas = HeatAreaChoice()
        self.areas.chosen.connect(self._on_area_chosen)
        outer.addWidget(self.areas)
        outer.addWidget(self._build_time())

        self.start_button = QPushButton(self.tr("Start the heat timer"))
        self.start_button.setObjectName("heat-start")
        self.start_button.setAutoDefault(True)
        set_font_scale(self.start_button, 1.3, bold=True)
        keep_tall(self.start_button)
        self.start_button.setAccessibleName(self.tr("Start the heat timer"))
        self._start_help = self.tr("Put the wrapped pack on, then start")
        self.start_button.setAccessibleDescription(self._start_help)
        self.start_button.clicked.connect(self.start_requested.emit)
        outer.addWidget(self.start_button)
        self._start_hint = wrapping_label("heat-start-hint")
        outer.addWidget(self._start_hint)
        outer.addStretch(1)
        settings.changed.connect(self._on_setting)
        self._apply_settings()
        self._update_start()

    def _build_time(self) -> QGroupBox:
        time_box = QGroupBox(self.tr("Time and skin checks"))
        form = QFormLayout(time_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self._minutes = QSpinBox()
        self._minutes.setObjectName("heat-minutes")
        self._minutes.setRange(HEAT_MIN_MIN, self._cap_min)
        self._minutes.setSuffix(self.tr(" min"))
        self._minutes.setAccessibleName(self.tr("Heat time in minutes"))
        self._minutes.setAccessibleDescription(
            self.tr("Never more than %1 minutes on one area.").replace(
                "%1", format_number(self._cap_min)
            )
        )
        self._minutes.valueChanged.connect(self._on_minutes)
        form.addRow(self.tr("Heat &time"), self._minutes)
        self._checks = QCheckBox(self.tr("Remind me to &check my skin"))
        self._checks.setObjectName("heat-skin-checks")
        self._checks.setAccessibleName(self._checks.text().replace("&", ""))
        self._checks.toggled.connect(self._on_checks_toggled)
        form.addRow(self._checks)
        every_spec = spec("heat_skin_check_minutes")
        self._every = QSpinBox()
        self._every.setObjectName("heat-skin-check-minutes")
        self._every.setRange(int(every_spec.minimum or 2), int(every_spec.maximum or 10))
        self._every.setSuffix(self.tr(" min"))
        self._every.setAccessibleName(self.tr("Check my skin every, in minutes"))
        self._every.valueChanged.connect(self._on_every)
        form.addRow(self.tr("Check &every"), self._every)
        self._checks_note = wrapping_label("heat-checks-note")
        form.addRow(self._checks_note)
        self._locked_note = QLabel(self.tr("Some of these are managed by your clinic."))
        self._locked_note.setObjectName("locked-note")
        form.addRow(self._locked_note)
        return time_box

    def describe_start(self, safety: str) -> None:
        """Read ``safety`` (the rules while the pack is on) with the Start button, the one
        control Tab reaches before the pack goes on."""
        self.start_button.setAccessibleDescription(f"{self._start_help}. {safety}")

    # ----- settings -------------------------------------------------------------------

    def _apply_settings(self) -> None:
        s = self._settings
        length_s = clamp_length_s(s.get_int("heat_minutes") * 60, self._cap_min * 60)
        for widget, value in (
            (self._minutes, round(length_s / 60)),
            (self._every, s.get_int("heat_skin_check_minutes")),
        ):
            widget.blockSignals(True)
            widget.setValue(value)
            widget.blockSignals(False)
        self._checks.blockSignals(True)
        self._checks.setChecked(s.get_bool("heat_skin_checks"))
        self._checks.blockSignals(False)
        locked = {key: s.is_locked(key) for key in HEAT_SETTINGS}
        self._minutes.setEnabled(not locked["heat_minutes"])
        self._checks.setEnabled(not locked["heat_skin_checks"])
        self._every.setEnabled(self._checks.isChecked() and not locked["heat_skin_check_minutes"])
        self._locked_note.setVisible(any(locked.values()))
        self._update_checks_note()

    def _on_setting(self, key: str, _value: object) -> None:
        if key.startswith("heat_"):
            self._apply_settings()

    def _on_minutes(self, value: int) -> None:
        self._settings.set_value("heat_minutes", int(value))
        self._update_checks_note()

    def _on_checks_toggled(self, on: bool) -> None:
        self._settings.set_value("heat_skin_checks", bool(on))
        self._apply_settings()

    def _on_every(self, value: int) -> None:
        self._settings.set_value("heat_skin_check_minutes", int(value))
        self._update_checks_note()

    def _update_checks_note(self) -> None:
        plan = self.plan(HeatArea.LOWER_BACK)
        if not self._checks.isChecked():
            text = self.tr("No reminders: lift the pack and look at your skin now and then.")
        elif plan.skin_check_count == 0:
            text = self.tr(
                "No reminder falls within this time: look at your skin when you take the pack off."
            )
        else:
            text = self.tr("You will be reminded %n time(s).", "", plan.skin_check_count)
        self._checks_note.setText(text)

    # ----- the choices ----------------------------------------------------------------

    def set_minutes(self, minutes: int) -> None:
        """Set the heat time (kept within 5 minutes and the cap)."""
        self._minutes.setValue(int(minutes))

    def minutes(self) -> int:
        """The heat time chosen, in minutes."""
        return int(self._minutes.value())

    def plan(self, area: HeatArea | None = None) -> HeatPlan:
        """The session the setup describes (on ``area``, or the area chosen)."""
        chosen = area or self.areas.current() or HeatArea.LOWER_BACK
        cap_s = self._cap_min * 60.0
        length_s = clamp_length_s(self._minutes.value() * 60.0, cap_s)
        every_s: float | None = None
        if self._checks.isChecked():
            every_s = self._every.value() * 60.0
            if every_s >= length_s:  # no check falls inside: none is planned
                every_s = None
        return HeatPlan(chosen, length_s, every_s, cap_s)

    def _on_area_chosen(self, area: str) -> None:
        self._update_start()
        self.area_chosen.emit(area)

    def confirm_checklist(self) -> None:
        """The user confirmed the safety checklist (``checklist_confirmed`` the first time)."""
        first = self.checklist.confirm()
        self._update_start()
        if first:
            self.checklist_confirmed.emit()
        self.focus_first()

    def focus_first(self) -> None:
        """The focus to Start, or to the area to choose while Start cannot be pressed."""
        ready = self.start_button.isEnabled()
        (self.start_button if ready else self.areas.button(self.areas.current())).setFocus()

    def _update_start(self) -> None:
        self.checklist.refresh()
        confirmed = self.checklist.is_confirmed()
        area = self.areas.current()
        self.start_button.setEnabled(confirmed and area is not None)
        if not confirmed:
            hint = self.tr("Please read the list above and confirm it first.")
        elif area is None:
            hint = self.tr("Choose where the pack will go.")
        else:
            hint = ""
        self._start_hint.setText(hint)
        self._start_hint.setVisible(bool(hint))
