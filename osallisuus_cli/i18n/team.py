"""Messages about answer files and team files: validation, merging, exporting, project folders."""

MESSAGES: dict[str, dict[str, str]] = {
    "team.what_answers": {"fi": "vastaustiedosto", "sv": "en svarsfil", "en": "an answers file"},
    "team.err_format": {
        "fi": "tiedoston muoto on {found}, odotettiin {expected} — onko tämä osallisuus-vastaustiedosto?",
        "sv": "filens format är {found}, förväntade {expected} — är detta en svarsfil från osallisuus?",
        "en": "the file's format is {found}, expected {expected} — is this an osallisuus answers file?",
    },
    "team.err_is_team_file": {
        "fi": "tämä on tiimitiedosto, ei yhden vastaajan vastaustiedosto — käytä sitä komennoilla merge ja report",
        "sv": "detta är en teamfil, inte en svarsfil för en person — använd den med merge och report",
        "en": "this is a team file, not one respondent's answers file — use it with merge and report",
    },
    "team.err_framework_id": {
        "fi": "vastaukset on annettu kysymyssarjaan '{found}', mutta käytössä on '{expected}' — valitse oikea sarja valitsimella --framework",
        "sv": "svaren gäller frågeuppsättningen '{found}' men '{expected}' används — välj rätt uppsättning med --framework",
        "en": "the answers are for question set '{found}' but '{expected}' is in use — choose the right set with --framework",
    },
    "team.err_framework_version": {
        "fi": "vastaukset on annettu sarjan {id} versioon {found}, käytössä on versio {expected} — käytä samaa versiota (--framework)",
        "sv": "svaren gäller version {found} av {id}, men version {expected} används — använd samma version (--framework)",
        "en": "the answers are for version {found} of {id} but version {expected} is in use — use the same version (--framework)",
    },
    "team.err_unknown_question": {
        "fi": "kysymystä '{id}' ei ole kysymyssarjassa — tarkista tunniste (osallisuus questions list)",
        "sv": "frågan '{id}' finns inte i frågeuppsättningen — kontrollera id:t (osallisuus questions list)",
        "en": "question '{id}' is not in the question set — check the id (osallisuus questions list)",
    },
}
