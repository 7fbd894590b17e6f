"""``calmfloor programme validate|import|status`` and ``calmfloor demo``."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from calmfloor.app import main
from calmfloor.commands import TOOL_COMMANDS, ToolExit, tool_name
from calmfloor.programme_cli import DEMO_MARKER
from readme_examples import programme_example

README = Path(__file__).resolve().parents[1] / "README.md"


@pytest.fixture(autouse=True)
def no_clinic_policy(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CALMFLOOR_POLICY_FILE", str(tmp_path / "no-policy.json"))


def test_the_tools_are_registered() -> None:
    assert {"programme", "demo"} <= set(TOOL_COMMANDS)
    assert tool_name(["--data-dir", "x", "programme", "status"]) == "programme"


def test_the_readme_example_validates_with_the_built_in_routines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "programme.toml"
    path.write_text(programme_example(), encoding="utf-8")
    code = main(["--data-dir", str(tmp_path / "data"), "programme", "validate", str(path)])
    out, err = capsys.readouterr()
    assert (code, err) == (ToolExit.OK, "")
    assert out.splitlines() == [
        f"{path}: OK — Pelvic-floor release (pelvic-release), 2026-03-02 to 2026-04-12, "
        "3 scheduled items, 1 as needed, a flare plan",
        "1 file checked: 1 valid.",
    ]


def test_problems_name_the_file_item_and_key_and_fail(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.toml"
    good.write_text(programme_example(), encoding="utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text(
        programme_example()
        .replace('routine = "release-only"', 'routine = "release-onyl"')
        .replace("frequency = 3", "frequency = 30"),
        encoding="utf-8",
    )
    code = main(["--data-dir", str(tmp_path), "programme", "validate", str(good), str(bad)])
    out, err = capsys.readouterr()
    assert code == ToolExit.FAILED
    assert err.splitlines() == [
        f'{bad}: item 2 ("release-routine"), key "routine": calmfloor has no routine id '
        '"release-onyl" (built-in, clinic or the patient\'s own). '
        'Did you mean "release-only"?',
        f'{bad}: item 3 ("piriformis"), key "timing.frequency": 30 is too large; use 1 to 12.',
    ]
    assert out.splitlines()[-1] == "2 files checked: 1 valid, 1 with problems."


def test_a_patients_own_routine_is_known_from_the_data_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    own = (Path(__file__).resolve().parents[1] / "assets/routines/release-only.toml").read_text(
        encoding="utf-8"
    )
    (data / "routines").mkdir(parents=True)
    (data / "routines" / "mine.toml").write_text(
        own.replace('id = "release-only"', 'id = "my-release"'), encoding="utf-8"
    )
    path = tmp_path / "p.toml"
    path.write_text(programme_example().replace('"release-only"', '"my-release"'), encoding="utf-8")
    assert main(["programme", "validate", str(path)]) == ToolExit.FAILED
    capsys.readouterr()
    assert main(["--data-dir", str(data), "programme", "validate", str(path)]) == ToolExit.OK


def test_import_then_status(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "programme.toml"
    path.write_text(programme_example(), encoding="utf-8")
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "programme", "import", str(path)]) == ToolExit.OK
    assert capsys.readouterr().out.startswith("Active programme: Pelvic-floor release")
    assert main(["--data-dir", data, "programme", "status"]) == ToolExit.OK
    out = capsys.readouterr().out
    assert "Since 2026-03-02:" in out  # the example's dates are in the past


def test_demo_fills_a_new_folder_and_never_a_used_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "demo"
    assert main(["demo", "--data-dir", str(folder)]) == ToolExit.OK
    out = capsys.readouterr().out
    assert re.match(r"Wrote \d+ sessions, 3 flares and 2 programmes to ", out)
    assert f"calmfloor --data-dir {folder}" in out
    assert (folder / DEMO_MARKER).is_file()
    conn = sqlite3.connect(folder / "history.sqlite3")
    assert conn.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] > 100
    assert conn.execute("SELECT COUNT(*) FROM programmes").fetchone()[0] == 2
    conn.close()
    before = sorted(path.name for path in folder.iterdir())
    assert main(["demo", "--data-dir", str(folder)]) == ToolExit.FAILED
    assert "is not empty" in capsys.readouterr().err
    assert sorted(path.name for path in folder.iterdir()) == before
    assert main(["--data-dir", str(folder), "programme", "status"]) == ToolExit.OK
    out = capsys.readouterr().out
    assert "Release breathing:" in out and "Heat after a spasm: as needed" in out
    assert re.search(r"of prescribed sessions done; \d+ of 56 days fully done", out)


def test_demo_needs_a_folder(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo"]) == ToolExit.USAGE
    assert "--data-dir DIR" in capsys.readouterr().err
