"""Import a signed decision letter (PDF) as a draft dossier.

    woo importeer BRIEF.pdf [BIJLAGE.pdf ...] --slug SLUG [--dossiers MAP]

Writes DIR/SLUG/ (dossier.yml, decision.md, the annexes) and prints what was
found and what a person must check or fill in. Exit status 0: written;
2: nothing written (bad arguments, existing slug, unreadable letter).
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from ..importer import ImportRefused, LetterUnreadable, import_decision
from ..messages.said import Said


def main(argv: list[str] | None = None, prog: str = "woo importeer") -> int:
    parser = argparse.ArgumentParser(prog=prog, description=Said("cli-import-about"))
    parser.add_argument("letter", type=Path, metavar="BRIEF", help=Said("cli-import-letter"))
    parser.add_argument("annexes", type=Path, nargs="*", metavar="BIJLAGE",
                        help=Said("cli-import-annexes"))
    parser.add_argument("--slug", required=True, help=Said("cli-import-slug"))
    parser.add_argument("--dossiers", type=Path, metavar="MAP", default=Path("dossiers"),
                        help=Said("cli-dossiers"))
    args = parser.parse_args(argv)
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its repair notes are no news to a person
    try:
        result = import_decision(args.letter, args.annexes, args.slug, args.dossiers)
    except (ImportRefused, LetterUnreadable) as error:
        print(Said("cli-import-refused", prog=prog, reason=error.args[0]), file=sys.stderr)
        return 2
    print(result.report, end="")
    return 0

