"""Reading many files on every core gives exactly what reading them one after another gives."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import pytest

from osallisuus_cli.model.team import dump_team
from osallisuus_cli.pipeline import validating
from osallisuus_cli.questionsets.framework import QuestionSet
from osallisuus_cli.reports.report import build_report, render
from osallisuus_cli.teamwork import filecheck, merge, parallel

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from merge import generate  # the benchmark's realistic answer files

FILES = 240
# A pool from two files on two workers, and one that never starts: the thresholds are parameters of the entry points.
POOLED = parallel.Pooling(read_from=2, processes=2)
SERIAL = parallel.Pooling(read_from=10**9)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("many") / "answers"
    generate(target, FILES, seed=7, projects=12)
    return target


def merged(folder: Path, qs: QuestionSet, pooling: parallel.Pooling) -> tuple[str, str]:
    team = merge.collect_team([folder], qs, pooling=pooling).team
    return dump_team(team, qs), render(build_report(team, qs, "fi"), fmt="md")


def test_a_pool_of_workers_gives_the_same_bytes_as_a_serial_read(
    folder: Path, qs: QuestionSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    received = []
    real_receive = parallel.receive_outcome

    def counting_receive(packed):
        received.append(packed[0])  # called here only for what a worker read
        return real_receive(packed)

    monkeypatch.setattr(parallel, "receive_outcome", counting_receive)
    in_pool = merged(folder, qs, parallel.Pooling(read_from=FILES // 2, processes=2))
    assert received == ["answers"] * (FILES - 1)  # all but the first file came from the workers
    received.clear()
    serial = merged(folder, qs, parallel.Pooling(read_from=FILES + 1, processes=2))
    assert received == []
    assert in_pool[0] == serial[0]
    assert in_pool[1] == serial[1]
    assert in_pool[0].count("  - respondent:") == FILES


def test_workers_carry_every_field_of_answers_and_team_files(
    qs: QuestionSet, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Reasons, times with other offsets, team files named and anonymized: what the workers send back is what a
    serial read makes, field by field (the data check sees the entries too), and the team file the same bytes."""
    from datetime import datetime, timedelta, timezone

    from osallisuus_cli.model.team import save_team
    from tests.conftest import make_answers

    folder = tmp_path / "mixed"
    folder.mkdir()
    first = qs.questions[0].id
    for index in range(6):
        moment = datetime(2026, 3, 1 + index, 9, 30, 15, 123456, tzinfo=timezone(timedelta(hours=index - 2)))
        doc = make_answers(
            qs,
            {first: "na" if index % 2 else "dont_know", qs.questions[1].id: index % 5},
            name=f"Aino {index}",
            respondent_id=f"11111111-1111-4111-8111-{index:012d}",
            when=moment,
            reason={first: f"Ei koske meitä {index} – ei vielä"},
            how={qs.questions[1].id: "Nuoret päättävät.\nYhdessä."},
            phase=("suunnittelu", "toteutus")[index % 2],
        )
        (folder / f"a{index}.yaml").write_text(doc.to_yaml(qs), encoding="utf-8")
    teams = tmp_path / "teams"
    teams.mkdir()
    for anonymize in (False, True):
        team = merge.collect_team([folder], qs, anonymize=anonymize).team
        save_team(teams / f"team-{anonymize}.yaml", team, qs)
    inputs = [folder, teams / "team-False.yaml", teams / "team-True.yaml"]

    in_pool = merge.collect_team(inputs, qs, on_duplicate="keep-both", pooling=POOLED)
    serial = merge.collect_team(inputs, qs, on_duplicate="keep-both", pooling=SERIAL)
    assert in_pool.entries == serial.entries
    assert dump_team(in_pool.team, qs) == dump_team(serial.team, qs)
    assert dump_team(serial.team, qs).count("reason: ") == 6


