"""The staff page: every policy key in force, its source and lock, the problems, the counters."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from calmfloor.core.policy import Policy, PolicyProblem, parse_policy
from calmfloor.core.policy_keys import POLICY_KEY_SPECS, effective_keys
from calmfloor.core.policy_templates import EXAMPLE_POLICY
from calmfloor.core.session import SessionKind
from calmfloor.core.settings import defaults
from calmfloor.storage.kiosk_counters import KioskCounters
from calmfloor.ui.kiosk.staff import StaffPanel
from calmfloor.ui.kit.models import SettingsModel


def cells(table: QTableWidget) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]
        for r in range(table.rowCount())
    ]


def test_every_key_with_its_value_source_and_lock_and_every_problem(qtbot: QtBot) -> None:
    policy, _ = parse_policy(dict(EXAMPLE_POLICY))
    origins = {"kiosk.enabled": "registry:HKLM", "settings.volume": "registry:HKLM"}
    problem = PolicyProblem("Kiosk", "calmfloor does not know this key.", "registry:HKCU")
    panel = StaffPanel([problem], effective_keys(policy, origins), None)
    qtbot.addWidget(panel)
    table = panel.findChild(QTableWidget, "kiosk-policy-table")
    assert table is not None
    rows = {row[0]: row for row in cells(table)}
    assert list(rows) == [spec.key for spec in POLICY_KEY_SPECS]
    assert rows["kiosk.enabled"] == ["kiosk.enabled", "on", "registry:HKLM", "locked"]
    assert rows["settings.volume"] == ["settings.volume", "40", "registry:HKLM", "locked"]
    assert rows["settings.theme"][2:] == ["default", ""]
    assert rows["routines"][1] == "not set"
    assert [label.text() for label in panel.problem_labels] == [
        "• registry:HKCU: Kiosk: calmfloor does not know this key."
    ]
    assert panel.counters_table.isHidden()


def test_the_counters_are_shown_when_on_and_re_read_each_time(qtbot: QtBot, tmp_path: Path) -> None:
    counters = KioskCounters(tmp_path / "kiosk-counters.json")
    counters.record(SessionKind.BREATHING, date(2026, 1, 5))
    panel = StaffPanel([], effective_keys(Policy(anonymous_counters=True), {}), counters)
    qtbot.addWidget(panel)
    assert not panel.counters_table.isHidden()
    assert cells(panel.counters_table) == [["2026-01-05", "1"]]
    counters.record(SessionKind.RELAX, date(2026, 1, 6))
    panel.refresh()
    assert cells(panel.counters_table) == [["2026-01-06", "0", "1"], ["2026-01-05", "1", "0"]]


def test_a_recommended_value_is_a_default_the_patient_may_change(qtbot: QtBot) -> None:
    saved: list[dict[str, object]] = []
    values = defaults()
    values["theme"] = "light"  # the patient's own choice
    model = SettingsModel(values, lambda v: saved.append(dict(v)))
    model.apply_policy({}, {"text_scale"})
    model.apply_recommended({"volume": 30, "theme": "dark", "text_scale": 150})
    assert model.value("volume") == 30  # never chosen: the recommendation
    assert model.value("theme") == "light"  # the patient's choice wins
    assert model.value("text_scale") == 100  # locked at the default
    assert not model.is_locked("volume")
    model.set_value("hold_sound", False)
    assert saved[-1]["volume"] == defaults()["volume"]  # the recommendation is not saved
    model.set_value("volume", 70)
    assert saved[-1]["volume"] == 70
