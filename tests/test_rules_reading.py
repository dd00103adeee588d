"""Reading a question set, field by field as docs/question-sets.md states it, starting from the documented example
and changing one thing at a time: what is kept, what is optional, and which mistake is named where."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from osallisuus_cli.errors import DataError, UsageError
from osallisuus_cli.questionsets import reading
from osallisuus_cli.questionsets.reading import load_question_set, parse_question_set
from tests.conftest import REPO

EXAMPLE = REPO / "docs" / "examples" / "nuorisotyo-osallisuus-6.yaml"
TEXT = EXAMPLE.read_text(encoding="utf-8")


def edited(*changes: tuple[str, str]) -> str:
    text = TEXT
    for old, new in changes:
        assert text.count(old) == 1, f"ambiguous edit: {old!r}"
        text = text.replace(old, new)
    return text


def problems(text: str) -> list[tuple[str, str | None, dict[str, Any]]]:
    with pytest.raises(DataError) as caught:
        parse_question_set(text, file="set.yaml")
    assert {p.file for p in caught.value.problems} == {"set.yaml"}
    return [(p.key, p.path, {k: str(v) for k, v in p.params.items()}) for p in caught.value.problems]


def line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


# --- what is read and kept ------------------------------------------------------------------------------------------


def test_every_field_of_the_example_is_kept_as_written():
    qs = parse_question_set(TEXT, file="set.yaml")
    assert (qs.id, qs.version, qs.locked) == ("nuorisotyo-osallisuus-6", "1.0", False)
    assert (qs.languages.default, qs.languages.available) == ("fi", ["fi", "sv", "en"])
    assert (qs.languages.authoritative, qs.languages.unofficial) == ("fi", ["sv", "en"])
    assert qs.description is not None
    assert qs.description["en"] == "Six questions for the team to discuss together once a term."
    assert qs.source.url == "https://example.org/nuorisopalvelut/osallisuus"
    assert qs.source.translation_note is not None
    assert qs.source.translation_note["sv"].startswith("De svenska och engelska texterna")
    assert (qs.source.references, qs.source.earlier_url) == ([], None)
    assert [level.value for level in qs.scale.levels] == [1, 2, 3]
    assert qs.scale.levels[1].description == {
        "fi": "Tapahtuu, kun joku muistaa.",
        "sv": "Sker när någon kommer ihåg det.",
        "en": "Happens when someone remembers.",
    }
    assert qs.scale.levels[0].description is None
    assert [(s.value, s.label["sv"]) for s in qs.scale.special] == [
        ("na", "Gäller inte oss"),
        ("dont_know", "Kan inte säga"),
    ]
    assert [(d.id, d.kind) for d in qs.domains] == [("A", "domain"), ("B", "domain"), ("R", "structures")]
    assert qs.domains[0].description is not None
    assert qs.domains[1].description is None
    assert [(s.id, s.title["en"] if s.title else None) for s in qs.sections] == [
        ("A", None),
        ("B1", "Planning"),
        ("B2", "Doing"),
        ("R", None),
    ]
    assert [(q.id, q.number) for q in qs.questions] == [
        ("a1", 1),
        ("a2", 2),
        ("b1", 3),
        ("b2", 4),
        ("b3", 5),
        ("r1", 6),
    ]
    assert qs.question("b1").examples == {
        "fi": "Esim. nuorisovaltuusto, ideapäivä tai kysely.",
        "sv": "T.ex. ett ungdomsfullmäktige, en idédag eller en enkät.",
        "en": "E.g. a youth council, an ideas day or a survey.",
    }
    assert qs.question("a1").examples is None


def test_optional_fields_are_kept_when_given():
    qs = parse_question_set(
        edited(
            (
                '  url: "https://example.org/nuorisopalvelut/osallisuus"\n',
                '  url: "https://example.org/nuorisopalvelut/osallisuus"\n'
                '  earlier_url: "http://example.org/vanha"\n'
                '  references: ["Opas 2024", "https://example.org/opas"]\n',
            ),
            ("  - id: B\n", "  - id: B\n    short_title: {fi: Yhdessä, sv: Tillsammans, en: Together}\n"),
            ("      - id: B2\n", "      - id: B2\n        description: {fi: Teot, sv: Handling, en: Deeds}\n"),
            ("format: osallisuus/question-set/v1\n", "format: osallisuus/question-set/v1\nlocked: true\n"),
        ),
        file="set.yaml",
    )
    assert (qs.source.earlier_url, qs.source.references) == (
        "http://example.org/vanha",
        ["Opas 2024", "https://example.org/opas"],
    )
    assert qs.domains[1].short_title == {"fi": "Yhdessä", "sv": "Tillsammans", "en": "Together"}
    assert qs.sections[2].description == {"fi": "Teot", "sv": "Handling", "en": "Deeds"}
    assert qs.locked is True


@pytest.mark.parametrize("value", ["false", "", "null"])
def test_a_set_is_unlocked_unless_it_says_locked_true(value):
    qs = parse_question_set(
        edited(("id: nuorisotyo-osallisuus-6\n", f"id: nuorisotyo-osallisuus-6\nlocked: {value}\n")), file="s"
    )
    assert qs.locked is False


def test_the_scale_may_start_at_zero_and_reach_a_hundred_in_at_most_eleven_steps():
    levels = "".join(
        f"    - {{value: {v}, label: {{fi: t{v}, sv: t{v}, en: t{v}}}}}\n" for v in (0, *range(10, 100, 10), 100)
    )
    start, end = TEXT.index("  levels:\n") + len("  levels:\n"), TEXT.index("  special:\n")
    eleven = TEXT[:start] + levels + TEXT[end:]
    assert [level.value for level in parse_question_set(eleven, file="s").scale.levels] == [0, *range(10, 100, 10), 100]
    twelve = TEXT[:start] + levels + "    - {value: 101, label: {fi: x, sv: x, en: x}}\n" + TEXT[end:]
    assert [(key, path) for key, path, _ in problems(twelve)] == [
        ("common.v.too_many", "scale.levels"),
        ("common.v.range", "scale.levels[11].value"),
    ]


def test_a_set_without_special_answers_has_none():
    start, end = TEXT.index("  special:\n"), TEXT.index("domains:\n")
    assert parse_question_set(TEXT[:start] + TEXT[end:], file="s").scale.special == []


# --- which mistake is named where -----------------------------------------------------------------------------------


def test_locked_is_true_or_false():
    text = edited(("id: nuorisotyo-osallisuus-6\n", "id: nuorisotyo-osallisuus-6\nlocked: yes please\n"))
    assert problems(text) == [
        ("common.v.type", "locked", {"expected": "common.kind.boolean", "found": "common.kind.text"})
    ]
    text = edited(("id: nuorisotyo-osallisuus-6\n", "id: nuorisotyo-osallisuus-6\nlocked: 0\n"))
    assert problems(text) == [
        ("common.v.type", "locked", {"expected": "common.kind.boolean", "found": "common.kind.integer"})
    ]


def test_the_version_is_quoted_text_of_at_most_forty_characters():
    assert [(k, p) for k, p, _ in problems(edited(('version: "1.0"\n', "version: 1.0\n")))] == [
        ("common.v.type", "version")
    ]
    long = "1." + "0" * 39
    assert [(k, p) for k, p, _ in problems(edited(('version: "1.0"\n', f'version: "{long}"\n')))] == [
        ("common.v.too_long", "version")
    ]
    assert parse_question_set(edited(('version: "1.0"\n', f'version: "{long[:40]}"\n')), file="s").version == long[:40]


def test_the_declared_languages_are_at_least_one_each_once():
    assert problems(edited(("  available: [fi, sv, en]\n", "  available: [fi, sv, en, sv, fi]\n"))) == [
        ("questions.err_language_twice", "languages.available", {"lang": "fi"}),
        ("questions.err_language_twice", "languages.available", {"lang": "sv"}),
    ]
    empty = problems(edited(("  available: [fi, sv, en]\n", "  available: []\n")))
    assert empty == [("common.v.too_few", "languages.available", {"min": "1"})], "and nothing else about languages"


def test_the_default_original_and_translations_are_declared_languages():
    text = edited(
        ("  authoritative: fi\n", "  authoritative: de\n"), ("  unofficial: [sv, en]\n", "  unofficial: [sv, en, se]\n")
    )
    assert problems(text) == [
        ("questions.err_language_undeclared", "languages.authoritative", {"lang": "de"}),
        ("questions.err_language_undeclared", "languages.unofficial", {"lang": "se"}),
    ]
    assert [k for k, _p, _ in problems(edited(("  default: fi\n", "  default: FI\n")))] == ["common.v.pattern"]


def test_a_text_in_a_language_the_set_does_not_declare_is_named_at_that_language():
    text = edited(
        (
            '  en: "Young people\'s participation in our work"\n',
            '  en: "Young people\'s participation in our work"\n  se: "Nuoraid oassálastin"\n',
        )
    )
    assert problems(text) == [("questions.err_text_undeclared", "title.se", {"lang": "se"})]


def test_addresses_are_http_or_https():
    url = '  url: "https://example.org/nuorisopalvelut/osallisuus"\n'
    assert [(k, p) for k, p, _ in problems(edited((url, '  url: "example.org"\n')))] == [
        ("common.v.pattern", "source.url")
    ]
    earlier = url + '  earlier_url: "ftp://example.org/vanha"\n'
    assert [(k, p) for k, p, _ in problems(edited((url, earlier)))] == [("common.v.pattern", "source.earlier_url")]


def test_a_domains_kind_is_domain_or_structures_and_its_id_is_its_own():
    text = edited(("    kind: structures\n", "    kind: rakenteet\n"))
    assert [(k, p) for k, p, _ in problems(text)] == [("common.v.choice", "domains[2].kind")]
    twice = edited(("  - id: R\n    kind:", "  - id: B\n    kind:"))
    assert problems(twice) == [("questions.err_duplicate_section", "domains[2].id", {"id": "B"})]


def test_a_question_number_is_from_1_to_999():
    assert [(k, p) for k, p, _ in problems(edited(("            number: 6\n", "            number: 1000\n")))] == [
        ("common.v.range", "domains[2].sections[0].questions[0].number")
    ]
    assert [(k, p) for k, p, _ in problems(edited(("            number: 6\n", "            number: 0\n")))] == [
        ("common.v.range", "domains[2].sections[0].questions[0].number")
    ]
    assert (
        parse_question_set(edited(("            number: 6\n", "            number: 999\n")), file="s")
        .question("r1")
        .number
        == 999
    )


def test_each_special_answer_is_named_once_at_its_second_place():
    text = edited(("    - value: dont_know\n", "    - value: na\n"))
    assert problems(text) == [("questions.err_duplicate_special", "scale.special[1].value", {"value": "na"})]


def test_a_file_of_another_format_is_named_at_its_format_line_and_a_format_that_is_no_text_as_a_choice():
    assert [(k, p) for k, p, _ in problems(edited(("format: osallisuus/question-set/v1\n", "format: 5\n")))] == [
        ("common.v.choice", "format")
    ]


# --- loading ---------------------------------------------------------------------------------------------------------


def test_a_set_is_loaded_once_and_a_missing_one_is_a_usage_error(tmp_path: Path):
    path = tmp_path / "oma.yaml"
    path.write_text(TEXT, encoding="utf-8")
    first = load_question_set(path)
    assert load_question_set(str(path)) is first
    assert load_question_set(tmp_path / "." / "oma.yaml") is first, "the same file by another name is the same set"
    assert load_question_set() is load_question_set(reading.builtin_path())
    with pytest.raises(UsageError) as caught:
        load_question_set(tmp_path / "puuttuu.yaml")
    assert [(p.key, p.file) for p in caught.value.problems] == [
        ("questions.err_framework_not_found", str(tmp_path / "puuttuu.yaml"))
    ]


def test_a_set_given_as_a_link_that_points_at_itself_is_one_clear_error(tmp_path: Path):
    loop = tmp_path / "silmukka.yaml"
    os.symlink(loop, loop)
    with pytest.raises(DataError) as caught:
        load_question_set(loop)
    assert {p.file for p in caught.value.problems} == {str(loop)}


def test_without_the_built_in_sets_the_error_names_where_they_should_be(monkeypatch):
    monkeypatch.setattr(reading, "shipped_dir", lambda name: None)
    with pytest.raises(DataError) as caught:
        reading.builtin_dir()
    (problem,) = caught.value.problems
    assert problem.key == "questions.err_builtin_missing"
    assert problem.file == str(Path(reading.__file__).resolve().parents[1] / "questions")
    monkeypatch.undo()
    assert reading.builtin_path("thl-osallisuus-24").name == "thl-osallisuus-24.yaml"
    assert reading.builtin_path() == reading.builtin_dir() / "thl-osallisuus-24.yaml"


@pytest.mark.parametrize(
    ("old", "new", "path"),
    [
        ("id: nuorisotyo-osallisuus-6\n", "id:\n", "id"),
        ('version: "1.0"\n', "version:\n", "version"),
        ('  url: "https://example.org/nuorisopalvelut/osallisuus"\n', "  url:\n", "source.url"),
        ("          - id: b3\n", "          - id:\n", "domains[1].sections[1].questions[0].id"),
    ],
)
def test_a_required_field_left_empty_is_missing(old, new, path):
    assert problems(edited((old, new))) == [("common.v.missing", path, {})]


def test_languages_left_empty_or_without_a_key_are_missing_and_never_a_crash():
    start, end = TEXT.index("languages:\n"), TEXT.index("title:\n")
    empty = TEXT[:start] + "languages:\n" + TEXT[end:]
    assert problems(empty) == [("common.v.missing", "languages", {})]
    for key in ("available", "authoritative"):
        line = next(line for line in TEXT[start:end].splitlines(keepends=True) if line.startswith(f"  {key}:"))
        found = problems(edited((line, "")))
        assert ("common.v.missing", f"languages.{key}", {}) in found, key


def test_an_optional_text_left_empty_is_no_text():
    start, end = TEXT.index("description:\n"), TEXT.index("source:\n")
    qs = parse_question_set(TEXT[:start] + "description:\n" + TEXT[end:], file="s")
    assert qs.description is None


def test_every_language_code_is_two_or_three_small_letters_named_at_its_place():
    text = edited(
        ("  available: [fi, sv, en]\n", "  available: [fi, SV, en]\n"),
        ("  unofficial: [sv, en]\n", "  unofficial: [sv, English]\n"),
    )
    assert [(k, p) for k, p, _ in problems(text)][:2] == [
        ("common.v.pattern", "languages.available[1]"),
        ("common.v.pattern", "languages.unofficial[1]"),
    ]


def test_an_address_is_at_most_a_thousand_characters():
    url = '  url: "https://example.org/nuorisopalvelut/osallisuus"\n'
    longest = "https://example.org/" + "a" * (1000 - len("https://example.org/"))
    assert parse_question_set(edited((url, f'  url: "{longest}"\n')), file="s").source.url == longest
    assert problems(edited((url, f'  url: "{longest}a"\n'))) == [("common.v.too_long", "source.url", {"max": "1000"})]


def test_a_broken_set_loaded_from_a_file_names_that_file(tmp_path: Path):
    path = tmp_path / "rikki.yaml"
    path.write_text(edited(("  default: fi\n", "  default: de\n")), encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_question_set(path)
    assert [p.file for p in caught.value.problems] == [str(path)]


def emptied(key: str, following: str) -> str:
    """The example with a top-level ``key`` left empty (its block removed up to ``following``)."""
    start, end = TEXT.index(f"{key}:\n"), TEXT.index(f"{following}:\n")
    return TEXT[:start] + f"{key}:\n" + TEXT[end:]


@pytest.mark.parametrize(("key", "following"), [("source", "scale"), ("scale", "domains"), ("languages", "title")])
def test_a_required_part_left_empty_is_missing(key, following):
    assert problems(emptied(key, following)) == [("common.v.missing", key, {})]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "  note:\n",
            "  notes:\n",
            [("common.v.extra_forbidden", "source.notes"), ("common.v.missing", "source.note")],
        ),
        (
            "  levels:\n",
            "  steps:\n",
            [("common.v.extra_forbidden", "scale.steps"), ("common.v.missing", "scale.levels")],
        ),
        (
            "    - value: 3\n",
            "    - worth: 3\n",
            [("common.v.extra_forbidden", "scale.levels[2].worth"), ("common.v.missing", "scale.levels[2].value")],
        ),
        (
            "    - value: na\n",
            "    - kind: na\n",
            [("common.v.extra_forbidden", "scale.special[0].kind"), ("common.v.missing", "scale.special[0].value")],
        ),
        ("    - value: 1\n", "    - value: -1\n", [("common.v.range", "scale.levels[0].value")]),
    ],
)
def test_a_mistake_inside_the_source_or_the_scale_is_named_at_its_whole_path(old, new, expected):
    assert sorted((k, p) for k, p, _ in problems(edited((old, new)))) == sorted(expected)


def test_the_special_answers_are_a_list():
    start, end = TEXT.index("  special:\n"), TEXT.index("domains:\n")
    assert [(k, p) for k, p, _ in problems(TEXT[:start] + "  special: 5\n" + TEXT[end:])] == [
        ("common.v.type", "scale.special")
    ]


def test_after_a_level_or_special_answer_that_is_no_mapping_the_rest_are_still_checked():
    text = edited(
        ("    - value: 1\n      label:", "    - 5\n    - value: 1\n      label:"),
        ("    - value: 3\n", "    - value: 300\n"),
    )
    text = text.replace("  special:\n", "  special:\n    - na\n", 1).replace(
        "    - value: dont_know\n", "    - value: maybe\n"
    )
    assert [(k, p) for k, p, _ in problems(text)] == [
        ("common.v.type", "scale.levels[0]"),
        ("common.v.range", "scale.levels[3].value"),
        ("common.v.type", "scale.special[0]"),
        ("common.v.choice", "scale.special[2].value"),
    ]


def test_optional_fields_left_empty_are_absent():
    text = edited(
        (
            '  url: "https://example.org/nuorisopalvelut/osallisuus"\n',
            '  url: "https://example.org/nuorisopalvelut/osallisuus"\n  earlier_url:\n  references:\n',
        ),
        ("    - value: 3\n", "    - value: 3\n      description:\n"),
    )
    start, end = text.index("  translation_note:\n"), text.index("scale:\n")
    text = text[:start] + "  translation_note:\n" + text[end:]
    qs = parse_question_set(text, file="s")
    assert (qs.source.earlier_url, qs.source.references, qs.source.translation_note) == (None, [], None)
    assert qs.scale.levels[2].description is None


def test_every_reference_is_text_named_at_its_place():
    url = '  url: "https://example.org/nuorisopalvelut/osallisuus"\n'
    assert [(k, p) for k, p, _ in problems(edited((url, url + '  references: ["Opas", 5]\n')))] == [
        ("common.v.type", "source.references[1]")
    ]


def test_the_domains_left_empty_are_missing_and_an_empty_list_too_few():
    start = TEXT.index("domains:\n")
    assert problems(TEXT[:start] + "domains:\n") == [("common.v.missing", "domains", {})]
    assert problems(TEXT[:start] + "domains: []\n") == [("common.v.too_few", "domains", {"min": "1"})]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("  - id: B\n", "  - id: B\n    colour: red\n", [("common.v.extra_forbidden", "domains[1].colour")]),
        (
            "    sections:\n      - id: B1\n",
            "    parts:\n      - id: B1\n",
            [("common.v.extra_forbidden", "domains[1].parts"), ("common.v.missing", "domains[1].sections")],
        ),
        (
            "    sections:\n      - id: B1\n",
            "    sections: 5\n    old:\n      - id: B1\n",
            [("common.v.extra_forbidden", "domains[1].old"), ("common.v.type", "domains[1].sections")],
        ),
        (
            "      - id: B2\n",
            "      - id: B2\n        colour: red\n",
            [("common.v.extra_forbidden", "domains[1].sections[1].colour")],
        ),
        (
            "        questions:\n          - id: b3\n",
            "        items:\n          - id: b3\n",
            [
                ("common.v.extra_forbidden", "domains[1].sections[1].items"),
                ("common.v.missing", "domains[1].sections[1].questions"),
            ],
        ),
        (
            "          - id: b3\n",
            "          - id: b3\n            colour: red\n",
            [("common.v.extra_forbidden", "domains[1].sections[1].questions[0].colour")],
        ),
    ],
)
def test_a_mistake_inside_a_domain_section_or_question_is_named_at_its_whole_path(old, new, expected):
    assert sorted((k, p) for k, p, _ in problems(edited((old, new)))) == sorted(expected)


def test_after_a_domain_section_or_question_that_is_no_mapping_the_rest_are_still_checked():
    text = edited(
        ("domains:\n  - id: A\n", "domains:\n  - 5\n  - id: A\n"),
        ("    sections:\n      - id: B1\n", "    sections:\n      - 5\n      - id: B1\n"),
        ("        questions:\n          - id: b1\n", "        questions:\n          - 5\n          - id: b1\n"),
        ("            number: 4\n", "            number: 0\n"),
        ("            number: 6\n", "            number: 0\n"),
    )
    assert [(k, p) for k, p, _ in problems(text)] == [
        ("common.v.type", "domains[0]"),
        ("common.v.type", "domains[2].sections[0]"),
        ("common.v.type", "domains[2].sections[1].questions[0]"),
        ("common.v.range", "domains[2].sections[1].questions[2].number"),
        ("common.v.range", "domains[3].sections[0].questions[0].number"),
    ]


def test_more_optional_texts_left_empty_are_absent():
    text = edited(
        ("  - id: B\n", "  - id: B\n    short_title:\n    description:\n"),
        ("      - id: B2\n", "      - id: B2\n        description:\n"),
        ('        title: {fi: "Tekeminen", sv: "Genomförande", en: "Doing"}\n', "        title:\n"),
        ("          - id: b3\n", "          - id: b3\n            examples:\n"),
    )
    qs = parse_question_set(text, file="s")
    domain = qs.domains[1]
    assert (domain.short_title, domain.description) == (None, None)
    assert (qs.sections[2].title, qs.sections[2].description, qs.question("b3").examples) == (None, None, None)


def test_a_domain_needs_a_section_and_a_section_a_question():
    sections = edited(
        (
            "    sections:\n      - id: R\n        questions:\n",
            "    sections: []\n    old:\n      - id: R\n        questions:\n",
        )
    )
    assert ("common.v.too_few", "domains[2].sections", {"min": "1"}) in problems(sections)
    start, end = TEXT.index("          - id: r1\n"), len(TEXT)
    questions = TEXT[:start].replace("      - id: R\n        questions:\n", "      - id: R\n        questions: []\n")
    assert problems(questions + TEXT[end:]) == [("common.v.too_few", "domains[2].sections[0].questions", {"min": "1"})]


def test_an_id_is_letters_digits_dashes_and_underscores():
    assert [(k, p) for k, p, _ in problems(edited(("id: nuorisotyo-osallisuus-6\n", "id: nuoriso työ\n")))] == [
        ("common.v.pattern", "id")
    ]
    assert problems(edited(("          - id: b3\n", "          - id: b 3\n"))) == [
        (
            "common.v.pattern",
            "domains[1].sections[1].questions[0].id",
            {"value": "'b 3'", "pattern": reading.ID.pattern},
        )
    ]


def test_a_top_level_key_the_schema_does_not_know_and_an_empty_format_are_named():
    assert [(k, p) for k, p, _ in problems("colour: red\n" + TEXT)] == [("common.v.extra_forbidden", "colour")]
    assert problems(edited(("format: osallisuus/question-set/v1\n", "format:\n"))) == [
        ("common.v.missing", "format", {})
    ]


def test_a_file_that_is_no_mapping_says_a_question_set_was_expected():
    from osallisuus_cli.i18n import t

    with pytest.raises(DataError) as caught:
        parse_question_set("- one\n- two\n", file="set.yaml")
    (problem,) = caught.value.problems
    assert t("questions.what", "en") in problem.render("en")


def test_a_file_of_another_format_is_named_at_its_format_line_after_any_comments():
    answers = (
        '# Aino\n# syksy 2026\nformat: osallisuus/answers/v1\nframework: {id: thl-osallisuus-24, version: "1.0"}\n'
    )
    with pytest.raises(DataError) as caught:
        parse_question_set(answers, file="set.yaml")
    assert [(p.key, p.line, p.path) for p in caught.value.problems] == [("questions.err_format", 3, "format")]


def test_each_scale_value_is_used_once():
    assert [(k, p) for k, p, _ in problems(edited(("    - value: 3\n", "    - value: 2\n")))] == [
        ("questions.err_scale_order", "scale.levels")
    ]
