"""Text from routine files reaches the terminal and the window escaped and capped; the check
and Import agree; the length cap holds with every setting (issue 15, findings 15 and 16).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from calmfloor.app import main
from calmfloor.commands import ToolExit
from calmfloor.core.routine import (
    MAX_PROBLEMS_PER_FILE,
    MAX_TOTAL_S,
    Problem,
    capped_problems,
    parse_routine,
)
from calmfloor.core.text import printable
from calmfloor.resources import asset_dir
from calmfloor.storage.routines_store import (
    import_routine,
    load_routines,
    protected_ids,
    read_routine_file,
)


def step(**keys: Any) -> dict[str, Any]:
    """A valid step table (calves, tense and let go), changed by ``keys``."""
    return {"region": "calves", "mode": "tense_release", "instruction": "Go.", **keys}


def doc(*steps: dict[str, Any], **keys: Any) -> dict[str, Any]:
    """A valid routine document with these steps, changed by ``keys``."""
    table = {"format": 1, "id": "test", "name": "Test", "author": "a", "version": "1.0"}
    return {**table, "steps": list(steps), **keys}


ESC = "\x1b"
HOSTILE_NAME = f"{ESC}[2J{ESC}[H\nfake.toml: OK — all good\u202eevil"


def _routine_file(path: Path, rid: str = "mine", name: str = "Mine", steps: str = "") -> Path:
    body = steps or '[[steps]]\nregion = "calves"\nmode = "tense_release"\ninstruction = "Go."\n'
    path.write_text(
        f'format = 1\nid = "{rid}"\nname = "{name}"\nauthor = "me"\nversion = "1.0"\n{body}',
        encoding="utf-8",
    )
    return path


# -- escaping -------------------------------------------------------------------------------


def test_printable_escapes_controls_and_bidi_overrides_but_keeps_every_script() -> None:
    assert printable(HOSTILE_NAME) == ("\\x1b[2J\\x1b[H\\x0afake.toml: OK — all good\\u202eevil")
    persian = "تنفس\u200cآرام\u200f"  # a zero-width non-joiner and a right-to-left mark
    assert printable(persian) == persian
    assert printable("a\tb\x7f\x9b\u2028") == "a\\x09b\\x7f\\x9b\\u2028"
    assert printable("one\ntwo", keep_newlines=True) == "one\ntwo"


def test_routine_validate_never_passes_file_text_raw_to_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(
        'format = 1\nid = "x"\nname = "n"\nauthor = "a"\nversion = "1"\n'
        f"kind = {json.dumps(HOSTILE_NAME)}\n[[steps]]\n"
        'region = "calves"\nmode = "tense_release"\ninstruction = "Go."\n',
        encoding="utf-8",
    )
    good = _routine_file(tmp_path / f"name{ESC}[31m.toml")
    assert main(["routine", "validate", str(bad), str(good)]) == ToolExit.FAILED
    out, err = capsys.readouterr()
    for stream in (out, err):
        assert ESC not in stream and "\u202e" not in stream
    assert not any(line.startswith("fake.toml") for line in (out + err).splitlines())
    assert "\\x1b[2J" in err
    assert "name\\x1b[31m.toml: OK" in out


def test_a_problem_escapes_its_file_name_and_message() -> None:
    problem = Problem(source=f"a{ESC}.toml", message=f"bad {ESC}[2J\nOK")
    assert str(problem) == "a\\x1b.toml: bad \\x1b[2J\\x0aOK"


# -- capping --------------------------------------------------------------------------------


def test_the_problems_of_one_file_are_capped_with_a_count(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    steps = "".join(
        f'[[steps]]\nregion = "calves"\nmode = "tense_release"\ninstruction = "Go."\nx{n} = 1\n'
        for n in range(50)
    )
    flood = _routine_file(tmp_path / "flood.toml", steps=steps)
    other = tmp_path / "other.toml"
    other.write_text("not toml at all", encoding="utf-8")
    _, problems = read_routine_file(flood)
    assert len(problems) == MAX_PROBLEMS_PER_FILE + 1
    assert problems[-1].message == "... and 30 more problems in this file."
    assert main(["routine", "validate", str(flood), str(other)]) == ToolExit.FAILED
    err = capsys.readouterr().err.splitlines()
    assert len(err) == MAX_PROBLEMS_PER_FILE + 2  # the other file's problem is not buried
    assert err[-1].startswith(f"{other}: this is not valid TOML")
    assert capped_problems(problems) == problems  # capping twice changes nothing


# -- validate and Import agree --------------------------------------------------------------


def test_validate_refuses_a_built_in_id_as_import_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    builtin, _ = load_routines(asset_dir("routines"), None)
    taken = builtin[0].routine.id
    path = _routine_file(tmp_path / "copy.toml", rid=taken)
    imported, import_problems = import_routine(path, tmp_path / "user", protected_ids(builtin))
    assert imported is None
    assert main(["routine", "validate", str(path)]) == ToolExit.FAILED
    out, err = capsys.readouterr()
    assert "OK" not in out
    assert err.strip() == str(import_problems[0])  # the very same words


# -- the length cap with every setting ------------------------------------------------------


def test_the_length_cap_holds_with_the_pelvic_floor_tensing_setting() -> None:
    """50 pelvic-floor steps: 83 minutes as planned, 167 with "Also tense the pelvic floor"."""
    pelvic = step(region="pelvic_floor", tense_s=10, release_s=10, repetitions=10)
    routine, problems = parse_routine(doc(*[pelvic] * 50, ready_s=0), "long.toml")
    assert routine is None
    assert [p.code for p in problems] == ["out_of_range"]
    assert "Also tense the pelvic floor" in problems[0].message
    assert "166.7 minutes" in problems[0].message
    fits, problems = parse_routine(doc(*[pelvic] * 27, ready_s=0), "fits.toml")
    assert problems == [] and fits is not None
    assert fits.longest_planned_s() == fits.planned_s(allow_pelvic_tense=True) <= MAX_TOTAL_S


def test_every_built_in_routine_fits_the_cap_with_every_setting() -> None:
    builtin, problems = load_routines(asset_dir("routines"), None)
    assert problems == []
    for item in builtin:
        assert item.routine.longest_planned_s() <= MAX_TOTAL_S, item.routine.id
