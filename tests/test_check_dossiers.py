"""woo controleer and the Dutch wording: one broken dossier per message.

Each case breaks a valid dossier in one way and names the Dutch line the team
must see. The cases double as the list of messages in docs/handleiding/.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from publishing_helpers import (
    BASE_LETTER,
    BASE_YML,
    build_site,
    run_woo,
    write_dossier,
)
from woo_dossiers import messages
from woo_dossiers.annex import Refusal
from woo_dossiers.cli import controleer as check_dossiers  # noqa: E402
from woo_dossiers.loader import load_site
from woo_dossiers.messages.problems import Problem

Setup = Callable[[Path], None]


def yml(old: str, new: str) -> Setup:
    """The base dossier with one piece of dossier.yml replaced."""
    assert old in BASE_YML, old
    return lambda d: write_dossier(d, "cam", BASE_YML.replace(old, new, 1)) and None


def letter(old: str, new: str) -> Setup:
    assert old in BASE_LETTER, old
    return lambda d: write_dossier(d, "cam", letter=BASE_LETTER.replace(old, new, 1)) and None


def then(first: Setup, action: Callable[[Path], object]) -> Setup:
    def setup(d: Path) -> None:
        first(d)
        action(d / "cam")
    return setup


def raw_yml(data: bytes) -> Setup:
    return then(yml("", ""), lambda f: (f / "dossier.yml").write_bytes(data))


BASE = yml("", "")


def _linked_folder(dossiers: Path) -> None:
    """The dossier lives outside the dossiers folder, which holds a link to it."""
    real = write_dossier(dossiers.parent / "elders", "cam")
    (dossiers / "cam").symlink_to(real)

W = "    title: Evaluatie cameratoezicht 2023\n"  # the base dossier's annex
ITEM2 = "  - item: 2\n    request: Het beleid voor het bewaren van beelden\n    outcome: not-held\n"

def parts(first: str = "", second: str = "", second_changes: tuple[tuple[str, str], ...] = ()) -> Setup:
    """Two parts of one request 'camera': cam (items 1, 2) and cam-2 (items 3, 4); `first` and
    `second` are their case fields after id, `second_changes` edits to cam-2's dossier.yml."""
    def setup(d: Path) -> None:
        write_dossier(d, "cam", BASE_YML + "case:\n  id: camera\n" + (first or "  part: 1\n"))
        other = BASE_YML.replace("item: 1", "item: 3").replace("item: 2", "item: 4")
        for old, new in second_changes:
            assert old in other, old
            other = other.replace(old, new, 1)
        write_dossier(d, "cam-2", other + "case:\n  id: camera\n" + (second or "  part: 2\n"),
                      letter=BASE_LETTER.replace("## Ad 1", "## Ad 3").replace("## Ad 2", "## Ad 4"))
    return setup


