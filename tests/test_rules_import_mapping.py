"""The import mapping file's rules, each stated on a file made for it: every mistake is named at its own line and
field with what is allowed, all of them in one run, and what a good mapping says is what the import uses."""

from __future__ import annotations

from pathlib import Path

import pytest

from osallisuus_cli.cli.app import app
from osallisuus_cli.errors import DataError
from osallisuus_cli.importing import surveykit
from osallisuus_cli.importing.mapping import (
    FIXED_COLUMNS,
    FORMAT,
    IGNORED_PREFIXES,
    build_mapping,
    load_mapping,
    normalise,
)
from osallisuus_cli.model.answers import PHASES, load_answers

HEAD = f"format: {FORMAT}\ncolumns:\n  q01.level: Kysymys 1\n"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "mapping.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def problems(path: Path, qs) -> list[tuple[str, str | None, int | None, dict]]:
    with pytest.raises(DataError) as caught:
        load_mapping(path, qs)
    return [(p.key, p.path, p.line, p.params) for p in caught.value.problems]


def line_of(text: str, start: str) -> int:
    return next(number for number, line in enumerate(text.splitlines(), 1) if line.startswith(start))


def scale_choices(qs) -> str:
    return ", ".join([str(level.value) for level in qs.scale.levels] + [s.value for s in qs.scale.special])


def test_every_mistake_is_named_at_its_own_line_and_field_in_one_run(qs, tmp_path):
    other_phase = "later"
    assert other_phase not in PHASES
    text = (
        "format: osallisuus/import-mapping/v0\n"
        "framework:\n  id: another-set\n  version: '9'\n"
        "language: de\n"
        "timezone: Mars/Olympus\n"
        "columns:\n  q01.level: Kysymys 1\n"
        "fixed_columns:\n  id: 5\n"
        "ignore: 7\n"
        "labels:\n  Aina: 9\n"
        f"phases:\n  Myöhemmin: {other_phase}\n"
    )
    found = problems(write(tmp_path, text), qs)
    assert [(key, path, line) for key, path, line, _params in found] == [
        ("common.v.choice", "format", line_of(text, "format")),
        ("importing.err_mapping_framework", "framework", line_of(text, "framework")),
        ("common.v.choice", "language", line_of(text, "language")),
        ("importing.err_timezone", "timezone", line_of(text, "timezone")),
        ("common.v.type", "fixed_columns.id", line_of(text, "  id: 5")),
        ("common.v.type", "ignore", line_of(text, "ignore")),
        ("common.v.choice", "labels.Aina", line_of(text, "  Aina")),
        ("common.v.choice", "phases.Myöhemmin", line_of(text, "  Myöhemmin")),
    ]
    params = [params for _key, _path, _line, params in found]
    assert params[0] == {"value": "'osallisuus/import-mapping/v0'", "allowed": repr(FORMAT)}
    assert params[1] == {"id": qs.id, "version": qs.version}, "the message names the question set in use"
    assert params[2] == {"value": "'de'", "allowed": "'fi', 'sv', 'en'"}
    assert params[3] == {"value": "Mars/Olympus"}
    assert params[6] == {"value": "9", "allowed": scale_choices(qs)}
    assert params[7] == {"value": repr(other_phase), "allowed": ", ".join(repr(phase) for phase in PHASES)}


def test_a_mapping_for_this_question_set_and_a_known_zone_is_accepted(qs, tmp_path):
    text = HEAD + f"framework:\n  id: {qs.id}\n  version: '{qs.version}'\nlanguage: en\ntimezone: America/New_York\n"
    path = write(tmp_path, text)
    mapping = load_mapping(path, qs)
    assert (mapping.language, mapping.timezone, mapping.source) == ("en", "America/New_York", str(path))
    assert mapping.target_of("kysymys  1") == "q01.level"


@pytest.mark.parametrize("section", ["columns", "labels", "phases"])
def test_a_section_that_is_no_mapping_is_named_with_what_it_should_be(qs, tmp_path, section):
    text = f"format: {FORMAT}\n" + ("columns: {}\n" if section != "columns" else "") + f"{section}: [a, b]\n"
    ((key, path, line, params),) = problems(write(tmp_path, text), qs)
    assert (key, path, line) == ("common.v.type", section, line_of(text, section))
    assert params == {"expected": "common.kind.mapping", "found": "common.kind.list"}


def test_a_header_may_be_long_but_not_endless_and_never_blank(qs, tmp_path):
    longest = "x" * 5000
    text = f"format: {FORMAT}\ncolumns:\n  q01.level: ''\n  q02.level: {longest}y\n  q03.level: {longest}\n"
    found = problems(write(tmp_path, text), qs)
    assert [(key, path, line) for key, path, line, _params in found] == [
        ("common.v.too_short", "columns.q01.level", 3),
        ("common.v.too_long", "columns.q02.level", 4),
    ]
    assert found[1][3] == {"max": 5000}


