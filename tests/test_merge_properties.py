"""Properties of merging, checked on generated teams (hypothesis).

A merge depends only on what the files say: not on the order they are given in, not on the clock, and not on how
the work was split — ``merge(merge(a, b), c)``, ``merge(a, merge(b, c))`` and ``merge(a, b, c)`` give the same bytes,
and merging a result again changes nothing. The team file writer reads back exactly what it wrote.
"""

from __future__ import annotations

import random
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from osallisuus_cli.errors import DataError
from osallisuus_cli.files import yamlemit, yamlio
from osallisuus_cli.model import answers, team
from osallisuus_cli.questionsets.framework import QuestionSet
from osallisuus_cli.questionsets.reading import load_question_set
from osallisuus_cli.teamwork.merge import collect_team, dump_team, save_team
from tests.conftest import HELSINKI

QS = load_question_set()
START = datetime(2026, 1, 5, 9, 0, tzinfo=HELSINKI)
PEOPLE = ["aaaa-1", "bbbb-2", "cccc-3", "dddd-4"]  # few ids, so the same person often answers twice
# Free text from the characters that matter to YAML and to spreadsheets, and a few words.
TEXT = st.lists(st.sampled_from([*"aäöå ÅÖ\n-:#'\"|=+@,;\t", "kahvila", "Nuoret päättävät"]), max_size=12).map("".join)

answer = st.fixed_dictionaries(
    {"level": st.sampled_from([0, 1, 2, 3, 4, "na", "dont_know"])},
    optional={"how": TEXT, "next_step": TEXT},
)
response = st.fixed_dictionaries(
    {
        "id": st.sampled_from(PEOPLE),
        "name": st.sampled_from([None, "Aino", "Örjan Åberg"]),
        "project": st.sampled_from(["Nuorten ääni", "Kylätalo"]),
        "phase": st.sampled_from(answers.PHASES),
        "created": st.integers(0, 3),  # days after START: ties are common on purpose
        "updated": st.integers(0, 3),
        "offset": st.sampled_from([2, 3]),  # +02:00 and +03:00: the same instant can be written two ways
        "answers": st.dictionaries(st.sampled_from([q.id for q in QS.questions[:6]]), answer, max_size=4),
    }
)


def write_response(folder: Path, index: int, spec: dict) -> Path:
    zone = HELSINKI if spec["offset"] == 2 else timezone(timedelta(hours=3))
    created = START + timedelta(days=spec["created"])
    updated = created + timedelta(days=spec["updated"])
    doc = answers.new_answers(
        QS,
        project=answers.Project(name=spec["project"], phase=spec["phase"]),
        language="fi",
        name=spec["name"],
        moment=created.astimezone(zone),
        respondent_id=spec["id"],
    )
    doc.updated = updated
    for qid, item in spec["answers"].items():
        doc.answers[qid] = answers.Answer(**item, updated=updated)
    path = folder / f"vastaus-{index}.yaml"
    path.write_text(doc.to_yaml(QS), encoding="utf-8")
    return path


def merged(paths: list[Path], policy: str = "keep-both", anonymize: bool = False) -> str:
    return dump_team(collect_team(paths, QS, on_duplicate=policy, anonymize=anonymize).team, QS)


def merged_to(path: Path, paths: list[Path], policy: str, anonymize: bool = False) -> Path:
    result = collect_team(paths, QS, on_duplicate=policy, anonymize=anonymize)
    save_team(path, result.team, QS)
    return path


def outcome(paths: list[Path], policy: str, anonymize: bool = False) -> str:
    """The merged text, or the kinds of problem that stopped it (so that refusing is compared too)."""
    try:
        return merged(paths, policy, anonymize)
    except DataError as exc:
        return refused(exc)


def refused(exc: DataError) -> str:
    return "refused: " + " ".join(sorted({p.key for p in exc.problems}))


PROPERTIES = settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])


