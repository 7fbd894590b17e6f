"""Finding and reading the clinic policy file; a file that cannot be read fails closed."""

from __future__ import annotations

import math
import os
import stat
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path, PureWindowsPath
from types import MappingProxyType

from calmfloor.core.policy import (
    FAIL_CLOSED_TEXT,
    Policy,
    PolicyProblem,
    fail_closed_policy,
    parse_policy,
    parse_recommended,
    tighten,
)
from calmfloor.core.policy_keys import merge_documents
from calmfloor.storage.paths import APP_NAME
from calmfloor.storage.policy_sources import (
    MANDATORY,
    MAX_DOCUMENT_KEYS,
    RECOMMENDED,
    SourceDocument,
    decode_policy_json,
    gather_sources,
    read_json_source,
)

__all__ = [
    "MAX_POLICY_BYTES",
    "MAX_POLICY_KEYS",
    "POLICY_ENV",
    "POLICY_FILE_NAME",
    "PolicyLoadResult",
    "combine_sources",
    "decode_policy_json",
    "load_policy",
    "policy_locations",
    "read_policy_file",
]

POLICY_ENV = "CALMFLOOR_POLICY_FILE"
POLICY_FILE_NAME = "policy.json"
MAX_POLICY_BYTES = 256 * 1024
MAX_POLICY_KEYS = MAX_DOCUMENT_KEYS  # a real policy has a few dozen; more is not one
LINUX_SITE_DIR = "/etc/xdg/calmfloor"
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
        extra_path: a file named by ``--policy-file`` or ``CALMFLOOR_POLICY_FILE`` that
            only added restrictions to the system policy at ``path``; None otherwise.
        sources: every source read, highest precedence first (``file:...``,
            ``registry:HKLM``, ``profile:...``; recommended ones too).
        origins: dotted key -> the mandatory source it came from
            (:class:`~calmfloor.core.policy_keys.MergedDocument`).
        recommended_origins: the same for the recommended tier.
    """

    policy: Policy
    path: Path | None
    problems: list[PolicyProblem] = field(default_factory=list)
    extra_path: Path | None = None
    sources: tuple[str, ...] = ()
    origins: Mapping[str, str] = field(default_factory=dict)
    recommended_origins: Mapping[str, str] = field(default_factory=dict)


def policy_locations(
    platform: str = sys.platform, environ: Mapping[str, str] = os.environ
) -> list[Path]:
    """The system-wide places a policy file is looked for, in order.

    They are fixed: no environment variable a user can set moves them (a user's
    ``XDG_CONFIG_DIRS`` or ``ProgramData`` must not displace the clinic's file). Linux and
    other Unix: ``/etc/xdg/calmfloor``, then ``/etc/calmfloor``. macOS: platformdirs' site
    folder (``/Library/Application Support/calmfloor``, or Homebrew's share folder for a
    Homebrew Python), then ``/Library/Application Support/calmfloor``. Windows: the
    ProgramData known folder as Windows reports it, then ``C:\\ProgramData\\calmfloor``.

    Args:
        platform: a ``sys.platform`` value; another platform's list can be asked for
            (only the fixed folder of Windows when not on Windows).
        environ: unused; kept so callers and tests can pass an environment, which must
            make no difference.
    """
    del environ  # deliberately not read
    locations: list[Path] = []
    if platform == "win32":
        site = _site_config_dir(platform)
        if site is not None:
            locations.append(Path(site) / POLICY_FILE_NAME)
        fixed = PureWindowsPath(WINDOWS_PROGRAM_DATA, APP_NAME, POLICY_FILE_NAME)
        locations.append(Path(str(fixed)))
    elif platform == "darwin":
        site = _site_config_dir(platform)
        if site is not None:
            locations.append(Path(site) / POLICY_FILE_NAME)
        locations.append(Path(MACOS_POLICY_DIR) / POLICY_FILE_NAME)
    else:
        locations.append(Path(LINUX_SITE_DIR) / POLICY_FILE_NAME)
        locations.append(Path(LINUX_POLICY_DIR) / POLICY_FILE_NAME)
    return list(dict.fromkeys(locations))


def _site_config_dir(platform: str) -> str | None:
    if platform == "win32":
        if sys.platform != "win32":  # the Windows lookup needs Windows itself
            return None
        from platformdirs.windows import Windows

        return Windows(APP_NAME, appauthor=False).site_config_dir
    from platformdirs.macos import MacOS

    return MacOS(APP_NAME, appauthor=False).site_config_dir


def load_policy(
    override: Path | None = None, environ: Mapping[str, str] = os.environ
) -> PolicyLoadResult:
    """Find and read the policy that applies to this run.

    The system policy is the first existing file of :func:`policy_locations`. A file
    named by ``override`` (``--policy-file``) or else ``CALMFLOOR_POLICY_FILE`` can only
    add restrictions to it (:func:`~calmfloor.core.policy.tighten`: the system's PIN,
    clinic routines and values stay); without a system policy the named file is the
    policy (to try a policy out). A named file must exist: if it does not, or any policy
    file cannot be read, the restrictive :func:`~calmfloor.core.policy.fail_closed_policy`
    applies. No file at all gives the default policy, which changes nothing.

    Args:
        override: the file given with ``--policy-file``, or None.
        environ: the environment, for ``CALMFLOOR_POLICY_FILE``.
    """
    named = override if override is not None else environ.get(POLICY_ENV) or None
    system = _system_policy()
    if named is None:
        return system if system is not None else PolicyLoadResult(Policy(), None, [])
    extra = _load(Path(named))
    if system is None:
        return extra
    policy = tighten(system.policy, extra.policy, second_only_restricts=True)
    return PolicyLoadResult(policy, system.path, system.problems + extra.problems, extra.path)


def _system_policy() -> PolicyLoadResult | None:
    legacy: Path | None = None
    for path in policy_locations():
        try:
            path.stat()
        except (FileNotFoundError, NotADirectoryError):
            continue
        except (OSError, ValueError):
            pass  # there is something we may not look at: read_policy_file fails closed
        legacy = path
        break
    found = gather_sources()
    if not found:
        return _load(legacy) if legacy is not None else None
    return combine_sources(found, legacy)


def combine_sources(found: list[SourceDocument], legacy: Path | None = None) -> PolicyLoadResult:
    """The policy of several sources (registry, profiles, folders, then ``policy.json``).

    Mandatory sources are merged key by key, the first that sets a key winning
    (:func:`~calmfloor.core.policy_keys.merge_documents`), and the result checked by
    :func:`~calmfloor.core.policy.parse_policy`; a mandatory source that cannot be read
    at all makes the whole policy :func:`~calmfloor.core.policy.fail_closed_policy`.
    Recommended sources give the policy's ``recommended`` setting values.

    Args:
        found: the sources, highest precedence first.
        legacy: the system ``policy.json``, read last.
    """
    sources = list(found)
    if legacy is not None:
        sources.append(read_json_source(legacy, MANDATORY))
    problems: list[PolicyProblem] = [p for s in sources for p in s.problems]
    mandatory = [s for s in sources if s.tier == MANDATORY]
    merged = merge_documents([(s.label, s.data) for s in mandatory if not s.failed])
    if any(s.failed for s in mandatory):
        policy = fail_closed_policy()
    elif mandatory:
        try:
            policy, parsed = parse_policy(dict(merged.data))
        except Exception as exc:  # a policy from anyone must never stop calmfloor
            message = f"calmfloor could not check this policy ({type(exc).__name__}: {exc})"
            policy, parsed = (
                fail_closed_policy(),
                [PolicyProblem("", f"{message}; {FAIL_CLOSED_TEXT}")],
            )
        problems += [_with_source(p, merged.origins, mandatory) for p in parsed]
        problems += list(merged.problems)
    else:
        policy = Policy()
    recommended = [s for s in sources if s.tier == RECOMMENDED and not s.failed]
    rec = merge_documents([(s.label, s.data) for s in recommended])
    if recommended:
        try:
            values, parsed = parse_recommended(dict(rec.data))
        except Exception as exc:  # never stop calmfloor; a recommendation is only a default
            values, parsed = {}, [PolicyProblem("", f"could not be checked ({exc})")]
        problems += [_with_source(p, rec.origins, recommended) for p in parsed]
        problems += list(rec.problems)
        policy = replace(policy, recommended=MappingProxyType(dict(values)))
    folder = policy.clinic_routines_dir
    if folder is not None and not _is_dir(Path(folder)):
        problems.append(
            PolicyProblem(
                "clinic_routines_dir",
                "this folder does not exist or cannot be read; no clinic routines are loaded.",
                merged.origins.get("clinic_routines_dir", ""),
            )
        )
    first_file = next((s.path for s in mandatory if s.path is not None), None)
    return PolicyLoadResult(
        policy,
        legacy or first_file,
        problems,
        sources=tuple(s.label for s in sources),
        origins=merged.origins,
        recommended_origins=rec.origins,
    )


def _with_source(
    problem: PolicyProblem, origins: Mapping[str, str], sources: list[SourceDocument]
) -> PolicyProblem:
    """``problem`` with the source of its key (the only source when there is one)."""
    if problem.source:
        return problem
    key = problem.key
    source = ""
    while key and not source:
        source = origins.get(key, "")
        key = key.rpartition(".")[0]
    if not source and len(sources) == 1:
        source = sources[0].label
    return replace(problem, source=source)


def _load(path: Path) -> PolicyLoadResult:
    policy, problems = read_policy_file(path)
    label = f"file:{path}"
    problems = [replace(p, source=label) for p in problems]
    origins: dict[str, str] = {}
    if not policy.failed_closed:
        data, _ = decode_policy_json(_read_bytes(path)[0] or b"{}")
        origins = dict(merge_documents([(label, data)]).origins)
    return PolicyLoadResult(policy, path, problems, sources=(label,), origins=origins)


def read_policy_file(path: Path) -> tuple[Policy, list[PolicyProblem]]:
    """Read and check one policy file; never raises.

    The file must be a regular file of at most :data:`MAX_POLICY_BYTES`, UTF-8 (a byte
    order mark is allowed) and a JSON object; otherwise the restrictive
    :func:`~calmfloor.core.policy.fail_closed_policy` is returned with one problem.
    Then :func:`~calmfloor.core.policy.parse_policy` reads what it can and reports the
    rest; a key given more than once in one object (read in its most restrictive way), a
    file of more than :data:`MAX_POLICY_KEYS` keys (fails closed) and a clinic routines
    folder that does not exist are reported too.

    Returns:
        ``(policy, problems)``; no problems when the file is valid.
    """
    raw, problem = _read_bytes(path)
    if raw is None:
        return fail_closed_policy(), [PolicyProblem("", f"{problem}; {FAIL_CLOSED_TEXT}")]
    data, duplicated = decode_policy_json(raw)
    if data is None:
        return fail_closed_policy(), duplicated
    try:
        policy, problems = parse_policy(data)
    except Exception as exc:  # a file from anyone must never stop calmfloor
        message = f"calmfloor could not check this file ({type(exc).__name__}: {exc})"
        return fail_closed_policy(), [PolicyProblem("", f"{message}; {FAIL_CLOSED_TEXT}")]
    problems = duplicated + problems
    folder = policy.clinic_routines_dir
    if folder is not None and not _is_dir(Path(folder)):
        problems.append(
            PolicyProblem(
                "clinic_routines_dir",
                "this folder does not exist or cannot be read; no clinic routines are loaded.",
            )
        )
    return policy, problems


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
