"""The ``osallisuus`` command: a thin Typer adapter over the core library.

Only typer and the standard library are imported at start-up; each command imports what it needs when it runs,
so ``--version`` and ``--help`` stay fast.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from osallisuus_cli import __version__
from osallisuus_cli.cli.commands import _common
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
from osallisuus_cli.cli.help import LocalisedGroup
from osallisuus_cli.cli.settings import PROJECT_DEFAULTS, switch

app = typer.Typer(
    name="osallisuus",
    help="Assess how well an activity promotes inclusion (osallisuus) with THL's 24 guiding questions.",
    cls=LocalisedGroup,  # every command guarded (_common.GuardedGroup); help and usage errors in the user's language
    no_args_is_help=True,
    add_completion=True,
    # the project file gives the options their defaults (flag > environment > project file > default)
    context_settings={"help_option_names": ["-h", "--help"], "default_map": PROJECT_DEFAULTS},
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"osallisuus {__version__}")
        raise typer.Exit()


@app.callback()
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
    _common.state.debug = debug


# In the order people meet them: answer (in the terminal or in a browser form), read the questions, set up a team,
# bring in survey answers, check, merge, export, report.
app.command("assess")(assess_cmd.assess)
app.command("form")(form_cmd.form)
app.add_typer(questions_cmd.app, name="questions")
# init writes the project file: its options take no defaults from one
app.command("init", context_settings={"default_map": {}})(init_cmd.init)
app.command("import")(import_cmd.import_answers)
app.command("validate")(validate_cmd.validate)
app.command("merge")(merge_cmd.merge)
app.command("export")(export_cmd.export)
app.command("report")(report_cmd.report)
app.command("demo")(demo_cmd.demo)


VERSION_ONLY = (["--version"], ["-V"])


def run() -> None:
    # The version alone needs no command tree: Typer would read the signatures of every command (about 90 ms, most
    # of the start-up after importing Typer) only to print one line. The same line as the option's own callback.
    if sys.argv[1:] in VERSION_ONLY:
        typer.echo(f"osallisuus {__version__}")
        return
    app()
