"""export → import → merge gives back the team that was exported (hypothesis).

Generated teams are merged as ``merge`` does, exported as CSV, Excel CSV and JSON Lines, imported into a new folder
and merged again: the new team's export is byte for byte the original's. Free text is drawn from characters that
matter to CSV, spreadsheets (formula starts, apostrophes), YAML and JSON (line separators).
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
from osallisuus_cli.model.questionset import load_question_set
from osallisuus_cli.teamwork.export import export
from osallisuus_cli.teamwork.merge import collect_team

QS = load_question_set()
START = datetime(2026, 3, 2, 8, 30, tzinfo=timezone(timedelta(hours=2)))
PIECES = [*"aäöÅ \n-=+@'\";,\t|#", "\u2028", "\x85", "''=", "kahvila", " 3 – ", "=SUM(A1)"]
TEXT = st.lists(st.sampled_from(PIECES), max_size=8).map("".join)
OPTIONAL_TEXT = st.one_of(st.none(), TEXT.filter(bool))

answer = st.fixed_dictionaries(
    {
        "level": st.sampled_from([0, 1, 2, 3, 4, "na", "dont_know"]),
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
        project=answers.Project(name=spec["project"], code=spec["code"], phase=spec["phase"]),
        language=spec["language"],
        name=spec["name"],
        role=spec["role"],
        moment=START,
        respondent_id=spec["id"],
    )
    for qid, item in spec["answers"].items():
        zone = timezone(timedelta(hours=item["offset"]))
        moment = (START + timedelta(minutes=item["minutes"])).astimezone(zone)
        doc.answers[qid] = answers.Answer(
            level=item["level"], how=item["how"], next_step=item["next_step"], updated=moment
        )
    answers.save_answers(folder / f"r{index}.yaml", doc, QS)


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
        again = plan_import(source, QS, mapping=None, defaults=Defaults(), language="fi", keep_names=True)
        assert write_plan(again, root / "imported", force=False).written == 0, "a second import changes nothing"
