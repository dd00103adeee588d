"""How a file's mistakes found by the data models are named, rule by rule: each kind of mistake by its own message
with what was found, at the field's path and line as the user wrote it (never pydantic's inner names), and one
place named once."""

from __future__ import annotations

from typing import Annotated, Any, Literal

import pytest
import yaml
from pydantic import AfterValidator, AwareDatetime, Field, StringConstraints, ValidationError

from osallisuus_cli.errors import Key
from osallisuus_cli.model.validation import ProblemValue, Strict, problems_from


def _checked(value: int) -> int:
    if value > 3:
        raise ProblemValue("safety.too_many", count=value, _loc=("deep",))
    return value


class Inner(Strict):
    n: int


class Document(Strict):
    name: Annotated[str, StringConstraints(min_length=2, max_length=5, pattern=r"[a-z]+")] = "ab"
    level: int | Literal["na", "dont_know"] = 1
    special: Literal["na", "dont_know"] | None = None
    when: AwareDatetime | None = None
    items: list[int] = []
    flag: bool = False
    ratio: float = 0.0
    inner: Inner | None = None
    table: dict[str, int] = {}
    checked: Annotated[int, AfterValidator(_checked)] = 0
    required: str


def problems(text: str) -> list[tuple[str, dict[str, Any], str | None, int | None]]:
    data = yaml.safe_load(text)
    with pytest.raises(ValidationError) as caught:
        Document.model_validate(data)
    found = problems_from(caught.value, file="f.yaml", text=text)
    assert {p.file for p in found} == {"f.yaml"}
    return [(p.key, p.params, p.path, p.line) for p in found]


def test_each_kind_of_mistake_is_named_with_what_was_found_at_its_path_and_line():
    text = (
        "name: A\n"  # 1: too short, and not the pattern
        "level: maybe\n"  # 2: no level: the union's first member says so
        "special: maybe\n"  # 3: not one of the choices
        "when: 2026-11-02T10:00:00\n"  # 4: no zone
        "items: 3\n"  # 5
        "flag: 1\n"  # 6
        "ratio: x\n"  # 7
        "inner:\n  n: text\n"  # 8-9
        "table: [1]\n"  # 10
        "checked: 9\n"  # 11
        "extra: 1\n"  # 12
    )

    def kinds(expected: str, found: str) -> dict[str, Key]:
        return {"expected": Key(f"common.kind.{expected}"), "found": Key(f"common.kind.{found}")}

    assert problems(text) == [
        ("common.v.too_short", {}, "name", 1),
        ("common.v.type", kinds("integer", "text"), "level", 2),
        ("common.v.choice", {"value": "'maybe'", "allowed": "'na', 'dont_know'"}, "special", 3),
        ("common.v.datetime", {}, "when", 4),
        ("common.v.type", kinds("list", "integer"), "items", 5),
        ("common.v.type", kinds("boolean", "integer"), "flag", 6),
        ("common.v.type", kinds("number", "text"), "ratio", 7),
        ("common.v.type", kinds("integer", "text"), "inner.n", 9),
        ("common.v.type", kinds("mapping", "list"), "table", 10),
        ("safety.too_many", {"count": 9}, "checked.deep", 11),
        ("common.v.missing", {}, "required", None),
        ("common.v.extra_forbidden", {}, "extra", 12),
    ]


def test_a_text_too_long_or_of_the_wrong_form_says_its_limit_or_pattern():
    assert problems("required: x\nname: abcdef\n") == [("common.v.too_long", {"max": 5}, "name", 2)]
    assert problems("required: x\nname: AB\n") == [
        ("common.v.pattern", {"value": "'AB'", "pattern": "[a-z]+"}, "name", 2)
    ]


def test_a_text_where_a_mapping_belongs_and_a_key_that_is_no_text():
    assert problems("required: x\ninner: text\ntable:\n  5: 1\n") == [
        ("common.v.type", {"expected": Key("common.kind.mapping"), "found": Key("common.kind.text")}, "inner", 2),
        ("safety.key_not_text", {"value": "5"}, "table[5]", 4),
    ]
    assert problems("required: 5\n") == [
        ("common.v.type", {"expected": Key("common.kind.text"), "found": Key("common.kind.integer")}, "required", 1)
    ]


def test_a_place_is_named_once_though_every_member_of_a_union_refused_it():
    ((key, _params, path, line),) = problems("required: x\nlevel: 2.5\n")
    assert (path, line) == ("level", 2)
    assert key == "common.v.type"


