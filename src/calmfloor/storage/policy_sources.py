"""Policy from the places fleets are managed: the Windows registry, macOS profiles, JSON folders.

Each reader turns what it finds into the document shape of ``policy.json`` (so one parser,
:func:`calmfloor.core.policy.parse_policy`, checks everything and fails closed the same way)
and never raises. Every location is fixed in code: no environment variable moves one.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path, PureWindowsPath
from types import ModuleType
from typing import Any

from calmfloor.core.policy import (
    FAIL_CLOSED_TEXT,
    HEAT_KEYS,
    HISTORY_KEYS,
    KIOSK_KEYS,
    POLICY_FORMAT,
    POLICY_KEYS,
    POLICY_VERSION,
    DuplicateValues,
    PolicyProblem,
)
from calmfloor.core.policy_keys import (
    MACOS_DOMAIN,
    POLICY_KEY_SPECS,
    RECOMMENDED_SUBKEY,
    REGISTRY_ROOT,
    PolicyKeySpec,
)
from calmfloor.core.settings import SETTINGS
from calmfloor.storage.safefile import FileReadError, read_regular_file

__all__ = [
    "MACOS_MANAGED_PREFERENCES",
    "MANDATORY",
    "MAX_FOLDER_FILES",
    "MAX_PLIST_BYTES",
    "MAX_REGISTRY_ENTRIES",
    "RECOMMENDED",
    "SourceDocument",
    "decode_policy_json",
    "gather_sources",
    "plist_document",
    "policy_folders",
    "read_json_source",
    "read_plist_source",
    "read_registry_sources",
]

MANDATORY = "mandatory"
RECOMMENDED = "recommended"
RECOMMENDED_KEY = "Recommended"  # the recommended tier inside a macOS profile
MACOS_MANAGED_PREFERENCES = "/Library/Managed Preferences"
MAX_PLIST_BYTES = 256 * 1024
MAX_JSON_BYTES = 256 * 1024
MAX_DOCUMENT_KEYS = 1000  # a real policy has a few dozen; more is not a policy (and slow)
MAX_FOLDER_FILES = 100  # more files in managed/ is not a policy: the folder fails closed
MAX_REGISTRY_ENTRIES = 1000  # values and keys under the policy key, as MAX_POLICY_KEYS
MAX_REGISTRY_CHARS = 256 * 1024
MAX_REGISTRY_DEPTH = 4
_NUMBER_RE = re.compile(r"-?[0-9]{1,9}(\.[0-9]{1,9})?")
_SPECS: Mapping[tuple[str, ...], PolicyKeySpec] = {s.path: s for s in POLICY_KEY_SPECS}
_LIST_KINDS = ("list", "times")
_KNOWN: Mapping[tuple[str, ...], tuple[str, ...]] = {
    (): (*POLICY_KEYS, RECOMMENDED_SUBKEY),
    ("kiosk",): KIOSK_KEYS,
    ("history",): HISTORY_KEYS,
    ("heat",): HEAT_KEYS,
    ("settings",): tuple(s.key for s in SETTINGS),
}


@dataclass(frozen=True)
class SourceDocument:
    """One place policy was found.

    Attributes:
        label: where, for people and ``policy show``: ``file:/etc/calmfloor/policy.json``,
            ``registry:HKLM``, ``profile:/Library/Managed Preferences/...``.
        tier: :data:`MANDATORY` or :data:`RECOMMENDED`.
        data: the document (a mapping), or None when the source could not be read at all.
        problems: what was wrong with reading it (the parser adds its own later).
        path: the file, for file sources.
    """

    label: str
    tier: str
    data: object
    problems: list[PolicyProblem] = field(default_factory=list)
    path: Path | None = None

    @property
    def failed(self) -> bool:
        """True when the source exists but could not be read: the policy fails closed."""
        return self.data is None


def _fail(label: str, tier: str, reason: str, path: Path | None = None) -> SourceDocument:
    if tier == RECOMMENDED:
        message = f"{reason}; this recommended policy is not used."
    else:
        message = f"{reason}; {FAIL_CLOSED_TEXT}"
    return SourceDocument(label, tier, None, [PolicyProblem("", message, label)], path)


# -- JSON files and folders ------------------------------------------------------------------


def read_json_source(path: Path, tier: str = MANDATORY) -> SourceDocument:
    """One JSON policy file, as a source (the same checks as ``policy.json``)."""
    label = f"file:{path}"
    try:
        raw = read_regular_file(path, MAX_JSON_BYTES)
    except FileReadError as exc:
        return _fail(label, tier, exc.describe(), path)
    if not raw.strip():
        return _fail(label, tier, "the file is empty", path)
    data, problems = decode_policy_json(raw)
    if data is None:
        reason = problems[0].message.split(";")[0] if problems else "unreadable"
        return _fail(label, tier, reason, path)
    return SourceDocument(label, tier, data, _labelled(problems, label), path)


def _labelled(problems: list[PolicyProblem], label: str) -> list[PolicyProblem]:
    return [PolicyProblem(p.key, p.message, label) for p in problems]


def policy_folders(platform: str = sys.platform) -> tuple[Path, Path]:
    """The fixed ``managed`` and ``recommended`` folders of JSON policy files."""
    if platform == "win32":
        base = Path(str(PureWindowsPath(r"C:\ProgramData\calmfloor\policies")))
    elif platform == "darwin":
        base = Path("/Library/Application Support/calmfloor/policies")
    else:
        base = Path("/etc/calmfloor/policies")
    return base / "managed", base / "recommended"


def json_folder_sources(folder: Path, tier: str) -> list[SourceDocument]:
    """Every ``*.json`` in ``folder`` by name; a folder that cannot be listed fails closed."""
    label = f"file:{folder}"
    try:
        if not folder.exists():
            return []
        names = sorted(p for p in folder.iterdir() if p.name.endswith(".json"))
    except OSError as exc:
        return [_fail(label, tier, f"the folder cannot be read ({exc.strerror or exc})")]
    if len(names) > MAX_FOLDER_FILES:
        reason = f"the folder has {len(names)} policy files, more than {MAX_FOLDER_FILES}"
        return [_fail(label, tier, reason)]
    return [read_json_source(path, tier) for path in names if not path.name.startswith(".")]


def decode_policy_json(raw: bytes) -> tuple[object | None, list[PolicyProblem]]:
    """The JSON document in ``raw`` (a BOM already removed), keys given twice kept apart.

    Returns:
        ``(data, problems)``: ``data`` is None when the bytes are no usable JSON document
        (not UTF-8, not JSON, more than :data:`MAX_DOCUMENT_KEYS` keys), and then the one
        problem says why and that the restrictive policy is used; otherwise ``problems``
        names each key given more than once (kept as
        :class:`~calmfloor.core.policy.DuplicateValues`).
    """
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        message = f"line {line} is not UTF-8 text; save the file as UTF-8"
        return None, [PolicyProblem("", f"{message}; {FAIL_CLOSED_TEXT}")]
    duplicates: list[str] = []
    keys = [0]
    try:
        data = json.loads(text, object_pairs_hook=lambda pairs: _object(pairs, duplicates, keys))
    except json.JSONDecodeError as exc:
        message = f"this is not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})"
        return None, [PolicyProblem("", f"{message}; {FAIL_CLOSED_TEXT}")]
    except ValueError as exc:  # e.g. a number with thousands of digits
        message = f"this is not valid JSON ({exc})"
        return None, [PolicyProblem("", f"{message}; {FAIL_CLOSED_TEXT}")]
    except RecursionError:
        message = "this is not valid JSON (values are nested too deeply)"
        return None, [PolicyProblem("", f"{message}; {FAIL_CLOSED_TEXT}")]
    if keys[0] > MAX_DOCUMENT_KEYS:
        message = (
            f"the file has {keys[0]} keys; a policy has at most {MAX_DOCUMENT_KEYS}, so this is "
            "not one"
        )
        return None, [PolicyProblem("", f"{message}; {FAIL_CLOSED_TEXT}")]
    return data, [
        PolicyProblem(
            key, "this key is given more than once in one object; the most restrictive is used."
        )
        for key in dict.fromkeys(duplicates)
    ]


def _object(
    pairs: list[tuple[str, object]], duplicates: list[str], keys: list[int]
) -> dict[str, object]:
    """One JSON object; a key given more than once keeps all its values (in order)."""
    keys[0] += len(pairs)
    result: dict[str, object] = {}
    for key, value in pairs:
        if key in result:
            duplicates.append(key)
            earlier = result[key]
            values = earlier.values if isinstance(earlier, DuplicateValues) else (earlier,)
            result[key] = DuplicateValues((*values, value))
        else:
            result[key] = value
    return result


# -- macOS managed preferences ---------------------------------------------------------------


class _PlistDict(dict[str, Any]):
    """A plist dictionary that keeps every value of a key given twice (plistlib keeps the last)."""

    def __setitem__(self, key: str, value: object) -> None:
        if key in self:
            earlier = super().__getitem__(key)
            values = earlier.values if isinstance(earlier, DuplicateValues) else (earlier,)
            value = DuplicateValues((*values, value))
        super().__setitem__(key, value)


def plist_document(raw: bytes) -> tuple[object | None, str]:
    """The policy document in a managed-preferences plist (XML or binary), or why not."""
    import plistlib  # only where a plist is read: it brings pyexpat

    try:
        data = plistlib.loads(raw, dict_type=_PlistDict)
    except (plistlib.InvalidFileException, ValueError, TypeError, KeyError, OverflowError) as exc:
        return None, f"this is not a readable property list ({type(exc).__name__})"
    except RecursionError:
        return None, "this is not a readable property list (nested too deeply)"
    except Exception as exc:  # expat and plistlib raise many kinds; never stop calmfloor
        return None, f"this is not a readable property list ({type(exc).__name__})"
    if not isinstance(data, Mapping):
        return None, "the property list does not hold a dictionary"
    return _plain(data), ""


def _plain(value: object) -> object:
    """Plist values as JSON would give them; dates and data stay (and are refused later)."""
    if isinstance(value, DuplicateValues):
        return DuplicateValues(tuple(_plain(v) for v in value.values))
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _current_user() -> str | None:
    """This account's name from the user database: ``USER`` and ``LOGNAME`` can be set by anyone."""
    try:
        import pwd
    except ImportError:  # not on Windows, which has no managed preferences anyway
        return None
    try:
        return pwd.getpwuid(os.getuid()).pw_name
    except (KeyError, OSError):
        return None


