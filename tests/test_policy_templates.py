"""The Group Policy, Intune, MDM templates and the docs' key table come from the one declaration.

The ADMX and ADML files are validated against ``tests/data/admx/PolicyDefinitions.xsd``, this
project's reproduction of the rules of Microsoft's ADMX schema (the published XSDs are not on
any package index this project installs from), with lxml (libxml2's XML Schema support).
"""

from __future__ import annotations

import json
import plistlib
import re
from pathlib import Path

import pytest
from lxml import etree

from calmfloor.commands import run_tool
from calmfloor.core import policy_templates as templates
from calmfloor.core.policy import HEAT_KEYS, HISTORY_KEYS, KIOSK_KEYS, POLICY_KEYS
from calmfloor.core.policy_keys import POLICY_KEY_SPECS
from calmfloor.core.settings import SETTINGS
from calmfloor.policy_cli import replace_key_table, translations_of
from calmfloor.tool_base import ToolExit

REPO = Path(__file__).resolve().parents[1]
XSD = REPO / "tests" / "data" / "admx" / "PolicyDefinitions.xsd"
DOCS = REPO / "docs" / "clinic-deployment.md"
NS = {"pd": "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"}


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(XSD)))


def admls() -> dict[str, str]:
    return {
        culture: templates.adml(None if lang == "en" else translations_of(lang))
        for culture, lang in templates.ADML_CULTURES
    }


def test_the_admx_and_every_adml_validate_against_the_admx_schema(schema: etree.XMLSchema) -> None:
    for name, text in {"admx": templates.admx(), **admls()}.items():
        document = etree.fromstring(text.encode("utf-8"))
        assert schema.validate(document), (name, [str(e) for e in schema.error_log][:5])


