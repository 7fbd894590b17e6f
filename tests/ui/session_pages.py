"""Small page helpers for the Breathe and Relax tests: widgets by object name, not attribute."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from calmfloor.ui.relax.library import RoutineLibrary

W = TypeVar("W", bound=QWidget)


def find(page: QWidget, name: str, kind: type[W] = QWidget) -> W:  # type: ignore[assignment]
    """The one child of ``page`` called ``name`` (fails the test when there is none)."""
    found = page.findChildren(kind, name)
    assert len(found) == 1, f"{len(found)} widgets named {name!r}"
    return found[0]


def text(page: QWidget, name: str) -> str:
    """The text of the label called ``name``."""
    return find(page, name, QLabel).text()


def button(page: QWidget, name: str) -> QPushButton:
    """The button called ``name``."""
    return find(page, name, QPushButton)


def rating(page: QWidget, when: str, what: str, value: int) -> QPushButton:
    """The number button ``value`` of the ``what`` row (tension, pain) asked ``when``
    (before, after)."""
    row = find(find(page, f"ratings-{when}"), f"{what}-rating")
    return row.findChildren(QPushButton)[value]


def rating_row(page: QWidget, when: str, what: str) -> QWidget:
    """The ``what`` row (tension, pain) asked ``when`` (before, after)."""
    return find(find(page, f"ratings-{when}"), f"{what}-rating")


def label(page: QWidget, name: str) -> QLabel:
    """The label called ``name``."""
    return find(page, name, QLabel)


def routine_library(window: QWidget) -> RoutineLibrary:
    """The Relax page's routines, object name ``routine-library`` (built with the page)."""
    found = window.findChildren(RoutineLibrary, "routine-library")
    assert len(found) == 1, f"{len(found)} routine libraries"
    return found[0]
