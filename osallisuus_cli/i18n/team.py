"""Messages about answer files and team files: validation, merging, exporting, project folders."""

MESSAGES: dict[str, dict[str, str]] = {
    # What a file should be (completes "onko tämä …?" / "är detta …?" / "is this …?")
    "team.what_answers": {
        "fi": "vastaustiedosto",
        "sv": "en svarsfil",
        "en": "an answer file",
    },
    "team.what_project": {
        "fi": "projektitiedosto (osallisuus.yaml)",
        "sv": "en projektfil (osallisuus.yaml)",
        "en": "a project file (osallisuus.yaml)",
    },
    "team.what_answers_or_team": {
        "fi": "vastaus- tai tiimitiedosto",
        "sv": "en svarsfil eller en teamfil",
        "en": "an answer file or a team file",
    },
    # Reading answers and team files
    "team.err_format": {
        "fi": "tiedoston muoto on {found}, odotettiin {expected} — onko tämä osallisuus-vastaustiedosto?",
        "sv": "filens format är {found} men borde vara {expected} — är detta en svarsfil från osallisuus?",
        "en": "the file's format is {found} but should be {expected} — is this an osallisuus answer file?",
    },
    "team.err_format_missing": {
        "fi": "tiedostosta puuttuu rivi format: osallisuus/answers/v1 — onko tämä osallisuus-vastaustiedosto?",
        "sv": "raden format: osallisuus/answers/v1 saknas i filen — är detta en svarsfil från osallisuus?",
        "en": "the file has no line format: osallisuus/answers/v1 — is this an osallisuus answer file?",
    },
    "team.err_team_holds_answers": {
        "fi": "tiedosto sanoo olevansa tiimitiedosto (osallisuus/team/v1), mutta siinä on yhden vastaajan vastaukset — korjaa rivi muotoon format: osallisuus/answers/v1",
        "sv": "filen säger att den är en teamfil (osallisuus/team/v1) men innehåller en persons svar — rätta raden till format: osallisuus/answers/v1",
        "en": "the file says it is a team file (osallisuus/team/v1) but holds one respondent's answers — change the line to format: osallisuus/answers/v1",
    },
    "team.err_is_team_file": {
        "fi": "tämä on tiimitiedosto, ei yhden vastaajan vastaustiedosto — käytä sitä komennoilla merge ja report",
        "sv": "detta är en teamfil, inte en svarsfil för en person — använd den med merge och report",
        "en": "this is a team file, not one respondent's answer file — use it with merge and report",
    },
    "team.err_is_project_file": {
        "fi": "tämä on projektitiedosto (osallisuus.yaml), ei vastauksia — anna vastauskansio, esim. answers/",
        "sv": "detta är projektfilen (osallisuus.yaml), inga svar — ange svarsmappen, t.ex. answers/",
        "en": "this is the project file (osallisuus.yaml), not answers — give the answers folder, e.g. answers/",
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
    "team.err_name_in_anonymized": {
        "fi": "tiimitiedosto on merkitty anonymisoiduksi, mutta vastaajalla on nimi tai rooli — poista ne tai yhdistä uudelleen valitsimella --anonymize",
        "sv": "teamfilen är märkt som anonymiserad men den svarande har namn eller roll — ta bort dem eller slå ihop på nytt med --anonymize",
        "en": "the team file is marked anonymised but the respondent has a name or role — remove them or merge again with --anonymize",
    },
    "team.err_no_yaml_in_folder": {
        "fi": "kansiossa ei ole vastaustiedostoja (.yaml tai .yml) — tarkista, että kansio on oikea",
        "sv": "mappen innehåller inga svarsfiler (.yaml eller .yml) — kontrollera att det är rätt mapp",
        "en": "the folder holds no answer files (.yaml or .yml) — check that it is the right folder",
    },
    "team.err_no_answers_yet": {
        "fi": "kansiossa ei ole vielä vastauksia — aloita vastaamalla: osallisuus assess (muiden vastaukset tulevat "
        "samaan kansioon: osallisuus form tai osallisuus import)",
        "sv": "mappen har inga svar ännu — börja med att svara: osallisuus assess (de andras svar kommer till samma "
        "mapp: osallisuus form eller osallisuus import)",
        "en": "the folder has no answers yet — start by answering: osallisuus assess (the others' answers go in the "
        "same folder: osallisuus form or osallisuus import)",
    },
    "team.err_unanswered": {
        "fi": "kysymykseen {number} ei ole vastattu — vastaa siihen (myös 'ei koske' ja 'en osaa sanoa' käyvät)",
        "sv": "fråga {number} är obesvarad — svara på den ('gäller inte' och 'kan inte säga' går också bra)",
        "en": "question {number} is unanswered — answer it ('does not apply' and 'don't know' count too)",
    },
    "team.err_unanswered_in_team": {
        "fi": "vastaajalta {id} puuttuu vastaus kysymykseen {number}",
        "sv": "svaret på fråga {number} saknas för den svarande {id}",
        "en": "respondent {id} has not answered question {number}",
    },
    # Merging
    "team.err_no_inputs": {
        "fi": "tiedostoja ei annettu — anna vastaustiedostot tai -kansiot, tai aja komento projektikansiossa (osallisuus init)",
        "sv": "inga filer angavs — ange svarsfiler eller mappar, eller kör kommandot i en projektmapp (osallisuus init)",
        "en": "no files given — give answer files or folders, or run the command in a project folder (osallisuus init)",
    },
    "team.err_on_duplicate": {
        "fi": "--on-duplicate '{value}' ei käy — valitse error, latest tai keep-both",
        "sv": "--on-duplicate '{value}' är inte giltigt — välj error, latest eller keep-both",
        "en": "--on-duplicate '{value}' is not valid — choose error, latest or keep-both",
    },
    "team.err_duplicate": {
        "fi": "vastaaja {id} on vastannut hankkeen {project} {phase_in} {count} kertaa (myös {others}) — poista ylimääräinen tiedosto tai käytä --on-duplicate latest tai keep-both",
        "sv": "den svarande {id} har svarat {count} gånger för {project} {phase_in} (även {others}) — ta bort den extra filen eller använd --on-duplicate latest eller keep-both",
        "en": "respondent {id} answered {count} times for {project} {phase_in} (also {others}) — remove the extra file or use --on-duplicate latest or keep-both",
    },
    "team.err_two_people": {
        "fi": "tiedostoissa {files} on sama vastaajatunniste {id} ({project}, {phase}), mutta eri nimet tai selvästi eri vastaukset: ne ovat luultavasti kaksi eri ihmistä (esim. lomake avattiin samalla koneella toisen jälkeen) — älä poista kumpaakaan; anna toiselle oma tunniste muuttamalla sen respondent.id (esim. lisää loppuun -2), niin molemmat lasketaan (--on-duplicate latest ei valitse kahden ihmisen välillä)",
        "sv": "filerna {files} har samma svarandes id {id} ({project}, {phase}) men olika namn eller klart olika svar: de är troligen två olika personer (t.ex. blanketten öppnades på samma dator efter någon annan) — ta inte bort någondera; ge den ena ett eget id genom att ändra dess respondent.id (t.ex. lägg till -2 i slutet), så räknas båda (--on-duplicate latest väljer inte mellan två personer)",
        "en": "the files {files} have the same respondent id {id} ({project}, {phase}) but other names or clearly other answers: they are probably two different people (e.g. the form was opened on the same computer after someone else) — delete neither; give one of them an id of its own by changing its respondent.id (e.g. add -2 at the end), so both are counted (--on-duplicate latest does not choose between two people)",
    },
    "team.warn_duplicate_latest": {
        "fi": "vastaaja {id} ({project}, {phase}): pidettiin uusin vastaus {kept} ({updated}), jätettiin pois {dropped}",
        "sv": "den svarande {id} ({project}, {phase}): det senaste svaret {kept} ({updated}) behölls, {dropped} utelämnades",
        "en": "respondent {id} ({project}, {phase}): kept the newest answers {kept} ({updated}), left out {dropped}",
    },
    "team.warn_duplicate_kept": {
        "fi": "vastaaja {id} ({project}, {phase}) on mukana {count} kertaa, kaikki pidettiin: {files}",
        "sv": "den svarande {id} ({project}, {phase}) finns med {count} gånger, alla behölls: {files}",
        "en": "respondent {id} ({project}, {phase}) appears {count} times, all kept: {files}",
    },
    "team.warn_duplicate_in_team": {
        "fi": "vastaaja {id} ({project}, {phase}) on tiimitiedostossa {count} kertaa, kuten se aiemmin yhdistettiin — pidettiin sellaisenaan",
        "sv": "den svarande {id} ({project}, {phase}) finns {count} gånger i teamfilen, så som den slogs ihop tidigare — behölls som den är",
        "en": "respondent {id} ({project}, {phase}) appears {count} times in the team file, as it was merged before — kept as it is",
    },
    "team.warn_copies_differ": {
        "fi": "sama alkuperäinen vastaustiedosto on mukana kahdesti, mutta vastaukset eroavat toisistaan — käytettiin versiota {kept} (tunniste {sha})",
        "sv": "samma ursprungliga svarsfil finns med två gånger men svaren skiljer sig — versionen {kept} användes (kännetecken {sha})",
        "en": "the same original answer file appears twice but its answers differ — used the copy in {kept} (fingerprint {sha})",
    },
    "team.warn_result_anonymized.one": {
        "fi": "{files} on anonymisoitu, joten myös tulos anonymisoidaan",
        "sv": "{files} har anonymiserats, så också resultatet anonymiseras",
        "en": "{files} is anonymised, so the result is anonymised too",
    },
    "team.warn_result_anonymized.other": {
        "fi": "{files} on anonymisoitu, joten myös tulos anonymisoidaan",
        "sv": "{files} har anonymiserats, så också resultatet anonymiseras",
        "en": "{files} are anonymised, so the result is anonymised too",
    },
    "team.merge_counts": {
        "fi": "Vastauksia: {responses} · vastaajia: {respondents} · vastaustiedostoja: {answers_files} · tiimitiedostoja: {team_files}",
        "sv": "Svar: {responses} · svarande: {respondents} · svarsfiler: {answers_files} · teamfiler: {team_files}",
        "en": "Responses: {responses} · respondents: {respondents} · answer files: {answers_files} · team files: {team_files}",
    },
    "team.merge_projects": {"fi": "Hankkeet: {projects}", "sv": "Projekt: {projects}", "en": "Projects: {projects}"},
    "team.merge_phases": {"fi": "Vaiheet: {phases}", "sv": "Faser: {phases}", "en": "Phases: {phases}"},
    "team.merge_copies": {
        "fi": "Samoja tiedostoja useaan kertaan: {count} (otettiin mukaan kerran)",
        "sv": "Samma fil flera gånger: {count} (togs med en gång)",
        "en": "Same file more than once: {count} (included once)",
    },
    "team.merge_duplicates.one": {
        "fi": "Kaksoisvastauksia: {count} vastaajalla ({policy}), pois jätettyjä: {dropped}",
        "sv": "Dubbla svar: {count} svarande ({policy}), utelämnade: {dropped}",
        "en": "Duplicate responses: {count} respondent ({policy}), left out: {dropped}",
    },
    "team.merge_duplicates.other": {
        "fi": "Kaksoisvastauksia: {count} vastaajalla ({policy}), pois jätettyjä: {dropped}",
        "sv": "Dubbla svar: {count} svarande ({policy}), utelämnade: {dropped}",
        "en": "Duplicate responses: {count} respondents ({policy}), left out: {dropped}",
    },
    "team.policy.latest": {
        "fi": "pidettiin uusin",
        "sv": "den senaste behölls",
        "en": "kept the newest",
    },
    "team.policy.keep-both": {
        "fi": "kaikki pidettiin",
        "sv": "alla behölls",
        "en": "all kept",
    },
    "team.merge_anonymized": {
        "fi": "Anonymisoitu: nimet, roolit, tiedostonimet ja kellonajat poistettu, vastaajat R1, R2, … — vapaat tekstivastaukset ovat mukana sellaisinaan",
        "sv": "Anonymiserat: namn, roller, filnamn och klockslag borttagna, de svarande R1, R2, … — fritextsvaren finns kvar som de är",
        "en": "Anonymised: names, roles, file names and times of day removed, respondents R1, R2, … — free-text answers are kept as written",
    },
    "team.merge_written": {"fi": "Tiimitiedosto: {file}", "sv": "Teamfil: {file}", "en": "Team file: {file}"},
    "team.coverage_section": {"fi": "Osio", "sv": "Avsnitt", "en": "Section"},
    "team.coverage_answered": {
        "fi": "arvioitu",
        "sv": "bedömda",
        "en": "rated",
    },
    "team.coverage_na": {"fi": "ei koske", "sv": "gäller inte", "en": "N/A"},
    "team.coverage_dont_know": {
        "fi": "en osaa sanoa",
        "sv": "kan inte säga",
        "en": "don't know",
    },
    "team.coverage_missing": {
        "fi": "vastaamatta",
        "sv": "obesvarade",
        "en": "unanswered",
    },
    "team.phase.suunnittelu": {"fi": "suunnittelu", "sv": "planering", "en": "planning"},
    "team.phase.toteutus": {"fi": "toteutus", "sv": "genomförande", "en": "implementation"},
    "team.phase.arviointi": {"fi": "arviointi", "sv": "utvärdering", "en": "evaluation"},
    # A phase in running text, in the form the sentence needs (Finnish inflects it: "kuvaa toteutusvaihetta",
    # "toteutusvaiheessa", "toteutusvaiheeseen", "toteutusvaiheen"; Swedish and English say "genomförandefasen",
    # "the implementation phase").
    "team.phase_obj.suunnittelu": {"fi": "suunnitteluvaihetta", "sv": "planeringsfasen", "en": "the planning phase"},
    "team.phase_obj.toteutus": {"fi": "toteutusvaihetta", "sv": "genomförandefasen", "en": "the implementation phase"},
    "team.phase_obj.arviointi": {"fi": "arviointivaihetta", "sv": "utvärderingsfasen", "en": "the evaluation phase"},
    "team.phase_in.suunnittelu": {
        "fi": "suunnitteluvaiheessa",
        "sv": "i planeringsfasen",
        "en": "in the planning phase",
    },
    "team.phase_in.toteutus": {
        "fi": "toteutusvaiheessa",
        "sv": "i genomförandefasen",
        "en": "in the implementation phase",
    },
    "team.phase_in.arviointi": {
        "fi": "arviointivaiheessa",
        "sv": "i utvärderingsfasen",
        "en": "in the evaluation phase",
    },
    "team.phase_into.suunnittelu": {"fi": "suunnitteluvaiheeseen", "sv": "planeringsfasen", "en": "the planning phase"},
    "team.phase_into.toteutus": {
        "fi": "toteutusvaiheeseen",
        "sv": "genomförandefasen",
        "en": "the implementation phase",
    },
    "team.phase_into.arviointi": {"fi": "arviointivaiheeseen", "sv": "utvärderingsfasen", "en": "the evaluation phase"},
    "team.phase_of.suunnittelu": {"fi": "suunnitteluvaiheen", "sv": "planeringsfasen", "en": "the planning phase"},
    "team.phase_of.toteutus": {"fi": "toteutusvaiheen", "sv": "genomförandefasen", "en": "the implementation phase"},
    "team.phase_of.arviointi": {"fi": "arviointivaiheen", "sv": "utvärderingsfasen", "en": "the evaluation phase"},
    # Validating
    "team.leftover_removed": {
        "fi": "poistettu keskeytyneen tallennuksen jättämä väliaikainen kopio vastauksista — jos kansio on jaettu tai "
        "versionhallinnassa (git), tarkista, ettei kopio lähtenyt mukaan",
        "sv": "en tillfällig kopia av svar som ett avbrutet sparande lämnade har tagits bort — om mappen delas eller "
        "är under versionshantering (git), kontrollera att kopian inte följde med",
        "en": "removed a temporary copy of answers left by an interrupted save — if the folder is shared or under "
        "version control (git), check that the copy did not go with it",
    },
    "team.validate_summary": {
        "fi": "Tarkistettuja tiedostoja: {files} · kunnossa: {valid} · virheellisiä: {invalid} · ongelmia: {problems}",
        "sv": "Kontrollerade filer: {files} · i ordning: {valid} · felaktiga: {invalid} · problem: {problems}",
        "en": "Files checked: {files} · valid: {valid} · invalid: {invalid} · problems: {problems}",
    },
    # Exporting
    "team.err_export_format": {
        "fi": "vientimuoto '{value}' ei käy — valitse csv, json tai jsonl",
        "sv": "exportformatet '{value}' är inte giltigt — välj csv, json eller jsonl",
        "en": "export format '{value}' is not valid — choose csv, json or jsonl",
    },
    "team.err_excel_needs_csv": {
        "fi": "--excel koskee vain CSV-muotoa — käytä --format csv --excel",
        "sv": "--excel gäller bara CSV — använd --format csv --excel",
        "en": "--excel applies to CSV only — use --format csv --excel",
    },
    "team.export_written": {
        "fi": "Rivejä: {rows} ({responses} × {questions}) → {file}",
        "sv": "Rader: {rows} ({responses} × {questions}) → {file}",
        "en": "Rows: {rows} ({responses} × {questions}) → {file}",
    },
    "team.n_responses.one": {
        "fi": "{count} vastaus",
        "sv": "{count} svar",
        "en": "{count} response",
    },
    "team.n_responses.other": {
        "fi": "{count} vastausta",
        "sv": "{count} svar",
        "en": "{count} responses",
    },
    "team.n_questions.one": {
        "fi": "{count} kysymys",
        "sv": "{count} fråga",
        "en": "{count} question",
    },
    "team.n_questions.other": {
        "fi": "{count} kysymystä",
        "sv": "{count} frågor",
        "en": "{count} questions",
    },
    "team.err_output_is_input": {
        "fi": "tulostiedosto on myös syötetiedosto — valitse toinen nimi valitsimella -o",
        "sv": "utdatafilen är också en indatafil — välj ett annat namn med -o",
        "en": "the output file is also an input file — choose another name with -o",
    },
    "team.err_output_is_folder": {
        "fi": "tämä on kansio, ei tiedosto — anna valitsimelle -o tiedoston nimi",
        "sv": "det här är en mapp, inte en fil — ge -o ett filnamn",
        "en": "this is a folder, not a file — give -o a file name",
    },
    "team.err_write_stdout": {
        "fi": "tulostetta ei voitu kirjoittaa ({reason}) — tarkista, minne tuloste ohjataan, tai anna -o TIEDOSTO",
        "sv": "utdata kunde inte skrivas ({reason}) — kontrollera vart utdata styrs, eller ange -o FIL",
        "en": "could not write to standard output ({reason}) — check where the output goes, or give -o FILE",
    },
    "team.stdout": {"fi": "vakiotuloste", "sv": "standardutmatning", "en": "standard output"},
    # Project folders (osallisuus init)
    "team.init_ask_name": {
        "fi": "Hankkeen tai toiminnan nimi",
        "sv": "Projektets eller verksamhetens namn",
        "en": "Name of the project or activity",
    },
    "team.init_ask_code": {
        "fi": "Hankekoodi, esim. EURA-koodi (Enter ohittaa)",
        "sv": "Projektkod, t.ex. EURA-kod (Enter hoppar över)",
        "en": "Project code, e.g. EURA code (Enter to skip)",
    },
    "team.init_ask_organisation": {
        "fi": "Organisaatio (Enter ohittaa)",
        "sv": "Organisation (Enter hoppar över)",
        "en": "Organisation (Enter to skip)",
    },
    "team.init_ask_region": {
        "fi": "Alue tai kunta (Enter ohittaa)",
        "sv": "Område eller kommun (Enter hoppar över)",
        "en": "Region or municipality (Enter to skip)",
    },
    "team.project_file_header": {
        "fi": "osallisuus-projektitiedosto: tässä kansiossa (tai sen alla) ajetut komennot ottavat oletuksensa täältä.\nKomentorivin valitsin tai OSALLISUUS_*-ympäristömuuttuja ohittaa arvon. Katso docs/project-file.md.",
        "sv": "osallisuus projektfil: kommandon som körs i den här mappen (eller under den) tar sina standardvärden härifrån.\nEtt kommandoradsalternativ eller en OSALLISUUS_*-miljövariabel går före ett värde. Se docs/project-file.md.",
        "en": "osallisuus project file: commands run in this folder (or below it) take their defaults from here.\nA command-line option or an OSALLISUUS_* environment variable overrides a value. See docs/project-file.md.",
    },
    "team.init_ask_phase": {
        "fi": "Vaihe: {choices}",
        "sv": "Fas: {choices}",
        "en": "Phase: {choices}",
    },
    "team.init_ask_lang": {
        "fi": "Kieli: {choices}",
        "sv": "Språk: {choices}",
        "en": "Language: {choices}",
    },
    "team.init_bad_choice": {
        "fi": "'{value}' ei käy — valitse jokin näistä: {allowed}",
        "sv": "'{value}' är inte giltigt — välj ett av dessa: {allowed}",
        "en": "'{value}' is not valid — choose one of: {allowed}",
    },
    "team.init_need_name": {
        "fi": "hankkeen nimi puuttuu — anna --name NIMI (päätteessä nimi kysytään)",
        "sv": "projektets namn saknas — ange --name NAMN (i en terminal frågar verktyget efter det)",
        "en": "the project name is missing — pass --name NAME (when run in a terminal, the tool asks for it)",
    },
    "team.init_done": {
        "fi": "Projektikansio valmis: {file} ja {folder}",
        "sv": "Projektmappen är klar: {file} och {folder}",
        "en": "Project folder ready: {file} and {folder}",
    },
    "team.err_not_a_folder": {
        "fi": "tämä on tiedosto, ei kansio — valitse toinen nimi",
        "sv": "det här är en fil, inte en mapp — välj ett annat namn",
        "en": "this is a file, not a folder — choose another name",
    },
    "team.init_next_cd": {
        "fi": "Siirry ensin projektikansioon: cd {folder}",
        "sv": "Gå först till projektmappen: cd {folder}",
        "en": "Go to the project folder first: cd {folder}",
    },
    "team.init_next": {
        "fi": "Seuraavaksi: osallisuus assess (vastaukset tallentuvat kansioon {folder}), sitten osallisuus merge -o tiimi.yaml",
        "sv": "Nästa steg: osallisuus assess (svaren sparas i {folder}), sedan osallisuus merge -o team.yaml",
        "en": "Next: osallisuus assess (answers are saved in {folder}), then osallisuus merge -o team.yaml",
    },
    "team.err_answers_dir_outside": {
        "fi": "vastauskansion '{value}' on oltava projektikansion sisällä — anna suhteellinen polku ilman '..'-osia",
        "sv": "svarsmappen '{value}' måste ligga i projektmappen — ange en relativ sökväg utan '..'",
        "en": "the answers folder '{value}' must be inside the project folder — give a relative path without '..'",
    },
}
