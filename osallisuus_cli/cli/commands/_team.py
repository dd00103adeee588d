"""What validate, merge and export share: where the inputs are, how output is written, the merge options."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from osallisuus_cli.cli.settings import Settings, switch

if TYPE_CHECKING:
    from osallisuus_cli.errors import Problem
    from osallisuus_cli.model.framework import QuestionSet
    from osallisuus_cli.teamwork.datacheck import Finding
    from osallisuus_cli.teamwork.merge import MergeResult, OnDuplicate

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


def min_group_setting(value: str | None) -> int:
    """--min-group (or OSALLISUUS_MIN_GROUP), else min_group in the project file, else 1 (every group shown): a
    whole number of at least 1."""
    from osallisuus_cli.cli.settings import current_settings
    from osallisuus_cli.errors import UsageError

    if value is None:
        value = str(current_settings().get("min_group", 1))
    text = value.strip()
    if not text.isdigit() or int(text) < 1:
        raise UsageError("portfolio.err_min_group", value=value)
    return int(text)


def input_paths(paths: list[Path] | None, settings: Settings) -> list[Path]:
    """The paths given, else the answers folder: the project's ``answers_dir``, else ./answers/ when it exists.

    ``assess`` writes to ./answers/ outside a project folder, so the commands that read answers look there too.
    """
    from osallisuus_cli.errors import UsageError

    if paths:
        return list(paths)
    folder = settings.get("answers_dir")
    if settings.project_file is None and folder is None and not (settings.base_dir() / "answers").is_dir():
        raise UsageError("team.err_no_inputs")
    base = settings.base_dir()
    default = base / (folder or "answers")
    if folder is not None and folder == settings.project.get("answers_dir"):
        _inside_project(base, default, folder)
    # shown in messages: answers/aino.yaml reads better than the absolute path
    return [Path(os.path.relpath(default)) if default.is_absolute() else default]


def _inside_project(base: Path, folder: Path, value: str) -> None:
    """The project file's answers folder, symlinks resolved, must still be inside the team folder."""
    from osallisuus_cli.errors import UsageError

    try:
        real_base, real = base.resolve(), folder.resolve()
    except (OSError, RuntimeError):  # a symlink loop: reading it reports the loop
        return
    if real != real_base and real_base not in real.parents:
        raise UsageError("team.err_answers_dir_outside", value=value)
    if real == real_base:
        raise UsageError("safety.answers_dir_is_project", value=value)


def duplicate_policy(on_duplicate: str) -> OnDuplicate:
    """--on-duplicate (or OSALLISUUS_ON_DUPLICATE), checked: error, latest or keep-both."""
    from osallisuus_cli.errors import UsageError
    from osallisuus_cli.teamwork.merge import ON_DUPLICATE

    policy = on_duplicate.strip().lower()
    if policy not in ON_DUPLICATE:
        raise UsageError("team.err_on_duplicate", value=policy)
    return policy  # type: ignore[return-value]  # one of ON_DUPLICATE, checked above


def is_stdout(output: Path | None) -> bool:
    return output is None or str(output) == "-"


def check_output(output: Path | None, force: bool = False) -> None:
    """Refuse, before any work is done, an output that is a folder or (without ``--force``) an existing file."""
    from osallisuus_cli.files.fsutil import check_new_file

    if not is_stdout(output):
        assert output is not None  # is_stdout says so
        check_new_file(output, force=force)


def refuse_output_among_inputs(
    output: Path | None, inputs: Sequence[Path], *, team_files_allowed: bool = False
) -> list[Path] | None:
    """The output must not be one of the input files: writing it would destroy what is being read.

    ``team_files_allowed``: merge may rewrite a team file it reads (bringing newcomers into it in place), since the
    result holds everything the old file held. Returns the input files (``expand_paths(inputs)``) when it had to
    list them, so that a folder of ten thousand answers is not walked twice.
    """
    if output is None or is_stdout(output):
        return None
    from osallisuus_cli.errors import UsageError
    from osallisuus_cli.teamwork.merge import expand_paths

    if not os.path.lexists(output):
        return None  # nothing there yet: writing it destroys nothing
    try:
        found = output.stat()
    except OSError:  # a link loop or a dangling link: compared by name below
        found = None
    target = _resolved(output)
    # An input that is not there is read (and reported) later; it cannot be the output. Listing every input gives
    # the same files and problems as listing those that exist: only folders are walked.
    missing = {p for p in inputs if not p.exists()}
    files = expand_paths(inputs)
    for path in files:
        if path in missing:
            continue
        # Device and inode first, one stat per file: resolving every part of every path of a folder of ten thousand
        # answers would cost seconds.
        if found is not None and not _same_file(path, found):
            continue
        if _resolved(path) == target and not (team_files_allowed and _is_team_file(path)):
            raise UsageError("team.err_output_is_input", file=str(output))
    return files


