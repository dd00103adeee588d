"""A workshop among the team's files: validate, merge, report and export read it, always as a workshop and never as
respondents, with the numbers a hand count gives."""

from __future__ import annotations

import csv
import io
import json
import uuid
from pathlib import Path

import pytest
from typer.testing import CliRunner

from osallisuus_cli.cli.app import app
from osallisuus_cli.groupwork.session import Session, plan_questions
from osallisuus_cli.i18n import t, tn
from osallisuus_cli.model.answers import Project
from osallisuus_cli.questionsets.framework import QuestionSet
from osallisuus_cli.teamwork.export import WORKSHOP_COLUMNS
from tests.conftest import hostile_payloads, make_answers, read_team, write_answers

# The ratings each of five seats gives on the first three questions of section 1, and the room's typed counts.
PHONES = {"q01": [1, 2, 2, 3, 4], "q02": [3, 3, 3, 2, 3], "q03": [0, 1]}
ROOM = {"q01": {}, "q02": {"na": 1}, "q03": {}}
NOTES = {"q01": "Kysymme joka kerta, mitä osallistuja itse toivoo.", "q02": "Etsivä työ kahdesti viikossa."}


def run_workshop(path: Path, qs: QuestionSet, *, notes: dict[str, str] = NOTES) -> None:
    session = Session.start(
        path,
        qs,
        project=Project(name="Nuorten ääni", phase="toteutus"),
        language="fi",
        plan=plan_questions(qs, ["1"]),
        min_group=3,
    )
    seats = [session.join(None)[0] for _ in range(5)]
    for qid, levels in PHONES.items():
        for seat, level in zip(seats, levels, strict=False):
            session.vote(seat, qid, level)
        session.reveal(room=ROOM[qid])
        if qid in notes:
            session.notes(how=notes[qid], next_step="Seuraava askel " + qid, differ="Eri kokemukset")
        session.move(1)
    session.close()


@pytest.fixture
def folder(tmp_path: Path, qs: QuestionSet) -> Path:
    answers = tmp_path / "answers"
    answers.mkdir()
    for index, level in enumerate([2, 3]):
        doc = make_answers(qs, {q.id: level for q in qs.questions}, name=None, respondent_id=str(uuid.uuid4()))
        write_answers(answers / f"vastaaja-{index}.yaml", doc, qs)
    run_workshop(answers / "tyopaja.yaml", qs)
    return answers


def hand_count(qid: str) -> dict[object, int]:
    counts: dict[object, int] = {}
    for level in PHONES[qid]:
        counts[level] = counts.get(level, 0) + 1
    for level, count in ROOM[qid].items():
        counts[level] = counts.get(level, 0) + count
    return counts


