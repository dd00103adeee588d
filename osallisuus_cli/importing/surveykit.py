"""The survey kit: the texts to build the survey in Microsoft Forms or Webropol, and the mapping that matches them.

Each question of the set becomes a choice question titled "7. <question>" whose options are the numbered scale
labels ("3 – Toteutuu säännöllisesti") and the two special answers, followed by two text questions ("7. Miten
käytännössä?", "7. Seuraava askel?"); the survey starts with the project, phase, name and role. Every text comes from
the question set and the catalogues, so the mapping written beside the sheet matches the export without editing.
"""

from __future__ import annotations

from typing import Any

from osallisuus_cli.files import yamlemit
from osallisuus_cli.i18n import t
from osallisuus_cli.importing.mapping import FIXED_COLUMNS, FORMAT, IGNORED_PREFIXES
from osallisuus_cli.model.answers import PHASES
from osallisuus_cli.questionsets.framework import Question, QuestionSet

DASH = "\u2013"  # the en dash of "3 – Toteutuu säännöllisesti"
# Surveys already built keep their headers when a later version words the kit differently: earlier wordings stay
# accepted by the mapping ("how"/"next_step" are numbered: "7. How in practice?").
EARLIER_TITLES: dict[str, tuple[str, ...]] = {
    "project.name": ("Projektin tai toiminnan nimi",),
    "project.phase": ("I vilket skede är verksamheten?",),
    "how": ("Hur i praktiken?", "How in practice?"),
}


def level_options(qs: QuestionSet, lang: str) -> list[str]:
    numbered = [f"{level.value} {DASH} {qs.text(level.label, lang)}" for level in qs.scale.levels]
    return numbered + [qs.text(special.label, lang) for special in qs.scale.special]


def question_title(qs: QuestionSet, qid: str, lang: str) -> str:
    question = qs.question(qid)
    return f"{question.number}. {qs.text(question.text, lang)}"


def about_titles(lang: str) -> dict[str, str]:
    """The survey's opening questions: project, phase, name and role."""
    return {
        "project.name": t("assess.ask_project", lang),
        "project.phase": t("assess.ask_phase", lang),
        "respondent.name": t("assess.ask_name", lang),
        "respondent.role": t("assess.ask_role", lang),
    }


def answer_titles(qs: QuestionSet, qid: str, lang: str) -> dict[str, str]:
    number = qs.question(qid).number
    return {
        f"{qid}.level": question_title(qs, qid, lang),
        f"{qid}.how": f"{number}. {t('assess.ask_how', lang)}",
        f"{qid}.next_step": f"{number}. {t('assess.ask_next_step', lang)}",
    }


def mapping_data(qs: QuestionSet, lang: str) -> dict[str, Any]:
    """The mapping for the kit's survey in ``lang`` as plain data (``osallisuus/import-mapping/v1``)."""
    columns = {target: [title] for target, title in about_titles(lang).items()}
    for question in qs.questions:
        columns.update({target: [title] for target, title in answer_titles(qs, question.id, lang).items()})
        for earlier in EARLIER_TITLES["how"]:
            columns[f"{question.id}.how"].append(f"{question.number}. {earlier}")
    for target in ("project.name", "project.phase"):
        columns[target] += EARLIER_TITLES[target]
    for target, titles in columns.items():
        columns[target] = list(dict.fromkeys(titles))  # a wording that did not change is listed once
    labels: dict[str, Any] = {
        option: level.value for option, level in zip(level_options(qs, lang), qs.scale.levels, strict=False)
    }
    labels.update({qs.text(special.label, lang): special.value for special in qs.scale.special})
    return {
        "format": FORMAT,
        "framework": {"id": qs.id, "version": qs.version},
        "language": lang,
        "timezone": "Europe/Helsinki",
        "columns": columns,
        "fixed_columns": {role: list(aliases) for role, aliases in FIXED_COLUMNS.items()},
        "ignore": list(IGNORED_PREFIXES),
        "labels": labels,
        "phases": {t(f"assess.phase_{phase}", lang): phase for phase in PHASES},
    }


def mapping_text(qs: QuestionSet, lang: str) -> str:
    header = "".join(f"# {line}\n" if line else "#\n" for line in t("importing.kit_mapping_comment", lang).split("\n"))
    return header + yamlemit.emit(mapping_data(qs, lang))


def sheet_text(qs: QuestionSet, lang: str, *, mapping_file: str) -> str:
    """The Markdown sheet to build the survey from, question by question."""
    out = [f"# {t('importing.kit_title', lang, title=qs.text(qs.title, lang))}", ""]
    out += [t("importing.kit_intro", lang, mapping=mapping_file), ""]
    note = qs.translation_note(lang)
    out += [f"> {qs.text(qs.source.note, lang)}", ""]
    if note:
        out += [f"> {note}", ""]
    out += [f"## {t('importing.kit_about_heading', lang)}", ""]
    about = about_titles(lang)
    phases = " / ".join(f"`{t(f'assess.phase_{phase}', lang)}`" for phase in PHASES)
    out += [
        f"1. `{about['project.name']}` — {t('importing.kit_text_required', lang)}",
        f"2. `{about['project.phase']}` — {t('importing.kit_choice_required', lang)}: {phases}",
        f"3. `{about['respondent.name']}` — {t('importing.kit_text_optional_name', lang)}",
        f"4. `{about['respondent.role']}` — {t('importing.kit_text_optional', lang)}",
        "",
    ]
    options = level_options(qs, lang)
    for domain in qs.domains:
        parts = len(domain.sections) > 1  # domain 2: its own title, then 2A and 2B under it
        if parts:
            out += [f"## {domain.id} {qs.text(domain.title, lang)}", ""]
        for section in domain.sections:
            out += [f"{'###' if parts else '##'} {section.id} {qs.section_title(section, lang)}", ""]
            heading = "####" if parts else "###"
            for question in section.questions:
                out += _question_lines(qs, question, lang, heading, options)
    return "\n".join(out).rstrip("\n") + "\n"


def _question_lines(qs: QuestionSet, question: Question, lang: str, heading: str, options: list[str]) -> list[str]:
    """One question whole: its title, THL's examples (part of the question; a survey's description or help text),
    the options and the two text questions."""
    titles = answer_titles(qs, question.id, lang)
    out = [f"{heading} {t('importing.kit_question_heading', lang, number=question.number)}", ""]
    out += [f"- {t('importing.kit_choice', lang)}:", "", f"  `{titles[f'{question.id}.level']}`", ""]
    if question.examples:
        out += [f"  {t('importing.kit_examples', lang)}:", "", f"  `{qs.text(question.examples, lang)}`", ""]
    out += [f"  {t('importing.kit_options', lang)}:", ""]
    out += [f"  - `{option}`" for option in options]
    out += [""]
    out += [f"- {t('importing.kit_text', lang)}: `{titles[f'{question.id}.how']}`"]
    out += [f"- {t('importing.kit_text', lang)}: `{titles[f'{question.id}.next_step']}`", ""]
    return out
