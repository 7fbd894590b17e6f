"""Marking core text for translation without importing Qt.

The core holds the English source text; the Qt layer translates it with
``QCoreApplication.translate(context, text)``. Wrapping the literals here lets Qt's
``lupdate`` find them.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    del context
    return text
