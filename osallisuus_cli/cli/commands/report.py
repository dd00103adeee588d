"""``osallisuus report`` — a team's answers as a Markdown or HTML report (or the Innokylä appendix)."""

from __future__ import annotations

from pathlib import Path

import typer

from osallisuus_cli.cli.commands._common import FRAMEWORK_OPTION, LANG_OPTION, guarded
from osallisuus_cli.cli.commands._team import ON_DUPLICATE_OPTION

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
    on_duplicate: str | None = ON_DUPLICATE_OPTION,
) -> None:
    """Build the report: summary per section, every question, strengths, action plan, change between phases."""
    from osallisuus_cli.cli.commands._common import info, use_language
    from osallisuus_cli.cli.commands._team import gather_team, is_stdout, merge_options, write_output
    from osallisuus_cli.cli.settings import load_settings
    from osallisuus_cli.i18n import t
    from osallisuus_cli.reports.report import build_report, render

    settings = load_settings()
    language = use_language(lang, project=settings.get("lang"))
    chosen = choose_format(fmt, output)
    policy, _ = merge_options(settings, on_duplicate, None)  # reports never show names: nothing to anonymize
    # a report is rebuilt in place without --force: it is written atomically, so never half-written
    result, qs = gather_team(paths, settings, framework, output, policy=policy, overwrite_needs_force=False)
    model = build_report(result.team, qs, language, title=title)
    text = render(model, fmt=chosen, template=template, templates_dir=templates)
    written = write_output(output or Path("-"), [text], private=False)
    if not is_stdout(output):
        info(t("report.wrote", file=written))


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
