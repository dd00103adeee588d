"""This tool's own export read back, rule by rule: each wrong record is named at its row and column (by its letter in
a CSV, by its name in JSON), every wrong record of a response is named, a response is one file from its first
record's row, and an export's answer times carry their zone."""

from __future__ import annotations

import csv
import json
import os
from datetime import datetime
from pathlib import Path

import pytest
import yaml

from osallisuus_cli.errors import UsageError
from osallisuus_cli.importing.reimport import is_export
from osallisuus_cli.importing.rows import Defaults
from osallisuus_cli.importing.run import plan_import, write_plan
from osallisuus_cli.importing.shape import column_letter
from osallisuus_cli.importing.tables import read_table
from osallisuus_cli.model.answers import load_answers
from osallisuus_cli.model.phases import phase_choices
from osallisuus_cli.teamwork.export import COLUMNS
from tests.forms import write_xlsx

AT = "2026-11-02T10:00:00+02:00"


def record(question: str, level: object = 2, **fields: object) -> dict[str, object]:
    values: dict[str, object] = dict.fromkeys(COLUMNS)
    values.update(project="Nuorten ääni", phase="toteutus", respondent="r1", language="fi", answered_at=AT)
    values.update(question_id=question, level=level, **fields)
    return values


def write(path: Path, records: list[dict[str, object]]) -> Path:
    if path.suffix == ".jsonl":
        path.write_text("".join(json.dumps(item, ensure_ascii=False) + "\n" for item in records), encoding="utf-8")
    elif path.suffix == ".xlsx":
        write_xlsx(path, list(COLUMNS), [[item[name] for name in COLUMNS] for item in records])
    else:
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(COLUMNS)
            writer.writerows([["" if item[name] is None else item[name] for name in COLUMNS] for item in records])
    return path


def plan(path: Path, qs):
    return plan_import(path, qs, mapping=None, defaults=Defaults(), language="fi", keep_names=False)


def places(found) -> list[tuple[str, str]]:
    return [(problem.key, problem.file) for problem in found.problems]


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_each_wrong_record_of_a_response_is_named_at_its_row_and_column(qs, tmp_path, suffix):
    records = [
        record("q01"),
        record("q99"),  # no such question
        record("q02", level=9, how="x"),  # off the scale: found by the answers file's check
        record("q03", level="two"),  # not a level at all
        record("q04", level=None, special="missing", how="kahvila"),  # a question not answered holds no text
        record("q05", answered_at="2026-11-02T10:00:00"),  # a time without its zone
    ]
    source = write(tmp_path / f"export{suffix}", records)
    found = plan(source, qs)

    first = 2 if suffix == ".csv" else 1  # a CSV's first line is its header; JSON Lines have none

    def at(index: int, column: str) -> str:
        where = column if suffix != ".csv" else column_letter(COLUMNS.index(column))
        return f"{source}:{first + index}:{where}"

    assert places(found) == [
        ("team.err_unknown_question", at(1, "question_id")),
        ("importing.err_export_level", at(3, "level")),
        ("importing.err_export_missing", at(4, "special")),
        ("importing.err_time", at(5, "answered_at")),
    ]
    assert [problem.params for problem in found.problems] == [
        {"id": "q99"},
        {"value": "'two'"},
        {},
        {"value": "2026-11-02T10:00:00", "header": ""},
    ]
    assert found.bad_rows == [first], "the response is named by its first record's row"
    assert found.planned == []


@pytest.mark.parametrize("field", ["level", "reason", "how", "next_step"])
def test_a_question_not_answered_holds_no_level_and_no_text_of_any_kind(qs, tmp_path, field):
    given = {"level": None, field: 2 if field == "level" else "x"}
    source = write(tmp_path / "export.jsonl", [record("q01"), record("q02", special="missing", **given)])
    assert places(plan(source, qs)) == [("importing.err_export_missing", f"{source}:2:special")]


