"""`osallisuus init`: the project file and answers folder, and the defaults commands take from them."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from osallisuus_cli.cli.app import app
from osallisuus_cli.cli.settings import load_settings
from osallisuus_cli.i18n import t
from osallisuus_cli.model import answers
from osallisuus_cli.model.project import load_project_file
from osallisuus_cli.questionsets.reading import builtin_path
from osallisuus_cli.teamwork.initproject import InitValues, ask_missing
from tests.conftest import make_answers

OPTIONS = ["--name", "Nuorten ääni", "--code", "S30123", "--organisation", "Jyväskylän kaupunki", "--phase", "toteutus"]


def test_no_input_writes_the_project_file_and_the_answers_folder(runner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["init", str(tmp_path / "tiimi"), "--no-input", *OPTIONS, "--lang", "sv"])
    assert result.exit_code == 0, result.output
    project = tmp_path / "tiimi" / "osallisuus.yaml"
    assert (tmp_path / "tiimi" / "answers").is_dir()
    text = project.read_text(encoding="utf-8")
    assert text.startswith(f"# {t('team.project_file_header', 'sv').splitlines()[0]}\n"), (
        "the comments in the project's language"
    )
    assert "name: Nuorten ääni\ncode: S30123\norganisation: Jyväskylän kaupunki\nphase: toteutus\nlang: sv\n" in text
    assert load_project_file(project) == {
        "format": "osallisuus/project/v1",
        "name": "Nuorten ääni",
        "code": "S30123",
        "organisation": "Jyväskylän kaupunki",
        "phase": "toteutus",
        "lang": "sv",
        "answers_dir": "answers",
    }
    done = t("team.init_done", "sv", file=str(project), folder=str(tmp_path / "tiimi" / "answers") + "/")
    assert done in result.stderr
    assert "osallisuus assess" in result.stderr


def test_the_next_steps_say_to_go_into_a_project_folder_made_elsewhere(runner, tmp_path: Path, monkeypatch) -> None:
    """Commands find the project file from its folder or below: run from outside, they would not."""
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["init", "Nuorten ääni", "--no-input", "--name", "Nuorten ääni", "--lang", "en"])
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    assert lines[0] == t("team.init_done", "en", file="Nuorten ääni/osallisuus.yaml", folder="Nuorten ääni/answers/")
    assert lines[1] == t("team.init_next_cd", "en", folder="'Nuorten ääni'")
    assert lines[2] == t("team.init_next", "en", folder="answers/")
    here = runner.invoke(app, ["init", "--no-input", "--name", "Toinen", "--lang", "en"], catch_exceptions=False)
    assert here.exit_code == 0
    assert "cd " not in here.stderr
    assert "answers are saved in answers/" in here.stderr


def test_an_existing_project_file_is_kept_without_force(runner, tmp_path: Path) -> None:
    (tmp_path / "osallisuus.yaml").write_text("format: osallisuus/project/v1\nname: Vanha\n")
    result = runner.invoke(app, ["init", str(tmp_path), "--no-input", *OPTIONS])
    assert result.exit_code == 2
    assert "--force" in result.stderr
    assert "Vanha" in (tmp_path / "osallisuus.yaml").read_text()
    result = runner.invoke(app, ["init", str(tmp_path), "--no-input", *OPTIONS, "--force"])
    assert result.exit_code == 0
    assert "Nuorten ääni" in (tmp_path / "osallisuus.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize("given", ["toteutus", "genomförande", "Implementation", "2", " TOTEUTUS "])
def test_the_phase_is_understood_as_assess_offers_it(runner, tmp_path: Path, given: str) -> None:
    """assess offers the phases by number and by name in the user's language; init takes the same answers."""
    result = runner.invoke(app, ["init", str(tmp_path), "--no-input", "--name", "X", "--phase", given])
    assert result.exit_code == 0, result.output
    assert load_project_file(tmp_path / "osallisuus.yaml")["phase"] == "toteutus"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--no-input"], "pass --name NAME"),
        ([], "pass --name NAME"),  # no terminal: nothing is asked
        (["--no-input", "--name", "X", "--phase", "valmis"], "--phase valmis: unknown phase — give one of: 1 planning"),
        (["--no-input", "--name", "X", "--answers-dir", "../muualla"], "points outside the folder"),
        (["--no-input", "--name", "X", "--framework", "puuttuu.yaml"], "puuttuu.yaml"),
        (["--no-input", "--name", "x" * 301], "name: the value is too long (at most 300 characters)"),
    ],
)
def test_what_init_refuses(runner, tmp_path: Path, args: list[str], message: str) -> None:
    result = runner.invoke(app, ["init", str(tmp_path / "t"), "--lang", "en", *args])
    assert result.exit_code in (1, 2)
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "t" / "osallisuus.yaml").exists()


