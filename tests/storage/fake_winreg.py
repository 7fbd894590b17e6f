"""A stand-in for Windows' ``winreg`` module, filled from a ``.reg`` export, for Linux CI.

It implements what calmfloor's registry reader uses (``OpenKey``, ``EnumKey``, ``EnumValue``,
the hive handles and value types) with the registry's own rules: key and value names are
case-insensitive and keep the case they were written with.
"""

from __future__ import annotations

import re
import types
from dataclasses import dataclass, field

REG_SZ = 1
REG_EXPAND_SZ = 2
REG_BINARY = 3
REG_DWORD = 4
REG_MULTI_SZ = 7
REG_QWORD = 11
HIVES = {
    "HKEY_LOCAL_MACHINE": "HKLM",
    "HKLM": "HKLM",
    "HKEY_CURRENT_USER": "HKCU",
    "HKCU": "HKCU",
}


@dataclass
class FakeKey:
    """One registry key: values by name (in order) and sub-keys."""

    name: str
    values: dict[str, tuple[str, object, int]] = field(default_factory=dict)  # folded -> ...
    keys: dict[str, FakeKey] = field(default_factory=dict)  # folded name -> key

    def child(self, name: str, create: bool = False) -> FakeKey | None:
        found = self.keys.get(name.casefold())
        if found is None and create:
            found = self.keys[name.casefold()] = FakeKey(name)
        return found

    def set(self, name: str, data: object, kind: int) -> None:
        self.values[name.casefold()] = (name, data, kind)

    def __enter__(self) -> FakeKey:
        return self

    def __exit__(self, *_: object) -> None:
        return None


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def _hex_bytes(text: str) -> bytes:
    return bytes(int(part, 16) for part in text.replace("\\", "").split(",") if part.strip())


def parse_value(raw: str) -> tuple[object, int]:
    """One ``.reg`` value (the part after ``=``)."""
    if raw.startswith('"'):
        return _unescape(raw[1:-1]), REG_SZ
    if raw.startswith("dword:"):
        return int(raw[6:], 16), REG_DWORD
    kind, _, data = raw.partition(":")
    payload = _hex_bytes(data)
    if kind == "hex(7)":
        items = payload.decode("utf-16-le").split("\0")
        while items and items[-1] == "":
            items.pop()
        return items, REG_MULTI_SZ
    if kind == "hex(2)":
        return payload.decode("utf-16-le").rstrip("\0"), REG_EXPAND_SZ
    if kind == "hex(b)":
        return int.from_bytes(payload, "little"), REG_QWORD
    if kind == "hex(4)":
        return int.from_bytes(payload, "little"), REG_DWORD
    return payload, REG_BINARY


def parse_reg(data: bytes) -> dict[str, FakeKey]:
    """The hives of a ``.reg`` export (UTF-16 with BOM as regedit writes it, or UTF-8)."""
    text = data.decode("utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else data.decode()
    text = text.lstrip("\ufeff")
    lines = text.replace("\r\n", "\n").split("\n")
    if not lines[0].startswith(("Windows Registry Editor Version 5.00", "REGEDIT4")):
        raise ValueError("not a .reg export")
    hives = {"HKLM": FakeKey("HKEY_LOCAL_MACHINE"), "HKCU": FakeKey("HKEY_CURRENT_USER")}
    current: FakeKey | None = None
    pending = ""
    for line in lines[1:]:
        line = pending + line.strip()
        if line.endswith("\\") and not line.startswith("["):
            pending = line[:-1]
            continue
        pending = ""
        if not line or line.startswith(";"):
            continue
        if line.startswith("[") and line.endswith("]"):
            path = line[1:-1]
            if path.startswith("-"):
                current = None
                continue
            hive, *parts = path.split("\\")
            current = hives[HIVES[hive.upper()]]
            for part in parts:
                child = current.child(part, create=True)
                assert child is not None
                current = child
            continue
        if current is None:
            continue
        match = re.match(r'^(@|"(?:[^"\\]|\\.)*")=(.*)$', line)
        if match is None:
            raise ValueError(f"cannot read the line {line!r}")
        name = "" if match.group(1) == "@" else _unescape(match.group(1)[1:-1])
        if match.group(2) == "-":
            current.values.pop(name.casefold(), None)
            continue
        value, kind = parse_value(match.group(2))
        current.set(name, value, kind)
    return hives


def fake_winreg(data: bytes) -> types.ModuleType:
    """A module with ``winreg``'s interface over the keys of the ``.reg`` export ``data``."""
    hives = parse_reg(data)
    module = types.ModuleType("winreg")
    module.HKEY_LOCAL_MACHINE = hives["HKLM"]  # type: ignore[attr-defined]
    module.HKEY_CURRENT_USER = hives["HKCU"]  # type: ignore[attr-defined]
    for name, value in globals().items():
        if name.startswith("REG_"):
            setattr(module, name, value)
    module.KEY_READ = 0x20019  # type: ignore[attr-defined]

    def open_key(key: FakeKey, sub_key: str, reserved: int = 0, access: int = 0) -> FakeKey:
        del reserved, access
        for part in filter(None, sub_key.split("\\")):
            found = key.child(part)
            if found is None:
                raise FileNotFoundError(2, "The system cannot find the file specified")
            key = found
        return key

    def enum_key(key: FakeKey, index: int) -> str:
        names = [k.name for k in key.keys.values()]
        if index >= len(names):
            raise OSError(259, "No more data is available")
        return names[index]

    def enum_value(key: FakeKey, index: int) -> tuple[str, object, int]:
        values = list(key.values.values())
        if index >= len(values):
            raise OSError(259, "No more data is available")
        return values[index]

    module.OpenKey = open_key  # type: ignore[attr-defined]
    module.EnumKey = enum_key  # type: ignore[attr-defined]
    module.EnumValue = enum_value  # type: ignore[attr-defined]
    return module
