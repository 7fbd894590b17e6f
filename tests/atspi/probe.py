"""Reads calmfloor's real AT-SPI tree as a screen reader would (Debian's python3 + pyatspi)."""

# Not collected by pytest: tests/ui/test_atspi.py starts Xvfb and a private D-Bus session and
# runs this with /usr/bin/python3 (the system Python has pyatspi and gi; the project's virtual
# environment does not). It starts calmfloor itself, once per scenario, each in its own
# process group and data folder, and writes what it found as JSON:
#   pages:  every page through the AT-SPI Action interface on the navigation buttons, each
#           History tab, the pattern dialog, the Relax, Heat and Breathe screens a patient
#           reaches (running, paused, finished), the F1 shortcuts dialog.
#   kiosk:  the waiting-room welcome screen and the staff PIN dialog.
#   events: what a reader is sent while a breathing session, a routine and a heat pack run.
#   speech: what Orca's own speech generator says for a page button, a rating, a heat area.
# A control a reader cannot name is FOCUSABLE and SHOWING (or VISIBLE: scrolled out of view on
# the current page) with an empty name and no LABELLED_BY relation, or a combo box with no
# label (on Linux Qt reports a combo box's current text as its name).

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time
import traceback

import pyatspi
from gi.repository import GLib

APP_NAME = "calmfloor"
APP_WAIT_S = 60.0  # a cold start under Xvfb on a slow, busy CI machine
PAGE_WAIT_S = 30.0  # History imports pyqtgraph when first opened
SETTLE_S = 0.25
MAX_DEPTH = 60
NAV = ("Breathe", "Relax", "Heat pack", "History", "Settings")
EVENT_KINDS = (
    "object:announcement",
    "object:text-changed",
    "object:property-change:accessible-name",
    "object:property-change:accessible-description",
    "object:property-change:accessible-value",
    "object:value-changed",
)


class ProbeError(Exception):
    """A step of a scenario could not be done (the app did not appear, a button is missing)."""


# ----- the tree ------------------------------------------------------------------------------


def safe(call, default=None):
    """Call ``call()``; an object that went away while we looked gives ``default``."""
    try:
        return call()
    except Exception:
        return default


def describe(obj) -> str:
    """``push button 'Start'`` for a path element."""
    role = safe(obj.getRoleName, "?")
    name = safe(lambda: obj.name, "") or ""
    return f"{role} {name!r}" if name else role


def children(obj):
    count = safe(lambda: obj.childCount, 0) or 0
    for index in range(min(count, 2000)):
        child = safe(lambda i=index: obj.getChildAtIndex(i))
        if child is not None:
            yield child


def walk(root, visible_only=True):
    """Yield ``(obj, path, states)`` for ``root`` and the objects under it.

    With ``visible_only`` a subtree that is neither showing nor visible (another page of a
    stack) is skipped: its controls cannot be reached, so they are checked when shown.
    """
    stack = [(root, [describe(root)], 0)]
    while stack:
        obj, path, depth = stack.pop()
        state = safe(obj.getState)
        if state is None:
            continue
        showing = state.contains(pyatspi.STATE_SHOWING)
        visible = state.contains(pyatspi.STATE_VISIBLE)
        yield obj, path, state
        if depth >= MAX_DEPTH or (visible_only and not (showing or visible) and depth > 0):
            continue
        kids = list(children(obj))
        for child in reversed(kids):
            stack.append((child, [*path, describe(child)], depth + 1))


def identity(obj) -> str:
    """The same text for the same object however its name changes (its D-Bus path)."""
    path = safe(lambda: obj.path)
    if path:
        return str(path)
    steps = []
    while obj is not None and len(steps) < MAX_DEPTH:
        steps.append(str(safe(obj.getIndexInParent, "?")))
        obj = safe(lambda o=obj: o.parent)
    return "/".join(reversed(steps))


def is_reachable(state) -> bool:
    return state.contains(pyatspi.STATE_FOCUSABLE) and (
        state.contains(pyatspi.STATE_SHOWING) or state.contains(pyatspi.STATE_VISIBLE)
    )


def labels(obj) -> list[str]:
    """The names of the objects ``obj`` is LABELLED_BY (a buddy label, a titled group box)."""
    found = []
    for relation in safe(obj.getRelationSet, []) or []:
        if safe(relation.getRelationType) != pyatspi.RELATION_LABELLED_BY:
            continue
        for index in range(safe(relation.getNTargets, 0) or 0):
            target = safe(lambda r=relation, i=index: r.getTarget(i))
            if target is not None:
                found.append(safe(lambda t=target: t.name, "") or "")
    return [text for text in found if text.strip()]


