"""`woo`: the communications team's command, installed by the README's set-up.

    woo nieuw        begin een nieuw dossier                     (new)
    woo controleer   controleer dossiers zonder de site te bouwen (check)
    woo importeer    maak een concept-dossier van een besluit-PDF (import)
    woo opschonen    schoon bijlagen op vóór publicatie           (clean)
    woo bouw         bouw de site zoals CI dat doet (strikt)     (build)
    woo bekijk       bekijk de site in de browser terwijl je werkt (serve)

Each command is a module of this package with a `main(argv, prog)`; Dutch verbs, with
English aliases. Everything it prints is Dutch, worded by code in messages/cli.py; a
mistake is a sentence, never a traceback (a file that cannot be read or written, too).
"""

from __future__ import annotations

import importlib
import sys

from ..messages.said import Said
from .dutch_argparse import speak_dutch

# command -> module; what it does is the message cli-about-<command>. Aliases point at a command.
COMMANDS = {"nieuw": "nieuw", "controleer": "controleer", "importeer": "importeer",
            "opschonen": "opschonen", "bouw": "site", "bekijk": "site"}
ALIASES = {"new": "nieuw", "check": "controleer", "import": "importeer", "clean": "opschonen",
           "build": "bouw", "serve": "bekijk"}


def usage() -> str:
    lines = [Said("cli-usage"), "", Said("cli-commands")]
    lines += [f"  {name:<11} {Said(f'cli-about-{name}')}" for name in COMMANDS]
    aliases = ", ".join(f"{a} ({c})" for a, c in ALIASES.items())
    lines += ["", Said("cli-aliases", aliases=aliases)]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    speak_dutch()
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] in {"-h", "--help", "help", "hulp"}:
        print(usage(), end="")
        return 0 if args else 2
    command = ALIASES.get(args[0], args[0])
    if command not in COMMANDS:
        print(f"{Said('cli-unknown-command', command=args[0])}\n\n{usage()}", end="",
              file=sys.stderr)
        return 2
    module = importlib.import_module(f"{__name__}.{COMMANDS[command]}")
    prog = f"woo {command}"
    try:
        return module.main(args[1:], prog=prog)
    except KeyboardInterrupt:
        print(f"\n{Said('cli-interrupted')}", file=sys.stderr)
        return 130
    except OSError as error:  # a file the command cannot read or write: the OS's words are English
        print(os_error_line(prog, error), file=sys.stderr)
        return 1


def os_error_line(prog: str, error: OSError) -> Said:
    """One line naming the file and what to do, in the team's words."""
    named = error.filename2 if error.filename2 is not None else error.filename
    return Said("cli-os-error", prog=prog, path=named if named is not None else "?",
                errno=error.errno or 0)
