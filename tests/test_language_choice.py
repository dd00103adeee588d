"""Which language the tool speaks: one rule (``i18n.resolve_language``) — flag > OSALLISUUS_LANG > project file >
system locale > Finnish, the precedence of every setting — and the same answer wherever it is asked: by a library
caller, by a command once its options are read, by a help screen before anything is parsed.

The table gives each source alone and every pair and triple of them in conflict, with the languages in every order.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from typer.testing import CliRunner

from osallisuus_cli.cli.app import app
from osallisuus_cli.i18n import LANGUAGES, resolve_language, t
from osallisuus_cli.model.projectpath import load_settings
from tests.conftest import REPO

# The sources, highest first; a language given by none of them is Finnish.
SOURCES = ("flag", "env", "project", "locale")
LOCALES = {"fi": "fi_FI.UTF-8", "sv": "sv_FI.UTF-8", "en": "en_GB.UTF-8"}
# the first words of the question set's title in each language: which language `questions list` spoke
TITLE = {"fi": "Edistääkö toiminta", "sv": "Främjar verksamheten", "en": "Does the activity"}


def _table() -> list[object]:
    rows: list[object] = [pytest.param({}, "fi", id="none-fi")]
    for count in (1, 2, 3):
        for sources in itertools.combinations(SOURCES, count):  # in SOURCES' order: the first one wins
            for langs in itertools.permutations(LANGUAGES, count):
                given = dict(zip(sources, langs, strict=True))
                name = ",".join(f"{source}={lang}" for source, lang in given.items())
                rows.append(pytest.param(given, langs[0], id=f"{name}-{langs[0]}"))
    return rows


TABLE = _table()


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write_project(folder: Path, lang: str | None, name: str = "Nuorten ääni") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "osallisuus.yaml"
    lines = ["format: osallisuus/project/v1", f"name: {name}", *([f"lang: {lang}"] if lang else [])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def arrange(folder: Path, given: dict[str, str]) -> tuple[list[str], dict[str, str]]:
    """The project file written, and the arguments and environment that give the rest of ``given``."""
    if "project" in given:
        write_project(folder, given["project"])
    env = {}
    if "env" in given:
        env["OSALLISUUS_LANG"] = given["env"]
    if "locale" in given:
        env["LANG"] = LOCALES[given["locale"]]
    return (["--lang", given["flag"]] if "flag" in given else []), env


@pytest.mark.parametrize(("given", "expected"), TABLE)
def test_the_rule_itself(given: dict[str, str], expected: str) -> None:
    """As a library caller asks it: what she knows, and the environment."""
    environ = {"OSALLISUUS_LANG": given.get("env"), "LANG": LOCALES.get(given.get("locale", ""))}
    known = {key: value for key, value in environ.items() if value}
    assert resolve_language(given.get("flag"), project=given.get("project"), environ=known) == expected


@pytest.mark.parametrize(("given", "expected"), TABLE)
def test_a_command_speaks_by_the_rule(runner: CliRunner, here: Path, given: dict[str, str], expected: str) -> None:
    args, env = arrange(here, given)
    result = runner.invoke(app, ["questions", "list", *args], env=env)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(TITLE[expected]), result.stdout[:60]


@pytest.mark.parametrize(("given", "expected"), TABLE)
def test_help_speaks_by_the_rule(runner: CliRunner, here: Path, given: dict[str, str], expected: str) -> None:
    """Help is made before the command line is parsed: the same rule, given what the arguments and files say."""
    args, env = arrange(here, given)
    result = runner.invoke(app, ["report", "--help", *args], env=env)
    assert result.exit_code == 0, result.output
    flowing = " ".join(result.stdout.split())
    assert flowing.startswith(t("help.usage", expected) + " ")
    assert t("help.report", expected) in flowing


@pytest.mark.parametrize(
    "tiers",
    [tiers for count in (1, 2, 3) for tiers in itertools.combinations(("flag", "env", "project"), count)],
    ids="+".join,
)
def test_the_language_and_every_other_setting_take_the_same_tier(runner: CliRunner, here: Path, tiers) -> None:
    """The rule of the language is Click's rule for every other option (here the question set: --framework,
    OSALLISUUS_FRAMEWORK, the project file's framework): given the same tiers, both come from the same one."""
    import json

    builtin = (REPO / "questions" / "thl-osallisuus-24.yaml").read_text(encoding="utf-8")
    language = dict(zip(("flag", "env", "project"), ("sv", "en", "fi"), strict=True))
    for tier in tiers:
        (here / f"{tier}.yaml").write_text(builtin.replace("id: thl-osallisuus-24", f"id: {tier}", 1), encoding="utf-8")
    if "project" in tiers:
        project_file = "format: osallisuus/project/v1\nname: X\nframework: project.yaml\nlang: fi\n"
        (here / "osallisuus.yaml").write_text(project_file, encoding="utf-8")
    args = ["--framework", "flag.yaml", "--lang", "sv"] if "flag" in tiers else []
    env = {"OSALLISUUS_FRAMEWORK": "env.yaml", "OSALLISUUS_LANG": "en"} if "env" in tiers else {}
    unused = [lang for lang in LANGUAGES if lang not in {language[tier] for tier in tiers}]
    if unused:  # a language no tier gives is what a skipped tier would give (not Finnish, which one tier gives)
        env["LANG"] = LOCALES[unused[0]]
    result = runner.invoke(app, ["questions", "list", "--json", *args], env=env)
    assert result.exit_code == 0, result.output
    shown = json.loads(result.stdout)
    assert shown["language"] == language[shown["id"]]