CASES: list[tuple[str, Setup, str]] = [
    # schema.py
    ("required", yml("organisation: Gemeente Voorbeeld\n", ""),
     "dossier.yml:1: fout [cam] organisation: het verplichte veld 'organisation' ontbreekt"),
    ("unknown field", yml("law: Woo\n", "law: Woo\ntitel: x\n"),
     "titel: onbekend veld 'titel'; toegestaan zijn: annexes, case, dates, decision,"),
    ("enum", yml("law: Woo", "law: Wet"),
     "law: 'Wet' is niet toegestaan; kies een van: Wob, Woo"),
    ("type with quote hint", yml('reference: "2024/01"', "reference: 010"),
     "reference: verwacht tekst, maar YAML las '010' als het getal 8; zet het tussen "
     "aanhalingstekens: \"010\""),
    ("type yes/no", yml("request: Het beleid voor het bewaren van beelden", "request: no"),
     "items[1].request (onderdeel 2): verwacht tekst, maar YAML las 'no' als de ja/nee-waarde false"),
    ("type empty", yml("summary: Verzoek om documenten over cameratoezicht in het centrum.",
                       "summary:"),
     "summary: verwacht tekst, maar YAML las '' als de lege waarde null"),
    ("type list", yml("law: Woo\n", "law: Woo\ntopics: camera\n"),
     "topics: verwacht een lijst, maar er staat \"camera\""),
    ("pattern date", yml("  received: 2024-01-10", '  received: "10-01-2024"'),
     "dates.received: '10-01-2024' is geen datum als jjjj-mm-dd, bijvoorbeeld 2021-05-10"),
    ("pattern pdf", yml("  - file: bijlage-1.pdf", "  - file: bijlage-1.docx"),
     "annexes[0].file: 'bijlage-1.docx' is geen naam van een PDF-bestand"),
    ("format date", yml("  decided: 2024-03-01", '  decided: "2024-02-30"'),
     "dates.decided: '2024-02-30' is geen bestaande datum; schrijf jjjj-mm-dd"),
    ("min length", yml("title: Besluit op Woo-verzoek over cameratoezicht", 'title: ""'),
     "title: mag niet leeg zijn"),
    ("min items", yml('grounds: ["5.1.2.e"]', "grounds: []"),
     "items[0].grounds (onderdeel 1): moet minstens één waarde noemen"),
    ("unique", yml("law: Woo\n", "law: Woo\ntopics: [camera, camera]\n"),
     "topics: noemt dezelfde waarde twee keer"),
    ("item oneOf", yml("  - item: 2", "  - item: twee"),
     "items[1].item (onderdeel twee): verwacht een nummer van een onderdeel of een lijst nummers zoals [8, 9], "
     "maar er staat \"twee\"; zet het tussen aanhalingstekens: \"twee\""),
    ("reference oneOf", yml("law: Woo\n", "law: Woo\nreuses: [Oud_Besluit]\n"),
     "reuses[0]: verwacht de slug van een dossier op deze site (kleine letters, cijfers, "
     "koppeltekens) of een groep met title en url, maar er staat \"Oud_Besluit\""),
    # validate.py
    ("decided before received", yml("  decided: 2024-03-01", "  decided: 2023-12-01"),
     "dates.decided: de besluitdatum 2023-12-01 ligt vóór de ontvangst van het verzoek "
     "(2024-01-10)"),
    ("adjourned outside", yml("  decided: 2024-03-01", "  decided: 2024-03-01\n"
                              "  adjourned: 2024-04-01"),
     "dates.adjourned: de verdagingsdatum 2024-04-01 moet liggen tussen ontvangst (2024-01-10) "
     "en besluit (2024-03-01)"),
    ("published before decided", yml("  decided: 2024-03-01", "  decided: 2024-03-01\n"
                                     "  published: 2024-02-01"),
     "dates.published: de publicatiedatum 2024-02-01 ligt vóór de besluitdatum (2024-03-01)"),
    ("published before waiting period", yml("  decided: 2024-03-01", "  decided: 2024-03-01\n"
                                            "  published: 2024-03-14\nobjection_expected: true"),
     "dossier.yml:9: waarschuwing [cam] dates.published: publicatie op 2024-03-14 is eerder dan de "
     "wet toestaat: een derde heeft naar verwachting bezwaar, dus de documenten mogen pas vanaf "
     "2024-03-15 openbaar"),
    ("updated before published", yml("  decided: 2024-03-01", "  decided: 2024-03-01\n"
                                     "  updated: 2024-02-01"),
     "dates.updated: de wijzigingsdatum 2024-02-01 ligt vóór de publicatiedatum (2024-03-01)"),
    ("period", yml("law: Woo\n", "law: Woo\nperiod: {from: 2020-01-01, to: 2019-01-01}\n"),
     "period: de periode begint (2020-01-01) na het einde (2019-01-01)"),
    ("suspension reversed", yml("law: Woo\n", "law: Woo\nsuspensions:\n"
                                "  - {from: 2024-02-01, to: 2024-02-01, reason: Zienswijze}\n"),
     "suspensions[0].to: de opschorting eindigt (2024-02-01) op of vóór de dag waarop ze begint "
     "(2024-02-01)"),
    ("suspension outside", yml("law: Woo\n", "law: Woo\nsuspensions:\n"
                               "  - {from: 2024-02-20, to: 2024-03-02, reason: Zienswijze}\n"),
     "suspensions[0]: de opschorting van 2024-02-20 tot 2024-03-02 moet liggen tussen ontvangst "
     "(2024-01-10) en besluit (2024-03-01)"),
    ("suspensions overlap", yml("law: Woo\n", "law: Woo\nsuspensions:\n"
                                "  - {from: 2024-02-10, to: 2024-02-20, reason: Aanvulling}\n"
                                "  - {from: 2024-02-01, to: 2024-02-11, reason: Zienswijze}\n"),
     "suspensions[0].from: deze opschorting begint (2024-02-10) voordat suspensions[1] eindigt "
     "(2024-02-11)"),
    ("law not in force", yml("law: Woo", "law: Wob"),
     "law: een besluit van 2024-03-01 valt onder de Woo (de Woo geldt voor elk besluit vanaf "
     "2022-05-01); het dossier noemt de Wob"),
    ("law reason unneeded", yml("law: Woo\n", "law: Woo\nlaw_reason: Besluit op bezwaar\n"),
     "dossier.yml:4: waarschuwing [cam] law_reason: law_reason is alleen voor een wet die afwijkt"),
    ("item twice", yml("  - item: 2", "  - item: 1"),
     "items[1].item (onderdeel 1): onderdeel 1 staat er twee keer in (ook bij items[0]); noem elk nummer "
     "één keer"),
    ("outcome needs", yml("    outcome: not-held", "    outcome: disclosed"),
     "items[1].documents (onderdeel 2): uitkomst 'disclosed' (Openbaar gemaakt) vraagt om documents; "
     "verwacht: documents (bijlagen)"),
    ("outcome needs one of", yml("    outcome: not-held", "    outcome: referred"),
     "items[1].links (onderdeel 2): uitkomst 'referred' (Verwezen naar openbare informatie) vraagt om links "
     "of reuses; verwacht: links of reuses"),
    ("grounds not withheld", yml("    outcome: not-held", '    outcome: not-held\n'
                                 '    grounds: ["5.1.2.e"]'),
     "items[1].grounds (onderdeel 2): weigeringsgronden horen alleen bij weigeren (partly-disclosed of "
     "refused), niet bij 'not-held'"),
    ("ground of other law", yml('grounds: ["5.1.2.e"]', 'grounds: ["10.2.e"]'),
     "items[0].grounds[0] (onderdeel 1): '10.2.e' is een weigeringsgrond uit de Wob, maar dit besluit valt "
     "onder de Woo; kies een van: 5.1.1.a,"),
    ("unknown ground", yml('grounds: ["5.1.2.e"]', 'grounds: ["5.1.9"]'),
     "items[0].grounds[0] (onderdeel 1): '5.1.9' is geen weigeringsgrond uit de Woo; kies een van:"),
    ("document not an annex", yml("documents: [bijlage-1.pdf]", "documents: [bijlage-9.pdf]"),
     "items[0].documents[0] (onderdeel 1): 'bijlage-9.pdf' is geen bijlage van dit dossier; zet het onder "
     "annexes of kies een van: bijlage-1.pdf"),
    ("no answer", letter("## Ad 2\n", "## Tot slot\n"),
     "items[1] (onderdeel 2): onderdeel 2 heeft geen antwoord: vul hier 'answer:' in of maak een kopje "
     "'## Ad 2' in dossiers/cam/decision.md"),
    ("section not listed", letter("## Ad 2\n", "## Ad 2 en 3\n"),
     "decision.md:9: fout [cam] het kopje 'Ad 2 en 3' beantwoordt onderdeel 3, maar dat staat "
     "niet onder items in dossier.yml"),
    ("annex twice", yml("    title: Evaluatie cameratoezicht 2023\n",
                        "    title: Evaluatie cameratoezicht 2023\n  - file: bijlage-1.pdf\n"
                        "    title: Nogmaals\n"),
     "annexes[1].file: 'bijlage-1.pdf' staat er twee keer in (ook bij annexes[0])"),
    ("unlisted pdf", then(BASE, lambda f: (f / "extra.pdf").write_bytes(b"%PDF-1.4\n")),
     "annexes: in de map staat 'extra.pdf', maar dat staat niet onder annexes; zet het erbij "
     "(met een titel) of haal het bestand weg"),
    ("annex with path", yml("  - file: bijlage-1.pdf", "  - file: ../bijlage-1.pdf"),
     "annexes[0].file: '../bijlage-1.pdf' moet een bestandsnaam in de eigen dossiermap zijn, "
     "zonder pad"),
    ("annex symlink", then(BASE, lambda f: (
        (f / "bijlage-1.pdf").rename(f.parent / "elders.pdf"),
        os.symlink(f.parent / "elders.pdf", f / "bijlage-1.pdf"))),
     "annexes[0].file: 'bijlage-1.pdf' is een snelkoppeling (symbolische link); zet het echte "
     "bestand in de dossiermap"),
    ("annex missing", then(BASE, lambda f: (f / "bijlage-1.pdf").unlink()),
     "annexes[0].file: 'bijlage-1.pdf' bestaat niet in cam/; voeg het bestand toe of verbeter "
     "de naam"),
    ("reuses itself", yml("law: Woo\n", "law: Woo\nreuses: [cam]\n"),
     "reuses[0]: een dossier kan niet zichzelf hergebruiken"),
    ("reuses unknown", yml("law: Woo\n", "law: Woo\nreuses: [2020-oud]\n"),
     "reuses[0]: er is geen dossier '2020-oud' op deze site; gebruik de slug van een bestaand "
     "dossier of {title, url} voor een besluit dat elders is gepubliceerd"),
    # status.py
    ("status without reason", yml("law: Woo\n", "law: Woo\nstatus: withdrawn\n"),
     "status: status 'withdrawn' vraagt om status_reason: een zin voor bezoekers over waarom "
     "het besluit is ingetrokken of vervangen"),
    ("reason without status", yml("law: Woo\n", "law: Woo\nstatus_reason: Fout\n"),
     "status_reason: status_reason hoort alleen bij status: withdrawn of replaced"),
    # status.py: one annex withdrawn (the base decision is of 2024-03-01)
    ("withdrawal reason unknown",
     then(yml(W, W + "    withdrawn: {date: 2024-05-01, reason: privacy}\n"),
          lambda f: (f / "bijlage-1.pdf").unlink()),
     "annexes[0].withdrawn.reason: 'privacy' is geen reden om 'bijlage-1.pdf' in te trekken; "
     "kies uit personal-data, confidential, wrong-file, unreadable"),
    ("withdrawn before decision",
     then(yml(W, W + "    withdrawn: {date: 2024-02-29, reason: wrong-file}\n"),
          lambda f: (f / "bijlage-1.pdf").unlink()),
     "annexes[0].withdrawn.date: 'bijlage-1.pdf' is ingetrokken op 2024-02-29, voor het besluit "
     "van 2024-03-01; een document kan pas worden ingetrokken nadat het is gepubliceerd"),
    ("withdrawn file present", yml(W, W + "    withdrawn: {date: 2024-03-01, reason: unreadable}\n"),
     "annexes[0].withdrawn: 'bijlage-1.pdf' is ingetrokken maar staat nog in de map; verwijder "
     "het bestand (de handleiding zegt hoe het ook uit de geschiedenis verdwijnt)"),
    ("replaced without replaced_by", yml("law: Woo\n", "law: Woo\nstatus: replaced\n"
                                         "status_reason: Nieuw besluit op bezwaar.\n"),
     "status: status 'replaced' vraagt om replaced_by: de slug van het dossier dat dit besluit "
     "vervangt"),
    ("replaced_by without status", yml("law: Woo\n", "law: Woo\nreplaced_by: nieuw\n"),
     "replaced_by: replaced_by hoort alleen bij status: replaced"),
    ("replaces itself", yml("law: Woo\n", "law: Woo\nstatus: replaced\nstatus_reason: x\n"
                            "replaced_by: cam\n"),
     "replaced_by: een dossier kan niet zichzelf vervangen"),
    ("replaced by unknown", yml("law: Woo\n", "law: Woo\nstatus: replaced\nstatus_reason: x\n"
                                "replaced_by: nieuw\n"),
     "replaced_by: er is geen dossier 'nieuw' op deze site; replaced_by noemt de slug van het "
     "dossier dat dit besluit vervangt"),
    ("status value", yml("law: Woo\n", "law: Woo\nstatus: ingetrokken\nstatus_reason: x\n"),
     "status: 'ingetrokken' is niet toegestaan; kies een van: withdrawn, replaced"),
    # cases.py: a request decided in parts (the base decision is of 2024-03-01)
    ("case part twice", parts(second="  part: 1\n"),
     "[cam-2] case.part: deelbesluit 1 van verzoek 'camera' is ook cam; geef elk deelbesluit "
     "een eigen nummer"),
    ("case part above total", parts(second="  part: 3\n  parts: 2\n"),
     "[cam-2] case.part: deelbesluit 3 van verzoek 'camera' ligt boven het totaal van 2 "
     "deelbesluiten (case.parts in cam-2); verbeter het nummer of het totaal"),
    ("case organisation differs", parts(second_changes=(("Gemeente Voorbeeld", "Gemeente Ander"),)),
     "[cam-2] organisation: de deelbesluiten van verzoek 'camera' verschillen in organisation: "
     "dit deelbesluit geeft een andere waarde dan cam; elk deelbesluit van één verzoek heeft "
     "hetzelfde"),
    ("case received differs", parts(second_changes=(("received: 2024-01-10", "received: 2024-01-11"),)),
     "[cam-2] dates.received: de deelbesluiten van verzoek 'camera' verschillen in "
     "dates.received: dit deelbesluit geeft een andere waarde dan cam"),
    ("case total differs", parts("  part: 1\n  parts: 3\n", "  part: 2\n  parts: 2\n"),
     "[cam-2] case.parts: de deelbesluiten van verzoek 'camera' verschillen in case.parts: dit "
     "deelbesluit geeft een andere waarde dan cam"),
    ("case law differs", parts(second_changes=(("law: Woo\n", "law: Wob\nlaw_reason: Oud verzoek.\n"),)),
     "[cam-2] law: de deelbesluiten van verzoek 'camera' verschillen in law: dit deelbesluit "
     "geeft een andere waarde dan cam"),
    ("case item twice", parts(second_changes=(("item: 4", "item: [4, 1]"),)),
     "[cam-2] items[1].item (onderdeel 4 en 1): onderdeel 1 van verzoek 'camera' is al beslist "
     "in cam; elk onderdeel wordt in één deelbesluit beslist"),
    ("case part missing", parts(second="  part: 3\n"),
     "[cam-2] case.part: verzoek 'camera' heeft geen deelbesluit 2 op deze site; controleer de "
     "naam en de nummers (case.id, case.part)"),
    ("case parts missing", parts(second="  part: 99\n"),
     "[cam-2] case.part: verzoek 'camera' heeft geen deelbesluit 2 tot en met 98 op deze site"),
    ("case part too large", parts(second="  part: 1000000000\n"),
     "fout [cam-2] case.part: 1000000000 is te groot: een verzoek wordt in ten "
     "hoogste 100 deelbesluiten beslist"),
    ("case total too large", parts(second="  part: 2\n  parts: 100000\n"),
     "[cam-2] case.parts: 100000 is te groot: een verzoek wordt in ten hoogste 100 "
     "deelbesluiten beslist"),
    # The problem goes on the newer part: here the one with the higher number (same dates).
    ("case total from the older part", parts("  part: 3\n", "  part: 2\n  parts: 2\n"),
     "[cam] case.part: deelbesluit 3 van verzoek 'camera' ligt boven het totaal van 2"),
    ("case part order", parts(second_changes=(("decided: 2024-03-01", "decided: 2024-02-29"),)),
     "[cam-2] dates.decided: deelbesluit 2 van verzoek 'camera' is eerder genomen dan "
     "deelbesluit 1; nummer de deelbesluiten in de volgorde waarin ze zijn genomen"),
    ("case single part", yml("law: Woo\n", "law: Woo\ncase: {id: camera, part: 1, parts: 1}\n"),
     "[cam] case: verzoek 'camera' is in één deel beslist (case.parts: 1); een besluit op het "
     "hele verzoek heeft geen case nodig"),
    ("case id not a slug", yml("law: Woo\n", "law: Woo\ncase: {id: 2024/01, part: 1}\n"),
     "case.id: '2024/01' is geen slug: kleine letters, cijfers en koppeltekens"),
    # loader.py
    ("slug twice", then(BASE, lambda f: write_dossier(f.parent / "2024", "cam")),
     "de slug 'cam' wordt al gebruikt door dossiers/2024/cam/; een slug moet uniek zijn in "
     "alle mappen"),
    ("bad folder name", lambda d: write_dossier(d, "Cam_2024") and None,
     "[Cam_2024] de mapnaam 'Cam_2024' is geen geldige slug; gebruik kleine letters, cijfers "
     "en koppeltekens, bijvoorbeeld 2021-cas-vervolgverzoek"),
    ("top not a mapping", raw_yml(b"- title: x\n"),
     "bovenaan worden velden verwacht (title:, organisation:, ...)"),
    ("letter not utf-8", then(BASE, lambda f: (f / "decision.md").write_bytes(b"## Ad 1\n\xff")),
     "decision.md: fout [cam] de brief is geen UTF-8-tekst; sla hem op als UTF-8"),
    ("annex empty", then(BASE, lambda f: (f / "bijlage-1.pdf").write_bytes(b"")),
     "annexes[0].file: 'bijlage-1.pdf' kan niet worden gepubliceerd: het bestand is leeg"),
    ("annex not pdf", then(BASE, lambda f: (f / "bijlage-1.pdf").write_bytes(b"hallo")),
     "'bijlage-1.pdf' kan niet worden gepubliceerd: het bestand is geen PDF (het begint niet "
     "met %PDF-)"),
    ("annex cut off", then(BASE, lambda f: (f / "bijlage-1.pdf").write_bytes(b"%PDF-1.4\nxx")),
     "'bijlage-1.pdf' kan niet worden gepubliceerd: de PDF is afgebroken (hij eindigt niet "
     "op %%EOF)"),
    ("annex broken", then(BASE, lambda f: (f / "bijlage-1.pdf").write_bytes(
        b"%PDF-1.4\nxx\n%%EOF\n")),
     "'bijlage-1.pdf' kan niet worden gepubliceerd: de PDF is beschadigd en kan niet worden "
     "gelezen ("),
    # yamlsafe.py
    ("huge", raw_yml(b"# " + b"x" * 1_000_001),
     "dossier.yml: fout [cam] het bestand is 1.000.003 bytes; er wordt hoogstens 1.000.000 "
     "gelezen"),
    ("not utf-8", raw_yml(b"title: caf\xe9\n"),
     "dossier.yml:1: fout [cam] het bestand is geen UTF-8-tekst; sla het in je editor op als "
     "UTF-8"),
    ("tab", raw_yml(BASE_YML.replace("  received", "\treceived").encode()),
     "dossier.yml:7: fout [cam] er is ingesprongen met een tab; gebruik spaties"),
    ("colon in a value", raw_yml(b"title: Besluit: over iets\n"),
     "dossier.yml:1: fout [cam] de waarde van 'title' bevat een dubbele punt met een spatie "
     "erna, die YAML leest als een nieuw veld; zet de hele waarde tussen aanhalingstekens: "
     "title: \"...\""),
    ("indented further", raw_yml(BASE_YML.replace("  received", " received").encode()),
     "dossier.yml:8: fout [cam] deze regel springt verder in dan regel 7, die zijn waarde al "
     "heeft"),
    ("indented less", raw_yml(BASE_YML.replace("  decided", " decided").encode()),
     "dossier.yml:8: fout [cam] deze regel springt 1 spaties in, en dat past bij geen van de "
     "regels erboven"),
    ("no colon", raw_yml(BASE_YML.replace("law: Woo", "law Woo").encode()),
     "dossier.yml:3: fout [cam] op deze regel staat een veldnaam zonder dubbele punt erachter"),
    ("not closed", raw_yml(b"title: [a\n"),
     "dossier.yml:1: fout [cam] een aanhalingsteken (\") of haakje ([ of {) dat op deze regel "
     "opengaat, wordt nergens gesloten"),
    ("syntax other", raw_yml(b"title: x\n@onzin\n"),
     "de YAML kan niet worden gelezen: "),
    ("nested", raw_yml(b"x: " + b"[" * 25 + b"]" * 25 + b"\n"),
     "de gegevens zijn meer dan 20 niveaus diep genest"),
    ("alias", raw_yml(b"a: &x 1\nb: *x\n"),
     "ankers en verwijzingen (& en *) worden niet ondersteund; schrijf de waarde voluit"),
    ("key not plain", raw_yml(b"[a]: 1\n"), "veldnamen moeten gewone namen zijn"),
    ("duplicate key", yml("law: Woo\n", "law: Woo\nlaw: Wob\n"),
     "dossier.yml:4: fout [cam] law: het veld 'law' staat er twee keer in (regels 3 en 4); "
     "houd er één"),
    ("tag", raw_yml(b"title: !!python/name:os.system x\n"),
     "de YAML-tag '!!python/name:os.system' is niet toegestaan; schrijf gewone tekst"),
    ("tag on a list", raw_yml(b"topics: !!python/object/apply:os.system [id]\n"),
     "de YAML-tag '!!python/object/apply:os.system' is niet toegestaan"),
    ("control character", raw_yml(b"title: a\x00b\n"),
     "dossier.yml:1: fout [cam] het bestand bevat het stuurteken #x0000, dat YAML niet toestaat"),
    ("folder is a link", lambda d: _linked_folder(d),
     "'dossiers/cam' is een snelkoppeling (symbolische link); een dossier moet een echte map"),
    # sanitise.py
    ("letter script", letter("## Ad 2\n", "<script>alert(1)</script>\n\n## Ad 2\n"),
     "decision.md:9: fout [cam] <script> mag niet in een gepubliceerde tekst: het is een script"),
    ("letter held comment", letter("## Ad 2\n", "<!--woo-held:<script>a()</script>-->\n\n## Ad 2\n"),
     "decision.md:9: fout [cam] een commentaar dat begint met 'woo-held:' mag niet in een "
     "gepubliceerde tekst"),
    ("letter event handler", letter("Ik maak", '<span onclick="x()">Ik</span> maak'),
     "decision.md:7: fout [cam] het attribuut 'onclick' bij <span> is niet toegestaan"),
    ("letter event handler in a list", letter("Ik maak", "Ik maak {: onclick=x }"),
     "decision.md:7: fout [cam] het attribuut 'onclick' is niet toegestaan (het start"),
    ("letter javascript link", letter("Ik maak", "[Ik](javascript:x()) maak"),
     "decision.md:7: fout [cam] een link of bron die begint met 'javascript:' is niet "
     "toegestaan"),
    ("letter too deep", letter("Ik maak", "* " * 3000 + "Ik maak"),
     "de Markdown kan niet worden omgezet (RecursionError)"),
    ("impossible date", yml("  received: 2024-01-10", "  received: 2024-02-30"),
     "dates.received: '2024-02-30' is geen bestaande datum; schrijf een echte datum als "
     "jjjj-mm-dd"),
    ("cannot be read", raw_yml(b'title: !!int "abc"\n'), "'abc' kan niet worden gelezen"),
    # placeholders.py
    ("placeholder", yml("    request: Het beleid voor het bewaren van beelden",
                        '    request: "[INVULLEN: wat onderdeel 2 vraagt]"'),
     "dossier.yml:16: fout [cam] items[1].request: nog in te vullen: [INVULLEN: wat onderdeel "
     "2 vraagt]"),
]


