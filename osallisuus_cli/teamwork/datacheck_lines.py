"""What the data check says, and where: a finding (``Finding``: what, where, how serious, which project), at most a
few lines of a kind in a terminal, one line per kind in a report (no file names, a pseudonym at most), and which
findings fail a check (``validate --strict``, ``--require-complete``). The findings themselves come from
``datacheck.check_inputs``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from osallisuus_cli.errors import MAX_NAME, printable, shortened

NOTE = "note"
WARNING = "warning"

# Lines of one kind shown in a terminal before the rest are counted ("… and 12 more"); --json lists them all.
CAP = 5

CODES = (
    "respondents",
    "small_group",
    "phase_differs",
    "empty",
    "incomplete",
    "team_with_sources",
    "team_sources_changed",
    "shared_file",
    "duplicate",
    "probable_copy",
    "same_file",
    "workshop",
    "workshop_with_answers",
    "workshop_empty",
)


@dataclass(frozen=True)
class Finding:
    """One thing the data check has to say: a message key with its parameters, where it is, and how serious."""

    code: str  # one of CODES: stable, for --json and tests
    key: str  # message in the datacheck catalogue (or team.* for what merge already said)
    params: dict[str, Any] = field(default_factory=dict)
    where: str | None = None  # the file (or "team.yaml (R3)"); None for the inputs as a whole
    level: str = WARNING
    public: str | None = None  # who it is about, in words a report may print (a pseudonym), else None
    project: str | None = None  # the project it is about (its code, else its name; see ``project_key``)

    def message(self, lang: str | None = None) -> str:
        from osallisuus_cli.i18n import t

        return t(self.key, lang, **translated(self.params, lang))

    def render(self, lang: str | None = None) -> str:
        """One terminal line: 'answers/kalle.yaml: empty answers file … — delete it or …'."""
        where = f"{shortened(self.where, MAX_NAME)}: " if self.where else ""
        return printable(where + self.message(lang))

    def as_dict(self, lang: str | None = None) -> dict[str, Any]:
        return {"code": self.code, "level": self.level, "file": self.where, "message": self.message(lang)}


class PhaseCounts(tuple):  # type: ignore[type-arg]
    """((phase, respondents), …): shown as 'toteutus 6, arviointi 1' in the language of the message."""


def translated(params: dict[str, Any], lang: str | None) -> dict[str, Any]:
    from osallisuus_cli.errors import Key
    from osallisuus_cli.i18n import format_date, format_moment, t

    def value_in(value: Any) -> Any:
        if isinstance(value, Key):
            return t(value, lang)
        if isinstance(value, datetime):  # as merge's own messages write it: 6.10.2026 klo 11.02
            return format_moment(value, lang)
        if isinstance(value, date):  # a day, written the same way: 8.12.2026, 8 Dec 2026
            return format_date(value, lang)
        if isinstance(value, PhaseCounts):
            return ", ".join(f"{t(f'team.phase.{phase}', lang)} {count}" for phase, count in value)
        return value

    return {key: value_in(value) for key, value in params.items()}


COMPLETENESS = ("empty", "incomplete")


def failing(findings: Iterable[Finding], *, strict: bool = False, require_complete: bool = False) -> list[Finding]:
    """The findings that fail a check: every warning with ``strict``; empty and incomplete files when completeness
    is required. Notes never fail."""
    return [
        finding
        for finding in findings
        if finding.level == WARNING and (strict or (require_complete and finding.code in COMPLETENESS))
    ]


def warnings_of(findings: Iterable[Finding]) -> list[Finding]:
    return [finding for finding in findings if finding.level == WARNING]


def capped(findings: Sequence[Finding], cap: int = CAP) -> list[Finding | int]:
    """At most ``cap`` findings of each kind; after the last one shown of a kind, how many of it were left out."""
    totals: dict[str, int] = {}
    for finding in findings:
        totals[finding.code] = totals.get(finding.code, 0) + 1
    seen: dict[str, int] = {}
    shown: list[Finding | int] = []
    for finding in findings:
        seen[finding.code] = seen.get(finding.code, 0) + 1
        if seen[finding.code] <= cap:
            shown.append(finding)
        if seen[finding.code] == totals[finding.code] and totals[finding.code] > cap:
            shown.append(totals[finding.code] - cap)
    return shown


def report_lines(findings: Sequence[Finding], lang: str) -> list[str]:
    """The warnings as a report shows them: one line per kind, without file names (a pseudonym at most)."""
    from osallisuus_cli.i18n import t

    lines = []
    groups: dict[str, list[Finding]] = {}
    for finding in warnings_of(findings):
        groups.setdefault(finding.code, []).append(finding)
    for code in CODES:
        group = groups.get(code)
        if not group:
            continue
        if code == "respondents":
            lines += [finding.message(lang) for finding in group]
            continue
        if code == "small_group":  # the terminal's line says which option to use; a report does not
            lines += [t("datacheck.report_small_group", lang, **translated(f.params, lang)) for f in group]
            continue
        details = [_detail(finding, lang) for finding in group]
        details = [detail for detail in details if detail]
        shown = ", ".join(details[:CAP]) + (", …" if len(details) > CAP else "")
        first = group[0]
        params = {"count": len(group), "details": f" ({shown})" if shown else ""}
        if code == "phase_differs":
            params["expected"] = translated(first.params, lang)["expected"]
        lines.append(t(f"datacheck.report_{code}", lang, **params))
    return lines


def _detail(finding: Finding, lang: str) -> str:
    if finding.code == "incomplete":
        figure = f"{finding.params['answered']}/{finding.params['total']}"
        return f"{finding.public} {figure}" if finding.public else figure
    if finding.code == "phase_differs":
        phase = translated(finding.params, lang)["phase"]
        return f"{finding.public}: {phase}" if finding.public else phase
    return finding.public or ""
