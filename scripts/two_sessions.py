"""Two `osallisuus assess` sessions on one answers file, step by step in a random order, many times: nothing saved
is ever overwritten silently.

Usage: python scripts/two_sessions.py [ROUNDS] [SEED]   (default 100 rounds, seed 1)

Each round starts from a file with the opening answered, and runs two sessions in plain mode (pseudo-terminals,
as two people or two windows would) on it, each on a section of its own or, one round in three, on the same one.
The script advances one session at a time by one prompt, choosing which at random, so their saves interleave in
every order. An answer counts as acknowledged once its session shows the next prompt (the tool saves before it asks
on), and acknowledgements are totally ordered, since one session moves at a time. A session that finds the question
it is answering changed by the other since it last read the file stops with a message and exit status 1, without
saving. After each round the script checks that
  * the file is a complete, valid answers file,
  * every question holds the last level acknowledged for it by either session (an acknowledged answer is lost only
    to a later acknowledged answer to the same question, never to a stale copy of the file),
  * no question holds an answer nobody gave,
  * a session that stopped said why (the catalogue's message) and exited with 1; the others exited with 0.
Prints the counts; exit status 1 when anything was lost or overwritten.
"""

from __future__ import annotations

import random
import re
import sys
import tempfile
from pathlib import Path

import pexpect
from kill_assess import COMMAND, LEVELS, PROMPTS, VALUES, environment

from osallisuus_cli.i18n import t
from osallisuus_cli.model import answers as answers_mod
from osallisuus_cli.model.answers import load_answers
from osallisuus_cli.questionsets.framework import QuestionSet
from osallisuus_cli.questionsets.reading import load_question_set

STOPPED = re.escape(t("answering.err_changed_elsewhere_resume", "fi", what="\0", command="\0").split("\0")[0])
SECTIONS = ["1", "2A", "2B", "3", "R"]


class Session:
    """One assess process, driven one prompt at a time."""

    def __init__(self, folder: Path, path: Path, section: str) -> None:
        self.child = pexpect.spawn(
            COMMAND,
            ["assess", "-o", str(path), "--plain", "--section", section],
            cwd=str(folder),
            env=environment(),
            encoding="utf-8",
            timeout=60,
            dimensions=(40, 120),
        )
        self.qid = ""
        self.given: object | None = None  # a level sent, not yet acknowledged
        self.done = False
        self.stopped = False

    def step(self, rng: random.Random, acknowledged: list[tuple[str, object]]) -> None:
        """Wait for the next prompt and answer it; an answer in flight is acknowledged by the prompt after it."""
        index = self.child.expect([*PROMPTS, STOPPED, pexpect.EOF])
        if index == len(PROMPTS):
            self.stopped = True
            self.given = None
            self.child.expect(pexpect.EOF)
            self.done = True
            return
        if index == len(PROMPTS) + 1:
            self.done = True
            return
        if self.given is not None:
            acknowledged.append((self.qid, self.given))
            self.given = None
        if index == 3:
            self.qid = f"q{int(self.child.match.group(1)):02d}"
        elif index == 4:
            key = rng.choice(LEVELS)
            self.child.sendline(key)
            self.given = VALUES.get(key, int(key) if key.isdigit() else key)
        elif index == 7:  # the section is answered: finish
            self.child.sendline("")
        else:
            self.child.sendline("")

    def close(self) -> int:
        self.child.close()
        status = self.child.exitstatus
        return int(status if status is not None else 128 + (self.child.signalstatus or 0))


def opening(qs: QuestionSet, path: Path) -> None:
    project = answers_mod.Project(name="Kaksi ikkunaa", phase="toteutus")
    doc = answers_mod.new_answers(qs, project=project, language="fi", name="Aino")
    answers_mod.save_answers(path, doc, qs)


def main() -> int:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)  # noqa: S311 - a repeatable schedule
    qs = load_question_set()
    folder = Path(tempfile.mkdtemp(prefix="two-sessions-"))
    counts = {
        "rounds": 0,
        "same_section_rounds": 0,
        "answers_acknowledged": 0,
        "sessions_stopped_on_a_changed_question": 0,
        "lost": 0,
        "unexpected": 0,
        "corrupt": 0,
        "bad_exit": 0,
    }
    for number in range(rounds):
        path = folder / f"round-{number}.yaml"
        opening(qs, path)
        first = rng.choice(SECTIONS)
        second = first if rng.random() < 1 / 3 else rng.choice([s for s in SECTIONS if s != first])
        counts["same_section_rounds"] += first == second
        sessions = [Session(folder, path, first), Session(folder, path, second)]
        acknowledged: list[tuple[str, object]] = []
        while not all(session.done for session in sessions):
            rng.choice([session for session in sessions if not session.done]).step(rng, acknowledged)
        for session in sessions:
            status = session.close()
            counts["sessions_stopped_on_a_changed_question"] += session.stopped
            if status != (1 if session.stopped else 0):
                counts["bad_exit"] += 1
                print(f"round {number}: a session ended with {status} (stopped: {session.stopped})")
        counts["rounds"] += 1
        counts["answers_acknowledged"] += len(acknowledged)
        try:
            doc = load_answers(path, qs)
        except Exception as exc:  # any failure to read back is what this script looks for
            counts["corrupt"] += 1
            print(f"round {number}: CORRUPT {exc}")
            continue
        last = dict(acknowledged)  # later acknowledgements replace earlier ones
        for qid, level in last.items():
            answer = doc.answers.get(qid)
            if answer is None or answer.level != level:
                counts["lost"] += 1
                print(f"round {number}: LOST {qid}={level!r}, the file has {answer.level if answer else None!r}")
        for qid in doc.answers:
            if qid not in last:
                counts["unexpected"] += 1
                print(f"round {number}: UNEXPECTED {qid}")
    for key, value in counts.items():
        print(f"{key}: {value}")
    return 1 if counts["lost"] or counts["unexpected"] or counts["corrupt"] or counts["bad_exit"] else 0


if __name__ == "__main__":
    sys.exit(main())