# The code of the message each case makes (messages/): the cases together make every code
# of the catalogue's areas below (test_every_code_has_a_case).
CODES = {
    "decided before received": "decided-before-received",
    "adjourned outside": "adjourned-outside",
    "published before decided": "published-before-decided",
    "published before waiting period": "published-before-waiting-period",
    "updated before published": "updated-before-published",
    "period": "period-reversed",
    "suspension reversed": "suspension-reversed",
    "suspension outside": "suspension-outside",
    "suspensions overlap": "suspensions-overlap",
    "law not in force": "law-not-in-force",
    "law reason unneeded": "law-reason-unneeded",
    "item twice": "item-twice",
    "outcome needs": "outcome-needs",
    "outcome needs one of": "outcome-needs",
    "grounds not withheld": "grounds-not-withheld",
    "ground of other law": "ground-other-law",
    "unknown ground": "ground-unknown",
    "document not an annex": "document-not-annex",
    "no answer": "item-no-answer",
    "section not listed": "section-not-listed",
    "annex twice": "annex-twice",
    "unlisted pdf": "annex-not-listed",
    "annex with path": "file-with-path",
    "annex symlink": "file-symlink",
    "annex missing": "file-missing",
    "reuses itself": "reuses-itself",
    "reuses unknown": "reuses-unknown",
    "status without reason": "status-needs-reason",
    "reason without status": "reason-without-status",
    "withdrawal reason unknown": "withdrawal-reason-unknown",
    "withdrawn before decision": "withdrawn-before-decision",
    "withdrawn file present": "withdrawn-file-present",
    "replaced without replaced_by": "replaced-needs-successor",
    "replaced_by without status": "successor-without-replaced",
    "replaces itself": "replaces-itself",
    "replaced by unknown": "successor-unknown",
    "case part twice": "case-part-twice",
    "case part above total": "case-part-above-total",
    "case organisation differs": "case-disagrees",
    "case received differs": "case-disagrees",
    "case total differs": "case-disagrees",
    "case law differs": "case-disagrees",
    "case item twice": "case-item-twice",
    "case part missing": "case-part-missing",
    "case part order": "case-part-order",
    "case part too large": "case-number-too-large",
    "case total too large": "case-number-too-large",
    "case single part": "case-single-part",
    "slug twice": "slug-taken",
    "bad folder name": "slug-invalid",
    "top not a mapping": "top-not-mapping",
    "letter not utf-8": "letter-not-utf8",
    "folder is a link": "folder-symlink",
    "placeholder": "placeholder",
    "huge": "file-too-big",
    "not utf-8": "yaml-not-utf8",
    "tab": "yaml-tab",
    "colon in a value": "yaml-colon-in-value",
    "indented further": "yaml-indent-deeper",
    "indented less": "yaml-indent-uneven",
    "no colon": "yaml-missing-colon",
    "not closed": "yaml-not-closed",
    "syntax other": "yaml-syntax",
    "nested": "yaml-too-deep",
    "alias": "yaml-alias",
    "key not plain": "yaml-key-not-plain",
    "duplicate key": "yaml-key-twice",
    "tag": "yaml-tag",
    "tag on a list": "yaml-tag",
    "control character": "yaml-control-character",
    "impossible date": "yaml-date-not-real",
    "cannot be read": "yaml-value-unreadable",
    "letter script": "html-element",
    "letter held comment": "held-comment",
    "letter event handler": "event-handler",
    "letter event handler in a list": "event-handler-in-list",
    "letter javascript link": "script-link",
    "letter too deep": "markdown-unrenderable",
    "annex empty": "annex-refused",
    "annex not pdf": "annex-refused",
    "annex cut off": "annex-refused",
    "annex broken": "annex-refused",
    "required": "field-required",
    "unknown field": "field-unknown",
    "enum": "value-not-allowed",
    "type with quote hint": "wrong-type",
    "type yes/no": "wrong-type",
    "type empty": "wrong-type",
    "type list": "wrong-type",
    "pattern date": "pattern-mismatch",
    "pattern pdf": "pattern-mismatch",
    "format date": "date-not-real",
    "min length": "empty",
    "min items": "no-entries",
    "unique": "same-value-twice",
    "item oneOf": "item-number-wrong",
    "reference oneOf": "reference-wrong",
}
# The areas of messages/ whose every code this file's cases make, and the codes no case
# can make, with the test that does.
AREAS = ("dossier", "yaml", "markdown", "schema")
ELSEWHERE = {
    "file-unreadable": "test_messages_the_corpus_cannot_reach, tests/test_yamlsafe.py",
    "item-number-too-small": "test_messages_the_corpus_cannot_reach",
    "schema-other": "test_messages_the_corpus_cannot_reach",
    "not-read": "test_messages_the_corpus_cannot_reach",
}


