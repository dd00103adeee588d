"""Charts: colours readable by every kind of colour vision and with enough contrast, text escaped, data stated."""

from __future__ import annotations

from osallisuus_cli.reports import charts
from osallisuus_cli.reports.report_model import Bar


def test_every_label_on_a_colour_meets_text_contrast() -> None:
    fills = [*charts.scale_colours(5), *charts.SPECIAL_COLOURS.values(), *charts.SUMMARY_COLOURS.values()]
    for fill in fills:
        assert charts.contrast(charts.text_on(fill), fill) >= 4.5, fill


def test_bars_and_outlines_stand_out_from_the_page() -> None:
    for colour in (*charts.PERIOD_COLOURS, *charts.SUMMARY_COLOURS.values(), charts.OUTLINE, charts.GRID):
        assert charts.contrast(colour, "#ffffff") >= 3, colour


def test_the_scale_ramp_darkens_step_by_step_for_any_scale_length() -> None:
    for count in (2, 3, 5, 7, 11):
        ramp = [charts.luminance(c) for c in charts.scale_colours(count)]
        assert len(ramp) == count and ramp == sorted(ramp, reverse=True)


def test_wrap_breaks_at_spaces() -> None:
    assert charts.wrap("Osallisuus yhteisöissä ja vaikuttamisen prosesseissa", 20) == [
        "Osallisuus",
        "yhteisöissä ja",
        "vaikuttamisen",
        "prosesseissa",
    ]


def test_chart_text_is_escaped_and_the_figures_are_in_the_description() -> None:
    bars = [Bar(0, "<b>Ei</b> vielä", 2, 0.5), Bar("na", "N/A & co", 2, 0.5)]
    svg = str(charts.distribution_bar("c1", bars, {0: "#deebf7", "na": "#e7e7e7"}, "Otsikko <script>"))
    assert svg.startswith('<svg class="chart dist" role="img"')
    assert 'aria-labelledby="c1-title c1-desc"' in svg
    assert '<title id="c1-title">Otsikko &lt;script&gt;</title>' in svg
    assert "&lt;b&gt;Ei&lt;/b&gt; vielä: 2; N/A &amp; co: 2" in svg
    assert "<script" not in svg and "<b>" not in svg
