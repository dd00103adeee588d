"""Messages of the answering session: the reason for N/A or "don't know", a cut-off text, changes made elsewhere."""

MESSAGES: dict[str, dict[str, str]] = {
    # The reason asked after "Ei koske toimintaamme" / "En osaa sanoa" (stored as `reason`, never as practice)
    "answering.ask_reason_na": {
        "fi": "Miksi tämä ei koske toimintaanne?",
        "sv": "Varför gäller detta inte er verksamhet?",
        "en": "Why does this not apply to your activity?",
    },
    "answering.ask_reason_dont_know": {
        "fi": "Mikä tekee tästä vaikean arvioida?",
        "sv": "Vad gör det svårt att bedöma?",
        "en": "What makes this hard to say?",
    },
    "answering.err_reason_with_level": {
        "fi": "perustelu (reason) kuuluu vain vastauksiin na ja dont_know, ei tasoon {level} — siirrä teksti kenttään how tai poista se",
        "sv": "motiveringen (reason) hör bara till svaren na och dont_know, inte till nivån {level} — flytta texten till fältet how eller ta bort den",
        "en": "a reason belongs only to the answers na and dont_know, not to level {level} — move the text to how or remove it",
    },
    "answering.err_unfinished": {
        "fi": "kesken jääneet tekstit (unfinished) voivat tasolla {level} olla vain nämä, kukin kerran: {allowed} — korjaa luettelo tai poista se",
        "sv": "de oavslutade texterna (unfinished) kan på nivån {level} bara vara dessa, var och en en gång: {allowed} — rätta listan eller ta bort den",
        "en": "the unfinished texts (unfinished) can at level {level} only be these, each once: {allowed} — correct the list or remove it",
    },
    "answering.resume_texts": {
        "fi": "Taso on jo valittu: {level}. Jatketaan teksteistä, joihin jäit.",
        "sv": "Nivån är redan vald: {level}. Vi fortsätter med texterna där du slutade.",
        "en": "The level is already chosen: {level}. Continuing with the texts where you stopped.",
    },
    "answering.reason_dropped": {
        "fi": "Aiempi perustelu poistettiin, koska vastaus on nyt asteikolla: {text}",
        "sv": "Den tidigare motiveringen togs bort eftersom svaret nu är på skalan: {text}",
        "en": "The earlier reason was removed, as the answer is now on the scale: {text}",
    },
    # --question
    "answering.err_unknown_question": {
        "fi": "kysymystä '{value}' ei ole — anna kysymyksen numero 1–{count}",
        "sv": "fråga '{value}' finns inte — ange frågans nummer 1–{count}",
        "en": "there is no question '{value}' — give the question's number, 1–{count}",
    },
    "answering.err_question_not_in_sections": {
        "fi": "kysymys '{value}' ei kuulu valittuihin osioihin ({sections}) — jätä --section pois tai valitse sen osio",
        "sv": "fråga '{value}' hör inte till de valda avsnitten ({sections}) — utelämna --section eller välj dess avsnitt",
        "en": "question '{value}' is not in the chosen sections ({sections}) — leave out --section or choose its section",
    },
    # A text cut off by Ctrl-C
    "answering.cut_saved": {
        "fi": "Kesken ollut teksti tallennettiin siihen asti kuin se oli kirjoitettu.",
        "sv": "Texten du höll på att skriva sparades så långt den var skriven.",
        "en": "The text you were typing was saved as far as you had typed it.",
    },
    "answering.cut_not_saved": {
        "fi": "Muutosta tekstiin ei tallennettu (aiempi teksti on tallessa). Kirjoittamasi muutos oli: {text}",
        "sv": "Ändringen av texten sparades inte (den tidigare texten finns kvar). Din ändring var: {text}",
        "en": "The change to the text was not saved (the earlier text is kept). Your change was: {text}",
    },
    "answering.cut_unknown": {
        "fi": "Jos olit kirjoittamassa tekstiä, sitä ei tallennettu.",
        "sv": "Om du höll på att skriva en text sparades den inte.",
        "en": "If you were typing a text, it was not saved.",
    },
    # Saving
    "answering.err_save_failed": {
        "fi": "vastauksia ei voitu tallentaa ({reason}) — aiemmat vastauksesi ovat tallessa; korjaa tilanne (levytila, oikeudet) ja jatka komennolla: {command}",
        "sv": "svaren kunde inte sparas ({reason}) — dina tidigare svar finns kvar; åtgärda problemet (diskutrymme, behörigheter) och fortsätt med: {command}",
        "en": "could not save your answers ({reason}) — your earlier answers are safe; fix the cause (disk space, permissions) and continue with: {command}",
    },
    "answering.err_changed_elsewhere": {
        "fi": "tiedosto muuttui toisaalla tämän istunnon aikana ({part})",
        "sv": "filen ändrades på annat håll under den här sessionen ({part})",
        "en": "the file was changed elsewhere during this session ({part})",
    },
    "answering.err_changed_elsewhere_resume": {
        "fi": "tiedosto muuttui toisaalla (toinen ikkuna, ohjelma tai kone) tämän istunnon aikana: {what}. Mitään ei kirjoitettu yli: tiedostossa on toisen tallentama versio, ja tämän istunnon viimeisin muutos jäi tallentamatta. Jatka komennolla: {command}",
        "sv": "filen ändrades på annat håll (ett annat fönster, program eller en annan dator) under den här sessionen: {what}. Inget skrevs över: filen har den andra versionen, och den här sessionens senaste ändring sparades inte. Fortsätt med: {command}",
        "en": "the file was changed elsewhere (another window, program or computer) during this session: {what}. Nothing was overwritten: the file holds the other version, and this session's latest change was not saved. Continue with: {command}",
    },
    "answering.changed_question": {
        "fi": "kysymys {number} — tiedostossa nyt «{theirs}», tässä istunnossa «{ours}»",
        "sv": "fråga {number} — i filen nu «{theirs}», i den här sessionen «{ours}»",
        "en": "question {number} — in the file now “{theirs}”, in this session “{ours}”",
    },
    "answering.changed_details": {
        "fi": "hankkeen tai vastaajan tiedot — tiedostossa nyt «{theirs}», tässä istunnossa «{ours}»",
        "sv": "projektets eller den svarandes uppgifter — i filen nu «{theirs}», i den här sessionen «{ours}»",
        "en": "the project or respondent details — in the file now “{theirs}”, in this session “{ours}”",
    },
    "answering.changed_file": {
        "fi": "tiedosto on nyt toinen tiedosto tai sitä ei voi lukea ({reason})",
        "sv": "filen är nu en annan fil eller kan inte läsas ({reason})",
        "en": "it is now another file or cannot be read ({reason})",
    },
    "answering.label_reason": {
        "fi": "Perustelu:",
        "sv": "Motivering:",
        "en": "Reason:",
    },
}
