"""One row of a survey export becomes one answers file, rule by rule: which of its times is created and which updated,
which cells give the project and the respondent, when a name or an e-mail address is personal data left out, and
where each problem is named (the column that held the value)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import yaml

from osallisuus_cli.importing.cells import short
from osallisuus_cli.importing.mapping import build_mapping
from osallisuus_cli.importing.rows import Defaults, SurveyRows
from osallisuus_cli.importing.shape import Table, column_letter
from osallisuus_cli.importing.surveykit import mapping_data
from tests.forms import forms_rows, kit_headers

HELSINKI = ZoneInfo("Europe/Helsinki")
SAVED = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)  # when the export file was saved


class Export:
    """A Forms export of the kit's survey (English Forms columns, Finnish questions), one row to change cell by cell."""

    def __init__(self, qs, rows: int = 1) -> None:
        self.qs = qs
        self.header, self.rows = forms_rows(qs, rows=rows)
        self.fields = kit_headers(qs, "fi")

    def column(self, name: str) -> int:
        return self.header.index(self.fields.get(name, name))

    def set(self, name: str, value: Any, row: int = 0) -> Export:
        self.rows[row][self.column(name)] = value
        return self

    def drop(self, name: str) -> Export:
        index = self.column(name)
        self.header.pop(index)
        for row in self.rows:
            row.pop(index)
        return self

    def plan(self, *, keep_names: bool = False, defaults: Defaults | None = None):
        table = Table("forms.xlsx", "xlsx", self.header, self.rows, list(range(2, len(self.rows) + 2)), "", SAVED)
        mapping = build_mapping(mapping_data(self.qs, "fi"), self.qs)
        rows = SurveyRows(
            table, self.qs, mapping, defaults=defaults or Defaults(), language="fi", keep_names=keep_names
        )
        return rows.read()

    def place(self, name: str, row: int = 0) -> str:
        return f"forms.xlsx:{row + 2}:{column_letter(self.column(name))}"


def written(plan) -> list[dict[str, Any]]:
    """The planned files' data, their times read as times."""
    assert plan.problems == [], [p.render("en") for p in plan.problems]
    docs = [yaml.safe_load(item.text) for item in plan.planned]
    for doc in docs:
        for owner in (doc, *doc["answers"].values()):
            for key in ("created", "updated"):
                if key in owner:
                    owner[key] = datetime.fromisoformat(owner[key])
    return docs


def problems(plan) -> list[tuple[str, str]]:
    return [(p.key, p.file) for p in plan.problems]


START, END = datetime(2026, 11, 2, 9, 17), datetime(2026, 11, 2, 9, 29)


def test_the_last_modified_time_when_later_is_the_files_and_every_answers_update(qs):
    edited = END + timedelta(days=2)
    (doc,) = written(Export(qs).set("Last modified time", edited).plan())
    assert doc["created"] == START.replace(tzinfo=HELSINKI)
    assert doc["updated"] == edited.replace(tzinfo=HELSINKI)
    assert {answer["updated"] for answer in doc["answers"].values()} == {doc["updated"]}


def test_without_a_start_time_the_completion_is_created_too(qs):
    (doc,) = written(Export(qs).drop("Start time").plan())
    assert doc["created"] == doc["updated"] == END.replace(tzinfo=HELSINKI)


def test_without_a_completion_time_the_start_is_updated_too(qs):
    (doc,) = written(Export(qs).drop("Completion time").plan())
    assert doc["created"] == doc["updated"] == START.replace(tzinfo=HELSINKI)


def test_without_any_time_the_export_files_time_is_the_files_and_so_marked(qs):
    export = Export(qs).drop("Start time").drop("Completion time")
    plan = export.plan()
    (doc,) = written(plan)
    assert doc["created"] == doc["updated"] == SAVED
    assert [item.file_times for item in plan.planned] == [True]
    assert [item.file_times for item in Export(qs).plan().planned] == [False]


