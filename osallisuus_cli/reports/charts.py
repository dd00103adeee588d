"""Inline SVG charts for the HTML report: accessible, colour-blind safe, no scripts, no external resources.

Every chart is ``role="img"`` with a ``<title>`` and a ``<desc>`` that states the figures in words, and the report
follows every chart with a table or list of the same data. Colours: one blue ramp for the scale (readable by every
kind of colour vision because it varies in lightness), greys for N/A / don't know / no answer, and Okabe–Ito hues
(darkened to keep 3:1 against white) for phases. Labels drawn on a colour pick black or white, whichever contrasts
more (always ≥ 4.5:1). Text is escaped: titles may come from any question set.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Sequence

from markupsafe import Markup, escape

from osallisuus_cli.reports.bars import Bar
from osallisuus_cli.reports.report_model import Report, TrendRow

Number = Callable[[float | None], str]

# Light → dark blues (ColorBrewer "Blues"), the anchors of the scale ramp.
# Every fill keeps at least 3:1 against white (WCAG 1.4.11); neighbours in a stacked bar are kept apart by a white
# gap, so "0 not yet" (blue), "N/A" (purple) and "don't know" (grey) never blur into each other.
_RAMP = ("#5a8fc4", "#2c6bb0", "#154a8a", "#08306b", "#031a3d")
SPECIAL_COLOURS = {"na": "#7a5c99", "dont_know": "#8c8c8c", "missing": "#ffffff"}
PERIOD_COLOURS = ("#0072b2", "#c85200", "#007a5a", "#8f4a8f", "#000000")
SUMMARY_COLOURS = {"section": "#2171b5", "structures": "#2171b5", "domain": "#08306b"}
INK = "#1a1a1a"
MUTED = "#595959"
GRID = "#949494"
OUTLINE = "#3d3d3d"


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def luminance(colour: str) -> float:
    """Relative luminance (WCAG 2.1)."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in _rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def text_on(fill: str) -> str:
    """Black-ish or white text, whichever contrasts more with ``fill``."""
    return INK if contrast(INK, fill) >= contrast("#ffffff", fill) else "#ffffff"


def scale_colours(count: int) -> list[str]:
    """``count`` colours along the blue ramp (the five anchors themselves for THL's 0–4 scale)."""
    if count == len(_RAMP):
        return list(_RAMP)
    if count == 1:
        return [_RAMP[2]]
    colours = []
    for i in range(count):
        position = i * (len(_RAMP) - 1) / (count - 1)
        low = int(position)
        high = min(low + 1, len(_RAMP) - 1)
        frac = position - low
        a, b = _rgb(_RAMP[low]), _rgb(_RAMP[high])
        colours.append("#" + "".join(f"{round(x + (y - x) * frac):02x}" for x, y in zip(a, b, strict=True)))
    return colours


def bar_colours(report: Report) -> dict[int | str, str]:
    """Fill colour of every distribution segment: scale values, then the special answers and 'no answer'."""
    colours: dict[int | str, str] = dict(
        zip([item.value for item in report.scale], scale_colours(len(report.scale)), strict=True)
    )
    colours.update(SPECIAL_COLOURS)
    return colours


def _svg(chart_id: str, width: int, height: int, title: str, desc: str, body: list[str], css: str = "chart") -> Markup:
    head = (
        f'<svg class="{css}" role="img" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="{chart_id}-title">{escape(title)}</title><desc id="{chart_id}-desc">{escape(desc)}</desc>'
    )
    return Markup(head + "".join(body) + "</svg>")  # noqa: S704 - every text inside went through escape()


def _text(x: float, y: float, content: str, *, anchor: str = "start", fill: str = INK, css: str = "") -> str:
    klass = f' class="{css}"' if css else ""
    return f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" fill="{fill}"{klass}>{escape(content)}</text>'


def wrap(text: str, width: int) -> list[str]:
    """``text`` broken at spaces into lines of at most ``width`` characters (a longer word gets a line of its own)."""
    single = " ".join(text.split())  # runs of spaces and line breaks count as one space, as in HTML
    return textwrap.wrap(single, width, break_long_words=False, break_on_hyphens=False) or [""]


