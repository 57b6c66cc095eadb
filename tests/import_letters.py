"""Decision letters for the import tests, and a helper that imports one in tmp_path.

Three layouts: a municipal Woo letter typed line by line (letterhead with
columns, hyphenated words, a header and "n/m" page numbers on every page), a
ministry Wob letter in justified paragraphs ("Pagina n van m" footer), and the
seed letter's own text (/work/shared/seed-decision.txt) printed as extracted.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml
from letterpdf import Layout, annex_pdf, letter_pdf
from woo_dossiers.importer import ImportResult, import_decision

SEED = Path("/work/shared/seed-decision.txt")

ZWOLLE_LETTERHEAD = [
    ("Gemeente Zwolle", ""),
    ("", ""),
    ("De heer J. Jansen", "Datum 14 maart 2024"),
    ("Dorpsstraat 1", "Ons kenmerk 2024/0456"),
    ("8000 AA Zwolle", "Uw kenmerk ABC-99"),
    ("", "Onderwerp Besluit op uw Woo-verzoek over cameratoezicht"),
]
ZWOLLE = """Geachte heer Jansen,

Op 2 januari 2024 heb ik uw verzoek op grond van de Wet open overheid (Woo) ont-
vangen. Bij brief van 25 januari 2024 heb ik de beslistermijn met vier weken ver-
daagd. Uw verzoek gaat over het cameratoezicht in de binnenstad over de periode
van 1 januari 2020 tot en met 31 december 2023. Eerder besliste ik op een ver-
gelijkbaar verzoek (kenmerk 2021/0099).

# Uw verzoek
U vraagt om:
1. het aanwijzingsbesluit voor cameratoezicht in de binnenstad;
2. evaluaties van het cameratoezicht, en
3. de verwerkersovereenkomst met de leverancier van de camera's.

# Besluit
Ik heb besloten uw verzoek gedeeltelijk toe te wijzen. Hieronder licht ik dat per
onderdeel toe. Het Woo-
besluit over de camera's op het station geldt daarbij als uitgangspunt.

Ad 1
Het aanwijzingsbesluit is reeds openbaar. Het staat op https://www.zwolle.nl/
cameratoezicht/aanwijzingsbesluit-2020.

Ad 2
Ik maak de evaluatie van 2022 deels openbaar (bijlage 2). Persoonsgegevens heb ik
gelakt op grond van artikel 5.1, tweede lid, aanhef en onder e, van de Woo.
\f
Ad 3
Een verwerkersovereenkomst is niet aangetroffen: de gemeente be-
heert de camera's zelf.

# Bezwaar
Tegen dit besluit kunt u binnen zes weken bezwaar maken bij het college.

