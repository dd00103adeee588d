"""One row of a survey export read cell by cell: labels, texts, phases and times, each problem placed at its cell."""

from __future__ import annotations

from datetime import date, datetime, time, tzinfo
from typing import Any, Protocol

from osallisuus_cli.errors import Problem
from osallisuus_cli.importing.mapping import ImportMapping, normalise
from osallisuus_cli.importing.shape import Odd, Table, column_letter
from osallisuus_cli.model.phases import phase_choices, phase_named

TIME_FORMATS = (
    "%d.%m.%Y %H.%M.%S",
    "%d.%m.%Y %H:%M:%S",
    "%d.%m.%Y %H.%M",
    "%d.%m.%Y %H:%M",
    "%d.%m.%Y",
    "%m/%d/%Y %H:%M:%S",
    "%m/%d/%y %H:%M:%S",
    "%m/%d/%Y %H:%M",
    "%m/%d/%y %H:%M",
    "%Y/%m/%d %H:%M:%S",
)


class Survey(Protocol):
    """What reading a cell needs to know of the whole export (``rows.SurveyRows`` is the one in use)."""

    table: Table
    mapping: ImportMapping
    zone: tzinfo
    scale: set[int]
    allowed: str  # the answers a level cell may hold, as a person reads them
    labels_seen: dict[str, Any]  # each label's level, once read (see label_value)

    def label_value(self, text: str) -> Any: ...


class RowCells:
    """Reads one row's cells by column index, recording a located problem for each cell it cannot read."""

    def __init__(self, values: list[Any], rows: Survey, number: int, problems: list[Problem]) -> None:
        self.values, self.rows, self.number, self.problems = values, rows, number, problems

    def problem(self, index: int | None, key: str, **params: Any) -> None:
        place = f"{self.rows.table.file}:{self.number}"
        if index is not None:
            place += f":{column_letter(index)}"
            params.setdefault("header", short(self.rows.table.headers[index]))
        self.problems.append(Problem(key, params, place))

    def empty(self) -> list[Problem]:
        """A row without any answer: submitted empty, or only Forms' own columns filled."""
        self.problem(None, "importing.err_no_answers")
        return self.problems[-1:]

    def raw(self, index: int | None) -> Any:
        if index is None or index >= len(self.values):
            return None
        value = self.values[index]
        if isinstance(value, Odd):
            self.problem(index, f"importing.err_{value.kind}", value=short(value.text, 40))
            return None
        if isinstance(value, str) and not value.strip():
            return None
        return value

    def text(self, index: int | None) -> str | None:
        if index is None or index >= len(self.values):
            return None
        value = self.values[index]
        if value is None:
            return None
        if type(value) is str:  # most cells: what ``raw`` and ``str`` would make of it, without the calls
            return None if not value or value.isspace() else value
        value = self.raw(index)
        if value is None:
            return None
        if isinstance(value, bool):
            return "TRUE" if value else "FALSE"
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        if isinstance(value, (datetime, date, time)):
            return value.isoformat()
        return str(value)

    def level(self, index: int | None) -> Any:
        if index is not None and index < len(self.values):
            value = self.values[index]
            if type(value) is str:  # a label seen before: the common case, read without the calls
                found = self.rows.labels_seen.get(value)
                if found is not None:
                    return found
        value = self.raw(index)
        if value is None:
            return None
        if isinstance(value, (datetime, date, time)):
            self.problem(index, "importing.err_date_not_label", value=str(value), allowed=self.rows.allowed)
            return None
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            # an int of hundreds of digits has no float; inf and nan are no whole numbers
            whole = value if isinstance(value, int) else int(value) if value.is_integer() else None
            if whole is not None and whole in self.rows.scale:
                return whole
        else:
            found = self.rows.label_value(str(value))
            if found is not None:
                return found
        self.problem(index, "importing.err_unknown_label", value=short(str(value), 60), allowed=self.rows.allowed)
        return None

    def phase(self, index: int | None) -> str | None:
        value = self.text(index)
        if value is None:
            return None
        phase = self.rows.mapping.phases.get(normalise(value)) or phase_named(value)
        if phase is None:
            own = sorted(label for label in self.rows.mapping.phases if phase_named(label) is None)
            allowed = ", ".join([phase_choices(), *own])
            self.problem(index, "importing.err_unknown_phase", value=short(value, 60), allowed=allowed)
        return phase

    def moment(self, index: int | None) -> datetime | None:
        value = self.raw(index)
        if value is None:
            return None
        found: datetime | None = None
        if isinstance(value, datetime):
            found = value
        elif isinstance(value, date):
            found = datetime.combine(value, time())
        elif isinstance(value, str):
            found = parse_moment(value)
        if found is None:
            self.problem(index, "importing.err_time", value=short(str(value), 40))
            return None
        if found.tzinfo is None:
            found = found.replace(tzinfo=self.rows.zone)
        return found.replace(microsecond=0)


def parse_moment(text: str) -> datetime | None:
    """A time as survey tools and spreadsheets write it: ISO 8601, Finnish ``2.11.2026 10.05``, or US ``11/2/2026``."""
    text = text.strip()
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    for pattern in TIME_FORMATS:
        try:
            return datetime.strptime(text, pattern)  # the survey's time zone is added by the caller
        except ValueError:
            continue
    return None


def short(text: str, limit: int = 50) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
