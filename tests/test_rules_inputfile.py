"""The one way a data file given to merge, validate, report or export is read, rule by rule: it is named for what
its format says (answers, team, workshop, project), never raises for a bad file but holds its problems, keeps its
bytes' hash, and keeps its text and responses' places only when asked."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

import pytest

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


def test_a_workshop_file_is_read_as_a_workshop(qs, tmp_path):
    doc = WorkshopFile(
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
