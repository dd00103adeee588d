"""The report's numbers against a hand count, and what each part of a report rests on (B3, B7, C5, small groups)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from osallisuus_cli.cli.app import app
from osallisuus_cli.i18n import t
from osallisuus_cli.model import answers
from osallisuus_cli.reports.report import build_report, render
from tests.conftest import make_answers

R1, R2, R3, R4 = "r1", "r2", "r3", "r4"


@pytest.fixture
def docs(qs):
    """Four people in toteutus, and R1 again in arviointi (a later phase with one respondent)."""
    first = make_answers(qs, {}).created
    team = [
        make_answers(qs, {"q01": 0, "q02": 4}, respondent_id=R1, how={"q01": "Ei resursseja tähän vielä."}),
        make_answers(qs, {"q01": 2, "q02": 4}, respondent_id=R2, when=first + timedelta(hours=1)),
        make_answers(
            qs,
            {"q01": 4, "q02": "dont_know"},
            respondent_id=R3,
            when=first + timedelta(hours=2),
            how={"q01": "Jalkaudumme kirjastoon."},
        ),
        make_answers(
            qs,
            {"q01": "na", "q02": 0},
            respondent_id=R4,
            when=first + timedelta(hours=3),
            how={"q01": "Emme tarjoa yksilöpalvelua."},
        ),
        make_answers(qs, {"q01": 4}, respondent_id=R1, phase="arviointi", when=first + timedelta(days=90)),
    ]
    return team


def test_the_numbers_match_a_hand_count(qs, make_team, docs) -> None:
    """Hand count (toteutus, the phase described: four respondents; arviointi has one, so it does not speak):

    q01: ratings 0, 2, 4 and one N/A      → mean 6/3 = 2,0 · median 2 · range 0–4 · rated 3/4 · N/A 1
    q02: ratings 4, 4, 0 and one "don't know" → mean 8/3 = 2,7 · median 4 · rated 3/4 · don't know 1
    answers given: 4 + 4 of 4 × 24 = 96 possible → coverage 8/96 = 8 %
    both questions split (a third of three ratings is one person: the range, 4 levels) → 2 to discuss
    change in q01: toteutus 2,0 → arviointi 4,0 = +2,0; R1 answered in both phases → 1 in both
    """
    report = build_report(make_team(docs), qs, "fi")
    assert report.respondents == 4
    assert [(b.phase, b.respondents, b.reason) for b in report.basis] == [("toteutus", 4, "largest")]
    q01, q02 = report.sections[0].questions[:2]
    assert (q01.mean, q01.median, q01.low, q01.high, q01.counts.answered, q01.counts.na) == (2.0, 2.0, 0, 4, 3, 1)
    assert (round(q02.mean, 2), q02.median, q02.counts.answered, q02.counts.dont_know) == (2.67, 4.0, 3, 1)
    assert round(report.coverage, 2) == round(8 / 96 * 100, 2)
    assert report.disputed_count == 2
    trend = report.trend
    assert [(p.phase, p.respondents) for p in trend.periods] == [("toteutus", 4), ("arviointi", 1)]
    assert trend.both == 1
    assert trend.questions[0].means == [2.0, 4.0]
    assert trend.questions[0].change == 2.0
    md = render(report, fmt="md")
    assert "keskiarvo **2,0** · mediaani 2 · vaihteluväli 0–4 · vastanneet 3/4 · ei koske 1" in md.lower()
    assert "**Tunnusluvut:** 4 vastaajaa, 8\u00a0% kysymyksistä vastattu, 2 kysymystä keskusteltavaksi" in md
    describes = t("figures.describes", "fi", phase=t("team.phase_obj.toteutus", "fi"), respondents="4 vastaajaa")
    assert describes == "Raportti kuvaa toteutusvaihetta: 4 vastaajaa."
    assert describes in md, "B3: which phase and how many"
    assert "Muut vaiheet: arviointi 1 (mukana vain muutososiossa)." in md
    n = "n\u00a0=\u00a0"
    change = f"Muutos vertaa toteutusvaihetta ({n}4) arviointivaiheeseen ({n}1); molemmissa vastasi 1."
    assert change in md
    assert "| +2,0 |" in md
    assert "**+2,0**" not in md, "a change between different groups is not shouted"
    assert "Vastaajat hankkeittain ja vaiheittain: Nuorten ääni: toteutus 4, arviointi 1." in md


def test_the_phase_can_be_chosen(qs, make_team, docs) -> None:
    report = build_report(make_team(docs), qs, "fi", phase="arviointi", phase_required=True)
    assert report.respondents == 1
    assert report.single
    md = render(report, fmt="md")
    describes = t("figures.describes", "fi", phase=t("team.phase_obj.arviointi", "fi"), respondents="1 vastaaja")
    assert f"{describes} {t('figures.why_chosen', 'fi')}" in md
    assert "Yhden vastaajan itsearviointi" in md


def test_a_small_group_shows_no_distribution_and_no_text(qs, make_team, docs) -> None:
    report = build_report(make_team(docs), qs, "fi", phase="arviointi", phase_required=True, min_group=3)
    assert report.suppressed
    for fmt in ("md", "html"):
        text = render(report, fmt=fmt)
        suppressed = t("figures.suppressed", "fi", count=1, min=3).replace("<", "&lt;")
        assert suppressed.partition(".")[0] in text, "the singular: 'vastaajia on vain 1'"
        assert "Jalkaudumme" not in text
        assert "Tulokset kysymyksittäin" not in text
    everyone = render(build_report(make_team(docs), qs, "fi", min_group=3), fmt="md")
    assert "arviointivaiheen lukuja ei näytetä, koska siinä on alle 3 vastaajaa" in everyone, "nor the small side"
    assert "| 1 Osallisuus omassa elämässä | 2,3 | n\u00a0&lt;\u00a03 | – |" in everyone, "(0+2+4+4+4+0)/6 = 2,3"


def test_reasons_and_not_yet_texts_are_never_practice(qs, make_team, docs) -> None:
    """B7: the Innokylä appendix lists what the activity does, not why a question does not apply."""
    report = build_report(make_team(docs), qs, "fi")
    q01 = report.sections[0].questions[0]
    assert [item.text for item in q01.how] == ["Jalkaudumme kirjastoon."]
    assert sorted(item.text for item in q01.reasons) == ["Ei resursseja tähän vielä.", "Emme tarjoa yksilöpalvelua."]
    for fmt in ("md", "html"):
        appendix = render(report, fmt=fmt, template="innokyla")
        assert "Jalkaudumme kirjastoon." in appendix
        assert "Emme tarjoa" not in appendix
        assert "Ei resursseja" not in appendix
    full = render(report, fmt="md")
    assert "**Perustelut ja huomiot (eivät kuvaa käytäntöä)**" in full


def test_report_phase_option_and_the_terminal(runner, qs, tmp_path, docs) -> None:
    folder = tmp_path / "answers"
    folder.mkdir()
    for index, doc in enumerate(docs):
        answers.save_answers(folder / f"v{index}.yaml", doc, qs)
    result = runner.invoke(app, ["report", str(folder), "--phase", "evaluation", "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "The report describes the evaluation phase: 1 respondent." in result.stdout
    phases = {"phase": t("team.phase_in.arviointi", "en"), "other": t("team.phase_in.toteutus", "en")}
    small = "warning: " + t("datacheck.small_group", "en", project="Nuorten ääni", count=1, other_n=4, **phases)
    assert small.startswith("warning: Nuorten ääni: only 1 respondent in the evaluation phase, 4 in the implementation")
    assert small in result.stderr
    wrong = runner.invoke(app, ["report", str(folder), "--phase", "suunnittelu", "--lang", "en"])
    assert wrong.exit_code == 2
    assert "there are no answers in that phase — answers are in the phases implementation, evaluation" in wrong.stderr
    bad = runner.invoke(app, ["report", str(folder), "--phase", "later", "--lang", "en"])
    assert bad.exit_code == 2
    assert "--phase later: unknown phase — give one of: 1 planning, 2 implementation, 3 evaluation" in bad.stderr


def test_identical_input_gives_identical_reports(qs, make_team, docs) -> None:
    first = build_report(make_team(docs), qs, "fi", min_group=2)
    again = build_report(make_team(list(reversed(docs))), qs, "fi", min_group=2)
    for fmt in ("md", "html"):
        assert render(first, fmt=fmt) == render(again, fmt=fmt)


def test_a_stored_reason_is_shown_as_a_reason(qs, make_team) -> None:
    """C8 stores the reason for N/A and don't know as its own field: the report shows it, never as practice."""
    doc = make_answers(qs, {"q03": 3}, how={"q03": "Yksilöohjaus viikoittain."})
    doc.answers["q04"] = answers.Answer(level="na", reason="Emme tarjoa yksilöpalvelua.")
    report = build_report(make_team([doc]), qs, "fi")
    q04 = report.sections[0].questions[3]
    assert [item.text for item in q04.reasons] == ["Emme tarjoa yksilöpalvelua."]
    assert q04.how == []
    appendix = render(report, fmt="md", template="innokyla")
    assert "Yksilöohjaus viikoittain." in appendix
    assert "Emme tarjoa" not in appendix


