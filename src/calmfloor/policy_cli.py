"""The ``calmfloor policy check`` and ``calmfloor admin hash-pin`` tools for clinic IT."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from calmfloor.tool_base import ToolCommand, ToolExit
from calmfloor.tool_base import err as _err
from calmfloor.tool_base import out as _out
from calmfloor.tool_base import plural as _plural

if TYPE_CHECKING:
    from calmfloor.core.policy import Policy

__all__ = ["POLICY_TOOL_COMMANDS", "admin_hash_pin", "policy_check"]


# -- calmfloor policy -----------------------------------------------------------------------


def _add_policy_commands(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    check = actions.add_parser(
        "check",
        help="check policy files and explain every problem",
        description=(
            "Check clinic policy files (JSON) and explain every problem, one line each. "
            "Exit status: 0 when every file is valid, 1 when any is not, 2 for a usage error."
        ),
    )
    check.add_argument("files", nargs="+", type=Path, metavar="FILE", help="a policy file")
    check.set_defaults(run=policy_check)


def policy_check(namespace: argparse.Namespace) -> int:
    """``policy check FILE...``: an OK line per valid file, ``FILE: key: message`` per problem.

    The OK lines and the summary go to stdout, the problems to stderr.
    """
    from calmfloor.storage.policy_store import read_policy_file

    files: list[Path] = namespace.files
    invalid = 0
    for path in files:
        policy, problems = read_policy_file(path)
        if problems:
            invalid += 1
            for problem in problems:
                _err(f"{path}: {problem}")
            continue
        _out(f"{path}: OK — {describe_policy(policy)}")
    summary = f"{_plural(len(files), 'file')} checked: {len(files) - invalid} valid"
    _out(f"{summary}, {invalid} with problems." if invalid else f"{summary}.")
    return ToolExit.FAILED if invalid else ToolExit.OK


def describe_policy(policy: Policy) -> str:
    """What a policy does, in a few words for the OK line."""
    parts = [
        f"kiosk mode (reset after {policy.idle_reset_s / 60:g} min)" if policy.kiosk else "",
        f"{_plural(len(policy.settings), 'setting')} set" if policy.settings else "",
        f"{len(policy.locked)} locked" if policy.locked else "",
        "" if policy.history_enabled else "history off",
        "" if policy.export_enabled or not policy.history_enabled else "export off",
        f"heat at most {policy.heat_cap_min} min" if policy.heat_cap_min < 20 else "",
        "" if policy.patterns is None else f"{_plural(len(policy.patterns), 'pattern')} offered",
        "" if policy.routines is None else f"{_plural(len(policy.routines), 'routine')} offered",
        "clinic routines folder" if policy.clinic_routines_dir else "",
        f"language {policy.language}" if policy.language else "",
        "staff PIN set" if policy.staff_pin_hash else "",
    ]
    return ", ".join(part for part in parts if part) or "changes nothing"


# -- calmfloor admin ------------------------------------------------------------------------


def _add_admin_commands(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    hash_pin = actions.add_parser(
        "hash-pin",
        help="turn a staff PIN into the line for the policy file",
        description=(
            "Ask for a staff PIN (4 to 12 digits) twice and print its salted, slow hash, "
            'for "staff_pin" in the policy file. Only the hash is printed; the PIN itself '
            "is never stored. Exit status: 0 when a hash was printed, 1 when the PIN was "
            "refused, 2 for a usage error."
        ),
    )
    hash_pin.add_argument(
        "--stdin",
        action="store_true",
        help="read the PIN once, from the first line of standard input (for scripts)",
    )
    hash_pin.set_defaults(run=admin_hash_pin)


def admin_hash_pin(namespace: argparse.Namespace) -> int:
    """``admin hash-pin [--stdin]``: print the encoded hash of a new staff PIN, nothing else."""
    from calmfloor.core import pin as pins

    if namespace.stdin:
        if sys.stdin is None:
            _err("calmfloor admin hash-pin: there is no standard input to read the PIN from.")
            return ToolExit.FAILED
        line = sys.stdin.readline()
        if not line:
            _err("calmfloor admin hash-pin: no PIN was given on standard input.")
            return ToolExit.FAILED
        pin = line.rstrip("\r\n")
    else:
        import getpass

        pin = getpass.getpass(
            f"Staff PIN ({pins.MIN_PIN_DIGITS} to {pins.MAX_PIN_DIGITS} digits): "
        )
        problem = pins.pin_problem(pin)
        if problem is None and getpass.getpass("The same PIN again: ") != pin:
            _err("calmfloor admin hash-pin: the two PINs are not the same; nothing was made.")
            return ToolExit.FAILED
    problem = pins.pin_problem(pin)
    if problem is not None:
        _err(f"calmfloor admin hash-pin: {problem}")
        return ToolExit.FAILED
    _out(pins.hash_pin(pin, os.urandom(pins.PIN_SALT_BYTES), pins.PIN_ITERATIONS))
    return ToolExit.OK


POLICY_TOOL_COMMANDS: dict[str, ToolCommand] = {
    "policy": ToolCommand(
        summary="check clinic policy files",
        examples=("policy check FILE...",),
        add_arguments=_add_policy_commands,
    ),
    "admin": ToolCommand(
        summary="tools for clinic IT, such as making the staff PIN hash",
        examples=("admin hash-pin",),
        add_arguments=_add_admin_commands,
    ),
}
"""The clinic tools, for :data:`calmfloor.commands.TOOL_COMMANDS`."""
