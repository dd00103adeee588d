"""Where settings come from, tested in combination: flag > OSALLISUUS_* environment > project file > default.

Each test sets more than one tier, so a tier that is skipped, or one that wins when it should lose, fails here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from osallisuus_cli.cli.app import app
from osallisuus_cli.i18n import t
from tests.conftest import REPO, make_answers, write_answers

BUILTIN = REPO / "questions" / "thl-osallisuus-24.yaml"
# the first words of the set's title in each language: which language a command spoke
TITLE = {"fi": "Edistääkö toiminta", "sv": "Främjar verksamheten", "en": "Does the activity"}


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def project(tmp_path: Path, **keys: str) -> None:
    lines = ["format: osallisuus/project/v1", "name: Nuorten ääni", *(f"{key}: {value}" for key, value in keys.items())]
    (tmp_path / "osallisuus.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


# --- the language: flag > OSALLISUUS_LANG > (answers file) > project file > locale > Finnish ---------------------
# Every source alone and in conflict: tests/test_language_choice.py. Here: values that are no language, a broken
# project file, and the answers file being continued.


def test_an_unknown_environment_language_is_named_once_in_the_language_used(runner, tmp_path) -> None:
    project(tmp_path, lang="sv")
    result = runner.invoke(app, ["questions", "list"], env={"OSALLISUUS_LANG": "de"})
    assert result.exit_code == 0, result.output
    warning = t("common.warning_prefix", "sv") + ": " + t("common.bad_language_env", "sv", value="de", lang="sv")
    assert result.stderr.splitlines()[0] == warning


def test_an_unknown_flag_is_bad_usage_even_with_a_good_environment_and_project(runner, tmp_path) -> None:
    project(tmp_path, lang="sv")
    result = runner.invoke(app, ["questions", "list", "--lang", "de"], env={"OSALLISUUS_LANG": "en"})
    assert result.exit_code == 2
    assert result.stderr == "error: " + t("common.bad_language", "en", value="de") + "\n"


@pytest.mark.parametrize(
    ("args", "env", "expected"),
    [
        (["--lang", "en"], {"OSALLISUUS_LANG": "sv"}, "en"),  # the flag, though the environment says otherwise
        ([], {"OSALLISUUS_LANG": "sv"}, "sv"),  # the environment
        ([], {"LANG": "en_GB.UTF-8"}, "en"),  # the locale
    ],
)
def test_a_broken_project_file_is_reported_in_the_language_asked_for(runner, tmp_path, args, env, expected) -> None:
    (tmp_path / "osallisuus.yaml").write_text("format: osallisuus/project/v1\nname: [x\n", encoding="utf-8")
    result = runner.invoke(app, ["questions", "list", *args], env=env)
    assert result.exit_code == 1
    assert result.stderr.startswith(t("common.error_prefix", expected) + ": "), result.stderr
    assert "osallisuus.yaml:3: " in result.stderr


def test_help_works_beside_a_broken_project_file(runner, tmp_path) -> None:
    (tmp_path / "osallisuus.yaml").write_text("format: osallisuus/project/v1\nname: [x\n", encoding="utf-8")
    result = runner.invoke(app, ["merge", "--help"])
    assert result.exit_code == 0, result.output
    assert "--on-duplicate" in result.stdout


def test_the_answers_file_being_continued_goes_between_the_environment_and_the_project(runner, qs, tmp_path) -> None:
    project(tmp_path, lang="sv")
    write_answers(tmp_path / "a.yaml", make_answers(qs, {"q01": 2}, language="en"), qs)
    stop = ""  # end of input at the first question: stops like Ctrl-C, after the resuming line

    def resumed_in(**env: str) -> str:
        result = runner.invoke(app, ["assess", "--plain", "-s", "R", "-o", "a.yaml"], input=stop, env=env)
        assert result.exit_code == 130, result.output
        said = {"file": "a.yaml", "project": "Nuorten ääni", "answered": 0, "total": 1}  # section R
        return next(lang for lang in TITLE if t("assess.resuming", lang, **said) in result.stdout)

    assert resumed_in() == "en", "the file's language over the project file's"
    assert resumed_in(OSALLISUUS_LANG="fi") == "fi", "the environment over the file's language"


# --- the question set: --framework > OSALLISUUS_FRAMEWORK > project file > built-in ------------------------------


def question_set(path: Path, set_id: str) -> Path:
    path.write_text(BUILTIN.read_text(encoding="utf-8").replace("id: thl-osallisuus-24", f"id: {set_id}", 1), "utf-8")
    return path


@pytest.mark.parametrize(
    ("flag", "env", "in_project", "expected"),
    [
        (None, None, None, "thl-osallisuus-24"),
        (None, None, "project.yaml", "project-set"),
        (None, "env.yaml", "project.yaml", "env-set"),
        ("flag.yaml", "env.yaml", "project.yaml", "flag-set"),
        ("flag.yaml", None, "project.yaml", "flag-set"),
    ],
)
def test_the_question_set_tiers_in_combination(runner, tmp_path, flag, env, in_project, expected) -> None:
    for name in ("flag", "env", "project"):
        question_set(tmp_path / f"{name}.yaml", f"{name}-set")
    below = tmp_path / "raportit"
    below.mkdir()
    if in_project:
        project(tmp_path, framework=in_project)  # relative to the project file, wherever the command runs
    args = ["--framework", str(tmp_path / flag)] if flag else []
    environ = {"OSALLISUUS_FRAMEWORK": str(tmp_path / env)} if env else {}
    result = runner.invoke(app, ["questions", "list", "--json", *args], env=environ, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["id"] == expected


def test_the_hint_repeats_only_what_was_typed(runner, tmp_path) -> None:
    project(tmp_path, framework=str(question_set(tmp_path / "oma.yaml", "oma")), lang="en")
    result = runner.invoke(app, ["questions", "list"])
    assert result.exit_code == 0, result.output
    assert result.stderr.strip() == t("questions.show_hint", "en", command="osallisuus questions show 1")


# --- merge options: flag > environment > default (the project file has no such keys) -------------------------------


@pytest.fixture
def twice(qs, tmp_path: Path) -> Path:
    """Aino's answers twice for one phase: a duplicate."""
    folder = tmp_path / "answers"
    for name, when in (("a", "2026-11-02T10:00:00+02:00"), ("b", "2026-11-03T10:00:00+02:00")):
        from datetime import datetime

        write_answers(folder / f"{name}.yaml", make_answers(qs, {"q01": 2}, when=datetime.fromisoformat(when)), qs)
    return folder


