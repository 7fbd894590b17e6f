"""``calmfloor voice validate PACK...`` and ``calmfloor voice list`` (English, Qt only when
``list`` tries the speech engines).

Registered in :data:`calmfloor.commands.TOOL_COMMANDS` through :data:`VOICE_TOOL_COMMANDS`.
``voice list`` tells IT whether a PC can speak each shipped language: the engines Qt lists
and whether each really works here (an engine can be listed and still fail), the voice it
would use per language, and the voice packs found with their state.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from calmfloor.tool_base import ToolCommand, ToolExit
from calmfloor.tool_base import err as _err
from calmfloor.tool_base import out as _out
from calmfloor.tool_base import plural as _plural

__all__ = ["VOICE_TOOL_COMMANDS", "pack_roots"]

DATA_DIR_OPTION = "--data-dir"
SPOKEN_LANGUAGES = ("en", "de", "fa")  # the languages whose routines calmfloor ships


def _add_voice_commands(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    validate = actions.add_parser(
        "validate",
        help="check voice packs (folders of recorded clips) and explain every problem",
        description=(
            "Check voice-pack folders: the voice.toml manifest, a clip for every cue, the "
            "format of each clip, and that no clip is longer than its phase. Exit status: "
            "0 when every pack is valid, 1 when any is not, 2 for a usage error."
        ),
    )
    validate.add_argument("packs", nargs="+", type=Path, metavar="PACK", help="a pack folder")
    validate.set_defaults(run=voice_validate)
    listing = actions.add_parser(
        "list",
        help="the speech engines and voices on this computer, and the voice packs found",
        description=(
            "List the speech engines Qt finds and whether each works here, the voice each "
            "would use for English, German and Persian, and the voice packs in the data "
            "folder and the clinic's folder."
        ),
    )
    listing.add_argument(
        DATA_DIR_OPTION,
        type=Path,
        metavar="DIR",
        default=argparse.SUPPRESS,  # keep a --data-dir given before "voice"
        help="the folder calmfloor keeps its files in (as for the app)",
    )
    listing.set_defaults(run=voice_list)


def voice_validate(namespace: argparse.Namespace) -> int:
    """``voice validate PACK...``: one line per valid pack, every problem on stderr."""
    from calmfloor.storage.voice_packs import read_pack

    packs: list[Path] = namespace.packs
    invalid = 0
    for folder in packs:
        pack, problems = read_pack(folder)
        if pack is None:
            invalid += 1
            for problem in problems[:40]:
                _err(str(problem))
            if len(problems) > 40:
                _err(f"{folder}: and {len(problems) - 40} more problems")
            continue
        _out(
            f"{folder}: OK — {pack.language}, {pack.speaker} (v{pack.version}, {pack.licence}), "
            f"{_plural(len(pack.cues), 'cue')}, {_plural(len(pack.steps), 'step clip')}"
        )
    summary = f"{_plural(len(packs), 'pack')} checked: {len(packs) - invalid} valid"
    _out(f"{summary}, {invalid} with problems." if invalid else f"{summary}.")
    return ToolExit.FAILED if invalid else ToolExit.OK


def pack_roots(data_dir: Path | None) -> list[Path]:
    """Where voice packs are looked for: the clinic's folder (policy), then the data folder."""
    from calmfloor.storage.paths import resolve_paths
    from calmfloor.storage.policy_store import load_policy
    from calmfloor.storage.voice_packs import VOICES_DIR

    roots: list[Path] = []
    clinic = getattr(load_policy().policy, "clinic_voices_dir", None)
    if clinic:
        roots.append(Path(clinic))
    roots.append(resolve_paths(data_dir).data_dir / VOICES_DIR)
    return roots


def voice_list(namespace: argparse.Namespace) -> int:
    """``voice list``: engines (tried for real), voices per language, packs and their state."""
    from calmfloor.storage.voice_packs import load_packs

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication

    from calmfloor.ui.kit.voice import available_engines, check_engines

    app = QCoreApplication.instance() or QCoreApplication(["calmfloor"])
    engines = available_engines()
    _out("Speech engines Qt lists: " + (", ".join(engines) if engines else "none"))
    checks = check_engines(list(SPOKEN_LANGUAGES))
    for check in checks:
        state = f"works, voice {check.voice!r}" if check.works else f"no — {check.reason}"
        _out(f"  {check.engine} / {check.language}: {state}")
    if not checks:
        _out("  (no engine to try: the computer's voice cannot be used)")
    roots = pack_roots(getattr(namespace, "data_dir", None))
    packs, bad = load_packs(roots)
    _out("Voice packs looked for in: " + ", ".join(str(root) for root in roots))
    for pack in packs:
        _out(
            f"  {pack.folder}: OK — {pack.language}, {pack.speaker} (v{pack.version}), "
            f"{_plural(len(pack.steps), 'step clip')}"
        )
    for folder, problems in bad.items():
        _out(f"  {folder}: not used — {_plural(len(problems), 'problem')} (voice validate)")
    if not packs and not bad:
        _out("  none found")
    for language in SPOKEN_LANGUAGES:
        speaks = any(c.works for c in checks if c.language == language) or any(
            p.language.split("_")[0] == language for p in packs
        )
        _out(f"Can speak {language}: {'yes' if speaks else 'no (tones instead)'}")
    del app
    return ToolExit.OK


VOICE_TOOL_COMMANDS: dict[str, ToolCommand] = {
    "voice": ToolCommand(
        summary="check voice packs, or list the speech engines, voices and packs here",
        examples=("voice validate PACK...", "voice list"),
        add_arguments=_add_voice_commands,
    ),
}
