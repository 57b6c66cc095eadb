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
from ..messages.said import Said


def main(argv: list[str] | None = None, prog: str = "woo opschonen") -> int:
    parser = argparse.ArgumentParser(prog=prog, description=Said("cli-clean-about"))
    parser.add_argument("files", nargs="+", type=Path, metavar="PDF", help=Said("cli-clean-files"))
    parser.add_argument("-o", "--uitvoer", "--output", dest="output", metavar="BESTAND", type=Path,
                        help=Said("cli-clean-output"))
    args = parser.parse_args(argv)
    if args.output and len(args.files) != 1:
        parser.error(Said("cli-clean-one-output"))
    failed = False
    for path in args.files:
        result = clean_annex(path, args.output)
        if result.refused:
            failed = True
            print(Said("cli-clean-refused", path=path, reason=result.refused))
            continue
        target = args.output or path
        if result.removed:
            print(Said("cli-clean-removed", path=path, target=target))
            for item in result.removed:
                print(f"  - {item}")
        else:
            print(Said("cli-clean-nothing", path=path, target=target))
        for remark in result.remaining:
            print(Said("cli-clean-remaining", remark=remark))
    return 1 if failed else 0

