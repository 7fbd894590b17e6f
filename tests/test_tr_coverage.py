"""No user-visible string bypasses tr(): an AST check of the Qt layer and the core's marked text.

Three checks over ``src/calmfloor/ui`` and ``app.py``:

1. A string literal (or f-string) with letters passed straight to a call that shows text
   (``setText``, ``QLabel(...)``, ``QMessageBox.question(...)``... see :data:`TEXT_ARGS`)
   is never translated.
2. Every ``tr()``, ``QCoreApplication.translate()`` and ``QT_TRANSLATE_NOOP()`` with literal
   text (also in the core) must be found by ``pyside6-lupdate`` under the same context;
   otherwise no translator ever sees it (a wrong context, a misparse, an f-string).
3. A literal passed through a helper that forwards its argument to ``translate()`` is
   invisible to lupdate (it only sees the helper's variable), so it is never translated.

Then the core: every text the UI shows from a core table (setting labels, preset names,
region and phase names...) must have been marked with ``QT_TRANSLATE_NOOP``.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SRC = REPO / "src" / "calmfloor"
UI_FILES = [*sorted((SRC / "ui").rglob("*.py")), SRC / "app.py"]
LETTERS = re.compile(r"[^\W\d_]")  # any letter of any script
MARKUP = re.compile(r"<[^>]*>|&\w+;")  # HTML tags and entities are not words
APPLICATIONS = frozenset({"QCoreApplication", "QGuiApplication", "QApplication"})

# call name -> positions of the arguments that are shown to the user ("last": the last one)
TEXT_ARGS: dict[str, tuple[int | str, ...]] = {
    "setText": (0,),
    "setWindowTitle": (0,),
    "setToolTip": (0,),
    "setAccessibleName": (0,),
    "setAccessibleDescription": (0,),
    "setPlaceholderText": (0,),
    "setStatusTip": (0,),
    "setWhatsThis": (0,),
    "setTitle": (0,),
    "addItem": (0,),
    "addItems": (0,),
    "insertItem": (1,),
    "setItemText": (1,),
    "addTab": (1,),
    "insertTab": (2,),
    "setTabText": (1,),
    "setTabToolTip": (1,),
    "showMessage": (0,),
    "show_message": (0,),  # calmfloor's MessageBar
    "setHeaderLabels": (0,),
    "setHorizontalHeaderLabels": (0,),
    "setVerticalHeaderLabels": (0,),
    "setLabelText": (0,),
    "setSuffix": (0,),
    "setPrefix": (0,),
    "setSpecialValueText": (0,),
    "setInformativeText": (0,),
    "setDetailedText": (0,),
    "setButtonText": (1,),
    "setPlainText": (0,),
    "setHtml": (0,),
    "addAction": (0,),
    "addMenu": (0,),
    "addSection": (0,),
    "showText": (1,),  # QToolTip.showText(pos, text)
    "drawText": ("last",),
    "announce": (1,),  # widgets.announce(widget, text): read out by screen readers
    "wrapping_label": (1,),
    "QLabel": (0,),
    "QPushButton": (0,),
    "QCheckBox": (0,),
    "QRadioButton": (0,),
    "QGroupBox": (0,),
    "QAction": (0, 1),
    "QMenu": (0,),
    "QCommandLinkButton": (0, 1),
    "QListWidgetItem": (0,),
    "QTableWidgetItem": (0,),
    "QMessageBox": (1, 2),
    "information": (1, 2),  # QMessageBox.information(parent, title, text)
    "warning": (1, 2),
    "critical": (1, 2),
    "question": (1, 2),
    "about": (1, 2),
    "getText": (1, 2),  # QInputDialog
    "getInt": (1, 2),
    "getItem": (1, 2),
    "getOpenFileName": (1, 3),  # QFileDialog(parent, caption, dir, filter)
    "getSaveFileName": (1, 3),
    "getExistingDirectory": (1,),
}
TEXT_KEYWORDS = frozenset({"text", "title", "caption", "label", "filter", "toolTip"})
TRANSLATE_CALLS = frozenset({"translate", "QT_TRANSLATE_NOOP"})  # (context, text, ...)

# Literals that may be shown untranslated, each with the reason.
ALLOWED: dict[str, str] = {
    "calmfloor": "the product name is never translated",
}


@dataclass(frozen=True)
class Finding:
    """One string that bypasses translation."""

    path: str
    line: int
    why: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.why}"


def visible_literal(node: ast.AST | None) -> str | None:
    """The text with letters that ``node`` shows as written (not translated), or None."""
    if node is None:
        return None
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        words = MARKUP.sub("", node.value)
        return node.value if LETTERS.search(words) and node.value not in ALLOWED else None
    if isinstance(node, ast.JoinedStr):
        text = "".join(
            part.value
            for part in node.values
            if isinstance(part, ast.Constant) and isinstance(part.value, str)
        )
        return f"f{text!r}" if LETTERS.search(MARKUP.sub("", text)) else None
    if isinstance(node, ast.BinOp):  # "a" + b, "%s left" % n
        return visible_literal(node.left) or visible_literal(node.right)
    if isinstance(node, ast.IfExp):
        return visible_literal(node.body) or visible_literal(node.orelse)
    if isinstance(node, ast.List | ast.Tuple):
        return next((t for t in map(visible_literal, node.elts) if t), None)
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("format", "replace", "strip", "upper", "lower", "capitalize")
    ):
        return visible_literal(node.func.value)  # "Step {}".format(n)
    return None


def call_name(node: ast.Call) -> str:
    """``setText`` for ``label.setText(...)``, ``QLabel`` for ``QLabel(...)``."""
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def is_translate(node: ast.Call) -> bool:
    """``QCoreApplication.translate(...)`` or ``translate(...)`` (not ``painter.translate``)."""
    func = node.func
    if isinstance(func, ast.Name):
        return func.id in TRANSLATE_CALLS
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "translate"
        and isinstance(func.value, ast.Name)
        and func.value.id in APPLICATIONS
    )


def is_tr(node: ast.Call) -> bool:
    """A ``something.tr(...)`` call."""
    return isinstance(node.func, ast.Attribute) and node.func.attr == "tr"


def _on_self(node: ast.Call) -> bool:
    func = node.func
    return (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and (func.value.id == "self")
    )


def _literal(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _classes(tree: ast.AST) -> Iterator[tuple[ast.AST, str]]:
    """Every node with the name of the class it is written in ("" outside classes)."""

    def walk(node: ast.AST, owner: str) -> Iterator[tuple[ast.AST, str]]:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.ClassDef) else owner
            yield child, inner
            yield from walk(child, inner)

    yield from walk(tree, "")


def shown_literals(tree: ast.AST, path: str) -> list[Finding]:
    """Check 1: literals handed straight to a call that shows them."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        positions = TEXT_ARGS.get(call_name(node), ())
        args: list[ast.AST] = []
        for position in positions:
            if position == "last" and node.args:
                args.append(node.args[-1])
            elif isinstance(position, int) and position < len(node.args):
                args.append(node.args[position])
        args += [k.value for k in node.keywords if k.arg in TEXT_KEYWORDS]
        for arg in args:
            text = visible_literal(arg)
            if text:
                found.append(Finding(path, node.lineno, f"{call_name(node)}({text!r}) is not tr()"))
    return found


