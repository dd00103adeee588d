"""The merge's subtle promises, each pinned by a test that fails without it.

Written against mutants that survived the whole suite: a team-file writer that drops fields, "every problem at once"
reduced to the last one, identities that are not linked across an anonymized team, and the preference for the copy
of a response that carries the respondent's own id.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import yaml

from osallisuus_cli.cli.app import app
from osallisuus_cli.files import yamlemit
from osallisuus_cli.i18n import t
from osallisuus_cli.model import team as team_mod
from osallisuus_cli.teamwork.merge import collect_team
from tests.conftest import HELSINKI, make_answers, read_team, write_answers

AINO = "11111111-1111-4111-8111-111111111111"
EERO = "22222222-2222-4222-8222-222222222222"


def full_answers(qs, **kwargs):
    """Answers with every optional field set: a role, and the project's code, organisation and region."""
    doc = make_answers(qs, {"q01": 2, "q02": "na"}, how={"q01": "Kahvila"}, **kwargs)
    doc.respondent.role = "nuorisotyöntekijä"
    doc.project.code = "S30123"
    doc.project.organisation = "Jyväskylän kaupunki"
    doc.project.region = "Keski-Suomi"
    return doc


# --- the team-file writer keeps every field --------------------------------------------------------------------


def test_a_merged_team_file_keeps_role_code_organisation_and_region(qs, tmp_path: Path) -> None:
    write_answers(tmp_path / "answers" / "aino.yaml", full_answers(qs), qs)
    team = collect_team([tmp_path / "answers"], qs).team
    path = tmp_path / "team.yaml"
    team_mod.save_team(path, team, qs)
    response = read_team(path, qs).responses[0]
    assert response.respondent.role == "nuorisotyöntekijä"
    assert response.project.code == "S30123"
    assert response.project.organisation == "Jyväskylän kaupunki"
    assert response.project.region == "Keski-Suomi"
    assert read_team(path, qs) == team


def test_the_fast_writer_equals_the_generic_one_with_every_field_set(qs, tmp_path: Path) -> None:
    write_answers(tmp_path / "answers" / "aino.yaml", full_answers(qs), qs)
    write_answers(tmp_path / "answers" / "eero.yaml", full_answers(qs, name="Eero", respondent_id=EERO), qs)
    team = collect_team([tmp_path / "answers"], qs).team
    order = {q.id: i for i, q in enumerate(qs.questions)}
    fast = team_mod.dump_team(team, qs)
    generic = yaml.safe_load(yamlemit.emit({"responses": [team_mod.response_data(r, order) for r in team.responses]}))
    assert yaml.safe_load(fast)["responses"] == generic["responses"]


def test_every_field_of_the_models_is_in_the_writers_lists() -> None:
    """The writers walk one list of fields each (answers.RESPONDENT_FIELDS, PROJECT_FIELDS, ANSWER_TEXTS): a field
    added to an answers file's model or to the team's record and not to the list fails here, not in a user's file."""
    from dataclasses import fields

    from osallisuus_cli.model import answers

    assert tuple(answers.Respondent.model_fields) == answers.RESPONDENT_FIELDS
    assert tuple(f.name for f in fields(team_mod.TeamRespondent)) == answers.RESPONDENT_FIELDS
    assert tuple(answers.Project.model_fields) == answers.PROJECT_FIELDS
    assert tuple(f.name for f in fields(team_mod.TeamProject)) == answers.PROJECT_FIELDS
    # which texts a session had not yet asked belongs to a person's file only: a team file is a finished record
    assert tuple(answers.Answer.model_fields) == ("level", *answers.ANSWER_TEXTS, answers.UNFINISHED, "updated")
    assert {f.name for f in fields(team_mod.TeamAnswer)} == {"level", *answers.ANSWER_TEXTS, "updated"}


def test_both_writers_write_every_field_on_the_lists(qs, tmp_path: Path) -> None:
    from osallisuus_cli.model import answers

    doc = full_answers(qs)
    doc.answers["q02"] = doc.answers["q02"].model_copy(update={"reason": "Ei ryhmiä vielä"})
    doc.answers["q01"] = doc.answers["q01"].model_copy(update={"next_step": "Kysy nuorilta"})
    doc.answers["q01"] = doc.answers["q01"].model_copy(update={"unfinished": ["next_step"]})
    own = yaml.safe_load(doc.to_yaml(qs))
    write_answers(tmp_path / "answers" / "aino.yaml", doc, qs)
    team = yaml.safe_load(team_mod.dump_team(collect_team([tmp_path / "answers"], qs).team, qs))["responses"][0]
    assert own["answers"]["q01"][answers.UNFINISHED] == ["next_step"]
    for written, state in ((own, {answers.UNFINISHED}), (team, set())):
        assert tuple(written["respondent"]) == answers.RESPONDENT_FIELDS
        assert tuple(written["project"]) == answers.PROJECT_FIELDS
        texts = {name for answer in written["answers"].values() for name in answer} - {"level", "updated"}
        assert texts == set(answers.ANSWER_TEXTS) | state


# --- every problem in every response, each at its place ----------------------------------------------------------


