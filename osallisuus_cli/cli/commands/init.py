"""``osallisuus init`` — set up a team's working folder: the project file ``osallisuus.yaml`` and ``answers/``."""

from __future__ import annotations

from pathlib import Path

import typer

from osallisuus_cli.cli.commands._common import FRAMEWORK_OPTION, LANG_OPTION, guarded


@guarded
def init(
    folder: Path = typer.Argument(Path(), help="The team's folder (created if missing). Default: here."),
    name: str | None = typer.Option(None, "--name", "-n", help="Name of the project or activity."),
    code: str | None = typer.Option(None, "--code", help="Project code, e.g. the EURA code."),
    organisation: str | None = typer.Option(None, "--organisation", "--organization", help="Organisation."),
    region: str | None = typer.Option(None, "--region", help="Region or municipality."),
    phase: str | None = typer.Option(None, "--phase", help="suunnittelu, toteutus or arviointi."),
    lang: str | None = LANG_OPTION,
    framework: Path | None = FRAMEWORK_OPTION,
    answers_dir: str = typer.Option("answers", "--answers-dir", help="Folder for the answers files."),
    no_input: bool = typer.Option(False, "--no-input", help="Ask nothing; take everything from the options."),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing osallisuus.yaml."),
) -> None:
    """Write osallisuus.yaml and answers/ so that assess, merge and report run here with the team's defaults."""
    import os
    import sys

    from osallisuus_cli.cli.commands._common import info, use_language
    from osallisuus_cli.i18n import t
    from osallisuus_cli.teamwork.initproject import InitValues, ask_missing, create_project

    language = use_language(lang)
    values = InitValues(name, code, organisation, region, phase, lang and language, framework, answers_dir)
    target = folder / "osallisuus.yaml"
    if target.exists() and not force:
        from osallisuus_cli.errors import UsageError

        raise UsageError("common.exists", file=str(target))
    if not no_input and sys.stdin.isatty():
        values = ask_missing(values, typer.prompt, lambda message: typer.echo(message, err=True))
        use_language(values.lang)
    project_file, answers = create_project(folder, values, force=force)
    info(t("team.init_done", file=str(project_file), folder=f"{answers}/"))
    here = Path.cwd().resolve()
    project_dir = project_file.parent.resolve()
    if not here.is_relative_to(project_dir):
        # the commands find osallisuus.yaml in the folder they run in or above it: not from out here
        import shlex

        info(t("team.init_next_cd", folder=shlex.quote(str(project_file.parent))))
        answers = Path(os.path.relpath(answers.resolve(), project_dir))
    info(t("team.init_next", folder=f"{answers}/"))
