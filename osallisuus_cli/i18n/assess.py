"""Messages of ``osallisuus assess``: prompts, hints, headings, the summary and the command's errors."""

MESSAGES: dict[str, dict[str, str]] = {
    # Opening
    "assess.intro.one": {
        "fi": "{count} kysymys, lähde: {publisher}. Vastausasteikko on tämän työkalun oma; THL ei pisteytä kysymyksiä. Vastaa oman toimintanne näkökulmasta. Jokainen vastaus tallentuu heti: voit lopettaa milloin tahansa painamalla Ctrl-C ja jatkaa myöhemmin.",
        "sv": "{count} fråga, källa: {publisher}. Svarsskalan är det här verktygets egen; THL poängsätter inte frågorna. Svara utifrån er egen verksamhet. Varje svar sparas direkt: du kan avbryta när som helst med Ctrl-C och fortsätta senare.",
        "en": "{count} question, source: {publisher}. The answer scale is this tool's own; THL does not score the questions. Answer from the point of view of your own activity. Every answer is saved at once: you can stop at any time with Ctrl-C and continue later.",
    },
    "assess.intro.other": {
        "fi": "{count} kysymystä, lähde: {publisher}. Vastausasteikko on tämän työkalun oma; THL ei pisteytä kysymyksiä. Vastaa oman toimintanne näkökulmasta. Jokainen vastaus tallentuu heti: voit lopettaa milloin tahansa painamalla Ctrl-C ja jatkaa myöhemmin.",
        "sv": "{count} frågor, källa: {publisher}. Svarsskalan är det här verktygets egen; THL poängsätter inte frågorna. Svara utifrån er egen verksamhet. Varje svar sparas direkt: du kan avbryta när som helst med Ctrl-C och fortsätta senare.",
        "en": "{count} questions, source: {publisher}. The answer scale is this tool's own; THL does not score the questions. Answer from the point of view of your own activity. Every answer is saved at once: you can stop at any time with Ctrl-C and continue later.",
    },
    "assess.new_file": {
        "fi": "Vastaukset tallennetaan tiedostoon {file} heti jokaisen vastauksen jälkeen.",
        "sv": "Svaren sparas i filen {file} direkt efter varje svar.",
        "en": "Answers are saved to {file} right after each answer.",
    },
    "assess.phase_file_new": {
        "fi": "Vastaukset tallennetaan {phase_of} omaan tiedostoon {file}. Vastauksesi {earlier_of} tiedostossa {earlier} pysyvät ennallaan; raportti laskee sinut kumpaankin vaiheeseen.",
        "sv": "Svaren för {phase_of} sparas i en egen fil, {file}. Dina svar från {earlier_of} finns kvar oförändrade i {earlier}; rapporten räknar dig i båda faserna.",
        "en": "Answers for {phase_of} are saved in a file of their own, {file}. Your answers from {earlier_of} stay unchanged in {earlier}; the report counts you in both phases.",
    },
    "assess.phase_file_found": {
        "fi": "Jatketaan {phase_of} tiedostoasi {file}. Vastauksesi {earlier_of} tiedostossa {earlier} pysyvät ennallaan.",
        "sv": "Dina svar för {phase_of} finns i {file}: vi fortsätter med den. Dina svar från {earlier_of} finns kvar oförändrade i {earlier}.",
        "en": "Your answers for {phase_of} are in {file}: continuing it. Your answers from {earlier_of} stay unchanged in {earlier}.",
    },
    "assess.phase_differs_note": {
        "fi": "Huom.: tämä tiedosto kuuluu {file_into}, mutta projektitiedoston mukaan hanke on {project_in}. Vastataksesi {project_into} lopeta (Ctrl-C) ja aja komento uudelleen valitsimella --phase {code}: vastaukset tallentuvat omaan tiedostoonsa, ja tämä säilyy ennallaan.",
        "sv": "Obs.: den här filen hör till {file_into}, men enligt projektfilen är projektet {project_in}. För att svara för {project_into}: avbryt (Ctrl-C) och kör kommandot igen med --phase {code} — svaren sparas i en egen fil och den här förblir oförändrad.",
        "en": "Note: this file belongs to {file_into}, but the project file says the project is {project_in}. To answer for {project_into}, stop (Ctrl-C) and run the command again with --phase {code}: the answers go into a file of their own and this one stays unchanged.",
    },
    "assess.resuming": {
        "fi": "Jatketaan tiedostoa {file} (hanke: {project}) — vastattu {answered}/{total}.",
        "sv": "Vi fortsätter med filen {file} (projekt: {project}) — {answered}/{total} besvarade.",
        "en": "Continuing {file} (project: {project}) — {answered} of {total} answered.",
    },
    "assess.resume_next": {
        "fi": "Jatketaan kysymyksestä {number}.",
        "sv": "Vi fortsätter från fråga {number}.",
        "en": "Picking up at question {number}.",
    },
    "assess.existing_found": {
        "fi": "Tiedosto {file} on jo olemassa (hanke: {project}, vastattu {answered}/{total}). Mitä tehdään?",
        "sv": "Filen {file} finns redan (projekt: {project}, {answered}/{total} besvarade). Vad vill du göra?",
        "en": "{file} already exists (project: {project}, {answered} of {total} answered). What would you like to do?",
    },
    "assess.existing_continue": {
        "fi": "Jatka tätä tiedostoa",
        "sv": "Fortsätt med den filen",
        "en": "Continue that file",
    },
    "assess.existing_new": {
        "fi": "Aloita uusi tiedosto ({file})",
        "sv": "Skapa en ny fil ({file})",
        "en": "Start a new file ({file})",
    },
    "assess.lang_missing": {
        "fi": "Kysymyssarjassa ei ole tekstejä kielellä '{lang}', joten kysymykset näytetään kielellä '{fallback}'.",
        "sv": "Frågeuppsättningen har inga texter på språket '{lang}', så frågorna visas på språket '{fallback}'.",
        "en": "The question set has no texts in language '{lang}', so the questions are shown in '{fallback}'.",
    },
    "assess.unofficial": {
        "fi": "Kysymykset ovat tämän työkalun epävirallinen käännös; alkuperäisen tekstin näet komennolla:",
        "sv": "Frågorna är en inofficiell översättning gjord för det här verktyget; originaltexten visas med:",
        "en": "The questions are an unofficial translation made for this tool; the original text is shown by:",
    },
    "assess.unofficial_command": {
        "fi": "  {command} NUMERO --lang {original}",
        "sv": "  {command} NUMMER --lang {original}",
        "en": "  {command} NUMBER --lang {original}",
    },
    # Who and what
    "assess.ask_project": {
        "fi": "Hankkeen tai toiminnan nimi",
        "sv": "Projektets eller verksamhetens namn",
        "en": "Name of the project or activity",
    },
    "assess.ask_phase": {
        "fi": "Missä vaiheessa toiminta on?",
        "sv": "I vilken fas är verksamheten?",
        "en": "Which phase is the activity in?",
    },
    "assess.phase_suunnittelu": {"fi": "Suunnittelu", "sv": "Planering", "en": "Planning"},
    "assess.phase_toteutus": {"fi": "Toteutus", "sv": "Genomförande", "en": "Implementation"},
    "assess.phase_arviointi": {"fi": "Arviointi", "sv": "Utvärdering", "en": "Evaluation"},
    "assess.ask_name": {
        "fi": "Nimesi",
        "sv": "Ditt namn",
        "en": "Your name",
    },
    "assess.ask_role": {
        "fi": "Roolisi tai tehtäväsi",
        "sv": "Din roll eller uppgift",
        "en": "Your role or task",
    },
    # One question
    "assess.domain_heading": {
        "fi": "Osa-alue {id}: {title}",
        "sv": "Delområde {id}: {title}",
        "en": "Domain {id}: {title}",
    },
    "assess.structures_heading": {
        "fi": "Osio {id}: {title}",
        "sv": "Avsnitt {id}: {title}",
        "en": "Section {id}: {title}",
    },
    "assess.part_heading": {
        "fi": "Osio {id}: {title}",
        "sv": "Avsnitt {id}: {title}",
        "en": "Section {id}: {title}",
    },
    "assess.counter": {
        "fi": "Kysymys {number}/{total}",
        "sv": "Fråga {number}/{total}",
        "en": "Question {number} of {total}",
    },
    "assess.ask_level": {
        "fi": "Miten pitkällä tämä on toiminnassanne?",
        "sv": "Hur långt har ni kommit med detta i er verksamhet?",
        "en": "How far along is this in your activity?",
    },
    "assess.ask_how": {
        "fi": "Miten käytännössä?",
        "sv": "Hur gör ni i praktiken?",
        "en": "How do you do this in practice?",
    },
    "assess.ask_next_step": {
        "fi": "Seuraava askel?",
        "sv": "Nästa steg?",
        "en": "Next step?",
    },
    "assess.choose_instruction": {
        "fi": "(nuolinäppäimet tai {keys}; Enter valitsee)",
        "sv": "(piltangenterna eller {keys}; Enter väljer)",
        "en": "(arrow keys or {keys}; Enter chooses)",
    },
    "assess.hint_skip": {
        "fi": "(Enter ohittaa)",
        "sv": "(Enter hoppar över)",
        "en": "(Enter to skip)",
    },
    "assess.hint_optional": {
        "fi": "(vapaaehtoinen, Enter ohittaa)",
        "sv": "(frivilligt, Enter hoppar över)",
        "en": "(optional, Enter to skip)",
    },
    "assess.hint_accept": {
        "fi": "(Enter hyväksyy)",
        "sv": "(Enter godkänner)",
        "en": "(Enter to accept)",
    },
    "assess.hint_keep_rich": {
        "fi": "(Enter pitää tekstin; tyhjennä rivi poistaaksesi sen)",
        "sv": "(Enter behåller texten; töm raden för att ta bort den)",
        "en": "(Enter keeps the text; clear the line to remove it)",
    },
    "assess.hint_keep_plain": {
        "fi": "(Enter pitää nykyisen, {clear} poistaa sen)",
        "sv": "(Enter behåller den nuvarande, {clear} tar bort den)",
        "en": "(Enter keeps the current text, {clear} removes it)",
    },
    "assess.hint_accept_plain": {
        "fi": "(Enter pitää nykyisen)",
        "sv": "(Enter behåller den nuvarande)",
        "en": "(Enter keeps the current one)",
    },
    "assess.plain_current": {
        "fi": "Nykyinen: {value}",
        "sv": "Nuvarande: {value}",
        "en": "Current: {value}",
    },
    "assess.plain_choose": {
        "fi": "Valintasi ({keys})",
        "sv": "Ditt val ({keys})",
        "en": "Your choice ({keys})",
    },
    "assess.plain_choose_default": {
        "fi": "Valintasi ({keys}; Enter = {default})",
        "sv": "Ditt val ({keys}; Enter = {default})",
        "en": "Your choice ({keys}; Enter = {default})",
    },
    "assess.plain_invalid": {
        "fi": "'{value}' ei ole vaihtoehto — kirjoita jokin näistä: {keys}",
        "sv": "'{value}' är inget alternativ — skriv något av: {keys}",
        "en": "'{value}' is not an option — type one of: {keys}",
    },
    "assess.menu_keys": {
        "fi": "Tämä näppäin ei valitse mitään — käytä nuolinäppäimiä tai näitä: {keys}; Enter valitsee",
        "sv": "Den här tangenten väljer ingenting — använd piltangenterna eller dessa: {keys}; Enter väljer",
        "en": "That key chooses nothing — use the arrow keys or these: {keys}; Enter chooses",
    },
    "assess.menu_choose_first": {
        "fi": "Valitse ensin vaihtoehto (nuolinäppäimet tai sen merkki), sitten Enter",
        "sv": "Välj först ett alternativ (piltangenterna eller dess tecken), sedan Enter",
        "en": "Choose an option first (arrow keys or its key), then Enter",
    },
    "assess.plain_pick": {
        "fi": "Valitse kirjoittamalla jokin näistä: {keys}",
        "sv": "Välj genom att skriva något av: {keys}",
        "en": "Choose by typing one of: {keys}",
    },
    "assess.err_required": {
        "fi": "Tämä tieto tarvitaan — kirjoita jotain.",
        "sv": "Uppgiften behövs — skriv något.",
        "en": "This is needed — please type something.",
    },
    "assess.err_too_long": {
        "fi": "Teksti on liian pitkä (enintään {max} merkkiä).",
        "sv": "Texten är för lång (högst {max} tecken).",
        "en": "The text is too long (at most {max} characters).",
    },
    # Review and the end
    "assess.menu_title": {
        "fi": "Kaikkiin kysymyksiin on vastattu. Mitä seuraavaksi?",
        "sv": "Alla frågor är besvarade. Vad vill du göra nu?",
        "en": "All questions have been answered. What next?",
    },
    "assess.menu_title_section": {
        "fi": "Osion {sections} kysymyksiin on vastattu. Mitä seuraavaksi?",
        "sv": "Frågorna i avsnitt {sections} är besvarade. Vad vill du göra nu?",
        "en": "The questions in section {sections} have been answered. What next?",
    },
    "assess.menu_title_sections": {
        "fi": "Osioiden {sections} kysymyksiin on vastattu. Mitä seuraavaksi?",
        "sv": "Frågorna i avsnitten {sections} är besvarade. Vad vill du göra nu?",
        "en": "The questions in sections {sections} have been answered. What next?",
    },
    "assess.menu_title_pending": {
        "fi": "Vastaamatta olevia kysymyksiä: {count}. Mitä seuraavaksi?",
        "sv": "Obesvarade frågor: {count}. Vad vill du göra nu?",
        "en": "Questions still unanswered: {count}. What next?",
    },
    "assess.menu_continue": {
        "fi": "Vastaa puuttuviin kysymyksiin",
        "sv": "Svara på de obesvarade frågorna",
        "en": "Answer the remaining questions",
    },
    "assess.menu_review": {
        "fi": "Käy vastaukset läpi ja päivitä niitä",
        "sv": "Gå igenom svaren och uppdatera dem",
        "en": "Go through the answers and update them",
    },
    "assess.menu_done": {"fi": "Valmis", "sv": "Klar", "en": "Done"},
    "assess.review_start": {
        "fi": "Vastausten läpikäynti: aiemmat vastaukset ovat valmiina, ja Enter pitää ne ennallaan.",
        "sv": "Genomgång av svaren: de tidigare svaren är ifyllda, och Enter behåller dem.",
        "en": "Reviewing the answers: the earlier answers are filled in, and Enter keeps them.",
    },
    "assess.summary_title": {"fi": "Yhteenveto", "sv": "Sammanfattning", "en": "Summary"},
    "assess.col_section": {"fi": "Osio", "sv": "Avsnitt", "en": "Section"},
    "assess.col_answered": {
        "fi": "Arvioitu",
        "sv": "Bedömda",
        "en": "Rated",
    },
    "assess.col_na": {"fi": "Ei koske", "sv": "Gäller inte", "en": "N/A"},
    "assess.col_dont_know": {
        "fi": "En osaa sanoa",
        "sv": "Kan inte säga",
        "en": "Don't know",
    },
    "assess.col_missing": {
        "fi": "Vastaamatta",
        "sv": "Obesvarade",
        "en": "Unanswered",
    },
    "assess.total": {"fi": "Yhteensä", "sv": "Totalt", "en": "Total"},
    "assess.plain_summary_row": {
        "fi": "{label}: {answered} arvioitu asteikolla · {na} ei koske · {dont_know} en osaa sanoa · {missing} vastaamatta",
        "sv": "{label}: {answered} bedömda på skalan · {na} gäller inte · {dont_know} kan inte säga · {missing} obesvarade",
        "en": "{label}: {answered} rated on the scale · {na} N/A · {dont_know} don't know · {missing} unanswered",
    },
    "assess.saved_to": {
        "fi": "Vastaukset on tallennettu tiedostoon {file}.",
        "sv": "Svaren har sparats i filen {file}.",
        "en": "Your answers are saved in {file}.",
    },
    "assess.next_steps": {
        "fi": "Seuraavaksi:\n  raportti:             {report}\n  päivitä myöhemmin:    {review}",
        "sv": "Nästa steg:\n  rapport:              {report}\n  uppdatera senare:     {review}",
        "en": "Next:\n  report:               {report}\n  update later:         {review}",
    },
    "assess.report_file": {"fi": "{name}-raportti.html", "sv": "{name}-rapport.html", "en": "{name}-report.html"},
    "assess.next_continue": {
        "fi": "  loput kysymykset:     {command}",
        "sv": "  resten av frågorna:   {command}",
        "en": "  remaining questions:  {command}",
    },
    # Stopping, scripts and errors
    "assess.saved_resume": {
        "fi": "Vastaukset on tallennettu — jatka komennolla: {command}",
        "sv": "Svaren är sparade — fortsätt med: {command}",
        "en": "Your answers are saved — continue with: {command}",
    },
    "assess.interrupted_nothing_saved": {
        "fi": "Keskeytetty ennen ensimmäistä vastausta — mitään ei tallennettu.",
        "sv": "Avbrutet före det första svaret — inget har sparats.",
        "en": "Stopped before the first answer — nothing was saved.",
    },
    "assess.err_read_only": {
        "fi": "tiedosto on kirjoitussuojattu, joten vastauksia ei voi tallentaa siihen — salli tiedostoon kirjoittaminen tai anna toinen tiedosto valitsimella -o",
        "sv": "filen är skrivskyddad, så svaren kan inte sparas i den — tillåt skrivning i filen eller ange en annan fil med -o",
        "en": "the file is read-only, so answers cannot be saved in it — allow writing to it or give another file with -o",
    },
    "assess.err_no_tty": {
        "fi": "kysymysvalikot tarvitsevat päätteen (myös tulosteelle) — aja komento päätteessä ilman uudelleenohjausta, vastaa rivi kerrallaan valitsimella --plain tai tarkista valmis vastaustiedosto valitsimilla --no-input --from TIEDOSTO",
        "sv": "frågemenyerna kräver en terminal (också för utdata) — kör kommandot i en terminal utan omdirigering, svara rad för rad med --plain eller kontrollera en färdig svarsfil med --no-input --from FIL",
        "en": "the question menus need a terminal (for their output too) — run the command in one without redirecting it, answer line by line with --plain, or check a finished answer file with --no-input --from FILE",
    },
    "assess.plain_fallback": {
        "fi": "Kysymysvalikot eivät toimi tässä päätteessä ({reason}), joten kysymykset kysytään rivi kerrallaan kuten valitsimella --plain.",
        "sv": "Frågemenyerna fungerar inte i den här terminalen ({reason}), så frågorna ställs rad för rad som med --plain.",
        "en": "The question menus do not work in this terminal ({reason}), so the questions are asked line by line, as with --plain.",
    },
    "assess.err_parent_not_folder": {
        "fi": "{folder} on tiedosto eikä kansio, joten vastaustiedostoa ei voi luoda sinne — anna valitsimelle -o toinen polku",
        "sv": "{folder} är en fil och inte en mapp, så svarsfilen kan inte skapas där — ange en annan sökväg med -o",
        "en": "{folder} is a file, not a folder, so the answer file cannot be created there — give -o another path",
    },
    "assess.err_folder_read_only": {
        "fi": "kansioon {folder} ei voi kirjoittaa, joten vastaustiedostoa ei voi luoda sinne — anna valitsimelle -o toinen polku",
        "sv": "mappen {folder} är skrivskyddad, så svarsfilen kan inte skapas där — ange en annan sökväg med -o",
        "en": "the folder {folder} cannot be written to, so the answer file cannot be created there — give -o another path",
    },
    "assess.err_unknown_section": {
        "fi": "osiota '{value}' ei ole — valitse jokin näistä: {valid}",
        "sv": "avsnittet '{value}' finns inte — välj något av: {valid}",
        "en": "there is no section '{value}' — choose one of: {valid}",
    },
    "assess.err_no_input_needs_from": {
        "fi": "--no-input ei kysy mitään, joten se tarvitsee vastaustiedoston — anna --from TIEDOSTO",
        "sv": "--no-input ställer inga frågor och behöver därför en svarsfil — ange --from FIL",
        "en": "--no-input asks nothing, so it needs an answer file — give --from FILE",
    },
    "assess.err_from_needs_no_input": {
        "fi": "--from lukee tiedoston kysymättä mitään ja toimii vain valitsimen --no-input kanssa — jatka vastaamista valitsimella -o TIEDOSTO",
        "sv": "--from läser en fil utan att fråga något och fungerar bara med --no-input — fortsätt svara med -o FIL",
        "en": "--from reads a file without asking anything and works only with --no-input — to continue answering, use -o FILE",
    },
    "assess.review_earlier_defaults": {
        "fi": "Aiemman vaiheen vastauksesi ovat oletuksina: Enter pitää vastauksen ja tallentaa sen tämän vaiheen tiedostoon.",
        "sv": "Dina svar från den tidigare fasen är förvalda: Enter behåller svaret och sparar det i den här fasens fil.",
        "en": "Your answers from the earlier phase are the defaults: Enter keeps an answer and saves it in this phase's file.",
    },
    "assess.err_phase_no_input": {
        "fi": "--phase valitsee vaiheen, johon vastataan, joten sitä ei voi käyttää valitsimen --no-input kanssa",
        "sv": "--phase väljer fasen som besvaras och kan inte kombineras med --no-input",
        "en": "--phase chooses the phase to answer and cannot be combined with --no-input",
    },
    "assess.err_review_no_input": {
        "fi": "--review kysyy vastaukset uudelleen, joten sitä ei voi käyttää valitsimen --no-input kanssa",
        "sv": "--review ställer frågorna på nytt och kan inte kombineras med --no-input",
        "en": "--review asks the questions again and cannot be combined with --no-input",
    },
    "assess.no_input_written": {
        "fi": "{file}: kunnossa — {answered} arvioitu asteikolla · {na} ei koske · {dont_know} en osaa sanoa · {missing} vastaamatta; tallennettu tiedostoon {out}",
        "sv": "{file}: i ordning — {answered} bedömda på skalan · {na} gäller inte · {dont_know} kan inte säga · {missing} obesvarade; sparat i {out}",
        "en": "{file}: valid — {answered} rated on the scale · {na} N/A · {dont_know} don't know · {missing} unanswered; saved to {out}",
    },
    "assess.no_input_unchanged": {
        "fi": "{file}: kunnossa — {answered} arvioitu asteikolla · {na} ei koske · {dont_know} en osaa sanoa · {missing} vastaamatta; {out} on jo vakiomuodossa, ei muutoksia",
        "sv": "{file}: i ordning — {answered} bedömda på skalan · {na} gäller inte · {dont_know} kan inte säga · {missing} obesvarade; {out} har redan standardformen, inga ändringar",
        "en": "{file}: valid — {answered} rated on the scale · {na} N/A · {dont_know} don't know · {missing} unanswered; {out} is already in the standard layout; nothing changed",
    },
}
