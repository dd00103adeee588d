"""Messages of ``osallisuus form`` and of the answer form it writes (an offline HTML page).

The page carries these texts in all three languages, so that its language switch needs nothing from outside.
Placeholders in braces are filled in by the page's script the same way ``str.format`` fills them here.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # The command
    "form.written": {
        "fi": "Lomake tallennettu: {file} ({size} kt). Lähetä se vastaajille; he palauttavat vastaustiedostot (.yaml), jotka kokoat komennolla merge.",
        "sv": "Blanketten har sparats: {file} ({size} kB). Skicka den till dem som svarar; de skickar tillbaka svarsfiler (.yaml) som du sammanställer med kommandot merge.",
        "en": "Form saved: {file} ({size} KB). Send it to the people who answer; they send back answer files (.yaml) that you merge with the merge command.",
    },
    "form.file_stem": {"fi": "lomake", "sv": "blankett", "en": "form"},
    "form.err_output_folder": {
        "fi": "tämä on kansio — anna lomakkeelle tiedoston nimi, esim. -o lomake.html.",
        "sv": "det här är en mapp — ange ett filnamn för blanketten, t.ex. -o blankett.html.",
        "en": "this is a folder — give the form a file name, e.g. -o form.html.",
    },
    # The page: head and language
    "form.eyebrow": {"fi": "Vastauslomake", "sv": "Svarsblankett", "en": "Answer form"},
    "form.page_title": {
        "fi": "{title} — vastauslomake",
        "sv": "{title} — svarsblankett",
        "en": "{title} — answer form",
    },
    "form.language": {"fi": "Kieli", "sv": "Språk", "en": "Language"},
    # Each language's name in itself: the switch shows every name in its own language.
    "form.lang_name": {"fi": "suomi", "sv": "svenska", "en": "English"},
    "form.dismiss": {"fi": "Sulje ilmoitus", "sv": "Stäng meddelandet", "en": "Close the message"},
    "form.unofficial_short": {
        "fi": "epävirallinen käännös",
        "sv": "inofficiell översättning",
        "en": "unofficial translation",
    },
    "form.lang_missing": {
        "fi": "Kysymyssarjassa ei ole tekstejä tällä kielellä, joten kysymykset näytetään kielellä {fallback}.",
        "sv": "Frågeuppsättningen har inga texter på det här språket, så frågorna visas på språket {fallback}.",
        "en": "The question set has no texts in this language, so the questions are shown in {fallback}.",
    },
    # The page: before starting
    "form.intro_heading": {"fi": "Ennen kuin aloitat", "sv": "Innan du börjar", "en": "Before you start"},
    "form.intro": {
        "fi": "Vastaa kysymyksiin ({count}) oman toimintanne näkökulmasta. Voit vastata kysymyksiin missä järjestyksessä tahansa ja jättää osan myöhemmäksi.",
        "sv": "Svara på frågorna ({count}) utifrån er egen verksamhet. Du kan svara i vilken ordning som helst och lämna en del till senare.",
        "en": "Answer the questions ({count}) from the point of view of your own activity. You can answer in any order and leave some for later.",
    },
    "form.file_is_record": {
        "fi": "Vastaukset ovat tallessa vasta, kun tallennat ne tiedostoon painikkeella ”Tallenna vastaukset”. Lähetä tiedosto sille, joka kokoaa vastaukset. Voit myöhemmin avata tiedoston tällä lomakkeella ja jatkaa.",
        "sv": "Svaren är sparade först när du sparar dem i en fil med knappen ”Spara svaren”. Skicka filen till den som sammanställer svaren. Du kan senare öppna filen med den här blanketten och fortsätta.",
        "en": "Your answers are kept only once you save them to a file with the “Save answers” button. Send the file to whoever collects the answers. You can later open the file with this form and continue.",
    },
    "form.privacy": {
        "fi": "Lomake toimii ilman verkkoyhteyttä eikä lähetä mitään minnekään. Vastauksissa voi olla henkilötietoja: käsittele tiedostoa organisaatiosi ohjeiden mukaan.",
        "sv": "Blanketten fungerar utan nätförbindelse och skickar ingenting någonstans. Svaren kan innehålla personuppgifter: hantera filen enligt din organisations anvisningar.",
        "en": "The form works without a network connection and sends nothing anywhere. Answers may contain personal data: handle the file as your organisation instructs.",
    },
    "form.draft_on": {
        "fi": "Kun vastauksissa on tallentamattomia muutoksia, selain pitää niistä luonnosta tällä laitteella (enintään 7 päivää). Tallennettaessa luonnos poistetaan. Vain tallennettu tiedosto on varma.",
        "sv": "När svaren har osparade ändringar behåller webbläsaren ett utkast av dem på den här enheten (högst 7 dagar). När du sparar tas utkastet bort. Bara den sparade filen är säker.",
        "en": "While the answers have unsaved changes, the browser keeps a draft of them on this device (for at most 7 days). Saving removes the draft. Only the saved file is safe.",
    },
    "form.draft_off": {
        "fi": "Tämä selain ei salli luonnoksen säilyttämistä: tallenna vastaukset tiedostoon ennen kuin suljet sivun.",
        "sv": "Den här webbläsaren tillåter inte att ett utkast sparas: spara svaren i en fil innan du stänger sidan.",
        "en": "This browser does not allow a draft to be kept: save your answers to a file before you close the page.",
    },
    "form.draft_restored": {
        "fi": "Jatketaan tälle laitteelle jäänyttä luonnosta ({time}).",
        "sv": "Vi fortsätter med utkastet som finns på den här enheten ({time}).",
        "en": "Continuing the draft kept on this device ({time}).",
    },
    "form.drafts_heading": {
        "fi": "Tällä laitteella on keskeneräisiä vastauksia ({count})",
        "sv": "Det finns osparade svar på den här enheten ({count})",
        "en": "Unfinished answers on this device ({count})",
    },
    "form.drafts_intro": {
        "fi": "Joku on aloittanut vastaamisen tällä laitteella tallentamatta vastauksia. Jos luonnos on sinun, jatka sitä. Muuten aloita uutena vastaajana: et näe luonnoksen vastauksia, eikä sen vastaajatunniste siirry sinun vastauksiisi.",
        "sv": "Någon har börjat svara på den här enheten utan att spara svaren. Om utkastet är ditt kan du fortsätta det. Annars börjar du som en ny svarande: du ser inte utkastets svar, och dess svarandes id följer inte med dina svar.",
        "en": "Someone has started answering on this device without saving the answers. If the draft is yours, continue it. Otherwise start as a new respondent: you will not see the draft's answers, and its respondent id does not pass to yours.",
    },
    "form.draft_item": {
        "fi": "{who} — viimeksi muutettu {time}",
        "sv": "{who} — senast ändrat {time}",
        "en": "{who} — last changed {time}",
    },
    "form.draft_nameless": {
        "fi": "nimetön vastaaja, hanke {project}",
        "sv": "svarande utan namn, projekt {project}",
        "en": "respondent without a name, project {project}",
    },
    "form.draft_unnamed": {
        "fi": "nimetön vastaaja",
        "sv": "svarande utan namn",
        "en": "respondent without a name",
    },
    "form.draft_continue": {
        "fi": "Jatka luonnosta: {who}",
        "sv": "Fortsätt utkastet: {who}",
        "en": "Continue the draft: {who}",
    },
    "form.draft_remove": {
        "fi": "Poista luonnos: {who}",
        "sv": "Ta bort utkastet: {who}",
        "en": "Delete the draft: {who}",
    },
    "form.draft_removed": {
        "fi": "Luonnos poistettu tältä laitteelta: {who}.",
        "sv": "Utkastet har tagits bort från den här enheten: {who}.",
        "en": "Draft deleted from this device: {who}.",
    },
    "form.draft_start_new": {
        "fi": "Aloita uutena vastaajana",
        "sv": "Börja som ny svarande",
        "en": "Start as a new respondent",
    },
    "form.draft_id_ignored": {
        "fi": "Luonnoksen vastaajatunniste ei ollut tämän lomakkeen tekemä, joten sitä ei käytetä: tallennettaessa tiedostoon tulee uusi tunniste. Jos jatkat aiemmin tallennettua tiedostoa, avaa se painikkeella ”Avaa vastaustiedosto”, niin sen tunniste säilyy.",
        "sv": "Utkastets svarandes id var inte gjort av den här blanketten och används inte: när du sparar får filen ett nytt id. Om du fortsätter en fil som sparats tidigare, öppna den med knappen ”Öppna en svarsfil”, så behålls dess id.",
        "en": "The draft's respondent id was not made by this form, so it is not used: the saved file gets a new id. If you are continuing a file saved earlier, open it with “Open an answer file” to keep its id.",
    },
    "form.when": {
        "fi": "{day}.{month_name}.{year} klo {hour}.{minute}",
        "sv": "{day}.{month_name}.{year} kl. {hour}.{minute}",
        "en": "{day} {month_name} {year} {hour}:{minute}",
    },
    # Months as dates are written: numbers in Finnish and Swedish (7.12.2026), short names in English (7 Dec 2026).
    "form.month_names": {
        "fi": "1,2,3,4,5,6,7,8,9,10,11,12",
        "sv": "1,2,3,4,5,6,7,8,9,10,11,12",
        "en": "Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec",
    },
    "form.keep_draft": {
        "fi": "Säilytä luonnos tällä laitteella tallentamisen jälkeenkin (ei jaetulla koneella)",
        "sv": "Behåll utkastet på den här enheten också efter att du sparat (inte på en delad dator)",
        "en": "Keep a draft on this device after saving too (not on a shared computer)",
    },
    "form.saved_draft_removed": {
        "fi": "Luonnos poistettiin tältä laitteelta.",
        "sv": "Utkastet togs bort från den här enheten.",
        "en": "The draft was removed from this device.",
    },
    "form.saved_draft_kept": {
        "fi": "Luonnos jäi tälle laitteelle pyyntösi mukaan.",
        "sv": "Utkastet finns kvar på den här enheten, som du bad om.",
        "en": "The draft stays on this device, as you asked.",
    },
    "form.saved_next_respondent": {
        "fi": "Jos seuraava vastaaja käyttää tätä konetta, paina ”Uusi vastaaja”.",
        "sv": "Om nästa svarande använder den här datorn, tryck på ”Ny svarande”.",
        "en": "If the next respondent uses this computer, press “New respondent”.",
    },
    "form.new_respondent": {"fi": "Uusi vastaaja", "sv": "Ny svarande", "en": "New respondent"},
    "form.new_respondent_done": {
        "fi": "Lomake on tyhjennetty seuraavaa vastaajaa varten, ja edellisen vastaajan luonnos on poistettu. Hankkeen tiedot jäivät.",
        "sv": "Blanketten har tömts för nästa svarande, och den föregående svarandes utkast har tagits bort. Projektets uppgifter finns kvar.",
        "en": "The form is cleared for the next respondent, and the previous respondent's draft is deleted. The project details stay.",
    },
    "form.confirm_new_respondent": {
        "fi": "Vastauksissa on tallentamattomia muutoksia. Tyhjennetäänkö lomake silti seuraavaa vastaajaa varten? Muutokset katoavat.",
        "sv": "Svaren har osparade ändringar. Töms blanketten ändå för nästa svarande? Ändringarna går förlorade.",
        "en": "The answers have unsaved changes. Clear the form for the next respondent anyway? The changes will be lost.",
    },
    "form.draft_delete": {
        "fi": "Poista luonnos tältä laitteelta",
        "sv": "Ta bort utkastet från den här enheten",
        "en": "Delete the draft from this device",
    },
    "form.draft_deleted": {
        "fi": "Luonnos on poistettu tältä laitteelta, eikä uutta tallenneta tälle sivulle. Vastaukset näkyvät lomakkeella, kunnes suljet sivun.",
        "sv": "Utkastet har tagits bort från den här enheten och inget nytt sparas från den här sidan. Svaren syns på blanketten tills du stänger sidan.",
        "en": "The draft has been deleted from this device and no new one is kept for this page. The answers stay on the form until you close the page.",
    },
    "form.draft_none": {
        "fi": "Tällä laitteella ei ole luonnosta.",
        "sv": "Det finns inget utkast på den här enheten.",
        "en": "There is no draft on this device.",
    },
    # Opening a file
    "form.open": {"fi": "Avaa vastaustiedosto", "sv": "Öppna en svarsfil", "en": "Open an answer file"},
    "form.open_hint": {
        "fi": "Jatka tai tarkista aiemmin tallennettua tiedostoa (.yaml) — lomakkeella tai komennolla osallisuus assess tehtyä.",
        "sv": "Fortsätt eller granska en fil (.yaml) som sparats tidigare — med blanketten eller med kommandot osallisuus assess.",
        "en": "Continue or review a file (.yaml) saved earlier — with this form or with the osallisuus assess command.",
    },
    "form.opened": {
        "fi": "Avattu {file}: vastattu {answered}/{total}. Tallentaessasi vastaajan tunniste ja muuttamattomat vastaukset säilyvät ennallaan.",
        "sv": "Öppnade {file}: {answered}/{total} besvarade. När du sparar behålls den svarandes id och de svar du inte ändrar som de är.",
        "en": "Opened {file}: {answered} of {total} answered. When you save, the respondent id and the answers you do not change stay as they are.",
    },
    "form.confirm_replace": {
        "fi": "Lomakkeella on tallentamattomia vastauksia. Korvataanko ne avattavan tiedoston vastauksilla?",
        "sv": "Blanketten har osparade svar. Ska de ersättas med svaren i filen du öppnar?",
        "en": "The form has unsaved answers. Replace them with the answers in the file you are opening?",
    },
    "form.kept": {
        "fi": "Lomakkeen vastaukset ovat ennallaan.",
        "sv": "Svaren på blanketten är oförändrade.",
        "en": "The answers on the form are unchanged.",
    },
    "form.err_too_big": {
        "fi": "Tiedosto {file} on liian suuri ({size} kt) — vastaustiedosto on enintään {max} kt. Valitse oikea tiedosto.",
        "sv": "Filen {file} är för stor ({size} kB) — en svarsfil är högst {max} kB. Välj rätt fil.",
        "en": "{file} is too large ({size} KB) — an answer file is at most {max} KB. Choose the right file.",
    },
    "form.err_not_text": {
        "fi": "Tiedostoa {file} ei voi lukea: se ei ole UTF-8-tekstiä. Vastaustiedosto on tekstitiedosto (.yaml).",
        "sv": "Filen {file} kan inte läsas: den är inte UTF-8-text. En svarsfil är en textfil (.yaml).",
        "en": "{file} cannot be read: it is not UTF-8 text. An answer file is a text file (.yaml).",
    },
    "form.err_yaml": {
        "fi": "Tiedoston {file} rakenteessa on virhe rivillä {line} (esimerkiksi puuttuva sulje, kaksoispiste tai lainausmerkki).",
        "sv": "Filen {file} har ett fel i sin struktur på rad {line} (till exempel en parentes, ett kolon eller ett citattecken som saknas).",
        "en": "{file} has an error in its structure on line {line} (for example a missing bracket, colon or quotation mark).",
    },
    "form.err_not_answers": {
        "fi": "Tiedosto {file} ei ole vastaustiedosto (siinä pitää lukea format: {format}).",
        "sv": "Filen {file} är ingen svarsfil (den ska ha format: {format}).",
        "en": "{file} is not an answer file (it should say format: {format}).",
    },
    "form.err_team_file": {
        "fi": "Tiedosto {file} on koottu tiimin tiedosto, ei yhden vastaajan vastauksia. Avaa oma vastaustiedostosi.",
        "sv": "Filen {file} är en sammanställd teamfil, inte en persons svar. Öppna din egen svarsfil.",
        "en": "{file} is a merged team file, not one person's answers. Open your own answer file.",
    },
    "form.err_framework": {
        "fi": "Tiedosto {file} on kysymyssarjalle {found}, tämä lomake sarjalle {expected}. Avaa tiedosto sen omalla lomakkeella.",
        "sv": "Filen {file} hör till frågeuppsättningen {found}, den här blanketten till {expected}. Öppna filen med dess egen blankett.",
        "en": "{file} belongs to the question set {found}; this form is for {expected}. Open the file with its own form.",
    },
    "form.err_version": {
        "fi": "Tiedosto {file} on kysymyssarjan {id} versiolle {found}, tämä lomake versiolle {expected}: kysymykset tai asteikko voivat erota.",
        "sv": "Filen {file} hör till version {found} av frågeuppsättningen {id}, den här blanketten till version {expected}: frågorna eller skalan kan skilja sig.",
        "en": "{file} is for version {found} of the question set {id}; this form is for version {expected}: the questions or the scale may differ.",
    },
    "form.err_invalid": {
        "fi": "Tiedostossa {file} on virheitä, joten sitä ei avattu:",
        "sv": "Filen {file} innehåller fel och öppnades därför inte:",
        "en": "{file} has errors, so it was not opened:",
    },
    "form.err_more": {
        "fi": "Muita virheitä: {count}.",
        "sv": "Fler fel: {count}.",
        "en": "More errors: {count}.",
    },
    "form.v_missing": {"fi": "puuttuu", "sv": "saknas", "en": "missing"},
    "form.v_unknown": {
        "fi": "tuntematon kenttä",
        "sv": "okänt fält",
        "en": "unknown field",
    },
    "form.v_type": {
        "fi": "väärä arvo {value}",
        "sv": "felaktigt värde {value}",
        "en": "wrong value {value}",
    },
    "form.v_level": {
        "fi": "{value} ei ole asteikolla ({allowed})",
        "sv": "{value} finns inte på skalan ({allowed})",
        "en": "{value} is not on the scale ({allowed})",
    },
    "form.v_question": {
        "fi": "kysymyssarjassa ei ole kysymystä {id}",
        "sv": "frågeuppsättningen har ingen fråga {id}",
        "en": "the question set has no question {id}",
    },
    "form.v_long": {
        "fi": "liian pitkä teksti (enintään {max} merkkiä)",
        "sv": "för lång text (högst {max} tecken)",
        "en": "text too long (at most {max} characters)",
    },
    "form.v_reason": {
        "fi": "perustelu kuuluu vain vastauksille ”Ei koske” ja ”En osaa sanoa”",
        "sv": "en motivering hör bara till svaren ”Gäller inte” och ”Kan inte säga”",
        "en": "a reason belongs only with the answers “does not apply” and “don't know”",
    },
    "form.v_time": {
        "fi": "aika pitää kirjoittaa aikavyöhykkeen kanssa, esim. 2026-11-02T10:00:00+02:00",
        "sv": "tiden ska anges med tidszon, t.ex. 2026-11-02T10:00:00+02:00",
        "en": "the time must carry its UTC offset, e.g. 2026-11-02T10:00:00+02:00",
    },
    # Project and respondent
    "form.project_heading": {
        "fi": "Arvioitava toiminta",
        "sv": "Verksamheten som bedöms",
        "en": "The activity assessed",
    },
    "form.respondent_heading": {"fi": "Vastaaja", "sv": "Svarande", "en": "Respondent"},
    "form.required": {"fi": "pakollinen", "sv": "obligatoriskt", "en": "required"},
    "form.optional": {"fi": "vapaaehtoinen", "sv": "frivilligt", "en": "optional"},
    "form.project_code": {
        "fi": "Hankekoodi (esim. EURA-koodi)",
        "sv": "Projektkod (t.ex. EURA-kod)",
        "en": "Project code (e.g. the EURA code)",
    },
    "form.project_organisation": {"fi": "Organisaatio", "sv": "Organisation", "en": "Organisation"},
    "form.project_region": {"fi": "Alue tai kunta", "sv": "Område eller kommun", "en": "Region or municipality"},
    "form.respondent_note": {
        "fi": "Nimi ja rooli auttavat kokoajaa erottamaan vastaukset. Nimet eivät näy raportissa.",
        "sv": "Namn och roll hjälper den som sammanställer att skilja svaren åt. Namnen syns inte i rapporten.",
        "en": "A name and role help whoever merges the answers to tell them apart. Names never appear in the report.",
    },
    "form.err_project": {
        "fi": "Kirjoita hankkeen tai toiminnan nimi.",
        "sv": "Skriv projektets eller verksamhetens namn.",
        "en": "Type the name of the project or activity.",
    },
    "form.err_phase": {
        "fi": "Valitse, missä vaiheessa toiminta on.",
        "sv": "Välj i vilken fas verksamheten är.",
        "en": "Choose which phase the activity is in.",
    },
    "form.err_short": {
        "fi": "Teksti on liian pitkä: {count} merkkiä, enintään {max}.",
        "sv": "Texten är för lång: {count} tecken, högst {max}.",
        "en": "The text is too long: {count} characters, at most {max}.",
    },
    # One question
    "form.special_or": {"fi": "tai", "sv": "eller", "en": "or"},
    "form.clear_choice": {"fi": "Poista valinta", "sv": "Ta bort valet", "en": "Clear the choice"},
    "form.choice_cleared": {
        "fi": "Kysymyksen {number} valinta poistettu.",
        "sv": "Valet för fråga {number} har tagits bort.",
        "en": "The choice for question {number} was cleared.",
    },
    "form.text_needs_choice": {
        "fi": "Valitse myös vastaus: teksti tallentuu tiedostoon vain valitun vastauksen kanssa.",
        "sv": "Välj också ett svar: texten sparas i filen bara tillsammans med ett valt svar.",
        "en": "Choose an answer too: the text is saved to the file only together with a chosen answer.",
    },
    "form.paper_choose": {
        "fi": "Rastita yksi vaihtoehto.",
        "sv": "Kryssa för ett alternativ.",
        "en": "Tick one option.",
    },
    # Progress, navigation and summary
    "form.progress": {
        "fi": "Vastattu {answered}/{total}",
        "sv": "{answered}/{total} besvarade",
        "en": "{answered} of {total} answered",
    },
    "form.jump_heading": {"fi": "Siirry kysymykseen", "sv": "Gå till en fråga", "en": "Go to a question"},
    "form.status_answered": {"fi": "vastattu", "sv": "besvarad", "en": "answered"},
    "form.status_missing": {"fi": "ei vastausta", "sv": "inte besvarad", "en": "not answered"},
    "form.jump_question": {"fi": "Kysymys {number}", "sv": "Fråga {number}", "en": "Question {number}"},
    "form.summary_heading": {
        "fi": "Yhteenveto osioittain",
        "sv": "Sammanfattning per avsnitt",
        "en": "Summary by section",
    },
    "form.col_section": {"fi": "Osio", "sv": "Avsnitt", "en": "Section"},
    "form.col_answered": {"fi": "Arvioitu", "sv": "Bedömda", "en": "Rated"},
    "form.col_na": {"fi": "Ei koske", "sv": "Gäller inte", "en": "Does not apply"},
    "form.col_dont_know": {"fi": "En osaa sanoa", "sv": "Kan inte säga", "en": "Don't know"},
    "form.col_missing": {"fi": "Puuttuu", "sv": "Saknas", "en": "Missing"},
    "form.total": {"fi": "Yhteensä", "sv": "Totalt", "en": "Total"},
    "form.first_missing": {
        "fi": "Ensimmäinen vastaamaton: kysymys {number}",
        "sv": "Första obesvarade: fråga {number}",
        "en": "First unanswered: question {number}",
    },
    "form.all_answered": {
        "fi": "Kaikkiin kysymyksiin on vastattu. Muista tallentaa vastaukset.",
        "sv": "Alla frågor är besvarade. Kom ihåg att spara svaren.",
        "en": "All questions have been answered. Remember to save your answers.",
    },
    # Saving and printing
    "form.save": {"fi": "Tallenna vastaukset", "sv": "Spara svaren", "en": "Save answers"},
    "form.save_hint": {
        "fi": "Tallentaa vastaukset tiedostoon {file} selaimen latauskansioon. Voit tallentaa keskeneräisenäkin.",
        "sv": "Sparar svaren i filen {file} i webbläsarens mapp för hämtade filer. Du kan spara också när du inte är klar.",
        "en": "Saves the answers to {file} in the browser's downloads folder. You can save unfinished answers too.",
    },
    "form.phase_file": {
        "fi": "Vastaukset tallennetaan {phase_of} omaan tiedostoon {file}; avattu {earlier_of} tiedosto {earlier} pysyy ennallaan. Säilytä molemmat: raportti laskee sinut kumpaankin vaiheeseen.",
        "sv": "Svaren för {phase_of} sparas i en egen fil, {file}; den öppnade filen {earlier} för {earlier_of} förblir oförändrad. Behåll båda: rapporten räknar dig i båda faserna.",
        "en": "Answers for {phase_of} are saved in a file of their own, {file}; the opened file {earlier} for {earlier_of} stays unchanged. Keep both: the report counts you in both phases.",
    },
    "form.saved": {
        "fi": "Tallennettu tiedostoon {file} klo {time} — vastattu {answered}/{total}. Lähetä tiedosto sille, joka kokoaa vastaukset.",
        "sv": "Sparat i filen {file} kl. {time} — {answered}/{total} besvarade. Skicka filen till den som sammanställer svaren.",
        "en": "Saved to {file} at {time} — {answered} of {total} answered. Send the file to whoever collects the answers.",
    },
    "form.saved_texts_left": {
        "fi": "Huom: kysymysten {numbers} tekstit eivät tallentuneet, koska niihin ei ole valittu vastausta.",
        "sv": "Obs: texterna i frågorna {numbers} sparades inte, eftersom inget svar har valts för dem.",
        "en": "Note: the texts of questions {numbers} were not saved, because no answer is chosen for them.",
    },
    "form.save_blocked": {
        "fi": "Vastauksia ei tallennettu: korjaa ensin merkityt kohdat ({count}).",
        "sv": "Svaren sparades inte: rätta först de markerade punkterna ({count}).",
        "en": "The answers were not saved: first correct the marked places ({count}).",
    },
    "form.unsaved": {
        "fi": "Tallentamattomia muutoksia",
        "sv": "Osparade ändringar",
        "en": "Unsaved changes",
    },
    "form.saved_at": {
        "fi": "Tallennettu klo {time}",
        "sv": "Sparat kl. {time}",
        "en": "Saved at {time}",
    },
    "form.print": {"fi": "Tulosta", "sv": "Skriv ut", "en": "Print"},
    "form.paper_note": {
        "fi": "Paperilomake: rastita kuhunkin kysymykseen yksi vaihtoehto ja kirjoita vastaukset niille varattuihin tiloihin.",
        "sv": "Pappersblankett: kryssa för ett alternativ för varje fråga och skriv svaren i rutorna.",
        "en": "Paper form: tick one option for each question and write your answers in the boxes.",
    },
    "form.printed_answers": {
        "fi": "Vastaukset tulostettu {time}.",
        "sv": "Svaren utskrivna {time}.",
        "en": "Answers printed {time}.",
    },
    "form.noscript": {
        "fi": "Lomake tarvitsee toimiakseen JavaScriptin. Avaa tiedosto tavallisella selaimella (esim. Edge, Chrome, Firefox tai Safari).",
        "sv": "Blanketten behöver JavaScript. Öppna filen i en vanlig webbläsare (t.ex. Edge, Chrome, Firefox eller Safari).",
        "en": "The form needs JavaScript. Open the file in an ordinary browser (e.g. Edge, Chrome, Firefox or Safari).",
    },
    "form.footer": {
        "fi": "Tehty osallisuus-työkalun versiolla {version}. Kysymykset: {publisher}.",
        "sv": "Gjord med verktyget osallisuus {version}. Frågorna: {publisher}.",
        "en": "Made with the osallisuus tool {version}. Questions: {publisher}.",
    },
}
