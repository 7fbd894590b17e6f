"""Every shipped translation is complete, in step with the code and compiled; the script works."""

from __future__ import annotations

import dataclasses
import importlib.util
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

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


# ----- every shipped language: complete, in step with the sources, compiled ---------------

_update_spec = importlib.util.spec_from_file_location(
    "update_translations", REPO / "packaging" / "update_translations.py"
)
assert _update_spec is not None and _update_spec.loader is not None
update = importlib.util.module_from_spec(_update_spec)
sys.modules["update_translations"] = update  # its dataclass looks itself up there
_update_spec.loader.exec_module(update)

SHIPPED = update.languages()
HOW_TO_FIX = "translate them in the .ts, then run python packaging/update_translations.py"


def _listed(problems: list[str]) -> str:
    return "\n  ".join(["", *problems[:60]]) + (
        f"\n  ... {len(problems)} in all" * (len(problems) > 60)
    )


def test_at_least_two_languages_besides_english_one_right_to_left() -> None:
    from PySide6.QtCore import QLocale, Qt

    assert len(SHIPPED) >= 2, SHIPPED
    directions = {QLocale(code).textDirection() for code in SHIPPED}
    assert Qt.LayoutDirection.RightToLeft in directions, SHIPPED


_LOCALISED = re.compile(r"%L(n|[1-9][0-9]?)")


def _unlocalised(message: Any) -> Any:
    """``message`` with each ``%Ln``/``%L1`` of its translation read as the source's ``%n``/``%1``.

    A translation may ask for the locale's digits (Persian ۳ for 3) where the English source
    has a plain placeholder: the number is the same. The other way round stays a mistake.
    """
    plain = set(update.placeholders(message.source))
    forms = tuple(
        _LOCALISED.sub(lambda m: f"%{m[1]}" if f"%{m[1]}" in plain else m[0], form)
        for form in message.forms
    )
    return dataclasses.replace(message, forms=forms)


@pytest.mark.parametrize("language", SHIPPED)
def test_no_unfinished_empty_or_malformed_entries(language: str) -> None:
    declared, messages = update.read_ts(update.ts_path(update.TRANSLATIONS, language))
    assert declared == language
    problems = update.entry_problems(language, [_unlocalised(m) for m in messages])
    assert not problems, f"{language}: {HOW_TO_FIX}:{_listed(problems)}"


@pytest.mark.parametrize("language", SHIPPED)
def test_no_entry_missing_compared_with_a_fresh_lupdate(language: str) -> None:
    ts = update.ts_path(update.TRANSLATIONS, language)
    problems = update.sync_problems(update.read_ts(ts)[1], update.fresh_messages(ts, language))
    assert not problems, (
        f"{language}: run python packaging/update_translations.py:{_listed(problems)}"
    )


@pytest.mark.parametrize("language", [*SHIPPED, update.ENGLISH])
def test_every_qm_is_a_fresh_compile_of_its_ts(language: str) -> None:
    ts = update.ts_path(update.TRANSLATIONS, language)
    problems = update.qm_problems(ts, ts.with_suffix(".qm"))
    assert not problems, problems


def test_every_shipped_language_has_its_own_name_in_settings() -> None:
    from calmfloor.core.settings import LANGUAGE_AUTONYMS

    named = {code for code, _name in LANGUAGE_AUTONYMS}
    assert set(SHIPPED) | {"en"} <= named, "add the language to LANGUAGE_AUTONYMS"


# ----- the checks themselves can fail ------------------------------------------------------


def _message(source: str, *forms: str, numerus: bool = False, state: str = "") -> object:
    return update.Message("ctx", source, "", numerus, tuple(forms), state)


def test_placeholders_are_found_with_their_l_and_n_forms() -> None:
    assert update.placeholders("%L1 of %2, %n left, 100%") == ["%2", "%L1", "%n"]
    assert update.placeholders("no placeholder") == []


