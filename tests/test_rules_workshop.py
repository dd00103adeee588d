"""The workshop file's rules (docs/workshop.md, `model/workshop.py`): counts that add up, a spread instead of counts for
a small group, results only for planned questions and never more ratings than participants, questions and levels of
the set, every mistake at its line; written in one documented order, the live block only while a session runs."""

from __future__ import annotations

import stat
from datetime import UTC, datetime
from typing import Any

import pytest
import yaml

from osallisuus_cli.errors import DataError
from osallisuus_cli.model.answers import FrameworkRef, Project
from osallisuus_cli.model.workshop import (
    Live,
    QuestionResult,
    Spread,
    WorkshopFile,
    dump_workshop,
    load_workshop,
    looks_like_workshop,
    parse_workshop,
    save_workshop,
    validate_workshop_data,
    workshop_data,
)

MOMENT = datetime(2026, 12, 8, 9, 30, tzinfo=UTC)
TOKEN = "a" * 22


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


def data_of(doc: WorkshopFile) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(dump_workshop(doc))
    return data


def problems(data: dict[str, Any], qs, text: str | None = None) -> list[tuple[str, dict[str, Any], str | None]]:
    with pytest.raises(DataError) as caught:
        validate_workshop_data(data, qs, file="paja.yaml", text=text)
    assert {p.file for p in caught.value.problems} == {"paja.yaml"}
    return [(p.key, p.params, p.path) for p in caught.value.problems]


# --- what a result must say -----------------------------------------------------------------------------------------


def test_the_counts_per_level_add_up_to_the_ratings_from_phones_and_the_room(qs):
    data = data_of(workshop(results={"q01": result()}))
    assert validate_workshop_data(data, qs, file="paja.yaml", text=None).results["q01"].rated == 4
    data["results"]["q01"]["room"] = 2
    assert problems(data, qs) == [("workshop.v_counts_sum", {"total": 4, "rated": 5}, "results.q01")]


def test_a_small_group_keeps_its_spread_never_both_spread_and_counts(qs):
    small = result(phones=1, room=1, counts=None, spread=Spread(low=2, high=2))
    assert validate_workshop_data(data_of(workshop(results={"q01": small})), qs, file="paja.yaml", text=None)
    data = data_of(workshop(results={"q01": small}))
    data["results"]["q01"]["counts"] = {2: 2}
    assert problems(data, qs) == [("workshop.v_counts_and_spread", {}, "results.q01")]
    data["results"]["q01"].pop("counts")
    data["results"]["q01"]["spread"] = {"low": 3, "high": 1}
    assert problems(data, qs) == [("workshop.v_spread_order", {"low": 3, "high": 1}, "results.q01")]


def test_a_result_is_for_a_planned_question_and_the_plan_names_each_question_once(qs):
    data = data_of(workshop(results={"q01": result()}))
    data["results"]["q04"] = data["results"].pop("q01")
    assert problems(data, qs) == [("workshop.v_result_not_planned", {"question": "q04"}, "results.q04")]
    data = data_of(workshop(plan=["q01", "q02", "q03"]))
    data["plan"][2] = "q01"
    assert problems(data, qs) == [("workshop.v_plan_repeats", {}, "plan")]


def test_no_question_has_more_ratings_than_the_session_had_participants(qs):
    assert validate_workshop_data(data_of(workshop(participants=4, results={"q01": result()})), qs, file="p", text=None)
    data = data_of(workshop(participants=4, results={"q01": result()}))
    data["participants"] = 3
    assert problems(data, qs) == [
        ("workshop.v_more_than_participants", {"question": "q01", "rated": 4, "participants": 3}, "results.q01")
    ]


def test_a_running_sessions_position_is_one_of_its_planned_questions(qs):
    live = Live(position=2, participant_token=TOKEN, facilitator_token="b" * 22)
    data = data_of(workshop(live=live))
    assert validate_workshop_data(data, qs, file="paja.yaml", text=None).live == live
    data["live"]["position"] = 3
    assert problems(data, qs) == [("workshop.v_position", {}, "live.position")]


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


def test_a_workshop_of_another_question_set_is_named_as_such_and_nothing_else(qs):
    data = data_of(workshop(plan=["q99"]))
    data["framework"]["version"] = "0.9"
    assert problems(data, qs) == [
        ("team.err_framework_version", {"found": "0.9", "expected": qs.version, "id": qs.id}, "framework.version")
    ]


def test_mistakes_in_the_schema_are_listed_in_the_order_of_their_lines_a_missing_field_first(qs):
    """Whatever order the keys are written in; a missing field, which has no line of its own, comes first."""
    text = dump_workshop(workshop(results={"q01": result()}))
    language = "language: fi\n"
    moved = text.replace(language, "").replace("participants: 5", "participants: many") + "language: de\n"
    with pytest.raises(DataError) as caught:
        parse_workshop(moved, qs, file="paja.yaml")
    lines = moved.splitlines()
    assert [(p.path, lines[p.line - 1]) for p in caught.value.problems if p.line] == [
        ("participants", "participants: many"),
        ("language", "language: de"),
    ]
    without_plan = text.replace("format: osallisuus/workshop/v1", "format: osallisuus/workshop/v2")
    without_plan = without_plan.replace("plan:\n  - q03\n  - q01\n  - q02\n", "")
    assert "plan:" not in without_plan
    with pytest.raises(DataError) as caught:
        parse_workshop(without_plan, qs, file="paja.yaml")
    assert [(p.key, p.path, p.line) for p in caught.value.problems] == [
        ("common.v.missing", "plan", None),
        ("common.v.choice", "format", 1),
    ]