Met vriendelijke groet,
Het college van burgemeester en wethouders van Zwolle,
namens dezen,
J. de Vries
teamleider Juridische Zaken""".splitlines()

TOESLAGEN = [
    "Den Haag, 27 juli 2021",
    "",
    "Geachte mevrouw De Vries,",
    "",
    "Bij e-mail van 3 mei 2021, door mij ontvangen op 4 mei 2021, heeft u op grond van de Wet "
    "openbaarheid van bestuur (Wob) verzocht om informatie over het gebruik van algoritmen bij "
    "de toeslagen. Bij brief van 31 mei 2021 heb ik de beslistermijn verdaagd.",
    "",
    "# Uw verzoek",
    "U verzoekt om de volgende documenten:",
    "1. de lijst van algoritmen die bij de toeslagen worden gebruikt;",
    "2. de broncode van het risicoclassificatiemodel;",
    "3. de handleiding voor medewerkers;",
    "4. notulen van het managementteam over het model;",
    "5. adviezen van de landsadvocaat;",
    "6. correspondentie met gemeenten;",
    "7. de verwerkingsregisters.",
    "",
    "# Besluit",
    "Ik heb besloten uw verzoek gedeeltelijk in te willigen. Hieronder licht ik mijn besluit "
    "per onderdeel toe. " * 6,
    "",
    "Ad 1, 2 en 3",
    "De lijst, de broncode en de handleiding maak ik niet openbaar. Openbaarmaking zou de "
    "opsporing en vervolging van strafbare feiten schaden; ik weiger daarom op grond van "
    "artikel 10, tweede lid, aanhef en onder c, van de Wob.",
    "",
    "Ad 4 tot en met 6",
    "Deze documenten zijn niet aangetroffen. Er zijn geen notulen of adviezen over het model "
    "opgesteld.",
    "",
    "Ad 7",
    "Uw verzoek om de verwerkingsregisters heb ik doorgezonden naar de Autoriteit "
    "Persoonsgegevens.",
    "",
    "Hoogachtend,",
    "",
    "De staatssecretaris van Financiën,",
    "namens deze,",
    "de directeur Juridische Zaken",
]


@dataclass
class Imported:
    result: ImportResult
    data: dict  # dossier.yml as read back
    yml: str  # dossier.yml as written, with its comments
    markdown: str  # decision.md

    def item(self, number: int) -> dict:
        return next(i for i in self.data["items"] if i["item"] == number)

    def line_of(self, text: str) -> str:
        """The one line of dossier.yml that contains `text`."""
        return next(line for line in self.yml.splitlines() if text in line)


def zwolle_pdf(folder: Path, line_height: float = 7) -> Path:
    layout = Layout(header="Gemeente Zwolle | Datum 14 maart 2024", footer="{n}/{total}",
                    letterhead=ZWOLLE_LETTERHEAD, line_height=line_height)
    return letter_pdf(folder / "brief-zwolle.pdf", ZWOLLE, layout)


def zwolle_annexes(folder: Path) -> list[Path]:
    return [
        annex_pdf(folder / "Bijlage 1 Inventarislijst.PDF", "Inventarislijst"),
        annex_pdf(folder / "bijlage_2_evaluatie.pdf", "Evaluatie",
                  title="Evaluatie cameratoezicht 2022 (deels openbaar)"),
    ]


def toeslagen_pdf(folder: Path) -> Path:
    layout = Layout(header="Ministerie van Financiën", footer="Pagina {n} van {total}",
                    wrap=True, justify=True, font_size=11, line_height=6)
    return letter_pdf(folder / "besluit-toeslagen.pdf", TOESLAGEN, layout)


def seed_pdf(folder: Path) -> Path:
    """The seed letter's extracted text, printed line for line, with a header and page numbers."""
    layout = Layout(header="Politie | Korpsstaf", footer="Pagina {n} van {total}")
    return letter_pdf(folder / "seed.pdf", SEED.read_text("utf-8").splitlines(), layout)


def write_dossier(dossiers: Path, slug: str, **fields: object) -> None:
    """An existing dossier on the site, for matching references (not built here)."""
    folder = dossiers / slug
    folder.mkdir(parents=True)
    (folder / "dossier.yml").write_text(yaml.safe_dump(fields, allow_unicode=True), "utf-8")


def run_import(letter: Path, dossiers: Path, slug: str, annexes: list[Path] = ()) -> Imported:
    result = import_decision(letter, list(annexes), slug, dossiers)
    yml = (result.folder / "dossier.yml").read_text("utf-8")
    markdown = (result.folder / "decision.md").read_text("utf-8")
    return Imported(result, yaml.safe_load(yml), yml, markdown)


EARLIER_CAS = "2021-criminaliteits-anticipatie-systeem"


def import_seed(folder: Path) -> Imported:
    """The seed letter imported into a site that holds the earlier CAS decision it reuses."""
    write_dossier(folder / "dossiers", EARLIER_CAS, title="Besluit op Wob-verzoek over CAS")
    return run_import(seed_pdf(folder), folder / "dossiers", "2021-seed")
