"""Helpers for ``calmfloor.spec``: trim Qt files, Windows version resource, macOS Info.plist.

Imported by the spec and by the tests; nothing here imports PyInstaller or Qt, so every
function can be tested with made-up file lists on any system.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path, PurePath

TocEntry = tuple[str, str, str]  # (name in the folder, source path, PyInstaller type code)
GetImports = Callable[[str], Iterable[tuple[str, str | None]]]  # a binary's linked libraries

_QT_TRANSLATION = re.compile(r"^[a-z_]+?_(?P<lang>[a-z]{2,3})(?:_[A-Za-z]{2,4})?\.qm$")
_OWN_TRANSLATION = re.compile(r"^calmfloor_(?P<lang>[a-z]{2,3}(?:_[A-Za-z]{2,4})?)\.(?:ts|qm)$")


def shipped_languages(translations_dir: Path) -> set[str]:
    """The languages calmfloor ships: every ``calmfloor_<lang>.ts`` or ``.qm`` in the folder.

    A ``.ts`` counts even before it is compiled, so a language being translated already
    gets Qt's own translations in the build.
    """
    languages = set()
    for path in translations_dir.iterdir():
        match = _OWN_TRANSLATION.match(path.name)
        if match:
            languages.add(match.group("lang").split("_")[0])
    return languages


def asset_datas(assets_dir: Path, skip_suffixes: Sequence[str]) -> list[tuple[str, str]]:
    """``(source, folder in the bundle)`` pairs for every asset file, for ``Analysis(datas=)``.

    The assets go to ``calmfloor/assets`` in the bundle, where ``calmfloor.resources`` looks
    for them in an installed wheel as well.

    Args:
        assets_dir: the repository's ``assets`` folder.
        skip_suffixes: file endings that are build inputs, not run-time assets (``.ts``).
    """
    datas = []
    for path in sorted(assets_dir.rglob("*")):
        if not path.is_file() or path.suffix in skip_suffixes or path.name.startswith("."):
            continue
        folder = PurePath("calmfloor", "assets", path.parent.relative_to(assets_dir))
        datas.append((str(path), folder.as_posix()))
    return datas


def _parts(dest: str) -> tuple[str, ...]:
    return PurePath(dest.replace("\\", "/")).parts


def is_unwanted_qt_translation(dest: str, languages: Iterable[str]) -> bool:
    """Whether ``dest`` is one of Qt's own ``.qm`` files for a language calmfloor does not ship."""
    parts = _parts(dest)
    if len(parts) < 2 or parts[0] != "PySide6" or parts[-2] != "translations":
        return False
    match = _QT_TRANSLATION.match(parts[-1])
    return match is not None and match.group("lang") not in set(languages)


def plugin_name(dest: str) -> tuple[str, str] | None:
    """``(plugin type, plugin name)`` for a Qt plugin, e.g. ``("imageformats", "qsvg")``.

    The name has no ``lib`` prefix or file ending, so it is the same on every system
    (``libqsvg.so``, ``libqsvg.dylib``, ``qsvg.dll``); None for anything but a plugin.
    """
    parts = _parts(dest)
    if "plugins" not in parts[:-2] or parts[0] != "PySide6":
        return None
    name = parts[-1].split(".")[0]
    if name.startswith("lib"):
        name = name[3:]
    return parts[-2], name


def is_unwanted_plugin(
    dest: str,
    drop_types: Iterable[str],
    drop_plugins: Mapping[str, Iterable[str]],
    keep_only: Mapping[str, Iterable[str]],
) -> bool:
    """Whether the Qt plugin at ``dest`` is left out.

    Args:
        dest: the file's name in the bundle.
        drop_types: plugin types left out entirely (``"tls"``).
        drop_plugins: per type, plugin names left out (``{"platformthemes": {"qgtk3"}}``).
        keep_only: per type, the only plugin names kept (``{"imageformats": {"qsvg"}}``).
    """
    plugin = plugin_name(dest)
    if plugin is None:
        return False
    kind, name = plugin
    if kind in set(drop_types) or name in set(drop_plugins.get(kind, ())):
        return True
    return kind in keep_only and name not in set(keep_only[kind])


def _closure(
    roots: Iterable[TocEntry], by_source: Mapping[str, str], imports: GetImports
) -> set[str]:
    """Names (in the folder) of every collected library ``roots`` link to, directly or not."""
    seen: set[str] = set()
    todo = [src for _dest, src, _code in roots]
    while todo:
        for _name, path in imports(todo.pop()):
            if path is None:  # not found at build time: nothing collected to follow
                continue
            dest = by_source.get(os.path.realpath(path))
            if dest is not None and dest not in seen:
                seen.add(dest)
                todo.append(path)
    return seen


