"""The survey kit, rule by rule: the sheet carries every question in the set's order under its domain and section,
each with its options (the numbered scale, then the special answers) and its two text questions, after the four
opening questions; the mapping written beside it names exactly the sheet's texts (and earlier wordings after them),
every option and phase name of its language, and reads back as the data it was made from."""

from __future__ import annotations

import pytest
import yaml

from osallisuus_cli.i18n import t
from osallisuus_cli.importing import surveykit
from osallisuus_cli.importing.mapping import FIXED_COLUMNS, FORMAT, IGNORED_PREFIXES, build_mapping
from osallisuus_cli.model.answers import PHASES

LANGS = ["fi", "sv", "en"]


def blocks(sheet: str, lang: str, qs) -> dict[int, str]:
    """Each question's part of the sheet, from its heading to the next heading."""
    found: dict[int, str] = {}
    lines = sheet.split("\n")
    for question in qs.questions:
        heading = t("importing.kit_question_heading", lang, number=question.number)
        (start,) = [n for n, line in enumerate(lines) if line.endswith(f" {heading}") and line.startswith("#")]
        end = next((n for n in range(start + 1, len(lines)) if lines[n].startswith("#")), len(lines))
        found[question.number] = "\n".join(lines[start:end])
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_an_option_is_its_number_an_en_dash_and_its_label_and_the_special_answers_come_last(qs, lang):
    numbered = [f"{level.value} \u2013 {qs.text(level.label, lang)}" for level in qs.scale.levels]
    special = [qs.text(answer.label, lang) for answer in qs.scale.special]
    assert surveykit.level_options(qs, lang) == numbered + special


@pytest.mark.parametrize("lang", LANGS)
def test_each_question_is_a_choice_of_every_option_and_two_text_questions_numbered_alike(qs, lang):
    sheet = surveykit.sheet_text(qs, lang, mapping_file="kysely.mapping.yaml")
    found = blocks(sheet, lang, qs)
    options = "\n".join(f"  - `{option}`" for option in surveykit.level_options(qs, lang))
    for question in qs.questions:
        number = question.number
        block = found[number]
        choice = f"- {t('importing.kit_choice', lang)}:\n\n  `{number}. {qs.text(question.text, lang)}`\n"
        assert choice in block
        assert f"  {t('importing.kit_options', lang)}:\n\n{options}\n\n" in block
        assert block.endswith(
            f"- {t('importing.kit_text', lang)}: `{number}. {t('assess.ask_how', lang)}`\n"
            f"- {t('importing.kit_text', lang)}: `{number}. {t('assess.ask_next_step', lang)}`\n"
        )
        examples = f"  {t('importing.kit_examples', lang)}:\n\n  `{qs.text(question.examples, lang)}`\n"
        assert (examples in block) is bool(question.examples)
        assert block.index(choice) < block.index(t("importing.kit_options", lang))


@pytest.mark.parametrize("lang", LANGS)
def test_the_questions_stand_in_order_under_their_domains_and_sections(qs, lang):
    sheet = surveykit.sheet_text(qs, lang, mapping_file="m.yaml")
    expected: list[str] = []
    for domain in qs.domains:
        parts = len(domain.sections) > 1
        if parts:
            expected.append(f"## {domain.id} {qs.text(domain.title, lang)}")
        for section in domain.sections:
            expected.append(f"{'###' if parts else '##'} {section.id} {qs.section_title(section, lang)}")
            heading = "####" if parts else "###"
            expected += [
                f"{heading} {t('importing.kit_question_heading', lang, number=q.number)}" for q in section.questions
            ]
    lines = sheet.split("\n")
    headings = [line for line in lines if line.startswith("#")]
    assert headings[2:] == expected
    assert all(lines[n + 1] == "" for n, line in enumerate(lines) if line.startswith("#")), "Markdown: a blank line"
    assert headings[:2] == [
        f"# {t('importing.kit_title', lang, title=qs.text(qs.title, lang))}",
        f"## {t('importing.kit_about_heading', lang)}",
    ]


@pytest.mark.parametrize("lang", LANGS)
def test_the_survey_opens_with_the_project_its_phase_a_name_and_a_role(qs, lang):
    sheet = surveykit.sheet_text(qs, lang, mapping_file="m.yaml")
    phases = " / ".join(f"`{t(f'assess.phase_{phase}', lang)}`" for phase in PHASES)
    opening = "\n".join(
        [
            f"## {t('importing.kit_about_heading', lang)}",
            "",
            f"1. `{t('assess.ask_project', lang)}` — {t('importing.kit_text_required', lang)}",
            f"2. `{t('assess.ask_phase', lang)}` — {t('importing.kit_choice_required', lang)}: {phases}",
            f"3. `{t('assess.ask_name', lang)}` — {t('importing.kit_text_optional_name', lang)}",
            f"4. `{t('assess.ask_role', lang)}` — {t('importing.kit_text_optional', lang)}",
            "",
            "",
        ]
    )
    assert opening in sheet


@pytest.mark.parametrize("lang", LANGS)
def test_the_sheet_names_its_mapping_file_and_thls_source_and_a_translation_says_so(qs, lang):
    sheet = surveykit.sheet_text(qs, lang, mapping_file="oma.mapping.yaml")
    title = f"# {t('importing.kit_title', lang, title=qs.text(qs.title, lang))}"
    intro = t("importing.kit_intro", lang, mapping="oma.mapping.yaml")
    source = f"> {qs.text(qs.source.note, lang)}"
    assert sheet.startswith(f"{title}\n\n{intro}\n\n{source}\n\n")
    note = qs.translation_note(lang)
    assert (note is None) is (lang == "fi"), "THL's own Finnish is no translation"
    if note:
        assert f"{source}\n\n> {note}\n\n## " in sheet
    else:
        assert f"{source}\n\n## " in sheet
    assert sheet.endswith("`\n"), "one line break at the end"
    assert not sheet.endswith("\n\n")


