"""Desktop integration and installers: validators, app id, icons, and one version everywhere."""

from __future__ import annotations

import configparser
import datetime as dt
import importlib.metadata
import importlib.util
import os
import re
import shlex
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from calmfloor.app import APP_ID
from calmfloor.cli import parse_args
from calmfloor.storage.paths import APP_NAME
from calmfloor.storage.policy_store import POLICY_FILE_NAME

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
DESKTOP = ROOT / "packaging" / "linux" / f"{APP_ID}.desktop"
METAINFO = ROOT / "packaging" / "linux" / f"{APP_ID}.metainfo.xml"
FLATPAK = ROOT / "packaging" / "flatpak" / f"{APP_ID}.yml"
WXS = ROOT / "packaging" / "windows" / "calmfloor.wxs"
ISS = ROOT / "packaging" / "windows" / "calmfloor.iss"
PYINSTALLER_DIR = ROOT / "packaging" / "pyinstaller"
ICONS = ROOT / "assets" / "icons"
SCREENSHOTS = ROOT / "docs" / "screenshots"
HICOLOR_SIZES_PX = (16, 32, 48, 64, 128, 256, 512)
TRANSLATED = ("de", "fa")
WIX_NS = {"w": "http://wixtoolset.org/schemas/v4/wxs"}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
VERSION_LITERAL_RE = re.compile(r"""["']\d+\.\d+\.\d+["']""")


