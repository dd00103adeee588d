"""Kill ``osallisuus assess`` at random moments, many times, and check that nothing saved is ever lost or corrupted.

Usage: python scripts/kill_assess.py [KILLS] [SEED]   (default 200 kills, seed 1)

Each round continues one answers file in plain mode (a pseudo-terminal, as a person would), answers questions with
random levels and texts, and is killed with SIGKILL at a random moment: while typing, right after a key, during a
save. An answer counts as acknowledged once the next prompt appears (the tool saves before it asks on). After
every kill the script checks that
  * the file is a complete, valid answers file (never half written),
  * every acknowledged answer is in it exactly as given, and nothing that was never given,
  * what a killed save left (its staging folder, with a copy of the answers) is removed by the next run at once.
A complete file is moved aside and a new one begun, so the opening questions are killed too. Prints the counts.
"""

from __future__ import annotations

import os
import random
import re
import signal
import sys
import tempfile
import time
from pathlib import Path

import pexpect

from osallisuus_cli.files import staging
from osallisuus_cli.model.answers import load_answers
from osallisuus_cli.questionsets.reading import load_question_set

COMMAND = str(Path(sys.executable).parent / "osallisuus")
LEVELS = ["0", "1", "2", "3", "4", "-", "?"]
VALUES = {"-": "na", "?": "dont_know"}


def environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OSALLISUUS_")}
    env.update({"PROMPT_TOOLKIT_NO_CPR": "1", "NO_COLOR": "1", "TERM": "xterm", "LANG": "C.UTF-8"})
    return env


def _prompts() -> list[str]:
    """The prompts to wait for, built from the catalogue (so a copy edit does not break the script)."""
    from osallisuus_cli.i18n import t

    def start(key: str) -> str:
        return re.escape(t(key, "fi"))

    return [
        start("assess.ask_project") + r"[^\n]*: ",
        r"Valintasi \(1–3\): ",  # the phase
        f"({start('assess.ask_name')}|{start('assess.ask_role')})" + r"[^\n]*: ",
        r"Kysymys (\d+)/24",
        r"Valintasi \(0–4, -, \?\): ",  # a level
        f"({start('assess.ask_how')}|{start('answering.ask_reason_na')}|{start('answering.ask_reason_dont_know')})"
        + r"[^\n]*: ",
        start("assess.ask_next_step") + r"[^\n]*: ",
        r"Mitä seuraavaksi",
    ]


PROMPTS = _prompts()


def one_round(
    folder: Path, path: Path, rng: random.Random, expected: dict[str, tuple[object, str | None]]
) -> tuple[str, str, tuple[object, str | None] | None]:
    """Run until killed; ``expected`` gains every acknowledged answer.

    Returns where the kill fell, and the question and answer sent but not yet acknowledged (it may or may not
    have been saved when the kill came: both are right).
    """
    child = pexpect.spawn(
        COMMAND,
        ["assess", "-o", str(path), "--plain"],
        cwd=str(folder),
        env=environment(),
        encoding="utf-8",
        timeout=30,
        dimensions=(40, 120),
    )
    budget = rng.randint(1, 16)  # prompts answered before the kill
    where, qid = "start", ""
    given: tuple[object, str | None] | None = None  # sent, not yet acknowledged by the next prompt
    try:
        for _ in range(budget):
            index = child.expect(PROMPTS)
            if given is not None:
                expected[qid] = given  # the tool asks on (even the next question's heading) only after saving
                given = None
            if index == 0:
                child.sendline("Kuolematon hanke")
            elif index == 1:
                child.sendline("2")
            elif index == 2:
                child.sendline("")
            elif index == 3:
                qid = f"q{int(child.match.group(1)):02d}"
            elif index == 4:
                key = rng.choice(LEVELS)
                child.sendline(key)
                given, where = (VALUES.get(key, int(key) if key.isdigit() else key), None), f"{qid} level"
            elif index == 5:
                text = f"teksti {rng.randint(0, 10**6)}"
                if rng.random() < 0.3:  # killed while a text is being typed
                    child.send(text[: rng.randint(1, len(text))])
                    where = f"{qid} typing"
                    break
                child.sendline(text)
                given, where = (expected[qid][0], text), f"{qid} text"
            elif index == 6:
                child.sendline("")
            else:
                where = "complete"
                break
        time.sleep(rng.random() * 0.02)  # a random moment: maybe during the save of what was just sent
    except (pexpect.EOF, pexpect.TIMEOUT) as exc:
        where += f" ({type(exc).__name__})"
    child.kill(signal.SIGKILL)
    child.close(force=True)
    return where, qid, given


def leftovers(folder: Path) -> list[Path]:
    """What a write left in ``folder``: staging folders and the temporary files of earlier versions."""
    return [p for p in folder.iterdir() if staging.STAGING.match(p.name) or staging.TEMPORARY.match(p.name)]


def main() -> int:
    kills = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)  # noqa: S311 - a repeatable schedule
    qs = load_question_set()
    folder = Path(tempfile.mkdtemp(prefix="kill-assess-"))
    path = folder / "a.yaml"
    expected: dict[str, tuple[object, str | None]] = {}
    counts = {
        "kills": 0,
        "files_checked": 0,
        "answers_checked": 0,
        "lost": 0,
        "corrupt": 0,
        "unexpected": 0,
        "temp_files_after_kill": 0,
        "temp_files_left_after_next_run": 0,
        "files_completed": 0,
    }
    for _ in range(kills):
        where, qid_in_flight, in_flight = one_round(folder, path, rng, expected)
        counts["kills"] += 1
        counts["temp_files_after_kill"] += len(leftovers(folder))
        if not path.exists():
            if expected:
                counts["lost"] += len(expected)
                print(f"LOST the whole file after a kill at {where}")
            continue
        try:
            doc = load_answers(path, qs)
        except Exception as exc:
            counts["corrupt"] += 1
            print(f"CORRUPT after a kill at {where}: {exc}")
            path.rename(folder / f"corrupt-{counts['kills']}.yaml")
            expected.clear()
            continue
        counts["files_checked"] += 1
        if in_flight is not None:
            answer = doc.answers.get(qid_in_flight)
            level, text = in_flight
            if answer is not None and answer.level == level:
                # the save of what was in flight happened before the kill: it counts from now on
                saved_text = text if text is not None and text in (answer.how, answer.reason) else None
                expected[qid_in_flight] = (level, saved_text or expected.get(qid_in_flight, (level, None))[1])
        for qid, (level, text) in expected.items():
            counts["answers_checked"] += 1
            answer = doc.answers.get(qid)
            kept = answer is not None and answer.level == level
            if kept and text is not None:
                kept = text in (answer.how, answer.reason)
            if not kept:
                counts["lost"] += 1
                print(f"LOST {qid} ({level}, {text!r}) after a kill at {where}: {answer}")
        for qid in doc.answers:
            if qid not in expected:
                counts["unexpected"] += 1
                print(f"UNEXPECTED {qid} after a kill at {where}")
        if len(doc.answers) == len(qs.questions):
            counts["files_completed"] += 1
            path.rename(folder / f"complete-{counts['kills']}.yaml")
            expected.clear()
    # one more run in the folder: it must remove every stale temporary file
    one_round(folder, path, rng, {})
    counts["temp_files_left_after_next_run"] = len(leftovers(folder))
    for key, value in counts.items():
        print(f"{key}: {value}")
    return 1 if counts["lost"] or counts["corrupt"] or counts["unexpected"] else 0


if __name__ == "__main__":
    sys.exit(main())
