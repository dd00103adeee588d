"""Where every setting comes from: flag > OSALLISUUS_* environment > project file > default.

Click applies that order, in one place: each option names its environment variable (``envvar=``) and the project
file is Click's ``default_map`` (``ProjectDefaults``), read the first time an option asks it for a default. The
language follows the same order with two tiers more — the answers file being continued, the system locale — in the
one rule ``i18n.resolve_language``: --lang's callback (``take_language``) gives it the flag and the project file's
value as Click found them (and the rule reads OSALLISUUS_LANG and the locale itself), so a command speaks its
language from the moment its options are read. Help and usage errors come before parsing: the same rule is given the
``--lang`` and the project file found among the arguments (``typed_language``, ``project_language``).

The project file is ``osallisuus.yaml`` in the current folder or the nearest folder above it (``osallisuus init``
writes it). Its other keys (the project's name, code, phase, answers folder…) are the team's data rather than
settings: ``current_settings()`` hands them to the commands that use them.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import typer

from osallisuus_cli.cli.toolkit import ParameterSource, get_current_context
from osallisuus_cli.model.projectpath import Settings, load_settings

__all__ = [
    "PROJECT_DEFAULTS",
    "Settings",
    "current_settings",
    "load_settings",
    "project_language",
    "settle_language",
    "switch",
    "take_language",
    "typed_language",
    "use_project_file",
]

#: Options whose default may come from the project file (a key there of the same name), and the commands whose option
#: it is (None: every command that has it). The project's phase is the default of the phase a report describes, an
#: import or a portfolio export assumes and a new workshop is held in; assess reads it as the project's data
#: (``current_settings``: it offers it as the answer to a question).
PROJECT_OPTIONS: dict[str, frozenset[str] | None] = {
    "lang": None,
    "framework": None,
    "min_group": frozenset({"report", "export", "workshop"}),
    "phase": frozenset({"report", "export", "import", "workshop"}),
}

_META_KEY = "osallisuus.settings"
_LANG_GIVEN = "osallisuus.lang-given"  # (the flag, the project file's lang) as Click gave them to --lang
_OFF = frozenset({"", "0", "false", "no", "off", "n", "ei", "nej"})


def current_settings() -> Settings:
    """The project file of this command run, read once (the options' defaults came from the same reading)."""
    ctx = get_current_context(silent=True)
    if ctx is None:  # called outside a command (a library user, a test): read it now
        return load_settings()
    if _META_KEY not in ctx.meta:
        ctx.meta[_META_KEY] = load_settings()
    settings: Settings = ctx.meta[_META_KEY]
    return settings


class ProjectDefaults(Mapping[str, Any]):
    """Click's ``default_map`` for every command: the project file's value of an option in PROJECT_OPTIONS.

    Click asks a command's map for each option that was given neither as a flag nor in the environment, and a
    group's map for the map of each subcommand (this same object). The file is read only when an option of
    PROJECT_OPTIONS asks, and never while help is being shown, so ``--help`` stays fast and works beside a broken
    project file. ``osallisuus init`` opts out (it writes the project file; see ``cli.app``).
    """

    def __getitem__(self, key: str) -> Any:
        ctx = get_current_context(silent=True)
        if ctx is None:
            raise KeyError(key)
        if key in getattr(ctx.command, "commands", {}):
            return self  # a subcommand's context is being made: it takes its defaults from here too
        if key not in PROJECT_OPTIONS or ctx.resilient_parsing:
            raise KeyError(key)
        commands = PROJECT_OPTIONS[key]
        if commands is not None and ctx.info_name not in commands:
            raise KeyError(key)
        value = current_settings().get(key)
        if value is None:
            raise KeyError(key)
        return value

    def __iter__(self) -> Iterator[str]:
        return iter(PROJECT_OPTIONS)

    def __len__(self) -> int:
        return len(PROJECT_OPTIONS)


PROJECT_DEFAULTS = ProjectDefaults()


def use_project_file(ctx: typer.Context, param: typer.CallbackParam, value: Path | None) -> Path | None:
    """``--project-file``'s callback (an eager option: read before every other): the file given becomes this run's
    project file, so the options' defaults — the language, the question set, the phase — come from it as they would
    from ``osallisuus.yaml``."""
    if value is not None and not ctx.resilient_parsing:
        from osallisuus_cli.errors import UsageError
        from osallisuus_cli.model.project import load_project_file

        if not value.is_file():
            raise UsageError("common.file_not_found", file=str(value))
        ctx.meta[_META_KEY] = Settings(project=load_project_file(value), project_file=value)
    return value


def switch(value: str | bool) -> bool:
    """A yes/no setting from the environment: 0, false, no, off (ei, nej) or empty switch it off, anything else on."""
    if isinstance(value, bool):
        return value
    return value.strip().lower() not in _OFF


def take_language(ctx: typer.Context, param: typer.CallbackParam, value: str | None) -> str | None:
    """--lang's callback: settle the command's language as soon as its options are read, so that whatever comes
    next — a broken project file, a bad value of another option — is said in it; the command's ``lang`` is the
    language settled (fi, sv or en).

    Click hands over the flag or, when none was typed, the project file's ``lang:`` (its ``default_map``; the file
    given with --project-file when there is one). A typed value that is no language is bad usage; an unknown
    OSALLISUUS_LANG is passed over with a warning."""
    if ctx.resilient_parsing:
        return value
    from osallisuus_cli.i18n import LANGUAGE_VARIABLE, language_code

    source = ctx.get_parameter_source(param.name or "lang")
    flag = value if source is ParameterSource.COMMANDLINE else None
    if flag is not None and language_code(flag) is None:
        from osallisuus_cli.errors import UsageError

        raise UsageError("common.bad_language", value=flag)
    ctx.meta[_LANG_GIVEN] = (flag, value if source is ParameterSource.DEFAULT_MAP else None)
    language = settle_language()
    ignored = os.environ.get(LANGUAGE_VARIABLE, "").strip()
    if flag is None and ignored and language_code(ignored) is None:
        from osallisuus_cli.cli.output import error
        from osallisuus_cli.i18n import t

        error(t("common.bad_language_env", value=ignored, lang=language), warning=True)
    return language


def settle_language(*, recorded: str | None = None, project: str | None = None) -> str:
    """The language of this command run by ``i18n.resolve_language``, made the current one: what --lang's callback
    took from Click, and what the command learnt since — the language of the answers file it continues
    (``recorded``), the project's language just chosen (``project``, ``init``)."""
    from osallisuus_cli.i18n import resolve_language, set_language

    ctx = get_current_context(silent=True)
    flag, known_project = ctx.meta.get(_LANG_GIVEN, (None, None)) if ctx is not None else (None, None)
    language = resolve_language(flag, recorded=recorded, project=project or known_project)
    set_language(language)
    return language


# --- before the command line is parsed (help, usage errors): the language's sources read from the arguments ------

_LANG_LINE = re.compile(r"^lang\s*:\s*['\"]?([A-Za-z]{2})['\"]?\s*(?:#.*)?$", re.MULTILINE)
_MAX_PROJECT_BYTES = 64 * 1024


def typed_language(args: Sequence[str]) -> str | None:
    """The value of --lang (or -l) among the arguments, before Click has parsed them."""
    return _option_value(args, "--lang", "-l")


def project_language(args: Sequence[str]) -> str | None:
    """``lang:`` of the project file the arguments will use: the one given with --project-file, else the one found
    from the current folder. Read as a line of text, so help starts without a YAML parser; a file that cannot be
    read, or is no regular file (a pipe would wait for ever), says nothing here (the command itself reports it)."""
    from osallisuus_cli.model.projectpath import find_project_file

    given = _option_value(args, "--project-file", None)
    try:
        path = Path(given) if given else find_project_file()
        if path is None or not path.is_file():
            return None
        with path.open("rb") as handle:
            text = handle.read(_MAX_PROJECT_BYTES).decode("utf-8-sig", errors="replace")
    except (OSError, ValueError):
        return None
    match = _LANG_LINE.search(text)
    return match.group(1) if match else None


def _option_value(args: Sequence[str], long: str, short: str | None) -> str | None:
    for index, arg in enumerate(args):
        if arg == "--":
            return None
        if arg in (long, short) and index + 1 < len(args):
            return args[index + 1]
        if arg.startswith(f"{long}="):
            return arg.partition("=")[2]
        if short and arg.startswith(short) and len(arg) > len(short) and not arg.startswith("--"):
            return arg[len(short) :]
    return None
