"""Question sets as plain data (for --json output and templates), in one chosen language."""

from __future__ import annotations

from typing import Any

from osallisuus_cli.framework import Question, QuestionSet


def question_as_data(qs: QuestionSet, question: Question, lang: str) -> dict[str, Any]:
    section = qs.section_of(question.id)
    domain = qs.domain_of_section(section.id)
    return {
        "id": question.id,
        "number": question.number,
        "text": qs.text(question.text, lang),
        "examples": qs.text(question.examples, lang) or None,
        "section_id": section.id,
        "section_title": qs.section_title(section, lang),
        "domain_id": domain.id,
        "domain_title": qs.text(domain.title, lang),
        "language": lang,
        "unofficial_translation": qs.is_unofficial(lang),
    }


def set_as_data(qs: QuestionSet, lang: str) -> dict[str, Any]:
    return {
        "id": qs.id,
        "version": qs.version,
        "language": lang,
        "unofficial_translation": qs.is_unofficial(lang),
        "title": qs.text(qs.title, lang),
        "source": {"publisher": qs.text(qs.source.publisher, lang), "url": qs.source.url},
        "scale": {
            "levels": [{"value": lvl.value, "label": qs.text(lvl.label, lang)} for lvl in qs.scale.levels],
            "special": [{"value": sp.value, "label": qs.text(sp.label, lang)} for sp in qs.scale.special],
        },
        "domains": [
            {
                "id": domain.id,
                "kind": domain.kind,
                "title": qs.text(domain.title, lang),
                "description": qs.text(domain.description, lang) or None,
                "sections": [
                    {
                        "id": section.id,
                        "title": qs.section_title(section, lang),
                        "questions": [
                            {
                                "id": q.id,
                                "number": q.number,
                                "text": qs.text(q.text, lang),
                                "examples": qs.text(q.examples, lang) or None,
                            }
                            for q in section.questions
                        ],
                    }
                    for section in domain.sections
                ],
            }
            for domain in qs.domains
        ],
    }
