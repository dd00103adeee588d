"""A complete, realistic example: a small team's answers in two phases, merged, and every report made from them.

Everything goes through the code paths real use takes — ``answers.new_answers``/``save_answers`` write the answer
files, ``merge.collect_team`` reads them back, ``team.save_team`` writes the team file, and the reports are built
from that team file — so the example is also a smoke test of the whole chain. Nothing depends on the clock or on
randomness: running it twice gives the same bytes.

The free text below is example content as respondents would write it (in Finnish, like the project it describes).
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from osallisuus_cli.errors import UsageError
from osallisuus_cli.files import fsutil
from osallisuus_cli.model import answers as answers_mod
from osallisuus_cli.questionsets.framework import Level, QuestionSet

_NAMESPACE = uuid.UUID("6f0f3c9e-4a55-4d0b-9a53-2f1c1b7d0a01")
_WINTER = timezone(timedelta(hours=2))  # Finland in March
_SUMMER = timezone(timedelta(hours=3))  # Finland in October (summer time)

PROJECT = {
    "name": "Kylätalo kaikille",
    "code": "S30123",
    "organisation": "Esimerkkilän setlementti ry",
    "region": "Keski-Suomi",
}

# (name, role) of the team; Helmi joined for the implementation phase.
PEOPLE = {
    "Aino": "projektipäällikkö",
    "Mikko": "nuoriso-ohjaaja",
    "Leena": "kokemusasiantuntija",
    "Samir": "vapaaehtoinen",
    "Helmi": "sosiaaliohjaaja",
}


# The team's shared view of each question (q01 … q24) in each phase; personal differences are in OVERRIDES.
BASE: dict[str, list[Level]] = {
    "suunnittelu": [1, 1, 2, 1, 1, 0, 2, 1, 0, 1, 0, 0, 0, "na", 2, 0, 1, 1, 0, 1, 1, 1, 2, 0],
    "toteutus": [3, 2, 3, 2, 2, 1, 3, 3, 2, 2, 1, 1, 1, "na", 3, 1, 2, 2, 1, 2, 3, 2, 3, 1],
}

# Personal views (None: left unanswered). Most differ from the team's view by one level at most; in the
# implementation phase q16 divides the team (two say 3, three say 0 or 1), a disagreement the report flags.
OVERRIDES: dict[tuple[str, str], dict[str, Level | None]] = {
    ("suunnittelu", "Aino"): {"q01": 2, "q09": 2},
    ("suunnittelu", "Mikko"): {"q07": 3, "q19": 1},
    ("suunnittelu", "Leena"): {"q05": 0, "q08": 0, "q09": 0},
    ("suunnittelu", "Samir"): {"q20": "dont_know"},
    ("toteutus", "Aino"): {"q02": 3, "q10": 3, "q14": 1, "q21": 4, "q24": 2},
    ("toteutus", "Mikko"): {"q05": 4, "q07": 4, "q12": 2, "q15": 4, "q16": 3},
    ("toteutus", "Leena"): {"q06": 0, "q08": 2, "q11": 0, "q16": 0, "q23": 4},
    ("toteutus", "Samir"): {
        "q09": "dont_know",
        "q11": None,
        "q12": "dont_know",
        "q13": "dont_know",
        "q19": 2,
        "q20": "dont_know",
        "q22": 3,
    },
    ("toteutus", "Helmi"): {"q02": 2, "q03": 4, "q16": 3, "q17": 3, "q19": 2},
}

HOW: dict[tuple[str, str], dict[str, str]] = {
    ("suunnittelu", "Aino"): {
        "q01": "Suunnittelemme jalkautuvaa työtä kirjastoon ja kauppakeskukseen.",
        "q08": "Kysely nuorille koulun kautta.",
    },
    ("suunnittelu", "Mikko"): {"q21": "Kylätalo on auki kaikille tiistai- ja torstai-iltaisin."},
    ("toteutus", "Aino"): {
        "q01": "Jalkaudumme kirjastoon ja kauppakeskukseen kerran viikossa. Ensimmäinen tapaaminen voi olla "
        "kahvikupin äärellä, ilman ilmoittautumista.",
        "q08": "Tarpeita kartoitettiin kahdessa työpajassa nuorten kanssa keväällä.",
        "q10": "Kyläjuhlat järjestettiin yhdessä kyläyhdistyksen ja nuorten kanssa.",
        "q21": "Kylätalon avoimet ovet: kaikenikäiset samassa tilassa, ei ilmoittautumista eikä taustoja kysytä.",
        "q24": "Kumppanuuspöytä kunnan kanssa kokoontuu neljästi vuodessa.",
    },
    ("toteutus", "Mikko"): {
        "q01": "Kutsumme mukaan henkilökohtaisesti – moni tuli ensimmäisen kerran kaverin kanssa.",
        "q05": "Osallistujat suunnittelevat ja vetävät itse osan illoista.",
        "q07": "Retket lähiluontoon ja yhteiset ruokaillat kerran kuussa.",
        "q15": "Valokuvaus- ja podcast-työpajat; tuotokset ovat esillä kirjastossa.",
        "q16": "Nuorten tekemä valokuvanäyttely kunnantalolla. Avajaisissa puhui kunnanjohtaja.",
    },
    ("toteutus", "Leena"): {
        "q04": "Torstain avoimiin iltoihin voi tulla vain katsomaan.\nKukaan ei joudu esittäytymään.",
        "q05": "Ideat kysytään osallistujilta, mutta päätökset tehdään vielä usein tiimissä.",
        "q09": "Kokemusasiantuntija on mukana suunnittelutiimissä.",
        "q23": "Yhteiset ateriat ja talkoot – moni on kertonut saaneensa uusia tuttavia.",
    },
    ("toteutus", "Samir"): {
        "q07": "Retket lähiluontoon ja yhteiset ruokaillat kerran kuussa.",
        "q19": "Nuorten oma pop up -kahvila kylätalon pihalla kesällä.",
        "q22": "Nuoret kunnostivat kylätalon pihan yhdessä eläkeläisten kanssa.",
    },
    ("toteutus", "Helmi"): {
        "q02": "Etsivä nuorisotyö ohjaa nuoria ryhmiin; kohtaamme ilman kiirettä ja kysymme, mikä kiinnostaa.",
        "q03": "Jokaisen kanssa tehdään oma suunnitelma, jota päivitetään kuukausittain.",
        "q17": "Nuoret esittelivät ideansa nuorisovaltuustolle.",
    },
}

NEXT: dict[tuple[str, str], dict[str, str]] = {
    ("suunnittelu", "Leena"): {"q08": "Tehdään tarvekartoitus yhdessä nuorten kanssa, ei pelkkänä kyselynä."},
    ("suunnittelu", "Aino"): {"q09": "Otetaan kokemusasiantuntija mukaan suunnitteluun."},
    ("toteutus", "Leena"): {
        "q05": "Sovitaan, että osallistujat päättävät itse kevään ohjelmasta.",
        "q16": "Pyydetään kunnalta tunnustus nuorten vapaaehtoistyöstä.",
    },
    ("toteutus", "Aino"): {
        "q06": "Kokeillaan vuorovetäjyyttä: jokainen halukas saa vetää yhden illan.",
        "q12": "Kerrotaan osallistujille kolmen kuukauden välein, mitä heidän ideoistaan on seurannut.",
        "q24": "Kirjataan kumppanuuspöytä osaksi kunnan osallisuusohjelmaa.",
    },
    ("toteutus", "Mikko"): {"q11": "Palvelumuotoilutyöpaja yhdessä kunnan nuorisopalvelujen kanssa syksyllä."},
    ("toteutus", "Helmi"): {"q13": "Kootaan kokemustieto yhteen ja viedään se hyvinvointialueen asiakasraatiin."},
}

# Who answered in each phase, and when they started.
SESSIONS: list[tuple[str, str, datetime]] = [
    ("suunnittelu", "Aino", datetime(2026, 3, 10, 9, 0, tzinfo=_WINTER)),
    ("suunnittelu", "Mikko", datetime(2026, 3, 10, 13, 30, tzinfo=_WINTER)),
    ("suunnittelu", "Leena", datetime(2026, 3, 11, 10, 15, tzinfo=_WINTER)),
    ("suunnittelu", "Samir", datetime(2026, 3, 12, 18, 5, tzinfo=_WINTER)),
    ("toteutus", "Aino", datetime(2026, 10, 5, 9, 0, tzinfo=_SUMMER)),
    ("toteutus", "Mikko", datetime(2026, 10, 5, 14, 0, tzinfo=_SUMMER)),
    ("toteutus", "Leena", datetime(2026, 10, 6, 10, 30, tzinfo=_SUMMER)),
    ("toteutus", "Samir", datetime(2026, 10, 7, 17, 45, tzinfo=_SUMMER)),
    ("toteutus", "Helmi", datetime(2026, 10, 8, 8, 40, tzinfo=_SUMMER)),
]

REPORTS = (("report", "md"), ("report", "html"), ("innokyla", "md"), ("innokyla", "html"))


@dataclass
class DemoFiles:
    folder: Path
    answers: list[Path] = field(default_factory=list)
    team: Path | None = None
    reports: dict[tuple[str, str], Path] = field(default_factory=dict)


def answers_for(qs: QuestionSet, phase: str, name: str, start: datetime) -> answers_mod.AnswersFile:
    """One team member's answers file for one phase, built as ``osallisuus assess`` builds it."""
    doc = answers_mod.new_answers(
        qs,
        project=answers_mod.Project(phase=phase, **PROJECT),  # type: ignore[arg-type]
        language="fi",
        name=name,
        role=PEOPLE[name],
        moment=start,
        respondent_id=str(uuid.uuid5(_NAMESPACE, name)),  # one person keeps her id in every phase
    )
    levels: dict[str, Level | None] = dict(zip([q.id for q in qs.questions], BASE[phase], strict=True))
    levels.update(OVERRIDES.get((phase, name), {}))
    how, next_step = HOW.get((phase, name), {}), NEXT.get((phase, name), {})
    moment = start
    for qid, level in levels.items():
        if level is None:
            continue
        moment += timedelta(minutes=1, seconds=20)  # the pace of someone thinking each answer over
        doc.answers[qid] = answers_mod.Answer(
            level=level, how=how.get(qid), next_step=next_step.get(qid), updated=moment
        )
    doc.updated = moment
    return doc