def _label(x: float, y_mid: float, text: str, *, width: int, max_lines: int, css: str) -> str:
    """A right-aligned label of up to ``max_lines`` lines centred on ``y_mid`` (the last line ends in … if cut)."""
    lines = wrap(text, width)
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], " ".join(lines[max_lines - 1 :])]
        last = lines[-1]
        lines[-1] = last if len(last) <= width else last[: width - 1].rstrip() + "\u2026"
    line_h = 16
    y0 = y_mid + 5 - (len(lines) - 1) * line_h / 2
    spans = "".join(
        f'<tspan x="{x:.1f}" y="{y0 + i * line_h:.1f}">{escape(line)}</tspan>' for i, line in enumerate(lines)
    )
    return f'<text text-anchor="end" fill="{INK}" class="{css}">{spans}</text>'


def swatch(colour: str) -> Markup:
    """A small square of ``colour`` for legends (decorative: the label beside it carries the meaning)."""
    return Markup(  # noqa: S704 - a colour from our palette, no text
        '<svg class="swatch" aria-hidden="true" focusable="false" viewBox="0 0 12 12" width="12" height="12">'
        f'<rect x="0.5" y="0.5" width="11" height="11" fill="{colour}" stroke="{OUTLINE}"/></svg>'
    )


def distribution_bar(chart_id: str, bars: Sequence[Bar], colours: dict[int | str, str], title: str) -> Markup:
    """One stacked bar: how the answers split over the scale and the special answers."""
    width, height, pad = 640, 30, 1
    inner = width - 2 * pad
    total = sum(bar.count for bar in bars)
    body: list[str] = []
    x = float(pad)
    for bar in bars:
        if not bar.count or not total:
            continue
        w = inner * bar.count / total
        fill = colours.get(bar.value, "#ffffff")
        body.append(f'<rect x="{x:.2f}" y="{pad}" width="{w:.2f}" height="{height - 2 * pad}" fill="{fill}"/>')
        if w >= 22:
            body.append(_text(x + w / 2, height / 2 + 5, str(bar.count), anchor="middle", fill=text_on(fill)))
        x += w
    # White gaps between segments keep neighbours apart; the outline gives the bar 3:1 against the page.
    x = float(pad)
    for bar in bars[:-1]:
        if total and bar.count:
            x += inner * bar.count / total
            if pad < x < width - pad - 0.5:
                body.append(
                    f'<line x1="{x:.2f}" y1="{pad}" x2="{x:.2f}" y2="{height - pad}" stroke="#ffffff" '
                    'stroke-width="2"/>'
                )
    body.append(
        f'<rect x="{pad / 2}" y="{pad / 2}" width="{width - pad}" height="{height - pad}" fill="none" '
        f'stroke="{OUTLINE}"/>'
    )
    desc = "; ".join(f"{bar.label}: {bar.count}" for bar in bars)
    return _svg(chart_id, width, height, title, desc, body, css="chart dist")


def _scale_x(scale: Sequence[int], left: float, span: float) -> Callable[[float], float]:
    """Where a value on the scale lies along a horizontal plot that starts at ``left`` and is ``span`` wide."""
    low, high = scale[0], scale[-1]
    return lambda value: left + span * (value - low) / (high - low)


def _grid(scale: Sequence[int], x_of: Callable[[float], float], *, top: float, bottom: float) -> list[str]:
    """Dashed vertical lines at every scale value, each labelled above the plot."""
    parts = []
    for value in scale:
        x = x_of(value)
        parts.append(
            f'<line x1="{x:.1f}" y1="{top - 6}" x2="{x:.1f}" y2="{bottom}" stroke="{GRID}" stroke-dasharray="2 3"/>'
        )
        parts.append(_text(x, top - 12, str(value), anchor="middle", fill=MUTED, css="axis"))
    return parts


