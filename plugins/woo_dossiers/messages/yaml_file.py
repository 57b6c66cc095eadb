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