def test_values_that_are_no_language_are_passed_over() -> None:
    environ = {"OSALLISUUS_LANG": "de", "LANG": "en_US.UTF-8"}
    assert resolve_language("xx", recorded="no", project="de", environ=environ) == "en"
    assert resolve_language(" SV ", environ={}) == "sv"
    assert resolve_language(None, environ={"LANG": "de_DE.UTF-8"}) == "fi"


def test_the_answers_file_being_continued_goes_between_the_environment_and_the_project_file() -> None:
    assert resolve_language(recorded="sv", project="en", environ={"LANG": "en_GB.UTF-8"}) == "sv"
    assert resolve_language(recorded="sv", project="fi", environ={"OSALLISUUS_LANG": "en"}) == "en"
    assert resolve_language("fi", recorded="sv", environ={"OSALLISUUS_LANG": "en"}) == "fi"


def test_a_library_caller_gets_the_language_a_command_would_speak(runner: CliRunner, here: Path, monkeypatch) -> None:
    write_project(here, "sv")
    monkeypatch.setenv("LANG", LOCALES["en"])
    assert resolve_language(project=load_settings().get("lang")) == "sv"
    assert runner.invoke(app, ["questions", "list"]).stdout.startswith(TITLE["sv"])
    monkeypatch.setenv("OSALLISUUS_LANG", "en")
    assert resolve_language(project=load_settings().get("lang")) == "en"


@pytest.mark.parametrize(
    "text",
    [
        "format: osallisuus/project/v1\nname: X\nlang: en\n",
        "format: osallisuus/project/v1\nname: X\nlang: 'en'\n",
        'format: osallisuus/project/v1\nname: X\nlang: "en"\n',
        "format: osallisuus/project/v1\nname: X\nlang:   en   # the team's language\n",
        "format: osallisuus/project/v1\r\nname: X\r\nlang: en\r\n",  # saved on Windows
        "\ufefflang: en\nformat: osallisuus/project/v1\nname: X\n",  # with a byte-order mark, lang first
    ],
)
def test_help_and_the_command_read_the_project_files_language_alike(runner: CliRunner, here: Path, text: str) -> None:
    """Help reads ``lang:`` as a line of text (no YAML parser at start-up); the command reads the YAML."""
    (here / "osallisuus.yaml").write_bytes(text.encode("utf-8"))
    assert runner.invoke(app, ["questions", "list"]).stdout.startswith(TITLE["en"])
    assert t("help.report", "en") in " ".join(runner.invoke(app, ["report", "--help"]).stdout.split())


@pytest.mark.parametrize("args", [["-l", "en"], ["-len"], ["--lang=en"], ["--lang", "EN"]])
def test_every_spelling_of_the_flag_is_read_before_parsing_too(runner: CliRunner, args: list[str]) -> None:
    assert t("help.report", "en") in " ".join(runner.invoke(app, ["report", "--help", *args]).stdout.split())
    assert runner.invoke(app, ["questions", "list", *args]).stdout.startswith(TITLE["en"])


