"""Messages shared by every command: files, YAML, validation of any data file, generic CLI messages."""

MESSAGES: dict[str, dict[str, str]] = {
    # Files and YAML
    "common.file_not_found": {
        "fi": "tiedostoa ei löydy — tarkista polku",
        "sv": "filen finns inte — kontrollera sökvägen",
        "en": "file not found — check the path",
    },
    "common.file_unreadable": {
        "fi": "tiedostoa ei voi lukea ({reason}) — tarkista oikeudet",
        "sv": "filen kan inte läsas ({reason}) — kontrollera behörigheterna",
        "en": "cannot read the file ({reason}) — check its permissions",
    },
    "common.is_directory": {
        "fi": "tämä on kansio, ei tiedosto — anna tiedoston polku",
        "sv": "detta är en mapp, inte en fil — ange sökvägen till en fil",
        "en": "this is a folder, not a file — give the path of a file",
    },
    "common.too_large": {
        "fi": "tiedosto on liian suuri ({size} MB, enintään {limit} MB) — onko tämä varmasti oikea tiedosto?",
        "sv": "filen är för stor ({size} MB, högst {limit} MB) — är detta verkligen rätt fil?",
        "en": "the file is too large ({size} MB, at most {limit} MB) — is this really the right file?",
    },
    "common.not_utf8": {
        "fi": "tiedosto ei ole UTF-8-muodossa — tallenna se UTF-8-koodattuna",
        "sv": "filen är inte i UTF-8 — spara den som UTF-8",
        "en": "the file is not UTF-8 — save it with UTF-8 encoding",
    },
    "common.empty_file": {
        "fi": "tiedosto on tyhjä — sen pitäisi olla {what}",
        "sv": "filen är tom — den borde vara {what}",
        "en": "the file is empty — it should be {what}",
    },
    "common.yaml_syntax": {
        "fi": "tiedoston rakenteessa on virhe rivillä {line} (esimerkiksi puuttuva sulje, kaksoispiste tai lainausmerkki) — korjaa kohta",
        "sv": "filens struktur har ett fel på rad {line} (till exempel en parentes, ett kolon eller ett citattecken som saknas) — rätta det stället",
        "en": "the file's structure has an error on line {line} (for example a missing bracket, colon or quotation mark) — fix that spot",
    },
    "common.not_this_kind": {
        "fi": "tämä ei ole {what} vaan jokin muu tiedosto (esimerkiksi raportti) — tarkista tiedoston nimi",
        "sv": "det här är inte {what} utan någon annan fil (till exempel en rapport) — kontrollera filnamnet",
        "en": "this is not {what} but some other file (a report, for example) — check the file name",
    },
    "common.yaml_duplicate_key": {
        "fi": "avain '{key}' esiintyy kahdesti (myös rivillä {first}) — poista toinen",
        "sv": "nyckeln '{key}' förekommer två gånger (även på rad {first}) — ta bort den ena",
        "en": "key '{key}' appears twice (also on line {first}) — remove one of them",
    },
    "common.yaml_alias": {
        "fi": "YAML-ankkureita ja -viittauksia (&, *) ei sallita — kirjoita arvot auki",
        "sv": "YAML-ankare och -alias (&, *) tillåts inte — skriv ut värdena",
        "en": "YAML anchors and aliases (&, *) are not allowed — write the values out",
    },
    "common.yaml_tag": {
        "fi": "YAML-tagia {tag} ei sallita — käytä vain tavallisia arvoja",
        "sv": "YAML-taggen {tag} tillåts inte — använd bara vanliga värden",
        "en": "YAML tag {tag} is not allowed — use plain values only",
    },
    "common.yaml_merge_key": {
        "fi": "YAML-yhdistämisavaimia (<<) ei sallita — kirjoita arvot auki",
        "sv": "YAML-sammanslagningsnycklar (<<) tillåts inte — skriv ut värdena",
        "en": "YAML merge keys (<<) are not allowed — write the values out",
    },
    "common.yaml_complex_key": {
        "fi": "avaimena on lista tai avain–arvo-rakenne — käytä avaimena pelkkää sanaa tai lukua",
        "sv": "en lista eller en struktur med nycklar och värden står som nyckel — använd ett ord eller ett tal som nyckel",
        "en": "a list or a mapping is used as a key — use a plain word or number as the key",
    },
    "common.yaml_too_deep": {
        "fi": "rakenne on liian syvä — tiedosto ei ole tämän työkalun muotoa",
        "sv": "strukturen är för djup — filen har inte det här verktygets format",
        "en": "the structure is nested too deeply — this is not a file in this tool's format",
    },
    "common.yaml_multiple_documents": {
        "fi": "tiedostossa on useampi YAML-dokumentti (---) — yksi tiedosto, yksi dokumentti",
        "sv": "filen innehåller flera YAML-dokument (---) — ett dokument per fil",
        "en": "the file holds several YAML documents (---) — keep one document per file",
    },
    "common.not_mapping": {
        "fi": "odotettiin avain–arvo-rakennetta, mutta tiedostossa on {found} — onko tämä {what}?",
        "sv": "filen borde innehålla nycklar och värden men innehåller {found} — är detta {what}?",
        "en": "the file should hold keys and values but holds {found} — is this {what}?",
    },
    "common.write_failed": {
        "fi": "tiedostoa ei voitu kirjoittaa ({reason}) — tarkista kansio ja oikeudet",
        "sv": "filen kunde inte skrivas ({reason}) — kontrollera mappen och behörigheterna",
        "en": "could not write the file ({reason}) — check the folder and permissions",
    },
    "common.exists": {
        "fi": "tiedosto on jo olemassa — jos haluat korvata sen, lisää komentoon --force",
        "sv": "filen finns redan — lägg till --force i kommandot om du vill ersätta den",
        "en": "the file already exists — add --force to the command if you want to replace it",
    },
    "common.path_escapes": {
        "fi": "polku '{name}' osoittaa kansion {folder} ulkopuolelle — käytä pelkkää tiedostonimeä",
        "sv": "sökvägen '{name}' pekar utanför mappen {folder} — använd bara ett filnamn",
        "en": "path '{name}' points outside the folder {folder} — use a plain file name",
    },
    # Validation of data files (pydantic error types, translated)
    "common.v.missing": {
        "fi": "pakollinen kenttä puuttuu — lisää se",
        "sv": "obligatoriskt fält saknas — lägg till det",
        "en": "required field is missing — add it",
    },
    "common.v.extra_forbidden": {
        "fi": "tuntematon kenttä — poista se tai tarkista kirjoitusasu",
        "sv": "okänt fält — ta bort det eller kontrollera stavningen",
        "en": "unknown field — remove it or check the spelling",
    },
    "common.v.type": {
        "fi": "arvon pitäisi olla {expected}, mutta se on {found}",
        "sv": "värdet borde vara {expected} men är {found}",
        "en": "the value should be {expected} but is {found}",
    },
    "common.v.choice": {
        "fi": "arvo {value} ei kelpaa — sallitut: {allowed}",
        "sv": "värdet {value} är inte giltigt — tillåtna: {allowed}",
        "en": "value {value} is not valid — allowed: {allowed}",
    },
    "common.v.phase": {
        "fi": "tuntematon vaihe {value} — anna jokin näistä: {allowed} (nimi käy myös ruotsiksi tai englanniksi)",
        "sv": "okänd fas {value} — ange en av dessa: {allowed} (namnet går också på finska eller engelska)",
        "en": "unknown phase {value} — give one of: {allowed} (the name may also be in Finnish or Swedish)",
    },
    "common.err_phase": {
        "fi": "{option} {value}: tuntematon vaihe — anna jokin näistä: {allowed} (nimi käy myös ruotsiksi tai englanniksi)",
        "sv": "{option} {value}: okänd fas — ange en av dessa: {allowed} (namnet går också på finska eller engelska)",
        "en": "{option} {value}: unknown phase — give one of: {allowed} (the name may also be in Finnish or Swedish)",
    },
    "common.v.too_short": {
        "fi": "arvo on tyhjä tai liian lyhyt — täydennä se",
        "sv": "värdet är tomt eller för kort — fyll i det",
        "en": "the value is empty or too short — fill it in",
    },
    "common.v.too_long": {
        "fi": "arvo on liian pitkä (enintään {max} merkkiä)",
        "sv": "värdet är för långt (högst {max} tecken)",
        "en": "the value is too long (at most {max} characters)",
    },
    "common.v.control_character": {
        "fi": "tekstissä on ohjausmerkki {char} — poista se",
        "sv": "texten innehåller styrtecknet {char} — ta bort det",
        "en": "the text holds the control character {char} — remove it",
    },
    "common.v.datetime": {
        "fi": "odotettiin aikaleimaa muodossa 2026-11-27T10:00:00+02:00",
        "sv": "värdet borde vara en tidsstämpel som 2026-11-27T10:00:00+02:00",
        "en": "the value should be a timestamp like 2026-11-27T10:00:00+02:00",
    },
    "common.v.pattern": {
        "fi": "arvo {value} ei ole sallitussa muodossa ({pattern})",
        "sv": "värdet {value} har inte ett tillåtet format ({pattern})",
        "en": "value {value} does not have the allowed form ({pattern})",
    },
    "common.v.range": {
        "fi": "arvo {value} ei ole sallitulla välillä {min}–{max}",
        "sv": "värdet {value} ligger inte inom det tillåtna intervallet {min}–{max}",
        "en": "value {value} is outside the allowed range {min}–{max}",
    },
    "common.v.too_few": {
        "fi": "luettelossa on liian vähän kohtia (vähintään {min})",
        "sv": "listan har för få poster (minst {min})",
        "en": "the list has too few items (at least {min})",
    },
    "common.v.too_many": {
        "fi": "luettelossa on liian monta kohtaa (enintään {max})",
        "sv": "listan har för många poster (högst {max})",
        "en": "the list has too many items (at most {max})",
    },
    "common.v.other": {
        "fi": "virheellinen arvo: {detail}",
        "sv": "ogiltigt värde: {detail}",
        "en": "invalid value: {detail}",
    },
    "common.kind.mapping": {
        "fi": "avain–arvo-rakenne",
        "sv": "nycklar och värden",
        "en": "keys and values",
    },
    "common.kind.list": {"fi": "lista", "sv": "en lista", "en": "a list"},
    "common.kind.text": {"fi": "teksti", "sv": "en text", "en": "a text"},
    "common.kind.integer": {"fi": "kokonaisluku", "sv": "ett heltal", "en": "an integer"},
    "common.kind.number": {"fi": "luku", "sv": "ett tal", "en": "a number"},
    "common.kind.boolean": {
        "fi": "kyllä- tai ei-arvo (true tai false)",
        "sv": "ett ja- eller nej-värde (true eller false)",
        "en": "a yes/no value (true or false)",
    },
    "common.kind.null": {"fi": "tyhjä arvo", "sv": "ett tomt värde", "en": "an empty value"},
    "common.kind.datetime": {"fi": "aikaleima", "sv": "en tidsstämpel", "en": "a timestamp"},
    "common.kind.other": {"fi": "muu arvo", "sv": "ett annat värde", "en": "another value"},
    # CLI
    "common.system_error": {
        "fi": "järjestelmä ei sallinut toimintoa: {detail} — tarkista levytila, oikeudet ja polut",
        "sv": "systemet tillät inte åtgärden: {detail} — kontrollera diskutrymme, behörigheter och sökvägar",
        "en": "the system refused the operation: {detail} — check disk space, permissions and paths",
    },
    "common.unexpected": {
        "fi": "odottamaton virhe: {detail} — aja uudelleen valitsimella --debug ja ilmoita virheestä",
        "sv": "oväntat fel: {detail} — kör igen med --debug och rapportera felet",
        "en": "unexpected error: {detail} — run again with --debug and report it",
    },
    "common.bad_language": {
        "fi": "kieltä '{value}' ei tueta — valitse fi, sv tai en",
        "sv": "språket '{value}' stöds inte — välj fi, sv eller en",
        "en": "language '{value}' is not supported — choose fi, sv or en",
    },
    "common.bad_language_env": {
        "fi": "OSALLISUUS_LANG='{value}' ei ole fi, sv eikä en — käytetään kieltä {lang}",
        "sv": "OSALLISUUS_LANG='{value}' är varken fi, sv eller en — språket {lang} används",
        "en": "OSALLISUUS_LANG='{value}' is not fi, sv or en — using {lang}",
    },
    "common.no_tty": {
        "fi": "tämä komento kysyy vastauksia, mutta pääte puuttuu — aja se päätteessä tai käytä --no-input --from TIEDOSTO",
        "sv": "kommandot ställer frågor men ingen terminal finns — kör det i en terminal eller använd --no-input --from FIL",
        "en": "this command asks questions but there is no terminal — run it in one or use --no-input --from FILE",
    },
    "common.interrupted": {
        "fi": "keskeytetty",
        "sv": "avbrutet",
        "en": "interrupted",
    },
    # The progress display of long work on a terminal (cli.progress): what is under way
    "common.progress_read_files": {"fi": "Luetaan tiedostoja", "sv": "Läser filer", "en": "Reading files"},
    "common.progress_read_rows": {"fi": "Luetaan rivejä", "sv": "Läser rader", "en": "Reading rows"},
    "common.progress_write_files": {"fi": "Kirjoitetaan tiedostoja", "sv": "Skriver filer", "en": "Writing files"},
    "common.error_prefix": {"fi": "virhe", "sv": "fel", "en": "error"},
    "common.warning_prefix": {"fi": "varoitus", "sv": "varning", "en": "warning"},
}