def macos_profile_paths(user: str | None = None) -> list[Path]:
    """The managed-preferences plists of the domain: the computer's, then this user's."""
    base = Path(MACOS_MANAGED_PREFERENCES)
    paths = [base / f"{MACOS_DOMAIN}.plist"]
    user = user if user is not None else _current_user()
    if user and "/" not in user and user not in (".", ".."):
        paths.append(base / user / f"{MACOS_DOMAIN}.plist")
    return paths


def read_plist_source(path: Path) -> list[SourceDocument]:
    """A managed-preferences plist: the mandatory document and its ``Recommended`` one."""
    label = f"profile:{path}"
    try:
        raw = read_regular_file(path, MAX_PLIST_BYTES, strip_bom=False)
    except FileReadError as exc:
        if exc.path == path and exc.reason.value == "missing":
            return []
        return [_fail(label, MANDATORY, exc.describe(), path)]
    data, reason = plist_document(raw)
    if not isinstance(data, Mapping):
        return [_fail(label, MANDATORY, reason, path)]
    sources = _split_recommended(dict(data), label, path)
    sources[0].problems.extend(
        PolicyProblem(
            key,
            "this key is given more than once in one dictionary; the most restrictive is used.",
            label,
        )
        for key in _duplicated(data, "")
    )
    return sources


