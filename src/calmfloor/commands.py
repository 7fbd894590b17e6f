"""Command-line tools that need no window, such as ``calmfloor routine validate FILE...``.

Each tool is a :class:`ToolCommand` in :data:`TOOL_COMMANDS`; :func:`run_tool` runs one when
the command line names it, and ``app.main`` starts the app otherwise. Output is English
(a terminal, before any translation is loaded); heavy modules are imported by the handler
that needs them, so ``calmfloor --help`` stays fast and nothing here imports Qt.
"""

from __future__ import annotations

import argparse
import contextlib
import re
import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from calmfloor.policy_cli import POLICY_TOOL_COMMANDS
from calmfloor.programme_cli import PROGRAMME_TOOL_COMMANDS
from calmfloor.tool_base import DATA_DIR_OPTION, Handler, ToolCommand, ToolExit, tool_word
from calmfloor.tool_base import err as _err
from calmfloor.tool_base import out as _out
from calmfloor.tool_base import plural as _plural
from calmfloor.voice_cli import VOICE_TOOL_COMMANDS

if TYPE_CHECKING:
    from calmfloor.core.routine import Problem
    from calmfloor.storage.errors import StorageWriteError
    from calmfloor.storage.history_db import HistoryStore

ROUTINES_ASSET_DIR = "routines"


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
        with _stop_on_terminate():
            return int(handler(namespace))
    except Terminated:
        _err("calmfloor: stopped (terminated); nothing was left half written.")
        return ToolExit.TERMINATED
    except KeyboardInterrupt:
        _err("calmfloor: stopped.")
        return ToolExit.INTERRUPTED
    except Exception as exc:  # a tool reports failure in a line, never as a traceback
        _err(f"calmfloor {namespace.tool}: could not finish ({type(exc).__name__}: {exc}).")
        return ToolExit.FAILED


class Terminated(BaseException):
    """SIGTERM arrived while a tool ran; raised so every ``finally`` cleans up."""


def _raise_terminated(_signum: int, _frame: object) -> None:
    raise Terminated


@contextlib.contextmanager
def _stop_on_terminate() -> Iterator[None]:
    """SIGTERM stops a tool like Ctrl+C does: a half-written temporary file is removed."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def tool_name(argv: Sequence[str]) -> str | None:
    """The tool ``argv`` names, or None; only ``--data-dir`` may come before it."""
    word = tool_word(argv)
    return word if word in TOOL_COMMANDS else None


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
    from calmfloor.storage.routines_store import (
        duplicate_problem,
        read_routine_file,
        reserved_id_problem,
    )

    files: list[Path] = namespace.files
    reserved = _reserved_ids()
    shipped = _reserved_files()
    first_with_id: dict[str, Path] = {}
    invalid = 0
    for path in files:
        routine, problems = read_routine_file(path)
        if routine is not None:
            taken = reserved_id_problem(path, routine.id, reserved)  # as Import would refuse
            if taken is not None and any(_same_file(path, own) for own in shipped):
                taken = None  # the built-in or clinic file itself, not a copy of its id
            other = first_with_id.setdefault(routine.id, path)
            if taken is not None:
                problems, routine = [taken], None
            elif not _same_file(other, path):
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


def _reserved_ids() -> frozenset[str]:
    """The ids of the built-in routines and the clinic's, which Import refuses to take."""
    from calmfloor.resources import asset_dir
    from calmfloor.storage.policy_store import load_policy
    from calmfloor.storage.routines_store import load_routines, protected_ids

    try:
        builtin_dir = asset_dir(ROUTINES_ASSET_DIR)
    except FileNotFoundError:
        return frozenset()
    folder = load_policy().policy.clinic_routines_dir
    loaded, _ = load_routines(builtin_dir, None, Path(folder) if folder else None)
    return protected_ids(loaded)