@pytest.mark.parametrize(
    ("change", "why"),
    [
        (('name="KioskEnabled"', 'name="Kiosk-Enabled"'), "a hyphen in an id"),
        (('name="KioskEnabled"', 'name="9Kiosk"'), "an id starting with a digit"),
        (('<list id="Patterns_List"', '<multiText id="Patterns_List" valueName="x"'), "multiText"),
        ((' class="Both"', ""), "a missing class"),
        (('displayName="$(string.KioskEnabled)"', 'displayName="Kiosk"'), "a plain display name"),
        (
            ('<parentCategory ref="calmfloor_Kiosk"/>', '<parentCategory ref="calmfloor_Nope"/>'),
            "an unknown category",
        ),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_the_schema_refuses_what_microsofts_refuses(
    schema: etree.XMLSchema, change: tuple[str, str], why: str
) -> None:
    text = templates.admx()
    assert change[0] in text, why
    broken = text.replace(change[0], change[1], 1)
    if "multiText" in change[1]:
        broken = broken.replace(
            'key="Software\\Policies\\calmfloor\\patterns" valuePrefix=""/>', "/>", 1
        )
    assert not schema.validate(etree.fromstring(broken.encode("utf-8"))), why


def test_every_reference_of_the_admx_is_in_every_adml() -> None:
    admx = templates.admx()
    strings = set(re.findall(r"\$\(string\.([A-Za-z0-9_]+)\)", admx))
    presentations = set(re.findall(r"\$\(presentation\.([A-Za-z0-9_]+)\)", admx))
    element_ids = set(re.findall(r'<(?:boolean|decimal|text|enum|list) id="([A-Za-z0-9_]+)"', admx))
    for culture, text in admls().items():
        root = etree.fromstring(text.encode("utf-8"))
        ids = {e.get("id") for e in root.iterfind(".//pd:string", NS)}
        assert strings <= ids, (culture, strings - ids)
        shown = {e.get("id") for e in root.iterfind(".//pd:presentation", NS)}
        assert presentations == shown, culture
        refs = {e.get("refId") for e in root.iterfind(".//pd:presentation/*", NS)}
        assert refs == element_ids, (culture, refs ^ element_ids)


def test_the_german_and_persian_templates_are_translated() -> None:
    texts = admls()
    english = etree.fromstring(texts["en-US"].encode("utf-8"))
    for culture in ("de-DE", "fa-IR"):
        other = etree.fromstring(texts[culture].encode("utf-8"))
        en = {e.get("id"): e.text for e in english.iterfind(".//pd:string", NS)}
        tr = {e.get("id"): e.text for e in other.iterfind(".//pd:string", NS)}
        for ident in ("KioskEnabled", "Setting_volume", "calmfloor_History", "LockAllSettings"):
            assert tr[ident] != en[ident], (culture, ident)


def test_every_key_has_a_template_entry_and_a_docs_row() -> None:
    admx = templates.admx()
    oma = templates.intune_table()
    schema = templates.json_schema()
    docs = DOCS.read_text(encoding="utf-8")
    properties = schema["properties"]
    assert isinstance(properties, dict)
    assert len(POLICY_KEY_SPECS) == 14 + len(SETTINGS)
    for spec in POLICY_KEY_SPECS:
        assert f'<policy name="{spec.name}"' in admx, spec.key
        assert f"/{spec.name}` |" in oma, spec.key
        assert f"| `{spec.key}` |" in docs, f"{spec.key} has no row in {DOCS.name}"
        node = properties[spec.path[0]]
        if len(spec.path) == 2:
            node = node["properties"][spec.path[1]]
        assert node["title"] == spec.label
    for setting in SETTINGS:
        assert f'<policy name="Setting_{setting.key}_Recommended"' in admx


def test_every_key_the_parser_knows_is_declared_for_the_templates() -> None:
    """A key added to core/policy.py without a PolicyKeySpec would be missing from every
    template and from the docs: declare it in core/policy_keys.py (CLINIC_KEYS)."""
    tables = {"kiosk": KIOSK_KEYS, "history": HISTORY_KEYS, "heat": HEAT_KEYS}
    known = {k for k in POLICY_KEYS if k not in ("format", "version", "settings", "locked")}
    known -= set(tables)
    known |= {f"{table}.{key}" for table, keys in tables.items() for key in keys}
    known |= {f"settings.{setting.key}" for setting in SETTINGS}
    assert {spec.key for spec in POLICY_KEY_SPECS} == known


def test_the_docs_key_table_is_the_generated_one() -> None:
    """Fails when a key is added or changed: run `calmfloor policy generate --out DIR --docs
    docs/clinic-deployment.md`."""
    docs = DOCS.read_text(encoding="utf-8")
    assert replace_key_table(docs) == docs


def test_the_example_profile_sets_the_domain_and_the_example_policy() -> None:
    profile = plistlib.loads(templates.mobileconfig())
    assert profile["PayloadType"] == "Configuration"
    (payload,) = profile["PayloadContent"]
    assert payload["PayloadType"] == templates.MACOS_DOMAIN
    assert payload["kiosk"] == templates.EXAMPLE_POLICY["kiosk"]


def test_policy_generate_writes_every_template(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = tmp_path / "docs.md"
    docs.write_text(f"before\n{templates.DOCS_BEGIN}\nold\n{templates.DOCS_END}\nafter\n")
    assert (
        run_tool(["policy", "generate", "--out", str(tmp_path / "out"), "--docs", str(docs)])
        == ToolExit.OK
    )
    names = {
        p.relative_to(tmp_path / "out").as_posix()
        for p in (tmp_path / "out").rglob("*")
        if p.is_file()
    }
    assert names == {
        "windows/calmfloor.admx",
        "windows/en-US/calmfloor.adml",
        "windows/de-DE/calmfloor.adml",
        "windows/fa-IR/calmfloor.adml",
        "intune/oma-uri.md",
        "calmfloor-policy.schema.json",
        "examples/policy.json",
        "macos/calmfloor.mobileconfig",
    }
    text = docs.read_text()
    assert (
        text.startswith("before\n") and text.endswith("after\n") and "| `kiosk.enabled` |" in text
    )
    schema = json.loads((tmp_path / "out" / "calmfloor-policy.schema.json").read_text())
    assert schema["additionalProperties"] is False
    capsys.readouterr()


def test_the_docs_never_tell_anyone_to_pip_install_calmfloor() -> None:
    """The name is not ours on the package index: a clinic could install someone else's."""
    command = re.compile(r"pipx? +(?:install|download)\b[^\n`;&|#]*")
    by_name = re.compile(r"(?<![\w./\\-])calmfloor(?![\w./\\'-])")
    for path in [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]:
        for match in command.finditer(path.read_text(encoding="utf-8")):
            assert not by_name.search(match.group(0)), (path.name, match.group(0))
