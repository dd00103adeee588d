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


def test_an_anonymized_team_file_keeps_dates_only(runner, folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "anon.yaml"
    assert runner.invoke(app, ["merge", "--anonymize", str(folder), "-o", str(out)]).exit_code == 0
    text = out.read_text(encoding="utf-8")
    for gone in ("Aino", "aino", "Eero", "eero", "22:47", "-05:00", "aino-virtanen.yaml"):
        assert gone not in text, gone
    assert 'created: "2026-11-02T00:00:00+00:00"' in text, "the date as the respondent wrote it"
    assert "Kahvila." in text, "free text is kept, as the docs say"
    assert "\n      updated:" not in text.split("answers:", 1)[1], "no per-answer times"
