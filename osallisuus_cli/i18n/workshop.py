"""Messages of ``osallisuus workshop``: the command, the workshop file, the facilitator's page, the phones' page and
the printable level cards.

The pages carry their texts in all three languages (each phone picks its own); placeholders in braces are filled by
the page's script the same way ``str.format`` fills them here.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # The file
    "workshop.what": {"fi": "työpajatiedosto", "sv": "en workshopfil", "en": "a workshop file"},
    "workshop.v_counts_sum": {
        "fi": "tasojen määrät ({total}) eivät vastaa arvioiden määrää ({rated})",
        "sv": "antalen per nivå ({total}) stämmer inte med antalet bedömningar ({rated})",
        "en": "the counts per level ({total}) do not add up to the number of ratings ({rated})",
    },
    "workshop.v_counts_and_spread": {
        "fi": "anna joko määrät tasoittain (counts) tai vaihteluväli (spread), ei molempia",
        "sv": "ange antingen antal per nivå (counts) eller spridning (spread), inte båda",
        "en": "give either the counts per level (counts) or the spread (spread), not both",
    },
    "workshop.v_spread_order": {
        "fi": "vaihteluvälin alaraja {low} on suurempi kuin yläraja {high}",
        "sv": "spridningens nedre gräns {low} är större än den övre {high}",
        "en": "the spread's low end {low} is above its high end {high}",
    },
    "workshop.v_plan_repeats": {
        "fi": "sama kysymys on suunnitelmassa kahdesti",
        "sv": "samma fråga finns två gånger i planen",
        "en": "the same question is in the plan twice",
    },
    "workshop.v_result_not_planned": {
        "fi": "kysymys {question} on tuloksissa, mutta ei istunnon suunnitelmassa (plan)",
        "sv": "frågan {question} finns bland resultaten men inte i sessionens plan (plan)",
        "en": "question {question} has a result but is not in the session's plan (plan)",
    },
    "workshop.v_more_than_participants": {
        "fi": "kysymyksellä {question} on {rated} arviota, mutta osallistujia on merkitty vain {participants}",
        "sv": "frågan {question} har {rated} bedömningar men bara {participants} deltagare har angetts",
        "en": "question {question} has {rated} ratings but only {participants} participants are recorded",
    },
    "workshop.v_position": {
        "fi": "istunnon kohta on suunnitelman kysymysten ulkopuolella",
        "sv": "sessionens position ligger utanför planens frågor",
        "en": "the session's position is past the questions of its plan",
    },
    "workshop.v_unknown_question": {
        "fi": "kysymystä {question} ei ole kysymyssarjassa",
        "sv": "frågan {question} finns inte i frågeuppsättningen",
        "en": "question {question} is not in the question set",
    },
    "workshop.v_unknown_level": {
        "fi": "kysymyksen {question} taso {level} ei ole asteikolla",
        "sv": "nivån {level} för frågan {question} finns inte på skalan",
        "en": "level {level} of question {question} is not on the scale",
    },
    # The command
    "workshop.err_section": {
        "fi": "osiota {section} ei ole. Osiot: {known}.",
        "sv": "delen {section} finns inte. Delar: {known}.",
        "en": "there is no section {section}. Sections: {known}.",
    },
    "workshop.err_locked": {
        "fi": "kysymyssarja {set} on lukittu (locked: true): sen julkaisija sallii sen vain virallisessa käytössä, eikä siihen saa vastata ja keskustella vastauksista samassa istunnossa. Kerää vastaukset yksitellen (assess, form tai import).",
        "sv": "frågeuppsättningen {set} är låst (locked: true): utgivaren tillåter den bara i officiellt bruk, och den får inte besvaras och diskuteras i samma session. Samla in svaren ett i taget (assess, form eller import).",
        "en": "the question set {set} is locked (locked: true): its publisher allows it only in its official use, and it must not be answered and discussed in the same session. Collect the answers one by one (assess, form or import).",
    },
}
