"""The workshop file's rules (docs/workshop.md, `model/workshop.py`): every mistake at its line."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from osallisuus_cli.errors import DataError
from osallisuus_cli.model.answers import FrameworkRef, Project
from osallisuus_cli.model.workshop import (
    QuestionResult,
    Spread,
    WorkshopFile,
    dump_workshop,
    parse_workshop,
)

MOMENT = datetime(2026, 12, 8, 9, 30, tzinfo=UTC)


def workshop(**changes: Any) -> WorkshopFile:
    fields: dict[str, Any] = {
        "format": "osallisuus/workshop/v1",
        "framework": FrameworkRef(id="thl-osallisuus-24", version="1.0"),
        "project": Project(name="Nuorten ääni", phase="toteutus"),
        "language": "fi",
        "created": MOMENT,
        "updated": MOMENT,
        "min_group": 3,
        "participants": 5,
        "plan": ["q03", "q01", "q02"],
    }
    return WorkshopFile(**(fields | changes))


def result(**changes: Any) -> QuestionResult:
    return QuestionResult(**({"phones": 3, "room": 1, "counts": {2: 3, 4: 1}, "revealed": MOMENT} | changes))


def test_questions_and_levels_are_those_of_the_set_each_named_at_its_line(qs):
    doc = workshop(
        plan=["q01", "q02", "q03"],
        results={
            "q01": result(counts={2: 3, "dont_know": 1}),
            "q02": result(counts=None, spread=Spread(low=1, high=4)),
        },
    )
    text = dump_workshop(doc)
    assert parse_workshop(text, qs, file="paja.yaml") == doc
    bad = text.replace("- q03", "- q99").replace("      2: 3", "      7: 3").replace("high: 4", "high: 9")
    bad = bad.replace("low: 1", "low: 8")
    lines = bad.splitlines()
    with pytest.raises(DataError) as caught:
        parse_workshop(bad, qs, file="paja.yaml")
    assert [(p.key, p.params, lines[p.line - 1].strip() if p.line else None) for p in caught.value.problems] == [
        ("workshop.v_unknown_question", {"question": "q99"}, "- q99"),
        ("workshop.v_unknown_level", {"question": "q01", "level": 7}, "7: 3"),
        ("workshop.v_unknown_level", {"question": "q02", "level": 8}, "spread:"),
        ("workshop.v_unknown_level", {"question": "q02", "level": 9}, "spread:"),
    ]


def test_a_count_too_large_is_named_at_its_levels_line(qs):
    text = dump_workshop(workshop(results={"q01": result()}))
    bad = text.replace("      4: 1", "      4: 900")
    with pytest.raises(DataError) as caught:
        parse_workshop(bad, qs, file="paja.yaml")
    (problem,) = caught.value.problems
    assert problem.line is not None
    assert bad.splitlines()[problem.line - 1].strip() == "4: 900"
