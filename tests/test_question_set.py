"""The built-in THL question set: the Finnish text is THL's, verbatim; structure, scale and metadata as documented.

The texts are compared with THL's own (the part of the slide deck that holds them, under tests/seed/), and the
SHA-256 of every text below pins them too.
"""

from __future__ import annotations

import hashlib
import re

import pytest

from osallisuus_cli.questionsets.framework import QuestionSet
from tests.conftest import SEED, set_texts

# SHA-256 of each Finnish question text and example text, whitespace collapsed to single spaces.
TEXT_SHA256 = {
    "q01": "b4697d957f053b30b685979d53eb3b06a2d42517ea85d9453dc316a36fadf674",
    "q02": "757413eb15c18033bb80731124be23d0c58e1a46c97ef7be81f19ab1908894b1",
    "q03": "c719b448686b11d6b69902664f8e7b70de77876119e31e159d551c38bee44658",
    "q04": "9389e5dec91c6994b7f69b07d6b1fff04810d058bce897c13b5fce5471bc5a5f",
    "q05": "4b739c712a5e6209ccea8cffc835bcf4aedcdcb83a1ac827b4f14cb9c3eb4032",
    "q06": "fc8f20fbce21c147c69931efc34d9715931bc90f0fbd260eacea5a3f7e86e1c5",
    "q07": "9ccd96258f38fa2dae228d7f8421f9d6ed7b898ca462588f33a6d1bf4c269826",
    "q08": "9ab22a922d69a42227cc913303988a549983af361ee2cafa5aa642c889f9dba2",
    "q09": "714626ac4f4261c7441784113baed226ad9ed2c43310cc6b3c45acfd1fba0ee4",
    "q10": "210fa9cbedfe52fdd5ec4c42c8806945204380d02eb1d7c187352e5e9f03843d",
    "q11": "3d10e69e09032891f532f5832ae4068d3942b3e99a22c3b096b01610024ce50b",
    "q12": "f1eeaf63689dcce08e3579194dad2c5b12e969e1d9e5db0c4b5521b6359ae88b",
    "q13": "528cdab81e36e126c163ca50b9ede02f00e3796bda8d75b936312e0b52534955",
    "q14": "7308f42aaf77cde78c590915400f4d0b7d3c7bceb120c698c7aa6f833f8f8bc4",
    "q15": "a8c3b177af11f04da821f3f42b7a1d6abcf281f2608bafc5b1392c94af94d1a5",
    "q16": "1c80e68e88354b961eebf2c40435bf2e4ffcfbc608fa85dd81bbce970b0d957b",
    "q17": "75892d6d6dafd236a51d39fbe428ce78a066f63a25c1f5d048212822e150b30d",
    "q18": "3d2ec1e03bb1704fae99c2203c94a8d88173b9972333213f4a44810f45611be5",
    "q19": "40f12ba2aad47bbf99838394241222a485e50c3f7ead1f7e60919c065d636422",
    "q20": "69ca691b245f113395b7599dbbf821f428a8b4e99609c7a909ccd3c3938bc44d",
    "q21": "7ce8a5ec14dd6d6fda4c4c449a46b291a584802bc9ceb60698ddb25fe0ba16ea",
    "q22": "f34d5b2825bb40698e3fc3180e01fb869c721fdcb892959e0bfc9e70eed90e0f",
    "q23": "2065573dda3627fafecc50438ea875c642f86059e388df1e8aa5658e30791f29",
    "q24": "427aaf048ca420f0a1c894474a865b05b34bee39f7740844426ad819b80ce70a",
}
EXAMPLES_SHA256 = {
    "q09": "c51c574724eba43e83cf9d2fc4182bd163779e907f5681d780a53bf6b8c5f6ff",
    "q10": "932454fc5f48c949f449985717fe3cdcf718ba5ebd2b64f6d87d84cf8499e03f",
    "q15": "a1e66f801640a72cb36f20ded9956efcbe3f4e5cd53cf06a24edeb0ab1eeee76",
    "q18": "726b63eab6c0edc486af123b9b98500d267ed607ca69d22af14e53d061e67738",
    "q19": "9b235229639508f6be8adb7b5bb93e466b5d5f4f813241d90f07fa5d7aa75eb3",
    "q22": "2303de85d18a22f0e7cf76a94f050ab5b15545e341dae12d7ba4df5ab5632540",
    "q23": "b9b7a1678732a5e8a332cbcc1048940d0bd2cc9a486c29d9701847ec7b799b6a",
    "q24": "a03f660b685a8579b006851c39fd4f856c65b2553f7c512fc6ad655300e3cde3",
}