def test_every_bad_response_of_a_team_file_is_named_at_its_line_and_path(runner, qs, tmp_path: Path) -> None:
    write_answers(tmp_path / "answers" / "aino.yaml", make_answers(qs, {"q01": 2}), qs)
    write_answers(tmp_path / "answers" / "eero.yaml", make_answers(qs, {"q01": 3}, name="Eero", respondent_id=EERO), qs)
    team = collect_team([tmp_path / "answers"], qs).team
    path = tmp_path / "team.yaml"
    team_mod.save_team(path, team, qs)
    text = path.read_text(encoding="utf-8")
    bad = text.replace("level: 2\n", "level: 9\n").replace("level: 3\n", "level: 7\n")
    path.write_text(bad, encoding="utf-8")
    lines = bad.splitlines()
    where = [lines.index(line) + 1 for line in lines if line.strip() in ("level: 9", "level: 7")]

    result = runner.invoke(app, ["validate", str(path), "--json", "--lang", "en"])
    assert result.exit_code == 1
    problems = json.loads(result.stdout)["files"][0]["problems"]
    assert [p["path"] for p in problems] == ["responses[0].answers.q01.level", "responses[1].answers.q01.level"]
    assert [p["line"] for p in problems] == where, "each problem on its own line, not the first or last one"
    assert {p["file"] for p in problems} == {str(path)}
    assert [p["code"] for p in problems] == ["common.v.choice", "common.v.choice"]


def test_schema_problems_in_several_responses_are_all_named(runner, qs, tmp_path: Path) -> None:
    write_answers(tmp_path / "answers" / "aino.yaml", make_answers(qs, {"q01": 2}), qs)
    write_answers(tmp_path / "answers" / "eero.yaml", make_answers(qs, {"q01": 3}, name="Eero", respondent_id=EERO), qs)
    team = collect_team([tmp_path / "answers"], qs).team
    path = tmp_path / "team.yaml"
    team_mod.save_team(path, team, qs)
    text = path.read_text(encoding="utf-8").replace("phase: toteutus\n", "phase: valmis\n")
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["validate", str(path), "--json", "--lang", "en"])
    assert result.exit_code == 1
    problems = json.loads(result.stdout)["files"][0]["problems"]
    assert [p["path"] for p in problems] == ["responses[0].project.phase", "responses[1].project.phase"]
    assert len({p["line"] for p in problems}) == 2


# --- one person across an anonymized team and named files -------------------------------------------------------


def test_a_person_known_only_as_a_pseudonym_is_linked_through_a_copy_of_her_file(qs, tmp_path: Path) -> None:
    """Aino's planning and implementation answers were merged into an anonymized team (she is R1 there). Later her
    evaluation answers arrive, merged with the team and again with her implementation file: that file's copy in the
    team links R1 to her own id, so she stays one person in all three phases."""
    start = datetime(2026, 3, 1, 9, 0, tzinfo=HELSINKI)
    phases = {"suunnittelu": start, "toteutus": start + timedelta(days=60), "arviointi": start + timedelta(days=120)}
    files = {
        phase: write_answers(tmp_path / phase / "aino.yaml", make_answers(qs, {"q01": 1}, phase=phase, when=when), qs)
        for phase, when in phases.items()
    }
    eero = write_answers(tmp_path / "eero.yaml", make_answers(qs, {"q01": 3}, name="Eero", respondent_id=EERO), qs)
    earlier = collect_team([files["suunnittelu"], files["toteutus"], eero], qs, anonymize=True).team
    team_path = tmp_path / "team.yaml"
    team_mod.save_team(team_path, earlier, qs)

    result = collect_team([team_path, files["toteutus"], files["arviointi"]], qs)
    by_phase = {r.project.phase: r.respondent.id for r in result.team.responses if r.answers["q01"].level == 1}
    assert set(by_phase) == set(phases)
    assert len(set(by_phase.values())) == 1, f"Aino became several people: {by_phase}"
    assert result.summary.copies == 1


# --- which copy of one answers file is kept ------------------------------------------------------------------------


def test_a_hand_correction_in_the_team_file_wins_over_its_source_and_is_named(qs, tmp_path: Path) -> None:
    original = write_answers(tmp_path / "aino.yaml", make_answers(qs, {"q01": 2}), qs)
    team = collect_team([original], qs).team  # named: an anonymized team no longer names its files by hash
    team_path = tmp_path / "team.yaml"
    team_mod.save_team(team_path, team, qs)
    # the team's copy edited by hand: it still names the answers file by its hash, but says 4
    team_path.write_text(team_path.read_text(encoding="utf-8").replace("level: 2\n", "level: 4\n"), encoding="utf-8")

    for inputs in ([team_path, original], [original, team_path]):  # whichever is read first
        result = collect_team(inputs, qs)
        assert [r.answers["q01"].level for r in result.team.responses] == [4], "the later edit, the team file's"
        edited = [w for w in result.warnings if w.key == "safety.warn_team_copy_edited"]
        assert len(edited) == 1
        assert edited[0].params["original"] == str(original), "the warning names the answers file it differs from"
        assert edited[0].file == f"{team_path} ({original.name})", "and is about the team file's copy of it"
        assert str(original) in t("safety.warn_team_copy_edited", "en", **edited[0].params)
