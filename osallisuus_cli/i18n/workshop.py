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
        "sv": "avsnittet {section} finns inte. Avsnitt: {known}.",
        "en": "there is no section {section}. Sections: {known}.",
    },
    "workshop.err_locked": {
        "fi": "kysymyssarja {set} on lukittu (locked: true): sen julkaisija sallii sen vain virallisessa käytössä, eikä siihen saa vastata ja keskustella vastauksista samassa istunnossa. Kerää vastaukset yksitellen (assess, form tai import).",
        "sv": "frågeuppsättningen {set} är låst (locked: true): utgivaren tillåter den bara i officiellt bruk, och den får inte besvaras och diskuteras i samma session. Samla in svaren ett i taget (assess, form eller import).",
        "en": "the question set {set} is locked (locked: true): its publisher allows it only in its official use, and it must not be answered and discussed in the same session. Collect the answers one by one (assess, form or import).",
    },
    "workshop.err_project": {
        "fi": "työpajalle tarvitaan hankkeen nimi: anna --project NIMI (tai luo projektitiedosto komennolla osallisuus init).",
        "sv": "workshoppen behöver projektets namn: ange --project NAMN (eller skapa en projektfil med osallisuus init).",
        "en": "the workshop needs the project's name: give --project NAME (or create a project file with osallisuus init).",
    },
    "workshop.err_exists": {
        "fi": "{target} on jo olemassa — jatka sitä valinnalla --resume {target} tai anna uusi nimi valinnalla -o.",
        "sv": "{target} finns redan — fortsätt den med --resume {target} eller ange ett nytt namn med -o.",
        "en": "{target} already exists — continue it with --resume {target} or give a new name with -o.",
    },
    "workshop.err_resume_with": {
        "fi": "{option} koskee vain uutta istuntoa; jatkettu istunto pitää kysymyksensä, hankkeensa ja min_group-rajansa.",
        "sv": "{option} gäller bara en ny session; en fortsatt session behåller sina frågor, sitt projekt och sin min_group-gräns.",
        "en": "{option} applies only to a new session; a resumed session keeps its questions, project and min_group.",
    },
    "workshop.err_running": {
        "fi": "istunto {target} on jo käynnissä toisessa ikkunassa — avaa sen vetäjän sivu: {url}",
        "sv": "sessionen {target} körs redan i ett annat fönster — öppna dess ledarsida: {url}",
        "en": "the session {target} is already running in another window — open its facilitator's page: {url}",
    },
    "workshop.f_refused_elsewhere": {
        "fi": "Työpajatiedostoa on muutettu tämän istunnon ulkopuolelta (toinen istunto?). Tätä eikä mitään myöhempää tallenneta: lopeta tämä istunto (Ctrl-C) ja jatka tiedostoa yhdestä paikasta.",
        "sv": "Workshopfilen har ändrats utanför den här sessionen (en annan session?). Detta och inget senare sparas: avsluta den här sessionen (Ctrl-C) och fortsätt filen från ett ställe.",
        "en": "The workshop file was changed outside this session (another session?). Neither this nor anything later is saved: stop this session (Ctrl-C) and continue the file from one place.",
    },
    "workshop.err_no_network": {
        "fi": "tällä koneella ei löytynyt verkkoyhteyttä puhelimia varten. Anna osoite valinnalla --address, tai pidä istunto huoneen tilassa ilman valintaa --lan.",
        "sv": "ingen nätverksanslutning för telefonerna hittades på den här datorn. Ange adressen med --address, eller håll sessionen i rumsläge utan --lan.",
        "en": "no network connection for phones was found on this computer. Give the address with --address, or run the session in room mode without --lan.",
    },
    "workshop.err_address": {
        "fi": "osoitteeseen {address} ei voi sitoutua ({reason}). Anna tämän koneen oma verkko-osoite, esim. --address 192.168.1.20.",
        "sv": "det går inte att binda till adressen {address} ({reason}). Ange en egen nätverksadress för den här datorn, t.ex. --address 192.168.1.20.",
        "en": "cannot listen on address {address} ({reason}). Give an address of this computer, e.g. --address 192.168.1.20.",
    },
    "workshop.err_port": {
        "fi": "porttia {port} ei voi käyttää ({reason}). Anna toinen valinnalla --port tai jätä valinta pois.",
        "sv": "porten {port} kan inte användas ({reason}). Ange en annan med --port eller utelämna flaggan.",
        "en": "port {port} cannot be used ({reason}). Give another with --port or leave the option out.",
    },
    "workshop.err_address_needs_lan": {
        "fi": "--address koskee vain puhelimia: käytä sitä yhdessä valinnan --lan kanssa.",
        "sv": "--address gäller bara telefonerna: använd den tillsammans med --lan.",
        "en": "--address is for phones only: use it together with --lan.",
    },
    "workshop.started.one": {
        "fi": "Työpaja: {project} · vaihe {phase} · 1 kysymys · tiedosto {target}",
        "sv": "Workshop: {project} · fas {phase} · 1 fråga · fil {target}",
        "en": "Workshop: {project} · phase {phase} · 1 question · file {target}",
    },
    "workshop.started.other": {
        "fi": "Työpaja: {project} · vaihe {phase} · {count} kysymystä · tiedosto {target}",
        "sv": "Workshop: {project} · fas {phase} · {count} frågor · fil {target}",
        "en": "Workshop: {project} · phase {phase} · {count} questions · file {target}",
    },
    "workshop.open_facilitator": {
        "fi": "Avaa vetäjän sivu selaimessa (ensimmäinen osoite) ja näytä se seinällä. Istunto tallentuu jokaisen tapahtuman jälkeen; Ctrl-C keskeyttää.",
        "sv": "Öppna ledarens sida i webbläsaren (den första adressen) och visa den på väggen. Sessionen sparas efter varje händelse; Ctrl-C avbryter.",
        "en": "Open the facilitator's page in a browser (the first address) and show it on the wall. The session is saved after every event; Ctrl-C stops.",
    },
    "workshop.phones_address": {
        "fi": "Osallistujat: toinen osoite (myös QR-koodina vetäjän sivulla). Samassa verkossa liikkuu vain nimettömiä arvioita.",
        "sv": "Deltagarna: den andra adressen (också som QR-kod på ledarens sida). I nätverket rör sig bara anonyma bedömningar.",
        "en": "Participants: the second address (also as a QR code on the facilitator's page). Only anonymous ratings cross the network.",
    },
    "workshop.room_only": {
        "fi": "Huoneen tila: kirjoita korteilla annettujen arvioiden määrät vetäjän sivulle. Puhelimille: --lan.",
        "sv": "Rumsläge: skriv in antalet bedömningar som getts med kort på ledarens sida. För telefoner: --lan.",
        "en": "Room mode: type the counts of the ratings given with cards on the facilitator's page. For phones: --lan.",
    },
    "workshop.finished": {
        "fi": "Työpaja päättyi ja on tallessa: {target}. Raportti: {command} (tai koko kansio).",
        "sv": "Workshoppen är avslutad och sparad: {target}. Rapport: {command} (eller hela mappen).",
        "en": "The workshop has ended and is saved: {target}. Report: {command} (or the whole folder).",
    },
    "workshop.interrupted": {
        "fi": "Keskeytetty. Kaikki on tallessa tiedostossa {target}; jatka komennolla: {command}",
        "sv": "Avbrutet. Allt är sparat i {target}; fortsätt med: {command}",
        "en": "Stopped. Everything is saved in {target}; continue with: {command}",
    },
    "workshop.file_stem": {"fi": "tyopaja", "sv": "workshop", "en": "workshop"},
    "workshop.cards_written": {
        "fi": "Tasokortit kirjoitettu: {target}. Tulosta ne A4-arkeille (yksi taso sivulle).",
        "sv": "Nivåkorten har skrivits: {target}. Skriv ut dem på A4 (en nivå per sida).",
        "en": "Level cards written: {target}. Print them on A4 (one level per page).",
    },
    "workshop.cards_stem": {"fi": "tasokortit", "sv": "nivakort", "en": "level-cards"},
    "workshop.cards_title": {
        "fi": "{set} — tasokortit",
        "sv": "{set} — nivåkort",
        "en": "{set} — level cards",
    },
    "workshop.cards_intro": {
        "fi": "Tulosta kortit A4-arkeille, yksi sarja kullekin osallistujalle. Kun vetäjä pyytää, jokainen nostaa valitsemansa kortin yhtä aikaa; vetäjä laskee kortit ja kirjoittaa määrät työpajan sivulle.",
        "sv": "Skriv ut korten på A4, en uppsättning per deltagare. När ledaren ber om det lyfter alla det kort de valt samtidigt; ledaren räknar korten och skriver in antalen på workshopsidan.",
        "en": "Print the cards on A4, one set for each participant. When the facilitator asks, everyone raises the card they chose at the same time; the facilitator counts the cards and types the counts into the workshop page.",
    },
    # Both pages
    "workshop.page_title": {"fi": "Työpaja: {project}", "sv": "Workshop: {project}", "en": "Workshop: {project}"},
    "workshop.page_noscript": {
        "fi": "Tämä sivu tarvitsee JavaScriptin. Jos se ei ole käytössä, arvioi kortilla tai paperilla.",
        "sv": "Den här sidan behöver JavaScript. Om det inte går, bedöm med kort eller på papper.",
        "en": "This page needs JavaScript. If that is not possible, rate with a card or on paper.",
    },
    # The facilitator's page
    "workshop.f_eyebrow": {
        "fi": "Työpaja — vetäjän näkymä",
        "sv": "Workshop — ledarens vy",
        "en": "Workshop — facilitator's view",
    },
    "workshop.f_counter": {"fi": "Kysymys {n}/{total}", "sv": "Fråga {n}/{total}", "en": "Question {n}/{total}"},
    "workshop.f_rated": {
        "fi": "{rated}/{seats} on arvioinut",
        "sv": "{rated}/{seats} har bedömt",
        "en": "{rated}/{seats} have rated",
    },
    "workshop.f_rated_none": {
        "fi": "Arvioikaa hiljaa kortilla tai paperilla; kirjoita sitten määrät alle.",
        "sv": "Bedöm tyst med kort eller på papper; skriv sedan in antalen nedan.",
        "en": "Rate silently with a card or on paper; then type the counts below.",
    },
    "workshop.f_revealed_status": {
        "fi": "Arviot paljastettu: {rated} arviota",
        "sv": "Bedömningarna visade: {rated} bedömningar",
        "en": "Ratings revealed: {rated} ratings",
    },
    "workshop.f_room_heading": {
        "fi": "Huoneessa annetut arviot",
        "sv": "Bedömningar i rummet",
        "en": "Ratings given in the room",
    },
    "workshop.f_room_hint": {
        "fi": "Montako valitsi kunkin tason korteilla tai paperilla? Luvut lisätään puhelimilla annettuihin. Jätä tyhjäksi, jos kaikki arvioivat puhelimella.",
        "sv": "Hur många valde varje nivå med kort eller på papper? Talen läggs till bedömningarna från telefonerna. Lämna tomt om alla bedömde med telefon.",
        "en": "How many chose each level with cards or on paper? These are added to the ratings from phones. Leave empty if everyone rated on a phone.",
    },
    "workshop.f_reveal": {"fi": "Paljasta arviot", "sv": "Visa bedömningarna", "en": "Reveal the ratings"},
    "workshop.f_bad_count": {
        "fi": "Kirjoita tason ”{level}” määräksi kokonaisluku 0–200.",
        "sv": "Skriv ett heltal 0–200 som antal för nivån ”{level}”.",
        "en": "Type a whole number 0–200 as the count for “{level}”.",
    },
    "workshop.f_result_heading": {
        "fi": "Arvioiden jakauma",
        "sv": "Bedömningarnas fördelning",
        "en": "How the ratings fell",
    },
    "workshop.f_result_total": {
        "fi": "{rated} arviota: {phones} puhelimella, {room} huoneessa",
        "sv": "{rated} bedömningar: {phones} med telefon, {room} i rummet",
        "en": "{rated} ratings: {phones} on phones, {room} in the room",
    },
    "workshop.f_disagreement": {
        "fi": "Näkemykset eroavat vähintään kaksi tasoa — tästä kannattaa keskustella.",
        "sv": "Synsätten skiljer sig med minst två nivåer — det här är värt att diskutera.",
        "en": "Views are two or more levels apart — this is the thing to talk about.",
    },
    "workshop.f_spread_only": {
        "fi": "Arvioita on alle {min}, joten näytetään vain vaihteluväli: {low}–{high}.",
        "sv": "Det finns färre än {min} bedömningar, så bara spridningen visas: {low}–{high}.",
        "en": "Fewer than {min} ratings, so only the spread is shown: {low}–{high}.",
    },
    "workshop.f_no_numbers": {
        "fi": "Arvioita on alle {min}, eikä yksikään niistä ole asteikon taso.",
        "sv": "Det finns färre än {min} bedömningar och ingen av dem är en nivå på skalan.",
        "en": "Fewer than {min} ratings, and none of them is a level of the scale.",
    },
    "workshop.f_notes_heading": {"fi": "Mitä sovimme", "sv": "Vad vi kom överens om", "en": "What we agreed"},
    "workshop.f_notes_after_reveal": {
        "fi": "Kirjaukset tehdään, kun arviot on paljastettu.",
        "sv": "Anteckningarna görs när bedömningarna har visats.",
        "en": "The notes are written once the ratings are revealed.",
    },
    "workshop.f_how": {
        "fi": "Miten tämä tehdään käytännössä",
        "sv": "Hur det här görs i praktiken",
        "en": "How this is done in practice",
    },
    "workshop.f_next_step": {"fi": "Seuraava askel", "sv": "Nästa steg", "en": "Next step"},
    "workshop.f_differ": {
        "fi": "Miksi näkemykset eroavat",
        "sv": "Varför synsätten skiljer sig",
        "en": "Why views differ",
    },
    "workshop.f_save_notes": {"fi": "Tallenna kirjaukset", "sv": "Spara anteckningarna", "en": "Save the notes"},
    "workshop.f_notes_saved": {
        "fi": "Kirjaukset tallennettu.",
        "sv": "Anteckningarna har sparats.",
        "en": "Notes saved.",
    },
    "workshop.f_previous": {"fi": "Edellinen kysymys", "sv": "Föregående fråga", "en": "Previous question"},
    "workshop.f_next": {"fi": "Seuraava kysymys", "sv": "Nästa fråga", "en": "Next question"},
    "workshop.f_finish": {"fi": "Lopeta istunto", "sv": "Avsluta sessionen", "en": "End the session"},
    "workshop.f_finish_confirm": {
        "fi": "Vahvista: lopeta istunto",
        "sv": "Bekräfta: avsluta sessionen",
        "en": "Confirm: end the session",
    },
    "workshop.f_finished": {
        "fi": "Istunto on päättynyt ja tallessa. Voit sulkea tämän sivun.",
        "sv": "Sessionen är avslutad och sparad. Du kan stänga den här sidan.",
        "en": "The session has ended and is saved. You can close this page.",
    },
    "workshop.f_phones_heading": {
        "fi": "Osallistu puhelimella",
        "sv": "Delta med telefon",
        "en": "Take part on a phone",
    },
    "workshop.f_phones_off": {
        "fi": "Puhelimet eivät ole käytössä: istunto toimii huoneen tilassa. Puhelimia varten lopeta istunto päätteessä (Ctrl-C) ja jatka sitä tällä komennolla – mitään ei menetetä:",
        "sv": "Telefonerna används inte: sessionen körs i rumsläge. För telefoner, avbryt sessionen i terminalen (Ctrl-C) och fortsätt den med det här kommandot – inget går förlorat:",
        "en": "Phones are off: the session runs in room mode. For phones, stop the session in the terminal (Ctrl-C) and continue it with this command — nothing is lost:",
    },
    "workshop.f_qr_alt": {
        "fi": "QR-koodi osallistujien osoitteeseen {url}",
        "sv": "QR-kod till deltagarnas adress {url}",
        "en": "QR code for the participants' address {url}",
    },
    "workshop.f_connection_lost": {
        "fi": "Yhteys katkesi — yritetään uudelleen. Kaikki tähänastinen on tallessa.",
        "sv": "Förbindelsen bröts — försöker igen. Allt hittills är sparat.",
        "en": "The connection was lost — trying again. Everything so far is saved.",
    },
    "workshop.f_error": {
        "fi": "Toiminto ei onnistunut ({reason}).",
        "sv": "Åtgärden lyckades inte ({reason}).",
        "en": "The action did not succeed ({reason}).",
    },
    "workshop.f_refused_revealed": {
        "fi": "Arviot on jo paljastettu.",
        "sv": "Bedömningarna har redan visats.",
        "en": "The ratings have already been revealed.",
    },
    "workshop.f_refused_too_many": {
        "fi": "Arvioita on enemmän kuin 200 — tarkista huoneen määrät.",
        "sv": "Fler än 200 bedömningar — kontrollera antalen i rummet.",
        "en": "More than 200 ratings — check the room counts.",
    },
    "workshop.f_unrevealed": {
        "fi": "Tämän kysymyksen arvioita ({rated}) ei ole paljastettu: ne jäävät pois, jos siirryt. Paina uudelleen siirtyäksesi tai paljasta ensin.",
        "sv": "Bedömningarna ({rated}) av den här frågan har inte visats: de faller bort om du går vidare. Tryck igen för att gå vidare, eller visa dem först.",
        "en": "This question's ratings ({rated}) have not been revealed: they are dropped if you move on. Press again to move on, or reveal them first.",
    },
    "workshop.f_refused_unrevealed": {
        "fi": "Arvioita ei ole paljastettu: paljasta ne ensin tai vahvista siirtyminen painamalla uudelleen.",
        "sv": "Bedömningarna har inte visats: visa dem först eller bekräfta genom att trycka igen.",
        "en": "The ratings have not been revealed: reveal them first, or confirm by pressing again.",
    },
    "workshop.f_refused_end": {
        "fi": "Kysymyksiä ei ole enempää tähän suuntaan.",
        "sv": "Det finns inga fler frågor åt det hållet.",
        "en": "There are no more questions that way.",
    },
    "workshop.f_refused_too_long": {
        "fi": "Kirjaus on liian pitkä (enintään 20 000 merkkiä).",
        "sv": "Anteckningen är för lång (högst 20 000 tecken).",
        "en": "The note is too long (at most 20,000 characters).",
    },
    # The phones' page
    "workshop.p_title": {"fi": "Työpaja — arvioi", "sv": "Workshop — bedöm", "en": "Workshop — rate"},
    "workshop.p_language": {"fi": "Kieli", "sv": "Språk", "en": "Language"},
    # each language's name in itself: the picker shows every name in its own language
    "workshop.p_lang_name": {"fi": "suomi", "sv": "svenska", "en": "English"},
    "workshop.p_counter": {"fi": "Kysymys {n}/{total}", "sv": "Fråga {n}/{total}", "en": "Question {n}/{total}"},
    "workshop.p_hint": {
        "fi": "Valitse taso. Kukaan ei näe valintaasi: ryhmä näkee vain yhteenvedon, kun vetäjä paljastaa arviot. Voit vaihtaa valintaa siihen asti.",
        "sv": "Välj en nivå. Ingen ser ditt val: gruppen ser bara en sammanställning när ledaren visar bedömningarna. Du kan ändra ditt val fram till dess.",
        "en": "Choose a level. Nobody sees your choice: the group sees only a summary when the facilitator reveals the ratings. You can change it until then.",
    },
    "workshop.p_saved": {
        "fi": "Arviosi on tallessa: {level}.",
        "sv": "Din bedömning är sparad: {level}.",
        "en": "Your rating is saved: {level}.",
    },
    "workshop.p_rated": {
        "fi": "{rated}/{seats} on arvioinut.",
        "sv": "{rated}/{seats} har bedömt.",
        "en": "{rated}/{seats} have rated.",
    },
    "workshop.p_new_question": {"fi": "Uusi kysymys ({n}).", "sv": "Ny fråga ({n}).", "en": "New question ({n})."},
    "workshop.p_result_heading": {"fi": "Ryhmän arviot", "sv": "Gruppens bedömningar", "en": "The group's ratings"},
    "workshop.p_own": {
        "fi": "Oma valintasi: {level}. Vain tämä puhelin tietää sen.",
        "sv": "Ditt eget val: {level}. Bara den här telefonen vet det.",
        "en": "Your own choice: {level}. Only this phone knows it.",
    },
    "workshop.p_own_mark": {"fi": "oma valintasi", "sv": "ditt val", "en": "your choice"},
    "workshop.p_revealed": {
        "fi": "Arviot paljastettu: {rated} arviota.",
        "sv": "Bedömningarna visade: {rated} bedömningar.",
        "en": "Ratings revealed: {rated} ratings.",
    },
    "workshop.p_spread_only": {
        "fi": "Arvioita on alle {min}: vain vaihteluväli {low}–{high}.",
        "sv": "Färre än {min} bedömningar: bara spridningen {low}–{high}.",
        "en": "Fewer than {min} ratings: only the spread, {low}–{high}.",
    },
    "workshop.p_no_numbers": {
        "fi": "Arvioita on alle {min}, eikä yksikään ole asteikon taso.",
        "sv": "Färre än {min} bedömningar, och ingen är en nivå på skalan.",
        "en": "Fewer than {min} ratings, and none is a level of the scale.",
    },
    "workshop.p_disagreement": {
        "fi": "Näkemykset eroavat vähintään kaksi tasoa.",
        "sv": "Synsätten skiljer sig med minst två nivåer.",
        "en": "Views are two or more levels apart.",
    },
    "workshop.p_wait": {
        "fi": "Keskustelkaa arvioista. Seuraava kysymys tulee tähän, kun vetäjä avaa sen.",
        "sv": "Diskutera bedömningarna. Nästa fråga visas här när ledaren öppnar den.",
        "en": "Talk about the ratings. The next question appears here when the facilitator opens it.",
    },
    "workshop.p_connecting": {"fi": "Yhdistetään…", "sv": "Ansluter…", "en": "Connecting…"},
    "workshop.p_connection_lost": {
        "fi": "Yhteys katkesi — yritetään uudelleen. Arviosi on tallessa.",
        "sv": "Förbindelsen bröts — försöker igen. Din bedömning är sparad.",
        "en": "The connection was lost — trying again. Your rating is saved.",
    },
    "workshop.p_closed": {
        "fi": "Istunto on päättynyt. Kiitos!",
        "sv": "Sessionen är avslutad. Tack!",
        "en": "The session has ended. Thank you!",
    },
    "workshop.p_full": {
        "fi": "Istunto on täynnä. Arvioi kortilla tai paperilla.",
        "sv": "Sessionen är full. Bedöm med kort eller på papper.",
        "en": "The session is full. Rate with a card or on paper.",
    },
    "workshop.p_refused_limit": {
        "fi": "Olet vaihtanut arviota jo monta kertaa; viimeksi tallennettu arvio jää voimaan.",
        "sv": "Du har redan ändrat bedömningen många gånger; den senast sparade gäller.",
        "en": "You have changed your rating many times already; the last one saved stands.",
    },
    "workshop.p_refused_closed": {
        "fi": "Tämän kysymyksen arviointi on jo päättynyt; arviota ei tallennettu.",
        "sv": "Bedömningen av den här frågan har redan avslutats; bedömningen sparades inte.",
        "en": "Rating of this question has already closed; the rating was not saved.",
    },
    "workshop.p_refused": {
        "fi": "Arviota ei tallennettu ({reason}).",
        "sv": "Bedömningen sparades inte ({reason}).",
        "en": "The rating was not saved ({reason}).",
    },
    # Merge
    "workshop.merge_kept.one": {
        "fi": "Työpajoja: {count} (tiimitiedostossa omana kohtanaan, ei vastaajina)",
        "sv": "Workshoppar: {count} (i teamfilen för sig, inte som svarande)",
        "en": "Workshops: {count} (kept apart in the team file, not as respondents)",
    },
    "workshop.merge_kept.other": {
        "fi": "Työpajoja: {count} (tiimitiedostossa omana kohtanaan, ei vastaajina)",
        "sv": "Workshoppar: {count} (i teamfilen för sig, inte som svarande)",
        "en": "Workshops: {count} (kept apart in the team file, not as respondents)",
    },
    # Export
    "workshop.export_written.one": {
        "fi": "Työpajoja: {count}, rivejä: {rows} (työpaja × kysymys × taso) → {file}",
        "sv": "Workshoppar: {count}, rader: {rows} (workshop × fråga × nivå) → {file}",
        "en": "Workshops: {count}, rows: {rows} (workshop × question × level) → {file}",
    },
    "workshop.export_written.other": {
        "fi": "Työpajoja: {count}, rivejä: {rows} (työpaja × kysymys × taso) → {file}",
        "sv": "Workshoppar: {count}, rader: {rows} (workshop × fråga × nivå) → {file}",
        "en": "Workshops: {count}, rows: {rows} (workshop × question × level) → {file}",
    },
    "workshop.export_apart.one": {
        "fi": "Aineistossa on myös {count} työpaja; sen arviot eivät ole näillä vastaajien riveillä (vie ne: --by workshop).",
        "sv": "Materialet har också {count} workshop; dess bedömningar finns inte på dessa rader för svarande (exportera dem: --by workshop).",
        "en": "There is also {count} workshop; its ratings are not in these respondents' rows (export them: --by workshop).",
    },
    "workshop.export_apart.other": {
        "fi": "Aineistossa on myös {count} työpajaa; niiden arviot eivät ole näillä vastaajien riveillä (vie ne: --by workshop).",
        "sv": "Materialet har också {count} workshoppar; deras bedömningar finns inte på dessa rader för svarande (exportera dem: --by workshop).",
        "en": "There are also {count} workshops; their ratings are not in these respondents' rows (export them: --by workshop).",
    },
    # The report
    "workshop.r_heading": {"fi": "Työpajat", "sv": "Workshoppar", "en": "Workshops"},
    "workshop.r_intro": {
        "fi": "Työpajassa tiimi arvioi kysymykset yhdessä: jokainen ensin hiljaa, sitten arviot paljastettiin ja niistä keskusteltiin. Luvut ovat työpajan arvioita, eivät vastaustiedostoja: niitä ei lasketa vastaajien lukuihin.",
        "sv": "I en workshop bedömde teamet frågorna tillsammans: först var och en tyst, sedan visades bedömningarna och diskuterades. Siffrorna är workshoppens bedömningar, inte svarsfiler: de räknas inte in i de svarandes siffror.",
        "en": "In a workshop the team rated the questions together: each first silently, then the ratings were revealed and discussed. The figures are the workshop's ratings, not answer files: they are not counted in the respondents' figures.",
    },
    "workshop.r_title": {
        "fi": "Työpaja {date} – {project}",
        "sv": "Workshop {date} – {project}",
        "en": "Workshop {date} – {project}",
    },
    "workshop.r_phase": {"fi": "Vaihe", "sv": "Fas", "en": "Phase"},
    "workshop.r_participants.one": {
        "fi": "{count} osallistuja",
        "sv": "{count} deltagare",
        "en": "{count} participant",
    },
    "workshop.r_participants.other": {
        "fi": "{count} osallistujaa",
        "sv": "{count} deltagare",
        "en": "{count} participants",
    },
    "workshop.r_questions": {
        "fi": "Käsitellyt kysymykset: {done}/{planned}",
        "sv": "Behandlade frågor: {done}/{planned}",
        "en": "Questions discussed: {done}/{planned}",
    },
    "workshop.r_rated.one": {
        "fi": "{count} arvio ({phones} puhelimella, {room} huoneessa)",
        "sv": "{count} bedömning ({phones} med telefon, {room} i rummet)",
        "en": "{count} rating ({phones} on a phone, {room} in the room)",
    },
    "workshop.r_rated.other": {
        "fi": "{count} arviota ({phones} puhelimella, {room} huoneessa)",
        "sv": "{count} bedömningar ({phones} med telefon, {room} i rummet)",
        "en": "{count} ratings ({phones} on phones, {room} in the room)",
    },
    "workshop.r_only": {
        "fi": "Vastaustiedostoja ei ole: raportissa on vain työpajan arviot ja kirjaukset (alla).",
        "sv": "Det finns inga svarsfiler: rapporten har bara workshoppens bedömningar och anteckningar (nedan).",
        "en": "There are no answer files: the report has only the workshop's ratings and notes (below).",
    },
    "workshop.r_took_part": {"fi": "Osallistujia", "sv": "Deltagare", "en": "Took part"},
    "workshop.r_discussed": {"fi": "Käsitellyt kysymykset", "sv": "Behandlade frågor", "en": "Questions discussed"},
    "workshop.r_level": {"fi": "Taso", "sv": "Nivå", "en": "Level"},
    "workshop.r_count": {"fi": "Arvioita", "sv": "Bedömningar", "en": "Ratings"},
    "workshop.r_spread": {
        "fi": "Arvioita oli alle {min}, joten vain vaihteluväli näytetään: {low}–{high}.",
        "sv": "Det fanns färre än {min} bedömningar, så bara spridningen visas: {low}–{high}.",
        "en": "Fewer than {min} ratings, so only the spread is shown: {low}–{high}.",
    },
    "workshop.r_no_numbers": {
        "fi": "Arvioita oli alle {min}, eikä yksikään niistä ollut asteikon taso.",
        "sv": "Det fanns färre än {min} bedömningar och ingen av dem var en nivå på skalan.",
        "en": "Fewer than {min} ratings, and none of them was a level of the scale.",
    },
    "workshop.r_disagreement": {
        "fi": "Näkemykset erosivat vähintään kaksi tasoa.",
        "sv": "Synsätten skilde sig med minst två nivåer.",
        "en": "Views were two or more levels apart.",
    },
    "workshop.r_none": {
        "fi": "Työpajassa ei paljastettu yhtään arviota.",
        "sv": "Inga bedömningar visades i workshoppen.",
        "en": "No ratings were revealed in the workshop.",
    },
    # The workshop in the other outputs: the summary, the Innokylä appendix, the funder's text, the portfolio
    "workshop.s_intro": {
        "fi": "Tiimi arvioi kysymyksiä yhdessä työpajassa. Työpajan arviot ovat ryhmän, eivätkä ne sisälly vastaajien lukuihin.",
        "sv": "Teamet bedömde frågorna tillsammans i en workshop. Workshoppens bedömningar är gruppens och ingår inte i de svarandes siffror.",
        "en": "The team rated the questions together in a workshop. The workshop's ratings are the group's and are not part of the respondents' figures.",
    },
    "workshop.s_line": {
        "fi": "{participants}, käsitellyt kysymykset {done}/{planned}, {ratings} yhteensä.",
        "sv": "{participants}, behandlade frågor {done}/{planned}, {ratings} sammanlagt.",
        "en": "{participants}, questions discussed {done}/{planned}, {ratings} in all.",
    },
    "workshop.s_ratings.one": {"fi": "{count} arvio", "sv": "{count} bedömning", "en": "{count} rating"},
    "workshop.s_ratings.other": {"fi": "{count} arviota", "sv": "{count} bedömningar", "en": "{count} ratings"},
    "workshop.s_disagreements.one": {
        "fi": "Näkemykset erosivat vähintään kaksi tasoa yhdessä kysymyksessä: {numbers}.",
        "sv": "Synsätten skilde sig med minst två nivåer i en fråga: {numbers}.",
        "en": "Views were two or more levels apart on one question: {numbers}.",
    },
    "workshop.s_disagreements.other": {
        "fi": "Näkemykset erosivat vähintään kaksi tasoa {count} kysymyksessä: {numbers}.",
        "sv": "Synsätten skilde sig med minst två nivåer i {count} frågor: {numbers}.",
        "en": "Views were two or more levels apart on {count} questions: {numbers}.",
    },
    "workshop.s_col_question": {"fi": "Kysymys", "sv": "Fråga", "en": "Question"},
    "workshop.s_col_levels": {
        "fi": "Jakauma (taso: arvioita)",
        "sv": "Fördelning (nivå: bedömningar)",
        "en": "How they fell (level: ratings)",
    },
    "workshop.s_col_next": {
        "fi": "Sovittu seuraava askel",
        "sv": "Överenskommet nästa steg",
        "en": "Agreed next step",
    },
    "workshop.s_spread": {
        "fi": "vain vaihteluväli {low}–{high} (alle {min} arviota)",
        "sv": "bara spridningen {low}–{high} (färre än {min} bedömningar)",
        "en": "the spread only, {low}–{high} (fewer than {min} ratings)",
    },
    "workshop.i_held": {
        "fi": "Tiimi kävi kysymyksiä läpi yhteisessä työpajassa {date} ({participants}, käsitellyt kysymykset {done}/{planned}): jokainen arvioi ensin itse, sitten arvioista keskusteltiin ja kirjattiin, miten asia tehdään käytännössä.",
        "sv": "Teamet gick igenom frågorna i en gemensam workshop {date} ({participants}, behandlade frågor {done}/{planned}): var och en bedömde först själv, sedan diskuterades bedömningarna och man antecknade hur det görs i praktiken.",
        "en": "The team went through the questions in a joint workshop on {date} ({participants}, questions discussed {done}/{planned}): each first rated on their own, then the ratings were discussed and the group wrote down how this is done in practice.",
    },
    "workshop.i_apart": {
        "fi": "Työpajan arviot eivät sisälly vastaajien keskiarvoihin.",
        "sv": "Workshoppens bedömningar ingår inte i de svarandes medelvärden.",
        "en": "The workshop's ratings are not part of the respondents' means.",
    },
    "workshop.i_agreed": {
        "fi": "Työpajassa kirjattu: miten tämä tehdään käytännössä",
        "sv": "Antecknat i workshoppen: hur det görs i praktiken",
        "en": "Written down in the workshop: how this is done in practice",
    },
    "workshop.i_ref": {
        "fi": "kysymys {number}, työpaja {date}",
        "sv": "fråga {number}, workshop {date}",
        "en": "question {number}, workshop {date}",
    },
    "workshop.i_next_step": {
        "fi": "Sovittu seuraava askel",
        "sv": "Överenskommet nästa steg",
        "en": "Agreed next step",
    },
    "workshop.i_no_practices": {
        "fi": "Työpajassa ei kirjattu kuvauksia siitä, miten asiat tehdään käytännössä.",
        "sv": "I workshoppen antecknades inga beskrivningar av hur saker görs i praktiken.",
        "en": "The workshop wrote down no description of how things are done in practice.",
    },
    "workshop.fd_heading": {"fi": "Yhteinen työpaja", "sv": "Gemensam workshop", "en": "Team workshop"},
    "workshop.fd_held": {
        "fi": "Tiimi arvioi kysymyksiä yhteisessä työpajassa {date}: {participants}, käsitellyt kysymykset {done}/{planned}, {ratings} yhteensä.",
        "sv": "Teamet bedömde frågorna i en gemensam workshop {date}: {participants}, behandlade frågor {done}/{planned}, {ratings} sammanlagt.",
        "en": "The team rated the questions in a joint workshop on {date}: {participants}, questions discussed {done}/{planned}, {ratings} in all.",
    },
    "workshop.fd_method": {
        "fi": "Työpajassa jokainen arvioi ensin itse, sitten arviot paljastettiin ja niistä keskusteltiin. Osallistujia ei nimetä, eivätkä työpajan arviot sisälly edellä kerrottuihin vastaajien lukuihin.",
        "sv": "I workshoppen bedömde var och en först själv, sedan visades bedömningarna och diskuterades. Deltagarna namnges inte, och workshoppens bedömningar ingår inte i de svarandes siffror ovan.",
        "en": "In the workshop each first rated on their own, then the ratings were revealed and discussed. No participant is named, and the workshop's ratings are not part of the respondents' figures above.",
    },
    "workshop.fd_method_alone": {
        "fi": "Työpajassa jokainen arvioi ensin itse, sitten arviot paljastettiin ja niistä keskusteltiin. Osallistujia ei nimetä.",
        "sv": "I workshoppen bedömde var och en först själv, sedan visades bedömningarna och diskuterades. Deltagarna namnges inte.",
        "en": "In the workshop each first rated on their own, then the ratings were revealed and discussed. No participant is named.",
    },
    "workshop.fd_steps_intro": {
        "fi": "Työpajassa sovitut seuraavat askeleet:",
        "sv": "Nästa steg som man kom överens om i workshoppen:",
        "en": "Next steps agreed in the workshop:",
    },
    "workshop.pf_intro": {
        "fi": "Hankkeiden työpajat: ryhmän yhteiset arviot ja kirjaukset. Niitä ei lasketa hankkeiden vastaajiin eikä yllä oleviin lukuihin.",
        "sv": "Projektens workshoppar: gruppens gemensamma bedömningar och anteckningar. De räknas inte in i projektens svarande eller i siffrorna ovan.",
        "en": "The projects' workshops: the group's joint ratings and notes. They are not counted among the projects' respondents or in the figures above.",
    },
    "workshop.pf_col_date": {"fi": "Päivä", "sv": "Datum", "en": "Date"},
    "workshop.pf_col_disagreements": {
        "fi": "Näkemyseroja (kysymyksiä)",
        "sv": "Skilda synsätt (frågor)",
        "en": "Views apart (questions)",
    },
    "workshop.pf_col_agreed": {
        "fi": "Kirjauksia (kysymyksiä)",
        "sv": "Anteckningar (frågor)",
        "en": "Notes written (questions)",
    },
}
