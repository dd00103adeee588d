"""How a team file is read, rule by rule (docs/team-format.md): every problem named by its place."""

from __future__ import annotations

import pytest

from osallisuus_cli.errors import DataError
from osallisuus_cli.files import yamlio
from osallisuus_cli.model import teamread
from osallisuus_cli.model.team import dump_team
from tests.conftest import make_answers
from tests.test_rules_inputfile import empty_workshop


def team_text(qs, make_team, count: int = 3, *, anonymized: bool = False) -> str:
    docs = [
        make_answers(qs, {"q01": n % 5, "q02": "na"}, respondent_id=f"R{n}", name=None, how={"q01": f"Kahvila {n}"})
        for n in range(1, count + 1)
    ]
    return dump_team(make_team(docs, anonymized=anonymized), qs)


def read(text: str, qs):
    """The team as the usual reading gives it, or its problems."""
    data = yamlio.parse(text, file="tiimi.yaml", what="team.what_answers_or_team")
    return teamread.validate_team_data(data, qs, file="tiimi.yaml", text=text)


def problems(text: str, qs) -> list[tuple[str, int | None, str | None]]:
    with pytest.raises(DataError) as caught:
        read(text, qs)
    assert {p.file for p in caught.value.problems} == {"tiimi.yaml"}
    return [(p.key, p.line, p.path) for p in caught.value.problems]


def test_a_bad_workshop_in_a_team_file_is_named_by_its_place_in_the_team(qs, make_team):
    from osallisuus_cli.model.team import Provenance, TeamWorkshop

    team = make_team([make_answers(qs, {"q01": 2})])
    team.workshops = [TeamWorkshop(empty_workshop(qs), Provenance("paja.yaml", "d" * 64))] * 3
    text = dump_team(team, qs)
    assert [w.source.file for w in read(text, qs).workshops] == ["paja.yaml"] * 3
    head, *items = text.split("  - source:\n")
    items[0] = items[0].replace("sha256: " + "d" * 64, "sha256: d5")
    items[1] = items[1].replace("participants: 0", "participants: 0\n      participants_max: 3")
    items[2] = items[2].replace("  - q01", "  - q99")
    broken = "  - source:\n".join([head, *items])
    assert [(key, path) for key, _line, path in problems(broken, qs)] == [
        ("common.v.pattern", "workshops[0].source.sha256"),
        ("common.v.extra_forbidden", "workshops[1].workshop.participants_max"),
        ("workshop.v_unknown_question", "workshops[2].workshop"),
    ], "each problem at its workshop's place, spelled as every field path is"
