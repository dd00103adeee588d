"""``osallisuus import FILE`` — answers from Microsoft Forms, Webropol, a spreadsheet or this tool's own export."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from osallisuus_cli.cli.commands._common import (
    ForceOption,
    FrameworkOption,
    LangOption,
    PhaseOption,
    ProjectNameOption,
    QuietOption,
)
from osallisuus_cli.cli.settings import use_project_file

if TYPE_CHECKING:
    from osallisuus_cli.importing.rows import ImportPlan
    from osallisuus_cli.importing.run import Imported


ExportArgument = Annotated[
    Path, typer.Argument(metavar="FILE", help="The export: .xlsx, .csv, or this tool's .jsonl/.json/.csv export.")
]
MappingOption = Annotated[
    Path | None,
    typer.Option("--mapping", "-m", metavar="MAP.yaml", help="Which column is which (default: the survey kit's)."),
]
FolderOption = Annotated[
    Path | None,
    typer.Option("--output", "-o", metavar="FOLDER", help="Folder for the answers files (default: answers folder)."),
]
ProjectFileOption = Annotated[
    Path | None,
    typer.Option(
        "--project-file",
        metavar="FILE",
        help="Project file to take defaults from (default: osallisuus.yaml here or above).",
        is_eager=True,
        callback=use_project_file,
    ),
]
SheetOption = Annotated[
    str | None, typer.Option("--sheet", help="Sheet of an .xlsx file (default: the first visible one).")
]
IdColumnOption = Annotated[
    str | None,
    typer.Option("--id-column", metavar="COLUMN", help="The column that identifies a row, when it is not Forms' ID."),
]
SkipBadRowsOption = Annotated[bool, typer.Option("--skip-bad-rows", help="Write the good rows and list the bad ones.")]
KeepNamesOption = Annotated[bool, typer.Option("--keep-names", help="Copy respondents' names into the answers files.")]


def import_answers(
    file: ExportArgument,
    mapping: MappingOption = None,
    output: FolderOption = None,
    project_file: ProjectFileOption = None,
    project: ProjectNameOption = None,
    phase: PhaseOption = None,
    sheet: SheetOption = None,
    id_column: IdColumnOption = None,
    skip_bad_rows: SkipBadRowsOption = False,
    keep_names: KeepNamesOption = False,
    force: ForceOption = False,
    framework: FrameworkOption = None,
    lang: LangOption = None,
    quiet: QuietOption = False,
) -> None:
    """Turn each row of a survey export into an answers file, checked like every answers file (docs/import.md)."""
    from dataclasses import replace

    from osallisuus_cli.cli.progress import progress_for
    from osallisuus_cli.cli.settings import current_settings
    from osallisuus_cli.i18n import get_language
    from osallisuus_cli.importing.run import ImportRequest, import_answers, project_defaults
    from osallisuus_cli.model.phases import parse_phase

    settings = current_settings()  # --project-file's, when given (its callback made it this run's project file)
    language = get_language()
    chosen_phase = parse_phase(phase) if phase is not None else None
    request = ImportRequest(
        file=file,
        folder=output or _answers_folder(settings),
        language=language,
        framework=framework,
        mapping=mapping,
        defaults=project_defaults(settings, name=project, phase=chosen_phase),
        keep_names=keep_names,
        sheet=sheet,
        id_column=id_column,
        skip_bad_rows=skip_bad_rows,
        force=force,
    )
    with progress_for(quiet) as progress:
        imported = import_answers(replace(request, progress=progress), on_plan=say_plan)
    say_imported(imported, keep_names=keep_names)


def say_plan(plan: ImportPlan) -> None:
    """What the reading noticed (hidden sheets, blank rows …), before anything is written or refused."""
    from osallisuus_cli.cli.commands._common import info
    from osallisuus_cli.i18n import t

    for note in plan.notes:
        info(note.render())
    if plan.blank_rows:
        info(t("importing.note_blank_rows", count=plan.blank_rows))


def say_imported(imported: Imported, *, keep_names: bool) -> None:
    """The files changed, the rows left out, what became of names, how many files were written, and what next."""
    from osallisuus_cli.cli.commands._common import error, info
    from osallisuus_cli.i18n import t
    from osallisuus_cli.importing.run import MAX_SHOWN

    plan, summary = imported.plan, imported.summary
    for update in summary.updated[:MAX_SHOWN]:
        info(update.problem("importing.updated").render())
    for problem in plan.problems[:MAX_SHOWN]:
        error(problem.render(), warning=True)
    if plan.problems:
        rows = ", ".join(str(row) for row in imported.skipped_rows[:30])
        info(t("importing.skipped_rows", count=len(imported.skipped_rows), rows=rows))
    if plan.personal_data_left_out:
        info(t("importing.names_left_out"))
    elif keep_names:
        info(t("importing.names_kept"))
    shown = str(imported.folder).rstrip("/")
    info(
        t(
            "importing.done",
            count=len(plan.planned),
            source=plan.source,
            folder=f"{shown}/",
            written=summary.written,
            unchanged=summary.unchanged,
        )
    )
    info(t("importing.next", folder=f"{shown}/"))


def _answers_folder(settings: Any) -> Path:
    """The project's answers folder, else ``answers`` here (where ``assess`` writes without a project file)."""
    from osallisuus_cli.errors import UsageError
    from osallisuus_cli.pipeline.paths import input_paths

    try:
        return input_paths(None, settings)[0]
    except UsageError:
        return Path("answers")
