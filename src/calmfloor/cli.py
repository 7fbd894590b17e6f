"""The command-line parser: pure, so --version and --help need no display."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from calmfloor import __version__

MAX_MINUTES = 60.0
MAX_BREATHS = 300


@dataclass(frozen=True, slots=True)
class Options:
    """What the command line asked for.

    Attributes:
        data_dir: keep every file calmfloor writes under this folder (None: the OS default).
        smoke_test: build and show the window, run briefly, exit 0.
        start: open straight into a session of this kind ("breathing"), or None.
        pattern: the pattern to start with (by name), or None for the last used one.
        minutes: session length in minutes, or None.
        breaths: session length in breaths, or None.
        kiosk: run as a waiting-room kiosk (also turned on by the clinic policy).
        policy_file: the clinic policy file to use instead of the system ones, or None.
    """

    data_dir: Path | None = None
    smoke_test: bool = False
    start: str | None = None
    pattern: str | None = None
    minutes: float | None = None
    breaths: int | None = None
    kiosk: bool = False
    policy_file: Path | None = None


def _minutes(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of minutes: {text!r}") from None
    if not 0.5 <= value <= MAX_MINUTES:
        raise argparse.ArgumentTypeError(f"minutes must be between 0.5 and {MAX_MINUTES:g}")
    return value


def _breaths(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number of breaths: {text!r}") from None
    if not 1 <= value <= MAX_BREATHS:
        raise argparse.ArgumentTypeError(f"breaths must be between 1 and {MAX_BREATHS}")
    return value


ENVIRONMENT_EPILOG = "Environment: CALMFLOOR_DATA_DIR has the same effect as --data-dir. "


class _Parser(argparse.ArgumentParser):
    """Names the tools in its epilog, importing them only when the help is printed.

    The tool commands (and the core modules they use) are not needed to start the window,
    so a start-up never imports them (docs/performance.md).
    """

    def format_help(self) -> str:
        if not self.epilog:
            from calmfloor.commands import tools_epilog

            self.epilog = ENVIRONMENT_EPILOG + tools_epilog()
        return super().format_help()


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (English; shown in a terminal before Qt is loaded)."""
    parser = _Parser(
        prog="calmfloor",
        description=(
            "Paced breathing and relaxation for pelvic-floor, buttock and hip muscle spasm. "
            "Everything stays on this computer."
        ),
    )
    parser.add_argument("--version", action="version", version=f"calmfloor {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="keep every file calmfloor writes (history, settings) under DIR",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="build and show the main window, run it briefly, then exit (for CI)",
    )
    parser.add_argument(
        "--start",
        choices=["breathing"],
        help="open straight into a session (for desktop shortcuts)",
    )
    parser.add_argument("--pattern", metavar="NAME", help="breathing pattern to use with --start")
    length = parser.add_mutually_exclusive_group()
    length.add_argument("--minutes", type=_minutes, metavar="N", help="session length in minutes")
    length.add_argument("--breaths", type=_breaths, metavar="N", help="session length in breaths")
    parser.add_argument(
        "--kiosk",
        action="store_true",
        help="waiting-room kiosk: full screen, guests leave nothing on disk, staff PIN to leave",
    )
    parser.add_argument(
        "--policy-file",
        type=Path,
        metavar="FILE",
        help="use this clinic policy file instead of the system ones "
        "(also CALMFLOOR_POLICY_FILE); see docs/clinic-deployment.md",
    )
    return parser


def parse_args(argv: Sequence[str]) -> Options:
    """Parse ``argv`` (without the program name). Exits with status 2 on bad usage."""
    parser = build_parser()
    ns = parser.parse_args(list(argv))
    if ns.start is None and any(v is not None for v in (ns.pattern, ns.minutes, ns.breaths)):
        parser.error("--pattern, --minutes and --breaths go with --start breathing")
    return Options(
        data_dir=ns.data_dir,
        smoke_test=ns.smoke_test,
        start=ns.start,
        pattern=ns.pattern,
        minutes=ns.minutes,
        breaths=ns.breaths,
        kiosk=ns.kiosk,
        policy_file=ns.policy_file,
    )
