"""Storage test helpers: a real write failure that works even as root."""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager

import pytest

FileSizeLimit = Callable[[int], AbstractContextManager[None]]


@contextlib.contextmanager
def _file_size_limit(limit_bytes: int) -> Iterator[None]:
    resource = pytest.importorskip("resource")
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, old_handler)


@pytest.fixture
def file_size_limit() -> FileSizeLimit:
    """Make writes past a byte limit fail with EFBIG, as a full disk would (even as root)."""
    return _file_size_limit