def audit(root, screen: str) -> dict:
    """Every reachable focusable object under ``root``, and those a reader cannot name.

    On Linux Qt reports a combo box's current text as its name (the label comes through the
    LABELLED_BY relation), so a combo box needs a buddy label or a titled group box.
    """
    focusable, offenders, names, layered = 0, [], [], []
    for obj, path, state in walk(root):
        if state.contains(pyatspi.STATE_SHOWING) and safe(obj.getRoleName) == "layered pane":
            layered.append(" > ".join(path))  # what Orca said before a page's controls
        if not is_reachable(state):
            continue
        focusable += 1
        name = (safe(lambda o=obj: o.name, "") or "").strip()
        role = safe(obj.getRoleName, "?")
        label = labels(obj)
        names.append(f"{role}: {name}" + (f" (labelled by {' / '.join(label)})" if label else ""))
        problem = ""
        if not name and not label:
            problem = "no name"
        elif role == "combo box" and not label:
            problem = "a combo box with no label: a reader hears only its value"
        if problem:
            offenders.append(
                {
                    "role": role,
                    "name": name,
                    "problem": problem,
                    "path": " > ".join(path),
                    "description": safe(lambda o=obj: o.description, "") or "",
                }
            )
    return {
        "screen": screen,
        "focusable": focusable,
        "offenders": offenders,
        "names": names,
        "layered": layered,
    }


def find(root, role: str | None = None, name: str | None = None, showing: bool = True):
    """The first object under ``root`` with this role and name (showing ones only)."""
    for obj, _path, state in walk(root):
        if showing and not state.contains(pyatspi.STATE_SHOWING):
            continue
        if role is not None and safe(obj.getRoleName) != role:
            continue
        if name is not None and (safe(lambda o=obj: o.name, "") or "") != name:
            continue
        return obj
    return None


def wait_for(check, timeout_s: float, what: str):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        found = safe(check)
        if found:
            return found
        time.sleep(0.1)
    raise ProbeError(f"timed out after {timeout_s:g} s waiting for {what}")


def press(obj, what: str) -> None:
    """Do the object's first action ("Press", "Toggle"), as a screen reader user would."""

    def ready():
        # a disabled button offers no action yet (the heat timer's Start waits for an area)
        action = safe(obj.queryAction)
        return action if action is not None and action.nActions >= 1 else None

    try:
        action = wait_for(ready, PAGE_WAIT_S, f"{what} to offer an action")
    except ProbeError:
        raise ProbeError(f"{what} has no AT-SPI action") from None
    if not action.doAction(0):
        raise ProbeError(f"the action of {what} failed")


BUTTON_ROLES = ("push button", "check box", "toggle button", "radio button")


def press_named(root, name: str, roles=BUTTON_ROLES) -> None:
    """Press the showing button called ``name`` (or, ending in "...", starting with it)."""

    def look():
        for obj, _path, state in walk(root):
            if not state.contains(pyatspi.STATE_SHOWING) or safe(obj.getRoleName) not in roles:
                continue
            text = safe(lambda o=obj: o.name, "") or ""
            if text == name or (name.endswith("...") and text.startswith(name[:-3])):
                return obj
        return None

    obj = wait_for(look, PAGE_WAIT_S, f"a button called {name!r}")
    press(obj, repr(name))


def settled(root) -> None:
    """Wait until what is shown stops changing (a page was built, a dialog laid out)."""
    previous = None
    deadline = time.monotonic() + PAGE_WAIT_S
    while time.monotonic() < deadline:
        time.sleep(SETTLE_S)
        now = [
            " > ".join(path)
            for _obj, path, state in walk(root)
            if state.contains(pyatspi.STATE_SHOWING)
        ]
        if now == previous:
            return
        previous = now


# ----- the app -------------------------------------------------------------------------------