def test_the_same_person_in_two_phases_is_counted_in_both_by_name(qs, make_team) -> None:
    """assess gives a new phase's file a new respondent id: names (where kept) still tell who answered in both."""
    first = make_answers(qs, {"q01": 1}, name="Aino", respondent_id="a-1")
    second = make_answers(qs, {"q01": 3}, name="Aino", respondent_id="a-2", phase="arviointi")
    newcomer = make_answers(qs, {"q01": 3}, name="Helmi", respondent_id="h-2", phase="arviointi")
    report = build_report(make_team([first, second, newcomer]), qs, "fi")
    assert report.trend.both == 1
    md = render(report, fmt="md")
    assert f"molemmissa vastasi 1. {t('figures.trend_partly', 'fi')}" in md
    strangers = build_report(make_team([first, newcomer]), qs, "fi")
    assert strangers.trend.both == 0
    assert "Vaiheissa vastasivat eri ihmiset" in render(strangers, fmt="md")


def test_a_person_in_two_phases_is_counted_in_both(runner, qs, tmp_path, monkeypatch) -> None:
    """Aino and Björn answered toteutus with Cilla, then went through their answers for arviointi with
    `assess --review --phase arviointi`; their toteutus files stay as they were. Hand count:

    toteutus (3): q01 1, 2, 4 → 7/3 = 2,33 → "2,3";  q02 3, 2, N/A → 5/2 = 2,5
    arviointi (2, Aino 1 → 3 and q02 kept 3; Björn q01 kept 2, q02 2 → 4): q01 3, 2 → 2,5;  q02 3, 4 → 3,5
    the report describes arviointi (the latest; 2 is not fewer than half of 3) with 2 respondents;
    the change compares toteutus (n = 3) with arviointi (n = 2), both answered by 2 (Aino, Björn)
    q01 change 2,5 − 2,3 = +0,2 (as printed); q02 3,5 − 2,5 = +1,0
    """
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "answers"
    folder.mkdir()
    people = {"aino": {"q01": 1, "q02": 3}, "bjorn": {"q01": 2, "q02": 2}, "cilla": {"q01": 4, "q02": "na"}}
    for name, levels in people.items():
        doc = make_answers(qs, levels, respondent_id=f"id-{name}", name=None, when=None)
        answers.save_answers(folder / f"{name}.yaml", doc, qs)
    before = {path.name: path.read_bytes() for path in folder.iterdir()}
    # opening: project, name, role kept (--phase fixes the phase); q01 level and two texts; q02 the same; done
    for name, keys in (("aino", ["3", "", "", "", "", ""]), ("bjorn", ["", "", "", "4", "", ""])):
        args = ["assess", "--plain", "--review", "--phase", "arviointi", "-o", f"answers/{name}.yaml"]
        result = runner.invoke(app, args, input="\n".join(["", "", "", *keys, "3"]) + "\n")
        assert result.exit_code == 0, result.output
    assert {path.name: path.read_bytes() for path in folder.iterdir() if path.name in before} == before
    assert sorted(path.name for path in folder.iterdir()) == [
        "aino-arviointi.yaml",
        "aino.yaml",
        "bjorn-arviointi.yaml",
        "bjorn.yaml",
        "cilla.yaml",
    ]
    from tests.conftest import read_team

    assert runner.invoke(app, ["merge", "answers", "-o", "tiimi.yaml"]).exit_code == 0
    report = build_report(read_team(tmp_path / "tiimi.yaml", qs), qs, "fi")
    assert report.respondents == 2
    assert [(b.phase, b.respondents, b.reason) for b in report.basis] == [("arviointi", 2, "latest")]
    q01, q02 = report.sections[0].questions[:2]
    assert (q01.mean, q02.mean) == (2.5, 3.5)
    trend = report.trend
    assert [(p.phase, p.respondents) for p in trend.periods] == [("toteutus", 3), ("arviointi", 2)]
    assert trend.both == 2, "N5: both phases' answers of the same person are hers"
    assert [round(m, 3) for m in trend.questions[0].means] == [round(7 / 3, 3), 2.5]
    assert trend.questions[0].change == pytest.approx(0.2)
    assert trend.questions[1].means == [2.5, 3.5]
    assert trend.questions[1].change == pytest.approx(1.0)
    md = runner.invoke(app, ["report", "answers", "--format", "md"]).stdout
    basis = t(
        "figures.trend_basis",
        "fi",
        first=t("team.phase_obj.toteutus", "fi"),
        first_n=3,
        last=t("team.phase_into.arviointi", "fi"),
        last_n=2,
        both=2,
    )
    assert f"{basis} {t('figures.trend_partly', 'fi')}" in md


