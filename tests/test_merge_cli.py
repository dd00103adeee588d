"""`osallisuus merge` on the command line: output, summary, overwriting, options and their precedence."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from osallisuus_cli.cli.app import app
from osallisuus_cli.i18n import t
from osallisuus_cli.model import answers
from tests.conftest import HELSINKI, make_answers, read_team

AINO = "11111111-1111-4111-8111-111111111111"
EERO = "22222222-2222-4222-8222-222222222222"


@pytest.fixture
def folder(tmp_path: Path, qs) -> Path:
    answers_dir = tmp_path / "answers"
    answers_dir.mkdir()
    aino = make_answers(qs, {"q01": 3, "q02": "na", "q08": "dont_know"}, respondent_id=AINO, name="Aino")
    eero = make_answers(qs, {"q01": 1}, respondent_id=EERO, name="Eero", phase="arviointi", project="Kylätalo")
    answers.save_answers(answers_dir / "aino.yaml", aino, qs)
    answers.save_answers(answers_dir / "eero.yaml", eero, qs)
    return answers_dir


def test_merge_writes_the_team_file_and_summarises_on_stderr(runner, folder: Path, tmp_path: Path, qs) -> None:
    out = tmp_path / "team.yaml"
    result = runner.invoke(app, ["merge", str(folder), "-o", str(out), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert len(read_team(out, qs).responses) == 2
    summary = result.stderr
    assert "Responses: 2 · respondents: 2 · answer files: 2 · team files: 0" in summary
    assert "Projects: Kylätalo, Nuorten ääni" in summary
    assert "Phases: implementation, evaluation" in summary
    lines = summary.splitlines()
    header = next(line for line in lines if line.startswith("Section"))
    assert header.split() == ["Section", "rated", "N/A", "don't", "know", "unanswered"]
    area1 = next(line for line in lines if line.startswith("1 "))
    assert area1.split()[-4:] == ["2", "1", "0", "11"], "q01 twice, q02 N/A; 7 questions × 2 respondents"
    area2a = next(line for line in lines if line.startswith("2A "))
    assert area2a.split()[-4:] == ["0", "0", "1", "13"]
    assert lines[-1] == f"Team file: {out}"


def test_merge_prints_to_stdout_by_default(runner, folder: Path) -> None:
    result = runner.invoke(app, ["merge", str(folder)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("format: osallisuus/team/v1\n")
    assert "Tiimitiedosto: vakiotuloste" in result.stderr


def test_an_existing_output_is_kept_without_force(runner, folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "team.yaml"
    out.write_text("vanha\n")
    result = runner.invoke(app, ["merge", str(folder), "-o", str(out)])
    assert result.exit_code == 2
    assert "--force" in result.stderr
    assert out.read_text() == "vanha\n"
    result = runner.invoke(app, ["merge", str(folder), "-o", str(out), "--force"])
    assert result.exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("format: osallisuus/team/v1")


def test_on_duplicate_from_flag_or_environment(runner, folder: Path, tmp_path: Path, qs, monkeypatch) -> None:
    later = make_answers(qs, {"q01": 4}, respondent_id=AINO, when=answers.now().astimezone(HELSINKI))
    answers.save_answers(folder / "aino-2.yaml", later, qs)
    refused = runner.invoke(app, ["merge", str(folder), "-o", str(tmp_path / "t.yaml")])
    assert refused.exit_code == 1
    assert "aino-2.yaml" in refused.stderr
    assert "aino.yaml" in refused.stderr
    assert not (tmp_path / "t.yaml").exists()

    monkeypatch.setenv("OSALLISUUS_ON_DUPLICATE", "latest")
    result = runner.invoke(app, ["merge", str(folder), "-o", str(tmp_path / "t.yaml"), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "warning: " in result.stderr
    assert "kept the newest answers" in result.stderr
    assert "Duplicate responses: 1 respondent (kept the newest), left out: 1" in result.stderr
    assert [r.answers["q01"].level for r in read_team(tmp_path / "t.yaml", qs).responses] == [1, 4]

    result = runner.invoke(app, ["merge", str(folder), "--on-duplicate", "keep-both", "-o", str(tmp_path / "k.yaml")])
    assert result.exit_code == 0
    assert len(read_team(tmp_path / "k.yaml", qs).responses) == 3, "the flag wins over the environment"

    bad = runner.invoke(app, ["merge", str(folder), "--on-duplicate", "newest"])
    assert bad.exit_code == 2
    assert "valitse error, latest tai keep-both" in bad.stderr


def test_anonymize_flag(runner, folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "anon.yaml"
    result = runner.invoke(app, ["merge", str(folder), "--anonymize", "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "anonymized: true" in text
    assert "id: R1" in text
    assert "id: R2" in text
    assert "Aino" not in text
    assert AINO not in text
    assert "aino.yaml" not in text
    assert "Anonymisoitu" in result.stderr


def test_inside_a_project_folder_the_answers_folder_is_the_default(runner, folder: Path, tmp_path, monkeypatch):
    (tmp_path / "osallisuus.yaml").write_text("format: osallisuus/project/v1\nname: Nuorten ääni\nlang: en\n")
    below = tmp_path / "raportit"
    below.mkdir()
    monkeypatch.chdir(below)
    result = runner.invoke(app, ["merge", "-o", "team.yaml"])
    assert result.exit_code == 0, result.output
    assert "Responses: 2" in result.stderr, "the project's language, and its answers folder found from below"
    assert (below / "team.yaml").exists()


def test_without_inputs_or_project_it_says_what_to_give(runner, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["merge", "--lang", "en"])
    assert result.exit_code == 2
    assert "no files given — give answer files or folders" in result.stderr


def test_every_problem_of_every_file_is_listed_and_nothing_written(runner, folder: Path, tmp_path: Path) -> None:
    (folder / "rikki.yaml").write_text("format: osallisuus/answers/v1\nrespondent: [\n", encoding="utf-8")
    (folder / "tyhja.yaml").write_text("", encoding="utf-8")
    result = runner.invoke(app, ["merge", str(folder), "-o", str(tmp_path / "team.yaml"), "--lang", "en"])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2
    assert "rikki.yaml:3: the file's structure has an error on line 3" in lines[0]
    assert "tyhja.yaml: the file is empty" in lines[1]
    assert not (tmp_path / "team.yaml").exists()


def test_merge_again_with_a_new_answer_file(runner, folder: Path, tmp_path: Path, qs) -> None:
    first = tmp_path / "team.yaml"
    assert runner.invoke(app, ["merge", str(folder), "-o", str(first)]).exit_code == 0
    helmi = make_answers(qs, {"q24": 4}, respondent_id="helmi", name="Helmi", when=answers.now() + timedelta(1))
    answers.save_answers(tmp_path / "helmi.yaml", helmi, qs)
    result = runner.invoke(app, ["merge", str(first), str(tmp_path / "helmi.yaml"), "-o", str(tmp_path / "t2.yaml")])
    assert result.exit_code == 0, result.output
    assert "vastaustiedostoja: 1 · tiimitiedostoja: 1" in result.stderr
    files = [r.source.file for r in read_team(tmp_path / "t2.yaml", qs).responses]
    assert sorted(files) == ["aino.yaml", "eero.yaml", "helmi.yaml"]


def test_an_output_that_is_one_of_the_inputs_is_refused_under_any_name(runner, folder: Path, tmp_path: Path) -> None:
    from osallisuus_cli.i18n import t

    aino = folder / "aino.yaml"
    before = aino.read_bytes()
    link = tmp_path / "linkki.yaml"
    link.symlink_to(aino)
    for output in (aino, link):
        result = runner.invoke(app, ["export", str(folder), "-o", str(output), "--force", "--format", "csv"])
        assert result.exit_code == 2, result.output
        assert t("team.err_output_is_input", file=str(output)) in result.stderr
    assert aino.read_bytes() == before
    result = runner.invoke(app, ["export", str(folder), "-o", str(tmp_path / "uusi.csv"), "--format", "csv"])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_new_teams_empty_answers_folder_says_answer_first(runner, tmp_path: Path, monkeypatch, lang: str) -> None:
    """Right after init, the answers folder is empty: every command that reads it says to start by answering
    (osallisuus assess), not to check the folder; a folder holding other files still asks to check it."""
    monkeypatch.chdir(tmp_path)
    made = runner.invoke(app, ["init", "--no-input", "--name", "Kylätalo", "--lang", lang])
    assert made.exit_code == 0, made.output
    answer_first = t("team.err_no_answers_yet", lang)
    assert "osallisuus assess" in answer_first
    for command in (["validate"], ["merge", "-o", "tiimi.yaml"], ["report", "-o", "r.html"], ["export"]):
        result = runner.invoke(app, [*command, "--lang", lang])
        assert result.exit_code == 1, (command, result.output)
        assert f"answers: {answer_first}" in result.stderr, command
        assert t("team.err_no_yaml_in_folder", lang) not in result.stderr
        if command == ["validate"]:  # the folder is no file: none checked, one problem
            summary = t("team.validate_summary", lang, files=0, valid=0, invalid=0, problems=1)
            assert result.stderr.splitlines()[-1] == summary
    assert not (tmp_path / "tiimi.yaml").exists()
    assert not (tmp_path / "r.html").exists()
    (tmp_path / "answers" / "muistiinpanot.txt").write_text("x")
    result = runner.invoke(app, ["validate", "--lang", lang])
    assert f"answers: {t('team.err_no_yaml_in_folder', lang)}" in result.stderr
    assert answer_first not in result.stderr
