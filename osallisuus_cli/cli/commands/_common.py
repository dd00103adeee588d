"""What every command shares: error handling, language, output streams and common options."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import typer

F = TypeVar("F", bound=Callable[..., Any])


@dataclass
class State:
    debug: bool = False


state = State()

# Options used by several commands, declared once so they read the same everywhere.
LANG_OPTION = typer.Option(
    None, "--lang", "-l", metavar="fi|sv|en", help="Language (default: OSALLISUUS_LANG, then the locale, then fi)."
)
FRAMEWORK_OPTION = typer.Option(
    None,
    "--framework",
    "-f",
    metavar="FILE",
    help="Question-set YAML file (default: the built-in THL set).",
    dir_okay=False,
)
JSON_OPTION = typer.Option(False, "--json", help="Print machine-readable JSON on stdout.")


def guarded(func: F) -> F:
    """Turn every expected failure into one line per problem on stderr and the right exit code.

    This is the one place where errors become messages: OsallisuusError subclasses carry their exit code
    (1 bad data, 2 bad usage, 130 interrupted). A reader that stops reading (``osallisuus report … | head``) ends
    the command quietly with 141, as SIGPIPE ends other tools. Anything else is a bug: a short message, or the
    traceback with --debug.
    """

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from osallisuus_cli.errors import Interrupted, OsallisuusError

        _early_language(kwargs.get("lang"))
        try:
            return func(*args, **kwargs)
        except typer.Exit:
            raise
        except OsallisuusError as exc:
            if state.debug:
                import traceback

                traceback.print_exc()
            for line in exc.lines():
                # an interrupted session is not a failure: everything is saved, so no "error:" prefix
                info(line) if isinstance(exc, Interrupted) else error(line)
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

    return wrapper  # type: ignore[return-value]


def _early_language(flag: Any) -> None:
    """Speak the requested language from the start, so that errors met before the command settles its language
    (a broken project file, say) are already in it. The command's own ``use_language`` decides afterwards."""
    from osallisuus_cli.i18n import LANGUAGES, set_language

    for candidate in (flag, os.environ.get("OSALLISUUS_LANG")):
        if isinstance(candidate, str) and candidate.strip().lower() in LANGUAGES:
            set_language(candidate.strip().lower())
            return


BROKEN_PIPE = 128 + 13  # what a shell reports for a command ended by SIGPIPE


def _discard_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's last flush does not fail (and print) a second time."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # not a real file (tests), or already closed
        pass


def use_language(flag: str | None, *, recorded: str | None = None, project: str | None = None) -> str:
    """Check --lang, resolve the language with its precedence and make it the current one."""
    from osallisuus_cli.errors import UsageError
    from osallisuus_cli.i18n import LANGUAGES, resolve_language, set_language

    if flag is not None and flag.strip().lower() not in LANGUAGES:
        raise UsageError("common.bad_language", value=flag)
    lang = resolve_language(flag, recorded=recorded, project=project)
    set_language(lang)
    env = os.environ.get("OSALLISUUS_LANG", "").strip()
    if flag is None and env and env.lower() not in LANGUAGES:
        from osallisuus_cli.i18n import t

        error(t("common.bad_language_env", value=env, lang=lang), warning=True)
    return lang


def color_enabled(stream: Any = None) -> bool:
    stream = stream or sys.stderr
    return "NO_COLOR" not in os.environ and hasattr(stream, "isatty") and stream.isatty()


def error(message: str, *, warning: bool = False) -> None:
    """One message on stderr, prefixed with 'virhe:'/'varoitus:' in the current language."""
    from osallisuus_cli.errors import printable
    from osallisuus_cli.i18n import t

    prefix = t("common.warning_prefix" if warning else "common.error_prefix")
    if color_enabled():
        color = "33" if warning else "31"
        prefix = f"\x1b[{color}m{prefix}\x1b[0m"
    sys.stderr.write(f"{prefix}: {printable(message)}\n")
    sys.stderr.flush()


def info(message: str) -> None:
    """A message on stderr; names and texts from files in it cannot drive the terminal (see errors.printable)."""
    from osallisuus_cli.errors import printable

    sys.stderr.write(printable(message, lines=True) + "\n")
    sys.stderr.flush()


def load_framework(path: Path | None, settings: Any = None) -> Any:
    """The question set from --framework, else from settings (env / project file), else the built-in set."""
    from osallisuus_cli.model.questionset import load_question_set

    chosen = path
    if chosen is None and settings is not None:
        value = settings.get("framework")
        chosen = Path(value) if value else None
    return load_question_set(chosen)


def print_json(data: Any) -> None:
    import json

    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n")
