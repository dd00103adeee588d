"""Help and usage errors in the user's language.

Every command's description, examples and option texts come from the catalogue ``i18n/help.py``; the names shown
for option values are words (TIEDOSTO, FIL, FILE), never Python types; and mistakes on the command line itself
("no such option", "invalid value", "missing argument") are said in the same language, in the tool's own one-line
form, with exit code 2. The screen is written as every other text the tool writes (``cli.streams``): a console that
lacks a letter shows its stand-in.

The help is in the user's language, so the language is settled before the command line is parsed: by the rule of
every command (``i18n.resolve_language``), given the ``--lang`` and the project file found among the arguments
(``cli.settings``). This runs on every start, ``--help`` included: it imports neither YAML nor pydantic (the project
file's ``lang:`` line is read as text), and the catalogue is one module of strings.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from typing import Any

from osallisuus_cli.cli.commands._common import GuardedGroup
from osallisuus_cli.cli.settings import project_language, typed_language
from osallisuus_cli.cli.toolkit import HelpFormatter, click_exceptions, install_gettext
from osallisuus_cli.i18n import catalogue, resolve_language, set_language, t

# What kind of value an option takes, by parameter name (and "command.parameter" where a command differs); shown
# as a word in the user's language. Options with their choices as metavar (fi|sv|en, md|html) keep them.
VALUE_KINDS: dict[str, str] = {
    "output": "file",
    "framework": "file",
    "from_file": "file",
    "file": "file",
    "templates": "folder",
    "answers_dir": "folder",
    "folder": "folder",
    "demo.output": "folder",
    "import.output": "folder",
    "kit.output": "folder",
    "import.mapping": "file",
    "project_file": "file",
    "project": "name",
    "sheet": "name",
    "paths": "paths",
    "question": "question",
    "section": "section",
    "name": "name",
    "template": "name",
    "title": "text",
    "organisation": "text",
    "region": "text",
    "code": "code",
    "phase": "phase",
    "sort": "column",
    "id_column": "column",
    "min_group": "number",
    "resume": "file",
    "port": "number",
}
# --- the help texts ---------------------------------------------------------------------------------------------


def _text(key: str, lang: str) -> str | None:
    entry = catalogue("help").get(key)
    return None if entry is None else entry.get(lang) or entry["fi"]


def _no_type(ctx: Any) -> None:  # an argument shows its name only: never <list[Path]>
    return None


def localise(command: Any, lang: str, path: str = "") -> None:
    """Put the catalogue's texts in ``lang`` on ``command``, its parameters and its subcommands."""
    name = path or "app"
    if (text := _text(f"help.{name}", lang)) is not None:
        command.help = text
    command.short_help = _text(f"help.{name}.short", lang)
    command.epilog = _text(f"help.{name}.epilog", lang)
    command.options_metavar = t("help.options_metavar", lang)
    if hasattr(command, "subcommand_metavar"):
        command.subcommand_metavar = t("help.command_metavar", lang)
    command_name = path.rpartition("_")[2] if path else ""
    for param in command.params:
        if param.name is None:
            continue
        text = _text(f"help.{name}.{param.name}", lang) or _text(f"help.opt.{param.name}", lang)
        if text is not None:
            param.help = text
            if t("help.default", lang, default="").rstrip(": ") in text:
                param.show_default = False  # the text already says the default, in words
        kind = VALUE_KINDS.get(f"{command_name}.{param.name}") or VALUE_KINDS.get(param.name)
        declared = param.metavar or ""
        if kind and not ("|" in declared and declared.islower()):  # fi|sv|en stays as it is
            param.metavar = t(f"help.metavar.{kind}", lang)
        elif param.param_type_name == "option" and not getattr(param, "is_flag", False) and not declared:
            param.metavar = t("help.metavar.text", lang)
        if param.param_type_name == "argument":
            param.display_type_rich = _no_type
        elif str(param.default) == "-":  # standard output: the help text says so in words
            param.show_default = False
    _localise_screen(command)
    for sub_name, sub in getattr(command, "commands", {}).items():
        localise(sub, lang, f"{path}_{sub_name}" if path else sub_name)


# The few words typer's help screen takes from gettext; the rest of the screen is the catalogue's.
_TYPER_WORDS = {
    "Arguments": "help.arguments",
    "Options": "help.options",
    "Commands": "help.commands",
    "required": "help.required",
    "Aborted!": "help.aborted",
}


