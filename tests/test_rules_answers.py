"""The answers file's rules, each stated on a file made for it: one run lists every problem (also the unknown
question ids and levels off the scale of a file whose schema check failed elsewhere, each once), an empty file is
named as an answers file, times are kept to the second, and the unanswered questions can be asked of some domains."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest

from osallisuus_cli.errors import DataError
from osallisuus_cli.files import yamlio
from osallisuus_cli.model.answers import now, parse_answers, save_answers, unanswered, unchecked_answer_problems
from tests.conftest import make_answers


def nowhere(*_path: object) -> None:
    return None


def unchecked(qs, answers, found=()):
    return unchecked_answer_problems({"answers": answers}, qs, list(found), file="a.yaml", at=nowhere)


def test_a_level_off_the_scale_and_an_unknown_question_are_found_even_when_the_schema_check_failed(qs):
    known = qs.questions[0].id
    problems = unchecked(qs, {known: {"level": 7}, "q99": {"level": "maybe"}, qs.questions[1].id: {"level": "na"}})
    assert sorted((p.key, p.path) for p in problems) == [
        ("common.v.choice", f"answers.{known}.level"),
        ("team.err_unknown_question", "answers.q99"),
    ]


@pytest.mark.parametrize("level", ["na", "dont_know", 0, 4])
def test_an_answer_on_the_scale_or_a_special_answer_is_no_problem(qs, level):
    assert unchecked(qs, {qs.questions[0].id: {"level": level}}) == []


@pytest.mark.parametrize("level", ["na", "dont_know", "maybe", None, 2])
def test_an_unknown_question_is_reported_whatever_its_level(qs, level):
    (problem,) = unchecked(qs, {"q99": {"level": level}})
    assert (problem.key, problem.params, problem.path) == ("team.err_unknown_question", {"id": "q99"}, "answers.q99")


def test_what_the_schema_check_already_reported_is_not_reported_again(qs):
    known = qs.questions[0].id
    first = unchecked(qs, {known: {"level": 7}})
    assert unchecked(qs, {known: {"level": 7}}, found=first) == []


@pytest.mark.parametrize(
    "data",
    [[], "text", {"answers": []}, {"answers": {"KNOWN": 3}}, {"answers": {5: {"level": 2}}}, {"answers": {5: 2}}],
)
def test_answers_of_the_wrong_shape_are_left_to_the_schema_check(qs, data):
    # A list, a scalar answer or a key that is not text: the schema check names it; nothing more to add, no crash.
    if isinstance(data, dict) and "KNOWN" in data["answers"]:
        data = {"answers": {qs.questions[0].id: data["answers"]["KNOWN"]}}
    assert unchecked_answer_problems(data, qs, [], file="a.yaml", at=nowhere) == []


def test_problems_inside_a_team_file_are_located_under_their_response(qs):
    problems = unchecked_answer_problems(
        {"answers": {"q99": {"level": 1}}}, qs, [], file="team.yaml", at=nowhere, prefix=("responses", 2)
    )
    assert [p.path for p in problems] == ["responses[2].answers.q99"]


def test_an_empty_file_is_named_as_an_answers_file(qs):
    with pytest.raises(DataError) as caught:
        parse_answers("", qs, file="a.yaml")
    assert caught.value.key == "common.empty_file"
    assert caught.value.params["what"] == "team.what_answers"


def test_the_current_time_is_kept_to_the_second_with_its_offset():
    moment = now()
    assert moment.microsecond == 0
    assert moment.utcoffset() is not None


def test_the_unanswered_questions_of_some_domains_are_theirs_only(qs):
    section = qs.sections[1]
    answered = section.questions[0].id
    doc = make_answers(qs, {answered: 2})
    expected = [q.id for q in section.questions if q.id != answered]
    assert unanswered(doc, qs, [section.id]) == expected
    assert unanswered(doc, qs) == [q.id for q in qs.questions if q.id != answered]
    assert unanswered(doc, qs, []) == unanswered(doc, qs)


def test_a_file_naming_no_format_is_told_so_in_one_line(qs):
    text = make_answers(qs, {}).to_yaml(qs).split("\n", 1)[1]
    with pytest.raises(DataError) as caught:
        parse_answers(text, qs, file="a.yaml")
    assert (caught.value.key, caught.value.path) == ("team.err_format_missing", "format")


def test_a_level_off_the_scale_in_a_team_file_is_found_on_its_own_responses_line(qs):
    known = qs.questions[0].id
    text = (
        f"responses:\n  - answers:\n      {known}:\n        level: 1\n  - answers:\n      {known}:\n        level: 7\n"
    )
    data = {"answers": {known: {"level": 7}}}
    (problem,) = unchecked_answer_problems(
        data, qs, [], file="team.yaml", at=yamlio.LineFinder(text).at, prefix=("responses", 1)
    )
    assert (problem.key, problem.path, problem.line) == ("common.v.choice", f"responses[1].answers.{known}.level", 7)


def test_a_saved_file_lists_its_answers_in_the_question_sets_order(qs, tmp_path):
    # A set whose last domain comes first: the file follows the set, not the order of the ids.
    turned = replace(qs, domains=list(reversed(qs.domains)))
    first, last = qs.questions[0].id, qs.questions[-1].id
    doc = make_answers(qs, {first: 1, last: 2})
    save_answers(tmp_path / "a.yaml", doc, turned)
    text = (tmp_path / "a.yaml").read_text(encoding="utf-8")
    assert text.index(f"  {last}:") < text.index(f"  {first}:")


@pytest.mark.parametrize(("field", "key"), [("id", "team.err_framework_id"), ("version", "team.err_framework_version")])
def test_a_file_for_another_question_set_or_version_is_refused_on_that_line(qs, field, key):
    text = make_answers(qs, {}).to_yaml(qs)
    lines = text.splitlines()
    number = next(i for i, line in enumerate(lines, 1) if line.startswith(f"  {field}: "))
    lines[number - 1] = f"  {field}: other"
    with pytest.raises(DataError) as caught:
        parse_answers("\n".join(lines) + "\n", qs, file="a.yaml")
    assert (caught.value.key, caught.value.line, caught.value.path) == (key, number, f"framework.{field}")
    assert caught.value.params["found"] == "other"


@pytest.fixture
def far_east(monkeypatch):
    """The machine's clock set to UTC+14 (the farthest zone east), restored afterwards."""
    tzset = getattr(time, "tzset", None)
    if tzset is None:
        pytest.skip("the process time zone can be changed only where time.tzset exists")
    monkeypatch.setenv("TZ", "Etc/GMT-14")
    tzset()
    yield
    monkeypatch.undo()
    tzset()


@pytest.mark.usefixtures("far_east")
def test_a_time_before_the_year_one_in_utc_is_refused_whatever_the_machines_zone(qs):
    # 00:30 at +01:00 on 1 January of the year 1 is still the year 1 at +14:00, but the year 0 in UTC.
    text = make_answers(qs, {}).to_yaml(qs)
    created = next(line for line in text.splitlines() if line.startswith("created: "))
    with pytest.raises(DataError) as caught:
        parse_answers(text.replace(created, "created: 0001-01-01T00:30:00+01:00"), qs, file="a.yaml")
    assert caught.value.problems[0].key == "safety.time_out_of_range"
