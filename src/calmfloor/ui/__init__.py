"""The Qt layer: paints what the core says. The only package that imports PySide6."""
