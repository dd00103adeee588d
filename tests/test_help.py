"""Help in the user's language: every command's help from the catalogue, examples, words for values, and mistakes
on the command line said in the same language. Expectations come from the catalogues."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import typer.main
from typer.testing import CliRunner

from osallisuus_cli.cli.app import app
from osallisuus_cli.i18n import LANGUAGES, catalogue, t
from tests.conftest import REPO


def _commands() -> list[tuple[str, list[str], object]]:
    """(catalogue name, words on the command line, command) for every command and subcommand."""
    found: list[tuple[str, list[str], object]] = []

    def walk(command: object, words: list[str]) -> None:
        found.append(("_".join(words) or "app", words, command))
        for name, sub in getattr(command, "commands", {}).items():
            walk(sub, [*words, name])

    walk(typer.main.get_command(app), [])
    return found


COMMANDS = _commands()
TYPE_NAMES = re.compile(r"<(?:list|str|int|float|bool|Path|path|file|dir|text)\b[^>]*>")
WORD = re.compile(r"[^\W\d_]{4,}")


def _words(lang: str) -> set[str]:
    return {word.lower() for entry in catalogue("help").values() for word in WORD.findall(entry[lang])}


def _foreign_words(lang: str) -> set[str]:
    """Words the help uses in another language but never in ``lang`` (so they cannot be shared words)."""
    own = _words(lang)
    return {word for other in LANGUAGES if other != lang for word in _words(other)} - own


def test_every_command_and_option_has_its_texts_in_the_catalogue() -> None:
    entries = catalogue("help")
    missing = []
    for name, _, command in COMMANDS:
        keys = [f"help.{name}"] if name == "app" else [f"help.{name}", f"help.{name}.short", f"help.{name}.epilog"]
        missing += [key for key in keys if key not in entries]
        for param in command.params:
            if f"help.{name}.{param.name}" not in entries and f"help.opt.{param.name}" not in entries:
                missing.append(f"help.{name}.{param.name}")
    assert missing == []


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize(("name", "words"), [(name, words) for name, words, _ in COMMANDS], ids=lambda v: str(v))
def test_help_of_every_command_speaks_the_language(runner: CliRunner, lang: str, name: str, words: list[str]) -> None:
    result = runner.invoke(app, [*words, "--help"], env={"OSALLISUUS_LANG": lang})
    assert result.exit_code == 0, result.output
    shown = result.stdout
    assert TYPE_NAMES.findall(shown) == []
    assert t(f"help.{name}", lang).split()[0] in shown
    assert t("help.usage", lang) in shown
    prose = re.sub(
        r"(?m)^\s*osallisuus .*$|--?[\w-]+|OSALLISUUS_\w+|\S+\.(?:yaml|html|md|csv|json)\b|\S*\|\S*", " ", shown
    )
    foreign = sorted(set(WORD.findall(prose.lower())) & _foreign_words(lang))
    assert foreign == [], f"words of another language in the {lang} help of {name or 'osallisuus'}"


def test_help_shows_examples_and_words_for_values(runner: CliRunner) -> None:
    shown = runner.invoke(app, ["merge", "--help"]).stdout
    assert "Esimerkkejä:" in shown
    assert "    osallisuus merge -o tiimi.yaml" in shown, "examples keep their lines"
    assert "-o, --output TIEDOSTO" in shown
    assert "[TIEDOSTO|KANSIO]..." in shown
    assert "-f, --framework TIEDOSTO" in shown


def test_help_follows_the_project_file_and_the_lang_flag(runner: CliRunner, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "osallisuus.yaml").write_text("format: osallisuus/project/v1\nname: X\nlang: sv\n", encoding="utf-8")

    def description(*args: str, **env: str) -> str:
        return " ".join(runner.invoke(app, ["report", "--help", *args], env=env).stdout.split())

    assert t("help.report", "sv") in description()
    assert t("help.report", "en") in description("--lang", "en")
    assert t("help.report", "en") in description(OSALLISUUS_LANG="en")


@pytest.mark.parametrize(
    ("args", "key", "params"),
    [
        (["report", "--bogus"], "help.err_no_such_option", {"option": "--bogus"}),
        (["questions", "show"], "help.err_missing_argument", {"name": "QUESTION"}),
        (["report", "--output"], "help.err_needs_value", {"option": "--output"}),
        (["questions", "list", "extra"], "help.err_extra_arguments", {"words": "extra"}),
        (["reprot"], "help.err_no_such_command", {"name": "reprot"}),
    ],
)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_usage_errors_in_the_users_language(runner: CliRunner, args, key, params, lang: str) -> None:
    if key == "help.err_missing_argument":
        params = {"name": t("help.metavar.question", lang)}
    result = runner.invoke(app, args, env={"OSALLISUUS_LANG": lang})
    assert result.exit_code == 2
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"{t('common.error_prefix', lang)}: {t(key, lang, **params)}")
    assert "Error:" not in result.stderr


def test_a_misspelt_option_is_suggested(runner: CliRunner) -> None:
    result = runner.invoke(app, ["report", "--outptu"], env={"OSALLISUUS_LANG": "en"})
    assert result.exit_code == 2
    assert "did you mean --output?" in result.stderr


def test_help_imports_no_yaml_reader_or_report_engine() -> None:
    code = (
        "import sys\nfrom osallisuus_cli.cli.app import app\n"
        "try:\n    app(['report', '--help'], prog_name='osallisuus')\nexcept SystemExit:\n    pass\n"
        "heavy = ('yaml', 'jinja2', 'osallisuus_cli.model.project')\n"
        "print('loaded:' + ','.join(m for m in heavy if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True)
    assert result.stdout.splitlines()[-1] == "loaded:"


def test_a_default_said_in_words_is_not_repeated(runner: CliRunner) -> None:
    shown = runner.invoke(app, ["init", "--help"], env={"OSALLISUUS_LANG": "en"}).stdout
    assert "default: answers)" in " ".join(shown.split())
    assert "[default: answers]" not in shown
    assert "[default: .]" not in shown


def test_help_without_a_standard_output_ends_quietly() -> None:
    """pythonw on Windows starts a program with no standard streams: help has nowhere to go, and is no error."""
    code = (
        "import sys\nsys.stdout = None\nfrom osallisuus_cli.cli.app import app\n"
        "try:\n    app(['report', '--help'], prog_name='osallisuus')\nexcept SystemExit as end:\n"
        "    print('exit', end.code, file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60)
    assert result.stderr == "exit 0\n"
