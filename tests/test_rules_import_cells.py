"""One cell of a survey export, rule by rule: which texts are times (Finnish day-first, US month-first, ISO), in
which zone a time without one is, which cells are levels, how a text cell is written, and where each problem is
named (file, row and column, with the column's header)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from osallisuus_cli.importing.cells import RowCells, parse_moment, short
from osallisuus_cli.importing.mapping import build_mapping
from osallisuus_cli.importing.rows import Defaults, SurveyRows
from osallisuus_cli.importing.shape import Odd, Table, column_letter
from osallisuus_cli.importing.surveykit import level_options, mapping_data

HEADERS = ["Aloitusaika", "Taso", "Teksti", "Vaihe"]
START, LEVEL, TEXT, PHASE = range(4)
HELSINKI = ZoneInfo("Europe/Helsinki")


def survey(qs, **mapping_fields) -> SurveyRows:
    table = Table("kysely.xlsx", "xlsx", HEADERS, [], [], "", datetime(2026, 11, 30, tzinfo=UTC))
    data = {**mapping_data(qs, "fi"), **mapping_fields}
    return SurveyRows(table, qs, build_mapping(data, qs), defaults=Defaults(), language="fi", keep_names=False)


def cells(qs, column: int, value: object, **mapping_fields) -> RowCells:
    values: list[object] = [None] * len(HEADERS)
    values[column] = value
    return RowCells(values, survey(qs, **mapping_fields), 7, [])


@pytest.mark.parametrize(
    ("text", "moment"),
    [
        ("2.11.2026 10.05.30", datetime(2026, 11, 2, 10, 5, 30)),
        ("2.11.2026 10:05:30", datetime(2026, 11, 2, 10, 5, 30)),
        ("2.11.2026 10.05", datetime(2026, 11, 2, 10, 5)),
        ("2.11.2026 10:05", datetime(2026, 11, 2, 10, 5)),
        ("2.11.2026", datetime(2026, 11, 2)),
        ("11/2/2026 10:05:30", datetime(2026, 11, 2, 10, 5, 30)),
        ("11/2/26 10:05:30", datetime(2026, 11, 2, 10, 5, 30)),
        ("11/2/2026 10:05", datetime(2026, 11, 2, 10, 5)),
        ("11/2/26 10:05", datetime(2026, 11, 2, 10, 5)),
        ("2026/11/02 10:05:30", datetime(2026, 11, 2, 10, 5, 30)),
        (" 2026-11-02T10:05:30 ", datetime(2026, 11, 2, 10, 5, 30)),
        ("2026-11-02T10:05:30+03:00", datetime(2026, 11, 2, 10, 5, 30, tzinfo=timezone(timedelta(hours=3)))),
    ],
)
def test_a_time_is_read_as_finnish_day_first_us_month_first_or_iso(text, moment):
    assert parse_moment(text) == moment


@pytest.mark.parametrize("text", ["2.11.", "huomenna", "13/13/2026 10:05", "2026-11-02 25:00"])
def test_a_text_that_is_no_time_is_none(text):
    assert parse_moment(text) is None


def test_a_time_without_a_zone_is_in_the_surveys_zone_to_the_second(qs):
    found = cells(qs, START, datetime(2026, 7, 2, 10, 5, 30, 999), timezone="America/New_York").moment(START)
    assert found == datetime(2026, 7, 2, 10, 5, 30, tzinfo=ZoneInfo("America/New_York"))
    assert found.utcoffset() == timedelta(hours=-4)
    assert found.microsecond == 0


def test_a_time_with_a_zone_keeps_it_and_a_date_alone_is_its_midnight(qs):
    east = datetime(2026, 11, 2, 10, 5, tzinfo=timezone(timedelta(hours=3)))
    assert cells(qs, START, east).moment(START) == east
    assert cells(qs, START, east).moment(START).utcoffset() == timedelta(hours=3)
    assert cells(qs, START, date(2026, 11, 2)).moment(START) == datetime(2026, 11, 2, tzinfo=HELSINKI)
    assert cells(qs, START, "2.11.2026 10.05").moment(START) == datetime(2026, 11, 2, 10, 5, tzinfo=HELSINKI)


@pytest.mark.parametrize("value", ["eilen", 45231, time(10, 5)])
def test_a_cell_that_is_no_time_is_named_at_its_cell(qs, value):
    cell = cells(qs, START, value)
    assert cell.moment(START) is None
    ((key, params, place),) = [(p.key, p.params, p.file) for p in cell.problems]
    assert (key, place) == ("importing.err_time", f"kysely.xlsx:7:{column_letter(START)}")
    assert params == {"value": str(value), "header": HEADERS[START]}


@pytest.mark.parametrize(
    ("value", "level"),
    [(3, 3), (3.0, 3), (0, 0), ("4", 4), ("2 – jotain", 2), ("na", "na"), ("dont_know", "dont_know")],
)
def test_a_whole_number_of_the_scale_or_a_label_is_a_level(qs, value, level):
    cell = cells(qs, LEVEL, value)
    found = cell.level(LEVEL)
    assert (found, type(found)) == (level, type(level)), "3.0 is the level 3, a whole number"
    assert cell.problems == []


def test_every_option_of_the_kit_is_its_level(qs):
    options = level_options(qs, "fi")
    values = [level.value for level in qs.scale.levels] + [special.value for special in qs.scale.special]
    assert [cells(qs, LEVEL, option).level(LEVEL) for option in options] == values


@pytest.mark.parametrize("value", [True, False, 2.5, 5, -1, float("nan"), 10**400, "7 – liikaa", "ehkä"])
def test_anything_else_is_named_at_its_cell_with_the_answers_allowed(qs, value):
    cell = cells(qs, LEVEL, value)
    assert cell.level(LEVEL) is None
    ((key, params, place),) = [(p.key, p.params, p.file) for p in cell.problems]
    assert (key, place) == ("importing.err_unknown_label", f"kysely.xlsx:7:{column_letter(LEVEL)}")
    assert params["value"] == short(str(value), 60)
    assert params["allowed"] == cell.rows.allowed
    labels = [qs.text(special.label, "fi") for special in qs.scale.special]
    assert cell.rows.allowed == ", ".join([str(level.value) for level in qs.scale.levels] + labels)


def test_a_date_where_a_level_belongs_is_named_as_a_date(qs):
    cell = cells(qs, LEVEL, datetime(2026, 3, 4))
    assert cell.level(LEVEL) is None
    assert [p.key for p in cell.problems] == ["importing.err_date_not_label"]
    assert cell.problems[0].params["value"] == str(datetime(2026, 3, 4))
    assert cell.problems[0].params["allowed"] == cell.rows.allowed


@pytest.mark.parametrize(("kind", "text"), [("formula", "=A1+1"), ("error", "#N/A")])
def test_a_formula_or_an_error_value_is_named_and_not_read(qs, kind, text):
    for read in ("level", "text", "moment"):
        cell = cells(qs, LEVEL, Odd(kind, text))
        assert getattr(cell, read)(LEVEL) is None
        assert [(p.key, p.params["value"]) for p in cell.problems] == [(f"importing.err_{kind}", text)]


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("  ", None),
        ("", None),
        (" Kahvila ", " Kahvila "),
        (True, "TRUE"),
        (False, "FALSE"),
        (3.0, "3"),
        (2.5, "2.5"),
        (12, "12"),
        (datetime(2026, 11, 2, 10, 5), "2026-11-02T10:05:00"),
        (date(2026, 11, 2), "2026-11-02"),
    ],
)
def test_a_text_cell_is_written_as_a_person_reads_it(qs, value, text):
    assert cells(qs, TEXT, value).text(TEXT) == text


def test_a_cell_beyond_the_row_is_empty(qs):
    cell = RowCells(["x"], survey(qs), 7, [])
    assert (cell.text(2), cell.level(2), cell.moment(2), cell.raw(None)) == (None, None, None, None)
    assert cell.problems == []


def test_a_phase_is_any_name_of_it_or_the_surveys_own_name(qs):
    assert cells(qs, PHASE, "Toteutus").phase(PHASE) == "toteutus"
    assert cells(qs, PHASE, "2").phase(PHASE) == "toteutus"
    own = {"Pilotointi": "toteutus", "Kolmas": "arviointi"}
    assert cells(qs, PHASE, "pilotointi ", phases=own).phase(PHASE) == "toteutus"


def test_an_unknown_phase_is_named_with_every_phase_and_the_surveys_own_names(qs):
    cell = cells(qs, PHASE, "Jatko", phases={"Pilotointi": "toteutus", "Alku": "suunnittelu"})
    assert cell.phase(PHASE) is None
    ((key, params, place),) = [(p.key, p.params, p.file) for p in cell.problems]
    assert (key, place) == ("importing.err_unknown_phase", f"kysely.xlsx:7:{column_letter(PHASE)}")
    from osallisuus_cli.model.phases import phase_choices

    assert params == {"value": "Jatko", "allowed": f"{phase_choices()}, alku, pilotointi", "header": "Vaihe"}


def test_a_long_value_is_shown_shortened_on_one_line():
    assert short("a  b\nc", 50) == "a b c"
    assert short("x" * 50) == "x" * 50
    assert short("x" * 51) == "x" * 49 + "…"
    assert short("y" * 41, 40) == "y" * 39 + "…"


def test_a_row_without_answers_is_one_problem_at_its_row(qs):
    cell = RowCells([], survey(qs), 9, [])
    assert [(p.key, p.file) for p in cell.empty()] == [("importing.err_no_answers", "kysely.xlsx:9")]


def test_long_values_are_shortened_in_messages_to_forty_or_sixty_characters(qs):
    long = "x" * 70
    cell = cells(qs, START, long)
    cell.moment(START)
    cell.values[LEVEL] = Odd("formula", "=" + long)
    cell.level(LEVEL)
    cell.values[PHASE] = long
    cell.phase(PHASE)
    assert [(p.key, p.params["value"]) for p in cell.problems] == [
        ("importing.err_time", short(long, 40)),
        ("importing.err_formula", short("=" + long, 40)),
        ("importing.err_unknown_phase", short(long, 60)),
    ]
    assert len(short(long, 40)) == 40


def test_a_cell_just_past_the_rows_end_is_empty(qs):
    cell = RowCells(["x", None], survey(qs), 7, [])
    assert (cell.level(2), cell.text(2), cell.moment(2)) == (None, None, None)
    assert cell.problems == []


def test_a_survey_phase_name_that_is_already_a_phase_is_not_listed_again(qs):
    cell = cells(qs, PHASE, "Jatko", phases={"Toteutus": "toteutus", "Pilotointi": "toteutus"})
    cell.phase(PHASE)
    from osallisuus_cli.model.phases import phase_choices

    assert cell.problems[0].params["allowed"] == f"{phase_choices()}, pilotointi"
