"""Phase history: a later phase never rewrites an earlier phase's answers file.

A respondent's answers in a later phase go into a file of their own beside her earlier one (``<name>-<phase>.yaml``)
with the same respondent id, so merge, validate and report count her once in each phase and the section on change
sees her in both. Expectations come from the catalogues and from the files the tests write, never from copied output.
"""

from __future__ import annotations

import tempfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from osallisuus_cli.answering.session import Session
from osallisuus_cli.cli.app import app
from osallisuus_cli.i18n import t
from osallisuus_cli.model import answers as answers_mod
from osallisuus_cli.model import history
from osallisuus_cli.model.phases import PHASES
from osallisuus_cli.questionsets.reading import load_question_set
from tests.conftest import HELSINKI, make_answers, write_answers

QS = load_question_set()
QIDS = [q.id for q in QS.questions]
AINO = "6f1c2a4e-8d0b-4b51-9a53-2f7e0c9d1b3a"


class Ticking:
    def __init__(self) -> None:
        self.now = datetime(2027, 3, 1, 9, 0, tzinfo=HELSINKI)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def toteutus_file(qs, path: Path, *, name: str = "Aino Virtanen") -> answers_mod.AnswersFile:
    doc = make_answers(
        qs,
        {"q01": 3, "q02": "na", "q03": 2},
        how={"q01": "Avoin ilta torstaisin"},
        next_step={"q01": "Kysytään nuorilta"},
        reason={"q02": "Ei yksilötyötä"},
        name=name,
        respondent_id=AINO,
    )
    write_answers(path, doc, qs)
    return doc


# --- where a phase's file is -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "stem"),
    [
        ("aino.yaml", "aino"),
        ("aino-arviointi.yaml", "aino"),
        ("aino-arviointi-2.yaml", "aino"),
        ("aino-2.yaml", "aino-2"),
        ("arviointi.yaml", "arviointi"),
        ("aino-toteutus-x.yaml", "aino-toteutus-x"),
    ],
)
def test_the_base_name_drops_only_a_phase_suffix(name: str, stem: str) -> None:
    assert history.base_stem(Path(name)) == stem


def test_someone_elses_file_under_the_phase_name_is_passed_by(qs, tmp_path: Path) -> None:
    earlier = toteutus_file(qs, tmp_path / "aino.yaml")
    other = make_answers(qs, {"q01": 1}, phase="arviointi", respondent_id="toinen", name="Aino Virtanen")
    write_answers(tmp_path / "aino-arviointi.yaml", other, qs)
    before = (tmp_path / "aino-arviointi.yaml").read_bytes()
    path, exists = history.file_for_phase(tmp_path / "aino.yaml", earlier, "arviointi", qs)
    assert (path.name, exists) == ("aino-arviointi-2.yaml", False)
    session = Session(qs, earlier, tmp_path / "aino.yaml", clock=Ticking())
    assert session.change_phase("arviointi", with_defaults=True)
    assert (tmp_path / "aino-arviointi.yaml").read_bytes() == before, "another person's file is never touched"
    assert answers_mod.load_answers(tmp_path / "aino-arviointi-2.yaml", qs).respondent.id == AINO


def test_going_back_to_the_earlier_phase_finds_her_first_file(qs, tmp_path: Path) -> None:
    earlier = toteutus_file(qs, tmp_path / "aino.yaml")
    later = history.for_phase(earlier, "arviointi", Ticking()())
    write_answers(tmp_path / "aino-arviointi.yaml", later, qs)
    assert history.file_for_phase(tmp_path / "aino-arviointi.yaml", later, "toteutus", qs) == (
        tmp_path / "aino.yaml",
        True,
    )


# --- every field round trip: the earlier file stays, Enter everywhere carries every field -------------------------

SHORT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=20).filter(
    lambda s: s.strip() == s and s
)
LONG = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=60).filter(
    lambda s: s.replace("\r\n", "\n").strip() == s
)
LEVEL = st.sampled_from([0, 1, 2, 3, 4, "na", "dont_know"])


@st.composite
def an_answer(draw: st.DrawFn) -> answers_mod.Answer:
    level = draw(LEVEL)
    special = level in answers_mod.SPECIAL_LEVELS
    return answers_mod.Answer(
        level=level,
        reason=draw(st.none() | LONG) if special else None,
        how=draw(st.none() | LONG),
        next_step=draw(st.none() | LONG),
        updated=datetime(2026, 11, 2, 10, draw(st.integers(0, 59)), tzinfo=HELSINKI),
    )