def translated_literals(tree: ast.AST) -> Iterator[tuple[int, str, str | None, str | None]]:
    """Every tr()/translate()/QT_TRANSLATE_NOOP() call: line, kind, context, literal text.

    The context is the enclosing class for ``tr``; None when it is not a literal. The text is
    None when it is not a plain literal (a variable: text marked elsewhere).
    """
    for node, owner in _classes(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = call_name(node)
        if is_tr(node):
            # lupdate takes the class it is written in; another object's tr() (window.tr)
            # looks the text up under that object's class, which lupdate cannot know
            context = owner if _on_self(node) and owner else None
            yield node.lineno, "tr", context, _literal(node.args[0])
        elif is_translate(node) and len(node.args) >= 2:
            yield node.lineno, name, _literal(node.args[0]), _literal(node.args[1])


def translation_shape(tree: ast.AST, path: str) -> list[Finding]:
    """f-strings and concatenations inside tr(): lupdate cannot extract them."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = call_name(node)
        text_arg: ast.AST | None = None
        if is_tr(node):
            text_arg = node.args[0]
        elif is_translate(node) and len(node.args) >= 2:
            text_arg = node.args[1]
        if isinstance(text_arg, ast.JoinedStr | ast.BinOp) or (
            isinstance(text_arg, ast.Call) and visible_literal(text_arg)
        ):
            found.append(Finding(path, node.lineno, f"{name}() of a built string: one literal"))
    for node in ast.walk(tree):  # lupdate does not look inside f-strings
        if isinstance(node, ast.JoinedStr):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call) and (is_tr(inner) or is_translate(inner)):
                    why = f"{call_name(inner)}() inside an f-string: lupdate cannot see it"
                    found.append(Finding(path, inner.lineno, why))
    return found


def helpers(tree: ast.AST) -> dict[str, int]:
    """Functions that pass one of their parameters to translate()/tr(): name -> position."""
    found = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        params = [a.arg for a in node.args.args]
        for call in ast.walk(node):
            if not isinstance(call, ast.Call) or not call.args:
                continue
            text = None
            if is_tr(call):
                text = call.args[0]
            elif is_translate(call) and len(call.args) >= 2:
                text = call.args[1]
            if isinstance(text, ast.Name) and text.id in params:
                position = params.index(text.id) - (1 if params[:1] == ["self"] else 0)
                found[node.name] = position
    return found


def helper_calls(tree: ast.AST, path: str, known: Mapping[str, int]) -> list[Finding]:
    """Check 3: literals passed through a translating helper (lupdate cannot see them)."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = call_name(node)
        if name not in known or known[name] >= len(node.args):
            continue
        text = visible_literal(node.args[known[name]])
        if text:
            why = f"{name}({text!r}): lupdate cannot see text passed through a helper"
            found.append(Finding(path, node.lineno, why))
    return found


def check_source(source: str, path: str, known_helpers: Mapping[str, int] = {}) -> list[Finding]:
    """Checks 1 and 3 and the shape of tr() arguments for one file's source."""
    tree = ast.parse(source)
    known = {**known_helpers, **helpers(tree)}
    return (
        shown_literals(tree, path) + translation_shape(tree, path) + helper_calls(tree, path, known)
    )


# ----- the real sources --------------------------------------------------------------------


def _rel(path: Path) -> str:
    return str(path.relative_to(REPO))


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """(context, source) of everything pyside6-lupdate finds in the sources."""
    ts = tmp_path_factory.mktemp("lupdate") / "all.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    files = sorted(str(p) for p in SRC.rglob("*.py"))
    subprocess.run(
        [str(lupdate), *files, "-ts", str(ts), "-locations", "none", "-silent"],
        check=True,
        capture_output=True,
    )
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    }


