"""Dutch wording of the build's problem messages, for the communications team.

The messages that carry a code are worded from the catalogue in messages/
(`Problem.dutch()`); this table words the ones not moved there yet, by
matching the English message by pattern and filling a Dutch template with the
same parts. It goes once every message has a code (issue 15). A message the
table does not know is shown in English, so a new check is never hidden.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .annex.hidden import KINDS as HIDDEN_KINDS
from .inventory.messages_nl import RULES as _INVENTORY_RULES

Parts = dict[str, str]

_THE_KIND = {"yes/no value": "de ja/nee-waarde", "number": "het getal",
             "empty value": "de lege waarde"}
_KIND = "yes/no value|number|empty value"
_A_KIND = {"yes/no value": "een ja/nee-waarde", "number": "een getal",
           "empty value": "een lege waarde"}
_WANTED = {"text": "tekst", "a whole number": "een geheel getal", "a list": "een lijst",
           "a mapping of fields": "een groep velden (naam: waarde)"}
_PATTERN_HINTS = {
    "a date written as YYYY-MM-DD, e.g. 2021-05-10":
        "geen datum als jjjj-mm-dd, bijvoorbeeld 2021-05-10",
    "a web address starting with https://": "geen webadres dat begint met https://",
    "a PDF file name ending in .pdf": "geen naam van een PDF-bestand (eindigend op .pdf)",
    "a Markdown file name ending in .md":
        "geen naam van een Markdown-bestand (eindigend op .md)",
    "a dossier slug: lower-case letters, digits and hyphens":
        "geen slug: kleine letters, cijfers en koppeltekens",
}
_PDF_REASONS: list[tuple[str, str]] = [
    # annex/intake.py, annex/examine.py, annex/workers.py, annex/reader.py
    (r"the file is empty \(0 bytes\); export or copy the PDF again",
     "het bestand is leeg (0 bytes); exporteer of kopieer de PDF opnieuw"),
    (r"the file is not a PDF but (?P<kind>.+) with a \.pdf name; convert it to PDF "
     r"\(e\.g\. print or export to PDF\) and add that file instead",
     "het bestand is geen PDF maar een ander soort bestand met een naam op .pdf ({kind}); "
     "zet het om naar PDF (bijvoorbeeld afdrukken of exporteren als PDF) en voeg dat "
     "bestand toe"),
    (r"the file is not a PDF \(it does not start with %PDF-\); export the document to PDF "
     r"and add that file instead",
     "het bestand is geen PDF (het begint niet met %PDF-); exporteer het document als PDF "
     "en voeg dat bestand toe"),
    (r"the file does not start with %PDF-: something else comes before the PDF, so a browser "
     r"could open it as another kind of file, such as a web page; export the PDF again and add "
     r"that file instead",
     "het bestand begint niet met %PDF-: er staat iets anders vóór de PDF, zodat een browser "
     "het als een ander soort bestand kan openen, zoals een webpagina; exporteer de PDF "
     "opnieuw en voeg dat bestand toe"),
    (r"the PDF is truncated \(it does not end with %%EOF\): it was probably not copied or "
     r"downloaded completely; copy or export it again",
     "de PDF is afgebroken (hij eindigt niet op %%EOF): waarschijnlijk is hij niet helemaal "
     "gekopieerd of gedownload; kopieer of exporteer hem opnieuw"),
    (r"the PDF is encrypted with a password, so the public cannot open it; publish an "
     r"unencrypted copy",
     "de PDF is met een wachtwoord versleuteld, zodat het publiek hem niet kan openen; "
     "publiceer een onversleutelde kopie"),
    (r"the PDF is damaged and cannot be read \((?P<error>.*)\)",
     "de PDF is beschadigd en kan niet worden gelezen ({error})"),
    (r"the PDF is too large or too complex to read safely \((?P<error>.*)\); a part of it "
     r"unpacks to an enormous size \(a 'decompression bomb' or an oversized image\)\. Export "
     r"it again \(e\.g\. print to PDF\) or split it into several files",
     "de PDF is te groot of te ingewikkeld om veilig te lezen ({error}); een deel ervan pakt "
     "uit tot een enorme omvang (een 'decompressiebom' of een te grote afbeelding). Exporteer "
     "hem opnieuw (bijvoorbeeld afdrukken als PDF) of splits hem in meer bestanden"),
    (r"the PDF has no pages; export the document to PDF again",
     "de PDF heeft geen pagina's; exporteer het document opnieuw als PDF"),
    (r"the PDF is too large to read within the memory limit \((?P<mb>\d+) MB\); export it "
     r"again with smaller images, or split it into several files",
     "de PDF is te groot om te lezen binnen de geheugengrens ({mb} MB); exporteer hem "
     "opnieuw met kleinere afbeeldingen, of splits hem in meer bestanden"),
    (r"the PDF is too large or too complex to read within (?P<s>[\d.]+) seconds; export it "
     r"again \(e\.g\. print to PDF\) or split it into several files",
     "de PDF is te groot of te ingewikkeld om op tijd te lezen ({s} seconden); exporteer "
     "hem opnieuw (bijvoorbeeld afdrukken als PDF) of splits hem in meer bestanden"),
    (r"the PDF reader stopped unexpectedly while reading this file; if it happens again, "
     r"the file is probably damaged: export or save it as PDF again",
     "het lezen van de PDF stopte onverwacht; gebeurt dat opnieuw, dan is het bestand "
     "waarschijnlijk beschadigd: exporteer of bewaar het opnieuw als PDF"),
    (r"the PDF reader stopped unexpectedly while reading this file \((?P<d>.*)\); if it "
     r"happens again, the file is probably damaged: export or save it as PDF again",
     "het lezen van de PDF stopte onverwacht ({d}); gebeurt dat opnieuw, dan is het bestand "
     "waarschijnlijk beschadigd: exporteer of bewaar het opnieuw als PDF"),
    (r"the file cannot be opened \((?P<e>.*)\); check that it exists and can be read",
     "het bestand kan niet worden geopend ({e}); controleer of het bestaat en leesbaar is"),
    (r"it was not read", "het is niet gelezen"),
]
_ELEMENTS = {
    "a script": "een script",
    "an embedded page (iframe)": "een ingesloten pagina (iframe)",
    "an embedded page (frame)": "een ingesloten pagina (frame)",
    "an embedded page (frameset)": "een ingesloten pagina (frameset)",
    "an embedded object": "een ingesloten object",
    "an embedded applet": "een ingesloten applet",
    "a <base> element that changes every link on the page":
        "een <base>-element dat elke link op de pagina verandert",
    "a <meta> element (it can redirect visitors)":
        "een <meta>-element (dat kan bezoekers doorsturen)",
    "a <link> element that loads other files": "een <link>-element dat andere bestanden laadt",
    "a form": "een formulier",
}
# What a file renamed to .pdf really is (annex/intake.py).
# How text is hidden in an annex (annex/hidden.py), by the English words of its message.
_HIDDEN_KINDS_NL = {
    "image": "liggen onder een afbeelding (zoals een zwarte balk)",
    "shape": "liggen onder een vlak (zoals een zwart blok)",
    "annotation": "liggen onder een annotatie die over de pagina is gelegd (een vlak, "
                  "stempel, markering of tekening)",
    "same-colour": "hebben de kleur van wat eronder ligt (zoals witte tekst op wit)",
    "invisible-on-dark": "zijn onzichtbare tekst op een zwart gemaakt deel (de tekstherkenning "
                         "is gedaan voordat de pagina werd gelakt)",
    "invisible-on-blank": "zijn onzichtbare tekst op een leeg deel (de tekstherkenning is gedaan "
                          "voordat de woorden werden weggeschilderd, of er ligt geen scan onder "
                          "de tekst)",
    "hidden-layer": "staan in een laag die uitgeschakeld is",
    "outside": "staan buiten het zichtbare deel van de pagina",
    "too-small": "zijn te klein om te zien (kleiner dan 2 punten)",
}
_HIDDEN_KINDS = {HIDDEN_KINDS[code]: dutch for code, dutch in _HIDDEN_KINDS_NL.items()}


def _decimal_comma(number: str) -> str:
    return number.replace(".", ",")


_FILE_KINDS = {
    "a PNG image": "een PNG-afbeelding", "a JPEG image": "een JPEG-afbeelding",
    "a GIF image": "een GIF-afbeelding", "a TIFF image": "een TIFF-afbeelding",
    "a ZIP archive (perhaps a Word or Excel file)":
        "een ZIP-archief (misschien een Word- of Excel-bestand)",
    "an old Microsoft Office file (.doc or .xls)": "een oud Microsoft Office-bestand (.doc of .xls)",
    "an RTF text document": "een RTF-tekstdocument",
    "a web page (HTML), perhaps an error page saved instead of the download":
        "een webpagina (HTML), misschien een foutpagina die is bewaard in plaats van de download",
}
# Kinds of active content (annex/active.py).
_ACTIVE_KINDS = {
    "JavaScript (a script that can run when the file is opened or clicked)":
        "JavaScript (een script dat kan draaien bij openen of klikken)",
    "an action that runs when the file is opened": "een actie die draait bij het openen",
    "actions triggered by opening pages or fields (/AA)":
        "acties die starten bij het openen van pagina's of velden (/AA)",
    "a Launch action (it can start another program)":
        "een Launch-actie (die kan een ander programma starten)",
    "an embedded file (an attachment hidden inside the PDF)":
        "een ingesloten bestand (een bijlage verstopt in de PDF)",
    "an XFA form (a form with its own program logic)":
        "een XFA-formulier (een formulier met een eigen programma)",
}
# Links and actions that leave an annex (annex/links.py).
_LINK_KINDS = {
    "opens another file (a GoToR action)": "een ander bestand opent (een GoToR-actie)",
    "opens a file embedded in another PDF (a GoToE action)":
        "een bestand opent dat in een andere PDF zit (een GoToE-actie)",
    "imports data from another file (an ImportData action)":
        "gegevens uit een ander bestand inleest (een ImportData-actie)",
    "sends form fields to an address (a SubmitForm action)":
        "formuliervelden naar een adres verstuurt (een SubmitForm-actie)",
    "clears form fields (a ResetForm action)": "formuliervelden leegmaakt (een ResetForm-actie)",
    "leads to an address without http://, https:// or mailto: (a browser would look for it on "
    "this website's server)":
        "naar een adres zonder http://, https:// of mailto: leidt (een browser zoekt dat op de "
        "server van deze website)",
}
# Damage pypdf repaired to read an annex (annex/damage.py).
_DAMAGE_KINDS = {
    "its cross-reference table (the index of its parts) refers back to itself in a loop":
        "de kruisverwijzingstabel (de inhoudsopgave van de onderdelen) verwijst in een kring "
        "naar zichzelf",
    "the pointer to its cross-reference table (startxref) is wrong":
        "de verwijzing naar de kruisverwijzingstabel (startxref) klopt niet",
    "its cross-reference table (the index of its parts) is wrong or incomplete, so it had to "
    "be rebuilt":
        "de kruisverwijzingstabel (de inhoudsopgave van de onderdelen) klopt niet of is "
        "onvolledig en moest opnieuw worden opgebouwd",
    "its cross-reference stream (the compressed index of its parts) is broken or claims more "
    "entries than it holds":
        "de gecomprimeerde kruisverwijzingstabel (cross-reference stream) is kapot of belooft "
        "meer dan erin staat",
    "its catalog (the starting point of the document) is missing or wrong":
        "de catalogus (het beginpunt van het document) ontbreekt of klopt niet",
    "its bookmarks (outline) refer back to themselves in a loop":
        "de bladwijzers (outline) verwijzen in een kring naar zichzelf",
}


def _link_nl(text: str) -> str:
    scheme = re.fullmatch(r"leads to a '(.+):' address instead of a web page or e-mail address",
                          text)
    if scheme:
        return f"naar een '{scheme[1]}:'-adres leidt in plaats van naar een webpagina of e-mailadres"
    return _LINK_KINDS.get(text, text)


def _damage_nl(text: str) -> str:
    return "; ".join(_DAMAGE_KINDS.get(part, part) for part in text.split("; "))


def _pages_nl(text: str) -> str:
    """"page 4" -> "pagina 4"; "pages 1-3, 5" -> "pagina's 1-3, 5"."""
    return re.sub(r"^pages? ", lambda m: "pagina's " if m[0] == "pages " else "pagina ", text)


def _xmp_label(text: str) -> str:
    if text == "the PDF's XMP metadata":
        return "de XMP-metadata van de PDF"
    return "de XMP-metadata van pagina " + text.rsplit(" ", 1)[-1]


_YAML_PROBLEMS = {
    "mapping values are not allowed here":
        "hier mag geen 'naam: waarde' staan (staat er een dubbele punt in een tekst zonder "
        "aanhalingstekens?)",
    "could not find expected ':'": "er ontbreekt een dubbele punt (:) na een veldnaam",
    "expected <block end>, but found '<block sequence start>'":
        "een lijstregel (-) staat niet goed ingesprongen",
    "expected <block end>, but found '-'": "een lijstregel (-) staat niet goed ingesprongen",
    "found unexpected end of stream": "het bestand houdt midden in een waarde op",
    "found character '\\t' that cannot start any token": "er staat een tab; gebruik spaties",
}


def _read_as(text: str) -> str:
    """"YAML read 'no' as the yes/no value false" and its siblings."""
    match = re.fullmatch(rf"YAML read (?P<raw>'.*') as the (?P<kind>{_KIND}) (?P<shown>.*)", text)
    if match:
        kind = _THE_KIND.get(match["kind"], match["kind"])
        return f"YAML las {match['raw']} als {kind} {match['shown']}"
    match = re.fullmatch(rf"YAML read (?P<shown>.*) as a (?P<kind>{_KIND})", text)
    if match:
        return f"YAML las {match['shown']} als {_A_KIND.get(match['kind'], match['kind'])}"
    if text == "found a mapping":
        return "er staat een groep velden"
    if text == "found a list":
        return "er staat een lijst"
    if text.startswith("found "):
        return f"er staat {text[len('found '):]}"
    return text


def _quote_hint(text: str | None) -> str:
    if not text:
        return ""
    return "; zet het tussen aanhalingstekens: " + text[len("; put it in quotes: "):]


def _table(rows: dict[str, Parts]) -> Callable[[str], str]:
    return lambda key: rows.get(key, key)  # type: ignore[return-value]


def _and(text: str) -> str:
    return text.replace(" and ", " en ")


# (English pattern, Dutch template, converters for parts that are English words).
_RULES: list[tuple[str, str, dict[str, Callable[[str], str]]]] = [
    # schema.py
    (r"the required field '(?P<f>.+)' is missing", "het verplichte veld '{f}' ontbreekt", {}),
    (r"unknown field '(?P<f>.+)'; expected one of: (?P<known>.+)",
     "onbekend veld '{f}'; toegestaan zijn: {known}", {}),
    (r"(?P<read>.+) is not allowed; expected one of: (?P<allowed>.+)",
     "{read} niet toegestaan; kies een van: {allowed}",
     {"read": lambda t: f"{t} is" if t.startswith("'") else f"{_read_as(t)}: dat is"}),
    (r"expected (?P<wanted>text|a whole number|a list|a mapping of fields|\S+), but "
     r"(?P<read>.+?)(?P<hint>; put it in quotes: .*)?",
     "verwacht {wanted}, maar {read}{hint}",
     {"wanted": _table(_WANTED), "read": _read_as, "hint": _quote_hint}),
    (r"'(?P<v>.*)' is not a date that exists; expected YYYY-MM-DD",
     "'{v}' is geen bestaande datum; schrijf jjjj-mm-dd", {}),
    (r"'(?P<v>.*)' is not (?P<hint>" + "|".join(map(re.escape, _PATTERN_HINTS)) + ")",
     "'{v}' is {hint}", {"hint": _table(_PATTERN_HINTS)}),
    (r"must not be empty", "mag niet leeg zijn", {}),
    (r"must list at least one entry", "moet minstens één waarde noemen", {}),
    (r"lists the same value twice", "noemt dezelfde waarde twee keer", {}),
    (r"(?P<v>.+) is too small; item numbers start at 1",
     "{v} is te klein; onderdelen tellen vanaf 1", {}),
    (r"expected an item number or a list of numbers such as \[8, 9\], but "
     r"(?P<read>.+?)(?P<hint>; put it in quotes: .*)?",
     "verwacht een nummer van een onderdeel of een lijst nummers zoals [8, 9], maar "
     "{read}{hint}", {"read": _read_as, "hint": _quote_hint}),
    (r"expected the slug of a dossier on this site \(lower-case letters, digits, hyphens\) "
     r"or a mapping with title and url, but (?P<read>.+)",
     "verwacht de slug van een dossier op deze site (kleine letters, cijfers, koppeltekens) "
     "of een groep met title en url, maar {read}", {"read": _read_as}),
    # annex/: findings about an annex's content
    (r"the PDF contains (?P<kind>.+); active content is not allowed in a published annex\. "
     r"Export or print the document to a plain PDF again \(without scripts, attachments or "
     r"forms\) and replace the file",
     "de PDF bevat {kind}; actieve inhoud is niet toegestaan in een gepubliceerde bijlage. "
     "Exporteer of druk het document opnieuw af als gewone PDF (zonder scripts, bijlagen of "
     "formulieren) en vervang het bestand", {"kind": lambda k: _ACTIVE_KINDS.get(k, k)}),
    (r"the PDF contains a link or action that (?P<what>.+); a published annex may only link to "
     r"web pages \(http:// or https://\), e-mail addresses \(mailto:\) and its own pages\. "
     r"Remove the link or make it a normal web address, and export the PDF again",
     "de PDF bevat een link of actie die {what}; een gepubliceerde bijlage mag alleen linken "
     "naar webpagina's (http:// of https://), e-mailadressen (mailto:) en zijn eigen pagina's. "
     "Haal de link weg of maak er een gewoon webadres van, en exporteer de PDF opnieuw",
     {"what": _link_nl}),
    (r"the PDF's document properties \(field (?P<f>.+)\) hold an e-mail address; remove it "
     r"with scripts/clean_annex\.py before publishing",
     "de documenteigenschappen van de PDF (veld {f}) bevatten een e-mailadres; verwijder dat "
     "met scripts/clean_annex.py voordat je publiceert", {}),
    (r"the PDF's document properties \(field (?P<f>.+)\) name a person or organisation; "
     r"remove it with scripts/clean_annex\.py before publishing",
     "de documenteigenschappen van de PDF (veld {f}) noemen een persoon of organisatie; "
     "verwijder dat met scripts/clean_annex.py voordat je publiceert", {}),
    (r"(?P<label>the PDF's XMP metadata|the XMP metadata of page \d+) holds an e-mail "
     r"address; remove it with scripts/clean_annex\.py before publishing",
     "{label} bevat een e-mailadres; verwijder dat met scripts/clean_annex.py voordat je "
     "publiceert", {"label": _xmp_label}),
    (r"(?P<label>the PDF's XMP metadata|the XMP metadata of page \d+) names a person or "
     r"organisation \((?P<fields>.+)\); remove it with scripts/clean_annex\.py before "
     r"publishing",
     "{label} noemt een persoon of organisatie ({fields}); verwijder dat met "
     "scripts/clean_annex.py voordat je publiceert", {"label": _xmp_label}),
    (r"page (?P<p>\d+), (?P<top>[\d.]+) cm from the top and (?P<left>[\d.]+) cm from the "
     r"left: (?P<n>\d+) word\(s\) (?P<kind>.+?); they cannot be seen but are still in the "
     r"file and can be copied or found by search\. Remove the words themselves \(covering or "
     r"hiding them is not enough\), for instance by applying the redaction in the redaction "
     r"software, and export the PDF again",
     "pagina {p}, {top} cm van boven en {left} cm van links: {n} woord(en) {kind}; ze zijn "
     "niet te zien maar staan nog in het bestand en zijn te kopiëren of met zoeken te vinden. "
     "Verwijder de woorden zelf (afdekken of verbergen is niet genoeg), bijvoorbeeld door de "
     "lakking in de laksoftware toe te passen, en exporteer de PDF opnieuw",
     {"kind": lambda k: _HIDDEN_KINDS.get(k, k), "top": _decimal_comma,
      "left": _decimal_comma}),
    (r"page (?P<p>\d+), (?P<top>[\d.]+) cm from the top and (?P<left>[\d.]+) cm from the "
     r"left: (?P<n>\d+) legal ground\(s\) written on a redaction cannot be read \(in the "
     r"colour of the box, or covered\); the public must see why each passage was withheld: "
     r"print the ground in a contrasting colour \(white on black\) in the redaction software "
     r"and export the PDF again",
     "pagina {p}, {top} cm van boven en {left} cm van links: {n} weigeringsgrond(en) op een "
     "lakking zijn niet te lezen (in de kleur van het vlak, of afgedekt); het publiek moet "
     "zien waarom elk stuk is weggelakt: zet de grond in een contrasterende kleur (wit op "
     "zwart) in de laksoftware en exporteer de PDF opnieuw",
     {"top": _decimal_comma, "left": _decimal_comma}),
    (r"(?P<pages>pages? [\d, -]+): redaction marks were drawn but never applied, so the text "
     r"under them is still there; apply the redactions in the redaction software and export "
     r"the PDF again",
     "{pages}: lakmarkeringen zijn getekend maar nooit toegepast, dus de tekst eronder staat "
     "er nog; pas de lakkingen toe in de laksoftware en exporteer de PDF opnieuw",
     {"pages": _pages_nl}),
    (r"the PDF keeps an earlier version of itself \(incremental save\) holding (?P<n>\d+) "
     r"word\(s\) that are no longer visible but can still be read; clean the file with "
     r"scripts/clean_annex\.py \(it rewrites the file without its history\) and check the "
     r"result",
     "de PDF bevat een eerdere versie van zichzelf (incrementeel opgeslagen) met {n} "
     "woord(en) die niet meer zichtbaar zijn maar nog wel te lezen; schoon het bestand op met "
     "scripts/clean_annex.py (dat herschrijft het zonder geschiedenis) en controleer het "
     "resultaat", {}),
    (r"(?P<pages>pages? [\d, -]+) \(of (?P<total>\d+)\) (?:has|have) no text layer \(a "
     r"scan\?\): it cannot be searched or read aloud by a screen reader; run text "
     r"recognition \(OCR\) on the PDF",
     "{pages} (van {total}) zonder tekstlaag (een scan?): niet doorzoekbaar en niet voor te "
     "lezen door een schermlezer; laat tekstherkenning (OCR) op de PDF los",
     {"pages": _pages_nl}),
    (r"the PDF says it has (?P<d>[\d,]+) pages but holds (?P<n>[\d,]+); the file is damaged, "
     r"so viewers may show it differently\. Export or save it as PDF again",
     "de PDF zegt {d} pagina's te hebben maar bevat er {n}; het bestand is beschadigd, dus "
     "programma's kunnen het verschillend tonen. Exporteer of bewaar het opnieuw als PDF",
     {"d": lambda t: t.replace(",", "."), "n": lambda t: t.replace(",", ".")}),
    (r"the PDF is damaged: (?P<what>.+)\. The build could still read it, but other PDF viewers "
     r"may show it differently or not open it; rewrite it with scripts/clean_annex\.py \(it "
     r"saves the file anew\) and check the result",
     "de PDF is beschadigd: {what}. Het bouwen kon hem toch lezen, maar andere PDF-lezers "
     "kunnen hem anders tonen of niet openen; herschrijf hem met scripts/clean_annex.py (dat "
     "slaat het bestand opnieuw op) en controleer het resultaat", {"what": _damage_nl}),
    (r"the PDF is encrypted with restrictions \(it opens without a password but may block "
     r"copying or printing, which hinders reuse and screen readers\); clean it with "
     r"scripts/clean_annex\.py",
     "de PDF is versleuteld met beperkingen (hij opent zonder wachtwoord maar kan kopiëren of "
     "afdrukken blokkeren, wat hergebruik en schermlezers hindert); schoon hem op met "
     "scripts/clean_annex.py", {}),
    (r"'(?P<f>.+)' cannot be published: (?P<why>.+)",
     "'{f}' kan niet worden gepubliceerd: {why}", {"why": lambda t: translate(t, _PDF_RULES)}),
    # yamlsafe.py
    (r"the file is (?P<n>[\d,]+) bytes; at most (?P<m>[\d,]+) are read",
     "het bestand is {n} bytes; er wordt hoogstens {m} gelezen",
     {"n": lambda t: t.replace(",", "."), "m": lambda t: t.replace(",", ".")}),
    (r"the file is not UTF-8 text; save it as UTF-8 in your editor",
     "het bestand is geen UTF-8-tekst; sla het in je editor op als UTF-8", {}),
    (r"a tab is used for indentation; indent with spaces",
     "er is ingesprongen met een tab; gebruik spaties", {}),
    (r"the YAML cannot be read: (?P<p>.+)", "de YAML kan niet worden gelezen: {p}",
     {"p": lambda t: _YAML_PROBLEMS.get(t, t)}),
    (r"the data is nested more than (?P<n>\d+) levels deep",
     "de gegevens zijn meer dan {n} niveaus diep genest", {}),
    (r"anchors and aliases \(& and \*\) are not supported; write the value out",
     "ankers en verwijzingen (& en *) worden niet ondersteund; schrijf de waarde voluit", {}),
    (r"keys must be plain names", "veldnamen moeten gewone namen zijn", {}),
    (r"the key '(?P<k>.+)' appears twice \(lines (?P<a>\d+) and (?P<b>\d+)\); keep one",
     "het veld '{k}' staat er twee keer in (regels {a} en {b}); houd er één", {}),
    (r"the YAML tag '(?P<t>.+)' is not allowed; write plain text, numbers, dates, lists and "
     r"mappings",
     "de YAML-tag '{t}' is niet toegestaan; schrijf gewone tekst, getallen, datums, lijsten en "
     "groepen velden", {}),
    (r"the file contains the control character #x(?P<c>[0-9a-f]+), which YAML does not allow; "
     r"remove it",
     "het bestand bevat het stuurteken #x{c}, dat YAML niet toestaat; haal het weg", {}),
    (r"the file cannot be read \((?P<e>.+)\)", "het bestand kan niet worden gelezen ({e})", {}),
    # sanitise.py
    (r"<(?P<tag>[a-z0-9]+)> is not allowed in a published text: it is (?P<what>.+); remove it "
     r"\(text, links, lists and tables are fine\)",
     "<{tag}> mag niet in een gepubliceerde tekst: het is {what}; haal het weg (tekst, links, "
     "lijsten en tabellen mogen wel)", {"what": _table(_ELEMENTS)}),
    (r"the event-handler attribute '(?P<a>[^']+)'(?P<on> on <[a-z0-9]+>)? is not allowed "
     r"\(it runs a script in the visitor's browser\); remove it",
     "het attribuut '{a}'{on} is niet toegestaan (het start een script in de browser van de "
     "bezoeker); haal het weg", {"on": lambda t: t.replace(" on ", " bij ")}),
    (r"a link or source starting with '(?P<s>.+)' is not allowed \(it can run a script in the "
     r"visitor's browser\); link to a web address starting with https:// instead",
     "een link of bron die begint met '{s}' is niet toegestaan (die kan een script starten in "
     "de browser van de bezoeker); link naar een webadres dat begint met https://", {}),
    (r"the Markdown cannot be rendered \((?P<e>.+)\); look for very deep nesting \(lists, "
     r"quotes\) or unusual characters",
     "de Markdown kan niet worden omgezet ({e}); zoek naar heel diep geneste lijsten of "
     "citaten, of naar ongebruikelijke tekens", {}),
    (r"'(?P<v>.*)' is not a date that exists; write a real date as YYYY-MM-DD",
     "'{v}' is geen bestaande datum; schrijf een echte datum als jjjj-mm-dd", {}),
    (r"'(?P<v>.*)' cannot be read", "'{v}' kan niet worden gelezen", {}),
]

_RULES += _INVENTORY_RULES  # the inventory's own messages live beside its code

Rule = tuple[re.Pattern[str], str, dict[str, Callable[[str], str]]]
_COMPILED: list[Rule] = [(re.compile(p, re.DOTALL), t, c) for p, t, c in _RULES]
_PDF_RULES: list[Rule] = [(re.compile(p), t, {"kind": lambda k: _FILE_KINDS.get(k, k)})
                          for p, t in _PDF_REASONS]


def translate(message: str, rules: list[Rule] | None = None) -> str:
    """The Dutch wording of `message`, or `message` itself when no rule knows it."""
    for pattern, template, converters in _COMPILED if rules is None else rules:
        match = pattern.fullmatch(message)
        if match:
            parts = {name: converters.get(name, str)(value or "") if value is not None else ""
                     for name, value in match.groupdict().items()}
            return template.format(**parts)
    return message


def translate_field(field: str) -> str:
    """`items[13].grounds[0] (item 8 and 9)` -> `items[13].grounds[0] (onderdeel 8 en 9)`."""
    match = re.fullmatch(r"(?P<path>.*) \(item (?P<numbers>.+)\)", field)
    if not match:
        return field
    return f"{match['path']} (onderdeel {_and(match['numbers'])})"


def is_known(message: str) -> bool:
    return any(pattern.fullmatch(message) for pattern, _, _ in _COMPILED)
