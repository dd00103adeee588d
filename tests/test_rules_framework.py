"""A question set's rules as docs/question-sets.md states them, on a small set of its own: a level is a value of the
scale or one of its special answers; a question is found by its id, its number, its id in capitals or without
leading zeros; a text is read in the language asked for, else in the set's default language; a section without a
title takes its domain's; readers of an unofficial translation get the set's note."""

from __future__ import annotations

import pytest

from osallisuus_cli.questionsets.framework import (
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


def question(qid: str, number: int) -> Question:
    return Question(qid, number, {"fi": f"Kysymys {number}", "sv": f"Fråga {number}"})


def small_set(*, translation_note: dict[str, str] | None = None, special: bool = True) -> QuestionSet:
    """Three steps from 1 to 3; two domains, the first in two titled parts, the second one untitled section."""
    return QuestionSet(
        format="osallisuus/question-set/v1",
        id="nuoret-3",
        version="1.0",
        languages=Languages(default="fi", available=["fi", "sv", "en"], authoritative="fi", unofficial=["sv", "en"]),
        title={"fi": "Nuoret", "sv": "Unga"},
        source=Source(
            publisher={"fi": "Kunta"},
            title={"fi": "Kysymyksiä"},
            url="https://example.org",
            note={"fi": "Oma asteikko"},
            translation_note=translation_note,
        ),
        scale=Scale(
            levels=[ScaleLevel(value, {"fi": f"taso {value}", "sv": f"nivå {value}"}) for value in (1, 2, 3)],
            special=[SpecialAnswer("dont_know", {"fi": "En osaa sanoa", "sv": "Vet inte"})] if special else [],
        ),
        domains=[
            Domain(
                "A",
                {"fi": "Oma elämä", "sv": "Eget liv"},
                [
                    Section("A1", [question("a01", 1), question("a2", 2)], title={"fi": "Alku", "sv": "Början"}),
                    Section("A2", [question("q1", 3), question("q01", 4)], title={"fi": "Loppu"}),
                ],
            ),
            Domain("B", {"fi": "Yhteinen hyvä", "sv": "Det gemensamma"}, [Section("B", [question("B10", 10)])]),
        ],
    )


def test_the_scale_runs_from_its_first_level_to_its_last():
    scale = small_set().scale
    assert (scale.minimum, scale.maximum) == (1, 3)


@pytest.mark.parametrize("level", [1, 2, 3, "dont_know"])
def test_a_level_is_a_value_of_the_scale_or_one_of_its_special_answers(level):
    assert small_set().scale.accepts(level)


@pytest.mark.parametrize("level", [0, 4, "na", "2", 2.0, True, None, "", "dont_know "])
def test_anything_else_is_no_level_not_even_a_number_as_text_or_true(level):
    """`true` would equal 1 in Python; "2" and 2.0 are not whole numbers as YAML reads them; na is not in this set."""
    assert not small_set().scale.accepts(level)


def test_without_special_answers_only_the_numbers_are_levels():
    scale = small_set(special=False).scale
    assert [scale.accepts(level) for level in (1, "dont_know", "na")] == [True, False, False]


@pytest.mark.parametrize(
    ("ref", "found"),
    [
        ("a01", "a01"),  # its id
        ("1", "a01"),  # its number
        (" 10 ", "B10"),  # a number with spaces around it
        ("A01", "a01"),  # its id in capitals
        ("a1", "a01"),  # its id without leading zeros, as people write it
        ("a002", "a2"),  # or with more of them
        ("b10", "B10"),
        ("q01", "q01"),  # an exact id wins over one that is equal only without zeros
        ("Q1", "q1"),
        ("q001", "q1"),  # without an exact match, the first one equal without zeros
        ("5", None),
        ("0", None),
        ("a3", None),
        ("", None),
    ],
)
def test_a_question_is_found_by_its_id_number_capitals_or_without_leading_zeros(ref, found):
    question = small_set().find_question(ref)
    assert (question.id if question else None) == found


def test_every_question_knows_its_section_and_domain_in_the_sets_order():
    qs = small_set()
    assert [q.id for q in qs.questions] == ["a01", "a2", "q1", "q01", "B10"]
    assert [s.id for s in qs.sections] == ["A1", "A2", "B"]
    assert qs.question("q01").number == 4
    assert qs.section_of("q1").id == "A2"
    assert qs.domain_of_section("A2").id == "A"
    assert qs.domain_of_section("B").id == "B"
    assert qs.has_question("B10")
    assert not qs.has_question("b10"), "an answers file's key is the exact id"


def test_a_text_is_read_in_the_asked_language_else_in_the_default_else_in_any():
    qs = small_set()
    assert qs.text({"fi": "Moi", "sv": "Hej"}, "sv") == "Hej"
    assert qs.text({"fi": "Moi", "sv": "Hej"}, "en") == "Moi"
    assert qs.text({"sv": "Hej", "en": "Hi"}, "fi") == "Hej"
    assert qs.text({"sv": "Hej", "fi": "Moi"}, "en") == "Moi", "the default language before the first written"
    assert qs.text({"fi": "Moi", "sv": ""}, "sv") == "Moi", "an empty translation is no translation"
    assert qs.text(None, "fi") == ""
    assert qs.text({}, "sv") == ""


def test_a_section_without_a_title_takes_its_domains_title():
    qs = small_set()
    a1, a2, b = qs.sections
    assert qs.section_title(a1, "sv") == "Början"
    assert qs.section_title(a2, "sv") == "Loppu", "a title without Swedish is read in the default language"
    assert qs.section_title(b, "sv") == "Det gemensamma"
    assert qs.section_title(b, "fi") == "Yhteinen hyvä"


def test_readers_of_an_unofficial_translation_get_the_sets_note_in_their_language():
    note = {"fi": "Epävirallinen", "sv": "Inofficiell översättning", "en": "Unofficial translation"}
    qs = small_set(translation_note=note)
    assert [qs.is_unofficial(lang) for lang in ("fi", "sv", "en", "de")] == [False, True, True, False]
    assert qs.translation_note("sv") == "Inofficiell översättning"
    assert qs.translation_note("en") == "Unofficial translation"
    assert qs.translation_note("fi") is None, "the authoritative language needs no note"
    assert small_set().translation_note("sv") is None, "a set without its own note gives none"


def test_a_level_is_labelled_in_the_asked_language_and_an_unknown_one_shown_as_it_is():
    qs = small_set()
    assert qs.level_label(2, "sv") == "nivå 2"
    assert qs.level_label(3, "en") == "taso 3"
    assert qs.level_label("dont_know", "sv") == "Vet inte"
    assert qs.level_label(7, "fi") == "7"
    assert qs.level_label("na", "fi") == "na"
