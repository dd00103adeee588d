"""The ``osallisuus`` command: a thin Typer adapter over the core library.

Only typer and the standard library are imported at start-up; each command imports what it needs when it runs,
so ``--version`` and ``--help`` stay fast.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Annotated

import typer

from osallisuus_cli import __version__
from osallisuus_cli.cli import streams
from osallisuus_cli.cli.commands import assess as assess_cmd
from osallisuus_cli.cli.commands import demo as demo_cmd
from osallisuus_cli.cli.commands import export as export_cmd
from osallisuus_cli.cli.commands import form as form_cmd
from osallisuus_cli.cli.commands import importing as import_cmd
from osallisuus_cli.cli.commands import init as init_cmd
from osallisuus_cli.cli.commands import merge as merge_cmd
from osallisuus_cli.cli.commands import questions as questions_cmd
from osallisuus_cli.cli.commands import report as report_cmd
from osallisuus_cli.cli.commands import validate as validate_cmd
from osallisuus_cli.cli.commands import workshop as workshop_cmd
from osallisuus_cli.cli.commands._common import state
from osallisuus_cli.cli.help import LocalisedGroup
from osallisuus_cli.cli.settings import PROJECT_DEFAULTS, switch


def build(only: str | None = None) -> typer.Typer:
    """The application with every command, or with ``only`` that one (what ``run`` starts when the command line
    names it: the same command, its help and its errors, without reading the signatures of all the others)."""
    application = typer.Typer(
        name="osallisuus",
        help="Assess how well an activity promotes inclusion (osallisuus) with THL's 24 guiding questions.",
        # every command guarded (commands._common.GuardedGroup); help and usage errors in the user's language
        cls=LocalisedGroup,
        no_args_is_help=True,
        add_completion=True,
        # the project file gives the options their defaults (flag > environment > project file > default)
        context_settings={"help_option_names": ["-h", "--help"], "default_map": PROJECT_DEFAULTS},
        pretty_exceptions_enable=False,
        rich_markup_mode=None,
    )
    application.callback()(main)
    for name, register in COMMANDS.items():
        if only in (None, name):
            register(application)
    return application


def _version(value: bool) -> None:
    if value:
        typer.echo(f"osallisuus {__version__}")
        raise typer.Exit()


def main(
    version: Annotated[
        bool, typer.Option("--version", "-V", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
    debug: Annotated[
        bool,
        typer.Option(
            "--debug",
            help="Show the full traceback of an error.",
            envvar="OSALLISUUS_DEBUG",
            parser=switch,
        ),
    ] = False,
) -> None:
    """osallisuus — THL:n 24 osallisuuden apukysymystä komentorivillä."""
    state.debug = debug


# In the order people meet them: answer (in the terminal or in a browser form), read the questions, rate them together
# in a workshop, set up a team,
# bring in survey answers, check, merge, export, report.
COMMANDS: dict[str, Callable[[typer.Typer], object]] = {
    "assess": lambda app: app.command("assess")(assess_cmd.assess),
    "form": lambda app: app.command("form")(form_cmd.form),
    "questions": lambda app: app.add_typer(questions_cmd.app, name="questions"),
    "workshop": lambda app: app.command("workshop")(workshop_cmd.workshop),
    # init writes the project file: its options take no defaults from one
    "init": lambda app: app.command("init", context_settings={"default_map": {}})(init_cmd.init),
    "import": lambda app: app.command("import")(import_cmd.import_answers),
    "validate": lambda app: app.command("validate")(validate_cmd.validate),
    "merge": lambda app: app.command("merge")(merge_cmd.merge),
    "export": lambda app: app.command("export")(export_cmd.export),
    "report": lambda app: app.command("report")(report_cmd.report),
    "demo": lambda app: app.command("demo")(demo_cmd.demo),
}
app = build()


VERSION_ONLY = (["--version"], ["-V"])


def run() -> None:
    streams.set_up()  # before anything is written: no console encoding can end a command (cli.streams)
    # The version alone needs no command tree: Typer would read the signatures of every command (about 90 ms, most
    # of the start-up after importing Typer) only to print one line. The same line as the option's own callback.
    if sys.argv[1:] in VERSION_ONLY:
        typer.echo(f"osallisuus {__version__}")
        return
    # Typer checks parameters with pydantic, which looks for plugins among every installed package's entry points
    # on first use (about 70 ms of each start); the tool uses none. A value the user set is kept.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    named = sys.argv[1] if len(sys.argv) > 1 else None
    completing = any(key.startswith("_") and key.endswith("_COMPLETE") for key in os.environ)
    if named in COMMANDS and not completing:
        build(only=named)()  # the one command named: the others' signatures are never read
    else:
        app()  # the overview, an option before the command, a mistyped command, shell completion: all of them
