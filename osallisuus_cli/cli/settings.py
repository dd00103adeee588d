"""Where every setting comes from: flag > OSALLISUUS_* environment > project file > default.

Click applies that order, in one place: each option names its environment variable (``envvar=``) and the project
file is Click's ``default_map`` (``ProjectDefaults``), read the first time an option asks it for a default. The
language has two tiers more — the answers file being continued and the system locale — added by ``use_language``.

The project file is ``osallisuus.yaml`` in the current folder or the nearest folder above it (``osallisuus init``
writes it). Its other keys (the project's name, code, phase, answers folder…) are the team's data rather than
settings: ``current_settings()`` hands them to the commands that use them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
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
    "switch",
    "use_language",
    "use_project_file",
]

#: Options whose default may come from the project file (a key there of the same name), and the commands whose option
#: it is (None: every command that has it). The project's phase is the default of the phase a report describes and
#: an import or a portfolio export assumes; assess and workshop read it as the project's data (``current_settings``).
PROJECT_OPTIONS: dict[str, frozenset[str] | None] = {
    "lang": None,
    "framework": None,
    "min_group": frozenset({"report", "export"}),
    "phase": frozenset({"report", "export", "import"}),
}

_META_KEY = "osallisuus.settings"
_LANG_WARNED = "osallisuus.lang-warned"
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


def early_language(ctx: typer.Context, param: typer.CallbackParam, value: str | None) -> str | None:
    """--lang's callback: speak a valid flag's language at once, so errors met before the command settles its
    language (a broken project file, say) are already in it; an unknown OSALLISUUS_LANG gives way to the project
    file (``use_language`` warns about it)."""
    from osallisuus_cli.i18n import LANGUAGES, set_language

    source = ctx.get_parameter_source(param.name or "lang")
    code = (value or "").strip().lower()
    if code in LANGUAGES:
        if source is ParameterSource.COMMANDLINE:
            set_language(code)
        return code
    if source is ParameterSource.ENVIRONMENT:
        fallback = ctx.lookup_default(param.name or "lang")
        ctx.set_parameter_source(param.name or "lang", ParameterSource.DEFAULT_MAP if fallback else source)
        return str(fallback) if fallback else None
    return value  # an unknown flag is refused by use_language, in the language settled by then


def use_language(lang: str | None, *, recorded: str | None = None) -> str:
    """Settle the language of this command and make it the current one.

    ``lang`` is the --lang parameter as Click resolved it (flag > OSALLISUUS_LANG > project file); the answers file
    being continued (``recorded``) comes after the flag and the environment but before the project file, and the
    system locale after all three (i18n.resolve_language).
    """
    from osallisuus_cli.errors import UsageError
    from osallisuus_cli.i18n import LANGUAGES, resolve_language, set_language

    ctx = get_current_context(silent=True)
    source = ctx.get_parameter_source("lang") if ctx is not None else ParameterSource.COMMANDLINE
    if lang is not None and source is ParameterSource.COMMANDLINE and lang.strip().lower() not in LANGUAGES:
        raise UsageError("common.bad_language", value=lang)
    personal = source in (ParameterSource.COMMANDLINE, ParameterSource.ENVIRONMENT)
    language = resolve_language(lang, personal=personal, recorded=recorded)
    set_language(language)
    env = os.environ.get("OSALLISUUS_LANG", "").strip()
    ignored = source is not ParameterSource.COMMANDLINE and env and env.lower() not in LANGUAGES
    if ignored and (ctx is None or not ctx.meta.get(_LANG_WARNED)):  # said once, though assess settles twice
        from osallisuus_cli.cli.output import error
        from osallisuus_cli.i18n import t

        error(t("common.bad_language_env", value=env, lang=language), warning=True)
        if ctx is not None:
            ctx.meta[_LANG_WARNED] = True
    return language
