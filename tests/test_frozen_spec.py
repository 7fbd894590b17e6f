"""The PyInstaller spec, its helpers and the Windows/macOS icons, checked without a build."""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import re
import struct
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from calmfloor import __version__
from calmfloor.app import APP_ID

ROOT = Path(__file__).resolve().parents[1]
PYINSTALLER_DIR = ROOT / "packaging" / "pyinstaller"
SPEC = PYINSTALLER_DIR / "calmfloor.spec"
ICONS = ROOT / "assets" / "icons"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
ICO_SIZES = {16, 20, 24, 32, 40, 48, 64, 128, 256}
ICNS_SIZES = {"ic07": 128, "ic08": 256, "ic09": 512, "ic10": 1024}
# pyqtgraph imports these when it can, and carries on without them.
PYQTGRAPH_OPTIONAL = {"PySide6.QtTest"}


def load(name: str, path: Path) -> ModuleType:
    """Import a packaging script by path (packaging/ is not a package)."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


support = load("spec_support", PYINSTALLER_DIR / "spec_support.py")
make_icons = load("make_icons", ROOT / "packaging" / "make_icons.py")


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    assert data.startswith(PNG_SIGNATURE), "not a PNG"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def read_ico(data: bytes) -> dict[int, bytes]:
    """The images of an ICO file by size (an independent reader, not make_icons')."""
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    images = {}
    for index in range(count):
        fields = struct.unpack("<BBBBHHII", data[6 + 16 * index : 22 + 16 * index])
        width, height, _colours, _zero, planes, bits, size, offset = fields
        assert (planes, bits) == (1, 32)
        assert offset + size <= len(data)
        image = data[offset : offset + size]
        edge = width or 256
        assert png_size(image) == (edge, height or 256)
        images[edge] = image
    return images


def read_icns(data: bytes) -> dict[str, bytes]:
    """The entries of an ICNS file by type."""
    magic, length = struct.unpack(">4sI", data[:8])
    assert magic == b"icns" and length == len(data)
    entries = {}
    position = 8
    while position < len(data):
        kind, size = struct.unpack(">4sI", data[position : position + 8])
        assert size > 8 and position + size <= len(data)
        entries[kind.decode("ascii")] = data[position + 8 : position + size]
        position += size
    return entries


# --- icons --------------------------------------------------------------------------


def test_windows_icon_holds_every_size_as_png() -> None:
    images = read_ico((ICONS / "calmfloor.ico").read_bytes())
    assert set(images) == ICO_SIZES


def test_macos_icon_holds_the_retina_sizes_as_png() -> None:
    entries = read_icns((ICONS / "calmfloor.icns").read_bytes())
    for kind, edge in ICNS_SIZES.items():
        assert png_size(entries[kind]) == (edge, edge), kind


def test_icon_writers_round_trip_and_refuse_what_ico_cannot_hold() -> None:
    fake = {
        size: PNG_SIGNATURE + b"\0\0\0\rIHDR" + struct.pack(">II", size, size) for size in (16, 256)
    }
    assert read_ico(make_icons.ico_bytes(fake)) == fake
    entries = [("ic07", b"one"), ("ic10", b"three")]
    assert read_icns(make_icons.icns_bytes(entries)) == dict(entries)
    with pytest.raises(ValueError, match="1-256"):
        make_icons.ico_bytes({512: b""})


def pixels_apart(first: bytes, second: bytes) -> int:
    """The largest difference of one colour channel between two PNG images (255 when their
    sizes differ). Qt's antialiasing differs by a unit or two between processors, so the
    bytes of two renderings of one SVG are not compared."""
    from PySide6.QtGui import QImage

    one, two = QImage.fromData(first), QImage.fromData(second)
    if one.isNull() or two.isNull() or one.size() != two.size():
        return 255
    one = one.convertToFormat(QImage.Format.Format_RGBA8888)
    two = two.convertToFormat(QImage.Format.Format_RGBA8888)
    a, b = bytes(one.constBits()), bytes(two.constBits())
    return max((abs(x - y) for x, y in zip(a, b, strict=True)), default=0)


def test_bundle_icons_are_up_to_date_with_the_svg(qapp: object, tmp_path: Path) -> None:
    written = make_icons.render_bundle_icons(ICONS / "calmfloor.svg", tmp_path)
    readers = {".ico": read_ico, ".icns": read_icns}
    for path in written:
        fresh = readers[path.suffix](path.read_bytes())
        shipped = readers[path.suffix]((ICONS / path.name).read_bytes())
        assert fresh.keys() == shipped.keys(), path.name
        for size, image in fresh.items():
            assert pixels_apart(image, shipped[size]) <= 8, (
                f"run python packaging/make_icons.py: {path.name} ({size}) is older than "
                "calmfloor.svg"
            )


# --- the spec, read as source ----------------------------------------------------------


def spec_constants() -> dict[str, Any]:
    """The spec's top-level constants that are plain literals."""
    values = {}
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            try:
                values[node.targets[0].id] = ast.literal_eval(node.value)
            except ValueError:
                continue
    return values


def test_spec_names_the_bundle_id_of_the_app() -> None:
    assert spec_constants()["BUNDLE_ID"] == APP_ID


def test_spec_leaves_out_qt_modules_calmfloor_does_not_use() -> None:
    constants = spec_constants()
    excluded = set(constants["EXCLUDES"])
    for module in (
        "QtWebEngineCore",
        "QtWebEngineWidgets",
        "Qt3DCore",
        "QtQuick",
        "QtQml",
        "QtCharts",
        "QtDataVisualization",
        "QtBluetooth",
        "QtPdf",
        "QtSql",
        "QtDesigner",
        "QtTest",
    ):
        assert f"PySide6.{module}" in excluded
    assert {"tkinter", "numpy.testing", "unittest"} <= excluded
    assert not excluded & set(constants["QT_MODULES"])


def test_spec_keeps_every_qt_module_the_source_imports() -> None:
    imported = set()
    for path in (ROOT / "src" / "calmfloor").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        imported |= {f"PySide6.{name}" for name in re.findall(r"PySide6\.(Qt\w+)", text)}
        imported |= {f"PySide6.{name}" for name in re.findall(r"from PySide6 import (Qt\w+)", text)}
    assert {"PySide6.QtMultimedia", "PySide6.QtNetwork", "PySide6.QtSvg"} <= imported
    excluded = set(spec_constants()["EXCLUDES"])
    assert not imported & excluded, "the frozen app would lack a module the code imports"


def test_spec_ships_the_speech_module_and_its_engines_but_not_the_mock() -> None:
    constants = spec_constants()
    assert "PySide6.QtTextToSpeech" in constants["QT_MODULES"]
    assert "PySide6.QtTextToSpeech" not in constants["EXCLUDES"]
    drop, keep = constants["DROP_PLUGINS"], constants["KEEP_ONLY_PLUGINS"]
    types = constants["DROP_PLUGIN_TYPES"]
    unwanted = support.is_unwanted_plugin
    base = "PySide6/Qt/plugins/texttospeech/"
    assert unwanted(base + "libqtexttospeech_mock.so", types, drop, keep)
    for engine in (
        "libqtexttospeech_speechd.so",
        "qtexttospeech_sapi.dll",
        "qtexttospeech_winrt.dll",
    ):
        assert not unwanted(base + engine, types, drop, keep)


def test_spec_keeps_every_qt_module_the_history_charts_load() -> None:
    probe = (
        "import json, sys; import calmfloor.ui.history.charts; "
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('PySide6.Qt'))))"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True
    )
    loaded = set(json.loads(result.stdout))
    assert "PySide6.QtOpenGLWidgets" in loaded  # pyqtgraph 0.14 imports it with importlib
    excluded = set(spec_constants()["EXCLUDES"])
    assert loaded & excluded <= PYQTGRAPH_OPTIONAL


