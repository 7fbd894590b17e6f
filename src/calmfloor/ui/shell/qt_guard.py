"""Refuse to run on a Qt binding known to corrupt the interpreter.

PySide6 6.12.0 on CPython 3.11 lowers the reference count of ``None`` on every call of a Qt
method that returns nothing; after about 5,000 calls (ten seconds of an animated pacer) the
interpreter aborts with ``Fatal Python error: none_dealloc``. On 3.12+ ``None`` is immortal
and the bug is harmless; 6.11.3 is clean everywhere.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from importlib.machinery import ModuleSpec

PROBE_CALLS = 2000
SAFE_PIN = "PySide6-Essentials==6.11.3 PySide6-Addons==6.11.3"


def known_leaking(qt_version: tuple[int, ...], python_version: tuple[int, ...]) -> bool:
    """True for the combinations measured to leak ``None`` references."""
    return tuple(python_version[:2]) < (3, 12) and tuple(qt_version[:2]) == (6, 12)


def none_refcount_drop(call: Callable[[], object], calls: int = PROBE_CALLS) -> int:
    """How far ``sys.getrefcount(None)`` falls over ``calls`` calls of ``call``."""
    before = sys.getrefcount(None)
    for _ in range(calls):
        call()
    return before - sys.getrefcount(None)


def _void_qt_call() -> Callable[[], object]:
    from PySide6.QtCore import QObject

    probe = QObject()
    return lambda: probe.setObjectName("probe")


def binding_problem(call: Callable[[], object] | None = None) -> str | None:
    """A message explaining why calmfloor must not start, or None when Qt is safe.

    Checks the known bad version first, then measures: a void Qt call repeated
    ``PROBE_CALLS`` times must not lower the reference count of ``None``.
    """
    import PySide6

    version = tuple(PySide6.__version_info__[:3])
    py = sys.version_info[:3]
    advice = (
        f"calmfloor cannot run safely with PySide6 {PySide6.__version__} on Python "
        f"{py[0]}.{py[1]}: this combination corrupts the interpreter and would crash "
        f"mid-session. Install the safe version with:\n"
        f"    python -m pip install {SAFE_PIN}\n"
        f"or run calmfloor on Python 3.12 or newer."
    )
    if known_leaking(version, py):
        return advice
    drop = none_refcount_drop(call or _void_qt_call())
    if drop >= PROBE_CALLS // 2:
        return advice
    return None


class _SourceScanAnswer:
    """A ``sys.meta_path`` entry that answers PySide6's source scan before it reads the file.

    From 6.4 PySide6 reads the whole source of every module named by an import statement
    run after it (``inspect.getsource``, even for a module loaded long before), only to see
    whether the text says "PySide6", for its ``from __feature__ import snake_case``
    switching. calmfloor never uses ``__feature__``, so every module runs with no feature
    either way. At start-up that reading cost about 15 ms for 150 modules and kept 2.3 MB
    of source text in ``linecache``. Entering each module in PySide6's published feature
    table before it is imported makes PySide6 skip the scan: as "no feature" (0, the scan's
    answer for a module that uses PySide6). The entry finds nothing itself: the import goes
    on as usual.
    """

    def __init__(self, table: dict[str, object]) -> None:
        self.table = table

    def find_spec(self, name: str, path: object = None, target: object = None) -> ModuleSpec | None:
        self.table.setdefault(name, 0)
        return None


def skip_source_scan() -> bool:
    """Import PySide6 and spare every later import its source scan; False if it has none."""
    import PySide6  # noqa: F401  (installs the scan)

    feature = sys.modules.get("PySide6.support.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict):  # a PySide6 without the scan, or one that moved it
        return False
    for name in list(sys.modules):  # loaded already: scanned at their next import statement
        table.setdefault(name, 0)
    if not any(isinstance(entry, _SourceScanAnswer) for entry in sys.meta_path):
        sys.meta_path.insert(0, _SourceScanAnswer(table))
    return True