@pytest.mark.parametrize("blocked", ["t", "t/answers"])
def test_a_file_where_a_folder_should_be_is_one_clear_line(runner, tmp_path: Path, blocked: str) -> None:
    (tmp_path / blocked).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / blocked).write_text("muistiinpanoja\n", encoding="utf-8")
    result = runner.invoke(app, ["init", str(tmp_path / "t"), "--no-input", "--name", "X", "--lang", "en"])
    assert result.exit_code == 2, result.output
    assert result.stderr == f"error: {tmp_path / blocked}: this is a file, not a folder — choose another name\n"
    assert (tmp_path / blocked).read_text(encoding="utf-8") == "muistiinpanoja\n"
    assert not (tmp_path / "t" / "osallisuus.yaml").exists()


def test_a_framework_is_stored_relative_to_the_project(runner, tmp_path: Path) -> None:
    own = tmp_path / "sarjat" / "oma.yaml"
    own.parent.mkdir()
    own.write_bytes(builtin_path().read_bytes())
    result = runner.invoke(app, ["init", str(tmp_path / "tiimi"), "--no-input", "--name", "X", "--framework", str(own)])
    assert result.exit_code == 0, result.output
    assert "framework: ../sarjat/oma.yaml" in (tmp_path / "tiimi" / "osallisuus.yaml").read_text()
    assert load_project_file(tmp_path / "tiimi" / "osallisuus.yaml")["framework"] == str(own.resolve())


def test_questions_for_what_the_options_left_out() -> None:
    replies = iter(["", "  ", "Kylätalo", "S1", "Pohjois-Savo", "valmis", "arviointi", "en"])
    asked: list[str] = []
    hints: list[str] = []

    def prompt(text: str, **kwargs: object) -> str:
        asked.append(text)
        return next(replies)

    values = ask_missing(InitValues(organisation="Kyläyhdistys"), prompt, hints.append)
    assert values == InitValues(
        name="Kylätalo",
        code="S1",
        organisation="Kyläyhdistys",
        region="Pohjois-Savo",
        phase="arviointi",
        lang="en",
    )
    assert asked[0] == asked[1] == asked[2] == t("team.init_ask_name", "fi"), "the name is asked until given"
    assert t("team.init_ask_organisation", "fi") not in asked, "what the options gave is not asked"
    choices = ", ".join(f"{n} {t(f'team.phase.{phase}', 'fi')}" for n, phase in enumerate(answers.PHASES, 1))
    assert hints == [t("team.init_bad_choice", "fi", value="valmis", allowed=choices)]


def test_commands_below_the_project_take_its_defaults(runner, tmp_path: Path, qs, monkeypatch) -> None:
    assert runner.invoke(app, ["init", str(tmp_path), "--no-input", *OPTIONS, "--lang", "en"]).exit_code == 0
    answers.save_answers(tmp_path / "answers" / "aino.yaml", make_answers(qs, {"q01": 2}), qs)
    below = tmp_path / "raportit" / "2026"
    below.mkdir(parents=True)
    monkeypatch.chdir(below)
    settings = load_settings()
    assert settings.project_file == tmp_path / "osallisuus.yaml"
    assert settings.get("phase") == "toteutus"
    result = runner.invoke(app, ["validate"])
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    assert lines[-1] == "Files checked: 1 · valid: 1 · invalid: 0 · problems: 0", "the project's language"
    monkeypatch.setenv("OSALLISUUS_LANG", "fi")
    assert runner.invoke(app, ["validate"]).stderr.splitlines()[-1].startswith("Tarkistettuja tiedostoja: 1")


