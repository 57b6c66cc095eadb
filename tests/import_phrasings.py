"""How decision letters word an item's outcome: phrasing -> what the importer must make of it.

Each row is a sentence as letters write it, the outcome it means (None: no
outcome, the item is decided later), whether the draft must flag it for review
and where the wording comes from. Sources: "seed" is the police's CAS letter
(/work/shared/seed-decision.txt); "issue 19" the phrasings the import missed
on real letters; "RvS 201709469" the Raad van State ruling of 17 April 2019
describing a municipal Wob decision; "common" the stock sentences of Dutch
Wob/Woo decisions (first person singular and plural, the Rijksoverheid's and
VNG's model wording), written here, not copied from one letter.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Phrasing:
    text: str
    outcome: str | None
    flagged: bool = False  # the draft must say CONTROLEER on the outcome
    later: bool = False  # the letter leaves (part of) the item to a later decision
    source: str = "common"


PHRASINGS: list[Phrasing] = [
    # disclosed
    Phrasing("Ik maak het rapport openbaar.", "disclosed"),
    Phrasing("Wij maken de notulen openbaar.", "disclosed", source="issue 19"),
    Phrasing("Wij hebben besloten de evaluatie openbaar te maken.", "disclosed",
             source="issue 19"),
    Phrasing("Ik besluit de stukken openbaar te maken.", "disclosed"),
    Phrasing("De documenten worden in zijn geheel openbaar gemaakt.", "disclosed"),
    Phrasing("Wij besluiten uw verzoek om dit rapport toe te wijzen.", "disclosed",
             source="issue 19"),
    Phrasing("Ik verstrek u de brief.", "disclosed"),
    # partly disclosed
    Phrasing("Ik maak de evaluatie deels openbaar.", "partly-disclosed"),
    Phrasing("Ik lak de namen van medewerkers.", "partly-disclosed", source="issue 19"),
    Phrasing("In de verslagen lak ik de persoonsgegevens.", "partly-disclosed",
             source="issue 19"),
    Phrasing("Wij lakken de telefoonnummers van de aannemer.", "partly-disclosed"),
    Phrasing("Persoonsgegevens zijn weggelakt.", "partly-disclosed", source="RvS 201709469"),
    Phrasing("Wij besluiten uw verzoek gedeeltelijk toe te wijzen.", "partly-disclosed",
             source="issue 19"),
    Phrasing("Het verzoek is deels ingewilligd.", "partly-disclosed", source="RvS 201709469"),
    Phrasing("Passages over derden zijn onleesbaar gemaakt.", "partly-disclosed"),
    Phrasing("Ik maak de verslagen openbaar, met uitzondering van de persoonsgegevens.",
             "partly-disclosed"),
    # refused
    Phrasing("Dit rapport maak ik niet openbaar.", "refused"),
    Phrasing("Wij maken de broncode niet openbaar.", "refused", source="issue 19"),
    Phrasing("Ik weiger openbaarmaking op grond van artikel 5.1, tweede lid, onder i, Woo.",
             "refused"),
    Phrasing("Uw verzoek om de adviezen wijs ik af.", "refused"),
    Phrasing("Wij hebben besloten dit deel van uw verzoek af te wijzen.", "refused",
             source="issue 19"),
    Phrasing("Wij besluiten de notulen niet openbaar te maken.", "refused", source="issue 19"),
    # already public
    Phrasing("De informatie die u vraagt is reeds openbaar.", "already-public", source="seed"),
    Phrasing("Dit besluit is al gepubliceerd op de website.", "already-public"),
    Phrasing("Deze informatie is al openbaar. De Woo is daarom niet van toepassing.",
             "already-public", source="issue 19"),
    Phrasing("De Wob is niet van toepassing op reeds openbare informatie. Ik verwijs u naar "
             "de website.", "referred", source="seed"),
    # not held
    Phrasing("Er zijn hiervan geen documenten aangetroffen.", "not-held", source="seed"),
    Phrasing("Er is daarom geen sprake van wervingsdocumenten.", "not-held", source="seed"),
    Phrasing("Zulke rapporten zijn niet beschikbaar, omdat deze niet worden opgemaakt.",
             "not-held", source="seed"),
    Phrasing("Wij beschikken niet over deze documenten.", "not-held"),
    # referred
    Phrasing("Ik verwijs naar de toelichting in het voornoemde besluit.", "referred",
             source="seed"),
    Phrasing("Wij verwijzen u naar de website van het CBS.", "referred"),
    # out of scope
    Phrasing("Dit onderdeel valt buiten de reikwijdte van de Woo.", "out-of-scope"),
    Phrasing("U stelt een vraag en vraagt niet om documenten. De Woo is daarom niet van "
             "toepassing.", "out-of-scope", source="issue 19"),
    Phrasing("Dit is geen verzoek om publieke informatie.", "out-of-scope"),
    Phrasing("Ik beslis niet op dit onderdeel.", "out-of-scope", flagged=True,
             source="issue 19"),
    Phrasing("Op dit onderdeel beslissen wij niet, omdat het een vraag is.", "out-of-scope",
             flagged=True, source="issue 19"),
    # forwarded
    Phrasing("Uw verzoek heb ik doorgezonden naar de Autoriteit Persoonsgegevens.", "forwarded"),
    Phrasing("Dit deel van uw verzoek zenden wij door naar de provincie; daarop beslissen "
             "wij niet.", "forwarded"),
    # decided later: no outcome fits
    Phrasing("Over dit onderdeel beslis ik in een later besluit.", None, later=True,
             source="issue 19"),
    Phrasing("Op dit onderdeel beslissen wij later, nadat derden hun zienswijze hebben "
             "gegeven.", None, later=True, source="issue 19"),
    Phrasing("Over deze documenten neem ik een afzonderlijk besluit.", None, later=True),
    Phrasing("Ik beslis niet op dit onderdeel; daarover volgt een apart besluit.", None,
             later=True, source="issue 19"),
    Phrasing("Het besluit hierover volgt zo spoedig mogelijk.", None, later=True),
    Phrasing("De e-mails maak ik openbaar; over de bijlagen daarvan neem ik een nader besluit.",
             "disclosed", flagged=True, later=True),
    # the subject's own decisions and a police word are no decision left for later
    Phrasing("Over de verbouwing is nog geen besluit genomen; er zijn geen documenten.",
             "not-held"),
    Phrasing("Er is in een eerder besluit al beslist over deze stukken; die zijn reeds "
             "openbaar.", "already-public"),
    Phrasing("De verdachte is aangehouden; de processen-verbaal maak ik niet openbaar.",
             "refused"),
    # no outcome: the answer says nothing clear
    Phrasing("Dank voor uw geduld.", None),
]
