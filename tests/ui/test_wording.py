"""Messages say the right thing: English singulars agree, a value is never described by the
words of its own complaint, and each write failure names its real reason (issue 15, finding 18).
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from calmfloor.core.policy import parse_policy
from calmfloor.storage.errors import StorageWriteError, WriteFailure
from calmfloor.storage.jsonfile import write_bytes_atomic
from calmfloor.storage.settings_store import SettingsStore
from calmfloor.ui.kit.messages import file_problem_text, write_failure_text

REPO = Path(__file__).resolve().parents[2]
EN_TS = REPO / "assets" / "translations" / "calmfloor_en.ts"
PLURAL_WORDS = re.compile(r"\b(were|are|have|they|them|their|these|those)\b")


def test_no_english_singular_uses_a_plural_verb_or_pronoun() -> None:
    wrong = []
    for message in ET.parse(EN_TS).getroot().iter("message"):
        forms = message.findall("translation/numerusform")
        # the sentence that counts: "You have had %n session" and "... Your settings are
        # kept." are fine, "%n session ... were saved" is not
        after_count = (forms[0].text or "").partition("%n")[2] if forms else ""
        if PLURAL_WORDS.search(re.split(r"[.;:]\s", after_count)[0]):
            wrong.append(forms[0].text)
    assert wrong == []


def test_one_recovered_session_reads_as_one() -> None:
    source = "calmfloor closed unexpectedly last time; %n session(s) saved as interrupted."
    one = QCoreApplication.translate("MainWindow", source, "", 1)
    assert one == "calmfloor closed unexpectedly last time; 1 session saved as interrupted."
    two = QCoreApplication.translate("MainWindow", source, "", 2)
    assert two == "calmfloor closed unexpectedly last time; 2 sessions saved as interrupted."


def test_a_value_that_is_not_a_number_is_shown_as_written() -> None:
    _, problems = parse_policy(
        {"heat": {"max_minutes": float("nan")}, "kiosk": {"idle_reset_minutes": float("inf")}}
    )
    texts = [str(problem) for problem in problems]
    assert not any("not a number is" in text for text in texts), texts
    assert any("NaN is not a number" in text for text in texts), texts
    assert any("Infinity is out of range" in text for text in texts), texts


def test_every_write_failure_has_words_of_its_own() -> None:
    words = {
        reason: write_failure_text("x", StorageWriteError(Path("/x"), reason))
        for reason in WriteFailure
    }
    unexpected = words.pop(WriteFailure.OTHER)
    assert "something unexpected" in unexpected
    assert len(set(words.values())) == len(words)  # no two reasons share words
    assert unexpected not in words.values()


def _failure(action: object) -> StorageWriteError:
    with pytest.raises(StorageWriteError) as caught:
        action()  # type: ignore[operator]
    return caught.value


def test_each_real_failure_is_worded_by_its_real_reason(tmp_path: Path) -> None:
    missing = _failure(lambda: write_bytes_atomic(tmp_path / "gone" / "h.csv", b""))
    assert "the folder does not exist" in write_failure_text("h.csv", missing)
    (tmp_path / "h.csv").mkdir()
    folder = _failure(lambda: write_bytes_atomic(tmp_path / "h.csv", b""))
    assert "a folder has that name" in write_failure_text("h.csv", folder)
    (tmp_path / "file").write_text("")
    in_the_way = _failure(lambda: write_bytes_atomic(tmp_path / "file" / "h.csv", b""))
    assert "part of the folder path is a file" in write_failure_text("h.csv", in_the_way)
    unreadable = tmp_path / "settings.json"
    unreadable.mkdir()
    store = SettingsStore(unreadable)
    store.load()
    protected = _failure(lambda: store.save({}))
    text = write_failure_text("your settings", protected)
    assert "read-only" not in text
    assert "could not be read, so it is left as it is" in text


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_as_settings_is_explained_as_such(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    os.mkfifo(path)
    problem = SettingsStore(path).load().file_problem
    assert problem is not None
    text = file_problem_text("settings", problem)
    assert "not an ordinary file" in text and str(problem.kept_aside) in text
