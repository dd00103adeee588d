"""`osallisuus validate`: every problem in every file, one line each, a summary, and JSON for machines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from osallisuus_cli.cli.app import app
from osallisuus_cli.model import answers
from osallisuus_cli.teamwork.filecheck import check_paths
from tests.conftest import make_answers


@pytest.fixture
def folder(tmp_path: Path, qs) -> Path:
    answers_dir = tmp_path / "answers"
    answers_dir.mkdir()
    answers.save_answers(answers_dir / "aino.yaml", make_answers(qs, {"q01": 3}, respondent_id="aino"), qs)
    answers.save_answers(answers_dir / "eero.yaml", make_answers(qs, {"q01": "na"}, respondent_id="eero"), qs)
    return answers_dir


def test_valid_files_pass_with_a_summary(runner, folder: Path) -> None:
    result = runner.invoke(app, ["validate", str(folder), "--lang", "en"])
    assert result.exit_code == 0, result.output
    unfinished = "1/24 questions answered — ask the respondent to continue if they stopped half-way"
    assert result.stderr.splitlines() == [
        "Respondents – Nuorten ääni: implementation 2 (2 in all)",
        f"warning: {folder / 'aino.yaml'}: {unfinished} (missing answers are not in the figures)",
        f"warning: {folder / 'eero.yaml'}: {unfinished} (missing answers are not in the figures)",
        "Data check: 2 warnings (see above) — they may change the report's figures",
        "Files checked: 2 · valid: 2 · invalid: 0 · problems: 0",
    ], "incomplete files are named by default (as warnings), not only with --require-complete"
    assert result.stdout == ""


def test_every_problem_in_every_file_then_a_summary(runner, folder: Path) -> None:
    text = (folder / "aino.yaml").read_text(encoding="utf-8")
    broken = text.replace("level: 3", "level: 9").replace("phase: toteutus", "phase: jatkuu")
    (folder / "b-rikki.yaml").write_text(broken, encoding="utf-8")
    (folder / "c-kieli.yaml").write_text(text.replace("language: fi", "language: de"), encoding="utf-8")
    result = runner.invoke(app, ["validate", str(folder), "--lang", "en"])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[:3] + lines[-1:] == [
        f"{folder / 'b-rikki.yaml'}:10: project.phase: value 'jatkuu' is not valid — allowed: 'suunnittelu', "
        "'toteutus', 'arviointi'",
        f"{folder / 'b-rikki.yaml'}:16: answers.q01.level: value 9 is not valid — allowed: 0, 1, 2, 3, 4, na, "
        "dont_know",
        f"{folder / 'c-kieli.yaml'}:11: language: value 'de' is not valid — allowed: 'fi', 'sv', 'en'",
        "Files checked: 4 · valid: 2 · invalid: 2 · problems: 3",
    ], "a wrong phase does not hide the level off the scale in the same file"


def test_a_level_off_the_scale_is_found_once_the_schema_is_right(runner, folder: Path) -> None:
    text = (folder / "aino.yaml").read_text(encoding="utf-8").replace("level: 3", "level: 9")
    (folder / "aino.yaml").write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["validate", str(folder / "aino.yaml"), "--lang", "en"])
    assert result.exit_code == 1
    assert ":16: answers.q01.level: value 9 is not valid — allowed: 0, 1, 2, 3, 4, na, dont_know" in result.stderr


def test_require_complete_lists_each_unanswered_question(runner, qs, tmp_path: Path) -> None:
    every = {q.id: 2 for q in qs.questions} | {"q05": "na", "q06": "dont_know"}
    answers.save_answers(tmp_path / "valmis.yaml", make_answers(qs, every), qs)
    nearly = {qid: level for qid, level in every.items() if qid not in ("q07", "q24")}
    answers.save_answers(tmp_path / "kesken.yaml", make_answers(qs, nearly, respondent_id="eero"), qs)
    plain = runner.invoke(app, ["validate", str(tmp_path)])
    assert plain.exit_code == 0, "unanswered questions are fine unless completeness is asked for"
    result = runner.invoke(app, ["validate", str(tmp_path), "--require-complete", "--lang", "en"])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    kesken = tmp_path / "kesken.yaml"
    assert lines[0].startswith(f"{kesken}:14: answers.q07: question 7 is unanswered")
    assert lines[1].startswith(f"{kesken}:14: answers.q24: question 24 is unanswered")
    assert lines[-1] == "Files checked: 2 · valid: 1 · invalid: 1 · problems: 2"


def test_json_findings_on_stdout_and_messages_on_stderr(runner, folder: Path) -> None:
    (folder / "tyhja.yaml").write_text("")
    result = runner.invoke(app, ["validate", str(folder), "--json", "--lang", "en"])
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert list(report) == ["valid", "summary", "files", "datacheck", "removed_leftovers"]
    assert report["valid"] is False
    assert report["summary"] == {"files": 3, "valid": 2, "invalid": 1, "problems": 1, "warnings": 2}
    assert [finding["code"] for finding in report["datacheck"]] == ["respondents", "incomplete", "incomplete"]
    empty = report["files"][2]
    assert empty["file"] == str(folder / "tyhja.yaml")
    assert empty["kind"] is None
    assert not empty["valid"]
    assert empty["problems"] == [
        {
            "file": str(folder / "tyhja.yaml"),
            "line": None,
            "path": None,
            "code": "common.empty_file",
            "message": "the file is empty — it should be an answer file or a team file",
        }
    ]
    assert report["files"][0]["kind"] == "answers"
    assert len(report["files"][0]["sha256"]) == 64
    assert "tyhja.yaml: the file is empty" in result.stderr


def test_team_and_project_files_are_checked_too(runner, folder: Path, tmp_path: Path, qs) -> None:
    assert runner.invoke(app, ["merge", str(folder), "-o", str(tmp_path / "team.yaml")]).exit_code == 0
    (tmp_path / "osallisuus.yaml").write_text("format: osallisuus/project/v1\nname: Nuorten ääni\n")
    reports = check_paths([tmp_path / "team.yaml", tmp_path / "osallisuus.yaml"], qs, require_complete=True)
    assert [(r.kind, r.responses) for r in reports] == [("team", 2), ("project", 0)]
    team_problems = reports[0].problems
    assert len(team_problems) == 46, "23 unanswered questions for each of the two respondents"
    assert team_problems[0].path == "responses[0].answers.q02"
    assert team_problems[0].render("en").endswith("respondent aino has not answered question 2")
    assert reports[1].valid


def test_validate_speaks_swedish(runner, folder: Path) -> None:
    (folder / "tyhja.yml").write_text("")
    result = runner.invoke(app, ["validate", str(folder), "--lang", "sv"])
    assert "filen är tom" in result.stderr
    assert result.stderr.splitlines()[-1] == "Kontrollerade filer: 3 · i ordning: 2 · felaktiga: 1 · problem: 1"


def test_a_team_file_lists_every_problem_in_every_response(runner, qs, tmp_path: Path) -> None:
    from tests.test_bad_inputs import CORPUS

    text = (CORPUS / "team-two-bad-responses.yaml").read_text(encoding="utf-8")
    text = text.replace(
        "      q02:\n        level: na", "      q02:\n        level: na\n      q77:\n        level: 2", 1
    )
    (tmp_path / "team.yaml").write_text(text.replace("phase: jatko", "phase: jatko\n      extra: 1"), "utf-8")
    result = runner.invoke(app, ["validate", str(tmp_path / "team.yaml"), "--lang", "en"])
    assert result.exit_code == 1
    paths = [line.split(": ")[1] for line in result.stderr.splitlines()[:-1]]
    assert paths == [
        "responses[0].answers.q01.level",
        "responses[0].answers.q77",
        "responses[1].project.phase",
        "responses[1].project.extra",
    ]


@pytest.fixture
def twice(folder: Path, qs) -> Path:
    """Aino's answers saved again from another machine: the same respondent, project and phase, other answers."""
    later = make_answers(qs, {"q01": 1, "q02": 2}, respondent_id="aino")
    later.updated = later.updated.replace(hour=15)
    answers.save_answers(folder / "aino (1).yaml", later, qs)
    return folder


