"""What every command shares: error handling, language, output streams and common options."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from osallisuus_cli.cli.output import color_enabled, error, info, write_stdout
from osallisuus_cli.cli.settings import switch, take_language
from osallisuus_cli.cli.toolkit import ClickException, Context, ParameterSource, TyperGroup, get_current_context

if TYPE_CHECKING:
    from osallisuus_cli.questionsets.framework import QuestionSet

T = TypeVar("T")


@dataclass
class State:
    debug: bool = False


state = State()

# Options used by several commands, declared once so they read the same everywhere. Each names its environment
# variable (the language's rule reads OSALLISUUS_LANG itself: help needs it before Click runs); the project file's
# value comes through Click's default_map (see cli.settings).
LangOption = Annotated[
    str | None,
    typer.Option(
        "--lang",
        "-l",
        metavar="fi|sv|en",
        callback=take_language,  # flag > OSALLISUUS_LANG > project file > locale (i18n.resolve_language)
        help="Language (default: OSALLISUUS_LANG, then the project file, then the system language).",
    ),
]
FrameworkOption = Annotated[
    Path | None,
    typer.Option(
        "--framework",
        "-f",
        metavar="FILE",
        envvar="OSALLISUUS_FRAMEWORK",
        show_envvar=False,
        help="Question-set YAML file (default: the built-in THL set).",
        dir_okay=False,
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON on stdout.")]
QuietOption = Annotated[
    bool, typer.Option("--quiet", help="Show no progress during long work (never shown in a pipe or in CI either).")
]
# The same option in several commands, declared once: what it says in each command's help comes from the catalogue
# (help.<command>.<option>, else help.opt.<option> in i18n/help.py), and so does the word shown for its value.
OutputFileOption = Annotated[
    Path | None, typer.Option("--output", "-o", metavar="FILE", help="The file to write (default: see the command).")
]
OutputOrStdoutOption = Annotated[
    Path, typer.Option("--output", "-o", metavar="FILE", help="File to write; '-' (default) is standard output.")
]
PhaseOption = Annotated[
    str | None,
    typer.Option("--phase", metavar="PHASE", help="suunnittelu, toteutus or arviointi, in any language, or 1-3."),
]
SectionOption = Annotated[
    list[str] | None,
    typer.Option("--section", "-s", metavar="SECTION", help="Only this section: 1, 2A, 2B, 3 or R. Repeatable."),
]
ProjectNameOption = Annotated[
    str | None, typer.Option("--project", metavar="NAME", help="Project name (default: the project file's).")
]
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
MinGroupOption = Annotated[  # report (every report), export --by project, workshop: one rule, one setting
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


def typed(name: str, value: T) -> T | None:
    """``value`` when the option ``name`` was typed on the command line, else None: commands printed back for the
    user to copy repeat what she typed, not what the environment or the project file supplied."""
    ctx = get_current_context(silent=True)
    if ctx is not None and ctx.get_parameter_source(name) is not ParameterSource.COMMANDLINE:
        return None
    return value


class GuardedGroup(TyperGroup):
    """The ``osallisuus`` command group: every command runs inside ``guard`` — its options, their defaults from the
    project file and its body — so a new command cannot forget it."""

    def invoke(self, ctx: Context) -> Any:
        with guard():
            return super().invoke(ctx)


@contextlib.contextmanager
def guard() -> Iterator[None]:
    """Turn every expected failure into one line per problem on stderr and the right exit code.

    This is the one place where errors become messages: OsallisuusError subclasses carry their exit code
    (1 bad data, 2 bad usage, 130 interrupted). A reader that stops reading (``osallisuus report … | head``) ends
    the command quietly with 141, as SIGPIPE ends other tools. Anything else is a bug: a short message, or the
    traceback with --debug. Click's own usage errors pass through to Click.
    """
    from osallisuus_cli.errors import Interrupted, OsallisuusError

    try:
        yield
    except (typer.Exit, ClickException):
        raise
    except OsallisuusError as exc:
        if state.debug:
            import traceback

            traceback.print_exc()
        for line in exc.lines():
            # an interrupted session is not a failure: everything is saved, so no "error:" prefix
            if isinstance(exc, Interrupted):  # broken between words on a terminal, the command to continue kept whole
                info(line, keep=[value for value in exc.params.values() if isinstance(value, str)])
            else:
                error(line)
        raise typer.Exit(exc.exit_code) from None
    except (KeyboardInterrupt, typer.Abort):  # typer.prompt turns Ctrl-C and Ctrl-D into Abort
        from osallisuus_cli.i18n import t

        error(t("common.interrupted"), warning=True)
        raise typer.Exit(130) from None
    except BrokenPipeError:
        _discard_stdout()
        raise typer.Exit(BROKEN_PIPE) from None
    except OSError as exc:  # the system refused something we did not foresee: a full disk under stdout, say
        if state.debug:
            raise
        from osallisuus_cli.i18n import t

        error(t("common.system_error", detail=exc.strerror or str(exc)))
        raise typer.Exit(1) from None
    except Exception as exc:
        if state.debug:
            raise
        from osallisuus_cli.i18n import t

        error(t("common.unexpected", detail=f"{type(exc).__name__}: {exc}"))
        raise typer.Exit(1) from None


BROKEN_PIPE = 128 + 13  # what a shell reports for a command ended by SIGPIPE


def _discard_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's last flush does not fail (and print) a second time."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # not a real file (tests), or already closed
        pass


def load_framework(path: Path | None) -> QuestionSet:
    """The question set from --framework (flag, OSALLISUUS_FRAMEWORK or the project file), else the built-in set."""
    from osallisuus_cli.questionsets.reading import load_question_set

    return load_question_set(path)


def print_json(data: Any) -> None:
    import json

    write_stdout([json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n"])


__all__ = ["FrameworkOption", "LangOption", "color_enabled", "error", "guard", "info", "load_framework", "print_json"]