@st.composite
def an_answers_file(draw: st.DrawFn) -> answers_mod.AnswersFile:
    doc = answers_mod.new_answers(
        QS,
        project=answers_mod.Project(
            name=draw(SHORT),
            code=draw(st.none() | SHORT),
            organisation=draw(st.none() | SHORT),
            region=draw(st.none() | SHORT),
            phase=draw(st.sampled_from(PHASES)),
        ),
        language=draw(st.sampled_from(["fi", "sv", "en"])),
        name=draw(st.none() | SHORT),
        role=draw(st.none() | SHORT),
        moment=datetime(2026, 11, 2, 10, 0, tzinfo=HELSINKI),
        respondent_id=draw(SHORT),
    )
    doc.answers = draw(st.dictionaries(st.sampled_from(QIDS), an_answer(), max_size=8))
    return doc


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(earlier=an_answers_file(), step=st.integers(1, 2), stem=st.sampled_from(["aino", "x", "aino-2"]))
def test_a_later_phase_keeps_the_earlier_file_and_carries_every_field(
    earlier: answers_mod.AnswersFile, step: int, stem: str
) -> None:
    phase = PHASES[(PHASES.index(earlier.project.phase) + step) % 3]
    with tempfile.TemporaryDirectory() as folder:
        path = write_answers(Path(folder) / f"{stem}.yaml", earlier, QS)
        before = path.read_bytes()
        session = Session(QS, answers_mod.load_answers(path, QS), path, clock=Ticking())
        assert session.change_phase(phase, with_defaults=True)
        # Enter everywhere: the earlier answer, level and texts, given again
        for qid in QIDS:
            offered = session.default_answer(qid)
            if offered is None:
                continue
            session.set_level(qid, offered.level)
            for field in ("reason", "how", "next_step"):
                if getattr(offered, field) is not None:
                    session.set_text(qid, field, getattr(offered, field))
        assert path.read_bytes() == before, "the earlier phase's file is never written"
        later = answers_mod.load_answers(session.path, QS)
        assert session.path.name == f"{stem}-{phase}.yaml"
        assert later.respondent == earlier.respondent
        assert later.project == earlier.project.model_copy(update={"phase": phase})
        assert later.language == earlier.language
        assert later.framework == earlier.framework

        def content(doc: answers_mod.AnswersFile) -> dict[str, object]:
            return {qid: answer.model_dump(exclude={"updated"}) for qid, answer in doc.answers.items()}

        assert content(later) == content(earlier)


# --- assess, as a person types it ---------------------------------------------------------------------------------