def refuse_team_inside_inputs(output: Path | None, inputs: Iterable[Path]) -> None:
    """A team file written into a folder being read would be read back next time: the same answers twice.

    Only YAML output counts (what a folder read picks up); hidden files are never read, so they are allowed.
    """
    if output is None or is_stdout(output):
        return
    from osallisuus_cli.errors import UsageError
    from osallisuus_cli.teamwork.merge import YAML_SUFFIXES

    if not output.name.lower().endswith(YAML_SUFFIXES) or output.name.startswith("."):
        return
    target = output.resolve()
    for folder in inputs:
        if folder.is_dir() and folder.resolve() in target.parents:
            raise UsageError("datacheck.err_output_in_input_folder", file=str(output), folder=str(folder))


def asked_for_names(anonymize: bool) -> bool:
    """``--no-anonymize`` (or OSALLISUUS_ANONYMIZE=0) given on purpose, not merely the default."""
    from typer._click.core import ParameterSource
    from typer._click.globals import get_current_context

    ctx = get_current_context(silent=True)
    if anonymize or ctx is None:
        return False
    return ctx.get_parameter_source("anonymize") in (ParameterSource.COMMANDLINE, ParameterSource.ENVIRONMENT)


def _same_file(path: Path, found: os.stat_result) -> bool:
    try:
        return os.path.samestat(path.stat(), found)
    except OSError:  # a loop or a link to nothing: decided by name
        return True


def _resolved(path: Path) -> Path:
    """``path`` with symlinks resolved; a symlink loop (refused when read) stays as written."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # Python before 3.13 raises RuntimeError for a loop
        return path.absolute()


def _is_team_file(path: Path) -> bool:
    from osallisuus_cli.errors import DataError
    from osallisuus_cli.files.readfile import open_regular
    from osallisuus_cli.model.teamread import looks_like_team_file

    try:
        fd = open_regular(path)  # a FIFO or a device is no team file, and is never waited on
    except DataError:
        return False
    try:
        return looks_like_team_file(os.read(fd, 4096))
    except OSError:
        return False
    finally:
        os.close(fd)


def write_output(output: Path, pieces: Iterable[str | bytes], *, private: bool) -> str:
    """Write to the file atomically or to standard output, piece by piece; the name to show in the summary."""
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


def gather_team(
    paths: list[Path] | None,
    settings: Settings,
    framework: Path | None,
    output: Path | None,
    *,
    policy: OnDuplicate,
    anonymize: bool = False,
    force: bool = False,
    team_files_allowed: bool = False,
    refused_anonymizing: bool = False,
    notes: bool = False,
) -> tuple[MergeResult, QuestionSet, list[Finding]]:
    """The team a command works on, merged from PATH... as ``merge`` does, its question set and the data check.

    ``output`` is checked first, so nothing is read (and nothing merged) for a command that could not write.
    The data check's findings (which include the merge's warnings) are returned; its warnings are printed on stderr,
    and its notes too with ``notes`` (merge prints them as part of its summary; a report has them in it).
    """
    from osallisuus_cli.cli.commands._common import load_framework
    from osallisuus_cli.teamwork.datacheck import check_inputs
    from osallisuus_cli.teamwork.merge import collect_team

    inputs = input_paths(paths, settings)
    # an input is never an output, even with --force: said before "exists", which --force would seem to answer
    files = refuse_output_among_inputs(output, inputs, team_files_allowed=team_files_allowed)
    if team_files_allowed:  # merge: the one command whose output is read back as input
        refuse_team_inside_inputs(output, inputs)
    check_output(output, force)
    qs = load_framework(framework)
    result = collect_team(
        inputs,
        qs,
        on_duplicate=policy,
        anonymize=anonymize,
        refused_anonymizing=refused_anonymizing,
        expanded=files,
    )
    findings = check_inputs(
        result.entries,
        qs,
        project_phase=settings.get("phase"),
        kept=result.team.responses,
        merge_warnings=result.warnings,
    )
    print_findings(findings if notes else [finding for finding in findings if finding.level != "note"])
    return result, qs, findings


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
