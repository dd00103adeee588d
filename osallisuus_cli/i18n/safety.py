"""Messages about unsafe or impossible inputs: special files, symlinks, paths, limits, tampering."""

MESSAGES: dict[str, dict[str, str]] = {
    "safety.not_regular_file": {
        "fi": "tämä ei ole tavallinen tiedosto (vaan esim. putki tai laite) — anna tavallisen YAML-tiedoston polku",
        "sv": "detta är ingen vanlig fil (utan t.ex. en pipe eller en enhet) — ange sökvägen till en vanlig YAML-fil",
        "en": "this is not a regular file (but a pipe, a device or similar) — give the path of an ordinary YAML file",
    },
    "safety.symlink_loop": {
        "fi": "symbolinen linkki osoittaa kehässä itseensä — poista tai korjaa linkki",
        "sv": "den symboliska länken pekar i en slinga på sig själv — ta bort eller rätta länken",
        "en": "the symbolic link points round in a loop — remove or fix the link",
    },
    "safety.permission_denied": {
        "fi": "tiedostoa ei voi lukea: ei lukuoikeutta — tarkista oikeudet",
        "sv": "filen kan inte läsas: läsbehörighet saknas — kontrollera behörigheterna",
        "en": "cannot read the file: permission denied — check its permissions",
    },
    "safety.name_too_long": {
        "fi": "polku tai tiedostonimi on liian pitkä — käytä lyhyempää nimeä",
        "sv": "sökvägen eller filnamnet är för långt — använd ett kortare namn",
        "en": "the path or file name is too long — use a shorter name",
    },
    "safety.path_has_nul": {
        "fi": "polussa on NUL-merkki (\\0) — kirjoita polku uudelleen",
        "sv": "sökvägen innehåller ett NUL-tecken (\\0) — skriv sökvägen på nytt",
        "en": "the path holds a NUL character (\\0) — write the path again",
    },
    "safety.symlink_outside": {
        "fi": "symbolinen linkki vie kansion {folder} ulkopuolelle ({target}) — sitä ei lueta; "
        "anna tiedosto suoraan komentoriville, jos se kuuluu mukaan",
        "sv": "den symboliska länken leder ut ur mappen {folder} ({target}) — den läses inte; "
        "ange filen direkt på kommandoraden om den ska tas med",
        "en": "the symbolic link leads out of the folder {folder} ({target}) — it is not read; "
        "name the file on the command line if it belongs in",
    },
    "safety.more_problems.one": {
        "fi": "… ja 1 muu ongelma tässä tiedostossa (näytetään {shown} ensimmäistä)",
        "sv": "… och 1 problem till i den här filen (de {shown} första visas)",
        "en": "… and 1 more problem in this file (the first {shown} are shown)",
    },
    "safety.more_problems.other": {
        "fi": "… ja {count} muuta ongelmaa tässä tiedostossa (näytetään {shown} ensimmäistä)",
        "sv": "… och {count} problem till i den här filen (de {shown} första visas)",
        "en": "… and {count} more problems in this file (the first {shown} are shown)",
    },
    "safety.path_control_chars": {
        "fi": "polussa on ohjausmerkki (esim. NUL tai rivinvaihto) — kirjoita polku uudelleen",
        "sv": "sökvägen innehåller ett styrtecken (t.ex. NUL eller radbrytning) — skriv sökvägen på nytt",
        "en": "the path holds a control character (such as NUL or a line break) — write the path again",
    },
    "safety.answers_dir_is_project": {
        "fi": "vastauskansio '{value}' on projektikansio itse — anna sen alikansio, esim. answers",
        "sv": "svarsmappen '{value}' är själva projektmappen — ange en undermapp, t.ex. answers",
        "en": "the answers folder '{value}' is the project folder itself — give a folder inside it, such as answers",
    },
    "safety.more_responses.one": {
        "fi": "… ja 1 muu vastaus, jossa on ongelmia — korjaa ensin yllä luetellut ja tarkista uudelleen",
        "sv": "… och 1 svar till med problem — rätta först de som listas ovan och kontrollera igen",
        "en": "… and 1 more response with problems — fix those listed above first, then check again",
    },
    "safety.more_responses.other": {
        "fi": "… ja {count} muuta vastausta, joissa on ongelmia — korjaa ensin yllä luetellut ja tarkista uudelleen",
        "sv": "… och {count} svar till med problem — rätta först de som listas ovan och kontrollera igen",
        "en": "… and {count} more responses with problems — fix those listed above first, then check again",
    },
    "safety.key_not_text": {
        "fi": "avain {value} ei ole tekstiä — kirjoita avain sanana (esim. q01)",
        "sv": "nyckeln {value} är inte text — skriv nyckeln som ett ord (t.ex. q01)",
        "en": "the key {value} is not text — write the key as a word (such as q01)",
    },
    "safety.number_too_long": {
        "fi": "luvussa on {digits} numeroa — näin pitkä luku ei voi olla tämän tiedoston arvo; korjaa rivin {line} kohta",
        "sv": "talet har {digits} siffror — ett så långt tal kan inte vara ett värde i den här filen; rätta rad {line}",
        "en": "the number has {digits} digits — no value in this file is that long; fix line {line}",
    },
    "safety.not_a_value": {
        "fi": "'{value}' näyttää päivämäärältä tai ajalta, mutta sellaista ei ole (esim. 30.2. tai UTC-ero yli 24 tuntia) — korjaa rivin {line} kohta",
        "sv": "'{value}' ser ut som ett datum eller en tid men finns inte (t.ex. 30.2 eller en UTC-skillnad över 24 timmar) — rätta rad {line}",
        "en": "'{value}' looks like a date or time but there is no such one (such as 30 February or a UTC offset over 24 hours) — fix line {line}",
    },
    "safety.time_out_of_range": {
        "fi": "aika on niin kaukana, ettei sitä voi muuttaa UTC-ajaksi — anna todellinen aika",
        "sv": "tiden ligger så långt bort att den inte kan räknas om till UTC — ange en verklig tid",
        "en": "the time is so far off that it cannot be converted to UTC — give a real time",
    },
    "safety.template_outside": {
        "fi": "malli {name} on symbolinen linkki mallikansion {folder} ulkopuolelle — kopioi malli kansioon",
        "sv": "mallen {name} är en symbolisk länk ut ur mallmappen {folder} — kopiera mallen till mappen",
        "en": "the template {name} is a symbolic link out of the template folder {folder} — copy the template into it",
    },
    "safety.template_unsafe": {
        "fi": "malli yrittää käyttää Pythonin sisäisiä osia (rivi {line}), mitä ei sallita — käytä vain raportin tietoja ja suodattimia",
        "sv": "mallen försöker använda Pythons interna delar (rad {line}), vilket inte tillåts — använd bara rapportens data och filter",
        "en": "the template tries to reach Python's internals (line {line}), which is not allowed — use only the report's data and filters",
    },
    "safety.template_too_large": {
        "fi": "mallipohja tekee rivillä {line} liian suuren arvon (yli {limit} merkkiä, alkiota tai bittiä) — "
        "raportin tulostaminen ei tarvitse näin suuria arvoja; korjaa rivi. Mitään ei kirjoitettu",
        "sv": "mallen gör ett för stort värde på rad {line} (över {limit} tecken, element eller bitar) — "
        "en rapport behöver inte så stora värden; rätta raden. Inget skrevs",
        "en": "the template makes too large a value on line {line} (over {limit} characters, items or bits) — "
        "no report needs values this large; fix the line. Nothing was written",
    },
    "safety.template_timeout": {
        "fi": "mallipohja {name} ei valmistunut {seconds} sekunnissa, joten se keskeytettiin — tarkista silmukat "
        "(esim. sisäkkäiset range-silmukat). Mitään ei kirjoitettu",
        "sv": "mallen {name} blev inte klar på {seconds} sekunder och avbröts — kontrollera looparna "
        "(t.ex. range-loopar inuti varandra). Inget skrevs",
        "en": "the template {name} did not finish in {seconds} seconds and was stopped — check its loops "
        "(such as range loops inside each other). Nothing was written",
    },
    "safety.template_memory": {
        "fi": "mallipohja {name} tarvitsi enemmän muistia kuin sille sallitaan ({limit} Mt), joten se keskeytettiin — "
        "tarkista, mitä silmukat kokoavat. Mitään ei kirjoitettu",
        "sv": "mallen {name} behövde mer minne än den tillåts ({limit} MB) och avbröts — "
        "kontrollera vad looparna bygger upp. Inget skrevs",
        "en": "the template {name} needed more memory than it is allowed ({limit} MB) and was stopped — "
        "check what its loops build up. Nothing was written",
    },
    "safety.template_output": {
        "fi": "mallipohja {name} tuotti yli {limit} miljoonaa merkkiä, joten se keskeytettiin — raportti ei voi olla "
        "näin pitkä; tarkista silmukat. Mitään ei kirjoitettu",
        "sv": "mallen {name} skrev över {limit} miljoner tecken och avbröts — en rapport kan inte vara så lång; "
        "kontrollera looparna. Inget skrevs",
        "en": "the template {name} wrote over {limit} million characters and was stopped — no report is that "
        "long; check its loops. Nothing was written",
    },
    "safety.warn_team_copy_edited": {
        "fi": "tiimitiedoston kopio eroaa vastaustiedostosta {original}, josta se on tehty (tunniste {sha}…): sitä on muokattu yhdistämisen jälkeen — tiimitiedoston versio pidetään",
        "sv": "teamfilens kopia skiljer sig från svarsfilen {original} som den gjordes av (kännetecken {sha}…): den har ändrats efter sammanslagningen — teamfilens version behålls",
        "en": "the team file's copy differs from the answer file {original} it was made from (fingerprint {sha}…): it was edited after merging — the team file's version is kept",
    },
    "safety.err_copies_differ": {
        "fi": "saman alkuperäisen vastaustiedoston kopioita on {count}, ja niiden vastaukset eroavat (myös {others}; tunniste {sha}…) — jätä yksi pois tai valitse --on-duplicate latest tai keep-both",
        "sv": "samma ursprungliga svarsfil finns i {count} kopior med olika svar (även {others}; kännetecken {sha}…) — ta bort en eller välj --on-duplicate latest eller keep-both",
        "en": "{count} copies of the same original answer file have different answers (also {others}; fingerprint {sha}…) — leave one out, or choose --on-duplicate latest or keep-both",
    },
    "safety.warn_copies_kept": {
        "fi": "saman alkuperäisen vastaustiedoston kopioita on {count}, ja niiden vastaukset eroavat (myös {others}; tunniste {sha}…) — kaikki pidetään (--on-duplicate keep-both)",
        "sv": "samma ursprungliga svarsfil finns i {count} kopior med olika svar (även {others}; kännetecken {sha}…) — alla behålls (--on-duplicate keep-both)",
        "en": "{count} copies of the same original answer file have different answers (also {others}; fingerprint {sha}…) — all are kept (--on-duplicate keep-both)",
    },
    "safety.demo_folder_in_use": {
        "fi": "kansiossa {folder} on muutakin kuin esimerkin omia tiedostoja (esim. {other}) — esimerkki kirjoitetaan vain uuteen tai tyhjään kansioon, jotta keksityt vastaajat eivät sekoitu oikeisiin",
        "sv": "mappen {folder} innehåller annat än exemplets egna filer (t.ex. {other}) — exemplet skrivs bara i en ny eller tom mapp, så att påhittade svarande inte blandas med riktiga",
        "en": "the folder {folder} holds more than the example's own files (such as {other}) — the example is written only into a new or empty folder, so that made-up respondents never mix with real ones",
    },
}
