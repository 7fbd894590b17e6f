"""Where calmfloor keeps its files: platformdirs by default, one directory with an override."""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from calmfloor.storage.errors import StorageWriteError, WriteFailure, write_error

APP_NAME = "calmfloor"
DATA_DIR_ENV = "CALMFLOOR_DATA_DIR"

PRIVATE_DIR_MODE = 0o700  # every folder calmfloor creates: only its user may enter it
HISTORY_DB_NAME = "history.sqlite3"
SETTINGS_FILE_NAME = "settings.json"
STATE_FILE_NAME = "state.json"
PATTERNS_FILE_NAME = "patterns.json"
ROUTINES_DIR_NAME = "routines"


@dataclass(frozen=True, slots=True)
class AppPaths:
    """The three directories calmfloor uses, and the files inside them.

    Attributes:
        data_dir: history database, the user's own patterns and routines.
        config_dir: preferences (settings.json).
        state_dir: window state and other non-preference memory (state.json).
        overridden: True when all three come from ``--data-dir`` or ``CALMFLOOR_DATA_DIR``.
    """

    data_dir: Path
    config_dir: Path
    state_dir: Path
    overridden: bool = False

    @property
    def history_db(self) -> Path:
        """The SQLite history database."""
        return self.data_dir / HISTORY_DB_NAME

    @property
    def settings_file(self) -> Path:
        """The user's preferences."""
        return self.config_dir / SETTINGS_FILE_NAME

    @property
    def state_file(self) -> Path:
        """Window geometry and similar state."""
        return self.state_dir / STATE_FILE_NAME

    @property
    def patterns_file(self) -> Path:
        """The user's own breathing patterns."""
        return self.data_dir / PATTERNS_FILE_NAME

    @property
    def routines_dir(self) -> Path:
        """The user's own routine files (``*.toml``), imported or dropped in by hand."""
        return self.data_dir / ROUTINES_DIR_NAME

    @property
    def directories(self) -> tuple[Path, ...]:
        """The distinct directories, in data, config, state order."""
        return tuple(dict.fromkeys((self.data_dir, self.config_dir, self.state_dir)))

    def locations(self) -> dict[str, Path]:
        """Every file and folder calmfloor writes, by role (for the README or an About box)."""
        return {
            "history": self.history_db,
            "patterns": self.patterns_file,
            "routines": self.routines_dir,
            "settings": self.settings_file,
            "state": self.state_file,
        }


def resolve_paths(
    data_dir: str | os.PathLike[str] | None = None,
    environ: Mapping[str, str] | None = None,
) -> AppPaths:
    """Work out the directories; creates nothing.

    The first of these wins:

    1. ``data_dir`` (the ``--data-dir`` option);
    2. the ``CALMFLOOR_DATA_DIR`` environment variable (ignored when empty);
    3. the platform's usual per-user directories (platformdirs, app name ``calmfloor``).

    With 1 or 2, data, config and state are all that one directory itself (the file names
    never clash), so every file calmfloor writes lives directly inside it (the user's
    routines in its ``routines`` folder). A leading ``~`` is expanded and a relative path
    is made absolute against the current directory.

    Args:
        data_dir: explicit directory, or None.
        environ: the environment to read; ``os.environ`` when None.
    """
    env = os.environ if environ is None else environ
    override: str | os.PathLike[str] | None = data_dir
    if override is None or str(override) == "":
        override = env.get(DATA_DIR_ENV) or None
    if override is not None:
        root = Path(override).expanduser().absolute()
        return AppPaths(data_dir=root, config_dir=root, state_dir=root, overridden=True)

    import platformdirs  # late: only the default case needs it

    return AppPaths(
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        state_dir=Path(platformdirs.user_state_dir(APP_NAME, appauthor=False)),
    )


def ensure_dirs(paths: AppPaths) -> list[StorageWriteError]:
    """Create the directories that do not exist yet, and the routines folder in the data one.

    A directory that cannot be created does not stop the others; the caller decides what
    to do without it (e.g. run without history). The routines folder is only tried when
    the data directory exists, so one broken data directory is reported once.

    Returns:
        One :class:`StorageWriteError` per directory that could not be created (its
        ``path`` is that directory); empty when all exist.
    """
    problems: list[StorageWriteError] = []
    for directory in paths.directories:
        try:
            make_private_dirs(directory)
        except OSError as exc:
            problems.append(write_error(directory, exc))
    if _is_dir(paths.data_dir):
        try:
            make_private_dirs(paths.routines_dir)
        except OSError as exc:
            problems.append(write_error(paths.routines_dir, exc))
    return problems


def folder_problem(directory: Path) -> StorageWriteError | None:
    """Why calmfloor could not keep its files in ``directory``, without creating anything.

    The folder itself, or else the nearest folder above it that exists, must be a folder
    the user may enter and write in (so the missing ones can be made). Nothing is created,
    so this can be asked before a kiosk run that must leave no trace.

    Returns:
        None when it looks usable; else the problem (its ``path`` is the folder at fault).
    """
    current = directory
    while True:
        try:
            info = current.stat()
        except FileNotFoundError:
            if current.parent == current:
                return StorageWriteError(current, WriteFailure.NO_FOLDER, "no folder exists")
            current = current.parent
            continue
        except OSError as exc:  # no permission to look, a file in the path, a name too long
            return write_error(current, exc)
        except ValueError as exc:  # a NUL character in the name
            return StorageWriteError(current, WriteFailure.OTHER, str(exc))
        if not stat.S_ISDIR(info.st_mode):
            return StorageWriteError(current, WriteFailure.NOT_A_DIRECTORY, "not a folder")
        if not os.access(current, os.W_OK | os.X_OK):
            return StorageWriteError(current, WriteFailure.PERMISSION_DENIED, "no access")
        return None


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # e.g. a parent folder the user may not enter
        return False


def make_private_dirs(directory: Path) -> None:
    """Create ``directory`` and any missing parents, each one private (``0700`` on POSIX).

    Folders that already exist are left as they are: a ``--data-dir`` may be a folder the
    user made and shares on purpose.

    Raises:
        OSError: a folder could not be created (or a file is in the way).
    """
    missing: list[Path] = []
    current = directory
    while not current.is_dir():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=PRIVATE_DIR_MODE)
        except FileExistsError:
            if not folder.is_dir():
                raise
            continue
        if os.name == "posix":
            os.chmod(folder, PRIVATE_DIR_MODE)  # mkdir's mode is narrowed by the umask only
