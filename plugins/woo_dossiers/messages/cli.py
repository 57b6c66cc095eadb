"""What the `woo` commands say themselves: usage, refusals, hints, results (cli/).

Printed in Dutch (the communications team runs them; `woo controleer --lang en`
prints English). The headings of docs/handleiding/meldingen.md's section "Bij het
aanmaken van een dossier" are `woo nieuw`'s Dutch templates here, with `…` for each
parameter (tests/test_tool_messages.py).
"""

from __future__ import annotations

import errno

from . import Message

# What an OSError means and what to do, by errno; the system's own words are English.
OS_ERRORS: dict[int, tuple[str, str]] = {
    errno.ENOSPC: ("the disk is full: make room and try again",
                   "de schijf is vol: maak ruimte vrij en probeer het opnieuw"),
    errno.EDQUOT: ("the disk quota is used up: make room and try again",
                   "de schijfruimte (quota) is op: maak ruimte vrij en probeer het opnieuw"),
    errno.EACCES: ("no permission to read or write there: check the owner and rights of "
                   "that folder",
                   "geen toestemming om daar te lezen of te schrijven: controleer de eigenaar "
                   "en de rechten van die map"),
    errno.EPERM: ("no permission to read or write there: check the owner and rights of that "
                  "folder",
                  "geen toestemming om daar te lezen of te schrijven: controleer de eigenaar en "
                  "de rechten van die map"),
    errno.EROFS: ("the disk is read-only: work in a folder that can be written",
                  "de schijf is alleen-lezen: werk in een map waarin geschreven mag worden"),
    errno.ENOTDIR: ("a file stands where a folder should be: remove the file",
                    "daar staat een bestand waar een map moet staan: haal het bestand weg"),
    errno.EISDIR: ("a folder stands where a file should be: name a file",
                   "daar staat een map waar een bestand moet staan: geef een bestand op"),
    errno.ENOENT: ("it does not exist: check the name", "het bestaat niet: controleer de naam"),
    errno.EEXIST: ("something is already there: remove it or choose another name",
                   "daar staat al iets: haal het weg of kies een andere naam"),
}
OTHER_OS_ERROR = ("the file or folder cannot be used: check it and try again",
                  "het bestand of de map kan niet worden gebruikt: controleer het en probeer "
                  "het opnieuw")


# argparse's own words (usage, options, its errors), by the English it looks up through
# gettext, and ours in Dutch (cli/dutch_argparse.py puts them in its place).
ARGPARSE_WORDS: dict[str, str] = {
    "usage: ": "gebruik: ",
    "positional arguments": "wat je opgeeft",
    "options": "opties",
    "show this help message and exit": "laat deze hulp zien en stop",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "the following arguments are required: %s": "dit ontbreekt nog: %s",
    "unrecognized arguments: %s": "onbekende opties of woorden: %s",
    "argument %(argument_name)s: %(message)s": "bij %(argument_name)s: %(message)s",
    "expected one argument": "hier hoort één waarde achter",
    "expected at most one argument": "hier hoort hooguit één waarde achter",
    "expected at least one argument": "hier hoort minstens één waarde achter",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "%(value)r kan niet; kies uit %(choices)s",
    "invalid %(type)s value: %(value)r": "ongeldige waarde: %(value)r",
    "ambiguous option: %(option)s could match %(matches)s":
        "de optie %(option)s is niet eenduidig: %(matches)s",
    "not allowed with argument %s": "kan niet samen met %s",
    "one of the arguments %s is required": "geef een van deze op: %s",
}
ARGPARSE_PLURALS: dict[tuple[str, str], tuple[str, str]] = {
    ("expected %s argument", "expected %s arguments"): ("hier hoort %s waarde achter",
                                                        "hier horen %s waarden achter"),
}


def _os_error(language: int):
    return lambda number: OS_ERRORS.get(number, OTHER_OS_ERROR)[language]


def _where(language: int):
    """Where in an annex something was removed: the document, or a page (by number)."""
    return lambda page: ("document", "document")[language] if page is None \
        else f"{('page', 'pagina')[language]} {page}"


def _worded(language: int):
    """A refusal or a finding of annex/ (English as its str or `message`, Dutch by .dutch())."""
    def word(value) -> str:
        if language:
            return value.dutch() if hasattr(value, "dutch") else str(value)
        return getattr(value, "message", None) or str.__str__(value)
    return word