@pytest.mark.parametrize(("name", "setup", "expected"), CASES, ids=[name for name, _, _ in CASES])
def test_each_message_reaches_the_team_in_dutch(tmp_path, name, setup, expected):
    dossiers = tmp_path / "dossiers"
    dossiers.mkdir()
    setup(dossiers)
    problems, _, _ = check_dossiers.check(dossiers)
    lines = [check_dossiers.line_for(p, "nl") for p in problems]
    assert any(expected in line for line in lines), "\n".join(lines)
    assert [p.message for p in problems if not p.code] == []  # so each has its Dutch
    if name in CODES:
        assert CODES[name] in {p.code for p, line in zip(problems, lines, strict=True)
                               if expected in line}


def test_a_withdrawn_annex_may_be_gone_from_the_folder_from_the_decision_day_on(tmp_path):
    """The file's removal is the point of withdrawing it; the decision day itself is allowed."""
    dossiers = tmp_path / "dossiers"
    write_dossier(dossiers, "cam", BASE_YML.replace(
        W, W + "    withdrawn: {date: 2024-03-01, reason: personal-data}\n"), pdfs=())
    assert check_dossiers.check(dossiers) == ([], 1, [])


def test_every_code_has_a_case():
    wanted = {code for area in AREAS for code in messages.AREAS[area]}
    assert sorted(wanted - set(CODES.values()) - set(ELSEWHERE)) == []
    assert set(CODES) <= {name for name, _, _ in CASES}


