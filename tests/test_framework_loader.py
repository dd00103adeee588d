"""Loading and checking question sets: every problem is one line naming the file, the line and the field path.

The cases start from the documented example set (docs/examples/) and break one thing at a time, so each test
shows exactly which mistake gives which message.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from osallisuus_cli.cli.app import app
from osallisuus_cli.errors import DataError
from osallisuus_cli.files import yamlio
from osallisuus_cli.questionsets.framework import QuestionSet
from osallisuus_cli.questionsets.reading import builtin_path, parse_question_set, read_question_set
from tests.conftest import REPO

EXAMPLE = REPO / "docs" / "examples" / "nuorisotyo-osallisuus-6.yaml"
TEXT = EXAMPLE.read_text(encoding="utf-8")


def line_of(text: str, needle: str, nth: int = 1) -> int:
    """1-based line of the ``nth`` line containing ``needle``."""
    hits = [n for n, line in enumerate(text.splitlines(), 1) if needle in line]
    return hits[nth - 1]


def replace_once(old: str, new: str, text: str = TEXT) -> str:
    assert text.count(old) == 1, f"ambiguous edit: {old!r}"
    return text.replace(old, new)


def problems(text: str, lang: str = "en") -> list[str]:
    with pytest.raises(DataError) as caught:
        parse_question_set(text, file="set.yaml")
    lines = caught.value.lines(lang)
    assert all("\n" not in line for line in lines), "one line per problem"
    return lines


# --- valid sets ---------------------------------------------------------------------------------------------


def test_the_documented_example_is_valid() -> None:
    qs = parse_question_set(TEXT, file=str(EXAMPLE))
    assert (qs.id, qs.version, len(qs.questions)) == ("nuorisotyo-osallisuus-6", "1.0", 6)
    assert [s.id for s in qs.sections] == ["A", "B1", "B2", "R"]
    assert qs.scale.levels[1].description == {
        "fi": "Tapahtuu, kun joku muistaa.",
        "sv": "Sker när någon kommer ihåg det.",
        "en": "Happens when someone remembers.",
    }


MINIMAL = """\
format: osallisuus/question-set/v1
id: pieni
version: "1"
languages: {default: fi, available: [fi], authoritative: fi}
title: {fi: "Pieni sarja"}
source:
  publisher: {fi: "Me"}
  title: {fi: "Pieni sarja"}
  url: "https://example.org/"
  note: {fi: "Oma sarja."}
scale:
  levels:
    - {value: 0, label: {fi: "Ei"}}
    - {value: 1, label: {fi: "Kyllä"}}
domains:
  - id: D
    title: {fi: "Alue"}
    sections:
      - id: D
        questions:
          - {id: k1, number: 1, text: {fi: "Kysymys?"}}
