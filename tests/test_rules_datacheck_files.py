"""What the data check says about files rather than people (docs/team-format.md, "Data check"): one answers file byte
for byte in many places is named with at most three of the other places and a count of the rest, and inputs that
hold a workshop but no answers are no "no respondents" case: the workshop is what the report rests on."""

from __future__ import annotations

import shutil
from pathlib import Path

from osallisuus_cli.groupwork.session import Session, plan_questions
from osallisuus_cli.model import answers
from osallisuus_cli.model.answers import Project
from osallisuus_cli.model.team import Provenance, TeamWorkshop
from osallisuus_cli.model.workshop import load_workshop
from osallisuus_cli.teamwork.datacheck import check_inputs
from osallisuus_cli.teamwork.filecheck import check_paths
from tests.conftest import make_answers


def entries_of(paths: list[Path], qs) -> list:
    return [entry for report in check_paths(paths, qs) for entry in report.entries]


def test_a_file_in_five_places_names_three_of_the_others_and_counts_the_rest(tmp_path: Path, qs) -> None:
    answers.save_answers(tmp_path / "aino.yaml", make_answers(qs, {q.id: 2 for q in qs.questions}), qs)
    places = [tmp_path / f"kopio-{number}.yaml" for number in range(1, 5)]
    for place in places:
        shutil.copyfile(tmp_path / "aino.yaml", place)
    (same,) = [f for f in check_inputs(entries_of([tmp_path], qs), qs) if f.code == "same_file"]
    first, *others = sorted(str(path) for path in [tmp_path / "aino.yaml", *places])
    assert same.where == first
    assert same.params == {"count": 4, "others": ", ".join(others[:3]) + " (+1)"}


def test_a_workshop_without_answers_files_is_no_case_of_no_respondents(tmp_path: Path, qs) -> None:
    path = tmp_path / "paja.yaml"
    session = Session.start(
        path,
        qs,
        project=Project(name="P", phase="toteutus"),
        language="fi",
        plan=plan_questions(qs, ["1"]),
        min_group=1,
    )
    session.reveal(room={2: 3})
    session.close()
    workshop = TeamWorkshop(load_workshop(path, qs), Provenance("paja.yaml", "d" * 64))
    answers.save_answers(tmp_path / "tyhja.yaml", make_answers(qs, {}, respondent_id="tyhja"), qs)
    entries = entries_of([tmp_path / "tyhja.yaml"], qs)
    beside_a_workshop = check_inputs(entries, qs, workshops=[workshop])
    assert "datacheck.no_respondents" not in [f.key for f in beside_a_workshop]
    assert "empty" in [f.code for f in beside_a_workshop]  # the empty file is still named
    assert "datacheck.no_respondents" in [f.key for f in check_inputs(entries, qs)]