def test_the_valid_base_dossier_has_no_problems(tmp_path):
    write_dossier(tmp_path / "dossiers", "cam")
    assert check_dossiers.check(tmp_path / "dossiers") == ([], 1, [])


def test_messages_the_corpus_cannot_reach():
    # Running as root (CI containers), no file is unreadable; tests/test_yamlsafe.py
    # produces the English message from a directory.
    assert messages.dutch("file-unreadable", {"reason": "Permission denied"}) == (
        "het bestand kan niet worden gelezen (Permission denied)")
    # The schema reports a 0 item number through its oneOf; the rule stays for
    # schemas that check the minimum directly.
    assert messages.dutch("item-number-too-small", {"value": 0}) == (
        "0 is te klein; onderdelen tellen vanaf 1")
    # A schema rule of a later schema that schema.py does not word: jsonschema's words.
    assert messages.dutch("schema-other", {"message": "'x' is too long"}) == "'x' is too long"
    refused = Problem("x", "x", code="annex-refused",
                      params={"file": "a.pdf", "reason": Refusal("pdf-encrypted")})
    assert refused.message == (
        "'a.pdf' cannot be published: the PDF is encrypted with a password, so the public "
        "cannot open it; publish an unencrypted copy")
    assert refused.dutch() == (
        "'a.pdf' kan niet worden gepubliceerd: de PDF is met een wachtwoord versleuteld, zodat "
        "het publiek hem niet kan openen; publiceer een onversleutelde kopie")
    assert messages.dutch("annex-refused", {"file": "a.pdf", "reason": Refusal("not-read")}) == (
        "'a.pdf' kan niet worden gepubliceerd: het is niet gelezen")
    # A reader without codes (another pdf_reader) still gets its words shown.
    assert messages.dutch("annex-refused", {"file": "a.pdf", "reason": "no"}) == (
        "'a.pdf' kan niet worden gepubliceerd: no")