@pytest.mark.parametrize("outside", ["/etc", "../elsewhere", "answers/../../elsewhere"])
def test_a_project_file_cannot_send_answers_outside_its_folder(runner, tmp_path: Path, monkeypatch, outside) -> None:
    (tmp_path / "osallisuus.yaml").write_text(
        f"format: osallisuus/project/v1\nname: Kylätalo\nanswers_dir: {outside}\n", encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    for command in (["assess", "--no-input", "--from", "x.yaml"], ["validate"], ["merge"]):
        result = runner.invoke(app, [*command, "--lang", "en"])
        assert result.exit_code == 1, command
        assert result.stderr.startswith("error: "), result.stderr
        assert "osallisuus.yaml:3: answers_dir: the answers folder" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["osallisuus.yaml"]


pexpect = pytest.importorskip("pexpect")
COMMAND = Path(sys.executable).parent / "osallisuus"


@pytest.mark.slow
@pytest.mark.timeout(60)
@pytest.mark.skipif(not COMMAND.exists(), reason="the osallisuus command is not installed next to this Python")
def test_init_asks_in_a_real_terminal(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OSALLISUUS_", "LC_"))}
    env.update({"NO_COLOR": "1", "TERM": "xterm", "LANG": "C.UTF-8"})
    child = pexpect.spawn(str(COMMAND), ["init"], cwd=str(tmp_path), env=env, encoding="utf-8", timeout=10)
    for expected, reply in [
        (t("team.init_ask_name", "fi"), "Nuorten ääni"),
        (t("team.init_ask_code", "fi"), "S30123"),
        (t("team.init_ask_organisation", "fi"), ""),
        (t("team.init_ask_region", "fi"), "Keski-Suomi"),
        (t("team.init_ask_phase", "fi").split("{")[0], "2"),
        (t("team.init_ask_lang", "fi").split("{")[0], ""),
    ]:
        child.expect_exact(expected)
        child.sendline(reply)
    child.expect_exact(t("team.init_done", "fi", file="osallisuus.yaml", folder="answers/").split("\n")[0])
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    values = load_project_file(tmp_path / "osallisuus.yaml")
    assert values["name"] == "Nuorten ääni"
    assert values["phase"] == "toteutus"
    assert values["lang"] == "fi"
    assert "organisation" not in values
    assert (tmp_path / "answers").is_dir()


@pytest.mark.slow
@pytest.mark.timeout(60)
@pytest.mark.skipif(not COMMAND.exists(), reason="the osallisuus command is not installed next to this Python")
def test_init_asks_in_stand_ins_on_a_terminal_that_lacks_letters(tmp_path: Path) -> None:
    """The questions and hints on an ASCII terminal are written as every other text there (cli.streams): 'Vaihe'
    and 'ei kay', not UTF-8 bytes the terminal cannot show."""
    from osallisuus_cli.cli.streams import as_shown
    from osallisuus_cli.model.phases import phase_choices

    class Ascii:
        encoding = "ascii"

    env = {k: v for k, v in os.environ.items() if not k.startswith(("OSALLISUUS_", "LC_"))}
    env.update({"NO_COLOR": "1", "TERM": "xterm", "LANG": "C.UTF-8", "PYTHONIOENCODING": "ascii"})
    child = pexpect.spawn(str(COMMAND), ["init", "--lang", "fi"], cwd=str(tmp_path), env=env, timeout=10)
    phase = as_shown(t("team.init_ask_phase", "fi", choices=phase_choices("fi")), Ascii())
    for expected, reply in [
        (t("team.init_ask_name", "fi"), "Nuorten aani"),
        (t("team.init_ask_code", "fi"), ""),
        (t("team.init_ask_organisation", "fi"), ""),
        (t("team.init_ask_region", "fi"), ""),
        (phase, "9"),
        (t("team.init_bad_choice", "fi", value="9", allowed=phase_choices("fi")), "2"),
    ]:
        child.expect_exact(as_shown(expected, Ascii()).encode("ascii"))
        child.sendline(reply)
    child.expect_exact(as_shown(t("team.init_done", "fi", file="osallisuus.yaml", folder="answers/"), Ascii()).encode())
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    (child.before or b"").decode("ascii")  # UnicodeDecodeError: a letter the terminal lacks got through
