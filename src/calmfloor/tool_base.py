"""What every command-line tool shares: exit statuses, the tool record and line output.

Kept apart from :mod:`calmfloor.commands` so tool modules (such as
:mod:`calmfloor.policy_cli`) can use it without importing the registry that lists them.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import TextIO

from calmfloor.core.text import printable

DATA_DIR_OPTION = "--data-dir"

Handler = Callable[[argparse.Namespace], int]
"""Runs one tool subcommand with its parsed arguments; returns the exit status."""


class ToolExit(IntEnum):
    """Exit statuses of the tools."""

    OK = 0
    FAILED = 1  # something given was invalid, or the tool could not finish
    USAGE = 2  # argparse's own status for bad arguments
    INTERRUPTED = 130  # Ctrl+C, as shells report it
    TERMINATED = 143  # SIGTERM (logout, shutdown, kill), as shells report it


@dataclass(frozen=True, slots=True)
class ToolCommand:
    """One tool, named by the first word on the command line (``routine``).

    Attributes:
        summary: what it does, one line for ``--help``.
        examples: how it is called, without the program name, for ``calmfloor --help``.
        add_arguments: adds its subcommands to its parser; each one stores its
            :data:`Handler` as ``run`` with ``set_defaults``.
    """

    summary: str
    examples: tuple[str, ...]
    add_arguments: Callable[[argparse.ArgumentParser], None]


def tool_word(argv: Sequence[str]) -> str | None:
    """The argument in a tool's place: the first, or the first after ``--data-dir DIR``.

    None when there is none. Needs no registry of tools, so ``app.main`` imports the tools
    only when this word may name one.
    """
    index = 0
    while index < len(argv):
        token = argv[index]
        option, has_value, _ = token.partition("=")
        if len(option) > 2 and DATA_DIR_OPTION.startswith(option):  # argparse abbreviations
            index += 1 if has_value else 2
            continue
        return token
    return None


def emit(text: str, stream: TextIO | None) -> None:
    """Write one line; characters the terminal cannot show are escaped, not fatal."""
    if stream is None:  # a GUI-script launch on Windows has no console
        return
    text = printable(text, keep_newlines=True)  # no escape sequence reaches the terminal
    try:
        stream.write(text + "\n")
    except UnicodeEncodeError:
        encoding = getattr(stream, "encoding", None) or "ascii"
        stream.write(text.encode(encoding, "backslashreplace").decode(encoding) + "\n")


def out(text: str) -> None:
    emit(text, sys.stdout)


def err(text: str) -> None:
    emit(text, sys.stderr)


def plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"
