"""Messages about what is in an annex PDF: the findings of annex/*.py.

A finding's parameters are values (page numbers, a kind of hiding, a kind of
damage); the words for each kind are in the tables here, both languages in one
row, so a reworded kind cannot lose its Dutch.
"""

from __future__ import annotations

from typing import Any

from . import Message

# Kinds of active content (annex/active.py).
ACTIVE: dict[str, tuple[str, str]] = {
    "javascript": ("JavaScript (a script that can run when the file is opened or clicked)",
                   "JavaScript (een script dat kan draaien bij openen of klikken)"),
    "open-action": ("an action that runs when the file is opened",
                    "een actie die draait bij het openen"),
    "additional-actions": ("actions triggered by opening pages or fields (/AA)",
                           "acties die starten bij het openen van pagina's of velden (/AA)"),
    "launch": ("a Launch action (it can start another program)",
               "een Launch-actie (die kan een ander programma starten)"),
    "embedded-file": ("an embedded file (an attachment hidden inside the PDF)",
                      "een ingesloten bestand (een bijlage verstopt in de PDF)"),
    "xfa": ("an XFA form (a form with its own program logic)",
            "een XFA-formulier (een formulier met een eigen programma)"),
}
# Links and actions that leave an annex (annex/links.py); "scheme:<scheme>" is an address
# with a scheme other than http, https and mailto (the scheme is the file's own text).
LINKS: dict[str, tuple[str, str]] = {
    "/GoToR": ("opens another file (a GoToR action)", "een ander bestand opent (een GoToR-actie)"),
    "/GoToE": ("opens a file embedded in another PDF (a GoToE action)",
               "een bestand opent dat in een andere PDF zit (een GoToE-actie)"),
    "/ImportData": ("imports data from another file (an ImportData action)",
                    "gegevens uit een ander bestand inleest (een ImportData-actie)"),
    "/SubmitForm": ("sends form fields to an address (a SubmitForm action)",
                    "formuliervelden naar een adres verstuurt (een SubmitForm-actie)"),
    "/ResetForm": ("clears form fields (a ResetForm action)",
                   "formuliervelden leegmaakt (een ResetForm-actie)"),
    "no-scheme": ("leads to an address without http://, https:// or mailto: (a browser would "
                  "look for it on this website's server)",
                  "naar een adres zonder http://, https:// of mailto: leidt (een browser zoekt "
                  "dat op de server van deze website)"),
    "scheme": ("leads to a '{}:' address instead of a web page or e-mail address",
               "naar een '{}:'-adres leidt in plaats van naar een webpagina of e-mailadres"),
}
# Damage pypdf repaired to read an annex (annex/damage.py), in the order a message names them.
DAMAGE: dict[str, tuple[str, str]] = {
    "xref-loop": ("its cross-reference table (the index of its parts) refers back to itself "
                  "in a loop",
                  "de kruisverwijzingstabel (de inhoudsopgave van de onderdelen) verwijst in een "
                  "kring naar zichzelf"),
    "startxref": ("the pointer to its cross-reference table (startxref) is wrong",
                  "de verwijzing naar de kruisverwijzingstabel (startxref) klopt niet"),
    "xref": ("its cross-reference table (the index of its parts) is wrong or incomplete, so it "
             "had to be rebuilt",
             "de kruisverwijzingstabel (de inhoudsopgave van de onderdelen) klopt niet of is "
             "onvolledig en moest opnieuw worden opgebouwd"),
    "xref-stream": ("its cross-reference stream (the compressed index of its parts) is broken "
                    "or claims more entries than it holds",
                    "de gecomprimeerde kruisverwijzingstabel (cross-reference stream) is kapot of "
                    "belooft meer dan erin staat"),
    "catalog": ("its catalog (the starting point of the document) is missing or wrong",
                "de catalogus (het beginpunt van het document) ontbreekt of klopt niet"),
    "outline-loop": ("its bookmarks (outline) refer back to themselves in a loop",
                     "de bladwijzers (outline) verwijzen in een kring naar zichzelf"),
}
# How text is hidden (annex/visibility.py's kinds), after "N word(s) ...".
HIDDEN: dict[str, tuple[str, str]] = {
    "image": ("lie under an image (such as a black bar)",
              "liggen onder een afbeelding (zoals een zwarte balk)"),
    "shape": ("lie under a filled shape (such as a black box)",
              "liggen onder een vlak (zoals een zwart blok)"),
    "annotation": ("lie under an annotation drawn on top of the page (a box, stamp, highlight "
                   "or drawing)",
                   "liggen onder een annotatie die over de pagina is gelegd (een vlak, stempel, "
                   "markering of tekening)"),
    "same-colour": ("have the colour of what lies under them (such as white text on white)",
                    "hebben de kleur van wat eronder ligt (zoals witte tekst op wit)"),
    "invisible-on-dark": ("are invisible text over a blacked-out area (text recognition was run "
                          "before the page was blacked out)",
                          "zijn onzichtbare tekst op een zwart gemaakt deel (de tekstherkenning "
                          "is gedaan voordat de pagina werd gelakt)"),
    "invisible-on-blank": ("are invisible text over a blank area (text recognition was run "
                           "before the words were painted out, or the text has no picture under "
                           "it)",
                           "zijn onzichtbare tekst op een leeg deel (de tekstherkenning is gedaan "
                           "voordat de woorden werden weggeschilderd, of er ligt geen scan onder "
                           "de tekst)"),
    "hidden-layer": ("are in a layer that is switched off", "staan in een laag die uitgeschakeld is"),
    "outside": ("lie outside the visible part of the page",
                "staan buiten het zichtbare deel van de pagina"),
    "too-small": ("are too small to see (less than 2 points)",
                  "zijn te klein om te zien (kleiner dan 2 punten)"),
}
EN, NL = 0, 1


