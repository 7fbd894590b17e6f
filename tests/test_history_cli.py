"""``calmfloor history export``: CSV and PDF from the command line, history only ever read."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pypdf
import pytest

import calmfloor
from calmfloor.commands import ToolExit, run_tool, tool_name
from calmfloor.core.session import Outcome, Ratings, SessionKind, SessionRecord
from calmfloor.storage.export_csv import read_csv
from calmfloor.storage.history_db import HistoryStore

SRC = Path(calmfloor.__file__).resolve().parent.parent
CET = timezone(timedelta(hours=1))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A history of five sessions, on 1, 2, 3, 10 and 20 March 2026 (local days)."""
    folder = tmp_path / "data"
    folder.mkdir()
    with HistoryStore.open(folder / "history.sqlite3") as store:
        for day, name in (
            (1, "Resonance"),
            (2, "=cmd"),
            (3, "Спокойное дыхание"),
            (10, "x"),
            (20, "y"),
        ):
            started = datetime(2026, 3, day, 23, 30, tzinfo=CET)  # late: 22:30 UTC
            store.add(
                SessionRecord(
                    kind=SessionKind.BREATHING,
                    started=started,
                    ended=started + timedelta(minutes=5),
                    planned_s=300.0,
                    actual_s=300.0,
                    name=name,
                    outcome=Outcome.COMPLETED,
                    breaths=27,
                    ratings=Ratings(tension_before=6, tension_after=3),
                )
            )
    return folder


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_history_is_a_tool() -> None:
    assert tool_name(["history", "export"]) == "history"
    assert tool_name(["--data-dir", "d", "history"]) == "history"