def test_a_text_without_its_level_is_named_at_the_text_once(qs):
    export = Export(qs).set("q05.level", None).set("q05.how", "Kerho").set("q05.next_step", "Lisää")
    export.set("q06.level", "ehkä").set("q06.how", "Kahvila")
    assert problems(export.plan()) == [
        ("importing.err_text_without_level", export.place("q05.how")),
        ("importing.err_unknown_label", export.place("q06.level")),  # its text is not named again
    ]


def test_a_level_with_texts_keeps_them_and_a_question_left_empty_is_no_answer(qs):
    export = Export(qs).set("q05.level", 2).set("q05.how", "Kerho").set("q05.next_step", "Lisää")
    export.set("q06.level", None).set("q06.how", None).set("q06.next_step", None)
    (doc,) = written(export.plan())
    assert {key: value for key, value in doc["answers"]["q05"].items() if key != "updated"} == {
        "level": 2,
        "how": "Kerho",
        "next_step": "Lisää",
    }
    assert "q06" not in doc["answers"]


def test_the_project_comes_from_its_cells_or_else_the_defaults(qs):
    defaults = Defaults(name="Oletus", code="S30", organisation="Kaupunki", region="Uusimaa", phase="arviointi")
    (doc,) = written(Export(qs).plan(defaults=defaults))
    assert doc["project"] == {
        "name": "Nuorten ääni",
        "code": "S30",
        "organisation": "Kaupunki",
        "region": "Uusimaa",
        "phase": "toteutus",
    }
    export = Export(qs).set("project.name", None).set("project.phase", None)
    (doc,) = written(export.plan(defaults=defaults))
    assert (doc["project"]["name"], doc["project"]["phase"]) == ("Oletus", "arviointi")


def test_an_empty_project_or_phase_without_a_default_is_named_at_its_cell(qs):
    export = Export(qs, rows=2).set("project.name", None, row=0).set("project.phase", " ", row=1)
    assert problems(export.plan()) == [
        ("importing.err_empty_project", export.place("project.name", 0)),
        ("importing.err_empty_phase", export.place("project.phase", 1)),
    ]


def test_a_value_the_answers_file_refuses_is_named_at_the_column_that_held_it(qs):
    export = Export(qs).set("project.name", "x" * 301).set("q05.how", "y" * 20_001)
    assert [place for _key, place in problems(export.plan())] == [
        export.place("project.name"),
        export.place("q05.how"),
    ]


def test_a_value_from_the_defaults_that_the_answers_file_refuses_is_named_at_its_row(qs):
    export = Export(qs).drop("project.name")
    assert problems(export.plan(defaults=Defaults(name="x" * 301))) == [("common.v.too_long", "forms.xlsx:2")]


def test_an_empty_row_id_is_named_at_its_cell_and_two_rows_of_one_id_are_one_respondent_twice(qs):
    export = Export(qs, rows=3).set("ID", None, row=0)
    assert problems(export.plan()) == [("importing.err_empty_id", export.place("ID", 0))]
    export = Export(qs, rows=3).set("ID", 2, row=2).set("Start time", START + timedelta(minutes=17), row=2)
    plan = export.plan()
    assert problems(plan) == [("importing.err_same_respondent", "forms.xlsx:4")]
    assert plan.problems[0].params == {"other": 3}
    assert plan.bad_rows == [4]
    assert [item.row for item in plan.planned] == [2, 3], "the first of the two stays, the second is a bad row"


