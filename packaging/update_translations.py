"""Update, compile and check calmfloor's translations (assets/translations/calmfloor_*.ts).

For every shipped language (one ``calmfloor_<code>.ts`` file besides English) this runs
``pyside6-lupdate`` over all sources (``-no-obsolete -locations none``), so new strings
appear as unfinished and removed ones go; regenerates the English plural forms
(``calmfloor_en.ts``, see ``update_english_plurals.py``); and compiles every ``.ts`` to its
``.qm`` with ``pyside6-lrelease``. Unfinished entries are compiled as they are (the English
source shows for them): ``--check`` and ``tests/test_translations.py`` report them instead
of hiding them.

Usage::

    python packaging/update_translations.py              # update and compile every language
    python packaging/update_translations.py --add tr     # start a new language, then update
    python packaging/update_translations.py --check      # change nothing; exit 1 on problems
    python packaging/update_translations.py --out DIR    # work on copies in DIR (for tests)

``--check`` lists, per language: unfinished or empty entries, entries missing from the file
or no longer in the sources (compared with a fresh lupdate), placeholders (``%1``..``%9``,
``%n``, ``%L1``) that differ between source and translation, numerus entries with the wrong
number of forms for the language, and a ``.qm`` that is missing or older than its ``.ts``
(lrelease is deterministic, so the bytes are compared).
"""

from __future__ import annotations

import argparse
import functools
import importlib.util
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[1]
SOURCES = REPO / "src" / "calmfloor"
TRANSLATIONS = REPO / "assets" / "translations"
APP = "calmfloor"
ENGLISH = "en"  # the source language: its file holds only the plural forms
LANGUAGE_RE = re.compile(r"^[a-z]{2,3}(_[A-Z]{2}|_[A-Z][a-z]{3})?$")  # de, pt_BR, zh_Hant
PLACEHOLDER_RE = re.compile(r"%L?(?:n|[1-9][0-9]?)")


def _load_plurals() -> ModuleType:
    """The English plural helper beside this file (a script, not a package)."""
    path = Path(__file__).with_name("update_english_plurals.py")
    spec = importlib.util.spec_from_file_location("update_english_plurals", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


plurals = _load_plurals()


def tool(name: str) -> str:
    """The path of a Qt tool (``pyside6-lupdate``) from this environment."""
    return str(plurals._tool(name))


def source_files(sources: Path = SOURCES) -> list[str]:
    """Every Python source lupdate reads, sorted."""
    return sorted(str(path) for path in sources.rglob("*.py"))


def ts_path(folder: Path, language: str) -> Path:
    """``folder/calmfloor_<language>.ts``."""
    return folder / f"{APP}_{language}.ts"


def languages(folder: Path = TRANSLATIONS) -> list[str]:
    """The translated languages (every ``calmfloor_<code>.ts`` but English), sorted."""
    codes = (path.stem[len(APP) + 1 :] for path in folder.glob(f"{APP}_*.ts"))
    return sorted(code for code in codes if code and code != ENGLISH)


def _run(name: str, *args: str) -> None:
    """Run a Qt tool quietly; its output is shown only when it fails."""
    done = subprocess.run([tool(name), *args, "-silent"], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{name} failed ({done.returncode}):\n{done.stdout}{done.stderr}")


def lupdate(ts: Path, language: str, sources: Path = SOURCES) -> None:
    """Merge the current sources into ``ts`` (created when missing)."""
    files = source_files(sources)
    options = ("-target-language", language, "-no-obsolete", "-locations", "none")
    _run("pyside6-lupdate", *files, "-ts", str(ts), *options)


def lrelease(ts: Path, qm: Path) -> None:
    """Compile ``ts`` to ``qm`` (unfinished entries included as they are)."""
    _run("pyside6-lrelease", str(ts), "-qm", str(qm))


@dataclass(frozen=True)
class Message:
    """One entry of a .ts file.

    Attributes:
        context: the translation context (a class name or a QT_TRANSLATE_NOOP context).
        source: the English source text.
        comment: the disambiguation, or "".
        numerus: a ``%n`` plural entry.
        forms: the translation, or each plural form.
        state: the translation's ``type`` ("" when finished; "unfinished", "vanished"...).
    """

    context: str
    source: str
    comment: str
    numerus: bool
    forms: tuple[str, ...]
    state: str

    @property
    def key(self) -> tuple[str, str, str]:
        """What identifies the entry: context, source and disambiguation."""
        return (self.context, self.source, self.comment)

    def __str__(self) -> str:
        comment = f" ({self.comment})" if self.comment else ""
        return f"{self.context}: {self.source!r}{comment}"


def read_ts(path: Path) -> tuple[str, list[Message]]:
    """The ``language`` attribute and every message of a .ts file."""
    root = ET.parse(path).getroot()
    found: list[Message] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms: tuple[str, ...] = ()
                state = "unfinished"
            else:
                state = translation.get("type", "")
                if numerus:
                    forms = tuple(f.text or "" for f in translation.iter("numerusform"))
                else:
                    forms = (translation.text or "",)
            found.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    numerus=numerus,
                    forms=forms,
                    state=state,
                )
            )
    return root.get("language", ""), found


