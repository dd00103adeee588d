"""Portfolio report texts: many projects side by side (``osallisuus report PATH... --template portfolio``)."""

MESSAGES: dict[str, dict[str, str]] = {
    "portfolio.eyebrow": {"fi": "Hankesalkku", "sv": "Projektportfölj", "en": "Portfolio"},
    "portfolio.default_title": {
        "fi": "Osallisuuden arviointi: {count} hanketta rinnakkain",
        "sv": "Bedömning av delaktighet: {count} projekt sida vid sida",
        "en": "Inclusion assessment: {count} projects side by side",
    },
    "portfolio.subtitle": {
        "fi": "Hankkeiden tiimien itsearvioinnit THL:n kysymyssarjalla {framework}",
        "sv": "Projektteamens självvärderingar med THL:s frågor {framework}",
        "en": "The project teams' self-assessments with THL's questions {framework}",
    },
    # Key facts and figures
    "portfolio.projects": {"fi": "Hankkeet", "sv": "Projekt", "en": "Projects"},
    "portfolio.kf_projects": {"fi": "hanketta", "sv": "projekt", "en": "projects"},
    "portfolio.kf_changes": {
        "fi": "hanketta vastasi kahdessa vaiheessa",
        "sv": "projekt svarade i två faser",
        "en": "projects answered in two phases",
    },
    "portfolio.respondents_latest": {
        "fi": "{count} hankkeiden viimeisimmissä vaiheissa (kaikkiaan {total} vastausta)",
        "sv": "{count} i projektens senaste faser (sammanlagt {total} svar)",
        "en": "{count} in the projects' latest phases ({total} responses in all)",
    },
    "portfolio.latest_phases": {
        "fi": "Viimeisin vaihe",
        "sv": "Senaste fas",
        "en": "Latest phase",
    },
    "portfolio.phase_projects": {"fi": "{phase} {count}", "sv": "{phase} {count}", "en": "{phase} {count}"},
    "portfolio.min_group": {"fi": "Pienen ryhmän raja", "sv": "Gräns för små grupper", "en": "Small-group limit"},
    "portfolio.min_group_value": {
        "fi": "{min} vastaajaa: pienemmistä hankkeista ei näytetä lukuja ({hidden} hanketta)",
        "sv": "{min} svarande: för mindre projekt visas inga siffror ({hidden} projekt)",
        "en": "{min} respondents: smaller projects show no figures ({hidden} projects)",
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
        "fi": "Jokaisesta hankkeesta sen viimeisin vaihe. Solussa keskiarvo asteikolla {low}–{high}, vastanneet n ja vastattujen kysymysten osuus; väri toistaa keskiarvon, luku on aina näkyvissä.",
        "sv": "För varje projekt dess senaste fas. I cellen medelvärdet på skalan {low}–{high}, antalet svarande n och andelen besvarade frågor; färgen upprepar medelvärdet, talet syns alltid.",
        "en": "Each project in its latest phase. Each cell gives the average on the scale {low}–{high}, the respondents n and the share of questions answered; the colour repeats the average, the number is always shown.",
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
        "fi": "osa-alueen {section} keskiarvo, suurin ensin",
        "sv": "medelvärdet för delområde {section}, högst först",
        "en": "average of section {section}, highest first",
    },
    "portfolio.grouped_by": {"fi": "Ryhmittely: {what}.", "sv": "Gruppering: {what}.", "en": "Grouped by {what}."},
    "portfolio.group.region": {"fi": "alue", "sv": "region", "en": "region"},
    "portfolio.group.organisation": {"fi": "organisaatio", "sv": "organisation", "en": "organisation"},
    "portfolio.group.phase": {"fi": "viimeisin vaihe", "sv": "senaste fas", "en": "latest phase"},
    "portfolio.group_none": {"fi": "(ei tiedossa)", "sv": "(okänd)", "en": "(not given)"},
    "portfolio.group_row": {
        "fi": "{label} ({count} hanketta)",
        "sv": "{label} ({count} projekt)",
        "en": "{label} ({count} projects)",
    },
    "portfolio.caption_table": {
        "fi": "Hankkeet ja osa-alueet: keskiarvo, vastanneet n/N ja vastattujen kysymysten osuus",
        "sv": "Projekt och delområden: medelvärde, svarande n/N och andel besvarade frågor",
        "en": "Projects and domains: average, respondents n/N and share of questions answered",
    },
    "portfolio.col_project": {"fi": "Hanke", "sv": "Projekt", "en": "Project"},
    "portfolio.col_respondents": {"fi": "Vastaajat", "sv": "Svarande", "en": "Respondents"},
    "portfolio.col_all": {"fi": "Kaikki kysymykset", "sv": "Alla frågor", "en": "All questions"},
    "portfolio.col_coverage": {"fi": "Vastattu", "sv": "Besvarade", "en": "Answered"},
    "portfolio.cell_n": {"fi": "n {n}/{total}", "sv": "n {n}/{total}", "en": "n {n}/{total}"},
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
    "portfolio.check_hidden": {
        "fi": "Vain {n} vastaajaa, alle pienen ryhmän rajan {min}: lukuja ei näytetä.",
        "sv": "Bara {n} svarande, under gränsen för små grupper ({min}): inga siffror visas.",
        "en": "Only {n} respondents, below the small-group limit of {min}: no figures shown.",
    },
    "portfolio.check_one": {
        "fi": "Vain yksi vastaaja: luvut ovat yhden ihmisen arvio.",
        "sv": "Bara en svarande: siffrorna är en enda persons bedömning.",
        "en": "Only one respondent: the figures are one person's view.",
    },
    "portfolio.check_incomplete": {
        "fi": "{count}/{n} vastaajaa jätti kysymyksiä vastaamatta.",
        "sv": "{count}/{n} svarande lämnade frågor obesvarade.",
        "en": "{count} of {n} respondents left questions unanswered.",
    },
    "portfolio.check_latest": {
        "fi": "Useita vaiheita: luvut kuvaavat vaihetta {phase}.",
        "sv": "Flera faser: siffrorna gäller fasen {phase}.",
        "en": "Several phases: the figures describe {phase}.",
    },
    # Change between phases
    "portfolio.changes_intro": {
        "fi": "Vain hankkeet, jotka vastasivat useammassa vaiheessa: ensimmäisen ja viimeisimmän vaiheen keskiarvojen erotus (n kummastakin vaiheesta).",
        "sv": "Endast projekt som svarade i flera faser: skillnaden mellan medelvärdena i den första och den senaste fasen (n för båda faserna).",
        "en": "Only projects that answered in more than one phase: the average of their latest phase minus that of their first (n of each).",
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
    "portfolio.questions_intro": {
        "fi": "Kuinka monessa hankkeessa kysymys oli kolmen vahvimman tai heikoimman joukossa, tai arviot hajosivat vähintään {threshold} tasoa ({counted} hanketta, joiden luvut näytetään).",
        "sv": "I hur många projekt frågan var bland de tre starkaste eller svagaste, eller bedömningarna skilde sig med minst {threshold} nivåer ({counted} projekt vars siffror visas).",
        "en": "In how many projects a question was among the three strongest or weakest, or its ratings spread over {threshold} levels or more ({counted} projects whose figures are shown).",
    },
    "portfolio.in_projects": {
        "fi": "{count}/{of} hankkeessa",
        "sv": "i {count} av {of} projekt",
        "en": "in {count} of {of} projects",
    },
    "portfolio.none_listed": {"fi": "Ei yhtään.", "sv": "Inga.", "en": "None."},
    # Method
    "portfolio.method_identity": {
        "fi": "Hanke tunnistetaan hankekoodista, sen puuttuessa nimestä.",
        "sv": "Ett projekt identifieras med sin projektkod, och utan kod med sitt namn.",
        "en": "A project is identified by its project code, or by its name when it has none.",
    },
    "portfolio.method_latest": {
        "fi": "Taulukko ja kysymyslistat kuvaavat kunkin hankkeen viimeisintä vaihetta (ja sen viimeisintä kierrosta); muutosta verrataan saman hankkeen ensimmäiseen vaiheeseen.",
        "sv": "Tabellen och frågelistorna beskriver varje projekts senaste fas (och dess senaste omgång); förändringen jämförs med samma projekts första fas.",
        "en": "The table and the question lists describe each project's latest phase (and its latest round); change is measured against the same project's first phase.",
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
    "portfolio.texts_more": {
        "fi": "… ja {count} muuta vastausta, joita ei näytetä tässä. Kaikki vastaukset saat komennolla osallisuus export.",
        "sv": "… och {count} svar till som inte visas här. Alla svar får du med kommandot osallisuus export.",
        "en": "… and {count} more answers not shown here. Get them all with osallisuus export.",
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
        "fi": "--by {value}: ainoa vaihtoehto on project (yksi rivi hanketta kohden).",
        "sv": "--by {value}: enda alternativet är project (en rad per projekt).",
        "en": "--by {value}: the only choice is project (one row per project).",
    },
    "portfolio.err_by_needs_csv": {
        "fi": "--by project toimii vain muodossa csv (--format csv).",
        "sv": "--by project fungerar bara med formatet csv (--format csv).",
        "en": "--by project works with CSV only (--format csv).",
    },
    "portfolio.export_written": {
        "fi": "{rows} hanketta ({columns} saraketta) → {file}",
        "sv": "{rows} projekt ({columns} kolumner) → {file}",
        "en": "{rows} projects ({columns} columns) → {file}",
    },
}
