"""Messages about a dossier's folder and fields: loader.py, validate.py, status.py, cases.py,
placeholders.py."""

from __future__ import annotations

from ..model.outcomes import OUTCOMES, WITHHOLDING
from . import Message


def _names(values: object, none: str) -> str:
    """A sorted list of names, or `none` when there are none (values: any iterable)."""
    names = sorted(str(value) for value in values)  # type: ignore[attr-defined]
    return ", ".join(names) if names else none


def _names_en(values: object) -> str:
    return _names(values, "(none listed)")


def _names_nl(values: object) -> str:
    return _names(values, "(geen)")


def _item_has(numbers: str) -> str:
    return f"item {numbers} has" if " en " not in numbers else f"items {numbers} have"


def _item_heeft(numbers: str) -> str:
    return f"onderdeel {numbers} heeft" if " en " not in numbers else f"onderdelen {numbers} hebben"


MESSAGES: dict[str, Message] = {
    # placeholders.py
    "placeholder": Message("still to be filled in: {text}", "nog in te vullen: {text}"),
    # loader.py
    "slug-taken": Message(
        "the slug '{slug}' is already used by {other}/; slugs must be unique across all folders",
        "de slug '{slug}' wordt al gebruikt door {other}/; een slug moet uniek zijn in alle "
        "mappen"),
    "slug-invalid": Message(
        "the folder name '{slug}' is not a valid slug; expected lower-case letters, digits and "
        "hyphens, e.g. {example}",
        "de mapnaam '{slug}' is geen geldige slug; gebruik kleine letters, cijfers en "
        "koppeltekens, bijvoorbeeld {example}"),
    "folder-symlink": Message(
        "'{path}' is a symbolic link; a dossier must be a real folder with real files in the "
        "repository (a link could publish files from elsewhere)",
        "'{path}' is een snelkoppeling (symbolische link); een dossier moet een echte map met "
        "echte bestanden in de repository zijn (via een link kunnen bestanden van elders op de "
        "site komen)"),
    "top-not-mapping": Message(
        "expected a mapping of fields (title:, organisation:, ...) at the top",
        "bovenaan worden velden verwacht (title:, organisation:, ...)"),
    "letter-not-utf8": Message(
        "the letter is not UTF-8 text; save it as UTF-8",
        "de brief is geen UTF-8-tekst; sla hem op als UTF-8"),
    # validate.py: dates
    "decided-before-received": Message(
        "the decision date {decided} is before the request was received ({received})",
        "de besluitdatum {decided} ligt vóór de ontvangst van het verzoek ({received})"),
    "adjourned-outside": Message(
        "the adjournment date {adjourned} must lie between received ({received}) and decided "
        "({decided})",
        "de verdagingsdatum {adjourned} moet liggen tussen ontvangst ({received}) en besluit "
        "({decided})"),
    "published-before-decided": Message(
        "the publication date {published} is before the decision date ({decided})",
        "de publicatiedatum {published} ligt vóór de besluitdatum ({decided})"),
    "published-before-waiting-period": Message(
        "publication on {published} comes sooner than the law allows: a third party is expected "
        "to object, so the documents may be published from {earliest}, two weeks after the "
        "decision of {decided} (Woo art. 4.4 lid 5); set dates.published to that day or later",
        "publicatie op {published} is eerder dan de wet toestaat: een derde heeft naar "
        "verwachting bezwaar, dus de documenten mogen pas vanaf {earliest} openbaar, twee weken "
        "na het besluit van {decided} (artikel 4.4, vijfde lid, Woo); zet dates.published op "
        "die dag of later"),
    "updated-before-published": Message(
        "the change date {updated} is before the publication date ({published})",
        "de wijzigingsdatum {updated} ligt vóór de publicatiedatum ({published})"),
    "period-reversed": Message(
        "the period starts ({start}) after it ends ({end})",
        "de periode begint ({start}) na het einde ({end})"),
    "suspension-reversed": Message(
        "the suspension ends ({end}) on or before the day it starts ({start}); 'from' is the "
        "day the requester was told, 'to' the last day suspended",
        "de opschorting eindigt ({end}) op of vóór de dag waarop ze begint ({start}); 'from' is "
        "de dag waarop de verzoeker het hoorde, 'to' de laatste opgeschorte dag"),
    "suspension-outside": Message(
        "the suspension from {start} to {end} must lie between received ({received}) and "
        "decided ({decided})",
        "de opschorting van {start} tot {end} moet liggen tussen ontvangst ({received}) en "
        "besluit ({decided})"),
    "suspensions-overlap": Message(
        "this suspension starts ({start}) before {other} ends ({end}); a day is suspended once",
        "deze opschorting begint ({start}) voordat {other} eindigt ({end}); een dag wordt maar "
        "één keer opgeschort"),
    # validate.py: the law
    "law-not-in-force": Message(
        "a decision of {decided} falls under the {expected} (the Woo applies to every decision "
        "from {start}); the dossier says {law}: correct it, or say why in law_reason",
        "een besluit van {decided} valt onder de {expected} (de Woo geldt voor elk besluit vanaf "
        "{start}); het dossier noemt de {law}: verbeter dat, of leg in law_reason uit waarom"),
    "law-reason-unneeded": Message(
        "law_reason is only for a law that differs from the decision date; the {law} is the "
        "law of a decision of {decided}, so the reason can go",
        "law_reason is alleen voor een wet die afwijkt van de besluitdatum; de {law} is de wet "
        "van een besluit van {decided}, dus de reden kan weg"),
    # validate.py: items
    "item-twice": Message(
        "item {number} is listed twice (also at {at}); list each number once",
        "onderdeel {number} staat er twee keer in (ook bij {at}); noem elk nummer één keer"),
    "outcome-needs": Message(
        "outcome '{outcome}' ({label}) needs {fields}; expected {need}",
        "uitkomst '{outcome}' ({label}) vraagt om {fields}; verwacht: {need}",
        en_parts={"fields": " or ".join, "need": lambda key: OUTCOMES[key].expected},
        nl_parts={"fields": " of ".join, "need": lambda key: OUTCOMES[key].expected_nl}),
    "grounds-not-withheld": Message(
        f"grounds apply only when information is withheld ({' or '.join(WITHHOLDING)}), "
        "not to '{outcome}'",
        f"weigeringsgronden horen alleen bij weigeren ({' of '.join(WITHHOLDING)}), "
        "niet bij '{outcome}'"),
    "ground-other-law": Message(
        "'{ground}' is a ground of the {other}, but this dossier is decided under the {law}; "
        "use one of: {grounds}",
        "'{ground}' is een weigeringsgrond uit de {other}, maar dit besluit valt onder de {law}; "
        "kies een van: {grounds}",
        en_parts={"grounds": _names_en}, nl_parts={"grounds": _names_nl}),
    "ground-unknown": Message(
        "'{ground}' is not a ground of the {law}; expected one of: {grounds}",
        "'{ground}' is geen weigeringsgrond uit de {law}; kies een van: {grounds}",
        en_parts={"grounds": _names_en}, nl_parts={"grounds": _names_nl}),
    "document-not-annex": Message(
        "'{document}' is not one of this dossier's annexes; list it under annexes or use one "
        "of: {annexes}",
        "'{document}' is geen bijlage van dit dossier; zet het onder annexes of kies een van: "
        "{annexes}",
        en_parts={"annexes": _names_en}, nl_parts={"annexes": _names_nl}),
    # `numbers` is "3" or "8 en 9" (as the "Ad" heading writes them) in both languages.
    "item-no-answer": Message(
        "{item} no answer: add 'answer:' here or a section '## Ad {numbers}' to {letter}",
        "{item} geen antwoord: vul hier 'answer:' in of maak een kopje '## Ad {numbers}' in "
        "{letter}",
        en_parts={"item": _item_has}, nl_parts={"item": _item_heeft}),
    "section-not-listed": Message(
        "the section '{heading}' answers item {numbers}, which is not listed under items in "
        "dossier.yml",
        "het kopje '{heading}' beantwoordt onderdeel {numbers}, maar dat staat niet onder items "
        "in dossier.yml"),
    # loader.py: an annex the reader refused; `reason` is the Refusal (messages/refusal.py),
    # or a plain English str from a reader that gives no code.
    "annex-refused": Message(
        "'{file}' cannot be published: {reason}", "'{file}' kan niet worden gepubliceerd: {reason}",
        nl_parts={"reason": lambda reason: reason.dutch() if hasattr(reason, "dutch") else reason}),
    # validate.py: annexes and files
    "annex-twice": Message(
        "'{name}' is listed twice (also at {at})",
        "'{name}' staat er twee keer in (ook bij {at})"),
    "annex-not-listed": Message(
        "the folder holds '{name}', which is not listed under annexes; list it (with a title) "
        "or remove the file",
        "in de map staat '{name}', maar dat staat niet onder annexes; zet het erbij (met een "
        "titel) of haal het bestand weg"),
    "file-with-path": Message(
        "'{name}' must be a file name in the dossier's own folder, without a path",
        "'{name}' moet een bestandsnaam in de eigen dossiermap zijn, zonder pad"),
    "file-symlink": Message(
        "'{name}' is a symbolic link; put the real file in the dossier folder",
        "'{name}' is een snelkoppeling (symbolische link); zet het echte bestand in de "
        "dossiermap"),
    "file-missing": Message(
        "'{name}' does not exist in {folder}/; add the file or correct the name",
        "'{name}' bestaat niet in {folder}/; voeg het bestand toe of verbeter de naam"),
    # validate.py: references
    "reuses-itself": Message(
        "a dossier cannot reuse itself", "een dossier kan niet zichzelf hergebruiken"),
    "reuses-unknown": Message(
        "no dossier '{slug}' exists on this site; use the slug of an existing dossier or "
        "{{title, url}} for a decision published elsewhere",
        "er is geen dossier '{slug}' op deze site; gebruik de slug van een bestaand dossier of "
        "{{title, url}} voor een besluit dat elders is gepubliceerd"),
    # status.py
    "status-needs-reason": Message(
        "status '{status}' needs status_reason: a sentence for visitors on why the decision was "
        "withdrawn or replaced",
        "status '{status}' vraagt om status_reason: een zin voor bezoekers over waarom het "
        "besluit is ingetrokken of vervangen"),
    "reason-without-status": Message(
        "status_reason is only used with status: withdrawn or replaced",
        "status_reason hoort alleen bij status: withdrawn of replaced"),
    "replaced-needs-successor": Message(
        "status 'replaced' needs replaced_by: the slug of the dossier that replaces this one",
        "status 'replaced' vraagt om replaced_by: de slug van het dossier dat dit besluit "
        "vervangt"),
    "successor-without-replaced": Message(
        "replaced_by is only used with status: replaced",
        "replaced_by hoort alleen bij status: replaced"),
    "replaces-itself": Message(
        "a dossier cannot replace itself", "een dossier kan niet zichzelf vervangen"),
    "withdrawal-reason-unknown": Message(
        "'{reason}' is not a reason to withdraw '{file}'; expected one of {reasons}",
        "'{reason}' is geen reden om '{file}' in te trekken; kies uit {reasons}",
        en_parts={"reasons": ", ".join}, nl_parts={"reasons": ", ".join}),
    "withdrawn-before-decision": Message(
        "'{file}' is withdrawn on {date}, before the decision of {decided}; a document can "
        "only be withdrawn after it was published",
        "'{file}' is ingetrokken op {date}, voor het besluit van {decided}; een document kan "
        "pas worden ingetrokken nadat het is gepubliceerd"),
    "withdrawn-file-present": Message(
        "'{file}' is withdrawn but still in the folder; delete the file (see the guide for "
        "removing it from the history too)",
        "'{file}' is ingetrokken maar staat nog in de map; verwijder het bestand (de "
        "handleiding zegt hoe het ook uit de geschiedenis verdwijnt)"),
    # cases.py: a request decided in parts
    "case-part-twice": Message(
        "part {part} of request '{case}' is also {other}; give each part its own number",
        "deelbesluit {part} van verzoek '{case}' is ook {other}; geef elk deelbesluit een eigen "
        "nummer"),
    "case-part-above-total": Message(
        "part {part} of request '{case}' is above its total of {parts} parts (case.parts in "
        "{other}); correct the number or the total",
        "deelbesluit {part} van verzoek '{case}' ligt boven het totaal van {parts} "
        "deelbesluiten (case.parts in {other}); verbeter het nummer of het totaal"),
    # No value of either part: the public build's log shows a part that is not public yet.
    "case-disagrees": Message(
        "the parts of request '{case}' disagree on {field}: this part gives another value than "
        "{other}; every part of one request has the same",
        "de deelbesluiten van verzoek '{case}' verschillen in {field}: dit deelbesluit geeft "
        "een andere waarde dan {other}; elk deelbesluit van één verzoek heeft hetzelfde"),
    "case-item-twice": Message(
        "item {number} of request '{case}' is already decided in {other}; each item is decided "
        "in one part (the others show it as decided there)",
        "onderdeel {number} van verzoek '{case}' is al beslist in {other}; elk onderdeel wordt "
        "in één deelbesluit beslist (de andere tonen het als daar beslist)"),
    "case-part-missing": Message(
        "request '{case}' has no part {missing} on this site; check the id and part numbers "
        "(case.id, case.part)",
        "verzoek '{case}' heeft geen deelbesluit {missing} op deze site; controleer de naam en "
        "de nummers (case.id, case.part)"),
    "case-part-order": Message(
        "part {part} of request '{case}' is decided before part {other_part}; number the parts "
        "in the order they were decided",
        "deelbesluit {part} van verzoek '{case}' is eerder genomen dan deelbesluit {other_part}; "
        "nummer de deelbesluiten in de volgorde waarin ze zijn genomen"),
    "case-number-too-large": Message(
        "{value} is too large: a request is decided in at most {maximum} parts",
        "{value} is te groot: een verzoek wordt in ten hoogste {maximum} deelbesluiten beslist"),
    "case-single-part": Message(
        "request '{case}' is decided in one part only (case.parts: 1); a decision on the whole "
        "request needs no case",
        "verzoek '{case}' is in één deel beslist (case.parts: 1); een besluit op het hele "
        "verzoek heeft geen case nodig"),
    "successor-unknown": Message(
        "no dossier '{slug}' exists on this site; replaced_by names the slug of the dossier "
        "that replaces this one",
        "er is geen dossier '{slug}' op deze site; replaced_by noemt de slug van het dossier dat "
        "dit besluit vervangt"),
}
