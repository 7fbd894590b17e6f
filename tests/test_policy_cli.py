"""The clinic tools: ``calmfloor policy check FILE...`` and ``calmfloor admin hash-pin``."""

from __future__ import annotations

import importlib.util
import io
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from calmfloor import commands
from calmfloor.commands import ToolExit, run_tool
from calmfloor.core import pin as pins
from calmfloor.core.pin import verify_pin
from calmfloor.storage.policy_store import read_policy_file


def _load_cases() -> ModuleType:
    """The malformed files of the store tests, so the tool is checked on the same ones."""
    path = Path(__file__).parent / "storage" / "test_policy_store.py"
    spec = importlib.util.spec_from_file_location("policy_file_cases", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


cases = _load_cases()


def test_a_valid_file_is_described(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "policy.json"
    path.write_text(
        cases.policy_json(
            settings={"volume": 30}, locked=["*"], kiosk={"enabled": True}, heat={"max_minutes": 10}
        )
    )
    empty = tmp_path / "empty policy.json"
    empty.write_text(cases.policy_json())
    assert run_tool(["policy", "check", str(path), str(empty)]) == ToolExit.OK
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        f"{path}: OK — kiosk mode (reset after 3 min), 1 setting set, {len(cases.ALL_KEYS)} "
        "locked, heat at most 10 min",
        f"{empty}: OK — changes nothing",
        "2 files checked: 2 valid.",
    ]
    assert err == ""


@pytest.mark.parametrize("case", cases.CASES, ids=lambda case: case.name)
def test_each_malformed_file_is_explained(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: Any
) -> None:
    path = case.write(tmp_path / "bad policy.json")
    _, problems = read_policy_file(path)
    assert run_tool(["policy", "check", str(path)]) == ToolExit.FAILED
    out, err = capsys.readouterr()
    assert out.splitlines() == ["1 file checked: 0 valid, 1 with problems."]
    lines = err.splitlines()
    assert len(lines) == len(case.problems)  # one line per problem
    for line, (key, start) in zip(lines, case.problems, strict=True):
        prefix = f"{path}: {key}: " if key else f"{path}: "
        assert line.startswith(prefix + start), line
    assert lines == [f"{path}: {p}" for p in problems]
    cases.check_problems(case, problems)


def test_valid_and_missing_files_together(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.json"
    good.write_text(cases.policy_json(history={"enabled": False}))
    missing = tmp_path / "missing.json"
    assert run_tool(["policy", "check", str(missing), str(good)]) == ToolExit.FAILED
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        f"{good}: OK — history off",
        "2 files checked: 1 valid, 1 with problems.",
    ]
    assert err.splitlines() == [f"{missing}: the file does not exist; {cases.CLOSED}"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["policy", "check"], "the following arguments are required: FILE"),
        (["policy"], "the following arguments are required: ACTION"),
        (["policy", "fix", "x.json"], "invalid choice: 'fix'"),
        (["admin"], "the following arguments are required: ACTION"),
        (["admin", "hash-pin", "1234"], "unrecognized arguments: 1234"),
    ],
)
def test_usage_errors_return_2(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_tool(args) == ToolExit.USAGE
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err


def test_help_names_the_tools(capsys: pytest.CaptureFixture[str]) -> None:
    assert commands.tool_name(["policy", "check", "x"]) == "policy"
    assert commands.tool_name(["admin", "hash-pin"]) == "admin"
    assert (
        "calmfloor policy check FILE...; calmfloor policy show [--json]; "
        "calmfloor policy generate --out DIR; calmfloor admin hash-pin"
    ) in commands.tools_epilog()
    assert run_tool(["policy", "check", "--help"]) == ToolExit.OK
    out = " ".join(capsys.readouterr().out.split())
    assert "0 when every file is valid, 1 when any is not, 2 for a usage error" in out


# -- admin hash-pin -------------------------------------------------------------------------


def _stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))


def test_hash_pin_from_stdin_prints_only_a_slow_salted_hash(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    hashes = []
    for _ in range(2):
        _stdin(monkeypatch, "2468\n")
        assert run_tool(["admin", "hash-pin", "--stdin"]) == ToolExit.OK
        out, err = capsys.readouterr()
        assert err == ""
        assert len(out.splitlines()) == 1
        hashes.append(out.strip())
    assert hashes[0] != hashes[1]  # a fresh random salt each time
    scheme, rounds, _salt, _digest = hashes[0].split("$")
    assert (scheme, int(rounds)) == ("pbkdf2-sha256", pins.PIN_ITERATIONS)
    assert int(rounds) >= 600_000
    assert verify_pin("2468", hashes[0]) and not verify_pin("2469", hashes[0])


@pytest.fixture
def fast(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pins, "PIN_ITERATIONS", 1000)


@pytest.mark.usefixtures("fast")
def test_the_printed_hash_makes_a_valid_policy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, "13579\r\n")  # a Windows line end is not part of the PIN
    assert run_tool(["admin", "hash-pin", "--stdin"]) == ToolExit.OK
    encoded = capsys.readouterr().out.strip()
    assert verify_pin("13579", encoded)
    path = tmp_path / "policy.json"
    path.write_text(cases.policy_json(staff_pin=encoded, kiosk={"enabled": True}))
    _, problems = read_policy_file(path)
    assert [p.key for p in problems] == ["staff_pin"]  # only the test's few rounds are weak


@pytest.mark.usefixtures("fast")
@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("123\n", "the PIN has 3 digits; use 4 to 12."),
        ("1234567890123\n", "the PIN has 13 digits; use 4 to 12."),
        ("12a4\n", "use digits only: 4 to 12 of them."),
        ("\n", "use digits only: 4 to 12 of them."),
        ("", "no PIN was given on standard input."),
    ],
)
def test_hash_pin_refuses_a_bad_pin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], text: str, message: str
) -> None:
    _stdin(monkeypatch, text)
    assert run_tool(["admin", "hash-pin", "--stdin"]) == ToolExit.FAILED
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"calmfloor admin hash-pin: {message}\n"


@pytest.mark.usefixtures("fast")
@pytest.mark.parametrize(
    ("typed", "status", "err"),
    [
        (["8642", "8642"], ToolExit.OK, ""),
        (["8642", "8643"], ToolExit.FAILED, "the two PINs are not the same; nothing was made."),
        (["86"], ToolExit.FAILED, "the PIN has 2 digits; use 4 to 12."),  # asked only once
    ],
)
def test_hash_pin_asks_twice_without_echo(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    typed: list[str],
    status: int,
    err: str,
) -> None:
    prompts: list[str] = []

    def getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return typed[len(prompts) - 1]

    monkeypatch.setattr("getpass.getpass", getpass)
    assert run_tool(["admin", "hash-pin"]) == status
    out, error = capsys.readouterr()
    assert len(prompts) == len(typed)
    assert prompts[0] == "Staff PIN (4 to 12 digits): "
    assert error == (f"calmfloor admin hash-pin: {err}\n" if err else "")
    assert verify_pin("8642", out.strip()) if status == ToolExit.OK else out == ""
