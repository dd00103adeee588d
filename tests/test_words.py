"""Words a funder can trust: THL's terms, counts in the right form, the scale and the translations said to be ours.

Expectations are built from the catalogues and the question set, so a rewording does not break them; only the
claims themselves (no "participation" for osallisuus, no percentages in the Innokylä appendix, …) are written here.
"""

from __future__ import annotations

import html
import re
import string
from pathlib import Path

import pytest
from markupsafe import escape
from typer.testing import CliRunner

from osallisuus_cli.cli.app import app
from osallisuus_cli.i18n import LANGUAGES, catalogue, catalogue_names, plural_key, t, tn
from osallisuus_cli.portfolio.build import build_portfolio
from osallisuus_cli.questionsets.framework import QuestionSet
from osallisuus_cli.reports.report import build_report, render
from tests.conftest import make_answers, set_texts, write_answers

# --- count-aware texts -----------------------------------------------------------------------------------------


def _all_keys() -> set[str]:
    return {key for name in catalogue_names() for key in catalogue(name)}


def test_every_count_aware_text_has_both_forms() -> None:
    keys = _all_keys()
    counted = {key.removesuffix(".one") for key in keys if key.endswith(".one")}
    assert counted, "there are count-aware texts"
    for base in sorted(counted):
        assert {f"{base}.one", f"{base}.other"} <= keys, base
        assert base not in keys, f"{base} exists also without a count: one of them is never used"


@pytest.mark.parametrize(("count", "form"), [(0, "other"), (1, "one"), (2, "other"), (21, "other"), (100, "other")])
def test_one_is_singular_everything_else_plural(count: int, form: str) -> None:
    assert plural_key("report.kf_respondents", count) == f"report.kf_respondents.{form}"


@pytest.mark.parametrize(
    ("lang", "zero", "one", "many"),
    [
        ("fi", "0 kysymystä", "1 kysymys", "24 kysymystä"),
        ("sv", "0 frågor", "1 fråga", "24 frågor"),
        ("en", "0 questions", "1 question", "24 questions"),
    ],
)
def test_counts_read_right_in_every_language(lang: str, zero: str, one: str, many: str) -> None:
    assert tn("team.n_questions", 0, lang) == zero
    assert tn("team.n_questions", 1, lang) == one
    assert tn("team.n_questions", 24, lang) == many


def test_a_large_count_is_written_as_numbers_are() -> None:
    assert tn("team.n_responses", 12345, "fi") == "12\u00a0345 vastausta"
    assert tn("team.n_responses", 12345, "en") == "12,345 responses"


def _one_respondent_report(qs: QuestionSet, make_team, lang: str, fmt: str) -> str:
    # two ratings far apart would need two people: one person, one question to discuss is impossible, so make the
    # single respondent's report and check the respondent count; the discuss count is 0 ("0 kysymystä").
    team = make_team([make_answers(qs, {"q01": 1, "q02": 3})])
    return render(build_report(team, qs, lang), fmt=fmt)


@pytest.mark.parametrize(
    ("lang", "text"), [("fi", "1</span> vastaaja<"), ("sv", "1</span> svarande<"), ("en", "1</span> respondent<")]
)
def test_a_report_of_one_respondent_says_one_respondent(qs, make_team, lang: str, text: str) -> None:
    page = _one_respondent_report(qs, make_team, lang, "html")
    assert text in page
    # one person cannot disagree with anyone: no count of questions to discuss at all (C5), not even "0"
    assert tn("report.kf_discuss", 0, lang) not in page


def test_one_question_to_discuss(qs, make_team) -> None:
    ids = ["11111111-1111-4111-8111-111111111111", "22222222-2222-4222-8222-222222222222"]
    team = make_team(
        [make_answers(qs, {"q01": 0}, respondent_id=ids[0]), make_answers(qs, {"q01": 4}, respondent_id=ids[1])]
    )
    for lang in LANGUAGES:
        md = render(build_report(team, qs, lang), fmt="md")
        assert f"1 {tn('report.kf_discuss', 1, lang)}" in md
        assert t("report.discuss", lang) in md


# --- THL's terms in English ------------------------------------------------------------------------------------

PARTICIPATION = re.compile(r"\bparticipation\b", re.IGNORECASE)


