"""The workshop file round trip: whatever a session can record is written and read back unchanged."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from osallisuus_cli.model.answers import FrameworkRef, Project
from osallisuus_cli.model.workshop import QuestionResult, Spread, WorkshopFile, dump_workshop, parse_workshop
from osallisuus_cli.questionsets.reading import load_question_set

QS = load_question_set()
IDS = [question.id for question in QS.questions]
LEVELS: list[int | str] = [level.value for level in QS.scale.levels] + ["na", "dont_know"]
TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=60) | st.sampled_from(
    ["", " ", "- lista", "a: b", "#", "'", '"', "=SUM(A1)", "<b>x</b>", "rivi\nrivi", "null", "1", "true"]
)
MOMENT = datetime(2026, 12, 8, 9, 30, tzinfo=UTC)


@st.composite
def results(draw: st.DrawFn) -> QuestionResult:
    counts = draw(st.dictionaries(st.sampled_from(LEVELS), st.integers(0, 9), min_size=1))
    rated = sum(counts.values())
    phones = draw(st.integers(0, rated))
    hidden = draw(st.booleans())
    low, high = sorted(draw(st.lists(st.integers(0, 4), min_size=2, max_size=2)))
    texts = {
        name: draw(st.none() | TEXT.filter(lambda text: text.strip() != "")) for name in ("how", "next_step", "differ")
    }
    return QuestionResult(
        phones=phones,
        room=rated - phones,
        counts=None if hidden else counts,
        spread=Spread(low=low, high=high) if hidden else None,
        revealed=MOMENT,
        **texts,
    )


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(IDS), min_size=1, max_size=6, unique=True), st.data())
def test_a_workshop_file_reads_back_as_it_was_written(plan: list[str], data: st.DataObject) -> None:
    answered = data.draw(st.lists(st.sampled_from(plan), unique=True))
    found = {qid: data.draw(results()) for qid in answered}
    doc = WorkshopFile(
        format="osallisuus/workshop/v1",
        framework=FrameworkRef(id=QS.id, version=QS.version),
        project=Project(name=data.draw(TEXT.filter(lambda text: text.strip() != "")), phase="toteutus"),
        language="fi",
        created=MOMENT,
        updated=MOMENT,
        min_group=3,
        participants=max([0, *(result.rated for result in found.values())]),
        plan=plan,
        results=found,
    )
    again = parse_workshop(dump_workshop(doc), QS, file="paja.yaml")
    assert again == doc
    assert dump_workshop(again) == dump_workshop(doc)  # the same bytes every time