def placeholders(text: str) -> list[str]:
    """The placeholders of ``text`` (``%1``, ``%n``, ``%L1``...), sorted."""
    return sorted(PLACEHOLDER_RE.findall(text))


def localised_as_plain(form: str, source: list[str]) -> list[str]:
    """The placeholders of ``form``, with ``%Ln``/``%L1`` read as the source's ``%n``/``%1``.

    A translation may ask for the locale's digits (Persian ۳ for 3) where the source has a
    plain placeholder; the other way round stays a mistake.
    """
    plain = set(source)
    return sorted(
        p.replace("%L", "%") if p.startswith("%L") and p.replace("%L", "%") in plain else p
        for p in placeholders(form)
    )


@functools.cache
def numerus_forms(language: str) -> int:
    """How many plural forms Qt expects for ``language`` (asks lupdate)."""
    with tempfile.TemporaryDirectory() as tmp:
        snippet = Path(tmp) / "snippet.py"
        snippet.write_text(
            "from PySide6.QtCore import QCoreApplication\n"
            'QCoreApplication.translate("c", "%n thing(s)", "", 2)\n',
            encoding="utf-8",
        )
        ts = Path(tmp) / "snippet.ts"
        _run("pyside6-lupdate", str(snippet), "-ts", str(ts), "-target-language", language)
        return len(list(ET.parse(ts).getroot().iter("numerusform")))


