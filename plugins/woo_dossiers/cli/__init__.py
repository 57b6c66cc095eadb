"""`woo`: the communications team's command, installed by the README's set-up.

    woo nieuw        begin een nieuw dossier                     (new)
    woo controleer   controleer dossiers zonder de site te bouwen (check)
    woo importeer    maak een concept-dossier van een besluit-PDF (import)
    woo opschonen    schoon bijlagen op vóór publicatie           (clean)
    woo bouw         bouw de site zoals CI dat doet (strikt)     (build)
    woo bekijk       bekijk de site in de browser terwijl je werkt (serve)

Each command is a module of this package with a `main(argv, prog)`; Dutch verbs, with
English aliases. Everything it prints is Dutch; a mistake is a sentence, never a traceback.
"""

from __future__ import annotations

import importlib
import sys

from .dutch_argparse import speak_dutch

# command -> (module, what it does); aliases point at a command.
COMMANDS = {
    "nieuw": ("nieuw", "begin een nieuw dossier (map met dossier.yml en decision.md)"),
    "controleer": ("controleer", "controleer dossiers zonder de site te bouwen"),
    "importeer": ("importeer", "maak een concept-dossier van een ondertekende besluit-PDF"),
    "opschonen": ("opschonen", "schoon bijlagen (PDF) op vóór publicatie"),
    "bouw": ("site", "bouw de site in de map site/, strikt zoals CI: elke fout stopt de bouw"),
    "bekijk": ("site", "bekijk de site op http://127.0.0.1:8000 terwijl je werkt"),
}
ALIASES = {"new": "nieuw", "check": "controleer", "import": "importeer", "clean": "opschonen",
           "build": "bouw", "serve": "bekijk"}


def usage() -> str:
    lines = ["gebruik: woo OPDRACHT [opties]   (woo OPDRACHT --help zegt meer)", "",
             "opdrachten:"]
    lines += [f"  {name:<11} {what}" for name, (_, what) in COMMANDS.items()]
    lines += ["", "Engelse namen werken ook: " + ", ".join(f"{a} ({c})" for a, c in ALIASES.items())]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    speak_dutch()
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] in {"-h", "--help", "help", "hulp"}:
        print(usage(), end="")
        return 0 if args else 2
    command = ALIASES.get(args[0], args[0])
    if command not in COMMANDS:
        print(f"woo: onbekende opdracht {args[0]!r}\n\n{usage()}", end="", file=sys.stderr)
        return 2
    module = importlib.import_module(f"{__name__}.{COMMANDS[command][0]}")
    try:
        return module.main(args[1:], prog=f"woo {command}")
    except KeyboardInterrupt:
        print("\nwoo: afgebroken", file=sys.stderr)
        return 130