def test_the_same_respondent_twice_fails_validation_as_it_would_fail_merge(runner, twice: Path) -> None:
    """CI validates first and builds the reports next: a duplicate must not pass the first and break the second."""
    result = runner.invoke(app, ["validate", str(twice), "--lang", "en"])
    assert result.exit_code == 1, result.output
    lines = result.stderr.splitlines()
    assert lines[0] == (
        f"{twice / 'aino (1).yaml'}: respondent.id: respondent aino answered 2 times for Nuorten ääni in the "
        f"implementation phase (also {twice / 'aino.yaml'}) — remove the extra file or use --on-duplicate latest or "
        "keep-both"
    )
    assert lines[-1] == "Files checked: 3 · valid: 2 · invalid: 1 · problems: 1"
    merged = runner.invoke(app, ["merge", str(twice), "--lang", "en"])
    assert merged.exit_code == 1
    assert lines[0] in merged.stderr, "the same words as merge"
    report = json.loads(runner.invoke(app, ["validate", str(twice), "--json"]).stdout)
    flagged = [f for f in report["files"] if f["problems"]]
    assert [f["file"] for f in flagged] == [str(twice / "aino (1).yaml")]
    assert flagged[0]["problems"][0]["code"] == "team.err_duplicate"


def test_the_duplicate_policy_of_merge_applies_to_validate(runner, twice: Path, monkeypatch) -> None:
    latest = runner.invoke(app, ["validate", str(twice), "--on-duplicate", "latest", "--lang", "en"])
    assert latest.exit_code == 0, latest.output
    assert "warning:" in latest.stderr
    assert "kept the newest answers" in latest.stderr
    assert latest.stderr.splitlines()[-1] == "Files checked: 3 · valid: 3 · invalid: 0 · problems: 0"
    monkeypatch.setenv("OSALLISUUS_ON_DUPLICATE", "keep-both")
    assert runner.invoke(app, ["validate", str(twice)]).exit_code == 0
    assert runner.invoke(app, ["validate", str(twice), "--on-duplicate", "typo"]).exit_code == 2


