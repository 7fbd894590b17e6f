"""Screen readers on Linux: the real AT-SPI tree names every control and is never flooded."""

# The module's fixture starts Xvfb, a private D-Bus session with the AT-SPI bus and the real
# app, and reads it with tests/atspi/probe.py run by Debian's /usr/bin/python3 (pyatspi), as
# Orca would: every page through the navigation buttons' AT-SPI actions, each History tab,
# dialogs, running and finished sessions, the kiosk; then it listens to the events of a
# running breathing session, routine and heat pack, and has Orca's speech generator (when Orca
# is installed) say a page button, a rating and a heat area. Those tests skip when a tool is
# missing, except on CI (CI=true), where they fail. They take about a minute together. The
# tests named "in process" and those after them run through QAccessible (names, roles, a
# reader's "Toggle" action, stacks), so they run anywhere.

from __future__ import annotations

import contextlib
import ctypes.util
import itertools
import json
import math
import os
import select
import shutil
import signal
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from calmfloor.core.pin import hash_pin
from calmfloor.storage.paths import resolve_paths

ROOT = Path(__file__).parents[2]
PROBE = ROOT / "tests" / "atspi" / "probe.py"
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
# what Qt's xcb platform plugin loads (ldd libqxcb.so) beyond what CI installs for offscreen
XCB_LIBRARIES = (
    "xcb-cursor",
    "xcb-icccm",
    "xcb-image",
    "xcb-keysyms",
    "xcb-randr",
    "xcb-render-util",
    "xcb-shape",
    "xcb-shm",
    "xcb-sync",
    "xcb-xfixes",
    "xcb-xkb",
    "xkbcommon-x11",
    "X11-xcb",
)
APT_LINE = (
    "apt-get install -y --no-install-recommends xvfb dbus-daemon at-spi2-core "
    "python3-pyatspi libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 "
    "libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0 libxcb-xkb1 "
    "libxkbcommon-x11-0 libx11-xcb1"
)
PROBE_TIMEOUT_S = 240  # normally about 45 s; a hung app must not hang CI
XVFB_START_S = 15
LISTEN_S = 10.0
SHORTEST_PHASE_S = 5.5  # the default pattern, Resonance: in 5.5 s, out 5.5 s
SHORTEST_ROUTINE_PHASE_S = 5.0  # core.routine: TENSE_S, READY_S
QUIET_INTERVAL_S = 10.0  # what changes every second reaches a reader at most this often
HISTORY_SESSIONS = 300
PIN_ITERATIONS = 1000  # a test PIN: quick to check

# every screen the probe must reach (by the name it gives them)
SCREENS = (
    "Breathe",
    "Relax",
    "Heat pack",
    "History",
    "History: Practice",
    "History: Symptoms",
    "History: Consistency",
    "History: Sessions",
    "Settings",
    "Breathe: new pattern dialog",
    "Breathe: running",
    "Breathe: paused",
    "Breathe: finished",
    "Relax: routine chosen",
    "Relax: running",
    "Relax: finished",
    "Heat pack: set up",
    "Heat pack: running",
    "Heat pack: paused",
    "Heat pack: finished",
    "Keyboard shortcuts dialog",
    "Kiosk welcome",
    "Kiosk staff PIN dialog",
    "Kiosk guest: Relax",
)


def missing_tools() -> list[str]:
    """What this machine lacks to run the real-tree probe (empty: all there)."""
    if not sys.platform.startswith("linux"):
        return ["Linux"]
    missing = [
        tool for tool in ("Xvfb", "dbus-run-session", "dbus-daemon") if not shutil.which(tool)
    ]
    if not any(Path(path).exists() for path in BUS_LAUNCHERS):
        missing.append("at-spi-bus-launcher (at-spi2-core)")
    if not Path(SYSTEM_PYTHON).exists():
        missing.append(SYSTEM_PYTHON)
    else:
        check = subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, timeout=30, check=False
        )
        if check.returncode != 0:
            missing.append("pyatspi for /usr/bin/python3 (python3-pyatspi)")
    missing += [f"lib{name}" for name in XCB_LIBRARIES if ctypes.util.find_library(name) is None]
    return missing