SECTION_OF_NUMBER = {
    **dict.fromkeys(range(1, 8), "1"),
    **dict.fromkeys(range(8, 15), "2A"),
    **dict.fromkeys(range(15, 21), "2B"),
    **dict.fromkeys(range(21, 24), "3"),
    24: "R",
}


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def sha256(text: str) -> str:
    return hashlib.sha256(normalise(text).encode()).hexdigest()


@pytest.fixture(scope="module")
def seed() -> str:
    text = "".join(line for line in SEED.read_text(encoding="utf-8").splitlines(True) if not line.startswith("#"))
    return normalise(text).replace("b=)", "b)")


# --- the Finnish text is THL's ------------------------------------------------------------------------------


def test_the_finnish_texts_have_the_recorded_checksums(qs: QuestionSet) -> None:
    assert {q.id: sha256(q.text["fi"]) for q in qs.questions} == TEXT_SHA256
    assert {q.id: sha256(q.examples["fi"]) for q in qs.questions if q.examples} == EXAMPLES_SHA256


def test_every_question_is_in_the_seed_after_its_number_and_in_order(qs: QuestionSet, seed: str) -> None:
    position = 0
    for question in qs.questions:
        numbered = f"{question.number}. {normalise(question.text['fi'])}"
        found = seed.find(numbered, position)
        assert found >= 0, f"{question.id} is not verbatim in the seed: {numbered!r}"
        position = found + len(numbered)
        if question.examples:
            examples = normalise(question.examples["fi"])
            assert examples in seed[position : position + len(examples) + 20], f"{question.id} examples"


def test_examples_are_a_separate_hint_in_thls_form(qs: QuestionSet) -> None:
    with_examples = [q for q in qs.questions if q.examples]
    assert [q.id for q in with_examples] == list(EXAMPLES_SHA256)
    for question in with_examples:
        prefix = "Esimerkkejä rakenteista:" if question.id == "q24" else "Esim. "
        assert question.examples["fi"].startswith(prefix)
        assert "Esim." not in question.text["fi"]


def test_domain_and_section_texts_come_from_the_seed(qs: QuestionSet, seed: str) -> None:
    texts = []
    for domain in qs.domains:
        texts.append(domain.title["fi"])
        texts.append(domain.description["fi"])
        texts += [section.title["fi"] for section in domain.sections if section.title]
    for text in texts:
        assert normalise(text) in seed, text
    assert "a) Yhdessä suunnittelu ja yhteiskehittäminen b) Omaehtoinen ja yhteinen toiminta" in seed
    # The title is the name of THL's page, which the seed gives as its address.
    assert "edistaako-toiminta-osallisuutta-24-apukysymysta" in seed


def test_the_seed_typo_is_not_copied(qs: QuestionSet) -> None:
    for _, value in set_texts(qs):
        assert "b=)" not in value["fi"]


# --- structure ------------------------------------------------------------------------------------------------


def test_24_questions_with_stable_ids_and_numbers(qs: QuestionSet) -> None:
    assert [q.id for q in qs.questions] == [f"q{n:02d}" for n in range(1, 25)]
    assert [q.number for q in qs.questions] == list(range(1, 25))


def test_questions_sit_in_their_sections(qs: QuestionSet) -> None:
    assert {q.number: qs.section_of(q.id).id for q in qs.questions} == SECTION_OF_NUMBER


def test_domains_1_2_3_and_the_structures(qs: QuestionSet) -> None:
    assert [(d.id, d.kind, [s.id for s in d.sections]) for d in qs.domains] == [
        ("1", "domain", ["1"]),
        ("2", "domain", ["2A", "2B"]),
        ("3", "domain", ["3"]),
        ("R", "structures", ["R"]),
    ]
    assert qs.section_title(qs.section_of("q08"), "fi") == "Yhdessä suunnittelu ja yhteiskehittäminen"
    assert qs.section_title(qs.section_of("q15"), "fi") == "Omaehtoinen ja yhteinen toiminta"
    assert qs.section_title(qs.section_of("q24"), "fi") == "Osallisuutta edistävien rakenteiden luominen"
    assert qs.domains[3].description["fi"].startswith("On tärkeää, että yllä mainitut")


def test_sub_parts_stay_in_the_text_in_every_language(qs: QuestionSet) -> None:
    for qid, parts in (("q02", ["a)", "b)", "c)", "d)"]), ("q22", ["a)", "b)"])):
        for lang, text in qs.question(qid).text.items():
            positions = [text.find(part) for part in parts]
            assert -1 not in positions, (qid, lang)
            assert positions == sorted(positions), (qid, lang)


