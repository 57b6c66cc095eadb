"""What `woo importeer` says: its report, the reasons in the draft's comments, its refusals.

The report and the draft's `# geraden` / `# CONTROLEER` / `# ONTBREEKT` comments are
read by the communications team, so the Dutch template is the one printed and
written; the English one is for developers (and the tests that every code is worded
in both). Parameters hold the letter's own words, paths and numbers, never words of
ours in one language (those are parts, chosen from the tables below).
"""

from __future__ import annotations

from collections.abc import Sequence

from . import Message

# The facts the report names (importer/report.py), by their Facts field.
FACT_LABELS: dict[str, tuple[str, str]] = {
    "title": ("title", "titel"),
    "organisation": ("deciding body", "bestuursorgaan"),
    "law": ("law", "wet"),
    "reference": ("reference", "kenmerk"),
    "summary": ("summary", "samenvatting"),
    "received": ("date the request was received", "datum ontvangst verzoek"),
    "adjourned": ("date of adjournment", "datum verdaging"),
    "decided": ("date of the decision", "datum besluit"),
    "period_from": ("period from", "periode vanaf"),
    "period_to": ("period to", "periode tot"),
}
# Where an annex's title came from (importer/write.py).
TITLE_SOURCES: dict[str, tuple[str, str]] = {
    "metadata": ("PDF metadata", "PDF-metadata"),
    "filename": ("file name", "bestandsnaam"),
}


def _label(language: int):
    return lambda key: FACT_LABELS[key][language]


def _source(language: int):
    return lambda key: TITLE_SOURCES[key][language]


def _outcome(language: int):
    """An item's outcome key; "" when none, "later" when it is left to a later decision."""
    words = {"": ("?", "?"), "later": ("later decision", "later besluit")}
    return lambda key: words[key][language] if key in words else key


def _refs(language: int):
    lead = ("; refers to ", "; verwijst naar ")[language]
    return lambda refs: lead + ", ".join(refs) if refs else ""


def _listed(language: int, none: tuple[str, str] = ("none", "geen")):
    return lambda values: ", ".join(values) or none[language]


def _alternatives(pairs: Sequence[Sequence[str]]) -> str:
    return ", ".join(f"{outcome} ('{words}')" for outcome, words in pairs)


def _numbers(language: int):
    return lambda numbers: ", ".join(map(str, numbers)) or ("none", "geen")[language]


def _or_unknown(language: int):
    return lambda outcome: outcome or ("unknown", "onbekend")[language]


def _laws(_language: int):
    """{"Wob": 2, "Woo": 0} -> "Wob 2x, Woo 0x" (with "genoemd"/"mentioned" when one wins)."""
    return lambda counts: ", ".join(f"{law} {n}x" for law, n in counts.items())


def _law_counts(language: int):
    said = (" mentioned", " genoemd")[language]
    return lambda counts: ", ".join(f"{law} {n}x{said}" for law, n in counts.items())


EN, NL = 0, 1

