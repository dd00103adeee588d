"""Two real `osallisuus assess` processes on one answers file (two terminals, or a shared drive): neither ever
overwrites the other. Each step waits for the prompt that shows the other process has saved."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from osallisuus_cli.i18n import t
from osallisuus_cli.model import answers as answers_mod
from tests.conftest import make_answers, write_answers
from tests.test_terminal import COMMAND, finish, said, spawn

pexpect = pytest.importorskip("pexpect")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(120),
    pytest.mark.skipif(not COMMAND.exists(), reason="the osallisuus command is not installed next to this Python"),
]


def choose_level(child, number: int, key: str) -> None:
    child.expect(said("assess.counter", number=number, total=24))
    child.expect(said("assess.ask_level"))
    child.send(f"{key}\r")


def skip_texts(child) -> None:
    child.expect(said("assess.ask_how"))
    child.send("\r")
    child.expect(said("assess.ask_next_step"))
    child.send("\r")


def levels(qs, path: Path) -> dict[str, object]:
    return {qid: a.level for qid, a in answers_mod.load_answers(path, qs).answers.items()}


def test_two_processes_answering_different_questions_keep_every_answer(qs, tmp_path):
    path = write_answers(tmp_path / "a.yaml", make_answers(qs, {"q01": 1}), qs)
    first = spawn(["assess", "-o", "a.yaml", "--section", "3"], tmp_path)
    second = spawn(["assess", "-o", "a.yaml", "--section", "R"], tmp_path)
    choose_level(first, 21, "2")
    first.expect(said("assess.ask_how"))  # shown once q21 is saved
    choose_level(second, 24, "4")
    skip_texts(second)
    second.expect(said("assess.menu_title_section", sections="R"))
    first.send("\r")
    first.expect(said("assess.ask_next_step"))
    first.send("\r")
    choose_level(first, 22, "3")
    skip_texts(first)
    choose_level(first, 23, "1")
    skip_texts(first)
    first.expect(said("assess.menu_title_section", sections="3"))
    first.send("\r")
    second.send("\r")
    assert finish(first) == 0
    assert finish(second) == 0
    assert levels(qs, path) == {"q01": 1, "q21": 2, "q22": 3, "q23": 1, "q24": 4}


def test_two_processes_changing_the_same_question_stop_the_second_with_both_versions(qs, tmp_path):
    path = write_answers(tmp_path / "a.yaml", make_answers(qs, {"q01": 1}), qs)
    first = spawn(["assess", "-o", "a.yaml", "--section", "R"], tmp_path)
    second = spawn(["assess", "-o", "a.yaml", "--section", "R"], tmp_path)
    choose_level(second, 24, "")  # the second waits at the menu of the same question
    choose_level(first, 24, "2")
    skip_texts(first)
    first.expect(said("assess.menu_title_section", sections="R"))
    saved = path.read_bytes()
    second.send("4\r")
    label = {level.value: f"{level.value} {qs.text(level.label, 'fi')}" for level in qs.scale.levels}
    what = t("answering.changed_question", "fi", number=24, theirs=label[2], ours=label[4])
    before_command = t("answering.err_changed_elsewhere_resume", "fi", what=what, command="\0").split("\0")[0]
    second.expect(re.escape(before_command) + r"([^\r\n]+)")
    command = second.match.group(1).strip()
    assert finish(second) == 1
    assert path.read_bytes() == saved, "nothing of the first process was overwritten"
    assert re.fullmatch(r"osallisuus assess -o a\.yaml --question 24 --section R", command)
    first.send("\r")
    assert finish(first) == 0
    assert levels(qs, path) == {"q01": 1, "q24": 2}