def test_spec_reads_the_version_from_the_package() -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert '"__init__.py"' in text and __version__ not in text


# --- the spec, executed with stand-ins for PyInstaller's classes ------------------------


class Recorder:
    """Stands in for Analysis, PYZ, EXE, COLLECT and BUNDLE: keeps what it was given."""

    made: list[Recorder]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args = args
        self.kwargs = kwargs
        self.made.append(self)


def run_spec(
    platform: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *, check: bool = False
) -> list[Recorder]:
    """Execute the spec as PyInstaller would on ``platform``; returns what it built."""
    made: list[Recorder] = []

    def kind(name: str) -> type[Recorder]:
        return type(name, (Recorder,), {"made": made})

    class Analysis(kind("Analysis")):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            main = ("calmfloor_main", str(PYINSTALLER_DIR / "calmfloor_main.py"), "PYSOURCE")
            self.scripts = [
                ("pyi_rth_pyside6", "hook.py", "PYSOURCE"),
                ("pyi_rth_multiprocessing", "mp_hook.py", "PYSOURCE"),
                main,
            ]
            self.pure = []
            self.binaries = [("libQt6Core.so.6", "/nowhere/libQt6Core.so.6", "BINARY")]
            self.datas = [
                ("PySide6/Qt/translations/qtbase_de.qm", "/q/qtbase_de.qm", "DATA"),
                ("PySide6/Qt/translations/qtbase_ja.qm", "/q/qtbase_ja.qm", "DATA"),
                ("calmfloor/assets/translations/calmfloor_en.qm", "/a/en.qm", "DATA"),
            ]

    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "path", list(sys.path))
    monkeypatch.setenv("CALMFLOOR_FROZEN_CHECK", "1" if check else "0")
    namespace = {
        "SPECPATH": str(PYINSTALLER_DIR),
        "workpath": str(tmp_path),
        "Analysis": Analysis,
        "PYZ": kind("PYZ"),
        "EXE": kind("EXE"),
        "COLLECT": kind("COLLECT"),
        "BUNDLE": kind("BUNDLE"),
        "__file__": str(SPEC),
    }
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return made