def _link(language: int) -> Any:
    def words(key: str) -> str:
        if key.startswith("scheme:"):
            return LINKS["scheme"][language].format(key[len("scheme:"):])
        return LINKS[key][language]
    return words


def _damage(language: int) -> Any:
    return lambda kinds: "; ".join(DAMAGE[kind][language] for kind in DAMAGE if kind in kinds)


def _runs(numbers: list[int]) -> str:
    """[1, 2, 3, 5] -> "1-3, 5"."""
    runs: list[str] = []
    start = prev = numbers[0]
    for n in [*numbers[1:], None]:
        if n is not None and n == prev + 1:
            prev = n
            continue
        runs.append(f"{start}" if start == prev else f"{start}-{prev}")
        if n is not None:
            start = prev = n
    return ", ".join(runs)


def _pages_en(numbers: list[int]) -> str:
    return f"{'page' if len(numbers) == 1 else 'pages'} {_runs(numbers)}"


def _pages_nl(numbers: list[int]) -> str:
    return f"{'pagina' if len(numbers) == 1 else 'pagina' + chr(39) + 's'} {_runs(numbers)}"


def _scan_en(pages: tuple[list[int], int]) -> str:
    """The pages without text, of how many: "page 4 (of 9) has" / "pages 1-3 (of 9) have"."""
    numbers, total = pages
    return f"{_pages_en(numbers)} (of {total}) {'has' if len(numbers) == 1 else 'have'}"


def _scan_nl(pages: tuple[list[int], int]) -> str:
    numbers, total = pages
    return f"{_pages_nl(numbers)} (van {total})"


