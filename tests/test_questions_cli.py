"""``osallisuus questions list`` and ``show``: what a reader sees in a terminal, in Finnish, Swedish and English."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from osallisuus_cli.cli.app import app
from tests.conftest import REPO

EXAMPLE = REPO / "docs" / "examples" / "nuorisotyo-osallisuus-6.yaml"
NUMBERED = re.compile(r"^ +(\d+)  \S")


def run(runner: CliRunner, *args: str, columns: int = 80, **env: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["questions", *args], env={"COLUMNS": str(columns), **env})
    return result.exit_code, result.stdout, result.stderr


# --- list ---------------------------------------------------------------------------------------------------


def test_list_in_finnish_by_default(runner: CliRunner) -> None:
    code, out, err = run(runner, "list")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[:2] == [
        "Edistääkö toiminta osallisuutta? 24 apukysymystä",
        "Kysymyssarja thl-osallisuus-24, versio 1.0 · 24 kysymystä",
    ]
    for heading in (
        "1  Osallisuus omassa elämässä",
        "2  Osallisuus yhteisöissä ja vaikuttamisen prosesseissa",
        "2A  Yhdessä suunnittelu ja yhteiskehittäminen",
        "2B  Omaehtoinen ja yhteinen toiminta",
        "3  Osallisuus yhteisestä hyvästä",
        "R  Osallisuutta edistävien rakenteiden luominen",
        "Vastausasteikko",
        "  0  Ei vielä",
        "  ?  En osaa sanoa",
    ):
        assert heading in lines
    assert "epävirallisia" not in out, "no translation note for the original language"
    assert err.strip() == "Koko kysymys esimerkkeineen: osallisuus questions show 1"


def test_list_numbers_all_24_questions_in_order_under_their_sections(runner: CliRunner) -> None:
    _, out, _ = run(runner, "list")
    numbers = [int(m.group(1)) for line in out.splitlines() if (m := NUMBERED.match(line))]
    assert numbers[:24] == list(range(1, 25))
    lines = out.splitlines()
    assert lines.index("2B  Omaehtoinen ja yhteinen toiminta") < lines.index(
        "  15  Annetaanko osallistujille erilaisia tilaisuuksia toteuttaa itseään tai"
    )


def test_list_fits_80_columns_with_a_hanging_indent(runner: CliRunner) -> None:
    _, out, _ = run(runner, "list", columns=80)
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= 80
    # wrapped, not cut, and the continuation lines hang under the text, not under the number
    first = lines.index("   1  Miten houkuttelette mukaan ihmisiä, jotka eivät koe julkisia tiloja")
    assert lines[first + 1] == "      turvallisiksi tai jotka vetäytyvät omiin oloihin rahan puutteen tai muiden"
    assert lines[first + 2] == "      vaikeuksien vuoksi?"


def test_list_keeps_sub_part_labels_with_their_words(runner: CliRunner) -> None:
    for lang in ("fi", "sv", "en"):
        _, out, _ = run(runner, "list", "--lang", lang)
        assert not [line for line in out.splitlines() if re.search(r"\b[a-d]\)$", line)], lang


@pytest.mark.parametrize("columns", [40, 60, 100, 200])
def test_list_follows_the_terminal_width_up_to_a_readable_maximum(runner: CliRunner, columns: int) -> None:
    _, out, _ = run(runner, "list", columns=columns)
    assert max(len(line) for line in out.splitlines()) <= min(columns, 100)


def test_list_in_swedish_says_the_translation_is_unofficial(runner: CliRunner) -> None:
    code, out, err = run(runner, "list", "--lang", "sv")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Främjar verksamheten delaktighet? 24 stödfrågor"
    assert lines[2].startswith("De svenska och engelska texterna är det här verktygets egna, inofficiella")
    assert "2A  Gemensam planering och samutveckling" in lines
    assert "Svarsskala" in lines
    assert "  4  Etablerat som en del av strukturerna" in lines
    assert err.strip() == "Hela frågan med exempel: osallisuus questions show --lang sv 1"


def test_list_in_english(runner: CliRunner) -> None:
    _, out, _ = run(runner, "list", "--lang", "en")
    lines = out.splitlines()
    assert lines[:2] == [
        "Does the activity promote inclusion? 24 guiding questions",
        "Question set thl-osallisuus-24, version 1.0 · 24 questions",
    ]
    assert "unofficial translations" in " ".join(lines[2:5])
    assert "R  Creating structures that promote inclusion" in lines
    assert "  ?  Don't know" in lines


def test_the_language_can_come_from_the_environment(runner: CliRunner) -> None:
    _, out, _ = run(runner, "list", OSALLISUUS_LANG="en")
    assert out.startswith("Does the activity promote inclusion?")


def test_no_colour_codes_when_not_a_terminal(runner: CliRunner) -> None:
    _, out, err = run(runner, "list")
    assert "\x1b" not in out + err


def test_list_json(runner: CliRunner) -> None:
    code, out, _ = run(runner, "list", "--json", "--lang", "sv")
    assert code == 0
    data = json.loads(out)
    assert (data["id"], data["version"], data["language"]) == ("thl-osallisuus-24", "1.0", "sv")
    assert data["unofficial_translation"] is True
    assert data["authoritative_language"] == "fi"
    assert data["translation_note"].startswith("De svenska och engelska texterna")
    assert [d["id"] for d in data["domains"]] == ["1", "2", "3", "R"]
    questions = [q for d in data["domains"] for s in d["sections"] for q in s["questions"]]
    assert [q["number"] for q in questions] == list(range(1, 25))
    assert questions[8]["examples"].startswith("T.ex. ")
    assert data["scale"]["levels"][0] == {"value": 0, "label": "Inte ännu", "description": None}
    assert [s["value"] for s in data["scale"]["special"]] == ["na", "dont_know"]


def test_list_json_in_finnish_is_the_original(runner: CliRunner) -> None:
    data = json.loads(run(runner, "list", "--json")[1])
    assert data["unofficial_translation"] is False
    assert data["translation_note"] is None
    assert data["source"]["note"].startswith("Kysymykset ovat THL:n (Sokra) julkaisemia.")


def test_list_of_another_set(runner: CliRunner) -> None:
    code, out, err = run(runner, "list", "--framework", str(EXAMPLE), "--lang", "en")
    assert code == 0, err
    assert out.startswith("Young people's participation in our work\n")
    assert "B1  Planning" in out.splitlines()
    assert f"osallisuus questions show --framework {EXAMPLE} --lang en 1" in err


def test_the_show_hint_is_a_command_a_shell_reads_back(runner: CliRunner, tmp_path: Path) -> None:
    framework = tmp_path / "oma sarja" / "nuoret.yaml"
    framework.parent.mkdir()
    framework.write_bytes(EXAMPLE.read_bytes())
    code, _, err = run(runner, "list", "--framework", str(framework))
    assert code == 0, err
    command = err.strip().partition(": ")[2]
    assert shlex.split(command) == ["osallisuus", "questions", "show", "--framework", str(framework), "1"]


# --- show ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("ref", ["q07", "7", "Q07", " 7 "])
def test_show_by_id_or_number(runner: CliRunner, ref: str) -> None:
    code, out, _ = run(runner, "show", ref)
    assert code == 0
    assert out.splitlines() == [
        "1  Osallisuus omassa elämässä",
        "",
        "Kysymys 7/24 · q07",
        "Järjestättekö tapahtumia ja toimintaa, jossa ihmiset voivat irrottautua hetkeksi",
        "arjesta? Millaisia?",
        "",
        "Lähde: Terveyden ja hyvinvoinnin laitos (THL), Sosiaalisen osallisuuden",
        "edistämisen koordinaatiohanke Sokra",
    ]


def test_show_gives_the_section_and_the_examples(runner: CliRunner) -> None:
    _, out, _ = run(runner, "show", "9")
    lines = out.splitlines()
    assert lines[:2] == [
        "2  Osallisuus yhteisöissä ja vaikuttamisen prosesseissa",
        "2A  Yhdessä suunnittelu ja yhteiskehittäminen",
    ]
    assert lines[2:] == [
        "",
        "Kysymys 9/24 · q09",
        "Käytetäänkö palvelussa tai toiminnassa jotakin yhteiskehittämisen menetelmää?",
        "",
        "Esim. kokemusasiantuntijuus, kehittäjäasiakkuus, fokusryhmä, asiakasraati tai",
        "jokin aivan uusi menetelmä.",
        "",
        "Lähde: Terveyden ja hyvinvoinnin laitos (THL), Sosiaalisen osallisuuden",
        "edistämisen koordinaatiohanke Sokra",
    ]


def test_show_in_english_and_swedish(runner: CliRunner) -> None:
    _, out, _ = run(runner, "show", "q22", "--lang", "en")
    assert "Question 22 of 24 · q22" in out
    assert "a) for others taking part in the activity and b) more widely in the local community?" in " ".join(
        out.split()
    )
    assert "E.g. recreation; caring for the environment;" in out
    assert out.rstrip().endswith("the Finnish original is the\nauthoritative text.")
    _, out, _ = run(runner, "show", "q24", "--lang", "sv")
    assert "R  Att skapa strukturer som främjar delaktighet" in out
    assert "Fråga 24/24 · q24" in out
    assert "Exempel på strukturer:" in out
    assert "Källa: Institutet för hälsa och välfärd (THL)" in out


def test_show_json(runner: CliRunner) -> None:
    code, out, _ = run(runner, "show", "15", "--json", "--lang", "en")
    assert code == 0
    data = json.loads(out)
    assert {k: data[k] for k in ("id", "number", "count", "section_id", "domain_id", "language")} == {
        "id": "q15",
        "number": 15,
        "count": 24,
        "section_id": "2B",
        "domain_id": "2",
        "language": "en",
    }
    assert data["section_title"] == "Self-directed and joint activity"
    assert data["examples"].startswith("E.g. by drawing, painting, writing")
    assert data["unofficial_translation"] is True
    assert data["framework"] == {"id": "thl-osallisuus-24", "version": "1.0"}


@pytest.mark.parametrize("ref", ["q99", "0", "25", "kysymys"])
def test_show_an_unknown_question_is_a_usage_error(runner: CliRunner, ref: str) -> None:
    code, out, err = run(runner, "show", ref, "--lang", "en")
    assert code == 2
    assert out == ""
    assert err == f"error: there is no question '{ref}' — give an id (q07) or a number 1–24\n"


def test_show_from_another_set(runner: CliRunner) -> None:
    code, out, _ = run(runner, "show", "b1", "--framework", str(EXAMPLE), "--lang", "sv")
    assert code == 0
    assert out.splitlines()[:2] == ["B  Att göra saker tillsammans", "B1  Planering"]
    assert "T.ex. ett ungdomsfullmäktige, en idédag eller en enkät." in out


def test_a_missing_framework_file_is_a_usage_error(runner: CliRunner) -> None:
    code, _, err = run(runner, "show", "1", "--framework", "ei-ole.yaml", "--lang", "en")
    assert code == 2
    assert err == "error: ei-ole.yaml: question set not found — check the --framework path\n"
