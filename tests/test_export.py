"""`osallisuus export`: long-format CSV (also for Finnish Excel), JSON and JSON Lines."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from osallisuus_cli.cli.app import app
from osallisuus_cli.model import answers
from osallisuus_cli.teamwork.export import COLUMNS, neutralise, records
from osallisuus_cli.teamwork.merge import collect_team
from tests.conftest import make_answers

HARD_TEXT = 'Sanoimme "tervetuloa"; kahvi, pulla\nja toinen rivi'


@pytest.fixture
def folder(tmp_path: Path, qs) -> Path:
    answers_dir = tmp_path / "answers"
    answers_dir.mkdir()
    aino = make_answers(
        qs,
        {"q01": 3, "q02": "na", "q03": "dont_know"},
        respondent_id="aino",
        how={"q01": HARD_TEXT, "q03": '=HYPERLINK("http://x")'},
        next_step={"q01": "-kokeillaan", "q02": "+1 ohjaaja", "q03": "@kaikki"},
    )
    answers.save_answers(answers_dir / "aino.yaml", aino, qs)
    eero = make_answers(qs, {"q24": 4}, respondent_id="eero", name="Eero", phase="arviointi")
    answers.save_answers(answers_dir / "eero.yaml", eero, qs)
    return answers_dir


def test_one_record_per_respondent_and_question_in_a_stable_order(folder: Path, qs) -> None:
    rows = list(records(collect_team([folder], qs).team, qs))
    assert len(rows) == 2 * 24
    assert all(list(row) == list(COLUMNS) for row in rows)
    first = rows[0]
    assert first["project"] == "Nuorten ääni"
    assert first["phase"] == "toteutus"
    assert first["respondent"] == "aino"
    assert (first["section"], first["question_id"], first["question_number"]) == ("1", "q01", 1)
    assert (first["level"], first["special"], first["how"]) == (3, None, HARD_TEXT)
    assert first["answered_at"] == "2026-11-02T10:00:00+02:00"
    assert (rows[1]["level"], rows[1]["special"]) == (None, "na")
    assert (rows[2]["level"], rows[2]["special"]) == (None, "dont_know")
    assert (rows[3]["level"], rows[3]["special"], rows[3]["how"]) == (None, "missing", None)
    assert [row["section"] for row in rows[:24]][7:9] == ["2A", "2A"]
    assert rows[23]["section"] == "R"
    assert rows[24]["respondent"] == "eero", "phases in their order"
    assert rows[24]["phase"] == "arviointi", "phases in their order"


def test_csv_is_long_format_and_free_text_survives(runner, folder: Path) -> None:
    result = runner.invoke(app, ["export", str(folder)])
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes.startswith(b"project,project_code,organisation,")
    assert b"\r" not in result.stdout_bytes, "plain CSV ends lines with LF"
    table = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(table) == 48
    assert table[0]["how"] == HARD_TEXT
    assert table[0]["level"] == "3"
    assert table[1]["level"] == ""
    assert table[1]["special"] == "na"
    assert "Rivejä: 48 (2 vastausta × 24 kysymystä) → vakiotuloste" in result.stderr


def test_the_summary_counts_responses_not_respondents(runner, tmp_path: Path, qs) -> None:
    """One person who answered in two phases gives two responses, 48 rows: the line must not say two people."""
    for phase in ("suunnittelu", "toteutus"):
        doc = make_answers(qs, {"q01": 2}, respondent_id="aino", phase=phase)
        answers.save_answers(tmp_path / f"aino-{phase}.yaml", doc, qs)
    result = runner.invoke(app, ["export", str(tmp_path), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "Rows: 48 (2 responses × 24 questions) → standard output" in result.stderr


def test_cells_that_spreadsheets_would_run_are_neutralised(runner, folder: Path) -> None:
    table = list(csv.DictReader(io.StringIO(runner.invoke(app, ["export", str(folder)]).stdout)))
    assert table[0]["next_step"] == "'-kokeillaan"
    assert table[1]["next_step"] == "'+1 ohjaaja"
    assert table[2]["next_step"] == "'@kaikki"
    assert table[2]["how"] == '\'=HYPERLINK("http://x")'
    assert [neutralise(v) for v in ("=1+1", "\tx", "\rx", "Kahvila", "")] == ["'=1+1", "'\tx", "'\rx", "Kahvila", ""]


def test_excel_dialect_semicolons_bom_and_crlf(runner, folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "vienti.csv"
    result = runner.invoke(app, ["export", str(folder), "--excel", "-o", str(out)])
    assert result.exit_code == 0, result.output
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfproject;project_code;organisation;region;phase;respondent;")
    assert raw.count(b"\r\n") == 49, "header and 48 rows end in CRLF"
    assert b'"Sanoimme ""tervetuloa""; kahvi, pulla\nja toinen rivi"' in raw, "the cell is quoted whole"
    table = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert table[0]["how"] == HARD_TEXT
    assert table[0]["project"] == "Nuorten ääni"


def test_json_and_json_lines_keep_the_key_order(runner, folder: Path) -> None:
    result = runner.invoke(app, ["export", str(folder), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert len(rows) == 48
    assert list(rows[0]) == list(COLUMNS)
    assert rows[0]["level"] == 3
    assert rows[1]["level"] is None
    assert rows[0]["how"] == HARD_TEXT
    assert rows[2]["how"].startswith("=HYPERLINK"), "JSON is data, not a spreadsheet: nothing is neutralised"
    lines = runner.invoke(app, ["export", str(folder), "-F", "jsonl"]).stdout.splitlines()
    assert len(lines) == 48
    assert [json.loads(line) for line in lines] == rows
    assert lines[0].startswith('{"project": "Nuorten ääni", "project_code": null,')


def test_export_of_a_team_file_equals_export_of_its_answers(runner, folder: Path, tmp_path: Path) -> None:
    assert runner.invoke(app, ["merge", str(folder), "-o", str(tmp_path / "team.yaml")]).exit_code == 0
    from_team = runner.invoke(app, ["export", str(tmp_path / "team.yaml")]).stdout
    assert from_team == runner.invoke(app, ["export", str(folder)]).stdout


def test_anonymized_export_has_pseudonyms_and_empty_names(runner, folder: Path) -> None:
    rows = json.loads(runner.invoke(app, ["export", str(folder), "--anonymize", "-F", "json"]).stdout)
    assert {row["respondent"] for row in rows} == {"R1", "R2"}
    assert {row["respondent_name"] for row in rows} == {None}


def test_usage_errors(runner, folder: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", str(folder), "--format", "xlsx", "--lang", "en"])
    assert result.exit_code == 2
    assert "choose csv, json or jsonl" in result.stderr
    result = runner.invoke(app, ["export", str(folder), "--format", "json", "--excel", "--lang", "en"])
    assert result.exit_code == 2
    assert "--excel applies to CSV only" in result.stderr
    (tmp_path / "old.csv").write_text("vanha")
    result = runner.invoke(app, ["export", str(folder), "-o", str(tmp_path / "old.csv")])
    assert result.exit_code == 2
    assert (tmp_path / "old.csv").read_text() == "vanha"


@pytest.mark.parametrize("rows", [[], [{"a": 1, "b": "ä\nrivi"}], [{"a": 1}, {"a": [1, 2], "c": None}]])
def test_json_written_in_pieces_is_exactly_one_json_document(rows: list[dict]) -> None:
    from osallisuus_cli.teamwork.export import to_json

    assert b"".join(to_json(iter(rows))).decode() == json.dumps(rows, ensure_ascii=False, indent=2) + "\n"


def test_csv_in_pieces_has_each_row_once(qs, tmp_path: Path) -> None:
    from osallisuus_cli.teamwork.export import to_csv

    rows = [dict.fromkeys(COLUMNS, str(i)) for i in range(4500)]  # more than two pieces
    pieces = list(to_csv(iter(rows)))
    assert len(pieces) == 3
    table = list(csv.DictReader(io.StringIO(b"".join(pieces).decode())))
    assert [row["project"] for row in table] == [str(i) for i in range(4500)]


@pytest.mark.parametrize("fmt", ["csv", "csv-excel", "json", "jsonl"])
def test_every_format_carries_the_reason_for_na_and_dont_know(runner, tmp_path: Path, qs, fmt) -> None:
    """A why-not-applicable text is an answer too: every export format has it, in a column named ``reason``."""
    doc = make_answers(
        qs,
        {"q01": 3, "q06": "na", "q07": "dont_know"},
        reason={"q06": "Emme tee yksilötyötä", "q07": 'Uusi; "en tiedä"\nvielä'},
    )
    answers.save_answers(tmp_path / "aino.yaml", doc, qs)
    args = ["export", str(tmp_path / "aino.yaml"), "--format", fmt.split("-")[0], "-o", str(tmp_path / "out")]
    result = runner.invoke(app, [*args, "--excel"] if fmt == "csv-excel" else args)
    assert result.exit_code == 0, result.output
    text = (tmp_path / "out").read_text(encoding="utf-8-sig")
    if fmt.startswith("csv"):
        rows = list(csv.DictReader(io.StringIO(text, newline=""), delimiter=";" if fmt == "csv-excel" else ","))
    elif fmt == "json":
        rows = json.loads(text)
    else:
        rows = [json.loads(line) for line in text.splitlines()]
    by_question = {row["question_id"]: row for row in rows}
    assert by_question["q06"]["reason"] == "Emme tee yksilötyötä"
    assert by_question["q07"]["reason"] == 'Uusi; "en tiedä"\nvielä'
    assert by_question["q01"]["reason"] in ("", None)
    assert list(rows[0]) == list(COLUMNS)
    assert "reason" in COLUMNS