def need_tool(name: str) -> str:
    """The path of a command-line tool; fail in CI when it is missing, skip elsewhere."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (Debian: desktop-file-utils, appstream)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path


def need_module(name: str) -> Any:
    """Import ``name``; fail in CI when it is missing, skip elsewhere."""
    try:
        return __import__(name)
    except ImportError:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{name} is not installed (pip install -e '.[test]')")
        pytest.skip(f"{name} is not installed")


def load_set_version() -> ModuleType:
    spec = importlib.util.spec_from_file_location("set_version", ROOT / "packaging/set_version.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_desktop(path: Path = DESKTOP) -> configparser.RawConfigParser:
    parser = configparser.RawConfigParser(delimiters=("=",), interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    parser.read(path, encoding="utf-8")
    return parser


def entry_points() -> set[str]:
    return set(PYPROJECT["project"]["gui-scripts"]) | set(PYPROJECT["project"]["scripts"])


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


# Each reader below parses its file on its own, so a bug in set_version.py cannot hide here.


def init_version(root: Path = ROOT) -> str:
    relative = PYPROJECT["tool"]["hatch"]["version"]["path"]  # where the wheel's version is
    text = (root / relative).read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"$', text, re.MULTILINE)
    assert match, f"no __version__ in {relative}"
    return match.group(1)


def metainfo_releases(path: Path) -> list[tuple[str, str]]:
    releases = ET.parse(path).getroot().find("releases")
    assert releases is not None
    return [(r.get("version", ""), r.get("date", "")) for r in releases.findall("release")]


def wix_version(path: Path) -> str:
    # The version is a preprocessor define, which ElementTree sees as a processing instruction.
    match = re.search(r'<\?define ProductVersion = "([^"]+)" \?>', path.read_text("utf-8"))
    assert match, "no ProductVersion define in calmfloor.wxs"
    package = ET.parse(path).getroot().find("w:Package", WIX_NS)
    assert package is not None and package.get("Version") == "$(var.ProductVersion)"
    return match.group(1)


def inno_version(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    match = re.search(r'^#define AppVersion "([^"]+)"$', text, re.MULTILINE)
    assert match, "no AppVersion define in calmfloor.iss"
    assert re.search(r"^AppVersion=\{#AppVersion\}$", text, re.MULTILINE)
    return match.group(1)


# --- validators -------------------------------------------------------------------------


def test_desktop_file_passes_desktop_file_validate_without_hints() -> None:
    tool = need_tool("desktop-file-validate")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout  # not even a hint


def test_metainfo_passes_appstreamcli_without_warnings() -> None:
    tool = need_tool("appstreamcli")
    result = subprocess.run(
        [tool, "validate", "--no-net", "--explain", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    problems = [line for line in result.stdout.splitlines() if line.startswith(("W:", "E:"))]
    assert problems == [], result.stdout


def install_tree(prefix: Path) -> None:
    """Lay the files out as the Flatpak manifest (and a distribution package) installs them."""
    share = prefix / "share"
    (share / "applications").mkdir(parents=True)
    (share / "metainfo").mkdir()
    shutil.copy(DESKTOP, share / "applications")
    shutil.copy(METAINFO, share / "metainfo")
    scalable = share / "icons/hicolor/scalable/apps"
    scalable.mkdir(parents=True)
    shutil.copy(ICONS / "calmfloor.svg", scalable / f"{APP_ID}.svg")
    for size in HICOLOR_SIZES_PX:
        folder = share / f"icons/hicolor/{size}x{size}/apps"
        folder.mkdir(parents=True)
        shutil.copy(ICONS / f"calmfloor-{size}.png", folder / f"{APP_ID}.png")


def test_installed_tree_passes_appstreamcli_validate_tree(tmp_path: Path) -> None:
    """The metainfo's launchable finds the desktop file where both are installed."""
    tool = need_tool("appstreamcli")
    install_tree(tmp_path / "usr")
    result = subprocess.run(
        [tool, "validate-tree", "--no-net", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    problems = [line for line in result.stdout.splitlines() if line.strip()[:2] in ("W:", "E:")]
    assert problems == [], result.stdout


# --- desktop file -----------------------------------------------------------------------


def test_desktop_file_names_the_app_id_and_matches_the_running_window() -> None:
    entry = read_desktop()["Desktop Entry"]
    assert DESKTOP.name == f"{APP_ID}.desktop"  # Qt's desktop file name, the Wayland app id
    assert entry["Icon"] == APP_ID
    # X11 window managers match StartupWMClass against WM_CLASS, whose class part Qt takes from
    # the application name (measured under Xvfb: WM_CLASS = "<argv0>", "calmfloor").
    source = (ROOT / "src/calmfloor/app.py").read_text(encoding="utf-8")
    assert f'QApplication.setApplicationName("{entry["StartupWMClass"]}")' in source
    assert "QApplication.setDesktopFileName(APP_ID)" in source


def test_every_exec_line_is_an_entry_point_with_options_calmfloor_accepts() -> None:
    desktop = read_desktop()
    groups = ["Desktop Entry"] + [
        f"Desktop Action {action}"
        for action in desktop["Desktop Entry"]["Actions"].split(";")
        if action
    ]
    assert len(groups) >= 2, "the Start breathing action is missing"
    for group in groups:
        command, *args = shlex.split(desktop[group]["Exec"])
        assert command in PYPROJECT["project"]["gui-scripts"], f"{group}: {command}"
        assert not any(arg.startswith("%") for arg in args), "calmfloor opens no files"
        parse_args(args)  # exits (fails the test) on an option calmfloor does not have
    assert desktop["Desktop Action start-breathing"]["Exec"] == "calmfloor --start breathing"


def test_desktop_file_is_translated_into_german_and_persian() -> None:
    desktop = read_desktop()
    entry = desktop["Desktop Entry"]
    action = desktop["Desktop Action start-breathing"]
    for lang in TRANSLATED:
        for key in ("GenericName", "Comment", "Keywords"):
            assert entry.get(f"{key}[{lang}]", "").strip(), f"{key}[{lang}] is missing"
            assert entry[f"{key}[{lang}]"] != entry[key]
        assert action.get(f"Name[{lang}]", "").strip(), f"action Name[{lang}] is missing"
    assert "\u200c" in entry["Comment[fa]"]  # Persian spelling with the zero-width non-joiner


def test_icons_exist_in_every_hicolor_size() -> None:
    assert (ICONS / "calmfloor.svg").read_text(encoding="utf-8").lstrip().startswith("<")
    for size in HICOLOR_SIZES_PX:
        assert png_size(ICONS / f"calmfloor-{size}.png") == (size, size)


# --- metainfo ---------------------------------------------------------------------------


def test_metainfo_names_the_app_and_its_files() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("icon") == APP_ID
    assert root.findtext("project_license") == PYPROJECT["project"]["license"]
    assert {b.text for b in root.iterfind("provides/binary")} <= entry_points()
    desktop_categories = set(read_desktop()["Desktop Entry"]["Categories"].split(";"))
    assert {c.text for c in root.iterfind("categories/category")} <= desktop_categories
    summaries = {s.get(XML_LANG): s.text for s in root.iterfind("summary")}
    assert set(TRANSLATED) <= set(summaries)
    assert all(text and not text.endswith(".") for text in summaries.values())


def test_metainfo_screenshots_are_the_ones_in_docs() -> None:
    images = [i.text or "" for i in ET.parse(METAINFO).getroot().iterfind("screenshots/*/image")]
    assert images
    for url in images:
        assert url.startswith("https://calmfloor.org/screenshots/"), url
        assert (SCREENSHOTS / url.rsplit("/", 1)[1]).is_file(), url


def test_metainfo_releases_run_newest_first() -> None:
    releases = metainfo_releases(METAINFO)
    versions = [tuple(int(n) for n in v.split(".")) for v, _ in releases]
    dates = [dt.date.fromisoformat(d) for _, d in releases]
    assert versions == sorted(versions, reverse=True) and len(set(versions)) == len(versions)
    assert dates == sorted(dates, reverse=True)


# --- Flatpak ----------------------------------------------------------------------------


def flatpak_manifest() -> dict[str, Any]:
    yaml = need_module("yaml")
    manifest = yaml.safe_load(FLATPAK.read_text(encoding="utf-8"))
    assert isinstance(manifest, dict)
    return manifest


def test_flatpak_manifest_runs_calmfloor_on_the_pyside_base_app_offline() -> None:
    manifest = flatpak_manifest()
    assert manifest["id"] == APP_ID
    assert manifest["command"] in entry_points()
    assert manifest["runtime"] == "org.kde.Platform"
    assert manifest["sdk"] == "org.kde.Sdk"
    assert manifest["base"] == "io.qt.PySide.BaseApp"
    assert str(manifest["base-version"]) == str(manifest["runtime-version"])
    args = manifest["finish-args"]
    for needed in ("--socket=wayland", "--socket=fallback-x11", "--share=ipc"):
        assert needed in args
    assert "--socket=pulseaudio" in args and "--device=dri" in args
    # the one folder it may see: the host's speech-dispatcher socket, read-only (spoken guidance)
    speech = "--filesystem=xdg-run/speech-dispatcher:ro"
    assert speech in args
    others = [a for a in args if a != speech]
    assert not any(a.startswith(("--share=network", "--filesystem")) for a in others), args
    assert "/app/cleanup-BaseApp.sh" in manifest["cleanup-commands"]


def test_flatpak_wheels_are_pinned_with_real_hashes_and_meet_our_requirements() -> None:
    requirements = need_module("packaging.requirements").requirements
    version = need_module("packaging.version").version
    wheels: dict[str, str] = {}
    for module in flatpak_manifest()["modules"]:
        for source in module.get("sources", []):
            if source["type"] != "file":
                continue
            assert source["url"].startswith("https://files.pythonhosted.org/packages/")
            assert re.fullmatch(r"[0-9a-f]{64}", source["sha256"])
            assert len(set(source["sha256"])) > 4, "a placeholder hash"
            filename = source["url"].rsplit("/", 1)[1]
            name, wheel_version = filename.split("-")[:2]
            wheels[name.lower().replace("_", "-")] = wheel_version
    for line in PYPROJECT["project"]["dependencies"]:
        requirement = requirements.Requirement(line)
        if requirement.name.lower().startswith("pyside6"):
            continue  # from the base app
        assert requirement.name in wheels, f"{requirement.name} is not in the manifest"
        pinned = version.Version(wheels[requirement.name])
        assert requirement.specifier.contains(pinned), f"{requirement.name} {pinned}"
    assert "numpy" not in wheels  # the base app has it; a second copy would clash


def test_flatpak_installs_the_desktop_file_metainfo_and_every_icon() -> None:
    manifest = flatpak_manifest()
    calmfloor = next(m for m in manifest["modules"] if m["name"] == "calmfloor")
    (source,) = calmfloor["sources"]
    assert source["type"] == "dir"
    assert (FLATPAK.parent / source["path"]).resolve() == ROOT
    commands = "\n".join(calmfloor["build-commands"])
    assert "--no-deps" in commands  # PySide6 must come from the base app, not PyPI
    assert "packaging/linux/${FLATPAK_ID}.desktop -t ${FLATPAK_DEST}/share/applications/" in (
        commands
    )
    assert "${FLATPAK_ID}.metainfo.xml -t ${FLATPAK_DEST}/share/metainfo/" in commands
    assert "hicolor/scalable/apps/${FLATPAK_ID}.svg" in commands
    loop = re.search(r"for size in ([\d ]+); do", commands)
    assert loop is not None
    assert tuple(int(s) for s in loop.group(1).split()) == HICOLOR_SIZES_PX


# --- Windows ----------------------------------------------------------------------------


def wix() -> ET.Element:
    root = ET.parse(WXS).getroot()
    assert root.tag == "{http://wixtoolset.org/schemas/v4/wxs}Wix"
    return root


def test_wix_installs_per_machine_and_upgrades_in_place() -> None:
    package = wix().find("w:Package", WIX_NS)
    assert package is not None
    assert package.get("Scope") == "perMachine"
    assert re.fullmatch(
        r"[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}", package.get("UpgradeCode", "")
    )
    assert package.find("w:MajorUpgrade", WIX_NS) is not None
    harvest = package.find("w:ComponentGroup/w:Files", WIX_NS)
    assert harvest is not None and harvest.get("Include") == "!(bindpath.dist)\\**"


def test_wix_start_menu_shortcut_carries_the_app_id() -> None:
    root = wix()
    shortcut = root.find(".//w:Shortcut", WIX_NS)
    assert shortcut is not None and shortcut.get("Directory") == "ProgramMenuFolder"
    prop = shortcut.find("w:ShortcutProperty", WIX_NS)
    assert prop is not None and prop.get("Key") == "System.AppUserModel.ID"
    assert prop.get("Value") == "$(var.AppId)"
    assert f'<?define AppId = "{APP_ID}" ?>' in WXS.read_text(encoding="utf-8")


def test_wix_kiosk_autostart_is_optional_and_starts_the_kiosk() -> None:
    root = wix()
    feature = root.find(".//w:Feature[@Id='KioskAutostart']", WIX_NS)
    assert feature is not None
    assert int(feature.get("Level", "1")) > 1  # off unless asked for
    level = feature.find("w:Level", WIX_NS)
    assert level is not None and level.get("Value") == "1"
    assert level.get("Condition") == "KIOSKAUTOSTART=1"
    (ref,) = feature.findall("w:ComponentRef", WIX_NS)
    value = root.find(f".//w:Component[@Id='{ref.get('Id')}']/w:RegistryValue", WIX_NS)
    assert value is not None and value.get("Root") == "HKLM"
    assert value.get("Key") == r"Software\Microsoft\Windows\CurrentVersion\Run"
    command, *args = shlex.split(value.get("Value", ""))
    assert command == "[INSTALLFOLDER]calmfloor.exe"
    assert parse_args(args).kiosk


def test_wix_copies_the_policy_file_where_calmfloor_reads_it() -> None:
    root = wix()
    folder = root.find(".//w:StandardDirectory[@Id='CommonAppDataFolder']/w:Directory", WIX_NS)
    assert folder is not None and folder.get("Name") == APP_NAME  # %ProgramData%\calmfloor
    copy = root.find(".//w:CopyFile", WIX_NS)
    assert copy is not None and copy.get("SourceProperty") == "POLICYFILE"
    assert copy.get("DestinationDirectory") == folder.get("Id")
    assert copy.get("DestinationName") == POLICY_FILE_NAME
    component = root.find(".//w:Component[w:CopyFile]", WIX_NS)
    assert component is not None and component.get("Condition") == "POLICYFILE"


def test_inno_setup_has_the_same_features() -> None:
    text = ISS.read_text(encoding="utf-8")
    for line in (
        "PrivilegesRequired=admin",
        r"DefaultDirName={autopf}\calmfloor",
        "ArchitecturesInstallIn64BitMode=x64compatible",
        '#define AppUserModelID "' + APP_ID + '"',
    ):
        assert line in text.splitlines(), line
    assert re.search(r'^Name: "kiosk";.*Flags: unchecked$', text, re.MULTILINE)
    run_key = re.search(r"^Root: HKLM;.*CurrentVersion\\Run\";.*Tasks: kiosk$", text, re.MULTILINE)
    assert run_key is not None and '""{app}\\calmfloor.exe"" --kiosk' in run_key.group(0)
    policy = re.search(r'^Source: "\{param:POLICYFILE\}";.*$', text, re.MULTILINE)
    assert policy is not None
    assert f'DestDir: "{{commonappdata}}\\{APP_NAME}"; DestName: "{POLICY_FILE_NAME}"' in (
        policy.group(0)
    )
    assert "uninsneveruninstall" in policy.group(0)
    assert 'AppUserModelID: "{#AppUserModelID}"' in text


def test_windows_build_script_passes_the_version_and_the_build_folders(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location(
        "build_installers", ROOT / "packaging/windows/build_installers.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.app_version() == init_version()
    msi = module.msi_command("wix", tmp_path / "dist", tmp_path, "9.8.7")
    assert msi[-1] == str(tmp_path / "calmfloor-9.8.7-x64.msi")
    assert f"dist={tmp_path / 'dist'}" in msi and "x64" in msi
    assert module.main(["--dist", str(tmp_path / "nothing")]) == 1  # no frozen build there


# --- one version ------------------------------------------------------------------------


def test_every_version_agrees() -> None:
    version = init_version()
    result = subprocess.run(
        [sys.executable, "-m", "calmfloor", "--version"],
        env={**os.environ, "PYTHONPATH": str(ROOT / "src"), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"calmfloor {version}"
    assert metainfo_releases(METAINFO)[0][0] == version
    assert wix_version(WXS) == version
    assert inno_version(ISS) == version
    try:
        installed = importlib.metadata.version("calmfloor")
    except importlib.metadata.PackageNotFoundError:
        installed = None
    if installed is not None:  # an editable install keeps the version it was built with
        assert installed == version, "reinstall calmfloor (pip install -e .) after a version change"


def test_pyinstaller_build_takes_its_version_from_the_package() -> None:
    spec = PYINSTALLER_DIR / "calmfloor.spec"
    if not spec.exists():
        pytest.skip("no PyInstaller spec yet")
    text = spec.read_text(encoding="utf-8")
    assert '"__init__.py"' in text and "__version__" in text
    for path in [spec, *PYINSTALLER_DIR.glob("*.py")]:
        found = VERSION_LITERAL_RE.findall(path.read_text(encoding="utf-8"))
        assert found == [], f"{path.name} hard-codes a version: {found}"


# --- set_version.py ---------------------------------------------------------------------


@pytest.fixture
def repo_copy(tmp_path: Path) -> Path:
    """The files that carry the version, copied to a throwaway tree."""
    set_version = load_set_version()
    for name in (
        set_version.INIT_FILE,
        set_version.METAINFO_FILE,
        set_version.WXS_FILE,
        set_version.ISS_FILE,
    ):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / name, tmp_path / name)
    return tmp_path


def test_set_version_writes_every_file_and_adds_a_release(repo_copy: Path) -> None:
    set_version = load_set_version()
    old = init_version(repo_copy)
    major, minor, _patch = (int(n) for n in old.split("."))
    new = f"{major}.{minor + 1}.0"
    day = dt.date(2099, 1, 15)
    changed = set_version.set_version(new, root=repo_copy, date=day)
    assert len(changed) == 4
    assert init_version(repo_copy) == new
    metainfo = repo_copy / set_version.METAINFO_FILE
    releases = metainfo_releases(metainfo)
    assert releases[0] == (new, "2099-01-15")
    assert releases[1:] == metainfo_releases(METAINFO)  # the history is kept
    assert wix_version(repo_copy / set_version.WXS_FILE) == new
    assert inno_version(repo_copy / set_version.ISS_FILE) == new
    # Running it again changes nothing and adds no second entry.
    assert set_version.set_version(new, root=repo_copy, date=day) == []
    assert len(metainfo_releases(metainfo)) == len(releases)
    if shutil.which("appstreamcli"):
        result = subprocess.run(
            ["appstreamcli", "validate", "--no-net", str(metainfo)],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 0, result.stdout


@pytest.mark.parametrize("bad", ["1.2", "1.2.3rc1", "v1.2.3", "01.2.3", "256.0.0", "1.2.65536"])
def test_set_version_refuses_what_an_msi_cannot_carry(repo_copy: Path, bad: str) -> None:
    with pytest.raises(ValueError):
        load_set_version().set_version(bad, root=repo_copy)
    assert init_version(repo_copy) == init_version()


def test_set_version_refuses_to_go_back(repo_copy: Path) -> None:
    set_version = load_set_version()
    set_version.set_version("9.0.0", root=repo_copy)
    with pytest.raises(ValueError, match="lower"):
        set_version.set_version("8.9.9", root=repo_copy)


def test_set_version_writes_nothing_when_one_file_cannot_be_edited(repo_copy: Path) -> None:
    set_version = load_set_version()
    iss = repo_copy / set_version.ISS_FILE
    iss.write_text(iss.read_text(encoding="utf-8").replace("#define AppVersion", "#define V"))
    with pytest.raises(ValueError, match=r"calmfloor\.iss"):
        set_version.set_version("9.0.0", root=repo_copy)
    assert init_version(repo_copy) == init_version()
    assert wix_version(repo_copy / set_version.WXS_FILE) == wix_version(WXS)


def test_set_version_check_reports_disagreement(repo_copy: Path) -> None:
    script = [sys.executable, str(ROOT / "packaging/set_version.py"), "--root", str(repo_copy)]
    agree = subprocess.run([*script, "--check"], capture_output=True, text=True, timeout=60)
    assert agree.returncode == 0, agree.stdout + agree.stderr
    wxs = repo_copy / "packaging/windows/calmfloor.wxs"
    wxs.write_text(
        re.sub(r'ProductVersion = "[^"]+"', 'ProductVersion = "9.9.9"', wxs.read_text("utf-8"))
    )
    differ = subprocess.run([*script, "--check"], capture_output=True, text=True, timeout=60)
    assert differ.returncode == 1
    assert "9.9.9" in differ.stdout and "differ" in differ.stderr