def test_a_question_not_answered_is_left_out_of_the_file(qs, tmp_path):
    source = write(tmp_path / "export.jsonl", [record("q01"), record("q02", level=None, special="missing")])
    found = plan(source, qs)
    assert found.problems == []
    (planned,) = found.planned
    assert "q02:" not in planned.text
    assert "q01:" in planned.text


def test_a_sheet_saved_from_the_export_reads_though_its_last_cells_are_empty(qs, tmp_path):
    source = write(tmp_path / "export.xlsx", [record("q01"), record("q02", level=3, answered_at=None)])
    found = plan(source, qs)
    assert found.problems == []
    assert len(found.planned) == 1


def test_an_update_of_an_exported_response_is_named_by_its_first_records_row(qs, tmp_path):
    folder = tmp_path / "answers"
    other = {"respondent": "r2"}
    first = [record("q01", **other), record("q01"), record("q02")]
    write_plan(plan(write(tmp_path / "export.jsonl", first), qs), folder, force=False)
    changed = [record("q01", **other), record("q01"), record("q02", level=4)]
    with pytest.raises(UsageError) as caught:
        write_plan(plan(write(tmp_path / "export.jsonl", changed), qs), folder, force=False)
    (update, _summary) = caught.value.problems
    assert update.key == "importing.would_change"
    assert update.params["row"] == 2, "r1's response starts on the export's second line"
    assert "q02: 2 → 4" in update.params["changes"]
    (path,) = (p for p in folder.glob("*.yaml") if "r1" in p.read_text(encoding="utf-8"))
    assert load_answers(path, qs).answers["q02"].level == 2, "nothing was written"


def test_what_the_answers_files_check_refuses_is_named_at_the_responses_first_row_with_its_field(qs, tmp_path):
    records = [record("q01", respondent="r0"), record("q01"), record("q02", level=9)]
    source = write(tmp_path / "export.jsonl", records)
    found = plan(source, qs)
    assert [(p.key, p.file, p.path) for p in found.problems] == [
        ("common.v.choice", f"{source}:2", "answers.q02.level")
    ]
    assert found.problems[0].params["value"] == "9"
    assert found.bad_rows == [2]
    assert [item.row for item in found.planned] == [1]


def test_an_unknown_phase_is_named_at_the_responses_first_row(qs, tmp_path):
    source = write(tmp_path / "export.jsonl", [record("q01", phase="alku"), record("q02", phase="alku")])
    found = plan(source, qs)
    assert [(p.key, p.file) for p in found.problems] == [("common.v.phase", f"{source}:1:phase")]
    assert found.problems[0].params == {"value": "'alku'", "allowed": phase_choices()}


def docs(found) -> list[dict]:
    return [yaml.safe_load(item.text) for item in found.planned]


def test_a_table_with_the_four_machine_columns_is_an_export_and_is_told_the_columns_it_lacks(qs, tmp_path):
    source = tmp_path / "export.jsonl"
    source.write_text(json.dumps({"respondent": "r1", "question_id": "q01", "level": 2, "special": None}) + "\n")
    found = plan(source, qs)
    lacking = [name for name in COLUMNS if name not in ("respondent", "question_id", "level", "special", "reason")]
    assert [(p.key, p.params, p.file) for p in found.problems] == [
        ("importing.err_export_columns", {"columns": ", ".join(lacking)}, str(source))
    ]
    assert found.planned == []


def test_without_all_four_machine_columns_a_table_is_no_export(tmp_path):
    names = ["respondent", "question_id", "level", "special", "Kysymys"]
    for left_out in names[:4]:
        source = write_xlsx(tmp_path / "table.xlsx", [n for n in names if n != left_out], [[1, 2, 3, 4]])
        assert not is_export(read_table(source))
    assert is_export(read_table(write_xlsx(tmp_path / "table.xlsx", names, [[1, 2, 3, 4, 5]])))


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_blank_rows_between_records_are_counted_and_the_response_goes_on(qs, tmp_path, suffix):
    source = write(tmp_path / f"export{suffix}", [record("q01"), record("q02", level=3)])
    if suffix == ".csv":  # a line of empty cells, and an empty line
        header, first, second = source.read_text(encoding="utf-8").splitlines()
        source.write_text("\n".join([header, first, "," * (len(COLUMNS) - 1), "", second]) + "\n", encoding="utf-8")
    else:
        rows = [[item[name] for name in COLUMNS] for item in (record("q01"), record("q02", level=3))]
        write_xlsx(source, list(COLUMNS), [rows[0], [None] * len(COLUMNS), [None] * len(COLUMNS), rows[1]])
    found = plan(source, qs)
    assert (found.problems, found.blank_rows) == ([], 2)
    (doc,) = docs(found)
    assert {qid: answer["level"] for qid, answer in doc["answers"].items()} == {"q01": 2, "q02": 3}