def _thousands_nl(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def _xmp_en(where: int | None) -> str:
    return "the PDF's XMP metadata" if where is None else f"the XMP metadata of page {where}"


def _xmp_nl(where: int | None) -> str:
    return "de XMP-metadata van de PDF" if where is None else f"de XMP-metadata van pagina {where}"


_SPOT_NL = {"top": lambda cm: cm.replace(".", ","), "left": lambda cm: cm.replace(".", ",")}

MESSAGES: dict[str, Message] = {
    "active-content": Message(
        "the PDF contains {kind}; active content is not allowed in a published annex. Export or "
        "print the document to a plain PDF again (without scripts, attachments or forms) and "
        "replace the file",
        "de PDF bevat {kind}; actieve inhoud is niet toegestaan in een gepubliceerde bijlage. "
        "Exporteer of druk het document opnieuw af als gewone PDF (zonder scripts, bijlagen of "
        "formulieren) en vervang het bestand",
        en_parts={"kind": lambda k: ACTIVE[k][EN]}, nl_parts={"kind": lambda k: ACTIVE[k][NL]}),
    "link-target": Message(
        "the PDF contains a link or action that {link}; a published annex may only link to web "
        "pages (http:// or https://), e-mail addresses (mailto:) and its own pages. Remove the "
        "link or make it a normal web address, and export the PDF again",
        "de PDF bevat een link of actie die {link}; een gepubliceerde bijlage mag alleen linken "
        "naar webpagina's (http:// of https://), e-mailadressen (mailto:) en zijn eigen "
        "pagina's. Haal de link weg of maak er een gewoon webadres van, en exporteer de PDF "
        "opnieuw",
        en_parts={"link": _link(EN)}, nl_parts={"link": _link(NL)}),
    "metadata-email": Message(
        "the PDF's document properties (field {field}) hold an e-mail address; remove it with "
        "woo opschonen before publishing",
        "de documenteigenschappen van de PDF (veld {field}) bevatten een e-mailadres; verwijder "
        "dat met woo opschonen voordat je publiceert"),
    "metadata-author": Message(
        "the PDF's document properties (field {field}) name a person or organisation; remove it "
        "with woo opschonen before publishing",
        "de documenteigenschappen van de PDF (veld {field}) noemen een persoon of organisatie; "
        "verwijder dat met woo opschonen voordat je publiceert"),
    # `page`: None for the document's XMP packet, else the number of the page that has one.
    "xmp-email": Message(
        "{page} holds an e-mail address; remove it with woo opschonen before "
        "publishing",
        "{page} bevat een e-mailadres; verwijder dat met woo opschonen voordat je "
        "publiceert",
        en_parts={"page": _xmp_en}, nl_parts={"page": _xmp_nl}),
    "xmp-author": Message(
        "{page} names a person or organisation ({fields}); remove it with "
        "woo opschonen before publishing",
        "{page} noemt een persoon of organisatie ({fields}); verwijder dat met "
        "woo opschonen voordat je publiceert",
        en_parts={"page": _xmp_en, "fields": ", ".join},
        nl_parts={"page": _xmp_nl, "fields": ", ".join}),
    # `top`, `left`: centimetres with a decimal point, as "3.4".
    "hidden-text": Message(
        "page {page}, {top} cm from the top and {left} cm from the left: {words} word(s) "
        "{kind}; they cannot be seen but are still in the file and can be copied or found by "
        "search. Remove the words themselves (covering or hiding them is not enough), for "
        "instance by applying the redaction in the redaction software, and export the PDF "
        "again",
        "pagina {page}, {top} cm van boven en {left} cm van links: {words} woord(en) {kind}; ze "
        "zijn niet te zien maar staan nog in het bestand en zijn te kopiëren of met zoeken te "
        "vinden. Verwijder de woorden zelf (afdekken of verbergen is niet genoeg), bijvoorbeeld "
        "door de lakking in de laksoftware toe te passen, en exporteer de PDF opnieuw",
        en_parts={"kind": lambda k: HIDDEN[k][EN]},
        nl_parts={**_SPOT_NL, "kind": lambda k: HIDDEN[k][NL]}),
    "unreadable-ground": Message(
        "page {page}, {top} cm from the top and {left} cm from the left: {words} legal "
        "ground(s) written on a redaction cannot be read (in the colour of the box, or "
        "covered); the public must see why each passage was withheld: print the ground in a "
        "contrasting colour (white on black) in the redaction software and export the PDF again",
        "pagina {page}, {top} cm van boven en {left} cm van links: {words} weigeringsgrond(en) "
        "op een lakking zijn niet te lezen (in de kleur van het vlak, of afgedekt); het publiek "
        "moet zien waarom elk stuk is weggelakt: zet de grond in een contrasterende kleur (wit "
        "op zwart) in de laksoftware en exporteer de PDF opnieuw",
        nl_parts=_SPOT_NL),
    "unapplied-redaction": Message(
        "{pages}: redaction marks were drawn but never applied, so the text under them is "
        "still there; apply the redactions in the redaction software and export the PDF again",
        "{pages}: lakmarkeringen zijn getekend maar nooit toegepast, dus de tekst eronder staat "
        "er nog; pas de lakkingen toe in de laksoftware en exporteer de PDF opnieuw",
        en_parts={"pages": _pages_en}, nl_parts={"pages": _pages_nl}),
    "earlier-version": Message(
        "the PDF keeps an earlier version of itself (incremental save) holding {words} word(s) "
        "that are no longer visible but can still be read; clean the file with "
        "woo opschonen (it rewrites the file without its history) and check the result",
        "de PDF bevat een eerdere versie van zichzelf (incrementeel opgeslagen) met {words} "
        "woord(en) die niet meer zichtbaar zijn maar nog wel te lezen; schoon het bestand op met "
        "woo opschonen (dat herschrijft het zonder geschiedenis) en controleer het "
        "resultaat"),
    # `pages`: [the page numbers without text, the number of pages].
    "no-text": Message(
        "{pages} no text layer (a scan?): it cannot be searched or read aloud by a screen "
        "reader; run text recognition (OCR) on the PDF",
        "{pages} zonder tekstlaag (een scan?): niet doorzoekbaar en niet voor te lezen door een "
        "schermlezer; laat tekstherkenning (OCR) op de PDF los",
        en_parts={"pages": _scan_en}, nl_parts={"pages": _scan_nl}),
    "page-count": Message(
        "the PDF says it has {declared} pages but holds {pages}; the file is damaged, so viewers "
        "may show it differently. Export or save it as PDF again",
        "de PDF zegt {declared} pagina's te hebben maar bevat er {pages}; het bestand is "
        "beschadigd, dus programma's kunnen het verschillend tonen. Exporteer of bewaar het "
        "opnieuw als PDF",
        en_parts={"declared": "{:,}".format, "pages": "{:,}".format},
        nl_parts={"declared": _thousands_nl, "pages": _thousands_nl}),
    "damaged": Message(
        "the PDF is damaged: {kinds}. The build could still read it, but other PDF viewers may "
        "show it differently or not open it; rewrite it with woo opschonen (it saves "
        "the file anew) and check the result",
        "de PDF is beschadigd: {kinds}. Het bouwen kon hem toch lezen, maar andere PDF-lezers "
        "kunnen hem anders tonen of niet openen; herschrijf hem met woo opschonen (dat "
        "slaat het bestand opnieuw op) en controleer het resultaat",
        en_parts={"kinds": _damage(EN)}, nl_parts={"kinds": _damage(NL)}),
    "restricted": Message(
        "the PDF is encrypted with restrictions (it opens without a password but may block "
        "copying or printing, which hinders reuse and screen readers); clean it with "
        "woo opschonen",
        "de PDF is versleuteld met beperkingen (hij opent zonder wachtwoord maar kan kopiëren of "
        "afdrukken blokkeren, wat hergebruik en schermlezers hindert); schoon hem op met "
        "woo opschonen"),
}
