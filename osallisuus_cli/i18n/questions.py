"""Messages about question sets: loading, checking, listing and showing them."""

MESSAGES: dict[str, dict[str, str]] = {
    "questions.what": {"fi": "kysymyssarja", "sv": "en frågeuppsättning", "en": "a question set"},
    "questions.err_builtin_missing": {
        "fi": "sisäänrakennettu kysymyssarja puuttuu asennuksesta — asenna osallisuus uudelleen",
        "sv": "den inbyggda frågeuppsättningen saknas i installationen — installera osallisuus på nytt",
        "en": "the built-in question set is missing from the installation — reinstall osallisuus",
    },
    "questions.err_framework_not_found": {
        "fi": "kysymyssarjaa ei löydy — tarkista --framework-polku",
        "sv": "frågeuppsättningen hittas inte — kontrollera sökvägen i --framework",
        "en": "question set not found — check the --framework path",
    },
    "questions.err_format": {
        "fi": "tiedoston muoto on {found}, odotettiin {expected} — onko tämä kysymyssarja?",
        "sv": "filens format är {found} men borde vara {expected} — är detta en frågeuppsättning?",
        "en": "the file's format is {found} but should be {expected} — is this a question set?",
    },
    "questions.err_scale_order": {
        "fi": "asteikon arvojen on oltava eri lukuja nousevassa järjestyksessä",
        "sv": "skalans värden måste vara olika tal i stigande ordning",
        "en": "scale values must be distinct numbers in ascending order",
    },
    "questions.err_duplicate_special": {
        "fi": "sama erityisvastaus on määritelty kahdesti",
        "sv": "samma specialsvar är definierat två gånger",
        "en": "the same special answer is defined twice",
    },
    "questions.err_language_undeclared": {
        "fi": "kieli '{lang}' puuttuu luettelosta languages.available — lisää se",
        "sv": "språket '{lang}' saknas i languages.available — lägg till det",
        "en": "language '{lang}' is missing from languages.available — add it",
    },
    "questions.err_language_twice": {
        "fi": "kieli '{lang}' on luettelossa kahdesti — poista toinen",
        "sv": "språket '{lang}' står två gånger i listan — ta bort det ena",
        "en": "language '{lang}' is listed twice — remove one",
    },
    "questions.err_language_both": {
        "fi": "kieli '{lang}' on merkitty sekä alkuperäiseksi (authoritative) että epäviralliseksi (unofficial) — valitse toinen",
        "sv": "språket '{lang}' är angivet både som original (authoritative) och som inofficiellt (unofficial) — välj det ena",
        "en": "language '{lang}' is marked both authoritative and unofficial — choose one",
    },
    "questions.err_duplicate_id": {
        "fi": "kysymystunniste '{id}' on käytössä jo aiemmin — anna jokaiselle kysymykselle oma tunniste",
        "sv": "fråge-id '{id}' används redan — ge varje fråga ett eget id",
        "en": "question id '{id}' is already used — give every question its own id",
    },
    "questions.err_duplicate_number": {
        "fi": "kysymysnumero {number} on käytössä jo aiemmin — numeroi kysymykset yksilöllisesti",
        "sv": "frågenummer {number} används redan — numrera frågorna unikt",
        "en": "question number {number} is already used — number the questions uniquely",
    },
    "questions.err_duplicate_section": {
        "fi": "osion tai osa-alueen tunniste '{id}' on käytössä kahdesti",
        "sv": "avsnitts- eller delområdes-id '{id}' används två gånger",
        "en": "section or domain id '{id}' is used twice",
    },
    "questions.err_text_missing": {
        "fi": "teksti puuttuu kielellä '{lang}' — lisää käännös tai poista kieli luettelosta languages.available",
        "sv": "text saknas på språket '{lang}' — lägg till översättningen eller ta bort språket ur languages.available",
        "en": "text missing in language '{lang}' — add the translation or remove the language from languages.available",
    },
    "questions.err_text_undeclared": {
        "fi": "kieltä '{lang}' ei ole luettelossa languages.available — lisää se tai poista teksti",
        "sv": "språket '{lang}' finns inte i languages.available — lägg till det eller ta bort texten",
        "en": "language '{lang}' is not in languages.available — add it or remove the text",
    },
    "questions.err_no_such_question": {
        "fi": "kysymystä '{ref}' ei ole — anna tunniste (q07) tai numero 1–{count}",
        "sv": "frågan '{ref}' finns inte — ange ett id (q07) eller ett nummer 1–{count}",
        "en": "there is no question '{ref}' — give an id (q07) or a number 1–{count}",
    },
    "questions.source": {"fi": "Lähde: {source}", "sv": "Källa: {source}", "en": "Source: {source}"},
    "questions.unofficial_note_general": {
        "fi": "Epävirallinen käännös – alkuperäinen teksti on virallinen.",
        "sv": "Inofficiell översättning – originaltexten är den officiella.",
        "en": "Unofficial translation – the original text is authoritative.",
    },
    "questions.set_line.one": {
        "fi": "Kysymyssarja {id}, versio {version} · {count} kysymys",
        "sv": "Frågeuppsättning {id}, version {version} · {count} fråga",
        "en": "Question set {id}, version {version} · {count} question",
    },
    "questions.set_line.other": {
        "fi": "Kysymyssarja {id}, versio {version} · {count} kysymystä",
        "sv": "Frågeuppsättning {id}, version {version} · {count} frågor",
        "en": "Question set {id}, version {version} · {count} questions",
    },
    "questions.scale_heading": {"fi": "Vastausasteikko", "sv": "Svarsskala", "en": "Answer scale"},
    "questions.question_of": {
        "fi": "Kysymys {number}/{count} · {id}",
        "sv": "Fråga {number}/{count} · {id}",
        "en": "Question {number} of {count} · {id}",
    },
    "questions.show_hint": {
        "fi": "Koko kysymys esimerkkeineen: {command}",
        "sv": "Hela frågan med exempel: {command}",
        "en": "A question in full, with its examples: {command}",
    },
    "questions.check_ok.one": {
        "fi": "{file}: kunnossa — {id} {version}, {count} kysymys, kielet: {languages}",
        "sv": "{file}: i ordning — {id} {version}, {count} fråga, språk: {languages}",
        "en": "{file}: valid — {id} {version}, {count} question, languages: {languages}",
    },
    "questions.check_ok.other": {
        "fi": "{file}: kunnossa — {id} {version}, {count} kysymystä, kielet: {languages}",
        "sv": "{file}: i ordning — {id} {version}, {count} frågor, språk: {languages}",
        "en": "{file}: valid — {id} {version}, {count} questions, languages: {languages}",
    },
}
