"""Messages of the data check (validate, merge, report, export): what is odd in the answers, where, what to do."""

MESSAGES: dict[str, dict[str, str]] = {
    "datacheck.respondents": {
        "fi": "Vastaajat – {project}: {counts} (yhteensä {total})",
        "sv": "Svarande – {project}: {counts} (sammanlagt {total})",
        "en": "Respondents – {project}: {counts} ({total} in all)",
    },
    "datacheck.no_respondents": {
        "fi": "vastauksia ei ole, joten raportissa ei ole lukuja — pyydä tiimiä vastaamaan (osallisuus assess)",
        "sv": "det finns inga svar, så rapporten har inga siffror — be teamet svara (osallisuus assess)",
        "en": "there are no answers, so the report has no figures — ask the team to answer (osallisuus assess)",
    },
    "datacheck.small_group.one": {
        "fi": "{project}: {phase} on vain 1 vastaaja, {other} {other_n} — vaiheiden luvut kuvaavat eri ihmisiä; valitse raportin vaihe (report --phase) tai pyydä muita vastaamaan",
        "sv": "{project}: {phase} finns bara 1 svarande, {other} {other_n} — fasernas siffror beskriver olika personer; välj rapportens fas (report --phase) eller be fler svara",
        "en": "{project}: only 1 respondent {phase}, {other_n} {other} — the two phases' figures describe different people; choose the report's phase (report --phase) or ask others to answer",
    },
    "datacheck.small_group.other": {
        "fi": "{project}: {phase} on vain {count} vastaajaa, {other} {other_n} — vaiheiden luvut kuvaavat eri ihmisiä; valitse raportin vaihe (report --phase) tai pyydä muita vastaamaan",
        "sv": "{project}: {phase} finns bara {count} svarande, {other} {other_n} — fasernas siffror beskriver olika personer; välj rapportens fas (report --phase) eller be fler svara",
        "en": "{project}: only {count} respondents {phase}, {other_n} {other} — the two phases' figures describe different people; choose the report's phase (report --phase) or ask others to answer",
    },
    "datacheck.phase_differs": {
        "fi": "vaihe on {phase}, mutta projektitiedostossa {expected} — vastatkaa vaiheeseen {expected} (osallisuus assess --review tallentaa sen omaan tiedostoonsa, tämä säilyy) tai päivitä osallisuus.yaml",
        "sv": "fasen är {phase}, men i projektfilen {expected} — svara för fasen {expected} (osallisuus assess --review sparar den i en egen fil, den här finns kvar) eller uppdatera osallisuus.yaml",
        "en": "the phase is {phase}, but the project file says {expected} — answer for the {expected} phase (osallisuus assess --review saves it in a file of its own and keeps this one) or update osallisuus.yaml",
    },
    "datacheck.empty": {
        "fi": "tyhjä vastaustiedosto (0/{total} vastattu) jätetään pois luvuista — poista tiedosto tai pyydä vastaajaa jatkamaan",
        "sv": "tom svarsfil (0/{total} besvarade) lämnas utanför siffrorna — ta bort filen eller be den svarande fortsätta",
        "en": "empty answer file (0/{total} answered) left out of the figures — delete the file or ask the respondent to continue",
    },
    "datacheck.incomplete": {
        "fi": "vastattu {answered}/{total} kysymykseen — pyydä vastaajaa jatkamaan, jos vastaaminen jäi kesken (puuttuvat vastaukset eivät ole luvuissa)",
        "sv": "{answered}/{total} frågor besvarade — be den svarande fortsätta om svarandet blev avbrutet (svar som saknas ingår inte i siffrorna)",
        "en": "{answered}/{total} questions answered — ask the respondent to continue if they stopped half-way (missing answers are not in the figures)",
    },
    "datacheck.team_with_sources.one": {
        "fi": "tiimitiedosto annettiin yhdessä vastaustiedostojen kanssa, joista se on koottu (1 sama vastaus) — anna joko vastauskansio tai tiimitiedosto, ja pidä tiimitiedosto vastauskansion ulkopuolella",
        "sv": "teamfilen gavs tillsammans med svarsfilerna den är sammanställd av (1 svar finns i båda) — ange antingen svarsmappen eller teamfilen, och håll teamfilen utanför svarsmappen",
        "en": "the team file was given together with the answer files it was made from (1 response is in both) — give either the answers folder or the team file, and keep the team file outside the answers folder",
    },
    "datacheck.team_with_sources.other": {
        "fi": "tiimitiedosto annettiin yhdessä vastaustiedostojen kanssa, joista se on koottu ({count} samaa vastausta) — anna joko vastauskansio tai tiimitiedosto, ja pidä tiimitiedosto vastauskansion ulkopuolella",
        "sv": "teamfilen gavs tillsammans med svarsfilerna den är sammanställd av ({count} svar finns i båda) — ange antingen svarsmappen eller teamfilen, och håll teamfilen utanför svarsmappen",
        "en": "the team file was given together with the answer files it was made from ({count} responses are in both) — give either the answers folder or the team file, and keep the team file outside the answers folder",
    },
    "datacheck.team_sources_changed.one": {
        "fi": "anonymisoitu tiimitiedosto ja 1 sen jälkeen muuttunut lähdetiedosto ({files}) ovat molemmat mukana, joten samat ihmiset lasketaan kahdesti — anna vain vastauskansio ja tee tiimitiedosto uudelleen kansion ulkopuolelle (osallisuus merge answers/ -o tiimi.yaml)",
        "sv": "den anonymiserade teamfilen och 1 källfil som ändrats sedan dess ({files}) finns båda med, så samma personer räknas två gånger — ange bara svarsmappen och gör om teamfilen utanför mappen (osallisuus merge answers/ -o team.yaml)",
        "en": "the anonymised team file and 1 source file changed since ({files}) are both included, so the same people are counted twice — give only the answers folder and make the team file again outside it (osallisuus merge answers/ -o team.yaml)",
    },
    "datacheck.team_sources_changed.other": {
        "fi": "anonymisoitu tiimitiedosto ja {count} sen jälkeen muuttunutta lähdetiedostoa ({files}) ovat molemmat mukana, joten samat ihmiset lasketaan kahdesti — anna vain vastauskansio ja tee tiimitiedosto uudelleen kansion ulkopuolelle (osallisuus merge answers/ -o tiimi.yaml)",
        "sv": "den anonymiserade teamfilen och {count} källfiler som ändrats sedan dess ({files}) finns båda med, så samma personer räknas två gånger — ange bara svarsmappen och gör om teamfilen utanför mappen (osallisuus merge answers/ -o team.yaml)",
        "en": "the anonymised team file and {count} source files changed since ({files}) are both included, so the same people are counted twice — give only the answers folder and make the team file again outside it (osallisuus merge answers/ -o team.yaml)",
    },
    "datacheck.shared_file": {
        "fi": "tiedostossa ei ole vastaajan nimeä ja se on nimetty hankkeen mukaan: työkalun vanhemmat versiot tarjosivat saman tiedoston jokaiselle nimettömälle vastaajalle, joten siinä voi olla usean ihmisen vastauksia — tarkista, että siinä on yhden ihmisen vastaukset; kun olet tarkistanut sen, nimeä se uudelleen (esim. {checked}), niin huomautus ei enää toistu",
        "sv": "filen saknar den svarandes namn och är namngiven efter projektet: äldre versioner av verktyget erbjöd samma fil åt varje namnlös svarande, så den kan innehålla flera personers svar — kontrollera att den innehåller en persons svar; när du har kontrollerat den, byt namn på den (t.ex. {checked}), så upprepas anmärkningen inte längre",
        "en": "the file has no respondent's name and is named after the project: older versions of the tool offered the same file to every nameless respondent, so it may hold several people's answers — check that it holds one person's answers; once you have checked it, rename it (e.g. {checked}) and the warning is not repeated",
    },
    "datacheck.same_file.one": {
        "fi": "täsmälleen sama tiedosto on mukana myös nimellä {others} — vastaukset luettiin ja laskettiin vain "
        "kerran; poista ylimääräinen kopio (jos sen piti olla jonkun toisen vastaukset, pyydä ne häneltä)",
        "sv": "exakt samma fil finns också som {others} — svaren lästes och räknades bara en gång; ta bort den "
        "extra kopian (om den skulle vara någon annans svar, be personen om dem)",
        "en": "the very same file is also here as {others} — its answers were read and counted once; remove the "
        "extra copy (if it was meant to be someone else's answers, ask them for theirs)",
    },
    "datacheck.same_file.other": {
        "fi": "täsmälleen sama tiedosto on mukana myös nimillä {others} ({count} kopiota) — vastaukset luettiin ja "
        "laskettiin vain kerran; poista ylimääräiset kopiot (jos jonkin piti olla jonkun toisen vastaukset, pyydä "
        "ne häneltä)",
        "sv": "exakt samma fil finns också som {others} ({count} kopior) — svaren lästes och räknades bara en gång; "
        "ta bort de extra kopiorna (om någon av dem skulle vara någon annans svar, be personen om dem)",
        "en": "the very same file is also here as {others} ({count} copies) — its answers were read and counted "
        "once; remove the extra copies (if one was meant to be someone else's answers, ask them for theirs)",
    },
    "datacheck.probable_copy.one": {
        "fi": "todennäköinen kopio: täsmälleen samat vastaukset ja tekstit kuin tiedostossa {others} (hankkeet: {projects}), joten sama ihminen on luultavasti luvuissa {times} kertaa — jos tiedosto on kopio (esim. kopioitu hankekansio), siirrä kopio pois luettavista tiedostoista; jos vastaajat ovat eri ihmisiä, tiedostot voivat jäädä",
        "sv": "trolig kopia: exakt samma svar och texter som i filen {others} (projekt: {projects}), så samma person finns troligen {times} gånger i siffrorna — om filen är en kopia (t.ex. en kopierad projektmapp), flytta kopian bort från filerna som läses; om de svarande är olika personer kan filerna vara kvar",
        "en": "probable copy: exactly the same answers and texts as in {others} (projects: {projects}), so the same person is probably in the figures {times} times — if the file is a copy (e.g. a copied project folder), move the copy out of the files that are read; if the respondents are different people, the files can stay",
    },
    "datacheck.probable_copy.other": {
        "fi": "todennäköinen kopio: täsmälleen samat vastaukset ja tekstit kuin tiedostoissa {others} (hankkeet: {projects}), joten sama ihminen on luultavasti luvuissa {times} kertaa — jos tiedostot ovat kopioita (esim. kopioitu hankekansio), siirrä kopiot pois luettavista tiedostoista; jos vastaajat ovat eri ihmisiä, tiedostot voivat jäädä",
        "sv": "trolig kopia: exakt samma svar och texter som i filerna {others} (projekt: {projects}), så samma person finns troligen {times} gånger i siffrorna — om filerna är kopior (t.ex. en kopierad projektmapp), flytta kopiorna bort från filerna som läses; om de svarande är olika personer kan filerna vara kvar",
        "en": "probable copy: exactly the same answers and texts as in {others} (projects: {projects}), so the same person is probably in the figures {times} times — if the files are copies (e.g. a copied project folder), move the copies out of the files that are read; if the respondents are different people, the files can stay",
    },
    "datacheck.more.one": {
        "fi": "… ja 1 muu samanlainen huomio — kaikki näkyvät komennolla osallisuus validate --json",
        "sv": "… och 1 liknande anmärkning till — alla visas med osallisuus validate --json",
        "en": "… and 1 more of the same kind — all are listed by osallisuus validate --json",
    },
    "datacheck.more.other": {
        "fi": "… ja {count} muuta samanlaista huomiota — kaikki näkyvät komennolla osallisuus validate --json",
        "sv": "… och {count} liknande anmärkningar till — alla visas med osallisuus validate --json",
        "en": "… and {count} more of the same kind — all are listed by osallisuus validate --json",
    },
    "datacheck.err_output_in_input_folder": {
        "fi": "tiedosto on luettavan kansion {folder} sisällä, jolloin seuraava yhdistäminen laskisi samat vastaukset kahdesti — kirjoita tiimitiedosto kansion ulkopuolelle (esim. -o tiimi.yaml)",
        "sv": "filen ligger i mappen {folder} som läses, så nästa sammanslagning skulle räkna samma svar två gånger — skriv teamfilen utanför mappen (t.ex. -o team.yaml)",
        "en": "the file is inside the folder {folder} being read, so the next merge would count the same answers twice — write the team file outside the folder (e.g. -o team.yaml)",
    },
    "datacheck.summary_warnings.one": {
        "fi": "Aineiston tarkistus: 1 varoitus (katso yllä) — se voi muuttaa raportin lukuja",
        "sv": "Kontroll av materialet: 1 varning (se ovan) — den kan ändra rapportens siffror",
        "en": "Data check: 1 warning (see above) — it may change the report's figures",
    },
    "datacheck.summary_warnings.other": {
        "fi": "Aineiston tarkistus: {count} varoitusta (katso yllä) — ne voivat muuttaa raportin lukuja",
        "sv": "Kontroll av materialet: {count} varningar (se ovan) — de kan ändra rapportens siffror",
        "en": "Data check: {count} warnings (see above) — they may change the report's figures",
    },
    "datacheck.strict_failed.one": {
        "fi": "aineiston tarkistus ei mennyt läpi: 1 virhe (--strict tai --require-complete) — korjaa se",
        "sv": "kontrollen av materialet godkändes inte: 1 fel (--strict eller --require-complete) — rätta det",
        "en": "the data check did not pass: 1 error (--strict or --require-complete) — fix it",
    },
    "datacheck.strict_failed.other": {
        "fi": "aineiston tarkistus ei mennyt läpi: {count} virhettä (--strict tai --require-complete) — korjaa ne",
        "sv": "kontrollen av materialet godkändes inte: {count} fel (--strict eller --require-complete) — rätta dem",
        "en": "the data check did not pass: {count} errors (--strict or --require-complete) — fix them",
    },
    # The report's box: one line per kind, without file names (a pseudonym at most)
    "datacheck.h_box": {"fi": "Aineiston tarkistus", "sv": "Kontroll av materialet", "en": "Data check"},
    "datacheck.report_empty.one": {
        "fi": "Tyhjiä vastaustiedostoja (ei yhtään vastausta): 1 — se on jätetty pois luvuista.",
        "sv": "Tomma svarsfiler (inga svar alls): 1 — den har lämnats utanför siffrorna.",
        "en": "Empty answer files (no answers at all): 1 — it is left out of the figures.",
    },
    "datacheck.report_empty.other": {
        "fi": "Tyhjiä vastaustiedostoja (ei yhtään vastausta): {count} — ne on jätetty pois luvuista.",
        "sv": "Tomma svarsfiler (inga svar alls): {count} — de har lämnats utanför siffrorna.",
        "en": "Empty answer files (no answers at all): {count} — they are left out of the figures.",
    },
    "datacheck.report_small_group.one": {
        "fi": "{project}: {phase} on vain 1 vastaaja, {other} {other_n} — vaiheiden luvut kuvaavat eri ihmisiä.",
        "sv": "{project}: {phase} finns bara 1 svarande, {other} {other_n} — fasernas siffror beskriver olika personer.",
        "en": "{project}: only 1 respondent {phase}, {other_n} {other} — the two phases' figures describe different people.",
    },
    "datacheck.report_small_group.other": {
        "fi": "{project}: {phase} on vain {count} vastaajaa, {other} {other_n} — vaiheiden luvut kuvaavat eri ihmisiä.",
        "sv": "{project}: {phase} finns bara {count} svarande, {other} {other_n} — fasernas siffror beskriver olika personer.",
        "en": "{project}: only {count} respondents {phase}, {other_n} {other} — the two phases' figures describe different people.",
    },
    "datacheck.report_incomplete": {
        "fi": "Vastaajia, jotka vastasivat vain osaan kysymyksistä: {count}{details}. Puuttuvat vastaukset eivät ole luvuissa.",
        "sv": "Svarande som bara svarade på en del av frågorna: {count}{details}. Svar som saknas ingår inte i siffrorna.",
        "en": "Respondents who answered only some of the questions: {count}{details}. Missing answers are not in the figures.",
    },
    "datacheck.report_phase_differs": {
        "fi": "Vastaajia, joiden vaihe poikkeaa hankkeen vaiheesta ({expected}): {count}{details}.",
        "sv": "Svarande vars fas skiljer sig från projektets fas ({expected}): {count}{details}.",
        "en": "Respondents whose phase differs from the project's phase ({expected}): {count}{details}.",
    },
    "datacheck.report_team_with_sources.one": {
        "fi": "Tiimitiedosto oli mukana samassa aineistossa kuin vastaustiedostot, joista se on koottu: samat vastaukset olisivat luvuissa kahdesti.",
        "sv": "En teamfil ingick i samma material som svarsfilerna den är sammanställd av: samma svar skulle finnas två gånger i siffrorna.",
        "en": "A team file was included in the same material as the answer files it was made from: the same responses would be in the figures twice.",
    },
    "datacheck.report_team_with_sources.other": {
        "fi": "Tiimitiedostoja ({count}) oli mukana samassa aineistossa kuin vastaustiedostot, joista ne on koottu: samat vastaukset olisivat luvuissa kahdesti.",
        "sv": "Teamfiler ({count}) ingick i samma material som svarsfilerna de är sammanställda av: samma svar skulle finnas två gånger i siffrorna.",
        "en": "Team files ({count}) were included in the same material as the answer files they were made from: the same responses would be in the figures twice.",
    },
    "datacheck.report_team_sources_changed.one": {
        "fi": "Anonymisoitu tiimitiedosto ja sen muuttuneet lähdetiedostot olivat molemmat mukana: samat ihmiset voivat olla luvuissa kahdesti.",
        "sv": "En anonymiserad teamfil och dess ändrade källfiler ingick båda: samma personer kan finnas två gånger i siffrorna.",
        "en": "An anonymised team file and its changed source files were both included: the same people may be in the figures twice.",
    },
    "datacheck.report_team_sources_changed.other": {
        "fi": "Anonymisoituja tiimitiedostoja ({count}) ja niiden muuttuneita lähdetiedostoja oli mukana: samat ihmiset voivat olla luvuissa kahdesti.",
        "sv": "Anonymiserade teamfiler ({count}) och deras ändrade källfiler ingick: samma personer kan finnas två gånger i siffrorna.",
        "en": "Anonymised team files ({count}) and their changed source files were both included: the same people may be in the figures twice.",
    },
    "datacheck.report_shared_file": {
        "fi": "Nimettömiä, hankkeen mukaan nimettyjä vastaustiedostoja, joita kaksi ihmistä on voinut jatkaa: {count}.",
        "sv": "Namnlösa svarsfiler namngivna efter projektet, som två personer kan ha fortsatt: {count}.",
        "en": "Nameless answer files named after the project, which two people may have continued: {count}.",
    },
    "datacheck.report_probable_copy.one": {
        "fi": "Todennäköinen kopio: 1 vastausryhmä, jossa eri tiedostoissa on täsmälleen samat vastaukset ja tekstit{details}; jokainen on luvuissa omana vastaajanaan.",
        "sv": "Trolig kopia: 1 grupp av svar med exakt samma svar och texter i olika filer{details}; var och en ingår i siffrorna som en egen svarande.",
        "en": "Probable copy: 1 group of responses with exactly the same answers and texts in different files{details}; each is in the figures as a respondent of its own.",
    },
    "datacheck.report_probable_copy.other": {
        "fi": "Todennäköisiä kopioita: {count} vastausryhmää, joissa eri tiedostoissa on täsmälleen samat vastaukset ja tekstit{details}; jokainen on luvuissa omana vastaajanaan.",
        "sv": "Troliga kopior: {count} grupper av svar med exakt samma svar och texter i olika filer{details}; var och en ingår i siffrorna som en egen svarande.",
        "en": "Probable copies: {count} groups of responses with exactly the same answers and texts in different files{details}; each is in the figures as a respondent of its own.",
    },
    "datacheck.report_duplicate": {
        "fi": "Saman vastaajan useampia vastauksia samassa vaiheessa tai saman tiedoston kopioita: {count}; ne on käsitelty yhdistämisen asetusten mukaan.",
        "sv": "Flera svar från samma svarande i samma fas eller kopior av samma fil: {count}; de har hanterats enligt sammanslagningens inställningar.",
        "en": "Several answers by the same respondent in one phase, or copies of one file: {count}; they were handled as the merge settings say.",
    },
    "datacheck.workshop.one": {
        "fi": "Työpaja – {project} {phase}, {date}: {count} osallistuja, käsiteltyjä kysymyksiä {questions} (raportissa omana osionaan, ei vastaajana)",
        "sv": "Workshop – {project} {phase}, {date}: {count} deltagare, behandlade frågor {questions} (i rapporten som ett eget avsnitt, inte som svarande)",
        "en": "Workshop – {project} {phase}, {date}: {count} participant, questions discussed {questions} (reported in a section of its own, not as a respondent)",
    },
    "datacheck.workshop.other": {
        "fi": "Työpaja – {project} {phase}, {date}: {count} osallistujaa, käsiteltyjä kysymyksiä {questions} (raportissa omana osionaan, ei vastaajina)",
        "sv": "Workshop – {project} {phase}, {date}: {count} deltagare, behandlade frågor {questions} (i rapporten som ett eget avsnitt, inte som svarande)",
        "en": "Workshop – {project} {phase}, {date}: {count} participants, questions discussed {questions} (reported in a section of its own, not as respondents)",
    },
    "datacheck.workshop_empty": {
        "fi": "työpajassa ei paljastettu yhtään arviota, joten siitä ei tule raporttiin lukuja — jatka istuntoa (osallisuus workshop --resume) tai poista tiedosto",
        "sv": "i workshoppen visades inga bedömningar, så den ger inga siffror i rapporten — fortsätt sessionen (osallisuus workshop --resume) eller ta bort filen",
        "en": "no rating was revealed in the workshop, so it gives the report no figures — continue the session (osallisuus workshop --resume) or delete the file",
    },
    "datacheck.workshop_with_answers.one": {
        "fi": "{project} {phase}: sekä työpaja että {count} yksittäinen vastaaja — luvut raportoidaan erikseen, eikä niitä lasketa yhteen; samat ihmiset ovat voineet olla mukana kummassakin",
        "sv": "{project} {phase}: både en workshop och {count} enskild svarande — siffrorna redovisas var för sig och läggs inte ihop; samma personer kan ha deltagit i båda",
        "en": "{project} {phase}: both a workshop and {count} individual respondent — the figures are reported apart, never added together; the same people may have taken part in both",
    },
    "datacheck.workshop_with_answers.other": {
        "fi": "{project} {phase}: sekä työpaja että {count} yksittäistä vastaajaa — luvut raportoidaan erikseen, eikä niitä lasketa yhteen; samat ihmiset ovat voineet olla mukana kummassakin",
        "sv": "{project} {phase}: både en workshop och {count} enskilda svarande — siffrorna redovisas var för sig och läggs inte ihop; samma personer kan ha deltagit i båda",
        "en": "{project} {phase}: both a workshop and {count} individual respondents — the figures are reported apart, never added together; the same people may have taken part in both",
    },
}
