"""Synthetic survey exports for the import tests, laid out as Microsoft Forms lays out its Excel export.

One row per response; Forms' own columns first (ID, Start time, Completion time, Email, Name, Last modified time —
translated in a Finnish interface), then one column per question headed by the question's text, holding the chosen
option's text. The question texts are the survey kit's, so the kit's mapping matches them.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from osallisuus_cli.importing import surveykit
from osallisuus_cli.questionsets.framework import QuestionSet

FIXED = {
    "en": ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time"],
    "fi": ["Tunnus", "Aloitusaika", "Valmistumisaika", "Sähköposti", "Nimi", "Viimeksi muokattu"],
}


def kit_headers(qs: QuestionSet, lang: str) -> dict[str, str]:
    """Field → header, as a survey built from the kit exports them."""
    headers = dict(surveykit.about_titles(lang))
    for question in qs.questions:
        headers.update(surveykit.answer_titles(qs, question.id, lang))
    return headers


def response(qs: QuestionSet, lang: str, index: int, *, seed: int = 0) -> dict[str, Any]:
    """One response: field → cell value (labels as Forms writes them)."""
    rnd = random.Random(seed * 1000 + index)
    options = surveykit.level_options(qs, lang)
    cells: dict[str, Any] = {
        "project.name": "Nuorten ääni",
        "project.phase": {"fi": "Toteutus", "sv": "Genomförande", "en": "Implementation"}[lang],
        "respondent.name": f"Vastaaja {index}",
        "respondent.role": "nuoriso-ohjaaja",
    }
    for question in qs.questions:
        cells[f"{question.id}.level"] = rnd.choice(options)
        if rnd.random() < 0.3:
            cells[f"{question.id}.how"] = f"Käytäntö {index}-{question.number}: kahvila torstaisin"
        if rnd.random() < 0.2:
            cells[f"{question.id}.next_step"] = "Kysytään nuorilta"
    return cells


def forms_rows(
    qs: QuestionSet, *, lang: str = "fi", ui: str = "en", rows: int = 3, seed: int = 0, quiz: bool = False
) -> tuple[list[str], list[list[Any]]]:
    """Header and rows of a Forms export of the kit's survey (``ui``: the language of Forms' own columns)."""
    fields = kit_headers(qs, lang)
    header = list(FIXED[ui])
    order = list(fields)
    for target in order:
        header.append(fields[target])
        if quiz and target.endswith(".level"):
            header += [f"Points - {fields[target]}", f"Feedback - {fields[target]}"]
    if quiz:
        header += ["Total points", "Quiz feedback"]
    body = []
    start = datetime(2026, 11, 2, 9, 0)
    for index in range(1, rows + 1):
        cells = response(qs, lang, index, seed=seed)
        began = start + timedelta(minutes=17 * index)
        row: list[Any] = [
            index,
            began,
            began + timedelta(minutes=12),
            f"v{index}@example.fi",
            f"Vastaaja {index}",
            None,
        ]
        for target in order:
            row.append(cells.get(target))
            if quiz and target.endswith(".level"):
                row += [1, None]
        if quiz:
            row += [24, None]
        body.append(row)
    return header, body


def shuffled(header: list[str], rows: list[list[Any]], seed: int = 1) -> tuple[list[str], list[list[Any]]]:
    order = list(range(len(header)))
    random.Random(seed).shuffle(order)
    return [header[i] for i in order], [[row[i] for i in order] for row in rows]


def write_xlsx(path: Path, header: list[str], rows: list[list[Any]], *, title: str = "Sheet1") -> Path:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title)
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path