@PROPERTIES
@given(specs=st.lists(response, min_size=1, max_size=7), seed=st.integers(0, 10**6))
def test_the_order_of_inputs_does_not_matter(specs: list[dict], seed: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        paths = [write_response(Path(tmp), i, spec) for i, spec in enumerate(specs)]
        copy = Path(tmp) / "kopio" / "sähköpostista.yaml"  # the same file again, under another name
        copy.parent.mkdir()
        copy.write_bytes(random.Random(seed).choice(paths).read_bytes())
        paths.append(copy)
        shuffled = paths[:]
        random.Random(seed).shuffle(shuffled)
        for policy in ("error", "latest", "keep-both"):
            assert outcome(paths, policy) == outcome(shuffled, policy)
        assert outcome(paths, "latest", True) == outcome(shuffled, "latest", True)


@PROPERTIES
@given(specs=st.lists(response, min_size=1, max_size=6), policy=st.sampled_from(["latest", "keep-both"]))
def test_merging_is_idempotent(specs: list[dict], policy: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = [write_response(folder, i, spec) for i, spec in enumerate(specs)]
        first = outcome(paths, policy)
        if first.startswith("refused: "):  # e.g. two people under one id: refused again the same way, never merged
            assert outcome([*paths, *paths], policy) == first
            return
        once = merged_to(folder / "once.yaml", paths, policy)
        assert merged([once], policy) == once.read_text(encoding="utf-8")
        assert merged([once, *paths], policy) == once.read_text(encoding="utf-8")
        assert merged([*paths, *paths], policy) == once.read_text(encoding="utf-8")


@PROPERTIES
@given(
    groups=st.lists(st.lists(response, max_size=3), min_size=3, max_size=3),
    policy=st.sampled_from(["error", "latest", "keep-both"]),
    anonymize=st.booleans(),
)
def test_merging_is_associative(groups: list[list[dict]], policy: str, anonymize: bool) -> None:
    if anonymize and policy == "error":
        policy = "latest"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        a, b, c = (
            [write_response(folder, 10 * g + i, spec) for i, spec in enumerate(group)] for g, group in enumerate(groups)
        )
        if not (a or b or c):
            return
        everything = outcome([*a, *b, *c], policy, anonymize)
        left_parts = [*a, *b]
        right_parts = [*b, *c]
        try:
            # Anonymizing is the last step: the named files are merged first, then the result is anonymized.
            left = [merged_to(folder / "ab.yaml", left_parts, policy), *c] if left_parts else c
            right = [*a, merged_to(folder / "bc.yaml", right_parts, policy)] if right_parts else a
        except DataError as exc:
            assert everything == refused(exc)
            return
        assert outcome(left, policy, anonymize) == everything
        assert outcome(right, policy, anonymize) == everything


def _spec(person: str, phase: str, answers_of: dict[str, dict]) -> dict:
    where = {"project": "Nuorten ääni", "phase": phase, "created": 0, "updated": 0, "offset": 2}
    return {"id": person, "name": None, **where, "answers": answers_of}


# Two people who anonymize alike (the same answers in the same month), one of whom also answered another phase:
# each named file must be linked to its own person's pseudonym, or the two people are joined into one.
TEXTS = {"q02": {"level": 0, "how": "", "next_step": "aaaääaäaa"}, "q03": {"level": 0}, "q05": {"level": 1}}
ALIKE = [
    *[_spec("aaaa-1", "suunnittelu", {})] * 3,
    _spec("aaaa-1", "suunnittelu", {"q01": {"level": 0}}),
    _spec("aaaa-1", "toteutus", {"q01": {"level": 1, "how": "", "next_step": "ä"}, **TEXTS}),
    _spec("bbbb-2", "toteutus", {"q01": {"level": 1, "next_step": "ä"}, **TEXTS}),
]


@PROPERTIES
@given(specs=st.lists(response, min_size=1, max_size=6))
@example(specs=ALIKE)
@example(specs=[ALIKE[5], ALIKE[4], ALIKE[3], ALIKE[0]])
def test_anonymizing_twice_changes_nothing(specs: list[dict]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = [write_response(folder, i, spec) for i, spec in enumerate(specs)]
        anonymous = merged_to(folder / "anon.yaml", paths, "keep-both", anonymize=True)
        text = anonymous.read_text(encoding="utf-8")
        assert merged([anonymous], "keep-both", anonymize=True) == text
        assert merged([anonymous, *paths], "keep-both") == text, "named copies of the same files add nothing"
        assert "Aino" not in text
        assert "Örjan" not in text
        assert "vastaus-" not in text


# --- the team file writer ----------------------------------------------------------------------------------------

SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.text(), TEXT)
DATA = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=15,
)


@settings(max_examples=400)
@given(DATA)
def test_the_writer_reads_back_exactly_what_it_wrote(data: object) -> None:
    text = yamlemit.emit(data)
    if data is None or data == "":
        return  # an empty document has no value at all; the writer is never asked for one
    assert yamlio.parse(text, file="x.yaml", what="x") == data
    assert not any(line.endswith(" ") for line in text.splitlines()), "no trailing spaces"


@settings(max_examples=200)
@given(st.text(), st.integers(0, 12))
def test_free_text_survives_as_a_block_or_quoted(value: str, indent: int) -> None:
    document = yamlemit.emit({"how": value})
    assert yamlio.parse(document, file="x.yaml", what="x") == {"how": value}


@pytest.mark.parametrize("anonymized", [False, True])
def test_the_fast_team_writer_matches_the_generic_one(anonymized: bool, tmp_path: Path, qs: QuestionSet) -> None:
    specs = [
        {"id": f"r{i}", "name": "Aino" if i % 2 else None, "project": "Kylätalo", "phase": "toteutus", "created": i,
         "updated": 1, "offset": 2 + i % 2,
         "answers": {"q01": {"level": i % 5, "how": "rivi\n\n  sisennetty\nloppu  "}, "q03": {"level": "na"},
                     "q02": {"level": 1, "next_step": '"=SUMMA(A1)" #ei kommentti'}}}
        for i in range(4)
    ]  # fmt: skip
    paths = [write_response(tmp_path, i, spec) for i, spec in enumerate(specs)]
    result = collect_team(paths, qs, anonymize=anonymized).team
    order = {q.id: i for i, q in enumerate(qs.questions)}
    header = {"format": result.format, "framework": {"id": qs.id, "version": qs.version}, "anonymized": anonymized}
    generic = yamlemit.emit({**header, "responses": [team.response_data(r, order) for r in result.responses]})
    assert dump_team(result, qs) == generic