"""


def test_the_smallest_set_needs_one_language_and_no_optional_fields() -> None:
    qs = parse_question_set(MINIMAL, file="pieni.yaml")
    assert qs.languages.available == ["fi"]
    assert qs.languages.unofficial == []
    assert qs.scale.special == []
    assert qs.source.references == []
    assert qs.description is None
    assert qs.domains[0].kind == "domain"
    assert qs.text(qs.title, "sv") == "Pieni sarja", "a missing language falls back to the default"


# --- one mistake, one line ----------------------------------------------------------------------------------


def test_malformed_yaml_names_the_line() -> None:
    broken = replace_once('  fi: "Nuorten osallisuus toiminnassamme"', '  fi: "Nuorten osallisuus [')
    [line] = problems(broken)
    number = line_of(broken, "Nuorten osallisuus [") + 1
    assert line.startswith(f"set.yaml:{number}: the file's structure has an error on line {number}")


def test_unknown_key_names_line_and_field_path() -> None:
    broken = replace_once("          - id: a1\n", "          - id: a1\n            colour: red\n")
    assert problems(broken) == [
        f"set.yaml:{line_of(broken, 'colour: red')}: domains[0].sections[0].questions[0].colour: "
        "unknown field — remove it or check the spelling"
    ]


@pytest.mark.parametrize(("escape", "shown"), [("\\e[2J", "\\x1b"), ("\\u202e", "\\u202e"), ("\\r", "\\r")])
def test_a_control_character_in_a_text_is_refused_and_shown_harmlessly(escape: str, shown: str) -> None:
    """A quoted YAML escape can put terminal controls in a text; questions list would then drive the terminal."""
    broken = replace_once('  fi: "Nuorten osallisuus toiminnassamme"', f'  fi: "Nuorten osallisuus{escape}"')
    assert problems(broken) == [
        f"set.yaml:{line_of(broken, 'Nuorten osallisuus' + escape)}: title.fi: "
        f"the text holds the control character {shown} — remove it"
    ]


def test_line_breaks_and_tabs_in_a_text_are_fine() -> None:
    edited = replace_once('  fi: "Nuorten osallisuus toiminnassamme"', '  fi: "Nuorten\\tosallisuus\\ntoiminnassamme"')
    assert parse_question_set(edited, file="set.yaml").title["fi"] == "Nuorten\tosallisuus\ntoiminnassamme"


def test_a_key_or_value_from_the_file_cannot_break_the_one_line_message() -> None:
    broken = replace_once("          - id: a1\n", '          - id: a1\n            "col\\nour\\e[31m": red\n')
    [line] = problems(broken)
    assert "questions[0].col\\nour\\x1b[31m: unknown field" in line
    assert "\x1b" not in line


def test_duplicate_question_id() -> None:
    broken = replace_once("          - id: a2\n", "          - id: a1\n")
    assert problems(broken) == [
        f"set.yaml:{line_of(broken, '- id: a1', 2)}: domains[0].sections[0].questions[1].id: "
        "question id 'a1' is already used — give every question its own id"
    ]


def test_duplicate_question_number() -> None:
    broken = replace_once("            number: 2\n", "            number: 1\n")
    assert problems(broken) == [
        f"set.yaml:{line_of(broken, 'number: 1', 2)}: domains[0].sections[0].questions[1].number: "
        "question number 1 is already used — number the questions uniquely"
    ]


def test_duplicate_section_id() -> None:
    broken = replace_once("      - id: B2\n", "      - id: B1\n")
    [line] = problems(broken)
    assert line.startswith(f"set.yaml:{line_of(broken, '- id: B1', 2)}: domains[1].sections[1].id: ")
    assert "'B1' is used twice" in line


def test_duplicate_yaml_key() -> None:
    broken = replace_once("            number: 1\n", "            number: 1\n            number: 7\n")
    assert problems(broken) == [
        f"set.yaml:{line_of(broken, 'number: 7')}: key 'number' appears twice (also on line "
        f"{line_of(broken, 'number: 1')}) — remove one of them"
    ]


@pytest.mark.parametrize(
    ("old", "new", "at", "path", "message"),
    [
        (
            "    - value: 3\n",
            "    - value: 0\n",
            ("  levels:", 1),
            "scale.levels",
            "scale values must be distinct numbers in ascending order",
        ),
        (
            "    - value: 2\n",
            '    - value: "2"\n',
            ('"2"', 1),
            "scale.levels[1].value",
            "the value should be an integer but is a text",
        ),
        ("    - value: 3\n", "    - value: 101\n", ("101", 1), "scale.levels[2].value", "value 101 is outside"),
        ("    - value: na\n", "    - value: maybe\n", ("maybe", 1), "scale.special[0].value", "value 'maybe' is not"),
        (
            "    - value: dont_know\n",
            "    - value: na\n",
            ("value: na", 2),
            "scale.special[1].value",
            "the same special answer is defined twice",
        ),
    ],
)
def test_bad_scale(old: str, new: str, at: tuple[str, int], path: str, message: str) -> None:
    broken = replace_once(old, new)
    [line] = problems(broken)
    assert line.startswith(f"set.yaml:{line_of(broken, *at)}: {path}: {message}")


def test_a_scale_needs_two_levels() -> None:
    start = TEXT.index("    - value: 2\n")
    end = TEXT.index("  special:")
    broken = TEXT[:start] + TEXT[end:]
    assert problems(broken) == [
        f"set.yaml:{line_of(broken, '  levels:')}: scale.levels: the list has too few items (at least 2)"
    ]


def test_a_missing_translation_is_reported_at_its_text() -> None:
    broken = replace_once('              sv: "Kan den unga komma med utan att anmäla sig?"\n', "")
    assert problems(broken) == [
        f"set.yaml:{line_of(broken, 'text:')}: domains[0].sections[0].questions[0].text: "
        "text missing in language 'sv' — add the translation or remove the language from languages.available"
    ]


def test_a_text_in_an_undeclared_language() -> None:
    english = '              en: "Can young people join in without signing up?"\n'
    broken = replace_once(english, english + '              de: "Kann man einfach kommen?"\n')
    assert problems(broken) == [
        f"set.yaml:{line_of(broken, 'de: ')}: domains[0].sections[0].questions[0].text.de: "
        "language 'de' is not in languages.available — add it or remove the text"
    ]


def test_the_default_language_must_be_declared() -> None:
    broken = replace_once("  default: fi\n", "  default: de\n")
    assert problems(broken) == [
        f"set.yaml:{line_of(broken, 'default: de')}: languages.default: "
        "language 'de' is missing from languages.available — add it"
    ]


def test_authoritative_and_unofficial_exclude_each_other() -> None:
    broken = replace_once("  unofficial: [sv, en]\n", "  unofficial: [fi, sv, en]\n")
    [line] = problems(broken)
    assert line.startswith(f"set.yaml:{line_of(broken, 'unofficial:')}: languages.unofficial: language 'fi'")


def test_an_empty_required_text_is_missing() -> None:
    broken = replace_once(
        '    title: {fi: "Yhdessä tekeminen", sv: "Att göra saker tillsammans", en: "Doing things together"}\n',
        "    title:\n",
    )
    line = broken.splitlines().index("    title:") + 1
    assert problems(broken) == [f"set.yaml:{line}: domains[1].title: required field is missing — add it"]


def test_a_missing_required_field_is_reported_at_its_parent() -> None:
    broken = replace_once("            number: 1\n", "")
    assert problems(broken) == [
        f"set.yaml:{line_of(broken, '- id: a1')}: domains[0].sections[0].questions[0].number: "
        "required field is missing — add it"
    ]


def test_every_problem_is_listed_at_once_in_file_order() -> None:
    broken = replace_once("          - id: a2\n", "          - id: a1\n")
    broken = replace_once("  default: fi\n", "  default: de\n", broken)
    broken = replace_once("    - value: 2\n", '    - value: "2"\n', broken)
    lines = problems(broken)
    assert [line.split(": ", 2)[1] for line in lines] == [
        "languages.default",
        "scale.levels[1].value",
        "domains[0].sections[0].questions[1].id",
    ]
    numbers = [int(line.split(":")[1]) for line in lines]
    assert numbers == sorted(numbers)


def test_another_kind_of_file_is_one_clear_line() -> None:
    answers = 'format: osallisuus/answers/v1\nframework: {id: thl-osallisuus-24, version: "1.0"}\n'
    assert problems(answers) == [
        "set.yaml:1: format: the file's format is osallisuus/answers/v1 but should be osallisuus/question-set/v1 "
        "— is this a question set?"
    ]


def test_a_list_is_not_a_question_set() -> None:
    [line] = problems("- one\n- two\n")
    assert line.startswith("set.yaml: the file should hold keys and values but holds a list")


def test_messages_follow_the_language() -> None:
    broken = replace_once("          - id: a1\n", "          - id: a1\n            colour: red\n")
    [line] = problems(broken, lang="sv")
    assert line.endswith("okänt fält — ta bort det eller kontrollera stavningen")
    [line] = problems(broken, lang="fi")
    assert line.endswith("tuntematon kenttä — poista se tai tarkista kirjoitusasu")
    [line] = problems(replace_once("    - value: 2\n", '    - value: "2"\n'), lang="fi")
    assert line.endswith("scale.levels[1].value: arvon pitäisi olla kokonaisluku, mutta se on teksti")


# --- osallisuus questions check -----------------------------------------------------------------------------


@pytest.fixture
def broken_file(tmp_path: Path) -> Path:
    path = tmp_path / "set.yaml"
    text = replace_once("          - id: a2\n", "          - id: a1\n")
    path.write_text(replace_once("  default: fi\n", "  default: de\n", text), encoding="utf-8")
    return path


@pytest.mark.parametrize("path", [builtin_path(), EXAMPLE], ids=["builtin", "example"])
def test_check_accepts_valid_sets(runner: CliRunner, path: Path) -> None:
    result = runner.invoke(app, ["questions", "check", str(path), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr.startswith(f"{path}: valid — ")
    assert "languages: fi, sv, en" in result.stderr


def test_check_reports_each_problem_on_its_own_line_and_exits_1(runner: CliRunner, broken_file: Path) -> None:
    result = runner.invoke(app, ["questions", "check", str(broken_file), "--lang", "en"])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 2, "one line per problem, no traceback"
    assert lines[0].startswith(f"error: {broken_file}:{line_of(broken_file.read_text(), 'default: de')}: ")
    assert "languages.default: language 'de' is missing from languages.available" in lines[0]
    assert "domains[0].sections[0].questions[1].id: question id 'a1' is already used" in lines[1]


def test_check_json_lists_the_problems(runner: CliRunner, broken_file: Path) -> None:
    result = runner.invoke(app, ["questions", "check", str(broken_file), "--json", "--lang", "en"])
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["valid"] is False
    assert data["file"] == str(broken_file)
    assert [p["path"] for p in data["problems"]] == ["languages.default", "domains[0].sections[0].questions[1].id"]
    assert [p["code"] for p in data["problems"]] == ["questions.err_language_undeclared", "questions.err_duplicate_id"]
    assert all(isinstance(p["line"], int) and p["file"] == str(broken_file) for p in data["problems"])


def test_check_json_of_a_valid_set(runner: CliRunner) -> None:
    result = runner.invoke(app, ["questions", "check", str(EXAMPLE), "--json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data == {
        "file": str(EXAMPLE),
        "valid": True,
        "problems": [],
        "id": "nuorisotyo-osallisuus-6",
        "version": "1.0",
        "questions": 6,
        "languages": ["fi", "sv", "en"],
    }


def test_check_of_a_missing_file_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["questions", "check", str(tmp_path / "nope.yaml"), "--lang", "en"])
    assert result.exit_code == 2
    assert result.stderr == f"error: {tmp_path / 'nope.yaml'}: file not found — check the path\n"


def test_check_speaks_swedish(runner: CliRunner, broken_file: Path) -> None:
    result = runner.invoke(app, ["questions", "check", str(broken_file), "--lang", "sv"])
    assert result.exit_code == 1
    assert result.stderr.startswith("fel: ")
    assert "språket 'de' saknas i languages.available — lägg till det" in result.stderr


def test_a_broken_framework_option_fails_the_same_way(runner: CliRunner, broken_file: Path) -> None:
    result = runner.invoke(app, ["questions", "list", "--framework", str(broken_file), "--lang", "en"])
    assert result.exit_code == 1
    assert len(result.stderr.splitlines()) == 2
    assert result.stdout == ""


def test_the_loaded_set_is_plain_data(qs: QuestionSet) -> None:
    """Loading needs no validation library: the set is dataclasses that compare by value."""
    again = parse_question_set(builtin_path().read_text(encoding="utf-8"), file="again")
    assert again == qs
    assert again.questions[6].id == "q07"


def test_an_empty_file_says_what_was_expected() -> None:
    assert problems("# nothing yet\n") == ["set.yaml: the file is empty — it should be a question set"]
    assert problems("", lang="fi") == ["set.yaml: tiedosto on tyhjä — sen pitäisi olla kysymyssarja"]


# --- robustness -----------------------------------------------------------------------------------------------

WRONG_VALUES = [None, 0, -1, 1000, True, "", "x", "na", [], [1], {}, {"x": 1}, {"fi": 1}, [{"fi": ""}]]


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += _paths(child, (*path, index))
    return found


def test_any_damage_to_a_set_is_reported_never_crashes() -> None:
    """Every part of a valid set, replaced by each kind of wrong value or deleted: problems are reported, and the
    reader never fails any other way."""
    pristine = json.dumps(yamlio.parse(TEXT, file="x", what="questions.what"))
    paths = _paths(json.loads(pristine))[1:]
    checked = 0
    for path in paths:
        for wrong in ["delete", *WRONG_VALUES]:
            document = json.loads(pristine)
            parent = document
            for part in path[:-1]:
                parent = parent[part]
            if wrong == "delete":
                del parent[path[-1]]
            else:
                parent[path[-1]] = wrong
            try:
                read_question_set(document, file="x", text=None)
            except DataError as exc:
                assert exc.problems, (path, wrong)
                assert all(p.render("en") for p in exc.problems), (path, wrong)
            checked += 1
    assert checked > 2000
