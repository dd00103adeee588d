"""What every report says about the question set it rests on, in the report's language: made once, shared.

The team report (``report_model.Report``) and the portfolio (``portfolio.model.Portfolio``) both cite the set, name
its publisher and source, say when its texts are an unofficial translation, and lay out its scale. ``SetFacts`` holds
that once; ``AboutTheSet`` gives both models the names templates use (``report.framework_citation``,
``report.scale``, …, listed in docs/reports.md), so a built-in or user template reads the same names from either.
"""

from __future__ import annotations

from dataclasses import dataclass

from osallisuus_cli.i18n import t
from osallisuus_cli.questionsets.framework import QuestionSet


@dataclass(frozen=True, slots=True)
class ScaleItem:
    value: int | str
    label: str


@dataclass(frozen=True, slots=True)
class SetFacts:
    title: str  # the set's title in the report's language
    citation: str  # the original title in quotes, with "(unofficial translation: …)" in a translation
    id: str
    version: str
    publisher: str
    source_url: str
    source_note: str
    unofficial_translation: bool
    translation_note: str  # what readers of an unofficial translation should know ('' for the original)
    untranslated: bool  # the set has no texts in the report's language at all
    scale: list[ScaleItem]
    special: list[ScaleItem]
    scale_min: int
    scale_max: int


def citation(qs: QuestionSet, lang: str) -> str:
    """The question set's title as THL wrote it; in a translation, with the translated title marked unofficial."""
    original = qs.text(qs.title, qs.languages.authoritative)
    if not qs.is_unofficial(lang):
        return t("report.cite_title", lang, original=original)
    return t("report.cite_title_translated", lang, original=original, translation=qs.text(qs.title, lang))


def set_facts(qs: QuestionSet, lang: str) -> SetFacts:
    unofficial = qs.is_unofficial(lang)
    return SetFacts(
        title=qs.text(qs.title, lang),
        citation=citation(qs, lang),
        id=qs.id,
        version=qs.version,
        publisher=qs.text(qs.source.publisher, lang),
        source_url=qs.source.url,
        source_note=qs.text(qs.source.note, lang),
        unofficial_translation=unofficial,
        translation_note=(qs.translation_note(lang) or t("report.unofficial_translation", lang)) if unofficial else "",
        untranslated=lang not in qs.languages.available,
        scale=[ScaleItem(level.value, qs.text(level.label, lang)) for level in qs.scale.levels],
        special=[ScaleItem(item.value, qs.text(item.label, lang)) for item in qs.scale.special],
        scale_min=qs.scale.minimum,
        scale_max=qs.scale.maximum,
    )


class AboutTheSet:
    """The question set's facts under the names templates use; the model keeps them once, in ``facts``."""

    __slots__ = ()
    facts: SetFacts

    @property
    def framework_title(self) -> str:
        return self.facts.title

    @property
    def framework_citation(self) -> str:
        return self.facts.citation

    @property
    def framework_id(self) -> str:
        return self.facts.id

    @property
    def framework_version(self) -> str:
        return self.facts.version

    @property
    def publisher(self) -> str:
        return self.facts.publisher

    @property
    def source_url(self) -> str:
        return self.facts.source_url

    @property
    def source_note(self) -> str:
        return self.facts.source_note

    @property
    def unofficial_translation(self) -> bool:
        return self.facts.unofficial_translation

    @property
    def translation_note(self) -> str:
        return self.facts.translation_note

    @property
    def untranslated(self) -> bool:
        return self.facts.untranslated

    @property
    def scale(self) -> list[ScaleItem]:
        return self.facts.scale

    @property
    def special(self) -> list[ScaleItem]:
        return self.facts.special

    @property
    def scale_min(self) -> int:
        return self.facts.scale_min

    @property
    def scale_max(self) -> int:
        return self.facts.scale_max