def test_the_same_person_in_another_phase_or_a_copy_of_a_file_is_no_duplicate(runner, folder: Path, qs) -> None:
    planning = make_answers(qs, {"q01": 1}, respondent_id="aino", phase="suunnittelu")
    answers.save_answers(folder / "aino-suunnittelu.yaml", planning, qs)
    (folder / "kopio.yaml").write_bytes((folder / "aino.yaml").read_bytes())
    result = runner.invoke(app, ["validate", str(folder)])
    assert result.exit_code == 0, result.output


def test_a_broken_file_does_not_stop_the_duplicate_check_of_the_others(runner, twice: Path) -> None:
    (twice / "rikki.yaml").write_text("format: osallisuus/answers/v1\nanswers: [\n", encoding="utf-8")
    result = runner.invoke(app, ["validate", str(twice), "--lang", "en"])
    assert result.exit_code == 1
    assert "answered 2 times" in result.stderr
    assert "rikki.yaml" in result.stderr
    assert result.stderr.splitlines()[-1] == "Files checked: 4 · valid: 2 · invalid: 2 · problems: 2"


@pytest.mark.parametrize(
    ("broken", "path"),
    [
        ("responses: 1.5\n", "responses"),
        ("responses:\n  - source: {file: a.yaml, sha256: []}\n", "responses[0]"),
    ],
)
def test_a_team_file_of_the_wrong_shape_is_one_clear_problem(runner, tmp_path: Path, broken: str, path: str) -> None:
    team = tmp_path / "team.yaml"
    team.write_text(
        "format: osallisuus/team/v1\nframework: {id: thl-osallisuus-24, version: '1.0'}\n" + broken, "utf-8"
    )
    result = runner.invoke(app, ["validate", str(team), "--lang", "en"])
    assert result.exit_code == 1
    assert "unexpected error" not in result.stderr
    assert f": {path}" in result.stderr
