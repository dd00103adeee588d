"""Question sets as plain data (for --json output and templates), in one chosen language."""

from __future__ import annotations

from typing import Any

from osallisuus_cli.questionsets.framework import Question, QuestionSet


def _language_info(qs: QuestionSet, lang: str) -> dict[str, Any]:
    return {
        "language": lang,
        "authoritative_language": qs.languages.authoritative,
        "unofficial_translation": qs.is_unofficial(lang),
        "translation_note": qs.translation_note(lang),
    }


def question_as_data(qs: QuestionSet, question: Question, lang: str) -> dict[str, Any]:
    section = qs.section_of(question.id)
    domain = qs.domain_of_section(section.id)
    return {
        "id": question.id,
        "number": question.number,
        "count": len(qs.questions),
        "text": qs.text(question.text, lang),
        "examples": qs.text(question.examples, lang) or None,
        "section_id": section.id,
        "section_title": qs.section_title(section, lang),
        "domain_id": domain.id,
        "domain_title": qs.text(domain.title, lang),
        "framework": {"id": qs.id, "version": qs.version},
        **_language_info(qs, lang),
    }


def set_as_data(qs: QuestionSet, lang: str) -> dict[str, Any]:
    return {
        "id": qs.id,
        "version": qs.version,
        **_language_info(qs, lang),
        "available_languages": list(qs.languages.available),
        "title": qs.text(qs.title, lang),
        "description": qs.text(qs.description, lang) or None,
        "source": {
            "publisher": qs.text(qs.source.publisher, lang),
            "title": qs.text(qs.source.title, lang),
            "url": qs.source.url,
            "note": qs.text(qs.source.note, lang),
            "references": list(qs.source.references),
        },
        "scale": {
            "levels": [
                {
                    "value": lvl.value,
                    "label": qs.text(lvl.label, lang),
                    "description": qs.text(lvl.description, lang) or None,
                }
                for lvl in qs.scale.levels
            ],
            "special": [{"value": sp.value, "label": qs.text(sp.label, lang)} for sp in qs.scale.special],
        },
        "domains": [
            {
                "id": domain.id,
                "kind": domain.kind,
                "title": qs.text(domain.title, lang),
                "short_title": qs.text(domain.short_title, lang) or None,
                "description": qs.text(domain.description, lang) or None,
                "sections": [
                    {
                        "id": section.id,
                        "title": qs.section_title(section, lang),
                        "description": qs.text(section.description, lang) or None,
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
