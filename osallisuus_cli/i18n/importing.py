"""Messages of ``osallisuus import`` and ``osallisuus questions kit``: survey exports into answers files."""

MESSAGES: dict[str, dict[str, str]] = {
    "importing.what_mapping": {
        "fi": "tuontimääritys (osallisuus/import-mapping/v1)",
        "sv": "en importmappning (osallisuus/import-mapping/v1)",
        "en": "an import mapping (osallisuus/import-mapping/v1)",
    },
    # Reading the export
    "importing.err_not_regular": {
        "fi": "tämä ei ole tavallinen tiedosto — anna kyselyn vientitiedosto (.xlsx tai .csv)",
        "sv": "detta är ingen vanlig fil — ange enkätens exportfil (.xlsx eller .csv)",
        "en": "this is not a regular file — give the survey's export file (.xlsx or .csv)",
    },
    "importing.err_empty_file": {
        "fi": "tiedosto on tyhjä — vie kyselyn vastaukset uudelleen",
        "sv": "filen är tom — exportera enkätens svar på nytt",
        "en": "the file is empty — export the survey's responses again",
    },
    "importing.err_sheet_not_xlsx": {
        "fi": "--sheet koskee vain .xlsx-tiedostoja — jätä se pois",
        "sv": "--sheet gäller bara .xlsx-filer — ta bort det",
        "en": "--sheet applies to .xlsx files only — leave it out",
    },
    "importing.err_too_many_rows": {
        "fi": "tiedostossa on {count} riviä, enintään {limit} luetaan — jaa tiedosto osiin",
        "sv": "filen har {count} rader, högst {limit} läses — dela upp filen",
        "en": "the file has {count} rows, at most {limit} are read — split the file",
    },
    "importing.err_too_many_columns": {
        "fi": "tiedostossa on {count} saraketta, enintään {limit} luetaan — poista ylimääräiset sarakkeet",
        "sv": "filen har {count} kolumner, högst {limit} läses — ta bort överflödiga kolumner",
        "en": "the file has {count} columns, at most {limit} are read — remove the extra columns",
    },
    "importing.err_encoding": {
        "fi": "merkistöä ei tunnistettu (odotettiin UTF-8 tai Windows-1252) — tallenna Excelissä muodossa 'CSV UTF-8'",
        "sv": "teckenkodningen kändes inte igen (väntade UTF-8 eller Windows-1252) — spara i Excel som 'CSV UTF-8'",
        "en": "the character encoding was not recognised (expected UTF-8 or Windows-1252) — save from Excel as 'CSV UTF-8'",
    },
    "importing.note_cp1252": {
        "fi": "huom: tiedosto ei ole UTF-8:aa, se luettiin Windows-1252-merkistönä (Excelin 'CSV (luetteloerotin)') — tarkista ä- ja ö-kirjaimet tuloksista",
        "sv": "obs: filen är inte UTF-8, den lästes som Windows-1252 (Excels 'CSV (semikolonavgränsad)') — kontrollera å, ä och ö i resultatet",
        "en": "note: the file is not UTF-8; it was read as Windows-1252 (Excel's ordinary 'CSV' format on a Finnish or Swedish system) — check letters such as ä and ö in the results",
    },
    "importing.err_csv": {
        "fi": "CSV-tiedostoa ei voi lukea ({detail}) — tallenna se uudelleen taulukkolaskentaohjelmasta",
        "sv": "CSV-filen kan inte läsas ({detail}) — spara den på nytt från kalkylprogrammet",
        "en": "the CSV file cannot be read ({detail}) — save it again from the spreadsheet program",
    },
    "importing.err_json": {
        "fi": "JSON-tiedostoa ei voi lukea ({detail}) — käytä komennon osallisuus export tekemää tiedostoa sellaisenaan",
        "sv": "JSON-filen kan inte läsas ({detail}) — använd filen från osallisuus export som den är",
        "en": "the JSON file cannot be read ({detail}) — use the file made by osallisuus export as it is",
    },
    "importing.err_xlsx": {
        "fi": "Excel-tiedostoa ei voi lukea ({detail}) — avaa se Excelissä ja tallenna uudelleen .xlsx-muodossa",
        "sv": "Excel-filen kan inte läsas ({detail}) — öppna den i Excel och spara den på nytt som .xlsx",
        "en": "the Excel file cannot be read ({detail}) — open it in Excel and save it again as .xlsx",
    },
    "importing.err_xls": {
        "fi": "tämä on vanhan muodon Excel-työkirja (.xls) — avaa se Excelissä ja tallenna muodossa .xlsx tai 'CSV UTF-8'",
        "sv": "det här är en Excel-arbetsbok i det gamla formatet (.xls) — öppna den i Excel och spara som .xlsx eller 'CSV UTF-8'",
        "en": "this is an Excel workbook in the old format (.xls) — open it in Excel and save it as .xlsx or 'CSV UTF-8'",
    },
    "importing.err_encrypted": {
        "fi": "työkirja on suojattu salasanalla (salattu) — avaa se Excelissä, poista salasana (Tiedosto > Tiedot > Suojaa työkirja) ja tallenna uudelleen",
        "sv": "arbetsboken är skyddad med lösenord (krypterad) — öppna den i Excel, ta bort lösenordet (Arkiv > Information > Skydda arbetsbok) och spara den på nytt",
        "en": "the workbook is protected with a password (encrypted) — open it in Excel, remove the password (File > Info > Protect Workbook) and save it again",
    },
    "importing.err_empty_zip": {
        "fi": "tiedosto on tyhjä zip-paketti, ei Excel-työkirja — vie kyselyn vastaukset uudelleen",
        "sv": "filen är ett tomt zip-arkiv, ingen Excel-arbetsbok — exportera enkätens svar på nytt",
        "en": "the file is an empty zip archive, not an Excel workbook — export the survey's responses again",
    },
    "importing.err_zip_not_xlsx": {
        "fi": "tiedosto on zip-paketti mutta ei Excel-työkirja — pura se ja tuo sen sisältä kyselyn vienti (.xlsx tai .csv)",
        "sv": "filen är ett zip-arkiv men ingen Excel-arbetsbok — packa upp den och importera enkätexporten i den (.xlsx eller .csv)",
        "en": "the file is a zip archive but not an Excel workbook — unpack it and import the survey export inside (.xlsx or .csv)",
    },
    "importing.err_opendocument": {
        "fi": "tämä on OpenDocument-laskentataulukko (.ods) — tallenna se muodossa .xlsx tai 'CSV UTF-8'",
        "sv": "det här är ett OpenDocument-kalkylblad (.ods) — spara det som .xlsx eller 'CSV UTF-8'",
        "en": "this is an OpenDocument spreadsheet (.ods) — save it as .xlsx or 'CSV UTF-8'",
    },
    "importing.err_own_file": {
        "fi": "tämä on osallisuuden oma tiedosto, ei kyselyn vienti, eikä sitä tuoda — vastaus-, tiimi- ja työpajatiedostot luetaan sellaisinaan (osallisuus validate, merge, report)",
        "sv": "det här är en fil från osallisuus själv, ingen enkätexport, och den importeras inte — svars-, team- och workshopfiler läses som de är (osallisuus validate, merge, report)",
        "en": "this is a file of osallisuus itself, not a survey export, and is not imported — answer, team and workshop files are read as they are (osallisuus validate, merge, report)",
    },
    "importing.err_pdf": {
        "fi": "tämä on PDF-asiakirja, ei kyselyn vienti — vie vastaukset kyselystä Excel- tai CSV-tiedostona",
        "sv": "det här är ett PDF-dokument, ingen enkätexport — exportera svaren från enkäten som Excel- eller CSV-fil",
        "en": "this is a PDF document, not a survey export — export the responses from the survey as an Excel or CSV file",
    },
    "importing.err_no_sheet_part": {
        "fi": "työkirjan välilehden {sheet} sisältö puuttuu tiedostosta (tiedosto on vioittunut) — vie kyselyn vastaukset uudelleen tai avaa tiedosto Excelissä ja tallenna uudelleen",
        "sv": "innehållet i arbetsbokens blad {sheet} saknas i filen (filen är skadad) — exportera enkätens svar på nytt eller öppna filen i Excel och spara den igen",
        "en": "the content of the workbook's sheet {sheet} is missing from the file (the file is damaged) — export the survey's responses again, or open it in Excel and save it again",
    },
    "importing.err_too_many_texts": {
        "fi": "työkirjassa on yli {limit} eri tekstiä — tämä ei ole tavallinen kyselyn vienti; jaa vastaukset osiin tai tallenna 'CSV UTF-8' -muodossa",
        "sv": "arbetsboken har över {limit} olika texter — detta är ingen vanlig enkätexport; dela upp svaren eller spara som 'CSV UTF-8'",
        "en": "the workbook holds more than {limit} different texts — this is not an ordinary survey export; split the responses or save as 'CSV UTF-8'",
    },
    "importing.err_shared_string": {
        "fi": "solu viittaa tekstiin numero '{index}', jota työkirjassa ei ole (tiedosto on vioittunut) — avaa se Excelissä ja tallenna uudelleen",
        "sv": "cellen hänvisar till text nummer '{index}', som arbetsboken inte har (filen är skadad) — öppna den i Excel och spara den igen",
        "en": "the cell refers to text number '{index}', which the workbook does not have (the file is damaged) — open it in Excel and save it again",
    },
    "importing.err_xlsx_cell": {
        "fi": "solua ei voi lukea (sen arvo ei ole sitä, mitä solun tyyppi lupaa) — avaa tiedosto Excelissä ja tallenna uudelleen",
        "sv": "cellen kan inte läsas (dess värde är inte vad celltypen lovar) — öppna filen i Excel och spara den igen",
        "en": "the cell cannot be read (its value is not what the cell's type says) — open the file in Excel and save it again",
    },
    "importing.not_a_zip": {
        "fi": "zip-paketti on rikki",
        "sv": "zip-arkivet är trasigt",
        "en": "the zip archive is broken",
    },
    "importing.json_too_deep": {
        "fi": "rakenne on sisäkkäin liian monta tasoa",
        "sv": "strukturen är kapslad i för många nivåer",
        "en": "the structure is nested too many levels deep",
    },
    "importing.json_long_number": {
        "fi": "luvussa on tuhansia numeroita",
        "sv": "ett tal har tusentals siffror",
        "en": "a number has thousands of digits",
    },
    "importing.err_zip_bomb": {
        "fi": "Excel-tiedosto purkautuisi {size} megatavuun — tämä ei ole tavallinen kyselyn vienti, eikä sitä avata",
        "sv": "Excel-filen skulle packas upp till {size} megabyte — detta är ingen vanlig enkätexport och öppnas inte",
        "en": "the Excel file would unpack to {size} megabytes — this is not an ordinary survey export and is not opened",
    },
    "importing.err_no_such_sheet": {
        "fi": "välilehteä '{sheet}' ei ole — välilehdet: {sheets}",
        "sv": "bladet '{sheet}' finns inte — bladen är: {sheets}",
        "en": "there is no sheet '{sheet}' — the sheets are: {sheets}",
    },
    "importing.err_only_hidden_sheets": {
        "fi": "kaikki välilehdet on piilotettu ({sheets}) — valitse yksi valitsimella --sheet",
        "sv": "alla blad är dolda ({sheets}) — välj ett med --sheet",
        "en": "every sheet is hidden ({sheets}) — choose one with --sheet",
    },
    "importing.err_empty_sheet": {
        "fi": "välilehti {sheet} on tyhjä, piilotetut välilehdet: {hidden} — valitse oikea valitsimella --sheet",
        "sv": "bladet {sheet} är tomt, dolda blad: {hidden} — välj rätt blad med --sheet",
        "en": "sheet {sheet} is empty; hidden sheets: {hidden} — choose the right one with --sheet",
    },
    "importing.note_hidden_sheets": {
        "fi": "huom: piilotetut välilehdet jätettiin lukematta: {sheets}",
        "sv": "obs: dolda blad lästes inte: {sheets}",
        "en": "note: hidden sheets were not read: {sheets}",
    },
    "importing.note_other_sheets": {
        "fi": "huom: luettiin välilehti {sheet}; muut ({others}) saa valitsimella --sheet",
        "sv": "obs: bladet {sheet} lästes; de andra ({others}) fås med --sheet",
        "en": "note: sheet {sheet} was read; the others ({others}) can be chosen with --sheet",
    },
    # The mapping
    "importing.err_mapping_framework": {
        "fi": "tuontimääritys on tehty toiselle kysymyssarjalle — tee uusi komennolla osallisuus questions kit (käytössä {id} {version})",
        "sv": "importmappningen gjordes för en annan frågeuppsättning — gör en ny med osallisuus questions kit ({id} {version} används)",
        "en": "the mapping was made for another question set — make a new one with osallisuus questions kit ({id} {version} is in use)",
    },
    "importing.err_mapping_target": {
        "fi": "tuntematon kenttä '{target}' — käytä muotoa q07.level, q07.how, q07.next_step, project.name, project.phase, respondent.role …",
        "sv": "okänt fält '{target}' — använd formen q07.level, q07.how, q07.next_step, project.name, project.phase, respondent.role …",
        "en": "unknown field '{target}' — use q07.level, q07.how, q07.next_step, project.name, project.phase, respondent.role …",
    },
    "importing.err_mapping_header_twice": {
        "fi": "otsikko '{header}' on jo kentällä {other} — yksi otsikko voi kuulua vain yhdelle kentälle",
        "sv": "rubriken '{header}' hör redan till {other} — en rubrik kan bara höra till ett fält",
        "en": "the header '{header}' already belongs to {other} — a header can belong to one field only",
    },
    "importing.err_timezone": {
        "fi": "aikavyöhykettä '{value}' ei tunneta — käytä esim. Europe/Helsinki",
        "sv": "tidszonen '{value}' är okänd — använd t.ex. Europe/Helsinki",
        "en": "unknown time zone '{value}' — use e.g. Europe/Helsinki",
    },
    # Columns
    "importing.err_csv_swallowed": {
        "fi": "solussa on rivinvaihtoja ja kokonaisen rivin verran erottimia {delimiter} ({lines} riviä): solun alussa oleva lainausmerkki on luultavasti niellyt seuraavat rivit yhteen soluun — poista lainausmerkki solun alusta tai tallenna tiedosto uudelleen taulukkolaskentaohjelmasta",
        "sv": "cellen innehåller radbrytningar och avgränsare {delimiter} för en hel rad ({lines} rader): ett citattecken i början av cellen har troligen slukat de följande raderna i en cell — ta bort citattecknet i början av cellen eller spara filen på nytt från kalkylprogrammet",
        "en": "the cell holds line breaks and a whole row's worth of delimiters {delimiter} ({lines} lines): a quotation mark at the start of the cell has probably swallowed the rows after it into one cell — remove the quotation mark at the start of the cell or save the file again from the spreadsheet program",
    },
    "importing.err_csv_width": {
        "fi": "rivillä on {count} solua, otsikkorivillä {width}: ei voi tietää, mikä arvo kuuluu mihinkin sarakkeeseen — tekstin sisällä oleva erotin {delimiter} pitää olla lainausmerkeissä; tallenna tiedosto uudelleen taulukkolaskentaohjelmasta",
        "sv": "raden har {count} celler, rubrikraden {width}: det går inte att veta vilket värde som hör till vilken kolumn — en avgränsare {delimiter} inne i en text ska stå inom citattecken; spara filen på nytt från kalkylprogrammet",
        "en": "the row has {count} cells, the header row {width}: which value belongs to which column cannot be known — a delimiter {delimiter} inside a text must be within quotation marks; save the file again from the spreadsheet program",
    },
    "importing.delimiter_tab": {"fi": "(sarkain)", "sv": "(tabb)", "en": "(tab)"},
    "importing.err_two_columns": {
        "fi": "sarake '{header}' on samalle kysymykselle kuin sarake {other} — poista toinen tai korjaa otsikko",
        "sv": "kolumnen '{header}' gäller samma fråga som kolumn {other} — ta bort den ena eller rätta rubriken",
        "en": "column '{header}' is for the same question as column {other} — remove one or correct its header",
    },
    "importing.err_missing_column": {
        "fi": "saraketta '{header}' ({target}) ei löydy — tarkista otsikko tai poista se tuontimäärityksestä",
        "sv": "kolumnen '{header}' ({target}) saknas — kontrollera rubriken eller ta bort den ur importmappningen",
        "en": "no column '{header}' ({target}) — check the header, or remove it from the mapping",
    },
    "importing.err_no_project_name": {
        "fi": "hankkeen nimi puuttuu: kyselyssä ei ole sitä kysyvää saraketta — anna --project NIMI tai käytä projektitiedostoa",
        "sv": "projektets namn saknas: enkäten har ingen kolumn för det — ange --project NAMN eller använd en projektfil",
        "en": "no project name: the survey has no column for it — give --project NAME or use a project file",
    },
    "importing.err_no_phase": {
        "fi": "vaihe puuttuu: kyselyssä ei ole sitä kysyvää saraketta — anna --phase suunnittelu, toteutus tai arviointi",
        "sv": "fasen saknas: enkäten har ingen kolumn för den — ange --phase planering, genomförande eller utvärdering",
        "en": "no phase: the survey has no column for it — give --phase planning, implementation or evaluation",
    },
    "importing.note_unused_columns.one": {
        "fi": "huom: 1 sarake jätettiin käyttämättä: {columns}",
        "sv": "obs: 1 kolumn användes inte: {columns}",
        "en": "note: 1 column was not used: {columns}",
    },
    "importing.note_unused_columns.other": {
        "fi": "huom: {count} saraketta jätettiin käyttämättä: {columns}",
        "sv": "obs: {count} kolumner användes inte: {columns}",
        "en": "note: {count} columns were not used: {columns}",
    },
    "importing.err_merged": {
        "fi": "solut {area} on yhdistetty — pura yhdistäminen, jotta jokaisessa solussa on yksi vastaus",
        "sv": "cellerna {area} är sammanfogade — dela upp dem så att varje cell har ett svar",
        "en": "cells {area} are merged — unmerge them so that each cell holds one answer",
    },
    # Cells
    "importing.err_text_without_level": {
        "fi": "kysymykseen {number} on tekstiä mutta ei vastausta asteikolla ('{header}') — valitse vastaus tai poista teksti",
        "sv": "fråga {number} har text men inget svar på skalan ('{header}') — välj ett svar eller ta bort texten",
        "en": "question {number} has text but no answer on the scale ('{header}') — choose an answer or remove the text",
    },
    "importing.err_empty_project": {
        "fi": "hankkeen nimi on tyhjä — kirjoita se tai anna --project NIMI",
        "sv": "projektets namn är tomt — skriv det eller ange --project NAMN",
        "en": "the project name is empty — fill it in or give --project NAME",
    },
    "importing.err_empty_phase": {
        "fi": "vaihe on tyhjä — kirjoita se tai anna --phase",
        "sv": "fasen är tom — fyll i den eller ange --phase",
        "en": "the phase is empty — fill it in or give --phase",
    },
    "importing.err_no_answers": {
        "fi": "rivillä ei ole yhtään vastausta — poista rivi tai käytä valitsinta --skip-bad-rows",
        "sv": "raden har inga svar — ta bort raden eller använd --skip-bad-rows",
        "en": "the row has no answers — delete the row or use --skip-bad-rows",
    },
    "importing.err_formula": {
        "fi": "solussa on kaava ({value}), ei arvoa ('{header}') — kirjoita arvo soluun kaavan tilalle",
        "sv": "cellen har en formel ({value}), inget värde ('{header}') — skriv värdet i stället för formeln",
        "en": "the cell holds a formula ({value}), not a value ('{header}') — type the value in place of the formula",
    },
    "importing.err_error": {
        "fi": "solussa on virhearvo {value} ('{header}') — korjaa solu",
        "sv": "cellen har felvärdet {value} ('{header}') — rätta cellen",
        "en": "the cell holds the error value {value} ('{header}') — correct the cell",
    },
    "importing.err_date_not_label": {
        "fi": "solussa on päivämäärä {value}, odotettiin vastausta ('{header}') — Excel muutti vastauksen päivämääräksi; kirjoita jokin näistä: {allowed}",
        "sv": "cellen har datumet {value}, ett svar väntades ('{header}') — Excel gjorde svaret till ett datum; skriv något av: {allowed}",
        "en": "the cell holds the date {value} where an answer was expected ('{header}') — Excel turned the answer into a date; type one of: {allowed}",
    },
    "importing.err_unknown_label": {
        "fi": "tuntematon vastaus '{value}' ('{header}') — käytä jotakin näistä (numero alussa riittää): {allowed}",
        "sv": "okänt svar '{value}' ('{header}') — använd något av dessa (en siffra i början räcker): {allowed}",
        "en": "unknown answer '{value}' ('{header}') — use one of these (a number at the start is enough): {allowed}",
    },
    "importing.err_unknown_phase": {
        "fi": "tuntematon vaihe '{value}' — käytä jotakin näistä: {allowed}",
        "sv": "okänd fas '{value}' — använd någon av: {allowed}",
        "en": "unknown phase '{value}' — use one of: {allowed}",
    },
    "importing.err_time": {
        "fi": "aikaa '{value}' ei ymmärretty — kirjoita se muodossa 2026-11-02 10:00",
        "sv": "tiden '{value}' förstods inte — skriv den som 2026-11-02 10:00",
        "en": "the time '{value}' was not understood — write it as 2026-11-02 10:00",
    },
    "importing.err_same_respondent": {
        "fi": "sama vastaaja, hanke ja vaihe kuin rivillä {other} — poista toinen riveistä",
        "sv": "samma svarande, projekt och fas som på rad {other} — ta bort den ena raden",
        "en": "the same respondent, project and phase as row {other} — delete one of the rows",
    },
    # The tool's own export
    "importing.err_export_columns": {
        "fi": "vientitiedostosta puuttuu sarakkeita: {columns} — tee vienti uudelleen komennolla osallisuus export",
        "sv": "exportfilen saknar kolumner: {columns} — exportera på nytt med osallisuus export",
        "en": "the export lacks columns: {columns} — export again with osallisuus export",
    },
    "importing.err_export_missing": {
        "fi": "vastaamattomaksi merkityllä rivillä on vastaus tai tekstiä — tyhjennä ne tai korjaa sarake special",
        "sv": "en rad markerad som obesvarad har ett svar eller text — töm dem eller rätta kolumnen special",
        "en": "a row marked as not answered has an answer or text — empty them or correct the special column",
    },
    "importing.err_export_level": {
        "fi": "vastaus {value} ei ole asteikolla — käytä numeroa sarakkeessa level tai na/dont_know sarakkeessa special",
        "sv": "svaret {value} finns inte på skalan — använd ett tal i kolumnen level eller na/dont_know i special",
        "en": "the answer {value} is not on the scale — use a number in level, or na/dont_know in special",
    },
    # Writing
    "importing.err_no_rows": {
        "fi": "tiedostossa ei ole yhtään vastausriviä — vie kysely uudelleen, kun siihen on vastattu",
        "sv": "filen har inga svarsrader — exportera enkäten igen när den har besvarats",
        "en": "the file has no response rows — export the survey again once it has been answered",
    },
    "importing.err_not_regular_target": {
        "fi": "kohde ei ole tavallinen tiedosto (linkki tai kansio) — siirrä se pois tieltä",
        "sv": "målet är ingen vanlig fil (en länk eller mapp) — flytta undan det",
        "en": "the target is not a regular file (a link or a folder) — move it out of the way",
    },
    "importing.err_folder_is_file": {
        "fi": "vastauskansion paikalla on tiedosto — anna kansio valitsimella -o",
        "sv": "på svarsmappens plats finns en fil — ange en mapp med -o",
        "en": "there is a file where the answers folder should be — give a folder with -o",
    },
    "importing.err_other_phase": {
        "fi": "rivi {row} kirjoittaisi tämän toisen vaiheen tiedoston päälle ({changes}) — aiemman vaiheen vastauksia ei korvata koskaan, ei myöskään valitsimella --force; tuo toiseen kansioon tai siirrä tiedosto talteen",
        "sv": "rad {row} skulle skriva över den här filen från en annan fas ({changes}) — en tidigare fas svar ersätts aldrig, inte heller med --force; importera till en annan mapp eller flytta filen i säkerhet",
        "en": "row {row} would write over this file of another phase ({changes}) — an earlier phase's answers are never replaced, not even with --force; import into another folder or move the file to safety",
    },
    "importing.err_exists.one": {
        "fi": "1 vastaustiedosto on jo olemassa toisin vastauksin ({files}); mitään ei kirjoitettu — jos tämä on saman kyselyn korjattu tai myöhempi vienti, lisää --force, niin muutokset tehdään; jos se on toinen kysely tai kierros, tuo se toiseen kansioon tai anna sen vaihe (--phase)",
        "sv": "1 svarsfil finns redan med andra svar ({files}); inget skrevs — om detta är en rättad eller senare export av samma enkät, lägg till --force så görs ändringarna; om det är en annan enkät eller omgång, importera den till en annan mapp eller ange dess fas (--phase)",
        "en": "1 answer file already exists with other answers ({files}); nothing was written — if this is a corrected or later export of the same survey, add --force to make the changes; if it is another survey or round, import it into another folder or give its phase (--phase)",
    },
    "importing.err_exists.other": {
        "fi": "{count} vastaustiedostoa on jo olemassa toisin vastauksin ({files}); mitään ei kirjoitettu — jos tämä on saman kyselyn korjattu tai myöhempi vienti, lisää --force, niin muutokset tehdään; jos se on toinen kysely tai kierros, tuo se toiseen kansioon tai anna sen vaihe (--phase)",
        "sv": "{count} svarsfiler finns redan med andra svar ({files}); inget skrevs — om detta är en rättad eller senare export av samma enkät, lägg till --force så görs ändringarna; om det är en annan enkät eller omgång, importera den till en annan mapp eller ange dess fas (--phase)",
        "en": "{count} answer files already exist with other answers ({files}); nothing was written — if this is a corrected or later export of the same survey, add --force to make the changes; if it is another survey or round, import it into another folder or give its phase (--phase)",
    },
    "importing.would_change": {
        "fi": "rivi {row} muuttaisi tätä vastaajan tiedostoa: {changes}",
        "sv": "rad {row} skulle ändra den här svarandes fil: {changes}",
        "en": "row {row} would change this respondent's file: {changes}",
    },
    "importing.updated": {
        "fi": "päivitetty rivin {row} mukaan: {changes}",
        "sv": "uppdaterad enligt rad {row}: {changes}",
        "en": "updated from row {row}: {changes}",
    },
    "importing.change_file": {
        "fi": "tiedosto ei ole luettava vastaustiedosto, joten se korvattaisiin kokonaan",
        "sv": "filen är ingen läsbar svarsfil, så den skulle ersättas helt",
        "en": "the file is not a readable answer file, so it would be replaced whole",
    },
    "importing.change_text": {
        "fi": "{question}: {field} muuttuu",
        "sv": "{question}: {field} ändras",
        "en": "{question}: {field} changes",
    },
    "importing.field_reason": {"fi": "syy", "sv": "orsak", "en": "reason"},
    "importing.field_how": {"fi": "miten käytännössä", "sv": "hur i praktiken", "en": "how in practice"},
    "importing.field_next_step": {"fi": "seuraava askel", "sv": "nästa steg", "en": "next step"},
    "importing.change_none": {"fi": "(ei vastausta)", "sv": "(inget svar)", "en": "(no answer)"},
    "importing.change_na": {"fi": "ei koske", "sv": "gäller inte", "en": "not applicable"},
    "importing.change_dont_know": {"fi": "en osaa sanoa", "sv": "vet inte", "en": "don't know"},
    "importing.more_changes.one": {
        "fi": "ja 1 muu muutos",
        "sv": "och 1 ändring till",
        "en": "and 1 more change",
    },
    "importing.more_changes.other": {
        "fi": "ja {count} muuta muutosta",
        "sv": "och {count} ändringar till",
        "en": "and {count} more changes",
    },
    "importing.err_two_id_columns": {
        "fi": "sarakkeet {first} ja {second} ovat molemmat rivin tunnisteita, eikä voi tietää, kumpi yksilöi vastaajan — poista toinen tai valitse käytettävä valitsimella --id-column",
        "sv": "kolumnerna {first} och {second} är båda radens id, och det går inte att veta vilken som identifierar den svarande — ta bort den ena eller välj den som ska användas med --id-column",
        "en": "columns {first} and {second} are both row ids, and which one identifies the respondent cannot be known — remove one or choose the one to use with --id-column",
    },
    "importing.err_no_id_column": {
        "fi": "viennissä ei ole saraketta, joka yksilöi rivin (Formsin ID, Webropolin vastaajanumero): ilman sitä samat ihmiset laskettaisiin uudelleen joka kerta, kun vienti tuodaan — lisää sarake, jossa jokaisella rivillä on oma pysyvä numero (esim. otsikolla ID), tai nimeä sellainen sarake valitsimella --id-column",
        "sv": "exporten har ingen kolumn som identifierar raden (Forms ID, Webropols svarsnummer): utan den skulle samma personer räknas på nytt varje gång exporten importeras — lägg till en kolumn där varje rad har ett eget bestående nummer (t.ex. med rubriken ID), eller ange en sådan kolumn med --id-column",
        "en": "the export has no column that identifies a row (Forms' ID, Webropol's respondent number): without one the same people would be counted again every time the export is imported — add a column giving each row a number of its own that stays (e.g. headed ID), or name such a column with --id-column",
    },
    "importing.err_id_column_missing": {
        "fi": "viennissä ei ole saraketta '{header}' (--id-column) — tarkista otsikon kirjoitusasu",
        "sv": "exporten har ingen kolumn '{header}' (--id-column) — kontrollera rubrikens stavning",
        "en": "the export has no column '{header}' (--id-column) — check how the header is spelt",
    },
    "importing.err_id_column_export": {
        "fi": "tämä on osallisuus export -tiedosto, jonka rivit yksilöi sen vastaajasarake (respondent), joten --id-column ei sovi siihen — jätä --id-column pois",
        "sv": "det här är en fil från osallisuus export, vars rader identifieras av dess svarandekolumn (respondent), så --id-column passar inte — lämna bort --id-column",
        "en": "this is an osallisuus export file, whose rows are identified by its respondent column, so --id-column does not apply — leave --id-column out",
    },
    "importing.err_empty_id": {
        "fi": "rivin tunniste puuttuu sarakkeesta '{header}' — anna riville oma numero, jottei vastaaja tule mukaan kahdesti",
        "sv": "radens id saknas i kolumnen '{header}' — ge raden ett eget nummer så att den svarande inte kommer med två gånger",
        "en": "the row's id is missing in column '{header}' — give the row a number of its own, so that the respondent is not counted twice",
    },
    "importing.note_blank_rows.one": {
        "fi": "huom: 1 tyhjä rivi ohitettiin",
        "sv": "obs: 1 tom rad hoppades över",
        "en": "note: 1 blank row was skipped",
    },
    "importing.note_blank_rows.other": {
        "fi": "huom: {count} tyhjää riviä ohitettiin",
        "sv": "obs: {count} tomma rader hoppades över",
        "en": "note: {count} blank rows were skipped",
    },
    "importing.more_problems.one": {
        "fi": "… ja 1 muu ongelma",
        "sv": "… och 1 problem till",
        "en": "… and 1 more problem",
    },
    "importing.more_problems.other": {
        "fi": "… ja {count} muuta ongelmaa",
        "sv": "… och {count} problem till",
        "en": "… and {count} more problems",
    },
    "importing.nothing_written.one": {
        "fi": "mitään ei kirjoitettu: 1 ongelma — korjaa tiedosto ja tuo se uudelleen",
        "sv": "inget skrevs: 1 problem — rätta filen och importera den igen",
        "en": "nothing was written: 1 problem — correct the file and import it again",
    },
    "importing.nothing_written.other": {
        "fi": "mitään ei kirjoitettu: {count} ongelmaa — korjaa tiedosto ja tuo se uudelleen",
        "sv": "inget skrevs: {count} problem — rätta filen och importera den igen",
        "en": "nothing was written: {count} problems — correct the file and import it again",
    },
    "importing.nothing_written_skip.one": {
        "fi": "mitään ei kirjoitettu: 1 ongelma {rows} — korjaa se tai kirjoita muut rivit valitsimella --skip-bad-rows",
        "sv": "inget skrevs: 1 problem {rows} — rätta det eller skriv de andra raderna med --skip-bad-rows",
        "en": "nothing was written: 1 problem {rows} — correct it, or write the other rows with --skip-bad-rows",
    },
    "importing.nothing_written_skip.other": {
        "fi": "mitään ei kirjoitettu: {count} ongelmaa {rows} — korjaa ne tai kirjoita muut rivit valitsimella --skip-bad-rows",
        "sv": "inget skrevs: {count} problem {rows} — rätta dem eller skriv de andra raderna med --skip-bad-rows",
        "en": "nothing was written: {count} problems {rows} — correct them, or write the other rows with --skip-bad-rows",
    },
    "importing.in_rows.one": {
        "fi": "1 rivillä",
        "sv": "på 1 rad",
        "en": "in 1 row",
    },
    "importing.in_rows.other": {
        "fi": "{count} rivillä",
        "sv": "på {count} rader",
        "en": "in {count} rows",
    },
    "importing.skipped_rows.one": {
        "fi": "1 rivi jätettiin pois (--skip-bad-rows): {rows}",
        "sv": "1 rad utelämnades (--skip-bad-rows): {rows}",
        "en": "1 row was left out (--skip-bad-rows): {rows}",
    },
    "importing.skipped_rows.other": {
        "fi": "{count} riviä jätettiin pois (--skip-bad-rows): {rows}",
        "sv": "{count} rader utelämnades (--skip-bad-rows): {rows}",
        "en": "{count} rows were left out (--skip-bad-rows): {rows}",
    },
    "importing.names_left_out": {
        "fi": "Nimiä ja sähköpostiosoitteita ei kopioitu vastaustiedostoihin (--keep-names kopioi nimet).",
        "sv": "Namn och e-postadresser kopierades inte till svarsfilerna (--keep-names kopierar namnen).",
        "en": "Names and e-mail addresses were not copied into the answer files (--keep-names copies the names).",
    },
    "importing.names_kept": {
        "fi": "Nimet kopioitiin vastaustiedostoihin (--keep-names); sähköpostiosoitteita ei kopioida koskaan.",
        "sv": "Namnen kopierades till svarsfilerna (--keep-names); e-postadresser kopieras aldrig.",
        "en": "Names were copied into the answer files (--keep-names); e-mail addresses are never copied.",
    },
    "importing.done.one": {
        "fi": "Tuotiin 1 vastaus tiedostosta {source} kansioon {folder}: kirjoitettu {written}, ennallaan {unchanged}.",
        "sv": "1 svar importerades från {source} till {folder}: skrivna filer {written}, oförändrade {unchanged}.",
        "en": "Imported 1 response from {source} into {folder}: {written} written, {unchanged} unchanged.",
    },
    "importing.done.other": {
        "fi": "Tuotiin {count} vastausta tiedostosta {source} kansioon {folder}: kirjoitettu {written}, ennallaan {unchanged}.",
        "sv": "{count} svar importerades från {source} till {folder}: skrivna filer {written}, oförändrade {unchanged}.",
        "en": "Imported {count} responses from {source} into {folder}: {written} written, {unchanged} unchanged.",
    },
    "importing.next": {
        "fi": "Seuraavaksi: osallisuus validate {folder} ja osallisuus merge {folder} -o tiimi.yaml",
        "sv": "Nästa steg: osallisuus validate {folder} och osallisuus merge {folder} -o team.yaml",
        "en": "Next: osallisuus validate {folder} and osallisuus merge {folder} -o team.yaml",
    },
    # The survey kit
    "importing.kit_title": {
        "fi": "Ohje kyselyn tekemiseen: {title}",
        "sv": "Anvisning för att göra enkäten: {title}",
        "en": "How to build the survey: {title}",
    },
    "importing.kit_intro": {
        "fi": "Tee kysely Microsoft Formsissa tai Webropolissa näillä teksteillä. Kopioi harmaalla taustalla näkyvät kysymykset, esimerkit ja vaihtoehdot täsmälleen, samassa järjestyksessä. Silloin `osallisuus import` tunnistaa sarakkeet itse; sama tieto on tiedostossa {mapping}.",
        "sv": "Bygg enkäten i Microsoft Forms eller Webropol med dessa texter. Kopiera frågorna, exemplen och alternativen med grå bakgrund exakt, i samma ordning. Då känner `osallisuus import` igen kolumnerna själv; samma uppgifter finns i filen {mapping}.",
        "en": "Build the survey in Microsoft Forms or Webropol with these texts. Copy the questions, examples and options shown on a grey background exactly, in the same order. Then `osallisuus import` recognises the columns by itself; the same information is in the file {mapping}.",
    },
    "importing.kit_about_heading": {"fi": "Perustiedot", "sv": "Grunduppgifter", "en": "Basic details"},
    "importing.kit_text_required": {
        "fi": "tekstikysymys, pakollinen",
        "sv": "textfråga, obligatorisk",
        "en": "text question, required",
    },
    "importing.kit_choice_required": {
        "fi": "valintakysymys, pakollinen",
        "sv": "flervalsfråga, obligatorisk",
        "en": "choice question, required",
    },
    "importing.kit_text_optional_name": {
        "fi": "tekstikysymys, vapaaehtoinen (nimiä ei tuoda ilman valitsinta --keep-names)",
        "sv": "textfråga, frivillig (namn importeras inte utan --keep-names)",
        "en": "text question, optional (names are not imported without --keep-names)",
    },
    "importing.kit_text_optional": {
        "fi": "tekstikysymys, vapaaehtoinen",
        "sv": "textfråga, frivillig",
        "en": "text question, optional",
    },
    "importing.kit_question_heading": {"fi": "Kysymys {number}", "sv": "Fråga {number}", "en": "Question {number}"},
    "importing.kit_choice": {
        "fi": "Valintakysymys (yksi vaihtoehto)",
        "sv": "Flervalsfråga (ett alternativ)",
        "en": "Choice question (one option)",
    },
    "importing.kit_options": {"fi": "Vaihtoehdot", "sv": "Alternativ", "en": "Options"},
    "importing.kit_examples": {
        "fi": "Kysymyksen kuvaus (Formsissa alaotsikko, Webropolissa ohjeteksti) — osa THL:n kysymystä, kopioi sekin",
        "sv": "Frågans beskrivning (i Forms underrubrik, i Webropol hjälptext) — en del av THL:s fråga, kopiera också den",
        "en": "The question's description (in Forms a subtitle, in Webropol a help text) — part of THL's question, copy it too",
    },
    "importing.kit_text": {
        "fi": "Tekstikysymys (pitkä vastaus, vapaaehtoinen)",
        "sv": "Textfråga (långt svar, frivillig)",
        "en": "Text question (long answer, optional)",
    },
    "importing.kit_mapping_comment": {
        "fi": "Tuontimääritys kyselylle, joka on tehty samalla komennolla kirjoitetun ohjeen mukaan.\nKomento: osallisuus import VIENTI.xlsx --mapping TÄMÄ.yaml. Muoto: docs/import.md.\ncolumns: kenttä → sarakkeen otsikko (tai luettelo vaihtoehtoisia otsikoita). Lisää otsikoita, jos muutit kyselyä.",
        "sv": "Importmappning för en enkät som byggts enligt anvisningen som skrevs med samma kommando.\nKommando: osallisuus import EXPORT.xlsx --mapping DENNA.yaml. Formatet: docs/import.md.\ncolumns: fält → kolumnens rubrik (eller en lista med alternativa rubriker). Lägg till rubriker om du ändrade enkäten.",
        "en": "Import mapping for a survey built from the instructions written by the same command.\nCommand: osallisuus import EXPORT.xlsx --mapping THIS.yaml. The format: docs/import.md.\ncolumns: field → the column's header (or a list of alternative headers). Add headers if you changed the survey.",
    },
    "importing.kit_written": {
        "fi": "Tallennettu: {sheet} (kyselyn tekstit) ja {mapping} (tuontimääritys).",
        "sv": "Sparat: {sheet} (enkätens texter) och {mapping} (importmappningen).",
        "en": "Saved: {sheet} (the survey's texts) and {mapping} (the import mapping).",
    },
    "importing.kit_next": {
        "fi": "Tee kysely ohjeen mukaan, vie vastaukset Excel-tiedostoksi ja aja: osallisuus import VIENTI.xlsx",
        "sv": "Bygg enkäten enligt anvisningen, exportera svaren till Excel och kör: osallisuus import EXPORT.xlsx",
        "en": "Build the survey following the instructions, export the responses to Excel and run: osallisuus import EXPORT.xlsx",
    },
}