@pytest.mark.parametrize("where", ["before", "after"])
def test_csv_export_of_everything(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    out = tmp_path / "all.csv"
    db = data_dir / "history.sqlite3"
    before = sha256(db)
    export = ["history", "export", "--format", "csv", "--out", str(out)]
    args = (
        ["--data-dir", str(data_dir), *export]
        if where == "before"
        else [*export, "--data-dir", str(data_dir)]
    )
    assert run_tool(args) == ToolExit.OK
    captured = capsys.readouterr()
    assert captured.out == f"Wrote 5 sessions to {out}\n"
    assert captured.err == ""
    rows = read_csv(out)
    assert [r["practice"] for r in rows] == ["Resonance", "'=cmd", "Спокойное дыхание", "x", "y"]
    assert rows[0]["started"] == "2026-03-01T23:30:00+01:00"
    assert sha256(db) == before  # opened read-only: not a byte changed


def test_since_and_until_are_local_days(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "part.csv"
    args = ["--data-dir", str(data_dir), "history", "export", "--format", "csv"]
    status = run_tool([*args, "--out", str(out), "--since", "2026-03-02", "--until", "2026-03-10"])
    assert status == ToolExit.OK
    assert capsys.readouterr().out == f"Wrote 3 sessions to {out}\n"
    assert [r["started"][:10] for r in read_csv(out)] == ["2026-03-02", "2026-03-03", "2026-03-10"]
    assert run_tool([*args, "--out", str(out), "--since", "2026-03-20"]) == ToolExit.OK
    assert capsys.readouterr().out == f"Wrote 1 session to {out}\n"


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--since", "2026-3-1"], "argument --since: not a date: '2026-3-1' (use YYYY-MM-DD)"),
        (["--until", "2026-02-30"], "argument --until: not a date: '2026-02-30'"),
        (["--since", "yesterday"], "not a date: 'yesterday'"),
        (["--since", "2026-03-10", "--until", "2026-03-01"], "--since 2026-03-10 is after"),
        (["--format", "xlsx"], "invalid choice: 'xlsx'"),
    ],
)
def test_usage_errors_return_2(
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    out = tmp_path / "x.csv"
    args = ["--data-dir", str(data_dir), "history", "export", "--format", "csv", "--out", str(out)]
    assert run_tool([*args, *extra]) == ToolExit.USAGE
    err = capsys.readouterr().err
    assert err.startswith("usage: calmfloor history export")
    assert message in err
    assert "Traceback" not in err
    assert not out.exists()


def test_format_and_out_are_required(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_tool(["history", "export", "--format", "pdf"]) == ToolExit.USAGE
    assert "the following arguments are required: --out" in capsys.readouterr().err


def test_no_history_yet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "nothing"
    out = tmp_path / "x.csv"
    args = ["--data-dir", str(empty), "history", "export", "--format", "csv", "--out", str(out)]
    assert run_tool(args) == ToolExit.FAILED
    assert capsys.readouterr().err == (
        f"calmfloor history export: no history yet at {empty / 'history.sqlite3'}\n"
    )
    assert not empty.exists() and not out.exists()  # nothing created


@pytest.mark.parametrize("case", ["folder", "missing folder", "file in the path"])
def test_an_unwritable_out_is_one_line(
    qapp: object, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    out, why = {
        "folder": (tmp_path, "it is a folder"),
        "missing folder": (tmp_path / "nowhere" / "x.csv", "the folder does not exist"),
        "file in the path": (blocker / "x.csv", "part of the folder path is a file"),
    }[case]
    for fmt in ("csv", "pdf"):
        args = ["--data-dir", str(data_dir), "history", "export", "--format", fmt]
        assert run_tool([*args, "--out", str(out)]) == ToolExit.FAILED
        captured = capsys.readouterr()
        assert captured.out == ""
        assert captured.err == f"calmfloor history export: could not write {out} ({why}).\n"


def test_a_history_from_a_newer_calmfloor_is_left_alone(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = data_dir / "history.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = sha256(db)
    args = ["--data-dir", str(data_dir), "history", "export", "--format", "csv", "--out"]
    assert run_tool([*args, str(tmp_path / "x.csv")]) == ToolExit.FAILED
    err = capsys.readouterr().err
    assert "is from a newer calmfloor (version 99); update calmfloor" in err
    assert sha256(db) == before


def test_pdf_in_process(
    qapp: object, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "report.pdf"
    args = ["--data-dir", str(data_dir), "history", "export", "--format", "pdf", "--out", str(out)]
    assert run_tool([*args, "--since", "2026-03-01", "--until", "2026-03-09"]) == ToolExit.OK
    assert capsys.readouterr().out == f"Wrote 3 sessions to {out}\n"
    assert out.read_bytes().startswith(b"%PDF-")


def test_pdf_as_a_command_without_a_display(data_dir: Path, tmp_path: Path) -> None:
    """The real command: Qt is loaded by the export only, on the offscreen platform."""
    out = tmp_path / "report.pdf"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env["PYTHONPATH"] = str(SRC)
    export = ["history", "export", "--format", "pdf", "--out", str(out), "--until", "2026-03-31"]
    result = subprocess.run(
        [sys.executable, "-m", "calmfloor", "--data-dir", str(data_dir), *export],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert (result.returncode, result.stdout, result.stderr) == (
        0,
        f"Wrote 5 sessions to {out}\n",
        "",
    )
    text = " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(out).pages)
    assert "Спокойное дыхание" in text
    assert "Sessions 5 Minutes practised 25 Days practised 5 of 31" in text


@pytest.mark.parametrize(
    "policy",
    [
        '{"format": "calmfloor-policy", "version": 1, "history": {"export": false}}',
        '{"format": "calmfloor-policy", "version": 1, "history": {"enabled": false}}',
        '{"format": "calmfloor-policy", "version": 1, "History": {"export": false}}',
        "not a policy",  # fails closed: no export
    ],
    ids=["export off", "history off", "a slip of history", "unreadable"],
)
def test_the_clinic_policy_can_forbid_the_export(
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    policy: str,
) -> None:
    policy_file = tmp_path / "policy.json"
    policy_file.write_text(policy, "utf-8")
    monkeypatch.setenv("CALMFLOOR_POLICY_FILE", str(policy_file))
    out = tmp_path / "all.csv"
    args = ["history", "export", "--format", "csv", "--out", str(out), "--data-dir", str(data_dir)]
    assert run_tool(args) == ToolExit.FAILED
    assert not out.exists()
    assert "the clinic policy does not allow exporting the history" in capsys.readouterr().err
