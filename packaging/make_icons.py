"""Render assets/icons/calmfloor.svg to the PNG sizes desktops and installers ask for.

Uses PySide6's QSvgRenderer on the offscreen platform, so no display is needed. Rerunnable:
it overwrites ``assets/icons/calmfloor-<size>.png`` for every size in ``SIZES_PX``.

Usage::

    python packaging/make_icons.py                 # from <repo>/assets/icons/calmfloor.svg
    python packaging/make_icons.py --svg X --out DIR
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

SIZES_PX = (16, 32, 48, 64, 128, 256, 512)
ICONS_DIR = Path(__file__).resolve().parents[1] / "assets" / "icons"


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
    # Qt is imported here so that `--help` works without it, and after the platform is chosen.
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg_path))
    if not renderer.isValid():
        raise ValueError(f"Qt cannot parse {svg_path}")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for size in sizes_px:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        path = out_dir / f"calmfloor-{size}.png"
        if not image.save(str(path), "PNG"):
            raise OSError(f"could not write {path}")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    """Render every size and list the files written."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--svg", type=Path, default=ICONS_DIR / "calmfloor.svg")
    parser.add_argument("--out", type=Path, default=ICONS_DIR)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for path in render(args.svg, args.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