class App:
    """One calmfloor process in its own process group, found in the AT-SPI registry by pid."""

    def __init__(self, options, label: str, extra: list[str]) -> None:
        data = os.path.join(options.work, label)
        os.makedirs(data, exist_ok=True)
        env = dict(os.environ)
        env.update(
            {
                "PYTHONPATH": options.src,
                "QT_QPA_PLATFORM": "xcb",
                "QT_ACCESSIBILITY": "1",
                "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
                "LANGUAGE": "en",
                "LANG": "C.UTF-8",
                "LC_ALL": "C.UTF-8",
                "PYTHONDONTWRITEBYTECODE": "1",
            }
        )
        env.pop("CALMFLOOR_POLICY_FILE", None)
        env.pop("CALMFLOOR_DATA_DIR", None)
        command = [options.python, "-m", "calmfloor", "--data-dir", data, *extra]
        self.log_path = os.path.join(options.work, f"{label}.log")
        self.log = open(self.log_path, "wb")  # noqa: SIM115 - closed in stop()
        # in the probe's process group: the test ends the whole group on the way out
        self.process = subprocess.Popen(
            command, cwd=options.src, env=env, stdout=self.log, stderr=subprocess.STDOUT
        )
        self.label = label
        self.root = None

    def wait(self):
        def registered():
            if self.process.poll() is not None:
                raise ProbeError(f"calmfloor exited with {self.process.returncode}: {self.tail()}")
            desktop = pyatspi.Registry.getDesktop(0)
            for app in children(desktop):
                if safe(app.get_process_id) == self.process.pid:
                    frames = [
                        c
                        for c in children(app)
                        if safe(c.getState) is not None
                        and c.getState().contains(pyatspi.STATE_SHOWING)
                    ]
                    return app if frames else None
            return None

        deadline = time.monotonic() + APP_WAIT_S
        while time.monotonic() < deadline:
            try:
                found = registered()
            except ProbeError:
                raise
            except Exception:
                found = None
            if found is not None:
                self.root = found
                settled(found)
                return found
            time.sleep(0.2)
        raise ProbeError(f"calmfloor did not appear in the AT-SPI registry: {self.tail()}")

    def tail(self) -> str:
        self.log.flush()
        with open(self.log_path, "rb") as log:
            return log.read()[-2000:].decode("utf-8", "replace")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()


def window(app, role: str | None = "frame"):
    """A showing top-level window of ``app`` with this role (None: any but a dialog)."""
    for child in children(app):
        state = safe(child.getState)
        if state is None or not state.contains(pyatspi.STATE_SHOWING):
            continue
        found = safe(child.getRoleName)
        if found == role or (role is None and found != "dialog"):
            return child
    return None


def dialog(app):
    return window(app, "dialog")


# ----- scenarios -----------------------------------------------------------------------------


def scenario_pages(options, out: dict) -> None:
    app = App(options, "pages", ["--policy-file", options.policy])
    try:
        root = app.wait()
        frame = wait_for(lambda: window(root), APP_WAIT_S, "the main window")
        screens = out["screens"]
        screens.append(audit(frame, "Breathe"))
        for page in NAV[1:]:
            press_named(frame, page)
            settled(frame)
            screens.append(audit(frame, page))
            if page == "History":
                history_tabs(frame, screens)
        # deeper screens a patient reaches, each named by what was pressed to get there
        walkthrough(root, frame, screens)
    finally:
        app.stop()


def history_tabs(frame, screens: list) -> None:
    tabs = find(frame, "page tab list")
    if tabs is None:
        screens.append({"screen": "History tabs", "error": "no page tab list is showing"})
        return
    for tab in [c for c in children(tabs) if safe(c.getRoleName) == "page tab"]:
        name = safe(lambda t=tab: t.name, "") or "?"
        selection = safe(tabs.querySelection)
        index = safe(tab.getIndexInParent)
        if selection is not None and index is not None:
            selection.selectChild(index)
        else:
            press(tab, f"tab {name!r}")
        settled(frame)
        screens.append(audit(frame, f"History: {name}"))


def walkthrough(root, frame, screens: list) -> None:
    """Screens behind the first one of a page: dialogs, running and finished sessions."""

    def step(label: str, *presses: str, page: str | None = None) -> None:
        try:
            if page is not None:
                press_named(frame, page)
                settled(frame)
            for name in presses:
                press_named(frame, name)
                settled(frame)
            screens.append(audit(frame, label))
        except ProbeError as problem:
            screens.append({"screen": label, "error": str(problem)})

    try:
        press_named(frame, "Breathe")
        settled(frame)
        press_named(frame, "New pattern")
        found = wait_for(lambda: dialog(root), PAGE_WAIT_S, "the pattern dialog")
        settled(found)
        screens.append(audit(found, "Breathe: new pattern dialog"))
        press_named(found, "Cancel")
        wait_for(lambda: dialog(root) is None, PAGE_WAIT_S, "the dialog to close")
    except ProbeError as problem:
        screens.append({"screen": "Breathe: new pattern dialog", "error": str(problem)})

    step("Breathe: running", "Start breathing")
    step("Breathe: paused", "Pause")
    step("Breathe: finished", "Stop")
    step("Breathe: setup again", "Skip the ratings")

    step("Relax: routine chosen", "I understand the caution", page="Relax")
    step("Relax: running", "Start routine")
    step("Relax: finished", "Stop the routine")

    step("Heat pack: safety checklist", page="Heat pack")
    step("Heat pack: set up", "I've read this...", "Lower back")
    step("Heat pack: running", "Start the heat timer")
    step("Heat pack: paused", "Pause (pack off)")
    step("Heat pack: finished", "I've removed the pack")
    step("Heat pack: set up again", "Done, back to the heat pack setup")
    shortcuts_dialog(root, frame, screens)


