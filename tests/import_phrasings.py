"""How decision letters word an item's outcome: phrasing -> what the importer must make of it.

Each row is a sentence as letters write it, the outcome it means (None: no
outcome, the item is decided later), whether the draft must flag it for review
and where the wording comes from. Sources: "seed" is the police's CAS letter
(/work/shared/seed-decision.txt); "issue 19" the phrasings the import missed
on real letters; "RvS 201709469" the Raad van State ruling of 17 April 2019
describing a municipal Wob decision; "common" the stock sentences of Dutch
Wob/Woo decisions (first person singular and plural, the Rijksoverheid's and
VNG's model wording), written here, not copied from one letter. "public" rows come
from public Woo/Wob texts (decisions as courts and bodies quote or describe them,
municipalities' pages that word their decisions); `url` is where, and `adapted` says
the wording was put as a letter says it (first person, present tense) rather than
quoted as it stands. The other tables below (signers, bodies, dates, references,
greetings) are read the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

EBENEZER = "https://www.ebenezer-advies.nl/gemeenteadvies/afwijzend-besluit-woo-wegens-geen-documenten"
RBAMS = "https://lexboost.com/rechtspraak/ECLI:NL:RBAMS:2024:6674"
RBGEL = "https://lexboost.com/rechtspraak/ECLI:NL:RBGEL:2023:1119"
RBOBR = "https://www.lexboost.com/rechtspraak/ECLI:NL:RBOBR:2025:5815"
RVS = "https://www.raadvanstate.nl/@127231/202105166-1-a3/"
EINDHOVEN = ("https://publicaties.eindhoven.nl/openbare-informatie/woo-verzoeken/"
             "afgehandelde-woo-verzoeken")
OUDEWATER = "https://www.oudewater.nl/Contact/Woo_verzoek_indienen"
SCHOUWEN = ("https://www.schouwen-duiveland.nl/organisatie/verordeningen-en-regelingen/"
            "wet-openbaarheid-van-bestuur-wob-verzoek")
PURMEREND = "https://purmerend.nl/bestuur-en-organisatie/wet-en-regelgeving/wet-open-overheid-woo"
NKOO_42 = "https://nkoo.nl/kennisbank/wetgeving/2721451.aspx?t=artikel-42-doorverwijzing"
NKOO_RMN = ("https://nkoo.nl/rechtspraak/rechtbank-midden-nederland-2-september-2022-eerste-"
            "beoordeling-van-een-woo-besluit-waar-beslist-de-bezwaarcommissie-over-in-het-kader-"
            "van-de-woo/")
KLEINBELGIE = "https://www.kleinbelgie.net/2022/08/07/woo-avonturen-2-het-dossier/"
STIBBE = ("https://www.stibbe.com/nl/publications-and-insights/"
          "faq-er-is-een-woo-verzoek-over-mij-ingediend-wat-nu")
AD_APELDOORN = ("https://www.ad.nl/apeldoorn/zorgen-over-apeldoorns-ontmoedigingsbeleid-van-"
                "geld-vragen-voor-informatie~a74ea6aa/")
VNG = "https://vng.nl/sites/default/files/2021-03/handreiking-van-wob-naar-woo.pdf"
OPENKAMER = "https://www.openkamer.org/kamervraag/2023Z07890/"
TK_BRIEF = ("https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?did=2023D32937"
            "&id=2023Z13787")
WOOKNOP = "https://www.woo-knop.nl/request/wob_verzoek_inzake_geheimhouding_127"
STCRT = "https://zoek.officielebekendmakingen.nl/stcrt-2022-15820.html"


@dataclass(frozen=True)
class Phrasing:
    text: str
    outcome: str | None
    flagged: bool = False  # the draft must say CONTROLEER on the outcome
    later: bool = False  # the letter leaves (part of) the item to a later decision
    source: str = "common"
    url: str = ""  # the public text the wording is from
    adapted: bool = False  # put in a letter's person and tense


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
    # --- from public Woo/Wob texts
    Phrasing("Het Woo-verzoek wordt afgewezen, omdat bij het bestuursorgaan geen documenten "
             "zijn aangetroffen die onder de reikwijdte van het verzoek vallen.", "not-held",
             flagged=True, source="public", url=EBENEZER),
    Phrasing("Ik heb uw verzoek deels toegewezen en deels afgewezen.", "partly-disclosed",
             source="public", url=RBAMS, adapted=True),
    Phrasing("De documenten worden in gelakte vorm openbaar gemaakt.", "partly-disclosed",
             source="public", url=RBGEL, adapted=True),
    Phrasing("Wij hebben een aantal documenten gedeeltelijk openbaar gemaakt.",
             "partly-disclosed", source="public", url=RBOBR, adapted=True),
    Phrasing("Ik heb besloten tot al dan niet gehele of gedeeltelijke openbaarmaking van "
             "documenten.", None, source="public", url=RVS, adapted=True),
    Phrasing("Deze informatie is onleesbaar gemaakt.", "partly-disclosed", source="public",
             url=EINDHOVEN),
    Phrasing("Wij maken delen van documenten onleesbaar.", "partly-disclosed", source="public",
             url=OUDEWATER, adapted=True),
    Phrasing("Ik wijs uw verzoek voor een deel af.", "partly-disclosed", source="public",
             url=OUDEWATER, adapted=True),
    Phrasing("Wij wijzen uw verzoek gedeeltelijk toe.", "partly-disclosed", source="public",
             url=SCHOUWEN, adapted=True),
    Phrasing("Wij sturen uw verzoek door naar het juiste bestuursorgaan.", "forwarded",
             source="public", url=PURMEREND, adapted=True),
    Phrasing("Uw verzoek wordt onverwijld doorgezonden aan dat bestuursorgaan.", "forwarded",
             source="public", url=NKOO_42, adapted=True),
    Phrasing("Ik heb 164 documenten openbaar gemaakt en 171 documenten geweigerd.",
             "partly-disclosed", flagged=True, source="public", url=KLEINBELGIE, adapted=True),
    Phrasing("Een verslag van de hoorzitting bestaat niet.", "not-held", source="public",
             url=NKOO_RMN, adapted=True),
    Phrasing("Passages heb ik zwart gelakt.", "partly-disclosed", source="public", url=STIBBE,
             adapted=True),
    # "heb ... openbaar gemaakt" is disclosure only when nothing in between withholds,
    # denies or dates it (a review of session 6's pattern found these read as disclosed)
    Phrasing("Ik heb de documenten met weglakking van persoonsgegevens openbaar gemaakt.",
             "partly-disclosed"),
    Phrasing("Ik heb de documenten openbaar gemaakt met weglating van de namen.",
             "partly-disclosed"),
    Phrasing("Ik heb de stukken nooit openbaar gemaakt.", None),
    Phrasing("Deze documenten heb ik eerder openbaar gemaakt.", "already-public"),
    Phrasing("Deze documenten hebben wij al openbaar gemaakt.", "already-public"),
    Phrasing("Het grootste deel van de gevraagde documenten is zwartgelakt.", "partly-disclosed",
             source="public", url=AD_APELDOORN),
    Phrasing("In een aanvullend besluit maak ik de overige documenten openbaar.", "disclosed",
             flagged=True, later=True, source="public", url=RBAMS, adapted=True),
]


@dataclass(frozen=True)
class Line:
    """A line of a letter and what the import must read from it (None: nothing)."""

    text: str
    value: object
    url: str = ""
    adapted: bool = False


# Job titles under a signature: never the deciding body (the colophon of the VNG's guide).
SIGNERS = [
    Line("juridisch adviseur", None, VNG), Line("senior juridisch adviseur", None, VNG),
    Line("bestuursjurist", None, VNG), Line("functionaris gegevensbescherming", None, VNG),
    Line("coördinerend wetgevingsjurist", None, VNG), Line("teamleider recht", None, VNG),
]
# Bodies as decisions and rulings name them: the deciding body.
BODIES = [
    Line("De minister van Volksgezondheid, Welzijn en Sport", True, RVS),
    Line("Het college van burgemeester en wethouders van de gemeente Laarbeek", True, RBOBR),
    Line("De minister van Infrastructuur en Waterstaat", True, RBGEL),
    Line("De minister van Binnenlandse Zaken en Koninkrijksrelaties", True, TK_BRIEF),
]
# Sentences with a date: (field, date) the import reads, and whether it flags it.
DATES = [
    Line("Den Haag, 17 juli 2023", ("decided", "2023-07-17", False), TK_BRIEF),
    Line("Dit Wob-verzoek is op 18 januari 2021 bij het Ministerie van Algemene Zaken "
         "ingediend.", ("received", "2021-01-18", True), OPENKAMER),
    Line("Eiser heeft zijn bezwaarschriften ingediend op 10 juni 2021.", ("received", None, False),
         "https://lexboost.com/rechtspraak/ECLI:NL:RBMNE:2023:3543"),
]
# Reference lines in a letterhead: the reference read ("zaaknummer", "nr.").
REFERENCES = [
    Line("zaaknummer: ARN 20/4908", "ARN 20/4908", RBGEL),
    Line("Zaaknummer SHE 24/4295", "SHE 24/4295", RBOBR),
    Line("Kenmerk 202105166/1/A3", "202105166/1/A3", RVS),
    Line("Ons nummer 171416U", "171416U", STCRT),
]
# Greetings: what is kept, and the name taken out (None: there is none).
GREETINGS = [
    Line("Geacht college van burgemeester en wethouders,",
         ("Geacht college van burgemeester en wethouders,", None), WOOKNOP),
    Line("Geachte directie,", ("Geachte directie,", None)),
]
