"""The main window's stack of pages: each built from its feature's mount when first needed."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

from PySide6.QtWidgets import QStackedWidget

from calmfloor.ui.kit.page import Mounted, PageMount

_M = TypeVar("_M", bound=Mounted)


class PageStack(QStackedWidget):
    """The pages behind the navigation; a page joins the stack the first time it is needed.

    Args:
        mounts: each page's mount, by page number (see ``main_window.Page``).
        placed: called with a page just built, before it joins the stack: the window puts
            its banner and chip in place and wires what crosses features.
    """

    def __init__(self, mounts: Mapping[int, PageMount], placed: Callable[[Mounted], None]) -> None:
        super().__init__()
        self._mounts = dict(mounts)
        self._placed = placed
        self._built: dict[int, Mounted] = {}

    def has(self, page: int) -> bool:
        """True when the window has page ``page`` (the programme's Today may be missing)."""
        return page in self._mounts

    def number_of(self, key: str) -> int | None:
        """The page whose navigation key is ``key``, or None."""
        return next((page for page, mount in self._mounts.items() if mount.key == key), None)

    def mounted(self, page: int) -> Mounted:
        """Page ``page``, built the first time it is asked for."""
        built = self._built.get(page)
        if built is None:
            built = self._mounts[page].build()
            self._built[page] = built
            self._placed(built)
            self.addWidget(built.page)
        return built

    def part(self, page: int, kind: type[_M]) -> _M:
        """Page ``page`` as the feature's own :class:`Mounted` (with its controller...)."""
        built = self.mounted(page)
        assert isinstance(built, kind)
        return built

    def built(self, page: int | None = None) -> list[Mounted]:
        """The pages built so far in page order (or only ``page``, if built)."""
        if page is not None:
            return [self._built[page]] if page in self._built else []
        return [self._built[number] for number in sorted(self._built)]

    def shown(self) -> int | None:
        """The number of the page shown now (None before the first is shown)."""
        current = self.currentWidget()
        return next((page for page, built in self._built.items() if built.page is current), None)