def _typer_gettext(message: str) -> str:
    if message in _TYPER_WORDS:
        return t(_TYPER_WORDS[message])
    if message == "default: {default}":
        return t("help.default", default="{default}")
    if message == "env var: {var}":
        return t("help.env_var", var="{var}")
    return message


def install() -> None:
    """Let typer's help screen speak the catalogue's language (its headings and [default: …] notes)."""
    install_gettext(_typer_gettext)


class _Formatter(HelpFormatter):
    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, prefix=f"{t('help.usage')} " if prefix is None else prefix)


_CONTEXTS: dict[type, type] = {}


def _localise_screen(command: Any) -> None:
    """The "Usage:" line and the help option's own text, which Click makes while it parses."""
    base = command.context_class
    if base not in _CONTEXTS.values():
        localised = type("LocalisedContext", (base,), {"formatter_class": _Formatter})
        command.context_class = _CONTEXTS.setdefault(base, localised)
    original = type(command).get_help_option

    def get_help_option(ctx: Any) -> Any:
        option = original(command, ctx)
        if option is not None:
            option.help = t("help.opt.help")
            option.callback = _show_help
        return option

    command.get_help_option = get_help_option


def _show_help(ctx: Any, param: Any, value: bool) -> None:
    """--help: the screen on standard output as the tool writes every text there (Click's own callback would wrap a
    stream that says ASCII in a UTF-8 writer of its own, where everything else gets stand-ins, ``cli.streams``)."""
    if value and not ctx.resilient_parsing:
        write_text(sys.stdout, ctx.get_help())
        ctx.exit()


def write_text(stream: Any, text: str) -> None:
    if stream is None:  # no standard stream at all (pythonw on Windows): nowhere to show it, as Click does
        return
    stream.write(text + "\n")
    stream.flush()


# --- usage errors -----------------------------------------------------------------------------------------------

_NOT_ONE_OF = re.compile(r"^'?(?P<value>.*?)'? is not one of (?P<choices>.*)\.$", re.DOTALL)
# Click's own integer type names the value; Typer 0.29 converts numbers with pydantic, which does not
_NOT_INT = re.compile(r"^(?:'?(?P<value>.*?)'? is not a valid integer|Input should be a valid integer)", re.DOTALL)
_NEEDS_VALUE = re.compile(r"^Option '?(?P<option>[^' ]+)'? requires (?:an argument|\d+ arguments)\.$")
_NO_VALUE = re.compile(r"^Option '?(?P<option>[^' ]+)'? does not take a value\.$")
_EXTRA = re.compile(r"^Got unexpected extra argument(?:s|\(s\))? \((?P<words>.*)\)$", re.DOTALL)
_NO_COMMAND = re.compile(r"^No such command '(?P<name>.*)'\.")
# click.Path's checks: "File 'answers/' is a directory." (the kind capitalised or not, as Click versions differ)
_PATH = re.compile(
    r"^(?:file|directory|path) '(?P<path>.*)' (?P<what>does not exist|is a file|is a directory|is not readable|"
    r"is not writable|is not executable)\.$",
    re.DOTALL | re.IGNORECASE,
)
_PATH_KEYS = {
    "does not exist": "help.err_path_missing",
    "is a file": "help.err_path_is_file",
    "is a directory": "help.err_path_is_folder",
    "is not readable": "help.err_path_unreadable",
    "is not writable": "help.err_path_unwritable",
    "is not executable": "help.err_path_unreadable",
}
_MISSING_COMMAND = "Missing command."
# Click's English messages that are said again in the user's language: when Click rewords one, the English passes
# through untranslated, so tests/test_toolkit.py makes each message with the installed Click and matches it here.
CLICK_MESSAGES: dict[str, re.Pattern[str]] = {
    "not_one_of": _NOT_ONE_OF,
    "not_int": _NOT_INT,
    "needs_value": _NEEDS_VALUE,
    "no_value": _NO_VALUE,
    "extra": _EXTRA,
    "no_command": _NO_COMMAND,
    "missing_command": re.compile(re.escape(_MISSING_COMMAND) + "$"),
}


def _detail(message: str) -> str:
    if match := _PATH.match(message):
        return t(_PATH_KEYS[match["what"].lower()], path=match["path"])
    if match := _NOT_ONE_OF.match(message):
        return t("help.err_not_one_of", value=match["value"], choices=match["choices"])
    if match := _NOT_INT.match(message):
        if match["value"] is None:
            return t("help.err_whole_number")
        return t("help.err_not_a_number", value=match["value"])
    return message


