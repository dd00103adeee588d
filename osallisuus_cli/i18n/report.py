"""Report texts: headings, labels, table captions, chart titles, method notes; and the report and demo commands."""

MESSAGES: dict[str, dict[str, str]] = {
    # Title and key facts
    "report.title": {
        "fi": "Osallisuutta edistävän toiminnan itsearviointi",
        "sv": "Självvärdering av hur verksamheten främjar delaktighet",
        "en": "Self-assessment of how the activity promotes inclusion",
    },
    "report.default_title": {
        "fi": "Osallisuutta edistävän toiminnan itsearviointi: {project}",
        "sv": "Självvärdering av hur verksamheten främjar delaktighet: {project}",
        "en": "Self-assessment of how the activity promotes inclusion: {project}",
    },
    "report.subtitle": {
        "fi": "Tiimin itsearviointi THL:n kysymyssarjalla {framework}",
        "sv": "Teamets självvärdering med THL:s frågor {framework}",
        "en": "The team's self-assessment with THL's questions {framework}",
    },
    "report.cite_title": {
        "fi": "”{original}”",
        "sv": "”{original}”",
        "en": "“{original}”",
    },
    "report.cite_title_translated": {
        "fi": "”{original}” (epävirallinen käännös: ”{translation}”)",
        "sv": "”{original}” (inofficiell översättning: ”{translation}”)",
        "en": "“{original}” (unofficial translation: “{translation}”)",
    },
    "report.key_facts": {"fi": "Perustiedot", "sv": "Grunduppgifter", "en": "Key facts"},
    "report.project": {"fi": "Hanke", "sv": "Projekt", "en": "Project"},
    "report.projects": {
        "fi": "Hankkeet",
        "sv": "Projekt",
        "en": "Projects",
    },
    "report.code": {
        "fi": "hankekoodi",
        "sv": "projektkod",
        "en": "project code",
    },
    "report.phase": {"fi": "Vaihe", "sv": "Fas", "en": "Phase"},
    "report.phases": {"fi": "Vaiheet", "sv": "Faser", "en": "Phases"},
    "report.respondents": {"fi": "Vastaajat", "sv": "Svarande", "en": "Respondents"},
    "report.respondents_latest": {
        "fi": "{count} viimeisimmässä vaiheessa (kaikkiaan {total} vastausta)",
        "sv": "{count} i den senaste fasen (sammanlagt {total} svar)",
        "en": "{count} in the latest phase ({total} responses in all)",
    },
    "report.dates": {
        "fi": "Kaikkien vastausten ajankohta",
        "sv": "Tidpunkt för alla svar",
        "en": "All answers given",
    },
    "report.date_range": {
        "fi": "{first}–{last}",
        "sv": "{first}–{last}",
        "en": "{first} – {last}",
    },
    "report.framework": {"fi": "Kysymyssarja", "sv": "Frågeuppsättning", "en": "Question set"},
    "report.source": {"fi": "Lähde", "sv": "Källa", "en": "Source"},
    "report.scale_heading": {
        "fi": "Näin luet asteikkoa",
        "sv": "Så läser du skalan",
        "en": "How to read the scale",
    },
    "report.scale_sentence": {
        "fi": "Jokainen vastaaja arvioi jokaisesta kysymyksestä, millä tasolla toiminta on asteikolla {low}–{high}. {low} tarkoittaa ”{low_label}” ja {high} ”{high_label}”. Mitä suurempi luku, sitä vakiintuneempi käytäntö. Vastauksia ”{na}” ja ”{dont_know}” ei lasketa keskiarvoihin.",
        "sv": "Varje svarande bedömer för varje fråga på vilken nivå ({low}–{high}) verksamheten ligger. {low} betyder ”{low_label}” och {high} ”{high_label}”. Ju högre tal, desto mer etablerad praxis. Svaren ”{na}” och ”{dont_know}” räknas inte in i medelvärdena.",
        "en": "Each respondent rates each question on a scale of {low}–{high}. {low} means “{low_label}” and {high} means “{high_label}”. The higher the number, the more established the practice. The answers “{na}” and “{dont_know}” are not included in the averages and are never counted as zero.",
    },
    "report.scale_own": {
        "fi": "Asteikko on tämän työkalun oma; THL ei pisteytä kysymyksiä.",
        "sv": "Skalan är det här verktygets egen; THL poängsätter inte frågorna.",
        "en": "The scale is this tool's own; THL does not score the questions.",
    },
    "report.scale_levels": {"fi": "Asteikko", "sv": "Skalan", "en": "The scale"},
    "report.unofficial_translation": {
        "fi": "Kysymykset ovat tällä kielellä epävirallinen käännös; alkuperäinen teksti on virallinen.",
        "sv": "Frågorna på svenska är en inofficiell översättning; originaltexten är den officiella.",
        "en": "The questions in English are an unofficial translation; the original text is authoritative.",
    },
    "report.untranslated": {
        "fi": "Kysymyssarjassa ei ole tekstejä suomeksi, joten kysymykset näytetään alkuperäiskielellä.",
        "sv": "Frågeuppsättningen har inga texter på svenska, så frågorna visas på originalspråket.",
        "en": "The question set has no English texts, so the questions are shown in their original language.",
    },
    "report.no_answers": {
        "fi": "Vastauksia ei ole vielä. Kun tiimi on vastannut (osallisuus assess), tee raportti uudelleen.",
        "sv": "Det finns inga svar ännu. När teamet har svarat (osallisuus assess), gör rapporten på nytt.",
        "en": "There are no answers yet. Once the team has answered (osallisuus assess), build the report again.",
    },
    "report.contents": {"fi": "Sisällys", "sv": "Innehåll", "en": "Contents"},
    "report.key_figures": {"fi": "Tunnusluvut", "sv": "Nyckeltal", "en": "Key figures"},
    "report.kf_respondents.one": {
        "fi": "vastaaja",
        "sv": "svarande",
        "en": "respondent",
    },
    "report.kf_respondents.other": {
        "fi": "vastaajaa",
        "sv": "svarande",
        "en": "respondents",
    },
    "report.kf_coverage": {
        "fi": "kysymyksistä vastattu",
        "sv": "av frågorna besvarade",
        "en": "of the questions answered",
    },
    "report.kf_discuss.one": {
        "fi": "kysymys keskusteltavaksi",
        "sv": "fråga att diskutera",
        "en": "question to discuss",
    },
    "report.kf_discuss.other": {
        "fi": "kysymystä keskusteltavaksi",
        "sv": "frågor att diskutera",
        "en": "questions to discuss",
    },
    # Headings
    "report.h_summary": {
        "fi": "Yhteenveto osioittain",
        "sv": "Sammanfattning per avsnitt",
        "en": "Summary by section",
    },
    "report.h_questions": {
        "fi": "Tulokset kysymyksittäin",
        "sv": "Resultat fråga för fråga",
        "en": "Results question by question",
    },
    "report.h_strengths_development": {
        "fi": "Vahvuudet ja kehittämiskohteet",
        "sv": "Styrkor och utvecklingsområden",
        "en": "Strengths and areas for development",
    },
    "report.h_strengths": {"fi": "Vahvuudet", "sv": "Styrkor", "en": "Strengths"},
    "report.h_development": {
        "fi": "Kehittämiskohteet",
        "sv": "Utvecklingsområden",
        "en": "Areas for development",
    },
    "report.h_disputed": {
        "fi": "Eniten näkemyseroja",
        "sv": "De största skillnaderna i bedömningarna",
        "en": "Widest disagreement",
    },
    "report.h_actions": {
        "fi": "Vastaajien ehdottamat seuraavat askeleet",
        "sv": "Nästa steg som de svarande föreslog",
        "en": "Next steps suggested by respondents",
    },
    "report.h_trend": {
        "fi": "Muutos vaiheesta toiseen",
        "sv": "Förändring från fas till fas",
        "en": "Change from phase to phase",
    },
    "report.h_trend_sections": {
        "fi": "Osioittain",
        "sv": "Per avsnitt",
        "en": "By section",
    },
    "report.h_trend_questions": {"fi": "Kysymyksittäin", "sv": "Per fråga", "en": "By question"},
    "report.h_method": {
        "fi": "Menetelmä ja tulkinta",
        "sv": "Metod och tolkning",
        "en": "Method and interpretation",
    },
    # Table columns and figures
    "report.col_section": {"fi": "Osio", "sv": "Avsnitt", "en": "Section"},
    # THL's domains (1, 2 = 2A + 2B, 3, R) as wholes: the Innokylä appendix
    "report.col_domain": {"fi": "Osa-alue", "sv": "Delområde", "en": "Domain"},
    "report.col_mean": {
        "fi": "Keskiarvo",
        "sv": "Medelvärde",
        "en": "Average",
    },
    "report.col_mean_scale": {
        "fi": "Keskiarvo ({low}⁠–⁠{high})",
        "sv": "Medelvärde ({low}⁠–⁠{high})",
        "en": "Average ({low}⁠–⁠{high})",
    },
    "report.col_percent": {
        "fi": "Keskiarvon kohta asteikolla (%)",
        "sv": "Medelvärdets läge på skalan (%)",
        "en": "Position of the average on the scale (%)",
    },
    "report.col_median": {"fi": "Mediaani", "sv": "Median", "en": "Median"},
    "report.col_answered": {"fi": "Vastanneet n/N", "sv": "Svarande n/N", "en": "Answered n/N"},
    "report.col_na": {"fi": "Ei koske", "sv": "Gäller inte", "en": "N/A"},
    "report.col_dont_know": {
        "fi": "En osaa sanoa",
        "sv": "Kan inte säga",
        "en": "Don't know",
    },
    "report.col_chart": {
        "fi": "Keskiarvo kuvana",
        "sv": "Medelvärdet som stapel",
        "en": "Average as a bar",
    },
    "report.col_range": {"fi": "Vaihteluväli", "sv": "Lägsta–högsta", "en": "Range"},
    "report.col_question": {"fi": "Kysymys", "sv": "Fråga", "en": "Question"},
    "report.col_change": {"fi": "Muutos", "sv": "Förändring", "en": "Change"},
    "report.col_level": {"fi": "Taso", "sv": "Nivå", "en": "Level"},
    "report.col_count": {"fi": "Vastauksia", "sv": "Svar", "en": "Answers"},
    "report.col_period": {
        "fi": "{label} (n\u00a0=\u00a0{n})",
        "sv": "{label} (n\u00a0=\u00a0{n})",
        "en": "{label} (n\u00a0=\u00a0{n})",
    },
    "report.mean": {
        "fi": "Keskiarvo",
        "sv": "Medelvärde",
        "en": "Average",
    },
    "report.median": {"fi": "mediaani", "sv": "median", "en": "median"},
    "report.range": {"fi": "vaihteluväli", "sv": "lägsta–högsta", "en": "range"},
    "report.answered": {"fi": "vastanneet", "sv": "svarande", "en": "answered"},
    "report.na_short": {"fi": "ei koske", "sv": "gäller inte", "en": "N/A"},
    "report.dont_know_short": {
        "fi": "en osaa sanoa",
        "sv": "kan inte säga",
        "en": "don't know",
    },
    "report.no_answer": {"fi": "Ei vastausta", "sv": "Inget svar", "en": "No answer"},
    "report.no_ratings": {"fi": "ei arvioita", "sv": "inga bedömningar", "en": "no ratings"},
    "report.distribution": {"fi": "Jakauma", "sv": "Fördelning", "en": "Distribution"},
    "report.domain_whole": {
        "fi": "{title} ({parts} yhteensä)",
        "sv": "{title} ({parts} sammantaget)",
        "en": "{title} ({parts} together)",
    },
    "report.phase.suunnittelu": {
        "fi": "Suunnittelu",
        "sv": "Planering",
        "en": "Planning",
    },
    "report.phase.toteutus": {
        "fi": "Toteutus",
        "sv": "Genomförande",
        "en": "Implementation",
    },
    "report.phase.arviointi": {
        "fi": "Arviointi",
        "sv": "Utvärdering",
        "en": "Evaluation",
    },
    "report.period_round": {
        "fi": "{phase}, kierros {round}",
        "sv": "{phase}, omgång {round}",
        "en": "{phase}, round {round}",
    },
    # Per question
    "report.discuss": {
        "fi": "Keskusteltavaa: arviot jakautuvat kahteen ryhmään vähintään kahden tason päähän toisistaan",
        "sv": "Att diskutera: bedömningarna delar sig i två grupper minst två nivåer från varandra",
        "en": "To discuss: ratings split into two groups at least two levels apart",
    },
    "report.discuss_short": {"fi": "Keskusteltavaa", "sv": "Att diskutera", "en": "To discuss"},
    "report.how": {
        "fi": "Miten käytännössä?",
        "sv": "Hur gör ni i praktiken?",
        "en": "How do you do this in practice?",
    },
    "report.no_how": {
        "fi": "Käytännön kuvauksia ei kirjattu.",
        "sv": "Inga beskrivningar av arbetet i praktiken skrevs ner.",
        "en": "No descriptions of practice were recorded.",
    },
    "report.times.one": {
        "fi": "({count} vastaaja)",
        "sv": "({count} svarande)",
        "en": "({count} respondent)",
    },
    "report.times.other": {
        "fi": "({count} vastaajaa)",
        "sv": "({count} svarande)",
        "en": "({count} respondents)",
    },
    "report.question_ref": {"fi": "kysymys {number}", "sv": "fråga {number}", "en": "question {number}"},
    "report.question_times.one": {
        "fi": "kysymys {number}, {count} vastaaja",
        "sv": "fråga {number}, {count} svarande",
        "en": "question {number}, {count} respondent",
    },
    "report.question_times.other": {
        "fi": "kysymys {number}, {count} vastaajaa",
        "sv": "fråga {number}, {count} svarande",
        "en": "question {number}, {count} respondents",
    },
    # Strengths, development areas, disputed
    "report.strengths_intro": {
        "fi": "Kysymykset, joissa keskiarvo on korkein, ja kysymykset, joissa se on matalin tai joissa arviot eroavat eniten.",
        "sv": "Frågorna med det högsta medelvärdet, och frågorna med det lägsta eller där bedömningarna skiljer sig mest.",
        "en": "The questions with the highest average, and those with the lowest or where the ratings differ most.",
    },
    # At a glance, under the key figures: the strongest question and the one with most to develop
    "report.glance": {"fi": "Lyhyesti", "sv": "I korthet", "en": "At a glance"},
    "report.glance_strongest": {"fi": "Vahvin", "sv": "Starkast", "en": "Strongest"},
    "report.glance_weakest": {"fi": "Eniten kehitettävää", "sv": "Mest att utveckla", "en": "Most to develop"},
    "report.item_figures": {
        "fi": "keskiarvo {mean}, vastanneet {n}/{total}",
        "sv": "medelvärde {mean}, svarande {n}/{total}",
        "en": "average {mean}, answered {n}/{total}",
    },
    "report.item_disputed": {
        "fi": "arviot {low}–{high}, keskiarvo {mean}, vastanneet {n}/{total}",
        "sv": "bedömningar {low}–{high}, medelvärde {mean}, svarande {n}/{total}",
        "en": "ratings {low}–{high}, average {mean}, answered {n}/{total}",
    },
    "report.none_rated": {
        "fi": "Yhtään kysymystä ei ole arvioitu asteikolla.",
        "sv": "Ingen fråga har bedömts på skalan.",
        "en": "No question has been rated on the scale.",
    },
    "report.none_development": {
        "fi": "Kaikki arvioidut kysymykset saivat saman, korkeimman keskiarvon.",
        "sv": "Alla bedömda frågor fick samma, högsta medelvärde.",
        "en": "Every rated question got the same, highest average.",
    },
    # Action plan
    "report.actions_intro": {
        "fi": "Vastaajien kirjaamat seuraavat askeleet osioittain. Suluissa kysymyksen numero.",
        "sv": "De nästa steg som de svarande skrev ner, per avsnitt. Frågans nummer inom parentes.",
        "en": "The next steps the respondents wrote down, by section. The question number is in brackets.",
    },
    "report.no_actions": {
        "fi": "Seuraavia askeleita ei ole kirjattu.",
        "sv": "Inga nästa steg har skrivits ner.",
        "en": "No next steps have been written down.",
    },
    # Trend
    "report.trend_intro": {
        "fi": "Aineistossa on vastauksia useammasta vaiheesta tai kierroksesta. Muutos on viimeisen ja ensimmäisen keskiarvon erotus asteikon tasoina, laskettuna taulukon pyöristetyistä keskiarvoista.",
        "sv": "Materialet innehåller svar från flera faser eller omgångar. Förändringen är skillnaden mellan det sista och det första medelvärdet, i skalnivåer, räknad från de avrundade medelvärdena i tabellen.",
        "en": "The answers come from several phases or rounds. The change is the last average minus the first, in levels of the scale, worked out from the rounded averages in the table.",
    },
    "report.trend_single": {
        "fi": "Kaikki vastaukset ovat samasta vaiheesta. Muutos näkyy, kun sama tiimi vastaa myös seuraavassa vaiheessa (suunnittelu → toteutus → arviointi).",
        "sv": "Alla svar kommer från samma fas. Förändringen syns när samma team svarar också i nästa fas (planering → genomförande → utvärdering).",
        "en": "All answers come from one phase. The change appears once the same team answers again in the next phase (planning → implementation → evaluation).",
    },
    # Charts and table captions
    "report.chart_summary_title": {
        "fi": "Keskiarvo osioittain",
        "sv": "Medelvärde per avsnitt",
        "en": "Average by section",
    },
    "report.chart_domains_title": {
        "fi": "Keskiarvo osa-alueittain",
        "sv": "Medelvärde per delområde",
        "en": "Average by domain",
    },
    "report.chart_summary_desc": {
        "fi": "Vaakapylväät asteikolla {low}–{high}. {values}. Samat luvut ovat seuraavassa taulukossa.",
        "sv": "Liggande staplar på skalan {low}–{high}. {values}. Samma tal finns i tabellen nedan.",
        "en": "Horizontal bars on the scale {low}–{high}. {values}. The same figures are in the table below.",
    },
    "report.chart_question_title": {
        "fi": "Vastausten jakauma, kysymys {number}",
        "sv": "Svarens fördelning, fråga {number}",
        "en": "Distribution of answers, question {number}",
    },
    "report.chart_trend_title": {
        "fi": "Keskiarvot osioittain vaiheesta toiseen",
        "sv": "Medelvärden per avsnitt från fas till fas",
        "en": "Section averages from phase to phase",
    },
    "report.chart_trend_desc": {
        "fi": "Ryhmitellyt vaakapylväät, yksi pylväs kutakin vaihetta kohden. {values}. Samat luvut ovat seuraavassa taulukossa.",
        "sv": "Grupperade liggande staplar, en stapel per fas. {values}. Samma tal finns i tabellen nedan.",
        "en": "Grouped horizontal bars, one bar per phase. {values}. The same figures are in the table below.",
    },
    "report.caption_summary": {
        "fi": "Osioiden tunnusluvut. ”Ei koske” ja ”En osaa sanoa” ovat vastausten määriä, eikä niitä lasketa keskiarvoon.",
        "sv": "Avsnittens nyckeltal. ”Gäller inte” och ”Kan inte säga” är antal svar och räknas inte in i medelvärdet.",
        "en": "Figures by section. “N/A” and “Don't know” are numbers of answers and are not part of the average.",
    },
    "report.caption_domains": {
        "fi": "Osa-alueiden tunnusluvut. ”Ei koske” ja ”En osaa sanoa” ovat vastausten määriä, eikä niitä lasketa keskiarvoon.",
        "sv": "Delområdenas nyckeltal. ”Gäller inte” och ”Kan inte säga” är antal svar och räknas inte in i medelvärdet.",
        "en": "Figures by domain. “N/A” and “Don't know” are numbers of answers and are not part of the average.",
    },
    "report.percent_note": {
        "fi": "Prosentti kertoo keskiarvon kohdan asteikolla ({low} = 0 %, {high} = 100 %). Se ei ole tavoitteen toteutumisaste eikä vertailukelpoinen THL:n osallisuusindikaattorin 0–100-lukujen kanssa.",
        "sv": "Procenttalet visar medelvärdets läge på skalan ({low} = 0 %, {high} = 100 %). Det är ingen måluppfyllelsegrad och kan inte jämföras med 0–100-värdena från THL:s delaktighetsindikator.",
        "en": "The percentage shows where the average lies on the scale ({low} = 0%, {high} = 100%). It is not a rate of achievement and cannot be compared with the 0–100 results of THL's inclusion indicator.",
    },
    "report.caption_distribution": {
        "fi": "Vastausten jakauma, kysymys {number}",
        "sv": "Svarens fördelning, fråga {number}",
        "en": "Distribution of answers, question {number}",
    },
    "report.caption_trend_sections": {
        "fi": "Osioiden keskiarvot vaiheittain ja muutos",
        "sv": "Avsnittens medelvärden per fas och förändringen",
        "en": "Section averages by phase and the change",
    },
    "report.caption_trend_questions": {
        "fi": "Kysymysten keskiarvot vaiheittain ja muutos",
        "sv": "Frågornas medelvärden per fas och förändringen",
        "en": "Question averages by phase and the change",
    },
    "report.legend": {"fi": "Värien selitys", "sv": "Färgernas betydelse", "en": "What the colours mean"},
    # Method notes
    "report.method_scale": {
        "fi": "Vastausasteikko on tämän työkalun oma: THL ei anna kysymyksille pisteytystä. Luvut tukevat keskustelua ja kehittämistä; ne eivät ole toiminnan arvosana.",
        "sv": "Svarsskalan är det här verktygets egen: THL ger ingen poängsättning för frågorna. Talen stöder diskussion och utveckling; de är inget betyg på verksamheten.",
        "en": "The answer scale is this tool's own: THL gives no scoring for the questions. The figures support discussion and development; they are not a grade for the activity.",
    },
    "report.method_excluded": {
        "fi": "Vastauksia ”{na}” ja ”{dont_know}” ei lasketa keskiarvoihin eikä mediaaneihin, eikä niitä tulkita nollaksi; ne näkyvät omina lukuinaan.",
        "sv": "Svaren ”{na}” och ”{dont_know}” räknas inte in i medelvärden eller medianer och tolkas inte som noll; de visas som egna tal.",
        "en": "The answers “{na}” and “{dont_know}” are not included in the averages or medians and are never counted as zero; they are shown as counts of their own.",
    },
    "report.method_n": {
        "fi": "n on asteikolla vastanneiden määrä (osiossa: vähintään yhteen sen kysymykseen), N vastaajien määrä. Osion keskiarvo ja mediaani lasketaan kaikista osion arvioista.",
        "sv": "n är antalet svarande som svarade på skalan (för ett avsnitt: på minst en av dess frågor), N antalet svarande. Avsnittets medelvärde och median beräknas på alla bedömningar inom avsnittet.",
        "en": "n is the number of respondents who rated on the scale (for a section: at least one of its questions), N the number of respondents. A section's average and median are taken over all ratings in the section.",
    },
    "report.method_percent": {
        "fi": "Taulukon prosentti kertoo keskiarvon kohdan asteikolla: {low} on 0 % ja {high} on 100 %. Prosentti ei ole tavoitteen toteutumisaste eikä vertailukelpoinen THL:n osallisuusindikaattorin 0–100-lukujen kanssa.",
        "sv": "Procenttalet i tabellen visar medelvärdets läge på skalan: {low} är 0 % och {high} är 100 %. Procenttalet är ingen måluppfyllelsegrad och kan inte jämföras med 0–100-värdena från THL:s delaktighetsindikator.",
        "en": "The percentage in the table shows where the average lies on the scale: {low} is 0% and {high} is 100%. It is not a rate of achievement and cannot be compared with the 0–100 results of THL's inclusion indicator.",
    },
    "report.method_latest": {
        "fi": "Kun aineistossa on useita vaiheita tai kierroksia, yhteenveto, kysymyskohtaiset tulokset ja seuraavat askeleet kuvaavat kunkin hankkeen viimeisintä vaihetta; muutososio vertaa niitä kaikkia.",
        "sv": "När materialet innehåller flera faser eller omgångar beskriver sammanfattningen, resultaten per fråga och nästa steg varje projekts senaste fas; avsnittet om förändring jämför dem alla.",
        "en": "When the answers span several phases or rounds, the summary, the results by question and the next steps describe each project's latest phase; the section on change compares all of them.",
    },
    "report.method_text": {
        "fi": "Avovastaukset näytetään sellaisinaan, vastaajan omalla kielellä; täsmälleen samat vastaukset näytetään kerran, ja niiden määrä on suluissa. Raportissa ei näy vastaajien nimiä.",
        "sv": "Fritextsvaren visas som de skrevs, på den svarandes eget språk; identiska svar visas en gång med antalet inom parentes. Rapporten visar inga namn på de svarande.",
        "en": "Free-text answers are shown as written, in the respondent's own language; identical answers are shown once, with their number in brackets. The report shows no respondents' names.",
    },
    "report.method_source": {
        "fi": "Kysymykset: {title}, {publisher}.",
        "sv": "Frågorna: {title}, {publisher}.",
        "en": "The questions: {title}, {publisher}.",
    },
    "report.generated_by": {
        "fi": "Tehty osallisuus-työkalun versiolla {version}; kysymyssarja {id}, versio {set_version}.",
        "sv": "Gjord med version {version} av verktyget osallisuus; frågeuppsättning {id}, version {set_version}.",
        "en": "Made with version {version} of the osallisuus tool; question set {id}, version {set_version}.",
    },
    "report.not_thl": {
        "fi": "Työkalu ei ole THL:n tuottama; kysymykset ovat THL:n.",
        "sv": "Verktyget är inte gjort av THL; frågorna är THL:s.",
        "en": "This tool is not made by THL; the questions are THL's.",
    },
    # Innokylä appendix
    "report.innokyla_title": {
        "fi": "Osallisuutta edistävän toiminnan itsearviointi: liite Innokylän toimintamallikuvaukseen",
        "sv": "Självvärdering av hur verksamheten främjar delaktighet: bilaga till beskrivningen av verksamhetsmodellen i Innokylä",
        "en": "Self-assessment of how the activity promotes inclusion: appendix to the Innokylä practice description",
    },
    "report.innokyla_h_summary": {
        "fi": "Yhteenveto osa-alueittain",
        "sv": "Sammanfattning per delområde",
        "en": "Summary by domain",
    },
    "report.innokyla_intro": {
        "fi": "Sitä, miten toiminta edistää osallisuutta, on arvioitu THL:n 24 apukysymyksen avulla. Kustakin osallisuuden osa-alueesta kerrotaan, mitä toiminnassa tehdään (tiimin omin sanoin) ja millä tasolla toiminta on tiimin arvion mukaan.",
        "sv": "Hur verksamheten främjar delaktighet har bedömts med THL:s 24 stödfrågor. För varje delområde av delaktighet visas vad verksamheten gör (med teamets egna ord) och på vilken nivå verksamheten ligger enligt teamets bedömning.",
        "en": "How the activity promotes inclusion has been assessed with THL's 24 guiding questions. For each domain of inclusion: what the activity does (in the team's own words) and the level the team assessed.",
    },
    "report.innokyla_level": {
        "fi": "Arvioitu taso: {mean} / {high}, lähimpänä tasoa ”{label}”; vastanneet {n}/{total}.",
        "sv": "Bedömd nivå: {mean} / {high}, närmast nivån ”{label}”; svarande {n}/{total}.",
        "en": "Assessed level: {mean} / {high}, closest to “{label}”; answered {n}/{total}.",
    },
    "report.innokyla_level_none": {
        "fi": "Arvioitu taso: ei arvioita.",
        "sv": "Bedömd nivå: inga bedömningar.",
        "en": "Assessed level: no ratings.",
    },
    "report.innokyla_practices": {
        "fi": "Mitä toiminnassa tehdään",
        "sv": "Vad verksamheten gör",
        "en": "What the activity does",
    },
    "report.innokyla_no_practices": {
        "fi": "Tiimi ei kuvannut käytäntöjä tältä osa-alueelta.",
        "sv": "Teamet beskrev inga arbetssätt inom detta delområde.",
        "en": "The team described no practices in this domain.",
    },
    "report.innokyla_note": {
        "fi": "Taso on tiimin itsearvio tämän työkalun asteikolla; THL ei pisteytä kysymyksiä. Kysymyskohtaiset tulokset ovat tiimin koko arviointiraportissa.",
        "sv": "Nivån är teamets självvärdering på det här verktygets skala; THL poängsätter inte frågorna. Resultaten fråga för fråga finns i teamets fullständiga bedömningsrapport.",
        "en": "The level is the team's self-assessment on this tool's scale; THL does not score the questions. The results question by question are in the team's full assessment report.",
    },
    # The report command
    "report.err_format": {
        "fi": "muotoa '{value}' ei tueta — valitse md tai html",
        "sv": "formatet '{value}' stöds inte — välj md eller html",
        "en": "format '{value}' is not supported — choose md or html",
    },
    "report.err_format_conflict": {
        "fi": "--format {fmt} ei sovi tiedostopäätteeseen {suffix} — jätä toinen pois",
        "sv": "--format {fmt} passar inte ihop med filändelsen {suffix} — ta bort det ena",
        "en": "--format {fmt} does not match the file suffix {suffix} — drop one of them",
    },
    "report.err_suffix": {
        "fi": "tiedostopäätteestä '{suffix}' ei voi päätellä muotoa — käytä päätettä .md tai .html tai anna --format",
        "sv": "formatet kan inte avgöras av filändelsen '{suffix}' — använd .md eller .html eller ange --format",
        "en": "cannot tell the format from the suffix '{suffix}' — use .md or .html, or pass --format",
    },
    "report.err_template_name": {
        "fi": "mallipohjan nimi '{name}' ei kelpaa — käytä pieniä kirjaimia, numeroita, - ja _ (esim. report tai innokyla)",
        "sv": "mallnamnet '{name}' är ogiltigt — använd gemener, siffror, - och _ (t.ex. report eller innokyla)",
        "en": "template name '{name}' is not valid — use lower-case letters, digits, - and _ (e.g. report or innokyla)",
    },
    "report.err_template_missing": {
        "fi": "mallipohjaa {name} ei löydy — tarkista --template ja --templates",
        "sv": "mallen {name} hittas inte — kontrollera --template och --templates",
        "en": "template {name} not found — check --template and --templates",
    },
    "report.err_template_format": {
        "fi": "mallipohja {template} on vain muodossa {formats}, ei {fmt} — anna tiedostolle sen pääte (esim. -o {template}.{formats}) tai jätä --format pois",
        "sv": "mallen {template} finns bara i formatet {formats}, inte {fmt} — ge filen dess ändelse (t.ex. -o {template}.{formats}) eller ta bort --format",
        "en": "the template {template} comes as {formats} only, not {fmt} — give the file that ending (e.g. -o {template}.{formats}) or leave out --format",
    },
    "report.err_template_unknown": {
        "fi": "mallipohjaa {template} ei ole — valitse report, innokyla, summary, portfolio tai funder (tai anna omat mallipohjat valitsimella --templates)",
        "sv": "mallen {template} finns inte — välj report, innokyla, summary, portfolio eller funder (eller ange egna mallar med --templates)",
        "en": "there is no template {template} — choose report, innokyla, summary, portfolio or funder (or give your own with --templates)",
    },
    "report.err_template_syntax": {
        "fi": "virhe mallipohjassa: {detail} — korjaa mallipohja",
        "sv": "fel i mallen: {detail} — rätta mallen",
        "en": "error in the template: {detail} — fix the template",
    },
    "report.err_template_undefined": {
        "fi": "mallipohja {name} käyttää tuntematonta arvoa ({detail}) — katso docs/reports.md",
        "sv": "mallen {name} använder ett okänt värde ({detail}) — se docs/reports.md",
        "en": "template {name} uses an unknown value ({detail}) — see docs/reports.md",
    },
    "report.err_template_recursion": {
        "fi": 'mallipohja {name} laajentaa tai sisällyttää itsensä — rakenna sisäänrakennetun päälle: {{% extends "{builtin}" %}}',
        "sv": 'mallen {name} utvidgar eller inkluderar sig själv — bygg på den inbyggda: {{% extends "{builtin}" %}}',
        "en": 'template {name} extends or includes itself — build on the built-in one: {{% extends "{builtin}" %}}',
    },
    "report.err_templates_dir": {
        "fi": "mallipohjakansiota ei löydy — tarkista --templates-polku",
        "sv": "mallmappen hittas inte — kontrollera sökvägen i --templates",
        "en": "templates folder not found — check the --templates path",
    },
    "report.err_templates_missing": {
        "fi": "sisäänrakennetut mallipohjat puuttuvat asennuksesta — asenna osallisuus uudelleen",
        "sv": "de inbyggda mallarna saknas i installationen — installera osallisuus på nytt",
        "en": "the built-in templates are missing from the installation — reinstall osallisuus",
    },
    "report.wrote": {
        "fi": "Raportti tallennettu: {file}",
        "sv": "Rapporten har sparats: {file}",
        "en": "Report saved: {file}",
    },
    # The demo command
    "report.demo_exists": {
        "fi": "kansiossa {folder} on jo esimerkin tiedostoja — anna --force korvataksesi ne tai valitse toinen kansio (-o)",
        "sv": "mappen {folder} innehåller redan exempelfiler — ange --force för att skriva över dem eller välj en annan mapp (-o)",
        "en": "folder {folder} already holds demo files — pass --force to overwrite them or choose another folder (-o)",
    },
    "report.demo_wrote": {
        "fi": "Esimerkki tallennettu kansioon {folder}:",
        "sv": "Exemplet har sparats i mappen {folder}:",
        "en": "Example saved in {folder}:",
    },
    "report.demo_answers.one": {
        "fi": "{count} vastaustiedosto ({phases})",
        "sv": "{count} svarsfil ({phases})",
        "en": "{count} answer file ({phases})",
    },
    "report.demo_answers.other": {
        "fi": "{count} vastaustiedostoa ({phases})",
        "sv": "{count} svarsfiler ({phases})",
        "en": "{count} answer files ({phases})",
    },
    "report.demo_team": {"fi": "yhdistetty tiimitiedosto", "sv": "sammanslagen teamfil", "en": "merged team file"},
    "report.demo_report_md": {
        "fi": "raportti Markdownina",
        "sv": "rapporten i Markdown",
        "en": "the report in Markdown",
    },
    "report.demo_report_html": {
        "fi": "raportti selaimeen ja PDF:ksi tulostettavaksi",
        "sv": "rapporten för webbläsaren och för utskrift som PDF",
        "en": "the report for the browser and for printing to PDF",
    },
    "report.demo_innokyla": {
        "fi": "Innokylä-liite (Markdown ja HTML)",
        "sv": "Innokylä-bilagan (Markdown och HTML)",
        "en": "the Innokylä appendix (Markdown and HTML)",
    },
    "report.demo_open": {
        "fi": "Avaa ensin: {file}",
        "sv": "Öppna först: {file}",
        "en": "Open first: {file}",
    },
    "report.demo_next": {
        "fi": "Tee sama omista vastauksistanne: osallisuus report answers/ -o raportti.html",
        "sv": "Gör samma sak med era egna svar: osallisuus report answers/ -o rapport.html",
        "en": "Do the same with your own answers: osallisuus report answers/ -o report.html",
    },
}
