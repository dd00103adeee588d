"""The team file as written, rule by rule (docs/team-format.md): exactly the YAML of its documented data, whatever
the responses hold; responses in the documented order; times kept to the second; workshops after the responses and
only when there are any; private to its owner."""

from __future__ import annotations

import stat
from datetime import UTC, datetime, timedelta, timezone

import yaml

from osallisuus_cli.files import yamlemit
from osallisuus_cli.model import team as team_mod
from osallisuus_cli.model.answers import FrameworkRef, Project, question_order
from osallisuus_cli.model.phases import PHASES
from osallisuus_cli.model.team import (
    Provenance,
    Response,
    TeamAnswer,
    TeamFile,
    TeamProject,
    TeamRespondent,
    TeamWorkshop,
    dump_team,
    response_data,
    response_order,
    save_team,
    workshop_data,
    workshop_order,
)
from osallisuus_cli.model.workshop import Live, WorkshopFile

HELSINKI = timezone(timedelta(hours=2))
NOON = datetime(2026, 11, 2, 12, 0, tzinfo=HELSINKI)


def response(
    respondent: str = "R1",
    *,
    project: str = "Nuorten ääni",
    code: str | None = None,
    phase: str = "toteutus",
    updated: datetime = NOON,
    sha: str = "a",
    language: str | None = "fi",
    file: str | None = "aino.yaml",
    answers: dict[str, TeamAnswer] | None = None,
    name: str | None = None,
    role: str | None = None,
) -> Response:
    return Response(
        respondent=TeamRespondent(respondent, name, role),
        project=TeamProject(project, code, "Kaupunki" if code else None, "Keski-Suomi" if code else None, phase),
        language=language,
        created=NOON,
        updated=updated,
        answers=answers if answers is not None else {"q01": TeamAnswer(2)},
        source=Provenance(file, sha * 64),
    )


def workshop(qs, *, project: str = "Nuorten ääni", phase: str = "toteutus", created: datetime = NOON) -> WorkshopFile:
    return WorkshopFile(
        format="osallisuus/workshop/v1",
        framework=FrameworkRef(id=qs.id, version=qs.version),
        project=Project(name=project, phase=phase),
        language="sv",
        created=created,
        updated=created,
        plan=["q02", "q01"],
    )


def generic_text(team: TeamFile, qs) -> str:
    """The team file as the generic YAML writer writes its documented data."""
    data = {
        "format": team.format,
        "framework": {"id": team.framework.id, "version": team.framework.version},
        "anonymized": team.anonymized,
        "responses": [response_data(item, question_order(qs)) for item in team.responses],
    }
    if team.workshops:
        data["workshops"] = [
            {
                "source": {"file": item.source.file, "sha256": item.source.sha256}
                if item.source.file
                else {"sha256": item.source.sha256},
                "workshop": workshop_data(item.workshop, with_live=False),
            }
            for item in team.workshops
        ]
    return yamlemit.emit(data)


def test_the_team_file_is_exactly_the_yaml_of_its_documented_data_whatever_the_responses_hold(qs):
    """The writer of a large merge is written out by hand for speed; its text is the generic writer's, byte for
    byte: multi-line and quoted texts at every depth, special answers with their reasons, answers given in any
    order, a response without answers, without a language or without a file name."""
    long_text = "Avoin ilta joka torstai.\nMukana myös etsivä nuorisotyö:\n  - kahvila\n  - pelit"
    answers = {
        "q03": TeamAnswer("na", reason="Ei vielä ryhmiä.\nKysytään keväällä", updated=NOON),
        "q01": TeamAnswer(3, how=long_text, next_step="- kysy nuorilta: 'mitä'", updated=NOON),
        "q02": TeamAnswer("dont_know"),
        "q10": TeamAnswer(0, how="#ei", next_step="a: b\nc: d"),
    }
    team = TeamFile(
        framework=FrameworkRef(id=qs.id, version=qs.version),
        responses=[
            response("R1", answers=answers, name="Aino: ohjaaja", role="- rooli", code="S30123"),
            response("R2", answers={}, language=None, file=None, sha="b"),
            response("007", answers={"q24": TeamAnswer(4, how="yes")}, file="eero\nvirtanen.yaml", sha="c"),
            response(
                "R\n4", name="Eero\nVirtanen", role="ohjaaja\n- nuoret", project="Nuorten\nääni", code="S\n30", sha="e"
            ),
        ],
    )
    assert dump_team(team, qs) == generic_text(team, qs)
    written = yaml.safe_load(dump_team(team, qs))["responses"]
    assert list(written[0]["answers"]) == ["q01", "q02", "q03", "q10"], "answers follow the question order"
    assert written[0]["answers"]["q01"]["how"] == long_text
    assert written[1]["answers"] == {}
    assert "language" not in written[1], "an anonymized response keeps no language"
    assert written[1]["source"] == {"sha256": "b" * 64}


