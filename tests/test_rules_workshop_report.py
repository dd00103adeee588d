"""How a report shows a workshop, rule by rule (docs/workshop.md, "What the report shows"): a distribution once as
many rated as the small-group limit, each level's share of everyone who rated (phones and room), views two levels
apart called a disagreement, levels in the scale's order with the special answers after, the questions in the
session's order, the day it was held, and the Innokylä appendix's practices in the order of the questions."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from osallisuus_cli.groupwork.session import Session, plan_questions
from osallisuus_cli.model.answers import Project
from osallisuus_cli.model.team import Provenance, TeamWorkshop
from osallisuus_cli.model.workshop import WorkshopFile, load_workshop
from osallisuus_cli.questionsets.framework import QuestionSet
from osallisuus_cli.reports.workshops import WorkshopResult, agreed_by_domain, level_counts, workshop_results


def held(
    tmp_path: Path,
    qs: QuestionSet,
    rooms: dict[str, dict[Any, int]],
    *,
    min_group: int = 1,
    plan: list[str] | None = None,
    notes: dict[str, str] | None = None,
    name: str = "paja.yaml",
) -> WorkshopFile:
    """A closed workshop whose questions were rated in the room with these counts ({question: {level: count}})."""
    path = tmp_path / name
    session = Session.start(
        path,
        qs,
        project=Project(name="Nuorten ääni", phase="toteutus"),
        language="fi",
        plan=plan or plan_questions(qs, ["1"]),
        min_group=min_group,
    )
    for position, qid in enumerate(session.doc.plan):
        if qid in rooms:
            session.reveal(room=rooms[qid])
            if notes and qid in notes:
                session.notes(how=notes[qid], next_step=f"Seuraava askel {qid}")
        if position < len(session.doc.plan) - 1:
            session.move(1)
    session.close()
    return load_workshop(path, qs)


def results(qs: QuestionSet, *docs: WorkshopFile, min_group: int = 1) -> list[WorkshopResult]:
    team = [TeamWorkshop(doc, Provenance("paja.yaml", "d" * 64)) for doc in docs]
    return workshop_results(team, qs, "fi", min_group=min_group)


@pytest.mark.parametrize(("rated", "distribution"), [(2, False), (3, True), (4, True)])
def test_a_distribution_is_shown_once_as_many_rated_as_the_small_group_limit(
    tmp_path: Path, qs: QuestionSet, rated: int, distribution: bool
) -> None:
    doc = held(tmp_path, qs, {"q01": {2: rated}})
    (workshop,) = results(qs, doc, min_group=3)
    (question,) = workshop.questions
    assert question.rated == rated
    assert (question.bars is not None) == distribution
    assert (question.low, question.high) == (2, 2)


def test_each_levels_share_is_of_everyone_who_rated_on_phones_and_in_the_room(tmp_path: Path, qs: QuestionSet) -> None:
    path = tmp_path / "paja.yaml"
    session = Session.start(
        path, qs, project=Project(name="P", phase="toteutus"), language="fi", plan=["q01"], min_group=1
    )
    secret, _ = session.join(None)
    session.vote(secret, "q01", 2)
    session.reveal(room={2: 1, 4: 2})
    session.close()
    (workshop,) = results(qs, load_workshop(path, qs))
    (question,) = workshop.questions
    assert (question.phones, question.room, question.rated) == (1, 3, 4)
    assert question.bars is not None
    shares = {bar.value: bar.share for bar in question.bars if bar.count}
    assert shares == {2: pytest.approx(0.5), 4: pytest.approx(0.5)}
    assert level_counts(workshop)["q01"][4] == 2


@pytest.mark.parametrize(("levels", "disagreement"), [((1, 3), True), ((1, 2), False), ((0, 4), True), ((3, 3), False)])
def test_views_two_levels_apart_are_a_disagreement(
    tmp_path: Path, qs: QuestionSet, levels: tuple[int, int], disagreement: bool
) -> None:
    low, high = levels
    room = {low: 1} if low == high else {low: 1, high: 1}
    for min_group in (1, 5):  # with the distribution, and with only the spread
        (workshop,) = results(qs, held(tmp_path, qs, {"q01": room}, min_group=min_group))
        (question,) = workshop.questions
        assert (question.low, question.high) == levels
        assert question.disagreement == disagreement
        assert (workshop.disagreements == [question]) == disagreement


def test_levels_are_shown_in_the_scales_order_with_the_special_answers_after(tmp_path: Path, qs: QuestionSet) -> None:
    room = {"dont_know": 1, 4: 1, "na": 1, 0: 1}
    doc = held(tmp_path, qs, {"q01": room})
    (workshop,) = results(qs, doc)
    (question,) = workshop.questions
    assert question.bars is not None
    scale_order = [level.value for level in qs.scale.levels] + [special.value for special in qs.scale.special]
    assert [bar.value for bar in question.bars] == scale_order
    counts = (tmp_path / "paja.yaml").read_text(encoding="utf-8").split("counts:")[1].split("revealed:")[0]
    written = [line.strip().split(":")[0] for line in counts.strip().splitlines()]
    assert written == [str(value) for value in scale_order]


def test_a_workshops_questions_come_in_the_order_the_session_took_them(tmp_path: Path, qs: QuestionSet) -> None:
    plan = ["q05", "q02", "q09"]
    doc = held(tmp_path, qs, {"q05": {1: 1}, "q02": {2: 1}, "q09": {3: 1}}, plan=plan)
    assert list(doc.results) == plan
    (workshop,) = results(qs, doc)
    assert [question.id for question in workshop.questions] == plan


def test_a_workshop_is_dated_by_the_day_it_was_held_not_by_its_last_save(tmp_path: Path, qs: QuestionSet) -> None:
    doc = held(tmp_path, qs, {"q01": {2: 1}})
    doc.created -= timedelta(days=3)
    (workshop,) = results(qs, doc)
    assert workshop.held == doc.created.date()
    assert workshop.held != doc.updated.date()


def test_the_appendix_lists_practices_by_question_then_by_the_day_the_workshop_was_held(
    tmp_path: Path, qs: QuestionSet
) -> None:
    first, second = qs.section_of("q01").questions[0].id, qs.section_of("q01").questions[2].id
    earlier = held(tmp_path, qs, {second: {2: 1}}, notes={second: "Aiemmin sovittu."}, name="a.yaml")
    later = held(
        tmp_path, qs, {first: {2: 1}, second: {3: 1}}, notes={first: "Myöhemmin.", second: "Uusi."}, name="b.yaml"
    )
    earlier.created -= timedelta(days=30)
    (domain,) = agreed_by_domain(results(qs, later, earlier))
    assert domain.label == qs.domain_of_section(qs.section_of(first).id).id
    assert [(p.number, p.text) for p in domain.practices] == [
        (qs.question(first).number, "Myöhemmin."),
        (qs.question(second).number, "Aiemmin sovittu."),
        (qs.question(second).number, "Uusi."),
    ]
    assert [p.held for p in domain.practices] == [later.created.date(), earlier.created.date(), later.created.date()]


def test_a_question_counts_as_agreed_with_any_of_the_three_texts(tmp_path: Path, qs: QuestionSet) -> None:
    path = tmp_path / "paja.yaml"
    session = Session.start(
        path,
        qs,
        project=Project(name="P", phase="toteutus"),
        language="fi",
        plan=["q01", "q02", "q03", "q04"],
        min_group=1,
    )
    texts = [{"how": "Näin."}, {"next_step": "Seuraavaksi."}, {"differ": "Kokemukset eroavat."}, {}]
    for position, agreed in enumerate(texts):
        session.reveal(room={2: 1})
        session.notes(**agreed)
        if position < len(texts) - 1:
            session.move(1)
    session.close()
    (workshop,) = results(qs, load_workshop(path, qs))
    assert [question.id for question in workshop.agreed] == ["q01", "q02", "q03"]