@pytest.mark.parametrize(
    ("args", "env", "exit_code"),
    [
        ([], {"OSALLISUUS_ON_DUPLICATE": "latest"}, 0),
        (["--on-duplicate", "error"], {"OSALLISUUS_ON_DUPLICATE": "latest"}, 1),  # the flag over the environment
        (["--on-duplicate", "latest"], {"OSALLISUUS_ON_DUPLICATE": "error"}, 0),
        ([], {}, 1),  # the default: an error
    ],
)
def test_on_duplicate_flag_over_environment(runner, twice, args, env, exit_code) -> None:
    result = runner.invoke(app, ["merge", str(twice), *args], env=env)
    assert result.exit_code == exit_code, result.output


@pytest.mark.parametrize(
    ("args", "env", "anonymized"),
    [
        ([], {"OSALLISUUS_ANONYMIZE": "1"}, True),
        (["--no-anonymize"], {"OSALLISUUS_ANONYMIZE": "1"}, False),  # the flag over the environment
        (["--anonymize"], {"OSALLISUUS_ANONYMIZE": "0"}, True),
        ([], {"OSALLISUUS_ANONYMIZE": "0"}, False),  # 0 switches it off
        ([], {"OSALLISUUS_ANONYMIZE": "ei"}, False),
        ([], {}, False),
    ],
)
def test_anonymize_flag_over_environment(runner, qs, tmp_path, args, env, anonymized) -> None:
    write_answers(tmp_path / "answers" / "aino.yaml", make_answers(qs, {"q01": 2}), qs)
    result = runner.invoke(app, ["merge", "answers", "-o", "team.yaml", *args], env=env)
    assert result.exit_code == 0, result.output
    header = f"anonymized: {'true' if anonymized else 'false'}\n"
    assert header in (tmp_path / "team.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("env", "plain"),
    [
        ({"OSALLISUUS_PLAIN": "1"}, True),
        ({"ACCESSIBLE": "1"}, True),
        ({"OSALLISUUS_PLAIN": "0"}, False),  # 0 switches plain mode off…
        ({"OSALLISUUS_PLAIN": "0", "ACCESSIBLE": "1"}, False),  # …even where ACCESSIBLE would switch it on
        ({"OSALLISUUS_PLAIN": "false"}, False),
        ({}, False),
    ],
)
def test_plain_mode_from_the_environment_switches_both_ways(runner, env, plain) -> None:
    result = runner.invoke(app, ["assess", "-s", "R", "-o", "a.yaml"], input="", env=env)
    # without a terminal, menus cannot run (exit 2, nothing written); plain mode reads lines and stops at end of input
    assert result.exit_code == (130 if plain else 2), result.output