def test_one_survey_imported_through_every_door_is_counted_once(runner, qs, tmp_path, monkeypatch) -> None:
    """A Forms survey of four people: Monday's export of the first three as .xlsx, Friday's of all four saved by
    Finnish Excel as CSV (``;``, BOM, times without seconds), and Friday's again after one cell was corrected
    (with --force). Hand count of q01 (row 4's "1 – Suunnitteilla" corrected to "3 – …" on Friday):

    levels 4, 2, 3 and "En osaa sanoa" → mean 9/3 = 3,0 · median 3 · rated 3/4 · don't know 1
    q02: 0, 0, 1, 1 → mean 2/4 = 0,5
    respondents 4 (not 3 + 4 + 4 = 11), one project and phase
    """
    import csv
    import io

    from tests.conftest import read_team
    from tests.forms import forms_rows, kit_headers, write_xlsx

    monkeypatch.chdir(tmp_path)
    header, rows = forms_rows(qs, rows=4, ui="fi")
    titles = kit_headers(qs, "fi")
    labels = {
        "q01.level": ["4 – Vakiintunut osaksi rakenteita", "2 – Kokeiltu tai osittain käytössä", "1 – Suunnitteilla"],
        "q02.level": ["0 – Ei vielä", "0 – Ei vielä", "1 – Suunnitteilla", "1 – Suunnitteilla"],
    }
    labels["q01.level"].append("En osaa sanoa")
    for target, values in labels.items():
        for row, value in zip(rows, values, strict=True):
            row[header.index(titles[target])] = value
    for index, row in enumerate(rows):
        row[1] += timedelta(seconds=13 + index)

    def finnish_csv(name: str) -> str:
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow(
                [
                    ""
                    if v is None
                    else f"{v.day}.{v.month}.{v.year} {v.hour}.{v.minute:02d}"
                    if hasattr(v, "hour")
                    else v
                    for v in row
                ]
            )
        (tmp_path / name).write_bytes(buffer.getvalue().encode("utf-8-sig"))
        return name

    write_xlsx(tmp_path / "maanantai.xlsx", header, rows[:3])
    assert runner.invoke(app, ["import", "maanantai.xlsx", "-o", "answers"]).exit_code == 0
    assert runner.invoke(app, ["import", finnish_csv("perjantai.csv"), "-o", "answers"]).exit_code == 0
    rows[2][header.index(titles["q01.level"])] = "3 – Toteutuu säännöllisesti"
    corrected = finnish_csv("perjantai-korjattu.csv")
    assert runner.invoke(app, ["import", corrected, "-o", "answers"]).exit_code == 2, "an update needs --force"
    assert runner.invoke(app, ["import", corrected, "-o", "answers", "--force"]).exit_code == 0
    assert len(list((tmp_path / "answers").iterdir())) == 4
    assert runner.invoke(app, ["merge", "answers", "-o", "tiimi.yaml"]).exit_code == 0
    report = build_report(read_team(tmp_path / "tiimi.yaml", qs), qs, "fi")
    assert report.respondents == 4
    q01, q02 = report.sections[0].questions[:2]
    assert (q01.mean, q01.median, q01.counts.answered, q01.counts.dont_know) == (3.0, 3.0, 3, 1)
    assert q02.mean == 0.5
    md = runner.invoke(app, ["report", "tiimi.yaml", "--format", "md"]).stdout
    assert (
        "keskiarvo **3,0** · mediaani 3 · vaihteluväli 2–4 · vastanneet 3/4 · ei koske 0 · en osaa sanoa 1"
        in md.lower()
    )


def test_a_probable_copy_is_named_in_the_report_and_still_counted(runner, qs, tmp_path, monkeypatch) -> None:
    """Three people; the third file is the first one's answers and texts under a new id (a copied file). Hand count:
    q01 3, 1, 3 → 7/3 = 2,3 over 3 respondents (the copy is counted, and named, not absorbed)."""
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "answers"
    folder.mkdir()
    how = {"q01": "Kahvila torstaisin"}
    for stem, rid, level in (("aino", "a", 3), ("eero", "e", 1), ("kopio", "k", 3)):
        doc = make_answers(qs, {"q01": level}, respondent_id=rid, name=None, how=how if level == 3 else None)
        answers.save_answers(folder / f"{stem}.yaml", doc, qs)
    result = runner.invoke(app, ["report", "answers", "--format", "md"])
    assert result.exit_code == 0, result.output
    report_line = t("datacheck.report_probable_copy", "fi", count=1, details="")
    assert report_line in result.stdout
    assert "**Tunnusluvut:** 3 vastaajaa" in result.stdout
    assert "Keskiarvo **2,3** · mediaani 3 · vaihteluväli 1–3 · vastanneet 3/3" in result.stdout