def test_a_time_zone_name_is_at_most_a_hundred_characters(qs, tmp_path):
    text = HEAD + "timezone: " + "Z" * 101 + "\n"
    ((key, path, _line, params),) = problems(write(tmp_path, text), qs)
    assert (key, path, params) == ("common.v.too_long", "timezone", {"max": 100})
    text = HEAD + "timezone: " + "Z" * 100 + "\n"
    ((key, path, _line, params),) = problems(write(tmp_path, text), qs)
    assert (key, path) == ("importing.err_timezone", "timezone"), "a hundred characters are read, and not known"


@pytest.mark.parametrize("text", ["", "- just\n- a list\n"])
def test_a_file_that_is_no_mapping_at_all_says_an_import_mapping_was_expected(qs, tmp_path, text):
    path = write(tmp_path, text)
    with pytest.raises(DataError) as caught:
        load_mapping(path, qs)
    assert caught.value.problems[0].file == str(path)
    if not text:
        assert caught.value.problems[0].params == {"what": "importing.what_mapping"}


@pytest.mark.parametrize("target", ["q01.level", "q24.next_step", "project.region", "respondent.role"])
def test_a_field_of_an_answers_file_is_a_target(qs, tmp_path, target):
    text = f"format: {FORMAT}\ncolumns:\n  {target}: A\n"
    assert load_mapping(write(tmp_path, text), qs).target_of("A") == target


@pytest.mark.parametrize("target", ["q99.level", "q01.colour", "project.colour", "respondent.email", "q01"])
def test_anything_else_is_no_target(qs, tmp_path, target):
    text = HEAD + f"  {target}: A\n"
    ((key, path, line, params),) = problems(write(tmp_path, text), qs)
    assert (key, path, line, params) == ("importing.err_mapping_target", f"columns.{target}", 4, {"target": target})


