"""Question sets ("frameworks"): THL's 24 helper questions and any set written in the same schema.

A set is YAML (see docs/question-sets.md). Every text a person sees is a map from language code to text, so
translations can be added without restructuring anything.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, StringConstraints, ValidationError, model_validator

from osallisuus_cli import yamlio
from osallisuus_cli.errors import DataError, Key, UsageError, data_error
from osallisuus_cli.validation import ProblemValue, Strict, problems_from

FORMAT = "osallisuus/question-set/v1"
BUILTIN_ID = "thl-osallisuus-24"
SPECIAL_VALUES = ("na", "dont_know")

Id = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$")]
LangCode = Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}$")]
Text = dict[LangCode, Annotated[str, StringConstraints(min_length=1, max_length=5000)]]
Level = int | Literal["na", "dont_know"]


class Languages(Strict):
    default: LangCode
    available: list[LangCode] = Field(min_length=1)
    authoritative: LangCode
    unofficial: list[LangCode] = []


class Source(Strict):
    publisher: Text
    title: Text
    url: Annotated[str, StringConstraints(pattern=r"^https?://\S+$")]
    references: list[Annotated[str, StringConstraints(min_length=1)]] = []
    note: Text
    translation_note: Text | None = None


class ScaleLevel(Strict):
    value: int = Field(ge=0, le=100)
    label: Text
    description: Text | None = None


class SpecialAnswer(Strict):
    value: Literal["na", "dont_know"]
    label: Text


class Scale(Strict):
    levels: list[ScaleLevel] = Field(min_length=2, max_length=11)
    special: list[SpecialAnswer] = []

    @model_validator(mode="after")
    def _check(self) -> Scale:
        values = [level.value for level in self.levels]
        if values != sorted(set(values)):
            raise ProblemValue("questions.err_scale_order", _loc=("levels",))
        if len({s.value for s in self.special}) != len(self.special):
            raise ProblemValue("questions.err_duplicate_special", _loc=("special",))
        return self

    @property
    def minimum(self) -> int:
        return self.levels[0].value

    @property
    def maximum(self) -> int:
        return self.levels[-1].value

    def accepts(self, level: Any) -> bool:
        if isinstance(level, bool):
            return False
        if isinstance(level, int):
            return any(level == item.value for item in self.levels)
        return level in {s.value for s in self.special}


class Question(Strict):
    id: Id
    number: int = Field(ge=1)
    text: Text
    examples: Text | None = None


class Section(Strict):
    id: Id
    title: Text | None = None
    description: Text | None = None
    questions: list[Question] = Field(min_length=1)


class Domain(Strict):
    id: Id
    kind: Literal["domain", "structures"] = "domain"
    title: Text
    short_title: Text | None = None
    description: Text | None = None
    sections: list[Section] = Field(min_length=1)


class QuestionSet(Strict):
    format: Literal["osallisuus/question-set/v1"]
    id: Id
    version: Annotated[str, StringConstraints(min_length=1, max_length=40)]
    languages: Languages
    title: Text
    description: Text | None = None
    source: Source
    scale: Scale
    domains: list[Domain] = Field(min_length=1)

    @model_validator(mode="after")
    def _check(self) -> QuestionSet:
        langs = self.languages
        for code in (langs.default, langs.authoritative, *langs.unofficial):
            if code not in langs.available:
                raise ProblemValue("questions.err_language_undeclared", lang=code, _loc=("languages",))
        seen_ids: dict[str, str] = {}
        seen_numbers: set[int] = set()
        for d, domain in enumerate(self.domains):
            for s, section in enumerate(domain.sections):
                for q, question in enumerate(section.questions):
                    loc = ("domains", d, "sections", s, "questions", q)
                    if question.id in seen_ids:
                        raise ProblemValue("questions.err_duplicate_id", id=question.id, _loc=(*loc, "id"))
                    if question.number in seen_numbers:
                        raise ProblemValue(
                            "questions.err_duplicate_number", number=question.number, _loc=(*loc, "number")
                        )
                    seen_ids[question.id] = section.id
                    seen_numbers.add(question.number)
        section_ids = [s.id for d in self.domains for s in d.sections]
        domain_ids = [d.id for d in self.domains]
        for ids in (section_ids, domain_ids):
            duplicates = sorted({i for i in ids if ids.count(i) > 1})
            if duplicates:
                raise ProblemValue("questions.err_duplicate_section", id=duplicates[0], _loc=("domains",))
        return self

    # --- lookups -------------------------------------------------------------------------------------------

    @cached_property
    def questions(self) -> list[Question]:
        return [q for d in self.domains for s in d.sections for q in s.questions]

    @cached_property
    def sections(self) -> list[Section]:
        return [s for d in self.domains for s in d.sections]

    @cached_property
    def _index(self) -> dict[str, tuple[Domain, Section, Question]]:
        return {q.id: (d, s, q) for d in self.domains for s in d.sections for q in s.questions}

    def question(self, question_id: str) -> Question:
        return self._index[question_id][2]

    def section_of(self, question_id: str) -> Section:
        return self._index[question_id][1]

    def domain_of_section(self, section_id: str) -> Domain:
        return next(d for d in self.domains if any(s.id == section_id for s in d.sections))

    def has_question(self, question_id: str) -> bool:
        return question_id in self._index

    def find_question(self, ref: str) -> Question | None:
        """A question by id (q07), by number (7) or by a case-insensitive id (Q07)."""
        ref = ref.strip()
        if ref.isdigit():
            return next((q for q in self.questions if q.number == int(ref)), None)
        return next((q for q in self.questions if q.id.lower() == ref.lower()), None)

    def section_title(self, section: Section, lang: str) -> str:
        if section.title:
            return self.text(section.title, lang)
        return self.text(self.domain_of_section(section.id).title, lang)

    def text(self, value: dict[str, str] | None, lang: str) -> str:
        """``value`` in ``lang``, else in the set's default language."""
        if not value:
            return ""
        return value.get(lang) or value.get(self.languages.default) or next(iter(value.values()))

    def is_unofficial(self, lang: str) -> bool:
        return lang in self.languages.unofficial

    def level_label(self, level: Level, lang: str) -> str:
        for item in [*self.scale.levels, *self.scale.special]:
            if item.value == level:
                return self.text(item.label, lang)
        return str(level)

    def texts(self) -> Iterator[tuple[tuple[Any, ...], dict[str, str]]]:
        """Every translatable text with its location, for completeness checks."""
        yield ("title",), self.title
        if self.description:
            yield ("description",), self.description
        for key in ("publisher", "title", "note", "translation_note"):
            value = getattr(self.source, key)
            if value:
                yield ("source", key), value
        for i, level in enumerate(self.scale.levels):
            yield ("scale", "levels", i, "label"), level.label
            if level.description:
                yield ("scale", "levels", i, "description"), level.description
        for i, special in enumerate(self.scale.special):
            yield ("scale", "special", i, "label"), special.label
        for d, domain in enumerate(self.domains):
            for key in ("title", "short_title", "description"):
                value = getattr(domain, key)
                if value:
                    yield ("domains", d, key), value
            for s, section in enumerate(domain.sections):
                for key in ("title", "description"):
                    value = getattr(section, key)
                    if value:
                        yield ("domains", d, "sections", s, key), value
                for q, question in enumerate(section.questions):
                    yield ("domains", d, "sections", s, "questions", q, "text"), question.text
                    if question.examples:
                        yield ("domains", d, "sections", s, "questions", q, "examples"), question.examples


