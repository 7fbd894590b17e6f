"""The kiosk's count of wrong staff PINs, kept across a restart in the private runtime folder."""

from __future__ import annotations

import contextlib
import hashlib
import json
import math
import os
import stat
from datetime import datetime
from pathlib import Path

from calmfloor.storage.safefile import FileReadError, read_regular_file

__all__ = ["MAX_RECORD_BYTES", "PinAttemptsFile"]

MAX_RECORD_BYTES = 256
FILE_MODE = 0o600
_NAME_HASH_CHARS = 16


class PinAttemptsFile:
    """One small private file: the wrong PINs so far and the wall-clock time the wait ends.

    It lives in :func:`~calmfloor.storage.runtime_dir.private_runtime_dir` (``0700``, this
    user's only), never in the data folder: a guest leaves nothing in the profile, and a
    restart (kill, crash, power cut) does not give a guesser a fresh set of tries. The
    runtime folder is emptied at log-out or reboot, which staff would notice.

    Args:
        folder: the private runtime folder.
        key: tells kiosks with different data folders apart (the data folder's path).
    """

    def __init__(self, folder: Path, key: str) -> None:
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:_NAME_HASH_CHARS]
        self.path = folder / f"pin-attempts-{digest}.json"

    def load(self, wall: datetime) -> tuple[int, float]:
        """``(failures, seconds still to wait)``; ``(0, 0.0)`` when there is no usable record."""
        try:
            info = self.path.lstat()
            if not stat.S_ISREG(info.st_mode) or info.st_uid != os.geteuid():
                return 0, 0.0
            data = json.loads(read_regular_file(self.path, MAX_RECORD_BYTES))
        except (OSError, ValueError, FileReadError):
            return 0, 0.0
        if not isinstance(data, dict):
            return 0, 0.0
        failures, until = data.get("failures"), data.get("until")
        if not isinstance(failures, int) or isinstance(failures, bool):
            return 0, 0.0
        if not isinstance(until, int | float) or isinstance(until, bool):
            until = 0.0
        wait = float(until) - wall.timestamp()
        return failures, wait if math.isfinite(wait) else 0.0

    def save(self, failures: int, wait_s: float, wall: datetime) -> None:
        """Keep the count (atomically, ``0600``); a right PIN removes the file. Never raises."""
        if failures <= 0:
            with contextlib.suppress(OSError):
                self.path.unlink()
            return
        record = json.dumps({"failures": failures, "until": wall.timestamp() + wait_s})
        temp = self.path.with_name(self.path.name + ".tmp")
        try:
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
            descriptor = os.open(temp, flags, FILE_MODE)
            with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
                handle.write(record)
            os.replace(temp, self.path)
        except OSError:
            with contextlib.suppress(OSError):
                temp.unlink()
