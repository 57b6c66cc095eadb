"""Schoon bijlagen (PDF) op vóór publicatie: zonder metadata, XMP en eerdere versies.

Gebruik:  woo opschonen dossiers/<slug>/bijlage-1.pdf [meer.pdf ...]
          woo opschonen bron.pdf --output schoon.pdf

Het bestand wordt volledig herschreven (niet incrementeel). Een bestand met tekst
onder een zwart vlak (nep-lakken) wordt geweigerd. Uitvoer in het Nederlands:
de communicatieafdeling draait dit commando.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..annex.clean import clean_annex


def main(argv: list[str] | None = None, prog: str = "woo opschonen") -> int:
    parser = argparse.ArgumentParser(
        prog=prog, description="Herschrijf PDF-bijlagen zonder metadata, XMP en eerdere versies.",
    )
    parser.add_argument("files", nargs="+", type=Path, metavar="PDF", help="de bijlage(n)")
    parser.add_argument("-o", "--uitvoer", "--output", dest="output", metavar="BESTAND", type=Path,
                        help="schrijf naar dit bestand in plaats van het origineel (één PDF)")
    args = parser.parse_args(argv)
    if args.output and len(args.files) != 1:
        parser.error("--uitvoer kan alleen met één bestand")
    failed = False
    for path in args.files:
        result = clean_annex(path, args.output)
        if result.refused:
            failed = True
            print(f"{path}: GEWEIGERD: {result.refused}")
            continue
        target = args.output or path
        if result.removed:
            print(f"{path}: opgeschoond naar {target}; verwijderd:")
            for item in result.removed:
                print(f"  - {item}")
        else:
            print(f"{path}: herschreven naar {target}; er was niets te verwijderen")
        for remark in result.remaining:
            print(f"  let op (niet opgelost): {remark}")
    return 1 if failed else 0