def mean_bars(
    chart_id: str,
    rows: Sequence[tuple[str, float | None, str]],
    *,
    scale: Sequence[int],
    title: str,
    desc: str,
    number: Number,
    no_ratings: str,
) -> Markup:
    """Horizontal bars of means on the scale: rows of (label, mean, kind); long labels wrap onto three lines."""
    label_w, right, top, chars, max_lines = 330, 56, 34, 38, 3
    width = 760
    plot_w = width - label_w - right
    heights = [max(42, 16 * min(len(wrap(label, chars)), max_lines) + 12) for label, _, _ in rows]
    height = top + sum(heights) + 8
    x_of = _scale_x(scale, label_w, plot_w)

    body: list[str] = _grid(scale, x_of, top=top, bottom=height - 8)
    y = float(top)
    for (label, value, kind), row_h in zip(rows, heights, strict=True):
        middle = y + row_h / 2
        css = "row-label strong" if kind == "domain" else "row-label"
        body.append(_label(label_w - 10, middle, label, width=chars, max_lines=max_lines, css=css))
        if value is None:
            body.append(_text(label_w + 6, middle + 5, no_ratings, fill=MUTED, css="note"))
        else:
            fill = SUMMARY_COLOURS.get(kind, SUMMARY_COLOURS["section"])
            end = x_of(value)
            body.append(
                f'<rect x="{label_w}" y="{middle - 15:.1f}" width="{max(end - label_w, 1.5):.1f}" height="30" '
                f'fill="{fill}"/>'
            )
            body.append(_text(end + 6, middle + 5, number(value), css="value"))
        y += row_h
    body.append(f'<line x1="{label_w}" y1="{top - 6}" x2="{label_w}" y2="{height - 8}" stroke="{OUTLINE}"/>')
    return _svg(chart_id, width, height, title, desc, body, css="chart wide")


def trend_bars(
    chart_id: str,
    rows: Sequence[TrendRow],
    period_labels: Sequence[str],
    *,
    scale: Sequence[int],
    title: str,
    desc: str,
    number: Number,
    no_ratings: str,
) -> Markup:
    """Grouped horizontal bars: for every row one bar per period, in the legend's order, each with its value."""
    label_w, right, bar_h, gap, top = 330, 56, 15, 16, 58
    width = 760
    plot_w = width - label_w - right
    group_h = max(bar_h * len(period_labels), 16 * 3) + gap
    height = top + group_h * len(rows) + 4
    x_of = _scale_x(scale, label_w, plot_w)

    body: list[str] = []
    # Legend across the top: colour + period name, in the same order as the bars inside each group.
    lx = float(label_w)
    for i, label in enumerate(period_labels):
        colour = PERIOD_COLOURS[i % len(PERIOD_COLOURS)]
        body.append(f'<rect x="{lx}" y="6" width="12" height="12" fill="{colour}"/>')
        body.append(_text(lx + 18, 17, label, css="legend"))
        lx += 30 + 8 * len(label)
    body.extend(_grid(scale, x_of, top=top, bottom=height - 4))
    for r, row in enumerate(rows):
        y0 = top + r * group_h
        body.append(_label(label_w - 10, y0 + group_h / 2 - gap / 2, row.label, width=38, max_lines=3, css="row-label"))
        first = y0 + (group_h - gap - bar_h * len(row.means)) / 2  # the bars centred on the label
        for p, value in enumerate(row.means):
            y = first + p * bar_h
            if value is None:
                body.append(_text(label_w + 6, y + bar_h - 3, no_ratings, fill=MUTED, css="note small"))
                continue
            colour = PERIOD_COLOURS[p % len(PERIOD_COLOURS)]
            end = x_of(value)
            body.append(
                f'<rect x="{label_w}" y="{y:.1f}" width="{max(end - label_w, 1.5):.1f}" height="{bar_h - 2}" '
                f'fill="{colour}"/>'
            )
            body.append(_text(end + 5, y + bar_h - 3, number(value), css="value small"))
    body.append(f'<line x1="{label_w}" y1="{top - 6}" x2="{label_w}" y2="{height - 4}" stroke="{OUTLINE}"/>')
    return _svg(chart_id, width, height, title, desc, body, css="chart wide")


# --- phone layouts: the same charts with labels above the bars, drawn at the width of a phone -----------------------
# A chart scales as a whole, so the wide layout's 14 px text would shrink to about 6 px on a 390 px screen. The
# stylesheet shows these instead below 600 px, where their text stays at 11 px or more.

NARROW_WIDTH = 360
_NARROW_CHARS = 40


