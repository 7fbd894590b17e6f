"""Refuse to run on a Qt binding known to corrupt the interpreter.

PySide6 6.12.0 on CPython 3.11 lowers the reference count of ``None`` on every call of a Qt
method that returns nothing; after about 5,000 calls (ten seconds of an animated pacer) the
interpreter aborts with ``Fatal Python error: none_dealloc``. On 3.12+ ``None`` is immortal
and the bug is harmless; 6.11.3 is clean everywhere.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

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
