"""This tool's own export read back, rule by rule: each wrong record is named at its row and column (by its letter in
a CSV, by its name in JSON), every wrong record of a response is named, a response is one file from its first
record's row, and an export's answer times carry their zone."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from osallisuus_cli.errors import UsageError
from osallisuus_cli.importing.rows import Defaults
from osallisuus_cli.importing.run import plan_import, write_plan
from osallisuus_cli.importing.shape import column_letter
from osallisuus_cli.model.answers import load_answers
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
    assert found.problems[0].params == {"id": "q99"}
    assert found.problems[1].params == {"value": "'two'"}
    assert found.bad_rows == [first], "the response is named by its first record's row"
    assert found.planned == []


@pytest.mark.parametrize("field", ["reason", "how", "next_step"])
def test_a_question_not_answered_holds_no_text_of_any_kind(qs, tmp_path, field):
    source = write(
        tmp_path / "export.jsonl", [record("q01"), record("q02", level=None, special="missing", **{field: "x"})]
    )
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
    assert found.problems[0].params["value"] == "'alku'"
