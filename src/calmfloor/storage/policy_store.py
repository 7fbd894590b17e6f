"""Finding and reading the clinic policy file; a file that cannot be read fails closed."""

from __future__ import annotations

import json
import math
import os
import stat
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path, PureWindowsPath

from calmfloor.core.policy import (
    FAIL_CLOSED_TEXT,
    Policy,
    PolicyProblem,
    fail_closed_policy,
    parse_policy,
)
from calmfloor.storage.paths import APP_NAME

__all__ = [
    "MAX_POLICY_BYTES",
    "POLICY_ENV",
    "POLICY_FILE_NAME",
    "PolicyLoadResult",
    "load_policy",
    "policy_locations",
    "read_policy_file",
]

POLICY_ENV = "CALMFLOOR_POLICY_FILE"
POLICY_FILE_NAME = "policy.json"
MAX_POLICY_BYTES = 256 * 1024
LINUX_POLICY_DIR = "/etc/calmfloor"
MACOS_POLICY_DIR = "/Library/Application Support/calmfloor"
WINDOWS_PROGRAM_DATA = r"C:\ProgramData"
UTF8_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class PolicyLoadResult:
    """The policy in force and where it came from.

    Attributes:
        policy: the policy to apply (the default :class:`Policy` when there is no file).
        path: the file it was read from, or None when no policy file was found.
        problems: everything wrong with the file, for the log and for staff.
    """

    policy: Policy
    path: Path | None
    problems: list[PolicyProblem] = field(default_factory=list)


def policy_locations(
    platform: str = sys.platform, environ: Mapping[str, str] = os.environ
) -> list[Path]:
    """The system-wide places a policy file is looked for, in order.

    First the platform's site config folder from platformdirs (``/etc/xdg/calmfloor``, or
    the first folder of ``XDG_CONFIG_DIRS``, on Linux; ``/Library/Application Support/
    calmfloor`` on macOS; ``C:\\ProgramData\\calmfloor`` on Windows), then a fixed folder:
    ``/etc/calmfloor`` on Linux and other Unix systems, ``%ProgramData%\\calmfloor`` on
    Windows, ``/Library/Application Support/calmfloor`` on macOS.

    Args:
        platform: a ``sys.platform`` value; another platform's list can be asked for
            (only the fixed folder of Windows when not on Windows).
        environ: the environment, for ``ProgramData`` on Windows.
    """
    locations: list[Path] = []
    site = _site_config_dir(platform)
    if site is not None:
        locations.append(Path(site) / POLICY_FILE_NAME)
    if platform == "win32":
        program_data = environ.get("ProgramData") or WINDOWS_PROGRAM_DATA
        locations.append(Path(str(PureWindowsPath(program_data, APP_NAME, POLICY_FILE_NAME))))
    elif platform == "darwin":
        locations.append(Path(MACOS_POLICY_DIR) / POLICY_FILE_NAME)
    else:
        locations.append(Path(LINUX_POLICY_DIR) / POLICY_FILE_NAME)
    return list(dict.fromkeys(locations))


def _site_config_dir(platform: str) -> str | None:
    if platform == "win32":
        if sys.platform != "win32":  # the Windows lookup needs Windows itself
            return None
        from platformdirs.windows import Windows

        return Windows(APP_NAME, appauthor=False).site_config_dir
    if platform == "darwin":
        from platformdirs.macos import MacOS

        return MacOS(APP_NAME, appauthor=False).site_config_dir
    from platformdirs.unix import Unix

    return Unix(APP_NAME, appauthor=False).site_config_dir


def load_policy(
    override: Path | None = None, environ: Mapping[str, str] = os.environ
) -> PolicyLoadResult:
    """Find and read the policy that applies to this run.

    ``override`` (``--policy-file``) wins over ``CALMFLOOR_POLICY_FILE``, which wins over
    the first existing file of :func:`policy_locations`. A file named by the option or the
    variable must exist: if it does not, or any policy file cannot be read, the restrictive
    :func:`~calmfloor.core.policy.fail_closed_policy` applies. No file at all gives the
    default policy, which changes nothing.

    Args:
        override: the file given with ``--policy-file``, or None.
        environ: the environment, for ``CALMFLOOR_POLICY_FILE``.
    """
    named = override if override is not None else environ.get(POLICY_ENV) or None
    if named is not None:
        return _load(Path(named))
    for path in policy_locations(environ=environ):
        try:
            path.stat()
        except (FileNotFoundError, NotADirectoryError):
            continue
        except (OSError, ValueError):
            pass  # there is something we may not look at: read_policy_file fails closed
        return _load(path)
    return PolicyLoadResult(Policy(), None, [])