def test_validate_names_the_workshop_apart_from_the_respondents(folder: Path, runner: CliRunner) -> None:
    result = runner.invoke(app, ["validate", str(folder), "--json", "--lang", "en"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    codes = [finding["code"] for finding in document["datacheck"]]
    assert codes.count("workshop") == 1
    assert "workshop_with_answers" in codes
    respondents = next(f for f in document["datacheck"] if f["code"] == "respondents")
    assert "(2 in all)" in respondents["message"]  # the five who took part in the workshop are no respondents
    kinds = sorted(file["kind"] for file in document["files"])
    assert kinds == ["answers", "answers", "workshop"]


def test_merge_carries_the_workshop_and_counts_it_once(folder: Path, tmp_path: Path, qs: QuestionSet) -> None:
    runner = CliRunner()
    team_path = tmp_path / "tiimi.yaml"
    assert runner.invoke(app, ["merge", str(folder), "-o", str(team_path)]).exit_code == 0
    team = read_team(team_path, qs)
    assert len(team.responses) == 2
    assert len(team.workshops) == 1
    assert team.workshops[0].source.file == "tyopaja.yaml"
    assert team.workshops[0].workshop.live is None
    # the team file with its own source again: the workshop is still one workshop
    again = tmp_path / "uudelleen.yaml"
    result = runner.invoke(app, ["merge", str(team_path), str(folder / "tyopaja.yaml"), "-o", str(again)])
    assert result.exit_code == 0, result.output
    assert len(read_team(again, qs).workshops) == 1
    assert runner.invoke(app, ["validate", str(again)]).exit_code == 0
    anonymous = tmp_path / "anonyymi.yaml"
    assert runner.invoke(app, ["merge", str(folder), "-o", str(anonymous), "--anonymize"]).exit_code == 0
    assert read_team(anonymous, qs).workshops[0].source.file is None
    assert "tyopaja.yaml" not in anonymous.read_text(encoding="utf-8")


def test_the_report_shows_the_workshop_with_the_hand_counted_numbers(folder: Path, runner: CliRunner) -> None:
    result = runner.invoke(app, ["report", str(folder), "--lang", "en"])
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert f"## {t('workshop.r_heading', 'en')}" in text
    assert f"**{t('report.respondents', 'en')}:** 2\n" in text  # the workshop adds nobody to the respondents
    # five phones, and on q02 one more person in the room: six took part at most
    assert tn("workshop.r_participants", 6, "en") in text
    workshop = text[text.index(f"## {t('workshop.r_heading', 'en')}") :]
    for qid, number in (("q01", 1), ("q02", 2)):
        part = workshop[workshop.index(f"#### {number}. ") :]
        part = part[: part.index("####", 4)] if "####" in part[4:] else part
        counts = hand_count(qid)
        rated = sum(counts.values())
        phones = len(PHONES[qid])
        assert tn("workshop.r_rated", rated, "en", phones=phones, room=rated - phones) in part
        for level in (0, 1, 2, 3, 4):
            assert f"| {level} " in part
            row = next(line for line in part.splitlines() if line.startswith(f"| {level} "))
            assert row.endswith(f"| {counts.get(level, 0)} |")
        assert NOTES[qid] in part
    assert t("workshop.r_disagreement", "en") in workshop  # q01: 1 … 4
    assert t("workshop.r_spread", "en", low=0, high=1, min=3) in workshop  # q03: two ratings, below min_group


def test_a_workshop_alone_reports_as_a_workshop(folder: Path, runner: CliRunner) -> None:
    result = runner.invoke(app, ["report", str(folder / "tyopaja.yaml"), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert t("workshop.r_only", "en") in result.stdout
    assert t("report.no_answers", "en") not in result.stdout


def test_the_html_report_keeps_hostile_notes_inert(tmp_path: Path, qs: QuestionSet, runner: CliRunner) -> None:
    payloads = list(hostile_payloads().values())
    path = tmp_path / "tyopaja.yaml"
    run_workshop(path, qs, notes={"q01": payloads[0][:19000], "q02": "<script>alert(1)</script>\n# otsikko\n| a |"})
    html = runner.invoke(app, ["report", str(path), "--format", "html"])
    assert html.exit_code == 0, html.output
    assert "<script>alert(1)" not in html.stdout
    assert "&lt;script&gt;alert(1)" in html.stdout
    markdown = runner.invoke(app, ["report", str(path)])
    assert "\n# otsikko" not in markdown.stdout
    assert "<script>" not in markdown.stdout


def test_export_by_workshop_gives_one_row_per_level(folder: Path, runner: CliRunner) -> None:
    result = runner.invoke(app, ["export", str(folder), "--by", "workshop"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == WORKSHOP_COLUMNS
    q01 = {row["level"] or row["special"]: int(row["count"]) for row in rows if row["question_id"] == "q01"}
    assert q01 == {str(level): count for level, count in hand_count("q01").items()} | {
        key: 0 for key in ("0", "na", "dont_know") if key not in {str(k) for k in hand_count("q01")}
    }
    q03 = [row for row in rows if row["question_id"] == "q03"]
    assert [(row["count"], row["low"], row["high"]) for row in q03] == [("", "0", "1")]
    plain = runner.invoke(app, ["export", str(folder), "--lang", "en"])
    assert plain.exit_code == 0
    assert tn("workshop.export_apart", 1, "en") in plain.stderr
    assert {row["respondent"] for row in csv.DictReader(io.StringIO(plain.stdout))}.__len__() == 2


def test_a_workshop_closed_before_any_reveal_is_named_as_giving_no_figures(
    tmp_path: Path, qs: QuestionSet, runner: CliRunner
) -> None:
    """A facilitator who started a session and stopped it at once leaves a file that adds nothing: a warning says so."""
    answers = tmp_path / "answers"
    answers.mkdir()
    write_answers(answers / "aino.yaml", make_answers(qs, {q.id: 2 for q in qs.questions}), qs)
    session = Session.start(
        answers / "tyopaja.yaml",
        qs,
        project=Project(name="Nuorten ääni", phase="toteutus"),
        language="fi",
        plan=plan_questions(qs, ["3"]),
        min_group=3,
    )
    session.close()
    result = runner.invoke(app, ["validate", str(answers), "--json", "--lang", "en"])
    findings = {f["code"]: f for f in json.loads(result.stdout)["datacheck"]}
    assert findings["workshop_empty"]["level"] == "warning"
    assert findings["workshop_empty"]["message"] == t("datacheck.workshop_empty", "en")
    assert "workshop_with_answers" not in findings  # no figures of the workshop to keep apart from the answers
    strict = runner.invoke(app, ["validate", str(answers), "--strict"])
    assert strict.exit_code == 1
    assert t("datacheck.workshop_empty", "fi") in strict.stderr


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_validate_writes_a_workshops_day_as_people_write_dates(
    tmp_path: Path, qs: QuestionSet, runner: CliRunner, lang: str
) -> None:
    from osallisuus_cli.i18n import format_date
    from osallisuus_cli.model.workshop import load_workshop

    answers = tmp_path / "answers"
    answers.mkdir()
    run_workshop(answers / "tyopaja.yaml", qs)
    held = load_workshop(answers / "tyopaja.yaml", qs).created.date()
    result = runner.invoke(app, ["validate", str(answers), "--lang", lang])
    assert result.exit_code == 0, result.output
    note = tn(
        "datacheck.workshop",
        6,
        lang,
        project="Nuorten ääni",
        phase=t("team.phase_in.toteutus", lang),
        questions=len(PHONES),
        date=format_date(held, lang),
    )
    assert note in result.stderr
    assert held.isoformat() not in result.stderr