def test_a_rows_own_id_and_start_minute_make_its_respondent_id_and_a_surveys_id_column_is_kept(qs):
    first = written(Export(qs).plan())[0]["respondent"]["id"]
    assert written(Export(qs).set("Start time", START.replace(second=59)).plan())[0]["respondent"]["id"] == first
    assert written(Export(qs).set("Start time", START + timedelta(minutes=1)).plan())[0]["respondent"]["id"] != first
    assert written(Export(qs).set("ID", 9).plan())[0]["respondent"]["id"] != first
    export = Export(qs)
    export.header.append(kit_headers(qs, "fi").get("respondent.id", "Vastaajatunnus"))
    export.rows[0].append("oma-7")
    data = mapping_data(qs, "fi")
    data["columns"]["respondent.id"] = [export.header[-1]]
    table = Table("forms.xlsx", "xlsx", export.header, export.rows, [2], "", SAVED)
    rows = SurveyRows(table, qs, build_mapping(data, qs), defaults=Defaults(), language="fi", keep_names=False)
    (doc,) = written(rows.read())
    assert doc["respondent"]["id"] == "oma-7"


@pytest.mark.parametrize("name", ["Anonyymi", " anonymous ", "ANONYM", "anonyym"])
def test_a_name_that_says_anonymous_is_no_name(qs, name):
    export = Export(qs).set("respondent.name", name).set("Name", name).set("Email", None)
    plan = export.plan(keep_names=True)
    (doc,) = written(plan)
    assert "name" not in doc["respondent"]
    assert not plan.personal_data_left_out


@pytest.mark.parametrize(
    ("name", "email", "personal"),
    [("Aino", None, True), (None, "aino@example.fi", True), (None, None, False), ("Anonymous", None, False)],
)
def test_a_name_or_an_email_address_is_personal_data_left_out_unless_names_are_kept(qs, name, email, personal):
    export = Export(qs).set("respondent.name", name).set("Name", name).set("Email", email)
    plan = export.plan()
    (doc,) = written(plan)
    assert plan.personal_data_left_out is personal
    assert "name" not in doc["respondent"]
    assert doc["respondent"]["role"] == "nuoriso-ohjaaja", "a role is no personal data"
    kept = export.plan(keep_names=True)
    assert not kept.personal_data_left_out
    assert written(kept)[0]["respondent"].get("name") == (None if name == "Anonymous" else name)


def test_the_forms_own_name_column_is_the_name_when_the_survey_asks_none(qs):
    export = Export(qs).set("respondent.name", None).set("Name", "Eero")
    assert written(export.plan(keep_names=True))[0]["respondent"]["name"] == "Eero"


def survey_rows(export: Export, **options: Any) -> SurveyRows:
    table = Table("forms.xlsx", "xlsx", export.header, export.rows, list(range(2, len(export.rows) + 2)), "", SAVED)
    mapping = build_mapping(mapping_data(export.qs, "fi"), export.qs)
    return SurveyRows(table, export.qs, mapping, defaults=Defaults(), language="fi", keep_names=False, **options)


def test_blank_rows_are_counted_and_skipped(qs):
    export = Export(qs, rows=2)
    width = len(export.header)
    export.rows[1:1] = [[None] * width, [" ", None, "\t"] + [None] * (width - 3)]
    plan = survey_rows(export).read()
    assert plan.blank_rows == 2
    assert [item.row for item in plan.planned] == [2, 5]


@pytest.mark.parametrize("extra", [8, 9, 11])
def test_columns_the_import_does_not_read_are_noted_eight_by_name_then_counted(qs, extra):
    export = Export(qs)
    for number in range(extra):
        export.header.append(f"Lisäkysymys {number}")
        export.rows[0].append("x")
    first = len(export.header) - extra
    (note,) = [note for note in survey_rows(export).read().notes if note.key == "importing.note_unused_columns"]
    named = [f"{column_letter(first + number)} Lisäkysymys {number}" for number in range(8)]
    assert note.params == {"count": extra, "columns": "; ".join(named) + (f"; … (+{extra - 8})" if extra > 8 else "")}


