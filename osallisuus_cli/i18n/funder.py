"""Text for a funder's web form (``report --template funder``): plain blocks to paste, each with its length."""

MESSAGES: dict[str, dict[str, str]] = {
    "funder.intro": {
        "fi": "Teksti rahoittajan verkkolomakkeelle (esim. STEAn tulosraportti). Kopioi kunkin otsikon alta teksti lomakkeen kenttään; suluissa on tekstin merkkimäärä (enintään {limit}).",
        "sv": "Text för finansiärens webbformulär (t.ex. STEA:s resultatrapport). Kopiera texten under varje rubrik till formulärets fält; inom parentes står textens antal tecken (högst {limit}).",
        "en": "Text for a funder's web form (such as STEA's results report). Copy the text under each heading into the form's field; the brackets give its length in characters (at most {limit}).",
    },
    "funder.err_plain_text": {
        "fi": "--template funder tekee pelkkää tekstiä ({suffix} ei sovi) — jätä --format pois ja anna tiedosto, jonka pääte on .txt (esim. -o rahoittajalle.txt)",
        "sv": "--template funder ger ren text ({suffix} passar inte) — ta bort --format och ange en fil som slutar på .txt (t.ex. -o finansiar.txt)",
        "en": "--template funder makes plain text ({suffix} does not fit) — leave out --format and give a file ending in .txt (e.g. -o funder.txt)",
    },
    "funder.count": {
        "fi": "{count}/{limit} merkkiä",
        "sv": "{count}/{limit} tecken",
        "en": "{count}/{limit} characters",
    },
    "funder.h_assessed": {
        "fi": "Mitä arvioitiin ja miten",
        "sv": "Vad som bedömdes och hur",
        "en": "What was assessed and how",
    },
    "funder.assessed_text": {
        "fi": "Tiimi arvioi itse, miten toiminta edistää osallisuutta, THL:n 24 apukysymyksen avulla: {title}. Kukin tiimin jäsen arvioi jokaisen kysymyksen asteikolla {low}–{high} ({low} = {low_label}, {high} = {high_label}) ja kertoi, mitä toiminnassa käytännössä tehdään. Asteikko on arviointityökalun oma; THL ei pisteytä kysymyksiä. Luvut kuvaavat tiimin omaa arviota toiminnasta, eivät osallistujien osallisuutta.",
        "sv": "Teamet bedömde självt hur verksamheten främjar delaktighet med THL:s 24 stödfrågor: {title}. Varje teammedlem bedömde varje fråga på skalan {low}–{high} ({low} = {low_label}, {high} = {high_label}) och berättade vad verksamheten gör i praktiken. Skalan är bedömningsverktygets egen; THL poängsätter inte frågorna. Siffrorna beskriver teamets egen bedömning av verksamheten, inte deltagarnas delaktighet.",
        "en": "The team assessed for itself how the activity promotes inclusion, using THL's 24 guiding questions: {title}. Each team member rated every question on a scale of {low}–{high} ({low} = {low_label}, {high} = {high_label}) and described what the activity does in practice. The scale is the assessment tool's own; THL does not score the questions. The figures describe the team's own view of the activity, not the participants' inclusion.",
    },
    "funder.assessed_text_workshop": {
        "fi": "Tiimi arvioi itse, miten toiminta edistää osallisuutta, THL:n 24 apukysymyksen avulla: {title}. Arviointi tehtiin yhteisessä työpajassa: jokainen työpajaan osallistunut arvioi käsitellyt kysymykset asteikolla {low}–{high} ({low} = {low_label}, {high} = {high_label}), sitten arvioista keskusteltiin ja kirjattiin, mitä toiminnassa käytännössä tehdään. Asteikko on arviointityökalun oma; THL ei pisteytä kysymyksiä. Luvut kuvaavat tiimin omaa arviota toiminnasta, eivät toiminnan osallistujien osallisuutta.",
        "sv": "Teamet bedömde självt hur verksamheten främjar delaktighet med THL:s 24 stödfrågor: {title}. Bedömningen gjordes i en gemensam workshop: var och en som deltog bedömde de behandlade frågorna på skalan {low}–{high} ({low} = {low_label}, {high} = {high_label}), sedan diskuterades bedömningarna och man antecknade vad verksamheten gör i praktiken. Skalan är bedömningsverktygets egen; THL poängsätter inte frågorna. Siffrorna beskriver teamets egen bedömning av verksamheten, inte delaktigheten hos verksamhetens deltagare.",
        "en": "The team assessed for itself how the activity promotes inclusion, using THL's 24 guiding questions: {title}. It did so in a joint workshop: everyone who took part rated the questions discussed on a scale of {low}–{high} ({low} = {low_label}, {high} = {high_label}), then the ratings were discussed and the group wrote down what the activity does in practice. The scale is the assessment tool's own; THL does not score the questions. The figures describe the team's own view of the activity, not the inclusion of the activity's participants.",
    },
    "funder.h_answered": {"fi": "Ketkä vastasivat", "sv": "Vem som svarade", "en": "Who answered"},
    "funder.collected": {
        "fi": "Luvut perustuvat kerättyyn aineistoon: jokaisen vastanneen tiimin jäsenen omiin vastauksiin, eivät otokseen tai arvioon.",
        "sv": "Siffrorna bygger på insamlat material: varje svarande teammedlems egna svar, inte på ett urval eller en uppskattning.",
        "en": "The figures come from collected data: the answers of every team member who responded, not from a sample or an estimate.",
    },
    "funder.collected_workshop": {
        "fi": "Luvut perustuvat kerättyyn aineistoon: siihen, mitä tiimin yhteisessä työpajassa arvioitiin ja kirjattiin, eivät otokseen tai arvioon. Yksittäisten vastaajien vastauksia ei ole.",
        "sv": "Siffrorna bygger på insamlat material: det som bedömdes och antecknades i teamets gemensamma workshop, inte på ett urval eller en uppskattning. Det finns inga svar från enskilda svarande.",
        "en": "The figures come from collected data: what was rated and written down in the team's joint workshop, not from a sample or an estimate. There are no answers from individual respondents.",
    },
    "funder.respondents_in.one": {
        "fi": "1 vastaaja {phase}.",
        "sv": "1 svarande {phase}.",
        "en": "1 respondent {phase}.",
    },
    "funder.respondents_in.other": {
        "fi": "{count} vastaajaa {phase}.",
        "sv": "{count} svarande {phase}.",
        "en": "{count} respondents {phase}.",
    },
    "funder.coverage": {
        "fi": "Kysymyksistä vastattiin {percent}.",
        "sv": "{percent} av frågorna besvarades.",
        "en": "{percent} of the questions were answered.",
    },
    "funder.suppressed.one": {
        "fi": "Vastaajia on vain 1, vähemmän kuin pienen ryhmän raja {min}, joten lukuja ja avoimia vastauksia ei näytetä.",
        "sv": "Det finns bara 1 svarande, färre än gränsen för små grupper ({min}), så inga siffror eller öppna svar visas.",
        "en": "There is only 1 respondent, fewer than the small-group limit of {min}, so no figures or free-text answers are shown.",
    },
    "funder.suppressed.other": {
        "fi": "Vastaajia on {count}, vähemmän kuin pienen ryhmän raja {min}, joten lukuja ja avoimia vastauksia ei näytetä.",
        "sv": "Det finns {count} svarande, färre än gränsen för små grupper ({min}), så inga siffror eller öppna svar visas.",
        "en": "There are {count} respondents, fewer than the small-group limit of {min}, so no figures or free-text answers are shown.",
    },
    "funder.strengths_intro": {
        "fi": "Kysymykset, joissa tiimin arvioiden keskiarvo oli korkein:",
        "sv": "Frågorna där teamets bedömningar hade det högsta medelvärdet:",
        "en": "The questions with the team's highest average rating:",
    },
    "funder.development_intro": {
        "fi": "Kysymykset, joissa tiimin arvioiden keskiarvo oli matalin:",
        "sv": "Frågorna där teamets bedömningar hade det lägsta medelvärdet:",
        "en": "The questions with the team's lowest average rating:",
    },
    "funder.strengths_intro_single": {
        "fi": "Kysymykset, joissa vastaajan arvio oli korkein:",
        "sv": "Frågorna där den svarandes bedömning var högst:",
        "en": "The questions with the respondent's highest rating:",
    },
    "funder.development_intro_single": {
        "fi": "Kysymykset, joissa vastaajan arvio oli matalin:",
        "sv": "Frågorna där den svarandes bedömning var lägst:",
        "en": "The questions with the respondent's lowest rating:",
    },
    "funder.single": {
        "fi": "Luvut ovat yhden ihmisen arvioita, eivät tiimin yhteinen näkemys.",
        "sv": "Siffrorna är en persons bedömningar, inte teamets gemensamma syn.",
        "en": "The figures are one person's ratings, not the team's shared view.",
    },
    "funder.question_figures": {
        "fi": "keskiarvo {mean}, arvioineet {n}/{total}",
        "sv": "medelvärde {mean}, bedömda {n}/{total}",
        "en": "average {mean}, rated by {n} of {total}",
    },
    "funder.workshop_only": {
        "fi": "Yksittäisiä vastauksia ei ole: työpajan arviot ja siinä sovitut seuraavat askeleet ovat kohdassa ”{heading}”.",
        "sv": "Det finns inga enskilda svar: workshoppens bedömningar och de nästa steg man kom överens om där finns under ”{heading}”.",
        "en": "There are no individual answers: the workshop's ratings and the next steps agreed in it are under “{heading}”.",
    },
    "funder.none_listed": {"fi": "Ei yhtään.", "sv": "Inga.", "en": "None."},
    "funder.none_shown": {
        "fi": "Ei näytetä: vastaajia on alle pienen ryhmän rajan {min}.",
        "sv": "Visas inte: färre svarande än gränsen för små grupper ({min}).",
        "en": "Not shown: fewer respondents than the small-group limit of {min}.",
    },
    "funder.more_questions.one": {
        "fi": "… ja 1 muu kysymys (koko raportissa).",
        "sv": "… och 1 fråga till (i hela rapporten).",
        "en": "… and 1 more question (in the full report).",
    },
    "funder.more_questions.other": {
        "fi": "… ja {count} muuta kysymystä (koko raportissa).",
        "sv": "… och {count} frågor till (i hela rapporten).",
        "en": "… and {count} more questions (in the full report).",
    },
    "funder.h_steps": {
        "fi": "Seuraavat askeleet",
        "sv": "Nästa steg",
        "en": "Next steps",
    },
    "funder.steps_intro": {
        "fi": "Vastaajien ehdottamat seuraavat askeleet, sellaisina kuin ne kirjoitettiin:",
        "sv": "Nästa steg som de svarande föreslog, så som de skrevs:",
        "en": "The next steps respondents suggested, as they wrote them:",
    },
    "funder.no_steps": {
        "fi": "Vastaajat eivät kirjoittaneet seuraavia askeleita.",
        "sv": "De svarande skrev inga nästa steg.",
        "en": "Respondents wrote no next steps.",
    },
    "funder.more_steps.one": {
        "fi": "… ja 1 muu ehdotus (koko raportissa).",
        "sv": "… och 1 förslag till (i hela rapporten).",
        "en": "… and 1 more suggestion (in the full report).",
    },
    "funder.more_steps.other": {
        "fi": "… ja {count} muuta ehdotusta (koko raportissa).",
        "sv": "… och {count} förslag till (i hela rapporten).",
        "en": "… and {count} more suggestions (in the full report).",
    },
}
