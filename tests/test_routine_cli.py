"""The ``calmfloor routine`` tools: validate explains every problem, list shows the routines."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import calmfloor
from calmfloor.app import main
from calmfloor.commands import TOOL_COMMANDS, ToolExit, run_tool, tool_name
from calmfloor.storage.routines_store import read_routine_file

SRC = Path(calmfloor.__file__).resolve().parent.parent


def _load_cases() -> ModuleType:
    """The malformed files of the store tests, so the tool is checked on the same ones."""
    path = Path(__file__).parent / "storage" / "test_routines_store.py"
    spec = importlib.util.spec_from_file_location("routine_file_cases", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


cases = _load_cases()
CASES = cases.CASES


def write_routine(path: Path, rid: str = "calm-hips", name: str = "Calm hips") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(cases.routine_text(rid=rid).replace("Calm hips", name), encoding="utf-8")
    return path


def test_a_valid_file_is_described(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_routine(tmp_path / "calm.toml")
    assert main(["routine", "validate", str(path)]) == ToolExit.OK
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        f"{path}: OK — Calm hips (calm-hips v1.0), 1.8 min, 2 steps",
        "1 file checked: 1 valid.",
    ]
    assert err == ""


def test_the_built_in_files_themselves_are_valid_but_a_copy_of_one_is_not(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The frozen build checks its own routines this way; a copy would clash on Import."""
    from calmfloor.resources import asset_dir

    shipped = sorted(asset_dir("routines").glob("*.toml"))
    assert main(["routine", "validate", *map(str, shipped)]) == ToolExit.OK
    assert capsys.readouterr().out.splitlines()[-1].endswith(f"{len(shipped)} valid.")
    copy = tmp_path / shipped[0].name
    copy.write_bytes(shipped[0].read_bytes())
    assert main(["routine", "validate", str(copy)]) != ToolExit.OK
    assert "belongs to a built-in or clinic routine" in capsys.readouterr().err


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_each_malformed_file_is_explained(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: Any
) -> None:
    path = case.write(tmp_path / "bad file.toml")
    _, problems = read_routine_file(path)
    status = main(["routine", "validate", str(path)])
    out, err = capsys.readouterr()
    assert status == ToolExit.FAILED
    assert out.splitlines() == ["1 file checked: 0 valid, 1 with problems."]
    assert err.splitlines() == [str(p) for p in problems]  # one line per problem
    cases.check_problems(case, path, problems)
    assert "Traceback" not in err