def test_a_missing_question_column_is_named_by_the_header_the_survey_should_have(qs):
    export = Export(qs).drop("q05.level")
    plan = survey_rows(export).read()
    assert [(p.key, p.params, p.file) for p in plan.problems] == [
        (
            "importing.err_missing_column",
            {"header": short(kit_headers(qs, "fi")["q05.level"], 80), "target": "q05.level"},
            "forms.xlsx",
        )
    ]


def test_two_columns_for_one_field_are_named_with_both_letters(qs):
    export = Export(qs)
    export.header.append(export.header[export.column("q05.level")])
    export.rows[0].append(None)
    ((key, params, place),) = [(p.key, p.params, p.file) for p in survey_rows(export).read().problems]
    assert (key, place) == ("importing.err_two_columns", f"forms.xlsx:1:{column_letter(len(export.header) - 1)}")
    assert params["other"] == column_letter(export.column("q05.level"))


def test_without_an_id_column_or_with_a_named_one_missing_the_file_is_named(qs):
    plan = survey_rows(Export(qs).drop("ID")).read()
    assert [(p.key, p.file) for p in plan.problems] == [("importing.err_no_id_column", "forms.xlsx")]
    plan = survey_rows(Export(qs), id_column="Oma tunnus").read()
    assert [(p.key, p.params, p.file) for p in plan.problems] == [
        ("importing.err_id_column_missing", {"header": "Oma tunnus"}, "forms.xlsx")
    ]


def test_a_chosen_id_column_leaves_the_forms_id_aside_and_reads_every_other_column(qs):
    export = Export(qs)
    export.header.append("Oma tunnus")
    export.rows[0].append("A-7")
    plan = survey_rows(export, id_column="oma  TUNNUS").read()
    (doc,) = written(plan)
    assert len(doc["answers"]) == sum(1 for target in export.fields if target.endswith(".level"))
    assert doc["respondent"]["id"] != written(survey_rows(Export(qs)).read())[0]["respondent"]["id"]


# --- the answers a level cell may hold, the id columns, merged areas, and reading on a pool of workers --------------


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_an_unknown_label_lists_the_allowed_answers_with_the_special_ones_in_the_imports_language(qs, lang):
    export = Export(qs).set("q06.level", "ehkä")
    data = mapping_data(qs, "fi")
    del data["language"]  # a mapping that does not say its language: the import's language is used
    table = Table("forms.xlsx", "xlsx", export.header, export.rows, [2], "", SAVED)
    rows = SurveyRows(table, qs, build_mapping(data, qs), defaults=Defaults(), language=lang, keep_names=False)
    (problem,) = rows.read().problems
    numbers = [str(level.value) for level in qs.scale.levels]
    assert problem.params["allowed"] == ", ".join(numbers + [qs.text(s.label, lang) for s in qs.scale.special])


def test_three_id_columns_are_named_by_the_first_two(qs):
    export = Export(qs)
    for header in ("Tunnus", "ID"):
        export.header.append(header)
        export.rows[0].append("7")
    ((key, params, place),) = [(p.key, p.params, p.file) for p in survey_rows(export).read().problems]
    second = column_letter(len(export.header) - 2)
    assert (key, place) == ("importing.err_two_id_columns", f"forms.xlsx:1:{second}")
    assert params == {"first": "A 'ID'", "second": f"{second} 'Tunnus'"}


def _merged(qs, *areas: tuple[int, int, int, int]):
    export = Export(qs, rows=4)
    table = Table("forms.xlsx", "xlsx", export.header, export.rows, [2, 3, 4, 5], "", SAVED, merged=list(areas))
    mapping = build_mapping(mapping_data(qs, "fi"), qs)
    plan = SurveyRows(table, qs, mapping, defaults=Defaults(), language="fi", keep_names=False).read()
    return plan, sorted(plan.bad_rows), [item.row for item in plan.planned]


