"""D2: the summary at the end of `assess` in a 60-column terminal keeps section names whole."""

from __future__ import annotations

import io

from rich.console import Console

from osallisuus_cli.answering.session import SectionSummary
from osallisuus_cli.cli.prompts.base import SummaryRow
from osallisuus_cli.cli.prompts.rich_ui import RichFrontend
from osallisuus_cli.i18n import t


def shown(width: int) -> str:
    out = io.StringIO()
    frontend = RichFrontend(console=Console(file=out, width=width, highlight=False, color_system=None))
    rows = [
        SummaryRow("2A Yhdessä suunnittelu ja yhteiskehittäminen", SectionSummary("2A", 7, 5, 1, 0)),
        SummaryRow("R Osallisuutta edistävien rakenteiden luominen", SectionSummary("R", 3, 3, 0, 0)),
    ]
    frontend.show_summary("Yhteenveto", rows, SummaryRow(t("assess.total"), SectionSummary("", 10, 8, 1, 0)))
    return out.getvalue()


def test_sixty_columns_show_each_section_name_on_its_own_line() -> None:
    text = shown(60)
    assert "2A Yhdessä suunnittelu ja yhteiskehittäminen\n" in text
    assert "R Osallisuutta edistävien rakenteiden luominen\n" in text
    labels = [t(key) for key in ("assess.col_answered", "assess.col_na", "assess.col_dont_know", "assess.col_missing")]
    assert f"  {labels[0]} 5 · {labels[1]} 1 · {labels[2]} 0 · {labels[3]} 1\n" in text
    assert "…" not in text


def test_a_wide_terminal_keeps_the_table() -> None:
    text = shown(100)
    assert "2A Yhdessä suunnittelu ja yhteiskehittäminen" in text
    header = next(line for line in text.splitlines() if t("assess.col_section") in line)
    assert t("assess.col_answered") in header
    assert t("assess.col_dont_know") in header
