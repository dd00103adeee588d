"""Messages that say what a report's figures rest on: the phase described, how many, the small-group rule, the
rule for questions to discuss, one respondent's report, and practice versus reasons."""

MESSAGES: dict[str, dict[str, str]] = {
    "figures.respondents_one": {"fi": "1 vastaaja", "sv": "1 svarande", "en": "1 respondent"},
    "figures.respondents_many": {"fi": "{n} vastaajaa", "sv": "{n} svarande", "en": "{n} respondents"},
    "figures.kf_respondent": {"fi": "vastaaja", "sv": "svarande", "en": "respondent"},
    "figures.describes": {
        "fi": "Raportti kuvaa {phase}: {respondents}.",
        "sv": "Rapporten beskriver {phase}: {respondents}.",
        "en": "The report describes {phase}: {respondents}.",
    },
    "figures.why_chosen": {
        "fi": "Vaiheen valitsi raportin kokoaja.",
        "sv": "Fasen valdes av den som sammanställde rapporten.",
        "en": "The phase was chosen by whoever compiled the report.",
    },
    "figures.why_largest": {
        "fi": "Myöhemmässä vaiheessa vastaajia on alle puolet tästä, joten se ei puhu tiimin puolesta.",
        "sv": "I en senare fas finns färre än hälften så många svarande, så den talar inte för teamet.",
        "en": "A later phase has fewer than half as many respondents, so it does not speak for the team.",
    },
    "figures.others": {
        "fi": "Muut vaiheet: {others} (mukana vain muutososiossa).",
        "sv": "Övriga faser: {others} (ingår bara i avsnittet om förändring).",
        "en": "Other phases: {others} (only in the section on change).",
    },
    "figures.absent": {
        "fi": "Valitussa vaiheessa ei ole vastauksia; hankkeen vastaukset: {others}.",
        "sv": "Det finns inga svar i den valda fasen; projektets svar: {others}.",
        "en": "There are no answers in the chosen phase; the project's answers: {others}.",
    },
    "figures.subtitle_single": {
        "fi": "Yhden vastaajan itsearviointi THL:n kysymyssarjalla {framework} – ei tiimin yhteinen näkemys",
        "sv": "En svarandes självvärdering med THL:s frågor {framework} – inte teamets gemensamma syn",
        "en": "One respondent's self-assessment with THL's questions {framework} – not the team's shared view",
    },
    "figures.single_note": {
        "fi": "Raportti perustuu yhden ihmisen vastauksiin: siinä ei ole hajontaa eikä keskusteltavia eroja.",
        "sv": "Rapporten bygger på en persons svar: den visar ingen spridning och inga skillnader att diskutera.",
        "en": "The report rests on one person's answers: it shows no spread and no differences to discuss.",
    },
    "figures.rating": {"fi": "Arvio", "sv": "Bedömning", "en": "Rating"},
    "figures.none_disputed": {
        "fi": "Missään kysymyksessä vastaajat eivät jakautuneet kahteen ryhmään, joiden arviot eroavat kaksi tasoa tai enemmän.",
        "sv": "I ingen fråga delade sig de svarande i två grupper vars bedömningar skiljer sig med två nivåer eller mer.",
        "en": "In no question did respondents split into two groups whose ratings differ by two levels or more.",
    },
    "figures.trend_basis": {
        "fi": "Muutos vertaa {first} (n = {first_n}) {last} (n = {last_n}); molemmissa vastasi {both}.",
        "sv": "Förändringen jämför {first} (n = {first_n}) med {last} (n = {last_n}); i båda svarade {both}.",
        "en": "The change compares {first} (n = {first_n}) with {last} (n = {last_n}); {both} answered in both.",
    },
    "figures.trend_different": {
        "fi": "Vaiheissa vastasivat eri ihmiset, joten muutos voi johtua siitä, kuka vastasi, eikä toiminnan muutoksesta.",
        "sv": "I faserna svarade olika personer, så förändringen kan bero på vem som svarade och inte på att verksamheten ändrats.",
        "en": "Different people answered in the phases, so the change may come from who answered rather than from a change in the activity.",
    },
    "figures.trend_partly": {
        "fi": "Kaikki eivät vastanneet molemmissa vaiheissa, joten muutos voi osin johtua siitä, kuka vastasi.",
        "sv": "Alla svarade inte i båda faserna, så förändringen kan delvis bero på vem som svarade.",
        "en": "Not everyone answered in both phases, so the change may partly come from who answered.",
    },
    "figures.trend_hidden": {
        "fi": "n < {min}: {phase} lukuja ei näytetä, koska siinä on alle {min} vastaajaa (pienen ryhmän sääntö).",
        "sv": "n < {min}: {phase} visas inte eftersom den har färre än {min} svarande (regeln om små grupper).",
        "en": "n < {min}: {phase} is not shown because it has fewer than {min} respondents (the small-group rule).",
    },
    "figures.hidden_cell": {"fi": "n\u00a0<\u00a0{min}", "sv": "n\u00a0<\u00a0{min}", "en": "n\u00a0<\u00a0{min}"},
    "figures.suppressed.one": {
        "fi": "n < {min}: vastaajia on vain 1, vähemmän kuin pienen ryhmän raja {min}. Jakaumia, tunnuslukuja ja avoimia vastauksia ei näytetä, jotta yksittäisen vastaajan vastaukset eivät paljastu.",
        "sv": "n < {min}: det finns bara 1 svarande, färre än gränsen för små grupper ({min}). Fördelningar, nyckeltal och öppna svar visas inte, så att ingen enskild svarandes svar avslöjas.",
        "en": "n < {min}: there is only 1 respondent, fewer than the small-group limit of {min}. Distributions, figures and free-text answers are not shown, so that no single respondent's answers are revealed.",
    },
    "figures.suppressed.other": {
        "fi": "n < {min}: vastaajia on {count}, vähemmän kuin pienen ryhmän raja {min}. Jakaumia, tunnuslukuja ja avoimia vastauksia ei näytetä, jotta yksittäisen vastaajan vastaukset eivät paljastu.",
        "sv": "n < {min}: det finns {count} svarande, färre än gränsen för små grupper ({min}). Fördelningar, nyckeltal och öppna svar visas inte, så att ingen enskild svarandes svar avslöjas.",
        "en": "n < {min}: there are {count} respondents, fewer than the small-group limit of {min}. Distributions, figures and free-text answers are not shown, so that no single respondent's answers are revealed.",
    },
    "figures.method_discuss": {
        "fi": "Kysymys nostetaan keskusteltavaksi, kun vastaajat jakautuvat kahteen ryhmään vähintään kaksi tasoa toisistaan: vähintään kolmasosa arvioineista (ylöspäin pyöristettynä) on antanut tason L tai alemman ja yhtä moni tason L\u00a0+\u00a02 tai ylemmän. Yksi poikkeava arvio seitsemästä ei siis riitä. Ero ei ole virhe: se on hyvä lähtökohta yhteiselle keskustelulle.",
        "sv": "En fråga lyfts fram för diskussion när de svarande delar sig i två grupper minst två nivåer från varandra: minst en tredjedel av dem som bedömde (avrundat uppåt) gav nivå L eller lägre och lika många nivå L\u00a0+\u00a02 eller högre. En avvikande bedömning av sju räcker alltså inte. Skillnaden är inget fel: den är ett bra tillfälle för ett gemensamt samtal.",
        "en": "A question is raised for discussion when respondents split into two groups at least two levels apart: at least a third of those who rated (rounded up) gave level L or lower and as many gave L\u00a0+\u00a02 or higher. So one differing rating out of seven is not enough. A difference is not an error; it is a good starting point for discussion.",
    },
    "figures.method_phase": {
        "fi": "Yhteenveto, kysymyskohtaiset tulokset, vahvuudet ja seuraavat askeleet kuvaavat kustakin hankkeesta yhtä vaihetta: raportin kokoajan valitsemaa, muuten viimeisintä – paitsi jos viimeisimmässä on alle puolet suurimman vaiheen vastaajista, jolloin suurinta. Muutososio vertaa kaikkia vaiheita.",
        "sv": "Sammanfattningen, resultaten per fråga, styrkorna och nästa steg beskriver en fas per projekt: den som den som sammanställde rapporten valde, annars den senaste – utom när den senaste har färre än hälften av de svarande i den största fasen; då den största. Avsnittet om förändring jämför alla faser.",
        "en": "The summary, the results by question, the strengths and the next steps describe one phase of each project: the one chosen by whoever compiled the report, else the latest – unless the latest has fewer than half the respondents of the largest phase; then the largest. The section on change compares all phases.",
    },
    "figures.method_respondents": {
        "fi": "Vastaajat hankkeittain ja vaiheittain: {counts}.",
        "sv": "Svarande per projekt och fas: {counts}.",
        "en": "Respondents by project and phase: {counts}.",
    },
    "figures.texts_withheld": {
        "fi": "Avoimia vastauksia ei näytetä hankkeista, joissa on alle {min} vastaajaa ({projects}): vastauksen kohdalla näkyisi hanke. Niiden valinnat ovat mukana koko raportin luvuissa.",
        "sv": "Öppna svar visas inte från projekt med färre än {min} svarande ({projects}): projektet skulle stå vid svaret. Deras val ingår i hela rapportens tal.",
        "en": "Free text is not shown from projects with fewer than {min} respondents ({projects}): it would be labelled with the project. Their ratings are included in the figures of the whole report.",
    },
    "figures.method_min_group": {
        "fi": "Pienen ryhmän sääntö: alle {min} vastaajan ryhmästä ei näytetä jakaumia eikä avoimia vastauksia.",
        "sv": "Regeln om små grupper: för en grupp med färre än {min} svarande visas inga fördelningar och inga öppna svar.",
        "en": "Small-group rule: for a group of fewer than {min} respondents no distribution and no free text is shown.",
    },
    "figures.method_min_group_off": {
        "fi": "Pienen ryhmän sääntöä ei käytetty: kaikki ryhmät näytetään kokonaan.",
        "sv": "Regeln om små grupper användes inte: alla grupper visas helt.",
        "en": "No small-group rule was used: every group is shown in full.",
    },
    "figures.method_practice": {
        "fi": "Käytännön kuvauksiksi luetaan vain tekstit, jotka on kirjoitettu tasolle {first} tai ylemmäs. Tasolle 0 sekä vastauksiin ”{na}” ja ”{dont_know}” kirjoitetut tekstit ovat perusteluja ja huomioita, eivät kuvauksia siitä, mitä toiminnassa tehdään.",
        "sv": "Som beskrivningar av praxis räknas bara texter som skrivits på nivå {first} eller högre. Texter på nivå 0 och vid svaren ”{na}” och ”{dont_know}” är motiveringar och kommentarer, inte beskrivningar av vad verksamheten gör.",
        "en": "Only texts written at level {first} or higher count as descriptions of practice. Texts written at level 0 or with the answers “{na}” and “{dont_know}” are reasons and remarks, not descriptions of what the activity does.",
    },
    "figures.reasons": {
        "fi": "Perustelut ja huomiot (eivät kuvaa käytäntöä)",
        "sv": "Motiveringar och kommentarer (beskriver inte praxis)",
        "en": "Reasons and remarks (not a description of practice)",
    },
    "figures.err_phase_empty": {
        "fi": "--phase {phase}: tässä vaiheessa ei ole vastauksia — vastauksia on vaiheissa {found}",
        "sv": "--phase {phase}: det finns inga svar i den fasen — svar finns i faserna {found}",
        "en": "--phase {phase}: there are no answers in that phase — answers are in the phases {found}",
    },
}
