"""The README's examples, read the way a reader copies them (tests check they stay valid)."""

from __future__ import annotations

import re
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"


def programme_example() -> str:
    """The complete programme file shown under "## Programme files"."""
    section = README.read_text(encoding="utf-8").split("## Programme files", 1)[1]
    return re.findall(r"```toml\n(.*?)```", section, re.S)[0]