def test_a_label_of_the_mapping_is_its_level_whether_the_level_is_written_as_a_number_or_in_quotes(
    runner, qs, tmp_path
):
    text = (
        f"format: {FORMAT}\nlanguage: fi\ncolumns:\n  respondent.id: Nro\n  project.name: Projekti\n"
        "  project.phase: Vaihe\n  q01.level: K1\n  q02.level: K2\n  q03.level: K3\n"
        "labels:\n  Usein: '3'\n  Aina: 4\n  Ei tietoa: dont_know\n"
    )
    mapping = write(tmp_path, text)
    source = tmp_path / "survey.csv"
    source.write_text("Nro,Projekti,Vaihe,K1,K2,K3\n1,Nuorten ääni,toteutus,Usein,Aina,Ei tietoa\n", encoding="utf-8")
    result = runner.invoke(app, ["import", str(source), "--mapping", str(mapping), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    (path,) = (tmp_path / "out").glob("*.yaml")
    doc = load_answers(path, qs)
    assert [doc.answers[qid].level for qid in ("q01", "q02", "q03")] == [3, 4, "dont_know"]


def test_headers_match_whatever_their_case_dashes_spaces_unicode_form_or_invisible_characters(qs, tmp_path):
    text = f"format: {FORMAT}\ncolumns:\n  q01.level: Kysymys 1 - taso\n"
    mapping = load_mapping(write(tmp_path, text), qs)
    for header in (
        "Kysymys 1 - taso",
        "KYSYMYS 1 - TASO",
        "  kysymys   1\t-  taso ",
        "Kysymys 1 \u2013 taso",
        "Kysymys 1 \u2212 taso",
        "Kysy\u200bmys 1 -\ufeff taso",
        "Ｋysymys 1 - taso",  # a full-width letter, as NFKC makes it
    ):
        assert mapping.target_of(header) == "q01.level", header
    assert mapping.target_of("Kysymys 1 taso") is None, "a dash is not a space"
    assert normalise("Kysymys\u00a01") == "kysymys 1"


def test_a_field_may_have_several_headers_and_messages_use_the_first(qs, tmp_path):
    text = f"format: {FORMAT}\ncolumns:\n  q01.level: [Kysymys 1, Fråga 1]\n  q01.how: Miten?\n"
    mapping = load_mapping(write(tmp_path, text), qs)
    assert (mapping.target_of("fråga 1"), mapping.target_of("kysymys 1")) == ("q01.level", "q01.level")
    assert mapping.headers == {"q01.level": "Kysymys 1", "q01.how": "Miten?"}
    assert mapping.required == ("q01.level",), "every question's level column must be there, nothing else"


def test_a_header_given_for_two_fields_is_named_with_the_field_that_had_it_first(qs, tmp_path):
    text = f"format: {FORMAT}\ncolumns:\n  q01.level: Kysymys\n  q02.level: [Toinen, kysymys]\n  q03.level: [a, A]\n"
    ((key, path, line, params),) = problems(write(tmp_path, text), qs)
    assert (key, path, line) == ("importing.err_mapping_header_twice", "columns.q02.level[1]", 4)
    assert params == {"header": "kysymys", "other": "q01.level"}


def test_the_survey_tools_own_columns_are_known_and_a_mapping_adds_its_own_names(qs, tmp_path):
    text = HEAD + "fixed_columns:\n  id: Rivinumero\n  email: [Posti, Meili]\n"
    mapping = load_mapping(write(tmp_path, text), qs)
    assert [mapping.fixed_of(h) for h in ("rivinumero", "POSTI", "Meili")] == ["id", "email", "email"]
    for role, aliases in FIXED_COLUMNS.items():
        assert {mapping.fixed_of(alias.upper()) for alias in aliases} == {role}
    assert mapping.target_of("Rivinumero") is None
    bad = HEAD + "fixed_columns:\n  colour: Väri\n"
    ((key, path, line, _params),) = problems(write(tmp_path, bad), qs)
    assert (key, path, line) == ("common.v.extra_forbidden", "fixed_columns.colour", line_of(bad, "  colour"))


@pytest.mark.parametrize("extra", ["Oma - ", "[Oma - , Toinen - ]"])
def test_a_quizs_points_and_feedback_columns_are_left_aside_and_a_mapping_adds_its_own_prefixes(qs, tmp_path, extra):
    mapping = load_mapping(write(tmp_path, HEAD + f"ignore: {extra}\n"), qs)
    for prefix in IGNORED_PREFIXES:
        assert mapping.is_ignored(prefix.upper() + "Kysymys 1"), prefix
    assert mapping.is_ignored("oma - Kysymys 1")
    assert not mapping.is_ignored("Kysymys 1 oma - ")
    assert not mapping.is_ignored("Kysymys 1")


def test_every_level_and_special_answer_is_understood_by_its_label_in_every_language(qs, tmp_path):
    mapping = load_mapping(write(tmp_path, HEAD), qs)
    for item in (*qs.scale.levels, *qs.scale.special):
        for label in item.label.values():
            assert mapping.labels[normalise(label)] == item.value, label
    for special in qs.scale.special:
        assert mapping.labels[special.value] == special.value
    assert (mapping.language, mapping.timezone, mapping.phases) == (None, "Europe/Helsinki", {})


def test_the_mappings_own_phase_names_are_understood(qs, tmp_path):
    phase = PHASES[1]
    mapping = load_mapping(write(tmp_path, HEAD + f"phases:\n  Toinen Vaihe: {phase}\n"), qs)
    assert mapping.phases == {"toinen vaihe": phase}


@pytest.mark.parametrize("value", ["true", "3.0", "'3.0'", "[3]", "seven"])
def test_a_label_is_only_ever_a_level_of_the_scale(qs, tmp_path, value):
    text = HEAD + f"labels:\n  Aina: {value}\n"
    ((key, path, line, params),) = problems(write(tmp_path, text), qs)
    assert (key, path, line) == ("common.v.choice", "labels.Aina", line_of(text, "  Aina"))
    assert params["allowed"] == scale_choices(qs)


@pytest.mark.parametrize("name", ["../../etc/passwd", "/Europe/Helsinki", "Europe//Helsinki"])
def test_a_time_zone_that_is_no_zone_name_is_named_not_an_exception(qs, tmp_path, name):
    text = HEAD + f"timezone: '{name}'\n"
    ((key, path, _line, params),) = problems(write(tmp_path, text), qs)
    assert (key, path, params) == ("importing.err_timezone", "timezone", {"value": name})


def test_a_framework_without_its_version_is_named_at_the_framework(qs, tmp_path):
    text = HEAD + f"framework:\n  id: {qs.id}\n"
    found = problems(write(tmp_path, text), qs)
    assert (found[0][0], found[0][1], found[0][2]) == (
        "common.v.missing",
        "framework.version",
        line_of(text, "framework"),
    )


def test_a_mapping_without_columns_is_told_only_that_they_are_missing(qs, tmp_path):
    text = f"format: {FORMAT}\n"
    ((key, path, _line, _params),) = problems(write(tmp_path, text), qs)
    assert (key, path) == ("common.v.missing", "columns")


def test_every_field_that_is_no_target_is_named(qs, tmp_path):
    text = HEAD + "  q99.level: A\n  q01.colour: B\n"
    found = problems(write(tmp_path, text), qs)
    assert [(key, path) for key, path, _line, _params in found] == [
        ("importing.err_mapping_target", "columns.q99.level"),
        ("importing.err_mapping_target", "columns.q01.colour"),
    ]


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_kits_own_mapping_names_no_file_and_needs_every_questions_level(qs, lang):
    mapping = build_mapping(surveykit.mapping_data(qs, lang), qs)
    assert mapping.source == ""
    assert set(mapping.required) == {f"{question.id}.level" for question in qs.questions}
