#!/usr/bin/env python3
"""Schoon bijlagen (PDF) op vóór publicatie: zonder metadata, XMP en eerdere versies.

Gebruik:  python scripts/clean_annex.py dossiers/<slug>/bijlage-1.pdf [meer.pdf ...]
          python scripts/clean_annex.py bron.pdf --output schoon.pdf

Het bestand wordt volledig herschreven (niet incrementeel). Een bestand met tekst
onder een zwart vlak (nep-lakken) wordt geweigerd. Uitvoer in het Nederlands:
de communicatieafdeling draait dit commando.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plugins"))

from woo_dossiers.annex.clean import clean_annex  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Herschrijf PDF-bijlagen zonder metadata, XMP en eerdere versies.",
    )
    parser.add_argument("files", nargs="+", type=Path, metavar="PDF", help="de bijlage(n)")
    parser.add_argument("-o", "--output", type=Path,
                        help="schrijf naar dit bestand in plaats van het origineel (één PDF)")
    args = parser.parse_args(argv)
    if args.output and len(args.files) != 1:
        parser.error("--output kan alleen met één bestand")
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


if __name__ == "__main__":
    sys.exit(main())
