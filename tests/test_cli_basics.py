"""The command as a whole: entry points, version, help, and the import discipline that keeps it fast."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
import typer
from conftest import error_line

from osallisuus_cli import __version__
from osallisuus_cli.cli import app as app_module
from osallisuus_cli.cli.app import COMMANDS, app, build
from osallisuus_cli.i18n import t

CLI_TOOLKITS = ("typer", "click", "questionary", "prompt_toolkit")


def loaded_modules(code: str) -> set[str]:
    probe = f"{code}\nimport sys, json\nprint(json.dumps(sorted(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True)
    return set(json.loads(result.stdout))


def test_version(runner) -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout == f"osallisuus {__version__}\n"


def test_python_dash_m_runs_the_same_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "osallisuus_cli", "--version"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"osallisuus {__version__}"


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_the_quick_version_says_what_the_version_option_says(runner, flag: str) -> None:
    """``run`` answers the version alone without building the command tree: the same line as the option."""
    quick = subprocess.run([sys.executable, "-m", "osallisuus_cli", flag], capture_output=True, text=True, timeout=60)
    full = runner.invoke(app, [flag])
    assert (quick.returncode, quick.stdout, quick.stderr) == (full.exit_code, full.stdout, "")


def test_help_lists_every_command(runner) -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("assess", "questions", "init", "validate", "merge", "export", "report", "demo"):
        assert f"  {command} " in result.stdout


def test_an_unknown_option_is_a_usage_error(runner) -> None:
    result = runner.invoke(app, ["questions", "list", "--bogus"])
    assert result.exit_code == 2
    lines = result.stderr.splitlines(keepends=True)
    assert lines[0] == error_line(t("help.err_no_such_option", "fi", option="--bogus"))
    assert lines[1].rstrip("\n") == t("help.try_help", "fi", command="osallisuus questions list")


def test_bad_language_is_a_usage_error_in_one_line(runner) -> None:
    result = runner.invoke(app, ["questions", "list", "--lang", "de"])
    assert result.exit_code == 2
    assert result.stderr == error_line(t("common.bad_language", "fi", value="de"))


def test_an_unexpected_error_is_one_line_and_debug_shows_the_traceback(runner, monkeypatch) -> None:
    def broken(*args: object, **kwargs: object) -> list[str]:
        raise RuntimeError("rikki")

    monkeypatch.setattr("osallisuus_cli.cli.questions_text.list_lines", broken)
    result = runner.invoke(app, ["questions", "list"])
    assert result.exit_code == 1
    assert result.stderr == error_line(t("common.unexpected", "fi", detail="RuntimeError: rikki"))
    result = runner.invoke(app, ["--debug", "questions", "list"])
    assert isinstance(result.exception, RuntimeError)  # raised as it is: Python prints the whole traceback


def test_debug_adds_the_traceback_to_an_expected_error(runner, tmp_path) -> None:
    broken = tmp_path / "sarja.yaml"
    broken.write_text("format: osallisuus/question-set/v1\nid: [x\n", encoding="utf-8")
    plain = runner.invoke(app, ["questions", "check", str(broken)])
    assert plain.exit_code == 1
    assert "Traceback" not in plain.stderr
    debug = runner.invoke(app, ["--debug", "questions", "check", str(broken)])
    assert debug.exit_code == 1
    assert debug.stderr.startswith("Traceback (most recent call last):")
    assert debug.stderr.endswith(plain.stderr)


def test_messages_cannot_drive_the_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    """Names and texts from files reach messages (a project name in a merge summary, a key in an error)."""
    from osallisuus_cli.cli.commands._common import error, info

    info("Hanke\x1b]0;otsikko\x07\nrivi 2\u202e")
    error("avain\nx\x1b[2J")
    assert capsys.readouterr().err == (
        "Hanke\\x1b]0;otsikko\\x07\nrivi 2\\u202e\n"  # line breaks kept in a message of several lines
        + error_line("avain\\nx\\x1b[2J")  # an error is one line
    )


def test_a_prompt_given_up_with_ctrl_d_or_ctrl_c_is_an_interruption(runner) -> None:
    """typer.prompt turns Ctrl-C and end of input into Abort: exit 130 and one line, not an "unexpected error".

    The guard wraps the command group, so a command added to it is guarded without asking."""
    from osallisuus_cli.cli.commands._common import GuardedGroup

    asking = typer.Typer(cls=GuardedGroup)

    @asking.callback()
    def main() -> None:
        """A group, like ``osallisuus``."""

    @asking.command()
    def ask() -> None:
        typer.prompt("nimi")

    result = runner.invoke(asking, ["ask"], input="")
    assert result.exit_code == 130
    assert result.stderr == error_line(t("common.interrupted", "fi"), warning=True)


@pytest.mark.parametrize("argv", [["questions", "list"], ["questions", "show", "7", "--json"]])
def test_a_reader_that_stops_reading_ends_the_command_quietly(argv: list[str]) -> None:
    """``osallisuus … | head``: no "unexpected error", no traceback, the exit status a shell gives SIGPIPE."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # nobody will read: the first write fails with EPIPE
    try:
        result = subprocess.run(
            [sys.executable, "-m", "osallisuus_cli", *argv], stdout=write_end, stderr=subprocess.PIPE, timeout=60
        )
    finally:
        os.close(write_end)
    assert (result.returncode, result.stderr.decode()) == (141, "")


