"""``osallisuus report`` — a team's answers as a Markdown or HTML report (or the Innokylä appendix)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from osallisuus_cli.commands._common import FRAMEWORK_OPTION, LANG_OPTION, guarded

SUFFIX_FORMATS = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}


@guarded
def report(
    paths: list[Path] | None = typer.Argument(
        None,
        metavar="PATH",
        help="Answers files, folders of them, or team files (merged on the fly as `merge` does). "
        "Default: the project's answers folder.",
    ),
    output: Path | None = typer.Option(
        None, "--output", "-o", metavar="FILE", help="Write the report here (default: Markdown on stdout)."
    ),
    fmt: str | None = typer.Option(
        None, "--format", metavar="md|html", help="md or html (default: from the -o suffix, else md)."
    ),
    lang: str | None = LANG_OPTION,
    templates: Path | None = typer.Option(
        None,
        "--templates",
        metavar="DIR",
        help="Folder of templates that override the built-in ones by file name (see docs/reports.md).",
        file_okay=False,
    ),
    template: str = typer.Option(
        "report",
        "--template",
        "-t",
        metavar="NAME",
        help="report (the full report), innokyla (appendix for an Innokylä practice description) or summary "
        "(short Markdown, e.g. for a CI job summary).",
    ),
    title: str | None = typer.Option(None, "--title", metavar="TEXT", help="Title (default: from the projects)."),
    framework: Path | None = FRAMEWORK_OPTION,
    on_duplicate: str = typer.Option(
        "error",
        "--on-duplicate",
        metavar="error|latest|keep-both",
        help="The same respondent twice in one project and phase: stop (default), keep the newest, or keep both "
        "(compared as rounds).",
    ),
) -> None:
    """Build the report: summary per section, every question, strengths, action plan, change between phases."""
    from osallisuus_cli.commands._common import error, info, load_framework, use_language
    from osallisuus_cli.i18n import t
    from osallisuus_cli.merge import collect_team, expand_paths
    from osallisuus_cli.report import build_report, render
    from osallisuus_cli.settings import load_settings

    settings = load_settings()
    language = use_language(lang, project=settings.get("lang"))
    chosen = choose_format(fmt, output)
    qs = load_framework(framework, settings)
    inputs = list(paths) if paths else default_inputs(settings)
    if output is not None and str(output) != "-":
        refuse_overwriting_input(output, expand_paths(inputs) if inputs else [])
    result = collect_team(inputs, qs, on_duplicate=on_duplicate)  # type: ignore[arg-type]
    for problem in result.warnings:
        error(problem.render(), warning=True)
    model = build_report(result.team, qs, language, title=title)
    text = render(model, fmt=chosen, template=template, templates_dir=templates)
    if output is None or str(output) == "-":
        write_stdout(text)
        return
    from osallisuus_cli.fsutil import atomic_write

    atomic_write(output, text)
    info(t("report.wrote", file=str(output)))


def choose_format(fmt: str | None, output: Path | None) -> str:
    """--format, else the output file's suffix, else Markdown; a conflict or an unknown suffix is a usage error."""
    from osallisuus_cli.errors import UsageError

    suffix = output.suffix.lower() if output is not None and str(output) != "-" else ""
    by_suffix = SUFFIX_FORMATS.get(suffix)
    if fmt is not None:
        fmt = fmt.strip().lower()
        if fmt not in ("md", "html"):
            raise UsageError("report.err_format", value=fmt)
        if by_suffix and by_suffix != fmt:
            raise UsageError("report.err_format_conflict", fmt=fmt, suffix=suffix)
        return fmt
    if suffix and by_suffix is None:
        raise UsageError("report.err_suffix", suffix=suffix)
    return by_suffix or "md"


def default_inputs(settings: Any) -> list[Path]:
    """The project's answers folder (``answers_dir`` in osallisuus.yaml, else ``answers``) when it exists."""
    folder = settings.base_dir() / (settings.get("answers_dir") or "answers")
    return [folder] if folder.is_dir() else []


def refuse_overwriting_input(output: Path, inputs: list[Path]) -> None:
    from osallisuus_cli.errors import UsageError

    target = output.resolve()
    if any(path.resolve() == target for path in inputs):
        raise UsageError("report.err_output_is_input", file=str(output))


def write_stdout(text: str) -> None:
    import sys

    # Bytes, so the report is UTF-8 whatever the terminal's locale says.
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is not None:
        sys.stdout.flush()
        buffer.write(text.encode("utf-8"))
        buffer.flush()
    else:
        sys.stdout.write(text)