def fresh_messages(ts: Path, language: str, sources: Path = SOURCES) -> list[Message]:
    """The messages ``ts`` would hold after a fresh lupdate (the file is not touched)."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / ts.name
        if ts.exists():
            shutil.copyfile(ts, copy)
        lupdate(copy, language, sources)
        return read_ts(copy)[1]


def entry_problems(language: str, messages: Sequence[Message]) -> list[str]:
    """Unfinished, empty, mistyped or wrongly formed entries of one language."""
    problems: list[str] = []
    wanted_forms = numerus_forms(language)
    for message in messages:
        if message.state == "unfinished":
            problems.append(f"unfinished: {message}")
            continue
        if message.state:  # "vanished", "obsolete": gone from the sources
            problems.append(f"{message.state}: {message}")
            continue
        if not message.forms or not all(form.strip() for form in message.forms):
            problems.append(f"empty: {message}")
            continue
        if message.numerus and len(message.forms) != wanted_forms:
            problems.append(
                f"plural forms: {message} has {len(message.forms)}, {language} needs {wanted_forms}"
            )
        expected = placeholders(message.source)
        for form in message.forms:
            if localised_as_plain(form, expected) != expected:
                problems.append(
                    f"placeholders: {message} has {placeholders(form)} in {form!r}, "
                    f"the source has {expected}"
                )
                break
    return problems


def sync_problems(current: Iterable[Message], fresh: Iterable[Message]) -> list[str]:
    """Entries a fresh lupdate would add (missing) or drop (stale)."""
    have = {m.key: m for m in current}
    want = {m.key: m for m in fresh}
    missing = [f"missing: {want[key]}" for key in sorted(want.keys() - have.keys())]
    stale = [f"stale: {have[key]}" for key in sorted(have.keys() - want.keys())]
    return missing + stale


def qm_problems(ts: Path, qm: Path) -> list[str]:
    """The .qm is missing or does not match a fresh compile of its .ts."""
    if not qm.exists():
        return [f"missing: {qm.name} (run packaging/update_translations.py)"]
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / qm.name
        lrelease(ts, fresh)
        if fresh.read_bytes() != qm.read_bytes():
            return [f"stale: {qm.name} differs from a fresh compile of {ts.name}"]
    return []


def check_language(
    language: str, folder: Path = TRANSLATIONS, sources: Path = SOURCES
) -> list[str]:
    """Every problem of one translated language, each as one line (empty: all is well)."""
    ts = ts_path(folder, language)
    if not ts.exists():
        return [f"missing: {ts.name}"]
    declared, messages = read_ts(ts)
    problems = []
    if declared != language:
        problems.append(f'{ts.name}: language="{declared}", expected "{language}"')
    problems += entry_problems(language, messages)
    problems += sync_problems(messages, fresh_messages(ts, language, sources))
    problems += qm_problems(ts, ts.with_suffix(".qm"))
    return problems


def english_messages(ts: Path, sources: Path = SOURCES) -> dict[str, list[str]]:
    """The English plural entries ``ts`` should hold: those lupdate finds and those kept."""
    return plurals.merged(plurals.shipped_messages(ts), plurals.numerus_messages(sources))


def check_english(folder: Path = TRANSLATIONS, sources: Path = SOURCES) -> list[str]:
    """The English plural file covers every ``%n`` string and its .qm is current."""
    ts = ts_path(folder, ENGLISH)
    if not ts.exists():
        return [f"missing: {ts.name}"]
    have = plurals.shipped_messages(ts)
    problems = [
        f"missing: {context}: {source!r}"
        for context, sources_ in plurals.numerus_messages(sources).items()
        for source in sources_
        if source not in have.get(context, [])
    ]
    return problems + qm_problems(ts, ts.with_suffix(".qm"))


def check(folder: Path = TRANSLATIONS, sources: Path = SOURCES) -> dict[str, list[str]]:
    """Problems by language (English first); languages without problems are left out."""
    found = {ENGLISH: check_english(folder, sources)}
    for language in languages(folder):
        found[language] = check_language(language, folder, sources)
    return {language: problems for language, problems in found.items() if problems}


def update_english(folder: Path, sources: Path = SOURCES) -> Path:
    """Regenerate ``calmfloor_en.ts`` in ``folder`` (see update_english_plurals.py)."""
    ts = ts_path(folder, ENGLISH)
    ts.write_text(plurals.render(english_messages(ts, sources)), encoding="utf-8")
    return ts


def update(
    folder: Path = TRANSLATIONS, sources: Path = SOURCES, add: Sequence[str] = ()
) -> list[Path]:
    """Update every language's .ts (and start those in ``add``), then compile every .qm.

    Returns:
        The .qm files written.
    """
    for language in add:
        if not LANGUAGE_RE.match(language) or language == ENGLISH:
            raise SystemExit(f"{language!r} is not a language code such as de, fa or pt_BR")
    for language in sorted({*languages(folder), *add}):
        lupdate(ts_path(folder, language), language, sources)
    update_english(folder, sources)
    written = []
    for ts in sorted(folder.glob(f"{APP}_*.ts")):
        qm = ts.with_suffix(".qm")
        lrelease(ts, qm)
        written.append(qm)
    return written


def _autonym_note(added: Sequence[str]) -> list[str]:
    """A reminder for each new language the Settings page cannot name yet."""
    sys.path.insert(0, str(SOURCES.parent))
    from calmfloor.core.settings import LANGUAGE_AUTONYMS

    known = {code for code, _name in LANGUAGE_AUTONYMS}
    return [
        f"note: add ({language!r}, <its own name>) to LANGUAGE_AUTONYMS in "
        "src/calmfloor/core/settings.py so Settings offers it"
        for language in added
        if language not in known
    ]


def main(argv: Sequence[str] | None = None) -> int:
    """Update and compile, or only check; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--add", action="append", default=[], metavar="LANG", help="start LANG")
    parser.add_argument("--check", action="store_true", help="change nothing; report problems")
    parser.add_argument("--out", type=Path, help="work on copies in this folder (for tests)")
    args = parser.parse_args(argv)
    folder = TRANSLATIONS
    if args.out is not None:
        args.out.mkdir(parents=True, exist_ok=True)
        for path in TRANSLATIONS.glob(f"{APP}_*.*"):
            if not (args.out / path.name).exists():
                shutil.copyfile(path, args.out / path.name)
        folder = args.out
    if args.check:
        found = check(folder)
        for language, problems in found.items():
            print(f"{language}: {len(problems)} problem(s)")
            for problem in problems:
                print(f"  {problem}")
        if not found:
            print("every translation is complete and compiled")
        return 1 if found else 0
    written = update(folder, add=args.add)
    for qm in written:
        _, messages = read_ts(qm.with_suffix(".ts"))
        open_ = sum(1 for m in messages if m.state == "unfinished")
        print(f"{qm}: {len(messages)} messages, {open_} unfinished")
    for note in _autonym_note(args.add):
        print(note)
    return 0


if __name__ == "__main__":
    sys.exit(main())