@pytest.mark.parametrize(
    ("column", "other"),
    [("project", "Kylätalo"), ("project_code", "S-2"), ("phase", "arviointi"), ("respondent", "r2")],
)
def test_a_record_of_another_respondent_project_or_phase_starts_another_file(qs, tmp_path, column, other):
    source = write(tmp_path / "export.jsonl", [record("q01"), record("q02"), record("q01", **{column: other})])
    found = plan(source, qs)
    assert found.problems == []
    assert [item.row for item in found.planned] == [1, 3]
    assert [sorted(doc["answers"]) for doc in docs(found)] == [["q01", "q02"], ["q01"]]


@pytest.mark.parametrize(
    ("column", "other"),
    [
        ("organisation", "Yhdistys ry"),
        ("region", "Uusimaa"),
        ("respondent_name", "Aino"),
        ("respondent_role", "ohjaaja"),
        ("language", "sv"),
        ("question_id", "q01"),  # a question coming round again
    ],
)
def test_a_record_whose_response_differs_otherwise_starts_another_response_of_the_same_person(
    qs, tmp_path, column, other
):
    """Another response of one respondent, project and phase: refused as merge would refuse it."""
    third = record(other) if column == "question_id" else record("q03", **{column: other})
    source = write(tmp_path / "export.jsonl", [record("q01"), record("q02"), third])
    found = plan(source, qs)
    assert [(p.key, p.params, p.file) for p in found.problems] == [
        ("importing.err_same_respondent", {"other": 1}, f"{source}:3")
    ]


def test_formula_protection_is_taken_off_in_a_csv_and_kept_as_written_in_json(qs, tmp_path):
    protected = {"how": "'=SUM(A1)", "next_step": "'+358 40 123", "respondent": "'-7"}
    for suffix, how, step, respondent in [
        (".csv", "=SUM(A1)", "+358 40 123", "-7"),
        (".jsonl", "'=SUM(A1)", "'+358 40 123", "'-7"),
    ]:
        (doc,) = docs(plan(write(tmp_path / f"export{suffix}", [record("q01", **protected)]), qs))
        assert (doc["answers"]["q01"]["how"], doc["answers"]["q01"]["next_step"]) == (how, step)
        assert doc["respondent"]["id"] == respondent


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_a_level_written_as_digits_is_that_level(qs, tmp_path, suffix):
    (doc,) = docs(plan(write(tmp_path / f"export{suffix}", [record("q01", level="3")]), qs))
    assert doc["answers"]["q01"]["level"] == 3


@pytest.mark.parametrize("level", ["3.0", "3 ", "kolme", "9" * 5000, 2.0, True, None], ids=repr)
def test_what_is_no_whole_number_is_no_level(qs, tmp_path, level):
    source = write(tmp_path / "export.jsonl", [record("q01", level=level)])
    found = plan(source, qs)
    assert [(p.key, p.file) for p in found.problems] == [("importing.err_export_level", f"{source}:1:level")]
    assert found.problems[0].params == {"value": repr(level)}


@pytest.mark.parametrize("special", ["na", "dont_know"])
def test_a_special_answer_is_the_answer_with_its_reason(qs, tmp_path, special):
    source = write(tmp_path / "export.jsonl", [record("q01", level=None, special=special, reason="Ei koske meitä")])
    (doc,) = docs(plan(source, qs))
    assert doc["answers"]["q01"] == {"level": special, "reason": "Ei koske meitä", "updated": AT}


