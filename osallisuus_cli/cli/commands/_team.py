"""What validate, merge and export share: where the inputs are, how output is written, the merge options."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import typer

ON_DUPLICATE_OPTION = typer.Option(
    None,
    "--on-duplicate",
    metavar="error|latest|keep-both",
    help="Same respondent twice for one project and phase: stop with an error (default), keep the latest "
    "'updated', or keep both with a warning. Also OSALLISUUS_ON_DUPLICATE.",
)
ANONYMIZE_OPTION = typer.Option(
    None,
    "--anonymize/--no-anonymize",
    help="Drop names, roles and file names; respondents become R1, R2, … in the order they started answering. "
    "Also OSALLISUUS_ANONYMIZE=1.",
    show_default=False,
)
FORCE_OPTION = typer.Option(False, "--force", help="Overwrite an existing output file.")


def input_paths(paths: list[Path] | None, settings: Any) -> list[Path]:
    """The paths given, else the answers folder of the project (``answers_dir`` in osallisuus.yaml)."""
    from osallisuus_cli.errors import UsageError

    if paths:
        return list(paths)
    folder = settings.get("answers_dir")
    if settings.project_file is None and folder is None:
        raise UsageError("team.err_no_inputs")
    default = settings.base_dir() / (folder or "answers")
    # shown in messages: answers/aino.yaml reads better than the absolute path
    return [Path(os.path.relpath(default)) if default.is_absolute() else default]


def merge_options(settings: Any, on_duplicate: str | None, anonymize: bool | None) -> tuple[str, bool]:
    """--on-duplicate and --anonymize with the usual precedence (flag > environment > project file > default)."""
    from osallisuus_cli.errors import UsageError
    from osallisuus_cli.teamwork.merge import ON_DUPLICATE

    policy = str(settings.get("on_duplicate", on_duplicate, "error")).strip().lower()
    if policy not in ON_DUPLICATE:
        raise UsageError("team.err_on_duplicate", value=policy)
    return policy, (anonymize if anonymize is not None else settings.flag("anonymize"))


def is_stdout(output: Path | None) -> bool:
    return output is None or str(output) == "-"


def check_output(output: Path | None, force: bool = False, *, overwrite_needs_force: bool = True) -> None:
    """Refuse, before any work is done, an output that is a folder or (without ``--force``) an existing file."""
    from osallisuus_cli.errors import UsageError

    if output is None or is_stdout(output):
        return
    if output.is_dir():
        raise UsageError("team.err_output_is_folder", file=str(output))
    if overwrite_needs_force and output.exists() and not force:
        raise UsageError("common.exists", file=str(output))


def refuse_output_among_inputs(
    output: Path | None, inputs: Iterable[Path], *, team_files_allowed: bool = False
) -> None:
    """The output must not be one of the input files: writing it would destroy what is being read.

    ``team_files_allowed``: merge may rewrite a team file it reads (bringing newcomers into it in place), since the
    result holds everything the old file held.
    """
    if output is None or is_stdout(output):
        return
    from osallisuus_cli.errors import UsageError
    from osallisuus_cli.teamwork.merge import expand_paths

    target = output.resolve()
    for path in expand_paths([p for p in inputs if p.exists()]):
        if path.resolve() == target and not (team_files_allowed and _is_team_file(path)):
            raise UsageError("team.err_output_is_input", file=str(output))


def _is_team_file(path: Path) -> bool:
    from osallisuus_cli.model.team import looks_like_team_file

    try:
        with path.open("rb") as handle:
            return looks_like_team_file(handle.read(4096))
    except OSError:
        return False


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
    """Pieces to standard output as UTF-8 bytes, whatever the terminal's locale says.

    A full disk or another failure of the stream is one clear line (exit 1); a reader that stops reading
    (``| head``) is left to ``guarded``, which ends every command alike.
    """
    buffer = getattr(sys.stdout, "buffer", None)
    sys.stdout.flush()
    for piece in pieces:  # made outside the guard: only a failing write is the stream's fault
        data = piece.encode("utf-8") if isinstance(piece, str) else piece
        with _stdout_errors():
            if buffer is not None:
                buffer.write(data)
            else:
                sys.stdout.write(data.decode("utf-8"))
    with _stdout_errors():
        (buffer or sys.stdout).flush()


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
    settings: Any,
    framework: Path | None,
    output: Path | None,
    *,
    policy: str,
    anonymize: bool = False,
    force: bool = False,
    overwrite_needs_force: bool = True,
    team_files_allowed: bool = False,
) -> tuple[Any, Any]:
    """The team a command works on, merged from PATH... as ``merge`` does, and its question set.

    ``output`` is checked first, so nothing is read (and nothing merged) for a command that could not write.
    Warnings of the merge are printed; the MergeResult and the QuestionSet are returned.
    """
    from osallisuus_cli.cli.commands._common import load_framework
    from osallisuus_cli.teamwork.merge import collect_team

    check_output(output, force, overwrite_needs_force=overwrite_needs_force)
    inputs = input_paths(paths, settings)
    refuse_output_among_inputs(output, inputs, team_files_allowed=team_files_allowed)
    qs = load_framework(framework, settings)
    result = collect_team(inputs, qs, on_duplicate=policy, anonymize=anonymize)  # type: ignore[arg-type]
    print_warnings(result.warnings)
    return result, qs


def print_warnings(warnings: list[Any]) -> None:
    from osallisuus_cli.cli.commands._common import error

    for warning in warnings:
        error(warning.render(), warning=True)
