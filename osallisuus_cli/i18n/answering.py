"""Messages of the answering session: the reason for N/A or "don't know", a cut-off text, changes made elsewhere."""

MESSAGES: dict[str, dict[str, str]] = {
    # The reason asked after "Ei koske toimintaamme" / "En osaa sanoa" (stored as `reason`, never as practice)
    "answering.ask_reason_na": {
        "fi": "Miksi tämä ei koske toimintaanne?",
        "sv": "Varför gäller detta inte er verksamhet?",
        "en": "Why does this not apply to your activity?",
    },
    "answering.ask_reason_dont_know": {
        "fi": "Miksi et osaa sanoa?",
        "sv": "Varför kan du inte säga?",
        "en": "Why can you not say?",
    },
    "answering.err_reason_with_level": {
        "fi": "perustelu (reason) kuuluu vain vastauksiin na ja dont_know, ei tasoon {level} — siirrä teksti kenttään how tai poista se",
        "sv": "motiveringen (reason) hör bara till svaren na och dont_know, inte till nivån {level} — flytta texten till fältet how eller ta bort den",
        "en": "a reason belongs only to the answers na and dont_know, not to level {level} — move the text to how or remove it",
    },
    "answering.reason_dropped": {
        "fi": "Aiempi perustelu poistettiin, koska vastaus on nyt asteikolla: {text}",
        "sv": "Den tidigare motiveringen togs bort eftersom svaret nu är på skalan: {text}",
        "en": "The earlier reason was removed, as the answer is now on the scale: {text}",
    },
}
