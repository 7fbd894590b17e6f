"""Render assets/icons/calmfloor.svg to the PNGs, the Windows .ico and the macOS .icns.

Uses PySide6's QSvgRenderer on the offscreen platform, so no display is needed. Rerunnable:
it overwrites ``assets/icons/calmfloor-<size>.png`` for every size in ``SIZES_PX``, and
``calmfloor.ico`` and ``calmfloor.icns`` (for the PyInstaller build). Both are written by
hand with PNG-compressed entries (Windows Vista and later, macOS 10.7 and later read them),
so no ``iconutil`` or Pillow is needed.

Usage::

    python packaging/make_icons.py                 # from <repo>/assets/icons/calmfloor.svg
    python packaging/make_icons.py --svg X --out DIR
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QImage
    from PySide6.QtSvg import QSvgRenderer

SIZES_PX = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES_PX = (16, 20, 24, 32, 40, 48, 64, 128, 256)  # Explorer, taskbar, title bar, Start
# ICNS entry types with PNG data and their edge in pixels (ic11-ic14 are the Retina "@2x"
# versions of 16, 32, 128 and 256 points).
ICNS_TYPES_PX = (
    ("ic07", 128),
    ("ic08", 256),
    ("ic09", 512),
    ("ic10", 1024),
    ("ic11", 32),
    ("ic12", 64),
    ("ic13", 256),
    ("ic14", 512),
)
ICONS_DIR = Path(__file__).resolve().parents[1] / "assets" / "icons"
ICO_HEADER = struct.Struct("<HHH")  # reserved 0, type 1 (icon), number of images
ICO_ENTRY = struct.Struct("<BBBBHHII")  # width, height, colours, 0, planes, bpp, size, offset
ICNS_HEADER = struct.Struct(">4sI")  # type (b"icns" for the file), length including header


def _renderer(svg_path: Path) -> QSvgRenderer:
    """A renderer for ``svg_path``, with the Qt application it needs."""
    # Qt is imported here so that `--help` works without it, and after the platform is chosen.
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg_path))
    if not renderer.isValid():
        raise ValueError(f"Qt cannot parse {svg_path}")
    return renderer


def _image(renderer: QSvgRenderer, size: int) -> QImage:
    """The icon drawn on a transparent square of ``size`` pixels."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def _png(image: QImage) -> bytes:
    """``image`` as PNG file bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def render(svg_path: Path, out_dir: Path, sizes_px: tuple[int, ...] = SIZES_PX) -> list[Path]:
    """Render ``svg_path`` to square PNGs named ``calmfloor-<size>.png``.

    Args:
        svg_path: The source SVG.
        out_dir: Folder for the PNGs; created if needed.
        sizes_px: Edge lengths to render.

    Returns:
        The paths written.

    Raises:
        ValueError: If Qt cannot parse the SVG.
        OSError: If a PNG cannot be written.
    """
    renderer = _renderer(svg_path)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for size in sizes_px:
        path = out_dir / f"calmfloor-{size}.png"
        if not _image(renderer, size).save(str(path), "PNG"):
            raise OSError(f"could not write {path}")
        written.append(path)
    return written


def ico_bytes(pngs: Mapping[int, bytes]) -> bytes:
    """A Windows ICO file holding one PNG-compressed image per size.

    Args:
        pngs: PNG file bytes by edge length in pixels (1 to 256).
    """
    sizes = sorted(pngs)
    if not sizes or sizes[0] < 1 or sizes[-1] > 256:
        raise ValueError(f"ICO sizes must be 1-256 pixels, not {sizes}")
    offset = ICO_HEADER.size + ICO_ENTRY.size * len(sizes)
    header = ICO_HEADER.pack(0, 1, len(sizes))
    entries = []
    for size in sizes:
        edge = size % 256  # 256 is written as 0
        entries.append(ICO_ENTRY.pack(edge, edge, 0, 0, 1, 32, len(pngs[size]), offset))
        offset += len(pngs[size])
    return header + b"".join(entries) + b"".join(pngs[size] for size in sizes)


def icns_bytes(entries: Sequence[tuple[str, bytes]]) -> bytes:
    """A macOS ICNS file: a header, then each ``(type, PNG bytes)`` entry with its length."""
    body = b"".join(
        ICNS_HEADER.pack(kind.encode("ascii"), ICNS_HEADER.size + len(data)) + data
        for kind, data in entries
    )
    return ICNS_HEADER.pack(b"icns", ICNS_HEADER.size + len(body)) + body


def render_bundle_icons(svg_path: Path, out_dir: Path) -> list[Path]:
    """Write ``calmfloor.ico`` (Windows) and ``calmfloor.icns`` (macOS) into ``out_dir``.

    Returns:
        The two paths written.
    """
    renderer = _renderer(svg_path)
    sizes = sorted(set(ICO_SIZES_PX) | {size for _kind, size in ICNS_TYPES_PX})
    pngs = {size: _png(_image(renderer, size)) for size in sizes}
    out_dir.mkdir(parents=True, exist_ok=True)
    ico = out_dir / "calmfloor.ico"
    ico.write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES_PX}))
    icns = out_dir / "calmfloor.icns"
    icns.write_bytes(icns_bytes([(kind, pngs[size]) for kind, size in ICNS_TYPES_PX]))
    return [ico, icns]


def main(argv: list[str] | None = None) -> int:
    """Render every size and list the files written."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--svg", type=Path, default=ICONS_DIR / "calmfloor.svg")
    parser.add_argument("--out", type=Path, default=ICONS_DIR)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for path in render(args.svg, args.out) + render_bundle_icons(args.svg, args.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