def _duplicated(value: object, prefix: str) -> list[str]:
    """The dotted keys given more than once anywhere in ``value``."""
    found: list[str] = []
    if isinstance(value, Mapping):
        for key, item in value.items():
            dotted = f"{prefix}{key}"
            if isinstance(item, DuplicateValues):
                found.append(dotted)
                for each in item.values:
                    found += _duplicated(each, dotted + ".")
            else:
                found += _duplicated(item, dotted + ".")
    return list(dict.fromkeys(found))


def _split_recommended(
    data: dict[str, object], label: str, path: Path | None
) -> list[SourceDocument]:
    """The mandatory document with its version filled in, and the recommended one if any."""
    recommended = data.pop(RECOMMENDED_KEY, None)
    data.setdefault("format", POLICY_FORMAT)  # a profile or the registry has no format line
    data.setdefault("version", POLICY_VERSION)
    sources = [SourceDocument(label, MANDATORY, data, [], path)]
    if recommended is not None:
        rec_label = f"{label}#{RECOMMENDED_KEY}"
        if isinstance(recommended, Mapping):
            rec = {"format": POLICY_FORMAT, "version": POLICY_VERSION, **recommended}
            sources.append(SourceDocument(rec_label, RECOMMENDED, rec, [], path))
        else:
            sources.append(_fail(rec_label, RECOMMENDED, f"{RECOMMENDED_KEY} is not a dictionary"))
    return sources