def kill_group(process: subprocess.Popen[bytes]) -> None:
    """End ``process`` and everything it started in its process group."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=5)
    # the leader may be gone while others of its group live on (bus launcher, registry)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()


@contextlib.contextmanager
def xvfb() -> Iterator[str]:
    """A private X server; yields its DISPLAY."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end, "rb") as pipe:
            ready, _, _ = select.select([pipe], [], [], XVFB_START_S)
            number = pipe.readline().strip().decode() if ready else ""
        if not number:
            raise RuntimeError(f"Xvfb did not start within {XVFB_START_S} s")
        yield f":{number}"
    finally:
        kill_group(server)


def seed_history(data_dir: Path) -> None:
    """A few hundred sessions up to today, so History has charts, ratings and a table."""
    sys.path.insert(0, str(ROOT / "tests" / "storage"))
    try:
        from history_factory import make_history
    finally:
        sys.path.pop(0)
    tz = datetime.now().astimezone().tzinfo
    assert tz is not None
    make_history(
        resolve_paths(data_dir).history_db, sessions=HISTORY_SESSIONS, end=date.today(), tz=tz
    )


@pytest.fixture(scope="module")
def probed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Run the probe once for the module; its JSON result."""
    missing = missing_tools()
    if missing:
        text = f"the real accessibility tree needs {', '.join(missing)}; on Debian: {APT_LINE}"
        if os.environ.get("CI") == "true":
            pytest.fail(text)
        pytest.skip(text)
    return run_probe(tmp_path_factory.mktemp("atspi"))


def run_probe(work: Path, timeout_s: float = PROBE_TIMEOUT_S) -> dict[str, Any]:
    """Run the probe in ``work`` under a private X server and D-Bus session; its result."""
    seed_history(work / "pages")
    policy = work / "policy.json"
    policy.write_text('{"format": "calmfloor-policy", "version": 1}\n', encoding="utf-8")
    kiosk_policy = work / "kiosk-policy.json"
    staff_pin = hash_pin("2468", os.urandom(16), iterations=PIN_ITERATIONS)  # the PIN field shows
    kiosk_policy.write_text(
        json.dumps({"format": "calmfloor-policy", "version": 1, "staff_pin": staff_pin}),
        encoding="utf-8",
    )
    runtime = work / "runtime"
    runtime.mkdir(mode=0o700)
    out = work / "result.json"
    with xvfb() as display:
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("DBUS_", "AT_SPI_", "WAYLAND_", "QT_"))
        }
        env.update({"DISPLAY": display, "XDG_RUNTIME_DIR": str(runtime)})
        command = [
            "dbus-run-session",
            "--",
            SYSTEM_PYTHON,
            str(PROBE),
            "--python",
            sys.executable,
            "--src",
            str(ROOT / "src"),
            "--work",
            str(work),
            "--policy",
            str(policy),
            "--kiosk-policy",
            str(kiosk_policy),
            "--out",
            str(out),
            "--listen-s",
            str(LISTEN_S),
        ]
        session = subprocess.Popen(
            command,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            log, _ = session.communicate(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            kill_group(session)
            log, _ = session.communicate()
        finally:
            kill_group(session)
    assert out.exists(), f"the probe wrote nothing:\n{log.decode(errors='replace')[-4000:]}"
    result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    result["log"] = log.decode(errors="replace")
    return result


def _screens(result: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {screen["screen"]: screen for screen in result["screens"]}


def test_the_probe_reached_every_page_tab_dialog_and_session_screen(
    probed: dict[str, Any],
) -> None:
    assert not probed["errors"], "\n".join([*probed["errors"], probed["log"][-3000:]])
    screens = _screens(probed)
    problems = [
        f"{name}: {screens[name].get('error', 'no focusable control')}"
        if name in screens
        else f"{name}: not visited"
        for name in SCREENS
        if name not in screens or "error" in screens[name] or not screens[name]["focusable"]
    ]
    assert not problems, "\n".join(problems)
    # pages really changed: each page offers its own controls
    names = {name: set(screens[name]["names"]) for name in ("Breathe", "Relax", "Settings")}
    assert "push button: Start breathing" in names["Breathe"]
    assert "push button: Start breathing" not in names["Relax"]
    assert "push button: Start routine" in names["Relax"]
    assert names["Settings"] != names["Breathe"]


def test_every_focusable_control_has_a_name_a_reader_can_say(probed: dict[str, Any]) -> None:
    offenders = [
        f"{screen['screen']}: {o['role']} {o['name']!r} ({o['problem']}) at {o['path']}"
        for screen in probed["screens"]
        for o in screen.get("offenders", [])
    ]
    assert not offenders, "\n".join(offenders)


def test_the_nav_buttons_and_session_buttons_say_what_they_do(probed: dict[str, Any]) -> None:
    screens = _screens(probed)
    for page in ("Breathe", "Relax", "Heat pack", "History", "Settings"):
        assert f"radio button: {page}" in screens["Breathe"]["names"]
    assert "push button: Pause" in screens["Breathe: running"]["names"]
    assert "push button: Resume" in screens["Breathe: paused"]["names"]
    assert "push button: Resume (pack back on)" in screens["Heat pack: paused"]["names"]


# what a reader is told a one-of-a-few choice is: its role, its name and its group's label
CHOICES = {
    "Breathe": [f"radio button: {page}" for page in ("Breathe", "Relax", "Heat pack", "History")],
    "Breathe: finished": [
        "radio button: Tension: 0 out of 10, relaxed",  # the number and what it means
        "radio button: Tension: 5 out of 10",
        "radio button: Tension: 10 out of 10, very tense",
        "radio button: Pain: 0 out of 10, none",
        "radio button: Pain: 10 out of 10, worst",
    ],
    "Heat pack: set up": [
        "radio button: Lower back (labelled by Where will the pack go?)",
        "radio button: Thigh (labelled by Where will the pack go?)",
    ],
}


@pytest.mark.parametrize("screen", list(CHOICES))
def test_choices_are_radio_buttons_a_reader_names_with_their_meaning(
    probed: dict[str, Any], screen: str
) -> None:
    """Not "check box": Orca 43 read a page button as "Breathe check box", the rating 0 as
    "Tension check box" (the row's title was its label) and the heat areas as check boxes."""
    names = _screens(probed)[screen]["names"]
    missing = [name for name in CHOICES[screen] if name not in names]
    assert not missing, "\n".join([*missing, "-- found:", *names])
    pages = tuple(f"check box: {page}" for page in ("Today", "Breathe", "Relax", "Heat pack"))
    areas = ("Lower back", "Lower belly", "buttock", "Hip", "Thigh")
    boxes = [  # what is still a check box (a real one: "Start faster and slow down...")
        name
        for name in names
        if name.startswith(pages) or " out of 10" in name or any(a in name for a in areas)
        if name.startswith("check box: ")
    ]
    assert not boxes, boxes


def test_no_layered_pane_is_said_before_a_pages_controls(probed: dict[str, Any]) -> None:
    """Orca 43 said "layered pane" (a QStackedWidget) on each move into a page; stacks are
    fillers now, layout Orca does not speak."""
    found = [
        f"{screen['screen']}: {path}"
        for screen in probed["screens"]
        for path in screen.get("layered", [])
    ]
    assert not found, "\n".join(found)


# what Orca 43 says as the focus lands on each (its utterances, in order)
SPOKEN = {
    "page button": ["Breathe.", "selected radio button"],
    "rating 0": ["Tension: 0 out of 10, relaxed.", "not selected radio button"],
    "heat area": ["Where will the pack go?", "Lower back.", "not selected radio button"],
}


@pytest.mark.parametrize("control", list(SPOKEN))
def test_orca_says_what_each_choice_is(probed: dict[str, Any], control: str) -> None:
    """Orca's speech generator on the running app: the number and its meaning, the group's
    name, the state, "radio button"; never "check box" or "layered pane"."""
    said = probed.get("speech", {})
    if "skipped" in said:
        if os.environ.get("CI") == "true":
            pytest.fail(said["skipped"])
        pytest.skip(said["skipped"])
    assert control in said, probed["errors"]
    utterances = said[control]
    wanted = SPOKEN[control]
    found = [text for text in utterances if text in wanted]
    assert found == wanted, utterances
    assert not any("check box" in t or "layered pane" in t for t in utterances), utterances


def _heard(probed: dict[str, Any], kind: str) -> tuple[float, list[dict[str, Any]]]:
    """How long the probe listened during a ``kind`` session, and what it heard."""
    assert kind in probed.get("events", {}), probed["errors"]
    heard = probed["events"][kind]
    return float(heard["seconds"]), list(heard["list"])


def test_each_breathing_phase_is_announced_once(probed: dict[str, Any]) -> None:
    seconds, events = _heard(probed, "breathing")
    announcements = [e for e in events if e["type"] == "object:announcement"]
    texts = [str(e["data"]) for e in announcements]
    boundaries = math.ceil(seconds / SHORTEST_PHASE_S)
    assert 1 <= len(announcements) <= boundaries + 1, texts
    # in and out alternate: the same phase is never announced twice in a row
    assert all(a != b for a, b in itertools.pairwise(texts)), texts
    assert all(text.startswith(("Breathe in", "Breathe out")) for text in texts), texts
    times = [e["t"] for e in announcements]
    assert all(b - a > SHORTEST_PHASE_S / 2 for a, b in itertools.pairwise(times)), times


@pytest.mark.parametrize(
    ("kind", "fastest_s"),
    [
        ("breathing", SHORTEST_PHASE_S),
        ("relax", SHORTEST_ROUTINE_PHASE_S),
        ("heat", QUIET_INTERVAL_S),  # no phases: nothing more often than every 10 s
    ],
)
def test_live_countdowns_do_not_flood_the_reader(
    probed: dict[str, Any], kind: str, fastest_s: float
) -> None:
    seconds, events = _heard(probed, kind)
    per_object = Counter((e["id"], e["type"]) for e in events)
    budget = math.ceil(seconds / fastest_s) + 1
    flooding = {
        f"{kind}: {event['role']} {event['name']!r} {event['type']}": per_object[key]
        for event in events
        if per_object[key := (event["id"], event["type"])] > budget
    }
    assert not flooding, flooding
    texts = [str(e["data"]) for e in events if e["type"] == "object:announcement"]
    assert all(a != b for a, b in itertools.pairwise(texts)), texts


def test_in_process_every_focusable_widget_has_a_name(make_window: Any, qtbot: QtBot) -> None:
    """The same rule without a display server, through Qt's own accessibility interfaces."""
    from PySide6.QtGui import QAccessible

    from calmfloor.ui.shell.main_window import Page

    window = make_window()

    def nameless(iface: QAccessible.QAccessibleInterface | None, path: str) -> Iterator[str]:
        if iface is None or not iface.isValid():
            return
        state = iface.state()
        if state.invisible:
            return
        name = iface.text(QAccessible.Text.Name).strip()
        labelled = iface.relations(QAccessible.RelationFlag.Label)
        combo = iface.role() == QAccessible.Role.ComboBox  # named by its value on Linux
        if state.focusable and not labelled and (combo or not name):
            widget = iface.object()
            yield f"{path}: {type(widget).__name__} {widget.objectName()!r} {name!r}"
        for index in range(iface.childCount()):
            child = iface.child(index)
            if child is not None:
                yield from nameless(child, f"{path}/{type(child.object()).__name__}")

    found: list[str] = []
    for page in Page:
        window.show_page(page)
        if page is Page.HISTORY:
            tabs = window.history.tabs
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                root = QAccessible.queryAccessibleInterface(window)
                found += [f"History {index}: {item}" for item in nameless(root, "window")]
        else:
            root = QAccessible.queryAccessibleInterface(window)
            found += [f"{page.name}: {item}" for item in nameless(root, "window")]
    assert not found, "\n".join(found)


def _toggle(button: QAbstractButton) -> None:
    """Do what a screen reader does to a checkable button: its default action, "Toggle"."""
    from PySide6.QtGui import QAccessible, QAccessibleActionInterface

    iface = QAccessible.queryAccessibleInterface(button)
    assert iface is not None
    actions = iface.actionInterface()
    assert actions is not None
    assert actions.actionNames()[0] == QAccessibleActionInterface.toggleAction()
    actions.doAction(QAccessibleActionInterface.toggleAction())


def test_a_readers_toggle_action_works_like_a_click(make_window: Any) -> None:
    """Qt's "Toggle" checks a button without a click; every choice must still take effect."""
    from calmfloor.core.heat import HeatArea
    from calmfloor.core.stats import Measure, Range
    from calmfloor.ui.shell.main_window import Page

    window = make_window()
    _toggle(window.nav_button(Page.SETTINGS))
    assert window.current_page() is Page.SETTINGS
    _toggle(window.nav_button(Page.BREATHE))
    assert window.current_page() is Page.BREATHE

    from calmfloor.ui.kit.rating import RatingRow

    rating = window.breathing.findChild(RatingRow, "tension-rating")
    assert rating is not None
    buttons = rating.findChildren(QAbstractButton)
    _toggle(buttons[3])
    assert rating.value() == 3
    _toggle(buttons[5])
    assert rating.value() == 5
    assert not buttons[3].isChecked()
    _toggle(buttons[5])  # a second toggle un-chooses, as a second click does
    assert rating.value() is None

    window.show_page(Page.HEAT)
    heat = window.heat
    heat.confirm_checklist()
    _toggle(heat.findChild(QPushButton, f"heat-area-{next(iter(HeatArea)).value}"))
    assert heat.findChild(QPushButton, "heat-start").isEnabled()

    window.show_page(Page.HISTORY)
    history = window.history
    week = history.range_buttons.button(0)
    assert week is not None
    _toggle(week)
    assert history.current_range is Range.WEEK
    history.tabs.setCurrentIndex(1)
    chart = history.symptom_chart
    pain = next(b for b in chart.findChildren(QAbstractButton) if b.property("measure") == "pain")
    _toggle(pain)
    assert chart.measure is Measure.PAIN


def _spoken(widget: QWidget) -> tuple[Any, str, list[str]]:
    """What Qt tells a reader about ``widget``: role, name and the names of its labels."""
    from PySide6.QtGui import QAccessible

    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None
    labels = [
        label.text(QAccessible.Text.Name)
        for label, _relation in iface.relations(QAccessible.RelationFlag.Label)
    ]
    return iface.role(), iface.text(QAccessible.Text.Name), labels


def test_in_process_one_of_a_few_choices_are_radio_buttons(make_window: Any) -> None:
    """Pages, ratings and heat areas are read as radio buttons (the roles on every platform:
    AT-SPI, UIA and VoiceOver), named by what they mean; nothing else about them changes."""
    from PySide6.QtGui import QAccessible

    from calmfloor.ui.history.view import Tab
    from calmfloor.ui.shell.main_window import Page

    radio = QAccessible.Role.RadioButton
    window = make_window()
    titles = {Page.BREATHE: "Breathe", Page.RELAX: "Relax", Page.HEAT: "Heat pack"}
    for page, title in titles.items():
        button = window.findChild(QPushButton, f"nav-{int(page)}")
        assert button is not None
        assert _spoken(button) == (radio, title, [])

    rows = {b.accessibleName(): b for b in window.breathing.findChildren(QPushButton)}
    for name in (
        "Tension: 0 out of 10, relaxed",
        "Tension: 7 out of 10",
        "Tension: 10 out of 10, very tense",
        "Pain: 0 out of 10, none",
        "Pain: 10 out of 10, worst",
    ):
        # no label of its own: Orca read the row's title, "Tension", instead of the number
        assert _spoken(rows[name]) == (radio, name, [])

    window.show_page(Page.HEAT)
    area = window.findChild(QPushButton, "heat-area-lower_back")
    assert area is not None
    assert _spoken(area) == (radio, "Lower back", ["Where will the pack go?"])

    # History's range and its Tension/Pain switch: one of a few, too
    window.show_page(Page.HISTORY)
    window.history.tabs.setCurrentIndex(Tab.SYMPTOMS)  # each tab is built when first shown
    for name, spoken in (
        ("history-range-week", "Show the last 7 days"),
        ("history-measure-pain", "Show pain ratings"),
    ):
        choice = window.findChild(QPushButton, name)
        assert choice is not None, name
        assert _spoken(choice)[:2] == (radio, spoken)


def test_radio_roles_change_no_behaviour(make_window: Any, qtbot: QtBot) -> None:
    """A rating is still cleared by a second click; a page button still cannot be unchecked."""
    from PySide6.QtCore import Qt

    from calmfloor.ui.shell.main_window import Page

    window = make_window()
    three = next(
        b
        for b in window.breathing.findChildren(QPushButton)
        if b.accessibleName() == "Tension: 3 out of 10"
    )
    qtbot.mouseClick(three, Qt.MouseButton.LeftButton)
    assert three.isChecked()
    qtbot.mouseClick(three, Qt.MouseButton.LeftButton)
    assert not three.isChecked()
    breathe = window.findChild(QPushButton, f"nav-{int(Page.BREATHE)}")
    assert breathe is not None and breathe.isChecked()
    qtbot.mouseClick(breathe, Qt.MouseButton.LeftButton)
    assert breathe.isChecked()
    assert window.current_page() is Page.BREATHE


STACKS = 300  # stacks made and destroyed with a reader listening


def test_stacks_are_quiet_and_their_interfaces_live_and_die_with_them(qtbot: QtBot) -> None:
    """A stack is layout (AT-SPI "filler", which Orca never says), not a "layered pane"; the
    interfaces Python makes for them live as long as Qt holds them and go with their stacks,
    however many are built and destroyed while a reader listens."""
    import gc

    import shiboken6
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QStackedWidget

    from calmfloor.ui.kit.roles import install_reader_roles

    install_reader_roles()
    install_reader_roles()  # a second call installs nothing more
    was_active = QAccessible.isActive()
    QAccessible.setActive(True)  # as with a screen reader: widgets send events as they are made
    try:
        for number in range(STACKS):
            holder = QWidget()
            stack = QStackedWidget(holder)
            stack.addWidget(QPushButton("First", stack))
            stack.addWidget(QPushButton("Second", stack))
            if number % 2:
                stack.setAccessibleName("Steps")
            holder.show()
            iface = QAccessible.queryAccessibleInterface(stack)
            assert iface is not None
            ident = QAccessible.uniqueId(iface)
            del iface
            gc.collect()  # Qt still holds the interface: its Python object must live on
            again = QAccessible.queryAccessibleInterface(stack)
            assert again is not None and QAccessible.uniqueId(again) == ident
            assert again.role() == QAccessible.Role.Client
            assert again.text(QAccessible.Text.Name) == ("Steps" if number % 2 else "")
            assert again.childCount() == 2
            first = again.child(0)
            assert first is not None and first.text(QAccessible.Text.Name) == "First"
            assert again.indexOfChild(first) == 0
            assert again.child(2) is None
            del again, first
            shiboken6.delete(holder)
            assert QAccessible.accessibleInterface(ident) is None  # gone with its stack
    finally:
        QAccessible.setActive(was_active)
