"""Which phase a report describes and what it says that rests on (docs/reports.md, "Phases and rounds"), each rule on
responses made for it: a person who answered again in a phase is one respondent of it, and of two equally large
phases the later one speaks for the team when the latest is a small group — the one the data check names too."""

from __future__ import annotations

from datetime import timedelta

from osallisuus_cli.i18n import t
from osallisuus_cli.reports import periods
from osallisuus_cli.reports.periods import basis, choose_periods, responses_in
from osallisuus_cli.reports.report_model import Basis, assign_rounds
from osallisuus_cli.teamwork.datacheck import check_inputs
from tests.conftest import make_answers


def answered(qs, phase: str, person: int, *, level: int = 2, later: int = 0, project: str = "Nuorten ääni"):
    """Person ``person``'s answers in ``phase``; ``later`` days after her first (an answer again: a new round)."""
    first = make_answers(qs, {}).created + timedelta(days=60 * ["suunnittelu", "toteutus", "arviointi"].index(phase))
    return make_answers(
        qs,
        {q.id: level for q in qs.questions},
        phase=phase,
        project=project,
        respondent_id=f"00000000-0000-4000-8000-{person:012d}",
        name=f"V{person}",
        when=first + timedelta(days=later, minutes=person),
    )


def test_a_person_who_answered_again_in_a_phase_is_one_respondent_of_it(qs, make_team) -> None:
    # Planning: three people, one of whom answered again (round 2); implementation: four people.
    docs = [answered(qs, "suunnittelu", person) for person in range(3)]
    docs.append(answered(qs, "suunnittelu", 0, level=3, later=7))
    docs += [answered(qs, "toteutus", person) for person in range(10, 14)]
    with_rounds = assign_rounds(make_team(docs).responses)
    chosen = choose_periods(with_rounds)
    (described,) = basis(with_rounds, chosen, "en")
    assert (described.phase, described.respondents, described.reason) == ("toteutus", 4, "latest")
    assert described.others == [(t("team.phase.suunnittelu", "en"), 3)]


def test_a_phase_answered_again_is_described_by_its_latest_round(qs, make_team) -> None:
    docs = [answered(qs, "toteutus", person) for person in range(3)]
    docs.append(answered(qs, "toteutus", 0, level=4, later=7))
    with_rounds = assign_rounds(make_team(docs).responses)
    chosen = choose_periods(with_rounds)
    shown = responses_in(with_rounds, chosen)
    assert [response.answers[qs.questions[0].id].level for response in shown] == [4]
    (described,) = basis(with_rounds, chosen, "en")
    assert described.respondents == 1


def test_of_two_equally_large_phases_the_later_speaks_for_the_team_and_the_data_check_names_it(qs, make_team) -> None:
    docs = [answered(qs, "suunnittelu", person) for person in range(4)]
    docs += [answered(qs, "toteutus", person) for person in range(10, 14)]
    docs += [answered(qs, "arviointi", 20)]  # one early answer of the evaluation phase: a small group
    team = make_team(docs)
    with_rounds = assign_rounds(team.responses)
    (described,) = basis(with_rounds, choose_periods(with_rounds), "en")
    assert (described.phase, described.respondents, described.reason) == ("toteutus", 4, "largest")
    (small,) = [f for f in check_inputs([], qs, kept=team.responses) if f.code == "small_group"]
    assert small.params["other"] == "team.phase_in.toteutus"
    assert small.params["phase"] == "team.phase_in.arviointi"


def test_a_phase_from_the_project_file_is_taken_where_a_project_answered_in_it_else_its_latest(qs, make_team) -> None:
    docs = [answered(qs, "suunnittelu", person) for person in range(3)]
    docs += [answered(qs, "toteutus", person) for person in range(3)]
    with_rounds = assign_rounds(make_team(docs).responses)
    assert choose_periods(with_rounds, "suunnittelu") == {"Nuorten ääni": ((0, 1), "chosen")}
    assert choose_periods(with_rounds, "arviointi") == {"Nuorten ääni": ((1, 1), "latest")}


def test_a_phase_asked_for_with_phase_leaves_out_a_project_that_did_not_answer_in_it(qs, make_team) -> None:
    # Kylätalo answered in planning and implementation only (and first); Nuorten ääni answered in evaluation too.
    docs = [answered(qs, "suunnittelu", person, project="Kylätalo") for person in range(3)]
    docs += [answered(qs, "toteutus", person, project="Kylätalo") for person in range(2)]
    docs += [answered(qs, "arviointi", person, later=1) for person in range(10, 14)]
    with_rounds = assign_rounds(make_team(docs).responses)
    chosen = choose_periods(with_rounds, "arviointi", required=True)
    assert chosen == {"Nuorten ääni": ((2, 1), "chosen")}
    assert {r.project.name for r in responses_in(with_rounds, chosen)} == {"Nuorten ääni"}
    absent, described = basis(with_rounds, chosen, "sv")
    others = [(t("team.phase.suunnittelu", "sv"), 3), (t("team.phase.toteutus", "sv"), 2)]
    assert absent == Basis("Kylätalo", "", "", 0, "absent", others)
    assert described == Basis("Nuorten ääni", "arviointi", t("team.phase.arviointi", "sv"), 4, "chosen", [])


def test_the_described_phase_is_named_in_the_reports_language(qs, make_team) -> None:
    docs = [answered(qs, "toteutus", person) for person in range(2)]
    with_rounds = assign_rounds(make_team(docs).responses)
    for lang in ("fi", "sv", "en"):
        (described,) = basis(with_rounds, choose_periods(with_rounds), lang)
        assert (described.phase, described.phase_label) == ("toteutus", t("team.phase.toteutus", lang))


def test_without_required_a_phase_not_answered_in_falls_back_to_the_latest(qs) -> None:
    assert periods.described({0: 3, 1: 3}, "arviointi") == (1, "latest")
    assert periods.described({0: 3, 1: 3}, "arviointi", required=True) is None
    assert periods.described({0: 3, 1: 3}, "suunnittelu") == (0, "chosen")
