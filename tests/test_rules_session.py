"""What a resumed assessment says it stands at (``assess.resuming``: "answered N of M"): with ``--section`` both
numbers are of the chosen sections' questions, so an answer given elsewhere in the file never makes N exceed M."""

from __future__ import annotations

from pathlib import Path

from osallisuus_cli.answering.session import Session, resolve_sections
from tests.conftest import make_answers


def test_answered_counts_only_the_questions_of_the_chosen_sections(qs, tmp_path: Path) -> None:
    chosen = resolve_sections(qs, ["1"])
    assert chosen is not None
    inside = [q.id for q in qs.questions if qs.section_of(q.id).id in chosen]
    outside = [q.id for q in qs.questions if qs.section_of(q.id).id not in chosen]
    doc = make_answers(qs, {inside[0]: 2, outside[0]: 3, outside[-1]: "na"})
    session = Session(qs, doc, tmp_path / "a.yaml", sections=chosen)
    assert (session.answered_count, len(session.questions)) == (1, len(inside))
    everything = Session(qs, doc, tmp_path / "a.yaml")
    assert (everything.answered_count, len(everything.questions)) == (3, len(qs.questions))