def shortcuts_dialog(root, frame, screens: list) -> None:
    """The F1 keyboard shortcuts dialog, when the app has a button for it."""
    for name in ("Keyboard shortcuts", "Shortcuts", "Help"):
        button = find(frame, None, name)
        if button is not None and safe(button.queryAction) is not None:
            press(button, repr(name))
            found = wait_for(lambda: dialog(root), PAGE_WAIT_S, "the shortcuts dialog")
            settled(found)
            screens.append(audit(found, "Keyboard shortcuts dialog"))
            close = find(found, "push button", "Close")
            if close is not None:
                press(close, "Close")
            return
    screens.append({"screen": "Keyboard shortcuts dialog", "skipped": "no button opens it"})


def scenario_kiosk(options, out: dict) -> None:
    app = App(
        options, "kiosk", ["--kiosk", "--policy-file", options.kiosk_policy or options.policy]
    )
    try:
        root = app.wait()
        shell = wait_for(lambda: window(root, None), APP_WAIT_S, "the kiosk")
        out["screens"].append(audit(shell, "Kiosk welcome"))
        try:
            press_named(shell, "Staff")
            found = wait_for(lambda: dialog(root), PAGE_WAIT_S, "the staff PIN dialog")
            settled(found)
            out["screens"].append(audit(found, "Kiosk staff PIN dialog"))
            press_named(found, "Cancel")
            wait_for(lambda: dialog(root) is None, PAGE_WAIT_S, "the PIN dialog to close")
        except ProbeError as problem:
            out["screens"].append({"screen": "Kiosk staff PIN dialog", "error": str(problem)})
        try:
            press_named(shell, "Relax")
            guest = wait_for(lambda: window(root, None), PAGE_WAIT_S, "the guest's window")
            wait_for(lambda: find(guest, None, "Start routine"), PAGE_WAIT_S, "the guest's routine")
            settled(guest)
            out["screens"].append(audit(guest, "Kiosk guest: Relax"))
        except ProbeError as problem:
            out["screens"].append({"screen": "Kiosk guest: Relax", "error": str(problem)})
    finally:
        app.stop()


def scenario_events(options, out: dict) -> None:
    """Listen like a screen reader while a breathing session, a routine and a heat pack run.

    The breathing session is started from the command line (``--start breathing --minutes
    1``), the routine and the heat timer through their buttons. Each is listened to alone:
    what was sent while the probe pressed buttons is drained first and not counted.
    """
    extra = ["--policy-file", options.policy, "--start", "breathing", "--minutes", "1"]
    app = App(options, "events", extra)
    events: list[dict] = []
    clock = {"started": time.monotonic()}

    def on_event(event) -> None:
        source = event.source
        data = event.any_data
        events.append(
            {
                "t": round(time.monotonic() - clock["started"], 2),
                "type": event.type,
                "id": identity(source),
                "role": safe(source.getRoleName, "?"),
                "name": safe(lambda: source.name, "") or "",
                "data": data if isinstance(data, str | int | float) else str(data),
            }
        )

    def drain() -> None:
        context = GLib.MainContext.default()
        while context.iteration(False):
            pass

    def listen(seconds: float) -> list[dict]:
        drain()
        events.clear()
        pyatspi.Registry.registerEventListener(on_event, *EVENT_KINDS)
        clock["started"] = time.monotonic()
        GLib.timeout_add(int(seconds * 1000), pyatspi.Registry.stop)
        pyatspi.Registry.start()
        pyatspi.Registry.deregisterEventListener(on_event, *EVENT_KINDS)
        return list(events)

    heard = out["events"] = {}
    try:
        root = app.wait()
        frame = wait_for(lambda: window(root), APP_WAIT_S, "the main window")
        wait_for(lambda: find(frame, "push button", "Pause"), PAGE_WAIT_S, "a running session")
        settled(frame)
        heard["breathing"] = {"seconds": options.listen_s, "list": listen(options.listen_s)}
        to_routine = ("Stop", "Skip the ratings", "Relax", "I understand the caution")
        for name in (*to_routine, "Start routine"):
            press_named(frame, name)
        wait_for(lambda: find(frame, "push button", "Stop the routine"), PAGE_WAIT_S, "a routine")
        settled(frame)
        heard["relax"] = {"seconds": options.short_listen_s, "list": listen(options.short_listen_s)}
        for name in ("Stop the routine", "Skip the ratings", "Heat pack", "I've read this..."):
            press_named(frame, name)
        for name in ("Lower back", "Start the heat timer"):
            press_named(frame, name)
        wait_for(lambda: find(frame, "push button", "I've removed the pack"), PAGE_WAIT_S, "heat")
        settled(frame)
        heard["heat"] = {"seconds": options.short_listen_s, "list": listen(options.short_listen_s)}
        press_named(frame, "I've removed the pack")
    finally:
        app.stop()


