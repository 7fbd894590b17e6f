"""The dialog that creates or edits one of the user's own breathing patterns."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QLocale, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from calmfloor.core.breathing import BREATH_MIN_S, PHASE_MAX_S, PHASE_STEP_S, BreathPattern
from calmfloor.core.text import printable
from calmfloor.ui.kit.models import PatternLibrary

NAME_MAX_CHARS = 60
TEXT_MAX_CHARS = 200  # purpose and cue lines: one short sentence each
PHASE_DECIMALS = 1
DIALOG_WIDTH_CHARS = 52  # the labels and the safety line fit on one line each


def _number_text(value: float) -> str:
    """``value`` with one decimal at most, in the user's locale ("6", "5.5")."""
    locale = QLocale()
    rounded = round(value, PHASE_DECIMALS)
    if math.isclose(rounded, round(rounded)):
        return locale.toString(round(rounded))
    return locale.toString(rounded, "f", PHASE_DECIMALS)


class PatternDialog(QDialog):
    """Create a new breathing pattern, or edit one of the user's own.

    OK stays disabled, with the reason shown under the form, until the pattern is valid: a
    name no other pattern uses, each phase 0 to 30 s in half seconds, in and out at least
    1 s. On OK the pattern is saved with ``library.put``.

    Args:
        library: the patterns; the new one is checked against it and saved into it.
        editing: the user pattern to edit, or None to create a new one.
        parent: the Qt parent.

    Raises:
        ValueError: ``editing`` is a built-in preset, which cannot be changed.

    Signals:
        The standard QDialog signals only (``accepted`` after the pattern is saved).
    """

    def __init__(
        self,
        library: PatternLibrary,
        editing: BreathPattern | None = None,
        parent: QWidget | None = None,
    ) -> None:
        if editing is not None and editing.builtin:
            raise ValueError("built-in presets cannot be edited")
        super().__init__(parent)
        self._library = library
        self._editing = editing
        self.setObjectName("pattern-dialog")
        self.setWindowTitle(
            self.tr("Edit breathing pattern") if editing else self.tr("New breathing pattern")
        )
        self.setSizeGripEnabled(True)

        self._name = QLineEdit()
        self._name.setObjectName("pattern-name")
        self._name.setMaxLength(NAME_MAX_CHARS)
        self._name.setAccessibleName(self.tr("Name"))
        self._name.setAccessibleDescription(self.tr("A name no other pattern uses."))

        seconds = self.tr(" s")
        self._inhale = self._phase_spin(
            "pattern-in", self.tr("In"), self.tr("Seconds breathing in."), BREATH_MIN_S, seconds
        )
        self._hold_in = self._phase_spin(
            "pattern-hold-in",
            self.tr("Hold after in"),
            self.tr("Seconds of rest with full lungs. Zero for none."),
            0.0,
            seconds,
        )
        self._exhale = self._phase_spin(
            "pattern-out", self.tr("Out"), self.tr("Seconds breathing out."), BREATH_MIN_S, seconds
        )
        self._hold_out = self._phase_spin(
            "pattern-hold-out",
            self.tr("Hold after out"),
            self.tr("Seconds of rest with empty lungs. Zero for none."),
            0.0,
            seconds,
        )

        self._safety = QLabel(self.tr("Holds are optional. Never strain to hold your breath."))
        self._safety.setObjectName("pattern-safety")
        self._safety.setWordWrap(True)

        self._purpose = self._text_field(
            "pattern-purpose",
            self.tr("What it is for"),
            self.tr("Optional. One line to remind you what this pattern is for."),
        )
        self._cue_in = self._text_field(
            "pattern-cue-in",
            self.tr("Words for the in-breath"),
            self.tr("Optional. Shown, and read by screen readers, as each in-breath begins."),
        )
        self._cue_in.setPlaceholderText(QCoreApplication.translate("breathing", "Breathe in"))
        self._cue_out = self._text_field(
            "pattern-cue-out",
            self.tr("Words for the out-breath"),
            self.tr("Optional. Shown, and read by screen readers, as each out-breath begins."),
        )
        self._cue_out.setPlaceholderText(QCoreApplication.translate("breathing", "Breathe out"))

        self._preview = QLabel()
        self._preview.setObjectName("pattern-preview")
        self._preview.setWordWrap(True)
        self._problem = QLabel()
        self._problem.setObjectName("pattern-problem")
        self._problem.setWordWrap(True)

        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.ok_button
        ok.setText(self.tr("Save"))
        ok.setAccessibleName(self.tr("Save pattern"))
        cancel = self._buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)

        # widgets are added in reading order, which is also the tab order
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._add_row(form, self.tr("Name"), self._name)
        self._add_row(form, self.tr("In"), self._inhale)
        self._add_row(form, self.tr("Hold after in"), self._hold_in)
        self._add_row(form, self.tr("Out"), self._exhale)
        self._add_row(form, self.tr("Hold after out"), self._hold_out)
        form.addRow(self._safety)
        self._add_row(form, self.tr("What it is for"), self._purpose)
        self._add_row(form, self.tr("Words for the in-breath"), self._cue_in)
        self._add_row(form, self.tr("Words for the out-breath"), self._cue_out)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._preview)
        layout.addWidget(self._problem)
        layout.addStretch(1)  # spare height below the text, not between the lines
        layout.addWidget(self._buttons)

        if editing is not None:
            self._name.setText(editing.name)
            self._inhale.setValue(editing.inhale_s)
            self._hold_in.setValue(editing.hold_in_s)
            self._exhale.setValue(editing.exhale_s)
            self._hold_out.setValue(editing.hold_out_s)
            self._purpose.setText(editing.purpose)
            self._cue_in.setText(editing.cue_in)
            self._cue_out.setText(editing.cue_out)
        else:
            self._inhale.setValue(4.0)
            self._exhale.setValue(6.0)

        self._name.textChanged.connect(self._refresh)
        for spin in self._spins:
            # the line edit also reports text the spin box itself will not accept yet
            # ("0.5" where 1 s is the least), so Save never keeps a stale value
            spin.lineEdit().textChanged.connect(self._refresh)
            spin.valueChanged.connect(self._refresh)  # the text changes before the value
        self._refresh()
        self._name.setFocus()
        self._fit_to_text()

    def _fit_to_text(self) -> None:
        """Wide enough for the labels at the user's text size, tall enough for every line
        that wraps (Qt sizes a window without counting wrapped lines)."""
        metrics = self.fontMetrics()
        width = max(self.sizeHint().width(), metrics.averageCharWidth() * DIALOG_WIDTH_CHARS)
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            width = min(width, screen.availableGeometry().width() * 9 // 10)
        layout = self.layout()
        height = self.sizeHint().height()
        if layout is not None and layout.hasHeightForWidth():
            height = max(height, layout.totalHeightForWidth(width))
        self.resize(width, height)

    # public

    @property
    def ok_button(self) -> QPushButton:
        """The Save (OK) button; disabled while the pattern is not valid."""
        return self._buttons.button(QDialogButtonBox.StandardButton.Ok)

    @property
    def problem_text(self) -> str:
        """Why the pattern cannot be saved yet, or "" when it can."""
        return self._problem.text()

    @property
    def preview_text(self) -> str:
        """The live preview line ("5.5 breaths a minute · one breath lasts 11 s")."""
        return self._preview.text()

    def problems(self) -> list[str]:
        """Everything that stops the pattern being saved, translated, in form order."""
        problems: list[str] = []
        name = self._name.text().strip()
        if not name:
            problems.append(self.tr("Give the pattern a name."))
        elif self._library.name_taken(name, ignore=self._editing.name if self._editing else None):
            problems.append(
                self.tr("There is already a pattern called “%1”. Choose another name.").replace(
                    "%1", name
                )
            )
        for spin, minimum in (
            (self._inhale, BREATH_MIN_S),
            (self._hold_in, 0.0),
            (self._exhale, BREATH_MIN_S),
            (self._hold_out, 0.0),
        ):
            label = spin.accessibleName()
            if not spin.hasAcceptableInput():
                problems.append(
                    self.tr("%1: choose from %2 to %3 seconds.")
                    .replace("%1", label)
                    .replace("%2", _number_text(minimum))
                    .replace("%3", _number_text(PHASE_MAX_S))
                )
            elif not math.isclose(
                spin.value() / PHASE_STEP_S, round(spin.value() / PHASE_STEP_S), abs_tol=1e-9
            ):
                problems.append(
                    self.tr("%1: use whole or half seconds, such as 4 or 4.5.").replace("%1", label)
                )
        return problems

    def pattern(self) -> BreathPattern:
        """The pattern as entered.

        Raises:
            PatternError: it is not a valid pattern (check :meth:`problems` first).
        """
        return BreathPattern(
            name=self._name.text().strip(),
            inhale_s=self._inhale.value(),
            hold_in_s=self._hold_in.value(),
            exhale_s=self._exhale.value(),
            hold_out_s=self._hold_out.value(),
            purpose=self._purpose.text().strip(),
            cue_in=self._cue_in.text().strip(),
            cue_out=self._cue_out.text().strip(),
        )

    @Slot()
    def accept(self) -> None:
        """Save the pattern into the library and close; does nothing while it is invalid."""
        self._refresh()
        if self.problems():
            return
        try:
            self._library.put(
                self.pattern(), replacing=self._editing.name if self._editing else None
            )
        except ValueError:
            # the name was taken meanwhile (another dialog), or the library refused it
            self._refresh()
            if not self.problems():
                self._show_problem(self.tr("The pattern could not be saved. Try another name."))
            return
        super().accept()

    # building

    @property
    def _spins(self) -> tuple[QDoubleSpinBox, ...]:
        return (self._inhale, self._hold_in, self._exhale, self._hold_out)

    def _phase_spin(
        self, name: str, label: str, description: str, minimum: float, suffix: str
    ) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setObjectName(name)
        spin.setDecimals(PHASE_DECIMALS)
        spin.setRange(minimum, PHASE_MAX_S)
        spin.setSingleStep(PHASE_STEP_S)
        spin.setSuffix(suffix)
        spin.setAccessibleName(label)
        spin.setAccessibleDescription(description)
        spin.setToolTip(description)
        return spin

    def _text_field(self, name: str, label: str, description: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setMaxLength(TEXT_MAX_CHARS)
        field.setAccessibleName(label)
        field.setAccessibleDescription(description)
        field.setToolTip(description)
        return field

    @staticmethod
    def _add_row(form: QFormLayout, text: str, field: QWidget) -> None:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setBuddy(field)
        form.addRow(label, field)

    # live checks

    @Slot()
    def _refresh(self) -> None:
        self._update_preview()
        problems = self.problems()
        self._show_problem(" ".join(problems))
        self.ok_button.setEnabled(not problems)

    def _show_problem(self, text: str) -> None:
        self._problem.setText(text)
        self._problem.setVisible(bool(text))
        # a screen reader on the name field hears why Save is unavailable
        self._name.setAccessibleDescription(text or self.tr("A name no other pattern uses."))

    def _update_preview(self) -> None:
        cycle_s = sum(spin.value() for spin in self._spins)
        if cycle_s <= 0:  # pragma: no cover - in and out are at least 1 s each
            self._preview.clear()
            return
        self._preview.setText(
            self.tr("%1 breaths a minute · one breath lasts %2 s")
            .replace("%1", _number_text(60.0 / cycle_s))
            .replace("%2", _number_text(cycle_s))
        )


def confirm_delete(parent: QWidget | None, pattern: BreathPattern) -> bool:
    """Ask whether to delete the user's pattern ``pattern``; False for a built-in preset."""
    if pattern.builtin:
        return False
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("PatternDialog", "Delete pattern"),
        QCoreApplication.translate(
            "PatternDialog", "Delete the pattern “%1”? This cannot be undone."
        ).replace("%1", printable(pattern.name)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
