"""Reading question sets: a YAML document checked field by field and turned into a ``QuestionSet``; the built-in sets.

docs/question-sets.md describes the same rules for people. Every problem is collected and reported at once, each
with its file, line and field path; a set that declares a language must have every text in it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from osallisuus_cli.errors import DataError, Key, UsageError, data_error
from osallisuus_cli.files import yamlio
from osallisuus_cli.files.fsutil import shipped_dir
from osallisuus_cli.files.strictread import Loc, Reader
from osallisuus_cli.questionsets.framework import (
    BUILTIN_ID,
    FORMAT,
    SPECIAL_VALUES,
    Domain,
    Languages,
    Question,
    QuestionSet,
    Scale,
    ScaleLevel,
    Section,
    Source,
    SpecialAnswer,
)

ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,39}")
LANG = re.compile(r"[a-z]{2,3}")
URL = re.compile(r"https?://\S+")
KINDS = ("domain", "structures")
MAX_LEVELS = 11


class _SetReader(Reader):
    """A Reader that also remembers where every language map is, for the completeness check at the end."""

    def __init__(self, *, file: str, text: str | None) -> None:
        super().__init__(file=file, text=text)
        self.text_maps: list[tuple[Loc, list[str]]] = []

    def given(self, parent: dict[str, Any], key: str, loc: Loc, *, required: bool) -> bool:
        """Whether ``parent[key]`` holds a value to read. An empty required value (``title:``) is reported here;
        an absent required key has already been reported by ``read_mapping``."""
        if parent.get(key) is not None:
            return True
        if required and key in parent:
            self.problem("common.v.missing", (*loc, key))
        return False

    def text(self, parent: dict[str, Any], key: str, loc: Loc, *, required: bool = True) -> dict[str, str] | None:
        if not self.given(parent, key, loc, required=required):
            return None
        value = parent[key]
        if isinstance(value, dict):
            self.text_maps.append(((*loc, key), [str(code) for code in value]))
        return self.read_text_map(value, (*loc, key), lang_pattern=LANG)

    def required_text(self, parent: dict[str, Any], key: str, loc: Loc) -> dict[str, str]:
        """A text the set must have; when it is missing the problem is recorded and the set is refused, so the
        empty text standing in for it is never shown."""
        return self.text(parent, key, loc) or {}

    def string(self, parent: dict[str, Any], key: str, loc: Loc, *, pattern: re.Pattern[str] | None = None) -> Any:
        if not self.given(parent, key, loc, required=True):
            return None
        return self.read_str(parent[key], (*loc, key), pattern=pattern, max_length=1000)


def read_question_set(data: Any, *, file: str, text: str | None) -> QuestionSet:
    """``data`` (parsed YAML) as a QuestionSet, or a DataError carrying every problem found."""
    if isinstance(data, dict) and isinstance(data.get("format"), str) and data["format"] != FORMAT:
        # Another kind of file (an answers file, a newer schema): one clear line, not a page of unknown keys.
        line = yamlio.LineFinder(text).at("format") or 1
        raise DataError(
            "questions.err_format", file=file, line=line, path="format", found=data["format"], expected=FORMAT
        )
    if not isinstance(data, dict):
        raise DataError("common.not_mapping", file=file, found=Key(yamlio.kind_of(data)), what=Key("questions.what"))
    r = _SetReader(file=file, text=text)
    top = r.read_mapping(
        data,
        (),
        required=("format", "id", "version", "languages", "title", "source", "scale", "domains"),
        optional=("description", "locked"),
    )
    assert top is not None
    if r.given(top, "format", (), required=True):
        r.read_choice(top["format"], ("format",), (FORMAT,))
    qs = QuestionSet(
        format=FORMAT,
        id=r.string(top, "id", (), pattern=ID),
        version=_version(r, top),
        languages=_languages(r, top),
        title=r.required_text(top, "title", ()),
        description=r.text(top, "description", (), required=False),
        source=_source(r, top),
        scale=_scale(r, top),
        domains=_domains(r, top),
        locked=_locked(r, top),
    )
    _check_languages_complete(r, qs.languages)
    if not r.ok:
        raise data_error(r.problems())
    return qs


def _locked(r: _SetReader, top: dict[str, Any]) -> bool:
    """``locked: true``: the set may be answered only as its owner allows (e.g. THL's ESIS indicator), never rated
    and discussed in one workshop session."""
    if top.get("locked") is None:
        return False
    value = top["locked"]
    if not isinstance(value, bool):
        r.problem("common.v.type", ("locked",), expected=Key("common.kind.boolean"), found=Key(yamlio.kind_of(value)))
        return False
    return value


def _version(r: _SetReader, top: dict[str, Any]) -> Any:
    if not r.given(top, "version", (), required=True):
        return None
    return r.read_str(top["version"], ("version",), max_length=40)


def _languages(r: _SetReader, top: dict[str, Any]) -> Any:
    loc: Loc = ("languages",)
    if not r.given(top, "languages", (), required=True):
        return None
    m = r.read_mapping(
        top["languages"], loc, required=("default", "available", "authoritative"), optional=("unofficial",)
    )
    if m is None:
        return None
    available = r.read_str_list(m["available"], (*loc, "available"), pattern=LANG) if "available" in m else []
    if "available" in m and not available and isinstance(m["available"], list):
        r.problem("common.v.too_few", (*loc, "available"), min=1)
    for code in sorted({c for c in available if available.count(c) > 1}):
        r.problem("questions.err_language_twice", (*loc, "available"), lang=code)
    unofficial = r.read_str_list(m["unofficial"], (*loc, "unofficial"), pattern=LANG) if m.get("unofficial") else []
    chosen = {key: r.string(m, key, loc, pattern=LANG) for key in ("default", "authoritative")}
    for key, code in [*chosen.items(), *(("unofficial", code) for code in unofficial)]:
        if code is not None and available and code not in available:
            r.problem("questions.err_language_undeclared", (*loc, key), lang=code)
    if chosen["authoritative"] in unofficial:
        r.problem("questions.err_language_both", (*loc, "unofficial"), lang=chosen["authoritative"])
    return Languages(chosen["default"], available, chosen["authoritative"], unofficial)


def _check_languages_complete(r: _SetReader, languages: Languages | None) -> None:
    """Every text in every declared language, and no text in a language the set does not declare."""
    if languages is None or not languages.available:
        return
    declared = languages.available
    for loc, codes in r.text_maps:
        for code in declared:
            if code not in codes:
                r.problem("questions.err_text_missing", loc, lang=code)
        for code in codes:
            if code not in declared and LANG.fullmatch(code):
                r.problem("questions.err_text_undeclared", (*loc, code), lang=code)


def _source(r: _SetReader, top: dict[str, Any]) -> Any:
    loc: Loc = ("source",)
    if not r.given(top, "source", (), required=True):
        return None
    m = r.read_mapping(
        top["source"],
        loc,
        required=("publisher", "title", "url", "note"),
        optional=("references", "translation_note", "earlier_url"),
    )
    if m is None:
        return None
    references = r.read_str_list(m["references"], (*loc, "references")) if m.get("references") is not None else []
    return Source(
        publisher=r.required_text(m, "publisher", loc),
        title=r.required_text(m, "title", loc),
        url=r.string(m, "url", loc, pattern=URL),
        note=r.required_text(m, "note", loc),
        references=references,
        translation_note=r.text(m, "translation_note", loc, required=False),
        earlier_url=r.string(m, "earlier_url", loc, pattern=URL) if m.get("earlier_url") is not None else None,
    )


def _scale(r: _SetReader, top: dict[str, Any]) -> Any:
    loc: Loc = ("scale",)
    if not r.given(top, "scale", (), required=True):
        return None
    m = r.read_mapping(top["scale"], loc, required=("levels",), optional=("special",))
    if m is None:
        return None
    levels = []
    raw_levels = (
        r.read_list(m.get("levels"), (*loc, "levels"), min_items=2, max_items=MAX_LEVELS) if "levels" in m else []
    )
    for i, item in enumerate(raw_levels):
        at = (*loc, "levels", i)
        level = r.read_mapping(item, at, required=("value", "label"), optional=("description",))
        if level is None:
            continue
        value = r.read_int(level["value"], (*at, "value"), minimum=0, maximum=100) if "value" in level else None
        levels.append(
            ScaleLevel(value, r.text(level, "label", at), r.text(level, "description", at, required=False))  # type: ignore[arg-type]
        )
    values = [level.value for level in levels]
    if None not in values and values != sorted(set(values)):
        r.problem("questions.err_scale_order", (*loc, "levels"))
    special = []
    raw_special = r.read_list(m["special"], (*loc, "special")) if m.get("special") is not None else []
    seen: set[str] = set()
    for i, item in enumerate(raw_special):
        at = (*loc, "special", i)
        answer = r.read_mapping(item, at, required=("value", "label"))
        if answer is None:
            continue
        kind = r.read_choice(answer["value"], (*at, "value"), SPECIAL_VALUES) if "value" in answer else None
        if kind is not None and kind in seen:
            r.problem("questions.err_duplicate_special", (*at, "value"), value=kind)
        seen.add(kind or "")
        special.append(SpecialAnswer(kind, r.text(answer, "label", at)))  # type: ignore[arg-type]
    return Scale(levels, special)


def _domains(r: _SetReader, top: dict[str, Any]) -> list[Domain]:
    domains: list[Domain] = []
    if not r.given(top, "domains", (), required=True):
        return domains
    question_ids: set[str] = set()
    numbers: set[int] = set()
    section_ids: set[str] = set()
    domain_ids: set[str] = set()
    for d, item in enumerate(r.read_list(top["domains"], ("domains",), min_items=1)):
        at: Loc = ("domains", d)
        m = r.read_mapping(
            item, at, required=("id", "title", "sections"), optional=("kind", "short_title", "description")
        )
        if m is None:
            continue
        domain_id = _unique_id(r, m, at, domain_ids, "questions.err_duplicate_section")
        kind = r.read_choice(m["kind"], (*at, "kind"), KINDS) if m.get("kind") is not None else "domain"
        sections = []
        raw_sections = r.read_list(m["sections"], (*at, "sections"), min_items=1) if "sections" in m else []
        for s, raw_section in enumerate(raw_sections):
            section = _section(r, raw_section, (*at, "sections", s), section_ids, question_ids, numbers)
            if section is not None:
                sections.append(section)
        domains.append(
            Domain(
                id=domain_id,
                title=r.required_text(m, "title", at),
                sections=sections,
                kind=kind,  # type: ignore[arg-type]
                short_title=r.text(m, "short_title", at, required=False),
                description=r.text(m, "description", at, required=False),
            )
        )
    return domains


def _section(
    r: _SetReader, item: Any, at: Loc, section_ids: set[str], question_ids: set[str], numbers: set[int]
) -> Section | None:
    m = r.read_mapping(item, at, required=("id", "questions"), optional=("title", "description"))
    if m is None:
        return None
    section_id = _unique_id(r, m, at, section_ids, "questions.err_duplicate_section")
    questions = []
    raw_questions = r.read_list(m["questions"], (*at, "questions"), min_items=1) if "questions" in m else []
    for q, raw_question in enumerate(raw_questions):
        qat = (*at, "questions", q)
        qm = r.read_mapping(raw_question, qat, required=("id", "number", "text"), optional=("examples",))
        if qm is None:
            continue
        question_id = _unique_id(r, qm, qat, question_ids, "questions.err_duplicate_id")
        number = r.read_int(qm["number"], (*qat, "number"), minimum=1, maximum=999) if "number" in qm else None
        if number is not None:
            if number in numbers:
                r.problem("questions.err_duplicate_number", (*qat, "number"), number=number)
            numbers.add(number)
        questions.append(
            Question(question_id, number, r.text(qm, "text", qat), r.text(qm, "examples", qat, required=False))  # type: ignore[arg-type]
        )
    return Section(
        id=section_id,
        questions=questions,
        title=r.text(m, "title", at, required=False),
        description=r.text(m, "description", at, required=False),
    )


def _unique_id(r: _SetReader, m: dict[str, Any], at: Loc, seen: set[str], duplicate_key: str) -> Any:
    value = r.string(m, "id", at, pattern=ID)
    if value is not None:
        if value in seen:
            r.problem(duplicate_key, (*at, "id"), id=value)
        seen.add(value)
    return value


def builtin_dir() -> Path:
    """The built-in question sets: inside the installed package, or at the top of a source checkout."""
    found = shipped_dir("questions")
    if found is None:
        raise DataError("questions.err_builtin_missing", file=str(Path(__file__).resolve().parents[1] / "questions"))
    return found


def builtin_path(set_id: str = BUILTIN_ID) -> Path:
    return builtin_dir() / f"{set_id}.yaml"


def parse_question_set(text: str, *, file: str) -> QuestionSet:
    """The question set in ``text``; a DataError listing every problem (file, line, field path) when it is not valid."""
    data = yamlio.parse(text, file=file, what="questions.what")
    return read_question_set(data, file=file, text=text)


_cache: dict[Path, QuestionSet] = {}


def load_question_set(path: Path | str | None = None) -> QuestionSet:
    """The question set in ``path``, or the built-in THL set. Loaded once per process."""
    resolved = Path(path) if path is not None else builtin_path()
    if path is not None and not resolved.is_symlink() and not resolved.exists():
        raise UsageError("questions.err_framework_not_found", file=str(resolved))
    try:
        key = resolved.resolve()
    except (OSError, RuntimeError):  # a symlink loop (RuntimeError before Python 3.13): reading it says so
        key = resolved.absolute()
    if key not in _cache:
        _cache[key] = parse_question_set(yamlio.read_text(resolved), file=str(resolved))
    return _cache[key]