def planned_files(folder: Path) -> list[Path]:
    answers = [folder / "answers" / phase / f"{fsutil.slugify(name)}.yaml" for phase, name, _ in SESSIONS]
    reports = [folder / f"{template}.{fmt}" for template, fmt in REPORTS]
    return [*answers, folder / "team.yaml", *reports]


def _other_file(folder: Path, planned: set[Path]) -> Path | None:
    """A file (or link, pipe, …) in ``folder`` that the demo would not write itself, if there is one."""
    if not folder.is_dir():
        return None if not folder.exists() and not folder.is_symlink() else folder
    for root, dirs, names in os.walk(folder):
        for name in [*names, *(d for d in dirs if Path(root, d).is_symlink())]:
            path = Path(root, name)
            if path not in planned or path.is_symlink() or not path.is_file():
                return path
    return None


def write_demo(folder: Path, qs: QuestionSet, *, lang: str, force: bool = False) -> DemoFiles:
    """Write the example team, its team file and its reports into ``folder``; refuse to overwrite without ``force``."""
    from osallisuus_cli.model.team import save_team
    from osallisuus_cli.reports.report import build_report, render
    from osallisuus_cli.teamwork.datacheck import check_inputs
    from osallisuus_cli.teamwork.merge import collect_team

    planned = planned_files(folder)
    stranger = _other_file(folder, set(planned))
    if stranger is not None:  # fictitious people must never join a real team's answers, nor real ones the demo
        raise UsageError("safety.demo_folder_in_use", folder=str(folder), other=str(stranger))
    if not force and any(path.exists() for path in planned):
        raise UsageError("report.demo_exists", folder=str(folder))
    files = DemoFiles(folder)
    for phase, name, start in SESSIONS:
        path = folder / "answers" / phase / f"{fsutil.slugify(name)}.yaml"
        answers_mod.save_answers(path, answers_for(qs, phase, name, start), qs)
        files.answers.append(path)
    merged = collect_team(files.answers, qs)
    files.team = folder / "team.yaml"
    save_team(files.team, merged.team, qs)
    # The reports are made from the team file, as a coordinator would make them: with the data check that
    # `osallisuus report team.yaml` would put in them (one respondent left a question unanswered).
    again = collect_team([files.team], qs)
    findings = check_inputs(
        again.entries, qs, kept=again.team.responses, merge_warnings=again.warnings, workshops=again.team.workshops
    )
    model = build_report(again.team, qs, lang, findings=findings)
    for template, fmt in REPORTS:
        path = folder / f"{template}.{fmt}"
        fsutil.atomic_write(path, render(model, fmt=fmt, template=template))
        files.reports[(template, fmt)] = path
    return files
