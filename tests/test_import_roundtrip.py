"""export → import → merge gives back the team that was exported (hypothesis).

Generated teams are merged as ``merge`` does, exported as CSV, Excel CSV, JSON and JSON Lines, imported into a new
folder and merged again: the new team's export is byte for byte the original's, and every field of every answers
file (project, organisation, region, code, phase, respondent, role, name, language, level, reason, how, next step,
answer time) is the one that was exported. Free text is drawn from characters that matter to CSV, spreadsheets
(formula starts, apostrophes), YAML and JSON (line separators).
"""

from __future__ import annotations

import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from osallisuus_cli.importing.rows import Defaults
from osallisuus_cli.importing.run import plan_import, write_plan
from osallisuus_cli.model import answers
from osallisuus_cli.questionsets.reading import load_question_set
from osallisuus_cli.teamwork.export import CONTROLS, export
from osallisuus_cli.teamwork.merge import collect_team

QS = load_question_set()
START = datetime(2026, 3, 2, 8, 30, tzinfo=timezone(timedelta(hours=2)))
PIECES = [*"aäöÅ \n-=+@'\";,\t|#", "\u2028", "\x85", "''=", "kahvila", " 3 – ", "=SUM(A1)"]
TEXT = st.lists(st.sampled_from(PIECES), max_size=8).map("".join)
OPTIONAL_TEXT = st.one_of(st.none(), TEXT.filter(bool))

answer = st.fixed_dictionaries(
    {
        "level": st.sampled_from([0, 1, 2, 3, 4, "na", "dont_know"]),
        "reason": OPTIONAL_TEXT,  # kept only with na or dont_know, as validation requires
        "how": OPTIONAL_TEXT,
        "next_step": OPTIONAL_TEXT,
        "minutes": st.integers(0, 500),
        "offset": st.sampled_from([2, 3]),
    }
)
response = st.fixed_dictionaries(
    {
        "id": st.sampled_from(["aino-1", "R2", "7", "Örjan", "'=x"]),
        "name": st.one_of(st.none(), st.sampled_from(["Aino", "-Eero", "Åsa Öberg"])),
        "role": st.one_of(st.none(), TEXT.filter(lambda text: len(text) > 0 and text.strip() == text)),
        "project": st.sampled_from(["Nuorten ääni", "+Kylätalo", "Kerho; torstai"]),
        "code": st.one_of(st.none(), st.just("S30123")),
        "organisation": st.one_of(st.none(), st.sampled_from(["Järvenpään kaupunki", "=Yhdistys ry"])),
        "region": st.one_of(st.none(), st.sampled_from(["Uusimaa", "Åland"])),
        "phase": st.sampled_from(answers.PHASES),
        "language": st.sampled_from(["fi", "sv", "en"]),
        "answers": st.dictionaries(st.sampled_from([q.id for q in QS.questions]), answer, max_size=6),
    }
)
# One response per respondent, project and phase, as a merge without --on-duplicate keep-both leaves them.
team_spec = st.lists(response, max_size=5, unique_by=lambda r: (r["id"], r["project"], r["phase"]))


def save(folder: Path, index: int, spec: dict) -> None:
    doc = answers.new_answers(
        QS,
        project=answers.Project(
            name=spec["project"],
            code=spec["code"],
            organisation=spec["organisation"],
            region=spec["region"],
            phase=spec["phase"],
        ),
        language=spec["language"],
        name=spec["name"],
        role=spec["role"],
        moment=START,
        respondent_id=spec["id"],
    )
    for qid, item in spec["answers"].items():
        zone = timezone(timedelta(hours=item["offset"]))
        moment = (START + timedelta(minutes=item["minutes"])).astimezone(zone)
        reason = item["reason"] if item["level"] in ("na", "dont_know") else None
        doc.answers[qid] = answers.Answer(
            level=item["level"], reason=reason, how=item["how"], next_step=item["next_step"], updated=moment
        )
    answers.save_answers(folder / f"r{index}.yaml", doc, QS)


def fields(folder: Path, *, csv: bool = False) -> list[tuple]:
    """Every field a response carries except its file and its own created/updated (the export has answer times);
    ``csv``: free text as a CSV export writes it (control characters as visible escapes)."""

    def text(value: str | None) -> str | None:
        return value.translate(CONTROLS) if csv and value is not None else value

    found = []
    for response in collect_team([folder], QS).team.responses:
        respondent, project = response.respondent, response.project
        found.append(
            (
                tuple(map(text, (respondent.id, respondent.name, respondent.role))),
                tuple(map(text, (project.name, project.code, project.organisation, project.region, project.phase))),
                response.language,
                sorted(
                    (
                        qid,
                        str(a.level),
                        text(a.reason),
                        text(a.how),
                        text(a.next_step),
                        a.updated and a.updated.isoformat(),
                    )
                    for qid, a in response.answers.items()
                ),
            )
        )
    return sorted(found, key=repr)


def exported(folder: Path, fmt: str, *, excel: bool = False) -> bytes:
    team = collect_team([folder], QS).team
    return b"".join(export(team, QS, fmt, excel=excel))


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(team_spec, st.sampled_from([("csv", False), ("csv", True), ("jsonl", False), ("json", False)]))
def test_export_then_import_then_merge_gives_the_same_team(specs, form) -> None:
    fmt, excel = form
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        original = root / "original"
        original.mkdir()
        for index, spec in enumerate(specs):
            save(original, index, spec)
        if not any(spec["answers"] for spec in specs):
            return  # an empty team (or one of empty answers files, which are no respondents) exports only a header
        data = exported(original, fmt, excel=excel)
        source = root / f"export.{fmt}"
        source.write_bytes(data)
        plan = plan_import(source, QS, mapping=None, defaults=Defaults(), language="fi", keep_names=True)
        assert plan.problems == []
        write_plan(plan, root / "imported", force=False)
        assert exported(root / "imported", fmt, excel=excel) == data
        # CSV writes control characters other than tab and line break as visible escapes (docs/team-format.md)
        expected = fields(original, csv=fmt == "csv")
        assert fields(root / "imported") == expected, "every field of every response came back"
        again = plan_import(source, QS, mapping=None, defaults=Defaults(), language="fi", keep_names=True)
        assert write_plan(again, root / "imported", force=False).written == 0, "a second import changes nothing"


def test_an_export_made_before_the_reason_column_still_imports(tmp_path: Path) -> None:
    """Exports written by earlier versions have no ``reason`` column: they read, with no reason."""
    original = tmp_path / "original"
    original.mkdir()
    spec = {
        "id": "aino-1",
        "name": None,
        "role": None,
        "project": "Nuorten ääni",
        "code": None,
        "organisation": None,
        "region": None,
        "phase": "toteutus",
        "language": "fi",
        "answers": {
            "q01": {"level": 3, "reason": None, "how": "kahvila", "next_step": None, "minutes": 1, "offset": 2}
        },
    }
    save(original, 0, spec)
    lines = exported(original, "csv").decode("utf-8").splitlines()
    header = lines[0].split(",")
    at = header.index("reason")
    old = "\n".join(",".join(c for i, c in enumerate(line.split(",")) if i != at) for line in lines) + "\n"
    source = tmp_path / "old.csv"
    source.write_text(old, encoding="utf-8")
    plan = plan_import(source, QS, mapping=None, defaults=Defaults(), language="fi", keep_names=True)
    assert plan.problems == []
    write_plan(plan, tmp_path / "imported", force=False)
    assert fields(tmp_path / "imported") == fields(original)