def scenario_speech(options, out: dict) -> None:
    """What Orca's own speech generator says when the focus lands on a page button, the
    rating 0 and a heat area: its utterances, without speech-dispatcher or audio."""
    # Orca keeps its settings in the home folder: a scratch one, never the user's
    os.environ["HOME"] = os.path.join(options.work, "orca-home")
    os.makedirs(os.environ["HOME"], exist_ok=True)
    try:
        from orca import settings_manager, speech
        from orca.scripts import default
    except ImportError as missing:
        out["speech"] = {"skipped": f"Orca is not installed ({missing})"}
        return
    settings_manager.getManager().activate()
    app = App(options, "speech", ["--policy-file", options.policy])
    said = out["speech"] = {}
    try:
        root = app.wait()
        frame = wait_for(lambda: window(root), APP_WAIT_S, "the main window")
        script = default.Script(root)

        def utterances(obj, prior) -> list[str]:
            heard: list[str] = []
            original = speech._speak
            speech._speak = lambda text, _acss, _interrupt: heard.append(text)
            try:
                speech.speak(script.speechGenerator.generateSpeech(obj, priorObj=prior))
            finally:
                speech._speak = original
            return heard

        def control(role: str, name: str):
            return wait_for(lambda: find(frame, role, name), PAGE_WAIT_S, f"{role} {name!r}")

        page = control("radio button", "Breathe")
        said["page button"] = utterances(page, None)
        rating = control("radio button", "Tension: 0 out of 10, relaxed")
        said["rating 0"] = utterances(rating, page)
        press_named(frame, "Heat pack")
        press_named(frame, "I've read this...")
        settled(frame)
        area = control("radio button", "Lower back")
        said["heat area"] = utterances(area, page)
    finally:
        app.stop()


SCENARIOS = {
    "pages": scenario_pages,
    "kiosk": scenario_kiosk,
    "events": scenario_events,
    "speech": scenario_speech,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", required=True, help="the Python that runs calmfloor")
    parser.add_argument("--src", required=True, help="the folder that holds the calmfloor package")
    parser.add_argument("--work", required=True, help="a scratch folder (data folders, logs)")
    parser.add_argument("--policy", required=True, help="a clinic policy file (no kiosk)")
    parser.add_argument("--kiosk-policy", help="the policy for the kiosk (with a staff PIN)")
    parser.add_argument("--out", required=True, help="where to write the JSON result")
    parser.add_argument("--listen-s", type=float, default=10.0, help="breathing session")
    parser.add_argument("--short-listen-s", type=float, default=5.0, help="routine, heat pack")
    parser.add_argument("scenarios", nargs="*", default=list(SCENARIOS))
    options = parser.parse_args()
    # a test that gives up sends SIGTERM: stop the app of the scenario on the way out
    signal.signal(signal.SIGTERM, lambda _signum, _frame: sys.exit(1))
    out: dict = {"screens": [], "errors": [], "timing": {}}
    for name in options.scenarios:
        began = time.monotonic()
        try:
            SCENARIOS[name](options, out)
        except Exception as problem:
            out["errors"].append(f"{name}: {problem}\n{traceback.format_exc()}")
        out["timing"][name] = round(time.monotonic() - began, 1)
        with open(options.out, "w", encoding="utf-8") as handle:
            json.dump(out, handle, indent=1, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
