"""The import mapping file's rules, each stated on a file made for it: every mistake is named at its own line and
field with what is allowed, all of them in one run, and what a good mapping says is what the import uses."""

from __future__ import annotations

from pathlib import Path

import pytest

from osallisuus_cli.cli.app import app
from osallisuus_cli.errors import DataError
from osallisuus_cli.importing.mapping import FORMAT, load_mapping
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
