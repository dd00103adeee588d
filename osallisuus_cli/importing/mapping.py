"""The import mapping (``osallisuus/import-mapping/v1``): which column of a survey export holds what.

A mapping names, for each field of an answers file (``q07.level``, ``q07.how``, ``project.phase``, …), the header
texts of the column that holds it; the survey tool's own columns (Forms: ``ID``, ``Start time``, … — translated in a
Finnish or Swedish interface); columns to leave aside (a quiz's ``Points - …``); and extra answer labels. Headers
are compared after normalising (case, spaces, dashes, Unicode forms), never by position. ``questions kit`` writes a
mapping that matches its survey exactly; see docs/import.md for the format.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from osallisuus_cli.errors import Key, data_error
from osallisuus_cli.files import strictread, yamlio
from osallisuus_cli.model.answers import PHASES
from osallisuus_cli.questionsets.framework import QuestionSet

FORMAT = "osallisuus/import-mapping/v1"
PROJECT_FIELDS = ("project.name", "project.code", "project.organisation", "project.region", "project.phase")
RESPONDENT_FIELDS = ("respondent.id", "respondent.name", "respondent.role")
ANSWER_FIELDS = ("level", "reason", "how", "next_step")
# Microsoft Forms' own columns, as its export names them in English, Finnish and Swedish interfaces, and a survey
# tool's respondent number as the row's id (Webropol's, as docs/import.md assumes it). The Finnish and Swedish names
# are the ones seen in exports so far; a mapping can add others (docs/import.md).
FIXED_COLUMNS: dict[str, tuple[str, ...]] = {
    "id": ("ID", "Tunnus", "Tunniste", "Vastaajan numero", "Vastaajanumero", "Respondent number", "Respondent ID"),
    "start_time": ("Start time", "Aloitusaika", "Alkamisaika", "Starttid"),
    "completion_time": ("Completion time", "Valmistumisaika", "Lopetusaika", "Slutförandetid", "Tid för slutförande"),
    "email": ("Email", "E-mail", "Sähköposti", "Sähköpostiosoite", "E-post", "E-postadress"),
    "name": ("Name", "Nimi", "Namn"),
    "last_modified_time": ("Last modified time", "Viimeksi muokattu", "Viimeisin muokkausaika", "Senast ändrad"),
}
# A Forms quiz adds a points and a feedback column after every question, and totals at the end.
IGNORED_PREFIXES: tuple[str, ...] = (
    "Points - ",
    "Feedback - ",
    "Pisteet - ",
    "Palaute - ",
    "Poäng - ",
    "Feedback – ",
    "Total points",
    "Quiz feedback",
    "Pisteet yhteensä",
    "Kokonaispisteet",
    "Totalt antal poäng",
)
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_SPACES = re.compile(r"\s+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff]")
_TARGET = re.compile(r"(?:project|respondent)\.[a-z]+|[A-Za-z0-9_-]+\.(?:level|reason|how|next_step)")


def normalise(text: str) -> str:
    """What a header or a label is compared by: Unicode form, case, dashes and runs of spaces do not matter."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text))
    return _SPACES.sub(" ", _DASHES.sub("-", text)).strip().casefold()


@dataclass
class ImportMapping:
    """A checked mapping: normalised header → field, fixed columns, ignored prefixes, labels and phase names."""

    columns: dict[str, str]  # normalised header → target ("q07.level", "project.phase", …)
    headers: dict[str, str]  # target → the first header text given for it (for messages)
    fixed: dict[str, str] = field(default_factory=dict)  # normalised header → fixed role ("id", "start_time", …)
    ignored: tuple[str, ...] = ()  # normalised prefixes
    labels: dict[str, Any] = field(default_factory=dict)  # normalised label → level value
    phases: dict[str, str] = field(default_factory=dict)  # the mapping's own normalised labels → phase id
    language: str | None = None
    timezone: str = "Europe/Helsinki"
    required: tuple[str, ...] = ()  # targets whose column must be there (every question's level)
    source: str = ""  # the mapping file, or "" for the built-in kit mapping

    def target_of(self, header: str) -> str | None:
        return self.columns.get(normalise(header))

    def fixed_of(self, header: str) -> str | None:
        return self.fixed.get(normalise(header))

    def is_ignored(self, header: str) -> bool:
        key = normalise(header)
        return any(key.startswith(prefix) for prefix in self.ignored)


def build_mapping(data: dict[str, Any], qs: QuestionSet, *, source: str = "") -> ImportMapping:
    """An ``ImportMapping`` from checked plain data (a mapping file's content, or the kit's own)."""
    columns: dict[str, str] = {}
    headers: dict[str, str] = {}
    for target, texts in data.get("columns", {}).items():
        texts = [texts] if isinstance(texts, str) else texts
        for text in texts:
            columns.setdefault(normalise(text), target)
        headers[target] = texts[0]
    fixed = {normalise(alias): role for role, aliases in FIXED_COLUMNS.items() for alias in aliases}
    for role, aliases in data.get("fixed_columns", {}).items():
        aliases = [aliases] if isinstance(aliases, str) else aliases
        fixed.update({normalise(alias): role for alias in aliases})
    extra = data.get("ignore", [])
    ignored = tuple(
        normalise(prefix) for prefix in (*IGNORED_PREFIXES, *([extra] if isinstance(extra, str) else extra))
    )
    labels: dict[str, Any] = {}
    for level in qs.scale.levels:
        labels.update({normalise(text): level.value for text in level.label.values()})
    for special in qs.scale.special:
        labels.update({normalise(text): special.value for text in special.label.values()})
        labels[special.value] = special.value
    # a level written in quotes ("3") is that level, as the check accepts it: never text that fails every row
    labels.update({normalise(str(text)): _level(value) for text, value in data.get("labels", {}).items()})
    # the survey's own names for the phases; every name model.phases knows is understood without them
    phases = {normalise(text): value for text, value in data.get("phases", {}).items()}
    required = tuple(target for target in headers if target.endswith(".level"))
    return ImportMapping(
        columns=columns,
        headers=headers,
        fixed=fixed,
        ignored=ignored,
        labels=labels,
        phases=phases,
        language=data.get("language"),
        timezone=data.get("timezone") or "Europe/Helsinki",
        required=required,
        source=source,
    )


