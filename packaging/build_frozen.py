"""Build calmfloor as one folder with PyInstaller, then check the frozen app really works.

Usage::

    python packaging/build_frozen.py                 # build into build/frozen/ and check
    python packaging/build_frozen.py --skip-build    # check the existing build again
    python packaging/build_frozen.py --dist DIR      # build into DIR/calmfloor/

Needs PyInstaller in the running Python (the ``packaging`` extra) and everything calmfloor
needs. The checks run the frozen programs on the offscreen platform with a throwaway home
and data folder: ``--version``, ``--smoke-test``, ``--kiosk --smoke-test`` (which must
write nothing), ``routine validate`` on the bundled routines, a second launch handing over
to a running one (not on Windows), the PDF report, and, in a build made by this script
(Linux and Windows), ``calmfloor-frozen-check``: the History page with its pyqtgraph
charts, the sound cues, assets and Qt's translations from inside the folder (see
``packaging/pyinstaller/frozen_check.py``); that program is deleted afterwards. The size
of the folder and the results go to ``<dist>/report.json``. Exits 1 if anything failed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SPEC = REPO / "packaging" / "pyinstaller" / "calmfloor.spec"
DEFAULT_DIST = REPO / "build" / "frozen"
DEFAULT_WORK = REPO / "build" / "pyinstaller"
APP_NAME = "calmfloor"
CLI_NAME = "calmfloor-cli"
CHECK_NAME = "calmfloor-frozen-check"
CHECK_ENV = "CALMFLOOR_FROZEN_CHECK"
RUN_TIMEOUT_S = 120  # one frozen run; a cold start on a slow CI machine takes a few seconds
READY_TIMEOUT_S = 30  # for a running calmfloor to start listening for a second launch
BYTES_PER_MB = 1024 * 1024
# Python modules of Qt that must be in the folder (sound, single instance, body diagram,
# and what pyqtgraph imports for the History page), and some that must not.
QT_MODULES_PRESENT = (
    "QtCore",
    "QtGui",
    "QtWidgets",
    "QtSvg",
    "QtMultimedia",
    "QtTextToSpeech",
    "QtNetwork",
    "QtOpenGL",
    "QtOpenGLWidgets",
)
QT_MODULES_ABSENT = ("QtWebEngineCore", "QtQml", "QtQuick", "QtPdf", "QtSql", "QtTest", "QtCharts")


def read_version() -> str:
    """``calmfloor.__version__``, read from the source (calmfloor need not be installed)."""
    text = (REPO / "src" / "calmfloor" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"$', text, re.MULTILINE)
    if match is None:
        raise SystemExit("no __version__ in src/calmfloor/__init__.py")
    return match.group(1)


def shipped_languages() -> list[str]:
    """The languages of ``assets/translations/calmfloor_<lang>.ts|qm`` (as in the spec)."""
    sys.path.insert(0, str(SPEC.parent))
    from spec_support import shipped_languages as languages

    return sorted(languages(REPO / "assets" / "translations"))


def executable(folder: Path, name: str) -> Path:
    """The path of program ``name`` in the frozen folder."""
    return folder / (f"{name}.exe" if sys.platform == "win32" else name)


def build(dist: Path, work: Path) -> float:
    """Run PyInstaller on the spec; returns the seconds it took."""
    env = dict(os.environ)
    if sys.platform != "darwin":  # never inside a signed .app
        env[CHECK_ENV] = "1"
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    started = time.monotonic()
    subprocess.run(command, check=True, env=env, cwd=REPO)
    return time.monotonic() - started


def folder_size(folder: Path) -> tuple[int, int]:
    """Total bytes and number of files under ``folder`` (links counted as themselves)."""
    total = files = 0
    for root, _dirs, names in os.walk(folder):
        for name in names:
            total += os.lstat(os.path.join(root, name)).st_size
            files += 1
    return total, files


class CheckFailed(Exception):
    """A check found a problem (the message says which)."""


class CheckSkipped(Exception):
    """A check cannot run here; not a failure."""


class Checker:
    """Runs the frozen programs in a throwaway home and collects the results.

    Args:
        folder: the frozen ``calmfloor`` folder.
        scratch: an empty folder for homes, data folders and outputs.
    """

    def __init__(self, folder: Path, scratch: Path) -> None:
        self.folder = folder
        self.scratch = scratch
        self.home = scratch / "home"
        self.runtime = scratch / "run"
        for path in (self.home, self.runtime):
            path.mkdir(mode=0o700)
        self.results: dict[str, str] = {}
        # A GUI program on Windows has no standard output: read it through calmfloor-cli.
        self.app = executable(folder, CLI_NAME if sys.platform == "win32" else APP_NAME)

    @property
    def env(self) -> dict[str, str]:
        """The environment of every run: offscreen, nothing of the real user's."""
        env = dict(os.environ)
        env.pop("CALMFLOOR_DATA_DIR", None)
        env.pop("CALMFLOOR_POLICY_FILE", None)
        env["QT_QPA_PLATFORM"] = "offscreen"
        home = str(self.home)
        env.update(HOME=home, USERPROFILE=home, APPDATA=home, LOCALAPPDATA=home)
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            env[name] = str(self.home / name.lower())
        # Our own runtime folder (the single-instance socket goes there), but the user's
        # sound server stays reachable so the cues can be heard and checked.
        runtime = os.environ.get("XDG_RUNTIME_DIR")
        if runtime and "PULSE_SERVER" not in env and Path(runtime, "pulse", "native").exists():
            env["PULSE_SERVER"] = f"unix:{Path(runtime, 'pulse', 'native')}"
        if runtime:
            env.setdefault("PIPEWIRE_RUNTIME_DIR", runtime)
        env["XDG_RUNTIME_DIR"] = str(self.runtime)
        return env

    def run(self, program: Path, *args: str) -> subprocess.CompletedProcess[str]:
        """Run a frozen program to its end."""
        return subprocess.run(
            [str(program), *args],
            env=self.env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=RUN_TIMEOUT_S,
            check=False,
        )

    def check(self, name: str, action: Callable[[], str | None]) -> None:
        """Record ``action``'s result: None or a note when it passed, else the failure."""
        try:
            note = action()
        except CheckSkipped as skipped:
            self.results[name] = f"skipped: {skipped}"
        except CheckFailed as failure:
            self.results[name] = f"failed: {failure}"
        except (OSError, subprocess.SubprocessError) as exc:
            self.results[name] = f"failed: {type(exc).__name__}: {exc}"
        else:
            self.results[name] = f"passed{f' ({note})' if note else ''}"
        print(f"{name}: {self.results[name]}", flush=True)

    def expect(self, result: subprocess.CompletedProcess[str], text: str) -> None:
        """The run ended with status 0 and printed ``text``."""
        if result.returncode != 0 or text not in result.stdout:
            output = (result.stdout + result.stderr).strip()[-2000:]
            raise CheckFailed(
                f"exit status {result.returncode}, wanted {text!r}; output:\n{output}"
            )

    # ----- the checks ---------------------------------------------------------------

    def version(self, expected: str) -> str | None:
        """``calmfloor-cli --version`` prints ``calmfloor <expected>``."""
        result = self.run(executable(self.folder, CLI_NAME), "--version")
        self.expect(result, "calmfloor")
        if result.stdout.strip() != f"calmfloor {expected}":
            raise CheckFailed(f"printed {result.stdout.strip()!r}, not 'calmfloor {expected}'")
        return None

    def smoke(self) -> str | None:
        """``--smoke-test``: the main window shows and paints."""
        self.expect(
            self.run(self.app, "--smoke-test", "--data-dir", str(self.data("smoke"))),
            "smoke test passed",
        )
        return None

    def kiosk(self) -> str | None:
        """``--kiosk --smoke-test`` runs and creates no data folder, nothing named calmfloor."""
        data_dir = self.scratch / "kiosk-data"
        before = sorted(self.home.rglob("*"))
        self.expect(
            self.run(self.app, "--kiosk", "--smoke-test", "--data-dir", str(data_dir)),
            "smoke test passed",
        )
        written = [
            p for p in sorted(self.home.rglob("*")) if p not in before and "calmfloor" in str(p)
        ]
        if data_dir.exists() or written:
            raise CheckFailed(
                f"the kiosk wrote {[str(data_dir)] if data_dir.exists() else written}"
            )
        return None

    def routines(self) -> str | None:
        """``routine validate`` (a tool command) accepts every bundled routine."""
        files = sorted(
            (self.folder / "_internal" / "calmfloor" / "assets" / "routines").glob("*.toml")
        )
        if not files:
            raise CheckFailed("no routine files in the folder")
        result = self.run(
            executable(self.folder, CLI_NAME), "routine", "validate", *map(str, files)
        )
        self.expect(result, f"{len(files)} valid")
        return f"{len(files)} built-in routines valid"

    def policy_templates(self, dist: Path) -> str | None:
        """``policy generate``: the Group Policy, Intune and MDM templates, beside the build."""
        out = dist / "policy-templates"
        result = self.run(
            executable(self.folder, CLI_NAME), "policy", "generate", "--out", str(out)
        )
        self.expect(result, "calmfloor.admx")
        wanted = [
            "windows/calmfloor.admx",
            *(f"windows/{c}/calmfloor.adml" for c in ("en-US", "de-DE", "fa-IR")),
            "intune/oma-uri.md",
            "calmfloor-policy.schema.json",
            "macos/calmfloor.mobileconfig",
        ]
        missing = [name for name in wanted if not (out / name).is_file()]
        if missing:
            raise CheckFailed(f"not written: {', '.join(missing)}")
        return f"in {out}"

    def speech(self) -> str | None:
        """``voice list``: QtTextToSpeech loads and finds its engine plugins (not the mock)."""
        plugins = self.folder / "_internal" / "PySide6" / "Qt" / "plugins" / "texttospeech"
        if sys.platform == "darwin":
            plugins = self.folder / "Contents" / "Frameworks" / "PySide6" / "Qt" / "plugins"
        result = self.run(executable(self.folder, CLI_NAME), "voice", "list")
        self.expect(result, "Speech engines Qt lists:")
        listed = next(
            line for line in result.stdout.splitlines() if line.startswith("Speech engines")
        )
        engines = [e.strip() for e in listed.split(":", 1)[1].split(",")]
        if "mock" in engines:
            raise CheckFailed("Qt's mock speech engine was shipped")
        if engines == ["none"]:
            raise CheckFailed(f"no speech engine plugin found (looked in {plugins})")
        return "engines " + ", ".join(engines)

    def qt_modules(self) -> str | None:
        """The Qt modules calmfloor and pyqtgraph import are there; some unused ones are not."""
        names = {
            path.name.split(".")[0] for path in (self.folder / "_internal" / "PySide6").iterdir()
        }
        missing = [m for m in QT_MODULES_PRESENT if m not in names]
        unwanted = [m for m in QT_MODULES_ABSENT if m in names]
        if missing or unwanted:
            raise CheckFailed(f"missing {missing}, left in {unwanted}")
        return None

    def frozen_check(self, languages: Sequence[str], screenshot: Path) -> str | None:
        """``calmfloor-frozen-check``: History page, sound, assets, Qt translations."""
        program = executable(self.folder, CHECK_NAME)
        if not program.exists():
            raise CheckSkipped(f"{program.name} is not in this build")
        args = ["--data-dir", str(self.data("history")), "--screenshot", str(screenshot)]
        for language in languages:
            args += ["--language", language]
        result = self.run(program, *args)
        self.expect(result, "frozen check passed")
        return result.stdout.strip().removeprefix("frozen check passed").strip(" ()")

    def pdf_report(self) -> str | None:
        """``history export --format pdf`` writes a PDF (QPdfWriter in the frozen QtGui)."""
        data_dir = self.data("history")
        if not data_dir.exists():
            data_dir = self.data("smoke")  # an empty history: the report still has a page
        out = self.scratch / "report.pdf"
        cli = executable(self.folder, CLI_NAME)
        result = self.run(
            cli,
            "history",
            "export",
            "--format",
            "pdf",
            "--out",
            str(out),
            "--data-dir",
            str(data_dir),
        )
        self.expect(result, "Wrote")
        if not out.read_bytes().startswith(b"%PDF-"):
            raise CheckFailed(f"{out} is not a PDF")
        return result.stdout.strip()

    def single_instance(self) -> str | None:
        """A second launch hands its arguments to the running calmfloor and exits 0."""
        if sys.platform == "win32":
            raise CheckSkipped("not on Windows (named pipes, no socket file to wait for)")
        data_dir = str(self.data("instance"))

        def sockets() -> set[Path]:
            # the socket lives in calmfloor's private folder inside the runtime folder
            return {p for p in self.runtime.rglob("*") if p.is_socket()}

        sockets_before = sockets()
        first = subprocess.Popen(
            [str(self.app), "--data-dir", data_dir],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            deadline = time.monotonic() + READY_TIMEOUT_S
            while not any(p.name.startswith("calmfloor-") for p in sockets() - sockets_before):
                if first.poll() is not None or time.monotonic() > deadline:
                    raise CheckFailed(
                        f"the first calmfloor did not start listening (status {first.poll()})"
                    )
                time.sleep(0.1)
            started = time.monotonic()
            second = self.run(self.app, "--data-dir", data_dir, "--start", "breathing")
            if second.returncode != 0:
                status = second.returncode
                raise CheckFailed(f"the second launch ended with {status}: {second.stderr.strip()}")
            if first.poll() is not None:
                raise CheckFailed(f"the first calmfloor ended (status {first.returncode})")
            return f"handed over in {time.monotonic() - started:.1f} s"
        finally:
            first.terminate()
            try:
                first.wait(timeout=10)
            except subprocess.TimeoutExpired:
                first.kill()
                first.wait()

    def data(self, name: str) -> Path:
        """A data folder for one check (created by the app, not here)."""
        return self.scratch / f"{name}-data"


def run_checks(folder: Path, dist: Path, version: str) -> dict[str, str]:
    """Run every check; returns each one's "passed", "skipped: ..." or "failed: ..." line."""
    with tempfile.TemporaryDirectory(prefix="calmfloor-frozen-") as scratch:
        checker = Checker(folder, Path(scratch))
        checker.check("qt modules", checker.qt_modules)
        checker.check("version", lambda: checker.version(version))
        checker.check("smoke test", checker.smoke)
        checker.check("kiosk writes nothing", checker.kiosk)
        checker.check("routine validate", checker.routines)
        checker.check("speech module", checker.speech)
        checker.check("policy templates", lambda: checker.policy_templates(dist))
        screenshot = dist / "frozen-history.png"
        checker.check("frozen check", lambda: checker.frozen_check(shipped_languages(), screenshot))
        checker.check("pdf report", checker.pdf_report)
        checker.check("single instance", checker.single_instance)
        return checker.results


def main(argv: Sequence[str] | None = None) -> int:
    """Build (unless ``--skip-build``), check, report; 0 when every check passed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--dist", type=Path, default=DEFAULT_DIST, help="output folder (default build/frozen)"
    )
    parser.add_argument("--skip-build", action="store_true", help="check the existing build only")
    parser.add_argument(
        "--keep-check", action="store_true", help=f"keep {CHECK_NAME} in the folder"
    )
    args = parser.parse_args(argv)
    dist = args.dist.resolve()
    folder = dist / APP_NAME
    version = read_version()
    build_s = None
    if not args.skip_build:
        build_s = build(dist, DEFAULT_WORK)
        print(f"built {folder} in {build_s:.0f} s")
    if not executable(folder, APP_NAME).exists():
        print(f"no frozen calmfloor in {folder}", file=sys.stderr)
        return 1
    results = run_checks(folder, dist, version)
    check_program = executable(folder, CHECK_NAME)
    if check_program.exists() and not args.keep_check:
        check_program.unlink()
    size, files = folder_size(folder)
    report = {
        "version": version,
        "platform": f"{sys.platform} {platform.machine()}",
        "python": platform.python_version(),
        "build_seconds": None if build_s is None else round(build_s, 1),
        "size_mb": round(size / BYTES_PER_MB, 1),
        "files": files,
        "checks": results,
    }
    (dist / "report.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"{folder}: {report['size_mb']} MB in {files} files (report: {dist / 'report.json'})")
    failed = [name for name, result in results.items() if result.startswith("failed")]
    if failed:
        print(f"FAILED: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
