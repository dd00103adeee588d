"""Files that hold answers are private to their owner; anonymizing removes exactly what the docs say it does."""

from __future__ import annotations

import stat
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from osallisuus_cli.cli.app import app
from osallisuus_cli.model import answers
from tests.conftest import make_answers


@pytest.fixture
def folder(tmp_path: Path, qs) -> Path:
    answers_dir = tmp_path / "answers"
    answers_dir.mkdir()
    when = datetime(2026, 11, 2, 22, 47, 13, tzinfo=timezone(timedelta(hours=-5)))
    doc = make_answers(qs, {"q01": 3, "q02": 1}, how={"q01": "Kahvila."}, when=when, name="Aino", respondent_id="aino")
    answers.save_answers(answers_dir / "aino-virtanen.yaml", doc, qs)
    other = make_answers(qs, {"q01": 2}, respondent_id="eero", name="Eero", when=when + timedelta(days=1))
    answers.save_answers(answers_dir / "eero.yaml", other, qs)
    return answers_dir


@pytest.mark.parametrize(
    "command",
    [
        ["merge", "--anonymize", "-o", "out.yaml"],
        ["merge", "-o", "out.yaml"],
        ["export", "--anonymize", "-o", "out.csv"],
        ["export", "--format", "json", "-o", "out.json"],
        ["report", "-o", "out.html"],
        ["report", "-o", "out.md"],
    ],
)
def test_every_file_holding_answers_is_private(runner, folder: Path, monkeypatch, command: list[str]) -> None:
    monkeypatch.chdir(folder.parent)
    result = runner.invoke(app, [*command, str(folder)])
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(Path(command[-1]).stat().st_mode) == 0o600


def test_an_anonymized_team_file_keeps_months_only(runner, folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "anon.yaml"
    assert runner.invoke(app, ["merge", "--anonymize", str(folder), "-o", str(out)]).exit_code == 0
    text = out.read_text(encoding="utf-8")
    for gone in ("Aino", "aino", "Eero", "eero", "22:47", "-05:00", "aino-virtanen.yaml", "2026-11-02", "2026-11-03"):
        assert gone not in text, gone
    # 2 November 22:47 at UTC-5 is 3 November in UTC: the month of that instant, labelled as what it is
    assert 'created: "2026-11-01T00:00:00+00:00"' in text
    assert "Kahvila." in text, "free text is kept, as the docs say"
    assert "\n      updated:" not in text.split("answers:", 1)[1], "no per-answer times"


def test_anonymizing_keeps_no_language_no_file_hash_and_no_order_of_answering(runner, qs, tmp_path: Path) -> None:
    import hashlib

    from osallisuus_cli.model.inputfile import read_input

    folder = tmp_path / "answers"
    folder.mkdir()
    start = datetime(2026, 11, 2, 9, 0, tzinfo=timezone(timedelta(hours=2)))
    people = [
        ("helmi", "sv", {"q01": 1}),
        ("aino", "fi", {"q01": 4}),
        ("eero", "fi", {"q01": 2}),
        ("ulla", "en", {"q01": 3}),
    ]
    for day, (rid, language, levels) in enumerate(people):
        doc = make_answers(
            qs, levels, respondent_id=rid, name=rid.title(), when=start + timedelta(days=day), language=language
        )
        answers.save_answers(folder / f"{rid}.yaml", doc, qs)
    hashes = [hashlib.sha256(path.read_bytes()).hexdigest() for path in sorted(folder.iterdir())]
    out = tmp_path / "anon.yaml"
    assert runner.invoke(app, ["merge", "--anonymize", str(folder), "-o", str(out)]).exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert "language:" not in text, "the one Swedish speaker would stand out"
    for sha in hashes:
        assert sha not in text, "anyone holding answers/ could map pseudonyms to people by hashing the files"
    team = read_input(out, qs).team
    assert team is not None
    assert {r.created.isoformat() for r in team.responses} == {"2026-11-01T00:00:00+00:00"}
    by_start = [
        next(r.respondent.id for r in team.responses if r.answers["q01"].level == levels["q01"])
        for _, _, levels in people
    ]
    assert by_start != ["R1", "R2", "R3", "R4"], "numbered in order of answering"
    # the same inputs give the same bytes; the anonymized team merges to itself, and with its named sources to itself
    again = tmp_path / "again.yaml"
    assert runner.invoke(app, ["merge", "--anonymize", str(folder), "-o", str(again)]).exit_code == 0
    assert again.read_bytes() == out.read_bytes()
    both = tmp_path / "both.yaml"
    assert runner.invoke(app, ["merge", str(out), str(folder), "-o", str(both)]).exit_code == 0
    assert both.read_bytes() == out.read_bytes()


def test_export_anonymize_keeps_no_language(runner, folder: Path, tmp_path: Path) -> None:
    import csv

    out = tmp_path / "anon.csv"
    assert runner.invoke(app, ["export", "--anonymize", str(folder), "-o", str(out)]).exit_code == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows
    assert {row["language"] for row in rows} == {""}
    assert {row["respondent"] for row in rows} == {"R1", "R2"}


def test_a_report_of_an_anonymized_team_gives_months_not_days(runner, folder: Path, tmp_path: Path) -> None:
    from osallisuus_cli.i18n import format_month

    out = tmp_path / "anon.yaml"
    assert runner.invoke(app, ["merge", "--anonymize", str(folder), "-o", str(out)]).exit_code == 0
    result = runner.invoke(app, ["report", str(out), "--lang", "fi"])
    assert result.exit_code == 0, result.output
    assert format_month(datetime(2026, 11, 1), "fi") == "marraskuu 2026"
    assert "marraskuu 2026" in result.stdout
    assert "1.11.2026" not in result.stdout, "no day the team file does not have"
