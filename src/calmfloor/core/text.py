"""Text from others (files, names, command lines) made safe to show in a message.

A routine file can hold an escape sequence that clears the terminal, a newline followed by
a fake ``OK`` line, or a right-to-left override that shows a file name backwards. Every
message that quotes such text passes it through :func:`printable` first: control
characters, line separators and the bidirectional embeddings, overrides and isolates are
shown as ``\\x1b``, ``\\u202e``... Letters of every script, and the joiners and marks that
Persian and other languages need (U+200C, U+200D, U+200E, U+200F), are kept.
"""

from __future__ import annotations

import unicodedata

__all__ = ["BIDI_CONTROLS", "printable"]

BIDI_CONTROLS = frozenset(chr(code) for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)))
"""LRE, RLE, PDF, LRO, RLO and LRI, RLI, FSI, PDI: they reorder the text around them."""

_LINE_BREAKS = frozenset({"\u2028", "\u2029", "\x85"})


def _escaped(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _unsafe(char: str) -> bool:
    return (
        char in BIDI_CONTROLS or char in _LINE_BREAKS or unicodedata.category(char) in ("Cc", "Cs")
    )


def printable(text: str, *, keep_newlines: bool = False) -> str:
    """``text`` with every character that could fake or hide output escaped.

    Args:
        text: text from outside calmfloor.
        keep_newlines: keep ``\\n`` (for output calmfloor itself laid out over lines).

    Returns:
        The same text when it holds nothing unsafe (the usual case).
    """
    if text.isprintable() and not any(char in BIDI_CONTROLS for char in text):
        return text
    return "".join(
        _escaped(char) if _unsafe(char) and not (keep_newlines and char == "\n") else char
        for char in text
    )
