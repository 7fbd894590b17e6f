"""The Heat page, and the heat timer's chip, alarm banner and notifications for every page."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, QLocale, QObject, QSize, Qt, QTime, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from calmfloor.core.clock import Clock
from calmfloor.core.heat import (
    HEAT_AREA_LABELS,
    HEAT_MAX_MIN,
    HEAT_MIN_MIN,
    HeatArea,
    HeatEnded,
    HeatPlan,
    HeatSample,
    HeatState,
    PastHeat,
    SpacingKind,
    SpacingWarning,
    clamp_length_s,
    spacing_warnings,
)
from calmfloor.core.settings import spec
from calmfloor.ui.heat.controller import HeatController, HeatRecorder
from calmfloor.ui.kit.fonts import set_font_scale
from calmfloor.ui.kit.models import SettingsModel
from calmfloor.ui.kit.sound import Cue, CuePlayer
from calmfloor.ui.kit.theme import BASE_POINT_SIZE, paint_for
from calmfloor.ui.kit.tray import SharedTray
from calmfloor.ui.kit.widgets import (
    FlowLayout,
    announce,
    format_clock,
    format_number,
    join_parts,
    keep_tall,
    scrolling,
    tr_core,
    wrapping_label,
)

COUNTDOWN_FONT_SCALE = 7.0  # the minutes and seconds left: read from across the room
AREA_FONT_SCALE = 1.8  # "Lower back" above the countdown
STATUS_FONT_SCALE = 1.35  # "Ends at 14:35", "Paused: the pack is off"
BANNER_FONT_SCALE = 1.3  # the skin-check prompt
SAFETY_FONT_SCALE = 1.15  # the always-visible safety list
BUTTON_FONT_SCALE = 1.15
ALARM_FONT_SCALE = 1.8  # "Time's up: take the heat pack off now"
REFERENCE_HEIGHT_PX = 700  # large type grows with the page above this height
AREA_COLUMNS = 3  # the area buttons, in rows of this many
END_TIME_SLACK_S = 30.0  # "Ends at" is recomputed only when the end moves more than this
ACTIVE_STATES = (HeatState.RUNNING, HeatState.PAUSED, HeatState.TIME_UP)


def _font(base: QFont, factor: float, bold: bool = False, height: int = 0) -> QFont:
    """``factor`` times the standard text size (growing with a tall page), never smaller
    than the user's own text size."""
    font = QFont(base)
    scale = max(1.0, height / REFERENCE_HEIGHT_PX) if height else 1.0
    font.setPointSizeF(max(font.pointSizeF(), BASE_POINT_SIZE * factor * scale))
    font.setBold(bold)
    return font


def _panel(object_name: str) -> QFrame:
    """A framed panel on the alternate background: notes and prompts."""
    frame = QFrame()
    frame.setObjectName(object_name)
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setAutoFillBackground(True)
    frame.setBackgroundRole(QPalette.ColorRole.AlternateBase)
    return frame