def test_field_names_in_dutch():
    assert check_dossiers.dutch_field("items[7].grounds[0] (item 8 and 9)") == (
        "items[7].grounds[0] (onderdeel 8 en 9)")
    assert check_dossiers.dutch_field("dates.decided") == "dates.decided"
    assert messages.dutch("item-no-answer", {"item": "8 en 9", "numbers": "8 en 9",
                                             "letter": "dossiers/x/decision.md"}) == (
        "onderdelen 8 en 9 hebben geen antwoord: vul hier 'answer:' in of maak een kopje "
        "'## Ad 8 en 9' in dossiers/x/decision.md")
    read = {"how": "as-the", "raw": "no", "kind": "yes/no value", "shown": "false"}
    refused = Problem("x", "x", code="value-not-allowed", params={"read": read,
                                                                 "allowed": "Wob, Woo"})
    assert refused.message == ("YAML read 'no' as the yes/no value false is not allowed; "
                               "expected one of: Wob, Woo")
    assert refused.dutch() == ("YAML las 'no' als de ja/nee-waarde false: dat is niet "
                               "toegestaan; kies een van: Wob, Woo")


def test_a_problem_without_a_code_stays_english():
    problem = Problem("x", "x", "a brand-new check said no")
    assert problem.dutch() == "a brand-new check said no"


