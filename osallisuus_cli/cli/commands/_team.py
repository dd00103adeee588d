"""What the commands on a team's files share: their options, how output reaches a file or the terminal, and how the
data check is said on stderr. The rules themselves (inputs, outputs, merging, checking) are the core's
(``osallisuus_cli.pipeline``)."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from osallisuus_cli.cli.settings import switch

if TYPE_CHECKING:
    from osallisuus_cli.errors import Problem
    from osallisuus_cli.teamwork.datacheck import Finding

OnDuplicateOption = Annotated[
    str,
    typer.Option(
        "--on-duplicate",
        metavar="error|latest|keep-both",
        envvar="OSALLISUUS_ON_DUPLICATE",
        show_envvar=False,
        show_default=False,
        help="Same respondent twice for one project and phase: stop with an error (default), keep the latest "
        "'updated', or keep both with a warning. Also OSALLISUUS_ON_DUPLICATE.",
    ),
]
AnonymizeOption = Annotated[
    bool,
    typer.Option(
        "--anonymize/--no-anonymize",
        envvar="OSALLISUUS_ANONYMIZE",
        show_envvar=False,
        parser=switch,
        help="Drop names, roles, file names and times of day; respondents become R1, R2, …; free text stays. "
        "Also OSALLISUUS_ANONYMIZE=1.",
        show_default=False,
    ),
]
ForceOption = Annotated[bool, typer.Option("--force", help="Overwrite an existing output file.")]
MinGroupOption = Annotated[  # report (every report) and export --by project: one rule, one setting
    str | None,
    typer.Option(
        "--min-group",
        metavar="N",
        envvar="OSALLISUUS_MIN_GROUP",
        show_envvar=False,
        help="Small-group rule: no distribution, free text or figures of a group of fewer than N respondents "
        "(default 1; 3 is recommended for anonymised reports). Also OSALLISUUS_MIN_GROUP and min_group in the "
        "project file.",
    ),
]


def asked_for_names(anonymize: bool) -> bool:
    """``--no-anonymize`` (or OSALLISUUS_ANONYMIZE=0) given on purpose, not merely the default."""
    from typer._click.core import ParameterSource
    from typer._click.globals import get_current_context

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


def write_stdout(pieces: Iterable[str | bytes]) -> None:
    """Pieces to standard output as UTF-8 bytes, whatever the locale or code page says (a file or a pipe gets UTF-8);
    a terminal that cannot show UTF-8 gets text in its own encoding, with stand-ins (``cli.streams``).

    A full disk or another failure of the stream is one clear line (exit 1); a reader that stops reading
    (``| head``) is left to ``guard``, which ends every command alike.
    """
    from osallisuus_cli.cli.streams import holds_unicode

    terminal = to_terminal()
    buffer = getattr(sys.stdout, "buffer", None)
    if terminal and not holds_unicode(getattr(sys.stdout, "encoding", None)):
        buffer = None  # a console that cannot show UTF-8 (a legacy code page): written as text, with stand-ins
    sys.stdout.flush()
    shown = terminal_safe if terminal else None
    for piece in pieces:  # made outside the guard: only a failing write is the stream's fault
        data = piece.encode("utf-8") if isinstance(piece, str) else piece
        if shown is not None:
            data = shown(data)
        with _stdout_errors():
            if buffer is not None:
                buffer.write(data)
            else:
                sys.stdout.write(data.decode("utf-8"))
    with _stdout_errors():
        (buffer or sys.stdout).flush()


def to_terminal() -> bool:
    """Whether standard output is a terminal (where text from files must not be able to drive it)."""
    isatty = getattr(sys.stdout, "isatty", None)
    try:
        return bool(isatty and isatty())
    except ValueError:  # a closed stream
        return False


def terminal_safe(data: bytes) -> bytes:
    """Data for a terminal's eyes: escape codes, C1 controls, bidi overrides and invisible characters written as
    visible escapes (``\x1b``); line breaks and tabs kept. Files and pipes get the exact text instead."""
    from osallisuus_cli.errors import printable

    text = data.decode("utf-8", errors="replace").replace("\r\n", "\n")
    return printable(text, lines=True).encode("utf-8")


@contextlib.contextmanager
def _stdout_errors() -> Iterator[None]:
    from osallisuus_cli.errors import DataError

    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise DataError("team.err_write_stdout", reason=exc.strerror or str(exc)) from None


def print_warnings(warnings: list[Problem]) -> None:
    from osallisuus_cli.cli.commands._common import error

    for warning in warnings:
        error(warning.render(), warning=True)


def print_findings(findings: list[Finding], *, as_errors: frozenset[str] | None = None) -> None:
    """The data check on stderr: notes as plain lines, warnings (or errors, for the codes in ``as_errors``) with
    their prefix; at most a few lines of each kind, then how many more there are."""
    from osallisuus_cli.cli.commands._common import error, info
    from osallisuus_cli.i18n import t
    from osallisuus_cli.teamwork.datacheck import NOTE
    from osallisuus_cli.teamwork.datacheck_lines import capped

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
