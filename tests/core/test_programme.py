"""The programme file model: what a physiotherapist writes, and every mistake named."""

from __future__ import annotations

import re
import tomllib
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

import pytest

from calmfloor.core.programme import (
    FlareEntry,
    ItemKind,
    PeriodUnit,
    parse_programme,
    ratings_asked,
)

README = Path(__file__).resolve().parents[2] / "README.md"
ROUTINES = {"release-only", "piriformis-stretch", "feet-to-pelvic-floor"}
PATTERNS = {"Pelvic-floor drop", "Resonance"}

BASE = """
format = 1
id = "p1"
title = "Release"
author = "A. Physio"
start = 2026-03-02
weeks = 2

[[items]]
id = "breathe"
kind = "breathing"
pattern = "Pelvic-floor drop"
minutes = 5
[items.timing]
frequency = 2
period = 1
periodUnit = "d"
"""


def readme_programme() -> str:
    text = README.read_text(encoding="utf-8")
    section = text.split("## Programme files", 1)[1]
    blocks = re.findall(r"```toml\n(.*?)```", section, re.S)
    assert blocks, "the README lost its programme example"
    return blocks[0]


def parse(text: str) -> tuple[Any, list[str]]:
    programme, problems = parse_programme(
        tomllib.loads(text), "p.toml", routines=ROUTINES, patterns=PATTERNS
    )
    return programme, [str(problem) for problem in problems]


def test_the_readme_example_is_a_valid_programme() -> None:
    programme, problems = parse(readme_programme())
    assert problems == []
    assert programme.start == date(2026, 3, 2)
    assert programme.end == date(2026, 4, 12)  # six weeks, the last day included
    assert programme.review == date(2026, 4, 13)
    breathe, routine, stretch, heat = programme.items
    assert breathe.kind is ItemKind.BREATHING and breathe.target == "Pelvic-floor drop"
    assert breathe.timing.times_of_day == (time(8, 0), time(20, 0))
    assert breathe.timing.is_daily and breathe.min_gap_hours == 4
    assert routine.timing.period == 1 and routine.label == ""
    assert routine.title == "release-only"  # no label: what is practised
    assert stretch.timing.unit is PeriodUnit.WEEK and stretch.timing.period_days == 7
    assert stretch.timing.bounds_days == 28
    assert heat.as_needed and heat.timing is None and heat.title == "Heat after a spasm"
    assert programme.flare is not None
    assert programme.flare.steps == ("release-breathing", "release-routine", "heat")
    assert programme.item_runs_on(stretch, date(2026, 3, 29))
    assert not programme.item_runs_on(stretch, date(2026, 3, 30))  # past its 4 weeks
    assert programme.item_runs_on(breathe, date(2026, 4, 12))
    assert not programme.item_runs_on(breathe, date(2026, 4, 13))


def test_a_minimal_programme_and_an_end_date() -> None:
    programme, problems = parse(BASE)
    assert problems == []
    assert programme.end == date(2026, 3, 15)
    assert programme.ratings == ("tension", "pain")
    programme, problems = parse(BASE.replace("weeks = 2", "end = 2026-03-10"))
    assert problems == [] and programme.end == date(2026, 3, 10)


@pytest.mark.parametrize(
    ("line", "asked"),
    [
        ("", {"tension", "pain"}),  # not given: both, as the file format says
        ('ratings = ["pain"]', {"pain"}),
        ('ratings = ["tension"]', {"tension"}),
        ("ratings = []", set()),  # a programme may ask none
    ],
)
def test_the_ratings_a_programme_asks_for(line: str, asked: set[str]) -> None:
    programme, problems = parse(BASE.replace("weeks = 2", f"weeks = 2\n{line}"))
    assert problems == []
    assert ratings_asked(programme) == frozenset(asked)


def test_without_a_programme_the_setting_decides_which_ratings_are_asked() -> None:
    assert ratings_asked(None) is None


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            ('pattern = "Pelvic-floor drop"', 'pattern = "Pelvic floor drop"'),
            'p.toml: item 1 ("breathe"), key "pattern": calmfloor has no breathing pattern '
            '"Pelvic floor drop" (built-in, clinic or the patient\'s own). '
            'Did you mean "Pelvic-floor drop"?',
        ),
        (
            ("frequency = 2", "frequency = 0"),
            'p.toml: item 1 ("breathe"), key "timing.frequency": 0 is too small; use 1 to 12.',
        ),
        (
            ('periodUnit = "d"', 'periodUnit = "mo"'),
            'p.toml: item 1 ("breathe"), key "timing.periodUnit": "mo" is not a period unit '
            'calmfloor reads; use "d" (days) or "wk" (weeks).',
        ),
        (
            ("minutes = 5", 'minutes = "5"'),
            'p.toml: item 1 ("breathe"), key "minutes": "5" is not a number; write a number '
            "such as 2, without quotes.",
        ),
        (
            ('kind = "breathing"', 'kind = "breath"'),
            'p.toml: item 1 ("breathe"), key "kind": "breath" is not a kind calmfloor knows; use '
            'one of: breathing, routine, heat. Did you mean "breathing"?',
        ),
        (
            ("weeks = 2", "weeks = 2\nend = 2026-03-10"),
            'p.toml: key "end": give the length as weeks or as an end date, not both.',
        ),
        (
            ("start = 2026-03-02", 'start = "March"'),
            'p.toml: key "start": "March" is not a date; write it as YYYY-MM-DD without quotes, '
            "for example start = 2026-03-02.",
        ),
        (
            ("period = 1\n", 'period = 1\nwhen = "morning"\n'),
            'p.toml: item 1 ("breathe"), key "timing.when": calmfloor does not know this key; '
            "check its spelling or remove it.",
        ),
        (
            ("format = 1", "format = 2"),
            'p.toml: key "format": this file is format 2, written for a newer calmfloor; this '
            "version reads format 1. Update calmfloor to use it.",
        ),
    ],
)
def test_each_mistake_names_the_file_the_item_and_the_key(
    change: tuple[str, str], expected: str
) -> None:
    programme, problems = parse(BASE.replace(*change))
    assert programme is None
    assert problems == [expected]


