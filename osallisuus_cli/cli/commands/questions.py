"""``osallisuus questions list|show|check|kit`` — read and lint question sets; write the survey kit."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from osallisuus_cli.cli.commands._common import ForceOption, FrameworkOption, JsonOption, LangOption

if TYPE_CHECKING:
    from osallisuus_cli.cli.questions_text import Style
    from osallisuus_cli.questionsets.framework import QuestionSet

app = typer.Typer(
    help="List, show and check question sets; write a survey kit for Forms or Webropol.", no_args_is_help=True
)


def _setup(framework: Path | None) -> tuple[str, QuestionSet]:
    """The language settled by --lang's callback (cli.settings) and the question set."""
    from osallisuus_cli.cli.commands._common import load_framework
    from osallisuus_cli.i18n import get_language

    return get_language(), load_framework(framework)


def _write_lines(lines: list[str]) -> None:
    sys.stdout.write("\n".join(lines) + "\n")


def _layout() -> tuple[int, Style]:
    """Width and style for stdout: the terminal's width (or $COLUMNS, else 80), colour only on a terminal."""
    import shutil

    from osallisuus_cli.cli.commands._common import color_enabled
    from osallisuus_cli.cli.questions_text import Style, clamp_width

    return clamp_width(shutil.get_terminal_size((80, 24)).columns), Style(color=color_enabled(sys.stdout))


@app.command("list")
def list_questions(
    framework: FrameworkOption = None,
    lang: LangOption = None,
    as_json: JsonOption = False,
) -> None:
    """List the sections and questions of the set, and its answer scale."""
    from osallisuus_cli.cli.commands._common import typed

    lang_flag, framework_flag = typed("lang", lang), typed("framework", framework)
    lang, qs = _setup(framework)
    if as_json:
        from osallisuus_cli.cli.commands._common import print_json
        from osallisuus_cli.questionsets import catalog

        print_json(catalog.set_as_data(qs, lang))
        return
    from osallisuus_cli.cli.commands._common import info
    from osallisuus_cli.cli.questions_text import list_lines
    from osallisuus_cli.i18n import t

    width, style = _layout()
    _write_lines(list_lines(qs, lang, width=width, style=style))
    command = _show_command(qs.questions[0].number, framework=framework_flag, lang=lang if lang_flag else None)
    info("\n" + t("questions.show_hint", command=command))


def _show_command(number: int, *, framework: Path | None, lang: str | None) -> str:
    """The command that shows a question of the same set in the same language, ready to copy (quoted for a shell)."""
    from osallisuus_cli.cli.commandline import join_command

    parts = ["osallisuus", "questions", "show"]
    if framework is not None:
        parts += ["--framework", str(framework)]
    if lang is not None:
        parts += ["--lang", lang]
    return join_command([*parts, str(number)])


@app.command("show")
def show_question(
    question: Annotated[str, typer.Argument(help="Question id (q07) or number (7).")],
    framework: FrameworkOption = None,
    lang: LangOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show one question in full: its section, text and examples."""
    from osallisuus_cli.errors import UsageError

    lang, qs = _setup(framework)
    found = qs.find_question(question)
    if found is None:
        raise UsageError("questions.err_no_such_question", ref=question, count=len(qs.questions))
    if as_json:
        from osallisuus_cli.cli.commands._common import print_json
        from osallisuus_cli.questionsets import catalog

        print_json(catalog.question_as_data(qs, found, lang))
        return
    from osallisuus_cli.cli.questions_text import question_lines

    width, style = _layout()
    _write_lines(question_lines(qs, found, lang, width=width, style=style))


@app.command("check")
def check(
    file: Annotated[Path, typer.Argument(help="Question-set YAML file to check.", dir_okay=False)],
    lang: LangOption = None,
    as_json: JsonOption = False,
) -> None:
    """Check a question-set file: schema, ids, scale and that every declared language is complete.

    Exit status 0 when the file is valid, 1 when it is not (one line per problem on stderr: file:line: field: what
    to do), 2 when the file cannot be found.
    """
    from osallisuus_cli.cli.commands._common import info, print_json
    from osallisuus_cli.errors import DataError, UsageError
    from osallisuus_cli.files.yamlio import read_text
    from osallisuus_cli.i18n import tn
    from osallisuus_cli.questionsets.reading import parse_question_set

    if not file.exists():
        raise UsageError("common.file_not_found", file=str(file))
    try:
        qs = parse_question_set(read_text(file), file=str(file))
    except DataError as exc:
        if as_json:
            print_json({"file": str(file), "valid": False, "problems": [p.as_dict() for p in exc.problems]})
        raise
    if as_json:
        print_json(
            {
                "file": str(file),
                "valid": True,
                "problems": [],
                "id": qs.id,
                "version": qs.version,
                "questions": len(qs.questions),
                "languages": qs.languages.available,
            }
        )
    info(
        tn(
            "questions.check_ok",
            len(qs.questions),
            file=str(file),
            id=qs.id,
            version=qs.version,
            languages=", ".join(qs.languages.available),
        )
    )


@app.command("kit")
def kit(
    output: Annotated[
        Path, typer.Option("--output", "-o", metavar="FOLDER", help="Folder for the two files (default: here).")
    ] = Path(),
    force: ForceOption = False,
    framework: FrameworkOption = None,
    lang: LangOption = None,
) -> None:
    """Write the texts to build the survey in Microsoft Forms or Webropol, and the import mapping that matches them."""
    from osallisuus_cli.cli.commands._common import info
    from osallisuus_cli.errors import UsageError
    from osallisuus_cli.files import fsutil
    from osallisuus_cli.i18n import t
    from osallisuus_cli.importing import surveykit

    lang, qs = _setup(framework)
    if output.exists() and not output.is_dir():
        raise UsageError("importing.err_folder_is_file", file=str(output))
    sheet = output / f"osallisuus-kysely-{lang}.md"
    mapping = output / f"osallisuus-kysely-{lang}.mapping.yaml"
    for path in (sheet, mapping):
        fsutil.check_new_file(path, force=force)
    fsutil.atomic_write(mapping, surveykit.mapping_text(qs, lang))
    fsutil.atomic_write(sheet, surveykit.sheet_text(qs, lang, mapping_file=mapping.name))
    info(t("importing.kit_written", sheet=str(sheet), mapping=str(mapping)))
    info(t("importing.kit_next"))
