"""The routine example in the README is a valid routine file."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from calmfloor.core.routine import Mode, parse_routine

README = Path(__file__).resolve().parents[1] / "README.md"


def test_the_readme_routine_example_validates() -> None:
    blocks = re.findall(r"```toml\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    assert blocks, "the README lost its routine example"
    routine, problems = parse_routine(tomllib.loads(blocks[0]), "README.md")
    assert problems == []
    assert routine is not None
    assert {step.mode for step in routine.steps} >= {Mode.TENSE_RELEASE, Mode.RELEASE_ONLY}
