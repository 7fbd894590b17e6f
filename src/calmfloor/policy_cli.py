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
    from collections.abc import Callable

    from calmfloor.core.policy import Policy
    from calmfloor.storage.policy_store import PolicyLoadResult

__all__ = [
    "POLICY_TOOL_COMMANDS",
    "SHOW_FORMAT",
    "admin_hash_pin",
    "policy_check",
    "policy_generate",
    "policy_show",
    "show_document",
]

SHOW_FORMAT = "calmfloor-policy-show"
SHOW_VERSION = 1


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
    show = actions.add_parser(
        "show",
        help="list every policy key in force, its source and every problem",
        description=(
            "List every policy key with the value in force, where it came from (a file, the "
            "registry, a configuration profile, or the default), whether patients can change "
            "it, and every problem found in every source. Exit status: 0 when no source has "
            "a problem, 1 when one has, 2 for a usage error."
        ),
    )
    show.add_argument(
        "--json",
        action="store_true",
        help="print one JSON document (stable, see docs/clinic-deployment.md)",
    )
    show.add_argument(
        "--policy-file",
        type=Path,
        metavar="FILE",
        help="add the restrictions of FILE, as calmfloor --policy-file does",
    )
    show.set_defaults(run=policy_show)
    generate = actions.add_parser(
        "generate",
        help="write the Group Policy, Intune, MDM and JSON Schema templates",
        description=(
            "Write the ADMX template with its en-US, de-DE and fa-IR ADML files, the Intune "
            "OMA-URI table, a JSON Schema of the policy file, an example policy and an example "
            ".mobileconfig into DIR. With --docs, also rewrite the key table of that Markdown "
            "file (docs/clinic-deployment.md)."
        ),
    )
    generate.add_argument("--out", type=Path, required=True, metavar="DIR", help="the folder")
    generate.add_argument("--docs", type=Path, metavar="FILE", help="a Markdown file to update")
    generate.set_defaults(run=policy_generate)


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


def show_document(loaded: PolicyLoadResult) -> dict[str, object]:
    """The stable ``policy show --json`` document (documented in docs/clinic-deployment.md)."""
    from calmfloor.core.policy_keys import effective_keys

    policy = loaded.policy
    rows = effective_keys(policy, loaded.origins, loaded.recommended_origins)
    return {
        "format": SHOW_FORMAT,
        "version": SHOW_VERSION,
        "failed_closed": policy.failed_closed,
        "sources": list(loaded.sources),
        "keys": [
            {
                "key": row.spec.key,
                "value": row.value,
                "source": row.source,
                "locked": row.locked,
                "recommended": row.recommended,
            }
            for row in rows
        ],
        "problems": [
            {"source": p.source, "key": p.key, "message": p.message} for p in loaded.problems
        ],
    }


