"""`questions --json` as data, rule by rule: every text of the question set in the asked language (never the
default one when the set has it), empty texts as null, and the set's structure whole — the same keys a script
reading the output relies on."""

from __future__ import annotations

import pytest

from osallisuus_cli.i18n import set_language
from osallisuus_cli.questionsets.catalog import question_as_data, set_as_data


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_set_as_data_speaks_the_asked_language_and_keeps_its_structure(qs, lang):
    set_language("fi")
    data = set_as_data(qs, lang)
    assert (data["id"], data["version"], data["language"]) == (qs.id, qs.version, lang)
    assert data["available_languages"] == list(qs.languages.available)
    assert data["authoritative_language"] == qs.languages.authoritative
    assert data["unofficial_translation"] is qs.is_unofficial(lang)
    assert data["translation_note"] == qs.translation_note(lang)
    assert (data["title"], data["description"]) == (qs.text(qs.title, lang), qs.text(qs.description, lang) or None)
    source = qs.source
    assert data["source"] == {
        "publisher": qs.text(source.publisher, lang),
        "title": qs.text(source.title, lang),
        "url": source.url,
        "note": qs.text(source.note, lang),
        "references": list(source.references),
    }
    assert data["scale"]["levels"] == [
        {
            "value": level.value,
            "label": qs.text(level.label, lang),
            "description": qs.text(level.description, lang) or None,
        }
        for level in qs.scale.levels
    ]
    assert data["scale"]["special"] == [{"value": s.value, "label": qs.text(s.label, lang)} for s in qs.scale.special]
    assert [(d["id"], d["kind"], d["title"], d["short_title"], d["description"]) for d in data["domains"]] == [
        (
            domain.id,
            domain.kind,
            qs.text(domain.title, lang),
            qs.text(domain.short_title, lang) or None,
            qs.text(domain.description, lang) or None,
        )
        for domain in qs.domains
    ]
    sections = [section for domain in data["domains"] for section in domain["sections"]]
    assert [(s["id"], s["title"], s["description"]) for s in sections] == [
        (section.id, qs.section_title(section, lang), qs.text(section.description, lang) or None)
        for domain in qs.domains
        for section in domain.sections
    ]
    questions = [question for section in sections for question in section["questions"]]
    assert questions == [
        {"id": q.id, "number": q.number, "text": qs.text(q.text, lang), "examples": qs.text(q.examples, lang) or None}
        for q in qs.questions
    ]


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_one_question_as_data_names_its_place_in_the_asked_language(qs, lang):
    set_language("fi")
    question = qs.questions[9]
    section = qs.section_of(question.id)
    domain = qs.domain_of_section(section.id)
    data = question_as_data(qs, question, lang)
    assert data == {
        "id": question.id,
        "number": question.number,
        "count": len(qs.questions),
        "text": qs.text(question.text, lang),
        "examples": qs.text(question.examples, lang) or None,
        "section_id": section.id,
        "section_title": qs.section_title(section, lang),
        "domain_id": domain.id,
        "domain_title": qs.text(domain.title, lang),
        "framework": {"id": qs.id, "version": qs.version},
        "language": lang,
        "authoritative_language": qs.languages.authoritative,
        "unofficial_translation": qs.is_unofficial(lang),
        "translation_note": qs.translation_note(lang),
    }
    assert data["text"] != qs.text(question.text, "fi")
    assert data["examples"] != qs.text(question.examples, "fi")


def test_a_text_the_set_does_not_have_is_null_in_every_place():
    """A set of one's own may leave out every optional text (docs/question-sets.md): each is null in the data, never
    an empty string a script would print."""
    from tests.test_rules_framework import small_set

    qs = small_set()
    data = set_as_data(qs, "sv")
    assert (data["description"], data["translation_note"], data["source"]["references"]) == (None, None, [])
    assert [level["description"] for level in data["scale"]["levels"]] == [None, None, None]
    assert [(d["short_title"], d["description"]) for d in data["domains"]] == [(None, None), (None, None)]
    sections = [section for domain in data["domains"] for section in domain["sections"]]
    assert [s["description"] for s in sections] == [None, None, None]
    assert [s["title"] for s in sections] == ["Början", "Loppu", "Det gemensamma"]
    assert {q["examples"] for s in sections for q in s["questions"]} == {None}
    question = question_as_data(qs, qs.question("B10"), "sv")
    assert (question["examples"], question["section_title"], question["domain_title"]) == (
        None,
        "Det gemensamma",
        "Det gemensamma",
    )
    assert (question["count"], question["translation_note"], question["unofficial_translation"]) == (5, None, True)


def test_every_text_a_set_of_ones_own_adds_is_in_the_asked_language():
    """Texts the built-in set does not have (a level's description, a domain's short title, a section's
    description) are given in the asked language like every other."""
    from osallisuus_cli.questionsets.reading import parse_question_set
    from tests.test_rules_reading import edited

    qs = parse_question_set(
        edited(
            ("  - id: B\n", "  - id: B\n    short_title: {fi: Yhdessä, sv: Tillsammans, en: Together}\n"),
            ("      - id: B2\n", "      - id: B2\n        description: {fi: Teot, sv: Handling, en: Deeds}\n"),
        ),
        file="oma.yaml",
    )
    data = set_as_data(qs, "sv")
    assert [level["description"] for level in data["scale"]["levels"]] == [
        None,
        "Sker när någon kommer ihåg det.",
        None,
    ]
    assert [domain["short_title"] for domain in data["domains"]] == [None, "Tillsammans", None]
    sections = [section for domain in data["domains"] for section in domain["sections"]]
    assert [section["description"] for section in sections] == [None, None, "Handling", None]


def test_only_the_languages_the_set_calls_unofficial_are_unofficial_translations():
    """The default language (shown when a text is missing) may itself be a translation; the original never is."""
    from osallisuus_cli.questionsets.framework import Languages
    from tests.test_rules_framework import small_set

    qs = small_set()
    qs.languages = Languages(default="en", available=["fi", "sv", "en"], authoritative="fi", unofficial=["sv", "en"])
    assert [set_as_data(qs, lang)["unofficial_translation"] for lang in ("fi", "sv", "en")] == [False, True, True]
    assert question_as_data(qs, qs.questions[0], "fi")["unofficial_translation"] is False
