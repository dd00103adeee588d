"""What the data check says, and where: at most a few lines of a kind in a terminal, one line per kind in a report
(no file names, a pseudonym at most), and which findings fail a check (``validate --strict``,
``--require-complete``). The findings themselves come from ``datacheck.check_inputs``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from osallisuus_cli.teamwork.datacheck import CAP, CODES, WARNING, Finding, translated

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
