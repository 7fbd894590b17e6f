"""Command-line tools that need no window, such as ``calmfloor routine validate FILE...``.

Each tool is a :class:`ToolCommand` in :data:`TOOL_COMMANDS`; :func:`run_tool` runs one when
the command line names it, and ``app.main`` starts the app otherwise. Output is English
(a terminal, before any translation is loaded); heavy modules are imported by the handler
that needs them, so ``calmfloor --help`` stays fast and nothing here imports Qt.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from calmfloor.core.routine import Problem

DATA_DIR_OPTION = "--data-dir"
ROUTINES_ASSET_DIR = "routines"

Handler = Callable[[argparse.Namespace], int]
"""Runs one tool subcommand with its parsed arguments; returns the exit status."""


class ToolExit(IntEnum):
    """Exit statuses of the tools."""

    OK = 0
    FAILED = 1  # something given was invalid, or the tool could not finish
    USAGE = 2  # argparse's own status for bad arguments
    INTERRUPTED = 130  # Ctrl+C, as shells report it


@dataclass(frozen=True, slots=True)
class ToolCommand:
    """One tool, named by the first word on the command line (``routine``).

    Attributes:
        summary: what it does, one line for ``--help``.
        examples: how it is called, without the program name, for ``calmfloor --help``.
        add_arguments: adds its subcommands to its parser; each one stores its
            :data:`Handler` as ``run`` with ``set_defaults``.
    """

    summary: str
    examples: tuple[str, ...]
    add_arguments: Callable[[argparse.ArgumentParser], None]


def run_tool(argv: Sequence[str]) -> int | None:
    """Run the tool ``argv`` names; None when it names none (start the app then).

    A tool is named by the first argument, or the first after ``--data-dir DIR``. Usage
    errors print argparse's message and return 2; any other error is reported in one
    line, never as a traceback.

    Args:
        argv: the arguments, without the program name.
    """
    args = list(argv)
    if tool_name(args) is None:
        return None
    try:
        namespace = build_tool_parser().parse_args(args)
    except SystemExit as exit_:  # --help or a usage error; argparse has printed it
        return _exit_status(exit_.code)
    handler: Handler = namespace.run
    try:
        return int(handler(namespace))
    except KeyboardInterrupt:
        _err("calmfloor: stopped.")
        return ToolExit.INTERRUPTED
    except Exception as exc:  # a tool reports failure in a line, never as a traceback
        _err(f"calmfloor {namespace.tool}: could not finish ({type(exc).__name__}: {exc}).")
        return ToolExit.FAILED


def tool_name(argv: Sequence[str]) -> str | None:
    """The tool ``argv`` names, or None; only ``--data-dir`` may come before it."""
    index = 0
    while index < len(argv):
        token = argv[index]
        option, has_value, _ = token.partition("=")
        if len(option) > 2 and DATA_DIR_OPTION.startswith(option):  # argparse abbreviations
            index += 1 if has_value else 2
            continue
        return token if token in TOOL_COMMANDS else None
    return None


def _exit_status(code: str | int | None) -> int:
    if code is None:
        return ToolExit.OK
    if isinstance(code, int):
        return code
    _err(code)
    return ToolExit.USAGE


def build_tool_parser() -> argparse.ArgumentParser:
    """The parser of every tool (English; no Qt)."""
    parser = argparse.ArgumentParser(
        prog="calmfloor",
        description="calmfloor's command-line tools; they need no window.",
    )
    parser.add_argument(
        DATA_DIR_OPTION,
        type=Path,
        metavar="DIR",
        help="the folder calmfloor keeps its files in (as for the app)",
    )
    tools = parser.add_subparsers(dest="tool", metavar="TOOL", required=True)
    for name, command in TOOL_COMMANDS.items():
        tool_parser = tools.add_parser(name, help=command.summary, description=command.summary)
        command.add_arguments(tool_parser)
    return parser


def tools_epilog() -> str:
    """A paragraph for ``calmfloor --help`` naming every tool."""
    calls = "; ".join(f"calmfloor {e}" for c in TOOL_COMMANDS.values() for e in c.examples)
    return f"Tools that need no window: {calls}. Add --help after a tool's name for more."


def _emit(text: str, stream: TextIO | None) -> None:
    """Write one line; characters the terminal cannot show are escaped, not fatal."""
    if stream is None:  # a GUI-script launch on Windows has no console
        return
    try:
        stream.write(text + "\n")
    except UnicodeEncodeError:
        encoding = getattr(stream, "encoding", None) or "ascii"
        stream.write(text.encode(encoding, "backslashreplace").decode(encoding) + "\n")


def _out(text: str) -> None:
    _emit(text, sys.stdout)


def _err(text: str) -> None:
    _emit(text, sys.stderr)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _minutes(seconds: float) -> str:
    return f"{round(seconds / 60, 1):g}"


# -- calmfloor routine ---------------------------------------------------------------------


def _add_routine_commands(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    validate = actions.add_parser(
        "validate",
        help="check routine files and explain every problem",
        description=(
            "Check routine files (TOML) and explain every problem found. Exit status: "
            "0 when every file is valid, 1 when any is not, 2 for a usage error."
        ),
    )
    validate.add_argument("files", nargs="+", type=Path, metavar="FILE", help="a routine file")
    validate.set_defaults(run=routine_validate)
    listing = actions.add_parser(
        "list",
        help="list the built-in routines and your own",
        description="List the built-in routines and your own, with their ids and lengths.",
    )
    listing.add_argument(
        DATA_DIR_OPTION,
        type=Path,
        metavar="DIR",
        default=argparse.SUPPRESS,  # keep a --data-dir given before "routine"
        help="the folder calmfloor keeps its files in (as for the app)",
    )
    listing.set_defaults(run=routine_list)


def routine_validate(namespace: argparse.Namespace) -> int:
    """``routine validate FILE...``: one line per valid file, every problem on stderr.

    Two files with the same id are reported as a ``duplicate_id`` problem of the later one,
    since calmfloor would load only the first.
    """
    from calmfloor.storage.routines_store import duplicate_problem, read_routine_file

    files: list[Path] = namespace.files
    first_with_id: dict[str, Path] = {}
    invalid = 0
    for path in files:
        routine, problems = read_routine_file(path)
        if routine is not None:
            other = first_with_id.setdefault(routine.id, path)
            if not _same_file(other, path):
                problems = [duplicate_problem(path, routine.id, other)]
                routine = None
        if routine is None:
            invalid += 1
            _report(problems)
            continue
        _out(
            f"{path}: OK — {routine.name} ({routine.id} v{routine.version}), "
            f"{_minutes(routine.planned_s())} min, {_plural(len(routine.steps), 'step')}"
        )
    summary = f"{_plural(len(files), 'file')} checked: {len(files) - invalid} valid"
    _out(f"{summary}, {invalid} with problems." if invalid else f"{summary}.")
    return ToolExit.FAILED if invalid else ToolExit.OK


def _same_file(first: Path, second: Path) -> bool:
    try:
        return first.samefile(second)
    except OSError:
        return first == second


def _report(problems: Sequence[Problem]) -> None:
    for problem in problems:
        _err(str(problem))


_SOURCE_NAMES = {"builtin": "built-in", "clinic": "clinic", "user": "yours"}


def routine_list(namespace: argparse.Namespace) -> int:
    """``routine list``: the built-in routines and the user's own, as a table."""
    from calmfloor.resources import asset_dir
    from calmfloor.storage.paths import resolve_paths
    from calmfloor.storage.routines_store import load_routines

    user_dir = resolve_paths(namespace.data_dir).routines_dir
    try:
        builtin_dir = asset_dir(ROUTINES_ASSET_DIR)
    except FileNotFoundError as exc:
        _err(f"calmfloor routine list: the built-in routines are missing ({exc}).")
        return ToolExit.FAILED
    loaded, problems = load_routines(builtin_dir, user_dir)
    rows = [("ID", "NAME", "MIN", "SOURCE")]
    rows += [
        (
            item.routine.id,
            item.routine.name,
            _minutes(item.routine.planned_s()),
            _SOURCE_NAMES[item.source],
        )
        for item in loaded
    ]
    widths = [max(len(row[column]) for row in rows) for column in range(3)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        _out("  ".join([*cells, row[3]]))
    _out(f"{_plural(len(loaded), 'routine')}. Your own routines folder: {user_dir}")
    _report(problems)
    return ToolExit.OK


TOOL_COMMANDS: dict[str, ToolCommand] = {
    "routine": ToolCommand(
        summary="check routine files, or list the routines calmfloor has",
        examples=("routine validate FILE...", "routine list"),
        add_arguments=_add_routine_commands,
    ),
}
"""Every tool by its name on the command line; add later tools here."""