def test_review_with_a_later_phase_saves_beside_the_earlier_file_and_says_where(runner, qs, tmp_path: Path) -> None:
    """N5: `assess --review --phase arviointi -o <her toteutus file>` kept nothing of toteutus."""
    path = tmp_path / "answers" / "aino-virtanen.yaml"
    path.parent.mkdir()
    toteutus_file(qs, path)
    before = path.read_bytes()
    # project, name and role kept; q01 3 → 4 with its texts kept; q02 N/A and its reason kept; q03 kept; done
    lines = ["", "", "", "4", "", "", "", "", "", "", "", "3"]
    args = ["assess", "--plain", "--review", "--phase", "evaluation", "-o", "answers/aino-virtanen.yaml"]
    result = runner.invoke(app, args, input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    assert path.read_bytes() == before
    later_path = tmp_path / "answers" / "aino-virtanen-arviointi.yaml"
    later = answers_mod.load_answers(later_path, qs)
    assert later.respondent.id == AINO
    assert later.project.phase == "arviointi"
    assert {qid: a.level for qid, a in later.answers.items()} == {"q01": 4, "q02": "na", "q03": 2}
    assert later.answers["q01"].how == "Avoin ilta torstaisin"
    assert later.answers["q02"].reason == "Ei yksilötyötä"
    said = t(
        "assess.phase_file_new",
        "fi",
        phase_of=t("team.phase_of.arviointi", "fi"),
        file="answers/aino-virtanen-arviointi.yaml",
        earlier_of=t("team.phase_of.toteutus", "fi"),
        earlier="answers/aino-virtanen.yaml",
    )
    assert said in result.stdout
    assert t("assess.saved_to", "fi", file="answers/aino-virtanen-arviointi.yaml") in result.stdout


def test_a_stopped_later_phase_review_continues_with_the_earlier_answers_as_defaults(
    runner, qs, tmp_path: Path
) -> None:
    path = tmp_path / "aino.yaml"
    toteutus_file(qs, path)
    before = path.read_bytes()
    stopped = runner.invoke(
        app, ["assess", "--plain", "--review", "--phase", "3", "-o", "aino.yaml"], input="\n\n\n4\n\n\n"
    )
    assert stopped.exit_code == 130
    command = "assess -o aino.yaml --review --phase arviointi --question 2 --plain"
    assert command in stopped.stderr, "the command goes back through the earlier file, so its answers stay defaults"
    resumed = runner.invoke(app, command.split(), input="\n\n\n\n\n3\n")
    assert resumed.exit_code == 0, resumed.output
    assert path.read_bytes() == before
    later = answers_mod.load_answers(tmp_path / "aino-arviointi.yaml", qs)
    assert {qid: a.level for qid, a in later.answers.items()} == {"q01": 4, "q02": "na", "q03": 2}
    found = t(
        "assess.phase_file_found",
        "fi",
        phase_of=t("team.phase_of.arviointi", "fi"),
        file="aino-arviointi.yaml",
        earlier_of=t("team.phase_of.toteutus", "fi"),
        earlier="aino.yaml",
    )
    assert found in resumed.stdout


def test_review_without_phase_takes_the_project_files_phase_as_the_default(runner, qs, tmp_path: Path) -> None:
    (tmp_path / "osallisuus.yaml").write_text(
        "format: osallisuus/project/v1\nname: Nuorten ääni\nphase: Utvärdering\n", encoding="utf-8"
    )
    path = tmp_path / "answers" / "aino-virtanen.yaml"
    path.parent.mkdir()
    toteutus_file(qs, path)
    before = path.read_bytes()
    result = runner.invoke(
        app, ["assess", "--plain", "--review", "-o", str(path)], input="\n" * 12 + "3\n"
    )  # Enter at the phase: the project file's arviointi
    assert result.exit_code == 0, result.output
    assert path.read_bytes() == before
    later = answers_mod.load_answers(tmp_path / "answers" / "aino-virtanen-arviointi.yaml", qs)
    assert (later.respondent.id, later.project.phase, len(later.answers)) == (AINO, "arviointi", 3)


def test_her_name_in_a_later_phase_starts_her_file_of_that_phase_as_the_same_respondent(
    runner, qs, tmp_path: Path
) -> None:
    (tmp_path / "osallisuus.yaml").write_text(
        "format: osallisuus/project/v1\nname: Nuorten ääni\nphase: arviointi\n", encoding="utf-8"
    )
    path = tmp_path / "answers" / "aino-virtanen.yaml"
    path.parent.mkdir()
    toteutus_file(qs, path)
    before = path.read_bytes()
    first = runner.invoke(app, ["assess", "--plain", "-s", "1"], input="\n\nAino Virtanen\n\n1\n\n\n")
    assert first.exit_code == 130, first.output  # the input ends after q01
    later_path = tmp_path / "answers" / "aino-virtanen-arviointi.yaml"
    later = answers_mod.load_answers(later_path, qs)
    assert (later.respondent.id, later.respondent.role, later.project.phase) == (AINO, None, "arviointi")
    assert list(later.answers) == ["q01"]
    again = runner.invoke(app, ["assess", "--plain", "-s", "1"], input="\n\nAino Virtanen\n\n2\n\n\n")
    assert again.exit_code == 130, again.output
    assert list(answers_mod.load_answers(later_path, qs).answers) == ["q01", "q02"], "her arviointi file goes on"
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["aino-virtanen-arviointi.yaml", "aino-virtanen.yaml"]


def test_phase_and_no_input_is_a_usage_error(runner, qs, tmp_path: Path) -> None:
    toteutus_file(qs, tmp_path / "a.yaml")
    result = runner.invoke(app, ["assess", "--no-input", "--from", "a.yaml", "--phase", "2"])
    assert result.exit_code == 2
    assert t("assess.err_phase_no_input", "fi") in result.stderr


# --- what merge, validate and report make of it ------------------------------------------------------------------


def test_her_two_phases_are_one_person_in_each_phase(runner, qs, tmp_path: Path) -> None:
    (tmp_path / "osallisuus.yaml").write_text(
        "format: osallisuus/project/v1\nname: Nuorten ääni\nphase: arviointi\n", encoding="utf-8"
    )
    folder = tmp_path / "answers"
    folder.mkdir()
    earlier = toteutus_file(qs, folder / "aino-virtanen.yaml")
    write_answers(folder / "aino-virtanen-arviointi.yaml", history.for_phase(earlier, "arviointi", Ticking()()), qs)
    later = answers_mod.load_answers(folder / "aino-virtanen-arviointi.yaml", qs)
    later.answers = {"q01": answers_mod.Answer(level=4)}
    write_answers(folder / "aino-virtanen-arviointi.yaml", later, qs)
    result = runner.invoke(app, ["validate", "answers", "--strict"])
    counts = f"{t('team.phase.toteutus', 'fi')} 1, {t('team.phase.arviointi', 'fi')} 1"
    assert t("datacheck.respondents", "fi", project="Nuorten ääni", counts=counts, total=1) in result.stderr, (
        "one person in two phases is one respondent in all"
    )
    assert t("datacheck.phase_differs", "fi", phase="toteutus", expected="arviointi").split(" —")[0] not in (
        result.stderr
    ), "her earlier phase's file is history, not a file in the wrong phase"
    merged = runner.invoke(app, ["merge", "answers", "-o", "tiimi.yaml"])
    assert merged.exit_code == 0, merged.output
    team = (tmp_path / "tiimi.yaml").read_text(encoding="utf-8")
    assert team.count(f"id: {AINO}") == 2


# --- import: a later phase's export beside an earlier one ---------------------------------------------------------


def _forms_export(qs, path: Path, phase_label: str) -> Path:
    from tests.forms import forms_rows, kit_headers, write_xlsx

    header, rows = forms_rows(qs, rows=3)
    column = header.index(kit_headers(qs, "fi")["project.phase"])
    for row in rows:
        row[column] = phase_label
    return write_xlsx(path, header, rows)


def test_importing_a_later_phase_keeps_the_earlier_phases_files(runner, qs, tmp_path: Path) -> None:
    folder = tmp_path / "answers"
    first = runner.invoke(app, ["import", str(_forms_export(qs, tmp_path / "k1.xlsx", "Toteutus")), "-o", "answers"])
    assert first.exit_code == 0, first.output
    before = {path.name: path.read_bytes() for path in folder.iterdir()}
    later = _forms_export(qs, tmp_path / "k2.xlsx", "Utvärdering")
    second = runner.invoke(app, ["import", str(later), "-o", "answers", "--force"])
    assert second.exit_code == 0, second.output
    after = {path.name: path.read_bytes() for path in folder.iterdir()}
    assert {name: after[name] for name in before} == before, "the earlier phase's files stay byte for byte"
    docs = [answers_mod.load_answers(folder / name, qs) for name in after]
    assert sorted(doc.project.phase for doc in docs) == ["arviointi"] * 3 + ["toteutus"] * 3


def test_import_never_replaces_another_phases_file_even_with_force(runner, qs, tmp_path: Path) -> None:
    later = _forms_export(qs, tmp_path / "k2.xlsx", "Arviointi")
    assert runner.invoke(app, ["import", str(later), "-o", "answers"]).exit_code == 0
    victim = sorted((tmp_path / "answers").iterdir())[0]
    doc = answers_mod.load_answers(victim, qs)
    doc.project = doc.project.model_copy(update={"phase": "toteutus"})  # her earlier phase, under this name
    write_answers(victim, doc, qs)
    kept = victim.read_bytes()
    result = runner.invoke(app, ["import", str(later), "-o", "answers", "--force"])
    assert result.exit_code == 1
    assert f"answers/{victim.name}: " in result.stderr
    assert victim.read_bytes() == kept


def test_continuing_an_earlier_phases_file_says_how_to_answer_the_projects_phase(runner, qs, tmp_path: Path) -> None:
    (tmp_path / "osallisuus.yaml").write_text(
        "format: osallisuus/project/v1\nname: Nuorten ääni\nphase: arviointi\n", encoding="utf-8"
    )
    toteutus_file(qs, tmp_path / "aino.yaml")
    result = runner.invoke(app, ["assess", "--plain", "-o", "aino.yaml", "-s", "R"], input="\n")
    words = {
        "file_into": t("team.phase_into.toteutus", "fi"),
        "project_in": t("team.phase_in.arviointi", "fi"),
        "project_into": t("team.phase_into.arviointi", "fi"),
    }
    assert t("assess.phase_differs_note", "fi", code="arviointi", **words) in result.stdout
    same = runner.invoke(app, ["assess", "--plain", "-o", "aino.yaml", "-s", "R", "--phase", "toteutus"], input="\n")
    assert t("assess.phase_differs_note", "fi", code="arviointi", **words) not in same.stdout