def _param_name(param: Any) -> str:
    if param is None:
        return ""
    if param.param_type_name == "option":
        return max(param.opts, key=len)
    return param.metavar or (param.name or "").upper()


def usage_message(exc: click_exceptions.UsageError) -> str:
    """Click's message for a mistake on the command line, in the current language."""
    if isinstance(exc, click_exceptions.NoSuchOption):
        message = t("help.err_no_such_option", option=exc.option_name)
        if exc.possibilities:
            message = t("help.err_did_you_mean", message=message, options=", ".join(sorted(exc.possibilities)))
        return message
    if isinstance(exc, click_exceptions.MissingParameter):
        name = _param_name(exc.param)
        option = getattr(exc.param, "param_type_name", "") == "option"
        return t("help.err_missing_option" if option else "help.err_missing_argument", name=name)
    if isinstance(exc, click_exceptions.BadParameter):
        return t("help.err_invalid_value", name=_param_name(exc.param) or "?", detail=_detail(exc.message))
    message = exc.message
    if match := _NEEDS_VALUE.match(message):
        return t("help.err_needs_value", option=match["option"])
    if match := _NO_VALUE.match(message):
        return t("help.err_takes_no_value", option=match["option"])
    if match := _EXTRA.match(message):
        return t("help.err_extra_arguments", words=match["words"])
    if match := _NO_COMMAND.match(message):
        return t("help.err_no_such_command", name=match["name"])
    if message == _MISSING_COMMAND:
        return t("help.err_missing_command")
    return message


class LocalisedUsageError(click_exceptions.UsageError):
    """A usage error shown as the tool shows every error: one line "virhe: …", and where to find help."""

    def __init__(self, original: click_exceptions.UsageError) -> None:
        super().__init__(usage_message(original), original.ctx)
        self.exit_code = original.exit_code

    def show(self, file: Any = None) -> None:
        from osallisuus_cli.cli.output import error, info

        error(self.message)
        if self.ctx is not None:
            info(t("help.try_help", command=self.ctx.command_path))


class HelpForNoArguments(click_exceptions.NoArgsIsHelpError):
    """``osallisuus`` (or ``osallisuus questions``) alone: the help screen on stderr, written as --help writes it."""

    def __init__(self, original: click_exceptions.NoArgsIsHelpError) -> None:
        super().__init__(original.ctx)

    def show(self, file: Any = None) -> None:
        write_text(file or sys.stderr, self.format_message())


def _localised(exc: click_exceptions.UsageError) -> click_exceptions.UsageError:
    if isinstance(exc, (LocalisedUsageError, HelpForNoArguments)):
        return exc
    if isinstance(exc, click_exceptions.NoArgsIsHelpError):
        return HelpForNoArguments(exc)
    return LocalisedUsageError(exc)


class LocalisedGroup(GuardedGroup):
    """The ``osallisuus`` command: settles the language first, then parses; usage errors in that language."""

    def main(self, args: Sequence[str] | None = None, *rest: Any, **options: Any) -> Any:
        given = list(sys.argv[1:] if args is None else args)
        project = project_language(given) if self._reads_project_file(given) else None
        lang = resolve_language(typed_language(given), project=project)
        set_language(lang)
        install()
        localise(self, lang)
        return super().main(args, *rest, **options)

    def _reads_project_file(self, given: Sequence[str]) -> bool:
        """Whether the command named takes its defaults from the project file: ``init``, which writes the file,
        takes none (an empty ``default_map``), so neither its help nor the command speaks the file's language."""
        named = next((arg for arg in given if not arg.startswith("-")), None)
        command = self.commands.get(named) if named is not None else None
        settings = getattr(command, "context_settings", None) or {}
        return "default_map" not in settings or len(settings["default_map"]) > 0

    def make_context(self, *args: Any, **options: Any) -> Any:
        try:
            return super().make_context(*args, **options)
        except click_exceptions.UsageError as exc:
            raise _localised(exc) from None

    def invoke(self, ctx: Any) -> Any:  # the subcommands are parsed in here
        try:
            return super().invoke(ctx)
        except click_exceptions.UsageError as exc:
            raise _localised(exc) from None
