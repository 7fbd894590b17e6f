"""The shipped English plural forms cover every %n string in the code."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location(
    "update_english_plurals", REPO / "packaging" / "update_english_plurals.py"
)
assert _spec is not None and _spec.loader is not None
plurals = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(plurals)


def test_english_forms_drop_or_keep_the_bracketed_ending() -> None:
    assert plurals.english_forms("%n breath(s) in %1") == ("%n breath in %1", "%n breaths in %1")
    assert plurals.english_forms("%1 of %n skin check(s)") == (
        "%1 of %n skin check",
        "%1 of %n skin checks",
    )


def test_every_plural_string_in_the_code_is_in_the_shipped_file() -> None:
    shipped = ET.parse(plurals.TS_FILE).getroot()
    have = {
        (context.findtext("name"), message.findtext("source"))
        for context in shipped.iter("context")
        for message in context.iter("message")
    }
    wanted = {
        (context, source)
        for context, sources in plurals.numerus_messages().items()
        for source in sources
    }
    missing = sorted(wanted - have)
    assert not missing, f"run python packaging/update_english_plurals.py; missing: {missing}"
    qm = plurals.QM_FILE
    assert qm.stat().st_mtime >= plurals.TS_FILE.stat().st_mtime - 1 or qm.stat().st_size > 0
