"""What every report says about its question set (reports/setfacts.py, docs/question-sets.md): THL's own title cited
as THL wrote it, a translation's title marked unofficial, the scale in the report's language, a translation note only
for a translation, and a report in a language the set has no texts in says so. The team report and the portfolio
read the same facts."""

from __future__ import annotations

import dataclasses

import pytest

from osallisuus_cli.i18n import t
from osallisuus_cli.portfolio.build import build_portfolio
from osallisuus_cli.reports.setfacts import set_facts
from tests.conftest import make_answers


def test_the_original_is_cited_as_written_and_without_a_translation_note(qs) -> None:
    original = qs.languages.authoritative
    facts = set_facts(qs, original)
    assert facts.citation == t("report.cite_title", original, original=qs.text(qs.title, original))
    assert not facts.unofficial_translation
    assert facts.translation_note == ""


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_a_translation_cites_the_original_title_and_marks_its_own_unofficial(qs, lang) -> None:
    assert qs.is_unofficial(lang)
    facts = set_facts(qs, lang)
    original = qs.text(qs.title, qs.languages.authoritative)
    assert original != qs.text(qs.title, lang)
    expected = t("report.cite_title_translated", lang, original=original, translation=qs.text(qs.title, lang))
    assert facts.citation == expected
    assert facts.title == qs.text(qs.title, lang)
    assert facts.unofficial_translation
    assert facts.translation_note == (qs.translation_note(lang) or t("report.unofficial_translation", lang))


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_scale_is_laid_out_in_the_reports_language(qs, lang) -> None:
    facts = set_facts(qs, lang)
    assert [(item.value, item.label) for item in facts.scale] == [
        (level.value, level.label[lang]) for level in qs.scale.levels
    ]
    assert [(item.value, item.label) for item in facts.special] == [
        (special.value, special.label[lang]) for special in qs.scale.special
    ]
    assert (facts.scale_min, facts.scale_max) == (qs.scale.levels[0].value, qs.scale.levels[-1].value)


def test_a_report_in_a_language_the_set_has_no_texts_in_says_so(qs) -> None:
    finnish_only = dataclasses.replace(qs, languages=dataclasses.replace(qs.languages, available=["fi"]))
    assert set_facts(finnish_only, "en").untranslated
    assert not set_facts(finnish_only, "fi").untranslated
    assert not set_facts(qs, "en").untranslated


def test_the_portfolio_reads_the_same_facts_as_a_report_would(qs, make_team) -> None:
    portfolio = build_portfolio(make_team([make_answers(qs, {"q01": 2})]), qs, "sv")
    facts = set_facts(qs, "sv")
    assert portfolio.framework_citation == facts.citation
    assert portfolio.scale == facts.scale
    assert portfolio.translation_note == facts.translation_note
    assert portfolio.untranslated == facts.untranslated