def _reserved_files() -> list[Path]:
    """The built-in and clinic routine files themselves: checking one is no clash."""
    from calmfloor.resources import asset_dir
    from calmfloor.storage.policy_store import load_policy
    from calmfloor.storage.routines_store import RoutineSource, load_routines

    try:
        builtin_dir = asset_dir(ROUTINES_ASSET_DIR)
    except FileNotFoundError:
        return []
    folder = load_policy().policy.clinic_routines_dir
    loaded, _ = load_routines(builtin_dir, None, Path(folder) if folder else None)
    return [item.path for item in loaded if item.source is not RoutineSource.USER]


def _same_file(first: Path, second: Path) -> bool:
    try:
        return first.samefile(second)
    except OSError:
        return first == second


def _report(problems: Sequence[Problem]) -> None:
    """Each problem on its own line: file text escaped, at most a screenful per file."""
    from calmfloor.core.routine import capped_problems

    for problem in capped_problems(list(problems)):
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


# -- calmfloor history ---------------------------------------------------------------------

EXPORT_FORMATS = ("csv", "pdf")
_DAY_PATTERN = re.compile(r"\d{4}-\d{2}-\d{2}")
_WRITE_REASONS = {
    "read_only": "the folder is read-only",
    "disk_full": "the disk is full",
    "permission_denied": "permission was refused",
    "not_a_directory": "part of the folder path is a file",
    "io_error": "the disk reported an error",
    "is_a_directory": "it is a folder",
    "no_folder": "the folder does not exist",
}


def _day(text: str) -> date:
    """A ``YYYY-MM-DD`` date from the command line (argparse ``type``)."""
    try:
        if not _DAY_PATTERN.fullmatch(text):
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD)") from None


def _add_history_commands(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export",
        help="write your sessions to a CSV file or a PDF report",
        description=(
            "Write your sessions to a CSV file (one row per session, for spreadsheets) or to "
            "a PDF report for your physiotherapist. The history is only read, never changed. "
            "Exit status: 0 when the file was written, 1 when it could not be, 2 for a "
            "usage error."
        ),
    )
    export.add_argument("--format", required=True, choices=EXPORT_FORMATS, help="csv or pdf")
    export.add_argument("--out", required=True, type=Path, metavar="FILE", help="the file to write")
    export.add_argument(
        "--since",
        type=_day,
        metavar="YYYY-MM-DD",
        help="the first day (default: the first session)",
    )
    export.add_argument(
        "--until",
        type=_day,
        metavar="YYYY-MM-DD",
        help="the last day (default: the last session for csv, today for pdf)",
    )
    export.add_argument(
        DATA_DIR_OPTION,
        type=Path,
        metavar="DIR",
        default=argparse.SUPPRESS,  # keep a --data-dir given before "history"
        help="the folder calmfloor keeps its files in (as for the app)",
    )
    export.set_defaults(run=history_export, usage=export.format_usage)