def test_a_merged_area_in_the_header_row_only_is_named_once_and_no_row_is_bad(qs):
    plan, bad, planned = _merged(qs, (1, 2, 1, 3))
    assert [(p.key, p.params, p.file) for p in plan.problems] == [
        ("importing.err_merged", {"area": "C1:D1"}, "forms.xlsx:1:C")
    ]
    assert (bad, planned) == ([], [2, 3, 4, 5])


def test_a_merged_area_from_the_header_down_is_named_there_and_in_every_row_it_reaches(qs):
    plan, bad, planned = _merged(qs, (1, 7, 3, 7))
    assert [p.file for p in plan.problems] == ["forms.xlsx:1:H"] * 3
    assert (bad, planned) == ([2, 3], [4, 5])


def test_a_merged_area_between_answers_makes_every_row_it_touches_bad_and_no_other(qs):
    plan, bad, planned = _merged(qs, (3, 7, 4, 9))
    assert [(p.key, p.params, p.file) for p in plan.problems] == [
        ("importing.err_merged", {"area": "H3:J4"}, "forms.xlsx:3:H")
    ] * 2
    assert (bad, planned) == ([3, 4], [2, 5])


def test_rows_read_on_a_pool_of_workers_give_the_plan_a_serial_read_gives_and_progress_hears_each(qs):
    from osallisuus_cli.teamwork import parallel

    heard: list[tuple[str, int, int]] = []
    pooled = survey_rows(Export(qs, rows=4)).read(
        parallel.Pooling(rows_from=2, spawn_rows_from=2, processes=2), lambda *seen: heard.append(seen)
    )
    serial = survey_rows(Export(qs, rows=4)).read()
    assert [item.text for item in pooled.planned] == [item.text for item in serial.planned]
    assert heard == [("common.progress_read_rows", done, 4) for done in range(1, 5)]


def _through(qs, export: Export, data: dict[str, Any], **options: Any):
    table = Table("forms.xlsx", "xlsx", export.header, export.rows, [2], "", SAVED)
    mapping = build_mapping(data, qs, **options)
    return SurveyRows(table, qs, mapping, defaults=Defaults(), language="fi", keep_names=False).read()


def test_the_plan_names_the_mapping_it_was_read_through(qs):
    assert _through(qs, Export(qs), mapping_data(qs, "fi"), source="oma-kartta.yaml").mapping == "oma-kartta.yaml"
    assert _through(qs, Export(qs), mapping_data(qs, "fi")).mapping == ""  # the kit's own


def test_a_surveys_own_respondent_id_column_is_id_enough_without_a_row_id(qs):
    export = Export(qs).drop("ID")
    export.header.append("Vastaajatunnus")
    export.rows[0].append("oma-7")
    data = mapping_data(qs, "fi")
    data["columns"]["respondent.id"] = ["Vastaajatunnus"]
    (doc,) = written(_through(qs, export, data))
    assert doc["respondent"]["id"] == "oma-7"


def test_a_reason_column_gives_the_reason_for_a_special_answer(qs):
    special = qs.scale.special[0]
    export = Export(qs).set("q05.level", qs.text(special.label, "fi"))
    export.header.append("5. Miksi?")
    export.rows[0].append("Toimintaa ei ole vielä aloitettu")
    data = mapping_data(qs, "fi")
    data["columns"]["q05.reason"] = ["5. Miksi?"]
    (doc,) = written(_through(qs, export, data))
    assert doc["answers"]["q05"]["level"] == special.value
    assert doc["answers"]["q05"]["reason"] == "Toimintaa ei ole vielä aloitettu"


def test_rows_are_read_in_this_process_when_the_pooling_asked_for_gives_one_worker(qs, monkeypatch):
    import concurrent.futures

    from osallisuus_cli.teamwork import parallel

    def no_pool(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("a pool of workers was started")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", no_pool)
    plan = survey_rows(Export(qs, rows=4)).read(parallel.Pooling(rows_from=2, spawn_rows_from=2, processes=1))
    assert len(plan.planned) == 4