def test_entry_checks_catch_each_kind_of_mistake() -> None:
    messages = [
        _message("Breathe in", "Einatmen"),  # fine
        _message("Breathe out", "", state="unfinished"),
        _message("Hold", "  "),
        _message("Step %1 of %2", "Schritt %1 von %1"),
        _message("%L1 min", "%1 Min."),
        _message("%n breath(s)", "%n Atemzug", numerus=True),  # German needs 2 forms
        _message("%n breath(s)", "%n Atemzug", "Atemzüge", numerus=True),  # %n lost
        _message("Old", "Alt", state="vanished"),
    ]
    problems = update.entry_problems("de", messages)
    assert [p.split(":")[0] for p in problems] == [
        "unfinished",
        "empty",
        "placeholders",
        "placeholders",
        "plural forms",
        "placeholders",
        "vanished",
    ]
    persian = [_message("%n breath(s)", "%n نفس", numerus=True)]
    assert update.entry_problems("fa", persian) == []  # one form in Persian


def test_a_translation_may_ask_for_the_locales_digits_but_not_drop_them() -> None:
    localised = [
        _message("%n breath(s)", "%Ln نفس", numerus=True),
        _message("Step %1 of %2", "گام %L1 از %L2"),
    ]
    assert update.entry_problems("fa", [_unlocalised(m) for m in localised]) == []
    wrong = [
        _message("%L1 min", "%1 دقیقه"),  # the source's locale digits dropped
        _message("%n breath(s)", "%L1 نفس", numerus=True),  # %L1 is not %n
    ]
    problems = update.entry_problems("fa", [_unlocalised(m) for m in wrong])
    assert [p.split(":")[0] for p in problems] == ["placeholders", "placeholders"]


def test_sync_check_names_missing_and_stale_entries() -> None:
    current = [_message("Kept", "x"), _message("Removed from the code", "y")]
    fresh = [_message("Kept", ""), _message("New in the code", "", state="unfinished")]
    assert update.sync_problems(current, fresh) == [
        "missing: ctx: 'New in the code'",
        "stale: ctx: 'Removed from the code'",
    ]


def test_qm_check_notices_a_stale_compile(tmp_path: Path) -> None:
    ts = tmp_path / "calmfloor_de.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="de">'
        "<context><name>MainWindow</name><message><source>&amp;Breathe</source>"
        "<translation>&amp;Atmen</translation></message></context></TS>\n",
        encoding="utf-8",
    )
    qm = ts.with_suffix(".qm")
    assert update.qm_problems(ts, qm) == [
        "missing: calmfloor_de.qm (run packaging/update_translations.py)"
    ]
    update.lrelease(ts, qm)
    assert update.qm_problems(ts, qm) == []
    ts.write_text(ts.read_text(encoding="utf-8").replace("Atmen", "Atmen!"), encoding="utf-8")
    assert update.qm_problems(ts, qm) == [
        "stale: calmfloor_de.qm differs from a fresh compile of calmfloor_de.ts"
    ]


def test_the_script_adds_updates_compiles_and_checks_copies_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = tmp_path / "assets"  # a copy, so translators at work cannot disturb the test
    shutil.copytree(update.TRANSLATIONS, shipped)
    monkeypatch.setattr(update, "TRANSLATIONS", shipped)
    before = {p.name: p.read_bytes() for p in shipped.iterdir()}
    out = tmp_path / "translations"
    assert update.main(["--out", str(out), "--add", "nl"]) == 0
    wanted = {f"calmfloor_{code}.qm" for code in [*SHIPPED, "en", "nl"]}
    assert {p.name for p in out.glob("*.qm")} >= wanted
    declared, messages = update.read_ts(out / "calmfloor_nl.ts")
    assert declared == "nl" and messages and all(m.state == "unfinished" for m in messages)
    assert update.main(["--out", str(out), "--check"]) == 1  # Dutch is all unfinished
    assert "nl" in update.check(out)
    assert {p.name: p.read_bytes() for p in shipped.iterdir()} == before, "wrote into assets"


def test_a_language_code_is_checked_before_anything_is_written(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        update.main(["--out", str(tmp_path), "--add", "Dutch"])
    assert not list(tmp_path.glob("*Dutch*"))
