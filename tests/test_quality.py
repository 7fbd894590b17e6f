"""Lint, format, types and the import rules run as part of the suite."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_ruff_lint() -> None:
    result = run(sys.executable, "-m", "ruff", "check", "src", "tests", "benchmarks", "packaging")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format() -> None:
    result = run(
        sys.executable, "-m", "ruff", "format", "--check", "src", "tests", "benchmarks", "packaging"
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_for_the_whole_package() -> None:
    result = run(sys.executable, "-m", "mypy")
    assert result.returncode == 0, result.stdout + result.stderr


def test_import_contracts() -> None:
    lint_imports = BIN / "lint-imports"
    if not lint_imports.exists():
        pytest.fail("import-linter is not installed (pip install -e '.[test]')")
    result = run(str(lint_imports))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_the_qt_layer_has_no_import_cycles() -> None:
    """No circle of imports among calmfloor's modules, counting imports inside functions and
    under TYPE_CHECKING (where the first round's two circles hid)."""
    import grimp

    graph = grimp.build_graph("calmfloor", cache_dir=None)
    modules = sorted(m for m in graph.modules if m.startswith("calmfloor."))
    edges = {
        m: sorted(
            d for d in graph.find_modules_directly_imported_by(m) if d.startswith("calmfloor.")
        )
        for m in modules
    }
    cycles: list[list[str]] = []
    state: dict[str, int] = {}  # 1 on the path, 2 done

    def visit(module: str, path: list[str]) -> None:
        state[module] = 1
        for target in edges.get(module, []):
            if state.get(target) == 1:
                cycles.append([*path[path.index(target) :], target])
            elif target not in state:
                visit(target, [*path, target])
        state[module] = 2

    for module in modules:
        if module not in state:
            visit(module, [module])
    # a package's __init__ importing its own module is not a circle of ours
    cycles = [c for c in cycles if not all(m.startswith(c[0] + ".") or m == c[0] for m in c)]
    assert not cycles, "\n".join(" -> ".join(cycle) for cycle in cycles)


MAX_UI_FILE_LINES = 600  # docs/architecture.md, "Large files"
MAX_UI_CLASS_LINES = 500


def test_no_qt_layer_file_or_class_grows_too_large_to_read() -> None:
    """A file of the Qt layer stays under 600 lines and a class under 500, so the next
    feature lands in a pane or a package of its own, not in a view everyone edits."""
    import ast

    too_long: list[str] = []
    for path in sorted((ROOT / "src" / "calmfloor" / "ui").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        name = path.relative_to(ROOT).as_posix()
        lines = text.count("\n")
        if lines > MAX_UI_FILE_LINES:
            too_long.append(f"{name}: {lines} lines")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.ClassDef) and node.end_lineno is not None:
                size = node.end_lineno - node.lineno + 1
                if size > MAX_UI_CLASS_LINES:
                    too_long.append(f"{name}: class {node.name}, {size} lines")
    assert too_long == []
