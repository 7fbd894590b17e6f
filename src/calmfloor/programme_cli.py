"""``calmfloor programme validate|import|status`` and ``calmfloor demo`` (no Qt, English).

Registered in :data:`calmfloor.commands.TOOL_COMMANDS` through
:data:`PROGRAMME_TOOL_COMMANDS`.
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from calmfloor.tool_base import ToolCommand, ToolExit
from calmfloor.tool_base import err as _err
from calmfloor.tool_base import out as _out
from calmfloor.tool_base import plural as _plural

if TYPE_CHECKING:
    from calmfloor.core.programme import Programme
    from calmfloor.core.routine import Problem
    from calmfloor.storage.paths import AppPaths

__all__ = ["PROGRAMME_TOOL_COMMANDS", "known_references"]

DATA_DIR_OPTION = "--data-dir"
DEMO_MARKER = "calmfloor-demo.txt"


def _data_dir_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        DATA_DIR_OPTION,
        type=Path,
        metavar="DIR",
        default=argparse.SUPPRESS,  # keep a --data-dir given before the tool's name
        help="the folder calmfloor keeps its files in (as for the app)",
    )


def _add_programme_commands(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    validate = actions.add_parser(
        "validate",
        help="check programme files and explain every problem",
        description=(
            "Check programme files (TOML) and explain every problem found; the routines and "
            "breathing patterns they name must be built in, the clinic's, or in the data "
            "folder. Exit status: 0 when every file is valid, 1 when any is not, 2 for a "
            "usage error."
        ),
    )
    validate.add_argument("files", nargs="+", type=Path, metavar="FILE", help="a programme file")
    _data_dir_argument(validate)
    validate.set_defaults(run=programme_validate)
    activate = actions.add_parser(
        "import",
        help="make a programme file the active programme (the old one stays in history)",
        description="Check a programme file and make it the active programme from now on.",
    )
    activate.add_argument("file", type=Path, metavar="FILE", help="a programme file")
    _data_dir_argument(activate)
    activate.set_defaults(run=programme_import)
    status = actions.add_parser(
        "status",
        help="what the active programme asks today, and adherence so far",
        description="Show today's items and the two adherence measures since the start.",
    )
    _data_dir_argument(status)
    status.set_defaults(run=programme_status)


def _add_demo_commands(parser: argparse.ArgumentParser) -> None:
    _data_dir_argument(parser)
    parser.set_defaults(run=demo_create)


def known_references(paths: AppPaths | None) -> tuple[frozenset[str], frozenset[str]]:
    """The routine ids and breathing pattern names a programme may name.

    Built-in and clinic routines, and with ``paths`` the user's own routines and patterns.
    The patterns file is only read (a damaged one is not moved aside here).
    """
    from calmfloor.resources import asset_dir
    from calmfloor.storage.policy_store import load_policy
    from calmfloor.storage.programme_store import known_patterns
    from calmfloor.storage.routines_store import load_routines
    from calmfloor.storage.safefile import FileReadError, read_regular_file

    try:
        builtin_dir: Path | None = asset_dir("routines")
    except FileNotFoundError:
        builtin_dir = None
    folder = load_policy().policy.clinic_routines_dir
    loaded, _ = load_routines(
        builtin_dir or Path("/nonexistent"),
        paths.routines_dir if paths is not None else None,
        Path(folder) if folder else None,
    )
    own: list[str] = []
    if paths is not None:
        try:
            data = json.loads(read_regular_file(paths.patterns_file, 1024 * 1024))
            entries = data.get("patterns", []) if isinstance(data, dict) else []
            own = [
                entry["name"]
                for entry in entries
                if isinstance(entry, dict) and isinstance(entry.get("name"), str)
            ]
        except (FileReadError, ValueError):
            own = []
    return frozenset(item.routine.id for item in loaded), known_patterns(own)


def _report(problems: list[Problem]) -> None:
    from calmfloor.core.routine import capped_problems

    for problem in capped_problems(problems):
        _err(str(problem))


def describe_programme(programme: Programme) -> str:
    """The OK line's summary: title, dates, items."""
    scheduled = sum(1 for item in programme.items if not item.as_needed)
    as_needed = len(programme.items) - scheduled
    parts = [
        f"{programme.title} ({programme.id}), {programme.start} to {programme.end}",
        _plural(scheduled, "scheduled item"),
    ]
    if as_needed:
        parts.append(f"{as_needed} as needed")
    if programme.flare is not None:
        parts.append("a flare plan")
    return ", ".join(parts)


def programme_validate(namespace: argparse.Namespace) -> int:
    """``programme validate FILE...``: an OK line per valid file, every problem on stderr."""
    from calmfloor.storage.paths import resolve_paths
    from calmfloor.storage.programme_store import read_programme_file

    files: list[Path] = namespace.files
    routines, patterns = known_references(resolve_paths(getattr(namespace, "data_dir", None)))
    invalid = 0
    for path in files:
        programme, problems = read_programme_file(path, routines=routines, patterns=patterns)
        if programme is None:
            invalid += 1
            _report(problems)
            continue
        _out(f"{path}: OK — {describe_programme(programme)}")
    summary = f"{_plural(len(files), 'file')} checked: {len(files) - invalid} valid"
    _out(f"{summary}, {invalid} with problems." if invalid else f"{summary}.")
    return ToolExit.FAILED if invalid else ToolExit.OK


