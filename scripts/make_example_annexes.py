"""(Re)generate the annex PDFs of the example dossiers in dossiers/.

The examples are invented but plausible decisions; their annexes need real,
searchable Dutch text so that the build's PDF handling (page count, size, text
for search) has something to work on. The output is deterministic: a fixed
creation date, no random content, so rerunning gives identical bytes and a
clean `git diff`.

Run from anywhere: `.venv/bin/python scripts/make_example_annexes.py`.
Most of this file is the documents' text (DOCUMENTS, below render()).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

ROOT = Path(__file__).resolve().parent.parent
DOSSIERS = ROOT / "dossiers"
# Fixed so that reruns produce the same bytes.
CREATED = datetime(2024, 1, 1, 12, 0, 0, tzinfo=UTC)
LINE = 5.5  # line height in mm for body text

# Block kinds used in the document descriptions below:
#   ("h", text)                    section heading
#   ("p", text)                    paragraph; "{10.2.e}" marks a redaction inline
#   ("f", label, value)            label/value line; value "{5.2}" is a redaction
#   ("l", [text, ...])             bullet list (redaction markers allowed)
#   ("t", headers, rows, widths)   table; widths are relative column widths
#   ("page",)                      page break
Block = tuple


@dataclass(frozen=True)
class Document:
    path: str  # relative to dossiers/
    title: str
    subtitle: str  # organisation and date, shown on the cover
    stamp: str  # "Bijlage 2 bij besluit ...", shown on the cover and in the header
    blocks: tuple[Block, ...]


class _Pdf(FPDF):
    def __init__(self, stamp: str) -> None:
        super().__init__(format="A4")
        self.stamp = stamp
        self.set_margins(22, 20, 22)
        self.set_auto_page_break(True, margin=20)

    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("Helvetica", "I", 8)
        self.set_text_color(90)
        self.cell(0, 5, self.stamp, align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)
        self.set_text_color(0)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90)
        self.cell(0, 5, f"Pagina {self.page_no()} van {{nb}}", align="C")
        self.set_text_color(0)


def _check_text(doc: Document, text: str) -> None:
    # The core PDF fonts only know Latin-1; fail loudly rather than print "?".
    try:
        text.encode("latin-1")
    except UnicodeEncodeError as err:
        sys.exit(f"{doc.path}: character {text[err.start]!r} is not Latin-1 in: {text!r}")


def _redaction(pdf: FPDF, ground: str, width: float | None = None) -> None:
    label = f" {ground} "
    pdf.set_font("Helvetica", "B", 8)
    w = width or pdf.get_string_width(label) + 14
    if pdf.get_x() + w > pdf.w - pdf.r_margin:
        pdf.ln(LINE)
    pdf.set_fill_color(20)
    pdf.set_text_color(255)
    pdf.cell(w, LINE - 0.8, label, fill=True, align="C")
    # Reset: later fills (table headings and cells) must not inherit the black.
    pdf.set_fill_color(255)
    pdf.set_text_color(0)
    pdf.set_font("Helvetica", "", 10.5)
    pdf.set_x(pdf.get_x() + 1)


def _flow(pdf: FPDF, text: str) -> None:
    """Write text with inline "{ground}" redactions, wrapping like a paragraph."""
    pdf.set_font("Helvetica", "", 10.5)
    rest = text
    while rest:
        start = rest.find("{")
        if start < 0:
            pdf.write(LINE, rest)
            break
        end = rest.index("}", start)
        if start:
            pdf.write(LINE, rest[:start])
        _redaction(pdf, rest[start + 1 : end])
        rest = rest[end + 1 :]
    pdf.ln(LINE)


def _cover(pdf: FPDF, doc: Document) -> None:
    pdf.add_page()
    pdf.set_y(70)
    pdf.set_font("Helvetica", "B", 20)
    pdf.multi_cell(0, 10, doc.title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Helvetica", "", 12)
    pdf.multi_cell(0, 7, doc.subtitle, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(-60)
    pdf.set_draw_color(120)
    pdf.set_font("Helvetica", "I", 9)
    pdf.multi_cell(0, 5, doc.stamp, border="T", new_x="LMARGIN", new_y="NEXT")


def _table(pdf: FPDF, headers: list[str], rows: list[list[str]], widths: tuple) -> None:
    pdf.set_font("Helvetica", "", 8.5)
    with pdf.table(
        col_widths=widths,
        text_align="LEFT",
        line_height=4.5,
        padding=(0.8, 1.2),
        headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225)),
        first_row_as_headings=True,
    ) as table:
        head = table.row()
        for text in headers:
            head.cell(text)
        for values in rows:
            row = table.row()
            for value in values:
                row.cell(value)
    pdf.ln(3)


def render(doc: Document) -> bytes:
    for block in doc.blocks:
        for part in block[1:]:
            for text in part if isinstance(part, (list, tuple)) else [part]:
                for cell in text if isinstance(text, (list, tuple)) else [text]:
                    if isinstance(cell, str):
                        _check_text(doc, cell)
    for text in (doc.title, doc.subtitle, doc.stamp):
        _check_text(doc, text)

    pdf = _Pdf(doc.stamp)
    pdf.set_creation_date(CREATED)
    pdf.set_title(doc.title)
    pdf.set_lang("nl")
    pdf.alias_nb_pages()
    _cover(pdf, doc)
    pdf.add_page()
    for block in doc.blocks:
        kind = block[0]
        if kind == "h":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 12)
            pdf.multi_cell(0, 7, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            _flow(pdf, block[1])
            pdf.ln(2)
        elif kind == "f":
            pdf.set_font("Helvetica", "B", 10.5)
            pdf.cell(38, LINE, block[1])
            value = block[2]
            if value.startswith("{") and value.endswith("}"):
                _redaction(pdf, value[1:-1], 60)
                pdf.ln(LINE + 0.5)
            else:
                pdf.set_font("Helvetica", "", 10.5)
                pdf.multi_cell(0, LINE, value, new_x="LMARGIN", new_y="NEXT")
        elif kind == "l":
            for text in block[1]:
                pdf.set_font("Helvetica", "", 10.5)
                pdf.cell(6, LINE, "-")
                left = pdf.l_margin
                pdf.set_left_margin(left + 6)
                _flow(pdf, text)
                pdf.set_left_margin(left)
            pdf.ln(2)
        elif kind == "t":
            _table(pdf, block[1], block[2], block[3])
        elif kind == "page":
            pdf.add_page()
        else:
            raise ValueError(f"{doc.path}: unknown block kind {kind!r}")
    return bytes(pdf.output())


def main() -> int:
    total = 0
    for doc in DOCUMENTS:
        target = DOSSIERS / doc.path
        data = render(doc)
        target.write_bytes(data)
        total += len(data)
        print(f"{len(data):>7} bytes  {target.relative_to(ROOT)}")
    print(f"{total:>7} bytes  in {len(DOCUMENTS)} files")
    return 0


# --- The documents -------------------------------------------------------

_CAS = "2021-criminaliteits-anticipatie-systeem"
_CAS_STAMP = "bij het besluit op het Wob-verzoek over CAS, kenmerk 2021/0017, 30 maart 2021"
_VERVOLG = "2021-cas-vervolgverzoek"
_VERVOLG_STAMP = "bij het besluit op het Wob-verzoek over CAS (vervolg), kenmerk 2021/0123, 27 juli 2021"
_POLITIE23 = "2023/2023-politie-voorspellend-politiewerk"
_ZWOLLE = "2023/2023-zwolle-cameratoezicht-binnenstad"
_ZWOLLE_STAMP = "bij het besluit op het Woo-verzoek over cameratoezicht, kenmerk Z23-004512, 31 maart 2023"
_BZK = "2022-bzk-algoritmeregister"
_BZK_STAMP = (
    "bij het besluit op het Woo-verzoek over het algoritmeregister, kenmerk 2022-0000412871, 4 oktober 2022"
)

_INVENTORY_HEAD = ["Nr.", "Datum", "Omschrijving", "Oordeel", "Gronden", "Bijlage"]
_INVENTORY_WIDTHS = (6, 14, 40, 16, 14, 10)

DOCUMENTS: tuple[Document, ...] = (
    Document(
        f"{_CAS}/bijlage-1-inventarislijst.pdf",
        "Inventarislijst",
        "Politie, Korpsstaf\nWob-verzoek over het Criminaliteits Anticipatie Systeem (CAS)",
        "Bijlage 1 " + _CAS_STAMP,
        (
            ("h", "Gevonden documenten"),
            (
                "p",
                "Deze lijst bevat de documenten die zijn gevonden naar aanleiding van het "
                "verzoek van 11 januari 2021. Per document staat aangegeven of het geheel, "
                "deels of niet openbaar wordt gemaakt en welke uitzonderingsgronden van de "
                "Wet openbaarheid van bestuur (Wob) zijn toegepast.",
            ),
            (
                "t",
                _INVENTORY_HEAD,
                [
                    ["1", "12-03-2018", "Werking en gegevensvelden van CAS, versie 2.1", "openbaar", "", "2"],
                    ["2", "05-09-2018", "Privacy impact assessment CAS", "deels openbaar", "10.2.e", "3"],
                    [
                        "3",
                        "22-01-2019",
                        "Memo landelijke invoering CAS",
                        "deels openbaar",
                        "10.2.e, 11.1",
                        "4",
                    ],
                    [
                        "4",
                        "14-12-2020",
                        "Rapport interne controle gebruik CAS 2020",
                        "deels openbaar",
                        "10.2.d, 10.2.e",
                        "5",
                    ],
                    [
                        "5",
                        "01-10-2020",
                        "Broncode en modelinstellingen CAS, release 2020.3",
                        "niet openbaar",
                        "10.2.c",
                        "-",
                    ],
                ],
                _INVENTORY_WIDTHS,
            ),
            ("h", "Toelichting op de gronden"),
            (
                "l",
                [
                    "10.2.c - de opsporing en vervolging van strafbare feiten",
                    "10.2.d - inspectie, controle en toezicht door bestuursorganen",
                    "10.2.e - de eerbiediging van de persoonlijke levenssfeer",
                    "11.1 - persoonlijke beleidsopvattingen in documenten voor intern beraad",
                ],
            ),
        ),
    ),
    Document(
        f"{_CAS}/bijlage-2-werking-en-gegevensvelden-cas.pdf",
        "Werking en gegevensvelden van CAS",
        "Politie, Dienst Informatievoorziening\nVersie 2.1, 12 maart 2018",
        "Bijlage 2 " + _CAS_STAMP,
        (
            ("h", "1. Inleiding"),
            (
                "p",
                "Het Criminaliteits Anticipatie Systeem (CAS) is een voorspelmodel dat de "
                "politie zelf heeft ontwikkeld. CAS helpt teams om hun inzet te plannen door "
                "aan te geven op welke plaatsen en in welke tijdvakken het risico op bepaalde "
                "veelvoorkomende delicten verhoogd is. CAS doet geen uitspraken over personen "
                "en gebruikt geen gegevens die tot personen herleidbaar zijn.",
            ),
            ("h", "2. Opbouw van het model"),
            (
                "p",
                "Het werkgebied van een basisteam wordt verdeeld in vakken van 125 bij 125 "
                "meter. Voor elk vak berekent het model per tijdvak van vier uur de kans dat "
                "zich een van de gekozen delicten voordoet. Het model leert van incidenten uit "
                "de afgelopen drie jaar en van kenmerken van de omgeving. Elke twee weken "
                "wordt het model opnieuw getraind met de meest recente gegevens.",
            ),
            (
                "p",
                "De delicten waarvoor CAS voorspellingen maakt zijn woninginbraak, straatroof, "
                "overval, zakkenrollerij, fietsendiefstal en diefstal uit of vanaf een auto. "
                "Welke delicten een basisteam gebruikt, bepaalt het team zelf.",
            ),
            ("h", "3. Gegevensvelden"),
            (
                "t",
                ["Veld", "Bron", "Omschrijving"],
                [
                    ["vak_id", "CAS", "Aanduiding van het vak van 125 bij 125 meter"],
                    ["tijdvak", "CAS", "Blok van vier uur waarop de voorspelling betrekking heeft"],
                    ["incident_type", "politieregistratie", "Soort delict, zonder gegevens over betrokkenen"],
                    ["incident_tijd", "politieregistratie", "Afgeronde pleegtijd van het incident"],
                    ["afstand_vorig", "afgeleid", "Afstand tot het dichtstbijzijnde eerdere incident"],
                    ["adressen_aantal", "CBS", "Aantal adressen in het vak"],
                    ["woz_gemiddeld", "CBS", "Gemiddelde woningwaarde in de wijk"],
                    ["uitkering_aandeel", "CBS", "Aandeel huishoudens met een uitkering in de wijk"],
                    ["winkels_aantal", "CBS", "Aantal winkels en horecagelegenheden in het vak"],
                    ["risico", "CAS", "Berekende risicoscore van 0 tot 100"],
                ],
                (22, 22, 56),
            ),
            ("h", "4. Weergave van uitkomsten"),
            (
                "p",
                "De uitkomsten worden getoond op een kaart van het werkgebied. Vakken met de "
                "hoogste risicoscore per tijdvak kleuren rood, de vakken daarna oranje. "
                "Teamleiders gebruiken de kaart bij de briefing; de keuze om ergens extra te "
                "surveilleren blijft een menselijke afweging.",
            ),
            ("h", "5. Beperkingen"),
            (
                "p",
                "CAS is zo goed als de gegevens waarop het is gebaseerd. Delicten waarvan "
                "weinig aangifte wordt gedaan, worden minder goed voorspeld. Het model wordt "
                "daarom niet gebruikt voor delicten waarvan bekend is dat de aangiftebereidheid "
                "laag is.",
            ),
        ),
    ),
    Document(
        f"{_CAS}/bijlage-3-privacy-impact-assessment-cas.pdf",
        "Privacy impact assessment CAS",
        "Politie, Korpsstaf\n5 september 2018",
        "Bijlage 3 " + _CAS_STAMP,
        (
            ("h", "1. Projectgegevens"),
            ("f", "Systeem", "Criminaliteits Anticipatie Systeem (CAS)"),
            ("f", "Eigenaar", "Politie, Dienst Informatievoorziening"),
            ("f", "Opsteller", "{10.2.e}"),
            ("f", "Contactpersoon", "{10.2.e}"),
            ("f", "Status", "Vastgesteld"),
            ("h", "2. Doel van de verwerking"),
            (
                "p",
                "CAS ondersteunt de planning van de politie-inzet door plaatsen en tijden met "
                "een verhoogd risico op veelvoorkomende criminaliteit aan te wijzen. Het doel "
                "valt onder de uitvoering van de dagelijkse politietaak (artikel 8 Wet "
                "politiegegevens).",
            ),
            ("h", "3. Verwerkte gegevens"),
            (
                "p",
                "CAS verwerkt incidentgegevens waaruit alle gegevens over personen zijn "
                "verwijderd voordat ze het model bereiken: geen namen, geen geboortedata, "
                "geen kentekens en geen exacte adressen. Pleeglocaties worden omgezet naar het "
                "vak van 125 bij 125 meter waarin ze liggen. Daarnaast gebruikt CAS openbare "
                "statistieken van het CBS op wijkniveau.",
            ),
            ("h", "4. Risico's"),
            (
                "l",
                [
                    "Herleidbaarheid: in dunbevolkte vakken kan een incident in combinatie met "
                    "andere bronnen tot een adres herleid worden.",
                    "Vooringenomenheid: wijken met veel politie-aanwezigheid leveren meer "
                    "registraties op, wat het model kan versterken.",
                    "Doelverschuiving: de kaart kan worden gebruikt voor doelen waarvoor het model "
                    "niet is ontworpen.",
                ],
            ),
            ("h", "5. Maatregelen"),
            (
                "l",
                [
                    "Vakken met minder dan tien adressen worden samengevoegd met een buurvak.",
                    "Het model wordt jaarlijks getoetst op verschillen tussen wijken; de uitkomst "
                    "wordt besproken met de functionaris voor gegevensbescherming.",
                    "Toegang tot CAS is beperkt tot teamleiders en analisten; het gebruik wordt gelogd.",
                ],
            ),
            ("h", "6. Conclusie"),
            (
                "p",
                "Met de genoemde maatregelen zijn de risico's voor de persoonlijke "
                "levenssfeer aanvaardbaar. De assessment wordt herzien bij iedere wezenlijke "
                "wijziging van het model. Besproken met {10.2.e} op 3 september 2018.",
            ),
        ),
    ),
    Document(
        f"{_CAS}/bijlage-4-memo-landelijke-invoering-cas.pdf",
        "Memo landelijke invoering CAS",
        "Politie, Korpsstaf\n22 januari 2019",
        "Bijlage 4 " + _CAS_STAMP,
        (
            ("f", "Aan", "Korpsleiding"),
            ("f", "Van", "{10.2.e}"),
            ("f", "Datum", "22 januari 2019"),
            ("f", "Onderwerp", "Landelijke invoering van CAS"),
            ("h", "Aanleiding"),
            (
                "p",
                "Sinds 2014 is CAS beproefd in Amsterdam en daarna stapsgewijs uitgebreid naar "
                "andere eenheden. De korpsleiding heeft gevraagd om een voorstel voor de "
                "landelijke invoering, inclusief afspraken over beheer, opslag en "
                "bewaartermijnen.",
            ),
            ("h", "Afspraken over opslag en bewaartermijnen"),
            (
                "l",
                [
                    "De gegevens van CAS worden opgeslagen in de datacentra van de politie; de "
                    "politie is eigenaar van de gegevens. Er worden geen gegevens bij derden "
                    "opgeslagen.",
                    "Voorspellingen worden na twaalf maanden verwijderd. Afgeleide gegevens voor "
                    "het trainen van het model worden na drie jaar verwijderd.",
                    "De ruwe incidentgegevens blijven onder de bewaartermijnen van de Wet "
                    "politiegegevens vallen; CAS bewaart er geen eigen kopie van.",
                    "Het beheer ligt bij de Dienst Informatievoorziening; elke eenheid wijst een "
                    "functioneel beheerder aan.",
                ],
            ),
            ("h", "Advies"),
            ("p", "{11.1} {11.1} {11.1}"),
            (
                "p",
                "Geadviseerd wordt om in te stemmen met de landelijke invoering in 2019 en "
                "2020, onder de voorwaarde dat elke eenheid analisten opleidt voor het "
                "duiden van de uitkomsten.",
            ),
            ("h", "Besluitpunten"),
            (
                "l",
                [
                    "Instemmen met de landelijke invoering van CAS in 2019 en 2020.",
                    "Instemmen met de afspraken over opslag en bewaartermijnen.",
                    "De evaluatie van het gebruik laten uitvoeren door interne controle in 2020.",
                ],
            ),
            ("p", "Contact voor vragen: {10.2.e}"),
        ),
    ),
    Document(
        f"{_CAS}/bijlage-5-rapport-interne-controle-cas.pdf",
        "Rapport interne controle gebruik CAS 2020",
        "Politie, Korpsstaf, Interne controle\n14 december 2020",
        "Bijlage 5 " + _CAS_STAMP,
        (
            ("h", "1. Opdracht"),
            (
                "p",
                "De korpsleiding heeft gevraagd om te controleren of CAS wordt gebruikt "
                "volgens de afspraken uit de memo over de landelijke invoering van januari "
                "2019. De controle betreft de periode van 1 januari tot en met 30 september "
                "2020.",
            ),
            ("h", "2. Opzet van de controle"),
            (
                "p",
                "De controle is uitgevoerd bij zes basisteams in drie eenheden. Per team zijn "
                "de toegangsrechten en de logging bekeken en zijn gesprekken gevoerd met "
                "teamleiders en analisten. {10.2.d} {10.2.d}",
            ),
            ("p", "De steekproef is als volgt samengesteld: {10.2.d}"),
            ("h", "3. Bevindingen"),
            (
                "l",
                [
                    "Bij alle zes teams is de toegang beperkt tot teamleiders en analisten.",
                    "Bij twee teams hadden medewerkers die van functie waren veranderd nog "
                    "toegang; dit is tijdens de controle hersteld.",
                    "De kaarten worden gebruikt bij de briefing; er zijn geen aanwijzingen dat "
                    "CAS voor andere doelen wordt gebruikt.",
                    "De jaarlijkse toets op verschillen tussen wijken is in 2020 nog niet uitgevoerd.",
                ],
            ),
            ("h", "4. Conclusies en aanbevelingen"),
            (
                "p",
                "Het gebruik van CAS voldoet op hoofdlijnen aan de afspraken. Aanbevolen "
                "wordt om toegangsrechten automatisch in te trekken bij functiewijziging en "
                "de toets op verschillen tussen wijken in het eerste kwartaal van 2021 uit "
                "te voeren.",
            ),
            ("f", "Uitgevoerd door", "{10.2.e}"),
            ("f", "Gecontroleerd door", "{10.2.e}"),
        ),
    ),
    Document(
        f"{_VERVOLG}/bijlage-1-inventarislijst.pdf",
        "Inventarislijst",
        "Politie, Korpsstaf\nWob-verzoek over het Crime Anticipation System (vervolg)",
        "Bijlage 1 " + _VERVOLG_STAMP,
        (
            ("h", "Gevonden documenten"),
            (
                "p",
                "Naar aanleiding van punt 15 van het verzoek van 10 mei 2021 is een document "
                "gevonden. Voor de punten 1 tot en met 5, 16 en 17 wordt verwezen naar het "
                "besluit van 30 maart 2021 (kenmerk 2021/0017) en de documenten die daarbij "
                "openbaar zijn gemaakt; die zijn hieronder ter informatie opgenomen.",
            ),
            (
                "t",
                _INVENTORY_HEAD,
                [
                    [
                        "1",
                        "18-06-2020",
                        "Auditrapport CAS 2019: effectiviteit en gebruik",
                        "deels openbaar",
                        "10.2.e",
                        "2",
                    ],
                    [
                        "-",
                        "12-03-2018",
                        "Werking en gegevensvelden van CAS (besluit 2021/0017)",
                        "reeds openbaar",
                        "",
                        "-",
                    ],
                    [
                        "-",
                        "05-09-2018",
                        "Privacy impact assessment CAS (besluit 2021/0017)",
                        "reeds openbaar",
                        "",
                        "-",
                    ],
                    [
                        "-",
                        "22-01-2019",
                        "Memo landelijke invoering CAS (besluit 2021/0017)",
                        "reeds openbaar",
                        "",
                        "-",
                    ],
                ],
                _INVENTORY_WIDTHS,
            ),
            ("h", "Toelichting op de gronden"),
            ("l", ["10.2.e - de eerbiediging van de persoonlijke levenssfeer"]),
        ),
    ),
    Document(
        f"{_VERVOLG}/bijlage-2-auditrapport-cas-2019.pdf",
        "Auditrapport CAS 2019",
        "Politie, Korpsstaf, Auditdienst\nEffectiviteit en gebruik van het Criminaliteits "
        "Anticipatie Systeem\n18 juni 2020",
        "Bijlage 2 " + _VERVOLG_STAMP,
        (
            ("h", "Samenvatting"),
            (
                "p",
                "Deze audit onderzoekt of CAS in 2019 heeft bijgedragen aan het voorkomen van "
                "woninginbraken en straatroven in de basisteams die het systeem gebruiken. De "
                "auditdienst concludeert dat de voorspellingen in technische zin redelijk "
                "betrouwbaar zijn, maar dat een effect op de criminaliteit niet kan worden "
                "aangetoond. Daarvoor wordt CAS te wisselend gebruikt en ontbreken "
                "vergelijkbare teams zonder CAS.",
            ),
            ("h", "1. Aanpak"),
            (
                "p",
                "De auditdienst heeft de voorspellingen van 2019 vergeleken met de "
                "geregistreerde incidenten in dezelfde vakken en tijdvakken. Daarnaast zijn "
                "interviews gehouden met {10.2.e} en met teamleiders en analisten van acht "
                "basisteams.",
            ),
            ("h", "2. Betrouwbaarheid van de voorspellingen"),
            (
                "t",
                ["Delict", "Aandeel incidenten in rode vakken", "Aandeel van het gebied"],
                [
                    ["Woninginbraak", "31%", "3%"],
                    ["Straatroof", "38%", "3%"],
                    ["Overval", "22%", "3%"],
                    ["Fietsendiefstal", "27%", "3%"],
                ],
                (30, 40, 30),
            ),
            (
                "p",
                "Ongeveer een derde van de woninginbraken en straatroven vond plaats in de "
                "drie procent van het gebied die CAS als hoogste risico aanwees. Dat is "
                "aanzienlijk beter dan toeval, maar betekent ook dat twee derde van de "
                "incidenten daarbuiten plaatsvond.",
            ),
            ("h", "3. Gebruik in de praktijk"),
            (
                "p",
                "Het gebruik verschilt sterk per team. In drie teams werd de kaart bij vrijwel "
                "elke briefing besproken; in twee teams nauwelijks. Teams geven aan dat de "
                "kaart vaak bevestigt wat zij al weten. Capaciteit om extra te surveilleren in "
                "rode vakken ontbreekt regelmatig.",
            ),
            ("h", "4. Effectiviteit"),
            (
                "p",
                "Een vergelijking met teams zonder CAS was niet mogelijk, omdat alle teams in "
                "de betrokken eenheden het systeem gebruiken. De daling van het aantal "
                "woninginbraken in 2019 is landelijk zichtbaar en kan niet aan CAS worden "
                "toegeschreven.",
            ),
            ("h", "5. Aanbevelingen"),
            (
                "l",
                [
                    "Leg vast hoe teams de kaart gebruiken, zodat het effect later wel te meten is.",
                    "Start een vergelijkend onderzoek met teams die tijdelijk zonder CAS werken.",
                    "Toets jaarlijks of het model verschillen tussen wijken versterkt.",
                ],
            ),
            ("f", "Auditteam", "{10.2.e}"),
            ("f", "Opdrachtgever", "Korpsleiding"),
        ),
    ),
    Document(
        f"{_POLITIE23}/bijlage-1-besluitvorming-toekomst-cas-2022.pdf",
        "Besluitvorming over de toekomst van CAS, 2022",
        "Politie, Korpsstaf\nDrie documenten, april tot en met oktober 2022",
        "Bijlage 1 bij het besluit op het Woo-verzoek over voorspellend politiewerk, "
        "kenmerk 2023/0212, 30 mei 2023",
        (
            ("h", "Document 1 - Verkenning toekomst CAS (12 april 2022)"),
            ("f", "Van", "{5.1.2.e}"),
            ("f", "Aan", "Portefeuillehouder Informatievoorziening"),
            (
                "p",
                "De technische basis van CAS wordt in 2023 niet meer ondersteund. Voor de "
                "toekomst zijn drie opties verkend: CAS beëindigen, CAS in afgeslankte vorm "
                "voortzetten voor woninginbraak en straatroof, of een nieuw model ontwikkelen. "
                "Een nieuw model vraagt naar schatting twee jaar ontwikkeltijd en een "
                "volledige herbeoordeling van de privacy- en discriminatierisico's.",
            ),
            (
                "p",
                "Het gebruik van CAS is sinds 2020 afgenomen: in 2021 raadpleegde nog 41 "
                "procent van de basisteams de kaart minstens wekelijks, tegen 63 procent in "
                "2019.",
            ),
            ("page",),
            ("h", "Document 2 - Advies Strategisch Beraad (7 juli 2022)"),
            ("p", "Het Strategisch Beraad heeft de verkenning besproken. {5.2} {5.2} {5.2}"),
            (
                "p",
                "Het beraad adviseert om CAS in afgeslankte vorm voort te zetten tot en met "
                "2024 en in die periode de effectiviteit te onderzoeken met een vergelijkende "
                "opzet, zoals de auditdienst in 2020 aanbeval. {5.2}",
            ),
            ("p", "Aanwezig: {5.1.2.e}"),
            ("h", "Document 3 - Besluitnotitie korpsleiding (18 oktober 2022)"),
            ("p", "De korpsleiding besluit:"),
            (
                "l",
                [
                    "CAS voort te zetten voor woninginbraak en straatroof tot en met 2024;",
                    "de overige delicttypen per 1 januari 2023 uit het model te halen;",
                    "CAS te beschrijven in het algoritmeregister van de overheid;",
                    "in 2024 op basis van een vergelijkend onderzoek te besluiten over de "
                    "toekomst van voorspellend politiewerk.",
                ],
            ),
            ("p", "Behandeld door: {5.1.2.e}"),
        ),
    ),
)


# The yearly camera evaluations share one layout; the numbers are invented.
_CAMERA_YEARS = (
    # year, cameras, hours watched live, incidents seen, footage requested, remark
    (
        2018,
        14,
        1960,
        212,
        87,
        "Twee camera's aan de Diezerstraat zijn vervangen door "
        "exemplaren met een beter beeld bij weinig licht.",
    ),
    (
        2019,
        16,
        2040,
        236,
        95,
        "Op verzoek van de driehoek zijn twee camera's bijgeplaatst bij "
        "de Grote Markt en het Rodetorenplein.",
    ),
    (
        2020,
        16,
        1210,
        118,
        61,
        "Door de coronamaatregelen was het uitgaansleven een groot deel "
        "van het jaar gesloten; het live uitkijken is daarom teruggebracht.",
    ),
    (
        2021,
        16,
        1380,
        141,
        66,
        "In de zomer is tijdelijk een mobiele camera ingezet bij de "
        "Thorbeckegracht na meldingen van overlast.",
    ),
    (
        2022,
        17,
        2110,
        251,
        102,
        "Het cameratoezicht is uitgebreid met een camera aan de "
        "Melkmarkt. De meeste waarnemingen betroffen vechtpartijen en vernielingen.",
    ),
)


def _camera_evaluations() -> tuple[Block, ...]:
    blocks: list[Block] = [
        ("h", "Inleiding"),
        (
            "p",
            "Het cameratoezicht in de binnenstad is ingesteld op grond van artikel 151c van "
            "de Gemeentewet. De burgemeester evalueert het toezicht jaarlijks samen met de "
            "politie. Deze bijlage bevat de evaluaties over 2018 tot en met 2022, elk op een "
            "eigen pagina.",
        ),
    ]
    for year, cameras, hours, incidents, requested, remark in _CAMERA_YEARS:
        if year != _CAMERA_YEARS[0][0]:
            blocks.append(("page",))
        blocks += [
            ("h", f"Evaluatie cameratoezicht binnenstad {year}"),
            (
                "t",
                ["Kengetal", str(year)],
                [
                    ["Aantal camera's", str(cameras)],
                    ["Uren live uitgekeken", str(hours)],
                    ["Incidenten waargenomen door de uitkijkers", str(incidents)],
                    ["Beelden uitgevraagd voor opsporing", str(requested)],
                ],
                (70, 30),
            ),
            ("p", remark),
            (
                "p",
                f"Conclusie: het cameratoezicht draagt bij aan de handhaving van de openbare "
                f"orde in de binnenstad. In {year} zijn {incidents} incidenten door de "
                f"uitkijkers gezien, waarvan het grootste deel in de nachten van vrijdag op "
                f"zaterdag en van zaterdag op zondag. De burgemeester besluit het toezicht "
                f"voort te zetten.",
            ),
        ]
    return tuple(blocks)


DOCUMENTS += (
    Document(
        f"{_ZWOLLE}/bijlage-1-evaluaties-cameratoezicht-2018-2022.pdf",
        "Evaluaties cameratoezicht binnenstad 2018-2022",
        "Gemeente Zwolle, burgemeester\nVijf jaarlijkse evaluaties",
        "Bijlage 1 " + _ZWOLLE_STAMP,
        _camera_evaluations(),
    ),
    Document(
        f"{_ZWOLLE}/bijlage-2-verslagen-driehoeksoverleg.pdf",
        "Verslagen lokaal driehoeksoverleg",
        "Gemeente Zwolle, politie en Openbaar Ministerie\nPassages over cameratoezicht, 2020 tot en met 2022",
        "Bijlage 2 " + _ZWOLLE_STAMP,
        (
            (
                "p",
                "Deze bijlage bevat de passages over cameratoezicht uit vier verslagen van "
                "het lokale driehoeksoverleg. Andere agendapunten vallen buiten het verzoek "
                "en zijn niet opgenomen.",
            ),
            ("h", "Verslag 11 februari 2020"),
            ("f", "Aanwezig", "burgemeester, teamchef politie, officier van justitie"),
            ("f", "Notulist", "{5.1.2.e}"),
            (
                "p",
                "De teamchef licht de evaluatie over 2019 toe. De bijgeplaatste camera's bij "
                "de Grote Markt leveren veel waarnemingen op. {5.2} Afgesproken wordt het "
                "toezicht in de huidige vorm voort te zetten.",
            ),
            ("h", "Verslag 6 oktober 2020"),
            (
                "p",
                "Door de coronamaatregelen is het uitgaansleven grotendeels stil komen te "
                "liggen. Besloten wordt het live uitkijken terug te brengen naar de vrijdag- "
                "en zaterdagavond. {5.2}",
            ),
            ("h", "Verslag 8 juni 2021"),
            (
                "p",
                "Na meldingen van bewoners over overlast bij de Thorbeckegracht stelt de "
                "teamchef voor tijdelijk een mobiele camera in te zetten. De officier van "
                "justitie vraagt om een heldere einddatum. {5.2} Besloten wordt de camera "
                "in te zetten van 1 juli tot 30 september 2021.",
            ),
            ("h", "Verslag 15 november 2022"),
            (
                "p",
                "De burgemeester meldt dat ondernemers aan de Melkmarkt om een camera hebben "
                "gevraagd. Volgens de politie rechtvaardigen de cijfers dat. {5.2} {5.2} "
                "Besloten wordt de aanwijzing uit te breiden met de Melkmarkt. Contactpersoon "
                "voor de uitvoering: {5.1.2.e}",
            ),
        ),
    ),
    Document(
        f"{_ZWOLLE}/bijlage-3-meldingen-en-klachten.pdf",
        "Meldingen en klachten over cameratoezicht",
        "Gemeente Zwolle\nTwaalf meldingen, 2018 tot en met 2022",
        "Bijlage 3 " + _ZWOLLE_STAMP,
        (
            (
                "p",
                "Gegevens van melders zijn weggelakt. Waar een melder een "
                "burgerservicenummer had vermeld, is dat eveneens weggelakt.",
            ),
            (
                "t",
                ["Nr.", "Datum", "Inhoud van de melding", "Afhandeling"],
                [
                    [
                        "1",
                        "03-04-2018",
                        "Vraag of de camera aan de Diezerstraat in een woning kan kijken.",
                        "Uitgelegd dat privé-delen digitaal worden afgeschermd.",
                    ],
                    [
                        "2",
                        "19-07-2018",
                        "Klacht over een camera die 's nachts zou zoemen.",
                        "Camera gecontroleerd; geen geluid vastgesteld.",
                    ],
                    [
                        "3",
                        "02-11-2018",
                        "Verzoek om beelden van een aanrijding met de fiets.",
                        "Verwezen naar de politie.",
                    ],
                    [
                        "4",
                        "14-03-2019",
                        "Steun voor camera's bij de Grote Markt van een ondernemer.",
                        "Ter kennisname.",
                    ],
                    [
                        "5",
                        "27-08-2019",
                        "Melding dat een camerabord ontbreekt bij het Rodetorenplein.",
                        "Bord geplaatst.",
                    ],
                    [
                        "6",
                        "09-01-2020",
                        "Bezwaar tegen cameratoezicht in het algemeen.",
                        "Uitleg gegeven over de aanwijzing.",
                    ],
                    [
                        "7",
                        "22-06-2020",
                        "Vraag of camera's ook gezichtsherkenning gebruiken.",
                        "Beantwoord: nee.",
                    ],
                    ["8", "30-09-2020", "Klacht over zicht op een terras.", "Afscherming aangepast."],
                    [
                        "9",
                        "11-05-2021",
                        "Overlastmelding Thorbeckegracht met verzoek om een camera.",
                        "Besproken in de driehoek.",
                    ],
                    ["10", "05-10-2021", "Vraag hoe lang beelden worden bewaard.", "Beantwoord: 28 dagen."],
                    [
                        "11",
                        "17-02-2022",
                        "Verzoek om inzage in beelden van de eigen persoon.",
                        "Verwezen naar de politie.",
                    ],
                    ["12", "12-12-2022", "Steun voor een camera aan de Melkmarkt.", "Ter kennisname."],
                ],
                (6, 14, 45, 35),
            ),
            ("page",),
            ("h", "Gegevens van melders"),
            ("f", "Melding 3", "{5.1.2.e}"),
            ("f", "Melding 6", "{5.1.2.e}"),
            ("f", "Melding 6 BSN", "{5.1.1.e}"),
            ("f", "Melding 8", "{5.1.2.e}"),
            ("f", "Melding 11", "{5.1.2.e}"),
            ("f", "Melding 11 BSN", "{5.1.1.e}"),
            (
                "p",
                "De gegevens van de overige melders zijn niet vastgelegd of betreffen "
                "ondernemers die als zodanig optraden en waarvan de naam van de onderneming "
                "niet tot een persoon herleidbaar is; die meldingen zijn anoniem geregistreerd.",
            ),
        ),
    ),
    Document(
        f"{_BZK}/bijlage-1-inventarislijst.pdf",
        "Inventarislijst",
        "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties\nWoo-verzoek over het algoritmeregister",
        "Bijlage 1 " + _BZK_STAMP,
        (
            (
                "t",
                _INVENTORY_HEAD,
                [
                    ["1", "15-03-2021", "Projectplan algoritmeregister", "openbaar", "", "2"],
                    [
                        "2",
                        "08-06-2021",
                        "Nota aan de staatssecretaris: richting algoritmeregister",
                        "deels openbaar",
                        "5.2, 5.1.2.e",
                        "3",
                    ],
                    [
                        "3",
                        "23-11-2021",
                        "Nota aan de staatssecretaris: pilot met gemeenten",
                        "deels openbaar",
                        "5.2, 5.1.2.e",
                        "3",
                    ],
                    [
                        "4",
                        "02-12-2021",
                        "Brief aan vier gemeenten: uitnodiging pilot",
                        "deels openbaar",
                        "5.1.2.e",
                        "4",
                    ],
                    [
                        "5",
                        "17-12-2021",
                        "Antwoord gemeente: deelname pilot",
                        "deels openbaar",
                        "5.1.2.e",
                        "4",
                    ],
                    ["6", "20-01-2022", "Verslag startbijeenkomst pilot", "deels openbaar", "5.1.2.e", "4"],
                    [
                        "7",
                        "11-03-2022",
                        "Concept regeling algoritmeregister, versie 0.3",
                        "niet openbaar",
                        "5.1.2.i, 5.2",
                        "-",
                    ],
                    [
                        "8",
                        "30-05-2022",
                        "Concept regeling algoritmeregister, versie 0.5",
                        "niet openbaar",
                        "5.1.2.i, 5.2",
                        "-",
                    ],
                    ["9", "21-12-2021", "Kamerbrief over het algoritmeregister", "reeds openbaar", "", "-"],
                ],
                _INVENTORY_WIDTHS,
            ),
            ("h", "Toelichting op de gronden"),
            (
                "l",
                [
                    "5.1.2.e - de eerbiediging van de persoonlijke levenssfeer",
                    "5.1.2.i - het goed functioneren van de Staat of bestuursorganen",
                    "5.2 - persoonlijke beleidsopvattingen in documenten voor intern beraad",
                ],
            ),
        ),
    ),
    Document(
        f"{_BZK}/bijlage-2-projectplan-algoritmeregister.pdf",
        "Projectplan algoritmeregister",
        "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties\nDirectie Digitale "
        "Samenleving, 15 maart 2021",
        "Bijlage 2 " + _BZK_STAMP,
        (
            ("h", "1. Aanleiding"),
            (
                "p",
                "Overheden gebruiken steeds vaker algoritmen bij de uitvoering van hun taken. "
                "Burgers kunnen nu moeilijk nagaan welke algoritmen worden gebruikt, waarvoor "
                "en met welke waarborgen. De Tweede Kamer heeft gevraagd om een register waarin "
                "overheidsorganisaties hun algoritmen beschrijven.",
            ),
            ("h", "2. Doel"),
            (
                "p",
                "Het project levert een openbaar, doorzoekbaar register op waarin "
                "overheidsorganisaties in begrijpelijke taal beschrijven welke algoritmen zij "
                "gebruiken, met welk doel, op basis van welke gegevens en met welk menselijk "
                "toezicht.",
            ),
            ("h", "3. Aanpak"),
            (
                "l",
                [
                    "Fase 1 (2021): ontwerp van een standaard voor de beschrijving van algoritmen, "
                    "samen met gemeenten, provincies en uitvoeringsorganisaties.",
                    "Fase 2 (eerste helft 2022): pilot met vier gemeenten die hun algoritmen in een "
                    "proefversie van het register beschrijven.",
                    "Fase 3 (tweede helft 2022): livegang van het register en een handreiking voor "
                    "organisaties die willen aansluiten.",
                ],
            ),
            ("h", "4. Organisatie"),
            (
                "p",
                "Het project valt onder de directie Digitale Samenleving. Een klankbordgroep "
                "met vertegenwoordigers van de VNG, het IPO, de Unie van Waterschappen en "
                "uitvoeringsorganisaties adviseert over de standaard.",
            ),
            ("h", "5. Planning en middelen"),
            (
                "t",
                ["Onderdeel", "Gereed", "Begroting"],
                [
                    ["Standaard voor beschrijvingen", "december 2021", "EUR 250.000"],
                    ["Pilot met gemeenten", "juni 2022", "EUR 180.000"],
                    ["Register en handreiking", "december 2022", "EUR 420.000"],
                ],
                (50, 25, 25),
            ),
            ("h", "6. Risico's"),
            (
                "p",
                "Deelname is in eerste instantie vrijwillig. Als te weinig organisaties "
                "aansluiten, geeft het register een onvolledig beeld. Daarom wordt parallel "
                "verkend of een wettelijke verplichting nodig is.",
            ),
        ),
    ),
    Document(
        f"{_BZK}/bijlage-3-nota-s-aan-de-staatssecretaris.pdf",
        "Nota's aan de staatssecretaris",
        "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties\nTwee nota's, juni en november 2021",
        "Bijlage 3 " + _BZK_STAMP,
        (
            ("h", "Nota 1 - Richting algoritmeregister (8 juni 2021)"),
            ("f", "Opgesteld door", "{5.1.2.e}"),
            ("f", "Gezien door", "directeur Digitale Samenleving"),
            (
                "p",
                "U wordt gevraagd in te stemmen met de richting voor het algoritmeregister: "
                "één landelijk register met een gezamenlijke standaard, in plaats van losse "
                "registers per organisatie.",
            ),
            (
                "p",
                "Toelichting: enkele gemeenten hebben al een eigen register. Een landelijk "
                "register maakt vergelijken mogelijk en verlaagt de lasten voor kleinere "
                "organisaties. {5.2} {5.2}",
            ),
            (
                "p",
                "Advies: instemmen met een landelijk register en de uitwerking van de "
                "standaard in 2021. {5.2}",
            ),
            ("page",),
            ("h", "Nota 2 - Pilot met gemeenten (23 november 2021)"),
            ("f", "Opgesteld door", "{5.1.2.e}"),
            (
                "p",
                "U wordt gevraagd in te stemmen met een pilot met vier gemeenten in de eerste "
                "helft van 2022. De gemeenten hebben zich aangemeld na een oproep van de VNG.",
            ),
            (
                "p",
                "De pilot moet laten zien of de standaard bruikbaar is voor algoritmen van "
                "verschillende aard, van eenvoudige beslisregels tot zelflerende modellen. "
                "{5.2}",
            ),
            (
                "p",
                "Na de pilot volgt een besluit over de livegang. {5.2} Over een wettelijke "
                "verplichting ontvangt u in 2022 een afzonderlijke nota.",
            ),
        ),
    ),
    Document(
        f"{_BZK}/bijlage-4-correspondentie-pilotgemeenten.pdf",
        "Correspondentie met pilotgemeenten",
        "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties\nDecember 2021 tot en met januari 2022",
        "Bijlage 4 " + _BZK_STAMP,
        (
            ("h", "Document 4 - Uitnodiging pilot (2 december 2021)"),
            ("f", "Van", "{5.1.2.e}"),
            ("f", "Aan", "vier gemeenten (pilotdeelnemers)"),
            (
                "p",
                "Geachte heer, mevrouw, hartelijk dank voor uw aanmelding voor de pilot met het "
                "algoritmeregister. In de pilot beschrijft uw gemeente ten minste drie "
                "algoritmen volgens de conceptstandaard. Wij ondersteunen u daarbij met een "
                "werksessie en een vast aanspreekpunt: {5.1.2.e}. De pilot loopt van januari "
                "tot en met juni 2022.",
            ),
            ("h", "Document 5 - Antwoord gemeente (17 december 2021)"),
            ("f", "Van", "{5.1.2.e}"),
            (
                "p",
                "Onze gemeente neemt graag deel. Wij denken aan de beschrijving van het "
                "algoritme voor het plannen van afvalinzameling, de risicoselectie bij "
                "bijstandsaanvragen en de parkeerscanauto. Voor de risicoselectie willen wij "
                "vooraf afstemmen hoe gedetailleerd de beschrijving moet zijn.",
            ),
            ("h", "Document 6 - Verslag startbijeenkomst (20 januari 2022)"),
            ("f", "Aanwezig", "vertegenwoordigers van vier gemeenten en het ministerie"),
            ("f", "Namen", "{5.1.2.e}"),
            (
                "l",
                [
                    "De conceptstandaard is toegelicht; de gemeenten vinden de velden over "
                    "menselijk toezicht en bezwaarmogelijkheden het lastigst.",
                    "Afgesproken is dat gemeenten zelf bepalen welke algoritmen zij beschrijven, "
                    "met een voorkeur voor algoritmen met impact op burgers.",
                    "Volgende bijeenkomst: maart 2022, met een eerste versie van de beschrijvingen.",
                ],
            ),
        ),
    ),
)

if __name__ == "__main__":
    raise SystemExit(main())