def test_a_value_inside_a_bigger_document_is_named_by_its_whole_path():
    text = "responses:\n  - required: x\n    flag: 2\n"
    data = yaml.safe_load(text)
    with pytest.raises(ValidationError) as caught:
        Document.model_validate(data["responses"][0])
    (problem,) = problems_from(caught.value, file="team.yaml", text=text, prefix=("responses", 0))
    assert (problem.path, problem.line, problem.key) == ("responses[0].flag", 3, "common.v.type")


def test_any_other_mistake_says_pydantics_words():
    class Counted(Strict):
        count: Annotated[int, Field(ge=0)]

    with pytest.raises(ValidationError) as caught:
        Counted.model_validate({"count": -1})
    ((key, params, path),) = [(p.key, p.params, p.path) for p in problems_from(caught.value, file="f.yaml", text=None)]
    assert (key, path) == ("common.v.other", "count")
    assert params == {"detail": caught.value.errors()[0]["msg"]}


def test_a_time_that_is_no_time_and_a_key_of_the_file_that_is_no_text():
    assert problems("required: x\nwhen: soon\n") == [("common.v.datetime", {}, "when", 2)]
    ((key, params, _path, _line),) = problems("required: x\n5: 1\n")
    assert (key, params) == ("safety.key_not_text", {"value": "5"})


def _small(value: int) -> int:
    if value > 3:
        raise ValueError("too large")
    return value


def test_no_member_of_a_union_is_named_in_the_path_only_the_field():
    """pydantic names each member of a union that refused a value (its type, a constrained text, a checking
    function, a choice, a union inside it); the user wrote none of them: every place is the field alone, once."""

    class Either(Strict):
        number_or_text: int | str = 1
        text_or_number: Annotated[str, StringConstraints(min_length=3)] | int = 1
        checked_or_choice: Annotated[int, AfterValidator(_small)] | Literal["na"] = 1
        union_or_choice: Annotated[int | str, Field(union_mode="left_to_right")] | Literal["na"] = 1
        table: dict[str, int | Literal["na"]] = {}

    text = (
        "number_or_text: 2.5\n"  # 1: neither a number nor a text
        "text_or_number: ab\n"  # 2: too short a text, and no number
        "checked_or_choice: 9\n"  # 3: refused by the check, and no choice
        "union_or_choice: 2.5\n"  # 4
        "table:\n  a: 2.5\n"  # 5-6
    )
    with pytest.raises(ValidationError) as caught:
        Either.model_validate(yaml.safe_load(text))
    found = [(p.path, p.line) for p in problems_from(caught.value, file="f.yaml", text=text)]
    assert found == [
        ("number_or_text", 1),
        ("text_or_number", 2),
        ("checked_or_choice", 3),
        ("union_or_choice", 4),
        ("table.a", 6),
    ]


def test_a_checks_own_message_without_a_place_of_its_own_is_named_at_the_field_it_checked():
    def _positive(value: int) -> int:
        if value < 0:
            raise ProblemValue("safety.too_many", count=value)
        return value

    class Counted(Strict):
        count: Annotated[int, AfterValidator(_positive)] = 0

    with pytest.raises(ValidationError) as caught:
        Counted.model_validate({"count": -2})
    found = [(p.key, p.params, p.path) for p in problems_from(caught.value, file="f.yaml", text=None)]
    assert found == [("safety.too_many", {"count": -2}, "count")]


def test_no_member_of_a_union_is_named_whatever_its_kind():
    """A constrained number, a list, a mapping, a float or a truth value, a data model: pydantic names each member of a
    union by its kind ("constrained-int", "list[int]", "dict[str,int]", "float", "bool", the model's class); the
    place is the field and the keys the user wrote, once; an unknown key the user wrote is named even if it happens
    to be spelled like a model."""

    class Member(Strict):
        n: int

    class Kinds(Strict):
        count: Annotated[int, Field(ge=0)] | Literal["na"] = 1
        numbers: list[int] | str = ""
        table: dict[str, int] | str = ""
        ratio: float | bool = 0.0
        part: Member | str = ""

    text = (
        "count: -1\n"  # 1
        "numbers: [1, 2.5]\n"  # 2
        "table:\n  a: 2.5\n"  # 3-4
        "ratio: x\n"  # 5
        "part:\n  n: x\n"  # 6-7
        "Member: 1\n"  # 8: a key of the user's own
    )
    with pytest.raises(ValidationError) as caught:
        Kinds.model_validate(yaml.safe_load(text))
    found = [(p.path, p.line) for p in problems_from(caught.value, file="f.yaml", text=text)]
    assert found == [
        ("count", 1),
        ("numbers[1]", 2),  # as a list, its second item; as a text, the whole field
        ("numbers", 2),
        ("table.a", 4),
        ("table", 3),
        ("ratio", 5),
        ("part.n", 7),
        ("part", 6),
        ("Member", 8),
    ]