def test_times_of_day_must_match_the_frequency_and_the_gap() -> None:
    text = BASE.replace('periodUnit = "d"', 'periodUnit = "d"\ntimeOfDay = ["08:00"]')
    assert parse(text)[1] == [
        'p.toml: item 1 ("breathe"), key "timing.timeOfDay": 1 times of day for a frequency '
        "of 2; give one time per session."
    ]
    text = BASE.replace("minutes = 5", "minutes = 5\nmin_gap_hours = 4").replace(
        'periodUnit = "d"', 'periodUnit = "d"\ntimeOfDay = ["08:00", "10:30"]'
    )
    assert parse(text)[1] == [
        'p.toml: item 1 ("breathe"), key "timing.timeOfDay": two times of day are 2.5 hours '
        "apart, less than min_gap_hours = 4."
    ]
    weekly = BASE.replace('periodUnit = "d"', 'periodUnit = "wk"\ntimeOfDay = ["08:00", "20:00"]')
    assert parse(weekly)[1] == [
        'p.toml: item 1 ("breathe"), key "timing.timeOfDay": times of day are for items asked '
        'every day (period = 1, periodUnit = "d"); remove them.'
    ]


def test_item_kinds_use_their_own_keys() -> None:
    text = BASE + '\n[[items]]\nid = "heat"\nkind = "heat"\nminutes = 30\nas_needed = true\n'
    text += 'routine = "release-only"\n'
    problems = parse(text)[1]
    assert problems == [
        'p.toml: item 2 ("heat"), key "routine": a "heat" item does not use this key; remove it.',
        'p.toml: item 2 ("heat"), key "minutes": 30 is too large; use 5 to 20 minutes.',
    ]


def test_as_needed_items_have_no_schedule_and_scheduled_ones_need_one() -> None:
    text = BASE + (
        '\n[[items]]\nid = "heat"\nkind = "heat"\nminutes = 15\nas_needed = true\n'
        "[items.timing]\nfrequency = 1\n"
    )
    assert parse(text)[1] == [
        'p.toml: item 2 ("heat"), key "timing": an as-needed item has no schedule; remove the '
        "timing table or as_needed = true."
    ]
    text = BASE + '\n[[items]]\nid = "r"\nkind = "routine"\nroutine = "release-only"\nminutes = 9\n'
    assert parse(text)[1] == [
        'p.toml: item 2 ("r"), key "timing": this key is missing; add a [items.timing] table '
        "(frequency, period, periodUnit), or as_needed = true."
    ]


def test_duplicate_item_ids_and_unknown_flare_steps() -> None:
    text = BASE + BASE[BASE.index("[[items]]") :] + '\n[flare]\nsteps = ["breath"]\n'
    problems = parse(text)[1]
    assert problems[0] == (
        'p.toml: item 2 ("breathe"), key "id": item 1 already has the id "breathe"; give each '
        "item an id of its own."
    )
    text = BASE + '\n[flare]\nsteps = ["breath"]\nwhen_to_call = "Call us."\n'
    assert parse(text)[1] == [
        'p.toml: key "flare.steps": "breath" is not the id of an item in this programme. '
        'Did you mean "breathe"?'
    ]


def test_unknown_routine_is_reported_only_when_routines_are_known() -> None:
    text = BASE + (
        '\n[[items]]\nid = "r"\nkind = "routine"\nroutine = "my-own"\nminutes = 9\n'
        "[items.timing]\nfrequency = 1\n"
    )
    assert 'key "routine": calmfloor has no routine id "my-own"' in parse(text)[1][0]
    programme, problems = parse_programme(tomllib.loads(text), "p.toml")
    assert problems == [] and programme is not None


def test_every_problem_is_collected_and_escaped() -> None:
    text = 'format = 1\nid = "Bad Id"\ntitle = "\\u001b[2J"\nweeks = 99\nitems = []\n'
    programme, problems = parse(text)
    assert programme is None
    joined = "\n".join(problems)
    for key in ('"id"', '"author"', '"start"', '"weeks"', '"items"'):
        assert key in joined
    assert "\x1b" not in joined


def test_a_flare_entry_is_checked() -> None:
    at = datetime(2026, 3, 3, 14, 0, tzinfo=UTC)
    entry = FlareEntry(at, 7, "  long\n drive ")
    assert entry.trigger == "long drive"
    with pytest.raises(ValueError):
        FlareEntry(at, 11)
    with pytest.raises(ValueError):
        FlareEntry(at.replace(tzinfo=None), 5)