def test_a_team_without_responses_or_workshops_says_so_in_its_own_keys(qs):
    team = TeamFile(framework=FrameworkRef(id=qs.id, version=qs.version), anonymized=True)
    text = dump_team(team, qs)
    assert text == generic_text(team, qs)
    assert yaml.safe_load(text) == {
        "format": "osallisuus/team/v1",
        "framework": {"id": qs.id, "version": qs.version},
        "anonymized": True,
        "responses": [],
    }, "no workshops key at all: a team without workshops is written exactly as before"


def running(doc: WorkshopFile) -> WorkshopFile:
    """The workshop while its session runs: with the live block a team file never holds."""
    live = Live(participant_token="a" * 22, facilitator_token="b" * 22, seats={"c" * 64: 1}, votes={1: 2})
    return doc.model_copy(update={"live": live})


def test_workshops_follow_the_responses_whole_without_their_live_block(qs):
    team = TeamFile(
        framework=FrameworkRef(id=qs.id, version=qs.version),
        responses=[response()],
        workshops=[
            TeamWorkshop(running(workshop(qs)), Provenance("paja.yaml", "d" * 64)),
            TeamWorkshop(workshop(qs, project="Aikuiset"), Provenance(None, "e" * 64)),
        ],
    )
    text = dump_team(team, qs)
    assert text == generic_text(team, qs)
    written = yaml.safe_load(text)
    assert list(written) == ["format", "framework", "anonymized", "responses", "workshops"]
    assert "live" not in written["workshops"][0]["workshop"]
    assert written["workshops"][0]["source"] == {"file": "paja.yaml", "sha256": "d" * 64}
    assert written["workshops"][1]["source"] == {"sha256": "e" * 64}
    assert written["workshops"][0]["workshop"]["plan"] == ["q02", "q01"]


def test_responses_are_ordered_by_project_code_phase_respondent_time_and_hash():
    """docs/team-format.md, Order: project name, project code, phase (suunnittelu → toteutus → arviointi, not the
    alphabet), respondent id (R2 before R10), `updated` as a moment whatever its UTC offset, the source hash."""
    expected = [
        response("R9", project="Aikuiset", code="B"),
        response("R9", project="Nuorten ääni", code=None),
        response("R9", project="Nuorten ääni", code="A", phase="suunnittelu"),
        response("R9", project="Nuorten ääni", code="A", phase="toteutus"),
        response("R9", project="Nuorten ääni", code="A", phase="arviointi"),
        response("R2", project="Nuorten ääni", code="Z", phase="arviointi"),
        response("R10", project="Nuorten ääni", code="Z", phase="arviointi", updated=NOON),
        # 11:30 in UTC is later than 12:00 in Helsinki (10:00 in UTC)
        response("R10", project="Nuorten ääni", code="Z", phase="arviointi", updated=NOON.replace(tzinfo=UTC), sha="0"),
        response("R10", project="Nuorten ääni", code="Z", phase="arviointi", updated=NOON.replace(tzinfo=UTC), sha="1"),
    ]
    assert PHASES == ("suunnittelu", "toteutus", "arviointi")
    backwards = expected[::-1]
    assert sorted(backwards, key=response_order) == expected
    assert sorted(expected[::2] + expected[1::2], key=response_order) == expected


def test_digits_in_respondent_ids_compare_as_numbers():
    ids = ["R10", "R2", "r1", "R1b", "R1a", "2", "10", "R02x"]
    ordered = [item.respondent.id for item in sorted((response(i) for i in ids), key=response_order)]
    assert ordered == ["2", "10", "R1a", "R1b", "R2", "R02x", "R10", "r1"]


def test_workshops_are_ordered_by_project_code_phase_and_start_then_hash(qs):
    def item(project: str, phase: str, created: datetime, sha: str, code: str | None = None) -> TeamWorkshop:
        doc = workshop(qs, project=project, phase=phase, created=created)
        if code:
            doc = doc.model_copy(update={"project": Project(name=project, phase=phase, code=code)})
        return TeamWorkshop(doc, Provenance(None, sha * 64))

    expected = [
        item("Aikuiset", "arviointi", NOON, "f"),
        item("Nuorten ääni", "arviointi", NOON, "f"),
        item("Nuorten ääni", "arviointi", NOON, "f", code="A"),
        item("Nuorten ääni", "suunnittelu", NOON, "f", code="B"),
        item("Nuorten ääni", "toteutus", NOON, "f", code="B"),
        item("Nuorten ääni", "toteutus", NOON.replace(tzinfo=UTC), "0", code="B"),
        item("Nuorten ääni", "toteutus", NOON.replace(tzinfo=UTC), "1", code="B"),
    ]
    backwards = expected[::-1]
    assert sorted(backwards, key=workshop_order) == expected


