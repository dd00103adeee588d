"""What the commands on a team's files share: how output reaches a file or the terminal, and how the
data check is said on stderr. The rules themselves (inputs, outputs, merging, checking) are the core's
(``osallisuus_cli.pipeline``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from osallisuus_cli.cli.output import error, info, write_stdout

if TYPE_CHECKING:
    from osallisuus_cli.errors import Problem
    from osallisuus_cli.teamwork.datacheck_lines import Finding


def asked_for_names(anonymize: bool) -> bool:
    """``--no-anonymize`` (or OSALLISUUS_ANONYMIZE=0) given on purpose, not merely the default."""
    from osallisuus_cli.cli.toolkit import ParameterSource, get_current_context

    ctx = get_current_context(silent=True)
    if anonymize or ctx is None:
        return False
    return ctx.get_parameter_source("anonymize") in (ParameterSource.COMMANDLINE, ParameterSource.ENVIRONMENT)


def write_output(output: Path, pieces: Iterable[str | bytes], *, private: bool) -> str:
    """Write to the file atomically or to standard output, piece by piece; the name to show in the summary."""
    from osallisuus_cli.pipeline.paths import is_stdout

    if is_stdout(output):
        write_stdout(pieces)
        from osallisuus_cli.i18n import t

        return t("team.stdout")
    from osallisuus_cli.files import fsutil

    fsutil.atomic_write(output, pieces, private=private)
    return str(output)


def print_warnings(warnings: list[Problem]) -> None:

    for warning in warnings:
        error(warning.render(), warning=True)


def print_findings(findings: list[Finding], *, as_errors: frozenset[str] | None = None) -> None:
    """The data check on stderr: notes as plain lines, warnings (or errors, for the codes in ``as_errors``) with
    their prefix; at most a few lines of each kind, then how many more there are."""
    from osallisuus_cli.i18n import t
    from osallisuus_cli.teamwork.datacheck_lines import NOTE, capped

    for item in capped(findings):
        if isinstance(item, int):
            info(t("datacheck.more", count=item))
        elif item.level == NOTE:
            info(item.render())
        else:
            error(item.render(), warning=not (as_errors is not None and item.code in as_errors))


def said_on_stderr(*, notes: bool = False) -> Callable[[list[Finding]], None]:
    """The data check's hook for the core's pipeline: its warnings on stderr as soon as it is made, and its notes
    too with ``notes`` (merge prints them as part of its summary; a report has them in it)."""

    def show(findings: list[Finding]) -> None:
        print_findings(findings if notes else [finding for finding in findings if finding.level != "note"])

    return show
