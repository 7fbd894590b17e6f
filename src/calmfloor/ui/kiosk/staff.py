"""The kiosk's staff panel: the policy in force, its problems, the anonymous counts, exit."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from calmfloor.core.policy import PolicyProblem
from calmfloor.core.policy_keys import (
    SOURCE_DEFAULT,
    SOURCE_FAILED_CLOSED,
    SOURCE_PROBLEM,
    EffectiveKey,
)
from calmfloor.core.session import SessionKind
from calmfloor.core.text import printable
from calmfloor.storage.kiosk_counters import KioskCounters
from calmfloor.ui.kiosk.welcome import TOUCH_TARGET_PX
from calmfloor.ui.kit.fonts import set_font_scale
from calmfloor.ui.kit.widgets import wrapping_label


class StaffPanel(QWidget):
    """What staff see after the PIN: the policy in force, its problems, the counters, and exit.

    Every policy key is listed with the value in force, where it came from and whether
    patients can change it (as ``calmfloor policy show``); then every problem found in
    the policy sources; then, when the clinic allows them, the anonymous session counts
    per day (re-read each time the panel is shown, :meth:`refresh`).

    Args:
        problems: the problems of every policy source.
        rows: the policy keys in force (:func:`~calmfloor.core.policy_keys.effective_keys`).
        counters: the kiosk's anonymous counters, or None when the policy does not allow them.

    Signals:
        exit_requested(): "Exit kiosk".
        back_requested(): "Back".
    """

    exit_requested = Signal()
    back_requested = Signal()

    def __init__(
        self,
        problems: Sequence[PolicyProblem],
        rows: Sequence[EffectiveKey] = (),
        counters: KioskCounters | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("kiosk-staff-panel")
        self._counters = counters
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 48, 48, 48)
        title = QLabel(self.tr("Staff"))
        set_font_scale(title, 1.8, bold=True)
        outer.addWidget(title)
        self.scroll_area = QScrollArea()  # kept: a scroll area held only by its layout can be lost
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(wrapping_label("", self.tr("This computer is in kiosk mode.")))
        if problems:
            layout.addWidget(
                wrapping_label("", self.tr("The clinic policy file has these problems:"))
            )
        self.problem_labels: list[QLabel] = []
        for problem in problems:
            text = f"{problem.key}: {problem.message}" if problem.key else problem.message
            if problem.source:
                text = f"{problem.source}: {text}"
            label = wrapping_label("kiosk-policy-problem", "• " + printable(text))
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.problem_labels.append(label)
            layout.addWidget(label)
        self.policy_table = self._table(
            "kiosk-policy-table",
            [self.tr("Key"), self.tr("Value"), self.tr("Source"), self.tr("Locked")],
            [
                [
                    row.spec.key,
                    self._value_text(row.value),
                    self._source_text(row.source, row.recommended),
                    self.tr("locked") if row.locked else "",
                ]
                for row in rows
            ],
        )
        if rows:
            layout.addWidget(wrapping_label("", self.tr("The clinic policy in force:")))
            layout.addWidget(self.policy_table)
        else:
            self.policy_table.hide()
        self.counters_title = wrapping_label(
            "", self.tr("Sessions started in kiosk mode, by day (anonymous counts):")
        )
        self.counters_table = self._table("kiosk-counters-table", [], [])
        layout.addWidget(self.counters_title)
        layout.addWidget(self.counters_table)
        layout.addStretch(1)
        self.scroll_area.setWidget(body)
        outer.addWidget(self.scroll_area, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.back = QPushButton(self.tr("Back"))
        self.back.setObjectName("kiosk-staff-back")
        self.back.clicked.connect(self.back_requested.emit)
        self.exit = QPushButton(self.tr("Exit kiosk"))
        self.exit.setObjectName("kiosk-staff-exit")
        self.exit.clicked.connect(self.exit_requested.emit)
        for button in (self.back, self.exit):
            button.setAccessibleName(button.text())
            button.setMinimumHeight(max(TOUCH_TARGET_PX, button.fontMetrics().height() * 2))
            row.addWidget(button)
        outer.addLayout(row)
        self.refresh()

    def _table(self, name: str, headers: list[str], cells: list[list[str]]) -> QTableWidget:
        table = QTableWidget(len(cells), len(headers))
        table.setObjectName(name)
        table.setAccessibleName(name.replace("kiosk-", "").replace("-", " "))
        self._fill(table, headers, cells)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        table.verticalHeader().hide()
        table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return table

    @staticmethod
    def _fill(table: QTableWidget, headers: list[str], cells: list[list[str]]) -> None:
        table.clear()
        table.setRowCount(len(cells))
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        for r, values in enumerate(cells):
            for c, text in enumerate(values):
                table.setItem(r, c, QTableWidgetItem(printable(text)))
        header = table.horizontalHeader()
        for c in range(len(headers)):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if c == 1
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(c, mode)
        table.resizeRowsToContents()

    def _value_text(self, value: object) -> str:
        if value is None:
            return self.tr("not set")
        if isinstance(value, bool):
            return self.tr("on") if value else self.tr("off")
        if isinstance(value, list):
            return ", ".join(str(item) for item in value) if value else self.tr("none")
        return str(value)

    def _source_text(self, source: str, recommended: bool) -> str:
        text = {
            SOURCE_DEFAULT: self.tr("default"),
            SOURCE_FAILED_CLOSED: self.tr("restrictive: the policy cannot be read"),
            SOURCE_PROBLEM: self.tr("restrictive: see the problems"),
        }.get(source, source)
        return self.tr("%1 (recommended)").replace("%1", text) if recommended else text

    def refresh(self) -> None:
        """Read the counters again (they grow while the kiosk runs)."""
        counters = self._counters
        shown = counters is not None
        self.counters_title.setVisible(shown)
        self.counters_table.setVisible(shown)
        if counters is None:
            return
        days = counters.load()
        kinds = [k for k in SessionKind if any(k.value in c for c in days.values())]
        names = {
            SessionKind.BREATHING: self.tr("Breathing"),
            SessionKind.RELAX: self.tr("Relaxation"),
            SessionKind.STRETCH: self.tr("Stretches"),
            SessionKind.HEAT: self.tr("Heat pack"),
        }
        headers = [self.tr("Day"), *(names[k] for k in kinds)]
        cells = [
            [day, *(str(counts.get(k.value, 0)) for k in kinds)]
            for day, counts in sorted(days.items(), reverse=True)
        ]
        if not cells:
            headers, cells = [self.tr("Day")], [[self.tr("No sessions yet.")]]
        self._fill(self.counters_table, headers, cells)
