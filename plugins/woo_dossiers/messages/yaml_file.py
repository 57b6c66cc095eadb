"""Messages about reading dossier.yml as YAML: yamlsafe.py."""

from __future__ import annotations

from . import Message

# PyYAML's own words for the commonest mistakes, in Dutch; any other problem is shown
# as PyYAML words it (the parameter holds PyYAML's text, not ours).
YAML_PROBLEMS_NL = {
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


def _thousands_en(number: int) -> str:
    return f"{number:,}"


def _thousands_nl(number: int) -> str:
    return f"{number:,}".replace(",", ".")


MESSAGES: dict[str, Message] = {
    "file-too-big": Message(
        "the file is {size} bytes; at most {limit} are read",
        "het bestand is {size} bytes; er wordt hoogstens {limit} gelezen",
        en_parts={"size": _thousands_en, "limit": _thousands_en},
        nl_parts={"size": _thousands_nl, "limit": _thousands_nl}),
    # `reason`: the operating system's words (strerror).
    "file-unreadable": Message(
        "the file cannot be read ({reason})", "het bestand kan niet worden gelezen ({reason})"),
    "yaml-not-utf8": Message(
        "the file is not UTF-8 text; save it as UTF-8 in your editor",
        "het bestand is geen UTF-8-tekst; sla het in je editor op als UTF-8"),
    "yaml-tab": Message(
        "a tab is used for indentation; indent with spaces",
        "er is ingesprongen met een tab; gebruik spaties"),
    "yaml-control-character": Message(
        "the file contains the control character #x{character}, which YAML does not allow; "
        "remove it",
        "het bestand bevat het stuurteken #x{character}, dat YAML niet toestaat; haal het weg"),
    # What a syntax error most likely means (source/yaml_diagnosis.py), each with what to do.
    "yaml-colon-in-value": Message(
        "the value of '{key}' contains a colon followed by a space, which YAML reads as a new "
        "field; put the whole value in double quotes: {key}: \"...\"",
        "de waarde van '{key}' bevat een dubbele punt met een spatie erna, die YAML leest als "
        "een nieuw veld; zet de hele waarde tussen aanhalingstekens: {key}: \"...\""),
    "yaml-indent-deeper": Message(
        "this line is indented further than line {above}, which already has its value; indent "
        "fields that belong together exactly as far as each other",
        "deze regel springt verder in dan regel {above}, die zijn waarde al heeft; laat velden "
        "die bij elkaar horen precies even ver inspringen"),
    "yaml-indent-uneven": Message(
        "this line is indented {spaces} spaces, which matches none of the lines above it; "
        "indent it exactly as far as the fields or list items (-) it belongs with",
        "deze regel springt {spaces} spaties in, en dat past bij geen van de regels erboven; "
        "laat hem precies even ver inspringen als de velden of lijstregels (-) waar hij bij "
        "hoort"),
    "yaml-missing-colon": Message(
        "a field name on this line has no colon after it; write name: value",
        "op deze regel staat een veldnaam zonder dubbele punt erachter; schrijf naam: waarde"),
    "yaml-not-closed": Message(
        "a quote (\") or bracket ([ or {{) opened on this line is never closed; close it on "
        "the same line",
        "een aanhalingsteken (\") of haakje ([ of {{) dat op deze regel opengaat, wordt nergens "
        "gesloten; sluit het op dezelfde regel"),
    # `problem`: PyYAML's words.
    "yaml-syntax": Message(
        "the YAML cannot be read: {problem}", "de YAML kan niet worden gelezen: {problem}",
        nl_parts={"problem": lambda text: YAML_PROBLEMS_NL.get(text, text)}),
    "yaml-too-deep": Message(
        "the data is nested more than {levels} levels deep",
        "de gegevens zijn meer dan {levels} niveaus diep genest"),
    "yaml-alias": Message(
        "anchors and aliases (& and *) are not supported; write the value out",
        "ankers en verwijzingen (& en *) worden niet ondersteund; schrijf de waarde voluit"),
    "yaml-key-not-plain": Message("keys must be plain names", "veldnamen moeten gewone namen zijn"),
    "yaml-key-twice": Message(
        "the key '{key}' appears twice (lines {first} and {second}); keep one",
        "het veld '{key}' staat er twee keer in (regels {first} en {second}); houd er één"),
    "yaml-tag": Message(
        "the YAML tag '{tag}' is not allowed; write plain text, numbers, dates, lists and "
        "mappings",
        "de YAML-tag '{tag}' is niet toegestaan; schrijf gewone tekst, getallen, datums, "
        "lijsten en groepen velden"),
    "yaml-date-not-real": Message(
        "'{value}' is not a date that exists; write a real date as YYYY-MM-DD",
        "'{value}' is geen bestaande datum; schrijf een echte datum als jjjj-mm-dd"),
    "yaml-value-unreadable": Message("'{value}' cannot be read", "'{value}' kan niet worden gelezen"),
}