MESSAGES: dict[str, Message] = {
    # --- refusals: nothing was written (importer/write.py, pdftext.py)
    "import-slug-invalid": Message(
        "slug '{slug}': use lower-case letters, digits and hyphens, for example "
        "2021-cas-vervolgverzoek",
        "slug '{slug}': gebruik kleine letters, cijfers en koppeltekens, bijvoorbeeld "
        "2021-cas-vervolgverzoek"),
    "import-slug-taken": Message(
        "slug '{slug}' is already used by {path}; a slug never changes after publication, so "
        "choose another",
        "slug '{slug}' is al in gebruik door {path}; een slug verandert nooit meer na "
        "publicatie, dus kies een andere"),
    "import-file-missing": Message("{path} does not exist", "{path} bestaat niet"),
    "import-annex-not-pdf": Message(
        "annex {path} is not a PDF; the site publishes annexes as PDF",
        "bijlage {path} is geen PDF; de site publiceert bijlagen als PDF"),
    "import-letter-not-pdf": Message(
        "{name} is not a PDF (it does not start with %PDF-)",
        "{name} is geen PDF (het begint niet met %PDF-)"),
    "import-letter-encrypted": Message(
        "{name} is encrypted with a password; ask for an unencrypted copy",
        "{name} is met een wachtwoord versleuteld; vraag een onversleutelde kopie"),
    "import-letter-damaged": Message(
        "{name} cannot be read as a PDF (the file is damaged); export or save the letter as PDF "
        "again",
        "{name} kan niet als PDF worden gelezen (het bestand is beschadigd); exporteer of bewaar "
        "de brief opnieuw als PDF"),
    "import-letter-no-text": Message(
        "{name} has no text layer (a scan?); run text recognition (OCR) on it first or type the "
        "letter out",
        "{name} heeft geen tekstlaag (een scan?); laat er eerst tekstherkenning (OCR) op los of "
        "typ de brief over"),
    # --- the report (importer/report.py)
    "report-written": Message("Draft dossier written: {folder}",
                              "Concept-dossier geschreven: {folder}"),
    "report-found": Message("Found:", "Gevonden:"),
    "report-check": Message(
        "Check (lines with '# geraden' or '# CONTROLEER' in dossier.yml):",
        "Controleer (regels met '# geraden' of '# CONTROLEER' in dossier.yml):"),
    "report-fill": Message(
        "Fill in before publishing (until then 'mkdocs build --strict' fails):",
        "Vul in vóór publicatie (tot dan faalt 'mkdocs build --strict'):"),
    "report-nothing": Message("nothing", "niets"),
    "report-fact": Message(
        "{fact}: {value}  (from: \"{evidence}\")", "{fact}: {value}  (uit: \"{evidence}\")",
        en_parts={"fact": _label(EN)}, nl_parts={"fact": _label(NL)}),
    "report-fact-doubt": Message(
        "{fact}: {doubt}", "{fact}: {doubt}",
        en_parts={"fact": _label(EN)}, nl_parts={"fact": _label(NL)}),
    "report-fact-missing": Message(
        "dossier.yml {key} ({fact}): not found in the letter",
        "dossier.yml {key} ({fact}): niet gevonden in de brief",
        en_parts={"fact": _label(EN)}, nl_parts={"fact": _label(NL)}),
    "report-fact-missing-why": Message(
        "dossier.yml {key} ({fact}): not found in the letter; {doubt}",
        "dossier.yml {key} ({fact}): niet gevonden in de brief; {doubt}",
        en_parts={"fact": _label(EN)}, nl_parts={"fact": _label(NL)}),
    "report-fact-optional": Message(
        "{fact}: not found (optional)", "{fact}: niet gevonden (optioneel)",
        en_parts={"fact": _label(EN)}, nl_parts={"fact": _label(NL)}),
    "report-requests": Message("items of the request: {count}",
                               "onderdelen van het verzoek: {count}"),
    "report-ad-sections": Message(
        "Ad sections: {sections}", "Ad-secties: {sections}",
        en_parts={"sections": _listed(EN)}, nl_parts={"sections": _listed(NL)}),
    "report-table": Message(
        "answer table ({columns}): items {numbers}", "antwoordtabel ({columns}): onderdelen "
        "{numbers}", en_parts={"columns": " | ".join, "numbers": _numbers(EN)},
        nl_parts={"columns": " | ".join, "numbers": _numbers(NL)}),
    "report-item": Message(
        "item {number}: {outcome} ({where}){refs}", "onderdeel {number}: {outcome} ({where}){refs}",
        en_parts={"outcome": _outcome(EN), "refs": _refs(EN)},
        nl_parts={"outcome": _outcome(NL), "refs": _refs(NL)}),
    "report-item-note": Message("item {number}: {note}", "onderdeel {number}: {note}"),
    "report-item-missing": Message("dossier.yml items, item {number}: {note}",
                                   "dossier.yml items, onderdeel {number}: {note}"),
    "report-reuse-here": Message("earlier decision: dossier {slug} ({why})",
                                 "eerder besluit: dossier {slug} ({why})"),
    "report-reuse-elsewhere": Message("earlier decision: elsewhere: {url} ({why})",
                                      "eerder besluit: elders: {url} ({why})"),
    "report-reuse-title": Message(
        "the title of earlier decision {url} is made from its URL",
        "titel van eerder besluit {url} is afgeleid uit de URL"),
    "report-link-unplaced": Message(
        "a link belongs to no item and is only in the letter: {url}",
        "link hoort bij geen onderdeel en staat alleen in de brief: {url}"),
    "report-annex": Message(
        "annex {file}: \"{title}\" (title from the {source})",
        "bijlage {file}: \"{title}\" (titel uit {source})",
        en_parts={"source": _source(EN)}, nl_parts={"source": _source(NL)}),
    "report-no-salutation": Message(
        "no salutation ('Geachte ...') found: are there address details in decision.md?",
        "geen aanhef ('Geachte ...') gevonden: staan er adresgegevens in decision.md?"),
    "report-letterhead-left-out": Message(
        "the letterhead and address block (everything before the salutation) are left out",
        "briefhoofd en adresblok (alles vóór de aanhef) zijn weggelaten"),
    "report-name-removed": Message(
        "name '{name}' removed from the salutation (privacy)",
        "naam '{name}' uit de aanhef verwijderd (privacy)"),
    "report-signature": Message(
        "signature: check whether the names of staff may be published",
        "ondertekening: controleer of namen van medewerkers gepubliceerd mogen worden"),
    "report-joins": Message(
        "hyphenated words joined, check: {words}",
        "afgebroken woorden samengevoegd, controleer: {words}"),
    "report-furniture": Message(
        "headers and footers left out: {lines}", "kop- en voetregels weggelaten: {lines}"),
    # --- what a person must check or fill in for an item (importer/draft.py)
    "draft-later": Message(
        "is decided in a later decision ('{words}'); no outcome fits: leave the item out or wait "
        "for that decision",
        "wordt in een later besluit beslist ('{words}'); geen uitkomst past: laat het onderdeel "
        "weg of wacht op dat besluit"),
    "draft-antecedent": Message("'voornoemde besluit' read as {target}",
                                "'voornoemde besluit' gelezen als {target}"),
    "draft-needs-links": Message(
        "outcome {outcome} needs links or reuses; the answer names no URL or earlier decision",
        "uitkomst {outcome} vraagt links of reuses; het antwoord noemt geen URL of eerder "
        "besluit"),
    "draft-request-missing": Message(
        "the text of this item of the request was not found",
        "de tekst van dit onderdeel van het verzoek is niet gevonden"),
    "draft-outcome-unclear": Message("the outcome cannot be told from the answer",
                                     "uitkomst niet af te leiden"),
    "draft-no-answer": Message("no answer found", "geen antwoord gevonden"),
    "draft-also": Message(
        "outcome uncertain: the text also points to {alternatives}",
        "uitkomst onzeker: de tekst wijst ook op {alternatives}",
        en_parts={"alternatives": _alternatives}, nl_parts={"alternatives": _alternatives}),
    "draft-partly-later": Message(
        "outcome uncertain: part is decided later ('{words}')",
        "uitkomst onzeker: een deel wordt later beslist ('{words}')"),
    "draft-doubt": Message("outcome uncertain: {doubt} ('{words}')",
                           "uitkomst onzeker: {doubt} ('{words}')"),
    "draft-grounds-unused": Message(
        "the text cites grounds ({grounds}) but the outcome is {outcome}",
        "de tekst noemt gronden ({grounds}) maar de uitkomst is {outcome}",
        en_parts={"grounds": ", ".join, "outcome": _or_unknown(EN)},
        nl_parts={"grounds": ", ".join, "outcome": _or_unknown(NL)}),
    "draft-no-grounds": Message("no grounds for refusal found; fill in grounds",
                                "geen weigeringsgronden gevonden; vul grounds in"),
    "draft-grounds-cell-unread": Message(
        "no ground read from the table's grounds cell '{words}'; fill in grounds",
        "geen weigeringsgrond gelezen uit de cel '{words}' van de tabel; vul grounds in"),
    "draft-table-may-continue": Message(
        "the answer table may go on at the top of the next page, in rows that were not read; "
        "compare the items with the letter",
        "de antwoordtabel loopt misschien door bovenaan de volgende pagina, in rijen die niet "
        "gelezen zijn; vergelijk de onderdelen met de brief"),
    "draft-no-documents": Message(
        "not found which annex holds the documents; fill in documents",
        "niet gevonden welke bijlage de documenten bevat; vul documents in"),
    # why an outcome was guessed with doubt (importer/outcomes.py)
    "outcome-without-reason": Message(
        "the letter says it does not decide on this item; choose the outcome its reason gives",
        "de brief zegt niet op dit onderdeel te beslissen; kies de uitkomst die de reden geeft"),
    "outcome-cell-unread": Message(
        "the table's cell '{words}' names no outcome", "de cel '{words}' van de tabel noemt "
        "geen uitkomst"),
    "outcome-row-wrapped": Message(
        "a wrapped cell of the table may belong to this row or the next: compare the row with "
        "the letter",
        "een afgebroken cel van de tabel hoort bij deze rij of de volgende: vergelijk de rij "
        "met de brief"),
    "outcome-both": Message(
        "the text has the words of {outcomes}, together {combined}, unless they answer "
        "different things",
        "de tekst heeft de woorden van {outcomes}, samen {combined}, tenzij ze over "
        "verschillende dingen gaan",
        en_parts={"outcomes": " and ".join}, nl_parts={"outcomes": " en ".join}),
    "outcome-wins-over": Message(
        "'{words}' reads as {other}, but the text also says why in the words of {outcome}: "
        "choose the outcome that the reason gives",
        "'{words}' leest als {other}, maar de tekst zegt ook waarom in de woorden van "
        "{outcome}: kies de uitkomst die bij de reden past"),
    # how an earlier decision or a link was matched (importer/references.py)
    "ref-url-in-dossier": Message("URL is in dossier {slug}", "URL staat in dossier {slug}"),
    "ref-url-slug": Message("URL ends in the slug {slug}", "URL eindigt op de slug {slug}"),
    "ref-title-from-url": Message("title made from the URL", "titel afgeleid uit de URL"),
    "ref-title-in-letter": Message("title '{title}' in the letter", "titel '{title}' in de brief"),
    "ref-reference-in-letter": Message("reference {reference} in the letter",
                                       "kenmerk {reference} in de brief"),
    # why a fact needs a second look (importer/letter_facts.py, organisation.py)
    "fact-request-date": Message(
        "date of the request; it may have been received later",
        "datum van het verzoek; de ontvangst kan later zijn"),
    "fact-filed-date": Message(
        "date the request was made; it may have been received later",
        "datum waarop het verzoek is ingediend; de ontvangst kan later zijn"),
    "fact-laws": Message("{counts}", "{counts}", en_parts={"counts": _laws(EN)},
                         nl_parts={"counts": _laws(NL)}),
    "fact-law-counts": Message("{counts}", "{counts}", en_parts={"counts": _law_counts(EN)},
                               nl_parts={"counts": _law_counts(NL)}),
    "fact-letterhead-differs": Message("the letterhead names '{head}'",
                                       "het briefhoofd noemt '{head}'"),
    "fact-signer-no-body": Message("'{signer}' is the signer, not a deciding body",
                                   "'{signer}' is de ondertekenaar, geen bestuursorgaan"),
    "fact-body-from-letterhead": Message(
        "from the letterhead; the signature names no deciding body",
        "uit het briefhoofd; de ondertekening noemt geen bestuursorgaan"),
    "fact-body-from-letterhead-signer": Message(
        "from the letterhead; the signature names no deciding body ({signer})",
        "uit het briefhoofd; de ondertekening noemt geen bestuursorgaan ({signer})"),
    # --- the draft dossier.yml's comments (importer/yamlwrite.py)
    "yml-made-by": Message("Draft made by woo importeer from {letter}.",
                           "Concept gemaakt door woo importeer uit {letter}."),
    "yml-legend": Message(
        "'# {guessed}': read from the letter, check. '# {check}': doubtful. '# {missing}': "
        "fill in.",
        "'# {guessed}': gelezen uit de brief, controleer. '# {check}': twijfelachtig. "
        "'# {missing}': vul in."),
    "yml-optional": Message("{key}: not found in the letter (optional)",
                            "{key}: niet gevonden in de brief (optioneel)"),
    "yml-no-title": Message("title of the decision not found (no 'Onderwerp')",
                            "titel van het besluit niet gevonden (geen 'Onderwerp')"),
    "yml-no-organisation": Message("deciding body not found (signature?)",
                                   "bestuursorgaan niet gevonden (ondertekening?)"),
    "yml-no-law": Message("Wob or Woo? ({evidence})", "Wob of Woo? ({evidence})"),
    "yml-no-law-named": Message("Wob or Woo? (neither named)",
                                "Wob of Woo? (geen van beide genoemd)"),
    "yml-no-received": Message("date the request was received not found",
                               "datum van ontvangst van het verzoek niet gevonden"),
    "yml-no-decided": Message("date of the decision not found (letterhead?)",
                              "datum van het besluit niet gevonden (briefhoofd?)"),
    "yml-no-items": Message("no numbered items found", "geen genummerde onderdelen gevonden"),
    "yml-annex-title": Message("from the {source}", "uit {source}",
                               en_parts={"source": _source(EN)}, nl_parts={"source": _source(NL)}),
    "yml-reuses": Message("earlier decisions the letter names",
                          "eerdere besluiten die de brief noemt"),
    "yml-no-request": Message("item {number} not found in the request",
                              "onderdeel {number} niet gevonden in het verzoek"),
    "yml-outcome-unclear": Message("outcome cannot be told from {where}",
                                   "uitkomst niet af te leiden uit {where}"),
    "yml-outcome-no-answer": Message("outcome cannot be told from the letter (no answer)",
                                     "uitkomst niet af te leiden uit de brief (geen antwoord)"),
    "yml-from": Message("{guessed} from {words}", "{guessed} uit {words}"),
    "yml-also": Message("also: {outcome} ({words})", "ook: {outcome} ({words})"),
    "yml-partly-later": Message("part is decided later ({words})",
                                "een deel wordt later beslist ({words})"),
    "yml-answer": Message("sentence from the letter", "zin uit de brief"),
    "yml-answer-row": Message("the row of the letter's table, its cells named by their heads",
                              "de rij uit de tabel in de brief, elke cel met zijn kop"),
}
