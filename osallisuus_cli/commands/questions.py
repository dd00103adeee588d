"""``osallisuus questions list|show|check`` — read and lint question sets."""

from __future__ import annotations

from pathlib import Path

import typer

from osallisuus_cli.commands._common import FRAMEWORK_OPTION, JSON_OPTION, LANG_OPTION, guarded

app = typer.Typer(help="List, show and check question sets.", no_args_is_help=True)


def _setup(lang: str | None, framework: Path | None):  # type: ignore[no-untyped-def]
    from osallisuus_cli.commands._common import load_framework, use_language
    from osallisuus_cli.settings import load_settings

    settings = load_settings()
    lang = use_language(lang, project=settings.get("lang"))
    return lang, load_framework(framework, settings)


@app.command("list")
@guarded
def list_questions(
    framework: Path | None = FRAMEWORK_OPTION,
    lang: str | None = LANG_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """List the sections and questions of the set."""
    from osallisuus_cli import catalog

    lang, qs = _setup(lang, framework)
    if as_json:
        from osallisuus_cli.commands._common import print_json

        print_json(catalog.set_as_data(qs, lang))
        return
    from osallisuus_cli.commands._common import stdout_console

    console = stdout_console()
    from rich.markup import escape

    console.print(f"[bold]{escape(qs.text(qs.title, lang))}[/bold]  ({qs.id} {qs.version})")
    if qs.is_unofficial(lang):
        from osallisuus_cli.i18n import t

        console.print(f"[italic]{escape(t('questions.unofficial_note'))}[/italic]")
    for domain in qs.domains:
        for section in domain.sections:
            console.print()
            console.print(f"[bold]{escape(section.id)}  {escape(qs.section_title(section, lang))}[/bold]")
            for question in section.questions:
                console.print(
                    f"  {question.number:>2}. [dim]{question.id}[/dim]  {escape(qs.text(question.text, lang))}",
                    soft_wrap=False,
                )


@app.command("show")
@guarded
def show_question(
    question: str = typer.Argument(..., help="Question id (q07) or number (7)."),
    framework: Path | None = FRAMEWORK_OPTION,
    lang: str | None = LANG_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Show one question in full: section, text and examples."""
    from osallisuus_cli import catalog
    from osallisuus_cli.errors import UsageError
    from osallisuus_cli.i18n import t

    lang, qs = _setup(lang, framework)
    found = qs.find_question(question)
    if found is None:
        raise UsageError("questions.err_no_such_question", ref=question, count=len(qs.questions))
    data = catalog.question_as_data(qs, found, lang)
    if as_json:
        from osallisuus_cli.commands._common import print_json

        print_json(data)
        return
    from rich.markup import escape

    from osallisuus_cli.commands._common import stdout_console

    console = stdout_console()
    console.print(f"[bold]{escape(data['domain_title'])}[/bold]")
    if data["section_id"] != data["domain_id"]:
        console.print(f"[bold]{escape(data['section_id'])}. {escape(data['section_title'])}[/bold]")
    console.print()
    console.print(f"[bold]{found.number}/{len(qs.questions)}[/bold] ({found.id})  {escape(data['text'])}")
    if data["examples"]:
        console.print()
        console.print(f"[italic]{escape(data['examples'])}[/italic]")
    console.print()
    console.print(f"[dim]{escape(t('questions.source', source=qs.text(qs.source.publisher, lang)))}[/dim]")


@app.command("check")
@guarded
def check(
    file: Path = typer.Argument(..., help="Question-set YAML file to check.", dir_okay=False),
    lang: str | None = LANG_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Check a question-set file: schema, ids, scale and that every declared language is complete."""
    from osallisuus_cli.commands._common import info, print_json, use_language
    from osallisuus_cli.errors import DataError
    from osallisuus_cli.framework import parse_question_set
    from osallisuus_cli.i18n import t
    from osallisuus_cli.yamlio import read_text

    use_language(lang)
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
        t(
            "questions.check_ok",
            file=str(file),
            id=qs.id,
            version=qs.version,
            count=len(qs.questions),
            languages=", ".join(qs.languages.available),
        )
    )