def programme_import(namespace: argparse.Namespace) -> int:
    """``programme import FILE``: check it and make it active in the history database."""
    from calmfloor.storage.errors import StorageError
    from calmfloor.storage.history_db import HistoryStore
    from calmfloor.storage.paths import make_private_dirs, resolve_paths
    from calmfloor.storage.programme_store import import_programme

    paths = resolve_paths(getattr(namespace, "data_dir", None))
    routines, patterns = known_references(paths)
    try:
        make_private_dirs(paths.data_dir)
        with HistoryStore.open(paths.history_db) as store:
            programme, problems = import_programme(
                store,
                namespace.file,
                datetime.now().astimezone(),
                routines=routines,
                patterns=patterns,
            )
    except (StorageError, OSError) as exc:
        _err(f"calmfloor programme import: could not write the history ({exc}).")
        return ToolExit.FAILED
    if programme is None:
        _report(problems)
        return ToolExit.FAILED
    _out(f"Active programme: {describe_programme(programme)}")
    return ToolExit.OK


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f} %"


def programme_status(namespace: argparse.Namespace) -> int:
    """``programme status``: today's items and adherence from the start to yesterday."""
    from calmfloor.core.adherence import adherence, today_status
    from calmfloor.storage.errors import StorageError
    from calmfloor.storage.history_db import HistoryStore
    from calmfloor.storage.paths import resolve_paths
    from calmfloor.storage.programme_store import programme_spans

    path = resolve_paths(getattr(namespace, "data_dir", None)).history_db
    if not path.is_file():
        _err(f"calmfloor programme status: no history yet at {path}")
        return ToolExit.FAILED
    now = datetime.now().astimezone()
    try:
        with HistoryStore.open(path, read_only=True) as store:
            spans, problems = programme_spans(store)
            if not spans:
                _out("No programme is active.")
                return ToolExit.OK
            first = min(span.programme.start for span in spans)
            records = store.sessions(since=first - timedelta(days=7), until=now.date())
    except StorageError as exc:
        _err(f"calmfloor programme status: could not read the history at {path} ({exc}).")
        return ToolExit.FAILED
    _report(problems)
    today = today_status(spans, records, now)
    if today is None:
        _out("No programme runs today.")
    else:
        _out(f"Today ({today.day}): {today.programme.title}")
        for entry in today.items:
            asked = "as needed" if entry.item.as_needed else f"{entry.done} of {entry.asked}"
            if not entry.item.as_needed and entry.period_days > 1:
                asked += f" in {entry.period_days} days"
            _out(f"  {entry.item.title}: {asked}")
    report = adherence(spans, records, first, now.date(), now.date())
    _out(
        f"Since {first}: {_pct(report.sessions_pct)} of prescribed sessions done; "
        f"{report.days_full} of {report.days_counted} days fully done "
        f"({_pct(report.days_full_pct)})."
    )
    return ToolExit.OK


def demo_create(namespace: argparse.Namespace) -> int:
    """``demo --data-dir DIR``: eight weeks of made-up programme history in a new folder."""
    from calmfloor.core.demo import demo_history
    from calmfloor.storage.errors import StorageError
    from calmfloor.storage.history_db import HistoryStore
    from calmfloor.storage.paths import make_private_dirs, resolve_paths

    folder: Path | None = getattr(namespace, "data_dir", None)
    if folder is None:
        _err(
            "calmfloor demo: give the folder for the demo with --data-dir DIR (a new or empty "
            "folder, never your own data)."
        )
        return ToolExit.USAGE
    paths = resolve_paths(folder)
    root = paths.data_dir
    try:
        used = root.exists() and any(root.iterdir())
    except OSError as exc:
        _err(f"calmfloor demo: cannot look into {root} ({exc.strerror}).")
        return ToolExit.FAILED
    if used:
        _err(f"calmfloor demo: {root} is not empty; give a new or empty folder.")
        return ToolExit.FAILED
    now = datetime.now().astimezone()
    assert now.tzinfo is not None
    demo = demo_history(now.date(), now.tzinfo)
    try:
        make_private_dirs(root)
        (root / DEMO_MARKER).write_text(
            "Made-up practice from 'calmfloor demo'; not anyone's record.\n", encoding="utf-8"
        )
        with HistoryStore.open(paths.history_db) as store:
            for text, activated in demo.programmes:
                programme_id = "pelvic-release-demo"
                title = text.split('title = "', 1)[1].split('"', 1)[0]
                store.activate_programme(text, programme_id, title, activated)
            store.add_many(demo.sessions)
            for flare in demo.flares:
                store.add_flare(flare)
    except (StorageError, OSError) as exc:
        _err(f"calmfloor demo: could not write the demo history in {root} ({exc}).")
        return ToolExit.FAILED
    _out(
        f"Wrote {_plural(len(demo.sessions), 'session')}, {_plural(len(demo.flares), 'flare')} "
        f"and {_plural(len(demo.programmes), 'programme')} to {root}."
    )
    _out(f"Open it with: calmfloor --data-dir {root}")
    return ToolExit.OK


PROGRAMME_TOOL_COMMANDS: dict[str, ToolCommand] = {
    "programme": ToolCommand(
        summary="check, import or review a physiotherapist's programme",
        examples=("programme validate FILE...", "programme import FILE", "programme status"),
        add_arguments=_add_programme_commands,
    ),
    "demo": ToolCommand(
        summary="fill a new folder with eight weeks of made-up programme history",
        examples=("demo --data-dir DIR",),
        add_arguments=_add_demo_commands,
    ),
}
