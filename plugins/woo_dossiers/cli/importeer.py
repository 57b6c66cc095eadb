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


def main(argv: list[str] | None = None, prog: str = "woo importeer") -> int:
    parser = argparse.ArgumentParser(prog=prog, description=(
        "Maak een concept-dossier van een ondertekende besluitbrief (PDF): dossier.yml, "
        "decision.md en de bijlagen. Wat onzeker is, krijgt # CONTROLEER."))
    parser.add_argument("letter", type=Path, metavar="BRIEF", help="de ondertekende besluitbrief (PDF)")
    parser.add_argument("annexes", type=Path, nargs="*", metavar="BIJLAGE",
                        help="bijlagen (PDF) om mee te publiceren")
    parser.add_argument("--slug", required=True,
                        help="het webadres van het nieuwe dossier, bijvoorbeeld 2021-cas")
    parser.add_argument("--dossiers", type=Path, metavar="MAP", default=Path("dossiers"),
                        help="de map met dossiers (standaard: dossiers)")
    args = parser.parse_args(argv)
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its repair notes are no news to a person
    try:
        result = import_decision(args.letter, args.annexes, args.slug, args.dossiers)
    except (ImportRefused, LetterUnreadable) as error:
        print(f"{prog}: {error}; er is niets geschreven", file=sys.stderr)
        return 2
    print(result.report, end="")
    return 0

