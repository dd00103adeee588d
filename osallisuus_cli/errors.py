"""One error hierarchy for the whole tool.

Core code raises these with a message *key* and parameters; the CLI turns them into one readable line per problem
in the user's language (see ``osallisuus_cli.commands._common.guarded``) and the exit code of the class.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


class Key(str):
    """A message parameter that is itself a message key, translated when the message is rendered."""


def _fill(params: dict[str, Any], line: int | None, lang: str | None) -> dict[str, Any]:
    from osallisuus_cli.i18n import t

    filled = {key: t(value, lang) if isinstance(value, Key) else value for key, value in params.items()}
    return {"line": line, **filled}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one file: where it is and what it is (as a message key and its parameters)."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)
    file: str | None = None
    line: int | None = None
    path: str | None = None

    def render(self, lang: str | None = None) -> str:
        from osallisuus_cli.i18n import t

        where = ""
        if self.file is not None:
            where = self.file if self.line is None else f"{self.file}:{self.line}"
            where += ": "
        if self.path:
            where += f"{self.path}: "
        return where + t(self.key, lang, **_fill(self.params, self.line, lang))

    def as_dict(self, lang: str | None = None) -> dict[str, Any]:
        from osallisuus_cli.i18n import t

        return {
            "file": self.file,
            "line": self.line,
            "path": self.path,
            "code": self.key,
            "message": t(self.key, lang, **_fill(self.params, self.line, lang)),
        }


class OsallisuusError(Exception):
    """Base class: every expected failure. ``exit_code`` follows the project's convention."""

    exit_code = 1

    def __init__(
        self,
        message_key: str,
        /,
        *,
        file: str | Path | None = None,
        line: int | None = None,
        path: str | None = None,
        problems: list[Problem] | None = None,
        **params: Any,
    ) -> None:
        self.key = message_key
        self.params = params
        self.file = str(file) if file is not None else None
        self.line = line
        self.path = path
        self.problems = problems or [Problem(message_key, params, self.file, line, path)]
        super().__init__(self.problems[0].render("en"))

    def lines(self, lang: str | None = None) -> list[str]:
        return [p.render(lang) for p in self.problems]


class DataError(OsallisuusError):
    """A file holds something the tool cannot accept (exit 1)."""


class UsageError(OsallisuusError):
    """The command line asks for something impossible (exit 2)."""

    exit_code = 2


class Interrupted(OsallisuusError):
    """The user stopped an interactive session; everything answered so far is saved (exit 130)."""

    exit_code = 130


def data_error(problems: list[Problem]) -> DataError:
    """One DataError that carries several problems (the first one names the error)."""
    first = problems[0]
    return DataError(first.key, file=first.file, line=first.line, path=first.path, problems=problems, **first.params)