def test_times_are_kept_to_the_second_with_their_own_offset(qs, make_team):
    from tests.conftest import make_answers

    moment = datetime(2026, 11, 2, 10, 0, 5, 999_999, tzinfo=HELSINKI)
    doc = make_answers(qs, {"q01": 2}, when=moment)
    stored = make_team([doc]).responses[0]
    kept = moment.replace(microsecond=0)
    assert (stored.created, stored.updated, stored.answers["q01"].updated) == (kept, kept, kept)
    assert stored.updated.utcoffset() == timedelta(hours=2)
    assert stored.updated.isoformat() == "2026-11-02T10:00:05+02:00"
    other = make_team([make_answers(qs, {"q01": 2}, when=moment + timedelta(hours=1))]).responses[0]
    assert other.updated.tzinfo is stored.updated.tzinfo, "one zone object per offset, however many responses"
    assert team_mod.stored_moment(stored.updated) == stored.updated
    utc = team_mod.stored_moment(datetime(2026, 11, 2, 8, 0, tzinfo=UTC))
    assert utc.isoformat() == "2026-11-02T08:00:00+00:00"
    assert team_mod.stored_moment(datetime(2026, 11, 2, 8, 0, 0, 1, tzinfo=UTC)) == utc, "a microsecond is dropped too"


def test_free_texts_are_kept_as_written_and_an_empty_one_is_no_text(qs, make_team):
    from tests.conftest import make_answers

    texts = {"q01": "Kahvila ja pelit", "q02": "Nuorten ääni kuuluu", "q03": ""}
    doc = make_answers(qs, {"q01": 1, "q02": 2, "q03": 3}, how=texts, next_step={"q02": "Äänestys"})
    stored = make_team([doc]).responses[0].answers
    assert (stored["q01"].how, stored["q02"].how, stored["q03"].how) == (
        "Kahvila ja pelit",
        "Nuorten ääni kuuluu",
        None,
    )
    assert stored["q02"].next_step == "Äänestys"
    assert stored["q01"].next_step is None


def test_a_team_file_is_saved_whole_and_readable_by_its_owner_only(qs, tmp_path):
    team = TeamFile(framework=FrameworkRef(id=qs.id, version=qs.version), responses=[response()])
    path = tmp_path / "tiimi.yaml"
    save_team(path, team, qs)
    assert path.read_text(encoding="utf-8") == dump_team(team, qs)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["tiimi.yaml"]


def test_answers_follow_the_sets_own_order_whatever_their_ids_alphabet():
    from tests.test_rules_framework import small_set

    qs = small_set()  # questions a01, a2, q1, q01, B10 in this order
    answers = {qid: TeamAnswer(2) for qid in ("q01", "B10", "a2", "a01", "q1")}
    team = TeamFile(framework=FrameworkRef(id=qs.id, version=qs.version), responses=[response(answers=answers)])
    written = yaml.safe_load(dump_team(team, qs))["responses"][0]["answers"]
    assert list(written) == ["a01", "a2", "q1", "q01", "B10"]
    in_alphabet = dict(sorted(answers.items()))
    team = TeamFile(framework=FrameworkRef(id=qs.id, version=qs.version), responses=[response(answers=in_alphabet)])
    assert list(yaml.safe_load(dump_team(team, qs))["responses"][0]["answers"]) == ["a01", "a2", "q1", "q01", "B10"]


def test_a_team_in_memory_holds_each_text_once_and_one_zone_per_offset(qs, tmp_path):
    """A team of ten thousand respondents stays small: an answer's text is kept without the second (UTF-8) copy
    that checking its length leaves inside it, and every time with the same UTC offset shares one zone."""
    import sys

    from osallisuus_cli.teamwork.merge import collect_team
    from tests.conftest import make_answers, write_answers

    texts = {"q01": "Nuorten ääni kuuluu joka torstai", "q02": "Open evening every Thursday"}
    for n in (1, 2):
        doc = make_answers(qs, {"q01": 2, "q02": 3}, how=texts, respondent_id=f"R{n}", name=None)
        write_answers(tmp_path / f"r{n}.yaml", doc, qs)
    first, second = collect_team([tmp_path], qs).team.responses
    for qid, text in texts.items():
        kept = first.answers[qid].how
        assert kept == text
        assert sys.getsizeof(kept) == sys.getsizeof((text + " ")[:-1]), "no second copy inside the text"
    assert first.updated.tzinfo is second.updated.tzinfo is first.created.tzinfo
    assert first.answers["q01"].updated is not None
    assert first.answers["q01"].updated.tzinfo is first.updated.tzinfo