def built(made: list[Recorder], kind: str) -> list[Recorder]:
    return [item for item in made if type(item).__name__ == kind]


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_spec_builds_a_gui_and_a_console_program_in_one_folder(
    platform: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = run_spec(platform, tmp_path, monkeypatch)
    exes = built(made, "EXE")
    assert [(e.kwargs["name"], e.kwargs["console"]) for e in exes] == [
        ("calmfloor", False),
        ("calmfloor-cli", True),
    ]
    (collect,) = built(made, "COLLECT")
    assert collect.kwargs["name"] == "calmfloor"
    assert list(collect.args[:2]) == exes  # one folder, one _internal, both programs
    analysis = built(made, "Analysis")[0]
    kept = {dest for dest, _src, _code in analysis.datas}
    assert "PySide6/Qt/translations/qtbase_de.qm" in kept  # a language we ship
    assert "PySide6/Qt/translations/qtbase_ja.qm" not in kept
    assert "calmfloor/assets/translations/calmfloor_en.qm" in kept
    assert all(e.kwargs["upx"] is False for e in exes)
    assert built(made, "BUNDLE") == [] or platform == "darwin"
    # no multiprocessing imported at every start for children calmfloor never spawns
    for exe in exes:
        assert [name for name, _src, _code in exe.args[1]] == ["pyi_rth_pyside6", "calmfloor_main"]


def test_spec_on_windows_sets_icon_and_version_resource(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    exes = built(run_spec("win32", tmp_path, monkeypatch), "EXE")
    for exe in exes:
        assert exe.kwargs["icon"] == str(ICONS / "calmfloor.ico")
        text = Path(exe.kwargs["version"]).read_text(encoding="utf-8")
        resource = eval_version_resource(text)
        assert resource["filevers"] == support.version_numbers(__version__)
        assert resource["strings"]["ProductVersion"] == __version__
        assert resource["strings"]["OriginalFilename"] == f"{exe.kwargs['name']}.exe"


def eval_version_resource(text: str) -> dict[str, Any]:
    """Evaluate the version file the way PyInstaller does, with recording stand-ins."""
    found: dict[str, Any] = {"strings": {}}

    def fixed(**kwargs: Any) -> None:
        found["filevers"] = kwargs["filevers"]

    def string(key: str, value: str) -> None:
        found["strings"][key] = value

    names = {
        "VSVersionInfo": lambda **_kw: None,
        "FixedFileInfo": fixed,
        "StringFileInfo": lambda *_a: None,
        "StringTable": lambda *_a: None,
        "StringStruct": string,
        "VarFileInfo": lambda *_a: None,
        "VarStruct": lambda *_a: None,
    }
    eval(text, names)  # the file is ours, made a moment ago
    return found


def test_spec_on_macos_makes_a_bundle_that_shows_in_the_dock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = run_spec("darwin", tmp_path, monkeypatch, check=True)
    (bundle,) = built(made, "BUNDLE")
    assert bundle.kwargs["name"] == "calmfloor.app"
    assert bundle.kwargs["bundle_identifier"] == APP_ID
    assert bundle.kwargs["icon"] == str(ICONS / "calmfloor.icns")
    plist = bundle.kwargs["info_plist"]
    assert plist["CFBundleShortVersionString"] == plist["CFBundleVersion"] == __version__
    assert plist["CFBundleExecutable"] == "calmfloor"
    assert plist["LSBackgroundOnly"] is False  # calmfloor-cli is a console program
    assert plist["NSRequiresAquaSystemAppearance"] is False
    assert plist["NSHighResolutionCapable"] is True
    assert float(plist["LSMinimumSystemVersion"]) >= 13.0
    assert plist["LSApplicationCategoryType"] == "public.app-category.healthcare-fitness"
    assert "NSMicrophoneUsageDescription" not in plist  # calmfloor never records
    # never a check program inside a signed bundle, even when asked for one
    assert [e.kwargs["name"] for e in built(made, "EXE")] == ["calmfloor", "calmfloor-cli"]


def test_spec_adds_the_frozen_check_only_when_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = run_spec("linux", tmp_path, monkeypatch, check=True)
    exes = {e.kwargs["name"]: e for e in built(made, "EXE")}
    assert set(exes) == {"calmfloor", "calmfloor-cli", "calmfloor-frozen-check"}
    scripts = [name for name, _src, _code in exes["calmfloor-frozen-check"].args[1]]
    assert scripts == ["pyi_rth_pyside6", "frozen_check"]  # the hooks, then the check only
    assert exes["calmfloor-frozen-check"].args[0] is exes["calmfloor"].args[0]  # same archive


# --- helpers: what is left out ----------------------------------------------------------


def test_qt_translations_are_kept_for_shipped_languages_only() -> None:
    unwanted = support.is_unwanted_qt_translation
    assert unwanted("PySide6/Qt/translations/qtbase_ja.qm", {"de", "fa"})
    assert unwanted("PySide6/Qt/translations/qtbase_pt_BR.qm", {"de"})
    assert not unwanted("PySide6/Qt/translations/qtbase_de.qm", {"de", "fa"})
    assert not unwanted("PySide6\\translations\\qt_help_fa.qm", {"de", "fa"})  # Windows
    assert not unwanted("calmfloor/assets/translations/calmfloor_ja.qm", {"de"})


def test_shipped_languages_come_from_translation_files(tmp_path: Path) -> None:
    for name in ("calmfloor_de.ts", "calmfloor_fa.qm", "calmfloor_pt_BR.ts", "README.md"):
        (tmp_path / name).write_text("")
    assert support.shipped_languages(tmp_path) == {"de", "fa", "pt"}


def test_assets_are_collected_without_build_inputs(tmp_path: Path) -> None:
    for name in ("icons/calmfloor.ico", "icons/calmfloor-256.png", "routines/de/a.toml", "t/x.ts"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("")
    datas = support.asset_datas(tmp_path, (".ts", ".ico"))
    assert sorted(folder for _src, folder in datas) == [
        "calmfloor/assets/icons",
        "calmfloor/assets/routines/de",
    ]


@pytest.mark.parametrize(
    ("dest", "expected"),
    [
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", ("imageformats", "qsvg")),
        ("PySide6/plugins/imageformats/qsvg.dll", ("imageformats", "qsvg")),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", ("platformthemes", "qgtk3")),
        ("PySide6/Qt/lib/libQt6Core.so.6", None),
        ("numpy/plugins/x/y.so", None),
    ],
)
def test_plugin_names_are_the_same_on_every_system(
    dest: str, expected: tuple[str, str] | None
) -> None:
    assert support.plugin_name(dest) == expected


def test_unused_plugins_go_with_the_libraries_only_they_need() -> None:
    lib = "PySide6/Qt/lib/"
    binaries = [
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", "/w/qpdf", "BINARY"),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", "/w/qsvg", "BINARY"),
        (lib + "libQt6Pdf.so.6", "/w/Pdf", "BINARY"),  # only the PDF plugin links it
        (lib + "libQt6Gui.so.6", "/w/Gui", "BINARY"),  # the SVG plugin links it too
        (lib + "libpulse.so.0", "/w/pulse", "BINARY"),  # opened at run time, linked by none
    ]
    links = {
        "/w/qpdf": ["/w/Pdf", "/w/Gui"],
        "/w/qsvg": ["/w/Gui"],
        "/w/Pdf": ["/w/Gui"],
    }

    def imports(path: str) -> list[tuple[str, str | None]]:
        return [(Path(p).name, p) for p in links.get(path, [])] + [("libc.so.6", None)]

    def unwanted(dest: str) -> bool:
        return support.is_unwanted_plugin(dest, [], {}, {"imageformats": ["qsvg"]})

    kept, removed = support.drop_with_orphans(binaries, unwanted, imports)
    assert removed == [lib + "libQt6Pdf.so.6", "PySide6/Qt/plugins/imageformats/libqpdf.so"]
    assert [dest for dest, _src, _code in kept] == [
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        lib + "libQt6Gui.so.6",
        lib + "libpulse.so.0",
    ]
    assert support.drop_with_orphans(binaries, lambda _dest: False, imports) == (binaries, [])


def test_plugin_choice_by_type_and_name() -> None:
    drop = {"platformthemes": ["qgtk3"]}
    keep = {"imageformats": ["qsvg"]}
    unwanted = support.is_unwanted_plugin
    assert unwanted("PySide6/Qt/plugins/tls/libqopensslbackend.so", ["tls"], drop, keep)
    assert unwanted("PySide6/Qt/plugins/platformthemes/libqgtk3.so", [], drop, keep)
    assert not unwanted("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", [], drop, keep)
    assert unwanted("PySide6/Qt/plugins/imageformats/libqjpeg.so", [], drop, keep)
    assert not unwanted("PySide6/Qt/plugins/platforms/libqxcb.so", ["tls"], drop, keep)


def test_version_numbers_for_windows() -> None:
    assert support.version_numbers("1.2.3") == (1, 2, 3, 0)
    assert support.version_numbers("1.2") == (1, 2, 0, 0)
    assert support.version_numbers("2.0.1rc2+local.5") == (2, 0, 1, 0)
    assert support.version_numbers(__version__)[:3] == tuple(
        int(part) for part in __version__.split(".")[:3]
    )