def test_the_english_question_set_says_inclusion_not_participation(qs: QuestionSet) -> None:
    english = [value["en"] for _, value in set_texts(qs) if "en" in value]
    assert len(english) > 40
    assert [text for text in english if PARTICIPATION.search(text)] == []
    assert "inclusion" in qs.text(qs.title, "en")
    assert all(
        "Inclusion" in qs.text(domain.title, "en") or "inclusion" in qs.text(domain.title, "en")
        for domain in qs.domains
    )


def test_the_english_interface_says_inclusion_not_participation() -> None:
    found = [
        key for name in catalogue_names() for key, entry in catalogue(name).items() if PARTICIPATION.search(entry["en"])
    ]
    assert found == []


def test_the_english_interface_spells_the_british_way() -> None:
    american = re.compile(
        r"\b\w+(?:ized|izes|izing|ization|yzed|yze)\b|\b(?:color|colors|behavior|favor|center)\b", re.IGNORECASE
    )
    flag_names = re.compile(r"--\w[\w-]*")  # the --anonymize flag keeps its name
    found = {
        key: american.findall(flag_names.sub("", entry["en"]))
        for name in catalogue_names()
        for key, entry in catalogue(name).items()
        if american.search(flag_names.sub("", entry["en"]))
    }
    assert found == {}


def test_one_label_per_answer(qs: QuestionSet) -> None:
    """The report and the summaries name the special answers as the menu does (En osaa sanoa, Kan inte säga)."""
    for lang in LANGUAGES:
        dont_know = qs.text(qs.scale.special[1].label, lang)
        assert t("report.col_dont_know", lang) == dont_know
        assert t("assess.col_dont_know", lang) == dont_know
        assert t("report.dont_know_short", lang) == dont_know.lower()
        assert t("team.coverage_dont_know", lang) == dont_know.lower()
    assert "vet inte" not in t("team.err_unanswered", "sv", number=1)
    assert "not relevant" not in t("team.err_unanswered", "en", number=1)


# --- what the reports say about themselves ---------------------------------------------------------------------


