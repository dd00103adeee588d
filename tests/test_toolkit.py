"""What the command line takes from Typer beyond its documented API still works with the Typer installed.

Click's English usage messages are matched by patterns and said again in the user's language (``cli.help``); a
Click that rewords one would let English through unnoticed. Each message is made here by the installed Click, from
a real mistake on a real command line, and must match its pattern.
"""

from __future__ import annotations

import ast
import enum
from pathlib import Path
from typing import Annotated

import pytest
import typer

from osallisuus_cli.cli.help import CLICK_MESSAGES, usage_message
from osallisuus_cli.cli.toolkit import click_exceptions
from osallisuus_cli.i18n import t, using_language
from tests.conftest import REPO


class Colour(enum.Enum):
    red = "red"
    blue = "blue"


def _application() -> typer.Typer:
    app = typer.Typer(add_completion=False)

    @app.command()
    def paint(
        colour: Annotated[Colour, typer.Option("--colour")] = Colour.red,
        count: Annotated[int, typer.Option("--count")] = 1,
        name: Annotated[str, typer.Option("--name")] = "x",
        quiet: Annotated[bool, typer.Option("--quiet")] = False,
    ) -> None:
        """Paint."""

    @app.command()
    def wash() -> None:
        """Wash."""

    return app


MISTAKES = {
    "not_one_of": ["paint", "--colour", "green"],
    "not_int": ["paint", "--count", "many"],
    "needs_value": ["paint", "--name"],
    "no_value": ["paint", "--quiet=yes"],
    "extra": ["wash", "more"],
    "no_command": ["dry"],
    "missing_command": [],
}


def click_message(args: list[str]) -> click_exceptions.UsageError:
    command = typer.main.get_command(_application())
    command.no_args_is_help = False
    with pytest.raises(click_exceptions.UsageError) as caught:
        command.main(args, prog_name="tool", standalone_mode=False)
    return caught.value


@pytest.mark.parametrize("kind", sorted(CLICK_MESSAGES))
def test_each_translated_click_message_is_still_the_one_click_writes(kind: str) -> None:
    error = click_message(MISTAKES[kind])
    message = error.message if kind not in ("not_one_of", "not_int") else error.message.split(": ", 1)[-1]
    assert CLICK_MESSAGES[kind].search(message), f"the installed Click says: {message!r}"


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
@pytest.mark.parametrize("kind", sorted(MISTAKES))
def test_no_click_message_is_left_in_english(kind: str, lang: str) -> None:
    """Said in the user's language: none of the English message the installed Click wrote is left in it."""
    error = click_message(MISTAKES[kind])
    with using_language(lang):
        said = usage_message(error)
    english = error.message.split(": ", 1)[-1]
    assert english not in said


def test_a_translated_usage_error_has_no_english_left() -> None:
    said = usage_message(click_message(MISTAKES["needs_value"]))
    assert said == t("help.err_needs_value", option="--name")


def test_only_the_toolkit_module_imports_typer_internals() -> None:
    """typer._click (Typer's vendored Click) and typer.core are private: one module imports them for all."""
    found = []
    for path in sorted((REPO / "osallisuus_cli").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            if isinstance(node, ast.ImportFrom) and node.module == "typer":
                names += [f"typer.{alias.name}" for alias in node.names]
            if any(name.startswith(("typer._", "typer.core")) for name in names):
                found.append(str(Path(path).relative_to(REPO)))
    assert sorted(set(found)) == ["osallisuus_cli/cli/toolkit.py"]
