"""The merge's rules, each stated once (docs/team-format.md, ``teamwork.merge``): ``latest`` keeps the last *saved*
response and counts every one it leaves out; an empty file met twice is one empty file; duplicates from two team
files are no decision already taken; a person's responses kept alike stay apart when anonymized; of two saves of one
workshop the later one is kept, and an anonymized team keeps no workshop's file name."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from osallisuus_cli.errors import DataError
from osallisuus_cli.files import fsutil
from osallisuus_cli.model import answers
from osallisuus_cli.model.answers import FrameworkRef, Project
from osallisuus_cli.model.workshop import QuestionResult, WorkshopFile, dump_workshop
from osallisuus_cli.questionsets.framework import QuestionSet
from osallisuus_cli.teamwork.merge import collect_team, save_team
from tests.conftest import HELSINKI, make_answers

AINO = "11111111-1111-4111-8111-111111111111"
START = datetime(2026, 11, 2, 10, 0, tzinfo=HELSINKI)


def _save(path: Path, qs: QuestionSet, doc: answers.AnswersFile) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    answers.save_answers(path, doc, qs)
    return path


def test_latest_keeps_the_response_saved_last_not_the_one_started_last(qs, tmp_path: Path) -> None:
    """Started first but saved last: that is the newest answer of the respondent."""
    early = make_answers(qs, {"q01": 3, "q02": 2}, respondent_id=AINO, when=START)
    early.updated = START + timedelta(days=10)
    late = make_answers(qs, {"q01": 2, "q02": 2}, respondent_id=AINO, when=START + timedelta(days=2))
    first = _save(tmp_path / "a" / "aino-1.yaml", qs, early)
    second = _save(tmp_path / "b" / "aino-2.yaml", qs, late)
    for order in ([first, second], [second, first]):
        (kept,) = collect_team(order, qs, on_duplicate="latest").team.responses
        assert kept.source.file == "aino-1.yaml"


def test_latest_counts_every_response_it_leaves_out(qs, tmp_path: Path) -> None:
    paths = [
        _save(
            tmp_path / f"aino-{day}.yaml",
            qs,
            make_answers(qs, {"q01": 2}, respondent_id=AINO, when=START + timedelta(day)),
        )
        for day in range(3)
    ]
    result = collect_team(paths, qs, on_duplicate="latest")
    assert [r.source.file for r in result.team.responses] == ["aino-2.yaml"]
    assert result.summary.dropped == 2
    assert result.summary.duplicate_groups == 1


def test_an_empty_file_met_twice_is_one_empty_file(qs, tmp_path: Path) -> None:
    empty = make_answers(qs, {}, respondent_id=AINO)
    first = _save(tmp_path / "tyhja.yaml", qs, empty)
    copy = tmp_path / "kopio" / "tyhja-kopio.yaml"
    copy.parent.mkdir()
    copy.write_bytes(first.read_bytes())
    other = _save(tmp_path / "eero.yaml", qs, make_answers(qs, {"q01": 1}, respondent_id=AINO.replace("1", "2")))
    result = collect_team([first, copy, other], qs)
    assert result.summary.empty == 1
    assert len(result.team.responses) == 1


def test_duplicates_from_two_team_files_are_an_error_not_a_kept_decision(qs, tmp_path: Path) -> None:
    """Only duplicates that sit together in one team file were kept on purpose; one in each of two team files
    were never seen together, so the default policy stops and names them."""
    teams = []
    for day in range(2):
        doc = make_answers(qs, {"q01": 2}, respondent_id=AINO, when=START + timedelta(day))
        source = _save(tmp_path / f"in-{day}" / f"aino-{day}.yaml", qs, doc)
        team = tmp_path / f"tiimi-{day}.yaml"
        save_team(team, collect_team([source], qs).team, qs)
        teams.append(team)
    with pytest.raises(DataError) as caught:
        collect_team(teams, qs)
    assert [problem.key for problem in caught.value.problems] == ["team.err_duplicate"]


def test_a_persons_responses_kept_alike_each_keep_their_own_hash_when_anonymized(qs, tmp_path: Path) -> None:
    """Three saves that anonymizing makes identical (days of one month, the same answers) stay three responses."""
    paths = [
        _save(
            tmp_path / f"aino-{day}.yaml",
            qs,
            make_answers(qs, {"q01": 2}, respondent_id=AINO, when=START + timedelta(day)),
        )
        for day in range(3)
    ]
    team = collect_team(paths, qs, on_duplicate="keep-both", anonymize=True).team
    assert len(team.responses) == 3
    assert len({response.source.sha256 for response in team.responses}) == 3


def _workshop(qs: QuestionSet, updated: datetime, participants: int) -> WorkshopFile:
    qid = qs.questions[0].id
    return WorkshopFile(
        format="osallisuus/workshop/v1",
        framework=FrameworkRef(id=qs.id, version=qs.version),
        project=Project(name="Nuorten ääni", phase="toteutus"),
        language="fi",
        created=START,
        updated=updated,
        min_group=3,
        participants=participants,
        plan=[qid],
        results={qid: QuestionResult(phones=participants, room=0, counts={2: participants}, revealed=START)},
    )


def _write_workshop(path: Path, doc: WorkshopFile) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    fsutil.atomic_write(path, dump_workshop(doc))
    return path


def test_of_two_saves_of_one_workshop_the_later_one_is_kept(qs, tmp_path: Path) -> None:
    earlier = _write_workshop(tmp_path / "a" / "paja.yaml", _workshop(qs, START + timedelta(hours=1), 4))
    later = _write_workshop(tmp_path / "b" / "paja.yaml", _workshop(qs, START + timedelta(hours=2), 6))
    answered = _save(tmp_path / "aino.yaml", qs, make_answers(qs, {"q01": 2}, respondent_id=AINO))
    for order in ([earlier, later, answered], [later, earlier, answered]):
        (kept,) = collect_team(order, qs).team.workshops
        assert kept.workshop.participants == 6


def test_an_anonymized_team_keeps_no_workshops_file_name(qs, tmp_path: Path) -> None:
    held = _write_workshop(tmp_path / "paja-aino-ja-eero.yaml", _workshop(qs, START + timedelta(hours=1), 4))
    answered = _save(tmp_path / "aino.yaml", qs, make_answers(qs, {"q01": 2}, respondent_id=AINO))
    (named,) = collect_team([held, answered], qs).team.workshops
    assert named.source.file == "paja-aino-ja-eero.yaml"
    (kept,) = collect_team([held, answered], qs, anonymize=True).team.workshops
    assert kept.source.file is None
    assert kept.source.sha256 == named.source.sha256


def test_two_workshops_of_one_project_on_other_days_are_both_kept(qs, tmp_path: Path) -> None:
    first = _workshop(qs, START + timedelta(hours=1), 4)
    second = _workshop(qs, START + timedelta(days=7, hours=1), 5).model_copy(update={"created": START + timedelta(7)})
    paths = [_write_workshop(tmp_path / f"paja-{n}.yaml", doc) for n, doc in enumerate([first, second])]
    answered = _save(tmp_path / "aino.yaml", qs, make_answers(qs, {"q01": 2}, respondent_id=AINO))
    result = collect_team([*paths, answered], qs)
    assert sorted(w.workshop.participants for w in result.team.workshops) == [4, 5]
    assert result.summary.workshop_files == 2