@pytest.fixture
def demo_team(qs: QuestionSet, make_team):
    ids = ["11111111-1111-4111-8111-111111111111", "22222222-2222-4222-8222-222222222222"]
    levels = {q.id: 2 for q in qs.questions}
    return make_team(
        [
            make_answers(qs, levels, respondent_id=ids[0], how={"q01": "Kahvila"}, next_step={"q01": "Kysytään"}),
            make_answers(qs, {**levels, "q01": 4}, respondent_id=ids[1]),
        ]
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_scale_is_said_to_be_ours_at_the_top_of_every_report(qs, demo_team, lang: str) -> None:
    report = build_report(demo_team, qs, lang)
    own = t("report.scale_own", lang)
    for template, first_column in (("report", "report.col_section"), ("innokyla", "report.col_domain")):
        for fmt in ("md", "html"):
            text = render(report, fmt=fmt, template=template)
            said = escape(own) if fmt == "html" else own
            assert said in text, (template, fmt)
            assert text.index(said) < text.index(t(first_column, lang)), "before the first figure"
            assert (escape(t("report.not_thl", lang)) if fmt == "html" else t("report.not_thl", lang)) in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_innokyla_appendix_has_no_percentages(qs, demo_team, lang: str) -> None:
    report = build_report(demo_team, qs, lang)
    for fmt in ("md", "html"):
        text = render(report, fmt=fmt, template="innokyla")
        visible = re.sub(r"<style>.*?</style>|<[^>]+>|https?://\S+", " ", text, flags=re.DOTALL)
        assert "%" not in visible, fmt


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_report_labels_its_percentages_and_keeps_them_out_of_the_running_text(qs, demo_team, lang: str) -> None:
    md = render(build_report(demo_team, qs, lang), fmt="md")
    assert t("report.col_percent", lang) in md
    assert t("report.percent_note", lang, low=0, high=4) in md
    questions_part = md.split(f"## {t('report.h_questions', lang)}")[1].split(f"## {t('report.h_method', lang)}")[0]
    assert "%" not in questions_part


@pytest.mark.parametrize(("lang", "marker"), [("sv", "inofficiell översättning"), ("en", "unofficial translation")])
def test_a_translated_title_cites_thls_finnish_title(qs, demo_team, lang: str, marker: str) -> None:
    md = render(build_report(demo_team, qs, lang), fmt="md")
    finnish = qs.text(qs.title, "fi")
    subtitle = md.splitlines()[2]
    assert finnish in subtitle
    assert marker in subtitle
    assert qs.text(qs.title, lang) in subtitle


def test_next_steps_are_named_for_what_they_are(qs, demo_team) -> None:
    md = render(build_report(demo_team, qs, "fi"), fmt="md")
    assert "## Vastaajien ehdottamat seuraavat askeleet" in md
    assert "Toimintasuunnitelma" not in md


def test_domain_two_is_introduced_before_its_parts(qs, demo_team) -> None:
    md = render(build_report(demo_team, qs, "fi"), fmt="md")
    domain = qs.domains[1]
    heading = f"### 2 {qs.text(domain.title, 'fi')}"
    assert heading in md
    assert md.index(heading) < md.index("### 2A ")
    assert qs.text(domain.description, "fi") in md


def test_the_source_links_thls_page_today_and_keeps_the_seed_address(qs: QuestionSet) -> None:
    assert qs.source.url.startswith("https://thl.fi/aiheet/")
    assert qs.source.earlier_url is not None
    assert qs.source.earlier_url.startswith("https://thl.fi/fi/web/")
    assert qs.source.url.rsplit("/", 1)[1] == qs.source.earlier_url.rsplit("/", 1)[1]


def test_the_seeds_own_slip_is_marked_verbatim() -> None:
    text = (Path(__file__).resolve().parent.parent / "questions" / "thl-osallisuus-24.yaml").read_text(encoding="utf-8")
    comment = next(
        line for line in text.splitlines() if "Ihmisen voi määritellä" in line and line.strip().startswith("#")
    )
    assert "sic" in comment


# --- bugs found on the way -------------------------------------------------------------------------------------


def test_merge_summary_names_sections_in_the_users_language(runner: CliRunner, qs, tmp_path: Path) -> None:
    write_answers(tmp_path / "a.yaml", make_answers(qs, {"q01": 2}), qs)
    result = runner.invoke(app, ["merge", str(tmp_path / "a.yaml"), "-o", str(tmp_path / "t.yaml"), "--lang", "sv"])
    assert result.exit_code == 0, result.output
    assert f"1 {qs.text(qs.domains[0].title, 'sv')}" in result.stderr
    assert qs.text(qs.domains[0].title, "fi") not in result.stderr
    assert t("team.phase.toteutus", "sv") in result.stderr


def test_duplicate_messages_name_the_phase_in_the_users_language(runner: CliRunner, qs, tmp_path: Path) -> None:
    for name, level in (("a.yaml", 2), ("b.yaml", 3)):
        write_answers(tmp_path / name, make_answers(qs, {"q01": level}), qs)
    result = runner.invoke(app, ["validate", str(tmp_path), "--lang", "en"])
    assert result.exit_code == 1
    assert t("team.phase_in.toteutus", "en") in result.stderr
    assert "toteutus" not in result.stderr


@pytest.mark.parametrize("ref", ["q7", "Q07", "7", "q07"])
def test_questions_show_takes_the_id_with_or_without_its_zero(runner: CliRunner, ref: str) -> None:
    result = runner.invoke(app, ["questions", "show", ref])
    assert result.exit_code == 0, result.output
    assert result.stdout == runner.invoke(app, ["questions", "show", "q07"]).stdout


def test_questions_list_shows_the_keys_assess_uses_for_the_special_answers(runner: CliRunner, qs) -> None:
    lines = runner.invoke(app, ["questions", "list"]).stdout.splitlines()
    for key, special in zip(("-", "?"), qs.scale.special, strict=True):
        assert f"  {key}  {qs.text(special.label, 'fi')}" in lines


@pytest.mark.parametrize("name", ["report.html", "report.md"])
def test_assess_into_a_report_says_it_is_not_an_answer_file(runner: CliRunner, tmp_path: Path, name: str) -> None:
    page = tmp_path / name
    page.write_text(
        '<!DOCTYPE html>\n<html lang="fi">\n<head>\n<meta charset="utf-8">\n<title>x: y</title>\n'
        "# Raportti\n\n| a | b |\n|---|---|\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["assess", "--plain", "-o", str(page), "--lang", "en"], input="")
    assert result.exit_code == 1
    assert result.stderr == f"error: {page}: {t('common.not_this_kind', 'en', what=t('team.what_answers', 'en'))}\n"
    assert "YAML" not in result.stderr
    assert "line" not in result.stderr


# --- every catalogue key, in every language: no Finnish left, counts that agree with their nouns ----------------

# Finnish words (and stems) that mean something to a user and must not be left in a Swedish or English text: the
# phase codes, the tool's nouns, common instructions. Text in quotes (a title cited as THL wrote it, "kumppanuuspöytä")
# and placeholders are not looked at.
FINNISH = re.compile(
    r"\b(suunnittelu|toteutus|arviointi|vastau|vastaaja|vastaamat|hanke|hankkee|lomake|tiimi(?!\.yaml)|projekti|"
    r"kysymy|kansio|tiedost|raportt|osio|vaihe|vaihee|kyllä|koske|osaa|valitse|käytä|korjaa|tarkista|esim|huom|ohje|"
    r"kohta|rivi|sarake|välilehti|aineisto|yhteenveto|keskiarvo|vahvuu|kehittämis)\w*",
    re.IGNORECASE,
)
QUOTED = re.compile(r"[“”\"'«»‘’][^“”\"'«»‘’]*[“”\"'«»‘’]")


def _every_entry() -> list[tuple[str, dict[str, str]]]:
    return [(key, entry) for name in catalogue_names() for key, entry in catalogue(name).items()]


def test_no_swedish_or_english_text_has_finnish_left_in_it() -> None:
    left = []
    for key, entry in _every_entry():
        for lang in ("sv", "en"):
            text = QUOTED.sub(" ", re.sub(r"\{[^{}]*\}", " ", entry[lang]))
            left += [(key, lang, match.group(0)) for match in FINNISH.finditer(text)]
    assert left == []


def test_the_finnish_check_finds_what_it_looks_for() -> None:
    assert FINNISH.search("använd suunnittelu, toteutus eller arviointi")
    assert FINNISH.search("write answers to vastaus-1.yaml")
    assert not FINNISH.search("give the team file team.yaml to the project's phase")


# A count placeholder directly before a word is a number with its noun: such a message comes as .one/.other. These
# are the placeholders that hold counts, and the messages where the count is never 1 (or no noun follows it).
COUNTS = frozenset({"count", "n", "rows", "hidden", "counted", "written", "unchanged", "bad", "other_n", "both"})
NEVER_ONE = {
    "importing.err_too_many_rows": "a count above a limit of thousands",
    "importing.err_too_many_columns": "a count above a limit of hundreds",
    "importing.err_csv_width": "a count above a row's limit of cells",
    "form.err_short": "a text's length above its limit",
    "portfolio.suggest": "said only for two projects or more",
    "portfolio.respondents_latest": "a figure after its label; the total beside it is larger",
    "report.respondents_latest": "a figure after its label; the total beside it is larger",
    "figures.respondents_many": "used for every count but 1 (figures.respondents_one)",
    "figures.trend_basis": "'both' is followed by a verb ('4 answered in both')",
    "safety.err_copies_differ": "copies of one file: two or more",
    "safety.warn_copies_kept": "copies of one file: two or more",
    "team.err_duplicate": "the same respondent twice or more",
    "team.warn_duplicate_kept": "the same respondent twice or more",
    "team.warn_duplicate_in_team": "the same respondent twice or more",
}


NOT_NOUNS = frozenset({"of", "av", "in", "i", "answered"})  # "1 of 5", "i 1 av 2", "1 answered": no noun follows


def test_every_count_before_a_noun_comes_in_singular_and_plural() -> None:
    number_noun = re.compile(r"\{(\w+)\}\s+([^\W\d_]+)")
    single = []
    for key, entry in _every_entry():
        if key.endswith((".one", ".other")) or key in NEVER_ONE:
            continue
        for lang in LANGUAGES:
            single += [
                (key, lang, m.group(0))
                for m in number_noun.finditer(entry[lang])
                if m.group(1) in COUNTS and m.group(2) not in NOT_NOUNS
            ]
    assert single == []
    known = {key for key, _ in _every_entry()}
    assert [key for key in NEVER_ONE if key not in known] == [], "the list names only keys that exist"


# After "1", a plural form: English -s, Swedish -ar/-er/-or, Finnish partitive (-a/-ä after a vowel, -ta/-tä).
PLURAL_AFTER_ONE = {
    "en": re.compile(r"(?<![\d.,])\b1 (?!is\b|was\b|has\b|this\b|its\b|of\b)([a-z]+s)\b"),
    "sv": re.compile(r"(?<![\d.,])\b1 (?!svar\b|fel\b)([a-zåäö]+(?:ar|er|or))\b"),
    "fi": re.compile(r"(?<![\d.,])\b1 ([a-zäö]+(?:[aeiouyäö][aä]|t[aä]))\b"),
}
SINGULAR_ENDS_LIKE_A_PLURAL = {"fi": {"vastaaja", "kerta", "sama"}, "sv": {"tom"}, "en": set()}


def test_every_singular_form_says_one_thing() -> None:
    wrong = []
    for key, entry in _every_entry():
        if not key.endswith(".one"):
            continue
        for lang in LANGUAGES:
            params = dict.fromkeys(i18n_placeholders(entry[lang]), "X") | {"count": "1"}
            text = entry[lang].format(**params)
            for match in PLURAL_AFTER_ONE[lang].finditer(text):
                if match.group(1) not in SINGULAR_ENDS_LIKE_A_PLURAL[lang]:
                    wrong.append((key, lang, match.group(0)))
    assert wrong == []


def test_the_singular_check_finds_what_it_looks_for() -> None:
    assert PLURAL_AFTER_ONE["en"].search("Imported 1 responses")
    assert PLURAL_AFTER_ONE["sv"].search("1 rader lämnades bort")
    assert PLURAL_AFTER_ONE["fi"].search("Tuotiin 1 vastausta")
    assert PLURAL_AFTER_ONE["fi"].search("1 riviä jätettiin pois")
    assert not PLURAL_AFTER_ONE["fi"].search("1 vastaus, 1 rivi, 1 hanke")
    assert not PLURAL_AFTER_ONE["en"].search("1 response, 1 row")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_counted_messages_read_right_for_one_and_for_many(lang: str) -> None:
    for key in ("importing.skipped_rows", "importing.note_blank_rows", "datacheck.summary_warnings"):
        one, many = t(key, lang, count=1, rows="3"), t(key, lang, count=2, rows="3")
        assert one != many.replace("2", "1"), (key, lang, "the singular is its own sentence")
    if lang != "fi":  # Finnish says "1 rivillä" and "3 rivillä" alike
        assert t("importing.in_rows", lang, count=1) != t("importing.in_rows", lang, count=3).replace("3", "1")


def i18n_placeholders(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field}


# One thing, one word in each language (the words the language review's term table chose).
OTHER_WORD = {
    # every form of projekti but the file and folder names (projektitiedosto, projektikansio): projektinsa too
    "fi": re.compile(r"\b(projekti(?!tiedosto|kansio)\w*|hanketunnu\w*)\b", re.IGNORECASE),
    # svarare in every form (svararna, svarar-id), but not the verb (den som svarar)
    "sv": re.compile(
        r"\b(svarar(?:e|na|-)\w*|svarsperson\w*|skede\w*|svarsformulär\w*|svarsfrekvens\w*)", re.IGNORECASE
    ),
    "en": re.compile(r"\b(answers files?|participation)\b", re.IGNORECASE),
}


def test_one_word_for_one_thing_in_every_language() -> None:
    found = [
        (key, lang, match.group(0))
        for key, entry in _every_entry()
        for lang in LANGUAGES
        for match in OTHER_WORD[lang].finditer(entry[lang])
    ]
    assert found == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_clicks_own_path_checks_are_said_in_the_users_language(runner: CliRunner, tmp_path: Path, lang: str) -> None:
    result = runner.invoke(app, ["questions", "check", str(tmp_path), "--lang", lang])
    assert result.exit_code == 2
    assert t("help.err_path_is_folder", lang, path=str(tmp_path)) in result.stderr
    assert "is a directory" not in result.stderr


@pytest.mark.parametrize("lang", LANGUAGES)
def test_form_help_names_the_file_the_command_writes(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    monkeypatch.chdir(tmp_path)
    shown = runner.invoke(app, ["form", "--help", "--lang", lang])
    assert shown.exit_code == 0
    made = runner.invoke(app, ["form", "--lang", lang])
    assert made.exit_code == 0, made.output
    (written,) = [path.name for path in tmp_path.glob("*.html")]
    stem = t("form.file_stem", lang)
    assert written == f"{stem}-thl-osallisuus-24.html"
    assert f"{stem}-<" in " ".join(shown.stdout.split()), "the help gives the same stem as the file written"


# One name for the rows 1, 2A, 2B, 3 and R (osio / avsnitt / section) wherever they are listed, and another for
# THL's domains as wholes (osa-alue / delområde / domain: 2 is 2A and 2B together), which only the Innokylä appendix
# and the question headings of assess list.
SECTION_NAMES = ("assess.col_section", "form.col_section", "team.coverage_section", "report.col_section")
URL = re.compile(r"https?://\S+|<[^>]*>")


def _stem(word: str) -> str:
    """'osa-alu' finds osa-alueittain and osa-alueen; 'delområd' finds delområdenas; 'domain' finds domains."""
    return re.sub(r"[aeiouyåäö]$", "", word.lower())


def _visible(text: str) -> str:
    return html.unescape(URL.sub(" ", re.sub(r"<style>.*?</style>", " ", text, flags=re.DOTALL)))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_surface_calls_the_sections_by_one_name(lang: str) -> None:
    section = t("report.col_section", lang)
    assert {t(key, lang) for key in SECTION_NAMES} == {section}
    assert t("assess.part_heading", lang, id="2A", title="").startswith(section)
    assert t("assess.structures_heading", lang, id="R", title="").startswith(section)
    assert t("report.h_summary", lang) == t("form.summary_heading", lang)
    assert t("report.col_domain", lang) != section
    assert t("assess.domain_heading", lang, id="2", title="").startswith(t("report.col_domain", lang))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_report_summary_and_portfolio_list_sections_not_domains(qs, demo_team, lang: str) -> None:
    section, domain = t("report.col_section", lang), _stem(t("report.col_domain", lang))
    report = build_report(demo_team, qs, lang)
    pages = {
        (template, fmt): render(report, fmt=fmt, template=template)
        for template, fmt in (("report", "md"), ("report", "html"), ("summary", "md"))
    }
    portfolio = build_portfolio(demo_team, qs, lang)
    pages |= {("portfolio", fmt): render(portfolio, fmt=fmt, template="portfolio") for fmt in ("md", "html")}
    for where, text in pages.items():
        assert domain not in _visible(text).lower(), where
    for where in (("report", "md"), ("summary", "md")):
        header = next(line for line in pages[where].splitlines() if line.startswith(f"| {section} |"))
        rows = pages[where].split(header, 1)[1].split("\n\n", 1)[0]
        assert "| 2A " in rows, where
    assert f'<th scope="col">{escape(section)}</th>' in pages["report", "html"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_innokyla_appendix_lists_thls_domains_by_their_name(qs, demo_team, lang: str) -> None:
    report = build_report(demo_team, qs, lang)
    for fmt in ("md", "html"):
        text = _visible(render(report, fmt=fmt, template="innokyla"))
        assert t("report.col_domain", lang) in text, fmt
        assert t("report.col_section", lang) not in text, fmt
    assert t("report.innokyla_h_summary", lang) in _visible(render(report, fmt="html", template="innokyla"))


def test_merge_heads_its_sections_as_the_report_does(runner: CliRunner, qs, tmp_path: Path) -> None:
    write_answers(tmp_path / "a.yaml", make_answers(qs, {"q01": 2}), qs)
    for lang in LANGUAGES:
        out = tmp_path / f"t-{lang}.yaml"
        result = runner.invoke(app, ["merge", str(tmp_path / "a.yaml"), "-o", str(out), "--lang", lang])
        assert result.exit_code == 0, result.output
        assert any(line.split()[:1] == [t("report.col_section", lang)] for line in result.stderr.splitlines())