def _lines(text: str, max_lines: int = 3) -> list[str]:
    lines = wrap(text, _NARROW_CHARS)
    if len(lines) > max_lines:
        last = " ".join(lines[max_lines - 1 :])
        lines = [*lines[: max_lines - 1], last if len(last) <= _NARROW_CHARS else last[: _NARROW_CHARS - 1] + "\u2026"]
    return lines


def _label_above(x: float, y_top: float, lines: Sequence[str], css: str) -> str:
    spans = "".join(
        f'<tspan x="{x:.1f}" y="{y_top + 13 + i * 16:.1f}">{escape(line)}</tspan>' for i, line in enumerate(lines)
    )
    return f'<text text-anchor="start" fill="{INK}" class="{css}">{spans}</text>'


def mean_bars_narrow(
    chart_id: str,
    rows: Sequence[tuple[str, float | None, str]],
    *,
    scale: Sequence[int],
    title: str,
    desc: str,
    number: Number,
    no_ratings: str,
) -> Markup:
    """``mean_bars`` for a phone: each label on its own lines above its bar."""
    left, right, top = 8, 44, 30
    x_of = _scale_x(scale, left, NARROW_WIDTH - left - right)
    heights = [16 * len(_lines(label)) + 34 for label, _, _ in rows]
    height = top + sum(heights) + 4
    body = _grid(scale, x_of, top=top, bottom=height - 4)
    y = float(top)
    for (label, value, kind), row_h in zip(rows, heights, strict=True):
        lines = _lines(label)
        css = "row-label strong" if kind == "domain" else "row-label"
        body.append(_label_above(left, y, lines, css))
        bar_y = y + 16 * len(lines) + 6
        if value is None:
            body.append(_text(left + 4, bar_y + 16, no_ratings, fill=MUTED, css="note"))
        else:
            end = x_of(value)
            fill = SUMMARY_COLOURS.get(kind, SUMMARY_COLOURS["section"])
            body.append(
                f'<rect x="{left}" y="{bar_y:.1f}" width="{max(end - left, 1.5):.1f}" height="22" fill="{fill}"/>'
            )
            body.append(_text(end + 5, bar_y + 16, number(value), css="value"))
        y += row_h
    return _svg(chart_id, NARROW_WIDTH, int(height), title, desc, body, css="chart narrow")


def trend_bars_narrow(
    chart_id: str,
    rows: Sequence[TrendRow],
    period_labels: Sequence[str],
    *,
    scale: Sequence[int],
    title: str,
    desc: str,
    number: Number,
    no_ratings: str,
) -> Markup:
    """``trend_bars`` for a phone: the legend one period a line, each label above its group of bars."""
    left, right, bar_h = 8, 44, 18
    legend_h = 18 * len(period_labels) + 4
    top = legend_h + 26
    x_of = _scale_x(scale, left, NARROW_WIDTH - left - right)
    body: list[str] = []
    for i, label in enumerate(period_labels):
        colour = PERIOD_COLOURS[i % len(PERIOD_COLOURS)]
        body.append(f'<rect x="{left}" y="{4 + 18 * i}" width="12" height="12" fill="{colour}"/>')
        body.append(_text(left + 18, 15 + 18 * i, label, css="legend"))
    heights = [16 * len(_lines(row.label)) + bar_h * len(row.means) + 14 for row in rows]
    height = top + sum(heights) + 4
    body.extend(_grid(scale, x_of, top=top, bottom=height - 4))
    y = float(top)
    for row, row_h in zip(rows, heights, strict=True):
        lines = _lines(row.label)
        body.append(_label_above(left, y, lines, "row-label"))
        first = y + 16 * len(lines) + 4
        for p, value in enumerate(row.means):
            bar_y = first + p * bar_h
            if value is None:
                body.append(_text(left + 4, bar_y + bar_h - 3, no_ratings, fill=MUTED, css="note"))
                continue
            end = x_of(value)
            colour = PERIOD_COLOURS[p % len(PERIOD_COLOURS)]
            body.append(
                f'<rect x="{left}" y="{bar_y:.1f}" width="{max(end - left, 1.5):.1f}" height="{bar_h - 2}" '
                f'fill="{colour}"/>'
            )
            body.append(_text(end + 5, bar_y + bar_h - 3, number(value), css="value"))
        y += row_h
    return _svg(chart_id, NARROW_WIDTH, int(height), title, desc, body, css="chart narrow")