def _findings(language: int):
    return lambda findings: "; ".join(map(_worded(language), findings))


MESSAGES: dict[str, Message] = {
    # --- woo (cli/__init__.py)
    "cli-usage": Message("usage: woo COMMAND [options]   (woo COMMAND --help says more)",
                         "gebruik: woo OPDRACHT [opties]   (woo OPDRACHT --help zegt meer)"),
    "cli-commands": Message("commands:", "opdrachten:"),
    "cli-aliases": Message("The English names work too: {aliases}",
                           "Engelse namen werken ook: {aliases}"),
    "cli-about-nieuw": Message("start a new dossier (a folder with dossier.yml and decision.md)",
                               "begin een nieuw dossier (map met dossier.yml en decision.md)"),
    "cli-about-controleer": Message("check dossiers without building the site",
                                    "controleer dossiers zonder de site te bouwen"),
    "cli-about-importeer": Message("make a draft dossier of a signed decision PDF",
                                   "maak een concept-dossier van een ondertekende besluit-PDF"),
    "cli-about-opschonen": Message("clean annexes (PDF) before publishing",
                                   "schoon bijlagen (PDF) op vóór publicatie"),
    "cli-about-bouw": Message(
        "build the site in the folder site/, strictly as CI does: any error stops the build",
        "bouw de site in de map site/, strikt zoals CI: elke fout stopt de bouw"),
    "cli-about-bekijk": Message("view the site at http://127.0.0.1:8000 while you work",
                                "bekijk de site op http://127.0.0.1:8000 terwijl je werkt"),
    "cli-unknown-command": Message("woo: unknown command '{command}'",
                                   "woo: onbekende opdracht '{command}'"),
    "cli-interrupted": Message("woo: interrupted", "woo: afgebroken"),
    "cli-os-error": Message(
        "{prog}: stopped at {path}: {errno}; nothing more was done",
        "{prog}: gestopt bij {path}: {errno}; er is verder niets gedaan",
        en_parts={"errno": _os_error(0)}, nl_parts={"errno": _os_error(1)}),
    # --- woo importeer (cli/importeer.py)
    "cli-import-about": Message(
        "Make a draft dossier of a signed decision letter (PDF): dossier.yml, decision.md and "
        "the annexes. What is uncertain gets # CONTROLEER.",
        "Maak een concept-dossier van een ondertekende besluitbrief (PDF): dossier.yml, "
        "decision.md en de bijlagen. Wat onzeker is, krijgt # CONTROLEER."),
    "cli-import-letter": Message("the signed decision letter (PDF)",
                                 "de ondertekende besluitbrief (PDF)"),
    "cli-import-annexes": Message("annexes (PDF) to publish with it",
                                  "bijlagen (PDF) om mee te publiceren"),
    "cli-import-slug": Message("the new dossier's web address, for example 2021-cas",
                               "het webadres van het nieuwe dossier, bijvoorbeeld 2021-cas"),
    "cli-dossiers": Message("the folder of dossiers (default: dossiers)",
                            "de map met dossiers (standaard: dossiers)"),
    "cli-import-refused": Message("{prog}: {reason}; nothing was written",
                                  "{prog}: {reason}; er is niets geschreven"),
    # --- woo opschonen (cli/opschonen.py)
    "cli-clean-about": Message("Rewrite PDF annexes without metadata, XMP and earlier versions.",
                               "Herschrijf PDF-bijlagen zonder metadata, XMP en eerdere versies."),
    "cli-clean-files": Message("the annex(es)", "de bijlage(n)"),
    "cli-clean-output": Message("write to this file instead of the original (one PDF)",
                                "schrijf naar dit bestand in plaats van het origineel (één PDF)"),
    "cli-clean-one-output": Message("--uitvoer works with one file only",
                                    "--uitvoer kan alleen met één bestand"),
    "cli-clean-refused": Message("{path}: REFUSED: {reason}", "{path}: GEWEIGERD: {reason}"),
    "cli-clean-removed": Message("{path}: cleaned into {target}; removed:",
                                 "{path}: opgeschoond naar {target}; verwijderd:"),
    "cli-clean-nothing": Message("{path}: rewritten into {target}; there was nothing to remove",
                                 "{path}: herschreven naar {target}; er was niets te verwijderen"),
    "cli-clean-remaining": Message("  note (not solved): {remark}",
                                   "  let op (niet opgelost): {remark}"),
    # what the cleaning says (annex/clean.py): why it refused, what it removed, what remains
    "clean-unreadable": Message(
        "the file cannot be read: {reason}", "het bestand is niet te lezen: {reason}",
        en_parts={"reason": _worded(0)}, nl_parts={"reason": _worded(1)}),
    "clean-fake-redaction": Message(
        "the file holds text that cannot be seen (a failed redaction); cleaning does not solve "
        "that. Redo the redaction in the redaction software, so that the text itself goes, "
        "and export the PDF again. Found: {findings}",
        "er staat tekst in het bestand die niet te zien is (een mislukte lakking); opschonen "
        "lost dat niet op. Doe de lakking opnieuw in de laksoftware, zodat de tekst zelf "
        "verdwijnt, en exporteer de PDF opnieuw. Gevonden: {findings}",
        en_parts={"findings": _findings(0)}, nl_parts={"findings": _findings(1)}),
    "clean-removed-security": Message("security (restrictions on copying or printing)",
                                      "beveiliging (beperkingen op kopiëren of afdrukken)"),
    "clean-removed-properties": Message(
        "document properties: {fields}", "documenteigenschappen: {fields}",
        en_parts={"fields": ", ".join}, nl_parts={"fields": ", ".join}),
    "clean-removed-xmp": Message("XMP metadata ({where})", "XMP-metadata ({where})",
                                 en_parts={"where": _where(0)}, nl_parts={"where": _where(1)}),
    "clean-removed-pieceinfo": Message(
        "application data (PieceInfo) ({where})", "programmagegevens (PieceInfo) ({where})",
        en_parts={"where": _where(0)}, nl_parts={"where": _where(1)}),
    "clean-removed-history": Message("{count} earlier version(s) from incremental saving",
                                     "{count} eerdere versie(s) uit incrementeel opslaan"),
    "clean-removed-outline-loops": Message(
        "{count} reference(s) that made the bookmarks run in a circle",
        "{count} verwijzing(en) waardoor de bladwijzers in een kring liepen"),
    "clean-text-changed": Message(
        "the text of the cleaned file differs from the original; check it",
        "de tekst van het opgeschoonde bestand verschilt van het origineel; controleer het"),
    # --- woo controleer (cli/controleer.py)
    "cli-check-about": Message(
        "Check dossiers without building the site: every error and warning, with file, field "
        "and line. What passes here also builds with woo bouw.",
        "Controleer dossiers zonder de site te bouwen: elke fout en waarschuwing, met bestand, "
        "veld en regel. Wat hier goed is, bouwt ook met woo bouw."),
    "cli-check-targets": Message("dossiers to check (default: all)",
                                 "dossiers om te controleren (standaard: alle)"),
    "cli-check-language": Message("language of the messages (default: nl)",
                                  "taal van de meldingen (standaard: nl)"),
    "cli-check-strict": Message("fail on warnings too, like mkdocs build --strict",
                                "ook bij waarschuwingen mislukken, zoals mkdocs build --strict"),
    "cli-check-pictures": Message(
        "write a picture (PNG) of every page with hidden text into FOLDER, the spot outlined in "
        "red",
        "schrijf van elke pagina met verborgen tekst een afbeelding (PNG) in MAP, met de plek "
        "rood omlijnd"),
    "cli-check-error": Message("error", "fout"),
    "cli-check-warning": Message("warning", "waarschuwing"),
    "cli-check-unknown": Message("Unknown dossier: {target}", "Onbekend dossier: {target}"),
    "cli-check-none": Message("No dossiers found in {folder}", "Geen dossiers gevonden in {folder}"),
    "cli-check-no-folder": Message("The folder {folder} does not exist",
                                   "De map {folder} bestaat niet"),
    "cli-check-ok": Message("OK: {count} dossier(s) checked, no errors.",
                            "In orde: {count} dossier(s) gecontroleerd, geen fouten."),
    "cli-check-summary": Message(
        "{errors} error(s) and {warnings} warning(s) in {count} dossier(s) checked.",
        "{errors} fout(en) en {warnings} waarschuwing(en) in {count} gecontroleerd(e) "
        "dossier(s)."),
    "cli-check-picture": Message(
        "Picture of {pdf}, page {page} (the spot is outlined in red): {png}",
        "Afbeelding van {pdf}, pagina {page} (de plek is rood omlijnd): {png}"),
    # --- woo bouw, woo bekijk (cli/site.py)
    "cli-site-about-build": Message(
        "Build the site in the folder site/, strictly as CI does: any error or warning stops "
        "the build and the previous site stays.",
        "Bouw de site in de map site/, strikt zoals CI: elke fout of waarschuwing stopt de "
        "bouw en de vorige site blijft staan."),
    "cli-site-about-serve": Message(
        "View the site at http://127.0.0.1:8000 while you work; a saved change is there after "
        "a few seconds. Stop with Ctrl+C.",
        "Bekijk de site op http://127.0.0.1:8000 terwijl je werkt; een opgeslagen wijziging "
        "staat er na een paar tellen. Stop met Ctrl+C."),
    "cli-site-engine": Message(
        "which program builds the site: mkdocs (default) or properdocs, its maintained "
        "successor; both make the same site (also: WOO_ENGINE)",
        "welk programma de site bouwt: mkdocs (standaard) of properdocs, de onderhouden "
        "opvolger; beide maken dezelfde site (ook: WOO_ENGINE)"),
    "cli-site-no-project": Message(
        "{prog}: there is no mkdocs.yml here; first go to the project's folder",
        "{prog}: hier staat geen mkdocs.yml; ga eerst naar de map van het project"),
    "cli-site-serving": Message("The site is at {url} (stop: Ctrl+C)",
                                "De site staat op {url} (stoppen: Ctrl+C)"),
    "cli-site-stopped": Message(
        "error: the build stopped: {reason}",
        "fout: het bouwen stopte: {reason} (de woorden van MkDocs; vraag de ontwikkelaars als "
        "ze niet zeggen wat je moet doen)"),
    "cli-site-stopped-at": Message(
        "error: the build stopped at {path}, line {line}: {reason}",
        "fout: het bouwen stopte bij {path}, regel {line}: {reason} (de woorden van MkDocs)"),
    "cli-site-address-in-use": Message(
        "error: address {address} is already in use: is the site open in another window? Stop "
        "it (Ctrl+C) or choose another address with -a, e.g. -a 127.0.0.1:8001",
        "fout: adres {address} is al in gebruik: staat de site nog open in een ander venster? "
        "Stop die (Ctrl+C) of kies een ander adres met -a, bijvoorbeeld -a 127.0.0.1:8001"),
    "cli-site-not-found": Message(
        "the browser asked for {path}, but the site has no such address",
        "de browser vroeg {path}, maar dat adres staat niet op de site"),
    "cli-site-rebuilt": Message("The site is built ({seconds} s).",
                                "De site is gebouwd ({seconds} s)."),
    "cli-site-built": Message("The site is built in site/ ({seconds} s).",
                              "De site is gebouwd in site/ ({seconds} s)."),
    "cli-site-failed": Message(
        "The site was not built: {count} message(s) above. The previous site in site/ is "
        "unchanged. Solve the messages (woo controleer helps) and build again.",
        "De site is niet gebouwd: {count} melding(en) hierboven. De vorige site in site/ is "
        "niet veranderd. Los de meldingen op (woo controleer helpt) en bouw opnieuw."),
    # MkDocs' own lines about links in a page (cli/site.py ENGINE_LINES), as `woo bouw` says them
    "cli-engine-link-missing": Message(
        "page {page} links to '{link}', but no page or file of the site has that address",
        "pagina {page} linkt naar '{link}', maar geen pagina of bestand van de site heeft dat "
        "adres"),
    "cli-engine-anchor-missing": Message(
        "page {page} links to '{link}', but {target} has no heading or anchor '#{anchor}'",
        "pagina {page} linkt naar '{link}', maar {target} heeft geen kop of anker '#{anchor}'"),
    "cli-engine-anchor-missing-here": Message(
        "page {page} links to '{link}', but that page has no such heading or anchor",
        "pagina {page} linkt naar '{link}', maar die pagina heeft zo'n kop of anker niet"),
    "cli-engine-link-excluded": Message(
        "page {page} links to '{link}', which is left out of the site",
        "pagina {page} linkt naar '{link}', maar dat staat niet op de site"),
    "cli-engine-link-unrecognized": Message(
        "page {page} has a link '{link}' that names no file; it was left as it is",
        "pagina {page} heeft een link '{link}' die geen bestand noemt; die is gelaten zoals hij is"),
    "cli-engine-link-absolute": Message(
        "page {page} has a link '{link}' from the site's root; it was left as it is",
        "pagina {page} heeft een link '{link}' vanaf de hoofdmap van de site; die is gelaten "
        "zoals hij is"),
    "cli-engine-did-you-mean": Message("Did you mean '{link}'?", "Bedoel je '{link}'?"),
    "cli-engine-footnote": Message("It seems to be a footnote that nothing points to.",
                                   "Het lijkt een voetnoot waar nergens naar verwezen wordt."),
    "cli-site-line": Message("{level}: {message}", "{level}: {message}",
                             en_parts={"level": lambda level: level},
                             nl_parts={"level": lambda level: {"warning": "waarschuwing",
                                                               "error": "fout"}[level]}),
    # --- woo nieuw (cli/nieuw.py); the guide's "Bij het aanmaken van een dossier"
    "new-about": Message(
        "Start a new dossier: makes dossiers/<slug>/ with dossier.yml and decision.md. What is "
        "not given as an option is asked.",
        "Begin een nieuw dossier: maakt dossiers/<slug>/ met dossier.yml en decision.md. Wat "
        "niet als optie is gegeven, wordt gevraagd."),
    "new-opt-title": Message("title of the decision", "titel van het besluit"),
    "new-opt-organisation": Message("the deciding body", "het bestuursorgaan dat besloot"),
    "new-opt-law": Message("Wob or Woo", "Wob of Woo"),
    "new-opt-received": Message(
        "date the request was received (yyyy-mm-dd)",
        "datum verzoek ontvangen (jjjj-mm-dd)"),
    "new-opt-decided": Message(
        "date of the decision (yyyy-mm-dd)",
        "datum van het besluit (jjjj-mm-dd)"),
    "new-opt-adjourned": Message("date of adjournment (optional)", "datum verdaging (optioneel)"),
    "new-opt-published": Message("date of publication (optional)", "datum publicatie (optioneel)"),
    "new-opt-reference": Message("reference (optional)", "kenmerk (optioneel)"),
    "new-opt-items": Message("number of items of the request", "aantal onderdelen van het verzoek"),
    "new-opt-slug": Message(
        "the web address; default: year + words of the title",
        "het webadres; standaard: jaar + woorden uit de titel"),
    "new-opt-group": Message(
        "group folder, for example 2024 (optional)",
        "groepsmap, bijvoorbeeld 2024 (optioneel)"),
    "new-slug-invalid": Message(
        "The slug '{slug}' may contain only lower-case letters, digits and hyphens (for "
        "example 2024-cameratoezicht-centrum).",
        "De slug '{slug}' mag alleen kleine letters, cijfers en koppeltekens bevatten "
        "(bijvoorbeeld 2024-cameratoezicht-centrum)."),
    "new-group-invalid": Message(
        "The group folder '{group}' may contain only lower-case letters, digits and hyphens "
        "(for example 2024).",
        "De groepsmap '{group}' mag alleen kleine letters, cijfers en koppeltekens bevatten "
        "(bijvoorbeeld 2024)."),
    "new-slug-taken": Message(
        "There is already a dossier with the slug '{slug}': {path}. A slug is a dossier's "
        "fixed web address and must be unique; choose another with --slug.",
        "Er bestaat al een dossier met de slug '{slug}': {path}. Een slug is het vaste "
        "webadres van een dossier en moet uniek zijn; kies een andere met --slug."),
    "new-folder-exists": Message(
        "The folder {path} already exists; choose another slug with --slug.",
        "De map {path} bestaat al; kies een andere slug met --slug."),
    "new-group-is-dossier": Message(
        "'{group}' is a dossier itself and cannot be a group folder.",
        "'{group}' is zelf een dossier en kan geen groepsmap zijn."),
    "new-no-dossiers": Message(
        "The folder {path} does not exist. Start the command in the repository's folder "
        "(where mkdocs.yml is), or give --dossiers.",
        "De map {path} bestaat niet. Start het commando in de map van de repository (waar "
        "mkdocs.yml staat), of geef --dossiers."),
    "new-decided-before-received": Message(
        "The decision date is before the date of receipt.",
        "De besluitdatum ligt vóór de datum van ontvangst."),
    "new-no-items": Message(
        "A request has at least one item (--items 1 or more).",
        "Een verzoek heeft minstens één onderdeel (--items 1 of meer)."),
    "new-not-a-date": Message(
        "'{text}' is not a date; write yyyy-mm-dd, for example 2024-03-01",
        "'{text}' is geen datum; schrijf jjjj-mm-dd, bijvoorbeeld 2024-03-01"),
    "new-not-a-law": Message("'{text}' is not a law; choose Wob or Woo",
                             "'{text}' is geen wet; kies Wob of Woo"),
    "new-not-a-number": Message("'{text}' is not a number; write a number, e.g. 5",
                                "'{text}' is geen aantal; schrijf een getal, bijv. 5"),
    "new-missing": Message("Missing: {options}", "Ontbreekt: {options}",
                           en_parts={"options": ", ".join}, nl_parts={"options": ", ".join}),
    "new-input-ended": Message("Missing: (input ended)", "Ontbreekt: (invoer afgebroken)"),
    "new-not-made": Message("Not created: {reason}", "Niet aangemaakt: {reason}"),
    "new-made": Message("Created: {folder}/dossier.yml and {folder}/decision.md",
                        "Aangemaakt: {folder}/dossier.yml en {folder}/decision.md"),
    "new-next": Message(
        "Now fill in everything that says [INVULLEN...] and check with: woo controleer {slug}",
        "Vul nu alles in wat [INVULLEN...] zegt en controleer met: woo controleer {slug}"),
    # what `woo nieuw` writes into the stub (after "[INVULLEN: " where it is a placeholder)
    "new-stub-header": Message(
        "Fill in everything that says [INVULLEN...]; see docs/handleiding/ for each field.",
        "Vul alles in wat [INVULLEN...] zegt; zie docs/handleiding/ voor elk veld."),
    "new-stub-summary": Message("one paragraph on the request and the decision",
                                "één alinea over het verzoek en het besluit"),
    "new-stub-request": Message("what item {number} asks", "wat onderdeel {number} vraagt"),
    "new-stub-with": Message("with {outcomes}", "bij {outcomes}",
                             en_parts={"outcomes": " and ".join},
                             nl_parts={"outcomes": " en ".join}),
    "new-stub-annexes": Message("every PDF in this folder, with a title",
                                "elke PDF in deze map, met een titel"),
    "new-stub-annex-title": Message("Inventory list", "Inventarislijst"),
    "new-stub-case": Message("only for a partial decision (handleiding/velden.md)",
                             "alleen bij een deelbesluit (handleiding/velden.md)"),
    "new-stub-case-id": Message("the same in every partial decision on the request",
                                "dezelfde in elk deelbesluit van het verzoek"),
    "new-stub-case-part": Message("the number of this partial decision",
                                  "het nummer van dit deelbesluit"),
    "new-stub-request-heading": Message("Your request", "Uw verzoek"),
    "new-stub-received": Message("I received your request on {date}.",
                                 "Op {date} heb ik uw verzoek ontvangen."),
    "new-stub-introduction": Message("the rest of the introduction", "de rest van de inleiding"),
    "new-stub-decision-heading": Message("Decision", "Besluit"),
    "new-stub-decision": Message("the decision in short", "het besluit in het kort"),
    "new-stub-answer": Message("the answer to item {number}", "het antwoord op onderdeel {number}"),
    "new-ask-title": Message("Title of the decision", "Titel van het besluit"),
    "new-ask-organisation": Message("Deciding body", "Bestuursorgaan"),
    "new-ask-law": Message("Law (Wob or Woo)", "Wet (Wob of Woo)"),
    "new-ask-received": Message("Request received on (yyyy-mm-dd)",
                                "Verzoek ontvangen op (jjjj-mm-dd)"),
    "new-ask-decided": Message("Decision taken on (yyyy-mm-dd)", "Besluit genomen op (jjjj-mm-dd)"),
    "new-ask-items": Message("Number of items of the request", "Aantal onderdelen van het verzoek"),
}