def test_a_lang_after_the_end_of_options_is_no_flag(runner: CliRunner, here: Path) -> None:
    """``--`` ends the options: what follows is a file name, before parsing as after it."""
    result = runner.invoke(app, ["validate", "--", "--lang", "en"], env={"OSALLISUUS_LANG": "sv"})
    assert result.exit_code == 1
    assert "en: " + t("common.file_not_found", "sv") in result.stderr.splitlines()
    mistake = runner.invoke(app, ["report", "--bogus", "--", "--lang", "en"], env={"OSALLISUUS_LANG": "sv"})
    assert mistake.stderr.startswith(
        t("common.error_prefix", "sv") + ": " + t("help.err_no_such_option", "sv", option="--bogus")
    )


# --- a project file named with --project-file (import) is the run's project file, its lang: included ------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_import_speaks_the_language_of_the_project_file_it_is_given(runner: CliRunner, here: Path, lang: str) -> None:
    """The case that was a bug: the folder's project file says one language, the file given another."""
    write_project(here, next(other for other in LANGUAGES if other != lang))
    given = write_project(here / "other", lang, name="Kylä")
    result = runner.invoke(app, ["import", "nothere.xlsx", "--project-file", str(given)])
    assert result.exit_code == 2
    assert result.stderr.startswith(t("common.error_prefix", lang) + ": nothere.xlsx: "), result.stderr
    help_screen = runner.invoke(app, ["import", "--project-file", str(given), "--help"])
    assert t("help.import", lang) in " ".join(help_screen.stdout.split())
    mistake = runner.invoke(app, ["import", "--bogus", "--project-file", str(given)])
    assert mistake.stderr.splitlines()[0] == t("common.error_prefix", lang) + ": " + t(
        "help.err_no_such_option", lang, option="--bogus"
    )


def test_the_environment_goes_before_the_project_file_given(runner: CliRunner, here: Path) -> None:
    given = write_project(here / "other", "sv")
    result = runner.invoke(app, ["import", "nothere.xlsx", "--project-file", str(given)], env={"OSALLISUUS_LANG": "en"})
    assert result.stderr.startswith(t("common.error_prefix", "en") + ": ")
    result = runner.invoke(app, ["import", "nothere.xlsx", "--project-file", str(given), "--lang", "fi"])
    assert result.stderr.startswith(t("common.error_prefix", "fi") + ": ")


# --- init writes the project file and takes nothing from one: not its language either ------------------------------


@pytest.mark.parametrize(("env", "expected"), [({}, "fi"), ({"OSALLISUUS_LANG": "en"}, "en")])
def test_init_beside_a_project_file_speaks_as_its_help_does(runner: CliRunner, here: Path, env, expected) -> None:
    write_project(here, "sv")
    help_screen = runner.invoke(app, ["init", "--help"], env=env)
    assert t("help.init", expected) in " ".join(help_screen.stdout.split())
    mistake = runner.invoke(app, ["init", "--bogus"], env=env)
    assert mistake.stderr.startswith(t("common.error_prefix", expected) + ": ")
    done = runner.invoke(app, ["init", "uusi", "--no-input", "--name", "X"], env=env)
    assert done.exit_code == 0, done.output
    said = t("team.init_done", expected, file=str(Path("uusi") / "osallisuus.yaml"), folder="uusi/answers/")
    assert done.stderr.splitlines()[0] == said


def test_a_project_file_given_that_is_a_pipe_is_not_waited_for(runner: CliRunner, here: Path) -> None:
    """The language is looked for before parsing: a pipe named with --project-file is not opened (it would wait for a
    writer for ever); the command then says it is no file."""
    import os

    os.mkfifo(here / "osallisuus.yaml")
    result = runner.invoke(
        app, ["import", "x.xlsx", "--project-file", "osallisuus.yaml"], env={"OSALLISUUS_LANG": "en"}
    )
    assert result.exit_code == 2
    assert t("common.file_not_found", "en", file="osallisuus.yaml") in result.stderr
    assert runner.invoke(app, ["import", "--help", "--project-file", "osallisuus.yaml"]).exit_code == 0