def _load(path: Path) -> PolicyLoadResult:
    policy, problems = read_policy_file(path)
    return PolicyLoadResult(policy, path, problems)


def read_policy_file(path: Path) -> tuple[Policy, list[PolicyProblem]]:
    """Read and check one policy file; never raises.

    The file must be a regular file of at most :data:`MAX_POLICY_BYTES`, UTF-8 (a byte
    order mark is allowed) and a JSON object; otherwise the restrictive
    :func:`~calmfloor.core.policy.fail_closed_policy` is returned with one problem.
    Then :func:`~calmfloor.core.policy.parse_policy` reads what it can and reports the
    rest; a key given twice in one object and a clinic routines folder that does not
    exist are reported too.

    Returns:
        ``(policy, problems)``; no problems when the file is valid.
    """
    raw, problem = _read_bytes(path)
    if raw is None:
        return fail_closed_policy(), [PolicyProblem("", f"{problem}; {FAIL_CLOSED_TEXT}")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        message = f"line {line} is not UTF-8 text; save the file as UTF-8"
        return fail_closed_policy(), [PolicyProblem("", f"{message}; {FAIL_CLOSED_TEXT}")]
    duplicates: list[str] = []
    try:
        data = json.loads(text, object_pairs_hook=lambda pairs: _object(pairs, duplicates))
    except json.JSONDecodeError as exc:
        message = f"this is not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})"
        return fail_closed_policy(), [PolicyProblem("", f"{message}; {FAIL_CLOSED_TEXT}")]
    except ValueError as exc:  # e.g. a number with thousands of digits
        message = f"this is not valid JSON ({exc})"
        return fail_closed_policy(), [PolicyProblem("", f"{message}; {FAIL_CLOSED_TEXT}")]
    except RecursionError:
        message = "this is not valid JSON (values are nested too deeply)"
        return fail_closed_policy(), [PolicyProblem("", f"{message}; {FAIL_CLOSED_TEXT}")]
    try:
        policy, problems = parse_policy(data)
    except Exception as exc:  # a file from anyone must never stop calmfloor
        message = f"calmfloor could not check this file ({type(exc).__name__}: {exc})"
        return fail_closed_policy(), [PolicyProblem("", f"{message}; {FAIL_CLOSED_TEXT}")]
    problems = [
        PolicyProblem(key, "this key is given twice in one object; the last one is used.")
        for key in dict.fromkeys(duplicates)
    ] + problems
    folder = policy.clinic_routines_dir
    if folder is not None and not _is_dir(Path(folder)):
        problems.append(
            PolicyProblem(
                "clinic_routines_dir",
                "this folder does not exist or cannot be read; no clinic routines are loaded.",
            )
        )
    return policy, problems


def _object(pairs: list[tuple[str, object]], duplicates: list[str]) -> dict[str, object]:
    result: dict[str, object] = {}
    for key, value in pairs:
        if key in result:
            duplicates.append(key)
        result[key] = value
    return result


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except (OSError, ValueError):
        return False


def _read_bytes(path: Path) -> tuple[bytes | None, str]:
    """The file's bytes without a UTF-8 BOM, or why they cannot be read."""
    try:
        info = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        return None, "the file does not exist"
    except PermissionError:
        return None, "the file cannot be read (no permission)"
    except (OSError, ValueError) as exc:  # ValueError: a NUL character in the name
        return None, f"the file cannot be read ({_why(exc)})"
    if stat.S_ISDIR(info.st_mode):
        return None, "this is a folder, not a policy file"
    if not stat.S_ISREG(info.st_mode):  # a pipe or device could block or never end
        return None, "this is not a regular file"
    if info.st_size > MAX_POLICY_BYTES:
        return None, _too_large(info.st_size)
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_POLICY_BYTES + 1)
    except PermissionError:
        return None, "the file cannot be read (no permission)"
    except OSError as exc:
        return None, f"the file cannot be read ({_why(exc)})"
    if len(raw) > MAX_POLICY_BYTES:  # it grew since stat()
        return None, _too_large(len(raw))
    raw = raw.removeprefix(UTF8_BOM)
    if not raw.strip():
        return None, "the file is empty"
    return raw, ""


def _too_large(size: int) -> str:
    return (
        f"the file is {math.ceil(size / 1024)} KiB; a policy file may be at most "
        f"{MAX_POLICY_BYTES // 1024} KiB"
    )


def _why(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__