def test_no_user_visible_literal_bypasses_tr() -> None:
    known: dict[str, int] = {}
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in UI_FILES}
    for tree in trees.values():  # helpers are imported across modules (widgets.tr_core)
        known.update(helpers(tree))
    findings = [
        finding
        for path in UI_FILES
        for finding in check_source(path.read_text(encoding="utf-8"), _rel(path), known)
    ]
    assert not findings, "\n".join(map(str, findings))


def test_lupdate_finds_every_translated_literal(extracted: set[tuple[str, str]]) -> None:
    missing = []
    for path in [*UI_FILES, *sorted((SRC / "core").rglob("*.py"))]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for line, kind, context, text in translated_literals(tree):
            if text is None:
                continue  # a variable: the text is marked where it is written
            if context is None:
                missing.append(f"{_rel(path)}:{line}: {kind}() needs a literal context")
            elif (context, text) not in extracted:
                missing.append(f"{_rel(path)}:{line}: lupdate does not find {context}: {text!r}")
    assert not missing, "\n".join(missing)


def test_every_context_lupdate_finds_is_a_real_name(extracted: set[tuple[str, str]]) -> None:
    # lupdate misreads some code and files strings under a made-up context (such as
    # "QCoreApplication.self"), where they are never looked up
    odd = sorted({context for context, _ in extracted if not context.isidentifier()})
    assert not odd, odd