def test_command_exit_status_language_and_summary(tmp_path):
    dossiers = tmp_path / "dossiers"
    write_dossier(dossiers, "goed")
    write_dossier(dossiers, "fout", BASE_YML.replace("law: Woo", "law: Wet"))
    done = run_woo("controleer", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stdout.splitlines() == [
        "dossiers/fout/dossier.yml:3: fout [fout] law: 'Wet' is niet toegestaan; kies een "
        "van: Wob, Woo",
        "1 fout(en) en 0 waarschuwing(en) in 2 gecontroleerd(e) dossier(s).",
    ]
    english = run_woo("controleer", "--lang", "en", "fout", cwd=tmp_path)
    assert english.returncode == 1
    assert "dossiers/fout/dossier.yml:3: error [fout] law: 'Wet' is not allowed" \
        in english.stdout
    good = run_woo("controleer", "goed", "dossiers/goed/decision.md", cwd=tmp_path)
    assert (good.returncode, good.stdout.strip()) == (
        0, "In orde: 1 dossier(s) gecontroleerd, geen fouten.")


def test_every_problem_of_a_file_comes_in_one_run(tmp_path):
    # An impossible date, an unknown law and outcome, and a damaged annex: all at once, the
    # date once (not again as a schema error), and a dossier that names this one as reused
    # gets no "there is no dossier" for it.
    dossiers = tmp_path / "dossiers"
    broken = (BASE_YML.replace("decided: 2024-03-01", "decided: 2024-02-30")
              .replace("law: Woo", "law: Wet").replace("outcome: partly-disclosed", "outcome: deels"))
    write_dossier(dossiers, "cam", broken)
    (dossiers / "cam" / "bijlage-1.pdf").write_bytes(b"%PDF-1.4\nxx\n%%EOF\n")
    write_dossier(dossiers, "later", BASE_YML.replace("summary: ", "reuses: [cam]\nsummary: "))
    problems, count, _ = check_dossiers.check(dossiers)
    assert count == 2
    codes = sorted(p.code for p in problems if p.dossier == "cam")
    assert codes == sorted(["yaml-date-not-real", "value-not-allowed", "value-not-allowed",
                           "annex-refused"]), problems
    assert [p for p in problems if p.dossier == "later"] == []


def test_one_dossier_is_checked_against_the_others(tmp_path):
    """A reuse of another dossier is checked even when only this one is named."""
    dossiers = tmp_path / "dossiers"
    write_dossier(dossiers, "oud")
    write_dossier(dossiers / "2024", "nieuw", BASE_YML.replace("law: Woo\n",
                                                                "law: Woo\nreuses: [oud]\n"))
    done = run_woo("controleer", "dossiers/2024/nieuw/dossier.yml", cwd=tmp_path)
    assert (done.returncode, done.stdout.strip()) == (
        0, "In orde: 1 dossier(s) gecontroleerd, geen fouten.")
    (dossiers / "oud" / "dossier.yml").unlink()
    done = run_woo("controleer", "nieuw", cwd=tmp_path)
    assert done.returncode == 1
    assert "er is geen dossier 'oud' op deze site" in done.stdout


def test_usage_errors(tmp_path):
    missing = run_woo("controleer", cwd=tmp_path)
    assert (missing.returncode, missing.stderr.strip()) == (2, "De map dossiers bestaat niet")
    (tmp_path / "dossiers").mkdir()
    empty = run_woo("controleer", cwd=tmp_path)
    assert (empty.returncode, empty.stdout.strip()) == (0, "Geen dossiers gevonden in dossiers")
    write_dossier(tmp_path / "dossiers", "cam")
    unknown = run_woo("controleer", "kam", cwd=tmp_path)
    assert (unknown.returncode, unknown.stderr.strip()) == (2, "Onbekend dossier: kam")


def test_a_fresh_stub_lists_what_to_fill_in_once_per_line(tmp_path):
    (tmp_path / "dossiers").mkdir()
    made = run_woo("nieuw", "--title", "Besluit camera", "--organisation", "Gemeente",
                      "--law", "Woo", "--received", "2024-01-10", "--decided", "2024-03-01",
                      "--items", "2", "--slug", "cam", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    problems, _, _ = check_dossiers.check(tmp_path / "dossiers")
    assert [(p.file.rsplit("/", 1)[-1], p.field, p.line) for p in problems] == [
        ("decision.md", None, 3), ("decision.md", None, 7), ("decision.md", None, 11),
        ("decision.md", None, 15),
        ("dossier.yml", "summary", 6),
        ("dossier.yml", "items[0].request", 17), ("dossier.yml", "items[0].outcome", 18),
        ("dossier.yml", "items[1].request", 22), ("dossier.yml", "items[1].outcome", 23),
    ]
    assert all(p.message.startswith("still to be filled in: [INVULLEN") for p in problems)


def test_the_build_never_publishes_a_stub(tmp_path):
    """The build agrees with the check: a dossier with [INVULLEN markers is left out."""
    project = tmp_path / "site"
    write_dossier(project / "dossiers", "klaar")
    write_dossier(project / "dossiers", "half", letter=BASE_LETTER.replace(
        "Ik maak de evaluatie deels openbaar.", "[INVULLEN: het antwoord op onderdeel 1]"))
    site = build_site(project, strict=False)
    assert (site / "dossiers/klaar/index.html").is_file()
    assert not (site / "dossiers/half").exists()
    problems = load_site(project / "dossiers").problems
    assert [(p.dossier, p.file, p.line, p.message) for p in problems] == [
        ("half", "dossiers/half/decision.md", 7,
         "still to be filled in: [INVULLEN: het antwoord op onderdeel 1]")]


def _png_pixels(data: bytes) -> list[bytes]:
    """The rows of an 8-bit RGB PNG whose rows are stored unfiltered (as picture.png writes)."""
    import struct
    import zlib
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", data[16:24])
    idat, at = b"", 8
    while at < len(data):
        (size,), kind = struct.unpack(">I", data[at:at + 4]), data[at + 4:at + 8]
        if kind == b"IDAT":
            idat += data[at + 8:at + 8 + size]
        at += 12 + size
    raw = zlib.decompress(idat)
    stride = width * 3 + 1
    assert len(raw) == stride * height and all(raw[r * stride] == 0 for r in range(height))
    return [raw[r * stride + 1:(r + 1) * stride] for r in range(height)]


def test_a_picture_of_the_page_shows_where_text_is_hidden(tmp_path):
    from hiding_pdfs import HIDDEN, SECRET, SECRET_BOX

    folder = write_dossier(tmp_path / "dossiers", "cam")
    (folder / "bijlage-1.pdf").write_bytes(HIDDEN["black-box-after-text"][1]())
    done = run_woo("controleer", "--afbeeldingen", "plaatjes", cwd=tmp_path)
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert lines[0].startswith("dossiers/cam/bijlage-1.pdf: fout [cam] annexes[0]: pagina 1, 4,7 "
                               "cm van boven en 3,5 cm van links: 2 woord(en) liggen onder een vlak")
    assert lines[1] == ("Afbeelding van dossiers/cam/bijlage-1.pdf, pagina 1 (de plek is rood "
                        "omlijnd): plaatjes/cam-bijlage-1-pagina-1.png")
    assert SECRET.split()[1] not in done.stdout
    rows = _png_pixels((tmp_path / "plaatjes" / "cam-bijlage-1-pagina-1.png").read_bytes())
    assert (len(rows), len(rows[0]) // 3) == (842 * 2, 595 * 2)  # the page at 144 dpi

    def red(x: float, y: float) -> bool:  # points from the page's top left
        row = rows[round(y * 2)]
        return row[round(x * 2) * 3:round(x * 2) * 3 + 3] == bytes((220, 0, 0))

    # The outline runs just outside the hidden words, left of them and above them.
    middle = 842 - (SECRET_BOX[1] + SECRET_BOX[3]) / 2
    assert any(red(SECRET_BOX[0] - d / 2, middle) for d in range(2, 16))
    assert any(red((SECRET_BOX[0] + 110) / 2, 842 - SECRET_BOX[3] - d / 2) for d in range(2, 16))
    assert not red(300, 400)  # nowhere else
