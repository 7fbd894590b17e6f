"""SQLite's write-ahead log read without SQLite: which pages a replay would write.

SQLite replays a ``-wal`` file over its database without asking whether the log was
written for that database: its header names no database, only salts and checksums that
tie its own frames together. So a log left by another file at the same path (a restored
or copied history, an earlier run that crashed) is replayed over the wrong data. This
module reads the log as SQLite's WAL recovery does (https://www.sqlite.org/fileformat.html,
section "The WAL File Format") and builds, in memory, the database image a replay would
produce, so that the caller can check it before SQLite ever sees the log.

Format, all integers big-endian:

- a 32-byte header: magic 0x377f0682 or 0x377f0683 (the checksums use little- or
  big-endian words), format version 3007000, page size, checkpoint sequence, salt-1,
  salt-2, checksum-1, checksum-2 (over the first 24 bytes);
- frames of a 24-byte header (page number, database size in pages after a commit or 0,
  salt-1, salt-2, checksum-1, checksum-2) and one page.

A frame is valid when its salts equal the header's and its checksum, which continues the
running checksum over every earlier frame, matches; recovery keeps the valid frames up to
the last commit frame and ignores the rest, and so does :func:`read_wal`.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

WAL_MAGIC_LITTLE_ENDIAN = 0x377F0682
WAL_MAGIC_BIG_ENDIAN = 0x377F0683
WAL_FORMAT_VERSION = 3007000
WAL_HEADER_BYTES = 32
WAL_FRAME_HEADER_BYTES = 24
SQLITE_HEADER_PAGE_SIZE_AT = 16
_MASK = 0xFFFFFFFF


@dataclass(frozen=True, slots=True)
class WalLog:
    """The committed content of a write-ahead log.

    Attributes:
        page_size: bytes per page.
        pages: the newest committed image of each page the log holds, by page number.
        db_pages: the database size in pages after the last commit.
        frames: how many frames are committed.
    """

    page_size: int
    pages: dict[int, bytes]
    db_pages: int
    frames: int


def _checksum(data: bytes, s1: int, s2: int, big_endian: bool) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s1 = (s1 + words[i] + s2) & _MASK
        s2 = (s2 + words[i + 1] + s1) & _MASK
    return s1, s2


def read_wal(data: bytes) -> WalLog | None:
    """The committed frames of a ``-wal`` file's bytes, as SQLite's recovery finds them.

    Returns:
        None when the header is not a valid WAL header (SQLite then ignores the file) or
        no frame is committed (a replay changes nothing).
    """
    if len(data) < WAL_HEADER_BYTES:
        return None
    magic, version, page_size, _seq, salt1, salt2, c1, c2 = struct.unpack(
        ">8I", data[:WAL_HEADER_BYTES]
    )
    if magic not in (WAL_MAGIC_LITTLE_ENDIAN, WAL_MAGIC_BIG_ENDIAN):
        return None
    big_endian = magic == WAL_MAGIC_BIG_ENDIAN
    valid_size = 512 <= page_size <= 65536 and page_size & (page_size - 1) == 0
    if version != WAL_FORMAT_VERSION or not valid_size:
        return None
    s1, s2 = _checksum(data[:24], 0, 0, big_endian)
    if (s1, s2) != (c1, c2):
        return None
    pages: dict[int, bytes] = {}
    pending: dict[int, bytes] = {}
    committed = db_pages = frames = 0
    offset = WAL_HEADER_BYTES
    frame_bytes = WAL_FRAME_HEADER_BYTES + page_size
    while offset + frame_bytes <= len(data):
        head = data[offset : offset + WAL_FRAME_HEADER_BYTES]
        page_no, commit_size, f_salt1, f_salt2, f_c1, f_c2 = struct.unpack(">6I", head)
        if (f_salt1, f_salt2) != (salt1, salt2) or page_no == 0:
            break
        page = data[offset + WAL_FRAME_HEADER_BYTES : offset + frame_bytes]
        s1, s2 = _checksum(head[:8], s1, s2, big_endian)
        s1, s2 = _checksum(page, s1, s2, big_endian)
        if (s1, s2) != (f_c1, f_c2):
            break
        frames += 1
        pending[page_no] = page
        if commit_size:
            pages.update(pending)
            pending.clear()
            committed, db_pages = frames, commit_size
        offset += frame_bytes
    if not committed:
        return None
    return WalLog(page_size, pages, db_pages, committed)


def replayed_image(db: bytes, log: WalLog) -> bytes:
    """The database bytes a checkpoint of ``log`` over ``db`` would leave."""
    image = bytearray(db[: log.db_pages * log.page_size])
    image.extend(bytes(log.db_pages * log.page_size - len(image)))
    for page_no, page in log.pages.items():
        if page_no <= log.db_pages:
            start = (page_no - 1) * log.page_size
            image[start : start + log.page_size] = page
    return bytes(image)


def db_page_size(db: bytes) -> int | None:
    """The page size in a database header, None when there is no header."""
    if len(db) < 100:
        return None
    size = int.from_bytes(db[SQLITE_HEADER_PAGE_SIZE_AT : SQLITE_HEADER_PAGE_SIZE_AT + 2], "big")
    return 65536 if size == 1 else size