def history_export(namespace: argparse.Namespace) -> int:
    """``history export``: sessions to CSV or a PDF report, reading history read-only.

    Prints ``Wrote N sessions to FILE``. A bad range is a usage error (2); a missing or
    unreadable history, a file that cannot be written, or a clinic policy that turns
    history or export off, is reported in one line (1).
    """
    from calmfloor.storage.errors import StorageError, StorageWriteError
    from calmfloor.storage.history_db import DatabaseCorruptError, DatabaseTooNewError
    from calmfloor.storage.paths import resolve_paths

    since: date | None = namespace.since
    until: date | None = namespace.until
    out: Path = namespace.out
    if since is not None and until is not None and since > until:
        usage: Callable[[], str] = namespace.usage
        _err(usage().rstrip("\n"))
        _err(f"calmfloor history export: --since {since} is after --until {until}.")
        return ToolExit.USAGE
    from calmfloor.storage.policy_store import load_policy

    loaded = load_policy()  # the system policy, and CALMFLOOR_POLICY_FILE on top of it
    if not (loaded.policy.export_enabled and loaded.policy.history_enabled):
        where = f" ({loaded.path})" if loaded.path else ""
        _err(
            "calmfloor history export: the clinic policy does not allow exporting the "
            f"history{where}."
        )
        return ToolExit.FAILED
    path = resolve_paths(namespace.data_dir).history_db
    try:
        found = path.is_file() and path.stat().st_size > 0
    except OSError as exc:  # a folder on the way the user may not enter
        _err(f"calmfloor history export: cannot read the history at {path} ({exc.strerror}).")
        return ToolExit.FAILED
    if not found:
        _err(f"calmfloor history export: no history yet at {path}")
        return ToolExit.FAILED
    try:
        count = _export(path, namespace.format, out, since, until)
    except StorageWriteError as exc:
        if Path(exc.path) == path:  # read-only open refused: made by an older calmfloor
            _err(
                f"calmfloor history export: the history at {path} is from an older calmfloor; "
                "start calmfloor once to update it, then export again."
            )
            return ToolExit.FAILED
        _err(f"calmfloor history export: could not write {out} ({_write_problem(out, exc)}).")
        return ToolExit.FAILED
    except DatabaseTooNewError as exc:
        _err(
            f"calmfloor history export: the history at {path} is from a newer calmfloor "
            f"(version {exc.found}); update calmfloor to export it."
        )
        return ToolExit.FAILED
    except DatabaseCorruptError:
        _err(
            f"calmfloor history export: the history at {path} is damaged; start calmfloor "
            "once to keep it aside safely."
        )
        return ToolExit.FAILED
    except StorageError as exc:
        _err(f"calmfloor history export: could not read the history at {path} ({exc}).")
        return ToolExit.FAILED
    _out(f"Wrote {_plural(count, 'session')} to {out}")
    return ToolExit.OK


def _write_problem(out: Path, error: StorageWriteError) -> str:
    """Why ``out`` could not be written, in a few plain words."""
    if out.is_dir():
        return "it is a folder"
    if error.reason.value in _WRITE_REASONS:
        return _WRITE_REASONS[error.reason.value]
    if not out.parent.is_dir():
        return "the folder does not exist"
    return error.detail or error.reason.value


def _export(path: Path, fmt: str, out: Path, since: date | None, until: date | None) -> int:
    """Write the export; returns the number of sessions in it."""
    from calmfloor.storage.history_db import HistoryStore

    with HistoryStore.open(path, read_only=True) as store:
        if fmt == "pdf":
            return _export_pdf(store, out, since, until)
        from calmfloor.storage.export_csv import write_csv
        from calmfloor.storage.programme_store import counted_for

        records = store.sessions(since=since, until=until)
        write_csv(records, out, counted_for(store))
        return len(records)


def _export_pdf(store: HistoryStore, out: Path, since: date | None, until: date | None) -> int:
    """The PDF report; Qt is loaded here only, on the offscreen platform if no app runs."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    from calmfloor.ui.history.report import load_report_data, write_pdf_report
    from calmfloor.ui.kit.i18n import settle_locale

    app = QCoreApplication.instance()
    if app is None:
        app = QGuiApplication(["calmfloor", "-platform", "offscreen"])
    settle_locale()
    data = load_report_data(store, since, until, date.today())
    write_pdf_report(data, out)
    return len(data.sessions)


TOOL_COMMANDS: dict[str, ToolCommand] = {
    "routine": ToolCommand(
        summary="check routine files, or list the routines calmfloor has",
        examples=("routine validate FILE...", "routine list"),
        add_arguments=_add_routine_commands,
    ),
    "history": ToolCommand(
        summary="export your sessions to a CSV file or a PDF report",
        examples=("history export --format csv|pdf --out FILE",),
        add_arguments=_add_history_commands,
    ),
    **POLICY_TOOL_COMMANDS,  # policy check, admin hash-pin (for clinics)
    **PROGRAMME_TOOL_COMMANDS,  # programme validate|import|status, demo
    **VOICE_TOOL_COMMANDS,  # voice validate|list
}
"""Every tool by its name on the command line; add later tools here."""