class _WrappingButton(QPushButton):
    """A push button whose long text wraps onto more lines instead of widening the page.

    The words are a label inside the button (Qt's own button text never wraps); the button
    is named for screen readers with the same words.
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = wrapping_label("button-text", text)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.label)
        self.setAccessibleName(text)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def sizeHint(self) -> QSize:
        layout = self.layout()
        return layout.sizeHint() if layout is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        layout = self.layout()
        return layout.minimumSize() if layout is not None else super().minimumSizeHint()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        return layout.totalHeightForWidth(width) if layout is not None else -1


def _bullets(lines: list[str]) -> str:
    return "\n".join("• " + line for line in lines)


def _area_text(area: HeatArea) -> str:
    return tr_core("heat", HEAT_AREA_LABELS[area])


def _minutes_left(left_s: float) -> int:
    """Whole minutes left, rounded up (``0:59`` is "1 minute")."""
    return max(math.ceil(left_s / 60 - 1e-9), 0)


class HeatView(QWidget):
    """The Heat page: the safety checklist and setup, the running timer, the end.

    Three steps in one page: setup (first-use checklist, area, length, skin checks), the
    session (a large countdown, the end time, the safety list, pause, "I've removed the
    pack"), and the end (time up: take the pack off; then a summary). The alarm itself is
    :class:`HeatAlarmBanner`, which the window shows above every page.

    The length and skin-check controls here are the same preferences as on the Settings
    page (like the Breathe page's length): a change is remembered for next time, and a
    setting locked by the clinic cannot be changed here either.

    Args:
        controller: the heat timer; this view only shows its samples.
        recorder: stores the session in history.
        settings: preferences (``heat_minutes``, ``heat_skin_checks``,
            ``heat_skin_check_minutes``).
        cues: plays the skin-check sound (a safety sound: it plays even with cues off).
        past: recent heat sessions, for the spacing warning (see ``past_heat``).
        clock: wall-clock time for the spacing rules and "Ends at".
        checklist_confirmed: the user already confirmed the safety checklist.
        last_area: the area chosen last time (a ``HeatArea`` value), chosen again.
        cap_min: the longest session allowed (a clinic may lower the 20-minute cap).
        parent: the Qt parent.

    Signals:
        checklist_confirmed(): the user confirmed the safety checklist (once).
        area_chosen(str): the user chose this area (a ``HeatArea`` value).
        session_saved(): a session was stored (History should refresh).
    """

    checklist_confirmed = Signal()
    area_chosen = Signal(str)
    session_saved = Signal()

    def __init__(
        self,
        controller: HeatController,
        recorder: HeatRecorder,
        settings: SettingsModel,
        cues: CuePlayer,
        past: Callable[[], list[PastHeat]],
        clock: Clock,
        *,
        checklist_confirmed: bool,
        last_area: str = "",
        cap_min: int = HEAT_MAX_MIN,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("heat-view")
        self._controller = controller
        self._recorder = recorder
        self._settings = settings
        self._cues = cues
        self._past = past
        self._clock = clock
        self._confirmed = checklist_confirmed
        self._cap_min = min(max(int(cap_min), HEAT_MIN_MIN), HEAT_MAX_MIN)
        self._shown_key: tuple[int, int | None, int] | None = None  # what the labels show
        self._minute_shown: int | None = None
        self._ends_at: datetime | None = None
        self.last_warning = ""  # the spacing warning last shown (for tests and logs)

        self._stack = QStackedWidget()
        self._setup_page = self._build_setup()
        self._run_page = self._build_running()
        self._done_page = self._build_done()
        for page in (self._setup_page, self._run_page, self._done_page):
            self._stack.addWidget(page)
        self._skin_help = self._build_skin_help()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._skin_help)
        layout.addWidget(self._stack, 1)

        controller.sample_changed.connect(self._paint_sample)
        controller.state_changed.connect(self._on_state)
        controller.skin_check_due.connect(self._on_skin_check)
        controller.ended.connect(self._on_ended)
        recorder.saved.connect(lambda _id: self.session_saved.emit())
        settings.changed.connect(self._on_setting)
        self._apply_settings()
        if last_area in {area.value for area in HeatArea}:
            self._area_buttons[HeatArea(last_area)].setChecked(True)
        self._update_start()
        self._sync_with_controller()

    # ----- building -------------------------------------------------------------------

    def _build_setup(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
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

        self._checklist = _panel("heat-checklist")
        checklist = QVBoxLayout(self._checklist)
        title = QLabel(self.tr("Before you use heat"))
        set_font_scale(title, 1.2, bold=True)
        checklist.addWidget(title)
        self._checklist_text = wrapping_label("heat-checklist-text")
        self._checklist_text.setText(
            self.tr("Ask your doctor or physiotherapist before using heat if:")
            + "\n"
            + _bullets(
                [
                    self.tr(
                        "some areas feel numb, or you have nerve damage (for example from diabetes)"
                    ),
                    self.tr("the skin there is broken, or has had radiotherapy recently"),
                    self.tr("you have heart or circulation problems"),
                    self.tr("you have a fever or an infection"),
                    self.tr("you are pregnant (do not put heat on your belly)"),
                    self.tr("the area has a fresh injury, such as a new sprain or bruise"),
                    self.tr("you find instructions like these hard to follow"),
                ]
            )
        )
        checklist.addWidget(self._checklist_text)
        confirm_row = QHBoxLayout()
        # long words: they wrap at large text sizes rather than widen the page
        self._confirm = _WrappingButton(
            self.tr("I've read this: none of these apply to me, or my clinician said heat is fine")
        )
        self._confirm.setObjectName("heat-confirm")
        # what the button confirms is read with it: Tab never lands on the list itself
        self._confirm.setAccessibleDescription(self._checklist_text.text())
        keep_tall(self._confirm)
        self._confirm.setAutoDefault(True)
        self._confirm.clicked.connect(self.confirm_checklist)
        confirm_row.addWidget(self._confirm)
        confirm_row.addStretch(1)
        checklist.addLayout(confirm_row)
        outer.addWidget(self._checklist)
        reread_row = QHBoxLayout()
        self._reread = QPushButton(self.tr("When to ask a clinician first"))
        self._reread.setObjectName("heat-reread")
        self._reread.setAccessibleName(self.tr("Show when to ask a clinician before using heat"))
        self._reread.clicked.connect(self._show_checklist_again)
        reread_row.addWidget(self._reread)
        reread_row.addStretch(1)
        outer.addLayout(reread_row)

        area_box = QGroupBox(self.tr("Where will the pack go?"))
        grid = QGridLayout(area_box)
        self._areas = QButtonGroup(self)
        self._areas.setExclusive(True)
        self._area_buttons: dict[HeatArea, QPushButton] = {}
        for index, area in enumerate(HeatArea):
            button = QPushButton(_area_text(area))
            button.setObjectName(f"heat-area-{area.value}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setAccessibleName(_area_text(area))
            button.setAccessibleDescription(self.tr("Where the heat pack goes"))
            set_font_scale(button, BUTTON_FONT_SCALE, large_type=True)
            keep_tall(button, 2.4)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.toggled.connect(lambda on, b=button: self._mark_area(b, on))
            self._areas.addButton(button, index)
            self._area_buttons[area] = button
            grid.addWidget(button, index // AREA_COLUMNS, index % AREA_COLUMNS)
        # toggled, not clicked: a screen reader's default action on a checkable button toggles it
        self._areas.idToggled.connect(self._on_area_toggled)
        outer.addWidget(area_box)

        time_box = QGroupBox(self.tr("Time and skin checks"))
        form = QFormLayout(time_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self._minutes = QSpinBox()
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
        self._checks.setAccessibleName(self._checks.text().replace("&", ""))
        self._checks.toggled.connect(self._on_checks_toggled)
        form.addRow(self._checks)
        every_spec = spec("heat_skin_check_minutes")
        self._every = QSpinBox()
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
        outer.addWidget(time_box)

        self._start = QPushButton(self.tr("Start the heat timer"))
        self._start.setObjectName("primary")
        self._start.setAutoDefault(True)
        set_font_scale(self._start, 1.3, bold=True)
        keep_tall(self._start)
        self._start.setAccessibleName(self.tr("Start the heat timer"))
        self._start.setAccessibleDescription(self.tr("Put the wrapped pack on, then start"))
        self._start.clicked.connect(self.start)
        outer.addWidget(self._start)
        self._start_hint = wrapping_label("heat-start-hint")
        outer.addWidget(self._start_hint)
        outer.addStretch(1)
        return scrolling(page, self.tr("Heat pack setup"))

    def _build_running(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        left = QVBoxLayout()
        self._area_title = wrapping_label("heat-area-title")
        self._area_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._area_title.setAccessibleName(self.tr("Heat pack on"))
        self._countdown = QLabel()
        self._countdown.setObjectName("heat-countdown")
        self._countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # a fixed name: screen readers must not be told every second
        self._countdown.setAccessibleName(self.tr("Heat time left"))
        self._status = wrapping_label("heat-status")
        self._status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._next_check = wrapping_label("heat-next-check")
        self._next_check.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._next_check.setAccessibleName(self.tr("Next skin check"))
        for widget in (self._area_title, self._countdown, self._status, self._next_check):
            left.addWidget(widget)
        top.addLayout(left, 3)
        top.addSpacing(self.fontMetrics().height())

        self._safety = _panel("heat-safety")
        safety = QVBoxLayout(self._safety)
        self._safety_title = QLabel(self.tr("While the pack is on"))
        self._safety_title.setObjectName("heat-safety-title")
        self._safety_text = wrapping_label("heat-safety-text")
        self._safety_text.setText(
            _bullets(
                [
                    self.tr("Wrap the pack in a cloth: never on bare skin."),
                    self.tr("Don't lie on the pack."),
                    self.tr("Don't fall asleep with it on."),
                    self.tr("Check your skin now and then."),
                ]
            )
        )
        safety.addWidget(self._safety_title)
        # read with the Start button, the one control Tab reaches before the pack goes on
        self._start.setAccessibleDescription(
            " ".join(
                [
                    self._start.accessibleDescription() + ".",
                    self._safety_title.text() + ":",
                    self._safety_text.text(),
                ]
            )
        )
        safety.addWidget(self._safety_text)
        self._skin_help_button = QPushButton(self.tr("Skin red or blistered?"))
        self._skin_help_button.setObjectName("heat-skin-help")
        self._skin_help_button.setAccessibleName(self.tr("Skin red or blistered?"))
        self._skin_help_button.setAutoDefault(True)
        self._skin_help_button.clicked.connect(self.show_skin_help)
        help_row = QHBoxLayout()
        help_row.addWidget(self._skin_help_button)
        help_row.addStretch(1)
        safety.addLayout(help_row)
        top.addWidget(self._safety, 2, Qt.AlignmentFlag.AlignVCenter)
        layout.addStretch(1)
        layout.addLayout(top)
        layout.addSpacing(self.fontMetrics().height())

        self._skin_banner = _panel("heat-skin-check")
        banner = QHBoxLayout(self._skin_banner)
        self._skin_text = wrapping_label("heat-skin-check-text")
        self._skin_text.setText(
            self.tr(
                "Time to check your skin: lift the pack and look. Red patches, blisters or "
                "burning? Take it off."
            )
        )
        banner.addWidget(self._skin_text, 1)
        self._skin_ok = QPushButton(self.tr("Skin looks fine"))
        self._skin_ok.setObjectName("heat-skin-ok")
        self._skin_ok.setAutoDefault(True)
        self._skin_ok.setDefault(True)
        self._skin_ok.setAccessibleName(self.tr("Skin looks fine"))
        self._skin_ok.setAccessibleDescription(self.tr("I checked my skin under the pack"))
        self._skin_ok.clicked.connect(self.acknowledge_skin_check)
        banner.addWidget(self._skin_ok, 0, Qt.AlignmentFlag.AlignVCenter)
        self._skin_banner.hide()
        layout.addWidget(self._skin_banner)
        layout.addStretch(1)

        buttons = FlowLayout(centered=True)  # wraps rather than widen the window
        self._pause = QPushButton(self.tr("Pause (pack off)"))
        self._pause.setObjectName("heat-pause")
        self._pause.clicked.connect(self.toggle_pause)
        self._remove = QPushButton(self.tr("I've removed the pack"))
        self._remove.setObjectName("heat-remove")
        self._remove.setAccessibleDescription(self.tr("Ends the heat session now"))
        self._remove.clicked.connect(self.remove_pack)
        self._run_buttons = (self._pause, self._remove)
        for button in self._run_buttons:
            button.setAutoDefault(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setAccessibleName(button.text())
            buttons.addWidget(button)
        layout.addLayout(buttons)
        layout.addSpacing(self.fontMetrics().height() // 2)
        return scrolling(page, self.tr("Heat pack in use"))

    def _build_done(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        self._done_title = wrapping_label("heat-done-title")
        set_font_scale(self._done_title, 1.8, bold=True)
        self._done_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._done_summary = wrapping_label("heat-done-summary")
        set_font_scale(self._done_summary, 1.3)
        self._done_summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._done_advice = wrapping_label("heat-done-advice")
        self._done_advice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._not_saved = wrapping_label("heat-not-saved")
        self._not_saved.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for label in (self._done_title, self._done_summary, self._done_advice, self._not_saved):
            layout.addWidget(label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self._done_skin_help = QPushButton(self.tr("Skin red or blistered?"))
        self._done_skin_help.clicked.connect(self.show_skin_help)
        self._done = QPushButton(self.tr("Done"))
        self._done.setObjectName("heat-done")
        self._done.setAccessibleName(self.tr("Done, back to the heat pack setup"))
        self._done.clicked.connect(self.back_to_setup)
        for button in (self._done_skin_help, self._done):
            button.setAutoDefault(True)
            keep_tall(button)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(2)
        return scrolling(page, self.tr("Heat pack session finished"))

    def _build_skin_help(self) -> QFrame:
        frame = _panel("heat-skin-help-panel")
        layout = QVBoxLayout(frame)
        title = QLabel(self.tr("If your skin is red, blistered or burning"))
        set_font_scale(title, 1.2, bold=True)
        layout.addWidget(title)
        self._skin_help_text = wrapping_label("heat-skin-help-text")
        self._skin_help_text.setText(
            _bullets(
                [
                    self.tr("Take the pack off."),
                    self.tr("Cool the skin under cool running water for 20 minutes."),
                    self.tr("Don't use ice."),
                    self.tr(
                        "Get medical care for blisters, or if the burn is large or very painful."
                    ),
                    self.tr("Don't use heat there again until the skin has healed."),
                ]
            )
        )
        self._skin_help_text.setAccessibleName(title.text())
        layout.addWidget(self._skin_help_text)
        row = QHBoxLayout()
        self._skin_help_close = QPushButton(self.tr("Close"))
        self._skin_help_close.setAccessibleName(self.tr("Close the skin advice"))
        self._skin_help_close.setAutoDefault(True)
        self._skin_help_close.clicked.connect(self.hide_skin_help)
        row.addStretch(1)
        row.addWidget(self._skin_help_close)
        layout.addLayout(row)
        frame.hide()
        return frame

    # ----- settings and setup ---------------------------------------------------------

    def _apply_settings(self) -> None:
        s = self._settings
        minutes = round(clamp_length_s(int(s.value("heat_minutes")) * 60, self._cap_min * 60) / 60)
        for widget, value in (
            (self._minutes, minutes),
            (self._every, int(s.value("heat_skin_check_minutes"))),
        ):
            widget.blockSignals(True)
            widget.setValue(value)
            widget.blockSignals(False)
        self._checks.blockSignals(True)
        self._checks.setChecked(bool(s.value("heat_skin_checks")))
        self._checks.blockSignals(False)
        locked = {
            key: s.is_locked(key)
            for key in ("heat_minutes", "heat_skin_checks", "heat_skin_check_minutes")
        }
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

    @staticmethod
    def _mark_area(button: QPushButton, on: bool) -> None:
        """The chosen area stands out clearly: highlighted and bold."""
        if on:
            app_pal = QApplication.palette()
            pal = QPalette()
            pal.setColor(QPalette.ColorRole.Button, app_pal.color(QPalette.ColorRole.Highlight))
            pal.setColor(
                QPalette.ColorRole.ButtonText, app_pal.color(QPalette.ColorRole.HighlightedText)
            )
            button.setPalette(pal)
        else:
            button.setPalette(QPalette())
        font = button.font()
        font.setBold(on)
        button.setFont(font)

    def _on_area_toggled(self, index: int, checked: bool) -> None:
        if not checked:
            return
        area = list(HeatArea)[index]
        self._update_start()
        self.area_chosen.emit(area.value)

    def select_area(self, value: str | HeatArea) -> bool:
        """Choose the area ``value`` (a ``HeatArea`` value); False when there is none."""
        try:
            area = HeatArea(value)
        except ValueError:
            return False
        button = self._area_buttons[area]
        if not button.isChecked():
            button.click()  # as if the user chose it: area_chosen is emitted
        return True

    def current_area(self) -> HeatArea | None:
        """The area chosen, or None."""
        index = self._areas.checkedId()
        return list(HeatArea)[index] if index >= 0 else None

    def set_minutes(self, minutes: int) -> None:
        """Set the heat time (kept within 5 minutes and the cap)."""
        self._minutes.setValue(int(minutes))

    def minutes(self) -> int:
        """The heat time chosen, in minutes."""
        return int(self._minutes.value())

    def plan(self, area: HeatArea | None = None) -> HeatPlan:
        """The session the setup describes (on ``area``, or the area chosen)."""
        chosen = area or self.current_area() or HeatArea.LOWER_BACK
        cap_s = self._cap_min * 60.0
        length_s = clamp_length_s(self._minutes.value() * 60.0, cap_s)
        every_s: float | None = None
        if self._checks.isChecked():
            every_s = self._every.value() * 60.0
            if every_s >= length_s:  # no check falls inside: none is planned
                every_s = None
        return HeatPlan(chosen, length_s, every_s, cap_s)

    def confirm_checklist(self) -> None:
        """The user confirmed the safety checklist: remembered (``checklist_confirmed``)."""
        first = not self._confirmed
        self._confirmed = True
        self._checklist.hide()
        self._reread.show()
        self._update_start()
        if first:
            self.checklist_confirmed.emit()
        (self._start if self._start.isEnabled() else self._focus_area()).setFocus()

    def checklist_showing(self) -> bool:
        """True while the first-use checklist waits to be confirmed."""
        return not self._confirmed

    def _show_checklist_again(self) -> None:
        self._checklist.setVisible(self._checklist.isHidden())
        self._confirm.setVisible(not self._confirmed)

    def _focus_area(self) -> QPushButton:
        area = self.current_area()
        return self._area_buttons[area or HeatArea.LOWER_BACK]

    def _update_start(self) -> None:
        if not self._confirmed:
            self._checklist.show()
        self._confirm.setVisible(not self._confirmed)
        self._reread.setVisible(self._confirmed)
        area = self.current_area()
        self._start.setEnabled(self._confirmed and area is not None)
        if not self._confirmed:
            hint = self.tr("Please read the list above and confirm it first.")
        elif area is None:
            hint = self.tr("Choose where the pack will go.")
        else:
            hint = ""
        self._start_hint.setText(hint)
        self._start_hint.setVisible(bool(hint))

    # ----- spacing --------------------------------------------------------------------

    def _duration_words(self, minutes: int) -> str:
        hours, mins = divmod(max(minutes, 0), 60)
        if hours and mins:
            return (
                self.tr("%1 %2")
                .replace("%1", self.tr("%n hour(s)", "", hours))
                .replace("%2", self.tr("%n minute(s)", "", mins))
            )
        if hours:
            return self.tr("%n hour(s)", "", hours)
        return self.tr("%n minute(s)", "", mins)

    def spacing_text(self, warnings: list[SpacingWarning]) -> str:
        """The spacing warnings in plain words, one paragraph each."""
        paragraphs: list[str] = []
        for warning in warnings:
            if warning.kind is SpacingKind.TOO_SOON:
                minutes = warning.minutes_since_last or 0
                if minutes < 1:
                    first = self.tr("Your last heat session on this area ended just now.")
                else:
                    first = self.tr("Your last heat session on this area ended %1 ago.").replace(
                        "%1", self._duration_words(minutes)
                    )
                paragraphs.append(
                    first
                    + " "
                    + self.tr("Leave at least 2 hours between sessions so your skin can recover.")
                )
            else:
                paragraphs.append(
                    self.tr(
                        "You have already had %n heat session(s) on this area today.",
                        "",
                        warning.count_today or 0,
                    )
                    + " "
                    + self.tr("Up to 3 a day is usual.")
                )
        return "\n\n".join(paragraphs)

    def _ask_spacing(self, area: HeatArea, warnings: list[SpacingWarning]) -> bool:
        """Warn (never block); True when the user chooses to start anyway."""
        self.last_warning = self.spacing_text(warnings)
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Heat on this area again?"))
        box.setText(self.tr("%1: give your skin a rest?").replace("%1", _area_text(area)))
        box.setInformativeText(self.last_warning)
        start = box.addButton(self.tr("Start anyway"), QMessageBox.ButtonRole.AcceptRole)
        wait = box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(wait)
        box.setEscapeButton(wait)
        box.exec()
        return box.clickedButton() is start

    # ----- the session ----------------------------------------------------------------

    @property
    def is_running(self) -> bool:
        """True while the pack is on (running, paused or time up)."""
        return self._controller.state in ACTIVE_STATES

    def start(self) -> bool:
        """Start the heat timer with the chosen setup; True when it started.

        Needs the safety checklist confirmed and an area chosen. A spacing rule that
        would be broken asks first (the user may start anyway).
        """
        if self.is_running:
            return False
        if not self._confirmed:
            self._checklist.show()
            announce(self._confirm, self._checklist_text.text())  # said with the focused button
            self._confirm.setFocus()
            return False
        area = self.current_area()
        if area is None:
            self._focus_area().setFocus()
            return False
        warnings = spacing_warnings(area, self._clock.wall(), self._past())
        if warnings and not self._ask_spacing(area, warnings):
            return False
        self.hide_skin_help()
        self._shown_key = None
        self._minute_shown = None
        self._ends_at = None
        self._area_title.setText(_area_text(area))
        self._area_title.setAccessibleDescription(self._area_title.text())
        self._stack.setCurrentWidget(self._run_page)
        self._controller.start(self.plan(area))
        self._pause.setFocus()
        return True

    def pause(self) -> None:
        """The pack comes off for a while: time stops."""
        self._controller.pause()

    def resume(self) -> None:
        """The pack goes back on."""
        self._controller.resume()

    def toggle_pause(self) -> None:
        """Pause a running session, resume a paused one."""
        if self._controller.state is HeatState.PAUSED:
            self.resume()
        else:
            self.pause()

    def remove_pack(self) -> None:
        """ "I've removed the pack": ends the session (early, or after time was up)."""
        self._controller.remove()

    def acknowledge_alarm(self) -> None:
        """The alarm's "I've removed the pack" (the same as :meth:`remove_pack`)."""
        self._controller.acknowledge()

    def acknowledge_skin_check(self) -> None:
        """ "Skin looks fine": the pending skin check is done."""
        self._controller.acknowledge_skin_check()

    def skin_check_pending(self) -> bool:
        """True while a skin check waits for the user."""
        return not self._skin_banner.isHidden()

    def show_skin_help(self) -> None:
        """Show what to do for red or blistered skin."""
        self._skin_help.show()
        announce(self._skin_help_text, self._skin_help_text.text())  # with the focused button
        self._skin_help_close.setFocus()

    def hide_skin_help(self) -> None:
        """Close the skin advice."""
        self._skin_help.hide()

    def skin_help_showing(self) -> bool:
        """True while the skin advice is shown."""
        return not self._skin_help.isHidden()

    def back_to_setup(self) -> None:
        """From the end of a session back to setup."""
        if self.is_running:
            return
        self.hide_skin_help()
        self._stack.setCurrentWidget(self._setup_page)
        (self._start if self._start.isEnabled() else self._focus_area()).setFocus()

    def page(self) -> str:
        """Which step is shown: "setup", "running" or "done" (for tests)."""
        current = self._stack.currentWidget()
        if current is self._run_page:
            return "running"
        if current is self._done_page:
            return "done"
        return "setup"

    def countdown_text(self) -> str:
        """The countdown as shown (for tests)."""
        return self._countdown.text()

    def _sync_with_controller(self) -> None:
        """Show a session that was already going when this view was built."""
        timer = self._controller.timer
        if timer is None or not self.is_running:
            return
        self._area_title.setText(_area_text(timer.plan.area))
        self._area_title.setAccessibleDescription(self._area_title.text())
        self._on_state(self._controller.state.value)
        sample = self._controller.sample()
        if sample is not None:
            self._paint_sample(sample)

    def _on_state(self, state: str) -> None:
        if state == HeatState.RUNNING:
            timer = self._controller.timer
            if timer is not None:
                self._area_title.setText(_area_text(timer.plan.area))
                self._area_title.setAccessibleDescription(self._area_title.text())
            self._stack.setCurrentWidget(self._run_page)
            self._set_pause_text(self.tr("Pause (pack off)"))
            self._ends_at = None
            self._countdown.setEnabled(True)
            sample = self._controller.sample()
            if sample is not None:
                self._show_status(sample)
        elif state == HeatState.PAUSED:
            self._set_pause_text(self.tr("Resume (pack back on)"))
            self._ends_at = None
            self._countdown.setEnabled(False)
            self._status.setText(self.tr("Paused: the pack is off. Time stops until you resume."))
            announce(self._status, self.tr("Paused"))
        elif state == HeatState.TIME_UP:
            self._skin_banner.hide()
            self._done_title.setText(self.tr("Time's up"))
            self._done_summary.setText(self.tr("Take the heat pack off now."))
            self._done_advice.setText(
                self.tr("Then press “I've removed the pack” at the top of the window.")
            )
            self._not_saved.clear()
            self._done.hide()
            self._stack.setCurrentWidget(self._done_page)

    def _set_pause_text(self, text: str) -> None:
        self._pause.setText(text)
        self._pause.setAccessibleName(text)

    def _on_skin_check(self, _number: int) -> None:
        self._skin_banner.show()
        self._cues.play(Cue.SKIN_CHECK)
        announce(self._skin_text, self._skin_text.text())
        focus = QApplication.focusWidget()
        # take the focus only on this page: never from another page the user is on
        if self.isVisible() and (focus is None or self.isAncestorOf(focus)):
            self._skin_ok.setFocus()

    def _show_status(self, sample: HeatSample) -> None:
        if sample.state is not HeatState.RUNNING:
            return
        end = self._clock.wall() + timedelta(seconds=sample.left_s)
        if (
            self._ends_at is not None
            and abs((end - self._ends_at).total_seconds()) < END_TIME_SLACK_S
        ):
            return
        self._ends_at = end
        local = (end + timedelta(seconds=30)).astimezone()  # to the nearest minute
        shown = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
        self._status.setText(self.tr("Ends at %1").replace("%1", shown))

    def _paint_sample(self, sample: HeatSample) -> None:
        if sample.state not in (HeatState.RUNNING, HeatState.PAUSED):
            return
        if sample.pending_skin_check is None and not self._skin_banner.isHidden():
            self._skin_banner.hide()
        left = max(math.ceil(sample.left_s - 1e-9), 0)
        check = (
            None
            if sample.next_skin_check_s is None
            else max(math.ceil(sample.next_skin_check_s - 1e-9), 0)
        )
        key = (left, check, 1 if sample.state is HeatState.PAUSED else 0)
        if key == self._shown_key:
            return
        self._shown_key = key
        self._countdown.setText(format_clock(left))
        minutes = _minutes_left(sample.left_s)
        if minutes != self._minute_shown:  # readers learn the time left once a minute
            self._minute_shown = minutes
            self._countdown.setAccessibleDescription(
                self.tr("About %n minute(s) left", "", minutes)
            )
        if check is None:
            self._next_check.clear()
        else:
            self._next_check.setText(
                self.tr("Next skin check in %1").replace("%1", format_clock(check))
            )
        check_text = (
            "" if check is None else self.tr("In about %n minute(s)", "", _minutes_left(check))
        )
        if self._next_check.accessibleDescription() != check_text:  # once a minute
            self._next_check.setAccessibleDescription(check_text)
        self._show_status(sample)

    def _on_ended(self, event: HeatEnded) -> None:
        self._skin_banner.hide()
        timer = self._controller.timer
        area = _area_text(timer.plan.area) if timer is not None else ""
        minutes = round(event.actual_s / 60)
        parts = [
            self.tr("%n minute(s) of heat", "", minutes)
            if minutes >= 1
            else self.tr("Less than a minute of heat"),
            area,
        ]
        if event.skin_checks_due:
            parts.append(
                self.tr("%1 of %n skin check(s)", "", event.skin_checks_due).replace(
                    "%1", format_number(event.skin_checks_acknowledged)
                )
            )
        self._done_summary.setText(join_parts(parts))
        if event.completed:
            self._done_title.setText(self.tr("Well done: the pack is off"))
        else:
            self._done_title.setText(self.tr("The pack is off"))
        self._done_advice.setText(
            self.tr(
                "Let your skin rest. Wait at least 2 hours before you use heat on this area again."
            )
        )
        if not self._recorder.can_save:
            self._not_saved.setText(self.tr("This session could not be saved to your history."))
        else:
            self._not_saved.clear()
        self._done.show()
        self._shown_key = None
        self._countdown.setEnabled(True)
        self._stack.setCurrentWidget(self._done_page)
        announce(self._done_title, f"{self._done_title.text()}. {self._done_summary.text()}")
        focus = QApplication.focusWidget()
        if self.isVisible() and (focus is None or self.isAncestorOf(focus)):
            self._done.setFocus()

    # ----- size and closing -----------------------------------------------------------

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if self.skin_check_pending():  # opened from the chip: one key answers the check
            self._skin_ok.setFocus()

    def resizeEvent(self, event: object) -> None:
        self._apply_fonts()
        super().resizeEvent(event)  # type: ignore[arg-type]

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the text size setting changed
            self._apply_fonts()

    def _apply_fonts(self) -> None:
        height = self.height()
        base = self.font()
        self._area_title.setFont(_font(base, AREA_FONT_SCALE, bold=True, height=height))
        self._countdown.setFont(_font(base, COUNTDOWN_FONT_SCALE, bold=True, height=height))
        self._status.setFont(_font(base, STATUS_FONT_SCALE, height=height))
        self._next_check.setFont(_font(base, SAFETY_FONT_SCALE, height=height))
        self._safety_text.setFont(_font(base, SAFETY_FONT_SCALE, height=height))
        self._safety_title.setFont(_font(base, SAFETY_FONT_SCALE, bold=True, height=height))
        self._skin_text.setFont(_font(base, BANNER_FONT_SCALE, height=height))
        for button in (
            *self._run_buttons,
            self._skin_ok,
            self._skin_help_button,
            self._done_skin_help,
            self._done,
        ):
            button.setFont(_font(base, BUTTON_FONT_SCALE, height=height))
            metrics = button.fontMetrics()
            button.setMinimumHeight(metrics.height() * 2)
            widest = max(
                metrics.horizontalAdvance(text)
                for text in (
                    button.text(),
                    *(
                        (self.tr("Pause (pack off)"), self.tr("Resume (pack back on)"))
                        if button is self._pause
                        else ()
                    ),
                )
            )
            button.setMinimumWidth(widest + metrics.height() * 2)

    def confirm_leave(self) -> bool:
        """Ask before closing with the pack on (the timer stops with calmfloor).

        Returns:
            True when calmfloor may close (the session is then ended as removed).
        """
        if not self.is_running:
            return True
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Close calmfloor?"))
        box.setText(self.tr("The heat timer stops when calmfloor closes."))
        box.setInformativeText(
            self.tr(
                "Take the heat pack off before you close calmfloor, so it cannot stay on too long."
            )
        )
        removed = box.addButton(
            self.tr("I've removed the pack, close"), QMessageBox.ButtonRole.AcceptRole
        )
        keep = box.addButton(self.tr("Keep calmfloor open"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        if box.clickedButton() is removed:
            self.remove_pack()
            return True
        return False


class HeatStatusChip(QPushButton):
    """A compact heat countdown for the window's navigation column, on every page.

    Shows "Heat 12:34" with the area underneath while the pack is on, "Heat paused" while
    paused, "Check your skin" while a skin check waits, and a highlighted "Time's up"
    when time is up; hidden otherwise. Screen readers get a fixed name and a description
    that changes at most once a minute.

    Args:
        controller: the heat timer.
        parent: the Qt parent.

    Signals:
        activated(): the user clicked it (the window shows the Heat page).
    """

    activated = Signal()

    def __init__(self, controller: HeatController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("heat-chip")
        self._controller = controller
        self._key: tuple[str, int, bool] | None = None
        self._described: tuple[str, int, bool] | None = None
        self._highlighted = False
        self._title = QLabel()
        self._title.setObjectName("heat-chip-title")
        # a fixed name: the seconds must not reach readers (the chip describes each minute)
        self._title.setAccessibleName(self.tr("Heat time left"))
        self._title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._detail = QLabel()
        self._detail.setObjectName("heat-chip-detail")
        self._detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_font_scale(self._detail, 0.85)
        set_font_scale(self._title, 1.0, bold=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 6)  # "Heat paused" fits the column on one line
        layout.setSpacing(0)
        for label in (self._title, self._detail):
            # long words wrap: the chip never widens the navigation column
            label.setWordWrap(True)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        self.setAccessibleName(self.tr("Heat pack timer"))
        self.clicked.connect(self.activated.emit)
        controller.sample_changed.connect(self._on_sample)
        controller.state_changed.connect(lambda _state: self.refresh())
        controller.skin_check_due.connect(lambda _number: self.refresh())
        self.refresh()

    def chip_text(self) -> str:
        """What the chip says, both lines (for tests and tooltips)."""
        return " ".join(t for t in (self._title.text(), self._detail.text()) if t)

    def sizeHint(self) -> QSize:
        # as wide as "Heat 00:00" (the column decides the rest), as tall as the two lines
        width = self.fontMetrics().horizontalAdvance(
            self.tr("Heat %1").replace("%1", f"{format_number(0, 2)}:{format_number(0, 2)}")
        )
        layout = self.layout()
        height = layout.totalHeightForWidth(width + 8) if layout is not None else 0
        return QSize(width + 8, max(height, self.fontMetrics().height() * 2 + 8))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        return (
            layout.totalHeightForWidth(width)
            if layout is not None
            else super().heightForWidth(width)
        )

    def refresh(self) -> None:
        """Show the controller's current state."""
        self._on_sample(self._controller.sample())

    def _on_sample(self, sample: HeatSample | None) -> None:
        state = sample.state if sample is not None else HeatState.IDLE
        if sample is None or state not in ACTIVE_STATES:
            self._key = self._described = None
            self.hide()
            return
        timer = self._controller.timer
        area = _area_text(timer.plan.area) if timer is not None else ""
        left = max(math.ceil(sample.left_s - 1e-9), 0)
        checking = sample.pending_skin_check is not None
        key = (state.value, left, checking)
        if key == self._key:
            return
        self._key = key
        if state is HeatState.TIME_UP:
            title, detail = self.tr("Time's up"), self.tr("Take the pack off")
        elif state is HeatState.PAUSED:
            title, detail = self.tr("Heat paused"), area
        else:
            title = self.tr("Heat %1").replace("%1", format_clock(left))
            detail = self.tr("Check your skin") if checking else area
        self._title.setText(title)
        self._detail.setText(detail)
        self.setToolTip(self.chip_text())
        self._set_highlight(state is HeatState.TIME_UP or checking)
        described = (state.value, _minutes_left(sample.left_s), checking)
        if described != self._described:  # at most once a minute, or on a change of state
            self._described = described
            self.setAccessibleDescription(self._description(state, sample, area, checking))
        self.show()
        self.updateGeometry()

    def _description(self, state: HeatState, sample: HeatSample, area: str, checking: bool) -> str:
        if state is HeatState.TIME_UP:
            return self.tr("Time's up: take the heat pack off now.")
        if state is HeatState.PAUSED:
            return self.tr("Paused. %1.").replace("%1", area)
        text = self.tr("About %n minute(s) left", "", _minutes_left(sample.left_s))
        text += ". " + area + "."
        if checking:
            text += " " + self.tr("Time to check your skin.")
        return text

    def _set_highlight(self, on: bool) -> None:
        if on == self._highlighted:
            return
        self._highlighted = on
        if not on:
            self.setPalette(QPalette())  # no roles of its own: follows the theme again
            return
        app_pal = QApplication.palette()
        pal = QPalette()
        pal.setColor(QPalette.ColorRole.Button, app_pal.color(QPalette.ColorRole.Highlight))
        text = app_pal.color(QPalette.ColorRole.HighlightedText)
        pal.setColor(QPalette.ColorRole.ButtonText, text)
        pal.setColor(QPalette.ColorRole.WindowText, text)  # the two labels inside
        self.setPalette(pal)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationPaletteChange and self._highlighted:
            self._highlighted = False  # light or dark theme: take the new colours
            self._set_highlight(True)

    def is_highlighted(self) -> bool:
        """True while it asks for attention (time up, or a skin check waiting)."""
        return self._highlighted


class HeatAlarmBanner(QFrame):
    """The "time's up" banner the window shows above every page.

    Appears when time is up, with a large "I've removed the pack" button that takes the
    focus (Enter or Space presses it). It sounds the alarm then, and again on every repeat
    from the controller, louder each time (``CuePlayer.play_alarm``), until the pack is off;
    then it hides and silences the alarm.

    Args:
        controller: the heat timer.
        cues: plays the alarm (a safety sound: it plays even with cues off).
        parent: the Qt parent.

    Signals:
        None.
    """

    def __init__(
        self, controller: HeatController, cues: CuePlayer, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("heat-alarm")
        self._controller = controller
        self._cues = cues
        self.volumes: list[int] = []  # the loudness of every alarm sounded (for tests)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self._recolour()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        words = QVBoxLayout()
        self._title = wrapping_label(
            "heat-alarm-title", self.tr("Time's up: take the heat pack off now")
        )
        set_font_scale(self._title, ALARM_FONT_SCALE, bold=True)
        self._detail = wrapping_label(
            "heat-alarm-detail",
            self.tr("The sound repeats until you press the button."),
        )
        set_font_scale(self._detail, 1.1)
        words.addWidget(self._title)
        words.addWidget(self._detail)
        layout.addLayout(words, 1)
        self._button = QPushButton(self.tr("I've removed the pack"))
        self._button.setObjectName("heat-alarm-ack")
        self._button.setAccessibleName(self.tr("I've removed the pack"))
        self._button.setAccessibleDescription(self.tr("Stops the alarm and ends the heat session"))
        self._button.setAutoDefault(True)
        self._button.setDefault(True)
        set_font_scale(self._button, 1.35, bold=True)
        metrics = self._button.fontMetrics()
        self._button.setMinimumHeight(metrics.height() * 2 + 8)
        self._button.setMinimumWidth(
            metrics.horizontalAdvance(self._button.text()) + metrics.height() * 3
        )
        self._button.clicked.connect(self.acknowledge)
        layout.addWidget(self._button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setAccessibleName(self.tr("Heat pack alarm"))
        controller.time_up.connect(self._on_time_up)
        controller.alarm_repeat.connect(self._on_repeat)
        controller.state_changed.connect(self._on_state)
        self.setVisible(controller.state is HeatState.TIME_UP)

    def button(self) -> QPushButton:
        """The "I've removed the pack" button."""
        return self._button

    def acknowledge(self) -> None:
        """The pack is off: stop the alarm and end the session."""
        self._controller.acknowledge()

    def _recolour(self) -> None:
        paint = paint_for(QApplication.palette())  # the theme's alarm colours
        pal = QPalette()
        pal.setColor(QPalette.ColorRole.Window, QColor(paint.alarm_bg))
        pal.setColor(QPalette.ColorRole.WindowText, QColor(paint.alarm_text))
        self.setPalette(pal)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationPaletteChange:  # light or dark theme
            self._recolour()

    def _sound(self, repeat: int) -> None:
        self.volumes.append(self._cues.play_alarm(repeat))

    def _on_time_up(self, _overdue_s: float) -> None:
        self.show()
        self._sound(1)
        announce(self._title, self._title.text())  # said with the focused button
        self._button.setFocus()
        window = self.window()
        if window is not self:
            QApplication.alert(window)

    def _on_repeat(self, level: int) -> None:
        if self._controller.state is HeatState.TIME_UP:
            self._sound(level + 1)  # the first sound at time up was repeat 1

    def _on_state(self, state: str) -> None:
        if state == HeatState.TIME_UP or self.isHidden():
            return
        self.hide()
        self._cues.stop_all()  # the alarm may still be ringing


class HeatNotifier(QObject):
    """System notifications for time up and skin checks, where the desktop has a tray.

    Without a system tray it does nothing: the banner and the chip are the in-app path. It
    uses the window's one :class:`~calmfloor.ui.kit.tray.SharedTray` (created the first time it is
    needed) and lets go of the icon whenever no heat session runs.

    Args:
        controller: the heat timer.
        parent: the Qt parent.
        tray: the shared tray icon; None makes one of its own (with the two arguments below).
        tray_available: whether the desktop has a tray (tests pass a stand-in).
        make_tray: creates the tray icon (tests pass a stand-in).

    Signals:
        activated(): the user clicked the tray icon or a notification (show the Heat page).
    """

    activated = Signal()
    OWNER = "heat"

    def __init__(
        self,
        controller: HeatController,
        parent: QObject | None = None,
        *,
        tray: SharedTray | None = None,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        make_tray: Callable[[QObject], QSystemTrayIcon] | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._shared = tray or SharedTray(self, tray_available=tray_available, make_tray=make_tray)
        self._shared.message_clicked.connect(self._on_clicked)
        self._shared.activated.connect(self._on_clicked)
        controller.time_up.connect(self._on_time_up)
        controller.skin_check_due.connect(self._on_skin_check)
        controller.state_changed.connect(self._on_state)

    @property
    def tray(self) -> QSystemTrayIcon | None:
        """The tray icon, once created."""
        return self._shared.icon

    def _on_clicked(self, owner: str) -> None:
        if owner == self.OWNER:
            self.activated.emit()

    def _notify(self, title: str, text: str, icon: QSystemTrayIcon.MessageIcon) -> None:
        self._shared.notify(self.OWNER, title, text, icon)

    def _on_time_up(self, _overdue_s: float) -> None:
        self._notify(
            self.tr("Heat pack: time's up"),
            self.tr("Take the heat pack off now."),
            QSystemTrayIcon.MessageIcon.Warning,
        )

    def _on_skin_check(self, _number: int) -> None:
        self._notify(
            self.tr("Heat pack: check your skin"),
            self.tr("Lift the pack and look. Red patches, blisters or burning? Take it off."),
            QSystemTrayIcon.MessageIcon.Information,
        )

    def _on_state(self, state: str) -> None:
        if state in (HeatState.DONE, HeatState.REMOVED, HeatState.IDLE):
            self._shared.release(self.OWNER)
