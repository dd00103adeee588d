"""Why question sets are checked by hand (``files/strictread.py``, ``questionsets/reading.py``) and not with pydantic.

Usage: python benchmarks/questionset.py [--runs N]

Every command loads a question set, so its check is paid on every start. pydantic itself costs nothing extra: Typer
imports it for every command anyway (it coerces parameters through it). What costs is *building* validators: an
equivalent strict pydantic model of the set, defined and used once in a fresh process, as a command would. Both
sides start after the imports and the YAML parse of the built-in set; each run is a fresh interpreter.
Prints the medians and their ratio. Target: the hand-written reader stays at least 20 times cheaper, else the
decision should be revisited (exit status 1).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

SET = Path(__file__).resolve().parent.parent / "questions" / "thl-osallisuus-24.yaml"
TARGET = 20.0

PREAMBLE = f"""
import time
import pydantic, yaml
from osallisuus_cli.files import yamlio
from osallisuus_cli.questionsets import reading as questionset
text = open({str(SET)!r}, encoding="utf-8").read()
data = yamlio.parse(text, file="set.yaml", what="questions.what")
"""

HAND = """
start = time.perf_counter()
questionset.read_question_set(data, file="set.yaml", text=text)
print(time.perf_counter() - start)
"""

# The same rules as the hand-written reader: unknown keys are errors, no coercion between types, texts are maps.
PYDANTIC = """
start = time.perf_counter()
from typing import Literal
from pydantic import BaseModel, ConfigDict, Field


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


Text = dict[str, str]


class Languages(Strict):
    default: str
    available: list[str]
    authoritative: str
    unofficial: list[str] = []


class Source(Strict):
    publisher: Text
    title: Text
    url: str = Field(pattern=r"^https?://")
    note: Text
    references: list[str] = []
    translation_note: Text | None = None


class Level(Strict):
    value: int
    label: Text
    description: Text | None = None


class Special(Strict):
    value: Literal["na", "dont_know"]
    label: Text


class Scale(Strict):
    levels: list[Level] = Field(min_length=2)
    special: list[Special] = []


class Question(Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    number: int
    text: Text
    examples: Text | None = None


class Section(Strict):
    id: str
    title: Text | None = None
    description: Text | None = None
    questions: list[Question] = Field(min_length=1)


class Domain(Strict):
    id: str
    title: Text
    short_title: Text | None = None
    description: Text | None = None
    kind: Literal["domain", "structures"] = "domain"
    sections: list[Section] = Field(min_length=1)


class QuestionSet(Strict):
    format: Literal["osallisuus/question-set/v1"]
    id: str
    version: str
    languages: Languages
    title: Text
    description: Text | None = None
    source: Source
    scale: Scale
    domains: list[Domain] = Field(min_length=1)


QuestionSet.model_validate(data)
print(time.perf_counter() - start)
"""


def seconds(body: str, runs: int) -> float:
    samples = []
    for _ in range(runs):
        result = subprocess.run(
            [sys.executable, "-c", PREAMBLE + body], capture_output=True, text=True, check=True, timeout=120
        )
        samples.append(float(result.stdout.strip().splitlines()[-1]))
    return statistics.median(samples)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    hand = seconds(HAND, runs)
    built = seconds(PYDANTIC, runs)
    ratio = built / hand
    print(json.dumps({"hand_written_ms": round(hand * 1000, 2), "pydantic_ms": round(built * 1000, 1)}))
    print(f"hand-written reader {hand * 1000:.1f} ms · pydantic models {built * 1000:.0f} ms · ratio {ratio:.0f}x")
    if ratio < TARGET:
        print(f"the hand-written reader is less than {TARGET:.0f} times cheaper: revisit the decision")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
