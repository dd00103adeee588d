"""A report from a team's files, start to end: read these folders → check → build → render.

``make_report`` is ``osallisuus report`` without the command line: a library caller gives a ``ReportRequest`` and
gets the text (Markdown or HTML) with the data check it rests on. The rules of the report's options live here too:
which format an output name asks for, a phase nobody answered in, and that a portfolio's own options are refused
for other templates.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from osallisuus_cli.errors import UsageError
from osallisuus_cli.i18n import speaking, t
from osallisuus_cli.model.phases import PHASES
from osallisuus_cli.model.projectpath import Settings
from osallisuus_cli.model.team import TeamFile
from osallisuus_cli.pipeline.team import Gathered, gather_team
from osallisuus_cli.portfolio.build import build_portfolio
from osallisuus_cli.portfolio.export import columns, project_records
from osallisuus_cli.portfolio.model import Portfolio
from osallisuus_cli.reports.funder import funder_text
from osallisuus_cli.reports.report import build_report, render
from osallisuus_cli.reports.report_model import FORMATS, Report
from osallisuus_cli.reports.report_render import check_template
from osallisuus_cli.teamwork.datacheck import project_key
from osallisuus_cli.teamwork.datacheck_lines import Finding
from osallisuus_cli.teamwork.merge import OnDuplicate
from osallisuus_cli.teamwork.parallel import Progress

SUFFIX_FORMATS = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}


@dataclass(frozen=True)
class ReportRequest:
    """What ``osallisuus report`` is asked for, its options already parsed (see the functions below)."""

    paths: list[Path] | None  # answers files, folders, team files; None: the project's answers folder
    settings: Settings  # the project file (its answers folder and phase)
    lang: str
    fmt: str = "md"
    template: str = "report"  # report, innokyla, summary, portfolio or funder
    templates_dir: Path | None = None
    framework: Path | None = None
    policy: OnDuplicate = "error"
    min_group: int = 1
    phase: str | None = None  # the phase described (its code: model.phases.parse_phase reads what a person types)
    phase_required: bool = False  # asked for on purpose (--phase): a phase nobody answered in is an error
    title: str | None = None
    sort: str | None = None  # portfolio only
    group_by: str | None = None  # portfolio only
    output: Path | None = None  # checked before anything is read; the caller writes the text
    force: bool = False
    progress: Progress | None = None  # hears how many files have been read (a terminal's progress display)


@dataclass(frozen=True)
class MadeReport:
    text: str
    model: Report | Portfolio
    findings: list[Finding] = field(default_factory=list)
    projects: int = 0  # how many projects the answers come from


def is_portfolio(template: str) -> bool:
    return template.strip().lower() == "portfolio"


def is_funder(template: str) -> bool:
    """The text for a funder's web form: plain text made from the report model, no Jinja template."""
    return template.strip().lower() == "funder"


@speaking
def make_report(request: ReportRequest, *, on_findings: Callable[[list[Finding]], None] | None = None) -> MadeReport:
    """The report ``request`` asks for, as text; ``on_findings`` hears the data check before the report is built."""
    portfolio = is_portfolio(request.template)
    if not portfolio:
        for option, value in (("--sort", request.sort), ("--group-by", request.group_by)):
            if value is not None:
                raise UsageError("portfolio.err_portfolio_only", option=option)
    if not is_funder(request.template):  # a template that cannot be made is said before any answers are read
        template = "portfolio" if portfolio else request.template
        check_template(fmt=request.fmt, template=template, templates_dir=request.templates_dir)
    gathered = _gathered(request, on_findings)
    team, qs, lang = gathered.result.team, gathered.qs, request.lang
    model: Report | Portfolio
    if portfolio:
        model = build_portfolio(
            team,
            qs,
            lang,
            sort=request.sort or "name",
            group_by=request.group_by,
            min_group=request.min_group,
            title=request.title,
            findings=gathered.findings,
            phase=request.phase,
            phase_required=request.phase_required,
        )
    else:
        model = build_report(
            team,
            qs,
            lang,
            title=request.title,
            findings=gathered.findings,
            phase=request.phase,
            phase_required=request.phase_required,
            min_group=request.min_group,
        )
    template = "portfolio" if portfolio else request.template
    if is_funder(template):
        text = funder_text(model)  # type: ignore[arg-type]  # a team report: only a portfolio is not one
    else:
        text = render(model, fmt=request.fmt, template=template, templates_dir=request.templates_dir)
    return MadeReport(text, model, gathered.findings, len(projects_in(team)))


def projects_in(team: TeamFile) -> set[str]:
    return {project_key(response) for response in team.responses}


def require_phase(team: TeamFile, phase: str, lang: str) -> None:
    """--phase names a phase nobody answered in: say which phases there are, rather than print an empty report."""
    found = {response.project.phase for response in team.responses}
    if found and phase not in found:
        names = ", ".join(t(f"team.phase.{p}", lang) for p in PHASES if p in found)
        raise UsageError("figures.err_phase_empty", phase=t(f"team.phase.{phase}", lang), found=names)


def choose_format(fmt: str | None, output: Path | None, template: str = "report") -> str:
    """--format, else the output file's suffix, else Markdown; a conflict or an unknown suffix is a usage error.
    The funder's text is plain text only: no --format, and an output file ending in .txt (or none)."""
    suffix = output.suffix.lower() if output is not None and str(output) != "-" else ""
    if is_funder(template):
        if fmt is not None or suffix not in ("", ".txt"):
            raise UsageError("funder.err_plain_text", suffix=suffix or f"--format {fmt}")
        return "txt"
    by_suffix = SUFFIX_FORMATS.get(suffix)
    if fmt is not None:
        fmt = fmt.strip().lower()
        if fmt not in FORMATS:
            raise UsageError("report.err_format", value=fmt)
        if by_suffix and by_suffix != fmt:
            raise UsageError("report.err_format_conflict", fmt=fmt, suffix=suffix)
        return fmt
    if suffix and by_suffix is None:
        raise UsageError("report.err_suffix", suffix=suffix)
    return by_suffix or "md"


@speaking
def project_table(
    request: ReportRequest, *, on_findings: Callable[[list[Finding]], None] | None = None
) -> tuple[tuple[str, ...], Iterator[dict[str, Any]], int]:
    """``export --by project``: the portfolio's projects × sections table (its columns, its rows as they are
    written, how many projects), for the phase the report describes (``request.phase``)."""
    gathered = _gathered(request, on_findings)
    team = gathered.result.team
    portfolio = build_portfolio(
        team,
        gathered.qs,
        request.lang,
        min_group=request.min_group,
        phase=request.phase,
        phase_required=request.phase_required,
    )
    return columns(portfolio), project_records(portfolio), len(portfolio.projects)


def _gathered(request: ReportRequest, on_findings: Callable[[list[Finding]], None] | None) -> Gathered:
    """The team a report or a project table rests on, checked and said; the phase asked for must be in it."""
    gathered = gather_team(
        request.paths,
        request.settings,
        request.framework,
        request.output,
        policy=request.policy,
        force=request.force,
        on_findings=on_findings,
        progress=request.progress,
    )
    if request.phase is not None and request.phase_required:
        require_phase(gathered.result.team, request.phase, request.lang)
    return gathered
