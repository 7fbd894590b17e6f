"""A folder for this user's sockets, locks and counters that no other user can enter or prepare."""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from collections.abc import Mapping, MutableMapping
from pathlib import Path

from calmfloor.storage.paths import APP_NAME

__all__ = [
    "PRIVATE_MODE",
    "RUNTIME_SUBDIR",
    "is_private_dir",
    "keep_audio_out_of_home",
    "private_runtime_dir",
]

PRIVATE_MODE = 0o700
RUNTIME_SUBDIR = "run"  # inside the user's cache folder, the last resort


def _uid() -> int:
    return os.geteuid()


def is_private_dir(path: Path) -> bool:
    """True when ``path`` is a real folder (not a link) of this user that nobody else may use.

    Owned by the current user, and neither group nor others may read, write or enter it.
    """
    try:
        info = path.lstat()
    except (OSError, ValueError):
        return False
    return (
        stat.S_ISDIR(info.st_mode)
        and info.st_uid == _uid()
        and stat.S_IMODE(info.st_mode) & 0o077 == 0
    )


def _private(path: Path) -> Path | None:
    """``path`` made (0700) if missing, and returned only when it is private."""
    try:
        path.mkdir(mode=PRIVATE_MODE)
    except FileExistsError:
        pass  # someone's: checked below, never changed or entered when not ours
    except OSError:
        return None
    return path if is_private_dir(path) else None


def private_runtime_dir(
    environ: Mapping[str, str] | None = None, *, max_bytes: int | None = None
) -> Path | None:
    """This user's private folder for run-time files, created when missing.

    The first that is private (see :func:`is_private_dir`) wins:

    1. ``$XDG_RUNTIME_DIR/calmfloor``, when ``XDG_RUNTIME_DIR`` itself is private;
    2. ``<temp>/calmfloor-<uid>`` (``/tmp/calmfloor-1000``), created ``0700``; a folder of
       that name that another user made first, that is open to others, or that is a link
       is refused, never used or changed;
    3. ``<user cache folder>/calmfloor/run`` (``~/.cache/calmfloor/run``).

    On Windows the user's own temp folder (``%LOCALAPPDATA%\\Temp``) is private already:
    ``<temp>/calmfloor``.

    Args:
        environ: the environment; ``os.environ`` when None.
        max_bytes: skip a folder whose path is longer than this (a Unix socket's path
            has at most about 100 bytes).

    Returns:
        The folder, or None when none of them is usable (then do without).
    """
    env = os.environ if environ is None else environ

    def fits(path: Path) -> bool:
        return max_bytes is None or len(os.fsencode(str(path))) <= max_bytes

    def private(path: Path) -> Path | None:
        return _private(path) if fits(path) else None

    if sys.platform == "win32":
        folder = Path(tempfile.gettempdir()) / APP_NAME
        try:
            folder.mkdir(exist_ok=True)
        except OSError:
            return None
        return folder
    runtime = env.get("XDG_RUNTIME_DIR", "")
    if runtime and os.path.isabs(runtime) and is_private_dir(Path(runtime)):
        found = private(Path(runtime) / APP_NAME)
        if found is not None:
            return found
    found = private(Path(tempfile.gettempdir()) / f"{APP_NAME}-{_uid()}")
    if found is not None:
        return found
    import platformdirs  # late: only this last resort needs it

    cache = Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))
    if not fits(cache / RUNTIME_SUBDIR):
        return None
    try:
        cache.mkdir(mode=PRIVATE_MODE, parents=True, exist_ok=True)
    except OSError:
        return None
    return _private(cache / RUNTIME_SUBDIR)


PULSE_RUNTIME_ENV = "PULSE_RUNTIME_PATH"
PULSE_COOKIE_ENV = "PULSE_COOKIE"


def keep_audio_out_of_home(
    folder: Path | None, environ: MutableMapping[str, str] | None = None
) -> dict[str, str]:
    """Point the audio library's run-time files into ``folder`` when it would use the home.

    Without ``XDG_RUNTIME_DIR``, libpulse makes ``~/.config/pulse/<machine id>-runtime``
    (a link to a ``/tmp/pulse-*`` folder) and may look for a cookie there; a kiosk must
    leave nothing in the home folder. ``PULSE_RUNTIME_PATH`` and, when the home has no
    cookie, ``PULSE_COOKIE`` are set to places in ``folder``. Call before audio starts.

    Returns:
        The variables set (empty when nothing needed changing).
    """
    env = os.environ if environ is None else environ
    if folder is None or sys.platform in ("win32", "darwin"):
        return {}
    runtime = env.get("XDG_RUNTIME_DIR", "")
    if runtime and os.path.isabs(runtime) and is_private_dir(Path(runtime)):
        return {}
    changes: dict[str, str] = {}
    if not env.get(PULSE_RUNTIME_ENV):
        pulse = _private(folder / "pulse")
        if pulse is not None:
            changes[PULSE_RUNTIME_ENV] = str(pulse)
    home_cookie = Path(env.get("HOME", "~")).expanduser() / ".config" / "pulse" / "cookie"
    if not env.get(PULSE_COOKIE_ENV) and not home_cookie.exists():
        changes[PULSE_COOKIE_ENV] = str(folder / "pulse-cookie")
    env.update(changes)
    return changes