# ----- the core's text the UI shows --------------------------------------------------------


def _core_texts() -> Iterator[tuple[str, str]]:
    """(what, text) for every core string the Qt layer translates and shows."""
    from calmfloor.core import breathing, heat, reminders, routine, settings

    autonyms = {name for _code, name in settings.LANGUAGE_AUTONYMS}
    for spec in settings.SETTINGS:
        for field in ("label", "description", "section", "unit"):
            if getattr(spec, field):
                yield f"setting {spec.key}.{field}", getattr(spec, field)
        for value, label in spec.choices:
            if label not in autonyms:  # a language is named in its own words
                yield f"setting {spec.key} choice {value}", label
    for preset in breathing.PRESETS:
        for field in ("name", "purpose", "cue_in", "cue_out"):
            if getattr(preset, field):
                yield f"preset {preset.name}.{field}", getattr(preset, field)
    for module in (breathing, heat, reminders, routine):
        for name, value in vars(module).items():
            if not name.isupper() or name.startswith("_"):
                continue
            if isinstance(value, Mapping) and name.endswith(("_LABELS", "_WORDS")):
                for key, text in value.items():
                    yield f"{module.__name__}.{name}[{key}]", text
            elif isinstance(value, str) and name.endswith("_TEXT"):
                yield f"{module.__name__}.{name}", value


def test_core_text_the_ui_shows_is_marked_for_translation(
    extracted: set[tuple[str, str]],
) -> None:
    sources = {text for _context, text in extracted}
    texts = list(_core_texts())
    assert len(texts) > 100  # the tables were found
    unmarked = [f"{what}: {text!r}" for what, text in texts if text not in sources]
    assert not unmarked, "mark these with QT_TRANSLATE_NOOP:\n" + "\n".join(unmarked)


# ----- the checker can fail ----------------------------------------------------------------

BAD = """
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox

def _tr(text):
    return QCoreApplication.translate("bad", text)

class Page:
    def build(self, name, n):
        QLabel("Breathe in")
        self.title.setText(f"Hello {name}")
        self.button.setToolTip("Start " + name)
        QMessageBox.question(self, self.tr("Stop?"), "Stop the session?")
        self.combo.addItem("Minutes", "minutes")
        painter.drawText(rect, 0, "Tense")
        self.label.setText(self.tr(f"{n} breaths"))
        self.messages.show_message(_tr("the disk is full"))
        self.box.setTitle("Step {}".format(n))
        self.note.setText(f"<b>{self.tr('Note')}</b>")
"""

GOOD = """
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

class Page:
    def build(self, name, count, shown):
        QLabel(self.tr("Breathe in"))
        self.title.setText(self.tr("Hello %1").replace("%1", name))
        self.count.setText(f"{count} · {count}")
        self.combo.addItem(QCoreApplication.translate("settings", "Minutes"), "minutes")
        self.list.addItem(shown)
        self.title.setWindowTitle("calmfloor")
        painter.drawText(rect, 0, "•")
"""


def test_the_checker_finds_every_kind_of_bypass() -> None:
    findings = check_source(BAD, "bad.py")
    lines = sorted(f.line for f in findings)
    # every call from QLabel(...) down is flagged once; the tr(f-string) as a built string
    assert lines == list(range(10, 20)), "\n".join(map(str, findings))
    assert any("helper" in f.why for f in findings)


def test_the_checker_accepts_translated_and_letterless_text() -> None:
    assert check_source(GOOD, "good.py") == []
