"""Help texts: what each command and option does, examples, names for the values options take, the help screen's
own words and the command line's usage errors, in the user's language (see ``osallisuus_cli.cli.help``).

Keys: ``help.<command>`` (the description), ``help.<command>.short`` (the line in the list of commands),
``help.<command>.epilog`` (examples), ``help.<command>.<option>`` (an option of that command only) and
``help.opt.<option>`` (an option that reads the same in every command). A subcommand is written with an underscore
(``help.questions_list``). Example paragraphs start with ``\\b`` so that they are printed line by line as written.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # The help screen's own words
    "help.usage": {"fi": "Käyttö:", "sv": "Användning:", "en": "Usage:"},
    "help.options": {"fi": "Valitsimet", "sv": "Flaggor", "en": "Options"},
    "help.arguments": {"fi": "Kohteet", "sv": "Argument", "en": "Arguments"},
    "help.commands": {"fi": "Komennot", "sv": "Kommandon", "en": "Commands"},
    "help.options_metavar": {"fi": "[VALITSIMET]", "sv": "[FLAGGOR]", "en": "[OPTIONS]"},
    "help.command_metavar": {"fi": "KOMENTO [...]", "sv": "KOMMANDO [...]", "en": "COMMAND [...]"},
    "help.default": {"fi": "oletus: {default}", "sv": "standard: {default}", "en": "default: {default}"},
    "help.env_var": {
        "fi": "ympäristömuuttuja: {var}",
        "sv": "miljövariabel: {var}",
        "en": "environment variable: {var}",
    },
    "help.required": {"fi": "pakollinen", "sv": "obligatorisk", "en": "required"},
    "help.try_help": {
        "fi": "Ohje: {command} --help",
        "sv": "Hjälp: {command} --help",
        "en": "Help: {command} --help",
    },
    "help.aborted": {"fi": "Keskeytetty.", "sv": "Avbrutet.", "en": "Stopped."},
    # Names for the values options take
    "help.metavar.file": {"fi": "TIEDOSTO", "sv": "FIL", "en": "FILE"},
    "help.metavar.folder": {"fi": "KANSIO", "sv": "MAPP", "en": "FOLDER"},
    "help.metavar.paths": {"fi": "TIEDOSTO|KANSIO", "sv": "FIL|MAPP", "en": "FILE|FOLDER"},
    "help.metavar.name": {"fi": "NIMI", "sv": "NAMN", "en": "NAME"},
    "help.metavar.text": {"fi": "TEKSTI", "sv": "TEXT", "en": "TEXT"},
    "help.metavar.number": {"fi": "LUKU", "sv": "TAL", "en": "NUMBER"},
    "help.metavar.section": {"fi": "OSIO", "sv": "AVSNITT", "en": "SECTION"},
    "help.metavar.question": {"fi": "KYSYMYS", "sv": "FRÅGA", "en": "QUESTION"},
    "help.metavar.phase": {"fi": "VAIHE", "sv": "FAS", "en": "PHASE"},
    "help.metavar.column": {"fi": "SARAKE", "sv": "KOLUMN", "en": "COLUMN"},
    "help.metavar.code": {"fi": "KOODI", "sv": "KOD", "en": "CODE"},
    # Usage errors (the command line itself is wrong: exit 2)
    "help.err_no_such_option": {
        "fi": "valitsinta {option} ei ole",
        "sv": "flaggan {option} finns inte",
        "en": "there is no option {option}",
    },
    "help.err_did_you_mean": {
        "fi": "{message} — tarkoititko {options}?",
        "sv": "{message} — menade du {options}?",
        "en": "{message} — did you mean {options}?",
    },
    "help.err_no_such_command": {
        "fi": "komentoa '{name}' ei ole",
        "sv": "kommandot '{name}' finns inte",
        "en": "there is no command '{name}'",
    },
    "help.err_missing_command": {
        "fi": "komento puuttuu — valitse jokin ohjeen luettelosta",
        "sv": "kommandot saknas — välj ett ur listan i hjälpen",
        "en": "the command is missing — choose one from the list in the help",
    },
    "help.err_missing_argument": {
        "fi": "{name} puuttuu — lisää se komentoon",
        "sv": "{name} saknas — lägg till det i kommandot",
        "en": "{name} is missing — add it to the command",
    },
    "help.err_missing_option": {
        "fi": "valitsin {name} puuttuu — lisää se komentoon",
        "sv": "flaggan {name} saknas — lägg till den i kommandot",
        "en": "the option {name} is missing — add it to the command",
    },
    "help.err_invalid_value": {
        "fi": "arvo ei kelpaa kohtaan {name}: {detail}",
        "sv": "värdet passar inte för {name}: {detail}",
        "en": "invalid value for {name}: {detail}",
    },
    "help.err_path_missing": {
        "fi": "{path} ei ole olemassa — tarkista nimi ja kansio",
        "sv": "{path} finns inte — kontrollera namnet och mappen",
        "en": "{path} does not exist — check the name and the folder",
    },
    "help.err_path_is_file": {
        "fi": "{path} on tiedosto — anna kansio",
        "sv": "{path} är en fil — ange en mapp",
        "en": "{path} is a file — give a folder",
    },
    "help.err_path_is_folder": {
        "fi": "{path} on kansio — anna tiedosto",
        "sv": "{path} är en mapp — ange en fil",
        "en": "{path} is a folder — give a file",
    },
    "help.err_path_unreadable": {
        "fi": "{path}: ei lukuoikeutta — tarkista oikeudet",
        "sv": "{path}: läsbehörighet saknas — kontrollera behörigheterna",
        "en": "{path} cannot be read — check its permissions",
    },
    "help.err_path_unwritable": {
        "fi": "{path}: ei kirjoitusoikeutta — valitse toinen paikka",
        "sv": "{path}: skrivbehörighet saknas — välj en annan plats",
        "en": "{path} cannot be written — choose another place",
    },
    "help.err_not_one_of": {
        "fi": "'{value}' ei ole mikään näistä: {choices}",
        "sv": "'{value}' är inget av dessa: {choices}",
        "en": "'{value}' is not one of {choices}",
    },
    "help.err_whole_number": {
        "fi": "anna kokonaisluku",
        "sv": "ange ett heltal",
        "en": "give a whole number",
    },
    "help.err_not_a_number": {
        "fi": "'{value}' ei ole kokonaisluku",
        "sv": "'{value}' är inte ett heltal",
        "en": "'{value}' is not a whole number",
    },
    "help.err_needs_value": {
        "fi": "valitsin {option} tarvitsee arvon — kirjoita se valitsimen perään",
        "sv": "flaggan {option} behöver ett värde — skriv det efter flaggan",
        "en": "the option {option} needs a value — write it after the option",
    },
    "help.err_takes_no_value": {
        "fi": "valitsin {option} ei ota arvoa — poista arvo",
        "sv": "flaggan {option} tar inget värde — ta bort värdet",
        "en": "the option {option} takes no value — remove the value",
    },
    "help.err_extra_arguments": {
        "fi": "ylimääräisiä sanoja komennossa: {words} — poista ne tai lisää lainausmerkit välilyöntejä sisältävän arvon ympärille",
        "sv": "extra ord i kommandot: {words} — ta bort dem eller sätt citattecken kring ett värde med mellanslag",
        "en": "extra words in the command: {words} — remove them, or put quotation marks round a value that has spaces",
    },
    # The options that read the same in every command
    "help.opt.help": {"fi": "Näytä tämä ohje.", "sv": "Visa den här hjälpen.", "en": "Show this help."},
    "help.opt.version": {"fi": "Näytä versio.", "sv": "Visa versionen.", "en": "Show the version."},
    "help.opt.debug": {
        "fi": "Näytä virheen koko jäljitys (vikojen selvittämiseen).",
        "sv": "Visa hela spårningen av ett fel (för felsökning).",
        "en": "Show the full trace of an error (for finding bugs).",
    },
    "help.opt.install_completion": {
        "fi": "Ota käyttöön komentojen täydennys Tab-näppäimellä tässä komentotulkissa.",
        "sv": "Slå på komplettering av kommandon med Tab i det här skalet.",
        "en": "Turn on completing commands with the Tab key in this shell.",
    },
    "help.opt.show_completion": {
        "fi": "Näytä täydennyksen asetus, jos haluat lisätä sen itse.",
        "sv": "Visa inställningen för komplettering om du vill lägga till den själv.",
        "en": "Show the completion set-up, to add it yourself.",
    },
    "help.opt.lang": {
        "fi": "Kieli: fi, sv tai en (oletus: OSALLISUUS_LANG, sitten projektitiedosto, sitten järjestelmän kieli).",
        "sv": "Språk: fi, sv eller en (standard: OSALLISUUS_LANG, sedan projektfilen, sedan systemets språk).",
        "en": "Language: fi, sv or en (default: OSALLISUUS_LANG, then the project file, then the system language).",
    },
    "help.opt.framework": {
        "fi": "Oma kysymyssarja (oletus: THL:n 24 apukysymystä).",
        "sv": "En egen frågeuppsättning (standard: THL:s 24 stödfrågor).",
        "en": "Your own question set (default: THL's 24 guiding questions).",
    },
    "help.opt.force": {
        "fi": "Korvaa aiempi tiedosto.",
        "sv": "Ersätt en tidigare fil.",
        "en": "Replace an earlier file.",
    },
    "help.opt.on_duplicate": {
        "fi": "Kun sama vastaaja on vastannut samaan vaiheeseen kahdesti: error pysäyttää (oletus), latest pitää uusimman, keep-both pitää molemmat. Myös OSALLISUUS_ON_DUPLICATE.",
        "sv": "När samma svarande har svarat två gånger i samma fas: error stoppar (standard), latest behåller det senaste, keep-both behåller båda. Också OSALLISUUS_ON_DUPLICATE.",
        "en": "When one respondent answered twice in the same phase: error stops (default), latest keeps the newest, keep-both keeps both. Also OSALLISUUS_ON_DUPLICATE.",
    },
    "help.opt.anonymize": {
        "fi": "Poista nimet, roolit ja tiedostonimet; vastaajat ovat R1, R2, … Myös OSALLISUUS_ANONYMIZE=1.",
        "sv": "Ta bort namn, roller och filnamn; de svarande blir R1, R2, … Också OSALLISUUS_ANONYMIZE=1.",
        "en": "Remove names, roles and file names; respondents become R1, R2, … Also OSALLISUUS_ANONYMIZE=1.",
    },
    "help.opt.quiet": {
        "fi": "Älä näytä edistymistä pitkässä työssä (päätteessä se näkyy muutaman sekunnin jälkeen; putkessa ja CI:ssä ei koskaan).",
        "sv": "Visa inte förloppet under långt arbete (i en terminal visas det efter några sekunder; aldrig i en pipe eller i CI).",
        "en": "Show no progress during long work (on a terminal it appears after a few seconds; never in a pipe or in CI).",
    },
    "help.opt.as_json": {
        "fi": "Tulosta tiedot koneluettavina (JSON) muiden ohjelmien käyttöön.",
        "sv": "Skriv ut uppgifterna maskinläsbart (JSON) för andra program.",
        "en": "Print the details in a form other programs read (JSON).",
    },
    "help.opt.min_group": {
        "fi": "Älä näytä lukuja hankkeesta, jossa on alle LUKU vastaajaa. Myös OSALLISUUS_MIN_GROUP ja min_group projektitiedostossa.",
        "sv": "Visa inga tal för ett projekt med färre än TAL svarande. Också OSALLISUUS_MIN_GROUP och min_group i projektfilen.",
        "en": "Show no figures for a project with fewer than NUMBER respondents. Also OSALLISUUS_MIN_GROUP and min_group in the project file.",
    },
    # The whole tool
    "help.app": {
        "fi": "Arvioikaa, miten toimintanne edistää osallisuutta, THL:n 24 apukysymyksen avulla. Aloita: osallisuus demo tai osallisuus assess.",
        "sv": "Bedöm hur er verksamhet främjar delaktighet med THL:s 24 stödfrågor. Börja med: osallisuus demo eller osallisuus assess.",
        "en": "Assess how your activity promotes inclusion with THL's 24 guiding questions. Start with: osallisuus demo or osallisuus assess.",
    },
    # assess
    "help.assess": {
        "fi": "Vastaa kysymyksiin. Jokainen vastaus tallentuu heti; Ctrl-C lopettaa, ja voit jatkaa myöhemmin.",
        "sv": "Svara på frågorna. Varje svar sparas direkt; Ctrl-C avbryter, och du kan fortsätta senare.",
        "en": "Answer the questions. Every answer is saved at once; Ctrl-C stops, and you can continue later.",
    },
    "help.assess.short": {"fi": "Vastaa kysymyksiin.", "sv": "Svara på frågorna.", "en": "Answer the questions."},
    "help.assess.epilog": {
        "fi": "Esimerkkejä:\n\n\b\n  osallisuus assess\n  osallisuus assess -o vastaukset/aino.yaml --section 2A\n  osallisuus assess -o vastaukset/aino.yaml --review --phase arviointi\n  osallisuus assess --plain   (ruudunlukijalle: rivi kerrallaan)",
        "sv": "Exempel:\n\n\b\n  osallisuus assess\n  osallisuus assess -o svar/aino.yaml --section 2A\n  osallisuus assess -o svar/aino.yaml --review --phase utvärdering\n  osallisuus assess --plain   (för skärmläsare: en rad i taget)",
        "en": "Examples:\n\n\b\n  osallisuus assess\n  osallisuus assess -o answers/aino.yaml --section 2A\n  osallisuus assess -o answers/aino.yaml --review --phase evaluation\n  osallisuus assess --plain   (for screen readers: one line at a time)",
    },
    "help.assess.output": {
        "fi": "Vastaustiedosto, johon vastaukset tallennetaan tai jota jatketaan (oletus: answers/<nimesi tai hanke>.yaml).",
        "sv": "Svarsfilen som svaren sparas i eller som fortsätts (standard: answers/<ditt namn eller projektet>.yaml).",
        "en": "The answer file to save in or to continue (default: answers/<your name or the project>.yaml).",
    },
    "help.assess.section": {
        "fi": "Kysy vain tämä osio: 1, 2A, 2B, 3 tai R (2 tarkoittaa molempia osioita 2A ja 2B). Voi antaa useamman kerran.",
        "sv": "Ställ bara frågorna i det här avsnittet: 1, 2A, 2B, 3 eller R (2 betyder både 2A och 2B). Kan anges flera gånger.",
        "en": "Ask only this section: 1, 2A, 2B, 3 or R (2 means both 2A and 2B). Can be given more than once.",
    },
    "help.assess.plain": {
        "fi": "Numeroidut kysymykset rivi kerrallaan, ei valikoita eikä nuolinäppäimiä (ruudunlukijoille). Myös OSALLISUUS_PLAIN=1 tai ACCESSIBLE=1.",
        "sv": "Numrerade frågor en rad i taget, inga menyer eller piltangenter (för skärmläsare). Också OSALLISUUS_PLAIN=1 eller ACCESSIBLE=1.",
        "en": "Numbered questions one line at a time, no menus or arrow keys (for screen readers). Also OSALLISUUS_PLAIN=1 or ACCESSIBLE=1.",
    },
    "help.assess.review": {
        "fi": "Käy kaikki vastaukset uudelleen läpi; aiemmat vastaukset ovat valmiina. Toinen vaihe kuin tiedostossa tallentuu omaan tiedostoonsa, ja aiemman vaiheen tiedosto pysyy ennallaan.",
        "sv": "Gå igenom alla svar igen; de tidigare svaren är ifyllda. En annan fas än filens sparas i en egen fil, och den tidigare fasens fil förblir oförändrad.",
        "en": "Go through every answer again; the earlier answers are filled in. Another phase than the file's is saved in a file of its own, and the earlier phase's file stays unchanged.",
    },
    "help.assess.phase": {
        "fi": "Vaihe, johon vastaat: suunnittelu, toteutus tai arviointi (tai numero 1–3). Jos -o-tiedosto on toisesta vaiheesta, vastaukset tallentuvat saman vastaajan omaan tiedostoon tälle vaiheelle; valitsimen --review kanssa aiemmat vastaukset ovat oletuksina.",
        "sv": "Fasen du svarar för: planering, genomförande eller utvärdering (eller numret 1–3). Om -o-filen gäller en annan fas sparas svaren i samma svarandes egen fil för den här fasen; med --review är de tidigare svaren förvalda.",
        "en": "The phase you answer for: planning, implementation or evaluation (or its number, 1–3). If the -o file is of another phase, the answers go into the same respondent's own file for this phase; with --review the earlier answers are the defaults.",
    },
    "help.assess.no_input": {
        "fi": "Älä kysy mitään: tarkista ja siisti --from-tiedosto (skripteille ja automaatiolle).",
        "sv": "Fråga ingenting: kontrollera och städa --from-filen (för skript och automatisering).",
        "en": "Ask nothing: check and tidy the --from file (for scripts and automation).",
    },
    "help.assess.from_file": {
        "fi": "Valitsimen --no-input kanssa: tarkistettava vastaustiedosto.",
        "sv": "Med --no-input: svarsfilen som ska kontrolleras.",
        "en": "With --no-input: the answer file to check.",
    },
    "help.assess.question": {
        "fi": "Jatka tästä kysymyksestä (numero, kuten keskeytettäessä tulostettu komento kertoo); valitsimen --review kanssa käy vastaukset läpi tästä eteenpäin.",
        "sv": "Fortsätt från den här frågan (numret, som i kommandot som skrivs ut när du avbryter); med --review gås svaren igenom härifrån.",
        "en": "Continue at this question (its number, as in the command printed when you stop); with --review, go through the answers from here on.",
    },
    "help.assess.force": {
        "fi": "Valitsimen --no-input kanssa: korvaa aiempi -o-tiedosto (ei koskaan itse --from-tiedostoa).",
        "sv": "Med --no-input: ersätt en tidigare -o-fil (aldrig själva --from-filen).",
        "en": "With --no-input: replace an earlier -o file (never the --from file itself).",
    },
    # workshop
    "help.workshop": {
        "fi": "Pidä työpaja: tiimi arvioi kysymykset hiljaa (korteilla tai puhelimilla), vetäjä paljastaa arviot, ryhmä kirjaa mitä sovittiin. Tulos on tiedosto, jonka validate, merge, report ja export lukevat.",
        "sv": "Håll en workshop: teamet bedömer frågorna tyst (med kort eller telefoner), ledaren visar bedömningarna, gruppen antecknar vad man kom överens om. Resultatet är en fil som validate, merge, report och export läser.",
        "en": "Run a workshop: the team rates the questions silently (with cards or phones), the facilitator reveals the ratings, the group records what it agreed. The result is a file that validate, merge, report and export read.",
    },
    "help.workshop.short": {
        "fi": "Käy kysymykset läpi yhdessä työpajassa.",
        "sv": "Gå igenom frågorna tillsammans i en workshop.",
        "en": "Go through the questions together in a workshop.",
    },
    "help.workshop.epilog": {
        "fi": "Esimerkkejä:\n\n\b\n  osallisuus workshop --cards\n  osallisuus workshop --section 1 --section 2A\n  osallisuus workshop --lan\n  osallisuus workshop --resume answers/tyopaja-nuorten-aani-2026-12-08.yaml",
        "sv": "Exempel:\n\n\b\n  osallisuus workshop --cards --lang sv\n  osallisuus workshop --section 1 --section 2A\n  osallisuus workshop --lan\n  osallisuus workshop --resume answers/workshop-ungas-rost-2026-12-08.yaml",
        "en": "Examples:\n\n\b\n  osallisuus workshop --cards --lang en\n  osallisuus workshop --section 1 --section 2A\n  osallisuus workshop --lan\n  osallisuus workshop --resume answers/workshop-youth-voice-2026-12-08.yaml",
    },
    "help.workshop.output": {
        "fi": "Työpajatiedosto (oletus: tyopaja-<hanke>-<päivä>.yaml vastauskansiossa); valitsimen --cards kanssa korttien HTML-tiedosto.",
        "sv": "Workshopfilen (standard: workshop-<projekt>-<datum>.yaml i svarsmappen); med --cards kortens HTML-fil.",
        "en": "The workshop file (default: workshop-<project>-<date>.yaml in the answers folder); with --cards, the cards' HTML file.",
    },
    "help.workshop.resume": {
        "fi": "Jatka tallennettua istuntoa siitä, mihin se jäi (myös kaatumisen jälkeen).",
        "sv": "Fortsätt en sparad session där den slutade (även efter en krasch).",
        "en": "Continue a saved session where it stopped (after a crash too).",
    },
    "help.workshop.section": {
        "fi": "Vain nämä osiot (1, 2A, 2B, 3, R); voi toistaa.",
        "sv": "Bara dessa avsnitt (1, 2A, 2B, 3, R); kan upprepas.",
        "en": "Only these sections (1, 2A, 2B, 3, R); repeatable.",
    },
    "help.workshop.lan": {
        "fi": "Osallistujat voivat arvioida puhelimella samassa verkossa (vetäjän sivulla QR-koodi). Ilman tätä istunto toimii huoneen tilassa.",
        "sv": "Deltagarna kan bedöma med telefon i samma nätverk (QR-kod på ledarens sida). Utan detta körs sessionen i rumsläge.",
        "en": "Participants can rate on their phones on the same network (a QR code on the facilitator's page). Without it the session runs in room mode.",
    },
    "help.workshop.address": {
        "fi": "Valitsimen --lan kanssa: tämän koneen osoite, jossa puhelimia kuunnellaan (oletus: verkon oletusyhteys).",
        "sv": "Med --lan: datorns adress där telefonerna tas emot (standard: nätverkets standardanslutning).",
        "en": "With --lan: this computer's address to listen on for phones (default: the network's default connection).",
    },
    "help.workshop.port": {
        "fi": "Portti (oletus 8765, tai mikä tahansa vapaa; jatkettu istunto käyttää samaa kuin ennen).",
        "sv": "Port (standard 8765, eller någon ledig; en fortsatt session använder samma som förut).",
        "en": "Port (default 8765, or any free one; a resumed session uses the same as before).",
    },
    "help.workshop.project": {
        "fi": "Hankkeen nimi (oletus: projektitiedostosta).",
        "sv": "Projektets namn (standard: från projektfilen).",
        "en": "The project's name (default: from the project file).",
    },
    "help.workshop.phase": {
        "fi": "Vaihe: suunnittelu, toteutus tai arviointi (tai numero 1–3; oletus: projektitiedostosta, muuten toteutus).",
        "sv": "Fas: planering, genomförande eller utvärdering (eller numret 1–3; standard: från projektfilen, annars genomförande).",
        "en": "Phase: planning, implementation or evaluation (or its number, 1–3; default: from the project file, else implementation).",
    },
    "help.workshop.cards": {
        "fi": "Kirjoita tulostettavat A4-tasokortit (HTML) huoneen tilaa varten ja lopeta.",
        "sv": "Skriv utskrivbara nivåkort i A4 (HTML) för rumsläget och avsluta.",
        "en": "Write printable A4 level cards (HTML) for room mode, and stop.",
    },
    "help.workshop.min_group": {
        "fi": "Pienen ryhmän raja: jos arvioita on alle N, paljastus näyttää vain vaihteluvälin (oletus 3 tai projektitiedoston min_group).",
        "sv": "Gräns för små grupper: med färre än N bedömningar visar avslöjandet bara spridningen (standard 3 eller min_group i projektfilen).",
        "en": "Small-group rule: with fewer than N ratings the reveal shows only the spread (default 3, or min_group in the project file).",
    },
    # form
    "help.form": {
        "fi": "Tee vastauslomake: yksi HTML-tiedosto, joka toimii selaimessa ilman verkkoyhteyttä ja tallentaa vastaustiedoston.",
        "sv": "Gör svarsblanketten: en HTML-fil som fungerar i webbläsaren utan nätförbindelse och sparar en svarsfil.",
        "en": "Make the answer form: one HTML file that works in a browser without a network connection and saves an answer file.",
    },
    "help.form.short": {
        "fi": "Tee vastauslomake selaimeen.",
        "sv": "Gör en svarsblankett för webbläsaren.",
        "en": "Make an answer form for the browser.",
    },
    "help.form.epilog": {
        "fi": "Esimerkkejä:\n\n\b\n  osallisuus form\n  osallisuus form -o lomake.html --lang sv",
        "sv": "Exempel:\n\n\b\n  osallisuus form\n  osallisuus form -o formular.html --lang sv",
        "en": "Examples:\n\n\b\n  osallisuus form\n  osallisuus form -o form.html --lang en",
    },
    "help.form.output": {
        "fi": "Lomaketiedosto (oletus: lomake-<hanke>.html tässä kansiossa; ilman hanketta lomake-<kysymyssarja>.html).",
        "sv": "Blankettfilen (standard: blankett-<projekt>.html i den här mappen; utan projekt blankett-<frågeuppsättning>.html).",
        "en": "The form file (default: form-<project>.html in this folder; without a project form-<question set>.html).",
    },
    # init
    "help.init": {
        "fi": "Valmistele tiimin kansio: projektitiedosto osallisuus.yaml ja vastauskansio answers/, jotta muut komennot tietävät hankkeen tiedot.",
        "sv": "Förbered teamets mapp: projektfilen osallisuus.yaml och svarsmappen answers/, så att de andra kommandona känner till projektet.",
        "en": "Set up the team's folder: the project file osallisuus.yaml and the answers folder answers/, so that the other commands know the project.",
    },
    "help.init.short": {
        "fi": "Valmistele tiimin kansio.",
        "sv": "Förbered teamets mapp.",
        "en": "Set up the team's folder.",
    },
    "help.init.epilog": {
        "fi": 'Esimerkkejä:\n\n\b\n  osallisuus init\n  osallisuus init nuorten-aani --name "Nuorten ääni" --phase toteutus',
        "sv": 'Exempel:\n\n\b\n  osallisuus init\n  osallisuus init ungas-rost --name "Ungas röst" --phase genomförande',
        "en": 'Examples:\n\n\b\n  osallisuus init\n  osallisuus init youth-voice --name "Youth voice" --phase implementation',
    },
    "help.init.folder": {
        "fi": "Tiimin kansio (luodaan tarvittaessa; oletus: tämä kansio).",
        "sv": "Teamets mapp (skapas vid behov; standard: den här mappen).",
        "en": "The team's folder (made if needed; default: this folder).",
    },
    "help.init.name": {
        "fi": "Hankkeen tai toiminnan nimi.",
        "sv": "Projektets eller verksamhetens namn.",
        "en": "Name of the project or activity.",
    },
    "help.init.code": {
        "fi": "Hankekoodi, esim. EURA-koodi.",
        "sv": "Projektkod, t.ex. EURA-koden.",
        "en": "Project code, e.g. the EURA code.",
    },
    "help.init.organisation": {"fi": "Organisaatio.", "sv": "Organisation.", "en": "Organisation."},
    "help.init.region": {"fi": "Alue tai kunta.", "sv": "Område eller kommun.", "en": "Region or municipality."},
    "help.init.phase": {
        "fi": "Vaihe: suunnittelu, toteutus tai arviointi (tai numero 1–3).",
        "sv": "Fas: planering, genomförande eller utvärdering (eller numret 1–3).",
        "en": "Phase: planning, implementation or evaluation (or its number, 1–3).",
    },
    "help.init.answers_dir": {
        "fi": "Kansio vastaustiedostoille (oletus: answers).",
        "sv": "Mappen för svarsfilerna (standard: answers).",
        "en": "The folder for the answer files (default: answers).",
    },
    "help.init.no_input": {
        "fi": "Älä kysy mitään; ota kaikki valitsimista.",
        "sv": "Fråga ingenting; ta allt från flaggorna.",
        "en": "Ask nothing; take everything from the options.",
    },
    "help.init.force": {
        "fi": "Korvaa aiempi osallisuus.yaml.",
        "sv": "Ersätt en tidigare osallisuus.yaml.",
        "en": "Replace an earlier osallisuus.yaml.",
    },
    # validate
    "help.validate": {
        "fi": "Tarkista vastaustiedostot ja luettele jokainen ongelma: tiedosto, rivi ja mitä tehdä. Lopetuskoodi 1, jos ongelmia on.",
        "sv": "Kontrollera svarsfilerna och lista varje problem: fil, rad och vad man ska göra. Slutkod 1 om det finns problem.",
        "en": "Check answer files and list every problem: file, line and what to do. Exit code 1 if there are any.",
    },
    "help.validate.short": {
        "fi": "Tarkista vastaustiedostot.",
        "sv": "Kontrollera svarsfilerna.",
        "en": "Check answer files.",
    },
    "help.validate.epilog": {
        "fi": "Esimerkkejä:\n\n\b\n  osallisuus validate\n  osallisuus validate answers/ --require-complete",
        "sv": "Exempel:\n\n\b\n  osallisuus validate\n  osallisuus validate answers/ --require-complete",
        "en": "Examples:\n\n\b\n  osallisuus validate\n  osallisuus validate answers/ --require-complete",
    },
    "help.validate.paths": {
        "fi": "Tiedostot tai kansiot (kansiosta kaikki .yaml- ja .yml-tiedostot). Oletus: vastauskansio.",
        "sv": "Filer eller mappar (i en mapp alla .yaml- och .yml-filer). Standard: svarsmappen.",
        "en": "Files or folders (in a folder, every .yaml and .yml file). Default: the answers folder.",
    },
    "help.validate.require_complete": {
        "fi": "Vastaamatta jätetyt kysymykset ovat virheitä (”ei koske” ja ”en osaa sanoa” ovat vastauksia).",
        "sv": "Obesvarade frågor är fel (”gäller inte” och ”kan inte säga” räknas som svar).",
        "en": "Unanswered questions are errors (“does not apply” and “don't know” count as answers).",
    },
    # merge
    "help.merge": {
        "fi": "Yhdistä tiimin vastaukset yhdeksi tiimitiedostoksi. Yhteenveto tulostuu näytölle.",
        "sv": "Slå ihop teamets svar till en teamfil. Sammanfattningen visas på skärmen.",
        "en": "Merge the team's answers into one team file. A summary is shown on the screen.",
    },
    "help.merge.short": {
        "fi": "Yhdistä tiimin vastaukset.",
        "sv": "Slå ihop teamets svar.",
        "en": "Merge the team's answers.",
    },
    "help.merge.epilog": {
        "fi": "Esimerkkejä:\n\n\b\n  osallisuus merge -o tiimi.yaml\n  osallisuus merge answers/ -o tiimi.yaml --anonymize",
        "sv": "Exempel:\n\n\b\n  osallisuus merge -o team.yaml\n  osallisuus merge answers/ -o team.yaml --anonymize",
        "en": "Examples:\n\n\b\n  osallisuus merge -o team.yaml\n  osallisuus merge answers/ -o team.yaml --anonymize",
    },
    "help.merge.paths": {
        "fi": "Vastaustiedostot, kansiot ja tiimitiedostot. Oletus: vastauskansio.",
        "sv": "Svarsfiler, mappar och teamfiler. Standard: svarsmappen.",
        "en": "Answer files, folders and team files. Default: the answers folder.",
    },
    "help.merge.output": {
        "fi": "Tiimitiedosto, joka kirjoitetaan; ilman tätä tulos tulostuu näytölle.",
        "sv": "Teamfilen som skrivs; utan den skrivs resultatet ut på skärmen.",
        "en": "The team file to write; without it, the result is printed on the screen.",
    },
    # export
    "help.export": {
        "fi": "Vie vastaukset taulukoksi: yksi rivi vastaajaa ja kysymystä kohden (sarakkeiden nimet englanniksi, ks. docs/team-format.md).",
        "sv": "Exportera svaren som en tabell: en rad per svarande och fråga (kolumnnamnen på engelska, se docs/team-format.md).",
        "en": "Export the answers as a table: one row per respondent and question (column names in English, see docs/team-format.md).",
    },
    "help.export.short": {
        "fi": "Vie vastaukset taulukoksi.",
        "sv": "Exportera svaren som tabell.",
        "en": "Export the answers as a table.",
    },
    "help.export.epilog": {
        "fi": "Esimerkkejä:\n\n\b\n  osallisuus export -o vastaukset.csv --excel\n  osallisuus export tiimi.yaml --format json -o vastaukset.json",
        "sv": "Exempel:\n\n\b\n  osallisuus export -o svar.csv --excel\n  osallisuus export team.yaml --format json -o svar.json",
        "en": "Examples:\n\n\b\n  osallisuus export -o answers.csv --excel\n  osallisuus export team.yaml --format json -o answers.json",
    },
    "help.export.paths": {
        "fi": "Tiimitiedostot, vastaustiedostot tai kansiot. Oletus: vastauskansio.",
        "sv": "Teamfiler, svarsfiler eller mappar. Standard: svarsmappen.",
        "en": "Team files, answer files or folders. Default: the answers folder.",
    },
    "help.export.fmt": {
        "fi": "csv (taulukko), json tai jsonl (JSON-rivit).",
        "sv": "csv (tabell), json eller jsonl (JSON-rader).",
        "en": "csv (a table), json or jsonl (JSON Lines).",
    },
    "help.export.excel": {
        "fi": "CSV suomenkieliselle Excelille: puolipisteet, UTF-8 BOM-merkillä, CRLF-rivinvaihdot.",
        "sv": "CSV för Excel på finska eller svenska: semikolon, UTF-8 med BOM, CRLF-radslut.",
        "en": "CSV for Excel in a Finnish locale: semicolons, UTF-8 with BOM, CRLF line ends.",
    },
    "help.export.by": {
        "fi": "project: yksi rivi hanketta kohden hankevertailun luvuin (vain CSV); workshop: yksi rivi työpajaa, kysymystä ja tasoa kohden.",
        "sv": "project: en rad per projekt med portföljrapportens tal (bara CSV); workshop: en rad per workshop, fråga och nivå.",
        "en": "project: one row per project with the portfolio report's figures (CSV only); workshop: one row per workshop, question and level.",
    },
    "help.export.phase": {
        "fi": "Valitsimen --by project kanssa: vaihe, jota luvut kuvaavat (suunnittelu, toteutus, arviointi tai numero 1–3). Oletus sama kuin raportissa: projektitiedoston vaihe, muuten viimeisin, ellei siinä ole vain vähän vastaajia.",
        "sv": "Med --by project: fasen som siffrorna beskriver (planering, genomförande, utvärdering eller numret 1–3). Standard som i rapporten: projektfilens fas, annars den senaste, om den inte har bara få svarande.",
        "en": "With --by project: the phase the figures describe (planning, implementation, evaluation or its number, 1–3). Default as in the report: the project file's phase, else the latest one unless few answered in it.",
    },
    "help.export.output": {
        "fi": "Tiedosto, joka kirjoitetaan; ilman tätä tulos tulostuu näytölle.",
        "sv": "Filen som skrivs; utan den skrivs resultatet ut på skärmen.",
        "en": "The file to write; without it, the result is printed on the screen.",
    },
    # report
    "help.report": {
        "fi": "Tee raportti: yhteenveto osioittain, jokainen kysymys, vahvuudet, vastaajien ehdottamat seuraavat askeleet ja muutos vaiheesta toiseen.",
        "sv": "Gör rapporten: sammanfattning per avsnitt, varje fråga, styrkor, nästa steg som de svarande föreslog och förändringen från fas till fas.",
        "en": "Make the report: a summary by section, every question, strengths, next steps suggested by respondents and the change from phase to phase.",
    },
    "help.report.short": {"fi": "Tee raportti.", "sv": "Gör rapporten.", "en": "Make the report."},
    "help.report.epilog": {
        "fi": "Esimerkkejä:\n\n\b\n  osallisuus report -o raportti.html\n  osallisuus report tiimi.yaml --template innokyla -o innokyla.md",
        "sv": "Exempel:\n\n\b\n  osallisuus report -o rapport.html\n  osallisuus report team.yaml --template innokyla -o innokyla.md",
        "en": "Examples:\n\n\b\n  osallisuus report -o report.html\n  osallisuus report team.yaml --template innokyla -o innokyla.md",
    },
    "help.report.paths": {
        "fi": "Vastaustiedostot, niiden kansiot tai tiimitiedostot. Oletus: hankkeen vastauskansio.",
        "sv": "Svarsfiler, mappar med svarsfiler eller teamfiler. Standard: projektets svarsmapp.",
        "en": "Answer files, folders of them or team files. Default: the project's answers folder.",
    },
    "help.report.output": {
        "fi": "Raporttitiedosto (.html selaimeen, .md tekstinä); ilman tätä raportti tulostuu näytölle.",
        "sv": "Rapportfilen (.html för webbläsaren, .md som text); utan den skrivs rapporten ut på skärmen.",
        "en": "The report file (.html for a browser, .md as text); without it, the report is printed on the screen.",
    },
    "help.report.fmt": {
        "fi": "md tai html (oletus: tiedostopäätteen mukaan, muuten md).",
        "sv": "md eller html (standard: enligt filändelsen, annars md).",
        "en": "md or html (default: from the file name's ending, else md).",
    },
    "help.report.templates": {
        "fi": "Kansio, jonka mallipohjat korvaavat sisäänrakennetut samannimiset (ks. docs/reports.md).",
        "sv": "En mapp med mallar som ersätter de inbyggda med samma namn (se docs/reports.md).",
        "en": "A folder of templates that replace the built-in ones of the same name (see docs/reports.md).",
    },
    "help.report.template": {
        "fi": "report (koko raportti), innokyla (liite Innokylän toimintamallikuvaukseen), summary (lyhyt), portfolio (hankkeet rinnakkain) tai funder (tekstiä rahoittajan verkkolomakkeelle, -o .txt).",
        "sv": "report (hela rapporten), innokyla (bilaga till beskrivningen i Innokylä), summary (kort), portfolio (projekten sida vid sida) eller funder (text till finansiärens webbformulär, -o .txt).",
        "en": "report (the full report), innokyla (an appendix to an Innokylä description), summary (short), portfolio (projects side by side) or funder (text for a funder's web form, -o .txt).",
    },
    "help.report.sort": {
        "fi": "Hankevertailu: hankkeiden järjestys: name (oletus), respondents, coverage, mean tai osion tunnus.",
        "sv": "Portfölj: projektens ordning: name (standard), respondents, coverage, mean eller ett avsnitts id.",
        "en": "Portfolio: the order of the projects: name (default), respondents, coverage, mean or a section's id.",
    },
    "help.report.group_by": {
        "fi": "Hankevertailu: ryhmittele hankkeet alueen, organisaation tai vaiheen mukaan.",
        "sv": "Portfölj: gruppera projekten efter område, organisation eller fas.",
        "en": "Portfolio: group the projects by region, organisation or phase.",
    },
    "help.report.title": {
        "fi": "Raportin otsikko (oletus: hankkeiden nimet).",
        "sv": "Rapportens rubrik (standard: projektens namn).",
        "en": "The report's title (default: the projects' names).",
    },
    # demo
    "help.demo": {
        "fi": "Tee esimerkki: kuvitteellisen tiimin vastaukset kahdesta vaiheesta, tiimitiedosto ja raportit katsottaviksi ja kokeiltaviksi.",
        "sv": "Gör ett exempel: ett påhittat teams svar från två faser, teamfilen och rapporterna att titta på och pröva.",
        "en": "Make an example: a made-up team's answers from two phases, the team file and the reports, to look at and try.",
    },
    "help.demo.short": {
        "fi": "Tee esimerkki katsottavaksi.",
        "sv": "Gör ett exempel att titta på.",
        "en": "Make an example to look at.",
    },
    "help.demo.epilog": {
        "fi": "Esimerkkejä:\n\n\b\n  osallisuus demo\n  osallisuus demo -o esimerkki --lang sv",
        "sv": "Exempel:\n\n\b\n  osallisuus demo\n  osallisuus demo -o exempel --lang sv",
        "en": "Examples:\n\n\b\n  osallisuus demo\n  osallisuus demo -o example --lang en",
    },
    "help.demo.output": {
        "fi": "Kansio, johon esimerkki tehdään.",
        "sv": "Mappen som exemplet görs i.",
        "en": "The folder to make the example in.",
    },
    "help.demo.force": {
        "fi": "Korvaa aiemmat esimerkkitiedostot.",
        "sv": "Ersätt tidigare exempelfiler.",
        "en": "Replace earlier example files.",
    },
    # questions
    "help.questions": {
        "fi": "Lue kysymyksiä, tarkista oma kysymyssarja ja tee kyselypaketti.",
        "sv": "Läs frågorna, kontrollera en egen frågeuppsättning och gör ett enkätpaket.",
        "en": "Read the questions, check a question set of your own and make a survey kit.",
    },
    "help.questions.short": {"fi": "Lue kysymyksiä.", "sv": "Läs frågorna.", "en": "Read the questions."},
    "help.questions.epilog": {
        "fi": "Esimerkkejä:\n\n\b\n  osallisuus questions list\n  osallisuus questions show 7",
        "sv": "Exempel:\n\n\b\n  osallisuus questions list\n  osallisuus questions show 7",
        "en": "Examples:\n\n\b\n  osallisuus questions list\n  osallisuus questions show 7",
    },
    "help.questions_list": {
        "fi": "Luettele osa-alueet, osiot ja kysymykset sekä vastausasteikko.",
        "sv": "Lista delområdena, avsnitten och frågorna samt svarsskalan.",
        "en": "List the domains, sections and questions, and the answer scale.",
    },
    "help.questions_list.short": {"fi": "Luettele kysymykset.", "sv": "Lista frågorna.", "en": "List the questions."},
    "help.questions_list.epilog": {
        "fi": "Esimerkkejä:\n\n\b\n  osallisuus questions list\n  osallisuus questions list --lang en",
        "sv": "Exempel:\n\n\b\n  osallisuus questions list\n  osallisuus questions list --lang fi",
        "en": "Examples:\n\n\b\n  osallisuus questions list\n  osallisuus questions list --lang fi",
    },
    "help.questions_show": {
        "fi": "Näytä yksi kysymys kokonaan: osa-alue, teksti ja esimerkit.",
        "sv": "Visa en fråga i sin helhet: delområde, text och exempel.",
        "en": "Show one question in full: its domain, text and examples.",
    },
    "help.questions_show.short": {"fi": "Näytä yksi kysymys.", "sv": "Visa en fråga.", "en": "Show one question."},
    "help.questions_show.epilog": {
        "fi": "Esimerkkejä:\n\n\b\n  osallisuus questions show 7\n  osallisuus questions show q07 --lang sv",
        "sv": "Exempel:\n\n\b\n  osallisuus questions show 7\n  osallisuus questions show q07 --lang fi",
        "en": "Examples:\n\n\b\n  osallisuus questions show 7\n  osallisuus questions show q07 --lang fi",
    },
    "help.questions_show.question": {
        "fi": "Kysymyksen numero (7) tai tunniste (q07).",
        "sv": "Frågans nummer (7) eller id (q07).",
        "en": "The question's number (7) or id (q07).",
    },
    "help.questions_check": {
        "fi": "Tarkista oma kysymyssarja: rakenne, tunnisteet, asteikko ja että jokainen kieli on täydellinen. Lopetuskoodi 0, kun tiedosto on kunnossa, 1, kun ei ole.",
        "sv": "Kontrollera en egen frågeuppsättning: struktur, id, skala och att varje språk är fullständigt. Slutkod 0 när filen är i ordning, 1 när den inte är det.",
        "en": "Check a question set of your own: structure, ids, scale and that every language is complete. Exit code 0 when the file is valid, 1 when not.",
    },
    "help.questions_check.short": {
        "fi": "Tarkista oma kysymyssarja.",
        "sv": "Kontrollera en egen frågeuppsättning.",
        "en": "Check a question set of your own.",
    },
    "help.questions_check.epilog": {
        "fi": "Esimerkki:\n\n\b\n  osallisuus questions check oma-sarja.yaml",
        "sv": "Exempel:\n\n\b\n  osallisuus questions check egen-uppsattning.yaml",
        "en": "Example:\n\n\b\n  osallisuus questions check my-set.yaml",
    },
    "help.questions_check.file": {
        "fi": "Tarkistettava kysymyssarjatiedosto.",
        "sv": "Frågeuppsättningsfilen som ska kontrolleras.",
        "en": "The question set file to check.",
    },
    "help.questions_kit": {
        "fi": "Kirjoita tekstit kyselyn rakentamiseen Microsoft Formsissa tai Webropolissa sekä niihin sopiva tuonnin sarakekartta.",
        "sv": "Skriv texterna för att bygga enkäten i Microsoft Forms eller Webropol och den kolumnkarta för importen som passar dem.",
        "en": "Write the texts to build the survey in Microsoft Forms or Webropol, and the import's column map that matches them.",
    },
    "help.questions_kit.short": {
        "fi": "Tee kyselypaketti (Forms, Webropol).",
        "sv": "Gör ett enkätpaket (Forms, Webropol).",
        "en": "Make a survey kit (Forms, Webropol).",
    },
    "help.questions_kit.epilog": {
        "fi": "Esimerkki:\n\n\b\n  osallisuus questions kit -o kysely",
        "sv": "Exempel:\n\n\b\n  osallisuus questions kit -o enkat --lang sv",
        "en": "Example:\n\n\b\n  osallisuus questions kit -o survey --lang en",
    },
    "help.questions_kit.output": {
        "fi": "Kansio kahdelle tiedostolle (oletus: tämä kansio).",
        "sv": "Mappen för de två filerna (standard: den här mappen).",
        "en": "The folder for the two files (default: this folder).",
    },
    "help.import": {
        "fi": "Tee kyselyn viennistä vastaustiedostot: jokaisesta rivistä yksi, tarkistettuna kuten kaikki vastaustiedostot (ks. docs/import.md).",
        "sv": "Gör svarsfiler av en enkätexport: en för varje rad, kontrollerad som alla svarsfiler (se docs/import.md).",
        "en": "Make answer files from a survey export: one for each row, checked like every answer file (see docs/import.md).",
    },
    "help.import.short": {
        "fi": "Tuo kyselyn vastaukset (Forms, Webropol).",
        "sv": "Importera enkätsvar (Forms, Webropol).",
        "en": "Import survey answers (Forms, Webropol).",
    },
    "help.import.epilog": {
        "fi": "Esimerkkejä:\n\n\b\n  osallisuus import vastaukset.xlsx\n  osallisuus import kysely.csv --mapping sarakkeet.yaml --phase toteutus",
        "sv": "Exempel:\n\n\b\n  osallisuus import svar.xlsx\n  osallisuus import enkat.csv --mapping kolumner.yaml --phase genomförande",
        "en": "Examples:\n\n\b\n  osallisuus import answers.xlsx\n  osallisuus import survey.csv --mapping columns.yaml --phase implementation",
    },
    "help.import.file": {
        "fi": "Vienti: .xlsx, .csv tai tämän työkalun oma .jsonl-, .json- tai .csv-vienti.",
        "sv": "Exporten: .xlsx, .csv eller det här verktygets egen .jsonl-, .json- eller .csv-export.",
        "en": "The export: .xlsx, .csv, or this tool's own .jsonl, .json or .csv export.",
    },
    "help.import.mapping": {
        "fi": "Mikä sarake on mikäkin (oletus: kyselypaketin sarakkeet).",
        "sv": "Vilken kolumn som är vilken (standard: enkätpaketets kolumner).",
        "en": "Which column is which (default: the survey kit's columns).",
    },
    "help.import.output": {
        "fi": "Kansio vastaustiedostoille (oletus: vastauskansio).",
        "sv": "Mappen för svarsfilerna (standard: svarsmappen).",
        "en": "The folder for the answer files (default: the answers folder).",
    },
    "help.import.project_file": {
        "fi": "Projektitiedosto, josta oletukset otetaan (oletus: osallisuus.yaml tässä kansiossa tai sen yläpuolella).",
        "sv": "Projektfilen som standardvärdena tas från (standard: osallisuus.yaml här eller ovanför).",
        "en": "The project file to take defaults from (default: osallisuus.yaml here or above).",
    },
    "help.import.project": {
        "fi": "Hankkeen nimi, kun kysely ei kysy sitä.",
        "sv": "Projektets namn när enkäten inte frågar det.",
        "en": "The project's name when the survey does not ask it.",
    },
    "help.import.phase": {
        "fi": "Vaihe, kun kysely ei kysy sitä: suunnittelu, toteutus tai arviointi (tai numero 1–3).",
        "sv": "Fasen när enkäten inte frågar den: planering, genomförande eller utvärdering (eller numret 1–3).",
        "en": "The phase when the survey does not ask it: planning, implementation or evaluation (or its number, 1–3).",
    },
    "help.import.sheet": {
        "fi": ".xlsx-tiedoston välilehti (oletus: ensimmäinen näkyvä).",
        "sv": "Bladet i en .xlsx-fil (standard: det första synliga).",
        "en": "The sheet of an .xlsx file (default: the first visible one).",
    },
    "help.import.id_column": {
        "fi": 'Sarake, joka yksilöi rivin, kun se ei ole Formsin ID (esim. "Vastaajan numero"); ilman tällaista saraketta vientiä ei tuoda.',
        "sv": 'Kolumnen som identifierar en rad, när den inte är Forms ID (t.ex. "Svarsnummer"); utan en sådan kolumn importeras exporten inte.',
        "en": 'The column that identifies a row, when it is not Forms\' ID (e.g. "Respondent number"); without such a column the export is not imported.',
    },
    "help.import.skip_bad_rows": {
        "fi": "Tallenna kunnolliset rivit ja luettele virheelliset.",
        "sv": "Spara de felfria raderna och lista de felaktiga.",
        "en": "Save the good rows and list the bad ones.",
    },
    "help.import.keep_names": {
        "fi": "Kopioi vastaajien nimet vastaustiedostoihin.",
        "sv": "Kopiera de svarandes namn till svarsfilerna.",
        "en": "Copy respondents' names into the answer files.",
    },
    "help.import.force": {
        "fi": "Tee muutokset vastaustiedostoihin, joiden vastaukset vienti muuttaa (muutokset luetellaan tiedostoittain).",
        "sv": "Gör ändringarna i svarsfiler vars svar exporten ändrar (ändringarna listas fil för fil).",
        "en": "Make the changes to answer files whose answers the export changes (the changes are listed file by file).",
    },
    # the data check and what a report rests on (validate --strict, report --phase, report --min-group)
    "help.validate.strict": {
        "fi": "Myös aineiston tarkistuksen varoitukset (tyhjät tiedostot, sekoittuneet vaiheet …) ovat virheitä (automaattisia tarkistuksia varten).",
        "sv": "Också varningarna från kontrollen av materialet (tomma filer, blandade faser …) är fel (för automatiska kontroller).",
        "en": "Warnings of the data check (empty files, mixed phases, …) are errors too (for automated checks).",
    },
    "help.report.phase": {
        "fi": "Vaihe, jota raportti kuvaa: suunnittelu, toteutus tai arviointi (tai numero 1–3). Oletus: projektitiedoston vaihe, muuten viimeisin, ellei siinä ole vain vähän vastaajia. Hankevertailu kuvaa samaa vaihetta. Muutososio vertaa silti kaikkia vaiheita.",
        "sv": "Fasen som rapporten beskriver: planering, genomförande eller utvärdering (eller numret 1–3). Standard: projektfilens fas, annars den senaste, om den inte har bara få svarande. Portföljen beskriver samma fas. Avsnittet om förändring jämför ändå alla faser.",
        "en": "The phase the report describes: planning, implementation or evaluation (or its number, 1–3). Default: the project file's phase, else the latest one unless few answered in it. The portfolio describes the same phase. The section on change still compares every phase.",
    },
    "help.report.min_group": {
        "fi": "Pienen ryhmän sääntö: alle LUKU vastaajan ryhmästä ei näytetä jakaumia eikä avoimia vastauksia (oletus 1; anonymisoituihin raportteihin suositellaan 3). Myös OSALLISUUS_MIN_GROUP ja min_group projektitiedostossa.",
        "sv": "Regeln om små grupper: för en grupp med färre än TAL svarande visas inga fördelningar och inga öppna svar (standard 1; 3 rekommenderas för anonymiserade rapporter). Också OSALLISUUS_MIN_GROUP och min_group i projektfilen.",
        "en": "Small-group rule: no distribution or free text of a group of fewer than NUMBER respondents (default 1; 3 is recommended for anonymised reports). Also OSALLISUUS_MIN_GROUP and min_group in the project file.",
    },
}