def drop_with_orphans(
    binaries: Sequence[TocEntry], unwanted: Callable[[str], bool], imports: GetImports
) -> tuple[list[TocEntry], list[str]]:
    """Remove the unwanted binaries and the libraries that only they linked to.

    A library is removed only when a removed binary links to it and nothing kept does, so
    a library that Qt opens at run time without linking to it (``dlopen``) stays.

    Args:
        binaries: ``Analysis.binaries``.
        unwanted: tells from a name in the folder whether that binary is left out.
        imports: lists a binary's linked libraries as ``(name, resolved path or None)``
            (PyInstaller's ``bindepend.get_imports``).

    Returns:
        The binaries to keep, and the names of everything removed (sorted).
    """
    dropped = [entry for entry in binaries if unwanted(entry[0])]
    if not dropped:
        return list(binaries), []
    dropped_names = {dest for dest, _src, _code in dropped}
    by_source = {os.path.realpath(src): dest for dest, src, _code in binaries}
    linked_by_dropped = _closure(dropped, by_source, imports) - dropped_names
    roots = [e for e in binaries if e[0] not in dropped_names and e[0] not in linked_by_dropped]
    orphans = linked_by_dropped - _closure(roots, by_source, imports)
    removed = dropped_names | orphans
    return [e for e in binaries if e[0] not in removed], sorted(removed)


def strip_debug_info(
    binaries: Sequence[TocEntry], prefixes: Sequence[str], out_dir: Path
) -> list[TocEntry]:
    """Collect a copy without debug information of the binaries named ``prefixes*``.

    Uses binutils' ``strip --strip-debug`` (symbols stay, so nothing that looks them up
    breaks); the original files are not touched.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    result = []
    for dest, src, code in binaries:
        if PurePath(dest).name.startswith(tuple(prefixes)):
            copy = out_dir / PurePath(dest).name
            subprocess.run(["strip", "--strip-debug", "-o", str(copy), src], check=True)
            src = str(copy)
        result.append((dest, src, code))
    return result


def version_numbers(version: str) -> tuple[int, int, int, int]:
    """The four numbers of a Windows file version: ``"1.2.3rc1"`` gives ``(1, 2, 3, 0)``."""
    numbers = [int(part) for part in re.findall(r"\d+", version.split("+")[0])[:3]]
    numbers += [0] * (4 - len(numbers))
    return (numbers[0], numbers[1], numbers[2], numbers[3])


def windows_version_text(version: str, exe_name: str, description: str) -> str:
    """A Windows version resource in PyInstaller's text form (``EXE(version=<file>)``).

    Explorer shows it under Properties > Details; Intune and GPO inventories read it.

    Args:
        version: ``calmfloor.__version__``.
        exe_name: the file name, e.g. ``"calmfloor.exe"``.
        description: what the file is, one line.
    """
    numbers = version_numbers(version)
    strings = {
        "CompanyName": "calmfloor developers",
        "FileDescription": description,
        "FileVersion": version,
        "InternalName": exe_name.removesuffix(".exe"),
        "LegalCopyright": "GPL-3.0-or-later",
        "OriginalFilename": exe_name,
        "ProductName": "calmfloor",
        "ProductVersion": version,
    }
    table = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers!r},
    prodvers={numbers!r},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040904B0',
        [
{table}
        ])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def macos_info_plist(version: str, executable: str, minimum_os: str) -> dict[str, object]:
    """The Info.plist entries calmfloor sets on top of PyInstaller's defaults.

    Args:
        version: ``calmfloor.__version__``.
        executable: the GUI executable's name in ``Contents/MacOS``.
        minimum_os: the oldest macOS the bundled Qt runs on.
    """
    return {
        "CFBundleName": "calmfloor",
        "CFBundleDisplayName": "calmfloor",
        "CFBundleExecutable": executable,  # the GUI one, not calmfloor-cli beside it
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "LSMinimumSystemVersion": minimum_os,
        "LSApplicationCategoryType": "public.app-category.healthcare-fitness",
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,  # follow the system's dark mode
        # PyInstaller sets LSBackgroundOnly when the last executable is a console one
        # (calmfloor-cli): that would hide calmfloor from the Dock and the app switcher.
        "LSBackgroundOnly": False,
        "NSHumanReadableCopyright": "GPL-3.0-or-later",
    }
