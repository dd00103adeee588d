"""``osallisuus init`` — set up a team's working folder: the project file ``osallisuus.yaml`` and ``answers/``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from osallisuus_cli.cli.commands._common import ForceOption, FrameworkOption, LangOption, PhaseOption


def init(
    folder: Annotated[Path, typer.Argument(help="The team's folder (created if missing). Default: here.")] = Path(),
    name: Annotated[str | None, typer.Option("--name", "-n", help="Name of the project or activity.")] = None,
    code: Annotated[str | None, typer.Option("--code", help="Project code, e.g. the EURA code.")] = None,
    organisation: Annotated[str | None, typer.Option("--organisation", "--organization", help="Organisation.")] = None,
    region: Annotated[str | None, typer.Option("--region", help="Region or municipality.")] = None,
    phase: PhaseOption = None,
    lang: LangOption = None,
    framework: FrameworkOption = None,
    answers_dir: Annotated[str, typer.Option("--answers-dir", help="Folder for the answers files.")] = "answers",
    no_input: Annotated[
        bool, typer.Option("--no-input", help="Ask nothing; take everything from the options.")
    ] = False,
    force: ForceOption = False,
) -> None:
    """Write osallisuus.yaml and answers/ so that assess, merge and report run here with the team's defaults."""
    import os
    import sys

    from osallisuus_cli.cli.commands._common import info, typed
    from osallisuus_cli.cli.settings import settle_language
    from osallisuus_cli.i18n import t
    from osallisuus_cli.teamwork.initproject import InitValues, ask_missing, create_project

    # the project file records what was typed: a worker's own OSALLISUUS_LANG or _FRAMEWORK is not the team's
    chosen_lang = typed("lang", lang)
    chosen_set = typed("framework", framework)
    values = InitValues(name, code, organisation, region, phase, chosen_lang, chosen_set, answers_dir)
    target = folder / "osallisuus.yaml"
    from osallisuus_cli.files.fsutil import check_new_file

    check_new_file(target, force=force)  # before any question is asked
    if not no_input and sys.stdin.isatty():
        values = ask_missing(values, _prompt, info)
        settle_language(project=values.lang)  # the project's language, just chosen
    project_file, answers = create_project(folder, values, force=force)
    info(t("team.init_done", file=str(project_file), folder=f"{answers}/"))
    here = Path.cwd().resolve()
    project_dir = project_file.parent.resolve()
    if not here.is_relative_to(project_dir):
        # the commands find osallisuus.yaml in the folder they run in or above it: not from out here
        from osallisuus_cli.cli.commandline import join_command

        info(t("team.init_next_cd", folder=join_command([str(project_file.parent)])))
        answers = Path(os.path.relpath(answers.resolve(), project_dir))
    info(t("team.init_next", folder=f"{answers}/"))


def _prompt(text: str, **options: Any) -> Any:
    """``typer.prompt`` with the question as this console shows it: Click writes a prompt past the tool's streams,
    in UTF-8 to a console that says ASCII, so its stand-ins are put in first (``cli.streams``)."""
    import sys

    from osallisuus_cli.cli.streams import as_shown

    return typer.prompt(as_shown(text, sys.stdout), **options)
