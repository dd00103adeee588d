"""Portfolio report texts: many projects side by side (``osallisuus report PATH... --template portfolio``)."""

MESSAGES: dict[str, dict[str, str]] = {
    "portfolio.eyebrow": {"fi": "Hankesalkku", "sv": "Projektportfölj", "en": "Portfolio"},
    "portfolio.default_title.one": {
        "fi": "Osallisuutta edistävän toiminnan itsearviointi: 1 hanke",
        "sv": "Självvärdering av hur verksamheten främjar delaktighet: 1 projekt",
        "en": "Self-assessment of how the activity promotes inclusion: 1 project",
    },
    "portfolio.default_title.other": {
        "fi": "Osallisuutta edistävän toiminnan itsearviointi: {count} hanketta rinnakkain",
        "sv": "Självvärdering av hur verksamheterna främjar delaktighet: {count} projekt sida vid sida",
        "en": "Self-assessment of how the activities promote inclusion: {count} projects side by side",
    },
    "portfolio.subtitle": {
        "fi": "Hankkeiden tiimien itsearvioinnit THL:n kysymyssarjalla {framework}",
        "sv": "Projektteamens självvärderingar med THL:s frågor {framework}",
        "en": "The project teams' self-assessments with THL's questions {framework}",
    },
    # Key facts and figures
    "portfolio.projects": {"fi": "Hankkeet", "sv": "Projekt", "en": "Projects"},
    "portfolio.kf_projects.one": {
        "fi": "hanke",
        "sv": "projekt",
        "en": "project",
    },
    "portfolio.kf_projects.other": {
        "fi": "hanketta",
        "sv": "projekt",
        "en": "projects",
    },
    "portfolio.kf_changes.one": {
        "fi": "hanke vastasi kahdessa vaiheessa",
        "sv": "projekt svarade i två faser",
        "en": "project answered in two phases",
    },
    "portfolio.kf_changes.other": {
        "fi": "hanketta vastasi kahdessa vaiheessa",
        "sv": "projekt svarade i två faser",
        "en": "projects answered in two phases",
    },
    "portfolio.respondents_latest": {
        "fi": "{count} hankkeiden kuvatuissa vaiheissa (kaikkiaan {total} vastausta)",
        "sv": "{count} i projektens beskrivna faser (sammanlagt {total} svar)",
        "en": "{count} in the phases described ({total} responses in all)",
    },
    "portfolio.latest_phases": {
        "fi": "Hankkeiden kuvattu vaihe",
        "sv": "Projektens beskrivna fas",
        "en": "Phase described",
    },
    "portfolio.phase_projects.one": {
        "fi": "{phase} 1 hanke",
        "sv": "{phase} 1 projekt",
        "en": "{phase} 1",
    },
    "portfolio.phase_projects.other": {
        "fi": "{phase} {count} hanketta",
        "sv": "{phase} {count} projekt",
        "en": "{phase} {count}",
    },
    "portfolio.min_group": {"fi": "Pienen ryhmän raja", "sv": "Gräns för små grupper", "en": "Small-group limit"},
    "portfolio.min_group_value.one": {
        "fi": "{min} vastaajaa: pienemmistä hankkeista ei näytetä lukuja (1 hanke)",
        "sv": "{min} svarande: för mindre projekt visas inga siffror (1 projekt)",
        "en": "{min} respondents: smaller projects show no figures (1 project)",
    },
    "portfolio.min_group_value.other": {
        "fi": "{min} vastaajaa: pienemmistä hankkeista ei näytetä lukuja ({count} hanketta)",
        "sv": "{min} svarande: för mindre projekt visas inga siffror ({count} projekt)",
        "en": "{min} respondents: smaller projects show no figures ({count} projects)",
    },
    # Contents
    "portfolio.h_table": {"fi": "Hankkeet rinnakkain", "sv": "Projekten sida vid sida", "en": "Projects side by side"},
    "portfolio.h_checks": {
        "fi": "Aineiston tarkistus hankkeittain",
        "sv": "Kontroll av materialet per projekt",
        "en": "Data check by project",
    },
    "portfolio.h_changes": {
        "fi": "Muutos vaiheiden välillä",
        "sv": "Förändring mellan faserna",
        "en": "Change between phases",
    },
    "portfolio.h_questions": {
        "fi": "Kysymykset koko salkussa",
        "sv": "Frågorna i hela portföljen",
        "en": "Questions across the portfolio",
    },
    "portfolio.h_strong": {
        "fi": "Useimmin vahvuus",
        "sv": "Oftast en styrka",
        "en": "Most often a strength",
    },
    "portfolio.h_weak": {
        "fi": "Useimmin kehittämiskohde",
        "sv": "Oftast ett utvecklingsområde",
        "en": "Most often an area to develop",
    },
    "portfolio.h_disputed": {
        "fi": "Useimmin erimielisyyttä hankkeen sisällä",
        "sv": "Oftast oenighet inom projektet",
        "en": "Most often disagreement within a project",
    },
    # The table
    "portfolio.table_intro": {
        "fi": "Jokaisesta hankkeesta sama vaihe kuin sen raportissa. Solussa keskiarvo asteikolla {low}–{high}, vastanneet n ja vastattujen kysymysten osuus; väri toistaa keskiarvon, luku on aina näkyvissä.",
        "sv": "För varje projekt samma fas som i dess rapport. I cellen medelvärdet på skalan {low}–{high}, antalet svarande n och andelen besvarade frågor; färgen upprepar medelvärdet, talet syns alltid.",
        "en": "Each project in the phase its report describes. Each cell gives the average on the scale {low}–{high}, the respondents n and the share of questions answered; the colour repeats the average, the number is always shown.",
    },
    "portfolio.sorted_by": {
        "fi": "Järjestys: {column}.",
        "sv": "Ordning: {column}.",
        "en": "Order: {column}.",
    },
    "portfolio.sort.name": {"fi": "hankkeen nimi", "sv": "projektets namn", "en": "project name"},
    "portfolio.sort.respondents": {
        "fi": "vastaajia, eniten ensin",
        "sv": "svarande, flest först",
        "en": "respondents, most first",
    },
    "portfolio.sort.coverage": {
        "fi": "vastattujen kysymysten osuus, suurin ensin",
        "sv": "andel besvarade frågor, högst först",
        "en": "share of questions answered, highest first",
    },
    "portfolio.sort.mean": {
        "fi": "kaikkien kysymysten keskiarvo, suurin ensin",
        "sv": "medelvärdet av alla frågor, högst först",
        "en": "average of all questions, highest first",
    },
    "portfolio.sort.section": {
        "fi": "osion {section} keskiarvo, suurin ensin",
        "sv": "medelvärdet för avsnitt {section}, högst först",
        "en": "average of section {section}, highest first",
    },
    "portfolio.grouped_by": {"fi": "Ryhmittely: {what}.", "sv": "Gruppering: {what}.", "en": "Grouped by {what}."},
    "portfolio.group.region": {"fi": "alue", "sv": "region", "en": "region"},
    "portfolio.group.organisation": {"fi": "organisaatio", "sv": "organisation", "en": "organisation"},
    "portfolio.err_phase_needs_by": {
        "fi": "--phase valitsee vaiheen, jota hankekohtaiset luvut kuvaavat: käytä sitä valitsimen --by project kanssa (rivikohtainen vienti sisältää kaikki vaiheet)",
        "sv": "--phase väljer fasen som siffrorna per projekt beskriver: använd det med --by project (exporten per rad innehåller alla faser)",
        "en": "--phase chooses the phase the per-project figures describe: use it with --by project (the row-by-row export holds every phase)",
    },
    "portfolio.group.phase": {"fi": "kuvattu vaihe", "sv": "beskriven fas", "en": "phase described"},
    "portfolio.group_none": {"fi": "(ei tiedossa)", "sv": "(okänd)", "en": "(not given)"},
    "portfolio.group_row.one": {
        "fi": "{label} (1 hanke)",
        "sv": "{label} (1 projekt)",
        "en": "{label} (1 project)",
    },
    "portfolio.group_row.other": {
        "fi": "{label} ({count} hanketta)",
        "sv": "{label} ({count} projekt)",
        "en": "{label} ({count} projects)",
    },
    "portfolio.caption_table": {
        "fi": "Hankkeet ja osiot: keskiarvo, vastanneet n/N ja vastattujen kysymysten osuus",
        "sv": "Projekt och avsnitt: medelvärde, svarande n/N och andel besvarade frågor",
        "en": "Projects and sections: average, respondents n/N and share of questions answered",
    },
    "portfolio.col_project": {"fi": "Hanke", "sv": "Projekt", "en": "Project"},
    "portfolio.col_respondents": {"fi": "Vastaajat", "sv": "Svarande", "en": "Respondents"},
    "portfolio.col_all": {"fi": "Kaikki kysymykset", "sv": "Alla frågor", "en": "All questions"},
    "portfolio.col_coverage": {"fi": "Vastattu", "sv": "Besvarade", "en": "Answered"},
    "portfolio.cell_n": {"fi": "n {n}/{total}", "sv": "n {n}/{total}", "en": "n {n}/{total}"},
    "portfolio.cell_answered": {
        "fi": "vastattu {percent}",
        "sv": "besvarat {percent}",
        "en": "{percent} answered",
    },
    "portfolio.hidden_row": {
        "fi": "Alle {min} vastaajaa: lukuja ei näytetä.",
        "sv": "Färre än {min} svarande: inga siffror visas.",
        "en": "Fewer than {min} respondents: no figures shown.",
    },
    "portfolio.legend": {"fi": "Värien selitys", "sv": "Färgernas förklaring", "en": "Colour key"},
    "portfolio.legend_none": {"fi": "ei arvioita", "sv": "inga bedömningar", "en": "no ratings"},
    # Data check
    "portfolio.checks_intro": {
        "fi": "Vastaajat vaiheittain ja se, mikä voi muuttaa hankkeen lukuja.",
        "sv": "Svarande per fas och det som kan ändra projektets siffror.",
        "en": "Respondents by phase, and whatever may change a project's figures.",
    },
    "portfolio.caption_checks": {
        "fi": "Aineiston tarkistus hankkeittain",
        "sv": "Kontroll av materialet per projekt",
        "en": "Data check by project",
    },
    "portfolio.col_phases": {"fi": "Vastaajat vaiheittain", "sv": "Svarande per fas", "en": "Respondents by phase"},
    "portfolio.col_checks": {"fi": "Huomattavaa", "sv": "Att notera", "en": "To note"},
    "portfolio.check_nothing": {"fi": "Ei huomautettavaa.", "sv": "Inget att anmärka.", "en": "Nothing to note."},
    "portfolio.check_hidden.one": {
        "fi": "Vain 1 vastaaja, alle pienen ryhmän rajan {min}: lukuja ei näytetä.",
        "sv": "Bara 1 svarande, under gränsen för små grupper ({min}): inga siffror visas.",
        "en": "Only 1 respondent, below the small-group limit of {min}: no figures shown.",
    },
    "portfolio.check_hidden.other": {
        "fi": "Vain {count} vastaajaa, alle pienen ryhmän rajan {min}: lukuja ei näytetä.",
        "sv": "Bara {count} svarande, under gränsen för små grupper ({min}): inga siffror visas.",
        "en": "Only {count} respondents, below the small-group limit of {min}: no figures shown.",
    },
    "portfolio.check_one": {
        "fi": "Vain yksi vastaaja: luvut ovat yhden ihmisen arvio.",
        "sv": "Bara en svarande: siffrorna är en enda persons bedömning.",
        "en": "Only one respondent: the figures are one person's view.",
    },
    "portfolio.check_incomplete": {
        "fi": "Kysymyksiä vastaamatta jättäneitä vastaajia: {count}/{n}.",
        "sv": "Svarande som lämnade frågor obesvarade: {count}/{n}.",
        "en": "Respondents who left questions unanswered: {count} of {n}.",
    },
    "portfolio.check_latest": {
        "fi": "Useita vaiheita: luvut kuvaavat {phase}.",
        "sv": "Flera faser: siffrorna gäller {phase}.",
        "en": "Several phases: the figures describe {phase}.",
    },
    # Change between phases
    "portfolio.changes_intro": {
        "fi": "Vain hankkeet, jotka vastasivat useammassa vaiheessa: ensimmäisen ja viimeisimmän vaiheen keskiarvojen erotus pyöristetyistä keskiarvoista laskettuna (n kummastakin vaiheesta).",
        "sv": "Endast projekt som svarade i flera faser: skillnaden mellan medelvärdena i den första och den senaste fasen, räknad från de avrundade medelvärdena (n för båda faserna).",
        "en": "Only projects that answered in more than one phase: the average of their latest phase minus that of their first, worked out from the rounded averages (n of each).",
    },
    "portfolio.no_changes": {
        "fi": "Mikään hanke ei ole vielä vastannut kahdessa vaiheessa.",
        "sv": "Inget projekt har ännu svarat i två faser.",
        "en": "No project has answered in two phases yet.",
    },
    "portfolio.caption_changes": {
        "fi": "Keskiarvon muutos ensimmäisestä vaiheesta viimeisimpään",
        "sv": "Medelvärdets förändring från den första fasen till den senaste",
        "en": "Change in the average from the first phase to the latest",
    },
    "portfolio.col_from": {"fi": "Alku (n)", "sv": "Början (n)", "en": "From (n)"},
    "portfolio.col_to": {"fi": "Viimeisin (n)", "sv": "Senaste (n)", "en": "To (n)"},
    "portfolio.period": {"fi": "{phase} ({n})", "sv": "{phase} ({n})", "en": "{phase} ({n})"},
    # Questions across the portfolio
    "portfolio.questions_intro.one": {
        "fi": "Kuinka monessa hankkeessa kysymys oli kolmen vahvimman tai heikoimman joukossa tai vastaajat jakautuivat kahteen ryhmään vähintään kahden tason päähän toisistaan (1 hanke, jonka luvut näytetään).",
        "sv": "I hur många projekt frågan var bland de tre starkaste eller svagaste, eller de svarande delade sig i två grupper minst två nivåer från varandra (1 projekt vars siffror visas).",
        "en": "In how many projects a question was among the three strongest or weakest, or respondents split into two groups at least two levels apart (1 project whose figures are shown).",
    },
    "portfolio.questions_intro.other": {
        "fi": "Kuinka monessa hankkeessa kysymys oli kolmen vahvimman tai heikoimman joukossa tai vastaajat jakautuivat kahteen ryhmään vähintään kahden tason päähän toisistaan ({count} hanketta, joiden luvut näytetään).",
        "sv": "I hur många projekt frågan var bland de tre starkaste eller svagaste, eller de svarande delade sig i två grupper minst två nivåer från varandra ({count} projekt vars siffror visas).",
        "en": "In how many projects a question was among the three strongest or weakest, or respondents split into two groups at least two levels apart ({count} projects whose figures are shown).",
    },
    "portfolio.in_projects.one": {
        "fi": "{hits}/1 hankkeessa",
        "sv": "i {hits} av 1 projekt",
        "en": "in {hits} of 1 project",
    },
    "portfolio.in_projects.other": {
        "fi": "{hits}/{count} hankkeessa",
        "sv": "i {hits} av {count} projekt",
        "en": "in {hits} of {count} projects",
    },
    "portfolio.none_listed": {"fi": "Ei yhtään.", "sv": "Inga.", "en": "None."},
    # Method
    "portfolio.method_identity": {
        "fi": "Hanke tunnistetaan hankekoodista, sen puuttuessa nimestä.",
        "sv": "Ett projekt identifieras med sin projektkod, och utan kod med sitt namn.",
        "en": "A project is identified by its project code, or by its name when it has none.",
    },
    "portfolio.method_latest": {
        "fi": "Taulukko ja kysymyslistat kuvaavat kustakin hankkeesta samaa vaihetta kuin hankkeen raportti (ja sen viimeisintä kierrosta); muutos lasketaan hankkeen ensimmäisestä vaiheesta viimeisimpään.",
        "sv": "Tabellen och frågelistorna beskriver samma fas av varje projekt som projektets rapport (och dess senaste omgång); förändringen räknas från projektets första fas till den senaste.",
        "en": "The table and the question lists describe the same phase of each project as the project's report (and its latest round); change is measured from the project's first phase to its latest.",
    },
    "portfolio.method_bands": {
        "fi": "Värit jakavat asteikon viiteen yhtä leveään osaan; väri vain toistaa solun luvun.",
        "sv": "Färgerna delar skalan i fem lika breda delar; färgen upprepar bara talet i cellen.",
        "en": "The colours split the scale into five equal parts; a colour only repeats the number in its cell.",
    },
    "portfolio.method_min_group": {
        "fi": "Pienen ryhmän sääntö koskee jokaista hanketta erikseen: hankkeesta, jolla on alle {min} vastaajaa, ei näytetä lukuja eikä se vaikuta kysymyslistoihin.",
        "sv": "Regeln om små grupper gäller varje projekt för sig: för ett projekt med färre än {min} svarande visas inga siffror och det påverkar inte frågelistorna.",
        "en": "The small-group rule applies to each project on its own: a project with fewer than {min} respondents shows no figures and does not count in the question lists.",
    },
    "portfolio.method_export": {
        "fi": "Sama taulukko taulukkolaskentaan: osallisuus export POLKU... --format csv --by project.",
        "sv": "Samma tabell för kalkylprogram: osallisuus export SÖKVÄG... --format csv --by project.",
        "en": "The same table for a spreadsheet: osallisuus export PATH... --format csv --by project.",
    },
    # Free texts past the cap, in every report
    "portfolio.texts_more.one": {
        "fi": "… ja 1 muu vastaus, jota ei näytetä tässä.",
        "sv": "… och 1 svar till som inte visas här.",
        "en": "… and 1 more answer not shown here.",
    },
    "portfolio.texts_more.other": {
        "fi": "… ja {count} muuta vastausta, joita ei näytetä tässä.",
        "sv": "… och {count} svar till som inte visas här.",
        "en": "… and {count} more answers not shown here.",
    },
    # Command line
    "portfolio.suggest": {
        "fi": "Aineistossa on {count} hanketta. Hankkeet rinnakkain: lisää komentoon --template portfolio",
        "sv": "Materialet har {count} projekt. Projekten sida vid sida: lägg till --template portfolio",
        "en": "The answers come from {count} projects. To see them side by side, add --template portfolio",
    },
    "portfolio.err_sort": {
        "fi": "--sort {value}: tuntematon sarake. Vaihtoehdot: {choices}.",
        "sv": "--sort {value}: okänd kolumn. Alternativ: {choices}.",
        "en": "--sort {value}: unknown column. Choose one of {choices}.",
    },
    "portfolio.err_group_by": {
        "fi": "--group-by {value}: tuntematon ryhmittely. Vaihtoehdot: {choices}.",
        "sv": "--group-by {value}: okänd gruppering. Alternativ: {choices}.",
        "en": "--group-by {value}: unknown grouping. Choose one of {choices}.",
    },
    "portfolio.err_min_group": {
        "fi": "--min-group {value}: anna kokonaisluku 1 tai suurempi.",
        "sv": "--min-group {value}: ange ett heltal, 1 eller större.",
        "en": "--min-group {value}: give a whole number, 1 or more.",
    },
    "portfolio.err_portfolio_only": {
        "fi": "{option} kuuluu hankesalkkuun: lisää --template portfolio.",
        "sv": "{option} hör till projektportföljen: lägg till --template portfolio.",
        "en": "{option} belongs to the portfolio: add --template portfolio.",
    },
    "portfolio.err_by": {
        "fi": "--by {value}: valitse project (yksi rivi hanketta kohden) tai workshop (työpajojen arviot).",
        "sv": "--by {value}: välj project (en rad per projekt) eller workshop (workshopparnas bedömningar).",
        "en": "--by {value}: choose project (one row per project) or workshop (the workshops' ratings).",
    },
    "portfolio.err_by_needs_csv": {
        "fi": "--by project toimii vain muodossa csv (--format csv).",
        "sv": "--by project fungerar bara med formatet csv (--format csv).",
        "en": "--by project works with CSV only (--format csv).",
    },
    "portfolio.export_written.one": {
        "fi": "1 hanke ({columns} saraketta) → {file}",
        "sv": "1 projekt ({columns} kolumner) → {file}",
        "en": "1 project ({columns} columns) → {file}",
    },
    "portfolio.export_written.other": {
        "fi": "{count} hanketta ({columns} saraketta) → {file}",
        "sv": "{count} projekt ({columns} kolumner) → {file}",
        "en": "{count} projects ({columns} columns) → {file}",
    },
}
