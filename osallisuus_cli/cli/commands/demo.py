"""``osallisuus demo`` — write a complete example: a team's answers, the team file and every report."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from osallisuus_cli.cli.commands._common import ForceOption, LangOption


def demo(
    output: Annotated[
        Path,
        typer.Option("--output", "-o", metavar="DIR", help="Folder to write the example into.", file_okay=False),
    ] = Path("osallisuus-demo"),
    lang: LangOption = None,
    force: ForceOption = False,
) -> None:
    """Write a realistic example team (two phases), its merged team file and its reports, to look at and copy."""
    from osallisuus_cli.cli.commands._common import info
    from osallisuus_cli.i18n import get_language, t, tn
    from osallisuus_cli.model.answers import PHASES
    from osallisuus_cli.questionsets.reading import load_question_set
    from osallisuus_cli.reports.demo import SESSIONS, write_demo

    language = get_language()
    files = write_demo(output, load_question_set(), lang=language, force=force)
    phases = sorted({phase for phase, _, _ in SESSIONS}, key=PHASES.index)
    info(t("report.demo_wrote", folder=str(files.folder)))
    lines = [
        (
            files.folder / "answers",
            tn(
                "report.demo_answers",
                len(files.answers),
                phases=", ".join(t(f"team.phase.{p}", language) for p in phases),
            ),
        ),
        (files.team, t("report.demo_team")),
        (files.reports[("report", "md")], t("report.demo_report_md")),
        (files.reports[("report", "html")], t("report.demo_report_html")),
        (files.reports[("innokyla", "md")], t("report.demo_innokyla")),
    ]
    width = max(len(str(path)) for path, _ in lines)
    for path, what in lines:
        info(f"  {path!s:<{width}}  {what}")
    info("")
    info(t("report.demo_open", file=str(files.reports[("report", "html")])))
    info(t("report.demo_next"))
