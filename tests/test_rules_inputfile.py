"""The one way a data file given to merge, validate, report or export is read, rule by rule: it is named for what
its format says (answers, team, workshop, project), never raises for a bad file but holds its problems, keeps its
bytes' hash, and keeps its text and responses' places only when asked."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

import pytest

from osallisuus_cli.i18n import t
from osallisuus_cli.model import teamread
from osallisuus_cli.model.answers import FrameworkRef, Project
from osallisuus_cli.model.inputfile import read_input
from osallisuus_cli.model.project import ProjectFile, project_file_text
from osallisuus_cli.model.team import dump_team
from osallisuus_cli.model.workshop import WorkshopFile, dump_workshop
from tests.conftest import make_answers, write_answers

MOMENT = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)


def test_an_answers_file_is_read_as_answers(qs, tmp_path):
    path = write_answers(tmp_path / "a.yaml", make_answers(qs, {"q01": 2}), qs)
    found = read_input(path, qs)
    assert (found.kind, found.valid, found.path) == ("answers", True, path)
    assert found.answers is not None
    assert found.answers.answers["q01"].level == 2
    assert found.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert found.text is None, "the text is kept only when asked"
    assert read_input(path, qs, keep_text=True).text == path.read_text(encoding="utf-8")


def test_a_team_file_is_read_as_a_team_with_each_responses_place_when_asked(qs, tmp_path, make_team):
    docs = [make_answers(qs, {"q01": level}, respondent_id=f"r{level}", name=None) for level in (3, 1, 2)]
    path = tmp_path / "team.yaml"
    path.write_text(dump_team(make_team(docs), qs), encoding="utf-8")
    found = read_input(path, qs, keep_text=True)
    assert (found.kind, found.valid) == ("team", True)
    assert found.team is not None
    assert len(found.team.responses) == 3
    assert sorted(found.positions.values()) == [0, 1, 2]
    assert set(found.positions) == {response.source.sha256 for response in found.team.responses}
    assert read_input(path, qs).positions == {}


def empty_workshop(qs) -> WorkshopFile:
    """A workshop planned on question 1 that nobody has rated yet."""
    return WorkshopFile(
        format="osallisuus/workshop/v1",
        framework=FrameworkRef(id=qs.id, version=qs.version),
        project=Project(name="Nuorten ääni", phase="toteutus"),
        language="fi",
        created=MOMENT,
        updated=MOMENT,
        min_group=3,
        participants=0,
        plan=["q01"],
        results={},
    )


def test_a_workshop_file_is_read_as_a_workshop(qs, tmp_path):
    doc = empty_workshop(qs)
    path = tmp_path / "paja.yaml"
    path.write_text(dump_workshop(doc), encoding="utf-8")
    found = read_input(path, qs)
    assert (found.kind, found.valid, found.workshop) == ("workshop", True, doc)


def test_a_project_file_is_read_or_named_as_a_project_file_where_none_belongs(qs, tmp_path):
    path = tmp_path / "osallisuus.yaml"
    path.write_text(project_file_text(ProjectFile(name="Nuorten ääni")), encoding="utf-8")
    found = read_input(path, qs)
    assert (found.kind, found.valid) == ("project", True)
    assert found.project is not None
    assert found.project.name == "Nuorten ääni"
    refused = read_input(path, qs, project_files=False)
    assert [(p.key, p.file) for p in refused.problems] == [("team.err_is_project_file", str(path))]


@pytest.mark.parametrize(("text", "kind"), [(b"\xff\xfe", None), (b"answers: [\n", None), (b"format: x\n", "answers")])
def test_a_bad_file_is_no_exception_but_its_problems(qs, tmp_path, text, kind):
    path = tmp_path / "bad.yaml"
    path.write_bytes(text)
    found = read_input(path, qs)
    assert (found.kind, found.valid) == (kind, False)
    assert {p.file for p in found.problems} == {str(path)}
    assert found.sha256 == hashlib.sha256(text).hexdigest()


def _team_text(qs, make_team) -> str:
    docs = [make_answers(qs, {"q01": level}, respondent_id=f"r{level}", name=None) for level in (3, 1, 2)]
    return dump_team(make_team(docs), qs)


def _padded_to(text: str, size: int) -> bytes:
    """``text`` with a YAML comment at its end that makes the file ``size`` bytes long."""
    raw = text.encode()
    return raw + b"#" + b"x" * (size - len(raw) - 2) + b"\n"


def test_a_team_file_of_four_megabytes_is_checked_as_it_is_parsed_and_read_the_same_as_a_small_one(
    qs, tmp_path, make_team, monkeypatch
):
    text = _team_text(qs, make_team)
    small = tmp_path / "small.yaml"
    small.write_text(text, encoding="utf-8")
    usual = read_input(small, qs)
    large = tmp_path / "large.yaml"
    large.write_bytes(_padded_to(text, teamread.STREAM_FROM))
    kept = read_input(large, qs, keep_text=True)
    assert kept.text == large.read_text(encoding="utf-8"), "asked for its text, a large file is read the usual way"
    assert sorted(kept.positions.values()) == [0, 1, 2]

    def whole(*_args, **_kwargs):
        raise AssertionError("a large team file was parsed whole before it was checked")

    monkeypatch.setattr(teamread, "validate_team_data", whole)
    found = read_input(large, qs)
    assert (found.kind, found.valid, found.text, found.positions) == ("team", True, None, {})
    assert found.team is not None
    assert found.team == usual.team == kept.team
    assert found.sha256 == hashlib.sha256(large.read_bytes()).hexdigest()


def test_a_team_file_just_under_four_megabytes_is_read_the_usual_way(qs, tmp_path, make_team, monkeypatch):
    path = tmp_path / "team.yaml"
    path.write_bytes(_padded_to(_team_text(qs, make_team), teamread.STREAM_FROM - 1))
    usual = []
    real = teamread.validate_team_data

    def counted(*args, **kwargs):
        usual.append(True)
        return real(*args, **kwargs)

    monkeypatch.setattr(teamread, "validate_team_data", counted)
    found = read_input(path, qs)
    assert (found.kind, found.valid, usual) == ("team", True, [True])


def test_a_large_file_that_does_not_say_it_is_a_team_file_is_never_streamed_as_one(qs, tmp_path, monkeypatch):
    path = tmp_path / "a.yaml"
    text = write_answers(tmp_path / "small.yaml", make_answers(qs, {"q01": 2}), qs).read_text(encoding="utf-8")
    path.write_bytes(_padded_to(text, teamread.STREAM_FROM))

    def streamed(*_args, **_kwargs):
        raise AssertionError("a file that does not say it is a team file was streamed as one")

    monkeypatch.setattr(teamread, "stream_team", streamed)
    found = read_input(path, qs)
    assert (found.kind, found.valid) == ("answers", True)


def test_a_large_team_file_with_a_yaml_mistake_is_named_at_its_line_never_a_crash(qs, make_team, tmp_path):
    """A file of 4 MB or more is parsed straight from its bytes: a syntax error there is the same one line as in a
    small file (it was an unexpected TypeError)."""
    text = _team_text(qs, make_team).replace("    answers:\n", "    answers: [\n", 1)
    small, large = tmp_path / "small.yaml", tmp_path / "large.yaml"
    small.write_text(text, encoding="utf-8")
    large.write_bytes(_padded_to(text, teamread.STREAM_FROM))
    expected = [(p.key, p.line) for p in read_input(small, qs).problems]
    assert expected
    assert expected[0][0] == "common.yaml_syntax"
    assert [(p.key, p.line, p.file) for p in read_input(large, qs).problems] == [(*expected[0], str(large))]


def _line_of(text: str, needle: str) -> int:
    return next(number for number, line in enumerate(text.splitlines(), 1) if needle in line)


def test_a_large_team_file_with_a_bad_answer_names_the_file_and_the_answers_line(qs, tmp_path, make_team):
    text = _team_text(qs, make_team).replace("level: 2", "level: 9", 1)
    path = tmp_path / "team.yaml"
    path.write_bytes(_padded_to(text, teamread.STREAM_FROM))
    found = read_input(path, qs)
    assert found.kind == "team"
    assert found.problems
    assert [(p.file, p.line) for p in found.problems] == [(str(path), _line_of(text, "level: 9"))]


def test_a_team_file_read_with_its_text_names_the_file_and_the_line_of_a_bad_key(qs, tmp_path, make_team):
    text = _team_text(qs, make_team).replace("anonymized:", "anonymised:", 1)
    assert "anonymised:" in text
    path = tmp_path / "team.yaml"
    path.write_text(text, encoding="utf-8")
    for keep_text in (False, True):
        found = read_input(path, qs, keep_text=keep_text)
        assert [(p.file, p.line) for p in found.problems] == [(str(path), _line_of(text, "anonymised:"))]


@pytest.mark.parametrize("item", ["  - just words\n", "  - source: here\n", "  - source: {sha256: 5}\n"])
def test_a_team_file_with_a_strange_response_read_with_its_text_gives_problems_not_an_exception(
    qs, tmp_path, make_team, item
):
    path = tmp_path / "team.yaml"
    path.write_text(_team_text(qs, make_team).replace("responses:\n", "responses:\n" + item, 1), encoding="utf-8")
    found = read_input(path, qs, keep_text=True)
    assert (found.kind, found.valid) == ("team", False)
    assert {p.file for p in found.problems} == {str(path)}


def test_an_empty_file_says_it_should_be_an_answers_or_team_file(qs, tmp_path):
    path = tmp_path / "empty.yaml"
    path.write_text("", encoding="utf-8")
    (problem,) = read_input(path, qs).problems
    assert problem.file == str(path)
    assert t("team.what_answers_or_team", "en") in problem.render("en")


def test_a_workshop_file_with_a_bad_value_names_the_file_and_the_line(qs, tmp_path):
    doc = empty_workshop(qs)
    text = dump_workshop(doc).replace("participants: 0", "participants: many", 1)
    path = tmp_path / "paja.yaml"
    path.write_text(text, encoding="utf-8")
    found = read_input(path, qs)
    assert (found.kind, found.valid) == ("workshop", False)
    assert [(p.file, p.line) for p in found.problems] == [(str(path), _line_of(text, "participants: many"))]
