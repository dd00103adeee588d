"""What the report's templates call: filters and the charts of one report.

The filters write numbers and dates in the report's language (``num``, ``pct``, ``signed``, ``date``, ``whole``,
``level``), "–" where there is nothing to show, and make values safe where they go (``css_string`` in the
stylesheet, ``url`` in a link); ``Charts`` draws one report's charts in its language and gives ``Markup``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import jinja2
from markupsafe import Markup

from osallisuus_cli.i18n import format_date, format_month, format_number, format_percent
from osallisuus_cli.reports import charts
from osallisuus_cli.reports.report_model import Period, QuestionResult, Report

DASH = "\u2013"


def css_string(text: str) -> Markup:
    """``text`` as a quoted CSS string, every character that is not a letter, digit or space hex-escaped."""
    out = []
    for char in text.replace("\n", " "):
        if (char.isalnum() and char.isascii()) or char == " ":
            out.append(char)
        else:
            out.append(f"\\{ord(char):06x} ")  # the space ends the escape, so a real space after it stays
    return Markup('"' + "".join(out) + '"')  # noqa: S704 - only letters, digits, spaces and escapes


# --- filters: numbers and dates in the report's language; "–" where there is nothing to show ---------------


@jinja2.pass_context
def _num(ctx: jinja2.runtime.Context, value: float | None, digits: int = 1) -> str:
    return DASH if value is None else format_number(value, ctx["lang"], digits)


@jinja2.pass_context
def _pct(ctx: jinja2.runtime.Context, value: float | None) -> str:
    return DASH if value is None else format_percent(value / 100, ctx["lang"])


@jinja2.pass_context
def _signed(ctx: jinja2.runtime.Context, value: float | None, digits: int = 1) -> str:
    if value is None:
        return DASH
    text = format_number(abs(value), ctx["lang"], digits)
    if text.strip("0,.") == "":
        return "\u00b1" + text
    return ("+" if value > 0 else "\u2212") + text


@jinja2.pass_context
def _date(ctx: jinja2.runtime.Context, value: Any) -> str:
    if value is None:
        return DASH
    # an anonymized team keeps only the month of each date (see docs/team-format.md)
    anonymized = getattr(ctx.get("report"), "anonymized", False)
    return format_month(value, ctx["lang"]) if anonymized else format_date(value, ctx["lang"])


@jinja2.pass_context
def _whole(ctx: jinja2.runtime.Context, value: int) -> str:
    """Whole numbers grouped by the one rule of ``format_number``: 1234, but 10 000 (fi, sv) and 10,000 (en)."""
    return format_number(value, ctx["lang"], 0)


@jinja2.pass_context
def _level(ctx: jinja2.runtime.Context, value: float | None) -> str:
    """A median or scale value: '3' when whole, '2,5' otherwise."""
    if value is None:
        return DASH
    return format_number(value, ctx["lang"], 0 if float(value).is_integer() else 1)


def _span(low: int | None, high: int | None) -> str:
    """The range of ratings: '1–4', or '3' when everybody gave the same level, '–' without ratings."""
    if low is None or high is None:
        return DASH
    return str(low) if low == high else f"{low}{DASH}{high}"


def _url(value: str) -> Markup:
    """A link target safe inside ``<…>`` in Markdown and in an attribute: unusual characters percent-encoded."""
    from urllib.parse import quote

    return Markup(quote(value, safe=":/?#[]@!$&'()*+,;=%~-._"))  # noqa: S704 - no < > " left


def _textbar(value: float | None, low: int, high: int, width: int = 20) -> str:
    """A bar of block characters for Markdown tables: ████████░░░░ (the number is printed next to it)."""
    if value is None or high <= low:
        return ""
    filled = round((value - low) / (high - low) * width)
    return "\u2588" * filled + "\u2591" * (width - filled)


# --- charts bound to one report ----------------------------------------------------------------------------


class Charts:
    """The charts of one report, in its language; templates call these and get ``Markup``."""

    def __init__(self, report: Report, tr: Callable[..., str]) -> None:
        self.report = report
        self.t = tr
        self.colours = charts.bar_colours(report)
        self.scale = [int(item.value) for item in report.scale]  # the levels (the special answers are apart)

    def _number(self, value: float | None) -> str:
        return DASH if value is None else format_number(value, self.report.lang, 1)

    def swatch(self, value: int | str) -> Markup:
        return charts.swatch(self.colours.get(value, "#ffffff"))

    def summary(self) -> Markup:
        """Means of the sections, and of multi-part domains as wholes."""
        rows = [(self.row_label(s.label, s.title), s.mean, s.kind) for s in self.report.summary]
        return self._means("chart-summary", rows, self.t("report.chart_summary_title"))

    def domains(self) -> Markup:
        """Means of the domains as wholes (the Innokylä appendix)."""
        rows = [(self.row_label(d.label, d.title), d.mean, "section") for d in self.report.domains]
        return self._means("chart-domains", rows, self.t("report.chart_domains_title"))

    def _means(self, chart_id: str, rows: list[tuple[str, float | None, str]], title: str) -> Markup:
        described = "; ".join(
            f"{label}: {self._number(mean) if mean is not None else self.t('report.no_ratings')}"
            for label, mean, _ in rows
        )
        options: dict[str, Any] = {
            "scale": self.scale,
            "title": title,
            "desc": self.t("report.chart_summary_desc", low=self.scale[0], high=self.scale[-1], values=described),
            "number": self._number,
            "no_ratings": self.t("report.no_ratings"),
        }
        # the wide chart for screens and print, the narrow one for phones (the stylesheet shows one of them)
        return charts.mean_bars(chart_id, rows, **options) + charts.mean_bars_narrow(
            f"{chart_id}-narrow", rows, **options
        )

    def question(self, question: QuestionResult) -> Markup:
        return charts.distribution_bar(
            f"chart-{question.id}",
            question.bars,
            self.colours,
            self.t("report.chart_question_title", number=question.number),
        )

    def trend(self) -> Markup:
        trend = self.report.trend
        if trend is None:
            return Markup("")
        labels = [self.period_label(p) for p in trend.periods]
        described = "; ".join(
            f"{self.row_label(row.label, row.title)}: "
            + ", ".join(f"{lab} {self._number(m)}" for lab, m in zip(labels, row.means, strict=True))
            for row in trend.sections
        )
        rows = [
            type(row)(row.key, self.row_label(row.label, row.title), row.title, row.means, row.answered, row.change)
            for row in trend.sections
        ]
        options: dict[str, Any] = {
            "scale": self.scale,
            "title": self.t("report.chart_trend_title"),
            "desc": self.t("report.chart_trend_desc", values=described),
            "number": self._number,
            "no_ratings": self.t("report.no_ratings"),
        }
        return charts.trend_bars("chart-trend", rows, labels, **options) + charts.trend_bars_narrow(
            "chart-trend-narrow", rows, labels, **options
        )

    @staticmethod
    def row_label(label: str, title: str) -> str:
        """'2A Yhdessä suunnittelu…', 'R Osallisuutta edistävien rakenteiden luominen'."""
        return f"{label} {title}" if label else title

    def period_label(self, period: Period) -> str:
        if period.several_rounds:
            return self.t("report.period_round", phase=period.phase_label, round=period.round)
        return period.phase_label


FILTERS: dict[str, Callable[..., Any]] = {
    "num": _num,
    "pct": _pct,
    "signed": _signed,
    "date": _date,
    "whole": _whole,
    "level": _level,
    "span": _span,
    "textbar": _textbar,
    "css_string": css_string,
    "url": _url,
}