def test_every_problem_of_a_workshop_file_names_the_file(qs, tmp_path):
    text = dump_workshop(workshop(results={"q01": result(counts={7: 4})}, plan=["q99", "q01"]))
    path = tmp_path / "paja.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_workshop(path, qs)
    assert [(p.key, p.file) for p in caught.value.problems] == [
        ("workshop.v_unknown_question", str(path)),
        ("workshop.v_unknown_level", str(path)),
    ]
    small = workshop(results={"q01": result(phones=1, room=0, counts=None, spread=Spread(low=0, high=9))})
    path.write_text(dump_workshop(small.model_copy(update={"participants": 1})), encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_workshop(path, qs)
    assert [(p.key, p.params["level"], p.file) for p in caught.value.problems] == [
        ("workshop.v_unknown_level", 9, str(path))
    ]
    for broken in ("plan: [q01\n", ""):
        path.write_text(broken, encoding="utf-8")
        with pytest.raises(DataError) as caught:
            load_workshop(path, qs)
        assert [p.file for p in caught.value.problems] == [str(path)]


def test_an_empty_workshop_file_says_a_workshop_file_was_expected(qs):
    from osallisuus_cli.i18n import t

    with pytest.raises(DataError) as caught:
        parse_workshop("", qs, file="paja.yaml")
    (problem,) = caught.value.problems
    assert t("workshop.what", "en") in problem.render("en")


def test_a_workshop_file_that_is_no_mapping_says_what_it_is(qs):
    with pytest.raises(DataError) as caught:
        validate_workshop_data(["plan"], qs, file="paja.yaml", text=None)
    (problem,) = caught.value.problems
    assert (problem.key, problem.file) == ("common.not_mapping", "paja.yaml")
    assert str(problem.params["found"]) == "common.kind.list"
    assert str(problem.params["what"]) == "workshop.what"


# --- how it is written ----------------------------------------------------------------------------------------------


def test_a_workshop_is_written_in_the_documented_order_results_in_the_sessions_order():
    doc = workshop(
        results={
            "q02": result(counts={"dont_know": 1, 4: 1, "na": 1, 0: 1}, how="Kahvila", differ="Eri kokemukset"),
            "q03": result(phones=1, room=1, counts=None, spread=Spread(low=1, high=3), next_step="Kysy"),
        }
    )
    data = data_of(doc)
    assert list(data) == [
        *("format", "framework", "project", "language", "created", "updated"),
        *("min_group", "participants", "plan", "results"),
    ]
    assert data["project"] == {"name": "Nuorten ääni", "phase": "toteutus"}, "a project's empty fields are left out"
    assert list(data["results"]) == ["q03", "q02"], "in the plan's order"
    assert list(data["results"]["q02"]) == ["phones", "room", "counts", "how", "differ", "revealed"]
    assert list(data["results"]["q02"]["counts"]) == [0, 4, "na", "dont_know"], "numbers up the scale, then na"
    assert list(data["results"]["q03"]) == ["phones", "room", "spread", "next_step", "revealed"]
    assert data["results"]["q03"]["spread"] == {"low": 1, "high": 3}
    assert data["results"]["q02"]["revealed"] == "2026-12-08T09:30:00+00:00"


def test_the_live_block_is_written_while_a_session_runs_seats_by_number_and_left_out_of_a_team():
    live = Live(
        position=1,
        participant_token=TOKEN,
        facilitator_token="b" * 22,
        seats={"f" * 64: 2, "e" * 64: 1, "0" * 64: 3},
        votes={3: "na", 1: 2},
        changes={3: 1, 1: 0},
    )
    doc = workshop(live=live)
    written = data_of(doc)["live"]
    assert list(written) == ["position", "participant_token", "facilitator_token", "seats", "votes", "changes"]
    assert list(written["seats"].values()) == [1, 2, 3]
    assert list(written["votes"]) == [1, 3]
    assert list(written["changes"]) == [1, 3]
    with_port = data_of(workshop(live=live.model_copy(update={"port": 8765})))["live"]
    assert list(with_port)[:2] == ["position", "port"]
    assert with_port["port"] == 8765
    assert "live" not in workshop_data(doc, with_live=False)
    assert "live" not in data_of(workshop())


def test_a_workshop_is_saved_whole_private_to_its_owner_and_read_back(qs, tmp_path):
    doc = workshop(results={"q01": result(how="Sovimme: kahvila\njoka torstai")})
    path = tmp_path / "paja.yaml"
    save_workshop(path, doc)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_text(encoding="utf-8") == dump_workshop(doc)
    assert load_workshop(path, qs) == doc


def test_a_workshop_file_is_known_by_its_format_line():
    assert looks_like_workshop(data_of(workshop()))
    assert not looks_like_workshop({"format": "osallisuus/answers/v1"})
    assert not looks_like_workshop({"format": "osallisuus/workshop/v2"}), "a later format is not this one"
    assert not looks_like_workshop(["format", "osallisuus/workshop/v1"])
