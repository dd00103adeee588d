"""What validate, merge and export share: where the inputs are, how output is written, the merge options."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
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
    from osallisuus_cli.merge import ON_DUPLICATE

    policy = str(settings.get("on_duplicate", on_duplicate, "error")).strip().lower()
    if policy not in ON_DUPLICATE:
        raise UsageError("team.err_on_duplicate", value=policy)
    return policy, (anonymize if anonymize is not None else settings.flag("anonymize"))


def check_output(output: Path, force: bool) -> None:
    """Refuse an existing output file before any work is done (``-`` is standard output)."""
    from osallisuus_cli.errors import UsageError

    if str(output) != "-" and output.exists() and not force:
        raise UsageError("common.exists", file=str(output))


def write_output(output: Path, pieces: Iterable[str | bytes], *, private: bool) -> str:
    """Write to the file atomically or to standard output, piece by piece; the name to show in the summary."""
    if str(output) == "-":
        sys.stdout.flush()
        for piece in pieces:
            sys.stdout.buffer.write(piece.encode("utf-8") if isinstance(piece, str) else piece)
        sys.stdout.flush()
        from osallisuus_cli.i18n import t

        return t("team.stdout")
    from osallisuus_cli import fsutil

    fsutil.atomic_write(output, pieces, private=private)
    return str(output)


def print_warnings(warnings: list[Any]) -> None:
    from osallisuus_cli.commands._common import error

    for warning in warnings:
        error(warning.render(), warning=True)