def policy_show(namespace: argparse.Namespace) -> int:
    """``policy show [--json]``: every key in force with its source, then every problem."""
    import json

    from calmfloor.core.text import printable
    from calmfloor.storage.policy_store import load_policy

    loaded = load_policy(namespace.policy_file)
    document = show_document(loaded)
    if namespace.json:
        _out(json.dumps(document, ensure_ascii=False, indent=2))
        return ToolExit.FAILED if loaded.problems else ToolExit.OK
    sources = ", ".join(loaded.sources) or "none (every key has its default)"
    _out(printable(f"Sources, highest precedence first: {sources}"))
    if loaded.policy.failed_closed:
        _out("A mandatory source cannot be read: the most restrictive policy is in force.")
    rows = [
        (
            str(row["key"]),
            json.dumps(row["value"], ensure_ascii=False),
            str(row["source"]) + (" (recommended)" if row["recommended"] else ""),
            "locked" if row["locked"] else "",
        )
        for row in document["keys"]  # type: ignore[attr-defined]
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    for key, value, source, locked in rows:
        line = f"{key:<{widths[0]}}  {value:<{widths[1]}}  {source:<{widths[2]}}  {locked}"
        _out(printable(line.rstrip()))
    for problem in loaded.problems:
        where = f"{problem.source}: " if problem.source else ""
        _err(printable(f"{where}{problem}"))
    summary = f"{_plural(len(loaded.problems), 'problem')}." if loaded.problems else "No problems."
    _out(summary)
    return ToolExit.FAILED if loaded.problems else ToolExit.OK


def translations_of(language: str) -> Callable[[str, str], str]:
    """``translate(context, English)`` from calmfloor's own catalog ``calmfloor_<language>.qm``.

    The compiled catalog is what every build ships (wheel and frozen app); Qt reads it
    without a display. A text the catalog lacks stays English.

    Raises:
        FileNotFoundError: there is no catalog for ``language``.
    """
    from PySide6.QtCore import QTranslator

    from calmfloor.resources import asset_dir

    catalog = asset_dir("translations") / f"calmfloor_{language}.qm"
    translator = QTranslator()
    if not translator.load(str(catalog)):
        raise FileNotFoundError(f"no translation catalog {catalog}")
    return lambda context, text: translator.translate(context, text) or text


def policy_generate(namespace: argparse.Namespace) -> int:
    """``policy generate --out DIR [--docs FILE]``: every template, from the one declaration."""
    import json

    from calmfloor.core import policy_templates as templates
    from calmfloor.storage.errors import StorageWriteError
    from calmfloor.storage.jsonfile import write_bytes_atomic
    from calmfloor.storage.paths import make_private_dirs
    from calmfloor.storage.safefile import FileReadError, read_text

    out: Path = namespace.out
    files: dict[str, bytes] = {
        "windows/calmfloor.admx": templates.admx().encode("utf-8"),
        "intune/oma-uri.md": templates.intune_table().encode("utf-8"),
        "calmfloor-policy.schema.json": (
            json.dumps(templates.json_schema(), ensure_ascii=False, indent=2) + "\n"
        ).encode("utf-8"),
        "examples/policy.json": (
            json.dumps(templates.EXAMPLE_POLICY, ensure_ascii=False, indent=2) + "\n"
        ).encode("utf-8"),
        "macos/calmfloor.mobileconfig": templates.mobileconfig(),
    }
    for culture, language in templates.ADML_CULTURES:
        translate = None if language == "en" else translations_of(language)
        files[f"windows/{culture}/calmfloor.adml"] = templates.adml(translate).encode("utf-8")
    try:
        for name, data in files.items():
            target = out / name
            make_private_dirs(target.parent)
            write_bytes_atomic(target, data)
            _out(str(target))
        if namespace.docs is not None:
            docs: Path = namespace.docs
            text = read_text(docs, 4 << 20)
            updated = replace_key_table(text)
            if updated is None:
                _err(f"calmfloor policy generate: {docs} has no key table markers.")
                return ToolExit.FAILED
            write_bytes_atomic(docs, updated.encode("utf-8"))
            _out(str(docs))
    except (OSError, StorageWriteError, FileReadError) as exc:  # FileNotFoundError: no catalog
        _err(f"calmfloor policy generate: {exc}")
        return ToolExit.FAILED
    return ToolExit.OK


def replace_key_table(text: str) -> str | None:
    """``text`` with its generated key table replaced by today's; None without markers."""
    from calmfloor.core.policy_templates import DOCS_BEGIN, DOCS_END, docs_key_table

    start = text.find(DOCS_BEGIN)
    end = text.find(DOCS_END, start)
    if start < 0 or end < 0:
        return None
    return text[:start] + docs_key_table() + text[end + len(DOCS_END) + 1 :]


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
        summary="check, show and make the clinic policy and its templates",
        examples=("policy check FILE...", "policy show [--json]", "policy generate --out DIR"),
        add_arguments=_add_policy_commands,
    ),
    "admin": ToolCommand(
        summary="tools for clinic IT, such as making the staff PIN hash",
        examples=("admin hash-pin",),
        add_arguments=_add_admin_commands,
    ),
}
"""The clinic tools, for :data:`calmfloor.commands.TOOL_COMMANDS`."""
