"""Charts: colours readable by every kind of colour vision and with enough contrast, text escaped, data stated."""

from __future__ import annotations

from osallisuus_cli.reports import charts
from osallisuus_cli.reports.bars import Bar


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
        assert len(ramp) == count
        assert ramp == sorted(ramp, reverse=True)


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
    assert "<script" not in svg
    assert "<b>" not in svg


def test_segment_colours_keep_three_to_one_against_white_and_neighbours_are_parted() -> None:
    """D7: "0 not yet" and "N/A" were 1.0:1 apart; now every fill has 3:1 against white and a white gap of 2 px
    (3:1 against both sides) separates neighbouring segments."""
    from osallisuus_cli.reports import charts
    from osallisuus_cli.reports.bars import Bar

    colours = {**dict(zip(range(5), charts.scale_colours(5), strict=True)), **charts.SPECIAL_COLOURS}
    fills = [colours[key] for key in (0, 1, 2, 3, 4, "na", "dont_know")]
    assert [round(charts.contrast(fill, "#ffffff"), 1) >= 3.0 for fill in fills] == [True] * 7
    assert len(set(fills)) == 7
    bars = [Bar(0, "Ei vielä", 1, 0.5), Bar("na", "Ei koske", 1, 0.5)]
    svg = str(charts.distribution_bar("c", bars, colours, "kysymys 1"))
    assert '<line x1="320.00" y1="1" x2="320.00" y2="29" stroke="#ffffff" stroke-width="2"/>' in svg