def test_valid_and_invalid_files_together(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write_routine(tmp_path / "good.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text(cases.VALID.replace("duration_s = 60", "duration_s = 0"), encoding="utf-8")
    missing = tmp_path / "missing.toml"
    status = main(["routine", "validate", str(bad), str(good), str(missing)])
    out, err = capsys.readouterr()
    assert status == ToolExit.FAILED
    assert out.splitlines() == [
        f"{good}: OK — Calm hips (calm-hips v1.0), 1.8 min, 2 steps",
        "3 files checked: 1 valid, 2 with problems.",
    ]
    assert err.splitlines() == [
        f'{bad}: step 2 ("whole_body"), key "duration_s": 0 is too short; use 5 to 600 seconds.',
        f"{missing}: the file does not exist.",
    ]


def test_two_files_with_one_id(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = write_routine(tmp_path / "a.toml", "calm")
    second = write_routine(tmp_path / "b.toml", "calm", "Another")
    status = main(["routine", "validate", str(first), str(second), str(first)])
    out, err = capsys.readouterr()
    assert status == ToolExit.FAILED
    assert out.splitlines()[-1] == "3 files checked: 2 valid, 1 with problems."  # a is fine twice
    assert err.splitlines() == [
        f'{second}: the id "calm" is already used by {first}; only the first routine with '
        "an id is loaded, so give this routine an id of its own."
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["routine", "validate"], "the following arguments are required: FILE"),
        (["routine"], "the following arguments are required: ACTION"),
        (["routine", "fix", "x.toml"], "invalid choice: 'fix'"),
        (["--data-dir", "x", "routine", "validate"], "required: FILE"),
    ],
)
def test_usage_errors_return_2(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(args) == ToolExit.USAGE
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err


def test_tool_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["routine", "validate", "--help"]) == ToolExit.OK
    out = " ".join(capsys.readouterr().out.split())  # argparse wraps the text
    assert "0 when every file is valid, 1 when any is not" in out
    assert main(["--help"]) == ToolExit.OK
    out = " ".join(capsys.readouterr().out.split())
    assert "calmfloor routine validate FILE..." in out
    assert "calmfloor routine list" in out


def test_an_unexpected_error_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(path: Path) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("calmfloor.storage.routines_store.read_routine_file", broken)
    assert main(["routine", "validate", str(tmp_path / "x.toml")]) == ToolExit.FAILED
    err = capsys.readouterr().err
    assert err == "calmfloor routine: could not finish (RuntimeError: disk on fire).\n"


def test_which_arguments_name_a_tool() -> None:
    assert set(TOOL_COMMANDS) == {
        "routine",
        "history",
        "policy",
        "admin",
        "programme",
        "demo",
        "voice",
    }
    assert tool_name(["routine", "validate"]) == "routine"
    assert tool_name(["--data-dir", "d", "routine"]) == "routine"
    assert tool_name(["--data-dir=d", "routine"]) == "routine"
    assert tool_name(["--data", "d", "routine"]) == "routine"  # argparse's abbreviation
    for args in ([], ["--data-dir", "routine"], ["--start", "breathing"], ["routines"]):
        assert tool_name(args) is None
        assert run_tool(args) is None  # the app starts as usual
    assert tool_name(["--smoke-test", "routine"]) is None  # the app's parser refuses that


# -- routine list ---------------------------------------------------------------------------


@pytest.fixture
def builtin_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Stand-in built-in routines, so the listing does not depend on the shipped ones."""
    folder = tmp_path / "assets" / "routines"
    write_routine(folder / "calm.toml", "calm", "Built-in calm")
    monkeypatch.setattr("calmfloor.resources.asset_dir", lambda name: tmp_path / "assets" / name)
    return folder


@pytest.mark.parametrize("where", ["before", "after", "env"])
def test_list_shows_builtin_and_own_routines(
    builtin_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    where: str,
) -> None:
    data = tmp_path / "data"
    write_routine(data / "routines" / "mine.toml", "mine", "My evening routine")
    broken = data / "routines" / "broken.toml"
    broken.write_text("format = ")
    args = {
        "before": ["--data-dir", str(data), "routine", "list"],
        "after": ["routine", "list", "--data-dir", str(data)],
        "env": ["routine", "list"],
    }[where]
    # the option wins over the environment, as for the app
    env_dir = data if where == "env" else tmp_path / "elsewhere"
    monkeypatch.setenv("CALMFLOOR_DATA_DIR", str(env_dir))
    assert main(args) == ToolExit.OK
    out, err = capsys.readouterr()
    assert [line.split() for line in out.splitlines()] == [
        ["ID", "NAME", "MIN", "SOURCE"],
        ["calm", "Built-in", "calm", "1.8", "built-in"],
        ["mine", "My", "evening", "routine", "1.8", "yours"],
        ["2", "routines.", "Your", "own", "routines", "folder:", str(data / "routines")],
    ]
    assert err.startswith(f"{broken}: this is not valid TOML")


def test_the_shipped_routines_are_listed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["--data-dir", str(tmp_path), "routine", "list"]) == ToolExit.OK
    out, err = capsys.readouterr()
    assert err == ""
    assert len(out.splitlines()) >= 1 + 6 + 1
    assert not (tmp_path / "routines").exists()  # listing creates nothing


# -- as a program ---------------------------------------------------------------------------


def test_python_m_calmfloor_validate(tmp_path: Path) -> None:
    good = write_routine(tmp_path / "good.toml")
    bad = tmp_path / "bad.toml"
    bad.write_bytes(b'format = 1\nid = "caf\xe9"\n')
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env["PYTHONPATH"] = str(SRC)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    result = subprocess.run(
        [sys.executable, "-m", "calmfloor", "routine", "validate", str(good), str(bad)],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stdout.splitlines() == [
        f"{good}: OK — Calm hips (calm-hips v1.0), 1.8 min, 2 steps",
        "2 files checked: 1 valid, 1 with problems.",
    ]
    assert result.stderr.splitlines() == [
        f"{bad}: line 2 has a byte that is not UTF-8 (0xE9 at byte offset 20); "
        "save the file as UTF-8 text."
    ]