# -- the Windows registry --------------------------------------------------------------------


@dataclass
class _Tree:
    values: dict[str, tuple[object, int]] = field(default_factory=dict)
    keys: dict[str, _Tree] = field(default_factory=dict)


class _TooLarge(Exception):
    pass


def _read_tree(reg: ModuleType, handle: object, depth: int, budget: list[int]) -> _Tree:
    tree = _Tree()
    index = 0
    while True:
        try:
            name, data, kind = reg.EnumValue(handle, index)
        except OSError:
            break
        index += 1
        budget[0] -= 1
        budget[1] -= len(name) + (len(data) if isinstance(data, str | bytes | list) else 8)
        if budget[0] < 0 or budget[1] < 0:
            raise _TooLarge
        tree.values[name] = (data, kind)
    index = 0
    while True:
        try:
            sub = reg.EnumKey(handle, index)
        except OSError:
            break
        index += 1
        budget[0] -= 1
        if budget[0] < 0 or depth >= MAX_REGISTRY_DEPTH:
            raise _TooLarge
        with reg.OpenKey(handle, sub) as child:
            tree.keys[sub] = _read_tree(reg, child, depth + 1, budget)
    return tree


def _canonical(name: str, where: tuple[str, ...]) -> str:
    """Registry names are case-insensitive, so ``Kiosk`` is the key ``kiosk``."""
    for known in _KNOWN.get(where, ()):
        if known.casefold() == name.casefold():
            return known
    return name


def _convert(spec: PolicyKeySpec | None, data: object, kind: int, reg: ModuleType) -> object:
    if kind == getattr(reg, "REG_MULTI_SZ", 7) and isinstance(data, list):
        return list(data)
    if spec is None:
        return data
    if spec.kind == "bool" and isinstance(data, int) and data in (0, 1):
        return bool(data)
    if spec.kind in ("int", "float") and isinstance(data, str) and _NUMBER_RE.fullmatch(data):
        number = float(data)
        return int(number) if spec.kind == "int" and number.is_integer() else number
    return data


def _list_of(tree: _Tree, where: str, problems: list[PolicyProblem], label: str) -> object:
    """A ``<list>`` key: the values ``1``, ``2``... in order; other names spoil the list."""
    items: list[tuple[int, object]] = []
    for name, (data, _kind) in tree.values.items():
        if not name.isascii() or not name.isdigit():
            problems.append(
                PolicyProblem(
                    where,
                    f'the value "{name[:40]}" is not numbered (1, 2, 3...); the list is read as '
                    "not a list.",
                    label,
                )
            )
            return {name: data for name, (data, _kind) in tree.values.items()}
        items.append((int(name), data))
    if tree.keys:
        return {"": "a list with keys inside"}
    return [data for _, data in sorted(items, key=lambda item: item[0])]


def _document(
    tree: _Tree, where: tuple[str, ...], reg: ModuleType, problems: list[PolicyProblem], label: str
) -> dict[str, object]:
    data: dict[str, object] = {}
    for raw_name, (value, kind) in tree.values.items():
        name = _canonical(raw_name, where)
        data[name] = _convert(_SPECS.get((*where, name)), value, kind, reg)
    for raw_name, sub in tree.keys.items():
        name = _canonical(raw_name, where)
        path = (*where, name)
        spec = _SPECS.get(path)
        dotted = ".".join(path)
        if where == () and name == "locked":
            data[name] = _locks(sub, problems, label)
        elif spec is not None and spec.kind in _LIST_KINDS:
            data[name] = _list_of(sub, dotted, problems, label)
        else:
            data[name] = _document(sub, path, reg, problems, label)
    return data