@pytest.mark.parametrize("lang", LANGS)
def test_the_kits_mapping_names_the_sheets_texts_first_and_earlier_wordings_after(qs, lang):
    data = surveykit.mapping_data(qs, lang)
    columns = data["columns"]
    first = {target: titles[0] for target, titles in columns.items()}
    expected = dict(surveykit.about_titles(lang))
    for question in qs.questions:
        expected.update(surveykit.answer_titles(qs, question.id, lang))
    assert first == expected
    assert list(columns) == list(expected)
    sheet = surveykit.sheet_text(qs, lang, mapping_file="m.yaml")
    assert all(f"`{title}`" in sheet for title in first.values())
    for target in ("project.name", "project.phase"):
        earlier = surveykit.EARLIER_TITLES[target]
        assert columns[target][1:] == [title for title in earlier if title != first[target]]
    for question in qs.questions:
        earlier = [f"{question.number}. {title}" for title in surveykit.EARLIER_TITLES["how"]]
        assert columns[f"{question.id}.how"][1:] == [title for title in earlier if title != first[f"{question.id}.how"]]
        assert len(columns[f"{question.id}.level"]) == len(columns[f"{question.id}.next_step"]) == 1
    assert all(len(set(titles)) == len(titles) for titles in columns.values()), "each wording once"


@pytest.mark.parametrize("lang", LANGS)
def test_the_kits_mapping_reads_every_option_and_phase_of_its_language(qs, lang):
    data = surveykit.mapping_data(qs, lang)
    options = surveykit.level_options(qs, lang)
    values = [level.value for level in qs.scale.levels] + [answer.value for answer in qs.scale.special]
    assert data["labels"] == dict(zip(options, values, strict=True))
    assert data["phases"] == {t(f"assess.phase_{phase}", lang): phase for phase in PHASES}
    assert {key: data[key] for key in ("format", "framework", "language", "timezone")} == {
        "format": FORMAT,
        "framework": {"id": qs.id, "version": qs.version},
        "language": lang,
        "timezone": "Europe/Helsinki",
    }
    assert data["fixed_columns"] == {role: list(aliases) for role, aliases in FIXED_COLUMNS.items()}
    assert data["ignore"] == list(IGNORED_PREFIXES)
    mapping = build_mapping(data, qs)
    assert (mapping.language, mapping.timezone) == (lang, "Europe/Helsinki")


@pytest.mark.parametrize("lang", LANGS)
def test_the_mapping_file_says_what_it_is_in_comments_and_reads_back_as_its_data(qs, lang):
    text = surveykit.mapping_text(qs, lang)
    comment = t("importing.kit_mapping_comment", lang).split("\n")
    lines = text.split("\n")
    assert lines[: len(comment)] == [f"# {line}" for line in comment]
    assert not lines[len(comment)].startswith("#")
    assert yaml.safe_load(text) == surveykit.mapping_data(qs, lang)


@pytest.mark.parametrize(
    ("lang", "header", "target"),
    [
        ("fi", "Projektin tai toiminnan nimi", "project.name"),
        ("sv", "I vilket skede är verksamheten?", "project.phase"),
        ("sv", "3. Hur i praktiken?", "q03.how"),
        ("en", "3. How in practice?", "q03.how"),
        ("fi", "3. How in practice?", "q03.how"),
    ],
)
def test_a_survey_built_from_an_earlier_wording_of_the_kit_keeps_its_columns(qs, lang, header, target):
    """Surveys already built keep their headers when the kit's wording changes: the earlier kits' texts, as given."""
    assert build_mapping(surveykit.mapping_data(qs, lang), qs).target_of(header) == target


@pytest.mark.parametrize("lang", LANGS)
def test_a_question_with_examples_is_written_whole_each_part_its_own_paragraph(qs, lang):
    question = qs.question("q09")
    assert question.examples, "question 9 has THL's examples"
    block = blocks(surveykit.sheet_text(qs, lang, mapping_file="m.yaml"), lang, qs)[9]
    heading = (
        "####" if any(question in s.questions for d in qs.domains if len(d.sections) > 1 for s in d.sections) else "###"
    )
    expected = [
        f"{heading} {t('importing.kit_question_heading', lang, number=9)}",
        "",
        f"- {t('importing.kit_choice', lang)}:",
        "",
        f"  `9. {qs.text(question.text, lang)}`",
        "",
        f"  {t('importing.kit_examples', lang)}:",
        "",
        f"  `{qs.text(question.examples, lang)}`",
        "",
        f"  {t('importing.kit_options', lang)}:",
        "",
        *[f"  - `{option}`" for option in surveykit.level_options(qs, lang)],
        "",
        f"- {t('importing.kit_text', lang)}: `9. {t('assess.ask_how', lang)}`",
        f"- {t('importing.kit_text', lang)}: `9. {t('assess.ask_next_step', lang)}`",
        "",
    ]
    assert block == "\n".join(expected)


def test_an_empty_line_of_the_mapping_files_comment_is_a_bare_comment_mark(qs, monkeypatch):
    """The comment keeps its paragraphs, and no line of the file ends in a space."""
    said = surveykit.t

    def comment(key: str, lang: str | None = None, /, **params: object) -> str:
        return (
            "Ensimmäinen kappale.\n\nToinen kappale."
            if key == "importing.kit_mapping_comment"
            else said(key, lang, **params)
        )

    monkeypatch.setattr(surveykit, "t", comment)
    assert surveykit.mapping_text(qs, "fi").startswith("# Ensimmäinen kappale.\n#\n# Toinen kappale.\nformat: ")