def test_problems_in_files_read_by_workers_are_all_reported_in_order(
    folder: Path, qs: QuestionSet, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from osallisuus_cli.errors import DataError

    bad = tmp_path / "bad"
    bad.mkdir()
    for index in range(6):
        (bad / f"f{index}.yaml").write_text("answers: [" if index % 2 else "format: 3\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        merge.collect_team([bad], qs, pooling=POOLED)
    assert [Path(p.file).name for p in caught.value.problems] == [f"f{i}.yaml" for i in range(6)]


def test_a_large_team_file_written_on_every_core_is_the_same_text(
    folder: Path, qs: QuestionSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    team = merge.collect_team([folder], qs).team
    # runs that do not divide the team evenly
    pieces = list(parallel.team_chunks(team, qs, parallel.Pooling(write_from=FILES // 2, run=7, processes=2)))
    written = [piece for piece in pieces if isinstance(piece, bytes)]
    assert len(written) == -(-FILES // 7)  # every run went the parallel way (the serial writer gives text)
    text = b"".join(piece if isinstance(piece, bytes) else piece.encode() for piece in pieces)
    assert text == dump_team(team, qs).encode()
    smaller = parallel.Pooling(write_from=FILES + 1, processes=2)
    assert all(isinstance(piece, str) for piece in parallel.team_chunks(team, qs, smaller))  # written here


def test_a_respondent_id_in_capitals_is_the_same_person_for_the_workers_too(
    qs: QuestionSet, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from osallisuus_cli.errors import DataError
    from tests.conftest import make_answers

    folder = tmp_path / "answers"
    folder.mkdir()
    # the first file is read here, the others (one person in capitals and not) by the workers
    for index, person in enumerate(["Eero-2", "AINO-1", "aino-1", "Oona-3"]):
        # one person, one name: the same id under two names would be two people sharing it (another finding)
        doc = make_answers(qs, {qs.questions[0].id: index % 5}, name=person.split("-")[0].title(), respondent_id=person)
        (folder / f"a{index}.yaml").write_text(doc.to_yaml(qs), encoding="utf-8")
    found = {}
    for pooling in (POOLED, SERIAL):
        with pytest.raises(DataError) as caught:
            merge.collect_team([folder], qs, pooling=pooling)
        found[pooling] = [problem.key for problem in caught.value.problems]
        kept = merge.collect_team([folder], qs, on_duplicate="keep-both", pooling=pooling)
        identities = [entry.identity for entry in kept.entries]
        assert identities == [("id", "eero-2"), ("id", "aino-1"), ("id", "aino-1"), ("id", "oona-3")]
    assert found[POOLED] == found[SERIAL] == ["team.err_duplicate"]


def test_validate_says_the_same_with_a_pool_of_workers_as_serially(
    qs: QuestionSet, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Messages, their order, the summary, --json and the exit code: every file read by workers as by one core.
    The folder holds good files, broken ones, a duplicate respondent, an incomplete file, a team file made from
    some of them and a project file; an empty folder is given too."""
    from typer.testing import CliRunner

    from osallisuus_cli.cli.app import app
    from osallisuus_cli.model.team import save_team

    folder = tmp_path / "answers"
    generate(folder, 30, seed=3, projects=3)
    (folder / "rikki.yaml").write_text("format: osallisuus/answers/v1\nanswers: [\n", encoding="utf-8")
    (folder / "tyhja.yml").write_text("", encoding="utf-8")
    off_scale = (folder / "vastaaja-00002.yaml").read_text(encoding="utf-8").replace("level: 1\n", "level: 9\n", 1)
    (folder / "asteikon-ulkopuolella.yaml").write_text(off_scale, encoding="utf-8")
    again = (folder / "vastaaja-00003.yaml").read_text(encoding="utf-8").replace("name: ", "name: Toinen ", 1)
    (folder / "vastaaja-00003 (1).yaml").write_text(again, encoding="utf-8")
    (folder / "osallisuus.yaml").write_text("format: osallisuus/project/v1\nname: Nuorten ääni\n", encoding="utf-8")
    sources = sorted(folder.glob("vastaaja-0001*.yaml"))
    save_team(folder / "tiimi.yaml", merge.collect_team(sources, qs).team, qs)
    empty = tmp_path / "tyhja"
    empty.mkdir()

    received = []
    real_receive = parallel.receive_entries

    def counting_receive(packed):
        received.append(len(packed))  # called only for what a worker read
        return real_receive(packed)

    monkeypatch.setattr(parallel, "receive_entries", counting_receive)
    runner = CliRunner()
    check_paths = filecheck.check_paths
    for options in ([], ["--require-complete", "--lang", "en"], ["--json", "--on-duplicate", "latest"]):
        argv = ["validate", str(folder), str(empty), *options]
        # the command reads through the core's check_paths: here it is given the pool to use
        monkeypatch.setattr(validating, "check_paths", functools.partial(check_paths, pooling=POOLED))
        received.clear()
        in_pool = runner.invoke(app, argv)
        assert len(received) == len(list(folder.iterdir())) - 1  # every file but the first was read by a worker
        monkeypatch.setattr(validating, "check_paths", functools.partial(check_paths, pooling=SERIAL))
        serial = runner.invoke(app, argv)
        assert (in_pool.exit_code, in_pool.stdout, in_pool.stderr) == (serial.exit_code, serial.stdout, serial.stderr)
        assert serial.exit_code == 1
        assert serial.stderr.count("\n") > 10