@pytest.mark.parametrize("special", ["na", "maybe"])
def test_a_special_answer_with_a_level_or_one_that_is_no_special_answer_is_named(qs, tmp_path, special):
    source = write(tmp_path / "export.jsonl", [record("q01", level=2 if special == "na" else None, special=special)])
    found = plan(source, qs)
    assert [(p.key, p.params, p.file) for p in found.problems] == [
        ("importing.err_export_level", {"value": repr(special)}, f"{source}:1:special")
    ]


def test_texts_and_ids_written_as_numbers_come_back_as_texts(qs, tmp_path):
    source = write(tmp_path / "export.jsonl", [record("q01", how=5, next_step=6.5, respondent=7, project_code=30123)])
    (doc,) = docs(plan(source, qs))
    assert (doc["answers"]["q01"]["how"], doc["answers"]["q01"]["next_step"]) == ("5", "6.5")
    assert (doc["respondent"]["id"], doc["project"]["code"]) == ("7", "30123")


def test_a_responses_start_and_end_are_its_first_and_last_answer_times(qs, tmp_path):
    # the latest neither first nor last, the earliest neither first nor last in one zone: compared as moments
    times = ["2026-11-02T10:05:00+02:00", "2026-11-02T10:20:00+02:00", "2026-11-02T09:55:00+02:00"]
    records = [record(q, answered_at=at) for q, at in zip(("q01", "q02", "q03"), times, strict=True)]
    (doc,) = docs(plan(write(tmp_path / "export.jsonl", records), qs))
    assert (doc["created"], doc["updated"]) == ("2026-11-02T09:55:00+02:00", "2026-11-02T10:20:00+02:00")
    assert [answer["updated"] for answer in doc["answers"].values()] == times


def test_without_answer_times_a_response_has_the_export_files_time(qs, tmp_path):
    source = write(tmp_path / "export.jsonl", [record("q01", answered_at=None), record("q02", answered_at=None)])
    os.utime(source, (1_790_000_000, 1_790_000_000))
    (doc,) = docs(plan(source, qs))
    moment = datetime.fromtimestamp(1_790_000_000).astimezone().isoformat(timespec="seconds")
    assert (doc["created"], doc["updated"]) == (moment, moment)
    assert all("updated" not in answer for answer in doc["answers"].values())


@pytest.mark.parametrize("keep_names", [False, True])
def test_a_name_is_kept_only_when_asked_and_otherwise_said_to_be_left_out(qs, tmp_path, keep_names):
    named = {"respondent_name": "Aino", "respondent_role": "ohjaaja", "organisation": "Yhdistys ry", "region": "Åland"}
    source = write(tmp_path / "export.jsonl", [record("q01", **named)])
    found = plan_import(source, qs, mapping=None, defaults=Defaults(), language="fi", keep_names=keep_names)
    (doc,) = docs(found)
    assert doc["respondent"] == ({"id": "r1", "name": "Aino"} if keep_names else {"id": "r1"}) | {"role": "ohjaaja"}
    assert doc["project"] == {
        "name": "Nuorten ääni",
        "organisation": "Yhdistys ry",
        "region": "Åland",
        "phase": "toteutus",
    }
    assert (doc["language"], doc["framework"]) == ("fi", {"id": qs.id, "version": qs.version})
    assert found.personal_data_left_out is (not keep_names)


def test_without_a_name_nothing_personal_is_said_to_be_left_out(qs, tmp_path):
    found = plan(write(tmp_path / "export.jsonl", [record("q01", respondent_name="")]), qs)
    assert found.personal_data_left_out is False
    assert found.planned


def test_a_phase_named_in_any_language_is_that_phase(qs, tmp_path):
    (doc,) = docs(plan(write(tmp_path / "export.jsonl", [record("q01", phase="Evaluation")]), qs))
    assert doc["project"]["phase"] == "arviointi"