def test_starting_the_command_imports_no_heavy_libraries() -> None:
    modules = loaded_modules("import osallisuus_cli.cli.app")
    for heavy in ("questionary", "prompt_toolkit", "jinja2", "rich.console", "yaml", "pydantic"):
        assert heavy not in modules, f"{heavy} is imported at start-up; import it inside the command that needs it"


def test_a_full_disk_under_standard_output_is_one_clear_line() -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "osallisuus_cli", "questions", "list", "--json", "--lang", "en"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )
    assert result.returncode == 1
    assert result.stderr.startswith(error_line("", "en").rstrip("\n")), result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert t("common.unexpected", "en", detail="\0").partition("\0")[0] not in result.stderr


def test_an_unknown_language_in_the_environment_is_a_warning_not_silence(runner, monkeypatch) -> None:
    monkeypatch.setenv("OSALLISUUS_LANG", "de")
    result = runner.invoke(app, ["questions", "show", "7"])
    assert result.exit_code == 0
    assert result.stderr == error_line(t("common.bad_language_env", "fi", value="de", lang="fi"), warning=True)
    assert "Järjestättekö tapahtumia" in result.stdout


@pytest.mark.parametrize("lang", ["fi", "en"])
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_command_started_on_its_own_is_the_same_command(runner, command: str, lang: str) -> None:
    """``run`` builds only the command the line names: its help, and a mistake in its options, read the same."""
    alone = build(only=command)
    for argv in ([command, "--help"], [command, "--no-such-option"]):
        full, one = runner.invoke(app, [*argv, "--lang", lang]), runner.invoke(alone, [*argv, "--lang", lang])
        assert (one.exit_code, one.stdout, one.stderr) == (full.exit_code, full.stdout, full.stderr)
    assert [c.name for c in typer.main.get_group(alone).commands.values()] == [command]


def test_the_command_line_decides_which_commands_are_built(monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[str | None] = []
    monkeypatch.setattr(app_module, "build", lambda only=None: lambda: started.append(only))
    monkeypatch.setattr(app_module, "app", lambda: started.append("every command"))
    for argv in (["report", "x"], ["--debug", "report"], ["raport"], [], ["questions", "list"]):
        monkeypatch.setattr(sys, "argv", ["osallisuus", *argv])
        app_module.run()
    monkeypatch.setenv("_OSALLISUUS_COMPLETE", "bash_complete")  # shell completion needs every command
    monkeypatch.setattr(sys, "argv", ["osallisuus", "report"])
    app_module.run()
    assert started == ["report", "every command", "every command", "every command", "questions", "every command"]
