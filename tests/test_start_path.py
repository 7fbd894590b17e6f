"""What calmfloor's start path loads before its window is up: only what that window needs.

Each module here was once loaded at every start for something only a tool, a kiosk or a
clinic's broken policy needs, and cost start-up time and resident memory
(docs/performance.md). A fresh interpreter runs ``main()`` up to the built window.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

CHILD = """
import json, sys
from calmfloor import app

real_create = app.create_application


def create():
    # the window is built and shown when main() enters the event loop: report, and leave
    qapp = real_create()
    type(qapp).exec = lambda _self: print("MODULES " + json.dumps(sorted(sys.modules))) or 0
    return qapp


app.create_application = create
sys.exit(app.main(["--data-dir", sys.argv[1]]))
"""

NOT_AT_START = {
    "hashlib": "the kiosk PIN's hashing (OpenSSL's libcrypto, 3.5 MiB resident)",
    "ssl": "nothing: it came with the policy templates' XML escaping",
    "urllib.request": "nothing: it came with the policy templates' XML escaping",
    "plistlib": "reading a macOS profile",
    "difflib": "suggesting a key for a policy with a mistake",
    "calmfloor.core.policy_templates": "calmfloor policy generate",
    "calmfloor.commands": "the tool commands",
    "pyqtgraph": "History's charts (warmed up after the first paint)",
    "PySide6.QtMultimedia": "the sound cues (loaded when a session may start)",
    "importlib.resources": "nothing: the assets are found from the package's own folder",
    "html": "the keyboard shortcuts list",
    "calmfloor.core.stats": "History's summaries and charts",
}
if sys.platform != "win32":  # there the single instance is a named pipe, from QtNetwork
    NOT_AT_START["PySide6.QtNetwork"] = "nothing: the single instance's socket is Python's own"


@pytest.fixture(scope="module")
def start_modules(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    data = tmp_path_factory.mktemp("start-path")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("CALMFLOOR_POLICY_FILE", None)
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(data)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=Path(__file__).parent,
    )
    assert done.returncode == 0, done.stderr
    line = next(line for line in done.stdout.splitlines() if line.startswith("MODULES "))
    return set(json.loads(line.removeprefix("MODULES ")))


def test_the_window_is_built(start_modules: set[str]) -> None:
    assert "calmfloor.ui.shell.main_window" in start_modules
    assert "calmfloor.storage.policy_store" in start_modules  # the policy was read
    assert "calmfloor.ui.shell.single_instance" in start_modules  # and the instance claimed


@pytest.mark.parametrize("module", sorted(NOT_AT_START))
def test_start_loads_nothing_only_a_tool_or_later_step_needs(
    start_modules: set[str], module: str
) -> None:
    assert module not in start_modules, f"{module} is for {NOT_AT_START[module]}"