def _locks(tree: _Tree, problems: list[PolicyProblem], label: str) -> object:
    """``locked`` as a list: every value except a DWORD 0 locks its setting."""
    if tree.keys:
        return {"": "a lock list with keys inside"}  # not a list: every setting is locked
    names: list[str] = []
    for name, (data, _kind) in tree.values.items():
        if isinstance(data, int) and not isinstance(data, bool) and data in (0, 1):
            if data:
                names.append(name)
            continue
        names.append(name)
        problems.append(
            PolicyProblem(
                "locked",
                f'the lock of "{name[:40]}" is not the number 0 or 1; it is locked.',
                label,
            )
        )
    return names


def read_registry_sources(reg: ModuleType | None = None) -> list[SourceDocument]:
    """``HKLM`` then ``HKCU`` ``Software\\Policies\\calmfloor``, each with its ``Recommended``.

    Args:
        reg: the ``winreg`` module (a fake one in tests); None imports the real one, and
            gives nothing where there is none.
    """
    if reg is None:
        if sys.platform != "win32":
            return []
        import winreg as real

        reg = real
    sources: list[SourceDocument] = []
    for hive_name in ("HKLM", "HKCU"):
        hive = getattr(reg, "HKEY_LOCAL_MACHINE" if hive_name == "HKLM" else "HKEY_CURRENT_USER")
        label = f"registry:{hive_name}"
        try:
            handle = reg.OpenKey(hive, REGISTRY_ROOT)
        except FileNotFoundError:
            continue
        except OSError as exc:
            sources.append(_fail(label, MANDATORY, f"the policy key cannot be read ({exc})"))
            continue
        try:
            with handle:
                tree = _read_tree(reg, handle, 1, [MAX_REGISTRY_ENTRIES, MAX_REGISTRY_CHARS])
        except _TooLarge:
            reason = (
                f"the policy key holds more than {MAX_REGISTRY_ENTRIES} entries, "
                f"{MAX_REGISTRY_CHARS // 1024} KiB of text or {MAX_REGISTRY_DEPTH} levels"
            )
            sources.append(_fail(label, MANDATORY, reason))
            continue
        except OSError as exc:
            sources.append(_fail(label, MANDATORY, f"the policy key cannot be read ({exc})"))
            continue
        problems: list[PolicyProblem] = []
        recommended_tree = None
        for name in list(tree.keys):
            if name.casefold() == RECOMMENDED_SUBKEY.casefold():
                recommended_tree = tree.keys.pop(name)
        data = _document(tree, (), reg, problems, label)
        data.setdefault("format", POLICY_FORMAT)
        data.setdefault("version", POLICY_VERSION)
        if len(tree.values) + len(tree.keys) > 0:
            sources.append(SourceDocument(label, MANDATORY, data, problems))
        if recommended_tree is not None:
            rec_problems: list[PolicyProblem] = []
            rec = _document(recommended_tree, (), reg, rec_problems, label)
            rec.setdefault("format", POLICY_FORMAT)
            rec.setdefault("version", POLICY_VERSION)
            rec_label = f"{label}\\{RECOMMENDED_SUBKEY}"
            sources.append(SourceDocument(rec_label, RECOMMENDED, rec, rec_problems))
    return sources


# -- all of them -----------------------------------------------------------------------------


def gather_sources(
    platform: str = sys.platform, reg: ModuleType | None = None
) -> list[SourceDocument]:
    """Every source of this computer except ``policy.json``, highest precedence first.

    Windows: the registry (``HKLM``, then ``HKCU``). macOS: the managed preferences of
    :data:`~calmfloor.core.policy_keys.MACOS_DOMAIN` (the computer's, then this
    user's). Then, everywhere, the ``managed`` JSON folder in name order, and the
    ``recommended`` one.
    """
    sources: list[SourceDocument] = []
    if platform == "win32":
        sources += read_registry_sources(reg)
    elif platform == "darwin":
        for path in macos_profile_paths():
            sources += read_plist_source(path)
    managed, recommended = policy_folders(platform)
    sources += json_folder_sources(managed, MANDATORY)
    sources += json_folder_sources(recommended, RECOMMENDED)
    return sources


def dump_document(data: object) -> str:
    """A document as JSON, for the logs (duplicates shown as a list of their values)."""

    def default(value: object) -> object:
        if isinstance(value, DuplicateValues):
            return {"given more than once": list(value.values)}
        return repr(value)

    return json.dumps(data, default=default, ensure_ascii=False, sort_keys=True)