def builtin_dir() -> Path:
    """The built-in question sets: inside the installed package, or at the top of a source checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "questions", here.parent / "questions"):
        if candidate.is_dir():
            return candidate
    raise DataError("questions.err_builtin_missing", file=str(here / "questions"))


def builtin_path(set_id: str = BUILTIN_ID) -> Path:
    return builtin_dir() / f"{set_id}.yaml"


def language_problems(qs: QuestionSet, *, file: str, text: str | None) -> list[Any]:
    """Texts missing in a language the set declares, and texts in languages it does not declare."""
    from osallisuus_cli.errors import Problem
    from osallisuus_cli.validation import dotted

    lines = yamlio.line_map(text) if text is not None else {}
    problems = []
    declared = qs.languages.available
    for loc, value in qs.texts():
        for code in declared:
            if not value.get(code, "").strip():
                problems.append(
                    Problem(
                        "questions.err_text_missing", {"lang": code}, file, yamlio.nearest_line(lines, loc), dotted(loc)
                    )
                )
        for code in value:
            if code not in declared:
                problems.append(
                    Problem(
                        "questions.err_text_undeclared",
                        {"lang": code},
                        file,
                        yamlio.nearest_line(lines, (*loc, code)),
                        dotted((*loc, code)),
                    )
                )
    return problems


def parse_question_set(text: str, *, file: str) -> QuestionSet:
    data = yamlio.parse(text, file=file, what="question-set")
    if not isinstance(data, dict):
        raise DataError("common.not_mapping", file=file, found=Key(yamlio.kind_of(data)), what=Key("questions.what"))
    try:
        qs = QuestionSet.model_validate(data)
    except ValidationError as exc:
        raise data_error(problems_from(exc, file=file, text=text)) from None
    problems = language_problems(qs, file=file, text=text)
    if problems:
        raise data_error(problems)
    return qs


_cache: dict[Path, QuestionSet] = {}


def load_question_set(path: Path | str | None = None) -> QuestionSet:
    """The question set in ``path``, or the built-in THL set. Loaded once per process."""
    resolved = Path(path) if path is not None else builtin_path()
    key = resolved.resolve()
    if key not in _cache:
        if path is not None and not resolved.exists():
            raise UsageError("questions.err_framework_not_found", file=str(resolved))
        _cache[key] = parse_question_set(yamlio.read_text(resolved), file=str(resolved))
    return _cache[key]
