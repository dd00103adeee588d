"""Two real `osallisuus assess` processes on one answers file (two terminals, or a shared drive): neither ever
overwrites the other. Each step waits for the prompt that shows the other process has saved."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from osallisuus_cli.model import answers as answers_mod
from tests.conftest import make_answers, write_answers
from tests.test_terminal import COMMAND, finish, spawn

pexpect = pytest.importorskip("pexpect")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(120),
    pytest.mark.skipif(not COMMAND.exists(), reason="the osallisuus command is not installed next to this Python"),
]


def choose_level(child, number: int, key: str) -> None:
    child.expect(f"Kysymys {number}/24")
    child.expect("Miten pitkällä")
    child.send(f"{key}\r")


def skip_texts(child) -> None:
    child.expect("Miten käytännössä")
    child.send("\r")
    child.expect("Seuraava askel")
    child.send("\r")


def levels(qs, path: Path) -> dict[str, object]:
    return {qid: a.level for qid, a in answers_mod.load_answers(path, qs).answers.items()}


def test_two_processes_answering_different_questions_keep_every_answer(qs, tmp_path):
    path = write_answers(tmp_path / "a.yaml", make_answers(qs, {"q01": 1}), qs)
    first = spawn(["assess", "-o", "a.yaml", "--section", "3"], tmp_path)
    second = spawn(["assess", "-o", "a.yaml", "--section", "R"], tmp_path)
    choose_level(first, 21, "2")
    first.expect("Miten käytännössä")  # shown once q21 is saved
    choose_level(second, 24, "4")
    skip_texts(second)
    second.expect("Mitä seuraavaksi")
    first.send("\r")
    first.expect("Seuraava askel")
    first.send("\r")
    choose_level(first, 22, "3")
    skip_texts(first)
    choose_level(first, 23, "1")
    skip_texts(first)
    first.expect("Mitä seuraavaksi")
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
    first.expect("Mitä seuraavaksi")
    saved = path.read_bytes()
    second.send("4\r")
    second.expect(
        r"(?s)«2 Kokeiltu tai osittain käytössä».*«4 Vakiintunut osaksi rakenteita».*atka komennolla: ([^\r\n]+)"
    )
    command = second.match.group(1).strip()
    assert finish(second) == 1
    assert path.read_bytes() == saved, "nothing of the first process was overwritten"
    assert re.fullmatch(r"osallisuus assess -o a\.yaml --question 24 --section R", command)
    first.send("\r")
    assert finish(first) == 0
    assert levels(qs, path) == {"q01": 1, "q24": 2}