# --- scale ----------------------------------------------------------------------------------------------------


def test_the_scale_is_the_tools_own_0_to_4_with_two_special_answers(qs: QuestionSet) -> None:
    assert [(level.value, level.label["fi"]) for level in qs.scale.levels] == [
        (0, "Ei vielä"),
        (1, "Suunnitteilla"),
        (2, "Kokeiltu tai osittain käytössä"),
        (3, "Toteutuu säännöllisesti"),
        (4, "Vakiintunut osaksi rakenteita"),
    ]
    assert [(s.value, s.label["fi"]) for s in qs.scale.special] == [
        ("na", "Ei koske toimintaamme"),
        ("dont_know", "En osaa sanoa"),
    ]
    assert (qs.scale.minimum, qs.scale.maximum) == (0, 4)
    assert qs.scale.accepts(3)
    assert qs.scale.accepts("na")
    assert qs.scale.accepts("dont_know")
    assert not qs.scale.accepts(5)
    assert not qs.scale.accepts(True)
    assert not qs.scale.accepts("3")


def test_scale_labels_in_every_language(qs: QuestionSet) -> None:
    assert qs.level_label(0, "sv") == "Inte ännu"
    assert qs.level_label(4, "en") == "Embedded in our structures"
    assert qs.level_label("dont_know", "sv") == "Kan inte säga"
    assert qs.level_label("na", "en") == "Does not apply to our activity"


# --- metadata -------------------------------------------------------------------------------------------------


def test_identity_and_version(qs: QuestionSet) -> None:
    assert (qs.format, qs.id, qs.version) == ("osallisuus/question-set/v1", "thl-osallisuus-24", "1.0")
    assert qs.text(qs.title, "fi") == "Edistääkö toiminta osallisuutta? 24 apukysymystä"


def test_source_names_thl_sokra_and_the_page_in_the_seed(qs: QuestionSet) -> None:
    assert "(THL)" in qs.source.publisher["fi"]
    assert "Sokra" in qs.source.publisher["fi"]
    assert qs.source.url.startswith("https://thl.fi/")
    assert qs.source.url.endswith(
        "osallisuus/osallisuuden-osa-alueet-ja-osallisuuden-edistamisen-periaatteet/"
        "edistaako-toiminta-osallisuutta-24-apukysymysta"
    )
    assert "http://www.thl.fi/sokra" in qs.source.references


def test_the_note_says_thl_gives_no_scoring(qs: QuestionSet) -> None:
    assert "THL ei anna kysymyksille pisteytystä" in qs.source.note["fi"]
    assert "ingen poängsättning" in qs.source.note["sv"]
    assert "no scoring" in qs.source.note["en"]


def test_swedish_and_english_are_marked_unofficial_with_finnish_authoritative(qs: QuestionSet) -> None:
    langs = qs.languages
    assert (langs.default, langs.available, langs.authoritative, langs.unofficial) == (
        "fi",
        ["fi", "sv", "en"],
        "fi",
        ["sv", "en"],
    )
    assert qs.source.translation_note is not None
    assert set(qs.source.translation_note) == {"fi", "sv", "en"}
    assert "epävirallisia käännöksiä" in qs.source.translation_note["fi"]
    assert "inofficiella översättningar" in qs.source.translation_note["sv"]
    assert "unofficial translations" in qs.source.translation_note["en"]
    assert qs.translation_note("fi") is None
    assert qs.translation_note("sv") == qs.source.translation_note["sv"]


def test_translations_keep_the_form_of_the_finnish(qs: QuestionSet) -> None:
    """Same number of questions asked, examples introduced the same way, THL named the same."""
    example_prefix = {"fi": "Esim. ", "sv": "T.ex. ", "en": "E.g. "}
    structures_prefix = {
        "fi": "Esimerkkejä rakenteista:",
        "sv": "Exempel på strukturer:",
        "en": "Examples of structures:",
    }
    for question in qs.questions:
        for lang in ("sv", "en"):
            assert question.text[lang].count("?") == question.text["fi"].count("?"), (question.id, lang)
            if question.examples:
                prefix = structures_prefix if question.id == "q24" else example_prefix
                assert question.examples[lang].startswith(prefix[lang]), (question.id, lang)
    for lang in ("sv", "en"):
        assert "(THL)" in qs.source.publisher[lang]