def _level(value: Any) -> Any:
    """A label's level as the answers file holds it: a whole number, or ``na``/``dont_know``."""
    return int(value) if isinstance(value, str) and value.lstrip("-").isdigit() else value


def load_mapping(path: Path, qs: QuestionSet) -> ImportMapping:
    """Read and check a mapping file; every problem at once, each with its line."""
    name = str(path)
    text = yamlio.read_text(path)
    data = yamlio.parse(text, file=name, what="importing.what_mapping")
    return build_mapping(check_mapping_data(data, qs, file=name, text=text), qs, source=name)


def check_mapping_data(data: Any, qs: QuestionSet, *, file: str, text: str | None) -> dict[str, Any]:
    reader = strictread.Reader(file=file, text=text)
    top = reader.read_mapping(
        data,
        (),
        required=("format", "columns"),
        optional=("framework", "language", "timezone", "fixed_columns", "ignore", "labels", "phases"),
    )
    if top is None:
        raise data_error(reader.problems())
    if top.get("format") != FORMAT:
        reader.read_choice(top.get("format"), ("format",), [FORMAT])
    if "framework" in top:
        ref = reader.read_mapping(top["framework"], ("framework",), required=("id", "version"))
        if ref is not None and (ref.get("id"), ref.get("version")) != (qs.id, qs.version):
            reader.problem("importing.err_mapping_framework", ("framework",), id=qs.id, version=qs.version)
    if "language" in top:
        reader.read_choice(top["language"], ("language",), ("fi", "sv", "en"))
    if "timezone" in top:
        _check_timezone(reader, top["timezone"])
    columns = _any_keys(reader, top.get("columns", {}), ("columns",))
    seen: dict[str, str] = {}
    for target, texts in columns.items():
        loc = ("columns", str(target))
        if not _valid_target(str(target), qs):
            reader.problem("importing.err_mapping_target", loc, target=str(target))
            continue
        for index, header in enumerate(_text_list(reader, texts, loc)):
            key = normalise(header)
            if key in seen and seen[key] != target:
                reader.problem("importing.err_mapping_header_twice", (*loc, index), header=header, other=seen[key])
            seen[key] = str(target)
    fixed = reader.read_mapping(top.get("fixed_columns", {}), ("fixed_columns",), optional=tuple(FIXED_COLUMNS))
    for role, aliases in (fixed or {}).items():
        _text_list(reader, aliases, ("fixed_columns", role))
    if "ignore" in top:
        _text_list(reader, top["ignore"], ("ignore",))
    allowed = [str(level.value) for level in qs.scale.levels] + [special.value for special in qs.scale.special]
    for label, value in _any_keys(reader, top.get("labels", {}), ("labels",)).items():
        if not (type(value) is int or isinstance(value, str)) or str(value) not in allowed:
            reader.problem("common.v.choice", ("labels", str(label)), value=repr(value), allowed=", ".join(allowed))
    for label, value in _any_keys(reader, top.get("phases", {}), ("phases",)).items():
        reader.read_choice(value, ("phases", str(label)), PHASES)
    if not reader.ok:
        raise data_error(reader.problems())
    return top


def _any_keys(reader: strictread.Reader, value: Any, loc: tuple[Any, ...]) -> dict[Any, Any]:
    """A mapping whose keys are the user's own (headers, labels); empty when the value is not a mapping."""
    if not isinstance(value, dict):
        reader.problem("common.v.type", loc, expected=Key("common.kind.mapping"), found=Key(yamlio.kind_of(value)))
        return {}
    return value


def _text_list(reader: strictread.Reader, value: Any, loc: tuple[Any, ...]) -> list[str]:
    """One header text or a list of them (aliases)."""
    if isinstance(value, str):
        checked = reader.read_str(value, loc, max_length=5000)
        return [checked] if checked else []
    return reader.read_str_list(value, loc)


def _valid_target(target: str, qs: QuestionSet) -> bool:
    if not _TARGET.fullmatch(target):
        return False
    owner, _, what = target.partition(".")
    if owner in ("project", "respondent"):
        return target in PROJECT_FIELDS or target in RESPONDENT_FIELDS
    return qs.has_question(owner) and what in ANSWER_FIELDS


def _check_timezone(reader: strictread.Reader, value: Any) -> None:
    name = reader.read_str(value, ("timezone",), max_length=100)
    if name is not None and zone(name) is None:
        reader.problem("importing.err_timezone", ("timezone",), value=name)


def zone(name: str) -> Any:
    """The time zone called ``name`` (Europe/Helsinki), or None when this system does not know it."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
