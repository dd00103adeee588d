"""Rules of one person's assessment session (docs/assess.md): a resumed session with ``--section`` says "answered N
of M" of the chosen sections' questions only; ``--question`` takes a number or an id; a review into a later phase
offers the earlier phase's answers until this phase has its own; and a review in the file's own phase continues in
that file, naming no other phase."""

from __future__ import annotations

from pathlib import Path

import pytest

from osallisuus_cli.answering import ondisk
from osallisuus_cli.answering.session import Session, resolve_question, resolve_sections
from osallisuus_cli.errors import UsageError
from tests.conftest import make_answers, write_answers


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


def test_a_question_is_named_by_its_number_or_its_id_in_any_case(qs) -> None:
    eighth = qs.questions[7]
    assert resolve_question(qs, str(eighth.number), None) == eighth.id
    assert resolve_question(qs, f" {eighth.id.upper()} ", None) == eighth.id
    assert resolve_question(qs, None, None) is None
    with pytest.raises(UsageError) as caught:
        resolve_question(qs, str(len(qs.questions) + 1), None)
    assert caught.value.key == "answering.err_unknown_question"
    outside = next(s.id for s in qs.sections if s.id != qs.section_of(eighth.id).id)
    with pytest.raises(UsageError) as caught:
        resolve_question(qs, str(eighth.number), [outside])
    assert caught.value.key == "answering.err_question_not_in_sections"


def review_into_a_later_phase(qs, tmp_path: Path) -> Session:
    """A respondent's implementation-phase file (q01 at 1, q02 at 2), reviewed into the evaluation phase."""
    path = write_answers(tmp_path / "aino.yaml", make_answers(qs, {"q01": 1, "q02": 2}), qs)
    doc, seen = ondisk.load(path, qs)
    session = Session(qs, doc, path, seen=seen, resumed=True)
    assert session.change_phase("arviointi", with_defaults=True)
    return session


def test_a_later_phases_review_offers_the_earlier_answer_until_this_phase_has_its_own(qs, tmp_path: Path) -> None:
    session = review_into_a_later_phase(qs, tmp_path)
    assert session.doc.project.phase == "arviointi"
    assert session.answer("q01") is None
    offered = session.default_answer("q01")
    assert offered is not None
    assert offered.level == 1
    session.set_level("q01", 3)
    own = session.default_answer("q01")
    assert own is not None
    assert own.level == 3
    earlier = session.default_answer("q02")
    assert earlier is not None
    assert earlier.level == 2


def test_a_review_in_the_files_own_phase_continues_in_that_file_naming_no_other_phase(qs, tmp_path: Path) -> None:
    path = write_answers(tmp_path / "aino.yaml", make_answers(qs, {"q01": 1}), qs)
    doc, seen = ondisk.load(path, qs)
    session = Session(qs, doc, path, seen=seen, resumed=True)
    assert not session.change_phase(doc.project.phase, with_defaults=True)  # her own file: nothing new is made
    session.reviewing, session.at = True, "q01"
    point = session.continues_at()
    assert (point.path, point.review, point.question, point.phase) == (path, True, 1, None)