# --- a project file named with --project-file is the project file, for every setting in it ------------------------


@pytest.mark.parametrize(("env", "expected"), [(None, "sv"), ("en", "en")])
def test_import_takes_the_language_of_the_project_file_it_is_given(runner, qs, tmp_path, env, expected) -> None:
    """``import --project-file other/osallisuus.yaml``: that file's lang, not the one here, and the environment over
    it, as for the project file found by itself."""
    from tests.forms import forms_rows, write_xlsx

    project(tmp_path, lang="fi")  # the project file here, which the one given replaces
    other = tmp_path / "other"
    other.mkdir()
    (other / "osallisuus.yaml").write_text("format: osallisuus/project/v1\nname: Kylä\nlang: sv\n", encoding="utf-8")
    source = write_xlsx(tmp_path / "forms.xlsx", *forms_rows(qs, rows=2))
    args = ["import", str(source), "--project-file", str(other / "osallisuus.yaml"), "-o", str(tmp_path / "answers")]
    result = runner.invoke(app, args, env={"OSALLISUUS_LANG": env} if env else {})
    assert result.exit_code == 0, result.output
    assert t("importing.names_left_out", expected) in result.stderr
    assert sorted((tmp_path / "answers").glob("*.yaml")), "the import wrote its files"


def test_a_project_file_that_is_not_there_is_named(runner, tmp_path) -> None:
    missing = tmp_path / "nowhere" / "osallisuus.yaml"
    result = runner.invoke(app, ["import", "x.xlsx", "--project-file", str(missing)])
    assert result.exit_code == 2
    assert t("common.file_not_found", file=str(missing)) in result.stderr


# --- workshop: its phase and small-group rule come from the project file as a report's do -------------------------


@pytest.mark.slow
@pytest.mark.parametrize(("args", "expected"), [([], 5), (["--min-group", "2"], 2)])
def test_a_new_workshop_takes_its_phase_and_min_group_from_the_project_file(tmp_path, args, expected) -> None:
    from tests.workshops import Running

    project(tmp_path, phase="arviointi", min_group="5")
    server = Running(tmp_path, "-o", "paja.yaml", "--section", "1", *args)
    try:
        data = server.data
    finally:
        server.stop()
    assert (data["project"]["name"], data["project"]["phase"], data["min_group"]) == (
        "Nuorten ääni",
        "arviointi",
        expected,
    )


def test_resuming_a_workshop_is_no_mistake_where_the_project_file_or_environment_sets_its_options(
    runner, tmp_path
) -> None:
    """A saved session keeps its own phase and rule; only options typed with --resume are refused."""
    project(tmp_path, phase="arviointi", min_group="5")
    env = {"OSALLISUUS_MIN_GROUP": "4", "OSALLISUUS_LANG": "en"}
    result = runner.invoke(app, ["workshop", "--resume", "nowhere.yaml"], env=env)
    assert "--phase" not in result.stderr
    assert "--min-group" not in result.stderr
    assert "nowhere.yaml" in result.stderr
    typed = runner.invoke(app, ["workshop", "--resume", "nowhere.yaml", "--min-group", "3"], env=env)
    assert typed.exit_code == 2
    assert t("workshop.err_resume_with", "en", option="--min-group") in typed.stderr
